"""Session 46 (the Left of session 45's wtG): clause ``wide_head_sniffed``
(transforms/file_kinds.py ``_unmarked_heads``, html_files ``read_as_html``).

An HTML page in UTF-16 or UTF-32 without a byte order mark under a ``.txt`` name, with
no name, or on the standard input was read as text with its markup ("<!DOCTYPE html>
<html><head>..."): ``document_kind`` sniffed the raw bytes, "\\0<\\0h" or "<\\0\\0\\0h",
which start no page; only ``.html`` names were looked at without NULs (clause
``wide_page_by_name``). Now the head is read in each unmarked order first. Real text
(tests/data): Cavafy's *Ithaka* and Dumas' *Memoirs*.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.reliability.test_archive_pipes import _stdin_read
from transforms.file_kinds import document_kind, unmarked_markup
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
ITHAKA = (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")[:1200]
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")[:1200]
ORDERS = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
NAMES = {"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE"}
NAMES["utf-32-be"] = "UTF-32BE"


def _page(text: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html>\n<html><head><title>Ithaka</title></head><body>\n{body}</body></html>\n"
    )


def _read(tmp_path: Path, data: bytes, name: str, encoding: str = "auto"):
    path = tmp_path / name
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


@pytest.mark.parametrize("name", ["ithaka.txt", "ithaka"])
@pytest.mark.parametrize("order", ORDERS)
def test_an_unmarked_wide_page_under_a_text_name_loses_its_markup(tmp_path, order, name):
    got = _read(tmp_path, _page(ITHAKA).encode(order), name)
    assert isinstance(got, Document), got
    assert "<p>" not in got.text and "DOCTYPE" not in got.text, "markup kept as text"
    # Same text as the page in UTF-8 under an .html name (the page rules as before).
    assert got.text == _read(tmp_path, _page(ITHAKA).encode(), "ithaka.html").text
    assert "Ithaka" in got.text


@pytest.mark.parametrize("order", ORDERS)
def test_an_unmarked_wide_page_on_the_standard_input_loses_its_markup(order):
    got = _stdin_read(input=_page(DUMAS).encode(order))
    assert "error" not in got, got
    (text,) = got["texts"]
    assert "<p>" not in text and "<html>" not in text
    assert "ARTICLE 2.--Proceedings for the reorganisation of that" in text


@pytest.mark.parametrize("order", ORDERS)
def test_an_unmarked_wide_xml_file_is_named_with_its_order(tmp_path, order):
    data = f'<?xml version="1.0"?>\n<poem><line>{ITHAKA[:200]}</line></poem>\n'.encode(order)
    got = _read(tmp_path, data, "ithaka.txt")
    assert isinstance(got, Rejected) and got.reason == "document_format"
    assert got.error.startswith(f"the file is an XML document in {NAMES[order]}, not plain")
    assert f"iconv -f {NAMES[order]} -t UTF-8 ithaka.txt" in got.error
    assert "\n" not in got.error


@pytest.mark.parametrize("order", ORDERS)
def test_guard_unmarked_wide_prose_stays_text(tmp_path, order):
    """Guard: the prose itself in each order is no page, and reads as before."""
    for text in (ITHAKA, DUMAS):
        assert document_kind(text.encode(order)) is None
        assert unmarked_markup(text.encode(order)) is None
        got = _read(tmp_path, text.encode(order), "book.txt")
        assert isinstance(got, Document) and got.text == text


def test_a_wide_text_file_opening_with_a_page_but_not_ending_as_one_is_rejected(tmp_path):
    """Clause html_sniff_text_names in a wide encoding too: notes opening with <html>
    under a .txt name are no page (they do not end as one) and are rejected with the
    conversion hint, as in UTF-8; base46 read them as text, the markup kept."""
    notes = "<html> is the root element of a page.\n\n" + DUMAS
    for order in ORDERS:
        got = _read(tmp_path, notes.encode(order), "notes.txt")
        assert isinstance(got, Rejected) and got.reason == "document_format", order


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!DOCTYPE html><html></html>", "html"),
        ("<!DOCTYPE html>".encode("utf-16"), "html"),  # a mark: as before
        (b"\x00\x00<html>", None),  # an 8-bit head with NULs is no wide page
        ("{\\rtf1 Ithaka}".encode("utf-32-be"), "rtf"),
        ("Ithaka".encode("utf-16-be"), None),
    ],
)
def test_document_kind_heads(data, kind):
    assert document_kind(data) == kind


@pytest.mark.parametrize("order", ORDERS)
def test_each_head_is_read_only_in_the_orders_that_decode_it(order):
    """Review (session 46): ``_unmarked_heads``' guards, none of which the page tests
    above notice. A UTF-32 head read as UTF-16 has a NUL after each character; a UTF-16
    head read as UTF-32 is no character (U+FFFD); a head with a mark is read by the
    mark (_text_head), and a head without a NUL in its first 4 bytes (UTF-8, 8-bit) is
    read in no wide order at all (no 4 decodes of every text file's head)."""
    from transforms.file_kinds import _unmarked_heads

    for text in (ITHAKA, DUMAS):
        orders = [name for name, _ in _unmarked_heads(_page(text).encode(order))]
        assert NAMES[order] in orders
        if order.startswith("utf-32"):
            assert orders == [NAMES[order]]
        else:
            assert set(orders) <= {"UTF-16LE", "UTF-16BE"}, orders
        marked = order[:6] + ("-le" if order.endswith("le") else "-be")
        bom = "\ufeff".encode(marked)
        assert _unmarked_heads(bom + _page(text).encode(order)) == []
        assert _unmarked_heads(text.encode()) == []
    assert _unmarked_heads(ITHAKA.encode("cp1253")) == []
