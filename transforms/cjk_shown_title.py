"""How a CJK title is shown (clause ``note_mark_off_title``), split out of ``cjk_titles``:
without a closing note reference, its spread characters joined."""

from __future__ import annotations

import re

# Clause note_mark_off_title: a closing note reference after a CJK character or closing
# mark; a title of single ideographs spread by spaces ("奔　　月", "四 十 八").
_TITLE_NOTE = re.compile(
    "(?<=[\u3400-\u9fff\u3041-\u30ff》」』）”])[ \u3000]*(?:〔[0-9０-９]{1,2}〕|[\u2474-\u2487\u2460-\u2473])$"
)
_SPREAD = re.compile("[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff])+")
_NUMERALS = set("〇零一二三四五六七八九十百千廿卅")


def shown_title(title: str) -> str:
    """Clause ``note_mark_off_title``: ``title`` as a reader sees it, without a closing
    note reference, its spread characters joined."""
    shown = (
        _TITLE_NOTE.sub("", title)
        if title[-1:] in "〕" or "\u2460" <= title[-1:] <= "\u2487"
        else title
    )
    if not _SPREAD.fullmatch(shown):
        return shown
    chars = shown.split()
    # A number over its spread title keeps its space ("一 茶 铺" -> "一 茶铺").
    if chars[0] in _NUMERALS and chars[1] not in _NUMERALS:
        return f"{chars[0]} {''.join(chars[1:])}"
    return "".join(chars)
