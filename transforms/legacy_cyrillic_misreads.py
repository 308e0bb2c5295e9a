"""Session 17's clauses of ``--encoding auto``'s Cyrillic plausibility rule
(``cyrillic_plausible`` in ``transforms.legacy_single_byte``) and the Hebrew-read-as-
Cyrillic clauses after it (split from ``transforms.legacy_misreads`` in session 47, no
change of behaviour). Each function returns "" or what is wrong; every clause is named
(docs/QUALITY.md):

* ``capitals_only``: a text of Cyrillic capitals (small letters under
  ``_SMALL_SHARE``) needs ``_CAPITALS_EVIDENCE`` Cyrillic letters (the vowel rule's
  evidence, and more): Hebrew (CP1255, CP862) and small Mac Cyrillic read as KOI8-R or
  CP866 are capitals with a stray small letter ('ДНЬКФнЮТЬ', 'БЕПЯХъ'). Clause
  ``stray_small``: at least one small letter: text of capitals alone ('ВОЙНА И МИР')
  in CP1251 is small letters in KOI8-R and the other way round, so rejecting only the
  capitals' reading decided the other codec WRONG (main: undecided). Hebrew that
  reads as capitals alone ('ЮИИ ВИИНО') is left WRONG, as on main.
* ``capital_in_word``: 'Ы', 'Ъ' or 'Ь' (no word or word part starts with them)
  between two pairs of small letters ('раЫастански': Mac Cyrillic's џ read as CP1251);
  one is enough. Other capitals there are names written in camel case ('МакГрат',
  'ПостСкрипт', Serbian 'ЗакљСлова' in Debian's catalogs).

Session 20: ``hebrew_dos`` (capitals with Ш Щ Ъ over 8%, no Ы-Я: Hebrew CP862 as CP866).
Session 21: ``hebrew_final_forms`` (capitals that are Hebrew letters, whose final forms
ך ם ן ף ץ end words and never stand inside one).
"""

from __future__ import annotations

import re

from transforms.legacy_mac_cyrillic import beyond_slips, mac_cyrillic_misread, slips_allowed

# Rule capitals_only.
_CAPITALS_EVIDENCE = 300
_SMALL_SHARE = 0.05
# Rule capital_in_word.
_CAPITAL_IN_WORD = re.compile(r"[ЫЪЬ](?<=[\u0430-\u045f]{2}.)(?=[\u0430-\u045f]{2})")
_HEBREW_DOS = 0.08  # rule hebrew_dos


def _hebrew_layout(cyrillic: str, hebrew: str) -> tuple[frozenset[str], str, str]:
    letters = bytes(range(0xE0, 0xFB)).decode("cp1255")  # the 27 letters, in order
    image = {ch: ch.encode(hebrew).decode(cyrillic) for ch in letters}
    return (
        frozenset(image.values()),
        "".join(image[ch] for ch in "ךםןףץ"),
        "".join(image[ch] for ch in "כמנפצ"),
    )


# Rule hebrew_final_forms (session 21): Hebrew writes five letters in a final form at the
# end of a word (ך ם ן ף ץ) and in their other form (כ מ נ פ צ) everywhere else. Read as
# Cyrillic capitals, CP862's letters are CP866's А-Ъ (ן 'П', מ 'О': 'הזמן' is 'ДЖОП') and
# CP1255's (ISO-8859-8's) are KOI8-R's (ם 'М', מ 'Н'): a CP866 (KOI8-R) reading without
# small Cyrillic letters, of >= 3 capital words all of these letters, whose final forms end
# words (start them: text in visual order, old ISO-8859-8 files) and never stand inside one,
# with no word ending (starting) in another form, is Hebrew. Matches 60-80% of 60-1,000-
# character pieces of the he catalogs so read, ~1% of short upper-cased bg ru uk sr be mk
# pieces (few Cyrillic words among English). Rejecting that reading alone let another codec
# decide Cyrillic capitals as small letters (the capitals_only trap: 'ЕВРО ТАСТЕР' in CP1251
# as KOI8-R 'ебпн рюяреп'), so ``guess_encoding`` then decides nothing (clause hebrew_veto).
# Clause hebrew_small: CP1255's (ISO-8859-8's) letters read as CP1251 are its small а-ъ, in
# CP866's order ('одоашз', 'рлщм'): the same test on small words without capitals; it matches
# 24-92% of the he pieces so read, 1 of ~4,700 bg ru uk sr be mk CP1251 pieces (sr, 60 chars).
HEBREW_FINAL_FORMS = "its words end as Hebrew's final letters do (Hebrew read as Cyrillic?)"
_CAPITAL_WORD = re.compile(r"[\u0410-\u042f]{2,}")
_SMALL_WORD = re.compile(r"[\u0430-\u044f]{2,}")
_SMALL_CYRILLIC = re.compile(r"[\u0430-\u045f]")
_CAPITAL_CYRILLIC = re.compile(r"[\u0400-\u042f]")
# codec of the reading: (Hebrew codec whose letters it shows, its words, the other case)
_HEBREW_READINGS = {
    "cp866": ("cp862", _CAPITAL_WORD, _SMALL_CYRILLIC),
    "koi8_r": ("cp1255", _CAPITAL_WORD, _SMALL_CYRILLIC),
    "cp1251": ("cp1255", _SMALL_WORD, _CAPITAL_CYRILLIC),  # clause hebrew_small (above)
}
_HEBREW_LAYOUTS = {
    codec: _hebrew_layout(codec, hebrew) for codec, (hebrew, *_) in _HEBREW_READINGS.items()
}


def hebrew_codec(codec: str) -> str:
    """The Hebrew codec whose letters a Hebrew-shaped ``codec`` reading shows (clause hebrew_hint)."""
    return _HEBREW_READINGS[codec][0]


def hebrew_final_forms(text: str, codec: str) -> str:
    """Rule ``hebrew_final_forms`` for a reading of ``codec`` that passed: "" or the problem."""
    if codec not in _HEBREW_READINGS:
        return ""
    _, word, other_case = _HEBREW_READINGS[codec]
    if other_case.search(text):
        return ""
    words = word.findall(text)
    letters, final, other = _HEBREW_LAYOUTS[codec]
    if len(words) < 3 or not all(letters.issuperset(word) for word in words):
        return ""
    for step in (1, -1):  # logical order: the final forms end words; visual: start them
        ends = [word[::step] for word in words]
        if any(ch in final for word in ends for ch in word[:-1]):
            continue
        if any(word[-1] in other for word in ends):
            continue
        if any(word[-1] in final for word in ends):
            return HEBREW_FINAL_FORMS
    return ""


def cyrillic_misread(counts: dict[str, int], text: str, cyrillic: int) -> str:
    """Session 17's clauses of ``cyrillic_plausible`` (module docstring); ``cyrillic``:
    the count of Cyrillic letters."""
    small = sum(k for ch, k in counts.items() if "\u0430" <= ch <= "\u045f")
    # Clause stray_small: a small letter among the capitals (Hebrew's maqaf read as
    # KOI8-R 'н'); text of capitals alone ('ВОЙНА И МИР') in CP1251 is small letters
    # in KOI8-R (and the other way round): rejecting only the capitals' reading decided
    # the other codec, WRONG where main was undecided.
    if 0 < small <= _SMALL_SHARE * cyrillic and cyrillic < _CAPITALS_EVIDENCE:  # capitals_only
        return (
            f"all its {cyrillic} Cyrillic letters are capitals: too few to tell "
            "(Hebrew read as koi8-r?)"
        )
    # Rule hebrew_dos (session 20): Hebrew DOS CP862's letters are CP866's capitals А-Ъ,
    # ר ש ת (~13% of Hebrew letters) its Ш Щ Ъ (Russian ~1%, Bulgarian ~4%), and never
    # Ы-Я: capitals without those, with Ъ (ת; Russian and Serbian capitals 'ОШИБКА' have
    # none) and Ш Щ Ъ over 8%, are Hebrew ('ФЧЕГЕЪ ГЕОЕЪ').
    late = sum(counts.get(ch, 0) for ch in "ЫЬЭЮЯ")
    hebrew = sum(counts.get(ch, 0) for ch in "ШЩЪ")
    if not small and not late and "Ъ" in counts and hebrew >= max(3, _HEBREW_DOS * cyrillic):
        return "capitals with many 'Ш Щ Ъ' and no 'Ы-Я' (Hebrew cp862 read as cp866?)"
    inside = beyond_slips(_CAPITAL_IN_WORD.finditer(text), slips_allowed(small))
    if inside:  # rule capital_in_word (clause long_text_slips)
        return f"{inside.group()!r} is a capital inside a word (Mac Cyrillic read as windows-1251?)"
    return mac_cyrillic_misread(counts, text, small)  # session 22's Mac Cyrillic clauses
