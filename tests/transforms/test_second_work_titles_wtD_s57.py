"""Clause second_work_over_restart (transforms/second_work_titles.py, session 57): a line
in capitals set apart right over a restarted chapter numbering is the second work's title.

Excerpt tests/data/en_gutenberg_hapgood_two_works_s57.txt, byte for byte, from the
rcdm-uga Gutenberg mirror, "Hapgood, Isabel Florence/What to Do? Thoughts Evoked by the
Census of Moscow.txt", its lines 3695-3713, 3821-3863, 4535-4573, 4769-4799, 4981-5010
(the first work's CHAPTER XIX. and XX., the end of the first work, the second work's title
"ON THE SIGNIFICANCE OF SCIENCE AND ART." and its CHAPTER I. .. III.), bodies cut short."""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "en_gutenberg_hapgood_two_works_s57.txt"
TITLE = "ON THE SIGNIFICANCE OF SCIENCE AND ART."


def _levels(raw: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(clean_text(normalize_text(raw)).text)
    return [(s.level, s.title) for s in sections if s.title]


def _raw() -> str:
    return DATA.read_bytes().decode("utf-8")


def test_second_work_title_heads_its_chapters():
    assert _levels(_raw()) == [
        (1, "CHAPTER XIX."),
        (1, "CHAPTER XX. LIFE IN THE CITY."),
        (1, TITLE),
        (2, "CHAPTER I."),
        (2, "CHAPTER II."),
        (2, "CHAPTER III."),
    ]


def test_first_work_ends_before_the_title():
    text = clean_text(normalize_text(_raw())).text
    sections, _ = find_sections(text)
    xx = next(s for s in sections if s.title.startswith("CHAPTER XX."))
    assert TITLE not in text[xx.start : xx.end]
    assert "universal want" in text[xx.start : xx.end]  # the first work's last words


def test_closing_line_is_no_title():
    # Guard: "THE END" over the restart closes the first work; it titles nothing.
    levels = _levels(_raw().replace(TITLE, "THE END."))
    assert [lv for lv, _ in levels] == [1] * 5
    assert all(t != "THE END." for _, t in levels)


def test_prose_line_is_no_title():
    # A line with lowercase letters (a sentence) over the restart is no title.
    levels = _levels(_raw().replace(TITLE, "On the significance of science and art."))
    assert [lv for lv, _ in levels] == [1] * 5


def test_title_again_is_a_volume():
    # Guard title_again_is_a_volume: the same line before the first CHAPTER XIX. too.
    raw = _raw()
    levels = _levels(TITLE + "\r\n\r\n\r\n" + raw)
    assert [lv for lv, t in levels if t.startswith("CHAPTER")] == [1] * 5


# Review (session 57, second engineer): the guards below were planted (removed) and no
# test failed; each test is the real excerpt with one change that the guard must refuse.


def test_short_first_work_is_no_work():
    # Guard first_work_has_text: CHAPTER XX. cut to its heading and last lines (under
    # 2,000 characters up to the title, as a contents' run) puts no title over the restart.
    lines = _raw().split("\r\n")
    levels = _levels("\r\n".join(lines[:25] + lines[66:]))
    assert [lv for lv, _ in levels] == [1] * 5
    assert all(t != TITLE for _, t in levels)


def test_division_line_is_no_title():
    # Guard title_line_no_division: "BOOK THE SECOND." is read by a division rule; it is no
    # second work's title over the restarted CHAPTER I.
    levels = _levels(_raw().replace(TITLE, "BOOK THE SECOND."))
    assert [lv for lv, _ in levels] == [1] * 5
    assert all(not t.startswith("BOOK") for _, t in levels)


def test_running_head_is_no_title():
    # A line standing three times (a running head over CHAPTER II. and III. too) is no title.
    raw = _raw()
    for ch in ("CHAPTER II.", "CHAPTER III."):
        raw = raw.replace(ch, TITLE + "\r\n\r\n\r\n" + ch)
    levels = _levels(raw)
    assert [lv for lv, t in levels if t.startswith("CHAPTER")] == [1] * 5
    assert all(t != TITLE for _, t in levels)


def test_apparatus_line_is_no_title():
    # "NOTES ON ..." over the restart is apparatus (transforms.work_titles.APPARATUS).
    levels = _levels(_raw().replace(TITLE, "NOTES ON SCIENCE AND ART."))
    assert [lv for lv, _ in levels] == [1] * 5


AFTER_DARK = DATA.parent / "en_gutenberg_collins_after_dark_s57.txt"


def test_restart_after_other_headings_is_left():
    # Guard restart_right_after_its_series, on a byte-for-byte excerpt of the rcdm-uga
    # mirror's "Collins, Wilkie/After Dark.txt" (its lines 5574-5593, 6211-6224,
    # 6638-6648, 6761-6777, 7832-7884, 8000-8047, 8486-8496, bodies cut short): Sister
    # Rose's CHAPTER 1. .. III., "EPILOGUE TO THE THIRD STORY.", "PROLOGUE TO THE FIFTH
    # STORY." and then "THE NUN'S STORY OF GABRIEL'S MARRIAGE" over a new "CHAPTER I.". The
    # heading before the restart is no chapter of the series, so the clause adds nothing
    # (without the guard the whole book's PART FIRST.. chapters went two levels under it).
    levels = _levels(AFTER_DARK.read_bytes().decode("utf-8"))
    assert [lv for lv, t in levels if t.startswith("CHAPTER")] == [2] * 5
    assert not any(t.startswith("THE NUN") for _, t in levels)


def test_closing_and_imprint_lines_are_no_title():
    # Review: a closing or imprint line over the restart titles nothing.
    for line in ("TO BE CONTINUED.", "HERE ENDS THE FIRST BOOK.", "PRINTED BY CASSELL AND COMPANY"):
        levels = _levels(_raw().replace(TITLE, line))
        assert [lv for lv, _ in levels] == [1] * 5, line
