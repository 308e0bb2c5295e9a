"""Rule ``repeated_chapter_prefix``: one prefix repeated before every chapter line.

A book scraped from a reading site, or exported page by page, often carries the same
string before each of its chapter lines: the site's breadcrumb or label, the book's
own title, a running head ("《》目录 第一回　灵根育孕源流出　心性修持大道生", 西游记 of
hexhero/book-txt; "《血色浪漫》第一章(1)"; "经济学原理--第二章　经济学的实质";
"走到人生边上_第1章"; "网友上传章节 第八章 田镇大捷", 曾国藩全集; "【正文】    第4节：…",
货币战争5: hankinghu/literature-books; public novel splitters test "章节目录 第一章" too).
No line-by-line rule reads such a line as a heading (西游记 was one section for its
100 回), or one that did kept the prefix in every title. ``transforms.cjk_novel_parts``
reads past one word, "正文" (clause ``zhengwen_prefix``); this rule finds the prefix in
the document itself, whatever it is:

* Clause ``prefix_evidence``: a string of at most ``MAX_PREFIX`` characters with no
  sentence or clause mark stands before at least ``MIN_LINES`` lines whose rest reads
  as a numbered heading 第N回 / 章 / 节 / 卷 / 篇 (``transforms.headings`` or the CJK
  number rules). The SAME string each time: the evidence is its repetition, not a list.
* Clause ``prefix_read_share``: at least ``MIN_READ_SHARE`` of the lines where the
  prefix stands before "第N<unit>" read as headings past it. 货币战争5's "【正文】    第2节："
  stands before 36 pages of a reading site ("第N节：", most with no title: no heading) and 5
  titled ones ("第4节：金砖五国…", "第9节：第二章 真相隧道…", the chapter's own line below it):
  5 of 36 is no proof that the prefix stands before the book's headings.
* Clause ``prefix_advancing``: the numbers of those headings advance: within each
  unit, at least ``MIN_LINES - 1`` steps rise (a chapter in pieces, "第一章(1)",
  "第一章(2)", keeps its number) and the rising steps are at least ``MIN_RISE_SHARE``
  of the steps where the number changes (a trilogy restarting at 第一章 twice still
  advances; running heads of one chapter repeated on every page do not).
* Clause ``prefix_text_between``: between the first and the last such line stand on
  average at least ``MIN_GAP`` characters a line of them (a contents list, each entry
  on the next line, is no run of chapters).
* Clause ``prefix_heading_word``: a prefix that holds 第 (a number with 第) itself
  ("正文 第二部 牛犟劲 第一章": 莫言's 生死疲劳, the part over its chapter; "第一梦 红蝗
  第01章": 莫言's 食草家族, its five 梦 over their chapters; "第一部 …") or reads as a
  heading on its own is the book's own heading, not a prefix: left to the rules that read
  it (clauses ``zhengwen_volume_prefix``, ``volume_prefix_chapter``).
* Clause ``prefix_has_word``: a prefix of marks only ("（第八章完）", 曾国藩全集's chapter
  ends; "【第一卷 1911—1914年】"; "[(第1章 改变命运)]"; "◆ ") brackets or decorates the
  heading: no string before it to read past.
* Clause ``prefix_line_read``: a line that reads as a heading as it stands ("## 第一回",
  a Markdown heading; "正文 第一章", clause ``zhengwen_prefix``) keeps its own reading;
  the rule reads only lines no other rule reads, and counts only those.

* Clause ``prefix_aozora_note``: an Aozora Bunko note ("［＃２字下げ］第一章［＃「第一章」は中見出し］",
  kept by ``--keep-aozora-markup``) is markup the Aozora rules read, not a label to read
  past (the heading would keep the closing note in its title).
* Clause ``prefix_cuts_sentence``: an export's page chunks cut the text anywhere, chapters
  at a paragraph's end: when more than ``MAX_CUT_SHARE`` of the prefixed headings after the
  first follow a line that ends with no sentence mark (。！？…”」）…), the run is pages, not
  chapters ("走到人生边上_第2章" between "《论语》)食与色，人之大" and "，但人之大欲", 走到人生边上
  of hankinghu/literature-books: 6 of 6 cut mid-sentence; 西游记, 曾国藩全集, 经济学原理,
  血色浪漫: the line before ends a sentence).

* Clause ``prefix_named_heading`` (session 51): a proven prefix stands before the book's
  unnumbered headings too ("《血色浪漫》引子", "《》目录 附录　陈光蕊赴任逢灾　江流僧复仇报本",
  "经济学原理--附录一　自由工业和企业的发展"): a line that opens with it and whose rest reads as
  one named division (序, 引子, 楔子, 尾声, 后记, 附录 ..., the project's own readers) is read
  past too (over the 6 books the rule proves a prefix on, 5 carry such lines).

* Clause ``prefix_closing_mark``: a mark that opens the prefix and closes the line
  ("◆ 《…》 第一回　有四条眉毛的人 ◆") decorates the heading: the title ends before it.

A proven prefix is read past on each of its lines: the heading is the rest of the line
(``transforms.sections.find_headings`` reads it there), and the section title does not
keep the prefix. The heading still starts at the line's start, so the prefix stays in
the section's text (the training text and the structure's offsets are one text); it is
not deleted.

Cost: nothing for a text without "第"; else one regex search for "第N<unit>" over the
lines joined (no Python loop over the lines), a few string operations at each match, the
readers only on the lines of a prefix met ``MIN_LINES`` times.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from itertools import accumulate
from operator import add

MAX_PREFIX = 20
MIN_LINES = 5
MIN_RISE_SHARE = 0.75
MIN_GAP = 200
MIN_READ_SHARE = 0.75
MAX_CUT_SHARE = 0.5
MAX_NAMED_LINE = 60  # clause prefix_named_heading: a longer line is prose
_SENTENCE_END = "。！？!?….．”’」』）)》〉】〕]\"'>—～~"
_DIGITS = "〇零一二三四五六七八九十百千两兩0-9０-９"
_UNITS = "回章节節卷篇"
_HEADING = re.compile(rf"第[{_DIGITS}]{{1,7}}[{_UNITS}]")
_MARKS = re.compile("[。！？!?；;，,：:、]")
_TRIM = " \t\u3000\xa0"


def chapter_prefixes(texts: list[str], read: Callable[[str], list]) -> dict[int, tuple[int, int]]:
    """{line index: (start, end) of the heading in the line} for the lines of ``texts``
    (stripped lines) that carry a proven prefix (see module doc). ``read(rest)`` gives the heading
    candidates of a line's rest (``transforms.sections`` passes its line readers)."""
    runs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    joined = "\n".join(texts)
    starts: list[int] = []
    for m in _HEADING.finditer(joined):
        pos = m.start()
        w0 = max(0, pos - MAX_PREFIX - 1)
        k = joined.rfind("\n", w0, pos)
        if k < 0 and w0:
            continue  # the line opens more than MAX_PREFIX characters before it
        prefix = joined[k + 1 : pos]
        if not prefix or "第" in prefix:
            continue  # clause prefix_heading_word: "第一梦 红蝗 第01章"; or no prefix
        prefix = prefix.rstrip(_TRIM)
        if not prefix or _MARKS.search(prefix):
            continue
        if not any(ch.isalnum() for ch in prefix):
            continue  # clause prefix_has_word
        if "［＃" in prefix:
            continue  # clause prefix_aozora_note
        if not starts:
            starts = list(map(add, accumulate(map(len, texts), initial=0), range(len(texts) + 1)))
        i = bisect_right(starts, k + 1) - 1
        runs[prefix].append((i, pos - starts[i]))
    out: dict[int, tuple[int, int]] = {}
    for prefix, lines in runs.items():
        if len(lines) < MIN_LINES:
            continue  # clause prefix_evidence (the few lines of prose end here, unread)
        lines = [(i, p) for i, p in lines if not read(texts[i])]  # clause prefix_line_read
        if len(lines) < MIN_LINES or read(prefix):
            continue  # clauses prefix_evidence, prefix_heading_word
        found = []
        for i, p in lines:
            cands = read(texts[i][p : _closing(prefix, texts[i])])
            if len(cands) == 1 and cands[0].kind == "cjk" and cands[0].value is not None:
                found.append((i, p, cands[0]))
        if len(found) < max(MIN_LINES, MIN_READ_SHARE * len(lines)):
            continue  # clause prefix_read_share
        if not _advancing([c for _, _, c in found]):
            continue
        first, last = found[0][0], found[-1][0]
        between = sum(len(t) for t in texts[first:last]) - sum(
            len(texts[i]) for i, _, _ in found[:-1]
        )
        if between < MIN_GAP * (len(found) - 1):
            continue  # clause prefix_text_between
        if _cuts(texts, [i for i, _, _ in found[1:]]) > MAX_CUT_SHARE * (len(found) - 1):
            continue  # clause prefix_cuts_sentence
        out.update((i, (p, _closing(prefix, texts[i]))) for i, p, _ in found)
        out.update(_named_past(texts, prefix, read, out))  # clause prefix_named_heading
    return out


def _named_past(texts: list[str], prefix: str, read, taken) -> dict[int, tuple[int, int]]:
    """Clause ``prefix_named_heading`` (session 51): on a proven prefix's other lines, a rest
    that reads as one named division of the book ("《血色浪漫》引子", "《》目录 附录　陈光蕊赴任逢灾
    …", "经济学原理--附录一　自由工业和企业的发展") is that heading too; only lines no rule reads
    as they stand (as ``prefix_line_read``). Clause ``prefix_named_again``: not when the next
    line is the same heading alone (经济学原理's "经济学原理--附录一　…" over "附录一　…": the
    prefixed line is the page's label, the heading is read on its own line)."""
    out = {}
    for i, t in enumerate(texts):
        if i in taken or not t.startswith(prefix) or len(t) > MAX_NAMED_LINE:
            continue
        p = len(t) - len(t[len(prefix) :].lstrip(_TRIM))
        rest = t[p : _closing(prefix, t)]
        if not rest or read(t):
            continue
        cands = read(rest)
        if len(cands) != 1 or cands[0].kind != "named":
            continue
        j = i + 1
        while j < len(texts) and not texts[j]:
            j += 1
        if j < len(texts) and " ".join(texts[j].split()) == " ".join(rest.split()):
            continue  # clause prefix_named_again: the heading's own line follows
        out[i] = (p, _closing(prefix, t))
    return out


def _cuts(texts: list[str], lines: list[int]) -> int:
    """Clause ``prefix_cuts_sentence``: how many of ``lines`` follow a non-blank line that
    ends with no sentence mark (the text before them runs on past the line)."""
    n = 0
    for i in lines:
        j = i - 1
        while j >= 0 and not texts[j]:
            j -= 1
        if j >= 0 and texts[j][-1] not in _SENTENCE_END:
            n += 1
    return n


def _closing(prefix: str, line: str) -> int:
    """Clause ``prefix_closing_mark``: the end of the heading in ``line``: before the
    prefix's opening mark repeated at the line's end ("◆ 《陆小凤传奇之金鹏王朝》 第一回　有四条
    眉毛的人 ◆", 陆小凤传奇全集 of hankinghu/literature-books: the title is "第一回 有四条眉毛的人")."""
    mark = prefix[0]
    if mark.isalnum() or mark in "《【[（(「『“" or not line.endswith(mark):
        return len(line)
    return len(line[:-1].rstrip(_TRIM))


def _advancing(cands: list) -> bool:
    """Clause ``prefix_advancing`` (see module doc): per unit series."""
    rises = falls = 0
    last: dict[str, int] = {}
    for c in cands:
        before = last.get(c.series)
        if before is not None and c.value != before:
            if c.value > before:
                rises += 1
            else:
                falls += 1
        last[c.series] = c.value
    return rises >= MIN_LINES - 1 and rises >= MIN_RISE_SHARE * (rises + falls)
