"""Review of session 53, branch wtD: clause ordinal_letter_parts' guard in
transforms.heading_confirmation (``c.series not in PIECE_SERIES``): a tale's letters ("FIRST
LETTER" .. ) are no evidence of numbered chapters, so a collection's tale titles in capitals
still stand by their layout.

No real book holds a tale in letters among tale titles only their layout confirms (Garnett's A
Lear of the Steppes, etc. lists them in its contents), so the excerpt is built from real lines of
two test files, byte for byte: en_gutenberg_andersen_moon_introduction_s53.txt lines 13-28 (THE
MONEY-BOX, its first and last lines), three blank lines, en_gutenberg_turgenev_faust_letters_s53
.txt lines 58-135 (FAUST / A STORY IN NINE LETTERS / FIRST .. THIRD LETTER, the letters' end),
then the Moon file from "THE NEIGHBOURING FAMILIES" on.
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").split("\n")


def test_letters_leave_tale_titles_to_their_layout():
    """With the letters counted as numbered chapters the layout rule is off: THE NEIGHBOURING
    FAMILIES is no heading and the third letter holds the next tale."""
    moon = _lines("en_gutenberg_andersen_moon_introduction_s53.txt")
    faust = _lines("en_gutenberg_turgenev_faust_letters_s53.txt")
    assert moon[12] == "THE MONEY-BOX" and faust[57] == "FAUST"
    nb = moon.index("THE NEIGHBOURING FAMILIES")
    raw = "\n".join(moon[12:28] + ["", "", ""] + faust[57:135] + moon[nb:]) + "\n"
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    got = [(s.level, " ".join(s.title.split()[:2])) for s in sections if s.level > 0]
    assert got == [
        (1, "FIRST LETTER"),
        (1, "SECOND LETTER"),
        (1, "THIRD LETTER"),
        (1, "THE NEIGHBOURING"),
    ]
    third = next(s for s in sections if s.title.startswith("THIRD LETTER"))
    body = text[third.start : third.end]
    assert "good-bye!--Yours, P. B." in body
    assert "NEIGHBOURING" not in body
