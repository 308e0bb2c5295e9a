"""Session 54 (branch wtE): clause ``title_page_over_its_work`` (transforms.work_page_tops).

Session 53's excerpt of Scott's Dryden vol. 5 (rcdm-uga; tests/data/
en_gutenberg_dryden_vol5_amboyna_s53.txt, lines 31-170, 386-500, 860-880 byte for byte): the
title page "AMBOYNA:" / "OR, THE" / "CRUELTIES OF THE DUTCH" / "TO THE" / "ENGLISH MERCHANTS." /
"A" / "TRAGEDY.", the motto "--Manet altâ mente repostum.", then "AMBOYNA." over Scott's
introduction. base54: the heading on "AMBOYNA.", the page and motto the tail of the section
before.
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.contents import scan_lines
from transforms.normalize import normalize_text
from transforms.sections import find_sections
from transforms.work_page_tops import _page_first

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_dryden_vol5_amboyna_s53.txt").read_bytes().decode("utf-8")


def _texts():
    text = normalize_text(RAW)
    return (text, clean_text(text, CleanConfig()).text)


def _holder(text):
    sections = find_sections(text)[0]
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    intro = text.index("The tragedy of Amboyna, as it was justly termed")
    k = next(k for k, s in enumerate(sections) if s.start <= intro < s.end)
    return sections[k - 1], sections[k]


def test_the_play_starts_on_its_title_page():
    for text in _texts():
        before, play = _holder(text)
        assert play.title == "AMBOYNA."
        assert play.start == text.index("AMBOYNA:\n")
        page = text[play.start : play.end]
        assert "ENGLISH MERCHANTS." in page and "Manet alt\u00e2 mente repostum" in page
        assert "TRAGEDY." not in text[before.start : before.end]
        assert text[before.start : before.end].rstrip().endswith("* * * * *")


def test_a_page_of_another_name_is_not_the_plays():
    # Guard: the page's first line must be the heading's name.
    text = normalize_text(RAW).replace("AMBOYNA:\n", "AMBROSIA:\n", 1)
    _, play = _holder(text)
    assert play.start == text.index("AMBOYNA.\n\n\nThe tragedy")


def test_page_first_reads_past_a_motto_only():
    text = normalize_text(RAW)
    lines = scan_lines(text)
    head = lines.texts.index("AMBOYNA.")
    assert lines.texts[_page_first(lines, head)] == "AMBOYNA:"
    # Five lines of prose (the motto and four more) over the heading are text, no motto: no page.
    motto = "mente repostum._"
    assert text.count(motto) == 1
    longer = scan_lines(text.replace(motto, "\n".join([motto] + ["more words here."] * 4)))
    assert _page_first(longer, longer.texts.index("AMBOYNA.")) is None
