"""Numbers in headings: Roman numerals, CJK numerals, English and Latin number words.

Pure parsing, no rules: ``transforms.headings`` reads heading lines with these
(and re-exports them); sentence and language modules use ``roman_value``.
"""

from __future__ import annotations

import re

_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# Clause english_the_ordinal (transforms.keyword_headings): "CHAPTER THE TWENTY-FIRST".
ENGLISH_ORDINALS = (
    {w: i + 1 for i, w in enumerate(_ORDINALS)}
    | {
        f"{tens}-{unit}": value + i + 1
        for tens, value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50))
        for i, unit in enumerate(_ORDINALS[:9])
    }
    | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50}
)
_LATIN = {
    "primus": 1, "prima": 1, "primo": 1, "secundus": 2, "secunda": 2, "secundo": 2,
    "tertius": 3, "tertia": 3, "tertio": 3, "quartus": 4, "quarta": 4, "quarto": 4,
    "quintus": 5, "quinta": 5, "quinto": 5, "sextus": 6, "sexta": 6, "septimus": 7,
    "septima": 7, "octavus": 8, "octava": 8, "octaua": 8, "nonus": 9, "nona": 9,
    "decimus": 10, "decima": 10, "undecima": 11, "duodecima": 12,
}  # fmt: skip
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_WORDS)} | {
    w: i + 1 for i, w in enumerate(_ORDINALS)
}
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CJK_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}


def roman_value(token: str) -> int | None:
    """Value of a well-formed Roman numeral (either case), else None."""
    up = token.upper()
    if not up or not _ROMAN.fullmatch(up):
        return None
    total = 0
    for a, b in zip(up, up[1:] + " ", strict=True):
        v = _ROMAN_VALUE[a]
        total += -v if b != " " and _ROMAN_VALUE[b] > v else v
    return total


# Clause cyrillic_roman: Ukrainian and Russian typesetting writes the Roman
# numerals I and X with the Cyrillic look-alikes І (U+0406) and Х (U+0425), often
# beside Latin letters in one number ("ІV.", "XІІ", "VIІІ": ELTeC-ukr, 27 of 50
# novels; Franko's "Перехресні стежки" 50 chapters "І" .. "L"). Only headings
# read them (``latin_roman``): the sentence modules keep ``roman_value`` Latin
# ("І" alone is the Ukrainian word "and").
_CYRILLIC_ROMAN = str.maketrans("ІХ", "IX")


def latin_roman(token: str) -> str:
    """``token`` with Cyrillic І, Х written as Latin I, X when it is then a Roman
    numeral in capitals that holds one of them (clause ``cyrillic_roman``), else
    ``token``."""
    if "І" not in token and "Х" not in token:
        return token
    latin = token.translate(_CYRILLIC_ROMAN)
    return latin if latin.isupper() and latin.isascii() and roman_value(latin) else token


def cjk_value(token: str) -> int | None:
    """Value of a CJK (or full-width / ASCII digit) number: 十二, 一百零一, ２３."""
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    total, digit = 0, 0
    for ch in token:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            total += (digit or 1) * _CJK_UNITS[ch]
            digit = 0
        else:
            return None
    return total + digit


def number_value(token: str, words: bool = True) -> int | None:
    """Value of an Arabic, Roman, English or Latin number word token."""
    if token.isdigit():
        return int(token)
    value = roman_value(token) if token.isupper() or token.islower() else None
    if value is not None:
        return value
    if words:
        return NUMBER_WORDS.get(token.lower()) or _LATIN.get(token.lower())
    return None
