"""Clause detailed_transcriber_notes (session 35, transforms.gutenberg_notices): a
"Detailed Transcriber's Notes" heading over the book's closing notes runs to the end
marker from further away than the plain heading.  Real text: Darwin, A Monograph on the
Sub-class Cirripedia, vol. 2 (rcdm-uga/Gutenberg_Text); its notes are ~37,000 characters,
so the plain reach is set small here to keep the excerpt short."""

from transforms import gutenberg_notices
from transforms.gutenberg_notices import transcriber_notes
from transforms.textedit import apply_edits

BOOK = """The least prolific of these provinces contains 22 species, or between
1/5th and 1/6th of the total number of species, and the most prolific
between 1/3rd and 1/4th of this same number. In each of these
provinces, it is remarkable that the peculiar species are very nearly
two thirds of the whole of its inhabitants. These facts, I think, show
that the several provinces are well characterised.

"""
NOTES = """Detailed Transcriber's Notes


Words which were in italics in the original book are surrounded by
underlines (_italic_). Words which were originally printed in small
caps are in ALL CAPS. Obvious misprints have been fixed.

All of Darwin's errata have been applied to the text, except the one on
page 255. It was not applied because the wording is not obvious.


Details of the Changes

  Page 4:               the shell, without the operculum being removed,
  In the original book: the shell, without the operculum be removed,

  Page 11:              knowledge of the class
  In the original book: knowlege of the class

"""
FOOTER = "*** END OF THIS PROJECT GUTENBERG EBOOK MONOGRAPH ON CIRRIPEDIA, VOL 2 ***\n"


def _cut(text: str) -> str:
    footer = text.index("*** END")
    return apply_edits(text, transcriber_notes(text, footer, 0))[0]


def test_detailed_transcriber_notes_run_to_the_end_marker(monkeypatch):
    """detailed_transcriber_notes: heading, conventions and the change list all go; before,
    "Detailed" was no note word and everything stayed."""
    monkeypatch.setattr(gutenberg_notices, "NOTE_TO_FOOTER_MAX", 300)
    text = BOOK * 3 + NOTES + FOOTER
    out = _cut(text)
    assert out == BOOK * 3 + FOOTER


def test_detailed_transcriber_notes_guard_plain_heading_keeps_its_reach(monkeypatch):
    """Guard: a plain "Transcriber's Notes" heading as far from the end marker keeps the
    old reach: only its first part (to two blank lines) goes, the change list stays."""
    monkeypatch.setattr(gutenberg_notices, "NOTE_TO_FOOTER_MAX", 300)
    text = BOOK * 3 + NOTES.replace("Detailed Transcriber", "Transcriber", 1) + FOOTER
    out = _cut(text)
    assert "Details of the Changes" in out and "knowlege of the class" in out
    assert "Transcriber's Notes" not in out


def test_detailed_transcriber_notes_guard_reach_is_bounded(monkeypatch):
    """Review (session 35): a "Detailed Transcriber's Notes" heading further from the end
    marker than DETAILED_TO_FOOTER_MAX does not run to it: the book text between stays
    (only the heading's first part goes, as for a plain heading)."""
    monkeypatch.setattr(gutenberg_notices, "NOTE_TO_FOOTER_MAX", 300)
    monkeypatch.setattr(gutenberg_notices, "DETAILED_TO_FOOTER_MAX", 600)
    text = BOOK * 8 + NOTES + BOOK * 2 + FOOTER
    out = _cut(text)
    assert out.count("well characterised") == 10
    assert "Detailed Transcriber's Notes" not in out
