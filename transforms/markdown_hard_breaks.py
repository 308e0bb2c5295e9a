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
Cost: three substring scans of a Markdown source's raw text (a line ending in
two spaces?), then, only where one does, one regex pass (60 ms for 红楼梦's 1M characters,
a third of its normalization: review 43); nothing for other sources.

Clause ``hard_break_line_controls`` (session 44): the two spaces may end a line whose break
is a form feed, a vertical tab or NEL (U+0085), which normalization makes a newline between
two characters (clause ``line_break_controls``), as it splits a CJK export's fields and
glued paragraphs: the raw and normalized texts then hold different numbers of lines and
session 43 marked nothing in the file. Now, when the two texts' lines differ or a run ends
before such a control, the raw text is normalized once more with a noncharacter (U+FDD0,
or the next one the text does not hold) after each run: the newline that follows a noncharacter in that text is the break (its
offset less the noncharacters before it); the result must be the normalized text once the
noncharacters are gone, else nothing is marked. A line separator (U+2028 / U+2029) is no
control: normalization keeps it, and with it the break (nothing to mark).

Clause ``markdown_backslash_breaks`` (session 44): CommonMark's other hard break, a
backslash at a line's end ("第一行\\" over "第二行"), in a Markdown source: the backslash
(an odd run's last, with the spaces before it) is dropped and the newline is marked like a
two-space break. Guards: not in a fenced or indented code block (a shell command's "\\"
continuation, jbts6's notes: 20 of the mirror .md files); not before a blank line or the
text's end (CommonMark: a backslash ending a block is literal); not on a heading line
("#"), a table row ("|") or a line of only the backslash; an even run is escaped
backslashes (kept). Never in a ``.txt`` source.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

MIN_SPACES = 2
# a run of spaces at a line's end (the regex seeks its leading space: fast in text with few
# spaces); the character before the run must be no whitespace (a spaces-only line is blank)
_HARD = re.compile(rf" {{{MIN_SPACES},}}(?=[\n\v\f\x85]|\Z)")
# clause hard_break_line_controls: the controls normalization may make a newline
_LINE_CONTROLS = "\v\f\x85"
# noncharacters U+FDD0-U+FDEF: the first the raw text does not hold marks the runs
_MARKS = tuple(map(chr, range(0xFDD0, 0xFDF0)))
# clause markdown_backslash_breaks: an odd run of backslashes ending a line (and the spaces
# before it) over a line with text; the line's text before it is checked in the function
_BACKSLASH = re.compile(r"(?<!\\)(?:\\\\)*\\(?=\n[^\S\n]*\S)")


def markdown_breaks(raw: str, text: str) -> tuple[str, tuple[int, ...]]:
    """A Markdown source's hard breaks: ``text`` (``raw`` normalized) without its
    backslash breaks' backslashes, and the offsets there of the newlines of both kinds of
    hard break (``normalize_document``'s ``Document.text`` and ``hard_breaks``; pass them
    to ``clean_text``)."""
    return backslash_breaks(text, hard_break_ends(raw, text))


def hard_break_ends(raw: str, text: str) -> tuple[int, ...]:
    """The offsets in ``text`` (``raw`` normalized) of the newlines that end a line ending
    in ``MIN_SPACES`` spaces or more in ``raw``; () when none, or when the two texts'
    lines cannot be matched (clause ``hard_break_line_controls``)."""
    run = " " * MIN_SPACES  # a line ending in the run (any line end), else no regex pass
    ends_run = run + "\n" in raw or run + "\r" in raw or raw.endswith(run)
    if not ends_run and not any(run + c in raw for c in _LINE_CONTROLS):
        return ()
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    runs = [m for m in _HARD.finditer(raw) if m.start() and not raw[m.start() - 1].isspace()]
    if not runs:
        return ()
    raw_nl = np.flatnonzero(_code_points(raw) == 10)
    nl = np.flatnonzero(_code_points(text) == 10)
    controls = any(raw[m.end() : m.end() + 1] in _LINE_CONTROLS for m in runs if m.end() < len(raw))
    if controls or len(raw_nl) != len(nl):
        return _marked_ends(raw, text, [m.end() for m in runs])
    rows = np.searchsorted(raw_nl, np.asarray([m.end() for m in runs]))  # the line each ends
    return tuple(int(x) for x in nl[rows[rows < len(nl)]])


def _marked_ends(raw: str, text: str, ends: list[int]) -> tuple[int, ...]:
    """Clause ``hard_break_line_controls``: ``raw`` normalized with a mark after each run
    (``ends``); the newline right after a mark is a break. The mark is the first noncharacter
    of U+FDD0-U+FDEF that ``raw`` does not hold (review 44: a text holding U+FDD0 lost
    every such break); a text holding all 32 marks nothing."""
    from transforms.normalize import normalize_text  # normalize imports this module

    mark = next((c for c in _MARKS if c not in raw), None)  # a user's U+FDD0: the next
    if mark is None:
        return ()
    parts, pos = [], 0
    for end in ends:
        parts += [raw[pos:end], mark]
        pos = end
    marked = normalize_text("".join(parts) + raw[pos:])
    if marked.replace(mark, "") != text:
        return ()
    out, seen = [], 0
    for at in (m.start() for m in re.finditer(mark, marked)):
        seen += 1
        if marked[at + 1 : at + 2] == "\n":
            out.append(at + 1 - seen)
    return tuple(out)


def backslash_breaks(text: str, marks: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
    """Clause ``markdown_backslash_breaks``: ``text`` (normalized Markdown) without the
    backslashes that end a line as a hard break, and the offsets of the newlines they ended
    merged with ``marks`` (newline offsets of ``text``, moved to the new text)."""
    if "\\\n" not in text:
        return text, marks
    from transforms.code_blocks import code_spans

    spans = code_spans(text)
    cuts = []
    for m in _BACKSLASH.finditer(text):
        at = m.end() - 1  # the run's last backslash (the pairs before it are escapes)
        start = text.rfind("\n", 0, at) + 1
        line = text[start:at].strip()
        if not line or line[0] in "#|" or any(a <= at < b for a, b in spans):
            continue
        cut = at if at > m.start() else start + len(text[start:at].rstrip(" \t"))
        cuts.append((cut, m.end()))
    if not cuts:
        return text, marks
    parts, pos = [], 0
    for start, end in cuts:
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    starts = np.asarray([c[0] for c in cuts], dtype=np.int64)
    lost = np.cumsum([end - start for start, end in cuts])  # cut up to and with each
    at = np.asarray(list(marks) + [end for _, end in cuts], dtype=np.int64)
    k = np.searchsorted(starts, at, side="right")  # the cuts before each newline
    moved = at - np.where(k > 0, lost[np.maximum(k - 1, 0)], 0)
    return "".join(parts), tuple(sorted({int(x) for x in moved}))


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
    ok = isin(src, np.asarray(breaks, dtype=np.int64))
    return tuple(int(x) for x in nl[ok])


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
