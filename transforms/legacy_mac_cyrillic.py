"""Mac Cyrillic read as CP1251 (``--encoding auto``): session 22's clauses of
``cyrillic_misread`` (``transforms.legacy_misreads``), moved here whole. Mac Cyrillic's
capitals (0x80-0x9F) are CP1251's signs and South Slavic letters, its ћ ј ќ ѕ (0xCB-0xCF,
0xC0) CP1251's capitals, its „ “ « » CP1251's 'Ч' 'Т' 'З' 'И'. A finding ends with
``MAC_CYRILLIC``, and clause ``mac_cyrillic_veto`` (``transforms.legacy_encodings``) then
decides no reading of the bytes: the user is told to pass ``--encoding mac_cyrillic``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Clause mac_cyrillic_veto (session 22): text that inner_capitals, mac_cyrillic_signs or
# mac_cyrillic_quotes (below) find to be Mac Cyrillic decides nothing: rejecting only its CP1251
# reading let its KOI8-R reading (both had passed: undecided) be decided, WRONG, in 7 of the 800
# short sr mk uk ru bg pieces ('Када | Приликом провере', the capitals_only trap again).
MAC_CYRILLIC = "(Mac Cyrillic? rerun with --encoding x-mac-cyrillic)"  # advice_known_names
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
# Clause mac_capital_consonant (session 23): Mac Cyrillic's capitals А Б Г К М Н О П Р Ъ Ь Э Ю Я
# (0x80 0x81 0x83 0x8A 0x8C-0x90 0x9A 0x9C-0x9F) are CP1251's Ђ Ѓ ѓ Љ Њ Ќ Ћ Џ ђ љ њ ќ ћ џ; a word
# opening with one of them before a consonant ('Џриликом', 'Ђрхив', 'Ћзнака', 'Љралство',
# 'ѓренада') is such a misread: Serbian and Macedonian put a vowel after these letters at a word's
# start ('Ђорђе', 'њега', 'ќе', 'Џон'). In the bg ru uk sr mk be catalogs (8.1 million characters,
# UTF-8 as written) 1 ('њга', a typo in sr); in their Mac Cyrillic readings 18,607.
# Clause capital_consonant_words (review, session 23, of mac_capital_consonant): Serbian's own
# 'џбун' (bush) and 'Љвов' (Lviv) open so: the only 3 of hunspell-sr's 251,549 stems that the
# branch's clause flagged (a Serbian CP1251 book with 'џбун' went undecided). In a misread they
# would be Mac's 'Ябу…', 'Квов…', which open no Russian, Bulgarian or Ukrainian word.
_CAPITAL_CONSONANT = re.compile(
    r"(?<![^\W\d_])(?!џбу|Љвов)[ЂЃЉЊЋЏЌђѓљњќћџ](?=[бвгджзйклмнпрстфхцчшщ])"
)
# Clause mac_je_inside (session 23, of inner_capitals): Mac's ј ћ ќ ѕ ё (CP1251's А М О П Ю) after
# two small letters of a Cyrillic word that opens with no capital ('броА', 'наАдена', 'обАект'),
# or after one small letter in a word opening with a letter of mac_capital_consonant ('ЌиАе',
# 'ЉомаАагва': Ќ Љ are Mac's Н К), are Mac Cyrillic even where other capitals open words. Camel
# case opens with a capital ('ПочаткАдреса', 'ТерМаат', 'ФорМаТ'): 3 such words in the catalogs
# (sr 'ајМелодије', 'ајПод', 'мекОС'), 9,055 lines in their Mac readings.
# Clause je_inside_openers (review, session 23, of mac_je_inside): a word opening with a capital
# outside А-Я (uk Є І Ї, sr Ј) opens with a capital too: hunspell-uk's 'ЄвроПравда',
# 'ІнтерКрАЗ' were Mac Cyrillic to the branch (str.isupper, not the range А-Я). In a misread,
# CP1251's Є І Ї Ј are Mac's signs (™ ∞ ≥ ...), which open no words.
# Clause je_inside_units (review, session 23, of mac_je_inside): a capital after 'мк' opening a
# word is real Russian and Ukrainian: micro units 'мкА', 'мкМ', 'мкОм' (hunspell-uk), the pun
# 'дорога мкАД' (fortunes-ru religion: the whole file, CP1251 and KOI8-R, went right ->
# undecided). Serbian and Macedonian have no word opening 'мкј'. (A capital after the capital
# is left flagged: Mac's » … – — read as CP1251 are И Й Р С, so 'број»' reads 'броАИ'.)
# Clause je_inside_twice (review, session 23, of mac_je_inside): in a text of 300 small letters
# or more, two different such words are needed: manpages-uk's find.1 names its example files
# 'файлА', 'файлБ' (the whole page, CP1251, went right -> undecided), a Russian pun 'мкАД'
# stands once in a file; Serbian or Macedonian in Mac Cyrillic has 'ј' in every sentence
# ('броА', 'коАи', 'моА'), so a long misread has many such words.
_JE_TWICE = 300
_MAC_CAPITALS = frozenset("ЂЃЉЊЌЋЏђѓљњќћџ")
_SMALL_THEN_CAPITAL = re.compile(r"(?<=[\u0430-\u045f])[АМОПЮ]")
# Clause numero_in_word (session 23): Mac's є (0xB9) is CP1251's '№': 'ма№', 'ґ№роглґфґчна'. '№'
# after a Cyrillic letter: 0 in the catalogs (it stands before numbers or words: '№рядка').
_NUMERO_IN_WORD = re.compile(r"(?<=[\u0400-\u045f])№")
# Clause mac_cyrillic_guillemets (session 23, as mac_cyrillic_quotes): Mac's « » (0xC7 0xC8) are
# CP1251's 'З' 'И': 'З%sИ', 'З%pBИ'; 0 in the catalogs, 9,029 in the ru uk Mac readings.
_MAC_GUILLEMETS = re.compile(r"(?<![^\W\d_])З[^\sЗИ\u0400-\u042f]{1,60}И(?![^\W\d_])")
# Clause unclosed_low_quote (session 23): Mac's Д У (0x84 0x93) are CP1251's „ “: '„а ли' (Да ли),
# '“далить'. A '„' or '“' opening a word of small letters that no '“' '”' closes within 200
# characters (before the next '„'): in the catalogs 5 (quotes closed after a line break beyond
# this window's reach or glued: '„\\“не'), in their Mac readings 6,500.
# Clause quote_after_space (session 24, of unclosed_low_quote): only a '„' '“' after a space, a
# line's start or '(' opens a word: git bg writes 'знак „\\“не може' (a quoted backslash), and its
# whole catalog in CP1251 (290,000 characters) went undecided; Mac's Д У open words after spaces.
_UNCLOSED_QUOTE = re.compile(r"(?<![^\s(])[„“](?=[\u0430-\u045f])(?![^„“”]{0,200}[“”])")
# Clause ukrainian_i (session 23): Mac's і ї (0xB4 0xBB) are CP1251's 'ґ' '»': 'розмґр',
# 'ґнструкцґ»'. Ukrainian writes 'і' in nearly every sentence and 'ґ' rarely: two 'ґ' and no
# 'і' 'ї' 'І' 'Ї' is Mac Cyrillic. Lines of the uk catalogs that do so: 5 of 92,415 ('теґи',
# 'ґаґаузька'); of their Mac readings 15,328.
_UKRAINIAN_I = frozenset("іїІЇ")
# Clause serbian_nje (session 24): Mac's њ (0xBF) is CP1251's 'ї': Serbian and Macedonian
# 'издање', 'запакивања', 'печатењето' read 'издаїе', 'запакиваїа', 'печатеїето'. Ukrainian
# writes 'ї' before consonants, 'і' 'ї' or at a word's end ('їх', 'країна', 'її', 'мої'), never
# before а е и о у ю я є but in a few transcribed names ('Куїотепек', 'ваїолі': 14 lines of iso-codes
# uk, 0 in the other 1.1 million lines of the bg ru uk sr mk be catalogs, fortunes, man pages and
# hunspell words; /tmp/wtD_s24/pat.py, scan2.py), so only in text with no 'і' 'І' (Serbian and
# Macedonian have none; Mac's і is 'ґ'): 3,900 lines of the Mac readings.
_I = frozenset("іІ")
# Clause mac_je_word (session 24): Mac's ј (0xC0) is CP1251's 'А': Serbian and Macedonian 'ја',
# 'је' (the commonest words: 'прикажи ја оваа помош', 'Рашка је') read 'Аа', 'Ае' standing as
# words; real lines 0 ('Ау' is a name: fortunes-ru), Mac readings 3,693 lines (with 'Ау', 'Ао').
_JE_WORD = re.compile(r"(?<![^\W\d_])А[ае](?![^\W\d_])")
# Clause mac_dje_sign (session 24): Mac's ђ (0xAC) is CP1251's '¬': 'изгра¬ује' (изграђује). '¬'
# between two Cyrillic letters: real lines 0, Mac readings 2,092 (/tmp/wtD_s24/pat2.py).
_DJE_SIGN = re.compile(r"(?<=[\u0400-\u045f])¬(?=[\u0400-\u045f])")
# Clause mac_io_slash (session 24): Slavic 'I/O' (bg mk 'В/И', sr 'У/И', ru uk 'В/В') in Mac
# Cyrillic reads '‚/€', '“/€', '‚/‚' in CP1251: a token of two such signs around '/'; 0 in the real
# lines (/tmp/wtD_s24/pat.py), 41 lines of the Mac readings.
_IO_SLASH = re.compile(r"(?<![^\W\d_])[‚“€]/[‚“€](?![^\W\d_])")
# Clause mac_quotes_latin (session 24, of mac_cyrillic_quotes): Mac's „ “ around Latin words with
# spaces ('със „set -o“' reads 'Чset -oТ'): 'Ч' glued before a Latin letter or '%', 'Т' glued after
# one, on one line, with no Cyrillic capital between; 0 real lines, 9,778 lines of Mac readings.
_QUOTES_LATIN = re.compile(
    r"(?<![^\W\d_])Ч(?=[A-Za-z%])[^Ч\n\u0400-\u042f]{0,60}?(?<=[A-Za-z0-9%])Т(?![^\W\d_])"
)
# Clause mac_lone_dash (session 24): Mac's '—' (0xD1) is CP1251's 'С': ' — ' between words reads
# ' С ' ('френска С швейцарска', 'параметр С %c'). 'С' standing alone after a word ending in a
# small letter or digit, in text with no '—' '–' of its own: real lines 9 of 1.2 million (the C
# language typed in Cyrillic: 'в стиле С для', 'диски С'; they go undecided when short), Mac
# readings 1,489 lines (where no earlier clause finds them). As je_inside_twice: in a text of 300
# small letters or more, two such 'С' before different words are needed (manpages-ru ls.1 in
# CP1251, 5,000 characters, 'в стиле С вместо' and no '—': groff writes '\(em').
_LONE_S = re.compile(r"(?<=[a-zа-яё\d] )С(?=\s|%)")
# Clause mac_ya_opens (session 24, of cyrillic_ya): Mac's я (0xDF) is CP1251's 'Я' everywhere, so a
# Mac text read as CP1251 has no 'я'; where its one 'я' opens a word it is no rule's finding
# ('версию Ядра', 'каренские Языки'). 'Я' opening a word after a word of small letters in text
# with no 'я': real lines 39 of 1.2 million (names: 'и Ян Майен', 'Западна Ява', 'бабы Яги'),
# Mac readings 6,247 lines; only short pieces lack an 'я' (Russian ~2% of letters).
# Clause ya_after_small_word (review, session 24, of mac_ya_opens): only after a word all of small
# letters: a name after a capitalised word is real ('Джеймс Янгмен' coreutils ru, 'Пейо Яворов'
# fortunes-bg, 'Західна Ява' iso-codes uk: 16 of the 25 real lines the clause found).
_YA_OPENS = re.compile(r"(?<![^\W\d_])[а-яё]+ Я(?=[а-я])")
_NJE_VOWEL = re.compile(r"ї(?=[аеиоуюяєы])")
# Clause ukrainian_i_once (session 24, of ukrainian_i): Mac's і (0xB4) is CP1251's 'ґ': one
# Ukrainian 'і' in a short text reads 'розмґр', 'ключґв'. A 'ґ' between two consonants in text
# with no 'і' 'ї' 'І' 'Ї'; real Ukrainian puts 'ґ' before a vowel or 'р' 'л' ('ґанок', 'ґрунт')
# and names with 'ґ' between consonants ('Дарлінґтон', 'підґрунті') hold an 'і' too.
# Clause ge_after_prefix (review, session 24, of ukrainian_i_once): not where a prefix ending in
# 'б' 'в' 'д' 'з' 'с' meets 'ґр' 'ґв' 'ґл': real 'обґрунтування', 'зґвалтування', 'безґрунтовний'
# (hunspell uk: 29 of the 46 real words the clause found); 2,400 of its 47,400 Mac lines lost.
_GE_BETWEEN = re.compile(
    r"(?<=[бвгджзйклмнпрстфхцчшщь])ґ(?=[бвгджзйклмнпрстфхцчшщь])(?<![бвдзс]ґ(?=[рвл]))"
)


# Clause mac_cyrillic_rival (session 24, with mac_cyrillic_reading in transforms.legacy_encodings):
# Mac's capitals (0x80-0x9F) are CP1251's South Slavic letters and signs, so where a Mac text's
# only capitals open words ('Њинималната вредност', 'ђепублика Љостарика', uk 'Џомилка %s',
# ru '—тобы') no clause can tell its CP1251 reading from real Serbian ('Њихов', 'Ђорђе', 'Џон').
# Its Mac reading tells: where that passes every Cyrillic rule and more of its words open with a
# capital А-Я before small letters ('Минималната', 'Република Костарика'), the CP1251 reading is
# not decided. Real CP1251 read as Mac turns its capitals into signs and Serbian letters ('Москва'
# reads 'ћосква'), so its Mac reading has fewer such words, or fails.
# Clause rival_inside_capitals (session 24, of mac_cyrillic_rival): each capital inside a word
# counts against a reading: real Serbian CP1251 'Џејмс Јангмен' (a coreutils sr credit, decided
# right before) reads 'ПеЉмс £ангмен' as Mac, one word opening with 'П' and one 'Љ' inside.
# Clause rival_glued_capitals (session 24, of rival_inside_capitals): so does each Cyrillic capital
# after a small letter at a word's end or glued to a Latin letter: real Bulgarian CP1251 'обичайни
# са „am i“ и „съм аз“' (bg catalog; decided right before) reads 'Дam iУ и Дсъм азУ' as Mac. (Not
# after a Latin letter: format strings glue words to '%s': '%sЗа да зададете', bg catalogs; and
# before one only where the capital opens a word: coreutils ru 'ПРЕФИКСab, …'.)
# Clause rival_latin_word (review, session 24, of rival_glued_capitals): before Latin letters only
# where they are not followed by a small letter (a Latin word glued to Mac's '„': 'Дam', 'ДgitУ'):
# fortunes-ru types Latin o p y e c for Cyrillic ('Кoмпьютeры пoрaбoтили', 'Тpyдно начать'), and
# four such entries in CP1251 went undecided.
_GLUED_CAPITAL = re.compile(
    r"[\u0400-\u042f](?:(?<=[\u0430-\u045f].)(?![A-Z\u0400-\u042f])"
    r"|(?<![^\W\d_].)(?=[a-z]+(?![a-z\u0430-\u045f])))"
)
# Clause rival_capital_words (session 24): a word of capitals А-Я opens with one too: sr 'КЉУЧ
# Кључ', 'ЗНАК ће' (CP1251; their Mac readings open 'Ъуч', 'Юе' with Serbian љ ћ).
_OPENING_WORD = re.compile(r"(?<![^\W\d_])[\u0410-\u042f](?=[\u0430-\u045f])")
# Clause rival_whole_capital_words (review, session 24, of rival_capital_words): only a whole word
# of capitals, of two letters or more: Mac reads CP1251's '’' 'є' as 'ТЇ' and '•' as 'Х', so real
# Ukrainian 'З’єднання розірвано' ('«ТЇднанн€') and bg '••• „%s“ може' ('ХХХ') went undecided.
_CAPITALS_WORD = re.compile(r"(?<![^\W\d_])[\u0410-\u042f][\u0400-\u042f]+(?![^\W\d_])")


# Clause long_text_slips (session 27, second task): a finding that one is enough for in a line
# is, in a book, also the book's own slip: whole RusLit novels in CP1251 went undecided on one
# 'Аа!' (Анна Каренина, Мать), 'ОнегинуЯ' (a title glued to a line), 'до«бродетелью' (Война и
# мир), 'Ќ 21' and 'Љ 99' (a lost '№': Herzen, Bryusov), 'честнОй' (a stress as a capital).
# A Mac Cyrillic text read as CP1251 has such findings in nearly every sentence (its я is 'Я',
# its capitals South Slavic letters): these clauses (and cyrillic_ya, cyrillic_foreign,
# box_in_word, guillemet_in_word, capital_in_word) withhold only on more than one per
# _SLIP_LETTERS small Cyrillic letters, so text under that length keeps "one is enough".
_SLIP_LETTERS = 20_000
# Clause long_text_slips_scattered (review, session 27): a book's own slips stand apart (the 373
# RusLit works: at most one per rule, but for War and Peace 2's three '«' in one speech); a
# passage pasted in from another codec (a KOI8-R, CP866 or Mac Cyrillic paragraph in a CP1251
# book) puts its findings together: two findings of one rule within _SLIP_SPREAD characters
# withhold the text whatever its length (a 150-character CP866 passage in CP1251 Дуэль: 2-4).
_SLIP_SPREAD = 5_000
_SLIP_CONTEXT = 3  # characters after a finding that make it the same slip


def slips_allowed(small: int) -> int:
    """Clause long_text_slips: how many findings a text of ``small`` small Cyrillic letters
    may hold and still pass."""
    return small // _SLIP_LETTERS


def _alone(found: re.Match[str]) -> bool:
    text, start, end = found.string, found.start(), found.end()
    return not text[start - 1 : start].isalpha() and not text[end : end + 1].isalpha()


def beyond_slips(found: Iterable[re.Match[str]], allowed: int) -> re.Match[str] | None:
    """The first of ``found`` if there are more than ``allowed`` (clause long_text_slips) or
    two different ones lie within ``_SLIP_SPREAD`` characters (long_text_slips_scattered)."""
    first = None
    last = -_SLIP_SPREAD
    seen: set[str] = set()
    for n, item in enumerate(found):
        first = item if first is None else first
        if n >= allowed:
            return first
        # clause long_text_slips_repeated: the book's one slip written again, a sign standing
        # alone ('в Ќ 21' three times in Herzen's Скуки ради, 'за Љ 26' twice in Bryusov: a
        # lost '№'), is no cluster; a pasted passage's findings are inside its words ('сЯ')
        key = item.string[item.start() : item.end() + _SLIP_CONTEXT]
        if key in seen and _alone(item):
            continue
        if item.start() - last < _SLIP_SPREAD:
            return first
        last = item.start()
        seen.add(key)
    return None


def opening_capitals(text: str) -> int:
    """Clause mac_cyrillic_rival: words of ``text`` opening with a capital А-Я before a small
    letter, less the capitals inside words (clause rival_inside_capitals)."""
    words = sum(len(set(w)) > 1 for w in _CAPITALS_WORD.findall(text))
    return len(_OPENING_WORD.findall(text)) + words - len(_GLUED_CAPITAL.findall(text))


def _lone_dashes(counts: dict[str, int], text: str) -> bool:
    """Clause mac_lone_dash: a lone 'С' (two before different words in a long text)."""
    small = sum(k for ch, k in counts.items() if "\u0430" <= ch <= "\u045f")
    need = max(2 if small >= _JE_TWICE else 1, slips_allowed(small) + 1)
    after = {text[m.end() : m.end() + 8] for m in _LONE_S.finditer(text)}
    return len(after) >= need


def _micro(text: str, start: int, end: int) -> bool:
    """Clause je_inside_units: the capital ending ``text[start:end]`` follows 'мк' (micro)."""
    return text[start : end - 1] == "мк"


def _quoted(text: str, at: int) -> bool:
    """Clause cyrillic_single_quotes: the sign at ``at`` opens a quote closed after a letter."""
    pair = _QUOTE_PAIR.match(text, at)
    return pair is not None and not text[pair.end() : pair.end() + 1].isalpha()


def mac_cyrillic_misread(counts: dict[str, int], text: str, small: int) -> str:
    """Why ``text`` (a CP1251 reading with ``small`` small Cyrillic letters) is Mac Cyrillic,
    ending with ``MAC_CYRILLIC``; "" if no clause finds it."""
    allowed = slips_allowed(small)
    signs = _MAC_CYRILLIC_SIGN.finditer(text) if counts.keys() & _MAC_CYRILLIC_SIGNS else ()
    sign = beyond_slips((m for m in signs if not _quoted(text, m.start())), allowed)
    if sign:  # clause mac_cyrillic_signs
        return f"{sign.group()!r} opens a word {MAC_CYRILLIC}"
    found = _MAC_CYRILLIC_QUOTES.finditer(text) if "Ч" in counts and "Т" in counts else ()
    quoted = beyond_slips(found, allowed)
    if quoted:  # clause mac_cyrillic_quotes
        return f"{quoted.group()!r} is quoted with 'Ч…Т' {MAC_CYRILLIC}"
    opening = beyond_slips(_CAPITAL_CONSONANT.finditer(text), allowed) if small else None
    if opening:  # clause mac_capital_consonant
        return f"{opening.group()!r} opens a word before a consonant {MAC_CYRILLIC}"
    numero = beyond_slips(_NUMERO_IN_WORD.finditer(text), allowed) if "№" in counts else None
    if numero:  # clause numero_in_word
        return f"'№' follows a letter {MAC_CYRILLIC}"
    found = _MAC_GUILLEMETS.finditer(text) if "З" in counts and "И" in counts else ()
    quoted = beyond_slips(found, allowed)
    if quoted:  # clause mac_cyrillic_guillemets
        return f"{quoted.group()!r} is quoted with 'З…И' {MAC_CYRILLIC}"
    found = _UNCLOSED_QUOTE.finditer(text) if counts.keys() & set("„“") else ()
    unclosed = beyond_slips(found, allowed)
    if unclosed:  # clause unclosed_low_quote
        return f"'{unclosed.group()}' opens a word and is never closed {MAC_CYRILLIC}"
    if counts.get("ґ", 0) >= 2 and not counts.keys() & _UKRAINIAN_I:  # clause ukrainian_i
        return f"{counts['ґ']} 'ґ' and no 'і' {MAC_CYRILLIC}"
    inner = _INNER_CAPITAL.search(text) if small else None
    if inner and not _OPENING_CAPITAL.search(text):  # clause inner_capitals
        return f"{inner.group()!r} inside a word is its only kind of capital {MAC_CYRILLIC}"
    need = max(2 if small >= _JE_TWICE else 1, allowed + 1)  # clauses je_inside_twice, slips
    words: set[str] = set()
    for capital in _SMALL_THEN_CAPITAL.finditer(text) if small else ():
        start = capital.start() - 1
        while start and "\u0400" <= text[start - 1] <= "\u045f":
            start -= 1
        opens = text[start]
        if _micro(text, start, capital.end()):
            continue  # clause je_inside_units
        if opens in _MAC_CAPITALS or capital.start() - start >= 2 and not opens.isupper():
            words.add(text[start : capital.end()])  # clause mac_je_inside
            if len(words) >= need:  # clause je_inside_twice
                return f"{min(words)!r} has a capital after its small letters {MAC_CYRILLIC}"
    return ""


def mac_cp1251_misread(counts: dict[str, int], text: str) -> str:
    """Session 24's clauses, for a CP1251 reading alone (CP866, KOI8-R and ISO-8859-5 put other
    letters at these bytes: real Ukrainian CP866, which has no 'і', writes 'Куїотепек'): why
    ``text`` is Mac Cyrillic, ending with ``MAC_CYRILLIC``; "" if no clause finds it."""
    allowed = slips_allowed(sum(k for ch, k in counts.items() if "\u0430" <= ch <= "\u045f"))
    nje = _NJE_VOWEL.finditer(text) if "ї" in counts and not counts.keys() & _I else ()
    if beyond_slips(nje, allowed):  # clause serbian_nje
        return f"'ї' before a vowel ('издаїе': Serbian њ) {MAC_CYRILLIC}"
    if (
        "ґ" in counts
        and not counts.keys() & _UKRAINIAN_I
        and beyond_slips(_GE_BETWEEN.finditer(text), allowed)
    ):
        return f"'ґ' between consonants and no 'і' {MAC_CYRILLIC}"  # clause ukrainian_i_once
    if "А" in counts and beyond_slips(_JE_WORD.finditer(text), allowed):  # clause mac_je_word
        return f"'Аа' or 'Ае' stands as a word (Serbian ја, је) {MAC_CYRILLIC}"
    if "¬" in counts and beyond_slips(_DJE_SIGN.finditer(text), allowed):  # clause mac_dje_sign
        return f"'¬' stands inside a word (Serbian ђ) {MAC_CYRILLIC}"
    if "/" in counts and beyond_slips(_IO_SLASH.finditer(text), allowed):  # clause mac_io_slash
        return f"'I/O' reads as signs around '/' {MAC_CYRILLIC}"
    if (
        "Ч" in counts and "Т" in counts and beyond_slips(_QUOTES_LATIN.finditer(text), allowed)
    ):  # clause mac_quotes_latin
        return f"Latin words quoted with 'Ч…Т' {MAC_CYRILLIC}"
    if (
        "С" in counts and not counts.keys() & set("—–") and _lone_dashes(counts, text)
    ):  # mac_lone_dash
        return f"'С' stands alone between words and no dash is written {MAC_CYRILLIC}"
    # (clause mac_ya_opens: no slips, a text of 20,000 small letters always writes 'я')
    if "Я" in counts and "я" not in counts and _YA_OPENS.search(text):  # clause mac_ya_opens
        return f"'Я' opens a word after small letters and no 'я' is written {MAC_CYRILLIC}"
    return ""
