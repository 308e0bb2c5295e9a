"""Contents lists, lists of illustrations and indexes: found, kept out of the
sections, and used as evidence for the headings they name.

A contents list is the book's headings compressed into a small span. Three
rules find one (``transforms.sections`` applies them before confirming
headings):

``contents_list``
    the lines after an opener ("CONTENTS", "Contents", "TABLE OF CONTENTS",
    "LIST OF ILLUSTRATIONS", "INDEX", 目录 ...; clause ``european_openers``:
    "Inhaltsverzeichnis", "Table des matières", "Содержание" ...; clause
    ``errata_opener``: "ERRATA.", "Corrigenda") up to the next
    gap of two blank lines (clause ``named_twice``: or up to a keyword heading
    the list named already; clause ``numbered_twice``: or a numbered line); and every cluster of heading candidates with no real text between
    them in which a series counts on (CHAPTER 1, CHAPTER 2): the members from
    the first to the last counting one, with the title lines among them.
``contents_run``
    a numbered series that starts over at (or below) the value it began with,
    with no higher heading between, and whose first run is less than a tenth as
    long as the second: the first run was a contents list (entries separated by
    their chapter lists or page numbers, so no cluster shows it).
``headless_contents``
    (``transforms.contents_headless``) a run of numbered lines with no opener and no
    blank line inside whose titles the book repeats later, in order and spread out.
``listed``
    (``transforms.listed_lines``) an isolated short line after the lists that a list names word for word is
    a heading candidate even when it looks like none ("PEOPLES AND COUNTRIES.
    Translated by J. M. KENNEDY."); a line in capitals a list names (also set
    over two lines: "THIRD ESSAY." / "WHAT IS THE MEANING OF ASCETIC IDEALS?"
    for the entry "THIRD ESSAY. WHAT IS ...") is confirmed, a level lower when
    its entry hangs under another that is a heading too.

"Real text" between two candidates: a line of at least ``REAL_LINE_CHARS``
characters or a paragraph of its own of ``PARAGRAPH_CHARS`` (not ending in a
page number), three lines, or ``REAL_TEXT_CHARS`` characters. A contents
entry's second line follows the entry without a blank line, a short aphorism
after its number does not.

Cost: one pass over the lines for the prefix sums, one over the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np

from transforms import headings as hd
from transforms.contents_bylines import byline_keys
from transforms.contents_numbers import (
    _NUMBER_DOT,
    item_run,
    key,
    number_off,
    own_number_keys,
)
from transforms.contents_openers import (
    plates_opener,
    text_openers,  # noqa: F401 (re-exported)
)
from transforms.contents_pieces import entry_pieces
from transforms.contents_regions import list_regions
from transforms.contents_runs import contents_runs, listed_list  # noqa: F401 (re-exported)
from transforms.contents_wraps import ends_on_joining_word, entry_head
from transforms.reader_titles import (
    MIN_READER_CHARS,
    entry_titles,
    lone_function_word,
    or_title_entry,
    reader_form,
)
from transforms.surrogates import reads_surrogates

REAL_TEXT_CHARS = 150
REAL_LINE_CHARS = 70
PARAGRAPH_CHARS = 40
TITLE_LINE_CHARS = 100
# An entry's opening number: "3.1. ", "2. " or a sub-number with no period "7.18 ".
_WRAP_HEAD = re.compile(rf"{_NUMBER_DOT.pattern}|\d{{1,3}}(?:\.\d{{1,3}})+[ \t\xa0]")


# Clause quoted_captions (session 33): an entry of a list of illustrations set wholly in
# quotation marks (a page number may follow) is a caption quoting the text, and names no
# heading. Nesbit's The Incomplete Amorist lists "Betty stared at him coldly." under
# "LIST OF ILLUSTRATIONS"; rule listed took the body's paragraph of those words, alone on
# its line, as a section in chapter X.
_ILLUSTRATIONS = re.compile(r"(?:LIST OF )?ILLUSTRATIONS\.?|(?:List of )?Illustrations\.?")
_QUOTED = re.compile(r"[\"“‘'].*[\"”’'][ \t.]*(?:\d+|[ivxlc]+)?")


@dataclass
class Lines:
    """Per-line layout of a text: offsets, stripped text, blank flags."""

    starts: list[int]  # first non-space character
    ends: list[int]  # end of the content (before trailing spaces)
    texts: list[str]  # stripped
    blank: list[bool]
    indent: list[int]


def scan_lines(text: str) -> Lines:
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
    return Lines(starts, ends, texts, blank, indent)


@dataclass
class TextSums:
    """Prefix sums over lines of the text that is neither a candidate nor a list
    entry: characters, lines, lines long enough to be prose."""

    chars: list[int]
    lines: list[int]
    long: list[int]

    def between(self, a: int, b: int) -> bool:
        """Whether real text lies strictly between lines a and b."""
        return (
            self.chars[b] - self.chars[a + 1] >= REAL_TEXT_CHARS
            or self.lines[b] - self.lines[a + 1] >= 3
            or self.long[b] - self.long[a + 1] > 0
        )


@dataclass
class Contents:
    """What the lists of a text tell: their entries (key -> indentation, in
    order), the entries with their numbering, the lines inside lists, the real
    text, and the line where the body starts (after the last list of the first
    half)."""

    entries: dict[str, int] = field(default_factory=dict)
    full: set[str] = field(default_factory=set)
    raw: list[str] = field(default_factory=list)  # entries as written, case-folded
    uses: dict[str, int] = field(default_factory=dict)  # entry key -> times listed
    parents: dict[str, str | None] = field(default_factory=dict)  # as first listed
    # Clause listed_twice (technical_headings.repeated_heading): keys one list names twice.
    twice: set[str] = field(default_factory=set)
    # Clause entry_rest: an entry over two lines, both lines' key -> its first line's.
    joined: dict[str, str] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)  # the keys of the list being read
    bylines: set[str] = field(default_factory=set)  # clause contents_byline
    # Clause caption_paragraph: keys only a list of illustrations names.
    captions: set[str] = field(default_factory=set)
    bare: set[str] = field(default_factory=set)  # clause number_off: entries without a number
    _open: list[tuple[int, str]] = field(default_factory=list)  # the list's open entries
    _titles: tuple[int, dict[str, int]] | None = None  # listed_reader_title, read once
    in_list: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    text: TextSums = field(default_factory=lambda: TextSums([0], [0], [0]))
    body: int = 0

    def add(self, text: str, indent: int, first: bool = False) -> None:
        """One entry; ``first`` opens another list (its parents are its own)."""
        k = key(text)
        self.entries.setdefault(k, indent)
        if not text[:1].isdigit():
            self.bare.add(k)  # clause number_off
        if own := own_number_keys(text):
            self.joined.setdefault(own[0], k)  # clause title_number
            self.full.add(own[1])
        if first:
            self._open.clear()
            self._seen.clear()
        if k in self._seen:
            self.twice.add(k)
        self._seen.add(k)
        while self._open and self._open[-1][0] >= indent:
            self._open.pop()
        self.parents.setdefault(k, self._open[-1][1] if self._open else None)
        self._open.append((indent, k))
        self.uses[k] = self.uses.get(k, 0) + 1
        self.raw.append(" ".join(text.casefold().split()))

    def listed(self, title: str, below: str = "") -> str | None:
        """The entry that names ``title``: equal to it, equal to it followed by
        ``below`` (a heading set over two lines), or one it begins up to a
        punctuation mark ("HYMN TO LIFE." for "HYMN TO LIFE, COMPOSED BY ...";
        not "MINA HARKER." for "Mina Harker's Journal")."""
        k = key(title)
        if not k:
            return None  # "=>", a rule of box lines: no title (clause no_letters)
        if k in self.entries:
            # Clause lone_function_word (transforms.reader_titles): "OF" names no entry "OF".
            return None if lone_function_word(title) else k
        # Clause own_number_first: a title ending in a number keyed with it ("Events of
        # 1915" -> "eventsof1915", its entry "Events of 1915 . . . 9") before title_number's
        # shared key ("eventsof"), which answers for the first such entry only.
        if (whole := key(f"{title} 0")) and whole in self.entries:
            return whole
        if k in self.joined:
            return self.joined[k]  # clause entry_rest
        if (off := number_off(title)) in self.bare:
            return off  # clause number_off
        both = key(f"{title} {below}") if below else ""
        if both and both != k and both in self.entries:
            return both
        head = " ".join(title.casefold().split()).rstrip(".:")
        if len(head) >= 8:
            # Clause listed_comma_title (session 47): a title in capitals ending in a comma
            # begins its entry comma and all ("A BRUSH WITH THE CHINESE," for "A BRUSH WITH
            # THE CHINESE, from "Tales of Daring and Danger"", Henty's Tales from the Works).
            comma = head[-1] == "," and _in_capitals(title)
            for entry in self.raw:
                if entry.startswith(head) and entry[len(head) : len(head) + 1] in ",.;:(—–-":
                    return key(entry)
                if comma and entry.startswith(head) and entry[len(head)] == " ":
                    return key(entry)
        elif (at := or_title_entry(head, self.raw)) is not None:
            return key(self.raw[at])  # clause listed_or_title (transforms.reader_titles)
        # Clause listed_reader_title (session 49, transforms.reader_titles): hyphens, spaces,
        # accents, case, punctuation and a leading "the" aside
        form = reader_form(title)
        if len(form) >= MIN_READER_CHARS:
            if self._titles is None or self._titles[0] != len(self.raw):
                self._titles = (len(self.raw), entry_titles(self.raw))
            at = self._titles[1].get(form)
            if at is not None:
                return key(self.raw[at])
        return None

    def begins_entry(self, line: str) -> bool:
        """Clause ``listed_comma_title``: a line in capitals that ends in a comma begins
        an entry of a list, comma included, that goes on after it."""
        head = " ".join(line.casefold().split())
        return (
            head[-1:] == ","
            and _in_capitals(line)
            and any(e.startswith(head) and e[len(head) : len(head) + 1] == " " for e in self.raw)
        )

    def names_numbered(self, title: str, lines: Lines, line: int) -> bool:
        """Whether a list names a numbered heading: number and title, or its title (number_off;
        not a numbered list's item: clause number_off_items)."""
        if key(title, numbering=True) in self.full:
            return True
        return number_off(title) in self.bare and not item_run(lines.texts, line, self.bare)

    def use(self, entry: str) -> bool:
        """Take one use of ``entry``: a list names a heading once (the second
        "FREDERICK DOUGLASS." is the narrative's signature)."""
        left = self.uses.get(entry, 0)
        self.uses[entry] = left - 1
        return left > 0

    def parent(self, entry: str) -> str | None:
        """The nearest entry above ``entry`` in its list that is indented less
        (where it was first listed; clause ``own_list``: never an entry of an
        earlier list, as the last entry of a book's full contents was for the
        first entry of a chapter's own "Table of Contents" in the FHS)."""
        return self.parents.get(entry)


def _in_capitals(line: str) -> bool:
    """Three letters or more, at most one in ten lower-case (headings' test for a line in
    capitals): clause ``listed_comma_title`` reads only such lines."""
    letters = sum(map(str.isalpha, line))
    return letters >= 3 and sum(map(str.islower, line)) <= max(1, letters // 10)


@reads_surrogates("lines")  # clause surrogates_read_as_replacement (transforms.surrogates)
def drop_lists(lines: Lines, cands: list[hd.Candidate]) -> tuple[list[hd.Candidate], Contents]:
    """Rule ``contents_list``: the candidates outside lists, and what the lists
    tell (see ``Contents``)."""
    found = Contents(in_list=np.zeros(len(lines.texts) + 1, dtype=bool))
    regions = list_regions(lines, cands)
    # Clause caption_paragraph: a list of illustrations is read after the other lists.
    named = None  # the keys the other lists name, once read
    for a, b in sorted(
        regions, key=lambda r: _ILLUSTRATIONS.fullmatch(lines.texts[r[0]]) is not None
    ):
        found.in_list[a:b] = True
        if plates_opener(lines.texts[a]):
            continue  # clause plates_opener: a list of plates names no heading
        captions = _ILLUSTRATIONS.fullmatch(lines.texts[a]) is not None  # quoted_captions
        if captions and named is None:
            named = set(found.entries)
        base = min((lines.indent[i] for i in range(a + 1, b) if not lines.blank[i]), default=0)
        first = True
        for i in range(a + 1, b):
            # Clause entry_second_line: the second line of a numbered entry set
            # over two lines (the first has WRAPPED_ENTRY_CHARS), not indented
            # less ("4.4.2. Binary and Other Architecture Dependent" / "Modules"
            # in Debian's perl-policy), is no entry: the body's "Modules" is a
            # term of a definition list.
            # Clauses entry_lines, entry_columns, cjk_edge_indent: over 3-4 lines too.
            # Clause entry_decimal_head: "7.18 Why does ... depend on the" (a sub-number,
            # no period: R's FAQ, -layout) opens an entry as "7.18. ..." does.
            head = None
            if not lines.blank[i] and _WRAP_HEAD.match(lines.texts[i]) is None:
                head = entry_head(lines.texts, lines.blank, lines.indent, i, _WRAP_HEAD.match,
                                  a + 1, strict=False)  # fmt: skip
            # Its rest opens in lower case ("order of factors in the model?"): "5.14.4.2
            # Comment ... paquets ?" over "The Stable backports archive . . ." (its number
            # apart, developers-reference fr) are two entries.
            if head is not None and not _NUMBER_DOT.match(lines.texts[head]):
                head = head if lines.texts[i][0].islower() else None
            wrapped = head is not None and not any(
                hd.ends_in_page_number(t) for t in lines.texts[head:i]
            )
            if not wrapped and ends_on_joining_word(lines.texts, lines.blank, i, a + 1):
                head, wrapped = i - 1, True  # clause entry_ends_on_article (contents_wraps)
            if captions and _QUOTED.fullmatch(lines.texts[i]):
                continue
            if captions and not lines.blank[i] and key(lines.texts[i]) not in named:
                found.captions.add(key(lines.texts[i]))  # clause caption_paragraph
            if not lines.blank[i] and not wrapped:
                for piece in entry_pieces(lines.texts[i]):  # clause entries_on_one_line
                    found.add(piece, lines.indent[i] - base, first)
                    first = False
                    found.full.add(key(piece, numbering=True))
            elif wrapped:
                # Clause entry_rest: the body names the entry's two lines as one.
                both = " ".join(lines.texts[head : i + 1])
                found.full.add(key(both, numbering=True))
                found.joined.setdefault(key(both), key(lines.texts[head]))
        # Clause contents_byline: an anthology's author lines under its entries.
        found.bylines |= byline_keys(
            [lines.texts[i] for i in range(a + 1, b) if not lines.blank[i]]
        )
    cands = [c for c in cands if not found.in_list[c.line]]
    cand_lines = {c.line for c in cands}
    text = found.text
    # Clause text_sums_lists (speed): the per-line values as lists (``in_list`` read as
    # Python bools, not numpy scalars), their prefix sums by ``accumulate``; the same
    # values as appending line by line.
    in_list, blank = found.in_list.tolist(), lines.blank
    reals = [
        not blank[i] and i not in cand_lines and not in_list[i] for i in range(len(lines.texts))
    ]
    # Columns, not characters: 30 CJK characters are a paragraph.
    # Clause ascii_width (speed): an ASCII line's UTF-8 length is its length.
    widths = [
        (len(t) if t.isascii() else (len(t.encode("utf-8")) + len(t)) // 2) if real else 0
        for t, real in zip(lines.texts, reals, strict=False)
    ]
    longs = [
        real
        and (width >= REAL_LINE_CHARS or (i > 0 and blank[i - 1] and width >= PARAGRAPH_CHARS))
        and not hd.ends_in_page_number(t)
        for i, (t, real, width) in enumerate(zip(lines.texts, reals, widths, strict=False))
    ]
    for sums, steps in ((text.chars, widths), (text.lines, reals), (text.long, longs)):
        sums[:] = accumulate(steps, initial=sums[-1])
    # Clusters: consecutive candidates with no real text between them.
    clusters: list[list[hd.Candidate]] = []
    for c in cands:
        if clusters and (
            c.line == clusters[-1][-1].line or not text.between(clusters[-1][-1].line, c.line)
        ):
            clusters[-1].append(c)
        else:
            clusters.append([c])
    kept = []
    for cluster in clusters:
        span = _list_span(cluster)
        for k, c in enumerate(cluster):
            if (
                span is not None
                and span[0] <= k <= span[1]
                and (c.series in span[2] or c.kind in ("caps", "named", "numbered"))
            ):
                found.add(c.title, 0)
            else:
                kept.append(c)
    # The body starts after the last list of the first half (an index at the
    # back is a list too, but the book is above it).
    # Clause own_contents: a chapter's own list ("Chapter 3. The Root Filesystem"
    # over its "Table of Contents" in the FHS, after the book's list) is inside
    # the body: the chapters and sections above the last one are headings too.
    half = lines.starts[-1] // 2
    heads = {c.line for c in cands if c.kind in ("keyword", "cjk")}
    found.body = max(
        (
            b
            for a, b in regions
            if lines.starts[a] < half
            and not _own_list(lines, heads, regions, a)
            and not _announced_list(lines, a, kept, text)
        ),
        default=0,
    )
    return kept, found


_PIECE_PARTS = frozenset(("volume", "tome", "part", "book"))  # as parts_not_chapters


def _announced_list(lines: Lines, a: int, cands: list[hd.Candidate], text: TextSums) -> bool:
    """Clause ``announced_list`` (session 38): a list right under a sentence of prose that
    ends with a colon ("We will therefore divide this important Meditation into six
    paragraphs:" over "1. OF RELIGIONS ..." - "6. OF THE DOCTOR." in Balzac's Physiology
    of Marriage, part 3) is a piece's own list in running text, not the book's contents:
    the body does not start after it, so the headings above it ("MEDITATION XXIII." ...)
    need not open text as a title page's lines do. Its entries still name the headings.
    Guards: the line closes prose (its paragraph 6 words or more, in lower case mostly;
    a wrapped paragraph read over its lines), only blank lines between: "CONTENTS:" /
    "Contents of this volume:" over a list announce the book's contents.
    Clause announced_list_in_piece (review): the list stands inside a piece, under a
    chapter-like heading ("MEDITATION XXV.", not a "VOL. I." or "PART") that opens text
    before it: "The stories printed in this volume are the following:" over a book's
    numbered list at its front (only a title page and a preface above) still opens the body."""
    above = a - 1
    while above > 0 and lines.blank[above]:
        above -= 1
    if above < 0 or not lines.texts[above].endswith(":"):
        return False
    top = above  # a wrapped paragraph: its lines up to the blank line above
    while top > 0 and above - top < 8 and not lines.blank[top - 1]:
        top -= 1
    words = " ".join(lines.texts[top : above + 1]).split()
    if len(words) < 6 or sum(w[:1].islower() for w in words) * 2 <= len(words):
        return False
    return any(  # clause announced_list_in_piece
        c.line < a
        and c.kind in ("keyword", "sequence", "cjk")
        and c.series.split(":")[-1] not in _PIECE_PARTS
        and text.between(c.line, a)
        for c in cands
    )


def _own_list(lines: Lines, heads: set[int], regions: list[tuple[int, int]], a: int) -> bool:
    """Whether the list opened at line ``a`` is a chapter's own: after the first
    list, right under a keyword heading (clause ``own_contents``)."""
    above = a - 1
    while above > 0 and lines.blank[above]:
        above -= 1
    return a > regions[0][0] and above in heads


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
