"""Fenced code blocks: text that must stay exactly as written.

Rule ``fenced_code``: a line whose first non-space characters are three or more
backticks (Markdown's fence, CommonMark 4.5), or three or more tildes followed by
an info string ("~~~python"), opens a block; it runs to the next line made only
of at least as many of the same character (spaces around them allowed). A
backtick fence's info string holds no backtick, so a line of inline code
("```x``` is code") opens nothing. Stricter than CommonMark, because plain text
is not Markdown: a fence that is never closed opens nothing (CommonMark runs it
to the end of the document), and a line of bare tildes is a scene break or a
rule line ("~~~~~~~~~~" around a web notice), not a fence: two of them would
otherwise turn a chapter into code.

Inside a block, indentation and line breaks are the code's syntax (Python's
indentation, a shell script's lines), so the stages that reshape layout leave
it alone: ``transforms.normalize`` keeps its runs of spaces, ``transforms.unwrap``
joins none of its lines, and ``transforms.sections`` takes none of its lines for
a heading (a shell comment "# edit, add, commit" is not a Markdown heading).

Unlike CommonMark, a fence may be indented by any amount, so collapsing the
spaces in front of a fence never turns a line into a fence or back (the spans
of a normalized text are those of the text it came from).

Cost: two substring searches on text without fences; otherwise one regex scan.
"""

from __future__ import annotations

import re

import numpy as np

_OPEN = re.compile(r"^[ \t]*(`{3,}(?=[^`\n]*$)|~{3,}(?=[ \t]*[^\s~][^\n]*$))", re.MULTILINE)


def fenced_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each fenced code block of ``text``, in order: from the
    opening fence line's first character to the end of the closing fence line
    (its newline excluded)."""
    if "```" not in text and "~~~" not in text:
        return []
    spans = []
    pos = 0
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            return spans
        fence = m.group(1)
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        line_end = text.find("\n", m.end())
        c = close.search(text, line_end) if line_end >= 0 else None
        if c is None:  # never closed: not a block; look on from the next line
            if line_end < 0:
                return spans
            pos = line_end + 1
            continue
        spans.append((m.start(), c.end()))
        pos = c.end() + 1


def inside(spans: list[tuple[int, int]], positions: np.ndarray) -> np.ndarray:
    """For each position, whether it lies in one of ``spans`` (sorted, disjoint)."""
    positions = np.asarray(positions)
    if not spans:
        return np.zeros(positions.shape, dtype=bool)
    starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
    ends = np.fromiter((b for _, b in spans), dtype=np.int64, count=len(spans))
    k = np.searchsorted(starts, positions, side="right") - 1
    return (k >= 0) & (positions < ends[np.maximum(k, 0)])
