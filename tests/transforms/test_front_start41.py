"""A book's first page (session 41): a printer's place with no colon over its firm (clause
``printer_imprint_front_place_bare`` of ``transforms.gutenberg_imprint_front``) and a title
line the unwrapper joined over an indented title page (clause
``text_start_indent_title_line`` of ``transforms.clean``). Excerpts of Dickens's David
Copperfield (Bradbury and Evans, 1850) and Defoe's The Storm (1704) in GitHub
rcdm-uga/Gutenberg_Text."""

from tests.transforms.test_imprint_front40 import _strip
from tests.transforms.test_text_start_blurb40 import _clean

COPPERFIELD = """THE PERSONAL HISTORY OF DAVID COPPERFIELD.

by

CHARLES DICKENS.

With Illustrations by H. K. Browne.







London:
Bradbury & Evans, 11, Bouverie Street.
1850.

London
Bradbury and Evans, Printers, Whitefriars.




                        AFFECTIONATELY INSCRIBED

                                   TO

                 THE HON. MR. AND MRS. RICHARD WATSON,"""


def test_place_without_a_colon_over_a_printers_firm_goes():
    """Clause printer_imprint_front_place_bare: "London / Bradbury and Evans, Printers,
    Whitefriars." goes, place line and all; the publisher's "London: / Bradbury & Evans,
    11, Bouverie Street. / 1850." and the dedication stay."""
    out, cut = _strip(COPPERFIELD)
    assert "Printers" not in out and cut["printer_imprint"] > 0
    assert "London:\nBradbury & Evans, 11, Bouverie Street.\n1850.\n\n" in out
    assert "London\n" not in out.replace("London:\n", "")
    assert "AFFECTIONATELY INSCRIBED" in out and "CHARLES DICKENS." in out


def test_a_sentence_over_a_printers_firm_stays():
    """Guard: the bare place is 1-3 capitalised words; a line of the book above the firm
    ("With Illustrations by H. K. Browne.") is no place, and the firm line's paragraph
    stays whole."""
    front = COPPERFIELD.replace(
        "London\nBradbury and", "With Illustrations by H. K. Browne.\nBradbury and"
    )
    out, _ = _strip(front)
    assert "With Illustrations by H. K. Browne.\nBradbury and Evans, Printers" in out


STORM = """    THE STORM: OR, A COLLECTION Of the most Remarkable CASUALTIES AND
    DISASTERS Which happen'd in the Late _Dreadful TEMPEST_, BOTH BY SEA
    and LAND.


    _The Lord hath his way in the Whirlwind, and in the Storm, and the
    Clouds are the dust of his Feet._ Nah. I. 3.

  _LONDON:_

  Printed for _G. Sawbridge_ in _Little Britain_, and Sold by _J. Nutt_
  near _Stationers-Hall_. M DCC IV.




THE PREFACE


_Preaching of Sermons is Speaking to a few of Mankind: Printing of
Books is Talking to the whole World. The Parson Prescribes himself, and
addresses to the particular Auditory with the Appellation of_ My
Brethren; _but he that Prints a Book, ought to Preface it with a_
Noverint Universi, _Know all Men by these Presents_.

"""
_PREFACE = (
    "_The proper Inference drawn from this remarkable Observation, is, That\n"
    "tho' he that Preaches from the Pulpit ought to be careful of his Words,\n"
    "that nothing pass from him but with an especial Sanction of Truth._\n\n"
) * 100


def test_joined_title_line_over_an_indented_title_page_loses_its_indent():
    """Clause text_start_indent_title_line: the title, one line of 140 characters once
    unwrapped, 18 of its 24 words capitalised, loses its indent though the epigraph and
    the imprint under it are indented too; their indents stay (not the first block)."""
    out = _clean(STORM, _PREFACE)
    assert out.startswith("THE STORM: OR, A COLLECTION Of the most Remarkable CASUALTIES")
    assert "\n The Lord hath his way in the Whirlwind" in out


def test_a_sentence_over_indented_blocks_keeps_its_indent():
    """Guard: the epigraph as the first block (a sentence, 8 of its 22 words capitalised)
    over the indented imprint keeps its indent, as an indented text's paragraph does."""
    out = _clean(STORM.split("\n\n\n", 1)[1].lstrip("\n"), _PREFACE)
    assert out.startswith(" The Lord hath his way in the Whirlwind, and in the Storm")
