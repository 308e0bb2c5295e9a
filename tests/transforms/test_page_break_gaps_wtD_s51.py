"""Rule page_furniture's gaps, session 51, branch wtD: clauses page_top_caps_gap and
page_break_joins_words (transforms.page_gaps). Excerpts of Stevenson's Strange Case of Dr.
Jekyll and Mr. Hyde (Project Gutenberg 42, a user's own book: /tmp/wtH48/raw/en/pg42.txt of
session 48), raw lines as the file has them (its CR LF line ends as LF), the page numbers
"1)", "2)" ... on lines of their own.
"""

import re
from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.sections import find_sections
from transforms.unwrap import UnwrapConfig

DATA = Path(__file__).resolve().parents[1] / "data"

# pg42 lines 27-172: the title page, the byline, page "1)" with three blank lines under it,
# the first title "STORY OF THE DOOR", pages 2) .. 5).
TITLE_PAGES = (DATA / "en_gutenberg_jekyll_title_pages_s51.txt").read_text(encoding="utf-8")

# pg42 lines 280-392: pages 10) .. 14); "11)" stands with two blank lines over the second
# title, "SEARCH FOR MR. HYDE".
SEARCH_PAGES = (DATA / "en_gutenberg_jekyll_search_pages_s51.txt").read_text(encoding="utf-8")

# pg42 lines 625-730: pages 22) .. 26); "23)" cuts "stealing like a" / "thief", "24)" stands
# with three blank lines over "DR. JEKYLL WAS QUITE AT EASE", "25)" with two over a
# paragraph, "26)" cuts the word "under-" / "stand".
EASE_PAGES = (DATA / "en_gutenberg_jekyll_ease_pages_s51.txt").read_text(encoding="utf-8")

_PAGE_BREAK_NEWLINE = re.compile(r"[a-z,;]\n[a-z]")


def _clean(raw):
    return clean_text(normalize_text(raw)).text


def _titles(text):
    return [s.title for s in find_sections(text)[0]]


def test_page_top_caps_gap_first_title_apart_from_byline():
    text = _clean(TITLE_PAGES)
    assert "ROBERT LOUIS STEVENSON\n\n\n\n STORY OF THE DOOR\n\nMR. UTTERSON" in text
    assert _titles(text) == ["", "STORY OF THE DOOR"]
    assert not re.search(r"\d\)", text)


def test_page_top_caps_gap_search_for_mr_hyde():
    text = _clean(SEARCH_PAGES)
    assert 'Richard."\n\n\nSEARCH FOR MR. HYDE\n\nTHAT evening' in text
    assert _titles(text) == ["", "SEARCH FOR MR. HYDE"]


def test_page_top_caps_gap_three_blank_lines_and_paragraph_guard():
    text = _clean(EASE_PAGES)
    assert _titles(text) == ["", "DR. JEKYLL WAS QUITE AT EASE"]
    assert "clauses of the will.\n\n\n\nDR. JEKYLL WAS QUITE AT EASE" in text
    # guard: a paragraph two blank lines under "25)" keeps one blank line above it
    assert 'warm affection.\n\n"I have been wanting' in text


def test_page_break_joins_words():
    for raw in (TITLE_PAGES, SEARCH_PAGES, EASE_PAGES):
        text = _clean(raw)
        assert not _PAGE_BREAK_NEWLINE.search(text)
        # no word lost or added: the text's words are the raw's without the page numbers
        # (unwrapping mends "under-" / "stand" to "under-stand", as before the clauses)
        words = re.sub(r"(?m)^\s*\d+\)\s*$", "", raw).split()
        assert text.replace("under-stand", "under- stand").split() == words
    text = _clean(EASE_PAGES)
    assert "stealing like a thief to Harry's bedside" in text
    assert "we see very little of him on this side of the house" in re.sub(r"\s+", " ", text)


def test_page_break_joins_words_keeps_hyphen_and_wraps_off():
    raw = normalize_text(EASE_PAGES)
    gaps = {raw[e.start : e.end].strip(): e.replacement for e in page_furniture(raw)}
    assert gaps["26)"] == "\n"  # "under-" / "stand": the hyphen is unwrapping's to mend
    assert gaps["23)"] == " "
    # with unwrapping off the halves keep their own lines
    off = {raw[e.start : e.end].strip(): e.replacement for e in page_furniture(raw, (), False)}
    assert off["23)"] == "\n"


# Review (session 51): Baum, The Marvelous Land of Oz (rcdm-uga/Gutenberg_Text), raw lines
# 226-338 (CR LF as LF): pages 9 .. 13, the page numbers on lines of their own, an
# illustration marker "Line-Art Drawing" set indented just above page 10's number.
OZ_PAGES = (DATA / "en_gutenberg_oz_pages_s51.txt").read_text(encoding="utf-8")


def test_page_break_joins_words_indent_guard_keeps_caption_out_of_sentence():
    """The indent guard of clause page_break_joins_words: the indented caption line above
    "10" ends on a word and the next page opens in lower case, yet the caption is no half of
    the sentence ("a three-cornered nose, and" / "a mouth shaped like a new moon")."""
    text = _clean(OZ_PAGES)
    assert "Line-Art Drawing a mouth" not in text
    assert "Line-Art Drawing\na mouth shaped like a new moon" in text
    # the unindented halves of page 11 are joined
    assert "stripped a sheet of thick bark from around a big tree" in text
    words = re.sub(r"(?m)^\s*\d+\s*$", "", OZ_PAGES).split()
    assert text.split() == words


def test_page_break_joins_words_off_when_clean_text_does_not_unwrap():
    """clean_text with unwrapping off passes it to page_furniture (find_boilerplate's
    join_wraps): Jekyll's "stealing like a" / "23)" / "thief" keeps its two lines."""
    kept = clean_text(
        normalize_text(EASE_PAGES), CleanConfig(unwrap=UnwrapConfig(enabled=False))
    ).text
    assert "stealing like a\nthief to Harry's bedside" in kept
    assert not re.search(r"\d\)", kept)


# Review (session 51): The Marvelous Land of Oz, raw lines 341-583 (pages 14 .. 25): page
# "19" carries the marker "Full page line-art drawing." and the caption "OLD MOMBI DANCED
# AROUND HIM" stands ONE blank line under it, in the middle of the sentence "the powder
# sifted down from Jack's head and scattered" / "over the red shirt".
OZ_CAPTION_PAGES = (DATA / "en_gutenberg_oz_caption_pages_s51.txt").read_text(encoding="utf-8")


def test_page_top_caps_gap_needs_two_blank_lines():
    """TOP_BLANKS of clause page_top_caps_gap: a capitals line one blank line under the page
    line (an illustration's caption) is no title set lower: the sentence around it keeps
    one paragraph (with TOP_BLANKS = 1 a blank line cuts it in two)."""
    text = _clean(OZ_CAPTION_PAGES)
    assert 'scattered\n "OLD MOMBI DANCED AROUND HIM"\nover the red shirt' in text
    assert _titles(text) == [""]
