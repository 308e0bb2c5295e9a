"""Hierarchy above sentences: sections from confirmed headings, then paragraphs.

Both are returned as sorted *start offsets* into the clean text (a unit runs
to the next start), so coverage is exact by construction and nesting is a
subset relation: every section start is a paragraph start.

Headings come from evidence, not from the look of one line.
``transforms.headings`` lists the candidate lines; this module keeps those the
document confirms (each rule named, in order):

1. ``contents_list``: a contents list, a list of illustrations or an index is
   the same headings compressed into a small span. Its lines are never
   headings: the lines after an opener ("CONTENTS", "Contents", "INDEX", 目录 ...)
   up to the next gap of two blank lines, and every cluster of candidates with
   no real text between them (less than ``real_text_chars`` characters and
   three lines) that repeats a series ("CHAPTER 1", "CHAPTER 2"), or stacks three
   or more title lines (a title page, an epitaph). Its entries are kept to
   confirm unnumbered headings later.
2. ``numbering``: numbered candidates (``IV.``, ``— 3 —``, ``XII  Ghek Plays
   Pranks``) are confirmed when their series advances: a value follows the
   previous one by one (or restarts at 1). Keyword and CJK headings (``CHAPTER
   IV``, ``Scene II.``, ``第十二回``) are confirmed on their own: the keyword is
   the evidence, and mentions in prose were never candidates.
3. ``named``: PREFACE, INTRODUCTION, Epilogue ... followed by a blank line.
4. ``contents_match``: a line in capitals is a heading when a contents list
   names it ("ON THE RIVER ISS" / "On the River Iss"); its indentation there
   gives its level.
5. ``layout``: in a document without numbered chapters, a line in capitals
   after two blank lines, followed by a blank line and real text.
6. ``title_line``: a numbered heading without a title takes the short isolated
   line after it ("CHAPTER I" + "Loomings"); two adjacent capital lines are one
   heading ("PREFACE TO THE SECOND" / "EDITION.").
7. ``running_head``: a repeated heading ("ACT I." before every scene of act I)
   followed by a lower heading that continues its numbering, or by the next
   heading of its own series, opens nothing.

Speaker tags in plays ("SECOND LORD." with the speech on the next line) are
never confirmed: a line in capitals needs a blank line after it and one of
rules 4-5. Levels: parts and books > chapters and named sections > sections >
scenes > bare numbers; ranks present in a document are made dense (1 = top).
Text before the first heading is a level-0 section titled "".

Paragraphs: a blank line always separates two. Inside a block without blank
lines, a line starts a new paragraph when it is indented and the previous line
ends a sentence (or is short), or, when the block's lines are long (median >
200 characters: one paragraph per line, as after unwrapping), at every line.
Heading lines are paragraphs of their own.

Cost: one pass over the lines (candidates are parsed only for lines of at most
150 characters) plus per-candidate work; well over 10M characters/s on books.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from schemas import Section
from transforms import headings as hd

REAL_TEXT_CHARS = 150  # fewer characters (and < 3 lines) between two candidates: no text
REAL_LINE_CHARS = 70  # ... unless one line is this long: a short paragraph
PARAGRAPH_CHARS = 40  # ... or a paragraph of its own this long
LAYOUT_TEXT_CHARS = 500  # text a layout-confirmed heading must be followed by
TITLE_LINE_CHARS = 100
_PLAY_SERIES = ("kw:act", "kw:scene")


@dataclass(frozen=True)
class Heading:
    start: int  # first character of the heading
    end: int  # end of its last line (before the newline)
    title: str
    kind: str
    rank: int


@dataclass
class _Lines:
    """Per-line layout of a text: offsets, blank flags, prefix sums."""

    starts: list[int]
    ends: list[int]  # end of the content (before trailing spaces)
    texts: list[str]  # stripped
    blank: list[bool]
    indent: list[int]


def _scan(text: str) -> _Lines:
    starts, ends, texts, blank, indent = [], [], [], [], []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        starts.append(pos + lead)
        ends.append(pos + lead + len(stripped))
        texts.append(stripped)
        blank.append(not stripped)
        indent.append(lead)
        pos += len(raw) + 1
    return _Lines(starts, ends, texts, blank, indent)


def _key(text: str, numbering: bool = False) -> str:
    """A contents entry or heading reduced for matching: letters and digits, no
    trailing page number, case-folded; without its leading numbering unless
    ``numbering``."""
    text = text.casefold()
    if not numbering:
        text = re.sub(r"^(?:chapter|chap\.?|book|part)?\s*[ivxlc\d]+[.)]?\s+", "", text)
    text = re.sub(r"[\s.]*\d+$", "", text)
    return "".join(ch for ch in text if ch.isalnum())


# ------------------------------------------------------------------ rule 1
def _list_regions(lines: _Lines, cands: list[hd.Candidate]) -> list[tuple[int, int]]:
    """Line ranges [a, b) after contents / index openers, up to two blank lines."""
    regions = []
    n = len(lines.texts)
    for c in cands:
        if c.kind != "named" or c.series.split(":", 1)[1] not in hd.LIST_OPENERS:
            continue
        i = c.line + 1
        while i < n and lines.blank[i]:  # the blank lines under the opener
            i += 1
        blanks = 0
        while i < n and blanks < 2 and len(lines.texts[i]) <= hd.MAX_LINE:
            blanks = blanks + 1 if lines.blank[i] else 0
            i += 1
        regions.append((c.line, i))
    return regions


def _between(text: _Text, a: int, b: int) -> bool:
    """Whether real text lies strictly between lines a and b: a line of prose
    (``REAL_LINE_CHARS`` or more, or a paragraph of ``PARAGRAPH_CHARS``, not
    ending in a page number), three lines, or ``REAL_TEXT_CHARS`` characters
    that are not candidates or list entries."""
    return (
        text.chars[b] - text.chars[a + 1] >= REAL_TEXT_CHARS
        or text.lines[b] - text.lines[a + 1] >= 3
        or text.long[b] - text.long[a + 1] > 0
    )


@dataclass
class _Text:
    """Prefix sums over lines of the text that is not a candidate: characters,
    lines, lines long enough to be prose."""

    chars: list[int]
    lines: list[int]
    long: list[int]


def _drop_lists(lines: _Lines, cands: list[hd.Candidate]):
    """Candidates outside contents lists, the lists' entries (key -> indent), the
    text prefix sums, and the line where the last contents list ends."""
    entries: dict[str, int] = {}
    full: set[str] = set()  # the entries with their numbering, for rule "listed"
    in_region = np.zeros(len(lines.texts) + 1, dtype=bool)
    regions = _list_regions(lines, cands)
    for a, b in regions:
        in_region[a:b] = True
        base = min((lines.indent[i] for i in range(a + 1, b) if not lines.blank[i]), default=0)
        for i in range(a + 1, b):
            if not lines.blank[i]:
                entries.setdefault(_key(lines.texts[i]), lines.indent[i] - base)
                full.add(_key(lines.texts[i], numbering=True))
    # Entries of a contents list are not candidates; neither is its text.
    cands = [c for c in cands if not in_region[c.line]]
    cand_lines = {c.line for c in cands}
    text = _Text([0], [0], [0])
    for i, t in enumerate(lines.texts):
        real = not lines.blank[i] and i not in cand_lines and not in_region[i]
        text.chars.append(text.chars[-1] + (len(t) if real else 0))
        text.lines.append(text.lines[-1] + real)
        # Prose: a long line, or a paragraph of its own (a blank line above it);
        # a contents entry's second line follows the entry directly.
        paragraph = i > 0 and lines.blank[i - 1] and len(t) >= PARAGRAPH_CHARS
        long = real and (len(t) >= REAL_LINE_CHARS or paragraph) and not hd.PAGE_NUMBER.search(t)
        text.long.append(text.long[-1] + long)
    # Clusters: consecutive candidates with no real text between them.
    clusters, current = [], []
    for c in cands:
        if current and c.line != current[-1].line and _between(text, current[-1].line, c.line):
            clusters.append(current)
            current = []
        current.append(c)
    if current:
        clusters.append(current)
    kept = []
    for cluster in clusters:
        span = _list_span(cluster)
        for k, c in enumerate(cluster):
            if (
                span is not None
                and span[0] <= k <= span[1]
                and (c.series in span[2] or c.kind in ("caps", "named", "numbered"))
            ):
                entries.setdefault(_key(c.title), 0)
            else:
                kept.append(c)
    # The body starts after the last contents list of the first half (an index
    # at the back is a list too, but the book is above it).
    half = lines.starts[-1] // 2
    body = max((b for a, b in regions if lines.starts[a] < half), default=0)
    return kept, (entries, full, in_region), text, body


def _list_span(cluster: list[hd.Candidate]):
    """(first, last, series) of the list inside a cluster: from the first to the
    last member that counts on from the one before it in its series (1, 2 or
    IV, V); a heading right after the list (the body's "BOOK I.") stays out."""
    last: dict[str, int] = {}
    linked: set[int] = set()
    running: set[str] = set()
    for k, c in enumerate(cluster):
        if c.value is None:
            continue
        prev = last.get(c.series)
        if prev is not None and cluster[prev].value + 1 == c.value:
            linked.update((prev, k))
            running.add(c.series)
        last[c.series] = k
    if not linked:
        return None
    return min(linked), max(linked), running


# ------------------------------------------------------------------ rules 2-5
def _numbering(cands: list[hd.Candidate]) -> set[int]:
    """Indices of numeral / numbered candidates whose series advances: runs of
    at least 2 (bare numbers) or 3 (numbered titles: plays number their speakers
    "1 Cit." / "2 Cit.", which rarely counts far)."""
    runs: dict[str, list[int]] = {}  # series -> indices of the current run
    ok: set[int] = set()

    def close(run):
        need = 3 if cands[run[0]].kind == "numbered" else 2
        if len(run) >= need:
            ok.update(run)

    for i, c in enumerate(cands):
        if c.kind not in ("numeral", "numbered") or c.value is None:
            continue
        run = runs.get(c.series)
        if run and cands[run[-1]].value + 1 == c.value:
            run.append(i)
            continue
        if run:
            close(run)
        runs[c.series] = [i]
    for run in runs.values():
        close(run)
    # A misnumbered member inside a confirmed sequence ("CXXXIII" between CXXVII
    # and CXXIX) keeps its place: both neighbours in its series are confirmed.
    members: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if c.kind in ("numeral", "numbered") and c.value is not None:
            members.setdefault(c.series, []).append(i)
    for idx in members.values():
        for p, i, q in zip(idx, idx[1:], idx[2:], strict=False):
            if p in ok and q in ok and i not in ok:
                ok.add(i)
    return ok


def _contents_runs(cands: list[hd.Candidate], confirmed: set[int]) -> set[int]:
    """Rule ``contents_run``: a series that starts over at (or below) the value
    it began with, with no higher heading between, was listed in a contents list
    first; the first run (much shorter than the second) is that list."""
    drop: set[int] = set()
    by_series: dict[str, list[int]] = {}
    for i in sorted(confirmed):
        if cands[i].value is not None:
            by_series.setdefault(cands[i].series, []).append(i)
    for members in by_series.values():
        starts = [0] + [k for k in range(1, len(members))
                        if cands[members[k]].value <= cands[members[k - 1]].value]  # fmt: skip
        for a, b in zip(starts, starts[1:], strict=False):
            first, restart = members[a], members[b]
            end = members[starts[starts.index(b) + 1] - 1] if b != starts[-1] else members[-1]
            if cands[restart].value > cands[first].value:
                continue  # not a start over: the second run does not repeat the first
            # A higher heading between (confirmed, or a named or capital line
            # that may be one) explains the start over: parts restart chapters.
            higher = any(
                (j in confirmed or cands[j].kind in ("named", "caps"))
                and cands[j].rank < cands[first].rank
                for j in range(members[b - 1] + 1, restart)
            )
            listed = cands[members[b - 1]].start - cands[first].start
            body = max(cands[end].start - cands[restart].start, 1)
            if not higher and b - a >= 2 and listed < 0.1 * body:
                drop.update(members[a:b])
    return drop


def _confirm(lines: _Lines, cands, entries, text: _Text, body) -> list[tuple[hd.Candidate, int]]:
    """(candidate, rank) of the confirmed headings, in order; ``body``: the line
    where the last contents list ends (a title page above it is not a heading)."""
    advancing = _numbering(cands)
    chapters = any(
        (c.kind in ("keyword", "cjk", "md") and c.rank <= 20) or i in advancing
        for i, c in enumerate(cands)
    )
    n = len(lines.texts)
    ranks: dict[int, int] = {}
    for i, c in enumerate(cands):
        if c.kind in ("keyword", "cjk", "md") or i in advancing:
            ranks[i] = c.rank
    runs = _contents_runs(cands, set(ranks))
    dropped = runs | _out_of_sequence(cands, set(ranks) - runs)
    for i in dropped:
        del ranks[i]
    # The body starts after the last contents list, found by an opener or by
    # its entries' numbers starting over.
    body = max([body] + [cands[i].line + 1 for i in runs])
    listed: dict[int, str] = {}  # candidate -> the contents entry naming it
    for i, c in enumerate(cands):
        after_blank = c.line + 1 >= n or lines.blank[c.line + 1]
        if i in ranks or i in dropped:
            continue
        if c.kind == "named":
            if c.series.split(":", 1)[1] not in hd.LIST_OPENERS[:4] and after_blank:
                ranks[i] = c.rank
        elif c.kind in ("caps", "listed") and after_blank:
            entry = _listed(entries, c.title) if c.line >= body else None
            if entry is not None:
                listed[i] = entry
                ranks[i] = c.rank
            elif c.kind == "caps" and not chapters and _layout(lines, c, cands, i, text):
                ranks[i] = c.rank
    # A contents entry indented under another is a level lower, when the one
    # it hangs from is a heading too (not when it only groups: "POETRY--").
    found = set(listed.values())
    for i, entry in listed.items():
        parent = _parent(entries, entry)
        if parent is not None and parent in found:
            ranks[i] += 2
    out = []
    for i in sorted(ranks):
        c = cands[i]
        nxt = cands[i + 1].line if i + 1 < len(cands) else n
        # Above the contents list (a title page: "VOL. III.", "Volume Seventeen")
        # a heading must open some text.
        if c.line < body and not _between(text, c.line, nxt):
            continue
        out.append((c, ranks[i]))
    return out


def _out_of_sequence(cands: list[hd.Candidate], confirmed: set[int]) -> set[int]:
    """Keyword headings whose number goes back (not to 1) in their series with no
    higher heading between: a label ("Chapter 36." over a group of footnotes
    after the last chapter, 77), not a section."""
    drop = set()
    last: dict[str, int] = {}  # series -> last kept value since a higher heading
    rank_of = {c.series: c.rank for c in cands}
    for i, c in enumerate(cands):
        # A higher heading (or a line that may be one) lets a series start anew.
        if i in confirmed or c.kind in ("named", "caps"):
            for series in [s for s in last if rank_of[s] > c.rank]:
                del last[series]
        if i not in confirmed or c.kind != "keyword" or c.value is None:
            continue
        prev = last.get(c.series, 0)
        if c.value < prev and c.value != 1:
            drop.add(i)
            continue
        last[c.series] = c.value
    return drop


def _listed(entries: dict[str, int], title: str) -> str | None:
    """The contents entry that names ``title``: equal to it, or one it begins (a
    heading over two lines: "THIRD ESSAY." / "WHAT IS THE MEANING ...")."""
    key = _key(title)
    if key in entries:
        return key
    if len(key) >= 8:
        for entry in entries:
            if entry.startswith(key):
                return entry
    return None


def _listed_lines(lines: _Lines, cands, full: set[str], in_region) -> list[hd.Candidate]:
    """``cands`` plus the isolated short lines a contents list names word for
    word although they are no candidate ("PEOPLES AND COUNTRIES. Translated by
    J. M. KENNEDY.")."""
    if not full:
        return cands
    taken = {c.line for c in cands}
    n = len(lines.texts)
    extra = []
    for i, t in enumerate(lines.texts):
        if (
            t
            and i not in taken
            and not in_region[i]
            and t[-1] not in "!?"
            and len(t) <= TITLE_LINE_CHARS
            and (i + 1 >= n or lines.blank[i + 1])
            and (i == 0 or lines.blank[i - 1])
            and t[0] not in "“\"‘'(["
            and _key(t, numbering=True) in full
        ):
            extra.append(
                hd.Candidate(
                    lines.starts[i],
                    lines.ends[i],
                    i,
                    "listed",
                    hd.CAPS_RANK,
                    " ".join(t.split()),
                    "listed",
                )  # fmt: skip
            )
    return sorted(cands + extra, key=lambda c: (c.line, c.start))


def _parent(entries: dict[str, int], entry: str) -> str | None:
    """The nearest entry above ``entry`` in its list that is indented less."""
    keys = list(entries)
    depth = entries[entry]
    for key in reversed(keys[: keys.index(entry)]):
        if entries[key] < depth:
            return key
    return None


def _layout(lines: _Lines, c, cands, i, text: _Text) -> bool:
    two_blank = c.line >= 2 and lines.blank[c.line - 1] and lines.blank[c.line - 2]
    nxt = cands[i + 1].line if i + 1 < len(cands) else len(lines.texts)
    quoted = c.title[:1] in "“\"‘'"
    return (
        two_blank and not quoted and text.chars[nxt] - text.chars[c.line + 1] >= LAYOUT_TEXT_CHARS
    )


# ------------------------------------------------------------------ rules 6-7
def _merge_caps_lines(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Adjacent lines in capitals (no blank between) are one heading."""
    out: list[hd.Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("caps", "named")
            and c.kind == "caps"
            and c.line == prev.line + 1
        ):
            out[-1] = hd.Candidate(prev.start, c.end, c.line, prev.kind, prev.rank,
                                   f"{prev.title} {c.title}", prev.series)  # fmt: skip
            continue
        out.append(c)
    return out


def _title_line(lines: _Lines, c: hd.Candidate, taken: set[int]) -> int | None:
    """The line that titles a numbered heading without a title of its own (not
    in plays: the line under "Scena Tertia" is a stage direction)."""
    if c.rest or c.kind not in ("keyword", "cjk", "numeral") or c.series in _PLAY_SERIES:
        return None
    i, n = c.line + 1, len(lines.texts)
    while i < n and lines.blank[i] and i <= c.line + 2:
        i += 1
    if i >= n or lines.blank[i] or i in taken or len(lines.texts[i]) > TITLE_LINE_CHARS:
        return None
    line = lines.texts[i]
    isolated = i + 1 >= n or lines.blank[i + 1]
    caps = line.upper() == line and any(ch.isalpha() for ch in line)
    if line[0] in "([" or (line[0] in "“\"‘'" and not caps):
        return None  # a footnote ("[1625] See ..."), dialogue ("“Tom!”"): not a title
    return i if (isolated or caps) else None


def _running_heads(confirmed: list[tuple[hd.Candidate, int]]) -> list[tuple[hd.Candidate, int]]:
    out: list[tuple[hd.Candidate, int]] = []
    last_value: dict[str, int] = {}  # series -> value, since the last higher heading
    rank_of: dict[str, int] = {}
    for k, (c, rank) in enumerate(confirmed):
        for series in [s for s, r in rank_of.items() if r > c.rank]:
            del rank_of[series]  # a new act: "SCENE I" is not a repeat of the last act's
            last_value.pop(series, None)
        if c.value is not None and last_value.get(c.series) == c.value and k + 1 < len(confirmed):
            nxt = confirmed[k + 1][0]
            if nxt.rank > c.rank and nxt.value is not None and nxt.value > 1:
                continue  # "ACT I." then "SCENE 2.": act I goes on
            if nxt.series == c.series and nxt.value == c.value + 1:
                continue  # "Book VII. Chapters 12 to 15." then "BOOK VIII": a part of VII
        if c.value is not None:
            last_value[c.series] = c.value
            rank_of[c.series] = c.rank
        out.append((c, rank))
    return out


def find_headings(text: str) -> list[Heading]:
    """Confirmed headings of ``text`` in order (see module docstring)."""
    lines = _scan(text)
    cands = []
    for i, t in enumerate(lines.texts):
        if t and len(t) <= hd.MAX_KEYWORD_LINE:
            cands.extend(hd.line_candidates(t, lines.starts[i], i, lines.ends[i]))
    cands = _merge_caps_lines(cands)
    # A line in capitals with text right under it is a speaker tag ("SECOND
    # LORD.") or emphasis, never a heading: it is not even a candidate.
    # The same goes for a bare or titled number ("1 Cit. You shall ha't").
    n = len(lines.texts)
    cands = [
        c for c in cands
        if c.kind not in ("caps", "named", "numeral", "numbered")
        or c.line + 1 >= n or lines.blank[c.line + 1]
    ]  # fmt: skip
    kept, (entries, full, in_region), text_sums, body = _drop_lists(lines, cands)
    kept = _listed_lines(lines, kept, full, in_region)
    confirmed = _running_heads(_confirm(lines, kept, entries, text_sums, body))
    # Titles first: a line in capitals that titles a numbered heading is part
    # of it, even when a contents list also names it.
    numbered_lines = {c.line for c, _ in confirmed if c.kind not in ("caps", "named")}
    titles = {}
    paired = {c.line for c in cands if c.second}  # "ACT II. SCENE I." has its own titles
    for c, _ in confirmed:
        if c.line not in paired:
            t = _title_line(lines, c, numbered_lines | set(titles.values()))
            if t is not None:
                titles[c.line] = t
    title_lines = set(titles.values())
    headings = []
    for c, rank in confirmed:
        if c.line in title_lines and c.kind in ("caps", "named"):
            continue
        end, title = c.end, c.title
        t = titles.get(c.line) if not c.second else None
        if t is not None:
            end, title = lines.ends[t], f"{c.title} {lines.texts[t]}"
        headings.append(Heading(c.start, end, " ".join(title.split()), c.kind, rank))
    return headings


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
    """Sections of ``text`` and the headings that open them."""
    headings = find_headings(text)
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
