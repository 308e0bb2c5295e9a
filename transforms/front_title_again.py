"""Rule ``title_again_ends_front_matter`` of ``transforms.sections``: a book's own
title printed again, alone on its line, after a named front-matter heading (PREFACE,
INTRODUCTION, DEDICATION, ADVERTISEMENT ...) opens the body: the front matter ends
there.

Castle Rackrent (Gutenberg 1424) opens with "CASTLE RACKRENT" / "by Maria Edgeworth",
an INTRODUCTION, then "AUTHOR’S PREFACE" ... "1800.", then "CASTLE RACKRENT" again
over the tale ("MONDAY MORNING [See GLOSSARY 1]." / "Having, out of friendship for
the family ..."); the tale has no chapter lines, so 153,879 characters of it were the
preface's section. The same shape in other books (rcdm-uga's Gutenberg texts):
Kipling's Abaft the Funnel ("PREFACE" and its contents, then "ABAFT THE FUNNEL" over
the first story), Balzac's Petty Troubles of Married Life, Second Part ("PREFACE",
then "PETTY TROUBLES OF MARRIED LIFE" over the first sketch). A printed book sets its
title again where its text begins; a preface never names its own book alone on a line
in capitals.

Guards: the title is the text's first line (the title page, above every heading);
the repeat is the same words (``contents_numbers.key``), in capitals by the caps rule
(``headings.line_candidates``), a blank line on each side; the heading above it is a
named one that is no back matter (an epilogue, notes or an index naming the book
close it); the repeat has text of its own, ``TITLE_TEXT_CHARS`` before the next
heading (clause ``title_again_has_text``: "THE ABBOT." right over "Chapter the
First.", "ISRAEL POTTER" over "CHAPTER I.": the chapter already ends the front matter,
and the title would be an empty section). Once per book: the body opens once. It
takes the front heading's rank (beside it, after rule ``matter_levels``).

Review clauses (session 50): ``title_again_then_front``: a repeat followed by more named
front matter (CONTENTS, ILLUSTRATIONS) is the front section's own line, a signature when
the title page is the author's name (E. K. Means's Foreword signed "E. K. MEANS.");
``title_again_not_running_head``: a title alone on a line ``TITLE_AGAIN_MAX`` more times
is a page head (text from a PDF) or a series line, and the rule stands back.

Cost: a comparison per line of the front sections whose length is near the title's, and
one pass over the lines for the page-head count once a repeat is found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.contents_numbers import key
from transforms.matter_levels import _BACK

if TYPE_CHECKING:
    from transforms.contents import Lines
    from transforms.sections import Heading

TITLE_TEXT_CHARS = 500  # clause title_again_has_text: the body's own text under the title
_MIN_KEY = 4  # letters and digits of a title worth matching ("IT" matches too much)
# Clause title_again_not_running_head (review, session 50): a title standing alone more
# often than this (title page, half-title, body) is a running head or a series line.
TITLE_AGAIN_MAX = 3


def title_again_after_front(lines: Lines, headings: list[Heading]) -> list[Heading]:
    """``headings`` (in order) with the book's title again after its front matter added
    as a heading (module doc), or unchanged."""
    if not headings:
        return headings
    first = next((i for i, b in enumerate(lines.blank) if not b), None)
    if first is None or lines.starts[first] >= headings[0].start:
        return headings
    title = lines.texts[first]
    want = key(title, True)
    if len(want) < _MIN_KEY:
        return headings
    n = len(lines.texts)
    line_of = {s: i for i, s in enumerate(lines.starts)}
    for k, h in enumerate(headings):
        if h.kind != "named" or _BACK.match(h.title):
            continue
        stop = headings[k + 1].start if k + 1 < len(headings) else lines.ends[-1] + 1
        i = line_of.get(h.start, first) + 1
        while i < n and lines.starts[i] < stop:
            t = lines.texts[i]
            if (
                len(t) <= len(title) + 8
                and lines.blank[i - 1]
                and (i + 1 >= n or lines.blank[i + 1])
                and key(t, True) == want
                and _caps(lines, i)
                and _has_text(lines, i, stop)
                and not _front_goes_on(lines, i, stop)
            ):
                if _running_head(lines, first, want, len(title)):
                    return headings  # read only once a repeat is found
                added = replace(h, start=lines.starts[i], end=lines.ends[i], kind="caps")
                added = replace(added, title=" ".join(t.split()))
                return [*headings[: k + 1], added, *headings[k + 1 :]]
            i += 1
    return headings


def _caps(lines: Lines, i: int) -> bool:
    """The line is a title in capitals by the caps rule's own measure."""
    found = hd.line_candidates(lines.texts[i], lines.starts[i], i, lines.ends[i])
    return bool(found) and found[0].kind == "caps"


def _alone(lines: Lines, i: int) -> bool:
    """A blank line (or the text's edge) on each side of line ``i``."""
    return (i == 0 or lines.blank[i - 1]) and (i + 1 >= len(lines.texts) or lines.blank[i + 1])


def _running_head(lines: Lines, first: int, want: str, size: int) -> bool:
    """Clause ``title_again_not_running_head``: the title alone on a line more than
    ``TITLE_AGAIN_MAX`` times (a page head of text from a PDF, a series name)."""
    seen = 0
    for i in range(first + 1, len(lines.texts)):
        t = lines.texts[i]
        if len(t) <= size + 8 and _alone(lines, i) and key(t, True) == want:
            seen += 1
            if seen >= TITLE_AGAIN_MAX:
                return True
    return False


def _front_goes_on(lines: Lines, i: int, stop: int) -> bool:
    """Clause ``title_again_then_front`` (review, session 50): the next line is more
    front matter ("CONTENTS", "ILLUSTRATIONS"): the line is the front section's own,
    a signature (E. K. Means's Foreword signed "E. K. MEANS.", the book's title page
    being its author's name), not where the body begins."""
    j = i + 1
    while j < len(lines.texts) and lines.starts[j] < stop and lines.blank[j]:
        j += 1
    if j >= len(lines.texts) or lines.starts[j] >= stop:
        return False
    found = hd.line_candidates(lines.texts[j], lines.starts[j], j, lines.ends[j])
    return bool(found) and found[0].kind == "named"


def _has_text(lines: Lines, i: int, stop: int) -> bool:
    """Clause ``title_again_has_text``: ``TITLE_TEXT_CHARS`` of text before ``stop``."""
    chars, j = 0, i + 1
    while j < len(lines.texts) and lines.starts[j] < stop and chars < TITLE_TEXT_CHARS:
        chars += len(lines.texts[j])
        j += 1
    return chars >= TITLE_TEXT_CHARS
