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


# bash(1) (GNU Bash 5.2, Debian) and curl(1) as `man` writes them in a UTF-8 locale
# (LANG=C.UTF-8 MANWIDTH=65 man -P "col -b"): groff breaks words with U+2010 HYPHEN
# and writes the page's own hyphens ("response-headers", "content-type") as "-".
BASH_REDIRECTION = (
    "       except  >&-  and <&-, the shell will allocate a file de\u2010\n"
    "       scriptor greater than or equal to 10 and  assign  it  to\n"
    "       varname.   If  >&-  or <&- is preceded by {varname}, the\n"
    "       value of varname defines the file descriptor  to  close.\n"
    "       If  {varname}  is supplied, the redirection persists be\u2010\n"
    "       yond the scope of the command, allowing the  shell  pro\u2010\n"
    "       grammer  to  manage the file descriptor's lifetime manu\u2010\n"
    "       ally.  The varredir_close shell option manages this  be\u2010\n"
    "       havior.\n"
    "\n"
    "                     listed  above  under  CONDITIONAL  EXPRES\u2010\n"
    "                     SIONS, the result of the expression is the\n"
    "                     result  of the binary test using the first\n"
)
CURL_ANYAUTH = (
    "              first doing a request and checking the  response-\n"
    "              headers,  thus possibly inducing an extra network\n"
    "              round-trip. This is used  instead  of  setting  a\n"
    "              binary  data  by the server then set the content-\n"
    '              type to octet-stream: -H "Content-Type:  applica\u2010\n'
    '              tion/octet-stream".\n'
)


def test_groff_u2010_breaks_join_and_its_ascii_hyphens_stay():
    """Clauses unicode_hyphen and break_mark: before them each U+2010 break was
    joined with a space ("file de\u2010 scriptor", 6,856 times in 400 man1 pages);
    now the word is whole, "be\u2010" / "yond" too ("be" is a word of the page: the
    counts alone kept it), and a word in capitals ("EXPRES\u2010" / "SIONS"). The
    ASCII hyphens at line ends are the page's compounds and stay."""
    text = unwrap_text(BASH_REDIRECTION + CURL_ANYAUTH)[0]
    assert text.count("\n") == 3  # the paragraph break and the end: all else joined
    text = " ".join(text.split())
    for word in ("file descriptor greater", "persists beyond", "shell programmer"):
        assert word in text
    assert "lifetime manually." in text and "manages this behavior." in text
    assert "CONDITIONAL EXPRESSIONS, the result" in text
    assert "the response-headers, thus" in text and "set the content-type to" in text
    assert "application/octet-stream" in text
    assert "\u2010" not in text


def test_a_u2010_inside_words_is_no_break_mark():
    """Clause break_mark needs U+2010 at line ends 10 times as often as inside words:
    a text that writes its compounds with U+2010 ("well\u2010known") keeps a line-end
    one whose pieces are words ("be\u2010" / "yond" stays "be\u2010yond": no evidence),
    with 3 line-end ones too (clause break_mark_count is met: the ratio decides)."""
    text = unwrap_text(
        "A well\u2010known and self\u2010evident claim, a so\u2010called truth, persists be\u2010\n"
        "yond the scope of the command, and it is held to be a very old and long\u2010\n"
        "standing custom of the town, one that has been kept for some twenty\u2010\n"
        "five years by all the people who live there and will keep it to this day.\n"
    )[0]
    text = " ".join(text.split())
    assert "persists be\u2010yond the scope" in text
    assert "old and long\u2010standing custom" in text and "some twenty\u2010five years" in text


# Verne, "A Journey to the Centre of the Earth" (Gutenberg 18857), its one "well-known"
# written with U+2010 (as a Unicode-careful edition writes its hyphens) and the
# paragraph wrapped so that it falls at a line end, as a compound does about once in 10.
VERNE_WELL_KNOWN = (
    '"It is now six hundred years since Sneffels has spoken, but though now\n'
    "reduced to a state of utter silence, he may speak again. New volcanic\n"
    "eruptions are always preceded by perfectly well\u2010\n"
    "known phenomena. I have closely examined the inhabitants of this region;\n"
    "I have carefully studied the soil, and I beg to tell you emphatically, my\n"
    'dear Harry, there will be no eruption at present."\n'
)


def test_one_u2010_compound_at_a_line_end_is_no_break_mark():
    """Clause break_mark_count: a text whose only U+2010 is a compound that wrapped
    has every U+2010 at a line end (1 to 0) by chance; before the clause break_mark
    joined it as "wellknown". With 3 or more line-end marks and none inside the lines
    (groff's pages) they still join (test above)."""
    text = " ".join(unwrap_text(VERNE_WELL_KNOWN)[0].split())
    assert "preceded by perfectly well\u2010known phenomena. I have" in text
