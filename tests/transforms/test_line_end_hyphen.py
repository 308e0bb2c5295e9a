"""Rule ``line_end_hyphen`` (``transforms.line_end_hyphen``, unwrap stage): a word a
typesetter broke across lines loses its hyphen, a compound keeps it."""

from transforms.unwrap import unwrap_text

# pypdf 7.1.1 of "An Introduction to R" (R 4.2.2 manual, Debian r-doc-pdf): three
# wrapped passages, the last writing "right-hand" on one line.
R_INTRO = (
    "into the base R environment, but many are supplied as packages. There are about 25 pack-\n"
    "ages supplied with R (called “standard” and “recommended” packages) and many more\n"
    "are available through the CRAN family of Internet sites.\n"
    "\n"
    "This distribution is obviously far from any standard distribution. How about the right-\n"
    "hand mode, say eruptions of longer than 3 minutes? Let us fit a normal distribution and\n"
    "compare.\n"
    "\n"
    "The default values chosen for this parameter are often too large; the right-hand margin is\n"
    "rarely needed.\n"
)


def test_broken_word_loses_its_hyphen_compound_keeps_it():
    text = unwrap_text(R_INTRO)[0]
    # "packages" is written elsewhere: a break.
    assert "There are about 25 packages supplied with R" in text
    assert "pack-ages" not in text
    # "right-hand" is written elsewhere, "righthand" never: a compound.
    assert "How about the right-hand mode" in text


def test_pieces_not_words_needs_a_typeset_text():
    """Shakespeare (Gutenberg, King Lear): the one line-end hyphen of the play joins
    two pieces written nowhere else alone, but nothing in the text shows typeset
    breaks, so "market-towns" keeps its hyphen."""
    lear = (
        "Do de, de, de. Sessa! Come, march to wakes and fairs and market-\n"
        "towns. Poor Tom, thy horn is dry.\n"
    )
    assert "and market-towns. Poor Tom" in unwrap_text(lear)[0]
