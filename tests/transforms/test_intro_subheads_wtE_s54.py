"""Session 54 (branch wtE): clauses ``listed_head_subtitle_run`` and
``run_stops_at_unread_title`` (transforms.intro_subheads).

Barrie's Contemporary One-Act Plays (rcdm-uga mirror, "Barrie, J. M. (James Matthew)/
Contemporary One-Act Plays.txt", lines 121-210, 276-310 and 625-700 byte for byte, CRLF as in
the file: tests/data/en_gutenberg_barrie_one_act_intro_s54.txt): the contents lists
"INTRODUCTION"; in the body it opens on the subtitle "THE ONE-ACT PLAY AS A SPECIFIC DRAMATIC
TYPE", and "THE PROPER APPROACH TO THE STUDY OF THE ONE-ACT PLAY" follows. base54: the second
line a heading beside "INTRODUCTION" (both rank 20), the first the introduction's text.
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_barrie_one_act_intro_s54.txt").read_bytes().decode("utf-8")
SUB1 = "THE ONE-ACT PLAY AS A SPECIFIC DRAMATIC TYPE"
SUB2 = "THE PROPER APPROACH TO THE STUDY OF THE ONE-ACT PLAY"


def _texts():
    text = normalize_text(RAW)
    return (text, clean_text(text, CleanConfig()).text)


def test_the_introductions_parts_are_its_children():
    for text in _texts():
        ranks = {h.title: h.rank for h in find_headings(text)}
        assert ranks["INTRODUCTION"] == 20
        assert ranks[SUB1] == ranks[SUB2] == 21  # base54: SUB1 no heading, SUB2 rank 20
        sections = find_sections(text)[0]
        levels = [(s.level, s.title) for s in sections]
        k = levels.index((1, "INTRODUCTION"))
        assert levels[k + 1 : k + 3] == [(2, SUB1), (2, SUB2)]
        sub1 = sections[k + 1]
        assert text[sub1.start :].startswith(SUB1)
        assert text[sub1.start : sub1.end].rstrip().endswith("bandied by a master dramatist.")
        # The sections tile the text.
        assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_the_run_stops_at_the_unread_title_page():
    # "THE TWELVE-POUND LOOK" / "BY" (a title page no rule reads in this cut) stands before
    # "SIR JAMES M. BARRIE": the author's name keeps its rank, off the introduction.
    for text in _texts():
        ranks = {h.title: h.rank for h in find_headings(text)}
        assert ranks["SIR JAMES M. BARRIE"] == 20


def test_a_heading_without_a_subtitle_keeps_its_rank():
    # Guard: without the subtitle line under INTRODUCTION nothing moves.
    text = normalize_text(RAW).replace(SUB1 + "\n", "", 1)
    assert SUB1 not in text
    ranks = {h.title: h.rank for h in find_headings(text)}
    assert ranks["INTRODUCTION"] == ranks[SUB2] == 20


def test_a_subtitle_over_a_heading_is_the_titles_rest():
    # Clause subtitle_holds_text (the shape of Pope's Dunciad, "TESTIMONIES OF AUTHORS" /
    # "CONCERNING OUR POET AND HIS WORKS." / "M. SCRIBLERUS LECTORI S."): the subtitle right
    # over a heading of its own, with no text between, is no part: nothing moves.
    text = normalize_text(RAW).replace(SUB1 + "\n", SUB1 + "\n\n\nA NOTE ON THE PLAYS\n", 1)
    ranks = {h.title: h.rank for h in find_headings(text)}
    assert ranks["A NOTE ON THE PLAYS"] == 20 and SUB1 not in ranks
    assert ranks["INTRODUCTION"] == ranks[SUB2] == 20


def test_a_subtitle_the_own_entry_names_is_no_part():
    """Clause ``subtitle_in_own_entry`` (integrator, session 54): Henty's Tales from the Works
    (the excerpt of tests/transforms/test_work_parts45.py) lists 'THE MATE’S STORY, from "The
    Plague Ship"'; the body's 'FROM "THE PLAGUE SHIP."' under the title is that entry's rest,
    no part, and the story's own parts stay where rule numbered_parts_under_their_work puts
    them (without the clause the subtitle became a level-2 heading holding the story's text)."""
    from tests.transforms.test_work_parts45 import _FRONT, _MATE, _VAUGHAN

    for text in (_FRONT + _MATE + _VAUGHAN, _FRONT + _MATE.replace("STORY.—III.", "STORY.—IV.")):
        titles = [h.title for h in find_headings(text)]
        assert 'FROM "THE PLAGUE SHIP."' not in titles
        assert "THE MATE’S STORY." in titles and "THE MATE’S STORY.—II." in titles


def test_a_storys_genre_line_takes_no_next_story():
    """Clause ``named_division_only`` (integrator, session 54): Poe's Works vol. 4 (rcdm-uga
    mirror, "Poe, Edgar Allan/The Works of Edgar Allan Poe — Volume 4.txt", lines 31-90,
    4250-4290 and 4645-4680 byte for byte, CRLF: tests/data/en_gutenberg_poe_vol4_angel_s54.txt)
    lists "The Angel of the Odd"; in the body its genre line "AN EXTRAVAGANZA." stands under it,
    and the next story "MELLONTA TAUTA" is listed misspelt ("Mellonia Tauta"). A story in
    capitals is no division cut in parts: both stories stay at one rank, the genre line text
    (without the clause: "AN EXTRAVAGANZA." a heading and "MELLONTA TAUTA" its sibling, one
    rank down, under "THE ANGEL OF THE ODD")."""
    raw = (DATA / "en_gutenberg_poe_vol4_angel_s54.txt").read_bytes().decode("utf-8")
    text = normalize_text(raw)
    for t in (text, clean_text(text, CleanConfig()).text):
        heads = [(h.title, h.rank) for h in find_headings(t)]
        assert heads == [
            ("THE DEVIL IN THE BELFRY", 20),
            ("THE ANGEL OF THE ODD", 20),
            ("MELLONTA TAUTA", 20),
        ]
