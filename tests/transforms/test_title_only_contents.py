"""Clause ``listed_title_line`` of ``transforms.sections`` (session 22): a chapter's
title line under its "CHAPTER 5" line is part of that heading also when a contents
list names the title, the title in mixed case (rule ``listed`` took it).

Real text: Jules Verne, "A Journey to the Centre of the Earth" (Project Gutenberg
#18857), the openings of chapters 5 to 7 as the book sets them ("CHAPTER 5" / blank /
"First Lessons in Climbing"). The construction: a contents list that names the
chapters by title only (the book's own list is "CHAPTER 7 CONVERSATION AND
DISCOVERY"), as converted HTML or Markdown contents often are.
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

CHAPTERS = [
    (
        5,
        "First Lessons in Climbing",
        "At Altona, a suburb of Hamburg, is the Chief Station of the Kiel\nrailway, which "
        "was to take us to the shores of the Belt. In twenty\nminutes from the moment of "
        "our departure we were in Holstein, and our\ncarriage entered the station.",
    ),
    (
        6,
        "Our Voyage to Iceland",
        "The hour of departure came at last. The night before, the worthy Mr.\nThompson "
        "brought us the most cordial letters of introduction for Baron\nTrampe, Governor "
        "of Iceland, for M. Pictursson, coadjutor to the bishop,\nand for M. Finsen, mayor "
        "of the town of Reykjavik.",
    ),
    (
        7,
        "Conversation and Discovery",
        "When evening came I went for a walk on the beach, and returned early\nto bed, "
        "where I slept soundly all night.",
    ),
]


def _book(with_list: bool) -> str:
    contents = "CONTENTS\n\n" + "\n".join(t for _, t, _ in CHAPTERS) + "\n\n\n" if with_list else ""
    body = "".join(f"CHAPTER {n}\n\n{t}\n\n\n{para}\n\n\n" for n, t, para in CHAPTERS)
    return contents + body


def test_listed_title_line_joins_its_chapter_line():
    """Without the list the chapters are "CHAPTER 5 First Lessons in Climbing" …; with
    it each title was a level-1 section of its own beside an empty "CHAPTER 5"."""
    want = [f"CHAPTER {n} {t}" for n, t, _ in CHAPTERS]
    for with_list in (False, True):
        text = normalize_text(_book(with_list))
        sections, _ = find_sections(text)
        assert [s.title for s in sections if s.title] == want, with_list
        for s in sections[1:]:
            assert s.level == 1
        # Each chapter's text lies in its own section.
        first = {s.title: text[s.start : s.end] for s in sections}
        assert "Altona" in first[want[0]] and "Reykjavik" in first[want[1]]
