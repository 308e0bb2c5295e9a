"""Session 57 review (branch wtE): clause title_page_name_set_apart (transforms.title_page_names)
called directly on the real Milton excerpts of test_title_page_names_wtE_s57.py.

In those excerpts alone "SAMSON AGONISTES" is read by layout (no numbered divisions), so the
find_sections tests run clause page_opens_named_work (the move) and not the add: with the add
switched off they still passed (review plant). In the whole book the add is what fires (BOOK I ..
XII keep the layout rule from confirming the name). These tests give the clause the headings
list itself: the Fourth Book's heading before the page and nothing on the name."""

from dataclasses import replace
from pathlib import Path

from transforms import headings as hd
from transforms.clean import CleanConfig, clean_text
from transforms.contents import scan_lines
from transforms.normalize import normalize_text
from transforms.sections import Heading
from transforms.title_page_names import title_page_names

DATA = Path(__file__).resolve().parents[1] / "data"
FOURTH = "en_gutenberg_milton_poetical_fourth_book_s57.txt"
SAMSON = "en_gutenberg_milton_poetical_samson_page_s57.txt"


def _lines(edit=lambda t: t):
    raw = "".join((DATA / n).read_bytes().decode("utf-8") for n in (FOURTH, SAMSON))
    lines = scan_lines(edit(clean_text(normalize_text(raw), CleanConfig()).text))
    i = lines.texts.index("The Fourth Book.")
    fourth = Heading(lines.starts[i], lines.ends[i], "The Fourth Book.", "caps", hd.CAPS_RANK)
    return lines, fourth


def test_name_without_a_heading_is_added_from_its_page():
    """Clause title_page_name_set_apart: the name, no heading of its own, is a heading
    starting on the page's first line "SAMSON"."""
    lines, fourth = _lines()
    out = title_page_names(lines, [fourth])
    assert len(out) == 2 and out[0] == fourth
    page = lines.texts.index("SAMSON")
    assert lines.texts[page + 1] == "AGONISTES,"
    new = out[1]
    assert (new.title, new.start, new.kind, new.rank) == (
        "SAMSON AGONISTES",
        lines.starts[page],
        "caps",
        hd.CAPS_RANK,
    )
    assert title_page_names(lines, []) == []  # no heading before: the book's own page


def test_heading_before_named_already_adds_nothing():
    """Clause name_titled_already: "II SAMSON AGONISTES" before the page names the work."""
    lines, fourth = _lines()
    named = replace(fourth, title="II SAMSON AGONISTES")
    assert title_page_names(lines, [named]) == [named]


def test_heading_on_the_page_adds_nothing():
    """Guard: a heading between the page's first line and the name (here on "DRAMATIC
    POEM.") keeps the clause off."""
    lines, fourth = _lines()
    d = lines.texts.index("DRAMATIC POEM.")
    on_page = Heading(lines.starts[d], lines.ends[d], "DRAMATIC POEM.", "caps", hd.CAPS_RANK)
    assert title_page_names(lines, [fourth, on_page]) == [fourth, on_page]


def test_name_and_page_must_be_set_apart():
    """Guards: three blank lines below the name and above the page's first line."""
    below, _ = _lines(lambda t: t.replace("SAMSON AGONISTES\n\n\n\n", "SAMSON AGONISTES\n\n"))
    lines, fourth = _lines(
        lambda t: t.replace("The End.\n\n\n\n SAMSON\n", "The End.\n\n SAMSON\n")
    )
    for ls in (below, lines):
        assert ls.texts.count("SAMSON AGONISTES") == 1 and ls.texts.count("SAMSON") == 1
        i = ls.texts.index("The Fourth Book.")
        h = replace(fourth, start=ls.starts[i], end=ls.ends[i])
        assert title_page_names(ls, [h]) == [h]


def test_numbers_are_part_of_the_name():
    """Clause name_keeps_numbers (review): "CHAPTER 1" above is no page of "CHAPTER 2"
    (``contents_numbers.key`` drops a trailing number as a page number: both were "chapter")."""
    from transforms.title_page_names import _page_over

    text = "\n\n\n\nCHAPTER 1\n\n\n\nIt was.\n\n\n\nCHAPTER 2\n\n\n\nIt is.\n"
    lines = scan_lines(text)
    assert _page_over(lines, lines.texts.index("CHAPTER 2")) is None
    again = scan_lines(text.replace("CHAPTER 1", "CHAPTER 2"))
    assert again.texts[12] == "CHAPTER 2" and _page_over(again, 12) == 4


def test_short_name_is_no_evidence():
    """Guard ``_MIN_KEY``: a name of five letters under a page of the same word adds nothing;
    seven letters do."""
    for word, added in (("ELEGY", False), ("ELEGIES", True)):
        text = f"PREFACE\n\nText.\n\n\n\n{word}\n\n\n\n{word}\n\n\n\nVerse.\n"
        lines = scan_lines(text)
        h = Heading(0, 7, "PREFACE", "caps", hd.CAPS_RANK)
        out = title_page_names(lines, [h])
        assert (len(out) == 2) is added
        if added:
            assert (out[1].title, out[1].start) == (word, text.index(word))
