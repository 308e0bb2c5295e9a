"""Session 56 (branch wtE): rule poem_title_over_stanza (transforms.poem_titles,
transforms.poem_title_lines): clause scene_set_line (new) and the two guards of clause
bracketed_headnote (session 55) that no test pinned.

Real text, byte for byte (CRLF kept), from the rcdm-uga Gutenberg mirror:
- tests/data/en_gutenberg_milton_poetical_mask_scene_s56.txt: lines 2393-2416 of "Milton,
  John/The Poetical Works of John Milton.txt" ("A MASK PRESENTED At LUDLOW-Castle, 1634. &c.",
  its persons, "The first Scene discovers a wilde Wood.", the Spirit's first lines);
- tests/data/en_gutenberg_milton_poetical_samson_scene_s56.txt: lines 18612-18632 of the same
  file (Samson Agonistes: "The Persons", "The Scene before the Prison in Gaza.", Samson's first
  lines). In the whole book base56 made each scene line a section holding its work's text;
- tests/data/en_gutenberg_hardy_past_present_rome_s55.txt (session 55): Hardy's LAUSANNE note;
- tests/data/en_gutenberg_conrad_one_day_more_despair_s56.txt: lines 1176-1183 of "Conrad,
  Joseph/One Day More: A Play In One Act.txt";
- tests/data/en_gutenberg_goethe_faust_prison_walls_s56.txt: lines 2312-2322 of "Goethe,
  Johann Wolfgang von/Faust: A Lyric Drama in Five Acts.txt".
The cleaner joins Conrad's and Goethe's bracketed paragraphs into one line each, so their
blocks are read as the file sets them (one line of the file, one line of the block): the
guards decide such blocks where a book keeps its lines."""

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.poem_title_lines import _SCENE_SET, _stanza, _title_like
from transforms.poem_titles import _headnote

DATA = Path(__file__).resolve().parents[1] / "data"


def _raw_lines(name: str) -> list[str]:
    return [t.strip() for t in (DATA / name).read_bytes().decode("utf-8").split("\r\n")]


def _clean_lines(name: str) -> list[str]:
    raw = (DATA / name).read_bytes().decode("utf-8")
    return clean_text(normalize_text(raw), CleanConfig()).text.split("\n")


def _block(texts: list[str], first: str) -> tuple[int, int]:
    """The block of lines (up to a blank line) that opens with the line ``first``."""
    a = next(i for i, t in enumerate(texts) if t.strip().startswith(first))
    b = a
    while b < len(texts) and texts[b].strip():
        b += 1
    return a, b


def test_scene_lines_are_no_titles():
    """Milton's two scene lines are stage directions, no poem titles (fails with clause
    scene_set_line off); the work's title and its cast heading over them still may be."""
    mask = [t.strip() for t in _clean_lines("en_gutenberg_milton_poetical_mask_scene_s56.txt")]
    samson = [t.strip() for t in _clean_lines("en_gutenberg_milton_poetical_samson_scene_s56.txt")]
    assert "The first Scene discovers a wilde Wood." in mask
    assert "The Scene before the Prison in Gaza." in samson
    assert not _title_like("The first Scene discovers a wilde Wood.")
    assert not _title_like("The Scene before the Prison in Gaza.")
    assert _title_like("A MASK PRESENTED At LUDLOW-Castle, 1634. &c.")
    assert _title_like("The Persons")
    assert [t for t in mask + samson if t and _SCENE_SET.match(t)] == [
        "The first Scene discovers a wilde Wood.",
        "The Scene before the Prison in Gaza.",
    ]


def test_scene_set_pattern_spares_titles_naming_a_scene():
    """Lines of the mirrors' books: scene settings match, titles naming a scene do not
    ("The Scene of the Crime", "The Closing Scene.", "The Balcony Scene", "Scene II.")."""
    settings = [
        "The Scene is laid in Edinburgh.  The Time is towards the close of the",
        "The Scene changes to a stately palace, set out with all manner of",
        "Scene: - Britain.",
        "Scene; the plain of Enna, in Sicily.",
        "Scene, a padded room in a mad-house in the United States.",
    ]
    titles = ["The Scene of the Crime", "The Closing Scene.", "The Balcony Scene", "Scene II.",
              "Scene II. Cyprus. A Room in the Castle.", "The Rural Scene,", "SCENE I."]  # fmt: skip
    assert all(_SCENE_SET.match(t) for t in settings)
    assert not any(_SCENE_SET.match(t) for t in titles)


def test_hardy_note_is_a_headnote():
    """Hardy's two-line note under LAUSANNE, as the cleaner leaves it, is one."""
    texts = _clean_lines("en_gutenberg_hardy_past_present_rome_s55.txt")
    a, b = _block(texts, "(The 110")
    assert b - a == 2 and not _stanza(texts, a, b)
    assert _headnote(texts, a, b, False)


def test_speech_between_two_directions_is_no_headnote():
    """Conrad's "(_With despair_) There is no to-morrow! (_Sinks to ground near middle" /
    "railings. Low sobs_)": two lines, the first opens and ends in brackets, the last closes
    one: a speech between two stage directions, no note (fails with the guard that no line
    before the last closes a bracket off)."""
    texts = _raw_lines("en_gutenberg_conrad_one_day_more_despair_s56.txt")
    a, b = _block(texts, "(_With despair_)")
    assert b - a == 2 and texts[b - 1].endswith(")") and not _stanza(texts, a, b)
    assert not _headnote(texts, a, b, False)
    # the same two lines less the speaker's first direction would be read as one note
    assert _headnote(["(" + texts[a].split("! (", 1)[1], texts[a + 1]], 0, 2, False)


def test_four_line_direction_is_no_headnote():
    """Goethe's closing direction in four lines "(The prison walls open. ..." / ... / "shining
    sword of an archangel.)": no note (fails with the 2-3 line bound raised to 4 or more); its
    last three lines in brackets are within the bound."""
    texts = _raw_lines("en_gutenberg_goethe_faust_prison_walls_s56.txt")
    a, b = _block(texts, "(The prison walls open.")
    assert b - a == 4 and not _stanza(texts, a, b)
    assert not any(")" in t for t in texts[a : b - 1])
    assert not _headnote(texts, a, b, False)
    three = ["(" + texts[a + 1]] + texts[a + 2 : b]
    assert _headnote(three, 0, 3, False)
    assert not _headnote(three, 0, 3, True)  # a stanza in brackets stays verse


def test_dated_title_under_heading_heads_its_poem():
    """Hardy's "GENOA AND THE MEDITERRANEAN" / "(March, 1887)" right under the part's heading
    "POEMS OF PILGRIMAGE" heads its poem (clause dated_title_under_heading; base56 read it as
    the heading's label, the excerpt lost every poem title: fails with the clause off).
    Real text: tests/data/en_gutenberg_hardy_past_present_genoa_s56.txt, lines 760-1037 of
    "Hardy, Thomas/Poems of the Past and the Present.txt". SHELLEY'S SKYLARK and IN THE OLD
    THEATRE, FIESOLE are still no headings: their poems sit in GENOA's section."""
    from transforms.sections import find_sections

    raw = (DATA / "en_gutenberg_hardy_past_present_genoa_s56.txt").read_bytes().decode("utf-8")
    text = clean_text(normalize_text(raw), CleanConfig()).text
    sections = find_sections(text)[0]
    titles = [s.title for s in sections]
    assert titles == [
        "",
        "POEMS OF PILGRIMAGE",
        "GENOA AND THE MEDITERRANEAN (March, 1887)",
        "ROME: ON THE PALATINE (April, 1887)",
        "ROME BUILDING A NEW STREET IN THE ANCIENT QUARTER (April, 1887)",
        "ROME THE VATICAN—SALA DELLE MUSE (1887)",
        "ROME AT THE PYRAMID OF CESTIUS NEAR THE GRAVES OF SHELLEY AND KEATS (1887)",
        "LAUSANNE IN GIBBON’S OLD GARDEN: 11–12 P.M. June 27, 1897",
        "ZERMATT TO THE MATTERHORN (June-July, 1897)",
    ]
    assert sections[1].end - sections[1].start < 30  # the heading alone
    genoa = sections[2]
    body = text[genoa.start : genoa.end]
    assert body.startswith("GENOA AND THE MEDITERRANEAN")
    assert "O EPIC-FAMED, god-haunted Central Sea," in body
    assert "in pilgrimage to thee." in body
    assert all(s.end == t.start for s, t in zip(sections, sections[1:], strict=False))
