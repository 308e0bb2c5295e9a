"""A work's title page inside a compilation opens that work, at the top level.

Clause ``work_title_page`` (session 39): a compilation prints each work's own title
page, "TITLE" / "BY" / "AUTHOR", each line set apart by blank lines (Balzac's Poor
Relations: "COUSIN BETTY" / "BY" / "HONORE DE BALZAC" after the volume's
introduction, then "COUSIN PONS" / "BY" / ... after Cousin Betty's last page; the
plays of Contemporary One-Act Plays, "THE EXCHANGE" / "BY" / "ALTHEA THURSTON").
Before, the title was no section (a line in capitals in a book of numbered
chapters is no candidate the layout confirms) or one at a chapter's level, and the
work's chapters sat beside the works before it. Now the title opens a section ranked
above every other heading of the document; the work's own headings go under it.
A heading on one of the page's lines is replaced (the page is the work's heading).

``work_title_page_whole``
    the title's blocks above the one over "BY", each set apart by one or two blank lines,
    are the title too when a word joins them ("ADRIFT IN THE CITY" / "OR" / "OLIVER
    CONRAD'S PLUCKY FIGHT"; "INTRODUCTORY NOTE TO" / "THE LIFE OF A GREAT SINNER") or the
    lower one is a subtitle in parentheses ("MANIKIN AND MINIKIN" / "(A BISQUE-PLAY)").
``work_title_page_heading_above``
    a bare number ("II" over "COUSIN PONS", 4 blank lines between) or a heading in
    capitals ("THE UNFULFILLED IDEA" over "INTRODUCTORY NOTE TO") right above the page,
    only blank lines between, joins the title ("II COUSIN PONS"); its section is the work's.

Guards:

``work_title_page_body``
    the page comes after the body has started: at least ``_BODY_CHARS`` characters
    of prose (lines of 60 characters or more, mostly in lower case) stand above it.
    A book's own title page is at its front, with no prose above it.
``work_title_page_not_credit``
    the line over "BY" is no credit or imprint ("COPYRIGHT, 1895,", "TRANSLATED FROM
    THE RUSSIAN", "EDITED FOR SCHOOL USE", "ILLUSTRATED"), and the line under it is a
    name: at most 8 words, no digits, no firm's words ("PORTER & COATES.", "... PRESS",
    "... COMPANY").
``work_title_page_two``
    two or more such pages with different titles: one page after a preface is the
    book's own front, and the same title on every page (a volume's front repeating the
    work's title, Dante's "OR THE INFERNO" / "BY" / "DANTE ALIGHIERI") is no
    compilation: pages whose title comes again are left.
``work_title_page_listed``
    one page alone is a work's when the book's contents list names its title and the work
    before it is found by clause ``work_title_listed_sibling`` (session 41): Balzac's Analytical
    Studies lists "THE PHYSIOLOGY OF MARRIAGE" and "PETTY TROUBLES OF MARRIED LIFE"; the second
    has its own page after the first's last meditation, the first only its title block. A book's
    own page after a preface that its contents list names (Darwin's Geological Observations on
    South America, after the EDITORIAL NOTE) has no listed work above it: left.
``work_title_listed_sibling``
    where a listed page fires, a line in capitals set apart between the contents list and the
    first page, that no heading holds, whose text an entry of the page's indent names opens that
    work too (its first occurrence): Analytical Studies' "THE PHYSIOLOGY OF MARRIAGE;" (over
    "OR," and its subtitle, no "BY" page). Without it the Physiology's parts would fall under
    the volume's INTRODUCTION, ranked as front matter with the works.
``work_title_page_apart``
    the page stands apart from the text above it: at least ``_APART`` blank lines over its
    title, or over one short line right above it (Brodsky's "THE UNFULFILLED IDEA" over
    "INTRODUCTORY NOTE TO"). Every page fired in the mirror has 3 or more; a title page quoted in
    running text (a bibliography entry laid out "TITLE" / "BY" / "AUTHOR", a frontispiece's
    caption "... BY ...") sits one blank line under a paragraph, as the paragraphs do.
``work_title_page_prose_after``
    real text follows the page before the next page (``_AFTER_CHARS`` characters of
    prose lines): a publisher's list at the end ("NOVELS AND STORIES" / "BY" / ...
    over titles and prices) is no work.

Cost: one regex search for a line "BY" that starts on a newline (0.2 ms over a 430,000-
character book); the prose count only where two pages pass the page's own tests.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from transforms.contents_numbers import key
from transforms.heading_candidate import CAPS_RANK

if TYPE_CHECKING:
    from collections.abc import Callable

    from transforms.contents import Contents, Lines
    from transforms.sections import Heading

# A line "BY" (not the text's first or last: a page has a title above and a name below),
# found from its newline: no MULTILINE anchor, which makes the engine try every position.
_BY_LINE = re.compile(r"\n[ \t]*B[Yy][ \t]*(?=\n)")
_BODY_CHARS = 1000  # characters of prose above a work's page, at least
_AFTER_CHARS = 1000  # characters of prose after it, before the next page, at least
_GAP = 4  # blank lines between the page's lines, at most
_NUMBER_GAP = 6  # lines from a bare number down to the page's title, at most
_CREDIT = re.compile(
    r".*\b(?:copyright|copyrighted|translated|translation|translator|edited|editor|illustrat\w*"
    r"|compiled|arranged|revised|abridged|adapted|introduction|notes|preface|selected|printed"
    r"|published|publishers?|dedicated|rendered|written|foreword|drawings|pictures|decorations"
    r"|portraits?|memoir|sketch|commentary|verses|novels|stories|works|books|series|volumes?|vol"
    r"|also|same author|author of)\b",
    re.IGNORECASE,
)
_FIRM = re.compile(
    r".*(?:&|\b(?:co|company|press|publishers?|sons|brothers|bros|limited|ltd|inc|library)\b)",
    re.IGNORECASE,
)
_APART = 2  # blank lines over a work's page, at least (clause work_title_page_apart)
_JOIN_GAP = 2  # blank lines between two blocks of one title, at most
_JOIN_LAST = {"OR", "OF", "TO", "AND", "THE", "A", "AN", "FOR", "IN", "ON", "WITH"}
_JOIN_FIRST = {"OR", "OF", "TO", "AND"}
_NUMBER = re.compile(r"(?:[IVXLC]+|\d+)\.?")


def _prose(line: str) -> bool:
    """A line of running text: 60 characters or more, mostly lower-case letters."""
    if len(line) < 60:
        return False
    head = line[:200]  # the case of a paragraph's first 200 characters is enough
    return sum(map(str.islower, head)) * 2 > sum(map(str.isalpha, head))


def _block_up(lines: Lines, i: int) -> tuple[int, int] | None:
    """(first, last) lines of the block of text ending above line ``i`` (blank lines
    between, at most ``_GAP``, at least one), the block set apart above."""
    j, gap = i - 1, 0
    while j >= 0 and lines.blank[j]:
        j, gap = j - 1, gap + 1
    if j < 0 or not 1 <= gap <= _GAP:
        return None
    top = j
    while top > 0 and not lines.blank[top - 1] and j - top < 2:
        top -= 1
    if top > 0 and not lines.blank[top - 1]:
        return None
    return top, j


def _page(lines: Lines, b: int) -> tuple[int, str, int] | None:
    """(first line, title, author's line) of the title page whose "BY" is line ``b``."""
    up = _block_up(lines, b)
    if up is None:
        return None
    top, last = up
    title = " ".join(lines.texts[top : last + 1])
    j, gap = b + 1, 0
    n = len(lines.texts)
    while j < n and lines.blank[j]:
        j, gap = j + 1, gap + 1
    if j >= n or not 1 <= gap <= _GAP or (j + 1 < n and not lines.blank[j + 1]):
        return None
    author = lines.texts[j]
    # Clause work_title_page_not_credit.
    if (
        len(title) > 100
        or len(title.split()) > 12
        or title[-1] in ",:;"
        or not any(map(str.isupper, title))
        or _CREDIT.match(title)
        or len(author) > 60
        or len(author.split()) > 8
        or not author[0].isupper()
        or any(map(str.isdigit, author))
        or _FIRM.match(author)
    ):
        return None
    top, title = _whole_title(lines, top, title)
    return top, title, j


def _whole_title(lines: Lines, top: int, title: str) -> tuple[int, str]:
    """Clause ``work_title_page_whole`` (module docstring): the blocks of the title above the
    one over "BY", joined by a word ("ADRIFT IN THE CITY" / "OR" / "OLIVER CONRAD'S PLUCKY
    FIGHT"; "INTRODUCTORY NOTE TO" / "THE LIFE OF A GREAT SINNER") or a subtitle in
    parentheses under its title ("MANIKIN AND MINIKIN" / "(A BISQUE-PLAY)")."""
    for _ in range(4):
        above = _block_up(lines, top)
        if above is None or top - above[1] > _JOIN_GAP + 1:
            break
        words = " ".join(lines.texts[above[0] : above[1] + 1])
        if len(words) > 60 or sum(map(str.islower, words)) > sum(map(str.isupper, words)):
            break
        paren = title.startswith("(") and title.endswith(")")
        last = words.split()[-1].strip(",.;:").upper()
        first = title.split()[0].strip(",.;:").upper()
        if not (paren or last in _JOIN_LAST or first in _JOIN_FIRST):
            break
        top, title = above[0], f"{words} {title}"
    return top, title


def _apart(lines: Lines, top: int) -> bool:
    """Clause ``work_title_page_apart`` (module docstring): ``_APART`` blank lines over the page's
    first line ``top``, or over one short line in capitals that stands right above it."""
    j, gap = top - 1, 0
    while j >= 0 and lines.blank[j]:
        j, gap = j - 1, gap + 1
    if gap >= _APART or j < 0:
        return True
    line = lines.texts[j]
    if j == 0 or not lines.blank[j - 1] or len(line) > 60 or _prose(line) or line.upper() != line:
        return False
    k, over = j - 1, 0
    while k >= 0 and lines.blank[k]:
        k, over = k - 1, over + 1
    return over >= _APART or k < 0


def _enough(pages: list, listed: Callable[[str], bool] | None) -> bool:
    """Clauses ``work_title_page_two`` and ``work_title_page_listed``: two pages or
    more, or one whose title the book's contents list names."""
    return len(pages) >= 2 or (len(pages) == 1 and listed is not None and listed(pages[0][1]))


def _listed_siblings(
    lines: Lines, pages: list, contents: Contents, headings: list[Heading], prose: list[int]
) -> list[tuple[int, str, int]]:
    """Clause ``work_title_listed_sibling`` (module docstring): (line, title, line) of the
    lines in capitals, set apart, between the contents list and the first page, that no
    heading holds and whose text a contents entry beside a page's title names."""
    keys = {key(p[1]) for p in pages}
    indents = {contents.entries[k] for k in keys if k in contents.entries}
    wanted = {k for k, d in contents.entries.items() if d in indents and k not in keys}
    if not wanted:
        return []
    held = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings}
    out = []
    for i in range(contents.body, pages[0][0]):
        t = lines.texts[i]
        if (
            t
            and len(t) <= 60
            and t.upper() == t
            and i not in held
            and prose[i] >= _BODY_CHARS
            and _apart(lines, i)
            and key(t) in wanted
        ):
            wanted.discard(key(t))  # a work's title once: a running title repeats it
            out.append((i, " ".join(t.split()).rstrip(",;:"), i))
    return out


def _prose_lines(lines: Lines) -> list[int]:
    """Running totals of prose characters, line by line (index i: lines before i)."""
    out = [0]
    for t in lines.texts:
        out.append(out[-1] + (len(t) if _prose(t) else 0))
    return out


def work_title_pages(
    text: str, lines: Lines, headings: list[Heading], contents: Contents | None = None
) -> list[Heading]:
    """Clause ``work_title_page`` (module docstring). ``contents``: what the book's
    contents lists tell (clauses ``work_title_page_listed``, ``work_title_listed_sibling``)."""
    listed = None if contents is None else (lambda title: key(title) in contents.entries)
    pages = []
    for m in _BY_LINE.finditer(text):
        b = bisect.bisect_right(lines.starts, m.end()) - 1
        found = _page(lines, b)
        if found is not None and _apart(lines, found[0]):
            pages.append(found)
    if not pages or (len(pages) < 2 and listed is None):
        return headings
    prose = _prose_lines(lines)
    # Clause work_title_page_body: prose above the page.
    pages = [p for p in pages if prose[p[0]] >= _BODY_CHARS]
    # Clause work_title_page_two: distinct titles, two or more.
    names = [" ".join(p[1].upper().strip(" .").split()) for p in pages]
    pages = [p for p, name in zip(pages, names, strict=True) if names.count(name) == 1]
    if not _enough(pages, listed):
        return headings
    if contents is not None:
        siblings = _listed_siblings(lines, pages, contents, headings, prose)
        if len(pages) == 1 and not siblings:
            return headings  # clause work_title_page_listed: a lone page needs a work above it
        pages = sorted(pages + siblings)
    # Clause work_title_page_prose_after: text follows, before the next page.
    ends = [p[0] for p in pages[1:]] + [len(lines.texts)]
    pages = [
        p for p, end in zip(pages, ends, strict=True) if prose[end] - prose[p[0]] >= _AFTER_CHARS
    ]
    if not _enough(pages, listed):
        return headings
    from transforms.sections import Heading  # here: sections imports this module

    top = min([h.rank for h in headings] + [CAPS_RANK]) - 1
    line_of = [bisect.bisect_right(lines.starts, h.start) - 1 for h in headings]
    drop: set[int] = set()
    added = []
    for t, title, author in pages:
        start = lines.starts[t]
        # A heading on the page's lines (its title read as a line in capitals) is replaced.
        drop.update(k for k, line in enumerate(line_of) if t <= line <= author)
        # Clause work_title_page_heading_above: the work's number right above its page ("II" /
        # 4 blank lines / "COUSIN PONS"), or a line in capitals ("THE UNFULFILLED IDEA" over
        # "INTRODUCTORY NOTE TO" / "THE LIFE OF A GREAT SINNER" / "BY" / "N. BRODSKY").
        k = bisect.bisect_left(line_of, t) - 1
        if (
            k >= 0
            and 0 < t - line_of[k] <= _NUMBER_GAP
            and (_NUMBER.fullmatch(headings[k].title.strip()) or headings[k].kind == "caps")
            and all(lines.blank[line_of[k] + 1 : t])
        ):
            drop.add(k)
            start, title = headings[k].start, f"{headings[k].title.strip()} {title}"
        added.append(Heading(start, lines.ends[t], " ".join(title.split()), "caps", top))
    out = [h for k, h in enumerate(headings) if k not in drop] + added
    return sorted(out, key=lambda h: h.start)
