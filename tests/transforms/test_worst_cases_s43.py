"""Session 43 (branch wtH): worst cases, third pass: runs of one character.

A pattern that opens with an unbounded repeat of a class, searched over a run of that
class with no match after it, is tried again from every character of the run, each try
reading to the run's end: quadratic in the run (CPython's ``re`` has no memo). Found by
feeding a run of each of 90 characters (16,000 of them inside a real paragraph) through
normalize -> clean -> ``analyze_text`` (``/tmp/wtH43/runs_probe.py``): a run of spaces
(``ascii_figures._FIGURE_SCAN``, 2.9 s in normalize), of "…", "·" or "．"
(``leader_sentences._LEADER_PAGE``, 4.5 s) and of ". " (``_LEADERS_PAGE``, 8.4 s).
Clauses ``figure_scan_run_start`` and ``leader_run_start``: each pattern starts a match
only at a run's first character (a look-behind), where the leftmost match always
started, so the matches are the same (A/B over every mirror file: the record).

The measure is a work count, not a time: the characters the pattern's unbounded repeat
reads from every start where the pattern's head (what comes before the repeat, with its
look-arounds, and one pass of the repeat) matches, on a run of ``n`` and of ``2n``
characters. A try from each character of the run makes it quadratic (x4 per doubling).
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser as sre_parse

import numpy as np
import pytest

from transforms import ascii_figures, leader_sentences


def _head(pattern: re.Pattern) -> re.Pattern:
    """The items of ``pattern`` up to its first unbounded repeat, with one pass of it."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    items = []
    for op, av in parsed:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == C.MAXREPEAT:
            items.append((C.SUBPATTERN, (None, 0, 0, sre_parse.SubPattern(parsed.state, av[2]))))
            break
        items.append((op, av))
    else:
        raise AssertionError(f"no unbounded repeat in {pattern.pattern!r}")
    from re import _compiler

    return _compiler.compile(sre_parse.SubPattern(parsed.state, items), pattern.flags)


def run_work(pattern: re.Pattern, unit: str, n: int, before: str = "x") -> int:
    """Characters read by the repeat from every start its head matches at, on ``before``
    + ``unit`` repeated to ``n`` characters (a run with nothing after it)."""
    text = before + (unit * n)[:n]
    head = _head(pattern)
    return sum(len(text) - p for p in range(len(text)) if head.match(text, p))


# Each fixed pattern with the run that made it quadratic.
FIXED = [
    (ascii_figures._FIGURE_SCAN, " "),
    (leader_sentences._LEADER_PAGE, "…"),
    (leader_sentences._LEADER_PAGE, "·"),
    (leader_sentences._LEADER_PAGE, "．"),
    (leader_sentences._LEADERS_PAGE, ". "),
    (leader_sentences._LEADERS_PAGE, "."),
    (leader_sentences._LEADERS_PAGE, ".\t"),  # review: the look-behind's tab
]


@pytest.mark.parametrize(("pattern", "unit"), FIXED, ids=[f"{i}" for i in range(len(FIXED))])
def test_a_run_is_read_once(pattern, unit):
    """Clauses figure_scan_run_start, leader_run_start: at 2n the work is at most 2.1x
    that at n (base43: x4, every character of the run a new try)."""
    assert run_work(pattern, unit, 2000) <= 2.1 * run_work(pattern, unit, 1000)


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [(r"   +[£$]?\d", " "), ("[…·．]{6,}[0-9]", "…"), (r"(?:\.[ \t]?){4,}\d", ". ")],
)
def test_the_measure_sees_a_try_from_every_character(pattern, unit):
    """Guard of the measure: the patterns before session 43 read a run x4 per doubling."""
    p = re.compile(pattern)
    assert run_work(p, unit, 2000) >= 3.9 * run_work(p, unit, 1000)


# Real text: Trollope's North America, its army budget (the aligned_figure_table test's).
TROLLOPE = (
    "Pay and allowances of officers above the rank of colonel    17,000,000\n"
    "Pay of the volunteers, with subsistence and clothing        125,000,000\n"
    "Transportation of the army and its supplies                  40,000,000\n"
)
# 社会契约论's contents line (the cjk_leader_entry test's).
LEADERS = "第八章　论没有一种政府形式适宜于一切国家………………………１…１６第九章　论一个好政府的标志…"


@pytest.mark.parametrize("run", [0, 3, 5000])
def test_figure_tables_the_same_beside_a_run_of_spaces(run):
    """A run of spaces in the paragraph after the table changes nothing found."""
    text = "Prose before it.\n\n" + TROLLOPE + "\nThen" + " " * run + "words.\n"
    spans = ascii_figures.figure_tables(text)
    assert spans == [(18, 18 + len(TROLLOPE) - 1)]


def test_leaders_the_same_beside_a_long_leader():
    """The contents entry is found; a leader of 5,000 marks with no page number is not."""
    text = LEADERS + "。她望着窗外" + "…" * 5000 + "一句话也没有说。"
    spans = np.array([[0, len(LEADERS)], [len(LEADERS), len(text)]])
    assert leader_sentences.cjk_leader_entries(text, spans).tolist() == [0]
    dots = "Using the WebSocket Protocol . . . . 66\nAnd then" + " ." * 5000 + "\n"
    cut = dots.index(". . . .") + 1  # the sentence splitter ends one at the first dot
    ends = np.array([[0, cut], [cut, len(dots)]])
    assert leader_sentences.leader_entries(dots, ends) == [0]


# L. Frank Baum, "Twinkle and Chubbins" (Gutenberg): its contents, leaders right after
# the title's last letter (no space), as the mirror's file has them.
TWINKLE = (
    "I     Mr. Woodchuck.................9\n"
    "II    Bandit Jim Crow..............69\n"
    "III   Prarie-Dog Town.............133\n"
    "IV    Prince Mud-Turtle...........195\n"
    "V     Twinkle's Enchantment.......257\n"
    "VI    Sugar-Loaf Mountain.........321\n"
)


def test_leaders_right_after_a_word_are_entries():
    """Review (session 43): the look-behinds keep a leader that follows a letter (a
    look-behind that also refused a word character lost every entry here); each line is
    cut, as the sentence splitter cuts it, at its leader's first dot."""
    spans, start = [], 0
    for line in TWINKLE.splitlines(keepends=True):
        cut = start + line.index("..") + 1
        spans += [[start, cut], [cut, start + len(line)]]
        start += len(line)
    ends = np.array(spans)
    assert leader_sentences.leader_entries(TWINKLE, ends) == [0, 2, 4, 6, 8, 10]
