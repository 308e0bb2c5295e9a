"""Rule ``part_page_heads`` (session 54): a PDF export prints its part over every page and
numbers the pages of the part, "第二部分" / "1.警惕，信息化闪电战！", "第二部分" /
"2.新型战争二十年孕育一代", ... "第五部分" / "9.建设新型中国军队应该注意的几个" (盛世狼烟: 11
parts over 114 pages, the page's counter and title under the part). Each repeat was read
as a section of its own, titled with the part only (session 53's Left: "第五部分" 11 times,
"第六部分" 16 ...). Pages titled "title（k）" are rule ``page_piece_lines``' (the part over
them goes by clause ``piece_run_under_running_head``); this rule reads the pages without.

Clauses:

``part_head_over_page_counter``
    a heading repeated with the same title, each time with a page counter "N." on its next
    line, the counters growing, is the part's running head (the evidence: at least
    ``MIN_HEADS`` such headings in the book; a part of two pages, "第四部分" over "1." and
    "2.", counts where others repeat too):
    its first occurrence is the part, the later ones are no headings (their lines stay in
    the text). A heading of another title at the part's rank or above between two repeats
    ends the part (a second volume's "第一部分" is a part).
``page_counter_title``
    the counter line under the part's running head is the page's title, a heading under
    the part, without the counter ("警惕，信息化闪电战！") and a page number ("1.俄军改革镜鉴（1）"
    with no page (2) -> "俄军改革镜鉴"); the same title on the next page
    (a long title cut the same way: "4.近来高技术战争孕育了信息化闪电" /
    "5.近来高技术战争孕育了信息化闪电") is the same piece, no new heading. A counter line
    another rule read already (a page "1.将军寄语（1）") keeps that heading.

Cost: one regular expression test on the line after each heading.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from transforms.headings import NUMBERED_RANK

MIN_HEADS, MAX_TITLE = 3, 30
_COUNTER = re.compile(r"(\d{1,3})\.(?=[^\d\s.])(.*)")
_PAGE = re.compile(r"[ \u3000]*[(（]\d{1,3}[)）]$")  # "俄军改革镜鉴（1）": a page number
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _counter_line(lines, h) -> tuple[int, int, str] | None:
    """(line, counter, title) of the line right after heading ``h`` when it is a counter."""
    j = bisect.bisect_right(lines.starts, h.end)
    while j < len(lines.texts) and lines.blank[j]:
        j += 1
    m = _COUNTER.fullmatch(lines.texts[j]) if j < len(lines.texts) else None
    title = _PAGE.sub("", " ".join(m.group(2).split())) if m else ""
    if not _CJK.search(title) or len(title) > MAX_TITLE:
        return None
    return j, int(m.group(1)), title


def _growing(counters: list, ks: list[int]) -> bool:
    nums = [counters[k][1] for k in ks]
    return all(a < b for a, b in zip(nums, nums[1:], strict=False))


def part_page_heads(lines, headings: list, added: dict) -> list:
    """``headings`` (in order) with rule ``part_page_heads``: the later repeats of a part's
    running head dropped, its pages' titles added at the rank of the pages rule
    ``page_piece_lines`` read (their starts: ``added``), else ``NUMBERED_RANK``."""
    rank = next((h.rank for h in headings if h.start in added), NUMBERED_RANK)
    counters = [_counter_line(lines, h) for h in headings]
    by_title: dict[str, list[int]] = {}
    for k, h in enumerate(headings):
        if counters[k] is not None:
            by_title.setdefault(h.title, []).append(k)
    drop, add = set(), []
    starts = {h.start: h for h in headings}
    parts = [ks for ks in by_title.values() if len(ks) > 1 and _growing(counters, ks)]
    if sum(map(len, parts)) < MIN_HEADS:
        return headings
    for ks in parts:
        prev = None  # the title of the page above (clause page_counter_title)
        for n, k in enumerate(ks):
            top = headings[k].rank
            between = headings[ks[n - 1] + 1 : k] if n else []
            if n and not any(h.rank <= top and h.title != headings[k].title for h in between):
                drop.add(k)  # clause part_head_over_page_counter
            elif n:
                prev = None  # a new part
            j, _, title = counters[k]
            other = starts.get(lines.starts[j])
            if other is not None:
                prev = other.title
            elif title != prev:
                h = headings[k]
                add.append(replace(h, start=lines.starts[j], end=lines.ends[j], title=title,
                                   kind="numbered", rank=rank))  # fmt: skip
                prev = title
    if not drop and not add:
        return headings
    kept = [h for k, h in enumerate(headings) if k not in drop]
    return sorted(kept + add, key=lambda h: h.start)
