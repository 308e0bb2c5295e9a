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
