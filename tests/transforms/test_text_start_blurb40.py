"""The indent of a text's first block when it is a joined blurb (session 40): clause
``text_start_indent_blurb`` of ``transforms.clean``. Horne's The Day of the Dog (Amazing
Stories) in GitHub rcdm-uga/Gutenberg_Text began with a space once the header was cut."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"

# Horne, The Day of the Dog: the magazine's italic blurb indented 4 columns over the story
DOG = """    _They came home from a strange journey.... And heroes they might
    have been--a little dog and a man!_

[Illustration: _Illustrated by Ed Emsh_]


BY ANDERSEN HORNE

The DAY OF THE DOG


Carol stared glumly at the ship-to-shore transmitter. "I hate being out
here in the middle of the Caribbean with no radio communication. Can't
you fix it?"

"""
_STORY = (
    '"This is a year for sun spots, and transmission usually gets impossible\n'
    'around dusk," Bill explained. "It will be all right in the morning."\n\n'
) * 100


def _clean(front: str, story: str = _STORY) -> str:
    return clean_text(normalize_text(_START + front + story + _END)).text


def test_joined_blurb_over_flush_blocks_loses_its_indent():
    """Clause text_start_indent_blurb: the blurb, one line of 98 characters once
    unwrapped, stands over flush blocks ("BY ANDERSEN HORNE", the story): its indent
    goes, so the text starts with its first letter; the blurb's words all stay."""
    out = _clean(DOG)
    assert out.startswith("They came home from a strange journey.... And heroes they")
    assert "\nBY ANDERSEN HORNE\n" in out and "\nCarol stared glumly" in out


def test_long_first_line_over_indented_blocks_keeps_its_indent():
    """Guard: an indented text (every paragraph one space in after unwrapping, an RFC's
    or a letter's) keeps its first paragraph's indent like the others."""
    front = DOG.replace("\nBY ANDERSEN", "\n    BY ANDERSEN").replace("\nThe DAY", "\n    The DAY")
    out = _clean(front)
    assert out.startswith(" They came home")
