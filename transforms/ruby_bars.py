"""Clause ``ruby_bar_once`` (session 44): the ruby matches of
:data:`transforms.aozora._RUBY` found without its table-row look-ahead.

An ASCII bar "|" opens a ruby only when no later "|" on its line ends the line (clause
``aozora_ruby_ascii_bar_kana``: a table row's bars stay). The pattern checked that with a
look-ahead read from every bar to the end of its line: quadratic in a long line of bars
(8,000 "|" in a Chinese paragraph: 0.77 s of cleaning, x4 per doubling). Here the lines
that end in a bar are found once, and a bar match that starts before its line's last bar
is refused and the search goes on one character later: where the look-ahead failed, the
pattern had no match at that bar (the other branches open with "｜" or "《"), so the
matches are the same.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_BAR_END = re.compile(r"\|[ \t]*(?=\n|\Z)")  # a line's last bar, only blanks after it


def ruby_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``_RUBY.finditer(text)``, given ``pattern``: ``_RUBY`` without the bar branch's
    look-ahead (its base still group 2)."""
    starts, ends = [], []  # per line ending in a bar: [line start, that bar)
    for m in _BAR_END.finditer(text):
        starts.append(text.rfind("\n", 0, m.start()) + 1)
        ends.append(m.start())
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group(2) is not None:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.start() < ends[i]:  # a later bar ends the line: a table's
                pos = m.start() + 1
                continue
        yield m
        pos = m.end()
