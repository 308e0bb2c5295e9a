"""Clause ``centred_lines``: a title page's or a heading's centring is no indent.

Normalization squeezes a run of spaces to one, so an indented line keeps one
leading space: the mark that verse and set-off quotations keep (unwrap reads it
as the line's indent, and the cleaned text shows it). A line the printer
*centred* got the same single space: 43 of 150 random Gutenberg books' cleaned
text began with one (London's " THE SEA-WOLF" / " BY" / " JACK LONDON", Balzac's
" ANALYTICAL STUDIES", " MEDITATION II.", " THE END"). Centring is read here,
before the squeeze, where the columns still show it, and such a line loses its
whole indentation.

A blank-line block (every line of it, the lines between two blank lines, the
text's start or end; a blank line holding spaces opens none) is centred when:

- every line is indented at least ``MIN_INDENT`` spaces (no tab), and its left
  and right margins against the text's wrap width differ by at most
  ``TOLERANCE`` columns (``|2 * indent + length - width| <= TOLERANCE``); a line
  indented that deep that runs to the wrap width (a set-off quotation) is
  ``indent`` off, so it is never centred;
- its lines share one centre: ``2 * indent + length`` spreads over at most
  ``SPREAD`` columns (a stanza indented alike is not centred: its lines' lengths
  move their centres; title-page lines move their indents instead);
- it does not read as verse: when its lines hold ``VERSE_WORDS`` or more words
  after their first, at most half of those open in lower case (verse and prose
  quotations run in lower case; titles, names and headings are capitals or
  title case): a centred stanza keeps its indent, and so its line breaks, and
  so does a verse line's second half set alone where its first half ended
  (The Winter's Tale's "How now there!" at column 27, under a stage direction);
- no line has a column gap before a number (three spaces or more: a contents
  entry's page number, "VIII. THE QUEEN'S CROQUET-GROUND              96", a
  table row; or two before the number that ends the line, a long entry's
  narrow gap): a list's entries keep one form, the short ones not centred alone;
- no line holding a lower-case letter ends in a comma or a semicolon (a verse
  line running on: an epitaph set a line a block, '"Here lies the Reverend
  Thomas Blair,'; title-page lines end on a name, a title or a full stop);
- it holds no wide (CJK) character (columns are characters here).

The wrap width is the 95th percentile of the widths of lines followed by another
line, measured on up to ``SAMPLE`` characters from the text's middle (the prose,
away from the front matter). Code blocks and drawn paragraphs (their spans,
``transforms.code_blocks.code_spans``) keep every space, as before.
"""

from __future__ import annotations

import re

MIN_INDENT = 8
TOLERANCE = 5
SPREAD = 4
VERSE_WORDS = 2
SAMPLE = 20_000
_MIN_LINES = 20  # lines needed to measure a wrap width

# A blank-line block of lines each indented MIN_INDENT spaces or more (its last
# newline left for the next block's opening).
_LINE = f" {{{MIN_INDENT},}}\\S[^\\n]*"
_TAIL = r"(?=\n[ \t]*(?:\n|\Z)|\n?\Z)"
# Opening with a literal blank line (the scan then only tries where one stands; a
# blank line holding spaces opens no block); the text's start apart.
_BLOCK = re.compile(rf"\n\n({_LINE}(?:\n{_LINE})*){_TAIL}")
_FIRST = re.compile(rf"({_LINE}(?:\n{_LINE})*){_TAIL}")
# A column gap before a number: a contents entry's or a table row's page column
# (two spaces before the line's closing number will do: Alger's "XXII. Bradley
# Wentworth Tries to Make Mischief  173", a long entry in a list of wide gaps).
_COLUMN = re.compile(r"\S {3,}\S*\d|\S {2}\d+$")
_LEAD = "\n" + " " * MIN_INDENT
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WIDE = re.compile("[\u2e80-\U0010ffff]")


def wrap_width(text: str) -> int | None:
    """The 95th percentile of the widths of lines followed by a line, over the
    text's middle ``SAMPLE`` characters; None for a text of too few such lines."""
    n = len(text)
    lines = text[max(0, n // 2 - SAMPLE // 2) : n // 2 + SAMPLE // 2].split("\n")[1:-1]
    widths = sorted(
        len(a.rstrip()) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()
    )
    if len(widths) < _MIN_LINES:
        return None
    return widths[int(0.95 * (len(widths) - 1))]


def _centre_sums(lines: list[str]) -> list[int] | None:
    """``2 * indent + length`` of each line of a block that passes the tests that
    need no wrap width (module doc), else None."""
    sums = []
    for line in lines:
        body = line.rstrip()
        indent = len(body) - len(body.lstrip(" "))
        if "\t" in body or _COLUMN.search(body, indent):
            return None
        # A line in lower case that runs on with a comma or semicolon is verse or
        # prose ("Here lies the Reverend Thomas Blair," an epitaph set a line a block).
        if body[-1] in ",;" and any(c.islower() for c in body):
            return None
        sums.append(indent + len(body))
    if max(sums) - min(sums) > SPREAD:
        return None
    inner = [w for line in lines for w in _WORD.findall(line)[1:]]
    if len(inner) >= VERSE_WORDS and 2 * sum(w[0].islower() for w in inner) > len(inner):
        return None
    return sums


def _centred(lines: list[str], width: int) -> bool:
    """Whether the block ``lines`` is centred in a text of wrap width ``width``."""
    sums = _centre_sums(lines)
    return sums is not None and all(abs(total - width) <= TOLERANCE for total in sums)


# Clause centred_lines: a centred block's lines lose their indentation (module doc).
def centred_lines(text: str, whole: str, width: list) -> str:
    """``text`` (a piece of ``whole`` outside code spans) with the indentation of
    its centred blocks removed; ``width`` is a one-item cache of ``whole``'s wrap
    width (``[]`` until measured)."""
    if _LEAD not in text and not text.startswith(_LEAD[1:]):
        return text
    parts, pos = [], 0
    first = _FIRST.match(text)
    for m in ([first] if first else []) + list(_BLOCK.finditer(text)):
        block = m.group(1)
        lines = block.split("\n")
        sums = None if _WIDE.search(block) else _centre_sums(lines)
        if sums is None:
            continue
        if not width:  # measured once, for the first block that may be centred
            width.append(wrap_width(whole))
        if width[0] is None:
            return text
        if all(abs(total - width[0]) <= TOLERANCE for total in sums):
            parts += [text[pos : m.start(1)], "\n".join(line.lstrip(" ") for line in lines)]
            pos = m.end(1)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
