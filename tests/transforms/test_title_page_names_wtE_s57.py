"""Session 57 (branch wtE): clause title_page_name_set_apart (transforms.title_page_names):
a work's name set apart under its own title page heads the work from the page.

Real text, byte for byte (CRLF kept), from the rcdm-uga Gutenberg mirror, "Milton, John/The
Poetical Works of John Milton.txt":
- tests/data/en_gutenberg_milton_poetical_fourth_book_s57.txt: lines 17845-17870 (Paradise
  Regain'd's "The Fourth Book." and its first verse);
- tests/data/en_gutenberg_milton_poetical_samson_page_s57.txt: lines 18480-18535 (the end of
  Paradise Regain'd, Samson Agonistes' title page, "SAMSON AGONISTES" set apart, the opening of
  its prose preface).
The tests join the two excerpts (the 610 lines between them are more of the Fourth Book). In
the whole book base57 read no heading on "SAMSON AGONISTES": the title page and preface lay in
"The Fourth Book."."""

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"
FOURTH = "en_gutenberg_milton_poetical_fourth_book_s57.txt"
SAMSON = "en_gutenberg_milton_poetical_samson_page_s57.txt"


def _raw(name: str) -> str:
    return (DATA / name).read_bytes().decode("utf-8")


def _sections(raw: str) -> list[tuple[str, str]]:
    text = clean_text(normalize_text(raw), CleanConfig()).text
    secs, _ = find_sections(text)
    ends = [s.start for s in secs[1:]] + [len(text)]
    return [(s.title, text[s.start : e]) for s, e in zip(secs, ends, strict=True)]


def test_samson_name_under_its_page_heads_the_work_from_the_page():
    secs = _sections(_raw(FOURTH) + _raw(SAMSON))
    titles = [t for t, _ in secs]
    assert "SAMSON AGONISTES" in titles
    body = dict(secs)["SAMSON AGONISTES"]
    assert body.startswith("SAMSON")  # the title page's first line
    assert "DRAMATIC POEM." in body and "Of that sort of Dramatic Poem" in body
    before = secs[titles.index("SAMSON AGONISTES") - 1][1]  # Paradise Regain'd's end
    assert "Home to his Mothers house" in before
    assert "DRAMATIC POEM." not in before and "TRAGEDY, as it was" not in before


def test_name_without_its_page_keeps_the_page_out():
    """Guard: the page's first lines must join to the name. With the page's "SAMSON" /
    "AGONISTES," cut, nothing above names the work: the rest of the page is not the work's."""
    lines = _raw(SAMSON).split("\r\n")
    cut = [t for t in lines if t.strip() not in ("SAMSON", "AGONISTES,")]
    assert len(cut) == len(lines) - 2
    secs = _sections(_raw(FOURTH) + "\r\n".join(cut))
    titles = [t for t, _ in secs]
    assert "SAMSON AGONISTES" in titles  # read by layout, on its own line
    assert secs[titles.index("SAMSON AGONISTES")][1].startswith("SAMSON AGONISTES")
    assert "DRAMATIC POEM." in secs[titles.index("SAMSON AGONISTES") - 1][1]


def test_page_joined_from_three_lines_at_most():
    """Guard: at most three of the page's first lines join to the name; the name's letters
    must be six or more."""
    from transforms.contents import scan_lines
    from transforms.title_page_names import _page_over

    text = "\n\n\n\nONE\nTWO\nTHREE\nFOUR\n\n\n\nONE TWO THREE FOUR\n\n\n\n"
    lines = scan_lines(text)
    name = lines.texts.index("ONE TWO THREE FOUR")
    assert _page_over(lines, name) is None
    text3 = text.replace("FOUR\n\n\n\nONE TWO THREE FOUR", "\n\n\n\nONE TWO THREE")
    lines3 = scan_lines(text3)
    assert _page_over(lines3, lines3.texts.index("ONE TWO THREE")) == 4
