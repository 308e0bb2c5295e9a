"""``transforms.rising_runs.longest_rising``: the one longest-rising-run helper that
glued_headings, markup_headings and page_paragraphs share."""

import itertools
import random

from transforms.rising_runs import longest_rising


def test_longest_rising_page_numbers_of_a_manual_with_a_stray_number():
    # Page anchors of a manual in line order, a footnote mark "48" among them.
    pages = [1, 2, 3, 48, 4, 5, 6, 7]
    assert [pages[i] for i in longest_rising(pages)] == [1, 2, 3, 4, 5, 6, 7]


def test_longest_rising_strict_and_as_long_as_any_rising_subsequence():
    rnd = random.Random(5)
    for _ in range(300):
        keys = [rnd.randrange(6) for _ in range(rnd.randrange(0, 11))]
        run = longest_rising(keys)
        assert run == sorted(run)
        assert all(keys[a] < keys[b] for a, b in itertools.pairwise(run))
        best = max(
            (
                len(c)
                for r in range(len(keys) + 1)
                for c in itertools.combinations(keys, r)
                if all(x < y for x, y in itertools.pairwise(c))
            ),
            default=0,
        )
        assert len(run) == best
