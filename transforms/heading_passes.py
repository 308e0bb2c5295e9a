"""Passes over the candidate and confirmed headings of ``transforms.sections``'
``find_headings``: capitals lines joined, running heads dropped (rule ``mid_sentence``,
clause ``cjk_not_caps``, rule ``named_among_numbers``, clause ``repeated_volume_prefix``:
see each function), and the character spans of contents lists. Moved from
``transforms.sections`` unchanged (session 43: the module was at the 500-line limit).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms import contents as ct
from transforms import headings as hd
from transforms.cjk_layout import CJK_CHAR
from transforms.cjk_running_heads import other_title_repeat
from transforms.year_lines import is_year

if TYPE_CHECKING:
    from transforms.sections import Heading


def _merge_caps_lines(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Adjacent lines in capitals (no blank between) are one heading."""
    out: list[hd.Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("caps", "named")
            and c.kind == "caps"
            and c.line == prev.line + 1
        ):
            out[-1] = hd.Candidate(prev.start, c.end, c.line, prev.kind, prev.rank,
                                   f"{prev.title} {c.title}", prev.series)  # fmt: skip
            continue
        out.append(c)
    return out


def _running_heads(confirmed: list[tuple[hd.Candidate, int]]) -> list[tuple[hd.Candidate, int]]:
    out: list[tuple[hd.Candidate, int]] = []
    last_value: dict[str, int] = {}  # series -> value, since the last higher heading
    rank_of: dict[str, int] = {}
    for k, (c, rank) in enumerate(confirmed):
        for series in [s for s, r in rank_of.items() if r > c.rank]:
            del rank_of[series]  # a new act: "SCENE I" is not a repeat of the last act's
            last_value.pop(series, None)
        if c.value is not None and last_value.get(c.series) == c.value and k + 1 < len(confirmed):
            # clause couplet_pairs (cjk_running_heads): another title, a heading of its own
            nxt = c if other_title_repeat(confirmed, k) else confirmed[k + 1][0]
            # Clause year_not_counted (transforms.year_lines): a year line under it
            # ("CHAPTER 2.III." then "1862." in Darwin's Life and Letters) counts nothing.
            if nxt.rank > c.rank and nxt.value is not None and 1 < nxt.value and not is_year(nxt):
                continue  # "ACT I." then "SCENE 2.": act I goes on
            if nxt.series == c.series and nxt.value == c.value + 1:
                continue  # "Book VII. Chapters 12 to 15." then "BOOK VIII": a part of VII
        if c.value is not None:
            last_value[c.series] = c.value
            rank_of[c.series] = c.rank
        out.append((c, rank))
    return out


def _mid_sentence(above: str, line: str = "") -> bool:
    """Rule ``mid_sentence``: a keyword line right under a prose line that stops
    on a lower-case word goes on with its sentence ("... è definita nel" /
    "Capitolo 2 - "L'archivo Debian", del manuale Debian Policy.", a cross-reference
    of Debian's Italian Reference), no chapter opens."""
    # Clause mid_sentence_comma (session 33): a line that stops on a comma goes on
    # too (a footnote's verse quotation: "Out of the living rock."--Wordsworth's
    # Excursion," / "Book vi." in Buckley's Aeschylus), unless the keyword line ends
    # on a comma as well: rows of a table ("Act III. . . . Act II. Sc. 3," / "Act IV.
    # . . . Act III. Sc. 4," in the Cambridge Shakespeare's notes), which the contents
    # rules read as one run.
    comma = above[-1:] == "," and line[-1:] != ","
    return len(above) >= 40 and (comma or above[-1].isalpha() and above[-1].islower())


def _cjk_case(line: str) -> bool:
    """Clause ``cjk_not_caps``: CJK characters have no case, so a CJK line with a
    capital or two ("如果你在任何類Unix系統中使用過 ...") is not "in capitals":
    a "caps" line holds more capitals than CJK characters."""
    cjk = len(CJK_CHAR.findall(line))
    return cjk > 0 and cjk >= sum(map(str.isupper, line))


def _list_spans(lines: ct.Lines, in_list) -> list[tuple[int, int]]:
    """(start, end) characters of each run of contents-list lines."""
    out: list[tuple[int, int]] = []
    n = len(lines.texts)
    i = 0
    while i < n:
        if not in_list[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and in_list[j + 1]:
            j += 1
        out.append((lines.starts[i], lines.ends[j]))
        i = j + 1
    return out


def _named_among_numbers(headings: list[Heading]) -> list[Heading]:
    """Rule ``named_among_numbers``: where every other heading is a number ("I.",
    "12", "IV. The Trial": ranks 38-40), a named division ("PREFACE", "EPILOGUE",
    "Epilog") is one of the chapters, not their parent: it takes the numbers' top
    rank. Before, the chapters sat one level under it, and ``section_path`` put
    every chapter after a "PREFACE" under the preface."""
    others = [h.rank for h in headings if h.kind != "named"]
    if not others or len(others) == len(headings) or min(others) <= hd.NAMED_RANK:
        return headings
    top = min(others)
    return [replace(h, rank=top) if h.kind == "named" else h for h in headings]


def _repeated_volume_prefix(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Clause ``repeated_volume_prefix`` (``transforms.headings``' volume_prefix_chapter):
    a volume written before each of its chapters ("第一卷 第一章", "第一卷 第二章") opens
    at its first chapter; on the others only the chapter is a candidate."""
    paired = {c.line for c in cands if c.second}
    if not paired:
        return cands
    out, last, alone = [], None, {}
    for c in cands:
        if c.line in paired and not c.second and c.kind == "cjk":
            if last == (c.series, c.value):
                alone[c.line] = c.start
                continue
            last = (c.series, c.value)
        # Clause repeated_volume_prefix_line_start (review, session 34): the chapter alone
        # opens at its line's start, so the volume words before it are no tail of the
        # chapter above ("…命令。\n\n第十三卷 灯火阑珊 " ended each of 仙逆's chapters).
        if c.second and c.line in alone:
            c = replace(c, start=alone[c.line], second=False)
        out.append(c)
    return out
