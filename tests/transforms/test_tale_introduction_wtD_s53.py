"""Clause introduction_of_pieces (transforms.english_parts), session 53, branch wtD: a tale's
own INTRODUCTION, right under the tale's title and over its first evening, is the tale's
first piece, not a heading beside the tale.

en_gutenberg_andersen_moon_introduction_s53.txt: rcdm-uga/Gutenberg_Text, "Andersen, H. C.
(Hans Christian)/Fairy Tales of Hans Christian Andersen.txt", byte for byte: lines 34-35
(CONTENTS), 105-110 (its entries The Money-box .. There is no Doubt about it), 17131-17144
(THE MONEY-BOX and its first paragraph), a blank line, 17214-17221 (its last lines), then
en_gutenberg_andersen_moon_evenings_s52.txt (session 52: WHAT THE MOON SAW / INTRODUCTION,
the first three evenings, THE NEIGHBOURING FAMILIES).
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
        (1, "THIRD EVENING"),
        (1, "THE NEIGHBOURING FAMILIES"),
    ]


# Clause ordinal_letter_parts (transforms.ordinal_divisions).
# en_gutenberg_turgenev_faust_letters_s53.txt: rcdm-uga/Gutenberg_Text, "Garnett, Constance/A
# Lear of the Steppes, etc..txt", byte for byte, joined by blank lines: lines 323-336 (CONTENTS),
# 3612-3650 (the end of A LEAR OF THE STEPPES; FAUST / A STORY IN NINE LETTERS / FIRST LETTER),
# 3815-3835 (SECOND LETTER), 4068-4086 (THIRD LETTER), 5341-5375 (the end of the ninth letter,
# ACIA).
FAUST = "en_gutenberg_turgenev_faust_letters_s53.txt"


def test_faust_letters_under_the_tale():
    """Before the clause FAUST held its first letter, and the second and third stood beside FAUST
    as lines in capitals (in the whole book: no letter was a heading, FAUST one section of
    87,820 characters)."""
    text, sections = _sections((DATA / FAUST).read_text(encoding="utf-8"))
    got = [
        (s.level, s.title.split(" ", 2)[0] + " " + s.title.split(" ", 2)[1]) for s in sections[2:-1]
    ]
    assert [s.title for s in sections[1:2]] == ["FAUST"]
    assert got == [(2, "FIRST LETTER"), (2, "SECOND LETTER"), (2, "THIRD LETTER")]
    assert (sections[-1].level, sections[-1].title) == (1, "ACIA")
    first = sections[2]
    assert "I have been here for three days" in text[first.start : first.end]
    assert "Yours, P. B." in text[first.start : first.end]  # its close, above SECOND LETTER


def test_letter_line_forms():
    from transforms.ordinal_divisions import PIECE_RANK, ordinal_piece

    def value(line):
        got = ordinal_piece(line, 0, 0, len(line))
        return (got[0].series, got[0].value, got[0].rank) if got else None

    assert value("NINTH LETTER") == ("ord:letter", 9, PIECE_RANK)
    assert value("THE FIRST LETTER.") == ("ord:letter", 1, PIECE_RANK)
    for line in ("LETTER II", "LETTER THE FIRST", "A LETTER", "THE LETTER", "First Letter"):
        assert value(line) is None, line  # other rules' lines, or no ordinal
