"""Boilerplate rules on real distributor text: Project Gutenberg headers,
footers and licenses of three eras, transcriber notes from the shared books,
the web-ebook notice and page markers of the Chinese classics."""

import json
import os
import re

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Document
from tests.beam_local import local_pipeline
from tests.transforms.readme_text import QUALITY_LIST, README_BULLETS, README_OPENING
from transforms.boilerplate import (
    BoilerplateConfig,
    RemoveBoilerplate,
    find_boilerplate,
    remove_boilerplate,
    removed_by_rule,
    strip_boilerplate,
)
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.notice_evidence import GUTENBERG, reads_as_notice

MOBY = (
    "MOBY-DICK;\n\nor, THE WHALE.\n\nBy Herman Melville\n\n\n\n\nCHAPTER 1. Loomings.\n\n"
    "Call me Ishmael. Some years ago—never mind how long precisely—having\n"
    "little or no money in my purse, and nothing particular to interest me\n"
    "on shore, I thought I would sail about a little and see the watery part\n"
    "of the world.\n"
)
# Project Gutenberg, 2021 form
HEADER_2021 = """The Project Gutenberg eBook of Moby-Dick; or The Whale, by Herman Melville

This eBook is for the use of anyone anywhere in the United States and
most other parts of the world at no cost and with almost no restrictions
whatsoever. You may copy it, give it away or re-use it under the terms
of the Project Gutenberg License included with this eBook or online at
www.gutenberg.org. If you are not located in the United States, you
will have to check the laws of the country where you are located before
using this eBook.

Title: Moby-Dick; or The Whale

Author: Herman Melville

Release Date: June, 2001 [eBook #2701]
[Most recently updated: August 18, 2021]

Language: English

Produced by: Daniel Lazarus, Jonesey, and David Widger

*** START OF THE PROJECT GUTENBERG EBOOK MOBY-DICK; OR THE WHALE ***




"""
FOOTER_2021 = """


*** END OF THE PROJECT GUTENBERG EBOOK MOBY-DICK; OR THE WHALE ***

Updated editions will replace the previous one--the old editions will
be renamed.

START: FULL LICENSE

THE FULL PROJECT GUTENBERG LICENSE
PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK
"""
# 2009 form, with the producer's credit after the start marker
HEADER_2009 = """The Project Gutenberg EBook of Moby Dick; or The Whale, by Herman Melville

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.org

Title: Moby Dick; or The Whale

*** START OF THIS PROJECT GUTENBERG EBOOK MOBY DICK; OR THE WHALE ***




Produced by Daniel Lazarus and Jonesey




"""
FOOTER_2009 = """

End of Project Gutenberg's Moby Dick; or The Whale, by Herman Melville

*** END OF THIS PROJECT GUTENBERG EBOOK MOBY DICK; OR THE WHALE ***

***** This file should be named 2701.txt or 2701.zip *****
"""
# 1990s etexts: the header ends with the small print
HEADER_1993 = """**The Project Gutenberg Etext of Moby Dick, by Herman Melville**
#6 in our series by Herman Melville

**Welcome To The World of Free Plain Vanilla Electronic Texts**

*****These eBooks Were Prepared By Thousands of Volunteers!*****

*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*



"""
WORLD_LIBRARY = """<<THIS ELECTRONIC VERSION OF THE COMPLETE WORKS OF WILLIAM
SHAKESPEARE IS COPYRIGHT 1990-1993 BY WORLD LIBRARY, INC., AND IS
PROVIDED BY PROJECT GUTENBERG ETEXT OF ILLINOIS BENEDICTINE COLLEGE
WITH PERMISSION.  ELECTRONIC AND MACHINE READABLE COPIES MAY BE
DISTRIBUTED SO LONG AS SUCH COPIES (1) ARE FOR YOUR OR OTHERS
PERSONAL USE ONLY, AND (2) ARE NOT DISTRIBUTED OR USED
COMMERCIALLY.  PROHIBITED COMMERCIAL DISTRIBUTION INCLUDES BY ANY
SERVICE THAT CHARGES FOR DOWNLOAD TIME OR FOR MEMBERSHIP.>>
"""
WEB_NOTICE = """----------------------------------------------------------------
更多TXT电子书下载,请访问雨枫轩:http://www.rain8.com
版权声明：本站所有电子书本着交流学习的目的
均由网友提供并更新，
仅供读者研究学习，不得用作商业用途，
强烈建议广大读者购买正版图书！
-----------------------------------------------------------------
"""


@pytest.mark.parametrize(
    "header, footer, rules",
    [
        (HEADER_2021, FOOTER_2021, {"gutenberg_header", "gutenberg_footer"}),
        (HEADER_2009, FOOTER_2009, {"gutenberg_header", "gutenberg_footer", "producer_note"}),
        (HEADER_1993, "", {"gutenberg_header"}),
    ],
)
def test_gutenberg_headers_and_footers_of_every_era(header, footer, rules):
    text, edits = strip_boilerplate(header + MOBY + footer)
    assert text.strip() == MOBY.strip()
    assert {e.rule for e in edits} == rules
    assert sum(removed_by_rule(edits).values()) == len(header + MOBY + footer) - len(text)


def test_header_without_start_marker_is_cut_by_its_paragraphs():
    """rule gutenberg_notice: the license paragraph and the catalogue fields."""
    header = HEADER_2021.split("*** START")[0]
    text, edits = strip_boilerplate(header + MOBY)
    assert text.strip() == MOBY.strip()
    assert {e.rule for e in edits} == {"gutenberg_notice"}


def test_world_library_notice_inside_a_play():
    play = "ACT I. SCENE I.\nElsinore. A platform before the Castle.\n\n"
    text, edits = strip_boilerplate(play + WORLD_LIBRARY + "\n" + play)
    assert text == play + play
    assert [e.rule for e in edits] == ["gutenberg_notice"]


def test_book_text_that_names_project_gutenberg_stays():
    body = MOBY * 400  # the mention is far from both edges
    mention = (
        "\n\nThe most reprinted version, it is entered into Project Gutenberg\nfor reference.\n\n"
    )
    text, edits = strip_boilerplate(body + mention + body)
    assert edits == [] and text == body + mention + body


@pytest.mark.parametrize(
    "note, rest",
    [
        # Pliny (pg57493): paragraphs up to the gap of blank lines before the title
        (
            "Transcriber’s notes:\n\nItalic text is denoted _thus_.\n\n  In footnote 3897:—\n"
            "  See B. ii. c. 116.\n  corrected to read:—\n  See B. ii. c. 110.\n\n\n\n\n",
            "  BOHN’S CLASSICAL LIBRARY.\n\n  PLINY’S\n",
        ),
        # Poetics (pg1974): a bracketed note
        (
            "[Transcriber's Annotations and Conventions: the translator left\n"
            "intact some Greek words to illustrate a specific point of the original\n"
            "discourse.]\n\n\n\n\n",
            "Analysis of Contents\n",
        ),
        # Journey to the Centre of the Earth (pg18857)
        (
            "[Redactor's Note: Journey to the Centre of the Earth is number\n"
            "V002 in the Taves and Michaluk numbering of the works of Jules\nVerne.]\n\n\n",
            "TABLE OF CONTENTS\n",
        ),
    ],
)
def test_transcriber_notes(note, rest):
    title = "THE NATURAL HISTORY\n\nOF\n\nPLINY.\n\n\n"
    text, edits = strip_boilerplate(title + note + rest)
    assert text == title + rest
    assert {e.rule for e in edits} <= {"transcriber_note", "gutenberg_notice"}


def test_note_after_a_title_starts_at_its_line():
    """Beyond Good and Evil (pg4363): the cut starts at the note's first
    character, not one after it ("TTABLE OF CONTENTS" was the bug)."""
    text = (
        "BEYOND GOOD AND EVIL\n\nBy Friedrich Nietzsche\n\n\n\n"
        "TRANSCRIBER'S NOTE ABOUT THIS E-TEXT EDITION:\n\nThe following is a reprint of the\n"
        'Helen Zimmern translation. "Sceptic" was changed to "skeptic."\n\n\n'
        "TABLE OF CONTENTS\n\n    PREFACE\n"
    )
    out, _ = strip_boilerplate(text)
    assert (
        out
        == "BEYOND GOOD AND EVIL\n\nBy Friedrich Nietzsche\n\n\n\nTABLE OF CONTENTS\n\n    PREFACE\n"
    )


def test_note_at_the_end_runs_to_the_end():
    body = MOBY * 3
    note = (
        "\n\n\nTranscriber’s Notes:—\n\nThe footnotes for each of the six volumes have been "
        "renumbered,\nthe references to notes in other volumes have been changed accordingly.\n"
    )
    # clause end_blank_lines (session 36): the blank lines above the note go with it
    assert strip_boilerplate(body + note)[0] == body


def test_web_notice_at_both_ends_and_repeated_inside():
    """水浒传 / 红楼梦: the notice at the start and end, and copies inside the
    text between rule lines; a link in prose without rule lines stays."""
    chapter = "第一回  王教头私走延安府  九纹龙大闹史家村\n\n    话说故宋，哲宗皇帝在时，其时去仁宗天子已远。\n"
    prose = "\n    他说网址是 www.example.com，便下载了。\n"
    middle = chapter * 200
    text = (
        "《水浒传》作者；施耐庵\n"
        + WEB_NOTICE
        + middle
        + WEB_NOTICE
        + middle
        + prose
        + middle
        + WEB_NOTICE
    )
    out, edits = strip_boilerplate(text)
    assert out == "《水浒传》作者；施耐庵\n" + middle + middle + prose + middle
    assert [e.rule for e in edits] == ["web_notice"] * 3


def test_page_markers_rejoin_the_paragraph():
    """红楼梦: "---- Page N ----" between blank lines, in the middle of a wrapped
    paragraph; after unwrapping, the paragraph is whole."""
    text = (
        "    当此日，欲将已往所赖天恩祖德，锦衣 \n\n"
        "----------------------- Page 2-----------------------\n\n"
        "纨袴之时，饫甘餍肥之日，背父兄教育之恩，负师友规训之德。\n"
        "Scanned page [Pg 12] of the English text.\n"
    )
    edits = find_boilerplate(text)
    assert [e.rule for e in edits] == ["page_marker", "page_marker"]
    cleaned = clean_text(text).text
    assert "锦衣纨袴之时" in cleaned
    assert "Page" not in cleaned and "Scanned page of the English text." in cleaned


def test_keep_boilerplate_and_config_validation():
    text = HEADER_2021 + MOBY + FOOTER_2021
    assert strip_boilerplate(text, BoilerplateConfig(enabled=False)) == (text, [])
    only = BoilerplateConfig(rules=("gutenberg_footer",))
    assert {e.rule for e in find_boilerplate(text, only)} == {"gutenberg_footer"}
    with pytest.raises(ValueError, match="unknown rule"):
        BoilerplateConfig(rules=("headers",))
    with pytest.raises(ValueError, match="edge_chars"):
        BoilerplateConfig(edge_chars=-1)


def test_documents_count_what_was_cut_and_pure_boilerplate_is_rejected():
    raw = HEADER_2021 + MOBY + FOOTER_2021
    doc = remove_boilerplate(Document("moby", "moby.txt", raw, "train"))
    assert doc.text.strip() == MOBY.strip()
    assert doc.boilerplate_chars == len(raw) - len(doc.text)
    same = Document("clean", "c.txt", MOBY, "train")
    assert remove_boilerplate(same) is same
    docs = [
        Document("moby", "moby.txt", raw, "train"),
        Document("license", "l.txt", HEADER_2021 + FOOTER_2021, "train"),
    ]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | RemoveBoilerplate()
        assert_that(
            out.main | beam.Map(lambda d: (d.doc_id, d.boilerplate_chars > 0)),
            equal_to([("moby", True)]),
            label="main",
        )
        assert_that(
            out.rejected | beam.Map(lambda r: (r.doc_id, r.stage, r.reason)),
            equal_to([("license", "boilerplate", "only_boilerplate")]),
            label="rejected",
        )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\n",
                "\n\n",
                "text ",
                "Project Gutenberg ",
                "*** START OF THE PROJECT GUTENBERG EBOOK X ***",
                "\n*** END OF THE PROJECT GUTENBERG EBOOK X ***",
                "Title: X",
                "Produced by Y",
                "[Transcriber's Note: z]",
                "Transcriber's Notes:",
                "\n---- Page 3 ----\n",
                "[Pg 4]",
                "www.a.com 下载",
                "\n" + "-" * 20 + "\n",
                "<<COPYRIGHT PROJECT GUTENBERG>>",
            ]
        ),  # fmt: skip
        max_size=30,
    ).map("".join)
)
def test_cuts_are_ordered_and_disjoint(text):
    edits = find_boilerplate(text, BoilerplateConfig(edge_chars=40))
    assert all(0 <= e.start <= e.end <= len(text) for e in edits)
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:], strict=False))
    out, _ = strip_boilerplate(text)
    assert len(out) <= len(text)


# A Chinese essay on the Analects (traditional characters, full-width
# punctuation, English names): its paragraph on translations names Project
# Gutenberg as a place to read one, which is prose, not a distributor's notice.
ANALECTS_ESSAY = """第二章　版本與流傳

漢代流傳的《論語》有三種版本：《魯論語》、《齊論語》和《古文論語》。西漢末年，張禹以《魯論語》為底本，參考《齊論語》，編成《張侯論》，後世通行的版本大多出自此本。

英譯本方面，James Legge（理雅各）在1861年出版了The Chinese Classics第一卷，其中包括《論語》的全譯本，影響深遠。今天，讀者可以在網上免費閱讀Project Gutenberg收錄的Legge譯本，也可以用Python等工具對原文進行分析。

第三章　學而篇選讀

子曰：「弟子入則孝，出則弟，謹而信，汎愛眾，而親仁。行有餘力，則以學文。」
"""
TRANSLATIONS_NOTE = """A Note on the Translations

Benjamin Jowett's translations of Plato appeared in 1871 and were revised
twice before his death. Most readers now meet them in the texts transcribed
by Project Gutenberg volunteers, and the Apology quoted here follows that
text.

The Apology is Socrates' defence at his trial in 399 BC.
"""
# The 2004 header form: its first paragraph is the title line alone.
HEADER_2004 = """Project Gutenberg's The Adventures of Tom Sawyer, Complete, by Mark Twain
(Samuel Clemens)

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.net

"""


@pytest.mark.parametrize("text", [ANALECTS_ESSAY, TRANSLATIONS_NOTE])
def test_prose_that_names_project_gutenberg_stays_in_a_short_document(text):
    """rule gutenberg_notice: in a short document every paragraph is near an
    edge; a paragraph naming the project is cut only when it reads as a notice
    (the 207 characters of the translations paragraph were lost)."""
    out, edits = strip_boilerplate(text)
    assert edits == [] and out == text


def test_notice_paragraphs_of_a_header_without_markers_still_go():
    text, edits = strip_boilerplate(HEADER_2004 + MOBY)
    assert text.strip() == MOBY.strip()
    assert {e.rule for e in edits} == {"gutenberg_notice"}


@pytest.mark.parametrize("text", [README_OPENING, QUALITY_LIST])
def test_prose_about_gutenberg_notices_in_the_readme_stays(text):
    """Clause notice_evidence of gutenberg_notice: the README as input lost its
    3,266-character opening paragraph ("... Project Gutenberg headers and
    licenses, transcriber notes and web-ebook notices cut ..."), and
    docs/QUALITY.md a 3,403-character list quoting it: "license" was a notice
    word anywhere in the paragraph and "web-ebook" held "ebook"."""
    text = normalize_text(text)
    assert "Project Gutenberg headers and" in text
    out, edits = strip_boilerplate(text)
    assert edits == [] and out == text


@pytest.mark.parametrize("header", [HEADER_2021, HEADER_2009, HEADER_1993, HEADER_2004])
def test_every_paragraph_of_a_real_header_that_names_the_project_reads_as_a_notice(header):
    """The header forms of 1993-2021 (their markers aside): each paragraph that
    names the project has a distributor's word near the mention."""
    body = re.split(r"\n[^\n]*\*\*\* ?START|\*END\*", header)[0]
    named = [p for p in re.split(r"\n\s*\n", body) if GUTENBERG.search(p)]
    assert named and all(reads_as_notice(p) for p in named)


def test_the_gutenberg_notices_of_the_shakespeare_corpus_still_go():
    """defaults/shakespeare/texts/metadata.txt: 77 entries naming gutenberg.org."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(repo, "defaults", "shakespeare", "texts", "metadata.txt")
    if not os.path.exists(path):
        pytest.skip(f"{path} not found (defaults/ not set up)")
    with open(path, encoding="utf-8") as f:
        text = normalize_text(f.read())
    _, edits = strip_boilerplate(text)
    assert sum(e.rule == "gutenberg_notice" for e in edits) == 77


def test_transcriber_words_inside_a_paragraph_are_not_a_note():
    """rule transcriber_note: an unbracketed note opens a paragraph; this line
    in mid-sentence used to cut the rest of the document (19k characters of the
    README)."""
    body = README_BULLETS + MOBY * 3
    out, edits = strip_boilerplate(body)
    assert edits == [] and out == body
    # The same words opening a paragraph are still a note.
    note = "\n\nTranscriber notes, web edition:\n\nSpelling is as in the original.\n\n\n"
    out, edits = strip_boilerplate(MOBY + note + MOBY)
    assert [e.rule for e in edits] == ["transcriber_note"] and out == MOBY + "\n\n" + MOBY


def test_a_paragraph_with_a_link_inside_a_short_text_is_prose(shared_data):
    """Rule edge_notice: BBC "Downloads enter US singles chart"
    (entertainment/103): its third paragraph names "mycokemusic.com" and
    "downloaded", and the whole article is near an edge; it was cut as a web
    notice (1,351 of 2,317 characters lost). A block without rule lines is a
    notice only with nothing but notices between it and an edge."""
    path = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        article = next(r["article"] for r in map(json.loads, f) if r["id"] == "entertainment/103")
    text = normalize_text(article)
    assert "mycokemusic.com" in text
    out, edits = strip_boilerplate(text)
    assert out == text and edits == []


def test_a_notice_without_rule_lines_goes_only_at_an_edge_of_a_long_text():
    guide = (
        "Git in ten minutes\n\n"
        "Git keeps the history of a folder of files.\n\n"
        "Visit https://git-scm.com to download the installer for your system.\n\n"
        "Then run git init in the folder.\n"
    )
    notice = "Downloaded from www.example-ebooks.com, visit us for more free ebooks.\n\n"
    # A short text: every paragraph is near an edge, none is cut.
    assert strip_boilerplate(guide)[0] == guide
    assert strip_boilerplate(guide + "\n" + notice)[0] == guide + "\n" + notice
    # A long one: the notices at its edges go, the link in its body stays.
    body = MOBY * (25_000 // len(MOBY) + 1)
    text = notice + guide + "\n" + body + "\n" + guide + "\n" + notice
    out, edits = strip_boilerplate(text)
    # clause end_blank_lines (session 36): no blank line at the end
    assert out == guide + "\n" + body + "\n" + guide
    assert [e.rule for e in edits] == ["web_notice", "web_notice"]
