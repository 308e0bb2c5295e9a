"""Review of branch wtD, session 52: clause pieces_in_order (transforms.english_parts) and the
guards of clause page_break_open_phrase (transforms.page_gaps.joins_words).

Real text: tests/data/en_gutenberg_andersen_snow_queen_notes_review_s52.txt, rcdm-uga
Gutenberg_Text "Andersen, H. C. (Hans Christian)/Hans Andersen's Fairy Tales. First
Series.txt", lines 3799-3830, 3856-3880, 4076-4100, 4250-4272 (THE SNOW QUEEN, STORY THE FIRST
.. FOURTH STORY), 5848-5862 (NOTES, LITTLE TUK), 5916-5927 (the note "THE SNOW QUEEN" /
"FOURTH STORY" / "THE PRINCE AND PRINCESS"), byte for byte but CRLF made LF, pieces joined by
a blank line.
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.page_gaps import joins_words
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_notes_fourth_story_is_no_division():
    """Before the clause the note's "FOURTH STORY" chained to the tale's THIRD STORY pages
    before and split the NOTES (a section of its own after LITTLE TUK's notes)."""
    raw = (DATA / "en_gutenberg_andersen_snow_queen_notes_review_s52.txt").read_text(
        encoding="utf-8"
    )
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    titles = [s.title for s in sections]
    assert titles[-1] == "NOTES"
    assert sum(t.startswith("FOURTH STORY") for t in titles) == 1  # the tale's, not the note's
    assert titles.index("FOURTH STORY THE PRINCE AND PRINCESS") < titles.index("NOTES")
    assert text[sections[-1].start :].rstrip().endswith("sometimes called _crows'")


def _joins(above, below, width=70.0):
    return joins_words([above, "", "222", "", below], 1, 4, width)


def test_open_phrase_guards():
    """Lines of the Oz excerpt (tests/data/en_gutenberg_oz_jackdaws_pages_s52.txt), varied."""
    assert _joins("not a vestige of straw remained. The", "Jackdaws had stolen it")
    # a word that only ends in "the" / "a" / "of" is no open phrase
    assert not _joins("the Scarecrow went down to bathe", "Tip followed him")
    assert not _joins("and he said it was a Gotha", "Then they went")
    # a capital "A" ends a label unless it opens a sentence
    assert not _joins("APPENDIX A", "Notes on the Text")
    assert not _joins("see Plan A", "Then they went")
    assert _joins("not a vestige of straw remained. A", "Jackdaw had stolen it")
    # a full line above is unwrapping's, not a page cut's (the session 51 guard)
    assert not _joins("x" * 66 + " the", "Jackdaws")
    # the next page opens on no capital: a caption or a number
    assert not _joins("every inch of the", "[Illustration: THE THING]")
    assert not _joins("looking at the", "12. Woggle-Bug")
