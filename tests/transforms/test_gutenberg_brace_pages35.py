"""Clause brace_page_numbers (session 35, transforms.gutenberg_note_marks): without a "{N}"
label line, "{N}" marks that rise page by page are the printed book's page numbers and go.
Real lines of Wells' A Short History of the World (rcdm-uga/Gutenberg_Text), as the markup
stage sees them after unwrapping (its "{8} fiery scene" label-like lines are joined)."""

from transforms.gutenberg_markup import markup_edits
from transforms.textedit import apply_edits

WELLS_PIECES = [
    "{1}",
    "We know now that it rotates upon its {2} axis (which is about 24 miles shorter",
    "miles respectively. These figures in {3} millions of miles are very difficult for",
    "feet beyond the earth; Jupiter {4} nearly a mile away, a foot in diameter;",
    "{5}",
    "{6}",
    "{7}",
    "of years followed another, this {8} fiery scene would lose its eruptive",
    "streams running over the crystallizing {9} rocks below and pools and lakes into",
    "tide of earthquake and upheaval. And {10} the moon, which nowadays keeps one",
    "{11}",
    "{12}",
    "history in which we find these past {13} traces is called by geologists the",
    "planet. Unless a creature has bones {14} or other hard parts, unless it wears a",
    "have teemed with an infinite variety {15} of lowly, jelly-like, shell-less and",
    "{16}",
    "and make it part of themselves, and {17} they can reproduce themselves. They eat",
    "theory as a necessary deduction {18} from the facts of reproduction and",
    "were the supreme lords of life. Then {19} in a division of these Palæozoic rocks",
    "the Rocks has been called the Age of {20} Fishes. Fishes of a pattern now gone",
    "{21}",
    "temperature ceased to affect surface {22} conditions. There are traces of periods",
]
WELLS = "\n\n".join(WELLS_PIECES) + "\n"


def _markup(text: str) -> str:
    return apply_edits(text, markup_edits(text))[0]


def test_brace_page_numbers_wells_cut():
    """brace_page_numbers: the 22 rising page numbers go, alone on a line with the line,
    in a sentence with the space before; before, all stayed ("upon its {2} axis")."""
    out = _markup(WELLS)
    assert "{" not in out
    assert "We know now that it rotates upon its axis (which is about 24 miles shorter" in out
    assert "the Rocks has been called the Age of Fishes." in out
    assert out.startswith("We know now")
    assert "\n\n\n" not in out


def test_brace_page_numbers_guard_few_or_not_rising():
    """Guards: five unlabelled note anchors (Twain's The Prince and the Pauper, "knight
    service {2}--Sir Richard") are too few; numbers that do not rise page by page (the same
    22 marks in the order 22, 21, ..., 1) are no page run; subscripts stay."""
    twain = (
        "baronet--one of the smaller lords by knight service {2}--Sir Richard\n\n"
        "King's Majesty, without let or hindrance, and this none other may do. {3}\n"
    )
    assert markup_edits(twain) == []
    falling = "\n\n".join(reversed(WELLS_PIECES)) + "\n"
    assert "{" in _markup(falling) and "its {2} axis" in _markup(falling)
    subscripts = WELLS + "\nThe gas H_{2}S and x^{3} here.\n"
    assert "H_{2}S and x^{3}" in _markup(subscripts)


def test_brace_page_numbers_guard_wide_steps_and_letter_marks():
    """Review (session 35): marks rising by ten (line numbers, not pages) are no page run;
    a "{4a}" mark among the page numbers is no number (no int() of "4a") and stays."""
    tens = "\n\n".join(
        p.replace(f"{{{i}}}", f"{{{10 * i}}}") for i, p in enumerate(WELLS_PIECES, 1)
    )
    assert "{20}" in _markup(tens + "\n") and "its {20} axis" in _markup(tens + "\n")
    pieces = [*WELLS_PIECES[:4], "a note {4a} here", *WELLS_PIECES[4:]]
    out = _markup("\n\n".join(pieces) + "\n")
    assert "{4a}" in out and "{2}" not in out
