"""Clause ``contents_group_spaced`` (session 54, transforms/contents_groups.py and
transforms/reader_titles.py ``entry_title``): a contents list whose groups stand two blank
lines apart, each an entry with its page number, a blank line and a page-less line under it,
goes on after its gaps; an entry's title stops at its byline ". By NAME".

Excerpt: tests/data/en_gutenberg_yule_logs_1898_contents_s54.txt, byte for byte from
/work/notes/dump/rcdm-uga+Gutenberg_Text/Henty, G. A. (George Alfred)/Yule Logs: Longmans'
Christmas Annual for 1898.txt (Project Gutenberg), the file's lines 89-152 (the contents list:
"A FIGHTING MERMAID. By KIRK MUNROE 1" / "_Illustrated by_ FRED. T. JANE." and ten groups
more, two blank lines apart), 289-305, 1391-1410, 2487-2510, 3744-3760, 4933-4948 (the openings
of five of its stories: title, byline, first lines). On base54 the list stopped after its first
group and of these five stories only A FIGHTING MERMAID and THE BADGE OF THE FOURTH FOOT had
their titles as headings (the whole book: 2 of 11)."""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.reader_titles import entry_title
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parent.parent / "data"
YULE = DATA / "en_gutenberg_yule_logs_1898_contents_s54.txt"

STORIES = [
    "A FIGHTING MERMAID",
    'THE VENTURE OF THE "BERTHA" WHALER',
    '"A FRENCHMAN\'S GRATITUDE;"',
    "THE BADGE OF THE FOURTH FOOT",
    "A DANGEROUS GAME",
]


def _sections():
    raw = YULE.read_bytes().decode("utf-8")
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    return text, sections


def test_every_story_of_a_spaced_list_is_a_heading():
    text, sections = _sections()
    titles = [s.title for s in sections]
    for story in STORIES:
        assert story in titles, story
    # In the body's order, each once, at one level, and after the list (not its entries).
    found = [s for s in sections if s.title in STORIES]
    assert [s.title for s in found] == STORIES
    assert len({s.level for s in found}) == 1
    body = text.index("A FIGHTING MERMAID\n")
    assert all(s.start >= body for s in found)


def test_the_list_entries_are_no_headings():
    text, sections = _sections()
    listed = text.index("ON A MEXICAN RANCHE. By G. A. HENTY")
    assert not any(s.start <= listed < s.start + len(s.title) + 1 for s in sections[1:])
    assert not any("By" in s.title or "Illustrated" in s.title for s in sections)


def test_entry_title_stops_at_a_byline():
    assert entry_title("A FIGHTING MERMAID. By KIRK MUNROE 1") == "A FIGHTING MERMAID"
    assert entry_title("a dangerous game. by g. manville fenn 155") == "a dangerous game"
    # Guard byline_with_page: a wrapped entry's second line (Stavrogin's Confession) is no title.
    assert entry_title("POSSESSED_. BY V. KOMAROVICH") == "POSSESSED_. BY V. KOMAROVICH"
    # No byline: the title runs to its first mark, as before.
    assert entry_title("Marriage-a-la-Mode, a Comedy") == "Marriage-a-la-Mode"
    assert entry_title("Stand by me 12") == "Stand by me 12"


# Review (session 54): guard byline_with_page on a section list. Excerpt
# tests/data/en_gutenberg_stavrogin_contents_s54.txt, byte for byte from
# /work/notes/dump/rcdm-uga+Gutenberg_Text/Dostoyevsky, Fyodor/Stavrogin's Confession and The Plan
# of The Life of a Great SinnerWith Introductory and Explanatory Notes.txt (Project Gutenberg),
# the file's lines 132-156 (the contents list, "INTRODUCTION TO THE UNPUBLISHED CHAPTER OF _THE
# 125" / "POSSESSED_. BY V. KOMAROVICH") and 3245-3300 (the introduction's half-title and the
# chapter's title "THE UNPUBLISHED CHAPTER" / "OF" / "_THE POSSESSED_", its first lines).
STAVROGIN = DATA / "en_gutenberg_stavrogin_contents_s54.txt"


def test_a_wrapped_entrys_byline_names_no_heading():
    raw = STAVROGIN.read_bytes().decode("utf-8")
    text = clean_text(normalize_text(raw)).text
    sections, _ = find_sections(text)
    assert [s.title for s in sections[1:]] == ["INTRODUCTION"]
    assert not any("POSSESSED" in s.title for s in sections)
    # The introduction holds its half-title and the chapter's opening lines.
    assert sections[-1].end - sections[-1].start > 1500


def test_a_numbered_entry_opening_with_by_is_no_byline():
    # Guard byline_not_after_numeral (review): real entries of Blackwood's Day and Night
    # Stories, Goldfrap's The Border Boys with the Mexican Rangers and The Boy Scouts at the
    # Canadian Border (rcdm-uga+Gutenberg_Text).
    assert entry_title("X. BY WATER 162") == "X. BY WATER 162"
    assert entry_title("XV. BY FAIR MEANS OR FOUL 164") == "XV. BY FAIR MEANS OR FOUL 164"
    line = "III. By Aeroplane Across the Border                                 30"
    assert entry_title(line) == line
    # A numbered story's byline is still cut (Bronson Alcott's Fruitlands).
    assert entry_title("XI. TRANSCENDENTAL WILD OATS. BY LOUISA MAY ALCOTT 145") == (
        "XI. TRANSCENDENTAL WILD OATS"
    )
