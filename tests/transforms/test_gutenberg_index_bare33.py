"""A printed index kept without its page numbers at the end of a Gutenberg book
(session 33, wtB2): clause ``index_without_pages`` of
``transforms.gutenberg_index_bare`` (rule ``book_index``). Excerpts of Darwin's
"Coral Reefs" from GitHub rcdm-uga/Gutenberg_Text ("Darwin, Charles/Coral Reefs.txt"):
the last paragraph of its appendix and its index (the first 20 blocks, the five around
"ATOLLS, ...", an entry of 11 lines, and the last 14)."""

import random

from transforms.boilerplate import find_boilerplate, removed_by_rule
from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK CORAL REEFS ***\n\n\n\n\n"
_FOOTER = (
    "\n\n\n\n\n\nEnd of The Project Gutenburg Etext of Coral Reefs, by Charles Darwin\n\n"
    "*** END OF THIS PROJECT GUTENBERG EBOOK CORAL REEFS ***\n"
)
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 150

# The appendix's last paragraph (wrapped prose: a block of 25 lines).
APPENDIX = "THE BERMUDA Islands have been carefully described by Lieutenant Nelson, in\nan excellent Memoir in the \"Geological Transactions\" (volume v., part i.,\npage 103).  In the form of the bank or reef, on one side of which the\nislands stand, there is a close general resemblance to an atoll; but in the\nfollowing respects there is a considerable difference,--first, in the\nmargin of the reef not forming (as I have been informed by Mr. Chaffers,\nR.N.) a flat, solid surface, laid bare at low water, and regularly bounding\nthe internal space of shallow water or lagoon; secondly, in the border of\ngradually shoaling water, nearly a mile and a half in width, which\nsurrounds the entire outside of the reef (as is laid down in Captain Hurd's\nchart); and thirdly, in the size, height, and extraordinary form of the\nislands, which present little resemblance to the long, narrow, simple\nislets, seldom exceeding half a mile in breadth, which surmount the annular\nreefs of almost all the atolls in the Indian and Pacific Oceans.  Moreover,\nthere are evident proofs (Nelson, Ibid., page 118), that islands similar to\nthe existing ones, formerly extended over other parts of the reef.  It\nwould, I believe, be difficult to find a true atoll with land exceeding\nthirty feet in height; whereas, Mr. Nelson estimates the highest point of\nthe Bermuda Islands to be 260 feet; if, however, Mr. Nelson's view, that\nthe whole of the land consists of sand drifted by the winds, and\nagglutinated together, were proved correct, this difference would be\nimmaterial; but, from his own account (page 118), there occur in one place,\nfive or six layers of red earth, interstratified with the ordinary\ncalcareous rock, and including stones too heavy for the wind to have moved,\nwithout having at the same time utterly dispersed every grain of the\naccompanying drifted matter.  Mr. Nelson attributes the origin of these\nseveral layers, with their embedded stones, to as many violent\ncatastrophes; but further investigation in such cases has generally\nsucceeded in explaining phenomena of this kind by ordinary and simpler\nmeans.  Finally, I may remark, that these islands have a considerable\nresemblance in shape to Barbuda in the West Indies, and to Pemba on the\neastern coast of Africa, which latter island is about two hundred feet in\nheight, and consists of coral-rock.  I believe that the Bermuda Islands,\nfrom being fringed by living reefs, ought to have been coloured red; but I\nhave left them uncoloured, on account of their general resemblance in\nexternal form to a lagoon-island or atoll.\n"

# The index: no page numbers, entries and sub-entries between blank lines.
INDEX = "INDEX.\n\nThe names not in capitals are all names of places, and refer exclusively to\nthe Appendix: in well-defined archipelagoes, or groups of islands, the\nname of each separate island is not given.\n\nABROLHOS, Brazil, coated by corals.\n\nAbrolhos (Australia).\n\nABSENCE of coral-reefs from certain coasts.\n\nAcaba, gulf of.\n\nAdmiralty group.\n\nAFRICA, east coast, fringing-reef of.\nMadreporitic rock of.\n\nAfrica, east coast.\n\nAGE of individual corals.\n\nAiou.\n\nAitutaki.\n\nAldabra.\n\nAlert reef.\n\nAlexander, Grand Duke, island.\n\nALLAN, Dr., on Holuthuriae feeding on corals.\nOn quick growth of corals at Madagascar.\nOn reefs affected by currents.\n\nAlloufatou.\n\nAlphonse.\n\nAmargoura. (Amargura.)\n\nAmboina.\n\nAstova.\n\nAtlantic islands.\n\nATOLLS, breaches in their reefs.\nDimensions of.\nDimensions of groups of.\nNot based on craters or on banks of sediment, or of rock.\nOf irregular forms.\nSteepness of their flanks.\nWidth of their reef and islets.\nTheir lowness.\nLagoons.\nGeneral range.\nWith part of their reef submerged, and theory of.\n\nAugustine, St.\n\nAURORA island, an upraised atoll.\n\nWallis island.\n\nWashington.\n\nWell's reef.\n\nWELLSTEAD, Lieutenant, account of a ship coated with corals.\n\nWEST INDIES, banks of sediment fringed by reefs.\nRecently elevated.\n\nWest Indies.\n\nWHITSUNDAY island, view of.\nChanges in its state.\n\nWILLIAMS, Rev. J., on traditions of the natives regarding coral-islands.\nOn antiquity of certain corals.\n\nWolchonsky.\n\nWostock.\n\nXulla islands.\n\nYork island.\n\nYucutan, coast of.\n\nZONES of different kinds of corals outside the same reefs."


# Stoker, Famous Impostors ("Stoker, Bram/Famous Impostors.txt"): its index (the heading,
# the first 20 and the last 12 entries; an index with page numbers the old walk missed)
# and the transcriber's notes under it.
STOKER_INDEX = "INDEX\n\n\n  Ahasuerus, 111-114.\n\n  Alcaçer-el-Kebir, battle of, 20-22, 25.\n\n  Alvares, Matheus, 23.\n\n  Althotas, 82.\n\n  Ascham, Roger, letters of concerning Elizabeth, 316-318.\n\n  Ashley, Mrs. Catherine, 284, 285, 298, 315, 321, 323, 324.\n\n  Austin, “Beau,” murder of by John Law, 124, 134.\n\n\n  Balsamo, Joseph, early life of, 80-82.\n\n  Bank of England, early history of, 140-142.\n\n  Banque Générale, founding of by John Law, 126.\n\n  Banque Royale, control of by John Law, 127, 130.\n\n  Berners Street Hoax, 252-254.\n\n  Beugnot, Comte de, description of Cagliostro by, 86, 87.\n\n  Bingham, Jinny, Mother Red-Cap, 186-189.\n\n  Bisley, 286-291, 294.\n\n  Bisley Boy, The, 283-345.\n\n  Bisley Tradition, The, 291-294, 339-340.\n\n  Bogus Sausages, 260-262.\n\n  Brinvilliers, Marquise de, 169-172.\n\n  Brunneau, Mathurin, 40-41.\n\n  Toll-Gate Hoax, The, 256-257.\n\n\n  Voison, Madame, career of, 164-174.\n\n\n  Walpole, Horace, theory of concerning Perkin Warbeck, 8.\n\n  Wandering Jew, The, 107-120.\n\n  Warbeck, Perkin, career of, 5-15.\n\n  Werbecque, Jehan, 5-6.\n\n  Westphalus, statements of concerning Wandering Jew, 113, 114.\n\n  Williams, Eleazar, story of as personator of the Dauphin, 46-48.\n\n  Wilmot, James, 50, 51, 53, 54.\n\n  Wilmot, Olive, 50, 55.\n\n  Witchcraft, 147-198,\n    English statutes concerning, 147-148.\n\n  Women, attempts of to disguise themselves as men, 227-231."
STOKER_NOTES = "Transcriber’s Notes\n\n\nPunctuation, hyphenation, and spelling were made consistent when a\npredominant preference was found in this book; otherwise they were not\nchanged.\n\nSimple typographical errors were corrected; occasional unbalanced\nquotation marks retained.\n\nIndex not checked for proper alphabetization or correct page references.\n\nPage 3: “villany” was printed that way.\n\nPage 43: “romancists” was printed that way; may be a misprint for\n“romanticists”.\n\nPage 78: “are current Paracelsus” was printed that way; perhaps a\nquestion mark should have been used after “current”.\n\nPage 284: Paragraph beginning “Elizabeth was as loyal to Parry”\ncontains unbalanced quotation marks.\n\nPage 325: “some form revenge on” was printed that way; seems to be\nmissing an “of”."


def _raw(end: str, lead: str | None = None) -> str:
    lead = _LEAD + APPENDIX + "\n\n" if lead is None else lead
    return normalize_text(_HEADER + lead + end + _FOOTER)


def test_index_without_pages_is_cut():
    """index_without_pages: the index from its heading to "ZONES of ..." goes (the old
    rule, which reads page references, kept all of it); the appendix stays."""
    raw = _raw(INDEX)
    cut = [e for e in find_boilerplate(raw) if e.rule == "book_index"]
    assert len(cut) == 1
    assert raw[cut[0].start :].lstrip().startswith("INDEX.\n\nThe names not in capitals")
    assert raw[: cut[0].end].endswith("ZONES of different kinds of corals outside the same reefs.")
    assert removed_by_rule(find_boilerplate(raw))["book_index"] == cut[0].end - cut[0].start
    text = clean_text(raw).text
    assert "Xulla islands." not in text and "ABROLHOS, Brazil" not in text
    assert "Steepness of their flanks." not in text
    assert text.rstrip().endswith("in external form to a lagoon-island or atoll.")


def test_index_without_pages_keeps_the_lines_under_it():
    """index_without_pages: "THE END" under the index stays (a tail line, no small letter)."""
    text = clean_text(_raw(INDEX + "\n\n\nTHE END\n")).text
    assert "Xulla islands." not in text
    assert text.rstrip().endswith("THE END")


def test_entries_out_of_order_stay():
    """index_without_pages guard: the same blocks in shuffled order (not alphabetical)
    are no index: nothing is cut."""
    head, *blocks = INDEX.split("\n\n")
    random.Random(3).shuffle(blocks)
    raw = _raw("\n\n".join([head, *blocks]))
    assert [e for e in find_boilerplate(raw) if e.rule == "book_index"] == []


def test_prose_under_an_index_heading_stays():
    """index_without_pages guard: paragraphs of wrapped prose (the appendix, blocks of
    3 lines or more) under a heading "INDEX." are not entries: nothing is cut."""
    paragraphs = "\n\n".join([APPENDIX.strip()] * 40)
    raw = _raw("INDEX.\n\n" + paragraphs)
    assert [e for e in find_boilerplate(raw) if e.rule == "book_index"] == []


def test_book_that_is_a_bare_index_stays():
    """index_without_pages guard: an index in the body's first half (a short lead)
    stays whole."""
    text = clean_text(_raw(INDEX, lead="A short note.\n\n")).text
    assert "Xulla islands." in text and "ABROLHOS, Brazil, coated by corals." in text


def test_notes_under_the_index_stay():
    """index_tail_trimmed: the cut ends at "Women, ... 227-231." (the highest letter so
    far); the transcriber's notes under it, whose blocks restart the alphabet
    ("Transcriber's Notes", "Punctuation ...", "Page 325: ..."), are outside it."""
    raw = _raw(STOKER_INDEX + "\n\n\n\n\n" + STOKER_NOTES)
    cut = [e for e in find_boilerplate(raw) if e.rule == "book_index"]
    assert len(cut) == 1
    assert raw[cut[0].start :].lstrip().startswith("INDEX\n")
    assert raw[: cut[0].end].endswith("Women, attempts of to disguise themselves as men, 227-231.")
    text = clean_text(raw).text
    assert "Ahasuerus, 111-114." not in text and "Wilmot, Olive" not in text
    # the notes are left to rule transcriber_note (which cuts them here), not this one
    assert raw[cut[0].end :].lstrip().startswith("Transcriber’s Notes")


# Review (session 33): a glossary under the index, and the guards no test singled out.
GLOSSARY = "GLOSSARY.\n\n" + "\n\n".join(
    f"{w}, a word of the islands: {d}."
    for w, d in [
        ("Atoll", "a ring of reef"),
        ("Coral", "a polyp's stone"),
        ("Lagoon", "the water inside"),
        ("Reef", "a ridge of rock"),
        ("Zoophyte", "an animal like a plant"),
    ]
)


def _cut(raw: str) -> list:
    return [e for e in find_boilerplate(raw) if e.rule == "book_index"]


def test_glossary_under_the_index_stays():
    """index_tail_trimmed: a section of its own under the index ("GLOSSARY." and its
    entries, A to Z again) ends the cut above its heading; the index still goes."""
    raw = _raw(INDEX + "\n\n\n" + GLOSSARY)
    cut = _cut(raw)
    assert len(cut) == 1
    assert raw[: cut[0].end].endswith("ZONES of different kinds of corals outside the same reefs.")
    text = clean_text(raw).text
    assert "Xulla islands." not in text
    assert "GLOSSARY." in text and "Zoophyte, a word of the islands" in text


def test_cut_takes_the_blank_lines_above_the_heading():
    """index_without_pages: the blank lines above "INDEX." go with it; the appendix's
    last line stays whole."""
    raw = _raw(INDEX)
    # its newline too: clause end_blank_lines (session 36), the text ends with one newline
    assert raw[: _cut(raw)[0].start].endswith("to a lagoon-island or atoll.\n")


def _blocks() -> tuple[str, list[str]]:
    head, *blocks = INDEX.split("\n\n")
    return head, blocks


def test_blocks_mostly_out_of_order_stay():
    """index_without_pages guard (_MIN_ORDER): the entries with a "Zero, ..." block
    after every third one go down the alphabet in a quarter of the steps: not cut,
    although the last blocks still end the alphabet."""
    head, blocks = _blocks()
    mixed = []
    for k, b in enumerate(blocks):
        mixed.append(b)
        if k % 3 == 2 and k < len(blocks) - 6:
            mixed.append("Zero, a note.")
    assert _cut(_raw("\n\n".join([head, *mixed]))) == []


def test_blocks_of_three_lines_stay():
    """index_without_pages guard (_MIN_SHORT): alphabetical blocks of 3 lines each
    (short paragraphs, not entries) are not cut."""
    head, blocks = _blocks()
    padded = [b + "\nA second line.\nA third line." if b.count("\n") < 2 else b for b in blocks]
    assert _cut(_raw("\n\n".join([head, *padded]))) == []


def test_a_long_line_or_block_or_a_numbered_block_stops_the_cut():
    """index_without_pages guards (_LINE_CHARS, _BLOCK_LINES, a block opening with no
    letter): one such block among the entries and nothing is cut."""
    head, blocks = _blocks()
    for odd in (
        "Amboina, " + "a long line of prose " * 5,
        "Amboina.\n" + "Of it.\n" * 21,
        "1. Amboina.",
    ):
        changed = [odd if b == "Amboina." else b for b in blocks]
        assert _cut(_raw("\n\n".join([head, *changed]))) == [], odd[:20]


def test_fewer_than_thirty_entries_stay():
    """index_without_pages guard (_MIN_ENTRIES): the first 29 blocks under the heading
    are kept; 30 are cut."""
    head, blocks = _blocks()
    assert _cut(_raw("\n\n".join([head, *blocks[:29]]))) == []
    assert len(_cut(_raw("\n\n".join([head, *blocks[:30]])))) == 1


def test_a_stray_high_entry_does_not_end_the_cut_early():
    """index_tail_trimmed: a stray "ZOOPHYTES" entry under A (the letter's rank, not a
    running maximum) does not end the cut there: it ends at "Yucutan, coast of."."""
    head, blocks = _blocks()
    blocks = blocks[:-1]  # without "ZONES ..."
    k = blocks.index("AGE of individual corals.")
    blocks.insert(k + 1, "ZOOPHYTES, growth of.")
    raw = _raw("\n\n".join([head, *blocks]))
    assert raw[: _cut(raw)[0].end].endswith("Yucutan, coast of.")


def test_notes_with_no_known_heading_under_the_index_stay():
    """index_tail_trimmed (the letter's rank): the transcriber's notes under another
    heading ("Changes made to the text"), which restart the alphabet, stay outside."""
    notes = STOKER_NOTES.replace("Transcriber’s Notes", "Changes made to the text")
    raw = _raw(STOKER_INDEX + "\n\n\n\n\n" + notes)
    cut = _cut(raw)
    assert len(cut) == 1
    assert raw[: cut[0].end].endswith("Women, attempts of to disguise themselves as men, 227-231.")
