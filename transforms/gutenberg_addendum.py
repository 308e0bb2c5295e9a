"""Balzac's "ADDENDUM" at the end of a Gutenberg book: rule ``book_index``, clause
``character_addendum`` (session 36, wtH2).

The Human Comedy e-texts of Project Gutenberg (77 books of GitHub rcdm-uga/Gutenberg_Text)
end with a cross-reference list of the book's characters and the other stories they
appear in::

    ADDENDUM

    The following personages appear in other stories of the Human Comedy.

         Blondet, Emile
           Jealousies of a Country Town
           A Distinguished Provincial at Paris

It was kept as the book's last text (~100 to 600 short lines of names and titles, the
nesting lost to a leading space): like a printed index, a list to look things up in, no
prose to learn. Cut (counted as ``book_index``) when, walking up from the body's end
(the Gutenberg end marker and the end cuts already found):

- the last paragraph that opens "The following personage(s)/character(s) appear(s) in
  other stories/books/novels/works" has an "ADDENDUM" heading line at most ``_HEAD_PARAS``
  paragraphs above it (or as the last line of the paragraph above, or glued after its
  last sentence: "...keep silence.” ADDENDUM", the cut then starts at its space) (what is between is an e-text note: "Note: Ferragus is the first
  part of a trilogy...");
- every paragraph under the opener down to the body's end is a list: no line over
  ``_MAX_LINE`` characters and at most ``_MAX_LOWER`` of its words lower-case (names and
  titles; a parenthesis not counted), unless the paragraph is a note ("Note: ...",
  "(Note: ...", one that names the addenda: "...is referred to by that title in other
  Addendums.");
  a story after the list (a compilation's next book) keeps the whole addendum.

Guards: a chapter or appendix called "Addendum" with prose (no opener sentence, or
prose under it) stays; a text without a Gutenberg end marker is not read.

Cost: one ``rfind`` of the opener's literal words before the end marker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.gutenberg_imprint import _body_end
from transforms.textedit import Edit

RULE = "book_index"

_OPENER = re.compile(
    r"[ \t]*(?P<head>ADDENDUM\.?[ \t]+)?The following (?:personages? appears?|characters? appears?|persons appear) in other "
    r"(?:stories|books|novels|works|volumes)\b"
)
_HEADING = re.compile(r"[ \t]*ADDENDUM\.?[ \t]*", re.IGNORECASE)
_GLUED = re.compile(r'(?<=[.!?\u201d"])[ \t]+ADDENDUM[ \t]*$', re.MULTILINE)
_NOTE = re.compile(r"[ \t]*\(?Note\b", re.IGNORECASE)
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_HEAD_PARAS = 3
_MAX_LINE = 80
_MAX_LOWER = 0.5  # prose: ~0.7-0.8 of its words lower-case
_PAREN = re.compile(r"\([^()\n]*\)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_REACH = 100_000  # the longest addendum read: ~25,000 characters


def character_addenda(text: str, footer: int | None, found: Sequence[Edit]) -> list[Edit]:
    """The addendum cut, from its heading line to the body's end, or none."""
    if footer is None:
        return []
    end = _body_end(text, footer, list(found))
    lo = max(0, end - _REACH)
    at = text.rfind(" in other ", lo, end)
    while at >= 0 and not _OPENER.match(text, text.rfind("\n", 0, at) + 1):
        at = text.rfind(" in other ", lo, at)  # "referred to by that title in other addendums"
    if at < 0:
        return []
    opener = text.rfind("\n", 0, at) + 1
    below = text.find("\n", at)
    if below < 0 or not all(_is_list(text[a:b]) for a, b in _spans(text, below, end)):
        return []
    # a reflowed text: "ADDENDUM The following personage appears ..." (La Grande Breteche)
    head = opener if _OPENER.match(text, opener).group("head") else _heading_above(text, opener)
    if head is None:
        return []
    if text[head - 1 : head] not in ("", "\n") and text[footer - 1 : footer] == "\n":
        # glued heading: the cut runs to the end marker's line less one newline, so the
        # book's last line keeps its newline (clause end_blank_lines reads no mid-line cut)
        end = max(end, footer - 1)
    return [Edit(head, end, "", RULE)]


def _heading_above(text: str, opener: int) -> int | None:
    """Start of the "ADDENDUM" line at most ``_HEAD_PARAS`` paragraphs above the opener
    (notes only between them)."""
    for a, b in reversed(_spans(text, max(0, opener - 2_000), opener)[-_HEAD_PARAS:]):
        line = text.rfind("\n", a, b) + 1 or a  # the paragraph's last line
        if _HEADING.fullmatch(text[line:b].rstrip()):
            # also the heading glued under the book's last line (The Deputy of Arcis)
            return text.rfind("\n", 0, line) + 1 if line == a else line
        glued = _GLUED.search(text, line, b)
        if glued:  # "...thought fit to keep silence.” ADDENDUM" (An Historical Mystery)
            return glued.start()
        if not _NOTE.match(text, a):
            return None
    return None


def _is_list(para: str) -> bool:
    """A list paragraph: names and titles (capitalised words; "Jealousies of a Country
    Town" is 2 lower-case words of 5), no line of prose (a note may be prose)."""
    if (
        _NOTE.match(para) or "ddendum" in para
    ):  # "... referred to by that title in other Addendums."
        return True
    if any(len(x.strip()) > _MAX_LINE for x in para.split("\n")):
        return False
    words = _WORD.findall(_PAREN.sub("", para))  # "Bibi-Lupin (chief of secret police, ...)"
    lower = sum(w[0].islower() for w in words)
    return lower <= _MAX_LOWER * len(words)


def _spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs in [lo, hi), blank space trimmed."""
    out, a = [], lo
    for m in _PARA_BREAK.finditer(text, lo, hi):
        if text[a : m.start()].strip():
            out.append((a, m.start()))
        a = m.end()
    if text[a:hi].strip():
        out.append((a, hi))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out]
