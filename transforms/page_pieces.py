"""Rule ``page_piece_lines`` (session 52): the page lines of a book exported in pages,
"童年时光(2)", "童年时光(3)", "兰贝斯贫民习艺所(1)" ... (卓别林自传), "自序：识破真身(1)" (血酬定律),
"书评一：一本写给自己的书(1)" (沉思录), "猎杀胡雪岩（1）" (金融高边疆), when no other rule reads
them: the title carries no numbered division, and the line stands between rules
("---------------"), right over the page's text or indented, so neither the numbered
readers nor ``cjk_title_lines`` take it (session 51's Left: 27 files in
hankinghu/literature-books, these four with 73, 71, 18 and 23 page lines had 1-2 sections).
Each title's pages are one chapter titled without "(k)", as rule ``chapter_pieces`` makes
the pages other rules read.

Clauses:

``piece_line``
    a whole line (surrounding spaces aside) "title(k)" or "title（k）", k in ASCII digits;
    the title holds a CJK character, at most ``MAX_TITLE`` characters, and no sentence
    end ("。", "；", "，" ...: a line of prose that ends with a bracketed number).
``piece_pair``
    such a line counts only when the next such line has the same title and the next
    number, or the one before has the same title and the number before: a page with
    neither neighbour is no evidence.
``pages_off_contents``
    a page line inside a found contents list is an entry ("《记忆力的革命》目录(1)",
    "中文简体版序言(1)" ... listed at the head of 记忆力的革命), no heading.
``whole_book_pages`` (the evidence; a list "要点(1)" in prose has none of it)
    at least ``MIN_PAGES`` lines pass ``piece_pair`` and between the first and the last
    stand on average at least ``MIN_GAP`` characters a line (pages, not a list).
``page_counter_stripped`` (session 54)
    a leading page counter "N." before the title is no part of it where the page next to
    it carries the same title with another counter: a PDF export numbers every page of a
    part, "1.将军寄语（1）", "2.将军寄语（2）", "3.将军寄语（3）" (盛世狼烟), so the title is
    "将军寄语" on each page and its pages pair. The same number on every page is the
    title's own ("5.我想开糖果连锁店(1)" ... "(4)": 24堂财富课's fifth lesson) and stays.
``page_title_broken_line`` (session 54)
    a page line with no counter whose line right above is a counter and a short title
    with no sentence end ("6.百年磨一" over '"剑"（1）', "14.台湾" over "21世纪军事新战略（1）":
    the export broke the title over two lines) is read with that line: the heading spans
    both lines, its title is the two joined ('百年磨一"剑"', the counter going as above).
    Only where a neighbouring page line broke the same title the same way (review: a
    numbered item "3.加强管理" ending the page above one page line is text).
``pages_merge_or_stay_out`` (session 52 review; narrowed in session 53)
    a page line this rule added that rule ``chapter_pieces`` leaves loose (still
    "title(k)": its run was broken) is dropped again, as before the rule, and the rest read
    again; the pages of the title that did merge stay one chapter. A repeated "第十部分"
    over every page of "\"剑\"（1）" ... "（9）" (盛世狼烟: every page loose), the contents'
    own pages "《记忆力的革命》目录(1)", "(2)", a third page "第一部分导言（3）" whose first two
    another rule read (富爸爸). 宏观经济学's "新古典宏观经济学（1）" ... "（7）" stay one chapter
    where the next chapter's opening "第17章" stands before page (8) (session 52 dropped all
    eight).
``pages_rank_with_paged_chapters`` (session 53)
    a chapter made of this rule's pages takes the rank of the nearest chapter (before it,
    else after it) that ``chapter_pieces`` made of pages another rule read: a site pages
    the book's chapters, so they are siblings. 血色浪漫's "《血色浪漫上》第十七章(1)" ... (its
    prefix differs from the other chapters', so ``chapter_prefix`` does not read it) sat one
    level under 第十六章 and 第十八章. Without such a chapter the rank stays ``NUMBERED_RANK``.

The lines are read last, after every other reader (the rule adds headings, it takes
none away), at ``NUMBERED_RANK``; rule ``chapter_pieces`` then makes each title's pages one
chapter titled without "(k)", the sub-headings between its pages under it.
Cost: one ``endswith`` per short line; a regular expression only on lines that end with
a bracket.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

MAX_TITLE = 30
MIN_PAGES, MIN_GAP, MIN_PAGE = 4, 400, 100
_LINE = re.compile(
    r"(?P<title>.*?[\u3400-\u9fff\uf900-\ufaff].*?)[ \t\u3000]*[(（](?P<n>\d{1,3})[)）]"
)
_SENTENCE = re.compile(r"[。；，！？!?,;]")
_COUNTER = re.compile(
    r"\d{1,3}\.(?=[^\d\s.])"
)  # clause page_counter_stripped: "6." of "6.百年磨一"
_SPACE = " \t\u3000"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _broken_head(texts: list[str], i: int, title: str) -> str | None:
    """Clause ``page_title_broken_line``: the title's first part on line ``i - 1``, with
    its counter."""
    if not i or _COUNTER.match(title):
        return None
    m = _COUNTER.match(texts[i - 1])
    head = texts[i - 1][m.end() :].strip(_SPACE) if m else ""
    if not _CJK.search(head) or _SENTENCE.search(head) or len(head + title) > MAX_TITLE:
        return None
    return m.group() + head


def _raw_pieces(texts: list[str]) -> list[tuple]:
    """(line, title with its counter, number, first line, the bracket, counter's length)."""
    found = []
    for i, t in enumerate(texts):
        if t and len(t) <= MAX_TITLE + 12 and t.endswith((")", "）")):
            m = _LINE.fullmatch(t.strip(_SPACE))
            if m:
                title = m.group("title").strip(_SPACE)
                rest = t.strip(_SPACE)[m.end("title") :].strip(_SPACE)
                found.append((i, title, int(m.group("n")), _broken_head(texts, i, title), rest))
    # clause page_title_broken_line (review): the line above is joined only where a
    # neighbouring page broke the same title the same way ("7.百年磨一" / '"剑"（2）' next to
    # "6.百年磨一" / '"剑"（1）'); a numbered item "3.加强管理" ending the page above one page
    # line is text, and joining it would cut that page out of its run.
    keys = [h[_COUNTER.match(h).end() :] + t if h else None for _, t, _, h, _ in found]
    out = []
    for k, (i, title, n, head, rest) in enumerate(found):
        near = [keys[x] for x in (k - 1, k + 1) if 0 <= x < len(found)]
        if head and keys[k] not in near:
            head = None
        c = _COUNTER.match(head or title)
        title = head + title if head else title
        out.append((i, title, n, i - 1 if head else i, rest, c.end() if c else 0))
    return out


def _piece_lines(texts: list[str]) -> list[tuple[int, str, int, int, str]]:
    """(line, title, number, first line of the heading, heading) of every ``piece_line``;
    clause ``page_counter_stripped``: the counter goes where a neighbouring page's differs."""
    raw = _raw_pieces(texts)
    out = []
    for k, (i, title, n, a, rest, c) in enumerate(raw):
        near = [raw[x] for x in (k - 1, k + 1) if 0 <= x < len(raw) and raw[x][5]]
        if c and any(f[1][f[5] :] == title[c:] and f[1] != title for f in near):
            title = title[c:]
        shown = " ".join(texts[i].split()) if a == i and title == raw[k][1] else title + rest
        if title and len(title) <= MAX_TITLE and not _SENTENCE.search(title):
            out.append((i, title, n, a, shown))
    return out


def page_piece_lines(texts: list[str], taken: set[int], in_list) -> list[int]:
    """The lines rule ``page_piece_lines`` reads as headings (the line "T(k)" of each), those
    with no line in ``taken`` (the lines of the headings other rules found) nor in a
    contents list (``in_list``, ``contents.Contents.in_list``: clause ``pages_off_contents``)."""
    found = _piece_lines(texts)

    def page(k: int) -> bool:  # found[k] and found[k + 1]: one title's next page over text
        (i, title, n, *_), (j, title2, n2, *_) = found[k], found[k + 1]
        return title2 == title and n2 == n + 1 and sum(map(len, texts[i + 1 : j])) >= MIN_PAGE

    pairs = [page(k) for k in range(len(found) - 1)]
    paired = [f for k, f in enumerate(found)
              if (k < len(pairs) and pairs[k]) or (k and pairs[k - 1])]  # fmt: skip
    if len(paired) < MIN_PAGES:
        return []
    between = sum(len(t) for t in texts[paired[0][0] : paired[-1][0]])
    if between < MIN_GAP * (len(paired) - 1):
        return []
    return [i for i, _, _, a, _ in paired
            if not taken.intersection((a, i)) and not in_list[a] and not in_list[i]]  # fmt: skip


def page_piece_heads(texts: list[str], pages: list[int]) -> list[tuple[int, int, str]]:
    """(first line, last line, title) of the headings on ``pages`` (``page_piece_lines``):
    two lines where clause ``page_title_broken_line`` joined them."""
    found = {f[0]: f for f in _piece_lines(texts)} if pages else {}
    return [(found[i][3], i, found[i][4]) for i in pages]


def pages_merged(headings: list, added: dict[int, str], chapter_pieces) -> list:
    """Rule ``chapter_pieces`` (the function given) over ``headings`` with clauses
    ``pages_merge_or_stay_out`` and ``pages_rank_with_paged_chapters``; ``added`` maps the
    start of each heading this rule added to its line's title."""
    out = chapter_pieces(headings)
    while True:  # a dropped page may let two runs of one title join: read again
        loose = {h.start for h in out if added.get(h.start) == h.title}
        if not loose:
            break
        headings = [h for h in headings if h.start not in loose]
        out = chapter_pieces(headings)
    return _paged_ranks(headings, out, added)


def _paged_ranks(headings: list, out: list, added: dict[int, str]) -> list:
    """Clause ``pages_rank_with_paged_chapters``: a chapter made of the pages this rule
    added takes the rank of the nearest chapter (before it, else after it) that rule
    ``chapter_pieces`` made of pages another rule read."""
    given = {h.start: h.title for h in headings}
    peers = [h for h in out if h.start not in added and given[h.start] != h.title]
    if not peers:
        return out
    starts = [h.start for h in peers]
    res = []
    for h in out:
        if h.start in added:
            k = bisect.bisect_left(starts, h.start)
            h = replace(h, rank=peers[k - 1 if k else 0].rank)
        res.append(h)
    return res
