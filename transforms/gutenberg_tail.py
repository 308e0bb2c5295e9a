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
Clause ``end_blank_lines`` (session 36): the blank lines that stood between the book's
last line and the cut that ends the text (the end marker and licence, any rule's last
cut) were left as the text's end: 138 of 150 Gutenberg books ended in 4-12 newlines,
trained on before every end-of-text token. The cut takes them; the text ends with its
last line and one newline. A chain of end cuts with only blank space between them (the
licence notice, blank lines, the end marker; an illustration, a printer's imprint, the
footer) goes as one, each cut keeping its rule. Guards: only blank space between the last
line and the chain, nothing but blank space after it, no cut of the chain with a
replacement, a chain that starts on a line below the last line (one that starts inside a
line stays as it is), a text with nothing kept above the chain stays as it is.
Clause ``empty_notes_heading`` (session 37, rule ``book_index``): a notes heading left
as the text's last line with no notes under it ("FOOTNOTES:" at the end of Tyrrell's
Christianity at the Cross-Roads, pg52881: the last chapter had no notes, the
transcriber's note under the heading is cut) is cut with the separator lines just above
it ("-----" between the chapter and its notes), so the text ends with the book's last
line. Only a line that is nothing but the heading ("FOOTNOTES", "Footnotes:", "NOTES.",
"ENDNOTES"), standing alone (a blank or separator line above it), with nothing but blank
space and the cuts that end the text under it; a text with nothing kept above stays.
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


def end_blank_lines(text: str, merged: list[Edit]) -> list[Edit]:
    """``merged`` (sorted, non-overlapping cuts) with the chain of cuts that ends the text
    (cuts with only blank space between them) taking the blank lines above and between
    them: the text then ends with its last line's newline (clause ``end_blank_lines``)."""
    if not merged or text[merged[-1].end :].strip():
        return merged
    i = len(merged) - 1
    while i > 0 and not text[merged[i - 1].end : merged[i].start].strip():
        i -= 1
    if any(e.replacement for e in merged[i:]):
        return merged
    pos = merged[i].start  # walked back to just after the last mark above the chain
    while pos and text[pos - 1].isspace():
        pos -= 1
    newline = text.find("\n", pos, merged[i].start)
    if pos == merged[i].start and text.startswith("\n", pos):
        newline = pos  # the chain's cut starts with the last line's newline (an index's)
    if not pos or newline < 0:
        return merged  # nothing kept above, or the chain starts on the last line
    out = merged[:i] + [Edit(newline + 1, merged[i].end, "", merged[i].rule)]
    for e in merged[i + 1 :]:
        out.append(Edit(out[-1].end, e.end, "", e.rule))
    if out[-1].end < len(text):
        out[-1] = Edit(out[-1].start, len(text), "", out[-1].rule)
    return merged if out == merged else out


NOTES_HEADING = re.compile(
    r"[ \t]*_?(?:FOOT-?NOTES|Foot-?notes|END-?NOTES|End-?notes|NOTES|Notes)[.:]?_?[ \t]*"
)


def empty_notes_heading(text: str, merged: list[Edit], rule: str = "book_index") -> list[Edit]:
    """``merged`` (sorted, non-overlapping cuts) with a cut of the notes heading that is
    the text's last line above the cuts that end it, if any (clause ``empty_notes_heading``)."""
    i = len(merged)
    end = len(text)
    if merged and not text[merged[-1].end :].strip():
        i -= 1  # the chain of cuts that ends the text
        while i > 0 and not text[merged[i - 1].end : merged[i].start].strip():
            i -= 1
        end = merged[i].start
    pos = end
    while pos and text[pos - 1].isspace():
        pos -= 1
    begin = text.rfind("\n", 0, pos) + 1
    if "otes" not in text[begin:pos].lower() or not NOTES_HEADING.fullmatch(text[begin:pos]):
        return merged
    limit = merged[i - 1].end if i else 0  # never into an earlier cut
    start = begin
    p = begin - 1  # the newline above the heading
    while p > limit:
        above = text.rfind("\n", 0, p) + 1
        line = text[max(above, limit) : p]
        if line.strip() and (above < limit or _SEPARATOR.fullmatch(line) is None):
            break
        if line.strip():
            start = above  # a separator line between the book and its notes goes too
        p = above - 1
    if start == begin and begin and text[begin - 2 : begin - 1].strip():
        return merged  # the heading is the last line of a paragraph
    if not begin or not text[limit:start].strip():
        return merged  # nothing kept above
    return merged[:i] + [Edit(start, pos, "", rule)] + merged[i:]
