"""Rule ``circle_mark_titles``: titles a book marks with a circle sign ("○ 朱鷺曲").

Collections of poems, songs and glossed entries typed from Chinese classics mark
each piece's title with a circle and a space on a line of its own:
"○ 鼓吹鐃歌十八曲其一·朱鷺曲/〔漢〕闕名" over the poem (oscarsun72/chtxt's 漢代詩,
398 such lines), "○ 燕山亭·北行見杏花 / 趙佶" (宋詞三百首, 312), "○ 九歌其一·東皇太一/
〔先秦〕屈原" under 楚辭's "卷二·九歌", "○ 1.大方廣佛華嚴經" / "○ 1.1.第一卷"
(一切經音義, 2,020). No other rule reads them (no keyword, no counter), so such a
book was one section.

Clause ``circle_title_alone``: the line opens with "○" or "◎" and a space
(ASCII or ideographic), holds a CJK character, is at most ``MAX_TITLE``
characters, does not end on a sentence stop, and has a blank line (or the text's
edge) above and below it. A bulleted list puts items on consecutive lines, and a
footnote marker is glued to its note ("○21德军使俄军…", no space).

Clause ``circle_titles_over_text``: the marks are titles only where the book
uses them so: at least ``MIN_TITLES`` such lines, and more than half of them
have, as the next non-blank line, a line that is no such title (the piece's
text). A list of items set apart by blank lines has a marked line under most
marked lines. The titles rank below every other heading of the book (楚辭's
"卷二·九歌" keeps "○ 九歌其一·東皇太一" under it); lines another rule read stay
theirs. 9,184 of the 9,190 marked lines in oscarsun72/chtxt (27 files) are at
most ``MAX_TITLE``; the 6 longer ones (a poem's preface as its title, "○ 定風波·
三月三日沙湖道中遇雨，…故作此。 / 蘇軾", 46 characters) are left unread.

Clause ``circle_dotted_depth``: a title opening with a dotted counter ranks by
its depth ("1.大方廣佛華嚴經" over "1.1.第一卷" over "1.1.1.…"), the shallowest
counter at the titles' rank.
"""

from __future__ import annotations

import bisect
import re

from transforms.cjk_layout import CJK_CHAR
from transforms.cjk_titles import TITLE_RANK

MAX_TITLE = 40  # characters with the mark: 9,184 of oscarsun72's 9,190 marked lines
MIN_TITLES = 3
_MARKED = re.compile(r"[○◎][ \u3000]+(\S.*)")
_STOPS = "。！？；，：、"
_DOTTED = re.compile(r"(?:\d{1,4}\.)+")


def _title(text: str) -> str | None:
    """The title of a marked line (clause circle_title_alone), else None."""
    m = _MARKED.fullmatch(text)
    if not m or len(text) > MAX_TITLE or text[-1] in _STOPS or not CJK_CHAR.search(text):
        return None
    return m.group(1).strip()


def _depth(title: str) -> int:
    """How many counters a title's dotted counter holds (0: none)."""
    m = _DOTTED.match(title)
    return m.group().count(".") if m else 0


def circle_mark_titles(lines, headings: list, make) -> list:
    """``headings`` with the book's circle-marked titles added (rule circle_mark_titles);
    ``make`` builds a heading (start, end, title, kind, rank)."""
    if not any(t[:1] in "○◎" for t in lines.texts):
        return headings
    n = len(lines.texts)
    taken = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings}
    marked: dict[int, str] = {}
    for i, t in enumerate(lines.texts):
        if t[:1] not in "○◎" or i in taken:
            continue
        alone = (i == 0 or lines.blank[i - 1]) and (i + 1 >= n or lines.blank[i + 1])
        title = _title(t) if alone else None
        if title:
            marked[i] = title
    if len(marked) < MIN_TITLES:
        return headings
    over_text = 0  # clause circle_titles_over_text
    for i in marked:
        j = i + 1
        while j < n and lines.blank[j]:
            j += 1
        if j < n and not _MARKED.fullmatch(lines.texts[j]):
            over_text += 1
    if 2 * over_text <= len(marked):
        return headings
    rank = max([TITLE_RANK] + [h.rank + 1 for h in headings])
    depth = {i: _depth(t) for i, t in marked.items()}  # clause circle_dotted_depth
    top = min(depth.values())
    added = [make(lines.starts[i], lines.ends[i], t, "circle", rank + depth[i] - top)
             for i, t in marked.items()]  # fmt: skip
    return sorted(headings + added, key=lambda h: h.start)
