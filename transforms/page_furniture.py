"""Rule ``page_furniture``: the page numbers and running heads of text converted
from a PDF (pdftotext with or without -layout, pypdf, pdfminer, OCR output).

Such text repeats, once a page (every ~40-60 lines), a line that is only the page
number ("12"), a running head (book, chapter or author: "Chapter 1: Introduction
and preliminaries") or both on one line ("Chapter 1: Introduction and
preliminaries     4", "4 AN INTRODUCTION TO R"). Left in, the numbers become
sections titled "22" and the heads sit in the middle of sentences. The form
feeds between pages are control characters, gone after normalization, so the
page rhythm is read from the lines themselves:

* a short line (at most 80 characters) that is a number (1-4 digits; clause
  ``dashed_numbers``: or one between dashes, "- 12 -"), or a text with a number
  before or after it (``page_of_pages``: "Page 12 of 340" as "Page 12"), has a key (the text, "" for a lone
  number) and a value (the number); a key without a letter ("1 4", a row of
  numbers) and a lone number next to another (a ruler "10" / "20") have none;
* lines of one key are page lines when they form a chain in document order,
  each value 1-3 above the one before and 8-400 lines after it (a page);
  clause ``pooled_keys``: each chapter has its own head, so the chains (of 2 or
  more) of every key are pooled and chained again: at least ``MIN_RUN`` (5);
* clause ``lone_numbers``: the lone numbers ("12") join the pooled chains one by
  one, not only those chained with another lone number: the first page of a
  chapter has no running head, only its number (" 29" above "6 Lists and data
  frames" between the heads "Chapter 5: ... 28" and "Chapter 6: ... 30"), and the
  next such page is many pages on; a number opening with 0 ("012", a matrix's row)
  is none; clause ``lone_taken``: nor one whose number a page line within 2 pages
  already has ("71" alone in the text of page 70, the head "MOBY DICK 71" below it:
  a count, a footnote's or a verse's number, taken into the chain 70 -> 71 -> 72);
* clause ``page_rhythm``: the page length is the median lines per page number
  along those chains; a key with a text ("Chapter") needs 3 in 4 of its steps
  0.6-1.6 page lengths ("Chapter 1" ... "Chapter 9" step a chapter), and a line
  of the final chains a step of 0.5-2 page lengths to or from a neighbour (a
  contents entry "7" 10 lines after "6" has none);
* clause ``page_order``: a key with a text needs 3 in 4 of its lines numbered
  as the other keys' page lines around them ("Chapter 2" between the heads of
  pages 8 and 9 is out of order; a book's one-page chapters step like pages);
* clause ``mid_sentence``: at least a fifth of the page lines, and 2, stand in
  a sentence (the text before ends without . ! ? : ; or a closing quote or
  bracket, or the text after opens in lower case): a page break falls inside
  paragraphs, a heading never does (the numbered chapters of Gutenberg books
  and Shakespeare's sonnets step at a steady rhythm too);
* clause ``prose_lines``: only in prose, where at least half of the lines that
  follow a line not ending a sentence open in lower case (the 20 conversions
  0.67-0.87): verse and song lyrics capitalise every line and often drop the
  punctuation at line ends (Shakespeare's sonnets 0.00, Hamlet 0.22), so their
  numbered poems would read as page breaks inside sentences;
* clause ``running_head``: a short line without a number (the non-layout
  converters put the head on its own line) repeated at least 3 times right
  next to page lines (only blank lines or other furniture between) is a
  running head there (looked for twice: a head of two lines, "fasta-36.3.8i" /
  "November 13, 2022"; clause ``three_line_furniture``: three times, a court
  transcript's two footer lines over the next page's head); its other occurrences
  (the chapter's heading) stay;
  clause ``head_span``: at more than half of the page breaks from its first to
  its last (a speaker's name or "Example" opening 3 pages of a long book is
  text: without the clause it was cut there); clause ``same_position``: and only
  where most of its occurrences stand, on the same side of the page blocks with
  as many blank lines (give or take one) to their furniture (RFC 5321's "C: QUIT"
  ends 4 scenarios at 4 page ends, 16 to 33 blank lines above the footer: text).

Each block of furniture lines with the blank lines around it is cut; it leaves
one newline when it stands in a sentence (unwrap then joins the halves), a
blank line otherwise (a paragraph or heading boundary stays one). A document
without such a chain is untouched. Cost: one pass over the lines (~1 us each).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from transforms.page_breaks import cut_lines, off_page_numbers
from transforms.page_chains import Forest, page_order
from transforms.page_gaps import caps_top_gap, gap_pages, heading_below, joins_words, titles_once
from transforms.page_paragraphs import paragraph_numbers
from transforms.textedit import Edit

MIN_RUN = 5
MAX_LINE = 80
_NUMBERED = re.compile(r"(\d{1,4})(?:\s+(\S.*))?|(\S.*?)\s+(\d{1,4})")
_ENDS_SENTENCE = re.compile(r"[.!?:;)\]\"'”’»]\s*$")
_OPENS_LOWER = re.compile(r"\s*[a-z]")
_LETTER = re.compile(r"[^\W\d_]")
# Clause number_line_above: a line that is only a section number ("2.2", "7.5") above
# the page line ends no sentence the page break cuts: pdftotext sets a section's number,
# the page's "7 / 58" and its title on lines of their own (maint-guide.fr.pdf); joined
# as a sentence's halves, "2.2" / "Choix du programme" was no heading, the section lost.
_NUMBER_LINE = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")
# Clause entry_line_above: a contents entry (leader dots, then its page number: "10
# Acknowledgments . . . . 48", R's FAQ through pdftotext -layout) above the page line ends
# no sentence either: the list's last page ends there, and the body's first heading ("1
# Introduction") after the page line was set right under the entry, inside the list.
_ENTRY_LINE = re.compile(r".*\S(?:[ \t]*\.){3,}[ \t]*\d{1,4}[ \t]*")
# Clause dashed_numbers: a page number between dashes ("- 12 -", "— 12 —", "-12-"), as
# word processors and many typeset German and Japanese documents set it, is a lone page
# number: before, no line of that form had a key, so nothing was cut and each was a
# level-2 section titled "- 12 -" under the running head.
_DASHED = re.compile(r"[-–—][ \t]*(\d{1,4})[ \t]*[-–—]")
# Clause page_of_pages: "Page 12 of 340", "12 / 340" (a report's footer): the number of
# pages is the same on every page, so the line's number is the first one.
_PAGE_OF = re.compile(r"(?:(.*?\S)[ \t]+)?(\d{1,4})[ \t]+(?:of|/)[ \t]+\d{1,4}")
# Clause bracketed_page: an IETF RFC's footer ends in its page number in brackets
# ("Mockapetris                                   [Page 12]", "Fielding, et al.
# Standards Track                  [Page 12]"): the closing bracket hid the number, so
# no footer had a key and all of them, with the running heads over the next page
# ("RFC 1035   Domain Implementation and Specification   November 1987"), stayed in
# the text (rfc1035.txt: 55 footers and 54 heads, the heads inside sentences).
# Clause bracketed_page_order: such a key (it ends in _BRACKET_KEY, a form no other
# line takes) names its lines page numbers itself, so page_order does not judge it: an
# index near the end ("host 18", "reserved 12": rfc3986.txt) is numbered below every
# footer before it, and all of them were out of order.
# Clause paren_numbers (session 48): a page number closed by a parenthesis ("12)"), as
# some print editions set it at the page's head: Gutenberg's Dr. Jekyll and Mr. Hyde
# (pg42, denten-bin/gutenberg-shell-scripts) has "1)" ... "108)" alone on their lines,
# most inside a sentence ("dusty, dreary, and" / "2)" / "yet somehow"); none had a key,
# so each stayed in the text and was a section titled "2)", the chapters' titles lost
# under them. Only the closing form: "(12)" alone is also an equation's number.
_PAREN = re.compile(r"(\d{1,4})\)")
_BRACKET_KEY = "[Page]"
_BRACKETED = re.compile(r"(?:(.*?\S)[ \t]+)?\[Page[ \t]+(\d{1,4})\]")


def _page_form(s: str) -> str:
    """A page line in another form as the plain number, or the number after its text."""
    # Clause page_form_first_last (speed): a dashed number opens with a dash, a "12 of 340"
    # ends in a digit: other lines (nearly all) skip the regexes (_PAGE_OF's lazy ".*?"
    # tried every split of every line: half of the prose check and boilerplate's time).
    if s[:1] in "-–—" and (m := _DASHED.fullmatch(s)) is not None:
        return m.group(1)
    if s[-1:].isdigit() and (m := _PAGE_OF.fullmatch(s)) is not None:
        return f"{m.group(1) or ''} {m.group(2)}".strip()
    if s[-1:] == ")" and (m := _PAREN.fullmatch(s)) is not None:  # clause paren_numbers
        return m.group(1)
    if s[-1:] == "]" and (m := _BRACKETED.fullmatch(s)) is not None:
        return f"{m.group(1) or ''} {_BRACKET_KEY} {m.group(2)}".strip()
    return s


def _ratios(chain: list[tuple[int, int]]) -> list[float]:
    """Lines per page number between consecutive members of ``chain``."""
    return [
        (b[0] - a[0]) / (b[1] - a[1]) for a, b in zip(chain, chain[1:], strict=False) if b[1] > a[1]
    ]


def _rhythm(chain: list[tuple[int, int]], lo: float, hi: float) -> bool:
    """Whether at least 3 in 4 of ``chain``'s steps are a page long."""
    r = _ratios(chain)
    return bool(r) and 4 * sum(lo <= x <= hi for x in r) >= 3 * len(r)


def _in_order(
    chain: dict[tuple[int, int], int] | list[tuple[int, int]], pooled: list[tuple[int, int]]
) -> bool:
    """Clause ``page_order`` for one chain among ``pooled`` (``page_order``)."""
    own = chain if isinstance(chain, dict) else dict.fromkeys(chain, 1)
    return "own" in page_order({"own": own, "others": {o: 1 for o in pooled if o not in own}})


def _blocks(lines: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """Runs [a, b) of lines holding marked lines and blank lines, each with at
    least one marked line, widened over the blank lines around them."""
    out: list[tuple[int, int]] = []
    for i in sorted(marked):
        if out and all(k in marked or not lines[k].strip() for k in range(out[-1][1], i)):
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    widened = []
    for a, b in out:
        while a > 0 and not lines[a - 1].strip():
            a -= 1
        while b < len(lines) and not lines[b].strip():
            b += 1
        widened.append((a, b))
    return widened


def _gap(marked: set[int], k: int, side: int, a: int, b: int) -> int:
    """The blank lines between line ``k`` (just outside the block [a, b), above it
    when ``side`` is 1) and the block's nearest furniture line."""
    inner = range(a, b) if side == 1 else range(b - 1, a - 1, -1)
    return next((abs(i - k) - 1 for i in inner if i in marked), b - a)


def _same_position(found: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """Clause ``same_position``: the occurrences (block, line, side, gap) of a line
    next to page blocks at the position most of them hold (the same side of the
    block, the same number of blank lines to its furniture, give or take one). A
    running head sits where the page layout puts it; RFC 5321's scenarios end on
    "C: QUIT" / "S: 221 foo.com ..." at 4 page ends, 16 to 33 blank lines above the
    footer (a page padded where the next scenario opens a page): text, not a head."""
    # Clause spots_counted (session 52): each spot's score from a count of the spots, not
    # a pass over all of them (O(n^2): a line beside each of 4,000 page blocks, 80 s).
    spots = [(side, gap) for _, _, side, gap in found]
    count = Counter(spots)
    side, gap = max(spots, key=lambda p: sum(count[p[0], p[1] + d] for d in (-1, 0, 1)))
    return [(n, k) for n, k, s, g in found if s == side and abs(g - gap) <= 1]


def _in_sentence(lines: list[str], a: int, b: int) -> bool:
    """Whether the block [a, b) stands inside a sentence (clause ``mid_sentence``)."""
    if a == 0 or b >= len(lines):
        return False
    if _NUMBER_LINE.fullmatch(lines[a - 1].strip()):
        return False  # clause number_line_above
    return not _ENDS_SENTENCE.search(lines[a - 1]) or bool(_OPENS_LOWER.match(lines[b]))


def _prose_lines(lines: list[str]) -> bool:
    """Clause ``prose_lines``: whether at least half of the lines that follow a line
    not ending a sentence open in lower case (wrapped prose, not verse)."""
    n = low = 0
    for a, b in zip(lines, lines[1:], strict=False):
        s = b.lstrip()
        if s and _LETTER.match(s) and a.strip() and not _ENDS_SENTENCE.search(a):
            n += 1
            low += s[0].islower()
    return 2 * low >= n > 0


def page_furniture(text: str, breaks: tuple[int, ...] = (), join: bool = True) -> list[Edit]:
    """The cuts of rule ``page_furniture`` (module doc), sorted, disjoint; ``breaks``:
    the lines that open a page, where known (``Document.page_breaks``); ``join``:
    unwrapping is on (clause ``page_break_joins_words``)."""
    cuts = _furniture(text, set(), join)
    # Clause page_break_evidence: where the form feeds give the pages, a lone number
    # beyond the page's head or foot block that does not count the pages, or on a page
    # with its number at its edge, is no page number (transforms.page_breaks).
    if cuts and breaks:
        lines, cut = text.split("\n"), cut_lines(text, cuts)
        skip = off_page_numbers(lines, breaks, cut)
        return _furniture(text, skip, join) if skip else cuts
    return cuts


def _width(lines: list[str]) -> float:
    """The median length of the non-blank lines (clause ``page_break_joins_words``)."""
    return float(statistics.median([len(x) for x in lines if x.strip()] or [0]))


def _furniture(text: str, skip: set[int], join: bool = True) -> list[Edit]:
    """The cuts, the lines ``skip`` (lone numbers) never cut."""
    lines = text.split("\n")
    by_key: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        s = line.strip()
        s = _page_form(s)  # clauses dashed_numbers, page_of_pages
        if not s or len(s) > MAX_LINE or not (s[0].isdigit() or s[-1].isdigit()):
            continue
        m = _NUMBERED.fullmatch(s)
        # A lone number next to another (a ruler "10" / "20", a table column) is no page's.
        if (
            m
            and not m.group(2)
            and any(0 <= k < len(lines) and lines[k].strip().isdigit() for k in (i - 1, i + 1))
        ):
            continue
        key = " ".join((m.group(2) or m.group(3) or "").split()) if m else ""
        if m and (not key or _LETTER.search(key)):  # "1 4": a row of numbers
            by_key.setdefault(key, []).append((i, int(m.group(1) or m.group(4))))
    # Clause pooled_keys: each chapter has its own head, so the chains (of 2 or
    # more) of every key are pooled and chained again by page number.
    # Clause shared_tails_once: each key's chain lines, with how many chains hold each.
    chains = {key: Forest(occ, 2).lines() for key, occ in by_key.items()}
    times = {o: t for chain in chains.values() for o, t in chain.items()}
    pooled = sorted(times)
    page = Forest(pooled, MIN_RUN, [times[o] for o in pooled]).page_lines()
    if not page or not _prose_lines(lines):
        return []
    # Clause page_rhythm: a key whose lines step a page (0.6-1.6 page lengths per
    # number) is furniture, "Chapter 1" ... "Chapter 9" steps a chapter; in the
    # pooled chains a line steps a page (0.5-2 lengths) to or from a neighbour,
    # a contents line "7" 10 lines after "6" does not.
    lo, hi = 0.6 * page, 1.6 * page
    ordered = page_order({k: c for k, c in chains.items() if k})  # "" holds footnote marks
    keep = [
        c
        for k, c in chains.items()
        if not k
        or _rhythm(sorted(c), lo, hi)
        and (k.endswith(_BRACKET_KEY) or k in ordered)  # clause bracketed_page_order
    ]
    # Clause lone_numbers: every lone number joins them, chained or not (a chapter's
    # first page has no running head, only its number: "12" alone, the next "20");
    # not "012" (a row of a matrix: no page number opens with 0).
    kept = {o for c in keep for o in c}
    lone = {o for o in by_key.get("", ()) if not lines[o[0]].strip().startswith("0")}
    # Clause lone_taken: not a number another page line within 2 pages already has
    # ("42" alone in the text of page 41, a page before the head "Chapter 3 ... 42").
    numbered: dict[int, list[int]] = {}
    for line, value in kept:
        numbered.setdefault(value, []).append(line)
    lone = {
        (line, value)
        for line, value in lone - kept
        if all(abs(line - other) > 2 * page for other in numbered.get(value, ()))
    }
    pooled = sorted(kept | lone)
    pages = set()
    for i, j in Forest(pooled, MIN_RUN).steps():
        (a, page_a), (b, page_b) = pooled[i], pooled[j]
        if 0.5 * page <= (b - a) / (page_b - page_a) <= 2 * page:
            pages.update((a, b))
    # Clause anchor_beside_text: a block set beside a lone number ("1" / "" / "3", a page
    # number over an aphorism's) has the number, not a sentence, on that side.
    in_sentence = {
        i
        for a, b in _blocks(lines, pages)
        if _in_sentence(lines, a, b)
        and not any(0 <= k < len(lines) and lines[k].strip().isdigit() for k in (a - 1, b))
        for i in range(a, b)
    }
    inside = sum(_in_sentence(lines, *blk) for blk in _blocks(lines, pages))
    if inside < 2 or 5 * inside < len(pages):
        return []
    # Clause numbered_paragraphs: not a lone number between sentences where the page
    # lines in sentences put no such page ("1" / "It is often enough, ...", an
    # aphorism's number: page_paragraphs).
    values = {line: value for line, value in pooled if line in pages}
    lone_lines = {line for line, _ in by_key.get("", ())} & pages
    pages -= paragraph_numbers(values, lone_lines, in_sentence & pages, page, lines)
    # Clause running_head: a short line with a letter repeated next to page lines
    # (twice: a head of two lines, "fasta-36.3.8i" / "November 13, 2022").
    # Clause head_span: a head stands at more than half of the page breaks from its
    # first to its last (a speaker's name or "Example" opening 3 pages of 100 stays).
    marked = set(pages)
    # Clause page_gap: the heads and numbers of the pages the chains miss (page_gaps).
    found = [o for o in pooled if o[0] in pages]
    lone_ok = [o for o in by_key.get("", ()) if not lines[o[0]].strip().startswith("0")]
    heads_found = {k for k, c in chains.items() if k and any(o[0] in pages for o in c)}
    marked |= gap_pages(lines, {**by_key, "": lone_ok}, found, heads_found, page)
    # Clause three_line_furniture: three times, a court transcript's page ends in its
    # reporter's two lines ("Susan Pearce—Bates, RPR, CCR, RSA" / "Principal Court
    # Reporter") over the next page's head ("Hearing — Mr. Conroy") and "Page 948";
    # the third look takes only a line next to 3 in 4 of all the page blocks.
    for turn in range(3):
        near: dict[str, list[tuple[int, int]]] = {}
        blocks = _blocks(lines, marked)
        for n, (a, b) in enumerate(blocks):
            for k, side in ((a - 1, 1), (b, -1)):
                s = lines[k].strip() if 0 <= k < len(lines) else ""
                if len(s) <= MAX_LINE and _LETTER.search(s) and k not in marked:
                    gap = _gap(marked, k, side, a, b)
                    near.setdefault(" ".join(s.split()), []).append((n, k, side, gap))
        for found in near.values():
            found = _same_position(found)
            at = {n for n, _ in found}
            if len(at) >= 3 and 2 * len(at) > max(at) - min(at) + 1:
                # The third look takes a line standing at 3 in 4 of all the blocks
                # (RFC 5321's "S: 250 OK" closes 3 scenarios at 3 page ends of 80).
                if turn < 2 or 4 * len(at) >= 3 * len(blocks):
                    marked.update(k for _, k in found)
    # Clause page_break_evidence: taken out last, all else as it was (taken out before
    # the chains or the heads, other lines joined them: footnote numbers at a page's foot).
    marked -= skip
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    cuts = []
    once = titles_once(lines)
    width = 0.0  # the median line, read once a sentence's halves need it
    for a, b in _blocks(lines, marked):
        start, end = starts[a], min(starts[b], len(text))
        if a == 0 or b >= len(lines):
            cuts.append(Edit(start, end, "", "page_furniture"))
        else:
            # Clause entry_line_above: here only, not in the count that lets the rule run.
            # Clause entry_line_goes_on: not when the line after opens in lower case: a
            # sentence's line ends on "values 32...255" too (R Internals: "... In a
            # single-byte locale values 32...255" / "indicate the corresponding character").
            entry = _ENTRY_LINE.fullmatch(lines[a - 1]) and not _OPENS_LOWER.match(lines[b])
            inside = _in_sentence(lines, a, b) and not entry and not heading_below(lines[b], once)
            gap = "\n" if inside else "\n\n"
            if inside and join and joins_words(lines, a, b, width or (width := _width(lines))):
                gap = " "  # clause page_break_joins_words (transforms.page_gaps)
            gap = caps_top_gap(lines, marked, a, b) or gap  # clause page_top_caps_gap
            # The newline ending line a - 1 goes too: the gap replaces it.
            cuts.append(Edit(start - 1, end, gap, "page_furniture"))
    return cuts
