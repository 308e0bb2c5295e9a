"""Clause ``letter_closing`` of rule ``cjk_title_lines`` (``transforms.cjk_titles``,
session 32): the closing lines of a Chinese letter are no titles.

A Chinese letter ends with a wish set on a line of its own under "祝" / "敬祝" /
"此致" ("谢谢你！祝" / "健康快乐") and the writer's signature ("三毛上", "三毛敬上",
"你的朋友三毛敬上"), each between blank lines: short lines of ideographs only, which
rule ``cjk_title_lines`` took for titles. 三毛's 谈心 (hankinghu/literature-books), a
book of readers' letters and her answers, had 40 of its 91 sections so ("健康快乐",
"三毛上", "平安", "梁美华敬上"), each answer's real title ("人生何处不相逢") a section
under the signature above it.

A candidate is a closing when

* it is the wish under a line that ends with a wish's opening ("祝", "敬祝", "祝你",
  "祝您", "此致"), and at most ``MAX_WISH_CHARS`` long;
* it is a wish's opening alone ("祝您" over "永远快乐、平安");
* it is a signature: a name and "敬上" / "谨上" / "拜上" / "敬启" / "谨启" / "顿首"
  (letter words only); or a name and "上" where the line above is a wish (the
  two closing lines), or where the same line closes ``MIN_REPEATS`` or more pieces
  (the columnist's "三毛上"): a title "江上" or "马上" is neither.

Guards: a title after a letter ("人生何处不相逢" under "三毛敬上") stays; a line ending
"上" with no such evidence stays.

Cost: one look at the line above each candidate.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_WISH_CHARS = 8
MAX_NAME_CHARS = 8
MIN_REPEATS = 2
_OPENING = "(?:敬|谨|顺|并|特|再)?祝(?:你|您|福你|福您)?|此致"
_OPENS_WISH = re.compile(f"(?:^|[，。！？、；：,!? ])(?:{_OPENING})[，,]?$")
_WISH_ALONE = re.compile(_OPENING)
_SIGNED = re.compile(f"[\u4e00-\u9fff·]{{1,{MAX_NAME_CHARS}}}(?:敬上|谨上|拜上|敬启|谨启|顿首)")
_SIGNED_UP = re.compile(f"[\u4e00-\u9fff·]{{1,{MAX_NAME_CHARS}}}上")


def _above(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)


def letter_closings(texts: list[str], cands: list[int]) -> set[int]:
    """Clause ``letter_closing``: the candidates of ``cands`` that close a letter."""
    if not any("祝" in texts[i] or "上" in texts[i] or "启" in texts[i] for i in cands):
        return set()
    wishes: set[int] = set()
    for i in cands:
        t = "".join(texts[i].split())
        above = _above(texts, i)
        if _WISH_ALONE.fullmatch(t) or (
            above is not None and len(t) <= MAX_WISH_CHARS and _OPENS_WISH.search(texts[above])
        ):
            wishes.add(i)
    ups = Counter("".join(texts[i].split()) for i in cands)
    out = set(wishes)
    for i in cands:
        t = "".join(texts[i].split())
        if _SIGNED.fullmatch(t):
            out.add(i)
        elif _SIGNED_UP.fullmatch(t) and (_above(texts, i) in wishes or ups[t] >= MIN_REPEATS):
            out.add(i)
    return out
