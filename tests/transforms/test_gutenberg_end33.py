"""Session 33, Gutenberg end matter: clauses index_above_the_ads and
index_order_of_headwords (transforms.gutenberg_index), stacked_separators and the
untested guards of trailing_separator (transforms.gutenberg_tail)."""

from transforms.boilerplate import find_boilerplate, removed_by_rule, strip_boilerplate
from transforms.gutenberg_index import index_at_the_end
from transforms.gutenberg_tail import trailing_separators
from transforms.normalize import normalize_text
from transforms.textedit import Edit

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 150

# Darwin, The Descent of Man vol. II ("Darwin, Charles/The Descent of Man ... .txt" in
# rcdm-uga/Gutenberg_Text): the index's last 80 lines (headwords in capitals, their
# sub-entries "on the ..." in lower case), "THE END.", the printer's imprint and the start
# of John Murray's "LIST OF STANDARD WORKS".
DARWIN = (
    " INDEX.\n\n"
    " WOLVES, black, ii. 294.\n\n"
    " WOMBAT, black varieties of the, ii. 294.\n\n"
    " WOMEN distinguished from men by male monkeys, i. 13;\n\n"
    " preponderance of, in numbers, i. 302;\n\n"
    " effects of selection of, in accordance with different standards\n\n"
    " of beauty, ii. 355;\n\n"
    " practice of capturing, ii. 360, 364;\n\n"
    " early betrothals and slavery of, ii. 366;\n\n"
    " selection of, for beauty, ii. 372;\n\n"
    " freedom of selection by, in savage tribes, ii. 372.\n\n"
    " WONDER, manifestations of, by animals, i. 42.\n\n"
    " WONFOR, Mr., on sexual peculiarities in the wings of butterflies,\n\n"
    " i. 345.\n\n"
    " WOOLNER, Mr., observations on the ear in man, i. 22.\n\n"
    " WOOD, J., on muscular variations in man, i. 109, 128, 129;\n\n"
    " on the greater variability of the muscles in men than in women,\n\n"
    " i. 275.\n\n"
    " WOOD, T. W., on the colouring of the orange-tip butterfly, i. 394;\n\n"
    " on the habits of the Saturniidæ, i. 398;\n\n"
    " on the habits of _Menura Alberti_, ii. 56;\n\n"
    " on _Tetrao cupido_, ii. 56;\n\n"
    " on the display of plumage by male pheasants, ii. 89;\n\n"
    " on the ocellated spots of the Argus pheasant, ii. 144;\n\n"
    " on the habits of the female Cassowary, ii. 204.\n\n"
    " WOODCOCK, coloration of the, ii. 226.\n\n"
    " WOODPECKER, selection of a mate by the female, ii. 116.\n\n"
    " WOODPECKERS, ii. 56;\n\n"
    " tapping of, ii. 62;\n\n"
    " colours and nidification of the, ii. 171, 174, 223;\n\n"
    " characters of young, ii. 185, 199, 209.\n\n"
    " WORMALD, Mr., on the coloration of _Hypopyra_, i. 397.\n\n"
    " WOUNDS, healing of, i. 13.\n\n"
    " WREN, ii. 198;\n\n"
    " young of the, ii. 209.\n\n"
    " WRIGHT, C. A., on the young of _Orocetes_ and _Petrocincla_, ii. 220.\n\n"
    " WRIGHT, Chauncey, on correlative acquisition, ii. 335;\n\n"
    " on the enlargement of the brain in man, ii. 391.\n\n"
    " WRIGHT, Mr., on the Scotch deerhound, ii. 261;\n\n"
    " on sexual preference in dogs, ii. 271;\n\n"
    " on the rejection of a horse by a mare, ii. 272.\n\n"
    " WRIGHT, W. von, on the protective plumage of the Ptarmigan, ii. 81.\n\n"
    " WRITING, i. 182.\n\n"
    " WYMAN, Prof., on the prolongation of the coccyx in the human embryo,\n\n"
    " i. 16;\n\n"
    " on the condition of the great toe in the human embryo, i. 17;\n\n"
    " on variation in the skulls of the natives of the Sandwich Islands,\n\n"
    " i. 108;\n\n"
    " on the hatching of the eggs in the mouths and branchial cavities\n\n"
    " of male fishes, i. 210, ii. 20.\n\n"
    " X.\n\n"
    " XENARCHUS, on the Cicadæ, i. 350.\n\n"
    " _Xenorhynchus_, sexual difference in the colour of the eyes in,\n\n"
    " ii. 129.\n\n"
    " _Xiphophorus Hellerii_, peculiar anal fin of the male, ii. 9, 10.\n\n"
    " _Xylocopa_, difference of the sexes in, i. 366.\n\n"
    " Y.\n\n"
    " YARRELL, W., on the habits of the Cyprinidæ, i. 309;\n\n"
    " on _Raia clavata_, ii. 2;\n\n"
    " on the characters of the male salmon during the breeding season,\n\n"
    " ii. 4, 14;\n\n"
    " on the characters of the rays, ii. 6;\n\n"
    " on the gemmeous dragonet, ii. 8;\n\n"
    " on the spawning of the salmon, ii. 19;\n\n"
    " on the incubation of the Lophobranchii, ii. 21;\n\n"
    " on rivalry in song-birds, ii. 53;\n\n"
    " on the trachea of the swan, ii. 60;\n\n"
    " on the moulting of the anatidæ, ii. 85;\n\n"
    " on an instance of reasoning in a gull, ii. 108;\n\n"
    " on the young of the waders, ii. 217.\n\n"
    " YELLOW fever, immunity of negroes and mulattoes from, i. 243.\n\n"
    " YOUATT, Mr., on the development of the horns in cattle, i. 284.\n\n"
    " YURA-CARAS, their notions of beauty, ii. 347.\n\n"
    " Z.\n\n"
    " ZEBRA, rejection of an ass by a female, ii. 295;\n\n"
    " stripes of the, ii. 302.\n\n"
    " ZEBUS, humps of, i. 284.\n\n"
    " ZIGZAGS, prevalence of, as ornaments, i. 233.\n\n"
    " ZINCKE, Mr., on European emigration to America, i. 179.\n\n"
    " _Zootoca vivipara_, sexual difference in the colour of, ii. 36.\n\n"
    " ZYGÆNIDÆ, coloration of the, i. 396.\n\n"
    "\n"
    "THE END.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "LONDON:\n"
    "\n"
    "PRINTED BY WILLIAM CLOWES AND SONS, DUKE STREET, STAMFORD STREET,\n"
    "AND CHARING CROSS.\n"
    "\n"
    "\n"
    "50A, ALBEMARLE STREET, LONDON\n"
    "_January, 1871._\n"
    "\n"
    "\n"
    "MR. MURRAY’S\n"
    "\n"
    "LIST OF STANDARD WORKS.\n"
    "\n"
    "\n"
    " AIDS TO FAITH; a Series of Theological Essays. By various Writers.\n"
    " _Seventh Edition._ 8vo. 9_s._\n"
    "\n"
    "\n"
    " CONTENTS:\n"
    "\n"
    " _Miracles._—DEAN MANSEL.\n"
    "\n"
    " _Evidences of Christianity._—BISHOP OF KILLALOE.\n"
    "\n"
    " _Prophecy—and the Mosaic Record of Creation._—Rev. Dr. M’CAUL.\n"
    "\n"
    " _Ideology and Subscription._—Canon F. C. COOK.\n"
    "\n"
    " _The Pentateuch._—Rev. GEORGE RAWLINSON.\n"
    "\n"
    " _Inspiration._—BISHOP OF ELY.\n"
    "\n"
    " _Death of Christ._—ARCHBISHOP OF YORK.\n"
    "\n"
    " _Scripture and its Interpretation._—BISHOP OF GLOUCESTER AND BRISTOL.\n"
    "\n"
    "\n"
    " AUSTIN’S (JOHN) LECTURES ON JURISPRUDENCE; or, The PHILOSOPHY OF\n"
    " POSITIVE LAW. _Third Edition._ Revised by ROBERT CAMPBELL. 2 vols.\n"
    " 8vo. 32_s._\n"
    "\n"
    " ————— (SARAH) POLITICAL AND ECCLESIASTICAL HISTORY OF THE POPES OF\n"
    " ROME. Translated from the German of Leopold Ranke. _Fourth Edition._\n"
    " With a Preface by DEAN MILMAN. 3 vols. 8vo. 30_s._\n"
    "\n"
    " BARROW’S (SIR JOHN) AUTOBIOGRAPHICAL MEMOIR, including Reflections,\n"
    " Observations, and Reminiscences at Home and Abroad. From Early Life to\n"
    " Advanced Age. Portrait. 8vo. 15_s._\n"
    "\n"
    " ————— VOYAGES OF DISCOVERY AND RESEARCH WITHIN THE ARCTIC REGIONS,\n"
    " since 1818. Abridged and Arranged from the Official Narratives. 8vo.\n"
    " 15_s._\n"
    "\n"
    " BARRY’S (ALFRED, D.D.) MEMOIR OF THE LIFE AND WORKS OF SIR CHARLES\n"
    " BARRY, R.A. _Second Edition._ With Portrait and 40 Illustrations.\n"
    " Medium 8vo. 15_s._\n"
    "\n"
    " BELCHER’S (LADY) MUTINEERS OF THE ‘BOUNTY,’ AND THEIR DESCENDANTS; in\n"
    " PITCAIRN and NORFOLK ISLANDS. With Illustrations. Post 8vo. 12_s._\n"
)


def _book(body: str, title: str = "A BOOK") -> str:
    return normalize_text(_HEADER.format(title) + body + _FOOTER.format(title))


def test_index_above_the_ads_darwins_index_before_murrays_list():
    """index_above_the_ads + index_order_of_headwords: the index goes with the list under
    it; "THE END." between them stays, and the story above."""
    out, edits = strip_boilerplate(_book(_LEAD + DARWIN))
    cut = removed_by_rule(edits)
    index = DARWIN.split("\n\nTHE END.")[0].rstrip()
    assert cut["book_index"] == len(index) + 2  # and the blank line above it
    assert "gutenberg_notice" in cut  # Murray's list, cut by ads_after_the_end
    assert out.rstrip().endswith("a sentence of its story.\n\n\nTHE END.")
    assert "ZEBRA" not in out and "WOOD, J." not in out and "MURRAY" not in out


def test_index_order_of_headwords_needs_enough_capitals():
    """index_order_of_headwords' guard: with fewer than 15 capitalised entries the order is
    read over all entries: Darwin's sub-entries alone ("on the spawning of the salmon,
    ii. 19;"), lower case and in page order, are no index and stay."""
    index = DARWIN.split("\n\nTHE END.")[0]
    subs = [
        ln for ln in index.split("\n\n") if ln.strip()[:1].islower() and ln.strip()[-1:] in ".;"
    ]
    assert len(subs) >= 30
    body = _LEAD + "NOTES.\n\n" + "\n\n".join(subs) + "\n\n\nTHE END.\n"
    assert "book_index" not in removed_by_rule(find_boilerplate(_book(body)))


def test_index_above_the_ads_an_earlier_cut_is_not_in_the_chain():
    """index_above_the_ads' guard: a cut higher up (a transcriber's note in the book's
    first pages) with text between it and the list does not move the walk's start."""
    book = _book(_LEAD + DARWIN)
    footer = book.index("\n\n\n\n\n\nEnd of the Project")
    body = book.index("Some text")
    ads = book.index("LONDON:")
    found = [
        Edit(body, body + 50, "", "transcriber_note"),
        Edit(ads, footer, "", "gutenberg_notice"),
    ]
    cut = index_at_the_end(book, footer, body, found)
    assert [(e.rule, book[e.end - 12 : e.end]) for e in cut] == [("book_index", "the, i. 396.")]


def test_index_above_the_ads_text_between_the_cuts_ends_the_chain():
    """index_above_the_ads' guard: a paragraph of the book between the index and the list
    stays, and so does the index above it (the walk starts at the list's cut only when
    blank space alone lies between)."""
    index, ads = DARWIN.split("\n\nTHE END.")
    para = "\n\nA last paragraph of the book, set after its index by the author.\n"
    text = _book(_LEAD + index + para * 6 + "\n\nTHE END." + ads)
    cut = removed_by_rule(find_boilerplate(text))
    assert "book_index" not in cut and "gutenberg_notice" in cut


# Russell, The Practice and Theory of Bolshevism (rcdm-uga/Gutenberg_Text, pg17350): the
# publisher's page, a separator, the transcriber's errata, a separator, the end marker.
BOLSHEVISM = (
    "BY THE SAME AUTHOR\n\n\nROADS TO FREEDOM\n\nPRINCIPLES OF SOCIAL RECONSTRUCTION\n\n"
    "INTRODUCTION TO MATHEMATICAL PHILOSOPHY\n\nTHE ANALYSIS OF MIND\n\n\n * * * * *\n\n"
    "Typographical errors corrected in text:\n\npage 19: happinesss changed to happiness\n"
    "page 163: genera to general\n\n\n * * * * *\n"
)


def test_stacked_separators_russells_bolshevism_both_go():
    """Clause stacked_separators: both "* * * * *" go (the errata between them are cut as
    a transcriber's note), not the lower one alone."""
    out = strip_boilerplate(_book(_LEAD + BOLSHEVISM))[0]
    assert out.rstrip().endswith("INTRODUCTION TO MATHEMATICAL PHILOSOPHY\n\nTHE ANALYSIS OF MIND")
    assert "*" not in out and "errors" not in out


def test_stacked_separators_precision_text_between_separators_stays():
    """stacked_separators' guard: a line of text between two separators (not cut) stops
    the chain; a separator line cut in part does not join it."""
    text = "the story.\n\n * * * * *\n\nA last line.\n\n * * * * *\n\nNOTE\n"
    merged = [Edit(text.index("NOTE"), len(text), "", "transcriber_note")]
    out = trailing_separators(text, merged)
    assert out == [Edit(text.rindex(" * * * * *"), len(text), "", "transcriber_note")]
    text = "the story.\n\n * * * * *\n\nERRATA * * * *\n * * * * *\n\nEND\n"
    merged = [
        Edit(text.index("ERRATA"), text.index("ERRATA") + 8, "", "transcriber_note"),
        Edit(text.index("END\n"), len(text), "", "gutenberg_footer"),
    ]
    out = trailing_separators(text, merged)  # "* * *" after ERRATA: part of a cut line
    assert out[0] == merged[0]


def test_stacked_separators_join_the_cuts_between_them():
    """stacked_separators: separators only between the chain's cuts (none above the first)
    go with the cut under each; every cut keeps its rule (the counts per rule)."""
    text = "the story.\n\nBY THE SAME AUTHOR\n\n * * * * *\n\nERRATA\n\n * * * * *\n\nEND\n"
    merged = [
        Edit(text.index("BY THE"), text.index(" * *"), "", "gutenberg_notice"),
        Edit(text.index("ERRATA"), text.index("ERRATA") + 8, "", "transcriber_note"),
        Edit(text.index("END\n"), len(text), "", "gutenberg_footer"),
    ]
    sep = text.index(" * *")
    errata_end = text.index("ERRATA") + 8
    assert trailing_separators(text, merged) == [
        merged[0],
        Edit(sep, errata_end, "", "transcriber_note"),
        Edit(errata_end, len(text), "", "gutenberg_footer"),
    ]


def test_trailing_separator_guard_the_chain_starts_inside_a_line():
    """trailing_separator's guard (review, session 32: untested): a cut that starts inside
    a line leaves the separator above it (moving it would take the line's start too)."""
    text = "the story.\n\n * * * * *\n\nLONDON: PRINTED BY CLOWES AND SONS\n"
    merged = [Edit(text.index("PRINTED"), len(text), "", "printer_imprint")]
    assert trailing_separators(text, merged) == merged


def test_trailing_separator_guard_never_into_an_earlier_cut():
    """trailing_separator's guard (untested in session 32): the walk up stops at an earlier
    cut, even when the line it ends in reads as a separator ("* * *" + "* * *")."""
    text = "the story.\n\n* * ** * *\n\nEND\n"
    merged = [
        Edit(0, text.index("** * *") + 1, "", "transcriber_note"),
        Edit(text.index("END"), len(text), "", "gutenberg_footer"),
    ]
    assert trailing_separators(text, merged) == merged


def test_trailing_separator_guard_the_last_cut_reaches_the_end():
    """trailing_separator's guard (untested in session 32): a separator above a cut with
    the book's text after it stays (only the cut that ends the text moves)."""
    text = "the story.\n\n * * * * *\n\n[Pg 12]\n\nThe next part of the story.\n"
    merged = [Edit(text.index("[Pg"), text.index("The next"), "", "page_marker")]
    assert trailing_separators(text, merged) == merged


def test_trailing_separator_guard_only_with_a_gutenberg_end_marker():
    """trailing_separator's guard (untested in session 32): in a document without a
    Gutenberg end marker a separator over a cut transcriber's note at its end stays."""
    text = normalize_text(
        "The last words of the book.\n\n * * * * *\n\n"
        "Transcriber's Note: typographical errors were corrected.\n"
    )
    edits = find_boilerplate(text)
    assert [e.rule for e in edits] == ["transcriber_note"]
    assert strip_boilerplate(text)[0].rstrip().endswith("* * * * *")


def test_index_above_the_ads_guard_a_replacement_is_not_in_the_chain():
    """index_above_the_ads' guard (review): only deletions join the chain; text an edit
    rewrites (a replacement) still stands between the index and the end marker, so the
    walk starts at the end marker and the index above the text stays."""
    index = DARWIN.split("\n\nTHE END.")[0]
    para = "\n\nA last paragraph of the book, set after its index by the author."
    book = _book(_LEAD + index + para * 6)
    footer = book.index("\n\n\n\n\n\nEnd of the Project")
    body = book.index("Some text")
    kept = book.index("A last paragraph")
    assert index_at_the_end(book, footer, body, [Edit(kept, footer, "[...]", "x")]) == []
    cut = index_at_the_end(book, footer, body, [Edit(kept, footer, "", "x")])
    assert [e.rule for e in cut] == ["book_index"]


def _index_lines(n: int) -> list[str]:
    words = ["Abbot", "Beacon", "Cedar", "Dover", "Eagle", "Falcon", "Garnet", "Harbour"]
    return [f"{words[i * len(words) // n]}{i:03d}, the town of, {10 + i}." for i in range(n)]


def test_index_reference_forms_last_entry_with_no_break_space_ff():
    """index_reference_forms (review): "165\xa0ff." (a no-break space before "ff.", Russell's
    External World) and an italic page "_239_." (Burton's The Jew) end an entry: the
    index's last entry goes with it, not left under the cut."""
    for last in ("Zeno, 129, 134, 136, 165\xa0ff.", "Zuth, the, 146, 148, 231, _239_."):
        body = _LEAD + "INDEX\n\n\n" + "\n\n".join(_index_lines(40) + [last]) + "\n\n\nTHE END.\n"
        out = strip_boilerplate(_book(body))[0]
        assert "Zeno" not in out and "Zuth" not in out and "Abbot000" not in out
        assert "THE END." in out and "a sentence of its story." in out


def test_index_reference_forms_repeated_headword_and_ib():
    """index_reference_forms (review): "----, publication of the second edition of the,
    223." (the headword above repeated, Darwin's Life Told) and "waiting Spanish overtures,
    _ib._;" (Lang's Raleigh) are entries: four of them in a row no longer break the walk
    and leave the index's first part in the text."""
    for sub in (
        "----, publication of the {0} edition of the, 223.",
        " waiting overtures {0}, _ib._;",
    ):
        subs = [sub.format(w) for w in ("first", "second", "third", "fourth", "fifth")]
        lines = _index_lines(40)
        body = _LEAD + "\n\n".join(lines[:20] + subs + lines[20:]) + "\n\n\nTHE END.\n"
        out = strip_boilerplate(_book(body))[0]
        assert "Abbot000" not in out and "fifth" not in out and "Harbour039" not in out
        assert out.rstrip().endswith("a sentence of its story.\n\n\nTHE END.")


def test_stacked_separators_guard_a_line_running_into_the_cut_below():
    """stacked_separators' guard (review: no test failed without it): a separator line
    that runs on into the cut below ("* * * * * ERRATA", the cut starting at "ERRATA") is
    that cut's line in part, not a whole separator: the chain stops there."""
    text = "the story.\n\nBY THE SAME AUTHOR\n\n * * * * * ERRATA: p. 4\n\nEND\n"
    merged = [
        Edit(text.index("BY THE"), text.index("\n\n * *"), "", "gutenberg_notice"),
        Edit(text.index("ERRATA"), len(text), "", "transcriber_note"),
    ]
    assert trailing_separators(text, merged) == merged


def test_index_order_of_headwords_all_entries_read_case_blind():
    """index_order_of_headwords' guard (review: no test failed without it): with fewer than
    15 capitalised entries the order is read over all of them, capitals and lower case as
    one alphabet ("abbey" < "Bbbey" < "cbbey")."""
    words = [chr(ord("a") + i * 26 // 40) + "bbey" for i in range(40)]
    words = [w.capitalize() if i % 3 == 1 else w for i, w in enumerate(words)]
    lines = [f"{w}{i:02d}, the town of, {10 + i}." for i, w in enumerate(words)]
    assert sum(ln[0].isupper() for ln in lines) < 15
    body = _LEAD + "INDEX\n\n\n" + "\n\n".join(lines) + "\n\n\nTHE END.\n"
    assert "book_index" in removed_by_rule(find_boilerplate(_book(body)))
