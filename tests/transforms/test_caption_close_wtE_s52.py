"""Session 52 (branch wtE): clause ``caption_closing_line`` (of ``note_closing_line``,
transforms.sections).

Burton's Ultima Thule, vol. 2 (rcdm-uga mirror, "Burton, Richard Francis, Sir/Ultima Thule; or,
A Summer in Iceland. vol. 2-2.txt", lines 9471-9530 byte for byte, CRLF as in the file:
tests/data/en_gutenberg_burton_ultima_thule2_caption_s52.txt): a plate's caption "[Illustration:
N^o. 1." / "THE REYKJALIÐ AND NÁMARF[.J]ALL SPRINGS." / ... / "Vol. II. Page 279.]", one blank
line between its lines, in the middle of a sentence of CHAPTER XIV. Its last line read as a
volume heading "Vol. II." (rank 8): CHAPTER XV and the rest of the book sat under it.
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_burton_ultima_thule2_caption_s52.txt").read_bytes().decode("utf-8")


def _cleaned(text):
    return clean_text(normalize_text(text), CleanConfig()).text


def test_a_caption_set_apart_closes_on_no_heading():
    for text in (normalize_text(RAW), _cleaned(RAW)):
        titles = [h.title for h in find_headings(text)]
        # base52: [..., "Vol. II. Page 279.]"]
        assert titles == ["CHAPTER XIV. THREE DAYS AT THE SOLFATARA OF MÝ-VATN."]
        sections = find_sections(text)[0]
        assert sections[0].start == 0 and sections[-1].end == len(text)
        assert "Vol. II. Page 279.]" in text[sections[-1].start :]


def test_a_heading_after_a_closed_caption_stays():
    # The same caption closed, then a chapter: the chapter's line closes no bracket.
    text = normalize_text(RAW).replace(
        "Vol. II. Page 279.]", "Vol. II. Page 279.]\n\n\nCHAPTER XV.\n\nRETURN TO DJÚPIVOGR."
    )
    titles = [h.title for h in find_headings(text)]
    assert titles[-1] == "CHAPTER XV. RETURN TO DJÚPIVOGR."


def test_a_stray_bracket_set_apart_without_a_caption_stays():
    # Guard: only an illustration's caption reaches over a blank line; a note's bracket above
    # a line set apart ("[Footnote 1: ..." then the closing line after a blank) keeps it.
    text = normalize_text(RAW).replace("[Illustration: N^o. 1.", "[Footnote 1: N^o. 1.")
    titles = [h.title for h in find_headings(text)]
    assert "Vol. II. Page 279.]" in titles  # as on base52
