"""A printer's place and firm on a title page's back (session 40): clause
``printer_imprint_front_place_firm`` of ``transforms.gutenberg_imprint_front``. Dickens's
The Battle of Life (Bradbury and Evans, 1846) in GitHub rcdm-uga/Gutenberg_Text."""

from transforms.boilerplate import removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

DICKENS = """  THE
  BATTLE OF LIFE.
  A Love Story.

  BY
  CHARLES DICKENS.

  London:
  BRADBURY & EVANS, WHITEFRIARS.
  MDCCCXLVI.




  LONDON:
  BRADBURY AND EVANS, PRINTERS, WHITEFRIARS.




  THIS
  Christmas Book
  IS CORDIALLY INSCRIBED TO MY ENGLISH FRIENDS
  IN SWITZERLAND"""


_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"
_BOOK = "Once upon a time, it matters little when, and in stalwart England.\n\n" * 300


def _strip(front: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(_START + front + "\n\n\n\n" + _BOOK + _END))
    return out, removed_by_rule(edits)


def test_place_over_a_printers_firm_goes():
    """Clause printer_imprint_front_place_firm: the title page's back "LONDON: / BRADBURY
    AND EVANS, PRINTERS, WHITEFRIARS." (place and firm in one paragraph) goes; the title
    page's publisher "London: / BRADBURY & EVANS, WHITEFRIARS. / MDCCCXLVI." and the
    dedication stay."""
    out, cut = _strip(DICKENS)
    assert "PRINTERS" not in out and cut["printer_imprint"] > 0
    assert "BRADBURY & EVANS, WHITEFRIARS." in out and "MDCCCXLVI." in out
    assert "CORDIALLY INSCRIBED" in out and "CHARLES DICKENS." in out


def test_place_over_a_publisher_stays():
    """Guard: a place over a publisher with no "Printers" ("LONDON: / SMITH, ELDER AND
    CO., 65, CORNHILL.") and a place over a sentence naming a printer stay."""
    for front in (
        "  LONDON:\n  SMITH, ELDER AND CO., 65, CORNHILL.",
        "  LONDON:\n  Mr. Bradbury, the printer, was a friend of mine, Printers.",
    ):
        out, cut = _strip("  THE\n  BATTLE OF LIFE.\n\n\n\n" + front)
        assert front.split("\n")[1].strip() in out and "printer_imprint" not in cut


def test_place_over_a_firm_and_prose_stays():
    """Guard (review): the firm line may open a sentence of the book (Franklin's will,
    "I, / Benjamin Franklin, Printer...." in his Representative Selections' introduction):
    under a place line the paragraph's prose ("Though clearly not the chief interest of his
    life") keeps it (the front rule's sentence test reads it before the clause does)."""
    front = (
        "  PHILADELPHIA:\n  Benjamin Franklin, Printer.... Though clearly not the chief"
        " interest of\n  his life, it was one to which he was fundamentally and consistently\n"
        "  attached."
    )
    out, cut = _strip("  THE\n  BATTLE OF LIFE.\n\n\n\n" + front)
    assert "Benjamin Franklin, Printer...." in out and "printer_imprint" not in cut
