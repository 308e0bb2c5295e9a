"""Session 37 review of branch wtA: guards of rule ``printer_imprint`` that no test
pinned, and two narrowings found by the review (clauses
``printer_imprint_unmarked_prose``, ``printer_imprint_press_newspaper``)."""

from __future__ import annotations

from transforms.boilerplate import removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

_END = "\n\n\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"
_START = "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
# a user's own text of book length (over MIN_UNMARKED_CHARS) with no Gutenberg markers
_BOOK = "It was an occasion, I felt, to profit by the fine weather and the house.\n\n" * 300


def _strip(raw: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(raw))
    return out, removed_by_rule(edits)


def test_unmarked_story_ending_in_printed_prose_stays():
    """Clause printer_imprint_unmarked_prose: with no end marker the opener's paragraph
    must read as an imprint (its lower-case words join names); a story's last line
    "Printed and bound by love alone." is the story's."""
    for last in ("Printed and bound by love alone.", "Printed at last, it went out alone."):
        out, cut = _strip(_BOOK + last + "\n")
        assert "printer_imprint" not in cut and out.endswith(last + "\n"), last
    imprint = "Printed in Great Britain by R. & R. CLARK, LIMITED, Edinburgh."
    out, cut = _strip(_BOOK + "THE END\n\n\n" + imprint + "\n")
    assert cut.get("printer_imprint") and "CLARK" not in out and out.rstrip().endswith("THE END")


def test_newspaper_press_ending_stays():
    """Clause printer_imprint_press_newspaper: a newspaper's name over its place ends an
    anthology's last extract; no printer's press."""
    for last in (
        "THE DAILY PRESS, LONDON.",
        "_The Evening Press, Dublin._",
        "Morning Press, Boston",
    ):
        for raw in (_BOOK + last + "\n", _BOOK + last + _END):
            out, cut = _strip(raw)
            assert "printer_imprint" not in cut and last in out, last
    out, cut = _strip(_BOOK + "THE RIVERSIDE PRESS LIMITED, EDINBURGH.\n")
    assert cut.get("printer_imprint") and "RIVERSIDE" not in out
