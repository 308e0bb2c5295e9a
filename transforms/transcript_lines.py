"""Clause ``transcript_line_numbers`` of rule ``page_furniture``: the margin line numbers
of a court transcript's pages.

A court reporter's transcript numbers every line of every page in its margin, 1 to 25
(pleading paper: 25 to 28); its text form (pdftotext, OCR) opens each line with the
number (New York's transcript of People v. Trump, 23 April 2024, as
``pbutland/caughtlistening`` keeps its pages, session 30):

    Page 948
    1 to the serial perjurer will try to prove an old misdemeanor
    2 against Trump in an embarrassment to the New York Legal
    3 System.

Kept, every training line opened with a number, no wrap was joined ("1 to the serial
... misdemeanor" / "2 against Trump": a numbered line is never a wrap) and a model
learns to count to 25. The numbers go (the line's text stays, so ``transforms.unwrap``
then joins the wraps) when the document shows the transcript's form:

- a page run: consecutive lines numbered 1, 2, 3, ... (the number, then a space and
  the line's text, or the number alone on an empty line), at least ``MIN_RUN`` long;
- at least ``MIN_PAGES`` page runs of one and the same length of ``MIN_PAGE_LINES``
  lines or more (every full page has as many lines; the day's last page may be
  shorter and is taken too);
- the numbers cut sentences: at least ``MIN_WRAP_SHARE`` of the lines of the runs
  continue in lower case under a line that ends with no full stop. A Bible set verse
  by verse ("1 In the beginning God created the heaven and the earth." / "2 And the
  earth was without form") numbers whole sentences, restarting with each chapter of
  varying length: neither test passes, and its verse numbers stay.

Cost: one regex scan for lines opening with a number; nothing more in a text without
a run. Clause ``transcript_page_prefilter`` (session 31, cost only, same edits): that
scan tries every line of every book (~250M characters/s, 0.064 s over the 30 shared
Gutenberg books); it runs only where a line opens with the number ``MIN_PAGE_LINES``
(20), which every full page run holds, found by a newline-led search.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "page_furniture"
MIN_RUN = 10
MIN_PAGES = 2
MIN_PAGE_LINES = 20
MIN_WRAP_SHARE = 0.25
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})(?:[ \t]+(?=\S)|[ \t]*$)", re.MULTILINE)
_SENTENCE_END = tuple(".?!:;\"'”’)")
# clause transcript_page_prefilter: a line opening with a two-digit number (\d: any script)
_TWO_DIGITS = re.compile(r"\n[ \t]*(\d\d)(?!\d)")


def may_hold_pages(text: str) -> bool:
    """Clause ``transcript_page_prefilter``: some line opens with the number
    ``MIN_PAGE_LINES``, as the last line of a full page run does."""
    first = _TWO_DIGITS.match("\n" + text[:100])  # line 1 has no newline before it
    if first and int(first.group(1)) == MIN_PAGE_LINES:
        return True
    return any(int(m.group(1)) == MIN_PAGE_LINES for m in _TWO_DIGITS.finditer(text))


def transcript_line_numbers(text: str) -> list[Edit]:
    """The edits taking away the margin numbers of a transcript's page runs (module
    docstring), or none."""
    if not may_hold_pages(text):
        return []
    runs: list[list[re.Match]] = []
    prev_end = -2
    for m in _NUMBERED.finditer(text):
        n = int(m.group(1))
        line_start = m.start()
        follows = runs and prev_end + 1 == line_start and n == int(runs[-1][-1].group(1)) + 1
        if follows:
            runs[-1].append(m)
        elif n == 1:
            runs.append([m])
        else:
            continue  # neither: the next line continues no run across this one
        prev_end = text.find("\n", m.end())
        prev_end = len(text) if prev_end < 0 else prev_end
    pages = [run for run in runs if len(run) >= MIN_RUN]
    lengths = [len(run) for run in pages]
    full = max(lengths, default=0)
    if full < MIN_PAGE_LINES or lengths.count(full) < MIN_PAGES:
        return []
    if _wrap_share(text, pages) < MIN_WRAP_SHARE:
        return []
    return [Edit(m.start(), m.end(), "", RULE) for run in pages for m in run]


def _wrap_share(text: str, pages: list[list[re.Match]]) -> float:
    """Share of numbered lines that continue the line above in lower case, that line
    ending with no sentence end."""
    wraps = total = 0
    for run in pages:
        for above, m in zip(run, run[1:], strict=False):
            total += 1
            line = text[above.end() : m.start()].rstrip()
            if m.end() < len(text) and text[m.end()].islower() and not line.endswith(_SENTENCE_END):
                wraps += 1
    return wraps / total if total else 0.0


def blank_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with the characters ``edits`` take away (margin numbers, sorted and
    disjoint) turned to spaces: every offset stays."""
    if not edits:
        return text
    parts, pos = [], 0
    for e in edits:
        parts += [text[pos : e.start], " " * (e.end - e.start)]
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
