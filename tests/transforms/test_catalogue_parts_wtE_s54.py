"""Session 54 (branch wtE): clauses ``imprint_volume_line`` for parts, ``catalogue_price_line``
and ``catalogue_entry_continued`` (transforms.imprint_volumes).

Dickens's Letters vol. 3 (rcdm-uga mirror, "Dickens, Charles/The Letters of Charles Dickens\\r
Vol. 3, 1836-1870.txt", lines 9858-9862, 10260-10275 and 11191-11210 byte for byte:
tests/data/en_gutenberg_dickens_letters3_catalogue_s54.txt) ends in Chapman and Hall's
catalogue. base54 read five of its entries as headings: "PART I. TEA, COFFEE, ..." and "Part
II. FROM THE CONQUEST TO CHAUCER. (Making 2 vols.) 8vo," (rank 9) and three "Book  I. ...,
6d." / "..., 1s." lines of a drawing course (rank 10).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import CleanConfig, clean_text
from transforms.imprint_volumes import imprint_entry, imprint_volume
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_dickens_letters3_catalogue_s54.txt").read_bytes().decode("utf-8")


def test_the_catalogue_has_no_headings():
    for text in (normalize_text(RAW), clean_text(normalize_text(RAW), CleanConfig()).text):
        assert (
            "Part II. FROM THE CONQUEST TO CHAUCER" in text
            and "I. Simple Geometrical Forms, 6d." in text
        )
        assert find_headings(text) == []
        sections = find_sections(text)[0]
        assert len(sections) == 1 and sections[0].start == 0 and sections[0].end == len(text)


def test_a_part_heading_over_the_catalogue_stays():
    # Guard: a real part heading set over the list keeps its place.
    text = "PART II.\n\n\n" + normalize_text(RAW)
    assert [h.title for h in find_headings(text)] == ["PART II."]


@pytest.mark.parametrize(
    ("series", "title", "expected"),
    [
        ("kw:part", "Part II. FROM THE CONQUEST TO CHAUCER. (Making 2 vols.) 8vo,", True),
        ("kw:book", "Book  I. Simple Geometrical Forms, 6d.", True),
        ("kw:book", "Book  I. Various Forms of Anthermion, &c., 1s.", True),
        ("kw:part", "Part III. Charts, 2s. 6d.", True),
        ("kw:volume", "Vol. II. The Letters, \u00a31 2s.", True),
        ("kw:part", "PART II. THE SIXTH OF MAY", False),
        ("kw:part", "PART II. 1848", False),
        ("kw:book", "BOOK II. THE FALL, 1815.", False),  # a year, not a price
        ("kw:book", "BOOK 2d.", False),  # "2d." as "second", no comma before it
        ("kw:chapter", "CHAPTER II. The Coin, 6d.", False),  # a chapter: not asked
    ],
)
def test_imprint_volume_parts_and_prices(series, title, expected):
    assert imprint_volume(series, title) is expected


def test_the_entry_runs_on_only_from_an_open_line():
    texts = ["PART I. TEA, COFFEE, SUGAR, ETC. Being a New Volume of the South"]
    texts.append("Kensington Museum Science Handbooks. Large crown 8vo, 2s. 6d.")
    assert imprint_entry("kw:part", texts, [False, False], 0)
    # A heading closed by its stop does not read the line under it.
    closed = ["PART I. THE SOUTH.", "He paid 2s. for the 8vo, 2s. 6d."]
    assert not imprint_entry("kw:part", closed, [False, False], 0)
    assert not imprint_entry("kw:part", texts, [False, True], 0)  # a blank line between
