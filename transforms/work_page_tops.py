"""Clause ``title_page_over_its_work`` (session 54): a work's heading set again over its
introduction starts at the work's title page above.

Scott's Dryden vol. 5 (rcdm-uga) gives each play a title page, a motto, then the play's name
again over Scott's introduction: "AMBOYNA:" / "OR, THE" / "CRUELTIES OF THE DUTCH" / "TO THE" /
"ENGLISH MERCHANTS." / "A" / "TRAGEDY." / "--Manet altâ mente repostum." / "AMBOYNA.". The
heading stood on the last "AMBOYNA.", and the title page's lines were the tail of the section
before ("VOL. V." there; the previous play's epilogue in such a volume). A heading whose name
opens a title page right above it (after at most a motto) starts on the page's first line; its
title stays.

Guards (each leaves the heading where it was):
- the heading is a title at a chapter's rank or above (``CAPS_RANK``), in capitals
  ("caps" or "listed" kinds);
- above it, after blank lines: at most ``_MOTTO_LINES`` lines that are no capitals (a motto and
  its author, or a short note: Lang's "CAMEOS." / "SONNETS FROM THE ANTIQUE." over a two-line
  note on the versions, then "CAMEOS." over the first sonnet), then the page: short lines in capitals (``_PAGE_CHARS``, letters in each), at
  most two blank lines between two, at most ``_PAGE_LINES``, ended above by three blank lines,
  a rule ("* * * * *") or the text's start;
- the page's first line is the heading's name (its letters and digits equal, "AMBOYNA:" for
  "AMBOYNA.") and no other heading stands on the lines between;
- clause ``page_names_no_other_heading`` (session 54 review): no other line of the page is the
  name of another heading of the book. A contents list of titles in capitals set apart over the
  first chapter ("THE RIVER" / "THE SEA" / "THE HILLS" over "THE RIVER") is no title page: the
  first chapter took the list (the reviewer's adversarial text; none seen in the A/B).

Cost: at most ``_LOOK`` lines read back per work heading.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from transforms import headings as hd
from transforms.contents import Lines
from transforms.contents_numbers import key
from transforms.title_page_names import title_page_names

_MOTTO_LINES = 4
_PAGE_LINES = 12
_PAGE_CHARS = 60
_LOOK = 60


def _caps(t: str) -> bool:
    return len(t) <= _PAGE_CHARS and t == t.upper() and any(map(str.isalpha, t))


def _page_first(lines: Lines, line: int) -> int | None:
    """The first line of the title page above heading ``line`` (module docstring), or None."""
    texts, blank = lines.texts, lines.blank
    j = line - 1
    while j >= 0 and blank[j]:
        j -= 1
    motto = 0
    while j >= 0 and not blank[j] and not _caps(texts[j]):
        motto, j = motto + 1, j - 1
        while j >= 0 and blank[j] and motto <= _MOTTO_LINES:
            j -= 1
    if motto > _MOTTO_LINES or j < 0:
        return None
    first, count = None, 0
    while j >= 0 and line - j <= _LOOK:
        if not blank[j]:
            if not _caps(texts[j]):
                return None
            first, count, j = j, count + 1, j - 1
            continue
        gap = 0
        while j >= 0 and blank[j]:
            gap, j = gap + 1, j - 1
        if j < 0 or gap >= 3 or not any(map(str.isalpha, texts[j])):
            break  # set apart: the page starts at ``first``
        if gap > 2:
            return None
    else:
        if j >= 0:
            return None
    return first if first is not None and count <= _PAGE_LINES else None


def title_pages_over_works(lines: Lines, headings: list) -> list:
    """Clause ``title_page_over_its_work`` (module docstring); ``headings``: the book's
    ``transforms.sections.Heading`` list in text order. Clause ``title_page_name_set_apart``
    (transforms.title_page_names) first adds the works whose name stands under their page."""
    headings = title_page_names(lines, headings)
    out = list(headings)
    names = [key(h.title) for h in headings]
    for k, h in enumerate(headings):
        if h.kind not in ("caps", "listed") or h.rank > hd.CAPS_RANK:
            continue
        line = bisect.bisect_right(lines.starts, h.start) - 1
        first = _page_first(lines, line)
        if first is None or key(lines.texts[first]) != key(h.title) or not key(h.title):
            continue
        if k and headings[k - 1].start >= lines.starts[first]:
            continue  # a heading on the page's lines
        others = set(names[:k] + names[k + 1 :])
        if any(key(lines.texts[i]) in others for i in range(first + 1, line)):
            continue  # clause page_names_no_other_heading: a contents list
        out[k] = replace(h, start=lines.starts[first])
    return out
