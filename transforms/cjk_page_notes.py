"""A printed page's footnotes that cut a Chinese sentence in two (session 55, rule
``page_furniture``).

Clause ``page_foot_notes_after_paragraph``: a book set from printed pages (阿庇安《罗马史》,
hankinghu+literature-books) keeps each page's footnotes where the page ended: a full line
with no sentence end ("…但是并未含有引用他们的"), the page's notes ("⑤ 君士坦丁第七（公元
912—959 年）。——译者", each opening with a circled number and a space, wrapped lines
after them), one blank line (the page break), then the rest of the sentence ("著作的意思。
他没有提到…"). Unwrapping cannot join the halves across the notes. The run of notes is cut
where it stands (with the blank line) and put back, unchanged, as lines of their own right
after the interrupted paragraph's last line: the sentence reads whole and no note is lost.

The shape is proved, never guessed: the line above fills 85% of the document's wrap width
(the most common width of its first 5,000 lines, CJK and ambiguous marks counted double) and ends in no sentence end ("，" "、" leave
it open; "：" closes it, clause ``page_notes_not_after_colon``; a note anchor after a stop,
"…于你们。①", does not);
the run's first line opens with a circled number ①-⑳ and a space (later note lines may
open with "(10) "); exactly one blank line follows; the line under it starts flush with a
Han character or a closing mark (no indent, no number, no heading). The paragraph's end
is the first line from there on that ends a sentence and is shorter than full or is
followed by a line that opens a paragraph (an indent, "10.汉尼拔…", "Ⅳ. 坎尼之役", "第N章"),
or the last line before a blank line; no such end within ``_REACH`` lines, or another note run on the
way: nothing moves. Cost: one literal search for "\\n①".."\\n⑳" per document; the line
scan runs only where one is found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from transforms.textedit import Edit

RULE = "page_furniture"
_NOTE_START = re.compile(r"[①-⑳][ \u3000]")
_NOTE_LINE = re.compile(r"(?:[①-⑳]|\(\d{1,3}\))[ \u3000]")
# a line that ends in none of these is open ("，" "、"); clause page_notes_not_after_colon
# (review): "：" ":" end a list's or a quotation's introduction ("…主要的任务有以下三项：" over
# "① 发展农业…" "② …"), never a proved page cut (0 of 罗马史's 278 moves follow one)
_OPEN_END = "。！？…；.!?;”」』）)—：:"
_SENTENCE_END = "。！？…!?”」』"
# a line that opens a paragraph after a full line that ends a sentence: an indent, a
# numbered section ("10.汉尼拔…", "Ⅳ. 坎尼之役"), a chapter line
_PARAGRAPH_START = re.compile(
    r"[ \t\u3000]|[0-9０-９]+ ?[.．、]|[Ⅰ-ⅫA-Z]+ ?[.．、]|第.{1,8}[章节卷回篇]"
)
_ANCHORS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_REACH = 40  # lines searched for the interrupted paragraph's end
_MIN_WIDTH = 20  # a document whose lines are shorter is not a wrapped page
_SAMPLE = 5000  # lines whose widths give the page width
_FULL = 0.85  # of the page width: a line with a few narrow marks ("·", "⑨") is still full


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line.rstrip())


def _han_or_closing(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c in "，。、；：）」』”"


def page_note_moves(text: str) -> list[Edit]:
    """The cut and the insertion of each page's footnote run (module doc), sorted."""
    if not any(f"\n{c}" in text for c in _ANCHORS):
        return []
    lines = text.split("\n")
    widths = Counter(w for w in map(_width, lines[:_SAMPLE]) if w >= _MIN_WIDTH)
    if not widths:
        return []
    full = widths.most_common(1)[0][0] * _FULL
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edits: list[Edit] = []
    i = 1
    while i < len(lines):
        if not _NOTE_START.match(lines[i]):
            i += 1
            continue
        j = i  # the run's block ends at the next blank line; a later note line in it
        while j < len(lines) and lines[j].strip():  # is the run's, never a run's start
            j += 1
        move = _move(text, lines, starts, i, j, full)
        if move is None:
            i = j
            continue
        edits += move[0]
        i = move[1]
    return edits


def _move(text, lines, starts, i, j, full):
    """The two edits of the note run on lines ``i`` to ``j`` (a blank line) and the line
    to resume the scan at."""
    above = lines[i - 1].rstrip().rstrip(_ANCHORS)  # "…于你们。①" ends its sentence
    if not above or above[-1] in _OPEN_END or _NOTE_LINE.match(above) or _width(above) < full:
        return None
    resume = j + 1
    if resume >= len(lines) or not lines[resume] or not _han_or_closing(lines[resume][0]):
        return None
    end = _paragraph_end(lines, resume, full)
    if end is None:
        return None
    notes = text[starts[i] : starts[j]]  # the run's lines, each with its newline
    cut = Edit(starts[i], starts[resume], "", RULE)
    at = starts[end] + len(lines[end])
    return [cut, Edit(at, at, "\n" + notes.rstrip("\n"), RULE)], end + 1


def _paragraph_end(lines, resume, full):
    for k in range(resume, min(len(lines), resume + _REACH)):
        line = lines[k].rstrip()
        if _NOTE_START.match(line):
            return None  # the next page's notes before this paragraph ends
        if k + 1 >= len(lines) or not lines[k + 1].strip():
            return k
        if line and line[-1] in _SENTENCE_END:
            if _width(line) < full or _PARAGRAPH_START.match(lines[k + 1]):
                return k
    return None


def with_page_note_moves(text: str, merged: list[Edit]) -> list[Edit]:
    """``merged`` (sorted, non-overlapping cuts) with the note moves that touch none of
    them: a move whose cut or insertion meets another cut is left out whole (the cuts
    merge by overlap, and a merged insertion would lose the notes)."""
    moves = page_note_moves(text)
    if not moves:
        return merged
    kept: list[Edit] = []
    for cut, put in zip(moves[::2], moves[1::2], strict=True):
        if not any(_meets(e, cut) or _meets(e, put) for e in merged):
            kept += [cut, put]
    return sorted(merged + kept, key=lambda e: (e.start, e.end))


def _meets(e: Edit, m: Edit) -> bool:
    return e.start <= m.end and m.start <= e.end
