"""Session 47 (branch wtE), books of poems left by session 46: one poem's part run
closes at its end (rule poem_part_run, clause part_run_closes_at_title,
transforms.poem_part_runs), a title over its dated line (clause dated_span_line,
transforms.poem_title_lines), the book's half-title over its first poem (clause
half_title_over_poem, transforms.poem_titles), a part's label no title's peer (clause
label_peers_apart, transforms.poem_title_parts). Real text: lines of the Gutenberg mirror's
books after cleaning (Lang's Blue Poetry Book, Hardy's Satires of Circumstance, Hugo's
La Légende des Siècles), stanzas cut short, or the books' headings as found (titles,
kinds, ranks). Each clause's test fails on base47; the guards pass on both."""

from tests.transforms.test_poem_titles44 import LONG, _spans
from tests.transforms.test_poem_titles46 import HARDY as HARDY46
from tests.transforms.test_poem_titles46 import MARINER
from tests.transforms.test_poem_titles46 import PEERS as PEERS46
from transforms import sections as sec
from transforms.section_paths import section_paths
from transforms.sections import Heading


def _paths_of(sections):
    return {s.title: p for s, p in zip(sections, section_paths(sections), strict=True)}


def _paths(text):
    return _paths_of(sec.find_sections(text)[0])


def _heads(rows):
    """Headings at the offsets of one line each, with text between (as found in a book)."""
    out, at = [], 0
    for title, kind, rank in rows:
        out.append(Heading(at, at + len(title), title, kind, rank))
        at += len(title) + len("\n\n text\n\n") + 1
    text = "".join(f"{t}\n\n text\n\n\n" for t, _, _ in rows)
    return text, out


def _found(monkeypatch, rows):
    """(headings, sections) of the public structure path, ``sec.find_sections``, over the
    text of ``rows`` with the headings as found in the book set in at the stage before rule
    poem_part_run (clause work_title_page's ``_named_among_numbers``), so the rules after it
    run as on the book: the books' own text finds them only whole (a cut of the Blue Poetry
    Book's 25,000 characters around the Mariner reads none of its titles)."""
    text, heads = _heads(rows)
    monkeypatch.setattr(sec, "_named_among_numbers", lambda _: list(heads))
    sections, found = sec.find_sections(text)
    return heads, found, sections


# The Blue Poetry Book's headings as found on the cleaned book (start 204422 to 229104):
# poems' titles rule caps ranks 19, the Mariner's parts rule keyword ranks 9, Poe's
# "THE HAUNTED PALACE" over its numbered parts.
BLUE = [
    ("THE BATTLE OF NASEBY", "caps", 19),
    ("ROSABELLE", "caps", 19),
    ("SPRING", "caps", 19),
    ("THE RIME OF THE ANCIENT MARINER", "caps", 19),
    ("PART I", "keyword", 9),
    ("PART II", "keyword", 9),
    ("PART III", "keyword", 9),
    ("PART VI First Voice", "keyword", 9),
    ("PART VII", "keyword", 9),
    ("S. T. COLERIDGE.", "caps", 19),
    ("THE HAUNTED PALACE", "caps", 19),
    ("I", "numeral", 40),
    ("II", "numeral", 40),
    ("THE BARD", "caps", 19),
]


def test_part_run_closes_at_the_poems_end(monkeypatch):
    """Clause part_run_closes_at_title: the Mariner's PARTs rank under its title (19 + 1);
    the poems after it are no longer under "PART VII" (base47: "PART VII > THE HAUNTED
    PALACE", 37 poems of the book so)."""
    _, found, sections = _found(monkeypatch, BLUE)
    assert [h.rank for h in found] == [19, 19, 19, 19, 20, 20, 20, 20, 20, 19, 19, 40, 40, 19]
    paths = _paths_of(sections)
    assert paths["PART VII"] == ["THE RIME OF THE ANCIENT MARINER", "PART VII"]
    assert paths["THE HAUNTED PALACE"] == ["THE HAUNTED PALACE"]
    assert paths["II"] == ["THE HAUNTED PALACE", "II"]
    assert paths["THE BARD"] == ["THE BARD"]


# Milton's Poetical Works as found: poems' titles (rule poem_title_over_stanza, rank 20),
# "The Hymn." over its numbered stanzas, Paradise Lost's BOOKs (rule keyword, rank 9).
MILTON = [
    ("ON THE DEATH OF A FAIR INFANT DYING OF A COUGH.", "poem", 20),
    ("AT A VACATION EXERCISE IN THE COLLEDGE,", "poem", 20),
    ("ON THE MORNING OF CHRISTS NATIVITY.", "poem", 20),
    ("The Hymn.", "poem", 20),
    ("I", "numeral", 40),
    ("II", "numeral", 40),
    ("PARADISE LOST.", "poem", 20),
    ("BOOK I.", "keyword", 9),
    ("BOOK II. THE ARGUMENT.", "keyword", 9),
    ("PARADISE REGAIN'D.", "poem", 20),
    ("The First Book.", "poem", 20),
]


def test_part_run_a_poems_part_off_the_ladder(monkeypatch):
    """The run's parts are a poem's parts (kind "poem", clause poem_parts_off_ladder of
    ``sections_from_headings``): "BOOK I." one level under "PARADISE LOST.", and "The
    Hymn."'s stanzas still one under theirs, not two (with the parts on the ladder of
    kinds, every numeral sat under their level: "The Hymn." at 1, "I" at 3; Milton 63
    such, Hardy 77, Poe 8). Base47: "PARADISE REGAIN'D." under "BOOK II."."""
    _, found, sections = _found(monkeypatch, MILTON)
    level = {s.title: s.level for s in sections}
    paths = _paths_of(sections)
    assert paths["BOOK I."] == ["PARADISE LOST.", "BOOK I."]
    assert paths["PARADISE REGAIN'D."] == ["PARADISE REGAIN'D."]
    assert (level["The Hymn."], level["II"]) == (1, 2)
    assert (level["PARADISE LOST."], level["BOOK I."]) == (1, 2)


def test_part_run_closes_at_the_poems_end_in_text():
    """The same on the book's text: test 44's poems (LONG), then the Mariner's title, PART
    I and PART II and Poe's "THE HAUNTED PALACE" (test 46's MARINER, stanzas cut short;
    its subtitle line "IN SEVEN PARTS" left out: in so short a cut the title is found only
    without it, where in the whole book rule caps finds it). Base47: "PART II > THE
    HAUNTED PALACE"."""
    paths = _paths(LONG + MARINER.replace("\n\nIN SEVEN PARTS\n", ""))
    assert paths["PART II"] == ["THE RIME OF THE ANCIENT MARINER", "PART II"]
    assert paths["THE HAUNTED PALACE"] == ["THE HAUNTED PALACE"]


def _unchanged(monkeypatch, rows):
    heads, found, _ = _found(monkeypatch, rows)
    return [(h.title, h.rank) for h in found] == [(h.title, h.rank) for h in heads]


def test_book_parts_over_their_titles_stay(monkeypatch):
    """Guard: a run whose rank other headings hold too ("PART III" later, over titles of
    its own) is the book's division: unchanged."""
    rows = BLUE + [("PART VIII", "keyword", 9), ("THE LAST", "caps", 19)]
    assert _unchanged(monkeypatch, rows)


def test_parts_under_a_lone_title_stay(monkeypatch):
    """Guards: fewer than MIN_SERIES titles before the one over the run (a novel's title
    over its parts, then a last heading in capitals); a run followed by a chapter, not a
    title; a title ranked as the parts or above; named front matter over the run."""
    lone = [("THE STORY", "caps", 19), ("PART I", "keyword", 9), ("PART II", "keyword", 9),
            ("THE END", "caps", 19)]  # fmt: skip
    assert _unchanged(monkeypatch, [("PREFACE", "caps", 19)] + lone)
    assert _unchanged(monkeypatch, BLUE[:9] + [("CHAPTER I", "keyword", 20)] + BLUE[10:])
    named = [(t, "named" if t.startswith("THE RIME") else k, r) for t, k, r in BLUE]
    assert _unchanged(monkeypatch, named)
    assert _unchanged(monkeypatch, [(t, k, 9 if k == "caps" else r) for t, k, r in BLUE])


def test_part_run_that_ends_the_book_stays(monkeypatch):
    """Guard: a run with no heading after it (the Blue Poetry Book's headings cut at the
    Mariner's last part) closes at no title: unchanged, and no error."""
    assert _unchanged(monkeypatch, BLUE[:9])


# Hardy's Satires of Circumstance ("POEMS OF 1912-13"): five poems as the book sets them
# (three blank lines above each), stanzas cut short; "BEENY CLIFF" over its dates.
HARDY = """



A DREAM OR NO


 WHY go to Saint-Juliot? What’s Juliot to me?
 I was but made fancy
 By some necromancy
 That much of my life claims the spot as its key.

 Yes. I have had dreams of that place in the West,
 And a maiden abiding
 Thereat as in hiding;
 Fair-eyed and white-shouldered, broad-browed and brown-tressed.



AFTER A JOURNEY


 HERETO I come to interview a ghost;
 Whither, O whither will its whim now draw me?
 Up the cliff, down, till I’m lonely, lost,
 And the unseen waters’ ejaculations awe me.
 Where you will next be there’s no knowing,
 Facing round about me everywhere,
 With your nut-coloured hair,
 And gray eyes, and rose-flush coming and going.

 Yes: I have re-entered your olden haunts at last;
 Through the years, through the dead scenes I have tracked you;
 What have you now found to say of our past—
 Viewed across the dark space wherein I have lacked you?
 Summer gave us sweets, but autumn wrought division?
 Things were not lastly as firstly well
 With us twain, you tell?
 But all’s closed now, despite Time’s derision.



A DEATH-DAY RECALLED


 BEENY did not quiver,
 Juliot grew not gray,
 Thin Valency’s river
 Held its wonted way.
 Bos seemed not to utter
 Dimmest note of dirge,
 Targan mouth a mutter
 To its creamy surge.

 Yet though these, unheeding,
 Listless, passed the hour
 Of her spirit’s speeding,
 She had, in her flower,
 Sought and loved the places—
 Much and often pined
 For their lonely faces
 When in towns confined.



BEENY CLIFF
March 1870—March 1913


 I

 O THE opal and the sapphire of that wandering western sea,
 And the woman riding high above with bright hair flapping free—
 The woman whom I loved so, and who loyally loved me.

 II

 The pale mews plained below us, and the waves seemed far away
 In a nether sky, engrossed in saying their ceaseless babbling say,
 As we laughed light-heartedly aloft on that clear-sunned March day.



AT CASTLE BOTEREL


 As I drive to the junction of lane and highway,
 And the drizzle bedrenches the waggonette,
 I look behind at the fading byway,
 And see on its slope, now glistening wet,
 Distinctly yet

 Myself and a girlish form benighted
 In dry March weather. We climb the road
 Beside a chaise. We had just alighted
 To ease the sturdy pony’s load
 When he sighed and slowed.



"""


def test_title_over_its_dated_line():
    """Clause dated_span_line: "BEENY CLIFF" / "March 1870—March 1913" is one title, its
    numbered parts under it (base47: no title; "I" and "II" at the top, under no poem)."""
    paths = _paths(HARDY)
    assert paths["II"] == ["BEENY CLIFF March 1870—March 1913", "II"]
    assert paths["A DEATH-DAY RECALLED"] == ["A DEATH-DAY RECALLED"]


def test_date_line_is_a_date_only():
    """Guard: a month and a year, two joined by a dash, or a year; nothing more."""
    from transforms.poem_title_lines import _DATE_LINE  # here: the file imports on base47

    for t in ("March 1870—March 1913", "June 1913", "1720", "Dec. 25, 1870", "14 July 1789"):
        assert _DATE_LINE.match(t), t
    for t in (
        "Marching 1870",
        "In March 1870",
        "The year 1870",
        "March the first",
        "1870 and after",
    ):
        assert not _DATE_LINE.match(t), t


# Hugo's La Légende des Siècles: the title page's first lines, the end of the contents,
# the half-title (its È printed E) and "LA CONSCIENCE" under four blank lines each, then
# three poems under two (stanzas cut short).
HUGO = """LA LÉGENDE DES SIÈCLES

BY VICTOR HUGO



NOTES BIBLIOGRAPHY




LA LÉGENDE DES SIECLES




LA CONSCIENCE

 Lorsque avec ses enfants vêtus de peaux de bêtes,
 Échevelé, livide au milieu des tempêtes,
 Caïn se fut enfui de devant Jéhovah,
 Comme le soir tombait, l'homme sombre arriva
 Au bas d'une montagne en une grande plaine;
 Sa femme fatiguée et ses fils hors d'haleine
 Lui dirent:--Couchons-nous sur la terre, et dormons.--
 Caïn, ne dormant pas, songeait au pied des monts
 Ayant levé la tête, au fond des cieux funèbres


PUISSANCE ÉGALE BONTÉ

 Au commencement, Dieu vit un jour dans l'espace
 Iblis venir à lui; Dieu dit:--Veux-tu ta grâce?
 --Non, dit le Mal.--Alors que me demandes-tu?
 --Dieu, répondit Iblis de ténèbres vêtu,
 Joutons à qui créera la chose la plus belle.
 L'Être dit: J'y consens.--Voici, dit le Rebelle;
 Moi, je prendrai ton oeuvre et la transformerai.
 Toi, tu féconderas ce que je t'offrirai;
 Et chacun de nous deux soufflera son génie


BOOZ ENDORMI

 Booz s'était couché de fatigue accablé;
 Il avait tout le jour travaillé dans son aire,
 Puis avait fait son lit à sa place ordinaire;
 Booz dormait auprès des boisseaux pleins de blé.

 Ce vieillard possédait des champs de blés et d'orge;
 Il était, quoique riche, à la justice enclin;
 Il n'avait pas de fange en l'eau de son moulin,
 Il n'avait pas d'enfer dans le feu de sa forge.


AU LION D'ANDROCLÈS

 La ville ressemblait à l'univers. C'était
 Cette heure où l'on dirait que toute âme se tait,
 Que tout astre s'éclipse et que le monde change.
 Rome avait étendu sa pourpre sur la fange.
 Où l'aigle avait plané, rampait le scorpion.
 Trimalcion foulait les os de Scipion.
 Rome buvait, gaie, ivre et la face rougie;
 Et l'odeur du tombeau sortait de cette orgie.
 L'amour et le bonheur, tout était effrayant.


"""


def test_half_title_over_first_poem():
    """Clause half_title_over_poem: the poem keeps its own title; the book's title set
    again over it heads nothing (base47: one section, titled "LA LÉGENDE DES SIECLES")."""
    titles = [s.title for s in sec.find_sections(HUGO)[0] if s.title]
    assert titles == ["LA CONSCIENCE"]


def test_group_over_one_poem_kept_unless_the_books_title():
    """Guard (clause group_of_one): the same line, no longer the book's first line, still
    titles the poem's section, as before."""
    text = HUGO.replace("LA LÉGENDE DES SIÈCLES", "POEMS", 1)
    titles = [s.title for s in sec.find_sections(text)[0] if s.title]
    assert titles == ["LA LÉGENDE DES SIECLES"]


# Hugo's Poems (the mirror's "Poems.txt"): the title page's first lines and the contents
# entry that names the group "LES CHANSONS DES RUES ET DES BOIS." over its one poem.
HUGO_POEMS = """POEMS

By Victor Hugo

1888



CONTENTS.

 Memoir of Victor Marie Hugo




LA VOIX DE GUERNESEY.

 Mentana--Edwin Arnold, C.S.I.




LES CHANSONS DES RUES ET DES BOIS.

 Love of the Woodland
 Shooting Stars
"""


def test_half_title_is_the_books_first_line_only():
    """Guard: only the book's first line makes a half-title; a group's line its contents
    list names first ("LES CHANSONS DES RUES ET DES BOIS.") still heads its poem (matched
    against every earlier line, Milton's "PARADISE LOST." over Marvell's "ON Paradise
    Lost." lost its twelve BOOKs to Marvell's poem, and Stevenson's "ADDITIONAL POEMS" its
    poems to "A FAMILIAR EPISTLE")."""
    from transforms.poem_titles import _half_title

    texts = (HUGO_POEMS + "\n\n\n\n\nLES CHANSONS DES RUES ET DES BOIS.").split("\n")
    assert not _half_title(texts, len(texts) - 1)
    texts = HUGO.split("\n")
    assert _half_title(texts, texts.index("LA LÉGENDE DES SIECLES"))


def test_five_titles_one_beside_the_parts_labels():
    """Clause label_peers_apart: test 46's Hardy (the part "LYRICS AND REVERIES" under
    four blank lines right over its first poem's title, "WESSEX HEIGHTS (1896)" under four
    over its verse) with "BEENY CLIFF" / its dates set in: five titles, past the few-titles
    branch, all at the rank of the book's poems, 22 (with the part's label a peer, clause
    peer_rank gave "WESSEX HEIGHTS" the part's 20, the parent of the next poems; base47:
    no "BEENY CLIFF")."""
    beeny = HARDY[HARDY.index("BEENY CLIFF") : HARDY.index("AT CASTLE")]
    text = HARDY46.replace("A KING’S SOLILOQUY", beeny + "A KING’S SOLILOQUY")
    got = _spans(text, PEERS46)
    assert [t for t, _ in got][:3] == [
        "WESSEX HEIGHTS (1896)",
        "A DEATH-DAY RECALLED",
        "BEENY CLIFF March 1870—March 1913",
    ]
    assert len(got) == 5
    assert {r for _, r in got} == {22}


def test_label_over_its_motto_no_peer():
    """Clause label_peers_apart, its motto: Hardy's part "POEMS OF 1912–13" (rule caps,
    rank 20) over its one line "Veteris vestigia flammae", under four blank lines as
    "WESSEX HEIGHTS (1896)" is, set in over "A DEATH-DAY RECALLED" (its first poem, "THE
    GOING", cut): a label, no peer; the titles stay at the poems' rank 22 (read as over its
    text, the label gave "WESSEX HEIGHTS" its rank 20: in the book, parent of eight poems)."""
    beeny = HARDY[HARDY.index("BEENY CLIFF") : HARDY.index("AT CASTLE")]
    text = HARDY46.replace("A KING’S SOLILOQUY", beeny + "A KING’S SOLILOQUY")
    label = "\nPOEMS OF 1912–13\n\n\n Veteris vestigia flammae\n\n\n\n"
    text = text.replace("A DEATH-DAY RECALLED", label + "A DEATH-DAY RECALLED")
    got = _spans(text, {**PEERS46, "POEMS OF 1912–13": 20})
    assert got[0] == ("WESSEX HEIGHTS (1896)", 22)
    assert {r for _, r in got} == {22}
