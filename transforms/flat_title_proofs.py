"""Where a glued chapter title of a flat book ends, proven by the book itself (session 51),
for the headings whose end ``flat_chapters.title_end`` could not prove (no chapter-opening
formula, no lost line end's space) and, in a line joined with spaces, for every heading
(review: the contents list outranks a title's shape, ``flat_chapter_contents_first`` in
``prove_titles``; and ``flat_chapter_contents_whole`` in ``_contents_end``). Called by
``flat_chapters._split_line``; tests in ``tests/transforms/test_flat_title_proofs_wtC_s51.py``.
Named clauses:

* ``flat_chapter_contents_title``: the book's own contents list, glued into the same line
  ("第一回說楔子敷陳大義借名流隱括全文第二回王孝廉村學識同科…"), names each chapter's title:
  an entry "第N回" whose next entry (same unit) follows within ``MAX_TITLE`` characters
  holds the title between the two (not only "第N+1回": a contents list that skips a number
  or repeats one, "第二十回侠之大者第二十二回…", "第二章书写记忆法(4)第二章书写记忆法(5)", is
  one all the same, 神雕侠侣 and 记忆力的革命); where the chapter's heading "第N回" is
  followed by exactly that title, the title ends there. The proof is a string found twice,
  not a guess: a title the contents list spells otherwise stays glued.
* ``flat_chapter_couplet_length``: the titles of a vernacular novel are couplets of one
  shape (two halves of one length, 對句: 兒女英雄傳's 39 proven titles are all 16 characters,
  "隱西山閉門課驥子 捷南宮垂老占龍頭"). Where at least ``MIN_PROVEN`` of the run's titles are
  proven and one even length holds ``COUPLET_SHARE`` of them, a title whose stretch from
  its heading to the first mark is exactly that length, all Han characters, with the text
  opening on an opening mark (a book title, a quote: "…垂老占龍頭《兒女英雄傳》的大意"),
  ends there: nothing else stands between title and text. A longer stretch (the title, then
  a poem's first line or the text's first clause: 儒林外史's "…隱括全文人生南北多歧路，", 九尾狐's
  "…願為比翼烏龜有九尾，") is no proof, and the title stays glued.
"""

from __future__ import annotations

import re
from collections import Counter

# a contents entry's title holds at most MAX_TITLE characters (flat_chapters.MAX_TITLE)
MAX_TITLE = 40
# clause flat_chapter_couplet_length: at least MIN_PROVEN proven titles, COUPLET_SHARE of
# them of one even length
MIN_PROVEN = 3
COUPLET_SHARE = 0.9
_HEADING = re.compile("第([〇零一二三四五六七八九十百千两兩0-9０-９]{1,7})([回章卷節节])")
_TITLE_STOP = re.compile("[，。、；：！？…「」『』“”（）《》〈〉,.;:!?()\\n]")
# the marks a chapter's text can open on (a book title, a quote, a bracket)
_OPENING = frozenset("《「『“（〈(")
_HAN_RUN = re.compile("[\u3400-\u9fff]+")
_SPACES = " \u3000"
# clause flat_chapter_contents_whole (review): the marks that end a title the contents list
# gives without them: a question or exclamation mark (no chapter's text opens on one) and a
# circled footnote number ① to ⑳ (the Chinese files hold 14 heading lines that end with
# one, "第35章\u3000巴尔干诸国的毁灭①", and one heading followed by a line that opens with one,
# 社会契约论's "②", a note mark too)
_TITLE_CLOSE = frozenset("？！?!") | frozenset(map(chr, range(0x2460, 0x2474)))


def _contents_titles(line: str, starts: set[int], value) -> dict[tuple[str, int], set[str]]:
    """Clause ``flat_chapter_contents_title``: (unit, number) -> the titles the line's
    contents entries give it (the text between an entry and the next entry)."""
    found = [m for m in _HEADING.finditer(line) if m.start() not in starts]
    titles: dict[tuple[str, int], set[str]] = {}
    for m, nxt in zip(found, found[1:], strict=False):
        if nxt.group(2) != m.group(2) or nxt.start() - m.end() > MAX_TITLE:
            continue
        number = value(m.group(1))
        if number is None:
            continue
        title = line[m.end() : nxt.start()].strip(_SPACES)
        if len(title) >= 2 and "\n" not in title:
            titles.setdefault((m.group(2), number), set()).add(title)
    return titles


def _contents_end(line: str, end: int, titles: set[str]) -> tuple[int, int] | None:
    """The break after the contents list's title where the heading ending at ``end`` is
    followed by it (spaces before and after it are the break's). Clause
    ``flat_chapter_contents_whole`` (review): a question or exclamation mark right after
    it is the heading's own (no text opens on one: 大国悲剧's contents "第5章 巴库：谁是罪人",
    its chapter "第5章 巴库：谁是罪人？我现在要讲的…"), and so is a footnote's circled number
    (丘吉尔's "第35章\u3000巴尔干诸国的毁灭①01.巴尔干半岛上…")."""
    at = end
    while at < len(line) and line[at] in _SPACES:
        at += 1
    for title in sorted(titles, key=len, reverse=True):
        if line.startswith(title, at):
            stop = at + len(title)
            while stop < len(line) and line[stop] in _TITLE_CLOSE:
                stop += 1
            after = stop
            while after < len(line) and line[after] in _SPACES:
                after += 1
            return stop, after
    return None


def _couplet_length(proven: list[int]) -> int | None:
    """Clause ``flat_chapter_couplet_length``: the one even length of the book's proven
    titles, if it holds ``COUPLET_SHARE`` of at least ``MIN_PROVEN`` of them."""
    if len(proven) < MIN_PROVEN:
        return None
    size, count = Counter(proven).most_common(1)[0]
    return size if size % 2 == 0 and count >= COUPLET_SHARE * len(proven) else None


def _couplet_end(line: str, end: int, size: int) -> tuple[int, int] | None:
    """The break after a title of the book's couplet ``size`` when the stretch from
    ``end`` to the first mark is that title alone and the text opens on an opening mark."""
    stop = _TITLE_STOP.search(line, end, end + MAX_TITLE)
    if stop is None or stop.start() - end != size or line[stop.start()] not in _OPENING:
        return None
    if not _HAN_RUN.fullmatch(line, end, stop.start()):
        return None
    return stop.start(), stop.start()


def prove_titles(
    line: str, run: list, ends: list[tuple[int, int]], value, spaced: bool = False
) -> list:
    """``ends`` (the (start, stop) break after each heading of ``run``) with the unproven
    ones (``start`` at the heading's own end) proven by the book's contents list or, in a
    line joined with nothing (not ``spaced``), its couplet length where they can be (module
    doc); ``value`` reads a heading's number. Clause ``flat_chapter_contents_first``
    (review): in a line joined with spaces (``spaced``) the contents list's title outranks
    the end the title's shape gave (``flat_chapters._spaced_title_end``, a guess: 天龙八部's
    "第十五回 杏子林中 商略平生义 这人背上…" whose halves differ in length, cut after
    "杏子林中"; 费城风云's "第七章\u3000祸起萧墙 根本的共识 现在想来…", whose subheading went with
    the title): a string the book sets out twice is a proof, a shape is not."""
    open_ = [i for i, (h, e) in enumerate(zip(run, ends, strict=True)) if e[0] == h[1]]
    todo = range(len(run)) if spaced else open_
    if not todo:
        return ends
    ends = list(ends)
    titles = _contents_titles(line, {h[0] for h in run}, value)
    proven = [e[0] - h[1] for h, e in zip(run, ends, strict=True) if e[0] > h[1]]
    size = None if spaced else _couplet_length(proven)
    for i in todo:
        begin, end, unit, number = run[i]
        got = None
        if (unit, number) in titles:
            got = _contents_end(line, end, titles[(unit, number)])
        if got is None and size is not None:
            got = _couplet_end(line, end, size)
        if got is not None:
            ends[i] = got
    return ends
