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


# pypdf 7.1.1 of "An Introduction to R": two breaks whose joined word the text writes
# ("argu-" / "ment", "ar-" / "guments") and one whose word it writes nowhere else.
R_GRAPHICS = (
    "Alternatively, the breakpoints can be specified exactly with the breaks= argu-\n"
    "ment. If the probability=TRUE argument is given, the bars represent relative\n"
    "frequencies divided by bin width instead of counts.\n"
    "\n"
    "Graphics parameters may also be passed to (almost) any graphics function as named ar-\n"
    "guments. This has the same effect as passing the arguments to the par() function, except\n"
    "that the changes only last for the duration of the function call. For example:\n"
    "\n"
    "Terminate the graphics device at point k of the device list. For some devices,\n"
    "such as postscript devices, this will either print the file immediately or cor-\n"
    "rectly complete the file for later printing, depending on how the device was\n"
    "initiated.\n"
)


def test_pieces_not_words_in_a_typeset_text():
    """Clause ``pieces_not_words``: "correctly" is written nowhere else, but neither
    "cor" nor "rectly" is a word of the text, and its other breaks show it typeset."""
    text = unwrap_text(R_GRAPHICS)[0]
    assert "with the breaks= argument. If" in text and "as named arguments. This" in text
    assert "immediately or correctly complete the file" in text
