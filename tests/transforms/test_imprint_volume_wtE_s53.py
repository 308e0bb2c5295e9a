"""Session 53 (branch wtE): clause ``imprint_volume_line`` (transforms.imprint_volumes).

Burton's Ultima Thule, vol. 1 (rcdm-uga mirror, "Burton, Richard Francis, Sir/Ultima Thule; or,
A Summer in Iceland. vol. 1-2.txt", lines 9160-9215 byte for byte, CRLF as in the file:
tests/data/en_gutenberg_burton_ultima_thule1_tomes_s53.txt): the bibliography's entry 10, the
French voyage, lists its eight volumes; "Tome 1. Histoire de Voyage, par M. P. Gaimard, 8vo,
Paris, 1838." and "Tome 5. Minéralogie et Géologie, par M. Eugène Robert, 8vo, Paris," were
volume headings (rank 8): in the whole book the appendices and the second volume's title sat
under "Tome 5." (session 52's Left).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import CleanConfig, clean_text
from transforms.imprint_volumes import imprint_volume
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_burton_ultima_thule1_tomes_s53.txt").read_bytes().decode("utf-8")


def test_a_volume_with_its_imprint_is_no_heading():
    for text in (normalize_text(RAW), clean_text(normalize_text(RAW), CleanConfig()).text):
        # base53: the two "Tome" lines at rank 8.
        assert find_headings(text) == []
        sections = find_sections(text)[0]
        assert len(sections) == 1 and sections[0].end == len(text)


def test_a_volume_heading_above_the_list_stays():
    # Guard: the same bibliography under a real volume heading keeps that heading.
    text = "VOLUME II.\r\n\r\n\r\n" + normalize_text(RAW)
    assert [(h.title, h.rank) for h in find_headings(text)] == [("VOLUME II.", 8)]


@pytest.mark.parametrize(
    ("series", "title", "expected"),
    [
        ("kw:tome", "Tome 1. Histoire de Voyage, par M. P. Gaimard, 8vo, Paris, 1838.", True),
        ("kw:tome", "Tome 5. Minéralogie et Géologie, par M. Eugène Robert, 8vo, Paris,", True),
        ("kw:volume", "Vol. II. Travels in the Interior, 8vo, London, 1840.", True),
        # Review: a place and year alone are a history's book titles, not an imprint.
        ("kw:volume", "Vol. II. Travels in the Interior, London, 1840.", False),
        ("kw:book", "BOOK III. THE TERROR, PARIS, 1793.", False),
        ("kw:book", "BOOK V. THE DEATH OF NELSON, TRAFALGAR, 1805.", False),
        ("kw:book", "BOOK II.\u2014THE RETURN, LONDON, 1848.", False),
        ("kw:book", "BOOK II. LONDON, 1848.", False),
        ("kw:volume", "VOLUME II.", False),
        ("kw:volume", "VOLUME THE SECOND. 1838.", False),  # a year alone, no place after a comma
        ("kw:chapter", "CHAPTER I. The Fall of Paris, 1871.", False),  # a chapter: not asked
        ("kw:chapter", "CHAPTER III. Of the folio and the 8vo", False),  # review: series guard
        ("kw:book", "BOOK IV. The Octavo and the Folios", False),  # words, not formats
    ],
)
def test_imprint_volume(series, title, expected):
    assert imprint_volume(series, title) is expected
