"""Short Chinese lines in GB18030 or Big5 that a single-byte codec would decide
(session 26, task D): the hanzi mirror of clause ``hangul_pairs``
(``transforms.legacy_cjk``), called from ``transforms.legacy_encodings.guess_encoding``.

A Chinese message-catalog line of a few hanzi ('数据恢复', '\\t\\t不早于： %s' of the zh_CN
catalogs) has too few characters for the GB18030 reading to pass (``enough_evidence``
counts characters: 4 hanzi are 4), but twice as many bytes for a single-byte reading:
GB2312's common hanzi (rows B0-D7, trail bytes A1-FE) read as Cyrillic capitals and small
letters in ISO-8859-5 or CP1251 (git's '强制更新' as 'ЧПжЦИќаТ'), as Greek in ISO-8859-7.
Those readings passed their rules and were decided: the line became mojibake in the
training text.

Only readings that carry a misread's mark are held back (``misread_mark``): a hanzi's
lead byte is any of 40 rows, its trail any of 94 columns, so its single-byte reading puts a
capital after a small letter ('ЧЬПЯґнОу': 'нО'), a sign between two letters ('ОЮР§»ЇК',
'§σ·s€ι΄Α') or two capitals before a small letter ('ЮФМў'); a real short Cyrillic or
Greek line has none of these, though KOI8-R's small letters (GB2312's rows C0-DF) read as
common hanzi ('параметр'). Session 27 added three marks (ASCII letters inside a non-ASCII word:
Big5's ASCII trail bytes, 'дгжsжb'; Cyrillic pairs no language writes, 'ЊЉЅЛ'; a sign closing
nothing, '»»РРДЈКЅ') and took spaced Chinese words ('文件 路径').
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.legacy_cjk import _CJK_SPACED, common_chars
from transforms.legacy_letter_pairs import rare_pairs

# Clause held_hint (review, session 26): a reading held back by hanzi_pairs or ko_bracketed_words
# ends its problem so; transforms.legacy_fallback's hint then names it first, with the readings
# that passed (the generic hint named the first family: GB18030 for a Big5 or EUC-KR line).
HELD_SHORT = "(held back: other codecs read these few bytes too)"


def held(guess):
    """``guess`` (a ``Guess``) marked as the reading that holds back the ones that passed."""
    return replace(guess, problem=f"{guess.problem} {HELD_SHORT}")


# CJK punctuation of GB2312 row 1 and Big5's: the ideographic space and comma, brackets,
# full-width forms ('：' '（' '，'), curly quotes, '…' and the middle dot.
_PUNCT = "\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u00b7\u2014"
_HANZI_ONLY = re.compile(rf"[\x00-\x7f\u4e00-\u9fff{_PUNCT}]*")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_WORDS = re.compile(r"[^\W\d_]+")
# letter, non-ASCII signs ('§', '°', '΄', '·', '€'), letter: 'ОЮР§»ЇК', '§σ·s€ι΄Α‘G'; not
# quotes, dashes, '…' or a no-break space, which real text sets so ('«%s»не' of a ru catalog)
_SIGNS_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\x00-\x7f«»“”„‚‘’‹›—–…\u00a0]+(?=[^\W\d_])")


# Clause latin_in_word (session 27): ASCII letters (or '@', '^', '`') between two non-ASCII
# letters of one word. Big5's trail bytes 40-7E are ASCII, so its CP866 / ISO-8859-5 reading
# sets them inside Cyrillic words ('дгжsжb' of '不存在', 'ЗNЅ~ЊК' of '意外的'); real Cyrillic
# and Greek catalogs have it in 31 lines of 192,013 (typed homoglyphs: 'Малайaлам'). Not '~'
# ('%lld~прошедших~секунд', ru), '_' ('ИМЯ_ПРОГРАММЫ'), brackets or '|' ('пакет(ы)').
_LATIN_IN_WORD = re.compile(r"(?<=[^\W\d_\x00-\x7f])[A-Za-z@^`]+(?=[^\W\d_\x00-\x7f])")
# Clause latin_in_word_apostrophe (review, session 27): not a '`' before an iotated vowel: the
# Ukrainian and Belarusian apostrophe typed as a backtick ('М`ЯСО', 'об`єкт', 'з`ява').
# Clause latin_in_word_ukrainian_i (review, session 27): not one Latin 'i' / 'I' alone: Ukrainian
# and Belarusian 'і' typed on a Latin keyboard ('ВIДДIЛ', 'дiд'). Neither is the only mark of
# any zh catalog line this session held back ('еiпрзфдгиь' has 'иь' too).
_IOTATED = "яюєїеёіЯЮЄЇЕЁІ"


def _latin_in_word(text: str) -> bool:
    for run in _LATIN_IN_WORD.finditer(text):
        apostrophe = run.group() == "`" and text[run.end()] in _IOTATED
        if not apostrophe and run.group() not in ("i", "I"):
            return True
    return False


# Clause cyrillic_impossible_pair (session 27): letter pairs no Cyrillic language writes: a
# soft sign after a vowel, 'ъ' or 'й' ('ЦЬ' is fine, 'АЬ' not), a hard sign after a soft or
# hard sign or 'й' (Bulgarian 'ъ' is a vowel, so not after vowels: 'Питкеърн'), two of
# Serbian and Macedonian's own letters side by side but 'ј' ('крајње'): 'ЊЉЅЛ' of Big5 '版本',
# 'ЋЋЊН' of '垂直'. Real catalogs of ru uk bg sr mk be: 4 lines of 175,267 (typos 'локлаьний').
_CYRILLIC_IMPOSSIBLE = re.compile(r"[аеёиоуыэюяіїєўъьй][ь]|[ьъй]ъ|[ђћљњџѓќѕ]{2}", re.IGNORECASE)

# Clause stray_sign (session 27): a sign where no text sets it: a closing '»' or '”' before a
# letter or sign with no opening quote before it ('»»РРДЈКЅ' of '换行模式', 'ХЫРРЭ”іц' of
# '折行輸出'), '§' or '°' right after a letter ('ЦРДЪИЭОЮР§' of '中内容无效'). Real catalogs of
# ru uk bg sr mk be el: 1 line of 192,222 (el 'σε »D» μήνυμα').
_CLOSER = re.compile(r"[»”](?=[^\W\d_]|[^\x00-\x7f\s\w])")
_OPENER = re.compile(r"[«“„]")


# Clause stray_sign_quote_pair (review, session 27): a '»' or '”' at a word's start that a '«' or
# the same sign closes at a word's end opens a quotation: Danish, German, Serbian, Slovene
# '»ПРАВДА«', Swedish, Finnish '»ВОТ»', '”ВОТ”' (CP1251 '»ПРАВДА«' was right, went undecided). A
# misread's closer follows a letter ('ХЫРРЭ”іц') or is closed by nothing ('»»РРДЈКЅ').
_QUOTE_PAIR = re.compile(
    r"(?:^|(?<=[\s(\[]))(?:»[^\W\d_][^«»]*?[^\s«»]«|([»”])[^\W\d_][^«»”]*?[^\s«»”]\1)(?!\w)"
)
# Clause stray_sign_temperature (review, session 27): not a '°' after a one-letter word: Russian
# 't°С' (temperature: 'ТЕМПЕРАТУРА t°С'), French 'n°'.
_SIGN_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])§|(?<=[^\W\d_]{2})°")


def _stray_sign(text: str) -> bool:
    closer = _CLOSER.search(text)
    if (
        closer is not None
        and _OPENER.search(text, 0, closer.start()) is None
        and _QUOTE_PAIR.match(text, closer.start()) is None
    ):
        return True
    return _SIGN_AFTER_LETTER.search(text) is not None


def misread_mark(text: str) -> bool:
    """Whether a single-byte reading has a capital right after a small letter, non-ASCII
    signs between two letters (not quotes, dashes, '…'), two capitals and later a
    non-ASCII small letter in one word, ASCII letters inside a non-ASCII word
    (``latin_in_word``), a Cyrillic pair no language writes (``cyrillic_impossible_pair``)
    or a sign where no text sets it (``stray_sign``), or Cyrillic words mostly of rare
    letter pairs (``cyrillic_rare_pairs``)."""
    for a, b in zip(text, text[1:], strict=False):
        if a.islower() and b.isupper() and (ord(a) >= 0x80 or ord(b) >= 0x80):
            return True
    if _SIGNS_IN_WORD.search(text):
        return True
    if _latin_in_word(text) or _CYRILLIC_IMPOSSIBLE.search(text) or _stray_sign(text):
        return True
    # Clause cyrillic_rare_pairs (session 28, transforms.legacy_letter_pairs): Cyrillic words
    # mostly of rare letter pairs, the capitals alone of common hanzi ('ВЛАВШЋЕФ' of '不安全的')
    if rare_pairs(text):
        return True
    # (two capitals and later a small letter in one word: 'ЮФМў', 'ВЛДцдк' of '文件', '不存在')
    return any(_capitals_then_small(word) for word in _WORDS.findall(text))


def _capitals_then_small(word: str) -> bool:
    for i in range(len(word) - 2):
        if word[i].isupper() and word[i + 1].isupper():
            return any(ch.islower() and ord(ch) >= 0x80 for ch in word[i + 2 :])
    return False


def hanzi_pairs(reading: str, problem: str, language: str) -> bool:
    """Whether a GB18030 (Big5) ``reading`` that failed for ``problem`` is a short line of
    Chinese (clause ``hanzi_pairs``): too few characters, two hanzi at least, every
    non-ASCII character a hanzi or CJK punctuation, every hanzi a common one (GB2312
    level 1 and Big5 level 1 for GB18030, Big5 level 1 for Big5)."""
    if language not in ("Chinese", "traditional Chinese") or "too few to tell" not in problem:
        return False
    # (session 27: spaced words no longer excluded: catalogs space Chinese words ('文件 路径',
    # '戴爾 101 鍵 鍵盤'), and a real single-byte line is held only with a misread's mark too;
    # on every short ru uk bg sr mk be el catalog pair it held back no right line)
    if _HANZI_ONLY.fullmatch(reading) is None:
        return False
    hanzi = _HANZI.findall(reading)
    common = common_chars(language)
    return len(hanzi) >= 2 and all(ch in common for ch in hanzi)


# Clause hanzi_pairs (session 26, task D): where the GB18030 or Big5 reading of the bytes is
# a short line of common hanzi (above) and every reading that passed is a single-byte one
# with a misread's mark, nothing is decided. zh_CN/zh_TW catalog lines decided ISO-8859-5,
# CP1251, ISO-8859-7, CP1253, KOI8-R, CP866, CP737 (WRONG): GB18030 1,834 -> 91, Big5 249 -> 29
# line-codec pairs by this clause. Without the mark condition 688 real ru/uk/bg/el catalog lines went
# right -> undecided ('параметр' in KOI8-R, '<повреден P2>' in CP866, 'Αφαίρεση'); with it
# one ('NT_ARM_SVE (ААрх SVE регистри)', sr binutils: 'ААрх' has two capitals, a small).
# Clause spaced_hangul_first (session 27): a held line whose Chinese reading has spaced words
# and whose Korean reading is short Hangul (clause hangul_pairs: ``hangul``) names the Korean
# reading: Korean spaces its words ('                 널 문자 개행', ko libc.mo, read as GB18030
# '                 料 巖俚 뻣契'), and hangul_pairs named it before spaced words were taken.
def hanzi_held(found: list, passed: list, single_byte: dict, hangul: list = ()) -> object | None:
    """The Chinese reading in ``found`` that holds back the single-byte ``passed`` ones,
    or None (clause ``hanzi_pairs``); the first of ``hangul`` instead where the Chinese one
    is spaced (clause ``spaced_hangul_first``)."""
    if not passed or not all(g.language in single_byte and misread_mark(g.text) for g in passed):
        return None
    chinese = next((g for g in found if hanzi_pairs(g.text, g.problem, g.language)), None)
    if chinese is not None and hangul and _CJK_SPACED.search(chinese.text):
        return held(hangul[0])
    return None if chinese is None else held(chinese)
