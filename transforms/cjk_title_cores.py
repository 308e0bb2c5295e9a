"""Title cores of rule ``cjk_title_lines`` (``transforms.cjk_titles``): what a candidate
title line is read as before the title-character test, and the whole-quoted lines' evidence.

Cost: a last-character test per candidate line; a regex only on lines closing with a bracket.
"""

from __future__ import annotations

import re

RUN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3041-\u30fa\u30fc-\u30ff\U00020000-\U0003134f]+"
# Clause iteration_mark_in_title (session 33) is in RUN: "々" ("島々の生成", 古事記).

# Clause part_number_title (session 33): an essay in parts numbers them after its title
# ("哭泣的骆驼(1)", "大 局（2）"): the title is read without the number (三毛's 哭泣的骆驼: its
# two-part essay, no candidate, left the essay before it half the book, and no title stood).
# Clause part_numeral_title (session 34): the part counted in CJK numerals too ("城管（二）",
# 梁文道's 常识: the essay's second part, lost beside its first in "（1）").
_PART_NUMBER = re.compile(
    "(?<=[^ \u3000（(])[ \u3000]*[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[）)]$"
)
# Clause preface_mark_title (session 34): a piece named the book's preface or afterword by a
# closing mark, "尘缘 ——重新的父亲节（代序）" (三毛's 哭泣的骆驼, its first piece), is a title: the
# mark goes, and a "——" subtitle after a space may join the title's runs.
_PREFACE_MARK = re.compile("[（(](?:代序|自序|序言?|前言|代跋|跋|后记|後記|代后记|代後記)[）)]$")
_DASH_JOIN = re.compile(f"(?<=[^ \u3000])[ \u3000]+——(?={RUN[:-1]})")


def core(b: str) -> str:
    """Clauses part_number_title, part_numeral_title, preface_mark_title: ``b`` without
    its part number, or without its preface mark and its subtitle dash."""
    if b[-1:] not in "）)":
        return b
    if _PREFACE_MARK.search(b):
        return _DASH_JOIN.sub(" ", _PREFACE_MARK.sub("", b), count=1)
    return _PART_NUMBER.sub("", b)


# Clause quoted_whole_among_titles (session 34): a line quoted whole with “” and no note mark
# ("“人格魅力”", "“真”": 梁文道's 常识, essays on a word) is a title where the book's titles
# stand unquoted, at least QUOTED_WHOLE_SHARE times as many of them as of these (a line of
# speech carries its sentence mark inside: "“好。”"); elsewhere it is speech or a name.
WHOLE_QUOTED = re.compile(f"“{RUN}”")
QUOTED_WHOLE_SHARE = 4


# Clause quoted_whole_in_dialogue (session 34): a quoted line with speech right above or
# under it (a line opening with “ that holds a sentence mark: "“他就进去啦？”我张大了眼睛望着
# 荷西。" / "“就进去了”" / "“啧！啧！”", 三毛's 哭泣的骆驼) is a reply left without its mark.
_SPEECH_MARK = re.compile("[。！？…!?]")


def _in_dialogue(texts: list[str], i: int) -> bool:
    above = next((t for t in reversed(texts[max(0, i - 3) : i]) if t), "")
    under = next((t for t in texts[i + 1 : i + 4] if t), "")
    return any(t[:1] == "“" and _SPEECH_MARK.search(t) for t in (above, under))


# Clause quoted_whole_in_note (session 34): a quoted line right under a footnote line (one
# opening with a circled number ①..⑳) is the note's term broken off by the print's line
# ends ("①阿里斯同是格劳孔和阿得曼托斯的父亲。" / "“阿里斯同”" / "希腊文原意是“最好”。", 理想国).
def _in_note(texts: list[str], i: int) -> bool:
    above = next((t for t in reversed(texts[max(0, i - 3) : i]) if t), "")
    return "\u2460" <= above.lstrip(" \t\u3000")[:1] <= "\u2473"


def quoted_whole(texts: list[str], cands: list[int], min_titles: int) -> list[int]:
    """Clause ``quoted_whole_among_titles``: ``cands`` without the lines quoted whole
    unless the others outnumber them ``QUOTED_WHOLE_SHARE`` times and make ``min_titles``."""
    whole = {i for i in cands if texts[i][:1] == "“" and WHOLE_QUOTED.fullmatch(texts[i])}
    if not whole:
        return cands
    others = len(cands) - len(whole)
    kept = {i for i in whole if not _in_dialogue(texts, i)}  # clause quoted_whole_in_dialogue
    kept = {i for i in kept if not _in_note(texts, i)}  # clause quoted_whole_in_note
    if not (others >= min_titles and others >= QUOTED_WHOLE_SHARE * len(kept)):
        kept = set()
    return [i for i in cands if i not in whole or i in kept]
