"""Rule ``list_marker`` (``transforms.list_markers``, session 18): a list item's
marker at a line start is the start of the item's sentence, not a sentence of its
own; clause ``list_sequence``: only where a neighbour marker opens a line near it.

Passages quoted from real texts: Aristotle's Ethics (shared pg8438), Henry VIII
(the Gutenberg text in defaults/shakespeare), the README of a Debian package
(/usr/share/doc), the Apache Beam YAML docs (site-packages, Markdown) and an
ordered list as ``html_text`` writes it (clause ``ordered_numbers``)."""

from transforms.html_text import html_to_text
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text


def _sentences(text, language="en"):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


# Aristotle's Ethics (pg8438), Book VII, the arguments against Pleasure.
ETHICS = (
    "In support of the first opinion (that Pleasure is utterly not-good) it\n"
    "is urged that:\n\n"
    "1. Every Pleasure is a sensible process towards a complete state; but\n"
    "no such process is akin to the end to be attained: _e.g._ no process of\n"
    "building to the completed house.\n\n"
    "2. The man of Perfected Self-Mastery avoids Pleasures.\n\n"
    "3. The man of Practical Wisdom aims at avoiding Pain, not at attaining\n"
    "Pleasure.\n"
)
# Henry VIII, IV.1: the order of the coronation, one item a line, no blank lines.
CORONATION = (
    "THE ORDER OF THE CORONATION.\n\n"
    "1. A lively flourish of trumpets.\n"
    "2. Then, Two Judges.\n"
    "3. Lord Chancellor, with purse and mace before him.\n"
    "4. Choristers, singing.  Music.\n"
)
# A Debian README (/usr/share/doc), installation steps indented.
README = (
    "To install from a tar.bz2 distribution:\n\n"
    "  4. Run ./configure, with some options if you wish.  The only interesting\n"
    "     one is the usual --prefix=/where/you/want/it/installed.\n\n"
    '  5. Run "make".\n'
)
# apache_beam/yaml/yaml.md: Markdown numbers every item "1.".
MARKDOWN = (
    "module to render the pipeline execution graph as a PNG file, as follows:\n\n"
    "1. Install [Graphviz](https://graphviz.org/download/).\n"
    "1. Run the following command:\n"
)


def test_a_list_marker_opens_its_items_sentence():
    # Was: "1." | "Every Pleasure is ..." | "2." | "The man of ...".
    assert _sentences(ETHICS)[1:] == [
        "1. Every Pleasure is a sensible process towards a complete state; but no such"
        " process is akin to the end to be attained: _e.g._ no process of building to"
        " the completed house.",
        "2. The man of Perfected Self-Mastery avoids Pleasures.",
        "3. The man of Practical Wisdom aims at avoiding Pain, not at attaining Pleasure.",
    ]
    # Was: "THE ORDER OF THE CORONATION. 1." | "A lively flourish of trumpets. 2." ...
    assert _sentences(CORONATION) == [
        "THE ORDER OF THE CORONATION.",
        "1. A lively flourish of trumpets.",
        "2. Then, Two Judges.",
        "3. Lord Chancellor, with purse and mace before him.",
        "4. Choristers, singing.",
        "Music.",
    ]
    readme = _sentences(README)
    assert readme[1].startswith("4. Run ./configure") and readme[-1] == '5. Run "make".'
    assert _sentences(MARKDOWN)[1:] == [
        "1. Install [Graphviz](https://graphviz.org/download/).",
        "1. Run the following command:",
    ]


def test_an_html_ordered_list_item_is_one_sentence():
    # html_text's clause ordered_numbers writes "1. " before each <ol> item.
    text = html_to_text("<p>To build it:</p><ol><li>Install the package.</li><li>Run it.</li></ol>")
    assert _sentences(text) == ["To build it:", "1. Install the package.", "2. Run it."]


def test_the_rule_holds_for_other_languages():
    # live-manual (Debian), the French EPUB's shape of an ordered list.
    text = "Pour cela :\n\n1. Téléchargez l'image.\n2. Copiez-la sur la clé.\n"
    assert _sentences(text, "fr")[1:] == ["1. Téléchargez l'image.", "2. Copiez-la sur la clé."]


# Pliny, Natural History (pg57493 note 527, pg62704 note 944): a page number
# that ends a reference opens the next line.
PLINY = (
    "[527] It has been supposed, that in this passage the author intended\n"
    "to say no more than that the nights are shorter at the summer solstice\n"
    "than at the other parts of the year; see Alexandre in Lemaire, i. 399,\n"
    "400. But to this, I conceive, it may be objected, that the words “inter\n"
    "ortus solis” can scarcely apply to the period.\n\n"
    "[944] “Plumbum album.” Tin, most probably. See B. xxxiv. cc. 47, 48,\n"
    "49. Also Beckmann’s Hist. Inv., Vol. II. p. 219, _Bohn’s Edition_.\n"
)


def test_a_number_ending_a_wrapped_sentence_is_no_marker():
    # Clause list_sequence: no neighbour number opens a line ("399" and "48" are
    # mid-line), so "400." and "49." end their references' sentences.
    sentences = _sentences(PLINY)
    assert (
        "than at the other parts of the year; see Alexandre in Lemaire, i. 399, 400."
        in (sentences[0])
    )
    assert sentences[1].startswith("But to this, I conceive")
    assert "See B. xxxiv. cc. 47, 48, 49." in " ".join(sentences)
    assert any(s.startswith("Also Beckmann’s") for s in sentences)
    # A real sentence end before a number mid-line is left to Punkt.
    text = "It was founded in 1848. 2. The next point is harder.\n"
    assert _sentences(text)[0].startswith("It was founded in 1848.")


# The sed FAQ (/usr/share/doc/sed, section 4.23): items that end on no mark.
SED_FAQ = (
    "4.23. How do I match a block of _specific_ consecutive lines?\n\n"
    "   There are three ways to approach this problem:\n\n"
    '       (1) Try to use a "/range/, /expression/"\n'
    '       (2) Try to use a "/multi-line\\nexpression/"\n'
    '       (3) Try to use a block of "literal strings"\n\n'
    "   We describe each approach in the following sections.\n"
)
# A legal list whose items end on semicolons is one sentence (made to the shape
# of a licence's terms).
# (Review: the text opens on a sentence, so that Punkt puts a start somewhere and
# the assertion tests the semicolon guard; it passed without it before.)
TERMS = (
    "Read the terms. You must:\n(a) keep the notice;\n(b) state your changes;\n"
    "(c) Keep the licence.\n"
)


def test_an_item_after_an_item_without_an_end_mark_opens_a_sentence():
    # Clause unmarked_items of list_marker: Punkt puts no start between items
    # without end marks; "(2)" after the line of "(1)" opens its own sentence.
    # Was: one sentence '(1) Try to use ... (2) Try ... (3) Try to use a block of
    # "literal strings"'.
    st = analyze_text(SED_FAQ)
    sentences = [" ".join(SED_FAQ[a:b].split()) for a, b in st.sentences.tolist()]
    assert sentences[3:6] == [
        '(1) Try to use a "/range/, /expression/"',
        '(2) Try to use a "/multi-line\\nexpression/"',
        '(3) Try to use a block of "literal strings"',
    ]
    # After a semicolon the next item goes on the sentence.
    assert _sentences(TERMS) == [
        "Read the terms.",
        "You must: (a) keep the notice; (b) state your changes; (c) Keep the licence.",
    ]


# pyarrow's LICENSE.txt (site-packages), as the cleaning unwraps it.
LICENCE = (
    "Each of these is identified by one of two mechanisms:\n"
    "1) It will be in a separate directory tree with its own `LICENSE.txt` or `LICENSE` "
    "file at the top containing the specific license and restrictions which apply to "
    "that software, or\n"
    "2) It will contain specific license and restriction terms at the top of every file.\n"
)
# gnuplot's manual (Debian gnuplot-doc, node401.html): a short text with no period.
PSDIR = (
    "The search order is\n\n"
    " 1) The directory specified by `set psdir`, if any\n"
    " 2) The directory specified by environmental variable GNUPLOT_PS_DIR\n"
    " 3) A built-in header or one from the default system directory\n"
)


def test_an_item_ending_on_a_conjunction_runs_on():
    # Clause joined_items (review of session 19) of unmarked_items: "..., or\n2)"
    # is one sentence. Was: "... that software, or" | "2) It will contain ...".
    assert len(_sentences(LICENCE)) == 1


def test_unmarked_items_also_where_punkt_puts_no_start():
    # Clause any_starts (review of session 19): the clause ran only in a text where
    # Punkt had put a start (none here: no period), so this list was one sentence
    # here and three items in the whole page.
    # (The paragraph start before "1)" is the caller's, ``analyze_text``'s.)
    assert _sentences(PSDIR)[1:] == [
        "2) The directory specified by environmental variable GNUPLOT_PS_DIR",
        "3) A built-in header or one from the default system directory",
    ]
