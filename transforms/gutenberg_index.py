"""A printed book's index at the end of a Gutenberg book: rule ``book_index``.

Clause of session 32 (raw texts of GitHub rcdm-uga/Gutenberg_Text):
``index_at_the_end``: the printed book's index ("Zita, Santa, xxi. 38." after Dante's
Inferno, "ZINCKE, Mr., on European emigration to America, i. 179." after Darwin) or
index of first lines ("Young lambs to sell!   150" after a nursery-rhyme book) was
kept as the book's last text: page numbers of a printed edition, no text to learn.
Cut when, walking up from the body's end (the Gutenberg end marker, past at most
``_TAIL_SKIP`` trailing lines such as "THE END", "* * * * *" or a printer's line),
there is a run of at least ``_MIN_ENTRIES`` lines that each open with a letter and end
in a page or canto reference (" 150", ", i. 179.", ", xxi. 38."), and:

- the run is alphabetical: the entries' first letters go down the alphabet (at least
  ``_MIN_ORDER`` of the steps between entries do not go back), which a table of
  figures, a contents list or a poem's numbered lines do not;
- other lines in the run (a wrapped entry, a letter divider) are at most one in
  three, and ``_MAX_BREAK`` of them in a row end it;
- it starts in the body's second half, and the body before it is at least as long as
  the run (a book that IS an index stays whole).

The cut runs from the index heading ("INDEX.", "INDEX OF PROPER NAMES ...", "Page",
"[Illustration: Index of First Lines]": a short line at most two lines above the first
entry that names an index or pages) or the first entry to the last entry; what is
under it ("THE END") stays.

Clauses of session 33: ``index_above_the_ads``: the walk starts above the end cuts
already found (a publisher's list, an imprint: Darwin's index, "THE END.", Murray's
list); ``index_order_of_headwords``: the order is read over the capitalised headwords
when there are at least 15 (their lower-case sub-entries "on the spawning of the
salmon, ii. 19;" follow the page order, not the alphabet).

Cost: a line walk up from the end marker, only in a text with an end marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from transforms.textedit import Edit

RULE = "book_index"

_MIN_ENTRIES = 30
_MIN_ORDER = 0.85
_MAX_BREAK = 4
_TAIL_SKIP = 4
_HEAD_REACH = 400
# clause index_reference_forms (review, session 33): an italic page "_239_.", "_ib._;" /
# "ibid." and "165\xa0ff." (a no-break space) end entries too (Burton's The Jew, Lang's
# Raleigh, Russell's External World), and "----, publication of the, 223." (the headword
# above repeated, Darwin's Life Told) is an entry: the index's last entry or first part
# stayed, outside the cut
_REF = (
    r"(?:_?(?:[ivxlc]+\.?[ \t]*)?\d{1,4}(?:[-–]\d{1,4})?_?|[ivxlc]+|_?ib(?:id)?\._?)[.,;)]?"
    r"(?:,?[ \t\xa0]*(?:etc\.|_?et seq\._?|_?n\._?|ff?\.))?[ \t]*"
)
_ENTRY = re.compile(
    r"[ \t]*(?:(?:-{2,}|—+)[ \t]*,?[ \t]*)?[-'\"‘“(_]*[A-Za-zÀ-ÿ][^\n]*?[^\d\s][^\n]*?"
    r"(?:[ \t,;:]\s*|\.[ \t]+)" + _REF
)
# a wrapped entry's page numbers alone ("141, 144, 145-160, 163, 164, 169,")
_NUMBERS = re.compile(r"[ \t]*\d[\d ,;.\-–]*")
# clause index_heading_top: "INDEX.", "INDEX OF FIRST LINES", "Index to the Notes"
_TOP = re.compile(
    r"[ \t]*(?:GENERAL |[A-Z]+ )?(?:INDEX|Index)(?: (?:OF|TO|of|to) [^\n]{1,60})?[.:]?[ \t]*"
)
_HEADING = re.compile(r"[^\n]{0,60}\b(?:INDEX|Index|PAGE|Page)\b[^\n]{0,60}")


def index_at_the_end(
    text: str, footer: int | None, body: int, found: Sequence[Edit] = ()
) -> list[Edit]:
    """The index cut; ``found``: the end cuts already made (advertisements, imprints)."""
    if footer is None:
        return []
    footer = _above_end_cuts(text, body, footer, found)
    gen = _lines_up(text, body, footer)
    lines: list[tuple[int, int]] = []

    def have(k: int) -> bool:  # lines[k] read (lazily: the walk stops at the index's top)
        while len(lines) <= k:
            nxt = next(gen, None)
            if nxt is None:
                return False
            lines.append(nxt)
        return True

    i, skipped = 0, 0
    while have(i) and not _ENTRY.fullmatch(text, *lines[i]):
        skipped += 1
        i += 1
        if skipped > _TAIL_SKIP:
            return []
    last = i
    entries: list[int] = []
    others = brk = 0
    first = last
    top = None
    while have(i):
        a, b = lines[i]
        if _TOP.fullmatch(text, a, b):
            top = i  # clause index_heading_top: the index's own heading ends the walk
            break
        if _ENTRY.fullmatch(text, a, b):
            entries.append(i)
            first, brk = i, 0
        elif _NUMBERS.fullmatch(text, a, b):
            brk = 0
        else:
            others += 1
            brk += 1
            if brk >= _MAX_BREAK:
                top = _heading_above(text, have, lines, i)
                break
        i += 1
    if len(entries) < _MIN_ENTRIES:
        return []
    run = [lines[j] for j in entries]
    if others - brk > len(entries) / 3:
        return []
    # "---- of Romena, xxx. 76.": the entry above's word repeated, no letter of its own
    letters = [x for a, b in reversed(run) if (x := _first_letter(text, a, b))]
    # clause index_order_of_headwords: a sub-entry under its headword ("ZEBRA, ..., ii. 295;"
    # over "stripes of the, ii. 302.", Darwin) opens in lower case and breaks the order;
    # the capitalised headwords alone are ordered, when there are enough of them
    heads = [x for x in letters if x.isupper()]
    letters = [x.upper() for x in (heads if len(heads) >= _MIN_ENTRIES // 2 else letters)]
    ok = sum(1 for x, y in zip(letters, letters[1:], strict=False) if y >= x)
    if ok < _MIN_ORDER * (len(letters) - 1):
        return []
    start, end = lines[first][0], lines[last][1]
    if top is not None:
        start = lines[top][0]
    else:
        for j in (first + 1, first + 2):  # the heading, at most two lines above
            if (
                have(j)
                and _HEADING.fullmatch(text, *lines[j])
                and not _ENTRY.fullmatch(text, *lines[j])
            ):
                start = lines[j][0]  # "Page" under "[Illustration: Index of First Lines]"
            else:
                break
    if start - body < (body + footer) // 2 - body or start - body < end - start:
        return []
    while start > body and text[start - 1] in " \t\n":  # the blank lines above go too
        start -= 1
    return [Edit(start, end, "", RULE)]


def _above_end_cuts(text: str, body: int, footer: int, found: Sequence[Edit]) -> int:
    """clause index_above_the_ads: a publisher's list, an imprint or a transcriber's note
    already cut between the index and the end marker (Darwin's Descent of Man: index,
    "THE END.", John Murray's list) would end the walk before it met the index; the walk
    starts above the chain of cuts that reaches the end marker (only blank space between
    them). Guard: only deletions inside the body; text between two cuts ends the chain."""
    cuts = sorted(
        (e for e in found if not e.replacement and body <= e.start < e.end),
        key=lambda e: e.start,
        reverse=True,
    )
    end = footer
    for e in cuts:
        if e.start < end and not text[e.end : end].strip():
            end = e.start
    return end


def _heading_above(text: str, have, lines: list[tuple[int, int]], i: int) -> int | None:
    """clause index_heading_top: an index's wrapped entries ("(_Cf._ / Buddhism, ...)")
    broke the walk; the index's heading within ``_HEAD_REACH`` lines above, with at
    least half of the lines between entries, is its top."""
    entries = 0
    for j in range(i + 1, i + 1 + _HEAD_REACH):
        if not have(j):
            return None
        a, b = lines[j]
        if _TOP.fullmatch(text, a, b):
            return j if entries * 2 >= j - i - 1 else None
        entries += bool(_ENTRY.fullmatch(text, a, b) or _NUMBERS.fullmatch(text, a, b))
    return None


def _first_letter(text: str, a: int, b: int) -> str:
    for c in text[a:b]:
        if c.isalpha():
            return c
        if c in "-—":
            return ""
    return ""


def _lines_up(text: str, body: int, footer: int) -> Iterator[tuple[int, int]]:
    """The non-blank lines of ``text[body:footer]`` as (start, end), last first."""
    end = footer
    while end > body:
        a = text.rfind("\n", body, end) + 1
        if a <= 0:
            a = body
        if text[a:end].strip():
            yield a, end
        end = a - 1
