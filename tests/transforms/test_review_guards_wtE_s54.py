"""Session 54 review (branch wtE): guards of clauses ``title_page_over_its_work``
(transforms.work_page_tops) and ``listed_head_subtitle_run`` (transforms.intro_subheads) that
no test held (the reviewer's plants were not caught), and the review's clause
``page_names_no_other_heading``.

Real excerpts with one line edited, said plainly in each test: session 53's Dryden vol. 5
excerpt (tests/data/en_gutenberg_dryden_vol5_amboyna_s53.txt, rcdm-uga) and session 54's
Barrie excerpt (tests/data/en_gutenberg_barrie_one_act_intro_s54.txt, rcdm-uga). The contents
case is the reviewer's adversarial text (no real book with it was seen in the A/B).
"""

from __future__ import annotations

from pathlib import Path

from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
DRYDEN = normalize_text(
    (DATA / "en_gutenberg_dryden_vol5_amboyna_s53.txt").read_bytes().decode("utf-8")
)
BARRIE = normalize_text(
    (DATA / "en_gutenberg_barrie_one_act_intro_s54.txt").read_bytes().decode("utf-8")
)


def test_a_heading_on_the_page_keeps_the_work_off_it():
    # Edited: "TO THE" on Amboyna's title page set as "PROLOGUE." (a named heading). The page
    # holds a heading: the play keeps its start on "AMBOYNA." and the sections tile.
    assert DRYDEN.count("\nTO THE\n") == 1
    text = DRYDEN.replace("\nTO THE\n", "\nPROLOGUE.\n", 1)
    sections = find_sections(text)[0]
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    play = next(s for s in sections if s.title == "AMBOYNA.")
    assert play.start == text.index("AMBOYNA.\n\n\nThe tragedy")


def test_a_contents_list_over_the_first_chapter_is_no_title_page():
    # Clause page_names_no_other_heading: the list names the other chapters.
    words = ("Some words of the story go on here and on. " * 12 + "\n\n") * 6
    titles = ["THE RIVER", "THE SEA", "THE HILLS", "THE TOWN"]
    body = "\n\n\n\n".join(f"{t}\n\n\n{words}" for t in titles)
    text = "CONTENTS\n\n\n\n\n" + "\n".join(titles) + "\n\n\n\n\n" + body
    sections = find_sections(text)[0]
    first = next(s for s in sections if s.title == "THE RIVER")
    assert first.start == text.index("THE RIVER\n\n\nSome words")
    assert [s.title for s in sections if s.level == 1] == titles


def test_a_listed_subtitle_is_no_part():
    # Edited: the contents also names the subtitle (a line added under "INTRODUCTION 3"):
    # the guard "no entry names the subtitle" leaves the ranks as they were.
    sub1 = "THE ONE-ACT PLAY AS A SPECIFIC DRAMATIC TYPE"
    sub2 = "THE PROPER APPROACH TO THE STUDY OF THE ONE-ACT PLAY"
    entry = "INTRODUCTION 3\n"
    assert BARRIE.count(entry) == 1
    text = BARRIE.replace(entry, entry + sub1 + " 3\n", 1)
    ranks = {h.title: h.rank for h in find_headings(text)}
    assert ranks["INTRODUCTION"] == ranks[sub2] == 20
    assert ranks.get(sub1, 20) == 20
