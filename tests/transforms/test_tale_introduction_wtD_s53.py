"""Clause introduction_of_pieces (transforms.english_parts), session 53, branch wtD: a tale's
own INTRODUCTION, right under the tale's title and over its first evening, is the tale's
first piece, not a heading beside the tale.

en_gutenberg_andersen_moon_introduction_s53.txt: rcdm-uga/Gutenberg_Text, "Andersen, H. C.
(Hans Christian)/Fairy Tales of Hans Christian Andersen.txt", byte for byte, pieces joined by a
blank line: lines 34-35 (CONTENTS), 105-110 (its entries The Money-box .. There is no Doubt
about it), 17131-17144 (THE MONEY-BOX and its first paragraph), 17214-17294 (its last lines;
WHAT THE MOON SAW / INTRODUCTION, whole; FIRST EVENING), 17297-17305, 17325-17339 (SECOND,
THIRD EVENING), 18527-18549 (THE NEIGHBOURING FAMILIES).
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"
MOON = "en_gutenberg_andersen_moon_introduction_s53.txt"


def _sections(raw: str):
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start
    return text, sections


def test_moon_introduction_under_the_tale():
    """Before the clause INTRODUCTION stood at level 1 beside WHAT THE MOON SAW (a 19-character
    section) and held the evenings."""
    text, sections = _sections((DATA / MOON).read_text(encoding="utf-8"))
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "THE MONEY-BOX"),
        (1, "WHAT THE MOON SAW"),
        (2, "INTRODUCTION"),
        (2, "FIRST EVENING"),
        (2, "SECOND EVENING"),
        (2, "THIRD EVENING"),
        (1, "THE NEIGHBOURING FAMILIES"),
    ]
    intro = sections[3]
    body = text[intro.start : intro.end]
    assert body.startswith("INTRODUCTION") and "It is a strange thing" in body
    assert "Last night" not in body  # the first evening is its own piece


def test_introduction_with_text_above_stays_named():
    """Guard: text between the tale's title and the INTRODUCTION (here a line of the tale's own
    first paragraph moved up) and the INTRODUCTION is no piece: it stays a named heading."""
    raw = (DATA / MOON).read_text(encoding="utf-8")
    line = "It is a strange thing, when I feel most fervently and most deeply,\n"
    moved = raw.replace("WHAT THE MOON SAW\n\nINTRODUCTION\n\n" + line,
                        "WHAT THE MOON SAW\n\n" + line + "\nINTRODUCTION\n\n")  # fmt: skip
    assert moved != raw
    _, sections = _sections(moved)
    levels = {s.title: s.level for s in sections}
    assert levels["INTRODUCTION"] == 1
    assert levels["FIRST EVENING"] == 2


def test_series_without_its_first_piece_stays_capitals():
    """Clause pieces_open_their_parent: evenings from the second on (the first cut out) are no
    series of pieces; they are lines in capitals as before session 52 (SECOND EVENING under
    INTRODUCTION's text, THIRD EVENING by its layout), and INTRODUCTION stays named."""
    raw = (DATA / MOON).read_text(encoding="utf-8")
    start = raw.index("FIRST EVENING")
    cut = raw[:start] + raw[raw.index("SECOND EVENING") :]
    _, sections = _sections(cut)
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "THE MONEY-BOX"),
        (1, "WHAT THE MOON SAW"),
        (1, "INTRODUCTION"),
        (1, "THE NEIGHBOURING FAMILIES"),
    ]


# Clauses ordinal_letter_parts (transforms.ordinal_divisions), pieces_rank_as_chapters and
# pieces_open_their_parent (transforms.english_parts). Excerpts of rcdm-uga/Gutenberg_Text,
# byte for byte, pieces joined by a blank line:
# - en_gutenberg_turgenev_faust_letters_s53.txt: "Garnett, Constance/A Lear of the Steppes,
#   etc..txt" lines 323-336 (CONTENTS), 3422-3434 (XXX), 3500-3512 (XXXI), 3612-3650 (the end
#   of A LEAR OF THE STEPPES; FAUST / A STORY IN NINE LETTERS / FIRST LETTER), 3815-3835
#   (SECOND LETTER), 4068-4086 (THIRD LETTER), 5341-5375 (the end of the ninth letter; ACIA;
#   I), 5460-5474 (II).
# - en_gutenberg_verne_master_letters_s53.txt: "Verne, Jules/The Master of the World.txt" lines
#   1300-1312 (Chapter 5), 1598-1618 (Chapter 6 / THE FIRST LETTER), 2460-2480 (Chapter 9 /
#   THE SECOND LETTER), 2505-2522 (Chapter 10).
# - en_gutenberg_dumas_mary_stuart_letters_s53.txt: "Dumas, Alexandre/Mary Stuart<CR>Celebrated
#   Crimes.txt" lines 1164-1180 (CHAPTER III), 1285-1306 (FIRST LETTER), 1500-1512 (SECOND
#   LETTER), 1525-1540 (THIRD LETTER), 1590-1600 (the chapter's narrative after the letters),
#   1977-1992 (CHAPTER IV).
FAUST = "en_gutenberg_turgenev_faust_letters_s53.txt"


def _got(name: str):
    text, sections = _sections((DATA / name).read_text(encoding="utf-8"))
    return text, sections, [(s.level, s.title) for s in sections if s.level > 0]


def test_faust_letters_under_the_tale_beside_numbered_chapters():
    """Before ordinal_letter_parts FAUST held all its letters (in the whole book one section of
    87,820 characters). Without pieces_rank_as_chapters the other tales' chapters XXX, XXXI, I,
    II (bare numerals, 40) fell to level 3, below the letters (38)."""
    text, sections, got = _got(FAUST)
    short = [(lv, " ".join(t.split()[:2])) for lv, t in got]
    assert short == [
        (2, "XXX"),
        (2, "XXXI"),
        (1, "FAUST"),
        (2, "FIRST LETTER"),
        (2, "SECOND LETTER"),
        (2, "THIRD LETTER"),
        (1, "ACIA"),
        (1, "ACIA"),
        (2, "I"),
        (2, "II"),
    ]
    first = next(s for s in sections if s.title.startswith("FIRST LETTER"))
    assert "I have been here for three days" in text[first.start : first.end]
    assert "Yours, P. B." in text[first.start : first.end]  # its close, above SECOND LETTER


def test_letter_line_under_a_chapter_number_is_its_title():
    """Clause pieces_open_their_parent: "Chapter 6" / "THE FIRST LETTER" is one chapter heading
    with its title (as before), not a chapter of 11 characters over a letter."""
    _, _, got = _got("en_gutenberg_verne_master_letters_s53.txt")
    assert got == [
        (1, "Chapter 5 ALONG THE SHORES OF NEW ENGLAND"),
        (1, "Chapter 6 THE FIRST LETTER"),
        (1, "Chapter 9 THE SECOND LETTER"),
        (1, "Chapter 10 OUTSIDE THE LAW"),
    ]


def test_letters_quoted_inside_a_chapter_do_not_divide_it():
    """Clause pieces_open_their_parent: Dumas quotes three letters well into CHAPTER III and
    goes on with the chapter after them; as pieces the third letter took the chapter's rest."""
    text, sections, got = _got("en_gutenberg_dumas_mary_stuart_letters_s53.txt")
    assert got == [(1, "CHAPTER III"), (1, "CHAPTER IV")]
    third = next(s for s in sections if s.title == "CHAPTER III")
    chapter = text[third.start : third.end]
    assert "FIRST LETTER" in chapter and "THIRD LETTER" in chapter
    assert "Arrived there, she gave orders" in chapter


def test_letter_line_forms():
    from transforms.ordinal_divisions import PIECE_RANK, ordinal_piece

    def value(line):
        got = ordinal_piece(line, 0, 0, len(line))
        return (got[0].series, got[0].value, got[0].rank) if got else None

    assert value("NINTH LETTER") == ("ord:letter", 9, PIECE_RANK)
    assert value("THE FIRST LETTER.") == ("ord:letter", 1, PIECE_RANK)
    for line in ("LETTER II", "LETTER THE FIRST", "A LETTER", "THE LETTER", "First Letter"):
        assert value(line) is None, line  # other rules' lines, or no ordinal
