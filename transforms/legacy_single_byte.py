"""Plausibility rules for the single-byte candidates of ``--encoding auto``
(``transforms.legacy_encodings``): CP1252 (Western European), CP1250 and ISO-8859-2
(Central European), CP1251, KOI8-R, ISO-8859-5 and CP866 (Cyrillic).

A single-byte codec decodes (nearly) any bytes, so the choice is by language: each
function returns "" when the decoded text reads as its script's languages, else what
is wrong with it. Every rule is named (docs/QUALITY.md):

Western European (``latin_plausible``, session 15): non-ASCII characters under
``_MAX_LATIN_SHARE`` per letter, rarely three in a row, ``_LATIN_REPEAT`` of their
occurrences repeated; ``symbol_in_word`` ('by³o': ISO-8859-2 Polish; 'est‡ndar': Mac
Roman á), ``latin9_in_word`` ('c½ur'), ``case_in_word`` ('girlÕs'), ``one_language``
('pøeskoèila': CP1250 Czech). Session 16 added, from the 22 Mac Roman / CP850 /
ISO-8859-15 documents that still passed as CP1252:

* ``sign_in_word``: one of CP1252's signs ‡ ˆ ‰ ‹ › • ˜ ™ † ƒ between two letters is
  enough ('p‡gina', 'VƒASE': Mac Roman á, É); real text never glues them into a word.
* ``quote_in_word``: an opening or double quote between letters ('Eric‘um': CP850 æ),
  or a low quote after a letter ('satur‚': CP850 é) counts as a symbol inside a word
  (not ’, the apostrophe; German's low quote opens a word).
* ``degree_sign``: 'ø' right after a digit ('30øW': CP850's and CP437's °) counts so.
* ``lone_capital``: Š, Ž, Œ or Ÿ standing alone as a word, not after a sentence's
  end ('questo Š un': CP850's è; È, À, Ó are words), or an accented capital glued
  after an initial's period ('F.ÊW.': Mac Roman's no-break space) counts as a letter
  of the wrong case; so does one between a capital and a small letter ('Dr. RŽe').
* ``latin9_symbols``: ¤ ¦ ¨ ¸ anywhere, or ¼ ½ ¾ touching a letter ('½uvre'), are
  where ISO-8859-15 puts € Š š ž œ: one is enough (the two readings differ there).

Central European (``central_plausible``): the Western rules' shares (no runs: Czech
writes 'peříčko'), symbols and case with the Central European capitals, ``lone_letter``
(a letter Latin-1 lacks is no word alone: French '« mot »' in ISO-8859-2 is 'Ť mot ť')
and ``central_letters``: >= ``_ONE_CENTRAL`` of the accented letters of one language
(Polish, Czech, Slovak, Hungarian, Slovene/Croatian, Romanian) with three of the letters
that mark it (``_SIGNATURES``) at >= 20% of them: Spanish read as CP1250 mixes Czech á í
with Polish ń; ISO-8859-2 Czech read as CP1250 mixes Polish ą with Slovak ľ (its š, ž);
Italian read as CP1250 has Czech č ě ů but no ř š ž ý.

Cyrillic (``cyrillic_plausible``): ``cyrillic_letters`` (>= 95% of the non-ASCII
letters and 90% of the non-ASCII characters but punctuation are Cyrillic letters:
KOI8-R read as CP866 is box drawing), ``cyrillic_text`` (>= 30% of all letters),
``varied_letters`` (no letter over 25%), ``cyrillic_language`` (97% of the letters of
one alphabet: CP1251 read as ISO-8859-5 mixes Serbian 'ђ' and Ukrainian 'є'),
``cyrillic_case`` (no capital after a small letter: CP1251 read as KOI8-R swaps the
cases, 'нИЧЕГО'; with the Western rules' tolerance) and ``cyrillic_vowels`` (vowels
are 37-52% of the letters: all-capitals CP1251 read as KOI8-R is small letters of a
shuffled alphabet).

Session 16's review added, from Debian's translations re-encoded (Ukrainian, Hebrew,
Hungarian, Romanian, Mac Cyrillic files the branch's set lacked, decided WRONG):
``cyrillic_foreign`` (Serbian/Macedonian-only letters in Russian: Mac Cyrillic as
CP1251 'Ќет'), ``cyrillic_short_i`` ('й' after consonants: Hebrew as CP1251),
``cyrillic_signs`` ('ь' 'ы' starting words, 'ь' after vowels: Hebrew as KOI8-R),
``cyrillic_ya`` ('Я' after a small letter: Mac Cyrillic as CP1251),
``cyrillic_capitals`` (Cyrillic capitals among small Latin letters: Hebrew as KOI8-R),
``box_in_word`` (Ukrainian KOI8-U as KOI8-R 'п╕дтримку'), and for CP1252
``hungarian_marks`` ('õ', 'û' beside 'ö': Hungarian ő ű; session 27's clause
``hungarian_marks_outnumber``: unless 'ã' or 'ä' are common beside them), ``romanian_marks`` ('ã'
ending words, 'º' in words: Romanian ă ş) and ``latvian_cedilla`` ('ç' before e, i or a
consonant: Latvian ē).

Session 17's clauses (``transforms.legacy_misreads``) run after these rules pass.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.legacy_cyrillic_misreads import cyrillic_misread
from transforms.legacy_mac_cyrillic import beyond_slips, slips_allowed
from transforms.legacy_misreads import central_misread, latin_misread

_MAX_LATIN_SHARE = 0.25  # non-ASCII characters / letters in CP1252 text
_LATIN_REPEAT = 0.75
# Three non-ASCII characters in a row (but for rules of dashes, dots and bullets).
_LATIN_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
_RULES = frozenset("\u2013\u2014\u2026\u2022\u00b7")
# Rule one_language: the accented letters of each Western language CP1252 holds
# (German, French, Spanish, Portuguese, Italian, Dutch, Danish/Norwegian, Swedish,
# Finnish, Icelandic, Catalan), each with 'é', the loan every one of them uses. Czech
# or Polish (CP1250, ISO-8859-2) read as CP1252 mixes 'ø' (ř), 'è' (č), 'ì' (ě), '³' (ł).
_ALPHABETS = tuple(
    frozenset(letters + "é")
    for letters in (
        "äöüß",
        "àâæçèêëîïôœùûüÿ",
        "áíñóúü",
        "áâãàçêíóôõúü",
        "àèìíîòóùú",
        "áëïóöüèàô",
        "æøåóü",
        "åäöü",
        "äöåšž",
        "áðíóúýþæö",
        "àçèíïòóúü",
    )
)
_ONE_LANGUAGE = 0.9
# Rule central_letters: the accented letters of the languages CP1250 and ISO-8859-2
# hold (Polish, Czech, Slovak, Hungarian, Slovene/Croatian/Bosnian, Romanian; German
# text reads the same in CP1252, which decides it).
_CENTRAL_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "ąćęłńóśźż",
        "áčďéěíňóřšťúůýž",
        "áäčďéíĺľňóôŕšťúýž",
        "áéíóöőúüű",
        "čćđšžé",
        "ăâîşţșțé",
    )
)
_ONE_CENTRAL = 0.97
# ... and three of the letters by which that language is known (two for Hungarian's
# ő ű ö ü and Romanian's ă ş ţ), at >= _SIGNATURE_SHARE of its accented letters (rule
# central_letters): Italian read as CP1250 has Czech 'č' 'ě' 'ů' (è ì ù) but none of
# ř š ž ý; Latin with æ, £, œ has 'ć' 'Ł' 'ś' but no ę ą ż; Spanish read as ISO-8859-2 'č' and 'Š'
# among 80 á í ó (Czech ~45%, Polish ~90%, Hungarian ő ű ö ü ~25%).
_SIGNATURES = (
    ("ęąłżś", 3),
    ("ěščřžý", 3),
    ("čšžľťý", 3),
    ("őűöü", 2),
    ("čšžćđ", 3),
    ("ăşţșț", 2),
)
_SIGNATURE_SHARE = 0.2
# Clause hungarian_signature_share (session 27): Hungarian writes á é more than its estimate
# had it; 400,000 characters of the hu catalogs hold ő ű ö ü at 18.7% of the accented letters
# (5,845 of 31,233: the CP1250 reading rejected), 40 of their lines 15.7%. Its two marks ask
# for _HUNGARIAN_SHARE (bench/encodings_hunt.py: hu +30 right, WRONG 0 in all 32 languages).
_HUNGARIAN_SHARE = 0.12
# Rule lone_letter: a letter Latin-1 lacks is no word alone in these languages
# ('« mot »' in ISO-8859-2 reads 'Ť mot ť', Italian 'è' in CP1250 'č').
_LONE_LETTER = re.compile(r"[\u0100-\u02ff](?<![^\W\d_][\u0100-\u02ff])(?![^\W\d_])")
# Rule symbol_in_word: a Latin-1 symbol between two letters ('by³o', 'dzi¶' are Polish
# ł and ś in ISO-8859-2); not the letters ª µ º, nor soft hyphen, nor the middle dot.
# Also CP1252's own symbols but dashes and the ellipsis ('m‡s', 'trŠs': Mac Roman's á,
# DOS CP850's è read as CP1252), and the quotes ‘ “ ” (rule quote_in_word: 'Eric‘um').
_SYMBOL_CLASS = (
    r"\u00a1-\u00a9\u00ab\u00ac\u00ae-\u00b4\u00b6\u00b8\u00b9\u00bb-\u00bf"
    r"\u20ac\u201a\u201e\u2020\u2021\u02c6\u2030\u2039\u2022\u02dc\u2122\u203a"
    r"\u2018\u201c\u201d"
)
_SYMBOL_IN_WORD = re.compile(  # (the class first, the context after: 3x faster)
    rf"[{_SYMBOL_CLASS}](?<=[^\W\d_].)(?=[^\W\d_])"
    # rule degree_sign: CP850's and CP437's ° is 'ø' in CP1252, 'ř' in CP1250 ('30øW')
    r"|[\u00f8\u0159](?<=\d.)"
    # rule quote_in_word: a low quote opens a word, never ends one ('satur‚': CP850 é)
    r"|[\u201a\u201e](?<=[^\W\d_].)"
)
# Rule sign_in_word: one of these between two letters is enough ('p‡gina', 'VƒASE').
_SIGN_IN_WORD = re.compile(
    r"[\u2021\u02c6\u2030\u2039\u203a\u2022\u02dc\u2122\u2020\u0192](?<=[^\W\d_].)(?=[^\W\d_])"
)
# Rule latin9_in_word: ISO-8859-15 (Latin-9) puts œ, Œ, Š, š, ž, Ÿ where CP1252 has
# these symbols ('c½ur' for cœur); one inside a word is enough. Rule latin9_symbols:
# ¤ ¦ ¨ ¸ anywhere (€ Š š ž), ¼ ½ ¾ touching a letter ('½uvre'), one is enough.
_LATIN9_IN_WORD = re.compile(r"[\u00a6\u00a8\u00b8\u00bc-\u00be](?<=[^\W\d_].)(?=[^\W\d_])")
_LATIN9_SYMBOLS = re.compile(
    r"[\u00a4\u00a6\u00a8\u00b8\u00bc-\u00be]"
    r"(?:(?<=[\u00a4\u00a6\u00a8\u00b8])|(?=[^\W\d_])|(?<=[^\W\d_].))"
)
_SYMBOLS_IN_WORDS = 0.01
# Rule case_in_word: an accented capital after a lower-case letter ('girlÕs', 'cafŽ':
# Mac Roman's ’ and é read as CP1252), before a capitalized word ('ÒThe': its “),
# alone after punctuation ('said.Ó': its ”), between a capital and a small letter
# ('Dr. RŽe': its é; session 16), or an accented small letter between
# capitals ('INFORMACIîN': its Ó); real text capitalizes a word's start or all of it.
# Rule lone_capital: Š Ž Œ Ÿ alone as a word, not after a sentence's end ('questo Š
# un', 'utilit… Š': CP850's è), or an accented capital glued between an initial's period and
# a letter ('F.ÊW. NIETZSCHE': Mac Roman's no-break space).
# Counted with symbol_in_word's tolerance.
_CAPITALS = "\u00c0-\u00d6\u00d8-\u00de\u0152\u0160\u0178\u017d"
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff"


def _case_in_word(capitals: str, small: str) -> re.Pattern[str]:
    # (one class first, the branches after by the character: 6x faster than a choice
    # of three patterns at every position)
    return re.compile(
        rf"[{capitals}{small[3:]}](?:(?<=[{capitals}])(?:(?<=[{small}].)|(?=[A-Z][a-z])"
        r"|(?<=[A-Z].)(?=[a-z])|(?<=[.,;:!?].)(?=\s|$)|(?<=[^\W\d_]\..)(?=[^\W\d_])"
        # (lone_capital: Š Ž Œ Ÿ are no word; È, À, Ó are: '— È la vostra')
        r"|(?<=[\u0160\u017d\u0152\u0178])(?<=[^.!?\s] .)(?=[\s,.;:!?]|$))"
        rf"|(?<=[{small[3:]}])(?<=[A-Z].)(?=[A-Z]))"
    )


_CASE_IN_WORD = _case_in_word(_CAPITALS, _SMALL)
# The same for Central European text: the capitals and small letters of CP1250.
_CE_CAPITALS = "".join(sorted(set(bytes(range(0x80, 0x100)).decode("cp1250", "ignore"))))
_CE_SMALL = "a-z" + "".join(c for c in _CE_CAPITALS if c.islower())
_CE_CAPITALS = "".join(c for c in _CE_CAPITALS if c.isupper())
_CE_CASE_IN_WORD = _case_in_word(re.escape(_CE_CAPITALS), _CE_SMALL)
# ... for text written in a language with accents (>= 1% of its letters; Czech ~8%);
# under it they are names and loans in English ('café', 'Müller', 'señor').
_ACCENTED_TEXT = 0.01

# Cyrillic rules: capitals after a small letter (any script) inside a word; a word
# with Latin and Cyrillic letters; a non-letter between two letters (not ’ or ʼ,
# the Ukrainian apostrophes, nor the soft hyphen).
_CYRILLIC_CASE = re.compile(r"[a-z\u0430-\u045f\u0491][\u0400-\u042f\u0490]")
# Rule cyrillic_letters: the non-ASCII characters of Cyrillic text are its letters
# and a few marks (KOI8-R read as CP866 is mostly box drawing: '╧╬╘╧╫').
_CYRILLIC_PUNCT = frozenset("«»—–…№„“”‘’\u00a0°·§")
_CYRILLIC_SHARE = 0.9
# Rule cyrillic_text: Cyrillic letters are >= 30% of all letters (Russian man pages
# with English options ~60%); Latin text read as Cyrillic has a few ('30АW': ° in
# ISO-8859-5, 'Љ' alone: CP850's è in CP1251).
_CYRILLIC_TEXT = 0.3
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєўАЕЁИОУЫЭЮЯІЇЄЎ")
# Rule cyrillic_vowels: vowels are 41-45% of the letters of 1k-64k pieces of 12
# Russian novels; all-capitals CP1251 read as KOI8-R 28-34%, KOI8-R as CP1251 21-29%.
_VOWEL_SHARE = (0.37, 0.52)
# Rule cyrillic_language: >= 97% of the Cyrillic letters are of one alphabet (Russian,
# Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian); CP1251 read as ISO-8859-5
# mixes Serbian 'ђ', Ukrainian 'є' and Macedonian 'ќ' with '№' ('в№шєшышщ').
_CYRILLIC_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    )
)
_ONE_CYRILLIC = 0.97
_MAX_TOP_LETTER = 0.25  # Russian's commonest letter, о, is ~11% of its letters
# Rule cyrillic_capitals (review): capitals are <= 45% of the Cyrillic letters of 120-
# to 4,000-character pieces of Debian's ru/uk/bg/sr/be/mk translations; Hebrew
# (CP1255, ISO-8859-8) and Mac Cyrillic read as KOI8-R are all capitals ('ЮИИ ВИИНО')
# among small Latin letters ('%s', 'Choukei'). Text written all in capitals has Latin
# capitals too (and its other reading passes no rule: undecided).
_CYRILLIC_CAPITALS = 0.6
# Rule box_in_word (review): a box-drawing character after a Cyrillic letter or before
# a small one is Ukrainian KOI8-U's і ї є ґ read as KOI8-R ('ядр╕ п╕дтримку', '╕м'я');
# one is enough (a table's borders stand apart from its words or before a capital).
_BOX_IN_WORD = re.compile(r"[\u2500-\u259f](?:(?<=[\u0400-\u04ff].)|(?=[\u0430-\u045f]))")
# Rule cyrillic_ya (review): 'Я' after a small letter is Mac Cyrillic's я read as
# CP1251 ('длЯ', 'пропускаетсЯ'); no unit or abbreviation has it (as 'кВт' has В).
_YA_AFTER_SMALL = re.compile(r"Я(?<=[\u0430-\u045f].)")
# Rule hungarian_marks (review): Hungarian ő ű (CP1250, ISO-8859-2, ISO-8859-16) read
# as CP1252 are 'õ' 'û' ('kilépõ kód', 'bõbeszédû mód'): 'õ' without 'ã' or 'ä'
# (Portuguese writes õ with ã, Estonian with ä), or 'û' beside 'ö' (French writes û,
# and ü in names: 'Saül', never ö in 12 ELTeC novels).
_HUNGARIAN_MISREAD = ("õ", "û")
# Clause hungarian_marks_outnumber (session 27): one 'ã' or 'ä' no longer excuses them; it must
# be common beside them (Debian's pt catalogs: 8 ã per õ, et: 1.3 ä per õ). 400,000 characters
# of the hu catalogs in CP1250 read as CP1252 have 2,022 'õ' and 487 'û' beside 2,068 'ö' but
# one 'ã' (Romanian 'Brăila'), which excused all of them: decided CP1252, WRONG. Under one
# 'ã' or 'ä' per _HUNGARIAN_EXCUSE of those 'õ' (and 'û' beside 'ö') is no Western text.
_HUNGARIAN_EXCUSE = 4
# Its clause hungarian_marks_outnumber_french_u (session 27 review): 'û' counts only when 'ö'
# are at least as many (hu catalogs: 2,068 'ö' per 487 'û'). Long French writes many 'û' ('sûr',
# 'coût') beside a few foreign 'ö' and rarer 'ä' 'ã' ('Hövsgöl', 'Lääne'): 200,000 characters of
# the fr catalogs in CP1252 were no longer decided (rejected here, decided right on main).
# Rule romanian_marks (review): Romanian ă ş (CP1250, ISO-8859-2) read as CP1252 are
# 'ã' ending words or before consonants ('dacã', 'fãrã', 'Tãtarã'), where Portuguese
# writes ã before o, e, s or i (99% of 11,061 in Debian's pt translations: 'não',
# 'mãe'), and 'º' starting a word or inside one ('ºi', 'eºuat'; Portuguese 'nº' follows
# n or a digit). Two such 'º', or most of two or more 'ã', are no Western text.
# Rule latvian_cedilla (review): Latvian ē (CP1257, ISO-8859-13) read as CP1252 is
# 'ç', before e, i or a consonant ('vçrtîbu', 'detalizçtu'); French, Portuguese and
# Catalan write ç before a, o, u (5 others in 9,500 of Debian's fr/pt/ca translations:
# 'OPÇS', 'abcçdefg'). More than max(1, 1%) of the non-ASCII characters is no Western
# text (Mann's Zauberberg names 'Lukaçek' 6 times among ~40,000 umlauts).
_LATVIAN_CEDILLA = re.compile(r"[çÇ](?=[b-df-hj-np-tv-zeiéèêíìîB-DF-HJ-NP-TV-ZEI])")
_PORTUGUESE_TILDE = re.compile(r"\u00e3(?=[oeisOEIS])")
_ROMANIAN_S = re.compile(r"\u00ba(?<![\dnN]\u00ba)(?=[a-z])")
# Rule cyrillic_short_i (review): й follows a vowel or starts a word (Ukrainian loans
# 'зйомка', 'Асунсьйон': <= 4 in a piece of 1,000); Hebrew read as CP1251 puts its
# yod after consonants ('вбй', 'рлщм дйцйад'). More than max(1, 0.5%) is no language.
_SHORT_I = re.compile(r"[йЙ](?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ].)")
_SHORT_I_SHARE = 0.005
# Rule cyrillic_signs (review): ь and ы never start a word, nor ь follow a vowel (<= 9
# in 6.2 million letters of Debian's ru/uk/bg/be/sr/mk translations, underscored menu
# keys); Hebrew read as KOI8-R has its resh and shin so ('ЬИВД', 'ЫЛ', 'ПЕЬЕЕБИЗ': 5%
# of its letters). More than max(1, 0.5%) is no language.
_SIGNS = re.compile(r"[ьЬыЫ](?<![^\W\d_].)(?=[^\W\d_])|[ьЬ](?<=[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ].)")
# Rule cyrillic_foreign (review): the letters only Serbian and Macedonian have (ђ ѓ ј
# љ њ ќ ћ џ ѕ) in a Russian, Ukrainian, Belarusian or Bulgarian text: Mac Cyrillic's
# capitals read as CP1251 ('Ќет', 'Џовторное'); one is enough.
_SOUTH_SLAVIC = frozenset("ђѓјљњќћџѕ")


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _tolerated(count: int, non_ascii: int) -> bool:
    return count <= max(2, _SYMBOLS_IN_WORDS * non_ascii)  # a stray one in a quote


def _accented(counts: dict[str, int]) -> Counter[str]:
    letters: Counter[str] = Counter()
    for char, k in counts.items():
        if ord(char) >= 0x80 and char.isalpha():
            letters[char.lower()] += k
    return letters


def _one_language(letters: Counter[str], alphabets: tuple[frozenset[str], ...]) -> float:
    accented = sum(letters.values())
    covered = max(sum(k for ch, k in letters.items() if ch in alphabet) for alphabet in alphabets)
    return _share(covered, accented)


def _shares_problem(counts: dict[str, int], c: dict[str, int], text: str, runs: bool) -> str:
    n = c["non_ascii"]
    if n > _MAX_LATIN_SHARE * c["letters"]:
        return f"{_share(n, c['letters']) * 100:.0f} non-ASCII characters per 100 letters"
    if not runs:  # (Czech writes three in a row: 'peříčko')
        return ""
    runs = sum(len(run) for run in _LATIN_RUN.findall(text) if set(run) - _RULES)
    if _share(runs, n) > 0.05:
        return "its non-ASCII characters come in runs (mojibake of a multibyte encoding)"
    return ""


def _repeated_problem(counts: dict[str, int], n: int) -> str:
    repeated = sum(k for ch, k in counts.items() if ord(ch) >= 0x80 and k > 1)
    if _share(repeated, n) < _LATIN_REPEAT:
        return "its non-ASCII characters are one-offs (stray bytes, not a language's letters)"
    return ""


def latin_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``latin_plausible`` (CP1252) with its clauses (module docstring)."""
    n = c["non_ascii"]
    problem = _shares_problem(counts, c, text, runs=True)
    if problem:
        return problem
    latin9 = _LATIN9_IN_WORD.findall(text) or _LATIN9_SYMBOLS.findall(text)
    if latin9:
        return f"{latin9[0]!r} is where iso-8859-15 has a letter ('c½ur': iso-8859-15 read as windows-1252?)"
    sign = _SIGN_IN_WORD.findall(text)
    if sign:
        return f"{sign[0]!r} stands inside a word ('p‡gina': Mac Roman read as windows-1252?)"
    inside = len(_SYMBOL_IN_WORD.findall(text))
    if not _tolerated(inside, n):
        return f"{inside:,} symbols stand inside words ('by³o': Central European read as windows-1252?)"
    cased = len(_CASE_IN_WORD.findall(text))
    if not _tolerated(cased, n):
        return f"{cased:,} letters inside words have the wrong case ('girlÕs': Mac Roman?)"
    problem = _repeated_problem(counts, n)
    if problem:
        return problem
    letters = _accented(counts)
    u_hat = letters[_HUNGARIAN_MISREAD[1]]  # clause hungarian_marks_outnumber_french_u
    misread = letters[_HUNGARIAN_MISREAD[0]] + u_hat * (letters["ö"] >= u_hat > 0)
    if misread and _HUNGARIAN_EXCUSE * (letters["ã"] + letters["ä"]) < misread:
        # rule hungarian_marks and its clause hungarian_marks_outnumber
        return "'õ', or 'û' beside 'ö': Hungarian ő ű (windows-1250) read as windows-1252?"
    latvian = len(_LATVIAN_CEDILLA.findall(text))
    if latvian > max(1, _SYMBOLS_IN_WORDS * n):  # rule latvian_cedilla
        return f"{latvian} 'ç' before e, i or a consonant: Latvian ē read as windows-1252?"
    tilde = counts.get("\u00e3", 0)
    if len(_ROMANIAN_S.findall(text)) > 1 or (
        tilde > 1 and len(_PORTUGUESE_TILDE.findall(text)) < 0.5 * tilde
    ):  # rule romanian_marks
        return "'ã' ending words or 'º' inside them: Romanian ă ş read as windows-1252?"
    if (
        sum(letters.values()) >= _ACCENTED_TEXT * c["letters"]
        and _one_language(letters, _ALPHABETS) < _ONE_LANGUAGE
    ):
        return (
            "its accented letters are of no one language (Central European read as windows-1252?)"
        )
    return latin_misread(counts, text)  # session 17's clauses


def central_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``central_plausible`` (CP1250, ISO-8859-2)."""
    n = c["non_ascii"]
    problem = _shares_problem(counts, c, text, runs=False)
    if problem:
        return problem
    letters = _accented(counts)
    inside = len(_SYMBOL_IN_WORD.findall(text)) + len(_SIGN_IN_WORD.findall(text))
    if not _tolerated(inside, n):
        return f"{inside:,} symbols stand inside words ('wi±za': iso-8859-2 read as windows-1250?)"
    cased = len(_CE_CASE_IN_WORD.findall(text)) + len(_LONE_LETTER.findall(text))
    if not _tolerated(cased, n):
        return f"{cased:,} letters inside words have the wrong case"
    problem = _repeated_problem(counts, n)
    if problem:
        return problem
    share, best = max(
        (_one_language(letters, (alphabet,)), i) for i, alphabet in enumerate(_CENTRAL_ALPHABETS)
    )
    if share < _ONE_CENTRAL:
        return f"only {share:.0%} of its accented letters are of one Central European language"
    signature, distinct = _SIGNATURES[best]
    marks = sum(k for ch, k in letters.items() if ch in signature)
    share = _HUNGARIAN_SHARE if best == 3 else _SIGNATURE_SHARE
    if len(set(signature) & set(letters)) < distinct or marks < share * sum(letters.values()):
        return f"too few of the letters that mark {signature!r}'s language"
    language = ("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Romanian")[best]
    return central_misread(counts, text, _CENTRAL_ALPHABETS, language)  # session 17


# Clause guillemet_in_word (session 25): CP1251's '»' (0xBB) is a lead byte of EUC-JP's
# kanji: edict's '名詞 ... 助詞' read as CP1251 is 'Мѕ»м ... Ѕх»м' (decided WRONG). Real
# Cyrillic sets « » off with a space or a sign: none between two Cyrillic letters in
# 596,624 lines of the bg ru uk sr mk be catalogs, fortunes-ru/-bg, manpages-ru/-uk/-sr.
_GUILLEMET_IN_WORD = re.compile(r"[\u0400-\u04ff][«»][\u0400-\u04ff]")


def cyrillic_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``cyrillic_plausible`` (CP1251, KOI8-R, ISO-8859-5, CP866); the counts
    first, then the patterns."""
    cyrillic = sum(k for ch, k in counts.items() if "\u0400" <= ch <= "\u04ff" and ch.isalpha())
    if _share(cyrillic, c["alpha"]) < 0.95:
        return f"only {_share(cyrillic, c['alpha']):.0%} of its non-ASCII letters are Cyrillic"
    if _share(cyrillic, c["letters"]) < _CYRILLIC_TEXT:
        return f"only {_share(cyrillic, c['letters']):.0%} of its letters are Cyrillic"
    signs = sum(k for ch, k in counts.items() if ord(ch) >= 0x80 and ch not in _CYRILLIC_PUNCT)
    if _share(cyrillic, signs) < _CYRILLIC_SHARE:
        return (
            f"only {_share(cyrillic, signs):.0%} of its non-ASCII characters are Cyrillic letters"
        )
    vowels = sum(k for ch, k in counts.items() if ch in _CYRILLIC_VOWELS)
    low, high = _VOWEL_SHARE
    if cyrillic >= 100 and not low <= _share(vowels, cyrillic) <= high:
        return f"vowels are {_share(vowels, cyrillic):.0%} of its Cyrillic letters (no language)"
    top = max((k for ch, k in counts.items() if ord(ch) >= 0x80 and ch.isalpha()), default=0)
    if top > max(3, _MAX_TOP_LETTER * cyrillic):  # rule varied_letters (as CJK's)
        return (
            f"one letter is {_share(top, cyrillic):.0%} of its letters (no language repeats one so)"
        )
    share = _one_language(_accented(counts), _CYRILLIC_ALPHABETS)
    if share < _ONE_CYRILLIC:
        return f"only {share:.0%} of its Cyrillic letters are of one language's alphabet"
    letters = _accented(counts)
    best = max(_CYRILLIC_ALPHABETS, key=lambda a: sum(k for ch, k in letters.items() if ch in a))
    allowed = slips_allowed(sum(k for ch, k in counts.items() if "\u0430" <= ch <= "\u045f"))
    foreign = sorted(letters.keys() & _SOUTH_SLAVIC - best)
    found = re.finditer(f"[{''.join(foreign)}]", text, re.IGNORECASE) if foreign else ()
    if beyond_slips(found, allowed):  # rule cyrillic_foreign (clause long_text_slips)
        return f"{foreign[0]!r} is no letter of its language (Mac Cyrillic read as windows-1251?)"
    short_i = len(_SHORT_I.findall(text))
    if short_i > max(1, _SHORT_I_SHARE * cyrillic):  # rule cyrillic_short_i
        return f"{short_i} 'й' follow a consonant (Hebrew read as windows-1251?)"
    signs = len(_SIGNS.findall(text))
    if signs > max(1, _SHORT_I_SHARE * cyrillic):  # rule cyrillic_signs
        return f"{signs} 'ь' or 'ы' start a word or follow a vowel (Hebrew read as koi8-r?)"
    capitals = sum(k for ch, k in counts.items() if "\u0400" <= ch <= "\u042f")
    latin_small = sum(k for ch, k in counts.items() if "a" <= ch <= "z")
    latin = latin_small + sum(k for ch, k in counts.items() if "A" <= ch <= "Z")
    if (  # rule cyrillic_capitals
        capitals > _CYRILLIC_CAPITALS * cyrillic and latin_small > _CYRILLIC_CAPITALS * latin
    ):
        return f"{_share(capitals, cyrillic):.0%} of its Cyrillic letters are capitals"
    ya = beyond_slips(_YA_AFTER_SMALL.finditer(text), allowed)
    if ya:  # rule cyrillic_ya (clause long_text_slips)
        return "'Я' follows a small letter (Mac Cyrillic read as windows-1251?)"
    box = beyond_slips(_BOX_IN_WORD.finditer(text), allowed)
    if box:  # rule box_in_word (clause long_text_slips)
        return f"{box.group()!r} stands inside a word (Ukrainian koi8-u read as koi8-r?)"
    cased = len(_CYRILLIC_CASE.findall(text))
    if not _tolerated(cased, cyrillic):
        return f"{cased:,} Cyrillic capitals follow a small letter inside a word ('пРИВЕТ')"
    guillemets = _GUILLEMET_IN_WORD.finditer(text) if "»" in counts or "«" in counts else ()
    if beyond_slips(guillemets, allowed):  # (clause long_text_slips)
        return "a guillemet between two Cyrillic letters ('Мѕ»м': euc-jp read as windows-1251?)"
    return cyrillic_misread(counts, text, cyrillic)  # session 17's clauses
