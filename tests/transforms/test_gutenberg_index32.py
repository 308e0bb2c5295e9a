"""A printed book's index at the end of a Gutenberg book (session 32): clause
``index_at_the_end`` of ``transforms.gutenberg_index`` (rule ``book_index``) and its
``index_heading_top``. Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.boilerplate import find_boilerplate, removed_by_rule
from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 150

# Lang, The Nursery Rhyme Book ("Lang, Andrew/The Nursery Rhyme Book.txt"): the index
# of first lines (its first 20 and last 12 entries), "THE END" under it.
RHYMES = "[Illustration: Index of First Lines]\n\n                                                                    Page\n\n          A CARRION crow sat on an oak                               103\n\n          A diller, a dollar                                          49\n\n          A farmer went trotting                                     246\n\n          A little cock-sparrow sat on a green tree                  230\n\n          A little old man and I fell out                            157\n\n          A long-tail'd pig, or a short-tail'd pig                   229\n\n          A man of words and not of deeds                             79\n\n          A man went a hunting at Reigate                            273\n\n          A pie sat on a pear-tree                                   227\n\n          A sunshiny shower                                           82\n\n          A swarm of bees in May                                      82\n\n          A was an apple-pie                                          46\n\n          A was an Archer, and shot at a frog                         45\n\n          All of a row                                               220\n\n          Around the green gravel the grass grows green              268\n\n          Arthur O'Bower has broken his band                         124\n\n          As I walked by myself                                       38\n\n          As I was going by Charing Cross                             37\n\n          As I was going o'er Westminster Bridge                     132\n\n          As I was going to sell my eggs                             268\n\n          When little Fred was called to bed                         120\n\n          When the wind is in the east                                80\n\n          When V and I together meet                                  49\n\n          Where are you going, my pretty maid?                       111\n\n          Where have you been all the day?                           216\n\n          Who comes here?                                            272\n\n          Who goes round my house this night?                        186\n\n          Whoop, whoop, and hollow                                   186\n\n          Willy boy, Willy boy, where are you going?                 263\n\n          YEOW mussent sing a' Sunday                                 82\n\n          You shall have an apple                                    106\n\n          Young lambs to sell!                                       150"

# Norton's Inferno ("Dante Alighieri/The Divine Comedy of Dante Alighieri: The
# Inferno.txt"): the last note ("See _Inf._ xxi. 112.", a reference itself) and the
# index of proper names (its first 22 and last 14 lines).
DANTE = "morning of Easter Sunday--that is, of the true anniversary of the\nResurrection although not of the day observed that year by the Church.\nSee _Inf._ xxi. 112.\n\n\n\n\nINDEX OF PROPER NAMES AND PRINCIPAL SUBJECTS OF THE INFERNO.\n\n  Abati, Bocca degli, xxxii. 106.\n\n  ---- Buoso, xxv. 140.\n\n  Abbagliato, xxix. 132.\n\n  Abel, iv. 56.\n\n  Abraham, iv. 58.\n\n  Absalom, xxviii. 137.\n\n  Accorso, Francis d', xv. 110.\n\n  Acheron, iii. 78, xiv. 116.\n\n  Achilles, v. 65, xii. 71, xxvi. 62, xxxi. 4.\n\n  Acquacheta, xvi. 97.\n\n  Acre, xxvii. 89.\n\n  Adam, iii. 115, iv. 55.\n\n  ---- Master, xxx. 61, etc.\n\n  Adige, xii. 5.\n\n  Ægina, xxix. 58.\n\n  Æneas, ii. 32, iv. 122, xxvi. 93.\n\n  Æsop, xxiii. 4.\n\n  Agnello Brunelleschi, xxv. 68.\n\n  Ahithophel, xxviii. 138.\n\n  Alardo, xxviii. 18.\n\n  Alberigo, Friar, xxxiii. 118.\n\n    And elsewhere in the _Inferno_ mentioned by name, though usually\n\n    by some title, as, _e.g._ Master, Leader, or Lord.\n\n  Viso, Monte, xvi. 95.\n\n  Vitaliano, xvii. 68.\n\n  Volto, the Santo, xxi. 48.\n\n  Wain, Charles's, xi. 114.\n\n  Wanton, the, v.\n\n  Whites, the party of the, vi. 65, xxiv. 150.\n\n  Witches and wizards, xx.\n\n  Wolf, i. 49.\n\n  Wrathful, the, vii. 110.\n\n  Zanche, Michael, xxii. 88, xxxiii. 144.\n\n  Zeno, iv. 138.\n\n  Zita, Santa, xxi. 38."


def _raw(end: str, lead: str = _LEAD) -> str:
    return _HEADER.format("A Book") + lead + end + _FOOTER.format("A Book")


def test_index_of_first_lines_cut_and_counted():
    """index_at_the_end: the index of first lines goes, "THE END" under it stays."""
    raw = normalize_text(_raw(RHYMES + "\n\n\nTHE END\n"))
    edits = find_boilerplate(raw)
    cut = [e for e in edits if e.rule == "book_index"]
    assert len(cut) == 1
    assert raw[cut[0].start :].lstrip().startswith("[Illustration: Index of First Lines]")
    assert raw[: cut[0].end].endswith("Young lambs to sell! 150")
    assert removed_by_rule(edits)["book_index"] == cut[0].end - cut[0].start
    text = clean_text(raw).text
    assert "A CARRION crow" not in text and "Young lambs to sell" not in text
    assert text.rstrip().endswith("THE END")


def test_index_heading_is_the_top_of_the_cut():
    """index_heading_top: the walk up stops at "INDEX OF PROPER NAMES ..."; the note
    above it, which ends in a reference too, stays."""
    text = clean_text(normalize_text(_raw(DANTE))).text
    assert "INDEX OF PROPER NAMES" not in text and "Zita, Santa" not in text
    assert "Abati, Bocca degli" not in text
    assert text.rstrip().endswith("See _Inf._ xxi. 112.") or "xxi. 112." in text[-40:]


def test_book_that_is_an_index_stays():
    """index_at_the_end guard: an index in the body's first half (a short lead) stays."""
    text = clean_text(normalize_text(_raw(DANTE, lead="A short note.\n\n"))).text
    assert "Zita, Santa, xxi. 38." in text and "Abati, Bocca degli, xxxii. 106." in text


def test_book_index_rule_can_be_turned_off():
    """book_index is a rule name of BoilerplateConfig: left out, the index stays."""
    from transforms.boilerplate import RULES, BoilerplateConfig

    config = BoilerplateConfig(rules=tuple(r for r in RULES if r != "book_index"))
    edits = find_boilerplate(normalize_text(_raw(RHYMES)), config)
    assert "book_index" not in removed_by_rule(edits)


def test_a_list_in_page_order_at_the_end_is_no_index():
    """index_at_the_end's alphabetical guard (review, session 32): a list of
    illustrations or a table of figures ending in page numbers, in the book's order."""
    titles = [
        "The Ship at Sea",
        "Morning on the Quay",
        "Dinner at the Inn",
        "Bob and the Dog",
        "A Storm Breaks",
        "Landing Party",
        "Captain Hale",
        "Old Mill at Dawn",
    ]
    lines = "\n\n".join(f"  {titles[k % 8]} {k}, {10 + 7 * k}" for k in range(40))
    raw = normalize_text(_raw("LIST OF ILLUSTRATIONS\n\n" + lines + "\n\n\nTHE END\n"))
    assert "book_index" not in removed_by_rule(find_boilerplate(raw))


def test_index_other_lines_at_most_a_third_of_entries():
    """index_at_the_end's "other lines at most one in three" guard (session 32, wtC2):
    Inferno index entries each followed by a line of prose (a commentary in alphabetical
    order, more text than references) stay; the same entries alone are cut."""
    lines = [ln.strip() for ln in DANTE.split("INFERNO.\n\n")[1].split("\n\n")]
    entries = [e for e in lines if e[-2:-1].isdigit()]
    assert len(entries) >= 30
    prose = "Of him the poet tells at length in the canto named."
    notes = "\n".join(f"  {e}\n  {prose}" for e in entries)
    kept = normalize_text(_raw("\n\n\n\n\nNOTES.\n\n" + notes + "\n\n\nTHE END\n"))
    assert "book_index" not in removed_by_rule(find_boilerplate(kept))
    bare = "\n".join(f"  {e}" for e in entries)
    cut = normalize_text(_raw("\n\n\n\n\nNOTES.\n\n" + bare + "\n\n\nTHE END\n"))
    assert "book_index" in removed_by_rule(find_boilerplate(cut))
