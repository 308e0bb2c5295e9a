"""Keyword headings: "CHAPTER 12. The Whale", "BOOK IV.", "Scene II. A room",
"Kapitel 1. Definitionen", "CAP. II. — Satul Putineiu.", "ACT II. SCENE I." (two
candidates). See ``transforms.headings`` for the rules (``european_keywords``,
``nbsp_separator``, ``dotted_number``, ``cap_abbreviation``, ``cyrillic_roman``,
``letter_appendix``, ``act_scene_line``); moved from there in session 26, unchanged.
Clause of session 30: ``canto_number_words`` ("Canto Primeiro", "Canto Secondo").

Cost: a dictionary look-up of the line's first word; the regex only for a keyword.
"""

from __future__ import annotations

import re

from transforms import european_words as ew
from transforms.heading_candidate import Candidate, squash
from transforms.heading_numbers import latin_roman, number_value, roman_value

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
