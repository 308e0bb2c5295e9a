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
scans run at memory speed and most books hold none of the pieces); in a text or run
holding one, only the lines holding "--" or "-+" are searched for a rule and only the
paragraph of a rule line is read (clause ``figure_rule_led``, session 45: before, a text
with one rule anywhere was split into paragraphs whole, 0.74 s on 10 M characters).
"""

from __future__ import annotations

import re

# A rule of a drawing: a corner or tee joined to dashes, or an arrow.
# Clause blank_run_once (session 45, cost only): a dash-led branch goes on only from a run's
# first dash (a match inside a run is one from its first dash: the same answer to search),
# so a line of n dashes is read once, not n times (8,000: 2.6 s of cleaning). The look-behind
# comes after the first dash: every branch opens with a character, which keeps the engine's
# skip to the characters that can open a match (before it: 40% slower over a whole text).
_RULE = re.compile(r"[+|]-{2,}|-(?<!--)-+[+|]|\+-\+|-(?<!--)-+>|<-{2,}")
# A drawn line: a rule, or a line that opens or ends on a bar.
_EDGE = re.compile(r"^[ \t]*\||\|[ \t]*$")
MIN_LINES = 3
FIGURE_SHARE = 0.5
# Every match of _RULE holds one of these pieces, each holding its sign (clause
# figure_rule_prefilter); a sign is looked for first (one character: the fastest scan).
_RULE_PIECES = (("+", ("+-", "-+")), ("|", ("|-", "-|")), (">", ("->",)), ("<", ("<-",)))


_FEW_SIGNS = 64
# Clause rule_pieces_budget (session 47): the finds of a sign go on up to one per 1,024
# characters of the text before the two-character finds take over, and those start at the
# first sign not yet read. Before, a fixed 64 finds: the 20 M-character Chinese prefix holds
# 458 "|" and 997 "--", so each of normalize's code_spans calls paid four whole-text
# two-character finds ("|-", "-|", "+-", "-+": 0.54 s of 6.7 over the five calls, none at
# 5 M, where "|" is rare). A find and its look cost ~1 us, a two-character find ~2 ns a
# character, so the budget never costs more than the scans it saves.
_SIGNS_PER_FIND = 1 << 10


def _may_hold_rule(text: str) -> bool:
    """Clause ``figure_rule_prefilter``: False when ``text`` holds none of the
    two-character pieces every ``_RULE`` match holds, so it can hold no rule."""
    return any(sign in text and _holds_piece(text, sign, pieces) for sign, pieces in _RULE_PIECES)


def _holds_piece(text: str, sign: str, pieces: tuple) -> bool:
    """Whether ``text`` holds one of ``pieces`` (each holds ``sign`` once). Clause
    rule_pieces_by_sign (session 36): where the sign is rare (a "|" or a few "<" and ">"
    in a Chinese book), its neighbours are read at each of its finds (memchr speed); a
    two-character find scans a Chinese book at ~0.7 ms. Clause ``rule_pieces_budget``:
    up to ``len(text) // 1024`` finds (at least 64), then the pieces are looked for from
    the first find not read (every piece before it would hold a sign already read)."""
    i = text.find(sign)
    for _ in range(max(_FEW_SIGNS, len(text) // _SIGNS_PER_FIND)):
        if i < 0:
            return False
        if any(
            i >= piece.index(sign) and text.startswith(piece, i - piece.index(sign))
            for piece in pieces
        ):
            return True
        i = text.find(sign, i + 1)
    if i < 0:
        return False
    return any(text.find(piece, max(i - piece.index(sign), 0)) >= 0 for piece in pieces)


# Clause figure_rule_led (session 45): only a paragraph with a rule line can be drawn, so the
# paragraphs are found from the rules, not the rules from every paragraph. Every _RULE match
# holds "--" or "-+" (_RULE_HINT: a literal "-" first, memchr speed); a line holding one is
# searched for a rule, and only a line with a rule has its paragraph read and judged. Before,
# ``drawn_paragraphs`` split a whole text holding one rule into paragraphs and searched each
# line twice: 0.74 s a call on 10 M characters of Chinese novels, six calls in ``normalize``.
_RULE_HINT = re.compile(r"-[-+]")
_NOT_BLANK = re.compile(r"\S")
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*(?:\n|\Z)")  # a line break before a blank line


def figure_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each drawn paragraph of ``text[start:end]`` (rule
    ``ascii_figure``), in order. The paragraphs (runs of lines holding a printed
    character, between blank lines) are found from their rule lines (clause
    ``figure_rule_led``)."""
    if not _may_hold_rule(text[start:end]):
        return []
    spans: list[tuple[int, int]] = []
    pos = floor = start  # floor: the end of the last paragraph judged
    while True:
        hint = _RULE_HINT.search(text, pos, end)
        if hint is None:
            return spans
        i = hint.start()
        line_start = max(text.rfind("\n", floor, i) + 1, floor)
        line_end = text.find("\n", i, end)
        line_end = end if line_end < 0 else line_end
        if _RULE.search(text, line_start, line_end) is None:
            pos = line_end
            continue
        first = line_start
        while first > floor:
            prev = max(text.rfind("\n", floor, first - 1) + 1, floor)
            if _NOT_BLANK.search(text, prev, first - 1) is None:
                break
            first = prev
        m = _PARAGRAPH_END.search(text, line_end, end)
        last = m.start() if m else end
        lines = text[first:last].split("\n")
        if _drawn(lines):
            spans.append((first, last))
        pos = floor = last


def _drawn(lines: list[str]) -> bool:
    """Rule ``ascii_figure``: at least 3 lines, one with a rule, half with a drawing sign."""
    if len(lines) < MIN_LINES:
        return False
    rules = sum(_RULE.search(line) is not None for line in lines)
    signs = sum(_RULE.search(line) is not None or _EDGE.search(line) is not None for line in lines)
    return bool(rules) and signs >= FIGURE_SHARE * len(lines)


def drawn_paragraphs(text: str) -> list[tuple[int, int]]:
    """Clause ``drawn_anywhere``: the drawn paragraphs of ``text`` at any indent (an RFC
    draws its state diagrams at the body's 3 columns, a Gutenberg book its ruled tables
    at the margin), each judged as ``figure_spans`` judges one; a text without a rule
    piece costs the substring finds, one with pieces a scan for "--"/"-+" and a rule search
    of each line holding one (clause ``figure_rule_led``).  With them, the ruled column
    tables (``column_tables``)."""
    tables = column_tables(text)
    figures = figure_tables(text)
    if figures:
        tables = sorted(set(tables) | set(figures))
    drawn = figure_spans(text, 0, len(text))
    if not tables:
        return drawn
    return sorted(set(drawn) | set(tables))


# Clause ruled_column_table (session 35): a table set in columns by spaces, with a plain rule
# line of dashes, equals signs or underscores (under its head, or a ledger's sum line) and no
# "+" or "|" drawing, is a drawn paragraph too: its lines and their column spaces are kept.
# Before, Scott's Napoleon's "Slain in battle,          125,000" / "Died from fatigue, ... the
# severity of the" / "  climate,     132,000" lost its columns ("Slain in battle, 125,000")
# and the row's second line was joined to its first; Darwin's snow-line table (The Voyage of
# the Beagle) was joined across three rows ("Humboldt. Bolivia, lat. 16 to 18 degs. S.
# 17,000 Pentland. Central Chile, ..."), Stevenson's accounts ("By the lecture   600"), Balzac's
# bills of costs the same.  A paragraph of at least 3 lines with a rule line, and at least
# two other lines, at least half of which hold a column gap: 3 or more spaces (or a tab)
# between two printed characters after the indent, or a leader of 4 dots or more ("By the
# picnics.......  3,000", Stevenson's The Wrecker).  Prose's two spaces after a full stop
# are no gap (Twain's "Joy! wassail! finis!" after a "===" line stays prose); a title
# between two rules ("The Illustrations by John Leech", Dickens) has none.
_PLAIN_RULE = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t\r]*")
_COLUMN_GAP = re.compile(r"\S(?:(?: {3,}|\t)\S|\.{4,})")
# Prefilter: every plain rule holds one of these runs (str.find runs at memory speed).
_RULE_RUNS = ("---", "===", "___")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraph_at(text: str, i: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding position ``i``: from its first line's start
    to its last line's end, blank lines (spaces only) around it left out."""
    start = text.rfind("\n", 0, i) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev : start - 1].strip():
            break
        start = prev
    m = _BLANK_LINE.search(text, i)
    end = m.start() if m else len(text)
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def _is_column_table(lines: list[str]) -> bool:
    """Clause ``ruled_column_table``: ``lines`` (a paragraph's) hold a plain rule line and
    at least two other lines, half of them or more with a column gap."""
    if len(lines) < MIN_LINES:
        return False
    body = [line for line in lines if not _PLAIN_RULE.fullmatch(line)]
    if len(body) == len(lines) or len(body) < 2:
        return False
    gaps = sum(_COLUMN_GAP.search(line.strip()) is not None for line in body)
    return gaps >= 2 and gaps >= FIGURE_SHARE * len(body)


def column_tables(text: str) -> list[tuple[int, int]]:
    """The ruled column tables of ``text`` (clause ``ruled_column_table``), as
    ``(start, end)`` of their paragraphs, sorted."""
    spans: set[tuple[int, int]] = set()
    # Clause table_judged_once (session 45): a paragraph is judged once, however many rule
    # lines it holds (each one split it again: on the 20 M-character Chinese prefix 121
    # judgements of 94 paragraphs read 28,641 lines, now 6,091; 0.26 -> 0.20 s a call).
    judged: set[tuple[int, int]] = set()
    for run in _RULE_RUNS:
        # Clause rule_runs_sign_first (session 36): a text without the run's sign skips the
        # three-character find (~0.7 ms over a Chinese book; the sign's find ~0.03 ms).
        i = text.find(run) if run[0] in text else -1
        done = -1  # clause one_read_per_paragraph (session 45 review): its end, once judged
        while i >= 0:
            line = text.rfind("\n", 0, i) + 1
            nl = text.find("\n", i)
            line_end = len(text) if nl < 0 else nl
            if line >= done and _PLAIN_RULE.fullmatch(text, line, line_end):
                start, end = _paragraph_at(text, line)
                done = end
                if (start, end) not in judged:
                    judged.add((start, end))
                    if _is_column_table(text[start:end].split("\n")):
                        spans.add((start, end))
            i = -1 if nl < 0 else text.find(run, nl)
    return sorted(spans)


# Clause aligned_figure_table (session 36): a table of figures set in columns by spaces,
# without a rule line or with one that covers too few rows for ``ruled_column_table``, is a
# drawn paragraph too.  Petty's Political Arithmetick: "The country increases annually by
# procreation            20,000 souls." / "The cities and towns, exclusive of London, by
# 2,000 souls." / "procreation" lost its columns and ragged_margin joined the rows;
# Trollope's North America army budget ("officers above the rank of colonel    17,000,000",
# rows wrapped over two lines).  A paragraph of at least 3 lines, at least two of which hold
# a figure cell (3 spaces or more, or a tab, after a printed character, then a number,
# "£" or "$" first) ending at the same column (right-aligned figures) or starting at the same
# column (within one column), and at least half of whose lines are such rows, a rule line or
# a figure alone at an indent (a sum "  127,424,000").  Guards: prose's two spaces after a
# full stop ("at this time.  In all 5,000") make no cell; a year or a page number in a
# sentence has no gap before it; a paragraph of prose with one such row is under the share.
# Clause figure_scan_run_start (session 43): a match starts only at a run's first space
# (the leftmost match always did: output the same); each later space of a run failed
# again over the rest of the run, quadratic in a run of spaces with no figure after it
# (16,000 spaces: 2.9 s in normalize). A literal space first keeps sre's fast skip.
_FIGURE_SCAN = re.compile(r" (?<=[^ ] )  +[£$]?\d")
_FIGURE_CELL = re.compile(r"\S(?: {3,}|\t+)([£$]?\d[\d,.]*)")
_FIGURE_ALONE = re.compile(r"[ \t]+[£$]?\d[\d,.]*(?:[ \t]+\S+)?[ \t\r]*")


def _is_figure_table(lines: list[str]) -> bool:
    """Clause ``aligned_figure_table``: ``lines`` (a paragraph's) are rows of a table of
    figures in aligned columns."""
    if len(lines) < MIN_LINES:
        return False
    ends: list[set[int]] = []
    starts: list[set[int]] = []
    kept = 0
    for line in lines:
        line = line.expandtabs().rstrip("\r")
        cells = list(_FIGURE_CELL.finditer(line))
        if cells:
            ends.append({m.end(1) for m in cells})
            starts.append({m.start(1) for m in cells})
            kept += 1
        elif _PLAIN_RULE.fullmatch(line) or _FIGURE_ALONE.fullmatch(line):
            kept += 1
    if len(ends) < 2 or kept < FIGURE_SHARE * len(lines):
        return False
    for columns in (ends, starts):
        seen: dict[int, int] = {}
        for row in columns:
            for col in {c + d for c in row for d in (-1, 0, 1)}:
                seen[col] = seen.get(col, 0) + 1
                if seen[col] >= 2:
                    return True
    return False


def figure_tables(text: str) -> list[tuple[int, int]]:
    """The aligned figure tables of ``text`` (clause ``aligned_figure_table``), as
    ``(start, end)`` of their paragraphs, sorted."""
    spans: set[tuple[int, int]] = set()
    done = -1
    for m in _FIGURE_SCAN.finditer(text):
        i = m.start()
        if i <= done or i == 0 or text[i - 1] in " \t\r\n":
            continue
        start, end = _paragraph_at(text, i)
        done = end
        if _is_figure_table(text[start:end].split("\n")):
            spans.add((start, end))
    return sorted(spans)
