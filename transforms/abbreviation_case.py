"""Clause ``lowercase_name_abbreviation`` (session 21): Punkt's English model holds
abbreviations of names (months, weekdays, US states: "Dec.", "Wed.", "Ore.", "Ill.",
"Wash.") as lower-case types, so it also goes on after the English words they spell
when those end a sentence before a word it has seen in lower case: BBC's "...agreed to
pay 72% more for iron ore. | China's Baoshan Iron and Steel Co. said" was one sentence
(bench/sentence_labels.tsv, a U-stratum miss). A name's abbreviation is written with
its capital; the same letters in lower case before a capital ("iron ore. China's",
"hung out the wash. Then") are the word ending its sentence. Punkt's splits where it
makes them ("taken ill. The doctor") stay; a capitalised "Portland, Ore. Gov." is not
touched. Clause ``title_ellipsis`` (below): a title before an ellipsis keeps its name.
"""

from __future__ import annotations

import re

from transforms import literal_scan

# The name abbreviations of Punkt's English abbreviation types that are also English
# words in lower case (the others, "calif.", "tenn.", "sept.", are no words).
_NAME_WORDS = ("ore", "ill", "wash", "wed")
# Found from the '.' (a literal the regex engine skips to), the word before it checked by
# lookbehinds (0.03 CPU-s on the 30 English books and 78 plays; 0.50 from the first letters).
# Clause name_word_line_end (session 24 review): the word may end a kept line, as in a
# stanza that is one paragraph (clause verse_stanza_paragraph): Sonnet 22's "...from
# faring ill." / "Presume not on thy heart when mine is slain;" was one sentence.
_WORD_END = re.compile(
    r"\.(?:"
    + "|".join(rf"(?<=[^\w.'’\-]{word}\.)" for word in _NAME_WORDS)
    + r")[\"'”’)\]]*(?:[ \t\xa0]+|[ \t\xa0]*\n[ \t\xa0]*)(?=[\"'“‘(]?[A-Z])"
)


def name_word_ends(text: str) -> list[int]:
    """Clause ``lowercase_name_abbreviation``: starts after "ore." / "ill." / "wash." /
    "wed." written in lower case before a capital."""
    return [m.end() for m in _WORD_END.finditer(text)]


# Clause title_ellipsis (session 21): a title, then an ellipsis, then a name ("I saw
# Mr.... Smith", "...Mr.... Arios.", a speaker's hesitation) is one sentence, as
# "Mr. Smith" is (rule title_before_name): Punkt read the dots as the end, and clause
# four_dot_ellipsis takes "word.... Capital" for one. A function word after the dots
# opens a sentence ("Mrs. Ford, Mrs.... I think"). Found from the dots.
_DOTS_NEXT = re.compile(r"\.\.\.\.?[ \t\xa0]+([A-Z][\w']*)")


def title_ellipsis_names(text: str, stop: set[str]) -> list[int]:
    """Clause ``title_ellipsis``: the names after "Title.... " (no start there)."""
    if not literal_scan.holds(text, "..."):
        return []
    from transforms.title_names import TITLES, function_word

    title = re.compile(r"(?<!\w)(?<![A-Za-z]\.)(?:" + "|".join(TITLES) + r")$")  # not "E.Dr"
    return [
        m.start(1)
        for m in _DOTS_NEXT.finditer(text)
        if title.search(text, max(0, m.start() - 8), m.start())
        and not function_word(m.group(1).lower(), stop)
    ]


# Clause title_ellipsis_char (session 22): the same with the one-character ellipsis,
# "Dear Mr. … King" (a salutation in a public CV tool's tests), "Hello… Mr.… Uhh—" (a
# line of a game script): the start there came from ``sentences._half_width_starts``
# (a "…" before a capital ends a sentence), which now skips an ellipsis right after a
# title's period ("Mr.…", "Mr. …") unless a function word follows ("Mr.… I think").
_CHAR_AFTER_TITLE = re.compile(r"\.[ \t\xa0]?$")
_NEXT_WORD = re.compile(r"[ \t\xa0]*([A-Z][\w']*)")


def title_before_ellipsis(text: str, start: int, end: int) -> bool:
    """Clause ``title_ellipsis_char``: the "…" at ``text[start:end]`` follows a title's
    period and a word that is no function word follows it: no sentence starts there."""
    from transforms.title_names import TITLES, function_word
    from transforms.topics import english_stopwords

    dot = _CHAR_AFTER_TITLE.search(text, max(0, start - 2), start)
    if dot is None:
        return False
    title = re.compile(r"(?<!\w)(?<![A-Za-z]\.)(?:" + "|".join(TITLES) + r")$")  # not "E.Dr"
    word = _NEXT_WORD.match(text, end)
    return bool(
        title.search(text, max(0, dot.start() - 8), dot.start())
        and word
        and not function_word(word.group(1).lower(), set(english_stopwords()))
    )


# Clause abbreviation_word_end (session 22): Punkt's English model holds "ok" (Oklahoma),
# the company suffixes "inc", "co", "corp", "ltd" and the months "jan" ... "dec" as
# abbreviations and goes on after them before a word it has not seen open a sentence:
# BBC "...it will, in fact, be OK. We're not so sure." was one sentence (politics/021 and
# 356). "OK." after a word on its line is the word "OK" (the state is "Okla."): a capital
# after it opens a sentence. After a company suffix or a month a capitalised word is
# mostly a name or a title ("Apple Inc. CEO", "Acad. Petrop. Nov. Com.", "Ant and Dec.
# Natalie"), but a function word ("Inc. We", "Co. He's") opens a sentence; one letter
# ("Vol. I", "Co. A") is left alone. A word before the abbreviation on the same line is
# required: a Folio speech label ("\n Dec. And Cassius too", Julius Caesar) is no end.
_OK_END = re.compile(
    r"\.(?<=\S[ \t\xa0]OK\.|\S[ \t\xa0]Ok\.)[\"'”’)\]]*[ \t\xa0]+(?=[\"'“‘(]?[A-Z])"
)
_SUFFIXES = ("Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_SUFFIX_WORD = re.compile(
    r"\.(?:"
    + "|".join(rf"(?<=\S[ \t\xa0]{word}\.)" for word in _SUFFIXES)
    + r")[\"'”’)\]]*[ \t\xa0]+[\"'“‘(]?([A-Z][\w']+)"
)


# Clause suffix_word_name (session 22 review): two function words after a suffix are no
# sentence's first word. "No." before a number is the numero sign: a company's
# registration ("Obsidian Dynamics Limited (Co. No. 16663833)", "...is Co. No. 14180679"
# in public repositories' footers and notes) and a fire company ("Yorktown Heights
# Engine Co. No. 1") were cut after "Co.". "Co. Down" is the Irish county ("across Co.
# Antrim and Co. Down, overseeing all build and renovation projects", a builder's page;
# "down" is a stopword): cut "Co. | Down, overseeing". Other counties are no stopwords.
_NUMERO = re.compile(r"\.[ \t\xa0]*\d")


def _named_word(text: str, m: re.Match) -> bool:
    """Clause ``suffix_word_name``: the word after the suffix (``m``, ``_SUFFIX_WORD``)
    is "No." before a number, or "Down" after "Co."."""
    word = m.group(1)
    if word == "No" and _NUMERO.match(text, m.end(1)):
        return True
    return word == "Down" and text[m.start() - 2 : m.start()] == "Co"


# Clause document_case_start (session 23): a capitalised content word after a suffix or
# month opens a sentence when this document writes it in lower case elsewhere and never
# capitalises it inside a sentence: Punkt's orthographic evidence (Kiss & Strunk 2006),
# taken from the document itself, as Punkt's own training would. BBC business/403 "...
# changed its name to MCI Inc. Former WorldCom chief executive Bernard Ebbers" (the same
# article: "Ten former directors", "10 former directors") was one sentence; "Apple Inc.
# CEO" (no lower-case "ceo"), "Warner Bros. Pictures" written capitalised mid-sentence
# elsewhere, and a word the document never writes in lower case stay joined.
_MID_SENTENCE = re.compile(r"[\w,;:\-–—][\"'“‘(]?[ \t\xa0]*\n?[ \t\xa0]*$")


# Clause suffix_title (review 23): a job title after "Inc."/"Co."/"Corp."/"Ltd." is the
# company's officer, before a name (news style), not a sentence's start, though news
# writes "chief" or "chairman" in lower case elsewhere: a Bloomberg item in a public news
# digest, "...while he stays on as chief technology officer..." then "...sent Microsoft
# Corp. Chief Executive Officer Satya Nadella a letter Thursday", and WSJ's "Ford Motor
# Co. Chief Executive Jim Farley said" were cut after "Corp." / "Co.".
_TITLES = frozenset(
    "chief chairman chairwoman chair president vice executive managing senior director "
    "founder cofounder treasurer secretary spokesman spokeswoman spokesperson "
    "general deputy head principal partner counsel officer".split()
)


def _document_case_start(text: str, word: str, at: int, uses: dict) -> bool:
    """Clause ``document_case_start``: ``word`` (at ``at``) is Title-case, the text holds
    it in lower case as a word, and no other capitalised use of it follows a word, a
    comma or a dash (a use inside a sentence); not a job title (``suffix_title``).

    Clause ``document_case_once`` (review of session 41): ``uses`` holds, per word, the
    starts of its uses inside a sentence (None: never in lower case), read once per
    document; two scans of the whole text per "Inc. Word" were quadratic in a long
    document (a 10 M-character text: 10 s here, 6x the 5 M one)."""
    if len(word) < 3 or not word[1:].islower() or not word.isalpha():
        return False
    if word.lower() in _TITLES:  # clause suffix_title
        return False
    if word not in uses:
        lower = re.search(rf"(?<![\w\-]){word.lower()}(?![\w\-])", text)
        uses[word] = lower and [
            m.start()
            for m in re.finditer(rf"(?<![\w\-]){word}(?![\w\-])", text)
            if _MID_SENTENCE.search(text, max(0, m.start() - 12), m.start())
        ]
    return uses[word] is not None and all(start == at for start in uses[word])


def abbreviation_word_ends(text: str, stop: set[str]) -> list[int]:
    """Clause ``abbreviation_word_end``: starts after "OK." before a capital, and after
    "Inc." / "Co." / "Corp." / "Ltd." / a month's abbreviation before a function word or
    (clause ``document_case_start``) a word the document writes in lower case."""
    from transforms.title_names import function_word

    if "." not in text:  # clause dot_gate (session 43): _OK_END and _SUFFIX_WORD match a "."
        return []
    ends = [m.end() for m in _OK_END.finditer(text)] if "OK." in text or "Ok." in text else []
    uses: dict = {}  # clause document_case_once
    for m in _SUFFIX_WORD.finditer(text):
        if _named_word(text, m):  # clause suffix_word_name
            continue
        if function_word(m.group(1).lower(), stop) or _document_case_start(
            text, m.group(1), m.start(1), uses
        ):
            ends.append(m.start(1) - (text[m.start(1) - 1] in "\"'“‘("))
    return ends
