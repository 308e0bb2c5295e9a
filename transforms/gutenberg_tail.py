"""A Gutenberg book's last line after the end cuts (session 32): boilerplate rule
``gutenberg_footer``, clause ``trailing_separator``.

A section separator ("*       *       *       *       *", "――――", "-----") that stood
between the book's last words and what the end cuts took (the end marker, the licence,
the publisher's advertisements) was left as the text's last line: Dickens's Nursery Rhyme
Book ended "THE END / * * * * *".  It separates nothing there, so it goes with the cut
after it; only separator lines (three or more marks of "*", "-", "–", "—", "―", "=", "~",
"_", "·", "•" and spaces, nothing else) and the blank lines between them, and only
in a document with a Gutenberg end marker.  A separator with text after it stays.
Clause ``stacked_separators`` (session 33): separators between two cuts of that chain
(a list, "* * * * *", the transcriber's errata, "* * * * *", the end marker) join the
chain and go with it; a line of text, or a separator line that a cut takes in part,
between two cuts ends it.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

_SEPARATOR = re.compile(r"[ \t]*(?:[*\-–—―=~_·•][ \t]*){3,}")


def trailing_separators(text: str, merged: list[Edit]) -> list[Edit]:
    """``merged`` (sorted, non-overlapping cuts) with the last cut, when it reaches the text's
    end, moved back over the separator lines and blank lines just above its chain."""
    if not merged or text[merged[-1].end :].strip():
        return merged
    i = len(merged) - 1  # the chain of cuts that ends the text
    # clause stacked_separators: only blank space or whole separator lines between two
    # cuts of the chain ("* * * * *" / transcriber's errata / "* * * * *" / end marker,
    # Russell's Bolshevism): both separators go, not the lower one alone
    while i > 0 and _only_separators(text, merged[i - 1].end, merged[i].start):
        i -= 1
    start = merged[i].start
    line_end = text.rfind("\n", 0, start) if start and text[start - 1] != "\n" else start - 1
    if line_end < 0 or text[line_end + 1 : start].strip():
        return merged  # the chain starts inside a line
    new_start = start
    limit = merged[i - 1].end if i else 0  # never into an earlier cut
    pos = line_end  # the newline before the chain's first line
    while pos > limit:
        begin = text.rfind("\n", 0, pos) + 1
        if begin < limit:
            break
        line = text[begin:pos]
        if not line.strip():
            pos = begin - 1
            continue
        if _SEPARATOR.fullmatch(line) is None:
            break
        new_start = begin
        pos = begin - 1
    if new_start == start:  # no separator above: the separators between the cuts go
        out = merged[: i + 1]  # with the cut under them (each cut keeps its rule)
        for e in merged[i + 1 :]:
            gap = out[-1].end
            out.append(
                Edit(gap, e.end, e.replacement, e.rule) if text[gap : e.start].strip() else e
            )
        return out
    first = merged[i]
    return merged[:i] + [Edit(new_start, merged[-1].end, first.replacement, first.rule)]


def _only_separators(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds nothing but blank space and whole separator lines (a line cut
    in part by a cut on either side does not count as whole)."""
    gap = text[a:b]
    if not gap.strip():
        return True
    if "\n" not in gap or (a and text[a - 1] != "\n" and gap.split("\n", 1)[0].strip()):
        return False
    lines = gap.split("\n")
    if lines[-1].strip() and b < len(text) and text[b] != "\n":
        return False  # the last separator line runs on into the cut below
    return all(not ln.strip() or _SEPARATOR.fullmatch(ln) for ln in lines)
