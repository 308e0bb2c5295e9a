"""Rule ``line_end_hyphen`` (unwrap stage, ``unwrap.find_edits``): a word that a
typesetter broke across two lines ("impor-" / "tant", kept so by pypdf, pdfminer
and OCR output) is joined without its hyphen; a compound ("self-" / "evident",
"well-" / "known") keeps it.

A wrap that joins a line ending with a letter and a hyphen to a line opening with
a lower-case letter drops the hyphen when the document says it is a break:

* the joined word ("important") is written elsewhere in the document more often
  than the hyphenated one ("impor-tant"), case ignored; or
* clause ``pieces_not_words``: neither is written elsewhere, and neither piece
  ("impor", "tant") is a word of the document on its own (a compound is made
  of words: "candle-" / "light" where "candle" or "light" is written alone),
  in a document whose counts show more such breaks than compounds (at least 2
  more): a typeset text. In Shakespeare's "market-" / "towns" (Lear, the only
  line-end hyphen) neither piece is written alone, yet it is a compound.

Clause ``unicode_hyphen``: the hyphen may be U+2010 HYPHEN, which groff writes for
every hyphen, its line-end breaks too, in a UTF-8 locale (``man ls > ls.txt``,
``man -P cat``): "speci‐" / "fied" was joined as "speci‐ fied" (a space inside the
word, 7,242 times in 383 of 400 pages of man1 formatted so); it is read as "-"
here, in ``unwrap`` (no space after it) and in rule ``suspended_hyphen``
("Haus‐" / "und Hof" keeps it), and a compound keeps the document's U+2010.
Clause ``break_mark``: groff writes the hyphens of the page's words as "-" and
U+2010 only where it breaks a word at a line end, so in a document whose U+2010
stand at line ends at least 10 times as often as inside a word on a line, a
U+2010 at a line end is the typesetter's break and goes whatever the counts say
("to‐" / "ken", "with‐" / "out": "to" and "with" are words of the page, so the
counts kept 824 of 6,947 such breaks in the 400 pages), a word in capitals too
("EXPRES‐" / "SIONS", "RESERVA‐" / "TION_AFFINITY"). Clause ``break_mark_count``:
only with at least ``MIN_BREAK_MARKS`` (3) such line ends: a text that writes one
or two compounds with U+2010 and none inside a line ("a well‐" / "known author",
pasted from a typeset source) has the ratio by chance (a compound lands at a line
end about once in 10): "wellknown" before the clause; a man page with 1 or 2
breaks is left to the counts (37 of 400 man1 pages).

Everything else keeps the hyphen (the unwrap default: "well-" + "known" joins
as "well-known"). Plain-text books (Gutenberg) break lines at spaces, so their
line-end hyphens are compounds and the counts keep them. Cost: one regex pass
over the words of a text with such wraps, nothing otherwise.
"""

from __future__ import annotations

import re
from collections import Counter

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHENS = "-\u2010"  # clause unicode_hyphen: U+2010 HYPHEN too
_TAIL = re.compile(r"[^\W\d_]+[-\u2010][ \t]*\Z")
_HEAD = re.compile(r"[^\W\d_]+")
_MID_LINE_MARK = re.compile(r"[^\W\d_]\u2010[^\W\d_]")
MIN_BREAK_MARKS = 3  # clause break_mark_count


def line_end_hyphens(text: str, wraps):
    """``wraps`` (``unwrap.Wraps``) with the hyphen before each broken word's
    wrap taken into the wrap (rule ``line_end_hyphen``, module doc)."""
    if not len(wraps):
        return wraps
    starts = wraps.start.tolist()
    ends = wraps.end.tolist()
    spaces = wraps.space.tolist()
    found = []
    for n, (a, b, sp) in enumerate(zip(starts, ends, spaces, strict=True)):
        if sp or a < 2 or text[a - 1] not in _HYPHENS or b >= len(text):
            continue
        # a word in capitals broken at a U+2010 ("EXPRES‐" / "SIONS") too: clause break_mark
        if not (text[b].islower() or text[a - 1] == "\u2010" and (text[a - 2] + text[b]).isupper()):
            continue
        tail = _TAIL.search(text, max(0, a - 60), a)
        head = _HEAD.match(text, b)
        if tail and head and text[a - 2].isalpha():
            found.append((n, text[tail.start() : a - 1].lower(), head.group().lower()))
    if not found:
        return wraps
    # Clause break_mark: U+2010 at line ends, "-" inside the words.
    ends = sum(text[starts[n] - 1] == "\u2010" for n, _, _ in found)
    # Clause break_mark_count: at least 3 of them (one or two are chance).
    marks = ends >= MIN_BREAK_MARKS and 10 * len(_MID_LINE_MARK.findall(text)) <= ends
    words = text.replace("\u2010", "-") if "\u2010" in text else text
    counts = Counter(w.lower() for w in _WORDS.findall(words))
    # The broken words themselves count as their pieces ("impor", "tant"): not alone.
    broken = Counter(p for _, left, right in found for p in (left, right))
    start = wraps.start.copy()
    guess = []
    evidence = 0  # breaks the counts show, minus compounds they show
    for n, left, right in found:
        joined, hyphened = counts[left + right], counts[f"{left}-{right}"]
        evidence += (joined > hyphened) - (hyphened > joined)
        if joined > hyphened or marks and text[starts[n] - 1] == "\u2010":
            start[n] = starts[n] - 1
        elif (
            joined == hyphened == 0 and counts[left] + counts[right] <= broken[left] + broken[right]
        ):
            guess.append(n)
    if evidence >= 2:  # clause pieces_not_words: only where the text is typeset
        for n in guess:
            start[n] = starts[n] - 1
    return type(wraps)(start, wraps.end, wraps.space)
