"""Clause verse_run_lower_list (transforms/paragraphs.py, ``_lower_list_after``): in a block
``verse_run_lines`` reads (nearly all lines indented), a run of three or more lines at one
depth, each ending on ";" and none opening on a capital, is a list: the lines after one of
the run keep the starts the line rules give them. Real text: rcdm-uga+Gutenberg_Text
mirror's files after normalize_text, each block whole."""

from transforms.paragraphs import paragraph_starts

# Nesbit, Beautiful Stories from Shakespeare (the mirror's "Shakespeare, William/Beautiful
# Stories from Shakespeare.txt"), its pronunciation key.
KEY = (
    " a,e,i,o,u -- as in hat, bet, it, hot, hut;\n"
    " &#226;,&#234;,&#238;,&#244;,&#251; -- as in ate, mote, mite, mote, mute;\n"
    " &#229; -- as in America, freeman, coward;\n"
    " &#235; -- as in her, fern;\n"
    " &#252; -- as in burn, furl. ]\n"
)
# Burton, Arabian Nights vol. 10 (the mirror's file), the forms of the root k-t-b.
BURTON = (
    " fa’l would be katb = to write, writing;\n"
    " fa’al would be katab = he wrote;\n"
    " fu’il would be kutib = it was written;\n"
    " fá’il would be kátib = writer, scribe;\n"
    " maf’úl would be maktúb = written, letter;\n"
    " mufá’alah would be mukátabah = to write reciprocally, correspondence.\n"
)


def _starts(text, width=12):
    return [text[s : s + width] for s in paragraph_starts(text).tolist()]


def test_verse_run_lower_list_keeps_a_pronunciation_keys_entries():
    # Before: 1 paragraph (verse_run_lines joined every line under a ";").
    assert _starts(KEY) == [" a,e,i,o,u -", "&#226;,&#234", "&#235; -- as", "&#252; -- as"]


def test_verse_run_lower_list_keeps_a_grammar_lists_entries():
    # Before: 1 paragraph.
    assert _starts(BURTON) == [
        " fa’l would ",
        "fa’al would ",
        "fu’il would ",
        "fá’il would ",
        "maf’úl would",
        "mufá’alah wo",
    ]


# Guard: verse opens its lines on capitals. Morley, Burlesque Plays and Poems (the mirror's
# file): Dryden's Solyman in the burlesque, and Hood's ode, lines ending on ";" in a row.
SOLYMAN = (
    ' "_Solym._ Pyrrhus, draw down our army wide;\n'
    " Then, from the gross, two strong reserves divide,\n"
    " And spread the wings,\n"
    " As if we were to fight,\n"
    " In the lost Rhodians' sight,\n"
    " With all the western kings.\n"
    " Each with Janizaries line;\n"
    " The right and left to Haly's sons assign;\n"
    " The gross, to Zangiban;\n"
    " The main artillery\n"
    " To Mustapha shall be:\n"
    ' Bring thou the rear, we lead the van."\n'
    "]\n"
)


def test_verse_run_lower_list_guard_verse_lines_opening_on_capitals_stay_joined():
    # Without the capital test the run "Each with Janizaries line; | The right and left …;
    # | The gross, to Zangiban;" read as a list: 'The right and', 'The gross, t', 'The main
    # artil' were paragraphs (so sentences) of their own.
    assert _starts(SOLYMAN) == [' "_Solym._ P', "Each with Ja"]
