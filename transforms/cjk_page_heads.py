"""Rule ``page_furniture``, CJK part: the running page heads of a scanned, OCR'd
Chinese book, cut from the text (``transforms.cjk_running_heads`` only keeps
them from counting as chapters).

近代中国社会的新陈代谢 (陈旭麓, a PDF read by OCR, hankinghu/literature-books) heads
each odd page with its chapter, the page number glued on and both often damaged
("第一章漫长的封建社会5", "第四章炮G下的展撼63", "第五章天国的悲喜尉汀"), each even page
with the book's title after the number ("  22近代中国社会的新陈代谢", "  2s近代中国社会的
新陈代u1"). They stood in the training text in the middle of paragraphs, one sentence
cut in two by "第一章漫长的封建社会5" every other page. Clauses:

* ``cjk_chapter_page_head``: a line "第N章" + text, after the first line of that
  chapter number (its heading, or a contents entry: lines with 3 leader dots or
  more, OCR'd with up to 2 other marks between, are neither), whose text holds at least half of the chapter's title characters
  (``cjk_running_heads._repeat``: OCR damage allowed) and is 1-4 characters longer
  (the page number or its OCR ruin). Never one holding another unit number
  ("第一章 第二节"), nor ending in a part mark ("（下）", "上"), nor an exact repeat
  (a contents entry then its heading), nor one no longer than the title ("第十章空与
  不变的哲学": the chapter's own heading, OCR'd, 18 lines under a first one). A
  first line that is itself a head (the heading lost to OCR: "第十八章山重水妞945")
  stays to open the chapter, its page number no part of the title.
* ``cjk_heading_under_contents``: a chapter line right under a contents list (a
  line with leader dots and a page number, or a lone page number, among the 3
  above: 近代中国's
  "第一章漫长的封建社会" under "后记" / "416") is read as the list's last entry by
  ``transforms.sections`` (contents lists), and the chapter's first running head
  ("第一章漫长的封建社会翻") opens the chapter there: that head stays (cut, the
  chapter had no section).
* ``cjk_page_rhythm``: only in a book where such heads with a readable number
  ("…5", "…63") rise with the text: the longest rising run of them holds at least
  ``MIN_HEADS`` and half of them (OCR ruins some: "549" for 149), 3 in 4 of its
  steps at 0.4-2.5 times its median lines per page (5 at least). A novel's
  "第一章" lines repeated in a story have no rising page numbers. Sub-clause
  ``cjk_page_rhythm_chapters``: the run spans 2 chapter numbers at least (a web
  novel's "第十章 决战2" … "决战8", parts of one chapter, rise too).
* ``cjk_title_page_head``: in such a book, a line (no full stop or comma) that
  holds at least 2 in 3 of the characters of the most repeated ideographs ending a
  line after at most 4 other characters (the book's title: "  6近代中国社会的新陈代谢",
  at least ``MIN_HEADS`` times) and at most 4 more ("  4 1R化中国社会的新陈代瀚"), its first occurrence (the title page) aside, the lines between them a
  median 1-4 page lengths. Sub-clause ``cjk_title_page_head_sentence``: never a line
  with more ideographs than the title ending a sentence ("近代中国社会的新陈代谢啊！”").

Each head is cut with the blank lines around it, as ``page_furniture`` cuts: one
newline where it stands inside a sentence (the line above ends without a CJK
sentence end) or where no blank line was (unwrap then joins the halves as across
any hard wrap), a blank line otherwise and over a numbered section title ("三、…",
clause ``cjk_heading_below``). Cost: one pass over the lines, the rising run
O(n log n) in the numbered heads (10M characters: under a second).
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.cjk_running_heads import _repeat
from transforms.textedit import Edit

MIN_HEADS = 5
MAX_TAIL = 4
_IDEO = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_NOT_IDEO = "[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# A page number glued to a title, OCR marks around it ("山重水妞945", "天国的悲喜剧rs" has none).
_TRAIL = re.compile(f"(?<={_IDEO}){_NOT_IDEO}*\\d{_NOT_IDEO}*$")
_NUM = "0-9０-９〇零一二三四五六七八九十百千两"
_CHAPTER = re.compile(rf"第([{_NUM}]+)([章回节節卷篇部讲講])[ \u3000]*(\S.*)")
# A contents entry's leader dots, OCR'd with other marks between ("山孟水复~~t·、·~“‘~‘").
_LEADERS = re.compile(r"(?:[.…·~～‥][^.…·~～‥]{0,2}){3}")
_OTHER_UNIT = re.compile(rf"第[{_NUM}]+[章回节節卷篇部讲講]")
_PART_END = re.compile(r"(?:[（(【\[［][^（(【\[［]{1,6}[)）】\]］]|[上中下续續])[ \u3000]*$")
_PAGE_NUMBER = re.compile(r"\d{1,3}$")
_LONE_NUMBER = re.compile(r"\W*\d{1,4}")
_CORE = re.compile(f"(?<!{_IDEO}){_IDEO}+$")  # the ideographs after a page number
_SENTENCE_END = re.compile(r"[。！？!?…；;][」』”’）)》]*\s*$")
_NO_HEAD = re.compile(r"[。，,]")
# Clause cjk_heading_below: a numbered section title under the head ("三、强韧持久的进取与
# 保守防范的抵拒" under "近代中国社会的新陈代谢", a full footnote line above) is a heading:
# cut to one newline, unwrap glued it to the footnote.
_HEADING = re.compile(
    rf"(?:[一二三四五六七八九十]+、|第[{_NUM}]+[章回节節卷篇部讲講])[^。，,]{{1,30}}"
)


def cjk_page_heads(text: str) -> list[Edit]:
    """The cuts (module doc), sorted and disjoint; none where no heads step as pages."""
    lines = text.split("\n")
    heads = _chapter_heads(lines)
    numbered = [(i, int(m.group())) for i, rest in heads if (m := _PAGE_NUMBER.search(rest))]
    page = _page_length(numbered, lines)
    if not page:
        return []
    marked = {i for i, _ in heads} | _title_heads(lines, page)
    return _cuts(text, lines, marked)


def _chapter_heads(lines: list[str]) -> list[tuple[int, str]]:
    """Clause ``cjk_chapter_page_head``: (line, text after the chapter number)."""
    first: dict[tuple[str, str], str] = {}
    listed: set[tuple[str, str]] = set()
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        m = _CHAPTER.fullmatch(s) if len(s) <= 40 else None
        if m is None or _LEADERS.search(s):
            continue
        key, rest = (m.group(1), m.group(2)), "".join(m.group(3).split())
        if key not in first:
            if _under_contents(lines, i):
                listed.add(key)
            # A first line that is itself a head (the heading lost to OCR: "第十八章山重水妞945")
            # opens the chapter; its own page number is no part of the title.
            first[key] = _TRAIL.sub("", rest) or rest
            continue
        title = first[key]
        if (
            1 <= len(rest) - len(title) <= MAX_TAIL
            and not _OTHER_UNIT.search(rest)
            and not _PART_END.search(rest)
            and _repeat(title, rest)
        ):
            if key in listed:
                listed.discard(key)  # clause cjk_heading_under_contents
                continue
            out.append((i, rest))
    return out


def _under_contents(lines: list[str], i: int) -> bool:
    """Clause ``cjk_heading_under_contents``: whether one of the 3 non-blank lines above
    line ``i`` is a contents entry's (leader dots and a page number, or a page number
    alone: "   416")."""
    above = [s for line in reversed(lines[max(0, i - 6) : i]) if (s := line.strip())][:3]
    # An entry ends in its page number; an OCR'd rule line ("~~~.一一~一~.....匕一-~") does not.
    return any(_LONE_NUMBER.fullmatch(s) or _LEADERS.search(s) and s[-1].isdigit() for s in above)


def _page_length(numbered: list[tuple[int, int]], lines: list[str]) -> float:
    """Clause ``cjk_page_rhythm``: the median lines per page of the numbered heads,
    0 unless at least ``MIN_HEADS`` and half of them rise with the text (the longest
    rising run: OCR ruins some numbers, "549" for 149) at a page's rhythm.

    Clause ``cjk_page_rhythm_chapters``: the run spans at least 2 chapter numbers, as
    page numbers rise across chapters (近代中国's run: 52 heads of 20 chapters). A
    chapter told in numbered parts ("第十章 决战2" … "第十章 决战8", a web novel's) or
    volumes restarting at "第1章 风起2" rise within one chapter number only: headings."""
    chain = _rising(numbered)
    if len(chain) < MIN_HEADS or 2 * len(chain) < len(numbered):
        return 0.0
    chapters = {_CHAPTER.fullmatch(lines[i].strip()).group(1, 2) for i, _ in chain}  # type: ignore[union-attr]
    if len(chapters) < 2:
        return 0.0
    ratios = [(b - a) / (vb - va) for (a, va), (b, vb) in zip(chain, chain[1:], strict=False)]
    page = sorted(ratios)[len(ratios) // 2]
    good = sum(0.4 * page <= r <= 2.5 * page for r in ratios)
    return page if page >= 5 and 4 * good >= 3 * len(ratios) else 0.0


def _rising(numbered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``numbered`` (line, value) whose values rise strictly
    (patience sorting, O(n log n): a 10M-character text with 82,000 numbered
    repeats took minutes with the quadratic search)."""
    tails: list[int] = []  # tails[n]: the index ending the best run of n + 1 so far
    back: list[int] = []
    for k, (_, value) in enumerate(numbered):
        n = _place(numbered, tails, value)
        back.append(tails[n - 1] if n else -1)
        if n == len(tails):
            tails.append(k)
        else:
            tails[n] = k
    run, k = [], tails[-1] if tails else -1
    while k >= 0:
        run.append(numbered[k])
        k = back[k]
    return run[::-1]


def _place(numbered: list[tuple[int, int]], tails: list[int], value: int) -> int:
    """The first run length whose tail value is not below ``value`` (binary search)."""
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if numbered[tails[mid]][1] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _title_heads(lines: list[str], page: float) -> set[int]:
    """Clause ``cjk_title_page_head``: the book title's page heads (module doc)."""
    short = {
        i: s
        for i, line in enumerate(lines)
        if 4 <= len(s := "".join(line.split())) <= 30 and not _NO_HEAD.search(s)
    }
    cores = Counter(
        m.group()
        for s in short.values()
        if (m := _CORE.search(s)) and len(s) - m.end() + m.start() <= MAX_TAIL
    )
    cores = Counter({c: n for c, n in cores.items() if len(c) >= 4})
    if not cores:
        return set()
    title, n = cores.most_common(1)[0]
    if n < MIN_HEADS:
        return set()
    want = Counter(title)
    found = [
        i
        for i, s in short.items()
        if len(s) <= len(title) + MAX_TAIL
        and 3 * sum((want & Counter(s)).values()) >= 2 * len(title)
        and not _title_sentence(s, title)
    ][1:]  # the first: the title page
    gaps = sorted(b - a for a, b in zip(found, found[1:], strict=False))
    if len(found) < MIN_HEADS or not page <= gaps[len(gaps) // 2] <= 4 * page:
        return set()
    return set(found)


def _title_sentence(s: str, title: str) -> bool:
    """Clause ``cjk_title_page_head_sentence``: a line with more ideographs than the
    title that ends a sentence ("近代中国社会的新陈代谢啊！”", a paragraph's last line
    naming the book) is prose; a head adds a page number, OCR'd to at most an ideograph
    or two before the title, never a sentence end (近代中国: 144 title heads, none)."""
    return len(re.findall(_IDEO, s)) > len(title) and bool(_SENTENCE_END.search(s))


def _cuts(text: str, lines: list[str], marked: set[int]) -> list[Edit]:
    """Each marked line with the blank lines around it, as ``page_furniture`` cuts."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    blocks: list[tuple[int, int]] = []
    for i in sorted(marked):
        a, b = i, i + 1
        while a > 0 and not lines[a - 1].strip():
            a -= 1
        while b < len(lines) and not lines[b].strip():
            b += 1
        if blocks and a <= blocks[-1][1]:
            blocks[-1] = (blocks[-1][0], max(b, blocks[-1][1]))
        else:
            blocks.append((a, b))
    cuts = []
    for a, b in blocks:
        start, end = starts[a], min(starts[b], len(text))
        if a == 0 or b >= len(lines):
            cuts.append(Edit(start, end, "", "page_furniture"))
            continue
        blank = any(not lines[k].strip() for k in range(a, b))
        inside = not _SENTENCE_END.search(lines[a - 1])
        one = (inside or not blank) and not _HEADING.fullmatch(lines[b].strip())
        cuts.append(Edit(start - 1, end, "\n" if one else "\n\n", "page_furniture"))
    return cuts
