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
common hanzi ('параметр').
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.legacy_cjk import _CJK_SPACED, common_chars

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


def misread_mark(text: str) -> bool:
    """Whether a single-byte reading has a capital right after a small letter, non-ASCII
    signs between two letters (not quotes, dashes, '…'), or two capitals and later a
    non-ASCII small letter in one word."""
    for a, b in zip(text, text[1:], strict=False):
        if a.islower() and b.isupper() and (ord(a) >= 0x80 or ord(b) >= 0x80):
            return True
    if _SIGNS_IN_WORD.search(text):
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
    level 1 and Big5 level 1 for GB18030, Big5 level 1 for Big5), no hanzi on both sides
    of an ASCII space (Chinese does not space its words)."""
    if language not in ("Chinese", "traditional Chinese") or "too few to tell" not in problem:
        return False
    if _HANZI_ONLY.fullmatch(reading) is None or _CJK_SPACED.search(reading):
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
def hanzi_held(found: list, passed: list, single_byte: dict) -> object | None:
    """The Chinese reading in ``found`` that holds back the single-byte ``passed`` ones,
    or None (clause ``hanzi_pairs``)."""
    if not passed or not all(g.language in single_byte and misread_mark(g.text) for g in passed):
        return None
    chinese = next((g for g in found if hanzi_pairs(g.text, g.problem, g.language)), None)
    return None if chinese is None else held(chinese)
