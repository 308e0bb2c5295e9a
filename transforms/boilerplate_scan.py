"""Line and paragraph scans the boilerplate rules share (``transforms.boilerplate``).

Line patterns start with a literal "\\n" (``lines_matching`` also tries them at
offset 0): a "^" pattern under MULTILINE runs at ~70M characters/s, these at
200-350M/s. Moved from ``transforms.boilerplate`` in session 26, unchanged.
"""

from __future__ import annotations

import re

_BLANKS_AFTER = re.compile(r"(?:[ \t]*\n)*")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
AFTER_BLANK_LINE = re.compile(r"\n[ \t]*\n[ \t]*\Z")
TWO_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t]*\n")


def lines_matching(rx: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """(line start, match end, match) of a "\\n"-prefixed line pattern; line 1 counts too."""
    end = len(text) if end is None else end
    if start == 0:
        m = rx.match("\n" + text[:1000])
        if m and m.end() - 1 <= end:
            yield 0, m.end() - 1, m
    # From the newline before ``start``, so a line starting at ``start`` counts.
    for m in rx.finditer(text, max(start - 1, 0), end):
        yield m.start() + 1, m.end(), m


def line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def skip_blank_lines(text: str, pos: int) -> int:
    return _BLANKS_AFTER.match(text, pos).end()


def paragraphs(text: str, start: int, end: int):
    """(start, end) of the blank-line separated paragraphs that start in
    [start, end), each to its own end (a zone boundary never cuts one)."""
    if start > 0 and not AFTER_BLANK_LINE.search(text, max(0, start - 200), start):
        m = PARAGRAPH_BREAK.search(text, start)  # begin at a paragraph start
        start = m.end() if m else len(text)
    pos = skip_blank_lines(text, start)
    while pos < min(end, len(text)):
        m = PARAGRAPH_BREAK.search(text, pos)
        stop = m.start() + 1 if m else len(text)
        if text[pos:stop].strip():
            yield pos, stop
        pos = skip_blank_lines(text, m.end()) if m else len(text)


def mentions_gutenberg(text: str) -> bool:
    # str.find is several times faster than any case-insensitive regex scan.
    return "utenberg" in text or "UTENBERG" in text or "SMALL PRINT" in text
