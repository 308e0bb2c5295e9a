"""Clause ``byline_under_story_title`` (session 57, transforms/bylines.py ``story_bylines``):
a story's "BY NAME" line under its capitals title is its byline, no heading.

Excerpt: tests/data/en_gutenberg_stories_english_authors_bylines_s57.txt, byte for byte from
/work/notes/dump/rcdm-uga+Gutenberg_Text/Collins, Wilkie/Stories by English Authors:
England.txt (Project Gutenberg), the file's lines 48-98 (title, the contents list "THE BOX
TUNNEL BY CHARLES READE" ..., the first story's opening), 398-432, 1362-1395, 2598-2631 (the
openings of three more stories: title, a blank line, "BY F. W. ROBINSON", text). On
base57 the four stories' bylines held the excerpt's last two stories inside MINIONS OF THE
MOON (the whole book: 1 story title of 7; with the clause 7 of 7).
"""

from __future__ import annotations

from pathlib import Path

from transforms.bylines import story_bylines
from transforms.clean import clean_text
from transforms.heading_candidate import Candidate
from transforms.headings import line_candidates
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parent.parent / "data"
STORIES = DATA / "en_gutenberg_stories_english_authors_bylines_s57.txt"
TITLES = [
    "THE BOX TUNNEL",
    "MINIONS OF THE MOON",
    "THE FOUR-FIFTEEN EXPRESS",
    "THE WRONG BLACK BAG",
]


def test_each_story_title_heads_its_story_not_its_byline():
    text = clean_text(normalize_text(STORIES.read_bytes().decode("utf-8"))).text
    sections, _ = find_sections(text)
    titles = [s.title for s in sections]
    assert titles[1:] == TITLES
    assert {s.level for s in sections[1:]} == {1}
    for s in sections[1:]:
        body = text[s.start : s.end]
        # The byline stays in its story's section, under the title, and the section runs
        # to the next story (not past it).
        assert "\nBY " in body[: len(s.title) + 10], s.title
        others = [t for t in TITLES if t != s.title]
        assert not any("\n" + t + "\n" in body for t in others), s.title


def _cands(lines: list[str]) -> list[Candidate]:
    out, pos = [], 0
    for i, t in enumerate(lines):
        if t and t == t.upper():
            out.append(Candidate(pos, pos + len(t), i, "caps", 20, t))
        pos += len(t) + 1
    return out


def test_guards_keep_titles_that_open_with_by():
    # Hardy, Satires of Circumstance (rcdm-uga mirror, lines 1464-1465): the poem "BY HER
    # AUNT'S GRAVE" right under its number, no blank between: a title, no byline.
    hardy = ["III", "BY HER AUNT’S GRAVE", "", "", "   “SIXPENCE a week,” says the girl"]
    assert story_bylines(hardy, [not t.strip() for t in hardy], _cands(hardy)) == _cands(hardy)
    # One name word is no byline here ("BY STARLIGHT" under a title is its subtitle), and a
    # byline under a byline ("BY" / "BY JOHN SMITH") keeps the first.
    one = ["THE WATCH", "", "BY STARLIGHT", "", "text"]
    assert story_bylines(one, [not t for t in one], _cands(one)) == _cands(one)
    # The excerpt's own lines 398-406 (title, a blank, byline, five blanks, text): the
    # byline goes, the title stays.
    real = ["MINIONS OF THE MOON", "", "BY F. W. ROBINSON", "", "", "", "", "", "Our story is"]
    kept = story_bylines(real, [not t for t in real], _cands(real))
    assert [c.title for c in kept] == ["MINIONS OF THE MOON"]


def _real_cands(lines: list[str]) -> list[Candidate]:
    """The candidates ``transforms.headings`` itself makes of ``lines`` (kinds as in a book)."""
    out, pos = [], 0
    for i, t in enumerate(lines):
        out += line_candidates(t, pos, i, pos + len(t)) if t else []
        pos += len(t) + 1
    return out


def test_review_byline_needs_a_caps_title_above():
    # Review (session 57): Goldfrap, The Border Boys with the Texas Rangers (rcdm-uga mirror,
    # lines 4780-4785): the chapter's caps subtitle "BY SHEER GRIT." reads as a byline, but
    # the line above is a keyword heading, no caps title: the subtitle stays a candidate.
    gold = ["CHAPTER XXIV.", "", "BY SHEER GRIT.", "", "", "Owing to the delay caused by"]
    cands = _real_cands(gold)
    assert [c.kind for c in cands] == ["keyword", "caps"]
    assert story_bylines(gold, [not t for t in gold], cands) == cands


def test_review_phrase_under_caps_title_is_no_byline():
    # Review (session 57): Alcott, Silver Pitchers (rcdm-uga mirror, lines 74-78): the story
    # "BY THE RIVER" under "MY ROCOCO WATCH" opens with "THE", no name (``is_byline``): kept.
    alcott = ["MY ROCOCO WATCH", "", "BY THE RIVER", "", "LETTY'S TRAMP"]
    cands = _real_cands(alcott)
    assert [c.title for c in cands] == ["MY ROCOCO WATCH", "BY THE RIVER", "LETTY'S TRAMP"]
    assert story_bylines(alcott, [not t for t in alcott], cands) == cands
