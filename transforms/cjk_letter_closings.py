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
  two closing lines), or where the same name and "上" close ``MIN_REPEATS`` or more
  pieces, one of them under a wish (the columnist's "三毛上", "你的朋友三毛上"): a
  title "江上" or a refrain "在路上" (十年徒步中国, twice) is neither.

* it belongs to a signature: a short line one blank line under the wish ("祝" /
  "认清现实，再求突破" / "三毛") or over a signature ("朋友" / "三毛敬上");
* it is a reader's signature: a name (``MAX_REPLY_NAME`` characters at most, letter
  words aside) right over the salutation of the answer to it, a short line ending in
  "：" that holds the name's last two characters or opens with its surname ("淑芬" /
  "淑芬：", "陈菲华" / "菲华：", "张正上" / "张正先生：").

Guards: a title after a letter ("人生何处不相逢" under "三毛敬上") stays; a line ending
"上" with no such evidence stays; a letter's title naming whom it goes to ("致许广平" /
"给淑芬" over the salutation "广平兄：", clause ``letter_closing_addressed_title``,
review) stays.

Cost: one look at the line above each candidate.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.cjk_title_bylines import SURNAMES

MAX_WISH_CHARS = 8
MAX_NAME_CHARS = 8
MIN_REPEATS = 2
MAX_REPLY_NAME = 4
MAX_SALUTATION = 16
MAX_SIGN_PART = 4
_OPENING = "(?:敬|谨|顺|并|特|再|更|也)?祝(?:福)?(?:你|您)?|此致"
_OPENS_WISH = re.compile(f"(?:^|[，。！？、；：,!? ])(?:{_OPENING})[，,]?$")
# "祝福" alone is a title (鲁迅's 彷徨); "祝", "祝您", "敬祝" alone open a wish.
_WISH_ALONE = re.compile("(?:敬|谨|顺)?祝(?:你|您)?|此致")
_LETTER_WORDS = "敬上|谨上|拜上|敬启|谨启|顿首|敬笔"
_SIGNED = re.compile(f"[\u4e00-\u9fff·]{{1,{MAX_NAME_CHARS}}}(?:{_LETTER_WORDS})")
_SIGN_END = re.compile(f"(?:{_LETTER_WORDS}|上)$")
# A letter's title names whom it goes to ("致许广平" / "广平兄：", a collection of
# letters): the signature names whom it comes from.
_ADDRESSED = re.compile("写给|献给|致|给|寄|答|复|回")
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
    # A signature key (name and "上") counts as repeated only when one of its
    # lines stands under a wish: "在路上" twice in a travel book is no signature.
    keys = Counter("".join(texts[i].split())[-3:] for i in cands)
    signed = {
        "".join(texts[i].split())[-3:]
        for i in cands
        if _SIGNED_UP.fullmatch("".join(texts[i].split())) and _above(texts, i) in wishes
    }
    out = set(wishes)
    for i in cands:
        t = "".join(texts[i].split())
        if _SIGNED.fullmatch(t):
            out.add(i)
        elif _SIGNED_UP.fullmatch(t) and (
            _above(texts, i) in wishes or (t[-3:] in signed and keys[t[-3:]] >= MIN_REPEATS)
        ):
            out.add(i)
        elif i >= 2 and not texts[i - 1] and len(t) <= MAX_NAME_CHARS and _is_wish(texts, i - 2):
            out.add(i)  # the signature one blank line under the wish ("三毛")
        elif _replied(texts, i, t):
            out.add(i)
    for i in cands:  # a signature's first line ("朋友" over "三毛敬上")
        t = "".join(texts[i].split())
        if len(t) <= MAX_SIGN_PART and i + 2 in out and not texts[i + 1] and i + 2 not in wishes:
            out.add(i)
    return out


def _is_wish(texts: list[str], j: int) -> bool:
    """Whether line ``j`` is a wish under a line ending in a wish's opening (a
    candidate or not: "祝" / "认清现实，再求突破")."""
    above = _above(texts, j)
    return (
        bool(texts[j])
        and len(texts[j]) <= 2 * MAX_WISH_CHARS
        and (above is not None and _OPENS_WISH.search(texts[above]) is not None)
    )


def _replied(texts: list[str], i: int, t: str) -> bool:
    """Whether candidate ``i`` is a name over the salutation of the answer to it."""
    name = _SIGN_END.sub("", t)
    if _ADDRESSED.match(name):
        return False  # clause letter_closing_addressed_title: "致许广平" over "广平兄："
    below = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
    if not name or len(name) > MAX_REPLY_NAME or below is None:
        return False
    hail = texts[below]
    if len(hail) > MAX_SALUTATION or not hail.endswith(("：", ":")):
        return False
    hail = hail.removeprefix("亲爱的")
    return (len(name) >= 2 and name[-2:] in hail) or (name[0] in SURNAMES and hail[0] == name[0])
