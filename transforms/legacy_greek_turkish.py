"""Plausibility rules for the Greek and Turkish candidates of ``--encoding auto``
(``transforms.legacy_encodings``; session 17): CP1253 and ISO-8859-7 (Greek), CP1254
(Turkish; it reads ISO-8859-9 text the same, as CP1252 reads Latin-1). Each function
returns "" when the decoded text reads as the language, else what is wrong with it.

Greek (``greek_plausible``), each clause named:

* ``greek_letters``: >= 95% of the non-ASCII letters are Greek, Greek letters are >=
  30% of all letters and >= 90% of the non-ASCII characters but punctuation (Latin
  text read as CP1253 has a few: 'ιtι' for French 'été').
* ``final_sigma``: 'ς' ends a word and 'σ' never does (Mac Greek read as CP1253 or
  ISO-8859-7: 'σωνβοωμρξ'); more than max(1, 0.5%) of the Greek letters is no Greek.
* ``greek_case``: no Greek capital after a small letter inside a word (ISO-8859-5
  Russian read as CP1253; ISO-8859-7's elision ’ read as CP1253 is 'Ά': 'απΆ το');
  with the Western rules' tolerance.
* ``greek_symbol``: no ¶ ΅ ¦ ¨ © ± ² ³ ½ £ ¤ ¥ € touching a Greek letter, no ΄ before
  one (ISO-8859-7's Ά read as CP1253 is '¶λλα'; ΄ after a letter is a numeral's mark,
  'α΄'); with the Western rules' tolerance, but for ¶ glued before a Greek letter,
  which no text writes: one is enough (Ά is ~0.1% of Greek letters).
* ``varied_letters``: no letter over 25% of the Greek letters.
* ``greek_capitals``: Greek capitals over 60% of the Greek letters among Latin letters
  mostly small (as ``cyrillic_capitals``): KOI8-R's small letters read as CP1253 are
  Greek capitals ('git notes merge [<ΟΠΓΙΙ>]').
* ``capitals_case`` (review): in a text whose Greek letters are > 60% capitals, no small
  letter before a capital inside a word: KOI8-R Cyrillic prose read as CP1253 or
  ISO-8859-7 is such capitals with small initials ('τΥΤ ΧΦΕ τΙΝΟΘΑ' for 'Тут вже
  Тимоха'); one is enough; and in any text, words of one small letter and capitals
  ('αΜΙ ΞΑ ΣΛΟ' for 'Али на ско') over 1 per 1,000 Greek letters.
* ``greek_tonos``: accented vowels (ά έ ή ί ό ύ ώ; not ΰ: Hebrew's alef) are >= 4% of
  the small Greek letters of a text with >= 20 of them (monotonic Greek accents nearly
  every word of two syllables: 11-15% in 17 ELTeC novels made monotonic); Hebrew CP1255/ISO-8859-8
  read as CP1253 is small Greek letters without one ('ξδξΰψη'), KOI8-R Russian ~2%.
* ``bare_word`` (review): below those 20, no word of >= 6 small Greek letters (after a
  capital or not) in a text without an accented vowel: a few CP1251 Cyrillic words
  among ASCII read as CP1253 or ISO-8859-7 ('δρκξχθλΰ' for 'дскочила', 'Ηδθυνσβ' for
  'Здихнув').

CP1253 and ISO-8859-7 read most bytes alike: text with CP1253's quotes or dashes
(0x80-0x9F: C1 controls in ISO-8859-7) or ISO-8859-7's Ά (CP1253's ¶) is decided;
CP1253's Ά (0xA2) is ISO-8859-7's ’. Session 19:

* ``sentence_alpha``: no sentence opens with ’ before a small letter ('. ’λλα': CP1253's
  Ά read as ISO-8859-7); one is enough. Session 21: clause ``colon_alpha`` (nor after a
  colon or '(': '%s: ’γνωστος'; wave 2: clause ``colon_accent``, only a word left without
  its accent, not an aphaeresis: ': ’ναι'). CP1253 text whose Ά stand inside sentences only
  ('τού Άδου') still passes both: undecided (``one_candidate``).
* ``elision_alpha``: no word ends in Ά after a small letter ('μέσΆ από': ISO-8859-7's
  elision ’ read as CP1253); one is enough.
* CP737 (Greek DOS) is a candidate; CP866 Cyrillic read as CP737 has ``vowelless_word``
  ('χλρλ') and ``double_accent`` ('φξήάψξί'): more than max(1, 0.5% of the words), or
  one vowelless word of >= 4 letters, is no Greek. Session 20: clause
  ``greek_abbreviations`` (abbreviations with their period, 'κλπ.', do not count, a
  repeated one counts once) and rule ``capitals_small_end`` (no word of capitals ends in
  one small letter: CP866's Я is CP737's θ, 'ОПЦИЯ' reads 'ΟΠΨΙθ').

Turkish (``turkish_plausible``): the Western shares (not its runs: vowel harmony
writes 'üğü', 'ığı', 'ışı': 5% of the non-ASCII characters of manpages-tr),
``symbol_in_word``, ``sign_in_word`` and ``case_in_word`` with CP1254's capitals, and

* ``turkish_letters``: >= 97% of the accented letters are Turkish (ç ğ ı İ ö ş ü â î û):
  Icelandic 'Þýska' read as CP1254 is 'Şıska' among á í ö (a CP1252 text never becomes
  CP1254: its ð ý þ come with Icelandic á é í ó ú).
* ``dotless_i``: 'ı' is >= 10% of the accented letters (~40% in Turkish prose): the
  letter only Turkish has decides it, never ç ö ü, which CP1252 reads the same; Latvian
  CP1257 read as CP1254 (ā ī ū ē š ž as 'â' 'î' 'û' 'ç' 'ğ' 'ş') has none.
"""

from __future__ import annotations

import re

from transforms.legacy_single_byte import (
    _SIGN_IN_WORD,
    _SYMBOL_IN_WORD,
    _accented,
    _case_in_word,
    _repeated_problem,
    _share,
    _shares_problem,
    _tolerated,
)

_GREEK_SHARE = 0.95  # of the non-ASCII letters
_GREEK_TEXT = 0.3  # of all letters
_GREEK_SIGNS = 0.9  # of the non-ASCII characters but punctuation
_GREEK_PUNCT = frozenset("«»—–―…“”‘’„\u00a0°·§΄΅€")
_MAX_TOP_LETTER = 0.25
_SIGMA_SHARE = 0.005
_TONOS = frozenset("άέήίόύώ")
_TONOS_SHARE = 0.04
_TONOS_EVIDENCE = 20
# Rule bare_word (review): a word of >= 6 small Greek letters (after a capital or not) in a text with no accented
# vowel is no monotonic Greek (its words of two syllables have one): a CP1251 Cyrillic
# word read as CP1253 or ISO-8859-7 ('δρκξχθλΰ' for 'дскочила') below greek_tonos's 20.
_BARE_WORD = re.compile(r"(?<![^\W\d_])[\u0386-\u03ab]?[\u03b0-\u03cb]{6,}(?![^\W\d_])")
_GREEK_CAPITALS = 0.6
# Rule final_sigma: σ at a word's end, ς before a letter.
_WRONG_SIGMA = re.compile(r"σ(?![^\W\d_])(?<=[^\W\d_]σ)|ς(?=[^\W\d_])")
# Rule greek_case: a Greek capital after a Greek small letter.
_GREEK_CASE = re.compile(r"[\u0386-\u03ab](?<=[\u03ac-\u03ce].)")
# Rule capitals_case (review): in a text mostly of Greek capitals, a small letter before a
# capital inside a word ('τΥΤ ΧΦΕ τΙΝΟΘΑ', 'ΠΟήΥΧΫΙ', 'ΜΐΔΣΨΛΕ') is KOI8-R Cyrillic read
# as CP1253 or ISO-8859-7 (its small letters read as Greek capitals, its capitals as
# small ones); one is enough (Greek written in capitals puts no small letter before one).
# So is a word of one small letter and capitals ('αΜΙ ΞΑ ΣΛΟ' for 'Али на ско') in any
# text: more than one per 1,000 Greek letters (caps-lock typos are rarer).
_SMALL_BEFORE_CAPITAL = re.compile(r"[\u0386-\u03ab](?<=[\u0390\u03ac-\u03ce].)")
_SMALL_INITIAL = re.compile(r"(?<![^\W\d_])[\u0390\u03ac-\u03ce][\u0386-\u03ab]{2,}")
_SMALL_INITIAL_SHARE = 0.001
# Rule greek_symbol.
# Clause euro_runs (session 25): EUC-JP writes each hiragana as 0xA4 + a byte and its
# symbols (→ 、 。) after 0xA1/0xA2: ISO-8859-7 reads 0xA4 as '€' and 0xA2 as '’', so
# ddskk's ';; e.x. "あ" → "い"' is '"€’" ’ͺ "€€"' (decided Greek, WRONG). Greek prices
# write '5€' or '€ 5'; a '€' beside another '€' or a '’' is no Greek.
_EURO_RUN = re.compile(r"€[€’]|’€")
_GREEK_SYMBOL = re.compile(
    r"¶(?=[\u0370-\u03ff])|[΅¦¨©±²³½£¤¥€](?:(?<=[\u0370-\u03ff].)|(?=[\u0370-\u03ff]))|΄(?<![\u0370-\u03ff]΄)(?=[\u0370-\u03ff])"
)
# Rule sentence_alpha (session 19): a sentence never opens with an elision's ’ before a
# small letter (0 in 17 ELTeC-gre novels: its elided words follow a letter, 'σ’ το', or
# open a sentence capitalized, '’Ν πρώτ’'); it is CP1253's Ά (0xA2, ISO-8859-7's ’) read
# as ISO-8859-7 ('. ’λλα τότε'): ~40% of the Ά of the novels open a sentence. One is enough.
# Clause colon_alpha (session 21): nor after a colon or an opening parenthesis ('%s: ’γνωστος
# χρήστης', shadow el in CP1253: CP1253's 'Άγνωστος'); 0 of the el catalogs' ’ stand so.
# Clause colon_accent (session 21, wave 2, of colon_alpha): after a colon or '(' only a word
# that has lost its accent counts: CP1253's Ά is the word's accented vowel, so the rest has
# >= 2 vowels and no tonos ('’γνωστος', '’κυρο'); Greek writes small letters after a colon,
# and an aphaeresis there is a word of its own, of one syllable or with its own accent
# ('’ναι', '’ρθει', '’μέρα', '’γειά': ELTeC-gre), which read as CP1253 decided it WRONG.
_SENTENCE_ELISION = re.compile(r"(?:^|[.!;»]\s+)’[\u03ac-\u03ce]", re.M)
_COLON_ELISION = re.compile(r"(?::\s+|\()’([\u03ac-\u03ce]+)")
_ACCENTED = re.compile(r"[\u0390\u03ac-\u03af\u03b0\u03cc-\u03ce]")
_VOWEL_RUN = re.compile(r"[αεηιουωϊϋ]+")


def _sentence_elision(text: str) -> bool:
    """Rule sentence_alpha with its clauses colon_alpha and colon_accent."""
    if _SENTENCE_ELISION.search(text):
        return True
    return any(
        not _ACCENTED.search(word) and len(_VOWEL_RUN.findall(word)) >= 2
        for word in _COLON_ELISION.findall(text)
    )


# Rule elision_alpha (session 19): no word ends in 'Ά' after a small letter; that is
# ISO-8859-7's elision ’ (0xA2) read as CP1253 ('σΆ το', 'απΆ'), one is enough (greek_case
# tolerates two capitals inside words: a short ISO-8859-7 piece passed both).
_ELISION_ALPHA = re.compile(r"Ά(?<=[\u03ac-\u03ce]Ά)(?![^\W\d_])")
# Rule vowelless_word (session 19): a Greek word has a vowel; CP866 Cyrillic read as CP737
# (Greek DOS) has 3-6% of its words of small consonants ('χλρλ: Τήέ λοξ' for 'овив: Тут
# вже'); 7 in 94,293 words of 17 ELTeC-gre novels, all of 3-4 letters ('κλπ', 'κτλ',
# 'πρρς', a misprint). One of >= 4 letters, or more than max(1, 0.5% of the words) of 3,
# is enough.
# Clause greek_abbreviations (session 20): an abbreviation followed by its period ('κλπ.',
# 'δρχ.', 'μρφ.') does not count, and a repeated one counts once ('κτλ' in a list, 'δρχ' in
# a price list: distinct words are counted); CP866 read as CP737 gives ever new ones.
_VOWELLESS = re.compile(r"(?<![^\W\d_])[βγδζθκλμνξπρσςτφχψ]{3,}(?![^\W\d_])")
# Rule capitals_small_end (session 20): CP866's capitals Ш-Я are CP737's small α-θ, so a
# word of Cyrillic capitals ending in Я Ы Ь Ю reads as Greek capitals and one small letter
# ('ОПЦИЯ' as 'ΟΠΨΙθ'); 0 in the 809,641 characters of the el catalogs (their inflected
# placeholders end in several: 'ΟΝΟΜΑτος'); Hebrew CP862 read as CP737 too ('ΟΤΙΦγ': ת).
# One is enough.
_CAPITALS_SMALL_END = re.compile(  # (the class first, the context after: 4x faster)
    r"[\u0386-\u03ab](?<![^\W\d_].)[\u0386-\u03ab]+[\u03ac-\u03ce](?![^\W\d_])"
)
# Rule double_accent (session 19): two accented vowels in a row ('φξήάψξί' for
# 'неуспех'): ~20% of the words of CP866 Cyrillic read as CP737, 34 in the 94,293 words
# of the ELTeC-gre novels (made monotonic: 'θείός'). More than max(1, 0.5% of the
# words) is no Greek.
_DOUBLE_ACCENT = re.compile(r"[άέήίόύώΆΈΉΊΌΎΏ]{2}")
# Rule utf8_greek_dos (review, session 19): UTF-8 Greek or Cyrillic lines in a CP737 file
# (a mixed file) read as CP737 are a lead byte's box character before each letter
# ('╬Σ╬ο╬β' for 'ΑΦΙ', '╨╤' for Cyrillic); two such pairs in a row never stand in real
# CP737 text (a table's ╬ has borders, not letters, on both sides). One is enough.
_UTF8_GREEK_DOS = re.compile(r"(?:[╬╧╨╤][\u0386-\u03ce░▒▓│┤╡╢╖╕╣║╗╝╜╛┐]){2}")

# Turkish: CP1254's letters beyond ASCII.
_TR_CHARS = "".join(sorted(set(bytes(range(0xC0, 0x100)).decode("cp1254", "ignore"))))
_TR_CAPITALS = "".join(c for c in _TR_CHARS if c.isupper())
_TR_SMALL = "a-z" + "".join(c for c in _TR_CHARS if c.islower())
_TR_CASE_IN_WORD = _case_in_word(re.escape(_TR_CAPITALS), _TR_SMALL)
# ('İ'.lower() is 'i' and a combining dot: two characters)
_TURKISH = frozenset(set("çğıöşüâîû") | {"i\u0307"})
_ONE_TURKISH = 0.97
_DOTLESS_SHARE = 0.1


def greek_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``greek_plausible`` (CP1253, ISO-8859-7); the counts first."""
    greek = sum(k for ch, k in counts.items() if "\u0370" <= ch <= "\u03ff" and ch.isalpha())
    if _share(greek, c["alpha"]) < _GREEK_SHARE:
        return f"only {_share(greek, c['alpha']):.0%} of its non-ASCII letters are Greek"
    if _share(greek, c["letters"]) < _GREEK_TEXT:
        return f"only {_share(greek, c['letters']):.0%} of its letters are Greek"
    signs = sum(k for ch, k in counts.items() if ord(ch) >= 0x80 and ch not in _GREEK_PUNCT)
    if _share(greek, signs) < _GREEK_SIGNS:
        return f"only {_share(greek, signs):.0%} of its non-ASCII characters are Greek letters"
    top = max((k for ch, k in counts.items() if ord(ch) >= 0x80 and ch.isalpha()), default=0)
    if top > max(3, _MAX_TOP_LETTER * greek):  # rule varied_letters
        return f"one letter is {_share(top, greek):.0%} of its letters (no language repeats one so)"
    small = sum(k for ch, k in counts.items() if "\u03ac" <= ch <= "\u03ce")
    tonos = sum(k for ch, k in counts.items() if ch in _TONOS)
    if small >= _TONOS_EVIDENCE and tonos < _TONOS_SHARE * small:  # rule greek_tonos
        return f"accented vowels are {_share(tonos, small):.1%} of its small Greek letters"
    if not tonos and _BARE_WORD.search(text):  # rule bare_word
        return "a long Greek word without accent in a text without one (not monotonic Greek)"
    capitals = sum(k for ch, k in counts.items() if "\u0386" <= ch <= "\u03ab")
    latin_small = sum(k for ch, k in counts.items() if "a" <= ch <= "z")
    latin = latin_small + sum(k for ch, k in counts.items() if "A" <= ch <= "Z")
    if capitals > _GREEK_CAPITALS * greek and latin_small > _GREEK_CAPITALS * latin:
        return f"{_share(capitals, greek):.0%} of its Greek letters are capitals"  # greek_capitals
    sigma = len(_WRONG_SIGMA.findall(text))
    if sigma > max(1, _SIGMA_SHARE * greek):  # rule final_sigma
        return f"{sigma} 'σ' end a word or 'ς' stand inside one (not Greek)"
    cased = len(_GREEK_CASE.findall(text))
    if not _tolerated(cased, greek):  # rule greek_case
        return f"{cased} Greek capitals follow a small letter ('απΆ': iso-8859-7 read as windows-1253?)"
    initials = len(_SMALL_INITIAL.findall(text))
    if (  # rule capitals_case
        capitals > _GREEK_CAPITALS * greek and _SMALL_BEFORE_CAPITAL.search(text)
    ) or initials > _SMALL_INITIAL_SHARE * greek:
        return "a small letter before a capital in Greek capitals (koi8-r read as Greek?)"
    symbols = _GREEK_SYMBOL.findall(text)
    if "¶" in symbols or not _tolerated(len(symbols), greek):  # rule greek_symbol
        return f"{symbols[0]!r} touches a Greek letter ('¶λλα': iso-8859-7 read as windows-1253?)"
    words = 0.005 * text.count(" ")
    bare = {m.group() for m in _VOWELLESS.finditer(text) if text[m.end() : m.end() + 1] != "."}
    if bare and (max(map(len, bare)) >= 4 or len(bare) > max(1, words)):
        return "a word without a vowel (cp866 Cyrillic read as cp737?)"  # rule vowelless_word
    if _CAPITALS_SMALL_END.search(text):  # rule capitals_small_end
        return "a word of Greek capitals ends in one small letter (cp866 read as cp737?)"
    if len(_DOUBLE_ACCENT.findall(text)) > max(1, words):  # rule double_accent
        return "accented vowels in a row (cp866 Cyrillic read as cp737?)"
    pieces = _UTF8_GREEK_DOS.search(text) if counts.keys() & set("╬╧╨╤") else None
    if pieces:  # rule utf8_greek_dos
        return f"{pieces.group()!r} is UTF-8 Greek or Cyrillic read as cp737 (a mixed file?)"
    if "Ά" in counts and _ELISION_ALPHA.search(text):  # rule elision_alpha
        return "a word ends in 'Ά' after a small letter (iso-8859-7's ’ read as windows-1253?)"
    if "’" in counts and _sentence_elision(text):  # rule sentence_alpha
        return "a sentence opens with '’' and a small letter (windows-1253's Ά read as iso-8859-7?)"
    if "€" in counts and _EURO_RUN.search(text):  # clause euro_runs
        return "'€' beside '€' or '’' (euc-jp kana read as iso-8859-7?)"
    return ""


def turkish_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``turkish_plausible`` (CP1254)."""
    n = c["non_ascii"]
    # (no rule of runs: vowel harmony writes 'üğü', 'ığı', 'ışı' in a row)
    problem = _shares_problem(counts, c, text, runs=False)
    if problem:
        return problem
    inside = len(_SYMBOL_IN_WORD.findall(text)) + len(_SIGN_IN_WORD.findall(text))
    if not _tolerated(inside, n):
        return f"{inside:,} symbols stand inside words ('by³o': Central European read as windows-1254?)"
    cased = len(_TR_CASE_IN_WORD.findall(text))
    if not _tolerated(cased, n):
        return f"{cased:,} letters inside words have the wrong case"
    problem = _repeated_problem(counts, n)
    if problem:
        return problem
    letters = _accented(counts)
    accented = sum(letters.values())
    turkish = sum(k for ch, k in letters.items() if ch in _TURKISH)
    if _share(turkish, accented) < _ONE_TURKISH:  # rule turkish_letters
        return f"only {_share(turkish, accented):.0%} of its accented letters are Turkish"
    if _share(letters.get("ı", 0), accented) < _DOTLESS_SHARE:  # rule dotless_i
        return "too few 'ı' for Turkish (Latvian windows-1257 read as windows-1254?)"
    return ""
