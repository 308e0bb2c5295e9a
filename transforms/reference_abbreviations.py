"""Clause ``reference_abbreviation`` (session 22): the abbreviations of scientific and
technical writing that point at a numbered thing ("Eq. (3)", "Sec. II", "Fig. 2",
"Ref. [1]", "Vol. 21, No. 3", "pp. 226-231", "Phillips et al. (2006)") go on with their
sentence. Punkt's English model knows none of "eq", "sec", "ref", "al", "thm" ..., so
it cut after each: in the docstrings of the statsmodels and scikit-learn wheels (PyPI,
0.15.0 and 1.9.1) "differs from Eq. | 23 in [1]", "freedom of Eq. | (1) to rescale",
"discussed in Sect. | 4 in [1]", "see Ref. | [1] (see module docstring)", "provided by
Phillips et. al. | (2006)" (52 of 52 "et al. (" cut), "(Durbin and Koopman (2012), Sec. |
5.2)". What follows decides, not the abbreviation alone: a number, "(" or "[" then a
word character, a Roman numeral of two or more letters (or one before punctuation:
"Vol. I,"), a capital with a number ("App. A.2", "Eq. S1"), or a lower-case word. A
capitalised word after it is left to Punkt: a real end ("as the last Sec. The next")
keeps its cut, and so does a First Folio speech label ("Cor. I will", "App. Why"): a
lone "I" before a word is the pronoun.
"""

from __future__ import annotations

import re

# The abbreviations, as written (capitalised and lower case; "et al." and "et. al.").
_WORDS = (
    "Eqs?|Eqns?|Secs?|Sects?|Refs?|Figs?|Tabs?|Apps?|Chaps?|Ch|Vols?|Nos?|pp|Thms?|Lems?"
    "|Props?|Defs?|Cors?|Ex|cf|resp|approx|i\\.e|e\\.g|et\\.?\\s+al"
)
_LOWER = "eqs?|eqns?"
# Clause plain_word_reference (review): "sec." "sect." "ref." "fig." (and plurals) in lower
# case are English words too ("ok stop for a sec. i need a straight status read", a chat
# transcript; "aight, gimme a sec. i gotta find my brushes."): they go on only before a
# reference ("sec. 9", "fig. 1)"), and a lower-case word after them is left to
# ``lowercase_starts``, which keeps a start after a word in a lower-case document.
_LOWER_WORDS = "secs?|sects?|refs?|figs?"
# What follows: a reference, or (on the same line only) a lower-case word. Clause
# reference_line_break: a hard wrap between the abbreviation and its number goes on too
# (Punkt cut "vol. 52, pp.\n | 5186-5201" in statsmodels' reference lists, and "Zou et
# al.\n | (reference [1] in LassoLarsIC)" in scikit-learn's tests, though not "pp. 5186");
# a lower-case word on the next line does not ("section 5 of Wang et al.\nztol : float",
# a docstring's next parameter, statsmodels).
_NEXT = r"\d|[(\[]\w|[IVXLC]{2,}\b|[IVX][.,;:)\]]|[A-Z]\.?\d"
_REFERENCE = re.compile(
    r"(?<![\w.])(?:(?:" + _WORDS + "|" + _LOWER + r")\."
    r"(?:[ \t\xa0]+(?=" + _NEXT + r"|[a-z])|[ \t\xa0]*\n[ \t\xa0]*(?=" + _NEXT + r"))"
    r"|(?:" + _LOWER_WORDS + r")\.(?:[ \t\xa0]+|[ \t\xa0]*\n[ \t\xa0]*)(?=" + _NEXT + r"))"
)

# Clause period_first (session 25, cost only, same matches): the periods after which
# ``_REFERENCE`` could end its abbreviation (what follows is a reference, or a lower-case
# word on the line) are found from the literal "."; ``_REFERENCE`` is then tried only at
# the starts of the words before such a period: the plain word, "i.e" / "e.g", "et al"
# / "et. al". Its leading lookbehind had the engine try every character (0.8 CPU-s over
# the 30 shared English books). A match inside another is skipped, as ``finditer`` skips.
_PERIOD = re.compile(
    r"\.(?=[ \t\xa0]+(?:" + _NEXT + r"|[a-z])|[ \t\xa0]*\n[ \t\xa0]*(?:" + _NEXT + r"))"
)


# Clause period_word_prefilter (session 25, cost only, same matches): a period whose word
# (the letters right before it) is not the last word of an abbreviation ("Eq", "Eqs", "e"
# of "i.e", "al" of "et al" ...) cannot end a match of ``_REFERENCE``, so it is skipped.
# The words are read from the patterns themselves (the last letter run of each
# alternative, "s?" both ways), not kept by hand. A match reached from a skipped period's
# word ("i.e." from "i", "et. al." from "et") is found, with the same start, from its own
# last period, which follows with no period between. Dense "a. b. c." text walked every
# period in Python (reference_continues on 1M characters 0.55 CPU-s).
def _last_words(*patterns: str) -> frozenset[str]:
    words = set()
    for alternative in "|".join(patterns).split("|"):
        last = re.split(r"\\[.s][?+]?", alternative)[-1]
        words.update((last[:-2], last[:-1]) if last.endswith("s?") else (last,))
    assert all(w.isalpha() and w.isascii() for w in words), words
    return frozenset(words)


_LAST_WORDS = _last_words(_WORDS, _LOWER, _LOWER_WORDS)
PERIOD_WORD_PREFILTER = True


def _references(text: str) -> list[re.Match]:
    """Clause ``period_first``: the matches of ``_REFERENCE.finditer(text)``."""
    found, end = [], 0
    for period in _PERIOD.finditer(text):
        word = period.start()
        while word and text[word - 1].isalpha():
            word -= 1
        if PERIOD_WORD_PREFILTER and text[word : period.start()] not in _LAST_WORDS:
            continue  # clause period_word_prefilter
        starts = [word - 2, word] if word >= 2 and text[word - 1] == "." else [word]
        p = word
        while p and text[p - 1].isspace():  # "et al": back over the spaces, ".", "et"
            p -= 1
        if p < word:
            p -= text[p - 1 : p] == "."
            while p and text[p - 1].isalpha():
                p -= 1
            starts.insert(0, p)
        for start in starts:
            m = _REFERENCE.match(text, start) if start >= end else None
            if m:
                found.append(m)
                end = m.end()
                break
    return found


# The misspelt "et. al." (scikit-learn's species loader): the "et." goes on, too.
# Clause et_first (session 25, cost only, same matches): found from "et." with the
# lookbehind after it; the lookbehind first was tried at every character of any text
# holding an "et." (0.37 -> 0.03 CPU-s over the 30 shared English books).
_ET_DOT = re.compile(r"et\.(?<![\w.]et\.)\s+(?=al\.)")


def _label_line(text: str, m: re.Match) -> bool:
    """Clause ``label_line``: the abbreviation of ``m`` stands alone on its line before the
    line break (a play's speaker label: Gutenberg's King Lear, "\n\nCor.\n[Aside.] What
    shall Cordelia speak?" was joined by ``reference_line_break``)."""
    if "\n" not in text[m.start() : m.end()]:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip()


def _answer_no(text: str, m: re.Match) -> bool:
    """Clause ``answer_no`` (review): "No." right after a question ("?", a closing quote
    or bracket allowed, then spaces) is the answer, not the number sign, and its sentence
    ends there. Markdown lists of questions answered in place, public repositories: "after
    24 hours? No.\n1. Does IN1451 magically convert NK cells", "Are graph databases the
    second coming of CODASYL in disguise? No.\n1. In CODASYL, a database had a schema":
    ``reference_line_break`` joined the answer with the next item's number. The number
    sign follows a noun or a comma ("Vol. 21, No. 3", "Room No. 2", "(No. 382)")."""
    if not m.group(0).startswith("No."):
        return False
    return bool(_QUESTION_BEFORE.search(text, 0, m.start()))


_QUESTION_BEFORE = re.compile(r"[?][\"'\u201d\u2019)\]]*[ \t\xa0]+\Z")


# Clause cf_object (session 23): "cf." ("compare") always takes an object, so no sentence
# ends after it on its line, before a capitalised title too: statsmodels 0.15.0's
# structural.py "Like the time domain seasonal term (cf. Seasonal section, above)" and
# Debian's French Developer's Reference "(cf. Suivi de paquets Debian ...)" were cut after
# "cf.". Its German twin "vgl." is taken in ``european_references``.
# Found from "f." (a literal the regex engine skips to; a leading lookbehind is tried at
# every character: 0.44 -> 0.0x CPU-s on the 30 books).
_CF = re.compile(r"f\.(?<=[Cc]f\.)(?<![\w.][Cc]f\.)[ \t\xa0]+(?=\S)")

# Clause table_label (session 23): a label of a text table, at a column's start (a line's
# start, or after two spaces) and closed by ":" and two spaces or more before its value,
# is one piece: statsmodels' printed results ("No. Observations:                  50",
# "Dep. Variable:                      y", "Adj. R-squared:                  0.928") were cut
# after each "No." "Dep." "Adj." "R-squ.". At most four words, and the period before the
# start ends a capitalised word of at most four letters or a hyphened one ("R-squ.").
_TABLE_LABEL = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t))([A-Z][\w\-]*\.?(?:[ \t][\w\-()]+\.?){0,3}):[ \t]{2,}(?=\S)",
    re.MULTILINE,
)
_SHORT_WORD_DOT = re.compile(r"(?<![\w\-])(?:[A-Z][a-z]{0,3}|[A-Za-z]+-[a-z]{1,4})\.[ \t]+(?=\S)")


def table_label_inside(text: str) -> list[int]:
    """Clause ``table_label``: the offsets after "Abbr. " inside a table's label."""
    if ":  " not in text and ":\t" not in text:
        return []
    return [
        w.end()
        for m in _TABLE_LABEL.finditer(text)
        for w in _SHORT_WORD_DOT.finditer(text, m.start(1), m.end(1))
    ]


def reference_continues(text: str) -> list[int]:
    """Clause ``reference_abbreviation``: offsets right after "Eq. " / "Sec. " / "et al. "
    ... where a reference or a lower-case word follows (no sentence starts there)."""
    if "." not in text:  # clause dot_gate (session 43): every scan below matches a "."
        return []
    found = [
        m.end()
        for m in _references(text)  # clause period_first
        if not _label_line(text, m) and not _answer_no(text, m)
    ]
    if "et." in text:
        found += [m.end() for m in _ET_DOT.finditer(text)]
    if "f." in text:
        found += [m.end() for m in _CF.finditer(text)]  # clause cf_object
    return found + table_label_inside(text)  # clause table_label
