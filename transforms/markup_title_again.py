"""Clauses ``title_again`` and ``title_block_again`` of ``transforms.markup_headings``: a
markup heading that repeats the title just above it (over a contents page, or in a
converted document's title block) opens no section. Moved from there unchanged
(session 43: the module was at the 500-line limit)."""

from __future__ import annotations

import bisect
import re


def _title_again(lines, keys: list[str], confirmed: list, entries: set[int]) -> tuple[list, set]:
    """Clause ``title_again``: a heading over a contents page (the live-manual's index
    page opens with the book's title "Live Systems Manual" in ``<h1>``) followed, with
    only the page's entries between, by a heading with the same words at the same
    level (the title page its first entry names) is the same title again: the second
    opens no section (before: the title twice at level 1, the second an empty page).
    Two poems both called "Song" have no contents page between them and stay two.

    Clause ``title_over_page`` (review): the first heading is over the page, no prose
    between it and the page's first entry (a byline is none): an omnibus's
    "Introduction" (the editor's prose), then the first book's contents page, then its
    own "Introduction" are two sections (before the review: one, the book's introduction lost in the editor's)."""
    out, again = [], set()
    pages = sorted(entries)  # bisect, not a scan of every entry per heading
    for k, (i, mark) in enumerate(confirmed):
        if k and out:
            j, prev = out[-1]
            e = bisect.bisect_right(pages, j)
            first = pages[e] if e < len(pages) and pages[e] < i else None
            over = first is not None and _no_prose(lines.texts[j + 1 : first])
            if keys[i] == keys[j] and mark.level == prev.level and over:
                again.add(i)
                continue
        out.append((i, mark))
    return out, again


# Clause title_block_again_text: a line ending a sentence (a closing quote or bracket may
# follow the mark); Texinfo's "Next: Introduction [Contents]" ends none.
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)）」』]*$")


def _title_block_again(lines, keys: list[str], confirmed: list, code: set) -> tuple[list, set]:
    """Clause ``title_block_again`` (session 23): in a converted document, a heading with
    the words and level of the last heading at its level or above, with only headings
    and at most two short lines between, is that title again and opens no section:
    Texinfo writes the manual's ``@settitle`` in an ``<h1>`` over its subtitle and
    authors, then its Top node's ``<h1>`` with the same words ("R FAQ", "R Installation
    and Administration": makeinfo 6.8's R manuals, in Pandoc's HTML of them, with a
    "Next: Introduction [Contents]" line between). A second heading with prose between
    (two poems called "Song") stays. Clause ``title_block_again_text`` (session 24): so
    does one with a code line (``code``: clause ``code_no_sections``) or a sentence
    between: Node's "Example" / one line of code / "Example" (two examples of one API)
    were one section."""
    out, again = [], set()
    heading_lines = {i for i, _ in confirmed}
    for i, mark in confirmed:
        prev = next(((j, m) for j, m in reversed(out) if m.level <= mark.level), None)
        if prev and keys[i] == keys[prev[0]] and prev[1].level == mark.level:
            between = [
                t for k, t in enumerate(lines.texts[prev[0] + 1 : i], prev[0] + 1)
                if t.strip() and k not in heading_lines
            ]  # fmt: skip
            text = code.intersection(range(prev[0] + 1, i)) or any(  # title_block_again_text
                _SENTENCE_END.search(t) for t in between
            )
            if len(between) <= 2 and all(len(t) < 100 for t in between) and not text:
                again.add(i)
                continue
        out.append((i, mark))
    return out, again


def _no_prose(texts: list[str]) -> bool:
    """Clause ``title_over_page``: at most a title page's few short lines (the live-manual's
    byline "Live Systems Project <debian-live@lists.debian.org>"), no paragraph."""
    lines = [t for t in texts if t.strip()]
    return len(lines) <= 4 and all(len(t) < 100 for t in lines)
