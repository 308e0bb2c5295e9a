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
most ``MAX_TITLE``. Clause ``circle_authored_title`` (session 56): a line that ends
with its author's credit, a slash and a name ("/ 蘇軾", "/〔魏晉〕陸雲"), may run to
``MAX_AUTHORED``: 5 of those 6 longer lines are a poem's preface as its title ("○ 定風波·
三月三日沙湖道中遇雨，…故作此。 / 蘇軾", 46 characters; 唐詩三百首, 魏晉南北朝詩); the sixth
(九經字樣's "○ 雜辨部【…】", 64) and long notes with no credit (現代訳論語's "○　…（参照…）")
stay unread.

Clause ``circle_dotted_depth``: a title opening with a dotted counter ranks by
its depth ("1.大方廣佛華嚴經" over "1.1.第一卷" over "1.1.1.…"), the shallowest
counter at the titles' rank.

Clause ``circle_front_matter`` (session 56): a marked title before the book's first
division, with only headings above that division's rank before it, is front matter beside
the divisions, not a piece under one: it takes the rank of the top division after it
(笑府's "○ 笑府序 墨憨齋主人題" over the preface, before "卷一·古艷部": a sibling of the 卷,
not of the jokes under them).
"""

from __future__ import annotations

import bisect
import re

from transforms.cjk_layout import CJK_CHAR
from transforms.cjk_titles import TITLE_RANK

MAX_TITLE = 40  # characters with the mark: 9,184 of oscarsun72's 9,190 marked lines
MAX_AUTHORED = 100  # clause circle_authored_title: the longest real one is 68
MIN_TITLES = 3
# clause circle_authored_title: the line ends with a slash and a name, spaced (" / 蘇軾") or
# with its dynasty ("/〔魏晉〕陸雲"), the two forms of oscarsun72's 4,208 such lines: "和/或其他"
# or "…演變/上" is no credit
_AUTHOR = re.compile(
    r"/(?:[ \u3000]+|(?=〔))(?:〔[^〕]{1,8}〕)?[\u3400-\u9fff][\u3400-\u9fff·]{0,7}"
)
_MARKS = ("○", "◎")
_MARKED = re.compile(r"[○◎][ \u3000]+(\S.*)")
_STOPS = "。！？；，：、"
_DOTTED = re.compile(r"(?:\d{1,4}\.)+")


def _title(text: str) -> str | None:
    """The title of a marked line (clause circle_title_alone), else None."""
    m = _MARKED.fullmatch(text)
    if not m or text[-1] in _STOPS or not CJK_CHAR.search(text):
        return None
    if len(text) > MAX_TITLE and (len(text) > MAX_AUTHORED or not _credited(text)):
        return None
    return m.group(1).strip()


def _credited(text: str) -> bool:
    """Clause circle_authored_title: the line ends with its author's credit."""
    k = text.rfind("/")
    return k > 0 and _AUTHOR.fullmatch(text, k) is not None


def _depth(title: str) -> int:
    """How many counters a title's dotted counter holds (0: none)."""
    m = _DOTTED.match(title)
    return m.group().count(".") if m else 0


def circle_mark_titles(lines, headings: list, make) -> list:
    """``headings`` with the book's circle-marked titles added (rule circle_mark_titles);
    ``make`` builds a heading (start, end, title, kind, rank)."""
    # a blank line's "" is "in" any string: startswith, or the gate never closes
    if not any(t.startswith(_MARKS) for t in lines.texts):
        return headings
    n = len(lines.texts)
    taken = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings}
    marked: dict[int, str] = {}
    for i, t in enumerate(lines.texts):
        if not t.startswith(_MARKS) or i in taken:
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
    ranks = {i: rank + depth[i] - top for i in marked}
    ranks.update(_front_matter(lines, headings, marked, depth, top))
    added = [make(lines.starts[i], lines.ends[i], t, "circle", ranks[i])
             for i, t in marked.items()]  # fmt: skip
    return sorted(headings + added, key=lambda h: h.start)


def _front_matter(lines, headings: list, marked: dict, depth: dict, top: int) -> dict:
    """Clause circle_front_matter: {line: rank} for the top-depth marked titles before the
    book's first division that only headings above the divisions' rank precede."""
    first = min(marked)
    later = [h for h in headings if h.start > lines.starts[first]]
    if not later:
        return {}
    body = min(h.rank for h in later)
    out = {}
    for i in sorted(marked):
        at = lines.starts[i]
        if at > later[0].start:
            break
        if depth[i] == top and all(h.rank < body for h in headings if h.start < at):
            out[i] = body
    return out
