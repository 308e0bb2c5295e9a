"""The three guards of clause listed_works_over_unlisted (transforms.listed_works) that
had no test failing without them (session 44's review): each test below fails with its
guard removed (checked by planting each, session 45: docs/quality/session-45-wtH.md).
No Gutenberg-mirror book needed them (0 of 140 in the review's A/B), so the texts are
Alcott's A Modern Cinderella excerpts of tests/transforms/test_listed_works44.py with one
heading line set over two of the book's own paragraphs (Debby's and Nelly's first)."""

from tests.transforms.test_listed_works44 import (
    _BROTHERS,
    _CINDERELLA,
    _DEBBY,
    _FRONT,
    _NELLY,
    _levels,
)

_PARAS = _DEBBY.split("\n\n")[1] + "\n\n" + _NELLY.split("\n\n")[1] + "\n\n\n\n"


def _with(heading: str) -> str:
    """The book with ``heading`` over the two paragraphs right after the first story."""
    return _FRONT + _CINDERELLA + heading + "\n\n" + _PARAS + _DEBBY + _BROTHERS + _NELLY


def test_guard_an_apparatus_line_ends_the_run():
    """ "NOTES TO A MODERN CINDERELLA" after the story's chapters is apparatus, not its
    third chapter: it ends the run and stays with the stories (without the guard: 2)."""
    assert _levels(_with("NOTES TO A MODERN CINDERELLA")) == [
        (1, "A MODERN CINDERELLA"),
        (2, "HOW IT WAS LOST"),
        (2, "HOW IT WAS FOUND."),
        (1, "NOTES TO A MODERN CINDERELLA"),
        (1, "DEBBY'S DEBUT."),
        (1, "THE BROTHERS."),
        (1, "NELLY'S HOSPITAL"),
    ]


def test_guard_a_heading_above_a_chapters_rank_keeps_the_levels():
    """A "PART I." over the stories gives the book its levels: the stories and the
    chapters in capitals stay one level under it (without the guard the chapters go to a
    third level under a story that is itself under the part)."""
    text = _FRONT + "PART I.\n\n" + _PARAS + _CINDERELLA + _DEBBY + _BROTHERS + _NELLY
    assert _levels(text) == [
        (1, "PART I."),
        (2, "A MODERN CINDERELLA"),
        (2, "HOW IT WAS LOST"),
        (2, "HOW IT WAS FOUND."),
        (2, "DEBBY'S DEBUT."),
        (2, "THE BROTHERS."),
        (2, "NELLY'S HOSPITAL"),
    ]


def test_guard_a_series_of_capitals_only():
    """A heading of another kind at a chapter's rank (the keyword "GLOSSARY") among the
    lines in capitals: the series is not only lines set alike, so nothing moves (without
    the guard "HOW IT WAS LOST" and "HOW IT WAS FOUND." go to level 2)."""
    levels = _levels(_with("GLOSSARY"))
    assert {level for level, _ in levels} == {1}
    assert [t for _, t in levels][:4] == [
        "A MODERN CINDERELLA",
        "HOW IT WAS LOST",
        "HOW IT WAS FOUND.",
        "GLOSSARY",
    ]
