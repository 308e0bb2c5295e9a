"""ASCII figures: drawings and ruled tables set in text, kept as they are drawn.

Rule ``ascii_figure`` (part of rule ``indented_code``, ``transforms.code_blocks``): a
paragraph (lines between blank lines) of a run of lines indented 4 columns or more
that is drawn, not written, is a block kept like code: ``transforms.normalize``
keeps its runs of spaces (the columns of a packet layout), ``transforms.unwrap``
joins none of its lines, ``transforms.sections`` takes none for a heading. IETF
RFCs draw their packet layouts, state machines and tables so (session 30):

    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
    |          Source Port          |       Destination Port        |

RFC 9293's TCP header became "| Source Port | Destination Port |" (its columns
gone), and RFC 1035's resolver diagram was joined into one line
("| Stub |-------------->| Recursive|---------|->|Foreign | | Resolver| ...").
A paragraph is drawn when it has at least 3 lines, one of them holds a rule
(``_RULE``: a corner or a tee on a rule of two dashes, "+--", "--+", "|--", "--|",
"+-+", or an arrow of two dashes or more, "-->", "<--"; a word broken at a bar,
"lamenta-|ble" in a title page transcribed with its line ends as "|", is none) and at least half of them hold a
drawing sign (a rule, or a line opening or ending with "|"). Prose and verse hold
no "+--" and no "-->": the check needs both a rule and the share.

Clause ``drawn_anywhere``: a drawn paragraph at any indent is such a block too (RFC
9293 draws its state diagram and RFC 3986 its table of obsolete rules at the body's 3
columns, Gutenberg books their ruled tables at the margin; none of the 3,443 files of
``rcdm-uga/Gutenberg_Text`` has a paragraph of prose that passes: 47 books have drawn
paragraphs below 4 columns, boxes, tables and diagrams).

Cost: substring scans for the two-character pieces every rule holds ("+-", "-+", "|-",
"-|", "->", "<-"; clause ``figure_rule_prefilter``: the regex search of a whole book
for a rule ran at about 12M characters/s and halved normalize's speed, the substring
scans run at memory speed and most books hold none of the pieces); only a text or run
holding one is searched and split into paragraphs.
"""

from __future__ import annotations

import re

# A rule of a drawing: a corner or tee joined to dashes, or an arrow.
_RULE = re.compile(r"[+|]-{2,}|-{2,}[+|]|\+-\+|-{2,}>|<-{2,}")
# A drawn line: a rule, or a line that opens or ends on a bar.
_EDGE = re.compile(r"^[ \t]*\||\|[ \t]*$")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # lines up to a blank one
MIN_LINES = 3
FIGURE_SHARE = 0.5
# Every match of _RULE holds one of these pieces, each holding its sign (clause
# figure_rule_prefilter); a sign is looked for first (one character: the fastest scan).
_RULE_PIECES = (("+", ("+-", "-+")), ("|", ("|-", "-|")), (">", ("->",)), ("<", ("<-",)))


def _may_hold_rule(text: str) -> bool:
    """Clause ``figure_rule_prefilter``: False when ``text`` holds none of the
    two-character pieces every ``_RULE`` match holds, so it can hold no rule."""
    return any(
        sign in text and any(piece in text for piece in pieces) for sign, pieces in _RULE_PIECES
    )


def figure_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each drawn paragraph of ``text[start:end]`` (rule
    ``ascii_figure``), in order."""
    if not _may_hold_rule(text[start:end]):
        return []
    spans: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text, start, end):
        lines = m.group().split("\n")
        if len(lines) < MIN_LINES:
            continue
        rules = sum(_RULE.search(line) is not None for line in lines)
        signs = sum(
            _RULE.search(line) is not None or _EDGE.search(line) is not None for line in lines
        )
        if rules and signs >= FIGURE_SHARE * len(lines):
            spans.append((m.start(), m.end()))
    return spans


def drawn_paragraphs(text: str) -> list[tuple[int, int]]:
    """Clause ``drawn_anywhere``: the drawn paragraphs of ``text`` at any indent (an RFC
    draws its state diagrams at the body's 3 columns, a Gutenberg book its ruled tables
    at the margin), each judged as ``figure_spans`` judges one; a text without a rule
    costs one regex search."""
    if not _may_hold_rule(text) or _RULE.search(text) is None:
        return []
    return figure_spans(text, 0, len(text))
