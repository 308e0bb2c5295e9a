"""Chapters an EPUB or an HTML page states in its markup, confirmed in the text.

The readers (``transforms.epub``, ``transforms.html_text``) write each ``<h1>``-``<h6>``
as a line of its own (clause ``heading_lines``) and keep ``(level, line)`` of each
(clause ``markup_headings``); :func:`located` notes how many lines of the read text
carry the same words before and after it, and the ``Document`` carries them to the
structure stage (``schemas.MarkupHeading``; ``()`` for every other input). There the
text rules (``transforms.sections``) run as for any text, then
:func:`with_markup_headings` applies the markup's evidence. Named rules (tests in
``tests/transforms/test_markup_headings.py``):

``markup_line``
    a markup heading is the line of the cleaned text with its words (letters and
    digits, case-folded: cleaning changes spaces and wraps, never words) at the same
    place among the lines with those words: the ``before``-th of ``before + 1 +
    after``. When cleaning dropped or added such a line (the counts differ) or it comes
    before the previous markup heading's line, the heading is not used: markup evidence never moves a section
    to another line (a contents page's entry "1. About this manual" before the
    chapter's own heading is the first of two lines with those words). Clause
    ``heading_place``: the reader's line is the first such line after the previous
    heading's that has the reader's heading gap before it (3 blank lines), not a
    contents list's link line with the same words (expat's reference.html).
``markup_chapters``
    an EPUB's heading line that the text rules missed (live-manual ja's "1.
    このマニュアルについて", the Ubuntu guide ru's "5. Использование chroot-окружений")
    opens a section: the book states its chapters. A line inside a heading the rules
    found (its title line) opens nothing new. An EPUB toc label the book writes over
    two lines (clause ``toc_two_lines`` of ``transforms.epub_toc``) opens a heading
    that ends at its second line, the two lines' words its title.
``markup_levels``
    with any markup heading confirmed, levels come from the markup first (h1 over h2
    ... over h6) and from the text rules' ranks within one markup level (a Gutenberg
    EPUB that sets "BOOK I" and "CHAPTER 1" both in ``<h2>`` keeps books over
    chapters). A heading the text rules found that no markup heading names sits at
    the markup level of the nearest confirmed rank at or above its own; clause
    ``unmarked_under``: one whose rank is below that confirmed rank sits under the
    deepest markup level (the Debian Policy EPUB's footnote labels "1", "2" under
    its <h2> sections, not between them and the <h1> chapters). An added heading
    takes its next sibling's text rank (clause ``sibling_rank``), one lower per extra
    part of its dotted number (clause ``number_depth``: "1.1. In the Beginning"
    under "Chapter 1." where DocBook sets both in ``<h1>``).
``contents_page_headings``
    (an EPUB's) a heading the text rules found on a contents page that
    ``markup_contents`` reads (the live-manual's index page: "1. このマニュアルについて",
    its part titles) opens no section: the page's entries name the chapters, as a
    plain text's contents list does (``transforms.contents``); a line an entry names
    as its target stays. Clause ``naming_entries_only``: only a line of the page
    whose entry names a later line (a contents entry) loses its heading; a line
    naming none keeps it (a part page's "PART ONE" over the chapter titles it lists
    in h-tags, "CHAPTER I" right before its title line that the page names); clause
    ``heading_of_text``: nor does the page's last line when text comes next (a
    repeated title page's "CHAPTER I" where each volume starts at I again).
``repeated_title_page`` (session 20)
    a ``markup_contents`` run whose named lines are themselves a run (no text, only
    heading lines between them) is a title page the book repeats before each volume
    (Pliny's "THE NATURAL HISTORY OF PLINY.", its translator, "VOL. V." then again
    with "VOL. VI."), not a contents page: its lines are headings, as the repeat's are.
``contents_title`` (session 20, wave 2)
    a markup heading that names a contents page ("Table of Contents",
    "Inhaltsverzeichnis", "Table des Matières", "Indice", "目录": ``CONTENTS_TITLES``)
    is no chapter: calibre's Quick Start Guide's toc.xhtml heading opened a section.
``title_again`` (session 20, wave 2)
    a heading over a contents page followed, with only the page's entries between,
    by one with the same words at the same level (the live-manual's "Live Systems
    Manual" on its index page, then on its title page) is one heading: the second
    opens no section.
``page_headings_relevel``
    an HTML page's h-tags only re-level headings the text rules found; they add
    none: a page's ``<h2>Related articles</h2>``, "Navigation", a site name in an
    ``<h1>`` are web chrome, not sections (an EPUB's chapters are the book's). Clause
    ``converter_headings`` (session 22): a page a document converter wrote whole
    (Pandoc's standalone HTML; docutils', AsciiDoc's, Asciidoctor's: clause
    ``converter_generators``; ``transforms.html_files.markup_source``) adds them as an
    EPUB does: its h-tags are the document's headings.

``code_no_sections`` (session 23)
    a line of an HTML page's code example (a level-0 mark, ``transforms.html_code``) is
    no heading: the text rules' heading on it is dropped (docutils' doctree.html's
    "Document Title" over "==============" in its reStructuredText examples). Marks all
    at level 0 (session 31: an EPUB whose only h-tags are running heads,
    ``transforms.epub_running_heads``) leave the text rules' headings as they are.

``title_block_again`` (session 23)
    a converted document's heading repeating the last same-level heading's words with
    only headings and two short lines between (Texinfo's ``@settitle`` then its Top
    node: "R FAQ" twice) is one heading.

``aozora_sections`` (session 29)
    an Aozora Bunko text's heading notes (source ``"aozora"``,
    ``transforms.aozora_headings``) are its sections exactly: see that module.
``aozora_sections_front`` (session 29, review)
    except the text rules' headings wholly before the first noted heading: they stay,
    ranked as the highest noted heading (a story's unnoted title line).
``aozora_sections_diary`` (session 29, review)
    and a diary's dated entries the text rules found under the noted headings, one rank
    below the lowest noted one.

A document without markup headings (plain text, JSON lines, a page with no h-tags)
keeps the text rules' sections exactly.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from schemas import MarkupHeading
from transforms.contents import scan_lines
from transforms.markup_levels import _relevel
from transforms.markup_title_again import _title_again, _title_block_again
from transforms.rising_runs import longest_rising

CONTENTS_RUN = 4  # rule markup_contents: heading lines in a row with no text between
# Rule markup_chapters: an EPUB's marks and a converter's page's (clause converter_headings
# of transforms.html_files: Pandoc's standalone HTML) add the sections the text rules missed.
ADDING = frozenset(("epub", "document"))


def line_key(line: str) -> str:
    """Rule ``markup_line``: a line's words, case-folded, without spaces or marks."""
    # Clause line_key_filter (session 42): ``filter`` over ``str.isalnum`` keeps the same
    # characters as the generator did, in C (twice as fast on a book's lines).
    return "".join(filter(str.isalnum, line.casefold()))


# Clause line_key_filter: \w is str.isalnum or "_" (one C test in CPython); checked on every
# code point in the tests, and at import on _EDGES (else line_keys goes line by line).
_NOT_KEY = re.compile(r"[^\w\n]+|_+")
_EDGES = "_a²½Ⅻ١〇ǅ\u0301\u0345ßİﬁΣς‿\u3000。#１中"  # numerals, marks, folds
_WHOLE_TEXT = _NOT_KEY.sub("", _EDGES.casefold()) == line_key(_EDGES)


def line_keys(text: str) -> list[str]:
    """``[line_key(line) for line in text.split("\\n")]``, casefold being per character."""
    if not _WHOLE_TEXT:
        return [line_key(line) for line in text.split("\n")]
    return _NOT_KEY.sub("", text.casefold()).split("\n")


# Clause line_keys_gate (session 46): a line whose key is K holds each kana and CJK
# ideograph of K itself, since no other character casefolds to one (tested on every code
# point). Only the lines holding the rarest such character of a wanted key (counted in the
# text's first 65,536 characters) and all of that key's others are keyed: a Markdown-marked
# book's heading titles (官場現形記: 61 titles, 648,281 characters, 3,568 lines) keyed
# whole cost 35 ms a call, two calls a book.
_GATE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SAMPLE = 65_536


def key_lines(text: str, wanted: set[str]) -> dict[str, list[int]]:
    """``{k: [i for i, key in enumerate(line_keys(text)) if key == k] for k in wanted}``
    without the empty lists (clause ``line_keys_gate``): the numbers of the lines keyed
    ``k``, ascending; a wanted key with no gate character keys every line."""
    needs = {k: frozenset(_GATE.findall(k)) for k in wanted}
    found: dict[str, list[int]] = {}
    if not all(needs.values()):
        for i, key in enumerate(line_keys(text)):
            if key in wanted:
                found.setdefault(key, []).append(i)
        return found
    if not wanted:
        return found
    sample = Counter(text[:_SAMPLE])
    by_gate: dict[str, list[frozenset]] = {}
    for need in set(needs.values()):
        by_gate.setdefault(min(need, key=lambda c: (sample[c], c)), []).append(need)
    gate = re.compile("[" + "".join(sorted(by_gate)) + "]")
    search, findall = gate.search, gate.findall
    line, at, m = 0, 0, search(text)
    while m:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        words = text[start:end]
        if any(all(c in words for c in n) for g in set(findall(words)) for n in by_gate[g]):
            line += text.count("\n", at, start)
            at = start
            key = line_key(words)
            if key in wanted:
                found.setdefault(key, []).append(line)
        m = search(text, end + 1)
    return found


def starts_of_lines(text: str) -> list[int]:
    """Where the lines of ``text`` start (clause line_key_filter: from the lines' lengths)."""
    return list(itertools.accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))


# Clause contents_title: a contents page's own heading, in the languages of the readers'
# books (the text rules' list openers, ``transforms.contents``), opens no section.
CONTENTS_TITLES = frozenset(
    line_key(t)
    for t in (
        "Contents", "Table of Contents", "Inhaltsverzeichnis", "Inhalt", "Table des matières",
        "Sommaire", "Índice", "Indice", "Sumário", "Tabla de contenidos", "Tabla de contenido",
        "Inhoudsopgave", "Inhoud", "Содержание", "Оглавление", "Sumari", "Mục lục",
        "Innehållsförteckning", "Innehåll", "İçindekiler", "Spis treści", "Cuprins", "Obsah",
        "Sisällys", "Indholdsfortegnelse", "Innholdsfortegnelse", "目录", "目錄", "目次", "차례",
        "목차",
    )
)  # fmt: skip


def located(text: str, marks: list[tuple[int, str]], source: str) -> tuple[MarkupHeading, ...]:
    """``marks`` ((level, line) of each h-tag in ``text``, in order) as
    ``MarkupHeading`` records: which of the lines with the same words each one is."""
    if not marks:
        return ()
    keys = [line_key(line) for line in text.split("\n")]
    counts = Counter(keys)
    wanted = {line_key(title) for _, title in marks}
    found: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k in wanted:
            found.setdefault(k, []).append(i)
    blank = [not k for k in keys]
    out, last = [], -1
    for level, title in marks:
        k = line_key(title)
        if not k:
            continue
        positions = found.get(k, [])
        # the first line with these words after the previous heading's line ...
        j = bisect.bisect_right(positions, last)
        if j >= len(positions):
            continue
        # ... set off as the reader sets a heading (clause heading_place; not a code line)
        if level:
            j = next((x for x in range(j, len(positions)) if _set_off(blank, positions[x])), j)
        last = positions[j]
        out.append(MarkupHeading(level, title, j, counts[k] - j - 1, source))
    return tuple(out)


def _set_off(blank: list[bool], i: int) -> bool:
    """Clause ``heading_place``: line ``i`` has the reader's heading gap before it (3
    blank lines, clause ``heading_gap`` of ``transforms.html_text``; or it opens the
    text). A contents entry with the same words (a link line of a page's or a book's
    contents list, 1 blank line around it) is not the heading."""
    return all(blank[max(0, i - 3) : i])


def with_markup_headings(text: str, headings: list, marks) -> list:
    """The text rules' ``headings`` (``transforms.sections.Heading``, in order) with
    the markup's evidence applied (module doc); ``headings`` unchanged without marks."""
    if not marks:
        return headings
    lines = scan_lines(text)
    keys = [line_key(t) for t in lines.texts]
    where: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k:
            where.setdefault(k, []).append(i)
    code: set[int] = set()
    if any(not mark.level for mark in marks):  # clause code_no_sections
        code = {i for i, _ in _confirmed(lines, where, [m for m in marks if not m.level])}
        headings = [
            h for h in headings if bisect.bisect_right(lines.starts, h.start) - 1 not in code
        ]
        marks = [mark for mark in marks if mark.level]
        if not marks:  # only level-0 marks (session 31): the text rules' headings stand
            return headings
    confirmed = _confirmed(lines, where, marks)
    if marks[0].source == "aozora":  # clause aozora_sections (transforms.aozora_headings)
        from transforms.aozora_headings import noted_sections  # it imports line_keys here

        return noted_sections(lines, confirmed, headings) or headings
    entries: set[int] = set()  # lines of contents pages whose entry names a later line
    confirmed = _contents_runs(lines, where, confirmed, entries)
    if not confirmed:
        return headings
    if entries and marks[0].source == "epub":  # clause contents_page_headings
        confirmed, again = _title_again(lines, keys, confirmed, entries)
        targets = {i for i, _ in confirmed}
        headings = [
            h for h in headings
            if not _on_page(lines, entries, targets, h.start)
            and bisect.bisect_right(lines.starts, h.start) - 1 not in again
        ]  # fmt: skip
    if marks[0].source == "document":  # clause title_block_again
        confirmed, again = _title_block_again(lines, keys, confirmed, code)
        headings = [
            h for h in headings if bisect.bisect_right(lines.starts, h.start) - 1 not in again
        ]
    line_of = [bisect.bisect_right(lines.starts, h.start) - 1 for h in headings]
    last_line = [bisect.bisect_right(lines.starts, max(h.end - 1, h.start)) - 1 for h in headings]
    level_of: dict[int, int] = {}  # index into headings -> markup level
    added = []
    for i, mark in confirmed:
        inside = bisect.bisect_right(line_of, i) - 1
        if inside >= 0 and last_line[inside] >= i:
            if line_of[inside] == i:
                level_of[inside] = mark.level
            continue  # a title line of a found heading opens nothing new
        if mark.source in ADDING:  # rule markup_chapters; page_headings_relevel: not a page's
            added.append((i, mark))
    if not level_of and not added:
        return headings
    return _relevel(lines, headings, level_of, added)


def _confirmed(lines, where: dict[str, list[int]], marks) -> list[tuple[int, MarkupHeading]]:
    """Rule ``markup_line``: (line, mark) of each of ``marks`` found in the text."""
    confirmed: list[tuple[int, MarkupHeading]] = []
    last = -1
    for mark in marks:
        positions = where.get(line_key(mark.title), [])
        if len(positions) != mark.before + 1 + mark.after:
            continue
        i = positions[mark.before]
        if (
            mark.level
            and line_key(mark.title) in CONTENTS_TITLES
            and not _prose_after(lines.texts, i)
        ):
            continue  # clause contents_title: the list's page, no section of the book
        if i <= last:
            continue
        confirmed.append((i, mark))
        last = i
    return confirmed


def _prose_after(texts: list[str], i: int) -> bool:
    """Clause ``contents_chapter`` (review of ``contents_title``): the next line after
    line ``i`` with text is a paragraph (100 characters or more), not a list's entry: a
    chapter called "Contents" with prose under it stays a section."""
    return next((len(t) >= 100 for t in itertools.islice(texts, i + 1, None) if t.strip()), False)


def _on_page(lines, entries: set[int], targets: set[int], start: int) -> bool:
    """Clause ``contents_page_headings``: a text-rule heading on a line of a contents
    page that no entry names as its target; clause ``naming_entries_only``: the line
    is one of the page's entries that names a later line (``entries``), not a part
    title or a chapter's own heading line that names none."""
    line = bisect.bisect_right(lines.starts, start) - 1
    return line in entries and line not in targets


def _contents_runs(lines, where, confirmed, entries: set | None = None):
    """Rule ``markup_contents``: a run of ``CONTENTS_RUN`` or more markup heading lines
    with no text between them, half of whose words come again after it, is a contents
    page (the Debian live-manual's index page sets its 234 entries in ``<h1>``,
    ``<h4>``-``<h6>``), not chapters; each entry names the first line with its words
    after its own (the chapter's own heading, or a section's "1.1 For the impatient"
    set in ``<p class="bold">``), in order, and confirms that line at its level; an
    entry naming no such line opens nothing."""
    runs, run = [], []
    marked = {i for i, _ in confirmed}
    for i, mark in confirmed:
        if run and any(not b for b in lines.blank[run[-1][0] + 1 : i]):
            runs.append(run)
            run = []
        run.append((i, mark))
    runs.append(run)
    out = []
    for run in runs:
        targets = []
        for line, mark in run:
            positions = where.get(line_key(mark.title), [])
            later = positions[bisect.bisect_right(positions, line) :]
            if later:
                targets.append((later[0], mark))
        named = _increasing(targets) if len(run) >= CONTENTS_RUN else []
        # clause repeated_title_page: a run naming a run is a title page, not contents
        if 2 * len(targets) < len(run) or not named or _repeated(lines, named, marked):
            out += [(i, 0, mark) for i, mark in run]  # chapters' own headings
            continue
        if entries is not None:  # clause naming_entries_only: the entries that name a line
            naming = {id(mark) for _, mark in named}
            entries.update(i for i, mark in run if id(mark) in naming)
            entries.discard(_heading_of_text(lines, run[-1][0], marked))
        out += [(i, 1, mark) for i, mark in named]
        named_lines = {i for i, _ in named}  # a chapter's own heading right after the list
        out += [(i, 0, mark) for i, mark in run if i in named_lines]
    seen, kept = set(), []
    for i, _, mark in sorted(out, key=lambda entry: entry[:2]):
        if i not in seen:  # named by an entry and by its own h-tag: the h-tag's level
            seen.add(i)
            kept.append((i, mark))
    return kept


def _repeated(lines, named: list, marked: set[int]) -> bool:
    """Clause ``repeated_title_page``: the lines a run names are themselves a run (no
    line of text between them, only other heading lines): the run is a title page the
    book repeats (volume II's "THE WIDE VALLEY", "BY JOHN SMITH" ...), not a contents
    page naming chapters that text separates."""
    for (a, _), (b, _) in zip(named, named[1:], strict=False):
        if any(not lines.blank[j] and j not in marked for j in range(a + 1, b)):
            return False
    return len(named) > 1


def _heading_of_text(lines, last: int, marked: set[int]) -> int:
    """Clause ``heading_of_text``: the last line of a run read as a contents page,
    when text (not another markup heading) comes next, is that text's own heading,
    not an entry (a volume's title page "VOLUME I", "CHAPTER I" where each volume
    starts its chapters at I again: the run names volume II's lines, yet volume I's
    "CHAPTER I" opens its chapter); -1 otherwise."""
    after = next((j for j in range(last + 1, len(lines.blank)) if not lines.blank[j]), None)
    return last if after is not None and after not in marked else -1


def _increasing(targets: list) -> list:
    """The longest run of ``targets`` ((line, mark), in the contents' order) whose
    lines go forward: an entry whose words come first far ahead (a title repeated on
    the last page) does not push the others out."""
    return [targets[j] for j in longest_rising([line for line, _ in targets])]
