"""Mac Cyrillic read as CP1251 (``--encoding auto``): session 22's clauses of
``cyrillic_misread`` (``transforms.legacy_misreads``), moved here whole. Mac Cyrillic's
capitals (0x80-0x9F) are CP1251's signs and South Slavic letters, its ћ ј ќ ѕ (0xCB-0xCF,
0xC0) CP1251's capitals, its „ “ « » CP1251's 'Ч' 'Т' 'З' 'И'. A finding ends with
``MAC_CYRILLIC``, and clause ``mac_cyrillic_veto`` (``transforms.legacy_encodings``) then
decides no reading of the bytes: the user is told to pass ``--encoding mac_cyrillic``.
"""

from __future__ import annotations

import re

# Clause mac_cyrillic_veto (session 22): text that inner_capitals, mac_cyrillic_signs or
# mac_cyrillic_quotes (below) find to be Mac Cyrillic decides nothing: rejecting only its CP1251
# reading let its KOI8-R reading (both had passed: undecided) be decided, WRONG, in 7 of the 800
# short sr mk uk ru bg pieces ('Када | Приликом провере', the capitals_only trap again).
MAC_CYRILLIC = "(Mac Cyrillic? rerun with --encoding mac_cyrillic)"
# Clause inner_capitals (session 22, of capital_in_word): Mac Cyrillic's ћ ј ќ ѕ are CP1251's
# capitals М А О П, so Serbian or Macedonian in Mac Cyrillic read as CP1251 has capitals inside
# words ('ухваМен': ухваћен). Real camel case ('ПочаткАдреса', 'ТерМаат') stands in text whose
# other capitals open words; a text with small Cyrillic letters whose Cyrillic capitals all
# stand inside words is such a misread (its own capitals, Mac's 0x80-0x9F, are CP1251 signs).
_OPENING_CAPITAL = re.compile(r"[\u0400-\u042f](?<![^\W\d_].)")
# Clause mac_cyrillic_signs (session 22): Mac Cyrillic's capitals В Ж З И Й Л С Т Ф Щ (0x82,
# 0x86-0x89, 0x8B, 0x91, 0x92, 0x94, 0x99) are CP1251's ‚ † ‡ € ‰ ‹ ‘ ’ ” ™: a word opening with
# one of them before small letters ('‡апис', '€звините', '‘ликата', '”орматот', '‚ызов') is such a
# misread; 0 in the bg ru uk sr mk be catalogs (8.1 million characters). Left out: '•' (Mac's Х,
# glued to a word as a bullet: bg '•този'), '„' '“' (Д У: quotes that open words, bg sr 134
# times), '–' '—' (Ц and a dash: ru sr 3 times).
_MAC_CYRILLIC_SIGNS = frozenset("‚†‡€‰‹‘’”™")
_MAC_CYRILLIC_SIGN = re.compile(r"[‚†‡€‰‹‘’”™](?<![^\W\d_].)(?=[\u0430-\u045f])")
# Clause cyrillic_single_quotes (review, session 22, of mac_cyrillic_signs): '‘' '‹' '”' that open
# a quote closed on the same line ('‘так’', Russian glosses 'значение ‘жилище’') are CP1251's own
# quotes, not Mac's С Л Щ: real CP1251 text decided on main. Mac's closing Т Ы Щ never end a word
# of small letters.
_QUOTE_PAIR = re.compile(r"‘[^‘\n]{1,80}?(?<=\S)’|‹[^‹\n]{1,80}?(?<=\S)›|”[^”\n]{1,80}?(?<=\S)”")
# Clause mac_cyrillic_quotes (session 22): Mac Cyrillic's „ “ (0xD7 0xD2: Bulgarian, Serbian,
# Macedonian quotes) are CP1251's 'Ч' 'Т': a quoted name reads 'Ч%sТ', 'ЧдллТ', 'Чdpkg-devТ'. A token opened by 'Ч' and closed by 'Т'
# without a Cyrillic capital between them: 0 in the same catalogs ('ЧАТ' is capitals); one is
# enough.
_MAC_CYRILLIC_QUOTES = re.compile(r"(?<![^\W\d_])Ч[^\sЧТ\u0400-\u042f]{1,60}Т(?![^\W\d_])")
_INNER_CAPITAL = re.compile(r"[\u0400-\u042f](?<=[\u0430-\u045f].)(?=[\u0430-\u045f])")


def _quoted(text: str, at: int) -> bool:
    """Clause cyrillic_single_quotes: the sign at ``at`` opens a quote closed after a letter."""
    pair = _QUOTE_PAIR.match(text, at)
    return pair is not None and not text[pair.end() : pair.end() + 1].isalpha()


def mac_cyrillic_misread(counts: dict[str, int], text: str, small: int) -> str:
    """Why ``text`` (a CP1251 reading with ``small`` small Cyrillic letters) is Mac Cyrillic,
    ending with ``MAC_CYRILLIC``; "" if no clause finds it."""
    signs = _MAC_CYRILLIC_SIGN.finditer(text) if counts.keys() & _MAC_CYRILLIC_SIGNS else ()
    sign = next((m for m in signs if not _quoted(text, m.start())), None)
    if sign:  # clause mac_cyrillic_signs
        return f"{sign.group()!r} opens a word {MAC_CYRILLIC}"
    quoted = _MAC_CYRILLIC_QUOTES.search(text) if "Ч" in counts and "Т" in counts else None
    if quoted:  # clause mac_cyrillic_quotes
        return f"{quoted.group()!r} is quoted with 'Ч…Т' {MAC_CYRILLIC}"
    inner = _INNER_CAPITAL.search(text) if small else None
    if inner and not _OPENING_CAPITAL.search(text):  # clause inner_capitals
        return f"{inner.group()!r} inside a word is its only kind of capital {MAC_CYRILLIC}"
    return ""
