"""Keyword headings: "CHAPTER 12. The Whale", "BOOK IV.", "Scene II. A room",
"Kapitel 1. Definitionen", "CAP. II. — Satul Putineiu.", "ACT II. SCENE I." (two
candidates). See ``transforms.headings`` for the rules (``european_keywords``,
``nbsp_separator``, ``dotted_number``, ``cap_abbreviation``, ``cyrillic_roman``,
``letter_appendix``, ``act_scene_line``); moved from there in session 26, unchanged.
Clause of session 30: ``canto_number_words`` ("Canto Primeiro", "Canto Secondo").

Cost: a dictionary look-up of the line's first word; the regex only for a keyword.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from transforms import european_words as ew
from transforms.heading_candidate import Candidate, squash
from transforms.heading_numbers import ENGLISH_ORDINALS, latin_roman, number_value, roman_value

KEYWORD_RANK = {
    "volume": 8,
    "vol": 8,
    "tome": 8,
    "part": 9,
    "book": 10,
    "act": 10,
    "actus": 10,
    "chapter": 20,
    "chap": 20,
    "chaps": 20,
    "canto": 20,
    "episode": 20,
    "letter": 20,
    "stave": 20,
    "appendix": 20,
    "section": 25,
    "scene": 30,
    "scena": 30,
    "scoena": 30,
    "scaena": 30,
}
# Rules european_keywords, number_words, ordinal_first, slavic_words: european_words.
KEYWORD_RANK |= {w: KEYWORD_RANK[f] for w, f in ew.FAMILY_OF.items()}
# Keywords that number the same series ("CHAP. 3" continues "CHAPTER II").
_FAMILY = (
    {"chap": "chapter", "chaps": "chapter", "cap": "chapter", "vol": "volume", "actus": "act"}
    | {w: "scene" for w in ("scena", "scoena", "scaena")}
    | ew.FAMILY_OF
)

# Clause canto_number_words (session 30): "Canto" is Italian, Spanish and Portuguese
# too and takes their number words: Os Lusíadas' "Canto Primeiro" .. "Canto Décimo"
# (NielsCodes/n-grams' raw Gutenberg body) found only "Canto Quarto" and "Canto
# Quinto", whose words are Latin too (2 sections of 10).
_NUMBER_WORD_KEYWORDS = frozenset(ew.FAMILY_OF) | {"canto"}

_NUM = r"[IVXLCDM]+|[ivxlcdm]+|\d+|[^\W\d_]+"
# The keyword is letters of any alphabet (``_keyword`` asks for a capital
# first). Rule nbsp_separator: a no-break space may part keyword and number
# (DocBook's text output: "Chapter\xa01.\xa0Definitions and overview", every
# chapter of Debian's FAQ in every language).
_KEYWORD_LINE = re.compile(
    rf"(?P<kw>[^\W\d_]{{2,}})\.?[ \t\xa0]+(?P<num>{_NUM})(?![^\W\d_])(?P<rest>.*)"
)
# Clause cap_abbreviation: "CAP. II. — Satul Putineiu.", "CAP.IV", "Cap. VII"
# (Romanian, Italian, Spanish, Portuguese books abbreviate the chapter keyword:
# ELTeC-rom ROM032 13 chapters, ROM060 "CAP.IV" among "CAP. III"): "Cap" with
# its period, then a Roman numeral in capitals or digits (a space optional).
# Without the period "Cap" is a word or a name (French "Cap Horn"; "Cap m'"
# was chapter 1000 in review 17), so it stays no keyword. After the number a
# period, a dash or nothing: "Cap. I Madam well, ..." is Capulet's speech
# (Romeo and Juliet, First Folio); "Cap." in mixed case takes no title at all
# ("Cap. 1. Der Wallfischfänger 1" is a contents entry, Gerstäcker's Tahiti).
# Clause cap_prose_rest (review wtE19r): after "CAP. 12." a title opens with no
# lower-case letter; "CAP. 12. of the said Act, shall ..." goes on with a
# sentence that cites a statute's chapter (a hard-wrapped line).
_CAP_LINE = re.compile(
    r"(?P<kw>CAP)\.[ \t\xa0]*(?P<num>[IVXLC]+|\d{1,3})(?P<rest>(?:[.:]|[ \t\xa0]*[—–-]).*|)"
    r"|(?P<kw2>Cap)\.[ \t\xa0]*(?P<num2>[IVXLC]+|\d{1,3})(?P<rest2>\.?)"
)
# After the number, prose: ", which fall", ".). For", " of the book", ". p. 58", a
# lower-case word of any alphabet ("Глава 3 книги", "Teil 2 über"; ". within the tent"
# is a scene's place); "[1017] See B. vi." opens a footnote; rule dotted_number:
# "Kapitel 6.2.1 Welche ...", "Section 9.5.6, “...”" cite a section, open none.
# (Rule unicode_lower: any lower-case letter, str.islower on the match.)
_PROSE_AFTER_NUMBER = re.compile(
    r"\.?[,;)\]]|\.\d|[ \t\xa0]+(?P<letter>[^\W\d_])"
    r"|\.[ \t]+pp?\.[ \t]*\d|\.?[ \t]*\[\d+\][ \t]+\w"
)

# Clause english_the_ordinal (session 35): 18th-19th c. English books number their
# divisions "BOOK THE FIRST.", "Part the Second", "CHAPTER THE THIRD", "Book the
# First--Recalled to Life" (in 70 of the 2,832 raw texts of GitHub rcdm-uga/
# Gutenberg_Text: Dickens, Collins, Scott, Wells, Pope's Homer). "THE" stood where the
# number goes, so no keyword was read: the lines were titles in capitals, or no heading
# when in mixed case. An English keyword, "the", an English ordinal ("first" ..
# "twentieth", "twenty-first"), all in capitals or each capitalised ("the" either
# way); after it what may follow a number (a lower-case word is prose: "Act the Third
# contains the eclaircissements ..." stays none).
_THE_ORDINAL_KEYWORDS = frozenset(
    "part book chapter canto volume section act scene letter stave episode".split()
)
_THE_ORDINAL = re.compile(r"[ \t\xa0]+(?P<ord>[A-Za-z]+(?:-[A-Za-z]+)?)(?![^\W\d_])(?P<rest>.*)")


def _the_ordinal(word: str, num: str, rest: str) -> tuple[int | None, str]:
    """Clause ``english_the_ordinal``: the value of "THE FIRST" after ``word`` and
    what follows the ordinal, else (None, ``rest``)."""
    m = _THE_ORDINAL.match(rest) if word.lower() in _THE_ORDINAL_KEYWORDS else None
    if m is None:
        return None, rest
    ordinal = m.group("ord")
    caps = word.isupper() and num == "THE" and ordinal.isupper()
    capitalised = word[1:].islower() and num in ("the", "The") and ordinal[0].isupper()
    parts = ordinal.split("-")  # "Twenty-First", "Twenty-first"
    if not (caps or (capitalised and parts[0][1:].islower() and parts[-1][1:].islower())):
        return None, rest
    value = ENGLISH_ORDINALS.get(ordinal.lower(), 0 if ordinal.lower() == "last" else None)
    return (value, m.group("rest")) if value is not None else (None, rest)


# Clause english_the_ordinal_run (session 35): "PART THE SECOND." with no "PART THE
# FIRST" before it is a ballad's second half (Morley's A Bundle of Ballads: Willow,
# Willow, Willow; The Beggar's Daughter's "PART THE FIRST." with no second), not a
# division of the book: a rank-9 part above the ballads' titles put every ballad after it
# under it. A "the"-ordinal heading stands when its series runs: a 1 with a 2 after it,
# or a value after a smaller one ("Chapter the Ninth" after "Chapter the Seventh": The
# Abbot prints "Chapter the Eight."). Else it is what it was before the clause: a line in
# capitals, or nothing.
# Clause english_the_last (session 35): "BOOK THE LAST--AT HOME AGAIN." (Collins's "I Say
# No", after "BOOK THE SEVENTH"), "CHAPTER THE LAST" (Huckleberry Finn, after "CHAPTER
# XLII."), "Chapter the Last" (Barnaby Rudge): the number after the last one of its series
# before it (a keyword heading of any numbering); with none before it, as above.
_THE_TITLE = re.compile(r"[^\W\d_]+\.?[ \t\xa0]+(?:THE|the|The)[ \t\xa0]")


# Clause english_the_ordinal_list_label (review, session 35): "PART THE FIRST." over a
# list of illustrations ("PAGE" / "Jerusalem . . . . . 10": Verne's Celebrated Travels
# and Travellers 3) labels the list's half, no division: a "the"-ordinal line whose next
# non-blank line is a column head "PAGE" or an entry with dot leaders and a page number
# is no heading.
_LIST_ENTRY = re.compile(r"(?:PAGE|Page)\.?|.*(?:\.[ \t\xa0]*){3,}\d+")


def _list_label(texts: list[str], line: int) -> bool:
    nxt = next((t for t in texts[line + 1 : line + 4] if t.strip()), "")
    return _LIST_ENTRY.fullmatch(nxt.strip()) is not None


def the_ordinal_runs(
    cands: list[Candidate], caps_rank: int, texts: list[str] | None = None
) -> list[Candidate]:
    """Clause ``english_the_ordinal_run`` over a document's candidates in order
    (``texts``, the stripped lines: clause ``english_the_ordinal_list_label``)."""
    the = [i for i, c in enumerate(cands) if c.kind == "keyword" and _THE_TITLE.match(c.title)]
    if not the:
        return cands
    out = list(cands)
    if texts is not None:
        labels = {i for i in the if _list_label(texts, cands[i].line)}
        the = [i for i in the if i not in labels]
        out = [None if i in labels else c for i, c in enumerate(out)]
    before: dict[str, set[int]] = {}
    for k, i in enumerate(the):
        c = cands[i]
        prior = before.setdefault(c.series, set())
        if c.value == 0:  # clause english_the_last: the number after the series' last one
            last = [d.value for d in cands[:i] if d.kind == "keyword" and d.series == c.series]
            if last and max(last) > 0:
                out[i] = c = replace(c, value=max(last) + 1)
        after = (cands[j] for j in the[k + 1 :])
        runs = (
            any(0 < v < c.value for v in prior) or (c.value > 1 and cands[i].value == 0)
            if c.value != 1
            else any(d.series == c.series and d.value == 2 for d in after)
        )
        prior.add(c.value)
        if not runs:
            caps = c.title.isupper()
            out[i] = (
                Candidate(c.start, c.end, c.line, "caps", caps_rank, c.title, "caps")
                if caps
                else None
            )
    return _inside_counted(out)


# Clause english_the_ordinal_inside (session 35): Dickens's A Child's History of England
# splits some chapters in parts: "CHAPTER XII--ENGLAND UNDER HENRY THE SECOND" / "PART THE
# FIRST" / "PART THE SECOND" / "CHAPTER XIII--...". A "the"-ordinal series that starts over
# while a keyword series ranked below it keeps counting up across the restarts (no restart
# of its own between the first and the last 1) is inside that series' divisions: it takes
# the rank just below theirs. Guard: a series that starts over between them too (a contents
# list, then the book: A Tale of Two Cities' "Book the First" twice, the chapters I, II ...
# under each) moves nothing; so do Wells's "CHAPTER THE FIRST" under each "BOOK THE ...".
def _inside_counted(out: list[Candidate | None]) -> list[Candidate]:
    cands = [c for c in out if c is not None]
    firsts: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if c.value == 1 and c.kind == "keyword" and _THE_TITLE.match(c.title):
            firsts.setdefault(c.series, []).append(i)
    for series, ones in firsts.items():
        if len(ones) < 2:
            continue
        rank = cands[ones[0]].rank
        between = [
            (i, c)
            for i, c in enumerate(cands[ones[0] : ones[-1]], ones[0])
            if c.kind == "keyword" and c.rank > rank and c.series != series
        ]
        for other in {c.series for _, c in between}:
            values = [c.value for _, c in between if c.series == other]
            gaps = {bisect.bisect(ones, i) for i, c in between if c.series == other}
            if len(gaps) >= 2 and all(a < b for a, b in zip(values, values[1:], strict=False)):
                inner = max(c.rank for _, c in between if c.series == other) + 1
                cands = [replace(c, rank=inner) if c.series == series else c for c in cands]
                break
    return cands


def keyword_candidates(
    line: str, start: int, index: int, end: int, second: bool = False
) -> list[Candidate]:
    # Most lines that start with a capital start with an ordinary word: look the
    # word up before running the regex over the whole line.
    word = line[:12].split(None, 1)[0].rstrip(".").lower() if line else ""
    if word not in KEYWORD_RANK:
        if not line.startswith(("CAP.", "Cap.")):
            return []
        m = _CAP_LINE.fullmatch(line)  # clause cap_abbreviation
    else:
        m = _KEYWORD_LINE.fullmatch(line)
    if not m:
        return []
    if m.re is _CAP_LINE and m.group("kw2"):
        word, num, rest = m.group("kw2", "num2", "rest2")
    else:
        word, num, rest = m.group("kw", "num", "rest")
    kw = word.lower()
    rank = KEYWORD_RANK["chapter"] if kw == "cap" else KEYWORD_RANK.get(kw)
    if rank is None or not word[0].isupper() or not (word.isupper() or word[1:].islower()):
        return []
    # Rule letter_appendix: "Appendix A." numbers by letter (A = 1), a series of its own.
    family = _FAMILY.get(kw, kw)
    letter = kw == "appendix" and len(num) == 1 and num.isupper()
    value, family = (ord(num) - 64, "appendix:letter") if letter else (number_value(num), family)
    if value is None and (latin := latin_roman(num)) != num:  # clause cyrillic_roman
        value = roman_value(latin)
    if value is None and kw in _NUMBER_WORD_KEYWORDS:  # rules number_words, compound_ordinals
        value, rest = ew.number_words(num, rest)
    if value is None and num in ("THE", "the", "The"):  # clause english_the_ordinal
        value, rest = _the_ordinal(word, num, rest)
    if value is None or (kw == "cap" and rest.strip(" \t.:—–-")[:1].islower()):
        return []  # clause cap_prose_rest: "CAP. 12. of the said Act, ..." cites a statute
    nested = []
    prose = _PROSE_AFTER_NUMBER.match(rest)
    if prose and (prose.group("letter") or "a").islower():
        # "Actus primus, Scena prima." is two headings; anything else is prose.
        inner = rest.lstrip(" \t.,;:")
        offset = len(line) - len(inner)
        nested = keyword_candidates(inner, start + offset, index, end, second=True)
        if not nested:
            return []
    title = squash(line)
    out = [
        Candidate(start, end, index, "keyword", rank, title, f"kw:{family}", value,
                  rest.strip(" \t.:—–-"), second)
    ]  # fmt: skip
    if not nested:
        inner = rest.lstrip(" \t.,;:")
        if inner:
            nested = keyword_candidates(
                inner, start + len(line) - len(inner), index, end, second=True
            )
    if nested:
        # The first heading's title is only the text before the second heading.
        head = line[: nested[0].start - start].strip().rstrip(",;:")
        out[0] = Candidate(start, end, index, "keyword", rank, squash(head), f"kw:{family}",
                           value, "", second)  # fmt: skip
    return out + nested
