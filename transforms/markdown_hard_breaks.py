"""Clause ``markdown_hard_breaks`` (session 43): a line of a Markdown source that ends in
two spaces or more ends in a hard break (CommonMark 6.7: the renderer writes ``<br />``
there), so the unwrap stage keeps its line break.

Normalization collapses runs of spaces (a trailing run keeps one space, as a line that
ended in one space does), so the unwrap stage cannot see the two spaces. They are read
before they are lost: ``normalize_document`` notes, for a ``.md`` / ``.markdown`` source
only (``cjk_markdown_lines.markdown_source``), the newlines of the normalized text that
end such a line (``Document.hard_breaks``, offsets; ``hard_break_ends``); the boilerplate
stage carries them through its cuts (``carried``: a newline still in the text keeps its
mark, one cut loses it); ``unwrap._find`` never joins the pair across a marked newline,
whatever the pair's script. jbts6+wuxia-novel's Markdown notes set one remark a line this
way ("…对话按错章抽取 → 真实率崩。  " over "**防**：Phase 2.2 交叉验证；…", ``LEARNINGS.md``),
which the stage ran together.

Guards: nothing for a source not named ``.md`` (a plain text's trailing spaces are the
page's padding: Chinese e-books pad lines with spaces); a line of spaces only marks nothing
(it is a blank line); the raw and normalized texts must hold the same lines, or nothing is
marked (normalization split or merged lines: ``line_break_controls``, glued paragraphs).
A backslash line end (CommonMark's other hard break) survives normalization and is not
read here. Cost: three substring scans of a Markdown source's raw text (a line ending in
two spaces?), then, only where one does, one regex pass (60 ms for 红楼梦's 1M characters,
a third of its normalization: review 43); nothing for other sources.
"""

from __future__ import annotations

import re

import numpy as np

MIN_SPACES = 2
# a run of spaces at a line's end (the regex seeks its leading space: fast in text with few
# spaces); the character before the run must be no whitespace (a spaces-only line is blank)
_HARD = re.compile(rf" {{{MIN_SPACES},}}$", re.M)


def hard_break_ends(raw: str, text: str) -> tuple[int, ...]:
    """The offsets in ``text`` (``raw`` normalized) of the newlines that end a line ending
    in ``MIN_SPACES`` spaces or more in ``raw``; () when none, or when the two texts do not
    hold the same number of lines."""
    run = " " * MIN_SPACES  # a line ending in the run (any line end), else no regex pass
    if run + "\n" not in raw and run + "\r" not in raw and not raw.endswith(run):
        return ()
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    ends = [m.end() for m in _HARD.finditer(raw) if m.start() and not raw[m.start() - 1].isspace()]
    if not ends:
        return ()
    raw_nl = np.flatnonzero(_code_points(raw) == 10)
    nl = np.flatnonzero(_code_points(text) == 10)
    if len(raw_nl) != len(nl):
        return ()
    rows = np.searchsorted(raw_nl, np.asarray(ends))  # the line each match ends
    return tuple(int(x) for x in nl[rows[rows < len(nl)]])


def carried(breaks: tuple[int, ...], out: str, to_input) -> tuple[int, ...]:
    """``breaks`` (newline offsets of the input) as offsets of ``out``, the input edited
    (``to_input``: the edit's ``OffsetMap``): the newlines of ``out`` that are copies of a
    marked one."""
    if not breaks:
        return ()
    nl = np.flatnonzero(_code_points(out) == 10)
    if not len(nl):
        return ()
    src = to_input.to_source(nl)
    ok = np.isin(src, np.asarray(breaks, dtype=np.int64))
    return tuple(int(x) for x in nl[ok])


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
