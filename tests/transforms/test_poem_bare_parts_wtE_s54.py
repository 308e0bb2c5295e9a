"""Session 54 (branch wtE): clause ``bare_parts_from_first`` of rule ``poem_part_run``
(transforms.poem_part_runs).

Scott's Minstrelsy of the Scottish Border vol. 2 (rcdm-uga mirror, "Scott, Walter/Minstrelsy
of the Scottish Border, Volume 2.txt"): the headings the book gives at offsets 126188 ..
338504 of its cleaned text (base54's ``find_headings``, titles and kinds as read): the book's
own "PART SECOND. ROMANTIC BALLADS." (keyword, rank 9), the ballads' titles in capitals (rank
20), "THE DUEL OF WHARTON AND STUART. IN TWO PARTS." over "PART FIRST." / "PART SECOND." (lines
7161 and 7233 of the file, keyword, rank 9), then "THE LAMENT OF THE BORDER WIDOW.". base54:
the rank 9 held by the book's part kept the duel's parts at the book's level, and the ballads
after them sat under "PART SECOND." (session 48's Left).
"""

from __future__ import annotations

from transforms.poem_part_runs import parts_under_their_poem
from transforms.sections import Heading

BOOK = [
    Heading(126188, 126218, "PART SECOND. ROMANTIC BALLADS.", "keyword", 9),
    Heading(307623, 307651, "NOTES ON SIR HUGH LE BLOND.", "caps", 20),
    Heading(308939, 308957, "GRAEME AND BEWICK.", "caps", 20),
    Heading(311697, 311715, "GRAEME AND BEWICK.", "caps", 20),
    Heading(318611, 318656, "THE DUEL OF WHARTON AND STUART. IN TWO PARTS.", "caps", 20),
    Heading(334154, 334165, "PART FIRST.", "keyword", 9),
    Heading(336183, 336195, "PART SECOND.", "keyword", 9),
    Heading(338504, 338535, "THE LAMENT OF THE BORDER WIDOW.", "caps", 20),
]


def test_the_duels_parts_rank_under_it():
    out = parts_under_their_poem(BOOK)
    assert [(h.kind, h.rank) for h in out[5:7]] == [("poem", 21), ("poem", 21)]
    assert out[:5] == BOOK[:5] and out[7] == BOOK[7]  # the book's own part stays


def test_titled_or_late_parts_stay_the_books():
    # Guards: parts with titles of their own, or a run that does not start at the first.
    titled = [*BOOK[:5], Heading(334154, 334170, "PART FIRST. THE FRAY", "keyword", 9), *BOOK[6:]]
    assert parts_under_their_poem(titled) == titled
    late = [*BOOK[:5], Heading(334154, 334165, "PART THIRD.", "keyword", 9), *BOOK[6:]]
    assert parts_under_their_poem(late) == late
