"""Project Gutenberg's transcriber markup (``transforms.gutenberg_markup``), on excerpts of
the shared English books (../shared/data/en_gutenberg, normalized: LF line ends)."""

from __future__ import annotations

import numpy as np

from schemas.records import Document
from transforms.boilerplate import BoilerplateConfig
from transforms.clean import CleanConfig, clean_stages, clean_text
from transforms.gutenberg_markup import markup_edits
from transforms.note_marks import note_mark_starts
from transforms.textedit import apply_edits

# pg4363, Beyond Good and Evil, aphorism 27: three notes inside one paragraph.
GANGES = (
    "as the indignant man.\n\n"
    "27. It is difficult to be understood, especially when one thinks and\n"
    "lives gangasrotogati [Footnote: Like the river Ganges: presto.] among\n"
    "those only who think and live otherwise--namely, kurmagati [Footnote:\n"
    'Like the tortoise: lento.], or at best "froglike," mandeikagati\n'
    '[Footnote: Like the frog: staccato.] (I do everything to be "difficultly\n'
    'understood" myself!)--and one should be heartily grateful for the\n'
    "good will to some refinement of interpretation.\n\n"
    "28. What is most difficult to render from one language into another is\n"
    "the TEMPO of its style.\n"
)


def _clean(text: str, **config) -> str:
    return clean_text(text, CleanConfig(boilerplate=BoilerplateConfig(**config))).text


def test_footnote_after_paragraph_pg4363_notes_leave_the_sentence_and_are_kept():
    out = _clean(GANGES)
    assert (
        "27. It is difficult to be understood, especially when one thinks and lives "
        "gangasrotogati among those only who think and live otherwise--namely, kurmagati, "
        'or at best "froglike," mandeikagati (I do everything to be "difficultly '
        'understood" myself!)--and one should be heartily grateful for the good will to '
        "some refinement of interpretation.\n\n"
        "[Footnote: Like the river Ganges: presto.]\n\n"
        "[Footnote: Like the tortoise: lento.]\n\n"
        "[Footnote: Like the frog: staccato.]\n\n"
        "28. What is most difficult"
    ) in out


def test_footnote_after_paragraph_a_note_paragraph_stays_where_it_is():
    # pg52190, Ecce Homo: the translator's notes after a section
    text = (
        "'Beware of spitting against the wind!'\"\n\n\n"
        "[Footnote 2: Eugen Dübring is a philosopher and political economist.--TR.]\n\n"
        "WHY I AM SO CLEVER\n"
    )
    assert markup_edits(text) == []


def test_illustration_tags_pg62_pg64_pg8438():
    pg62 = (
        "so have effected, at worst, a half conciliation.\n\n\n"
        "[Illustration: I sought out Dejah Thoris in the throng of departing\n"
        "chariots.]\n\n\n"
        "My duty dictated that I must see that she was comfortable.\n"
    )
    assert _clean(pg62) == (
        "so have effected, at worst, a half conciliation.\n\n\n"
        "My duty dictated that I must see that she was comfortable.\n"
    )
    pg64 = (
        "sought the centre of my\nforehead.\n\n"
        "[Illustration] The cold, hollow eye of a revolver sought the centre of\n"
        "my forehead.\n"
    )
    assert "\n\nThe cold, hollow eye of a revolver" in _clean(pg64)
    pg8438 = "as in the accompanying diagram.\n\n [Illustration]\n\nThe builder is to receive"
    assert _clean(pg8438) == "as in the accompanying diagram.\n\nThe builder is to receive"


def test_note_anchors_pg57493_an_anchor_with_its_note_goes_one_without_stays():
    text = (
        "Caius Plinius Secundus was born either at Verona or Novum Comum[1],\n"
        "now Como, in Cisalpine Gaul. He saw Lollia Paulina[2], as in the following.\n\n"
        "[1] The weight of testimony inclines to the latter.\n\n"
        "3. Of its nature; whence the name is derived _ib._\n"  # the book's own contents
    )
    out = _clean(text)
    assert "Novum Comum, now Como" in out
    assert "Lollia Paulina[2], as" in out  # no "[2]" note in the text
    assert "\n\n[1] The weight of testimony" in out


def test_emphasis_pg52190_pg38145_pg2701():
    pg52190 = "perhaps even the _liberum veto_ When I think of\nthe number of times"
    assert "perhaps even the liberum veto When I think" in _clean(pg52190)
    pg38145 = (
        "1\n\n=Chemistry of the Notions and the Feelings.=--Philosophical problems, in\nalmost all"
    )
    assert "\n\nChemistry of the Notions and the Feelings.--Philosophical problems" in _clean(
        pg38145
    )
    pg2701 = "—“_Narrative of the Shipwreck of the Whale Ship Essex of Nantucket,\nwhich was attacked_.” By Owen Chace"
    assert (
        "—“Narrative of the Shipwreck of the Whale Ship Essex of Nantucket, which was attacked.” By"
        in (_clean(pg2701))
    )


def test_emphasis_precision_identifiers_urls_and_markdown_stay():
    plain = [
        "Set max_seq_len and __init__ in my_module_name; see http://example.com/_static_/a_b_c.",
        "Mail first_last@example.com or open C:\\_dir_\\x, and a=b=c stays.",
        "The _private_var field and snake_case_name_ keep their underscores.",
    ]
    for text in plain:
        assert markup_edits(text) == [], text
    # Markdown: its underscores and equals signs are syntax, left to the reader
    markdown = "# Notes\n\nThis is _emphasis_ in a README, see [the docs](https://x.org).\n"
    assert markup_edits(markdown) == []
    code = "Call `run_all()` with _debug_ set.\n"
    assert markup_edits(code) == []


def test_markup_is_counted_and_kept_by_keep_boilerplate():
    doc = Document("d", "pg4363", GANGES)
    for _, fn in clean_stages():
        doc = fn(doc)
    # the three notes moved: only the spaces and newlines around them change
    assert doc.boilerplate_chars == len(GANGES.replace("\n", " ")) - len(
        doc.text.replace("\n", " ")
    )
    kept = Document("d", "pg4363", GANGES)
    off = CleanConfig(boilerplate=BoilerplateConfig(enabled=False))
    for _, fn in clean_stages(off):
        kept = fn(kept)
    assert "gangasrotogati [Footnote: Like the river Ganges: presto.] among" in kept.text
    assert kept.boilerplate_chars == 0


def test_markup_offsets_map_back_to_the_source():
    cleaned = clean_text(GANGES)
    at = cleaned.text.index("among those only")
    assert GANGES[int(cleaned.to_input.to_source([at])[0]) :].startswith("among\nthose only")
    # the stage's text and clean_text's are the same text
    doc = Document("d", "pg4363", GANGES)
    for _, fn in clean_stages():
        doc = fn(doc)
    assert doc.text == cleaned.text


def test_note_mark_lower_case_a_mark_after_an_exclamation_does_not_end_the_sentence():
    text = '"Wonderful![37] he said. Then he left.'
    start = text.index("[37]")
    starts = np.asarray([0, start, text.index("Then")], dtype=np.int64)
    assert note_mark_starts(text, starts).tolist() == [0, text.index("Then")]
    upper = "Go away![3] Then he left."
    starts = np.asarray([0, upper.index("[3]")], dtype=np.int64)
    assert note_mark_starts(upper, starts).tolist() == [0, upper.index("Then")]


def test_apply_edits_accepts_the_markup_edits():
    edits = markup_edits(GANGES.replace("\n", " "))
    assert apply_edits(GANGES.replace("\n", " "), edits)[0].count("[Footnote:") == 3


def test_note_anchors_precision_code_indexes_and_markdown_references_stay():
    code = 'parts = text.split("\\n\\n")[1].split()\nfirst = sections[1].start\n[1] is a label\n'
    assert markup_edits(code) == []
    # review: in a transcription (so that clause anchors_in_transcriptions lets anchors be
    # looked at), "[1]" before "=" or "[" is still an index, not an anchor
    code = "row[1]= 2\ncell = rows[1][2]\n[1] is a label\nSee _Ethics_.\n"
    assert [e.rule for e in markup_edits(code)] == ["gutenberg_emphasis"] * 2
    markdown = "See the spec[1] for `x`.\n\n[1]: https://example.org/spec\n"
    assert markup_edits(markdown) == []


def test_anchors_in_transcriptions_an_html_pages_marks_stay():
    # python3.11-doc chunk.html as html_text writes it (session 20 keeps its marks)
    html = (
        "Chunks are used in files that use EA IFF 85 chunks.[1] This format is used.\n\n"
        "[1] “EA IFF 85” Standard for Interchange Format Files, Jerry Morrison, 1985.\n"
    )
    assert markup_edits(html) == []
    assert markup_edits(html + "\nSee _Ethics_ for more.\n") != []  # a transcription


def test_emphasis_quoted_mark_gzip_and_libitm_changelogs_keep_their_marks():
    # /usr/share/doc/gzip/changelog.gz and /usr/share/doc/libgcc-12-dev/itm/changelog.gz
    gzip_log = '\t$(WERROR_CFLAGS), i.e., use "+=", not "=".\n\tThis was introduced'
    assert markup_edits(gzip_log) == []
    itm_log = "\t* dispatch.c (_ITM_##R##T, _ITM_##W##T): Use _ITM_TYPE_ATTR.\n"
    assert markup_edits(itm_log) == []
    webp_log = '6aa4777b Merge "(enc|dec)_neon: use vcreate_*() where appropriate"\n'
    assert markup_edits(webp_log) == []
    assert markup_edits("9251c2f6 (enc|dec)_neon: use vcreate_") == []  # ")" alone
    nettle_news = "\t* nettle.map.in: Use a different symbol version for _nettle_*\n"
    assert markup_edits(nettle_news) == []  # "*" alone (/usr/share/doc/libnettle8)
    # a quoted italic word still loses its marks (pg2701-like)
    prose = 'He said "_Yes_," and went.'
    assert apply_edits(prose, markup_edits(prose))[0] == 'He said "Yes," and went.'


# Lang, Adventures among Books (rcdm-uga/Gutenberg_Text): an anchor that opens its line,
# one inside a line, and the notes at the end opened by their "{N}" labels.
LANG_BRACES = (
    "treasures.  Scott certainly took his fairy folk seriously, and the Mauth\n"
    "Dog was rather a disagreeable companion to a small boy in wakeful hours.\n"
    "{1}  After this kind of introduction to Sir Walter, after learning one's\n"
    'first lessons in history from the "Tales of a Grandfather," nobody, one\n'
    "hopes, can criticise him in cold blood.  Miriam and her ghostly\n"
    'acquaintance. {10}  But the "Marble Faun" is not\n'
    "a story to be read twice.\n\n"
    'FOOTNOTES:\n\n{1}  "Mauth" is Manx for dog, I am told.\n\n'
    "{10}  I know, now, who Miriam was and who was the haunter of the\n"
    "Catacombs.\n"
)


def test_brace_note_anchors_and_labels_lang_adventures_among_books():
    """Clauses brace_note_anchors / brace_note_labels: both "{N}" marks go, the note's
    words stay ("{1}  After this kind ..." was a key sentence of session 31's audit)."""
    out = apply_edits(LANG_BRACES, markup_edits(LANG_BRACES))[0]
    assert "{" not in out
    assert "wakeful hours.\nAfter this kind of introduction" in out
    assert 'acquaintance.  But the "Marble Faun"' in out
    assert '\n\n"Mauth" is Manx for dog, I am told.\n\nI know, now, who Miriam' in out


def test_brace_note_anchors_precision_subscripts_maths_and_unlabelled_braces_stay():
    """brace_note_anchors guards: no label line, subscripts, maths, "{sic}" stay."""
    chem = "hydrogen, H_{2}S, and sulphurous anhydride, S_{2}O.\n{2}  A note.\n"
    assert apply_edits(chem, markup_edits(chem))[0] == chem.replace("{2}  A", "A")
    maths = "  x{2} + 7x + 53\nThen AB = (12^{2} + 5^{2}) = 13;\n{2}  A note.\n"
    assert apply_edits(maths, markup_edits(maths))[0] == maths.replace("{2}  A", "A")
    plain = "He wrote {1} and {sic} in the margin.\n"  # no "{N}" label line
    assert markup_edits(plain) == []


def test_emphasis_asterisks_dumas_cenci_and_a_title_over_two_lines():
    """Clause emphasis_asterisks: "*THE CENCI—1598*" (Dumas, Celebrated Crimes) and a
    pair spanning two lines lose their stars."""
    text = "CONTENTS\n\n\n*THE CENCI—1598*\n\n\nCHAPTER I\n\n *NELL AND HER\n GRANDFATHER*\n"
    out = apply_edits(text, markup_edits(text))[0]
    assert out == "CONTENTS\n\n\nTHE CENCI—1598\n\n\nCHAPTER I\n\n NELL AND HER\n GRANDFATHER\n"


def test_emphasis_asterisks_precision_separators_note_stars_and_poes_cipher_stay():
    """emphasis_asterisks guards: "* * *", a note's "word*", "a*b*c", and the Gold Bug's
    cipher line (rcdm-uga/Gutenberg_Text) stay."""
    for text in (
        "the end.\n\n       *       *       *       *       *\n\nNext",
        "He said* so, and a*b*c is a product.",
        "     ¶60))85;1‡(;:‡*8†83(88)5*†;46(;88*96\n",
    ):
        assert markup_edits(text) == [], text


# Lang, Old Friends: Essays in Epistolary Parody (rcdm-uga/Gutenberg_Text, David Price's
# transcription): notes added between two ("{60a}", "{60b}") and their labels.
LANG_LETTER_LABELS = (
    "her.  Not to _me_ be the glory!—Your assured friend,\n\n"
    "                                                       EMILY BARNUM. {60a}\n\n"
    "DEAR LETITIA,—My hand trembles so with indignation that I can hardly\n"
    "direct my pen.  Pray _burn_ my letter of July 17 at once, if you have not\n"
    "already done so. {60b}  We have been _deceived_ in that woman!\n\n"
    "{60a}  This signature of Mrs. Proudie’s is so unusual an assumption of\n"
    "the episcopal style, that it might well cast a doubt on the authenticity\n"
    "of her letter.\n\n"
    "{60b}  It has been seen that Mrs. Quiverful did not obey this injunction.\n\n"
    "{65}  This man was well known to Sir Walter Scott, who speaks of his\n"
    "curious habits in an unpublished manuscript.\n"
)


def test_brace_note_letter_labels_lang_old_friends():
    """Clause brace_note_letter_labels (session 33): "{60a}" / "{60b}" anchors and labels
    go like "{65}"; the notes' words stay."""
    rules = frozenset({"gutenberg_note_anchor"})
    out = apply_edits(LANG_LETTER_LABELS, markup_edits(LANG_LETTER_LABELS, rules))[0]
    assert "{" not in out
    assert "EMILY BARNUM.\n\nDEAR LETITIA" in out
    assert "already done so.  We have been _deceived_" in out
    assert "\n\nThis signature of Mrs. Proudie’s" in out
    assert "\n\nIt has been seen that Mrs. Quiverful" in out


def test_brace_note_letter_labels_precision_a_letter_label_line_alone_gates():
    """brace_note_letter_labels' guards: two letters ("{60ab}"), a capital ("{60A}") or a
    subscript ("x_{2a}") stay; a "{4b}" label line alone is a label line (the gate)."""
    text = "the sum x_{2a} and {60ab} and {60A} here.\n{4b}  A note.\n"
    out = apply_edits(text, markup_edits(text))[0]
    assert out == "the sum x_{2a} and {60ab} and {60A} here.\nA note.\n"


def test_brace_note_anchors_guard_not_before_a_word():
    """brace_note_anchors' "not before a word" guard (untested in session 32): an algebra
    term "3x{2}y" keeps its brace in a document with note labels."""
    text = "so that the term 3x{2}y in the sum vanishes.\n{2}  A note.\n"
    out = apply_edits(text, markup_edits(text))[0]
    assert out == "so that the term 3x{2}y in the sum vanishes.\nA note.\n"


def test_emphasis_asterisks_guard_opening_star_after_a_letter():
    """emphasis_asterisks' opening guard alone (untested in session 32): a star after a
    letter opens no pair ("d*mn it*," closes after a letter, before a comma)."""
    text = "He said d*mn it*, twice over, and went out.\n"
    assert markup_edits(text) == []


def test_emphasis_asterisks_guard_closing_star_before_a_letter():
    """emphasis_asterisks' closing guard alone (untested in session 32): a star before a
    letter closes no pair ("*d*mn": opens after a space, "*d*" then "mn")."""
    text = "He was a *d*mn fool, they said.\n"
    assert markup_edits(text) == []


def test_asterisks_prefilter_no_star_pattern_without_a_star_before_a_letter(monkeypatch):
    """Clause asterisks_prefilter (untested in session 32, speed only): with stars only in
    "*** START" / "* * *" lines the star pattern never runs."""
    from transforms import gutenberg_emphasis

    class Unused:
        def finditer(self, *args):
            raise AssertionError("the star pattern ran")

    monkeypatch.setattr(gutenberg_emphasis, "_ASTERISKS", Unused())
    text = "*** START OF THE BOOK ***\n\nIt was _very_ late.\n\n* * * * *\n\nThe end.\n"
    out = apply_edits(text, markup_edits(text))[0]
    assert "It was very late." in out


def test_brace_note_letter_labels_guard_two_letters_open_no_gate():
    """brace_note_letter_labels' guard (review: no test failed without it): a "{60ab}" line
    is no label line: in a document with no other, the "{4}" in its text stays."""
    text = "the sum of a {4} here.\n{60ab}  A line of a table.\n"
    assert markup_edits(text) == []


# rcdm-uga/Gutenberg_Text, Goldfrap's The Boy Aviators' Treasure Quest (EBook #6149): the
# old Gutenberg header's bold banner lines, and an illustration tag in chapter V.
AVIATORS = (
    "**Welcome To The World of Free Plain Vanilla Electronic Texts**\n\n"
    "**eBooks Readable By Both Humans and By Computers, Since 1971**\n\n"
    "*****These eBooks Were Prepared By Thousands of Volunteers!*****\n\n\n"
    "Title: The Boy Aviators' Treasure Quest\n\n"
    "striving to maintain his balance, and the unlucky inventor for the\n"
    "second time that day was hurled to the ground.\n\n"
    "[Illustration: The Luckless Aviator and the Pig.]\n\n"
    '"Are you hurt?" yelled the crowd.\n'
)


def test_markdown_gate_banner_bold_lines_are_not_markdown():
    """Clause ``markdown_gate_banner``: the header's "**Welcome To ... Electronic Texts**"
    lines no longer count as Markdown, so the illustration tag is cut (before: the whole
    book's markup stayed, 147 of the mirror's 3,381 files)."""
    edits = markup_edits(AVIATORS, {"gutenberg_illustration"})
    out, _ = apply_edits(AVIATORS, edits)
    assert "[Illustration" not in out
    assert 'hurled to the ground.\n\n"Are you hurt?"' in out
    assert out.startswith("**Welcome To The World of Free Plain Vanilla Electronic Texts**")


def test_markdown_gate_banner_real_bold_still_stops():
    """Guard of ``markdown_gate_banner``: a "**bold**" of the book's own words (Andersen's
    "**Tales From Denmark**", mirror file of Dickens-era Andersen stories) still counts as
    Markdown evidence, so nothing is cut."""
    text = AVIATORS + '\nwith the "**Tales From Denmark**," that they not only read\n'
    assert markup_edits(text, {"gutenberg_illustration"}) == []


def test_markdown_gate_banner_exact_line_other_bold_stops():
    """Clause ``markdown_gate_banner_exact_line``: only a whole banner line is skipped; a
    Markdown note's own bold that merely names Gutenberg or eBooks still stops every rule
    (before: its "_italic_", "list[1]" and illustration tag were cut)."""
    for bold in (
        "**Free eBooks from Project Gutenberg**",
        "**Johannes Gutenberg** built a press",
        "**The Legal Small Print** of my notes",
    ):
        text = f"Notes\n\n{bold}\n\nSee _Moby Dick_ and the list[1].\n\n[Illustration: cover]\n"
        assert markup_edits(text) == []


def test_markdown_gate_banner_exact_line_small_print_start():
    """Clause ``markdown_gate_banner_exact_line``: the "***START**THE SMALL PRINT!**...
    **START***" line (107 mirror files) is a banner line too: the tag is still cut."""
    text = (
        "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN EBOOKS**START***\n\n"
        "the ground.\n\n[Illustration: The Pig.]\n\nThe crowd.\n"
    )
    out, _ = apply_edits(text, markup_edits(text, {"gutenberg_illustration"}))
    assert "[Illustration" not in out
