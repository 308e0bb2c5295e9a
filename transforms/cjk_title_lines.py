"""Clauses ``cjk_title_line``, ``cjk_title_after_sentence``,
``title_under_chapter_number``, ``couplet_title_complete`` and ``couplet_under_chapter_number``
(``unwrap.find_wraps``):
a CJK title line keeps its line breaks in text with no blank lines.

In CJK text with no blank line between paragraphs (one paragraph a line, as
Chinese web and e-book texts and a Markdown book with its blank lines lost
write it), a heading sits between two paragraph lines:

* ``cjk_title_line``: the lines that pair CJK with CJK are there mostly a heading
  over its first paragraph, so the document's CJK wrap width (the 95th percentile
  of those lines) could be set by its widest heading, which then read as a full
  line and was joined to its paragraph ("2.1.2 基于 C 标准库函数输出字符串我们不仅仅
  通过 ...", the book Go语言高级编程, ch2-01-hello-cgo; "1.8 补充说明" in ch1-08-ext).
  A wrapper fills a line before it breaks, so a line followed by a clearly longer
  one (``LONGER_BY`` columns) was not wrapped there; when that line also holds a
  CJK character and no clause or sentence mark after its number (a title, not a
  phrase cut short) and opens as a heading ("2.1.2 ", "第2章", "一、") or is at
  most ``TITLE_SHARE`` of the next line, the break is the source's and stays.
  Clause ``title_word_fits``: a title without a number only when the next line's
  first word (up to a space) would have fitted on it: groff breaks Chinese text
  at spaces only, so manpages-zh's text has short lines before a long run
  without a space ("[1] 一个 Tcl" / "脚本是一个包含...", Tcl(n); "-width 以
  Tk_GetPixels" / "可接受的任何形式...", MainFrame(3tk)); a heading over such a
  line ("作者 AUTHORS" / "独立的作者维护着LDP档案中的...") stays joined (a miss).
  The same holds for a title ending in a Latin word over a paragraph opening with
  one ("4.4.3 gRPC 流" / "RPC 是远程函数调用 ...", which the Latin rules joined).
  Not when the next line is indented deeper (the caller passes only the other
  pairs): that is a list item's hanging indent, its first line wrapped by a
  wrapper that breaks at spaces ("1. \"hosts: files dns\" のような...\"/etc/" /
  "   nsswitch.conf\" ファイルが...", the Debian Reference in Japanese), and a
  paragraph indented under its heading is no join anyway.
* ``cjk_title_after_sentence``: a numbered CJK title line ("2.6.2 将 qsort 函数从 Go
  包导出": a heading's number, a CJK character, no clause or sentence mark) after
  a line that ends a sentence ("。", "！", "？", through closing quotes) opens a
  line of its own: a line ending "。" counts as open to the Latin rules (their
  sentence marks are ASCII), which joined the heading to the paragraph above with
  a space ("...仅当前文件内可访问的静态函数。 2.6.2 将 qsort 函数从 Go 包导出").
* ``couplet_under_chapter_number`` (session 29): a line that is a couplet alone (two
  halves of as many CJK characters, 5 to 9, a space between, no mark) right under a
  chapter's number alone keeps its break also before a shorter line: 鹿鼎记 opens
  "第一回" / "纵横钩党清流祸 峭蒨风期月旦评" / "北风如刀,满地冰霜。", its first paragraph
  shorter than the title, so ``title_under_chapter_number`` (a clearly longer line)
  did not see it and the title was glued to the text. A wrapped classical line has
  no space between two equal halves.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_block_width import MARK
from transforms.cjk_layout import CJK_CHAR, ends_sentence

# A heading's number: "2.1 " / "2.1.2 " / "3. " / "一、" / "第2章 " / "第十回　" (a space
# or the line's end after the keyword: "第二部分参数是net‐" of manpages-zh smbmount(8) is
# prose, not "第二部").
_HEADING_NUMBER = re.compile(
    r"\s*(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*[.．]?[ \u3000]|[一二三四五六七八九十]{1,3}、"
    r"|第[0-9０-９一二三四五六七八九十百零〇两]{1,6}[章节節回卷部篇](?:[ \u3000]|$))"
)
# Clause title_under_chapter_number: a line that is a chapter's number alone.
_BARE_CHAPTER_NUMBER = re.compile(
    r"[ \t\u3000]*第[0-9０-９一二三四五六七八九十百千零〇两]{1,6}[章节節回卷部篇][ \t\u3000]*"
)
# Clause couplet_title_complete: "第二回 冰窟藏身求秘笈 魔城现影说前因".
_COUPLET_TITLE = re.compile(
    r"[ \t\u3000]*第[0-9０-９一二三四五六七八九十百千零〇两]{1,6}[章回][ \t\u3000]+"
    r"([\u4e00-\u9fff]{5,9})[ \t\u3000]+([\u4e00-\u9fff]{5,9})[ \t\u3000]*"
)
# Clause couplet_under_chapter_number: "纵横钩党清流祸 峭蒨风期月旦评" under "第一回".
_COUPLET_LINE = re.compile(
    r"[ \t\u3000]*([\u4e00-\u9fff]{5,9})[ \t\u3000]+([\u4e00-\u9fff]{5,9})[ \t\u3000]*"
)
_ONE_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}[.．]?[ \u3000]")
# The next line is longer by at least this many display columns (two CJK characters).
LONGER_BY = 4
# Clause title_char_count: a title holds at least this many characters fewer than
# the next line.
CHARS_SHORTER = 2
# A title line without a heading's number: at most this share of the next line.
TITLE_SHARE = 2 / 3


def _title(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the line ``text[start:end]`` reads as a title (a CJK character, no
    clause or sentence mark after its number) and whether it opens with a number."""
    number = _HEADING_NUMBER.match(text, start, end)
    rest = number.end() if number else start
    title = CJK_CHAR.search(text, rest, end) is not None and not MARK.search(text, rest, end)
    # Clause title_list_item: one number ("6. ") opens a list item as often as a
    # heading: it needs the word test of an unnumbered title (manpages-zh daemon(7):
    # "6. 尽可能依赖于 systemd 的资源控制与权限剥夺功能" / "(CPU与内存占用/文件访问等等)，...").
    return title, number is not None and _ONE_NUMBER.match(text, start, end) is None


def _same_characters(text: str, end_a: int, end_b: int) -> bool:
    """Clause title_char_count: whether the line ending at ``end_a`` holds (about)
    as many characters as the next, ending at ``end_b`` (``CHARS_SHORTER`` fewer at
    most), counted from the line starts: a wrapper counting characters, not
    columns (a script cutting every N characters, Python's textwrap), filled it,
    and its few columns are those of its Latin letters and digits, not a title's
    (Go语言高级编程 ch1-02 cut every 16 characters: "ighan* 于 1974 年左" /
    "右编写的 C 语言入门教程中，出" kept its break inside "左右")."""
    start_a = text.rfind("\n", 0, end_a) + 1
    start_b = text.rfind("\n", 0, end_b) + 1
    return end_b - start_b < end_a - start_a + CHARS_SHORTER


def _under_chapter_number(text: str, start: int) -> bool:
    """Clause title_under_chapter_number: whether the non-blank line above the line
    starting at ``start`` is a chapter's number alone ("第一回")."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    return end > 0 and _BARE_CHAPTER_NUMBER.fullmatch(text, line_start, end) is not None


def title_lines(text: str, cp: np.ndarray, first, last, a, b, join, indent) -> np.ndarray:
    """For each pair of lines ``a`` / ``b`` the unwrap rules would join (``join``),
    whether one of the two clauses keeps their break (see the module docstring);
    ``indent``: each line's indentation in display columns."""
    out = np.zeros(len(a), dtype=bool)
    idx = np.flatnonzero(join)
    if not len(idx) or not CJK_CHAR.search(text):
        return out
    cum = np.concatenate(([0], np.cumsum(1 + (cp >= 0x1100))))
    ka, kb = a[idx], b[idx]
    cols_a = cum[last[ka]] - cum[first[ka]]
    cols_b = cum[last[kb]] - cum[first[kb]]
    # Clause title_right_edge: "clearly longer" and "would have fitted" are measured
    # at the lines' right edges (indentation counted), where a wrapper breaks: the
    # first line of a paragraph indented by two ideographic spaces (4 columns, as
    # Chinese e-books indent every paragraph and chapter title) holds 4 columns less
    # text than the full line under it and read as a title's short line: 红楼梦
    # re-wrapped at 20 columns kept the wrap inside "第六回 贾宝玉初" / "试云雨情 ...".
    edge_a = cols_a + indent[ka]
    edge_b = cols_b + indent[kb]
    # Clause title_offsets_as_lists (session 49, cost only): the lines' offsets are read
    # as Python lists once, not as numpy scalars per pair (every joinable pair of a
    # Chinese book is asked for a couplet line below: 水浒传 ~20 k pairs).
    starts_a, ends_a = first[ka].tolist(), last[ka].tolist()
    starts_b, ends_b = first[kb].tolist(), last[kb].tolist()
    # Clause cjk_title_line: a title over a clearly longer line.
    for n in np.flatnonzero(edge_b >= edge_a + LONGER_BY).tolist():
        if _same_characters(text, ends_a[n], ends_b[n]):
            continue
        title, numbered = _title(text, starts_a[n], ends_a[n])
        if title and not numbered and _under_chapter_number(text, starts_a[n]):
            numbered = True  # clause title_under_chapter_number
        elif title and not numbered and cols_a[n] <= TITLE_SHARE * cols_b[n]:
            # Clause title_word_fits: the next line's first word (up to a space)
            # would have fitted on it: a wrapper breaking at spaces (groff) would
            # have put it there.
            start, end = starts_b[n], ends_b[n]
            space = text.find(" ", start, end)
            word = int(cum[space if space >= 0 else end] - cum[start])
            numbered = edge_a[n] + 1 + word <= edge_b[n]
        out[idx[n]] = title and numbered
    # Clause couplet_title_complete: a chapter line holding a whole couplet title.
    for n in np.flatnonzero(~out[idx] & (cp[first[ka]] == 0x7B2C)).tolist():
        couplet = _COUPLET_TITLE.fullmatch(text, starts_a[n], ends_a[n])
        out[idx[n]] = couplet is not None and len(couplet[1]) == len(couplet[2])
    # Clause couplet_under_chapter_number: a couplet title alone under a chapter's number.
    for n in np.flatnonzero(~out[idx]).tolist():
        start = starts_a[n]
        couplet = _COUPLET_LINE.fullmatch(text, start, ends_a[n])
        if couplet is not None and len(couplet[1]) == len(couplet[2]):
            out[idx[n]] = _under_chapter_number(text, start)
    # Clause cjk_title_after_sentence: a numbered title after a sentence's end.
    after = np.flatnonzero(~out[idx] & ends_sentence(cp, last[ka] - 1, first[ka]))
    for n in after.tolist():
        title, numbered = _title(text, starts_b[n], ends_b[n])
        out[idx[n]] = title and numbered
    return out
