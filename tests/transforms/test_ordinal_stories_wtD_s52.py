"""Clause ordinal_story_parts (transforms.ordinal_divisions) with its guards
story_parts_not_chapters (transforms.heading_confirmation) and piece_back_to_caps
(transforms.english_parts), session 52, branch wtD: a tale's numbered stories and evenings.

Excerpts of rcdm-uga/Gutenberg_Text (Andersen, H. C.), pieces copied byte for byte and joined
by blank lines:
- en_gutenberg_andersen_snow_queen_stories_s52.txt: "Stories from Hans Andersen.txt", lines
  50-82 (the list of illustrations: _THE SNOW QUEEN_, _THE NIGHTINGALE_), 153-203 (THE SNOW
  QUEEN / A TALE IN SEVEN STORIES / FIRST STORY and its first paragraph), 206-237 (SECOND
  STORY), 408-423 (STORY THREE), 1401-1428 (THE NIGHTINGALE).
- en_gutenberg_andersen_moon_evenings_s52.txt: "Fairy Tales of Hans Christian Andersen.txt",
  lines 17222-17230 (WHAT THE MOON SAW / INTRODUCTION), 17267-17294, 17297-17305,
  17325-17339 (FIRST, SECOND, THIRD EVENING), 18527-18549 (THE NEIGHBOURING FAMILIES).
- en_gutenberg_andersen_moon_evenings_1_3_s52.txt: the same without the second evening.
- en_gutenberg_andersen_ice_maiden_snow_queen_s52.txt: "Fairy Tales of Hans Christian
  Andersen.txt", lines 9909-9919, 10141-10148, 10298-10305 (THE ICE MAIDEN, I.-III.),
  11887-11899, 29310-29320, 29362-29397, 29566-29580 (THE SNOW QUEEN, STORY THE FIRST ..
  THIRD STORY), 30545-30550; CRLF made LF.
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _sections(name: str):
    raw = (DATA / name).read_text(encoding="utf-8")
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    return text, sections


def _covers(text: str, sections) -> None:
    assert sections[0].start == 0
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start
    assert sections[-1].end == len(text)


def test_snow_queen_stories_under_the_tale():
    """Before the clause the three stories were no headings: THE SNOW QUEEN held them all."""
    text, sections = _sections("en_gutenberg_andersen_snow_queen_stories_s52.txt")
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "THE SNOW QUEEN"),
        (2, "FIRST STORY WHICH DEALS WITH A MIRROR AND ITS FRAGMENTS"),
        (2, "SECOND STORY ABOUT A LITTLE BOY AND A LITTLE GIRL"),
        (2, "STORY THREE THE GARDEN OF THE WOMAN LEARNED IN MAGIC"),
        (1, "THE NIGHTINGALE"),  # clause story_parts_not_chapters: the next tale closes them
    ]
    _covers(text, sections)
    second = sections[3]
    assert text[second.start : second.end].rstrip().endswith("the little girl's Gerda.")
    nightingale = sections[5]
    assert text[nightingale.start :].startswith("THE NIGHTINGALE")


def test_moon_evenings_counted_and_the_next_tale_kept():
    """Before: FIRST and THIRD EVENING at level 1 by their layout, SECOND EVENING none (its text
    under the first). Without story_parts_not_chapters the evenings count as chapters and THE
    NEIGHBOURING FAMILIES, a title in capitals, is lost into the third evening."""
    text, sections = _sections("en_gutenberg_andersen_moon_evenings_s52.txt")
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "INTRODUCTION"),
        (2, "FIRST EVENING"),
        (2, "SECOND EVENING"),
        (2, "THIRD EVENING"),
        (1, "THE NEIGHBOURING FAMILIES"),
    ]
    _covers(text, sections)
    second = sections[3]
    assert text[second.start : second.end].split("\n", 1)[1].lstrip().startswith('"Yesterday,"')


def test_evenings_that_do_not_count_on_stay_lines_in_capitals():
    """Clause piece_back_to_caps: FIRST and THIRD EVENING with no second are no series; they stay
    what they were before the clause (lines in capitals the layout confirms), not lost."""
    text, sections = _sections("en_gutenberg_andersen_moon_evenings_1_3_s52.txt")
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "INTRODUCTION"),
        (1, "FIRST EVENING"),
        (1, "THIRD EVENING"),
        (1, "THE NEIGHBOURING FAMILIES"),
    ]
    _covers(text, sections)


def test_piece_line_forms():
    """The forms the clause reads, and lines it leaves alone."""
    from transforms.ordinal_divisions import PIECE_RANK, ordinal_piece

    def value(line):
        got = ordinal_piece(line, 0, 0, len(line))
        assert len(got) <= 1
        return (got[0].series, got[0].value, got[0].rank) if got else None

    assert PIECE_RANK == 38  # a numbered chapter's (clause story_rank_of_numbered_chapters)
    assert value("FIRST STORY") == ("ord:story", 1, PIECE_RANK)
    assert value("STORY THE FIRST") == ("ord:story", 1, PIECE_RANK)
    assert value("STORY THREE") == ("ord:story", 3, PIECE_RANK)
    assert value("THE SEVENTH STORY.") == ("ord:story", 7, PIECE_RANK)
    assert value("TWENTY-FIRST EVENING") == ("ord:evening", 21, PIECE_RANK)
    assert value("THIRTIETH EVENING") == ("ord:evening", 30, PIECE_RANK)
    for line in (
        "A STORY",
        "THE EVENING",
        "THREE STORY",
        "LOVE STORY",
        "STORY TIME",
        "First Story",
    ):
        assert value(line) is None, line


def test_stories_beside_another_tales_numbered_chapters():
    """Clause story_rank_of_numbered_chapters: in one collection The Ice-Maiden's "I. LITTLE
    RUDY" .. and The Snow Queen's stories are both a tale's divisions, at one level. At a rank of
    their own between (a fytte's 25) the numbered chapters fell a level below the stories.
    Session 53: the excerpt with its contents entries (en_gutenberg_andersen_ice_maiden_snow_
    queen_listed_s53.txt: "Fairy Tales of Hans Christian Andersen.txt" lines 34-35, 86-88,
    147-149, CRLF made LF, then the session 52 excerpt), so that the tale titles stand as in
    the book; without them the stories follow chapter III's text (see the next test)."""
    text, sections = _sections("en_gutenberg_andersen_ice_maiden_snow_queen_listed_s53.txt")
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "THE ICE MAIDEN"),
        (2, "I. LITTLE RUDY"),
        (2, "II. THE JOURNEY TO THE NEW HOME"),
        (2, "III. THE UNCLE"),
        (1, "THE JEWISH MAIDEN"),
        (1, "THE SNOW QUEEN"),
        (2, "STORY THE FIRST"),
        (2, "SECOND STORY A LITTLE BOY AND A LITTLE GIRL"),
        (2, "THIRD STORY THE FLOWER GARDEN OF THE WOMAN WHO COULD CONJURE"),
        (1, "THE SNOWDROP"),
    ]
    _covers(text, sections)


def test_stories_inside_a_numbered_chapter_stay_in_it():
    """Clause pieces_open_their_parent (session 53): with no tale title confirmed above them
    (the excerpt without its contents), the stories come 1,100 characters into "III. THE
    UNCLE"'s text; they do not split that chapter (in session 52 they stood beside it at
    level 1, the chapter's text cut at the first story)."""
    text, sections = _sections("en_gutenberg_andersen_ice_maiden_snow_queen_s52.txt")
    got = [(s.level, s.title) for s in sections[1:]]
    assert got == [
        (1, "I. LITTLE RUDY"),
        (1, "II. THE JOURNEY TO THE NEW HOME"),
        (1, "III. THE UNCLE"),
    ]
    _covers(text, sections)
    assert "STORY THE FIRST" in text[sections[-1].start :]
