"""Aozora Bunko's heading notes, carried from the clean stage to the structure stage.

An Aozora Bunko text names its headings in the typist's notes (``transforms.aozora``):
"一［＃「一」は中見出し］", "［＃中見出し］一［＃中見出し終わり］", 大/中/小 levels and the
同行 (run-in) and 窓 forms. Rule ``aozora_markup`` cuts the notes; before session 29 the
structure stage then had to infer the headings again (precision 84-98%, recall 73-87% on
three 80-book samples), and a run-in heading (同行: "一月一日［＃「一月一日」は同行中見出し］
（土曜）晴") was glued into its paragraph. Named clauses (tests in
``tests/transforms/test_aozora_headings.py``):

``aozora_heading_marks``
    the boilerplate stage, cutting the notes, notes each heading note's line of the
    text it leaves as a ``schemas.MarkupHeading`` (level 1 大, 2 中, 3 小; source
    ``"aozora"``; the line's place among the lines with its words, as
    ``transforms.markup_headings.located`` does for an EPUB's h-tags): the line, not an
    offset, so the unwrapping and markup stages after it (which move offsets) need no
    map, and a line they change is not used (rule ``markup_line``). A note inside a
    cut legend or colophon names nothing. A document that already has markup headings
    (an EPUB, an HTML page) keeps them.
``aozora_heading_lines``
    a heading the notes enclose over lines ("［＃ここから中見出し］一、古市加十、月を見る事
    ／　　並に美人の嬌態の事／［＃ここで中見出し終わり］", 久生十蘭「魔都」) is noted by its first
    line and its count of lines with text (``MarkupHeading.lines``); its section's heading
    spans them and its title joins them.
``aozora_sections``
    (``transforms.markup_headings.with_markup_headings``) with any such line found in
    the cleaned text, the book's sections are exactly its noted headings, 大 over 中
    over 小, each titled by its line (the heading without the note); the text rules'
    headings are dropped. A text without heading notes keeps the text rules' sections.
``aozora_run_in_line`` (``transforms.aozora``)
    a run-in (同行) or window (窓) heading sharing its line with text is set apart: its
    note becomes a blank line, and a blank line goes before it when text comes first on
    its line ("（月曜）曇◎～二十一日［＃「二十一日」は同行中見出し］"), so the heading is
    no part of a paragraph (a single line break: the unwrapping stage joined the
    unindented rest of the line back to it).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from schemas import MarkupHeading
from transforms import literal_scan
from transforms.markup_headings import line_keys, starts_of_lines
from transforms.textedit import Edit
from transforms.unclosed_openers import sub_shut

LEVELS = {"大": 1, "中": 2, "小": 3}
# The two forms of a heading note (as bench/aozora_headings.py reads them): after the
# heading, "一［＃「一」は中見出し］" (anchor: the note's start, on the heading's line), or
# around it, "［＃中見出し］一［＃中見出し終わり］" (anchor: the opening note's end).
AFTER = re.compile(r"［＃「(?:[^」［］]|［＃[^］]*］)+」は(?:同行|窓)?([大中小])見出し］")
AROUND = re.compile(
    r"［＃(?:ここから)?(?:同行|窓)?([大中小])見出し］(.*?)［＃(?:ここで)?(?:同行|窓)?[大中小]見出し終わり］",
    re.DOTALL,
)
_NOTE = re.compile(r"［＃[^］\n]*］")
# Clause after_note_once (session 47, cost only, the same matches): ``AFTER``'s title is a run
# of items, a character of ``[^」［］]`` or a note "［＃…］" that ends at the first "］" (one way
# to read it), so the run from a "［＃「" ends at one place and the tail must follow there
# (it opens with "」", which no item does). Tried from every "［＃「", ``AFTER`` read each
# one's run to its end ("［＃「" n times: the first "］" after them each time, 0.51 s at 32k in
# clean, x4 per doubling). A later start inside a run is a note of the run or inside one:
# its run either reads through that note's "］" and on as the first one (the same end, the
# same answer) or stops inside it, and then its tail ends at that "］" (the tail's own
# "］"): a match inside the note, which ``_AFTER_IN`` finds (no "［" in its title). So the
# run is taken whole (possessive) with an optional tail; where the tail fails, each of the
# run's notes is searched for a match of its own, and the scan goes on at the run's end.
# No match ends after the text's last "］", so nothing after it is read.
_AFTER_RUN = re.compile(
    r"［＃「(?:[^」［］]|［＃[^］]*］)++(?:」は(?:同行|窓)?([大中小])見出し］)?"
)
_AFTER_IN = re.compile(r"［＃「[^」［］]+」は(?:同行|窓)?([大中小])見出し］")
_ITEM = re.compile(r"［＃[^］]*］")


def after_notes(text: str) -> list[tuple[int, str]]:
    """Clause ``after_note_once``: ``(m.start(), m.group(1))`` of ``AFTER.finditer(text)``,
    each character read a bounded number of times."""
    out = []
    for m in _AFTER_RUN.finditer(text, 0, text.rfind("］") + 1):
        if m.group(1) is not None:
            out.append((m.start(), m.group(1)))
            continue
        for item in _ITEM.finditer(text, m.start() + 3, m.end()):
            inner = _AFTER_IN.search(text, item.start(), item.end())
            if inner:
                out.append((inner.start(), inner.group(1)))
    return out


_OPEN = re.compile(r"［＃(?:ここから)?(?:同行|窓)?[大中小]見出し］")


def aozora_marks(text: str, edits: list[Edit], cleaned: str) -> tuple[MarkupHeading, ...]:
    """Clause ``aozora_heading_marks``: the heading notes of ``text`` as lines of
    ``cleaned`` (``text`` with ``edits``, sorted and non-overlapping, applied); ``()``
    when ``edits`` cut no note (rule ``aozora_markup`` off, or no notes)."""
    if not literal_scan.holds(text, "見出し") or not any(e.rule == "aozora_markup" for e in edits):
        return ()
    anchors = [(start, LEVELS[level], 1) for start, level in after_notes(text)]
    for m in AROUND.finditer(text):  # clause aozora_heading_lines: its lines with text
        if _OPEN.search(m.group(2)):
            continue  # an unclosed note's span: two headings' text
        # clause unclosed_opener_once (transforms.unclosed_openers): the same lines, read once
        lines = m.group(2).split("\n")
        lines = sum(1 for line in lines if sub_shut(_NOTE, "", line, "［＃", "］").strip())
        anchors.append((_OPEN.match(text, m.start()).end(), LEVELS[m.group(1)], max(lines, 1)))
    if not anchors:
        return ()
    anchors.sort()
    starts = [e.start for e in edits]
    ends = [e.end for e in edits]
    shift, shifts = 0, []  # output offset - input offset after each edit
    for e in edits:
        shift += len(e.replacement) - (e.end - e.start)
        shifts.append(shift)
    line_starts = starts_of_lines(cleaned)
    keys = line_keys(cleaned)
    counts = Counter(keys)
    found: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        found.setdefault(k, []).append(i)
    out, last = [], -1
    for pos, level, span in anchors:
        k = bisect.bisect_right(starts, pos) - 1  # the last edit starting at or before pos
        if k >= 0 and edits[k].end > pos and edits[k].start < pos:
            if edits[k].rule != "aozora_markup":
                continue  # a note of a cut legend or colophon
            pos = edits[k].end
        j = bisect.bisect_right(ends, pos) - 1  # the edits wholly before pos
        at = pos + (shifts[j] if j >= 0 else 0)
        line = bisect.bisect_right(line_starts, at) - 1
        key = keys[line] if 0 <= line < len(keys) else ""
        if not key or line <= last:
            continue
        last = line
        before = bisect.bisect_left(found[key], line)
        title = _line(cleaned, line_starts, line)
        after = counts[key] - before - 1
        out.append(MarkupHeading(level, title.strip(), before, after, "aozora", span))
    return tuple(out)


def _line(text: str, starts: list[int], i: int) -> str:
    end = text.find("\n", starts[i])
    return text[starts[i] : len(text) if end < 0 else end]


def noted_sections(lines, confirmed, headings: list) -> list:
    """Clause ``aozora_sections`` (called by ``transforms.markup_headings``): the noted
    headings ``confirmed`` (``(line, MarkupHeading)`` in ``lines``, a
    ``transforms.contents.scan_lines``) as the book's sections, with the text rules'
    ``headings`` that clauses ``aozora_sections_front`` and ``aozora_sections_diary``
    keep; ``[]`` when none is confirmed."""
    return _with_front(headings, _noted(lines, confirmed))


def _heading_class():
    from transforms.sections import Heading

    return Heading


def _noted(lines, confirmed) -> list:
    """Clause ``aozora_sections``: an Aozora text's noted headings, its lines as titles,
    大 over 中 over 小 (the note's level is the rank)."""
    Heading = _heading_class()
    out = []
    for i, mark in confirmed:
        # clause aozora_heading_lines: a heading the notes enclose over lines
        rows = [i] + [j for j in range(i + 1, len(lines.blank)) if not lines.blank[j]][
            : mark.lines - 1
        ]
        title = "".join(lines.texts[j].strip() for j in rows)
        out.append(Heading(lines.starts[i], lines.ends[rows[-1]], title, "aozora", mark.level))
    return out


def _with_front(headings: list, noted: list) -> list:
    """Clause ``aozora_sections_front``: the text rules' headings wholly before the first
    noted heading stay, ahead of the noted ones and ranked as the highest of them (a
    story's title line the notes leave unnoted, "第九話　江戸に帰った退屈男" over its
    noted "一", "二", "三", 佐々木味津三「旗本退屈男」). Clause ``aozora_sections_diary``: a
    diary's dated entries the text rules found (kind ``"diary"``) under the noted headings
    stay too, one rank below the lowest noted one (the days "三月二十四日　晴" under the
    noted "遠山入り", "山へ", 松濤明「春の遠山入り」); a noted line is never doubled."""
    if not noted:
        return noted
    top = min(h.rank for h in noted)
    Heading = _heading_class()
    front = [
        Heading(h.start, h.end, h.title, h.kind, top) for h in headings if h.end < noted[0].start
    ]
    # clause aozora_sections_diary: the inferred dated entries under the noted headings
    low = max(h.rank for h in noted) + 1
    entries = [
        Heading(h.start, h.end, h.title, h.kind, low)
        for h in headings
        if h.kind == "diary"
        and h.end >= noted[0].start
        and not any(n.start <= h.end and h.start <= n.end for n in noted)
    ]
    return front + sorted(noted + entries, key=lambda h: h.start)
