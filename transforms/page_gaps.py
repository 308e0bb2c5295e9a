"""Clause ``page_gap``: the page lines that rule ``page_furniture``'s chains leave out,
found by the gaps they leave in the page numbers.

pdftotext -layout sets a book's running head and page number on one line at the
top of each page ("Chapter 5: R Add-On Packages      22"). The rule's chains need a
head to step a page 3 times in 4 and to stand in a chain of two; a chapter of one
or two pages has its head once ("Chapter 1: Introduction  2", R's FAQ), a chapter
with a page cut short by a display ("... 23" 19 lines after "... 22", the page
length ~47) steps too short once in three, and the last page of a chapter or a
one-page chapter ("20", "21") is too short for its lone number's step. Such lines
stayed: sections titled "Chapter 5: R Add-On Packages 22", "20", or heads joined
into a sentence of the training text.

Between two page lines found, numbered ``va`` and ``vb`` with ``vb - va >= 2``, the
pages ``va + 1`` ... ``vb - 1`` are missing. A candidate line (a short line with a
number before or after its text, or a lone number: ``page_furniture``'s keys) there
is a page line when its number fills the gap in order and where a page break can
be: taken in line order, its number above the last taken one's and below ``vb``, at
most two pages of lines per page number from the last taken line, and at least a
quarter page for each page skipped between them and between it and ``vb`` (a page
a gap holds can be short: the last page of a chapter, R-FAQ's page 2, is 11 lines of a
page of 46 before the number "3" of the next). A text key must also open
with a word that a found running head opens with ("Chapter", "Appendix"): a numbered
list item ("Step 3") or a figure caption in the gap does not. Clause ``gap_page_lines``:
nor a line a few lines from the page line before or after it that runs into the next line
(a footnote's mark over its note). Cost: one pass over
the candidates.
"""

from __future__ import annotations

import bisect
import re

# A page at the end of a chapter holds a few lines (R-FAQ's page 20: 16 lines of a page
# of ~47), none less than a quarter page in the manuals seen (the -layout header and its
# blank lines alone are 4 lines); two pages is the rhythm clause's widest step.
MIN_STEP = 0.25
MAX_STEP = 2.0
# Clause gap_page_lines: the gap's steps allow a quarter page per page *skipped* only, so two
# numbers one apart could be any distance apart. R-admin (plain pdftotext) sets its footnotes
# at a page's foot, each mark alone over its note ("7" / "... Command Line Tools." / "8" /
# "ls -l ..." / "9" / "See https://..."); the chains had taken "7" for a page line, and where
# the next page's number is missing (a page without its folio) "8" and "9", 4 and 2 lines on,
# were cut as pages and the notes lost their marks. A candidate with text between it and the
# page line before or after it, fewer than MIN_LINES (the chains' least step) away, is taken
# only when a blank line follows it, as a page line stands: a page can hold one line (R-ints
# "72" / 2 lines / "73"; liboctave "47" / "13 Error Handling" / "48"), a footnote's mark runs
# into its note.
MIN_LINES = 8
# Clause gap_not_in_contents: a plain pdftotext contents list sets each chapter's number on
# a line of its own between entries ("6.3.5 Managing the search path . . . 32" / "7" /
# "Reading data from files . . . 33", R-intro); the chains take some of them for page lines
# (2, 3, 6, 8 in R's FAQ), and the numbers between would fill those gaps. Lone numbers only:
# a head by an index's entries stays one ("Appendix E: Concept index   106", R-intro).
_LEADERS = re.compile(r".*(?:[ \t]*\.){3,}[ \t]*\d*[ \t]*")

# Clause heading_line_below: a page line over a short numbered title ("8 Real-world
# examples", Gri's manual, under a code line "end if" that ends no sentence) stands at a
# heading, not inside a sentence: cut to one newline, the chapter's heading was glued to
# the code above and lost. A sentence that goes on over the page fills its line. Clause
# heading_once: not a title that another line repeats, its number's period aside: a
# Sphinx PDF heads each page with its section ("5.10. Portage" over the heading "5.10
# Portage" and on the section's later pages; developers-reference fr).
_NUMBERED_TITLE = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+([A-Z][^.!?;:,]{0,60})")


def _title_key(line: str) -> str | None:
    m = _NUMBERED_TITLE.fullmatch(line.strip())
    return None if m is None else f"{m.group(1)} {' '.join(m.group(2).split())}"


def titles_once(lines: list[str]) -> set[str]:
    """The short numbered titles (number, words) that one line only of ``lines`` holds."""
    seen: dict[str, int] = {}
    for line in lines:
        if (k := _title_key(line)) is not None:
            seen[k] = seen.get(k, 0) + 1
    return {k for k, n in seen.items() if n == 1}


def heading_below(line: str, once: set[str]) -> bool:
    """Whether ``line`` is a short numbered title no other line repeats (clauses
    ``heading_line_below``, ``heading_once``)."""
    return _title_key(line) in once


# Clause page_top_caps_gap (session 51): a line in capitals that stands 2 or more blank
# lines below a page line opens its page lower, as a chapter's title does: Stevenson's Dr.
# Jekyll (Gutenberg 42, a user's own book) prints "11)" / two blank lines / "SEARCH FOR MR.
# HYDE"; cut to one blank line, the title stood as a capitals line after one blank line, a
# shape too common to take for a heading (emphasis, speakers), and the first title, "STORY
# OF THE DOOR", under the byline "ROBERT LOUIS STEVENSON" (no sentence end) was glued to it
# by one newline. The cut keeps the blank lines that stood below the page line (at most
# MAX_TOP_BLANKS). A line with a lower-case letter is left as before: the gap over a
# paragraph stays one blank line.
TOP_BLANKS = 2
MAX_TOP_BLANKS = 3
_CAPS_TITLE = re.compile(r"[^a-z]*[A-Z][^a-z]*")


def caps_top_gap(lines: list[str], marked: set[int], a: int, b: int) -> str | None:
    """Clause ``page_top_caps_gap``: the newlines that replace the block [a, b) over a line
    in capitals set lower on its page, else None."""
    below = lines[b].strip() if b < len(lines) else ""
    if len(below) > 80 or not _CAPS_TITLE.fullmatch(below):
        return None
    blanks = b - 1 - max(i for i in range(a, b) if i in marked)
    return "\n" * (1 + min(blanks, MAX_TOP_BLANKS)) if blanks >= TOP_BLANKS else None


# Clause page_break_joins_words (session 51): a sentence the page line cut, the line above
# ending on a lower-case letter, a comma or a semicolon and the line below opening in lower
# case, is one line again (a space): left as two lines, unwrapping joined them only when the
# page's last line was full; Dr. Jekyll's "stealing like a" / "23)" / "thief to Harry's
# bedside" kept a newline inside its paragraph, 40 times in the book. A hyphen ("Utter-" /
# "son") stays for unwrapping to mend; with unwrapping off the halves keep their lines; so
# do indented lines (code, verse set in a PDF's text) and a full line above (unwrapping
# joins it: the join is only where the page's last line is short, as in Jekyll's
# transcription, 50 of its 67 such breaks).
_WORD_END = re.compile(r".*[a-z,;]")
_WORD_START = re.compile(r"[a-z]")
# The page's last line is short of the text's lines (a full one unwrapping joins already).
SHORT_LINE = 0.8
# Clause page_break_open_phrase (session 52): the line above ends on an article or "of", a
# phrase no sentence ends on, and the line below opens on a capital: a name or a noun goes
# on the next page (Dr. Jekyll's "but that in case of" / "12)" / "Dr. Jekyll's
# \"disappearance\"", Baum's Oz "at the" / "Woggle-Bug", "The" / "Jackdaws"). A comma above a
# capital ("as they say," / "I see") stays: a verse line and a quoted speech end so too.
# Review (session 52): a capital "A" / "An" only as a sentence's first word ("remained. A"):
# "Appendix A", "Plan A", "SCHEDULE A" end a label, not an open phrase.
_OPEN_END = re.compile(r"(?:.*[^\w'’-])?(?:[Tt]he|an?|of)|(?:.*[.!?][\"'’”]?[ \t]+)?An?")
_CAPITAL_START = re.compile(r"[A-Z]")


def joins_words(lines: list[str], a: int, b: int, width: float) -> bool:
    """Clause ``page_break_joins_words``: whether the block [a, b) cuts a sentence whose
    halves end and open on words, the half above on a line shorter than ``SHORT_LINE`` of
    ``width`` (the text's median line)."""
    above = lines[a - 1] if a else ""
    below = lines[b] if b < len(lines) else ""
    if above[:1].isspace() or below[:1].isspace():
        return False  # an indented line: code or verse in a PDF's text keeps its lines
    short = len(above.rstrip()) < SHORT_LINE * width
    if short and _OPEN_END.fullmatch(above.rstrip()) and _CAPITAL_START.match(below):
        return True  # clause page_break_open_phrase
    return short and bool(_WORD_END.fullmatch(above.rstrip()) and _WORD_START.match(below))


def _first_word(key: str) -> str:
    return key.split()[0].casefold() if key else ""


def _by_entry(lines: list[str], i: int, steps: tuple[int, ...] = (-1, 1)) -> bool:
    """Whether the nearest non-blank line before or after (``steps``) line ``i`` is a
    contents entry (leader dots, a page number or none: an entry wrapped there)."""
    for step in steps:
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines) and _LEADERS.fullmatch(lines[k]):
            return True
    return False


def _near(lines: list[str], i: int, j: int) -> bool:
    """Whether lines ``i`` < ``j`` are fewer than ``MIN_LINES`` apart with text between."""
    return j - i < MIN_LINES and any(s.strip() for s in lines[i + 1 : j])


def _mark_like(lines: list[str], last: int, line: int, b: int) -> bool:
    """Clause ``gap_page_lines``: whether the candidate ``line`` stands near the page line
    before or after it and runs into the next line, as a footnote's mark over its note."""
    goes_on = line + 1 < len(lines) and bool(lines[line + 1].strip())
    return goes_on and (_near(lines, last, line) or _near(lines, line, b))


def gap_pages(
    lines: list[str],
    candidates: dict[str, list[tuple[int, int]]],
    found: list[tuple[int, int]],
    heads: set[str],
    page: float,
) -> set[int]:
    """The lines of ``lines``' ``candidates`` (key -> (line, value)) that fill the gaps of the
    page lines ``found`` ((line, value), sorted), where ``heads`` are the keys of the
    running heads found and ``page`` the page length in lines (module doc)."""
    words = {_first_word(k) for k in heads if k}
    taken = {line for line, _ in found}
    cands = sorted(
        (line, value, key)
        for key, occ in candidates.items()
        if not key or _first_word(key) in words
        for line, value in occ
        if line not in taken and (key or not _by_entry(lines, line))  # gap_not_in_contents
    )
    out: set[int] = set()
    for (a, va), (b, vb) in zip(found, found[1:], strict=False):
        # Clause gap_room: the missing pages need room, a quarter page each; footnote
        # marks the chains took ("1" / "3" 4 lines apart, R-admin) leave none.
        if vb - va < 2 or b - a < (vb - va - 1) * MIN_STEP * page:
            continue
        last, lv = a, va
        lo = bisect.bisect_right(cands, (a, 1 << 30))
        hi = bisect.bisect_left(cands, (b, -1))
        for line, value, _key in cands[lo:hi]:
            if not lv < value < vb:
                continue
            least, most = (value - lv - 1) * MIN_STEP * page, (value - lv) * MAX_STEP * page
            room = (vb - value - 1) * MIN_STEP * page
            if _mark_like(lines, last, line, b):
                continue
            if least <= line - last <= most and b - line >= room:
                out.add(line)
                last, lv = line, value
    # Clause gap_ends: the heads before the first page line found and after the last
    # (GNU maintain -layout's one-page chapters 2 and 5; ``_ends``).
    if found:
        keyed = [
            c
            for c in cands
            if len(c[2].split()) > 1
            and not _LEADERS.fullmatch(lines[c[0]])
            and not _by_entry(lines, c[0], (1,))
            and not _over_plain_entry(lines, c[0])  # gap_ends_plain_entries
        ]
        out |= _ends(keyed, found[0], -1, page) | _ends(keyed, found[-1], 1, page)
    return out


# Clause gap_ends_plain_entries: a contents list set without leader dots ("INTRODUCTION BY
# H. L. MENCKEN   7" / "AUTHOR'S PREFACE   37" / "THE ANTICHRIST   41", Nietzsche's The
# Antichrist, Knopf 1920, pg19322) has its first entries' numbers below the first page line
# found ("INTRODUCTION   9" over the introduction's third page): gap_ends cut "INTRODUCTION
# BY H. L. MENCKEN 7" as page 7's head. A head is followed by its page's text, an entry by
# the next entry: a key whose next non-blank line is a short text ending in a number is none.
_PLAIN_ENTRY = re.compile(r".*[^\W\d_].*\s\d{1,4}")


def _over_plain_entry(lines: list[str], i: int) -> bool:
    """Clause ``gap_ends_plain_entries``: whether the nearest non-blank line after line
    ``i`` is a short text ending in a number (the next entry of a plain contents list)."""
    k = i + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    s = lines[k].strip() if k < len(lines) else ""
    return len(s) <= 80 and bool(_PLAIN_ENTRY.fullmatch(s))


def _ends(
    keyed: list[tuple[int, int, str]], start: tuple[int, int], step: int, page: float
) -> set[int]:
    """Clause ``gap_ends``: the running heads before the first page line found
    (``step`` -1) or after the last (``step`` 1), walked from ``start`` (line, value)
    with a gap's steps, a quarter page at least: GNU's maintain.pdf (-layout) opens on
    two one-page chapters, "Chapter 2: Getting Help   1" and "Chapter 5: Recruiting
    Developers   2", before the chains' first page "Chapter 6: Legal Matters   3",
    and both stayed in the text. Heads only (a key that opens with a found head's
    word and more, not an entry nor over one: the first page's head sits right under
    the contents' last entry, maintain's and nettle's): lone numbers there are a plain
    contents list's chapter numbers (debmake-doc's "1", "2", "3") or an index's last
    pages, whose filling let a heading ("Appendix A References", R-lang) be read as a
    head; a key of the word alone is a book's chapter heading ("CHAPTER 5", "CHAPTER
    6", ... two pages apart, under running heads "CHAPTER 4 ... 31": pg500 laid out
    as pages)."""
    out: set[int] = set()
    last, lv = start
    for line, value, _key in keyed if step > 0 else reversed(keyed):
        if (line - last) * step <= 0 or (value - lv) * step <= 0:
            continue
        gap = abs(line - last)
        pages = abs(value - lv)
        if max(pages - 1, 1) * MIN_STEP * page <= gap <= pages * MAX_STEP * page:
            out.add(line)
            last, lv = line, value
    return out
