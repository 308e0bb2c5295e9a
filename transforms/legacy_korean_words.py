"""Korean catalog lines in EUC-KR whose words are closed by brackets, read as GB18030
(session 26, task D): clause ``ko_bracketed_words``, called from
``transforms.legacy_encodings.guess_encoding``.

KS X 1001 puts its 2,350 Hangul syllables in rows B0-C8, trail bytes A1-FE: the rows of
GB2312's common hanzi. A Korean line reads as a line of common hanzi in GB18030, and the
GB18030 rule ``_CJK_SPACED`` (hanzi on both sides of a space) is all that tells spaced
Korean words from Chinese. Command synopses close their words with brackets instead
('<데이터파일> [출력파일]' of the ko catalogs read '<单捞磐颇老> [免仿颇老]'): the
GB18030 reading passed, the EUC-KR one failed ``ko_spaced_words``, and GB18030 was decided
(WRONG). Here neither is decided where the GB18030 reading's hanzi all sit in rows B0-C8
and the EUC-KR reading has spaces after 10% of its syllables once a syllable before
'>', ']', ')', '}' or ',' counts as a word's end too.
"""

from __future__ import annotations

import re

from transforms.legacy_cjk import common_chars
from transforms.legacy_short_hanzi import held

_WORD_ENDS = re.compile(r"[\uac00-\ud7a3](?=[ \t>\])},])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _hangul_rows(text: str) -> bool:
    """Whether every hanzi of ``text`` is a GB2312 one of rows B0-C8 (one at least)."""
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    for ch in hanzi:
        try:
            lead = ch.encode("gb2312")[0]
        except UnicodeEncodeError:
            return False
        if not 0xB0 <= lead <= 0xC8:
            return False
    return bool(hanzi)


# Clause ko_bracketed_words (session 26, task D): GB18030 alone passed, its hanzi are all in
# KS X 1001's Hangul rows, and the EUC-KR reading failed only for spaces, which it has once
# bracket-closed words count: not decided. The ko catalogs' 250 line-codec pairs decided
# GB18030 (WRONG): 192 now undecided; the zh_CN catalogs' 36,601 right GB18030 lines: 1
# undecided (git's 'git submodule [--quiet] update [--init [--filter=<过滤器规格>]] ...').
# (session 25's ko_word_ends, the same count without the rows condition, cost 348.)
def korean_held(found: list, passed: list) -> object | None:
    """The EUC-KR reading in ``found`` that holds back the one GB18030 reading in
    ``passed``, or None (clause ``ko_bracketed_words``)."""
    if [g.encoding for g in passed] != ["gb18030"] or not _hangul_rows(passed[0].text):
        return None
    korean = next((g for g in found if g.encoding == "euc_kr"), None)
    if korean is None or "no spaces between words" not in korean.problem:
        return None
    hangul = _HANGUL.findall(korean.text)
    common = common_chars("Korean")
    if sum(ch in common for ch in hangul) < 0.95 * len(hangul):
        return None
    return held(korean) if len(_WORD_ENDS.findall(korean.text)) >= 0.1 * len(hangul) else None
