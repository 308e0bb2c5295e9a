"""A printed book's index kept without its page numbers, at the end of a Gutenberg
book: rule ``book_index``, clause ``index_without_pages`` (session 33, wtB2).

Some Gutenberg editions keep the printed index but drop its page numbers (Darwin's
"Coral Reefs" in GitHub rcdm-uga/Gutenberg_Text: 1,135 lines, 15 K characters of
"Tonquin." / "TUBULARIA, quick growth of." / "Xulla islands." after the appendix),
so ``index_at_the_end`` (``transforms.gutenberg_index``), which reads the page
references, keeps it as the book's last text: a list of names, no text to learn.

Cut when, walking up from the body's end (the Gutenberg end marker, past at most
``_TAIL_SKIP`` trailing lines with no small letter: "THE END", "* * * * *"), the text
is a run of blocks (lines between blank lines) up to an index heading ("INDEX.",
"INDEX OF NAMES": ``gutenberg_index._TOP``, a line of its own), and:

- every block is at most ``_BLOCK_LINES`` lines of at most ``_LINE_CHARS`` characters
  and opens with a letter (an entry and its sub-entries: "AFRICA, east coast,
  fringing-reef of." / "Madreporitic rock of."; "ATOLLS, ..." has 11 lines), and at
  least ``_MIN_SHORT`` of the blocks are of at most ``_SHORT_LINES`` lines (in Coral
  Reefs 479 of 507), which paragraphs of prose wrapped in the file are not; a longer
  block ends the walk: nothing is cut;
- there are at least ``_MIN_ENTRIES`` blocks and they are alphabetical (the blocks'
  first letters go down the alphabet in at least ``_MIN_ORDER`` of the steps), which
  the short paragraphs of a novel's dialogue under a chapter named "Index" are not;
- the heading is in the body's second half, and the body before it is at least as
  long as the index (a book that IS an index stays whole).

Only tried where ``index_at_the_end`` cut nothing. The heading and the blank lines
above it go with the index; the trailing lines under it stay, and so do the blocks
after its last entry whose letter is at or above 95% of those before it (clause
``index_tail_trimmed``: a transcriber's note under the index restarts the alphabet;
the heading of another section, "GLOSSARY.", "ERRATA.", ``_OTHER``, ends the cut above it).

Cost: a literal search for "INDEX" / "Index" in the body's second half; where found, a
line walk up from the end marker (at most ``_MAX_LINES`` lines) that stops at the
first block longer than an entry or once the blocks read are mostly prose.
"""

from __future__ import annotations

import bisect
import re

from transforms.gutenberg_index import _TOP, RULE, _first_letter
from transforms.textedit import Edit

_MIN_ENTRIES = 30
_MIN_ORDER = 0.85
_TAIL_SKIP = 4
_BLOCK_LINES = 20
_SHORT_LINES = 2
_MIN_SHORT = 0.75
_LINE_CHARS = 100
_MAX_LINES = 40000
_TAIL_RANK = 0.95
_EARLY_BLOCKS = 100  # the walk stops once half of this many blocks are long
_OPENERS = " \t\"'‘“(_"
# clause index_tail_trimmed: the heading of another section under the index (a
# glossary, errata, a list of subscribers) ends the cut above it
_OTHER = re.compile(
    r"[ \t]*(?:(?:GLOSSARY|ERRATA|ADDENDA|CORRIGENDA|FOOTNOTES|NOTES|APPENDIX|SUBSCRIBERS"
    r"|LIST OF SUBSCRIBERS|ADVERTISEMENTS?|TRANSCRIBER[’']?S NOTES?)(?: [A-Z][A-Z ,'’-]{0,50})?"
    r"|Glossary|Errata|Addenda|Corrigenda|Footnotes|Appendix|List of Subscribers"
    r"|Advertisements?|Transcriber[’']?s [Nn]otes?)[.:]?[ \t]*"
)


def index_without_pages(text: str, footer: int | None, body: int) -> list[Edit]:
    if footer is None:
        return []
    half = (body + footer) // 2  # cheap literal prefilter: no index heading, no walk
    if text.find("INDEX", half, footer) < 0 and text.find("Index", half, footer) < 0:
        return []
    blocks: list[tuple[int, int]] = []  # (start, end) of each block, last first
    block_end = block_start = -1
    lines_in_block = 0
    skipped = short = 0
    top = -1
    end = footer
    walked = 0
    while end > body and walked < _MAX_LINES:
        walked += 1
        a = text.rfind("\n", body, end) + 1
        if a <= 0:
            a = body
        line = text[a:end]
        end = a - 1
        stripped = line.strip()
        if not stripped:  # a blank line closes the block above the one read
            if block_end >= 0:
                blocks.append((block_start, block_end))
                short += lines_in_block <= _SHORT_LINES
                block_end, lines_in_block = -1, 0
                if len(blocks) >= _EARLY_BLOCKS and short * 2 < len(blocks):
                    return []  # paragraphs of prose: stop early
            continue
        if not blocks and block_end < 0 and skipped < _TAIL_SKIP and stripped == stripped.upper():
            skipped += 1  # "THE END", "* * * * *": no small letter
            continue
        if _TOP.fullmatch(line):
            if block_end >= 0:  # the heading right above the first entry
                blocks.append((block_start, block_end))
                short += lines_in_block <= _SHORT_LINES
                block_end = -1
            top = a
            break
        if len(stripped) > _LINE_CHARS:
            return []
        lines_in_block += 1
        if lines_in_block > _BLOCK_LINES:
            return []
        if block_end < 0:
            block_end = a + len(line.rstrip())
        block_start = a
    if top < 0 or block_end >= 0 or len(blocks) < _MIN_ENTRIES:
        return []
    if short < _MIN_SHORT * len(blocks):
        return []  # mostly paragraphs of 3 lines or more: prose, not entries
    letters = []
    for a, b in reversed(blocks):
        if letters and _OTHER.fullmatch(text, a, b):
            break  # "GLOSSARY." under the index: the cut ends above it
        opening = text[a:b].lstrip(_OPENERS)[:1]
        if not opening.isalpha():
            return []  # a block that opens with no letter ("1.", "* * *"): not an entry
        letters.append(_first_letter(text, a, b))
    ok = sum(1 for x, y in zip(letters, letters[1:], strict=False) if y >= x)
    if ok < _MIN_ORDER * (len(letters) - 1):
        return []
    # clause index_tail_trimmed: the index ends at its last entry whose letter is at or
    # above ``_TAIL_RANK`` of the letters before it ("Women, ..." in Stoker's Famous
    # Impostors; a stray "XVIII century" entry under F does not end it early); what
    # follows restarts the alphabet (the "Transcriber's Notes" and their "Page 325: ..."
    # errata) and stays
    last, seen = 0, [letters[0]]
    for k in range(1, len(letters)):
        if bisect.bisect_right(seen, letters[k]) >= _TAIL_RANK * k:
            last = k
        bisect.insort(seen, letters[k])
    if last + 1 < _MIN_ENTRIES:
        return []
    start, stop = top, blocks[len(blocks) - 1 - last][1]
    if start - body < (footer - body) // 2 or start - body < stop - start:
        return []
    while start > body and text[start - 1] in " \t\n":  # the blank lines above go too
        start -= 1
    return [Edit(start, stop, "", RULE)]
