"""Session 55 (branch wtE): rule poem_title_over_stanza on Hardy's dated title blocks with a
place over the title (transforms.poem_titles, transforms.poem_title_lines): clauses
place_title_block, month_span_date, month_date_block, bracketed_headnote and
whole_block_distinct.

Real text: tests/data/en_gutenberg_hardy_past_present_rome_s55.txt, lines 906-1037 of Hardy's
Poems of the Past and the Present (Gutenberg, the rcdm-uga mirror's "Hardy, Thomas/Poems of
the Past and the Present.txt"), byte for byte (CRLF kept): "ROME" / "THE VATICAN—SALA DELLE
MUSE" / "(1887)" to the end of "ZERMATT" / "TO THE MATTERHORN". The book's contents list
("ROME: ... ,, AT THE PYRAMID OF CESTIUS", "LAUSANNE: IN GIBBON'S OLD GARDEN", "ZERMATT: TO
THE MATTERHORN") names each as a poem of its own. Base55 (d32ec289) reads no heading here,
and in the whole book the three poems sat in "ROME THE VATICAN—SALA DELLE MUSE (1887)"
(session 54's Left)."""

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.poem_title_lines import _BRACKET_DATE, _MONTH_DATE_LINE, _date_block
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "en_gutenberg_hardy_past_present_rome_s55.txt"

VATICAN = "ROME THE VATICAN—SALA DELLE MUSE (1887)"
CESTIUS = "ROME AT THE PYRAMID OF CESTIUS NEAR THE GRAVES OF SHELLEY AND KEATS (1887)"
LAUSANNE = "LAUSANNE IN GIBBON’S OLD GARDEN: 11–12 P.M. June 27, 1897"
ZERMATT = "ZERMATT TO THE MATTERHORN (June-July, 1897)"


def _text() -> str:
    raw = DATA.read_bytes().decode("utf-8")
    return clean_text(normalize_text(raw), CleanConfig()).text


def test_each_place_title_heads_its_own_poem():
    """Four poems, four sections, each holding its own verse (fails with any of
    place_title_block, month_span_date, month_date_block, bracketed_headnote or
    whole_block_distinct off)."""
    text = _text()
    sections = find_sections(text)[0]
    assert [(s.level, s.title) for s in sections] == [
        (1, VATICAN),
        (1, CESTIUS),
        (1, LAUSANNE),
        (1, ZERMATT),
    ]
    body = {s.title: text[s.start : s.end] for s in sections}
    assert body[VATICAN].rstrip().endswith("rejoice thou canst love at all!”")
    assert "WHO, then, was Cestius," in body[CESTIUS]
    assert body[CESTIUS].rstrip().endswith("It is an ample fame.")
    # The bracketed headnote and the poem stay under LAUSANNE.
    assert "(The 110_th_ anniversary of the completion" in body[LAUSANNE]
    assert "A SPIRIT seems to pass," in body[LAUSANNE]
    assert body[ZERMATT].rstrip().endswith("till the ninth hour.")
    # Tiling: nothing lost between the sections.
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_month_span_and_month_date_lines():
    """Clause month_span_date: two months joined by a dash make one date; clause
    month_date_block: a date line that names its month; a month or a year alone is none."""
    for t in ("(June-July, 1897)", "(March–April, 1887)", "(April, 1887)"):
        assert _BRACKET_DATE.match(t), t
    for t in ("(June-July)", "(June-Sunday, 1897)"):
        assert not _BRACKET_DATE.match(t), t
    for t in ("June 27, 1897", "27 June 1897", "June, 1897."):
        assert _MONTH_DATE_LINE.match(t), t
    for t in ("1897", "June 27", "In June, 1897, we walked"):
        assert not _MONTH_DATE_LINE.match(t), t


def test_place_title_block_needs_its_date():
    """Clause place_title_block: four lines, three in capitals over a date, are a title
    block; four lines in capitals with no date, or five lines, are none."""
    cestius = [
        "ROME",
        "AT THE PYRAMID OF CESTIUS",
        "NEAR THE GRAVES OF SHELLEY AND KEATS",
        "(1887)",
    ]
    assert _date_block(cestius, 0, 4)
    undated = ["ROME", "AT THE PYRAMID OF CESTIUS", "NEAR THE GRAVES", "OF SHELLEY AND KEATS"]
    assert not _date_block(undated, 0, 4)
    assert not _date_block(["ROME", *cestius], 0, 5)
