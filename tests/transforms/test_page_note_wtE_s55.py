"""Session 55 (branch wtE): what clause ``title_page_over_its_work`` (transforms.work_page_tops)
reads past between a work's title page and its heading, on real text.

Real text: tests/data/en_gutenberg_scott_minstrelsy3_annan_s55.txt, lines 1922-1975 of Scott's
Minstrelsy of the Scottish Border vol. 3 (Gutenberg, the rcdm-uga mirror's "Scott, Walter/
Minstrelsy of the Scottish Border, Volume 3.txt"), byte for byte (CRLF kept): "ANNAN WATER." /
"NEVER BEFORE PUBLISHED." / a rule / Scott's note (one paragraph of 31 lines, Dr Currie's
letter in it) / "ANNAN WATER." over the ballad.

Session 54's Left: the motto cap counts lines of the cleaned text, where a paragraph is one
line. Decision (session 55, by what the text holds): what stands there is a motto or the
editor's note on the work, and both belong to the work whatever their length in characters
(the seven moves read in sessions 54-55: Scott's three notes of one or two paragraphs, Lang's
two-line note, Milton's three-line motto from Aristotle, Balzac's byline and dedication,
Dryden's one-line motto). The cap stays a count of paragraphs (``_MOTTO_LINES``, a rule line
such as "* * * * *" among them): a longer run is the text of something else."""

from __future__ import annotations

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.contents import scan_lines
from transforms.normalize import normalize_text
from transforms.work_page_tops import _MOTTO_LINES, _page_first

RAW = (
    Path(__file__).parents[1] / "data" / "en_gutenberg_scott_minstrelsy3_annan_s55.txt"
).read_bytes()
OPENS = 'The following verses are the original words of the tune of "'


def _clean(text: str) -> str:
    return clean_text(normalize_text(text), CleanConfig()).text


def _heads(lines) -> list[int]:
    return [i for i, t in enumerate(lines.texts) if t == "ANNAN WATER."]


def test_a_long_note_is_one_paragraph_read_past():
    """The note (1,900 characters, 31 lines in the file) is one line of the cleaned text: the
    ballad's heading reads past it and the rule to the title page."""
    lines = scan_lines(_clean(RAW.decode("utf-8")))
    page, head = _heads(lines)
    assert lines.texts[page + 2] == "NEVER BEFORE PUBLISHED."
    note = [t for t in lines.texts[page:head] if t.startswith(OPENS)]
    assert len(note) == 1 and len(note[0]) > 1500
    assert _page_first(lines, head) == page


def test_the_cap_counts_paragraphs():
    """The note cut into paragraphs: with the rule, up to ``_MOTTO_LINES`` are read past; one
    more is text (no page)."""
    raw = RAW.decode("utf-8")
    # Blank lines set before whole lines of the file: each cut starts a new paragraph.
    cuts = ["fortunate. By the", "impressive account", "instructed. After", "drowning; not in"]
    for n, page_found in ((_MOTTO_LINES - 2, True), (_MOTTO_LINES - 1, False)):
        text = raw
        for c in cuts[:n]:
            assert text.count("\r\n" + c) == 1, c
            text = text.replace("\r\n" + c, "\r\n\r\n" + c)
        lines = scan_lines(_clean(text))
        page, head = _heads(lines)
        assert (_page_first(lines, head) == page) is page_found, n
