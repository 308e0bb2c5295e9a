"""Hierarchy above sentences: sections from headings, then paragraphs.

Both are returned as sorted *start offsets* into normalized text (a unit runs to
the next start), so that coverage is exact by construction and nesting is a
subset relation: every section start is a paragraph start.

Headings (one line each, matched with one multiline regex pass):

=========================  =================================  ==========
kind                       examples                           rank
=========================  =================================  ==========
markdown                   ``# Title`` .. ``###### Title``    #'s count
book                       ``BOOK II``, ``PART ONE``, 第二卷   1
chapter                    ``CHAPTER IV.``, ``Chapter 3``,     2
                           ``第十二回 ...``, ``第3章``
caps (isolated line)       ``ETYMOLOGY.``, ``INTRODUCTION``   2
roman (isolated line)      ``IV.``, ``XII``, 第一节            3
=========================  =================================  ==========

Ranks present in a document are made dense (1 = top) and become
``Section.level``; text before the first heading is a level-0 section titled "".
Two clean-ups keep the output useful: a caps line right after a body-less
chapter heading is that chapter's title ("CHAPTER I" + "A PRINCESS OF MARS"),
and a run of three or more body-less headings (a table of contents) stays in the
section of the first of them.

Paragraphs: a blank line always separates two. Inside a block without blank
lines (hard-wrapped text such as the Chinese classics), a line starts a new
paragraph when it is indented and the previous line ends a sentence (or is
short), or, when the block's lines are long (median > 200 characters: one
paragraph per line, not wrapped), at every line. Wrapped continuation lines
never start one. Heading lines are paragraphs of their own.

Cost: two regex scans of the text plus a per-block line pass, well over
10M characters/s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from schemas import Section

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last"
)
_ROMAN = r"[IVXLCDM]+|[ivxlcdm]+"
_CJK_NUM = r"[一二三四五六七八九十百千零〇两\d０-９]+"

_HEADING = re.compile(
    r"^[ \t\u3000]*(?:"
    r"(?P<md>#{1,6})[ \t]+(?P<md_title>\S[^\n]*?)[ \t#]*"
    r"|(?P<book>(?:BOOK|PART|VOLUME|Book|Part|Volume)[ \t]+"
    rf"(?:{_ROMAN}|\d+|(?i:{_NUMBER_WORDS}))\b[^\n]{{0,80}}?)"
    r"|(?P<chapter>(?:CHAPTER|Chapter|CHAP\.|Chap\.|SECTION|Section)[ \t]+"
    rf"(?:{_ROMAN}|\d+|(?i:{_NUMBER_WORDS}))\b[^\n]{{0,80}}?)"
    rf"|(?P<cjk>第{_CJK_NUM}(?P<cjk_unit>[回章节卷部篇集])(?:[ \t\u3000]+[^\n]{{1,60}}?)?)"
    rf"|(?P<roman>(?:{_ROMAN}|\d+)\.?)"
    r"|(?P<caps>[A-Z][A-Z0-9 ,.;:'’\-—&()]{2,70}?)"
    r")[ \t\u3000]*$",
    re.MULTILINE,
)
_BASE_RANK = {"book": 1, "chapter": 2, "caps": 2, "roman": 3}
_CJK_RANK = {"卷": 1, "部": 1, "篇": 1, "集": 1, "回": 2, "章": 2, "节": 3}
_ISOLATED_ONLY = ("roman", "caps")  # weak patterns: need a blank line on both sides
_SENTENCE_END = re.compile(r"[.!?。！？…:：;；][”’\"'」』）)]*$|[。！？]")


@dataclass(frozen=True)
class Heading:
    start: int  # first non-space character of the heading line
    end: int  # end of the line (before its newline)
    title: str
    kind: str
    rank: int


def _blank_before(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos)
    if line_start < 0:
        return True
    prev_start = text.rfind("\n", 0, line_start)
    return not text[prev_start + 1 : line_start].strip()


def _blank_after(text: str, end: int) -> bool:
    nl = text.find("\n", end)
    if nl < 0:
        return True
    nxt = text.find("\n", nl + 1)
    return not text[nl + 1 : nxt if nxt >= 0 else len(text)].strip()


def find_headings(text: str) -> list[Heading]:
    """Heading lines of ``text`` in order (before the clean-ups of ``section_starts``)."""
    headings = []
    for m in _HEADING.finditer(text):
        kind = next(k for k in ("md", "book", "chapter", "cjk", "roman", "caps") if m.group(k))
        line = m.group(0)
        start = m.start() + len(line) - len(line.lstrip())
        end = m.end()
        title = " ".join(line.split())
        if kind == "md":
            rank = len(m.group("md"))
            title = m.group("md_title").strip()
        elif kind == "cjk":
            rank = _CJK_RANK[m.group("cjk_unit")]
        else:
            rank = _BASE_RANK[kind]
        if kind == "caps" and sum(c.isalpha() for c in title) < 3:
            continue
        if kind in _ISOLATED_ONLY and not (_blank_before(text, start) and _blank_after(text, end)):
            continue
        if kind == "cjk" and _SENTENCE_END.search(title):
            continue  # "第四回中既将...已表明，此回暂可不写了。" is prose, not a heading
        headings.append(Heading(start, end, title, kind, rank))
    return headings


def _bodyless(text: str, heading: Heading, next_start: int) -> bool:
    return not text[heading.end : next_start].strip()


def _clean_headings(text: str, headings: list[Heading]) -> list[Heading]:
    if not headings:
        return headings
    starts = [h.start for h in headings[1:]] + [len(text)]
    empty = [_bodyless(text, h, s) for h, s in zip(headings, starts, strict=False)]
    merged: list[Heading] = []
    merged_empty: list[bool] = []
    for h, is_empty in zip(headings, empty, strict=False):
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and merged_empty[-1]
            and prev.kind in ("book", "chapter", "cjk", "md")
            and h.kind in ("caps", "roman")
        ):
            merged[-1] = Heading(prev.start, h.end, f"{prev.title} {h.title}", prev.kind, prev.rank)
            merged_empty[-1] = is_empty
            continue
        merged.append(h)
        merged_empty.append(is_empty)
    # A run of >= 3 body-less headings is a table of contents: one section.
    kept: list[Heading] = []
    i = 0
    while i < len(merged):
        j = i
        while j < len(merged) and merged_empty[j]:
            j += 1
        if j - i >= 3:
            kept.append(merged[i])
            i = j  # the last entry (with the rest of the list as its body) stays a section
            continue
        kept.append(merged[i])
        i += 1
    return kept


def sections_from_headings(text: str, headings: list[Heading]) -> list[Section]:
    """Flat leaf sections covering ``text``; level = dense rank, 0 before any heading."""
    first_content = len(text) - len(text.lstrip())
    dense = {rank: i + 1 for i, rank in enumerate(sorted({h.rank for h in headings}))}
    sections: list[Section] = []
    if not headings or headings[0].start > first_content:
        sections.append(Section(0, 0, "", 0))
    for h in headings:
        sections.append(Section(h.start, 0, h.title, dense[h.rank]))
    out = []
    for i, s in enumerate(sections):
        start = 0 if i == 0 else s.start
        end = sections[i + 1].start if i + 1 < len(sections) else len(text)
        out.append(Section(start, end, s.title, s.level))
    return out


def find_sections(text: str) -> tuple[list[Section], list[Heading]]:
    """Sections of ``text`` and the heading lines that open them."""
    headings = _clean_headings(text, find_headings(text))
    return sections_from_headings(text, headings), headings


# --------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n\s*")
_INDENT = " \t\u3000"
_ENDS_SENTENCE = re.compile(r"[.!?。！？…:：;；][”’\"'」』）)]*[ \t]*$")


def _block_line_starts(text: str, start: int, end: int) -> list[int]:
    """Paragraph starts inside one blank-line-free block ``text[start:end]``."""
    block = text[start:end].rstrip()
    if "\n" not in block:
        return []
    lines = block.split("\n")
    offsets = []
    pos = start
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    lengths = [len(line.strip()) for line in lines]
    lengths_sorted = sorted(lengths)
    if lengths_sorted[len(lengths_sorted) // 2] > 200:  # one paragraph per line
        return [
            o + len(line) - len(line.lstrip())
            for o, line in zip(offsets[1:], lines[1:], strict=False)
        ]
    width = max(lengths)
    indented = [line[:1] in _INDENT and line.strip() != "" for line in lines]
    # An indented block (verse, a quotation) has every line indented: no signal.
    all_indented = all(indented[1:])
    starts = []
    for i in range(1, len(lines)):
        prev = lines[i - 1]
        ends = _ENDS_SENTENCE.search(prev) is not None
        short = lengths[i - 1] < 0.6 * width and len(lines) >= 3
        if (indented[i] and not all_indented and (ends or short)) or (ends and short):
            line = lines[i]
            starts.append(offsets[i] + len(line) - len(line.lstrip()))
    return starts


def paragraph_starts(text: str, forced: list[int] | np.ndarray = ()) -> np.ndarray:
    """Sorted paragraph start offsets (first is 0) of ``text``.

    ``forced`` starts (section and heading-line boundaries) are included, and the
    line after a forced heading is split off by the caller through ``forced`` too.
    """
    blank = [0] + [m.end() for m in _BLANK_LINES.finditer(text) if m.end() < len(text)]
    starts = list(blank)
    bounds = blank + [len(text)]
    for a, b in zip(bounds[:-1], bounds[1:], strict=False):
        starts.extend(_block_line_starts(text, a, b))
    all_starts = np.unique(np.asarray(starts + list(forced), dtype=np.int64))
    return all_starts[(all_starts >= 0) & (all_starts < len(text))]


def heading_paragraph_starts(text: str, headings: list[Heading]) -> list[int]:
    """A heading line is a paragraph of its own: its start and the next line's
    first non-space character."""
    out = []
    n = len(text)
    for h in headings:
        out.append(h.start)
        pos = h.end
        while pos < n and text[pos].isspace():
            pos += 1
        if pos < n:
            out.append(pos)
    return out


def section_path(sections: list[Section], index: int) -> list[str]:
    """Titles from the top level down to ``sections[index]`` (empty titles skipped).

    The parent of a section is the nearest earlier section with a smaller
    positive level.
    """
    current = sections[index]
    path = [current.title] if current.title else []
    level = current.level
    for j in range(index - 1, -1, -1):
        if level <= 1:
            break
        s = sections[j]
        if 0 < s.level < level:
            if s.title:
                path.append(s.title)
            level = s.level
    return path[::-1]
