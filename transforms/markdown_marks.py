"""Markdown "#" heading marks of Chinese and Japanese texts, carried from the clean stage
to the structure stage (session 35).

oscarsun72+chtxt writes its books as Markdown: "# 老殘遊記|〔清〕劉鶚 著" over "## 第一回　土不制水
歷年成患　風能鼓浪到處可危". The structure stage read those lines as headings (kind ``md``, the
marks' count the level), but the marks themselves reached the training text. Named clauses
(tests in ``tests/transforms/test_markdown_marks.py``):

``markdown_heading_marks``
    the boilerplate stage (rule ``markdown_heading_mark``; ``--keep-boilerplate`` keeps
    them) cuts the marks and the spaces after them from a CJK text's heading lines and notes
    each line as a ``schemas.MarkupHeading`` (source ``"markdown"``, level = its count of
    "#"), as ``aozora_heading_marks`` does for Aozora's notes: the line, not an offset.
``markdown_text_is_marked``
    only a text written as Markdown: 3+ margin lines "#".."######", a space, then a title
    of at most ``MAX_TITLE`` characters holding a CJK character and ending in no sentence
    mark, and these at least ``HEADING_SHARE`` of its margin "# " lines (then the marks of
    all of them go: 梁書's one "# " line glued to its prose is Markdown too); the text's
    CJK characters outnumber its Latin letters (English Markdown keeps its marks:
    ``gutenberg_markup.markdown_stays``). Guards: "#" inside a line (prose), "#话题#" (a
    hashtag: no space after the mark) and "#1" (numbering: no space) are no heading
    marks. Clause ``markdown_closing_marks``: a heading's closing "#"s ("## 第一回 ##") are cut
    too. Clause ``markdown_code_fence``: a "# " line inside a "```" code block (a shell
    comment) is neither counted nor cut; "~~~" fences too.
``markdown_heading_apart``
    a heading line with a text line right above or under it gets a blank line there (the
    unwrapping stage would join them once the marks are gone).
``markdown_sections``
    (``transforms.structure.layout``) the text rules read the noted lines with their marks
    given back (the same headings, ranks and titles as before the cut, "#" over "##"); the
    headings' offsets are mapped to the cut text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from schemas import MarkupHeading
from transforms import literal_scan
from transforms.markup_headings import key_lines, line_key, starts_of_lines
from transforms.textedit import Edit

RULE = "markdown_heading_mark"
SOURCE = "markdown"
MIN_LINES = 3  # clause markdown_text_is_marked: heading lines a marked text has
MAX_TITLE = 40  # a heading's characters after its marks
HEADING_SHARE = 0.8  # of the text's margin "# " lines, those that are headings
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)  # "~~~": 诡秘之主's notes
_ATX = re.compile(r"^(#{1,6})[ \t\u3000]+(?=\S)", re.MULTILINE)
_CLOSING = re.compile(
    r"[ \t\u3000](?<![ \t\u3000][ \t\u3000])[ \t\u3000]*#+(?=[ \t\u3000]*$)"
)  # "## 第一回 ##": its closing marks
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = "。！？；，、.!?;,"
_CLOSERS = "」』”’）)》〉"


def markdown_mark_edits(text: str) -> list[Edit]:
    """Clause ``markdown_heading_marks``: the cuts of the heading marks of ``text``
    (``[]`` unless clause ``markdown_text_is_marked`` holds)."""
    if not (text.startswith("#") or "\n#" in text):  # literal prefilter
        return []
    fences = (
        _fenced(text) if literal_scan.holds(text, "```") or literal_scan.holds(text, "~~~") else []
    )
    cuts, like, marks = [], 0, 0
    for m in _ATX.finditer(text):
        if fences and bisect.bisect_right(fences, m.start()) % 2:
            continue  # clause markdown_code_fence: a shell comment in a code block
        end = text.find("\n", m.end())
        line = text[m.end() : len(text) if end < 0 else end]
        like += _heading_like(line.strip())
        marks += 1
        # clause markdown_heading_apart: a blank line sets the heading off from a text
        # line right above or under it, which the unwrapping stage would join to it
        # (孟子's "## 離婁下" over "孟子曰：「舜生於諸馮…"; the marks kept them apart)
        # (a line of spaces is blank: 北史's "　" lines above its 卷 headings)
        above = m.start() > 0 and text[text.rfind("\n", 0, m.start() - 1) + 1 : m.start()].strip()
        cuts.append(Edit(m.start(), m.end(), "\n" if above else "", RULE))
        closing = _CLOSING.search(line)  # clause markdown_closing_marks: "## 第一回 ##"
        if closing and line[: closing.start()].strip():
            cuts.append(Edit(m.end() + closing.start(), m.end() + closing.end(), "", RULE))
        under = text.find("\n", end + 1) if end >= 0 else -1
        if end >= 0 and text[end + 1 : len(text) if under < 0 else under].strip():
            if not _ATX.match(text, end + 1):  # a heading under it: its own blank line above
                cuts.append(Edit(end, end, "\n", RULE))
    if like < MIN_LINES or like < HEADING_SHARE * marks:
        return []
    sample = text[:200_000]
    if len(_CJK.findall(sample)) <= len(_LATIN.findall(sample)):
        return []
    return cuts


def _fenced(text: str) -> list[int]:
    """The offsets where "```" or "~~~" code blocks open and close (sorted, in pairs)."""
    out = [m.start() for m in _FENCE.finditer(text)]
    return out if len(out) % 2 == 0 else out + [len(text)]


def _heading_like(title: str) -> bool:
    """A heading's words: short, a CJK character, no sentence mark at the end."""
    words = title.rstrip("#").rstrip()
    if not words or len(words) > MAX_TITLE or not _CJK.search(words):
        return False
    return words.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END


def markdown_marks(text: str, edits: list[Edit], cleaned: str) -> tuple[MarkupHeading, ...]:
    """Clause ``markdown_heading_marks``: the lines of ``cleaned`` (``text`` with
    ``edits``, sorted and non-overlapping, applied) whose marks ``edits`` cut."""
    if not any(e.rule == RULE for e in edits):
        return ()
    line_starts = starts_of_lines(cleaned)
    marked = []  # (edit, its line, the line's text)
    shift = 0
    for e in edits:
        shift += len(e.replacement) - (e.end - e.start)
        if e.rule != RULE or e.end == e.start:
            continue  # not a mark (a blank line of clause markdown_heading_apart)
        line = bisect.bisect_right(line_starts, e.end + shift) - 1
        end = cleaned.find("\n", line_starts[line])
        marked.append((e, line, cleaned[line_starts[line] : len(cleaned) if end < 0 else end]))
    # Clause line_keys_gate (transforms.markup_headings): only the marked lines' keys.
    found = key_lines(cleaned, {line_key(words) for _, _, words in marked} - {""})
    out, last = [], -1
    for e, line, words in marked:
        key = line_key(words)
        if not key or line <= last:
            continue  # a heading's closing marks (clause markdown_closing_marks): its line
        last = line
        before = bisect.bisect_left(found[key], line)
        level = text.count("#", e.start, e.end)
        out.append(
            MarkupHeading(level, words.strip(), before, len(found[key]) - before - 1, SOURCE)
        )
    return tuple(out)


def markdown_headings(text: str, marks, find_headings, contents_out: list | None = None) -> list:
    """Clause ``markdown_sections``: ``find_headings`` (``transforms.sections``) of
    ``text`` with the marks of ``marks`` given back to their lines; offsets of ``text``."""
    # Clause line_keys_gate (transforms.markup_headings): only the marks' titles' keys.
    where = key_lines(text, {line_key(mark.title) for mark in marks} - {""})
    starts = starts_of_lines(text)
    inserts: list[tuple[int, str]] = []  # (offset in text, the marks given back)
    last = -1
    for mark in marks:
        positions = where.get(line_key(mark.title), [])
        if len(positions) != mark.before + 1 + mark.after or positions[mark.before] <= last:
            continue  # rule markup_line: a line a later stage changed is not used
        last = positions[mark.before]
        inserts.append((starts[last], "#" * mark.level + " "))
    if not inserts:
        return find_headings(text, contents_out=contents_out)
    pieces, at, virtual = [], 0, []  # virtual: where each insert starts in the marked text
    added = 0
    for pos, marks_text in inserts:
        pieces.append(text[at:pos])
        virtual.append(pos + added)
        pieces.append(marks_text)
        added += len(marks_text)
        at = pos
    pieces.append(text[at:])
    lengths = [len(m) for _, m in inserts]
    before = [0]
    for n in lengths:
        before.append(before[-1] + n)

    def back(p: int) -> int:
        k = bisect.bisect_right(virtual, p) - 1  # the last insert starting at or before p
        if k < 0:
            return p
        if p < virtual[k] + lengths[k]:
            return virtual[k] - before[k]  # inside the marks: their line's start
        return p - before[k + 1]

    spans: list | None = [] if contents_out is not None else None
    found = find_headings("".join(pieces), contents_out=spans)
    if contents_out is not None:
        contents_out.extend((back(a), back(b)) for a, b in spans)
    return [dataclasses.replace(h, start=back(h.start), end=back(h.end)) for h in found]
