"""Where a contents list runs: rule ``contents_list``'s regions after an opener
("CONTENTS", 目录, "Inhaltsverzeichnis" ...), up to a gap of two blank lines or
the body's first heading the list named already (clauses ``named_twice``,
``numbered_twice``, ``list_goes_on``, ``cjk_named_twice``, ``numbered_question``,
``entry_rest``, ``cjk_number_title_named_twice``). See ``transforms.contents``;
moved from there in session 26 (``cjk_number_title_named_twice`` added in session 28).

Cost: one pass over the lines of each list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.contents_groups import groups_after_gap
from transforms.contents_headless import headless_regions
from transforms.contents_numbers import _NUMBER_DOT, _SECTION_NUMBER, key
from transforms.contents_openers import text_openers
from transforms.contents_wraps import SECTION_LINE_CHARS, entry_head

if TYPE_CHECKING:
    from transforms.contents import Lines


def numbered_entry(t: str) -> bool:
    """Clause ``numbered_question``: a line that opens with a section number
    (``_SECTION_NUMBER``) and is no longer than ``SECTION_LINE_CHARS`` is a
    contents entry or its heading, also when it is a question (the Debian FAQ's
    "1.1. What is this FAQ?"; an unnumbered "What?" is dialogue) or a long one
    (its "3.1.12. I am currently tracking testing (bookworm). What will ...",
    185 characters, ended the FAQ's contents list at ``MAX_LINE``)."""
    return len(t) <= SECTION_LINE_CHARS and _SECTION_NUMBER.match(t) is not None


# A division keyword of any of headings' languages ("chapter", "kapitel", "глава").
_KEYWORD = re.compile(rf"^(?:{'|'.join(sorted(hd.KEYWORD_RANK, key=len, reverse=True))})\.?\s*")


def _numbered_twice(lines: Lines, i: int, named: set[str]) -> bool:
    """Clause ``numbered_twice`` (of ``named_twice``): a numbered line after a
    blank line whose number and title the list named already ("3.1. Purpose"
    after a chapter's own "Table of Contents" in the FHS, "1. 免责声明" after the
    preface's 目录 in the Debian Reference) opens the body: DocBook's text output
    puts one blank line there, and the list would run on over the body's
    short lines, taking its headings with it.

    Clause ``list_goes_on``: not when the next line is a numbered entry the
    list has not named yet: a list whose parts each count from 1 ("PART II.",
    then "1. Introduction" again, "2. The natives") goes on there."""
    if not (i > 0 and lines.blank[i - 1] and _NUMBER_OPEN.match(lines.texts[i])):
        return False
    j = i + 1
    while j < len(lines.texts) and lines.blank[j]:
        j += 1
    nxt = lines.texts[j] if j < len(lines.texts) else ""
    return not (_NUMBER_OPEN.match(nxt) and key(nxt, numbering=True) not in named)


# Clause number_no_period (of numbered_twice): a number with no period opens the body too
# ("1 Introduction" after the entry "1 Introduction . . . 1", R's FAQ through pdftotext).
_NUMBER_OPEN = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?[ \t\xa0]")


def _entry_rest(lines: Lines, i: int) -> bool:
    """Clause ``entry_rest`` (of ``numbered_question``): the rest of a numbered
    entry set over two lines, the two no longer than ``SECTION_LINE_CHARS``
    together, stays in the list however long it is alone. The Russian Debian
    FAQ's "3.1.12. Сейчас я использую тестируемый дистрибутив" / "(bookworm).
    Что произойдёт ... стабильный дистрибутив?" (a bracket opens the second
    line, so unwrapping keeps the break): its 170 characters ended the list at
    ``MAX_LINE``, and the rest of the list (3.1.13 to 16.x) was read as the body.

    Clause ``rest_after_full_line`` (review): the first line is full (``WRAPPED_ENTRY_CHARS``,
    as for ``entry_second_line``): a short body heading "1.1. Reading the configuration"
    with its paragraph right under it is no entry going on (before the review the list
    ran on over the body's headings)."""
    # Clauses entry_lines, entry_columns, cjk_edge_indent (transforms.contents_wraps).
    if lines.blank[i] or _NUMBER_DOT.match(lines.texts[i]):
        return False
    return entry_head(lines.texts, lines.blank, lines.indent, i, numbered_entry) is not None


# A line that ends a CJK sentence (closing quotes after the mark). Latin "." does not
# count: a contents entry ends in one ("CHAPTER I. Of the Decline.", "The Fall.").
_SENTENCE_END = re.compile(r"[。！？…][」』”’\"')）]*$")
PROSE_COLUMNS = 70  # contents.REAL_LINE_CHARS: a line this wide is prose


def _prose_next(lines: Lines, i: int, keyword: set[int]) -> bool:
    """Clause ``matter_named_twice``: whether the next non-blank line after ``i`` is
    prose: it ends a CJK sentence or is ``PROSE_COLUMNS`` wide (a CJK character two).
    Clause ``matter_named_twice_entry_next`` (review, session 27): not when that line
    is a list entry itself (a keyword or CJK heading line, a numbered entry) or ends
    with a Latin mark only: a double-spaced list naming "PREFACE" once per volume has
    "CHAPTER I. Of the Decline." under its second "PREFACE", and the list was cut
    there (the second "PREFACE" made a section of the rest of the list)."""
    j = i + 1
    while j < len(lines.texts) and lines.blank[j]:
        j += 1
    if j >= len(lines.texts) or j in keyword:
        return False
    t = lines.texts[j]
    if numbered_entry(t) or _entry_rest(lines, j):
        return False
    width = len(t) if t.isascii() else (len(t.encode("utf-8")) + len(t)) // 2
    return width >= PROSE_COLUMNS or _SENTENCE_END.search(t) is not None


def _title_named(lines: Lines, i: int, value: int | None, listed: set[str]) -> bool:
    """Clause ``cjk_number_title_named_twice``: whether the chapter number ``value``
    on line ``i`` with the next non-blank line as its title is an entry of the list
    (``listed``: the entries' keys of number and title)."""
    j = i + 1
    while j < len(lines.texts) and lines.blank[j]:
        j += 1
    if j >= len(lines.texts) or value is None:
        return False
    return key(f"{value} {lines.texts[j]}", numbering=True) in listed


def list_regions(lines: Lines, cands: list[hd.Candidate]) -> list[tuple[int, int]]:
    """Line ranges [a, b) after openers, up to a gap of two blank lines, or
    (clause ``named_twice``) up to a keyword heading whose number and title the
    list named already: "Chapter\xa01.\xa0Definitions and overview" after the
    entry "1. Definitions and overview" opens the body (the Debian FAQ puts one blank
    line between its contents and its first chapter)."""
    regions = []
    n = len(lines.texts)
    keyword = {c.line for c in cands if c.kind in ("keyword", "cjk")}
    # Clause cjk_named_twice: "第 1 章 正确的起点" (DocBook's Chinese chapter line)
    # is the list's entry "1. 正确的起点" again: its number and title, "第"/"章" dropped.
    cjk = {c.line: key(f"{c.value} {c.rest}", numbering=True) for c in cands if c.kind == "cjk"}
    # Clause cjk_number_title_named_twice: a chapter's number alone ("第十一回") whose
    # next non-blank line is the title the list named with that number ("向来痴" for
    # the entry "第十一回 向来痴") opens the body, the heading set over two lines. The
    # omnibus e-books of jbts6/wuxia-novel (金庸's 天龙八部, 神雕侠侣) open each later
    # volume with "目录", its ten entries one blank line apart, then "第十一回", a blank
    # line, "向来痴" and the chapter: the list ran on over the chapter's number and
    # title, and the chapter was read as the end of the one before (7 chapters lost).
    bare = {c.line: c.value for c in cands if c.kind == "cjk" and not c.rest}
    openers = {
        c.line for c in cands
        if c.kind == "named" and c.series.split(":", 1)[1] in hd.LIST_OPENERS
    } | text_openers(lines.texts)  # fmt: skip
    # Clause matter_named_twice: a named division the list named already ("序", "前言",
    # "楔子", "PREFACE") with prose right under it is the body's front matter, as
    # named_twice's keyword line is the body's first chapter. A paragraph-a-line e-book
    # with no blank lines (or one blank line between its paragraphs) had no gap of two
    # blank lines there, so the list ran on over the body's "序" and its first paragraphs
    # and the preface was lost. Prose: a line that ends a sentence or is REAL_LINE_CHARS
    # wide; a list that names "前言" once per volume has its next entry there, no prose.
    matter = {c.line for c in cands if c.kind == "named"} - openers
    for line in sorted(openers):
        i = line + 1
        while i < n and lines.blank[i]:  # the blank lines under the opener
            i += 1
        blanks = 0
        named: set[str] = set()
        listed: set[str] = set()  # the CJK entries' numbers and titles
        while (
            i < n
            and blanks < 2
            and (
                len(lines.texts[i]) <= hd.MAX_LINE
                or numbered_entry(lines.texts[i])
                or _entry_rest(lines, i)
            )
        ):
            k = key(_KEYWORD.sub("", lines.texts[i].casefold()), numbering=True)
            if k and k in named and (i in keyword or _numbered_twice(lines, i, named)):
                break
            if cjk.get(i) in named:
                break  # clause cjk_named_twice
            if i in bare and _title_named(lines, i, bare[i], listed):
                break  # clause cjk_number_title_named_twice
            if i in matter and k in named and _prose_next(lines, i, keyword):
                break  # clause matter_named_twice
            named.add(k)
            if i in cjk:
                listed.add(cjk[i])
            blanks = blanks + 1 if lines.blank[i] else 0
            i += 1
        if blanks >= 2:  # clause contents_group_after_gap (transforms.contents_groups)
            i = groups_after_gap(lines, line, i)
        regions.append((line, i))
    # Clause headless_contents: a run of numbered entries with no opener whose
    # titles the book repeats later as its headings (transforms.contents_headless).
    return sorted(regions + headless_regions(lines, regions))
