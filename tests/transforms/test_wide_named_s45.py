"""Session 45 (the Left of session 44's wtG): wide encodings named by ``--encoding``.

Clause ``named_wide_family_wrong`` (transforms/utf16_named.py): a UTF-32 file without a
byte order mark under ``--encoding utf-16`` (any order) was read as its text with a NUL
after every character, silently; a UTF-16 file under ``--encoding utf-32`` was rejected
with the codec's "code point not in range(0x110000)". Both are now one line naming what
the bytes are and the flag to pass. Clause ``named_wide_order_pages`` (read_text): a
page without a mark under ``--encoding utf-16be`` over UTF-16LE bytes was mojibake.
Clause ``wide_page_by_name`` (html_files.html_by_name): a UTF-16BE ``.html`` page
without a mark kept its markup as text. Real text (tests/data): Dumas' *Memoirs*, Lu
Xun's poems, Cavafy's *Ithaka*.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
TEXTS = {
    "dumas": (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")[:1500],
    "luxun": (DATA / "zh_luxun_dated_poems.txt").read_text(encoding="utf-8")[:1500],
    "ithaka": (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")[:1500],
}
NAMES = {
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32-le": "UTF-32LE",
    "utf-32-be": "UTF-32BE",
}
FLAGS = {
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
    "utf-32-le": "utf-32le",
    "utf-32-be": "utf-32be",
}


def _read(tmp_path: Path, data: bytes, encoding: str, name: str = "book.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


@pytest.mark.parametrize("text", sorted(TEXTS))
@pytest.mark.parametrize("order", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("label", ["utf-16", "utf-16le", "utf-16be", "ucs-2"])
def test_utf32_bytes_under_a_utf16_label_are_one_line(tmp_path, text, order, label):
    got = _read(tmp_path, TEXTS[text].encode(order), label)
    assert isinstance(got, Rejected), "read as text with a NUL after every character"
    assert got.reason == "invalid_encoding"
    assert got.error.startswith(
        f"the bytes are {NAMES[order]} text (no byte order mark), not UTF-16"
    )
    assert f"as --encoding {label} says: pass --encoding {FLAGS[order]} (or utf-32," in got.error
    assert "\n" not in got.error
    # The flag the line names reads the text exactly.
    assert _read(tmp_path, TEXTS[text].encode(order), FLAGS[order]).text == TEXTS[text]


@pytest.mark.parametrize("text", sorted(TEXTS))
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("label", ["utf-32", "utf-32le", "utf-32be"])
def test_utf16_bytes_under_a_utf32_label_are_named(tmp_path, text, order, label):
    got = _read(tmp_path, TEXTS[text].encode(order), label)
    assert isinstance(got, Rejected)
    assert got.reason == "invalid_encoding"
    assert got.error.startswith(
        f"the bytes are {NAMES[order]} text (no byte order mark), not UTF-32"
    )
    assert f"pass --encoding {FLAGS[order]} (or utf-16," in got.error
    assert "range(0x110000)" not in got.error
    assert _read(tmp_path, TEXTS[text].encode(order), "utf-16").text == TEXTS[text]


@pytest.mark.parametrize("text", sorted(TEXTS))
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_guard_the_named_family_over_its_own_bytes_reads_as_before(tmp_path, text, order):
    family = order[:6]
    for label in (family, FLAGS[order]):
        got = _read(tmp_path, TEXTS[text].encode(order), label)
        assert isinstance(got, Document)
        assert got.text == TEXTS[text]


def _page(text: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head><title>Memoirs</title></head><body>\n{body}</body></html>\n"


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("label", ["utf-16", "auto"])
def test_a_utf16_page_without_a_mark_loses_its_markup(tmp_path, order, label):
    got = _read(tmp_path, _page(TEXTS["dumas"]).encode(order), label, "memoirs.html")
    assert isinstance(got, Document)
    assert "<p>" not in got.text and "<html>" not in got.text
    assert "ARTICLE 2.--Proceedings for the reorganisation of that" in got.text
    if label == "utf-16":
        assert f"read as {NAMES[order]}" in got.codec_hint


@pytest.mark.parametrize(("order", "label"), [("utf-16-le", "utf-16be"), ("utf-16-be", "utf-16le")])
def test_a_page_in_the_other_order_than_named_is_one_line(tmp_path, order, label):
    got = _read(tmp_path, _page(TEXTS["luxun"]).encode(order), label, "poems.html")
    assert isinstance(got, Rejected), "read as mojibake"
    assert got.reason == "invalid_encoding"
    other = "utf-16-be" if order == "utf-16-le" else "utf-16-le"
    assert got.error.startswith(
        f"the bytes are {NAMES[order]} text (no byte order mark), not {NAMES[other]}"
    )


def test_a_utf32_page_under_utf16_is_one_line(tmp_path):
    got = _read(tmp_path, _page(TEXTS["ithaka"]).encode("utf-32-le"), "utf-16", "ithaka.html")
    assert isinstance(got, Rejected)
    assert "pass --encoding utf-32le" in got.error


def test_guard_a_page_declaring_its_charset_reads_by_it(tmp_path):
    page = _page(TEXTS["dumas"]).replace("<head>", '<head><meta charset="windows-1252">')
    data = page.replace("--", "\u2014").encode("cp1252")
    got = _read(tmp_path, data, "auto", "memoirs.html")
    assert isinstance(got, Document)
    assert "ARTICLE 2.\u2014Proceedings" in got.text
    assert "<p>" not in got.text


@pytest.mark.parametrize(
    ("data", "page"),
    [
        (b"\x00<\x00p\x00>", True),
        (b"\x00\x00\x00<\x00\x00\x00p", True),
        (b"\xfe\xff\x00<\x00p", True),
        (b"<p>", True),
        (b"\xef\xbb\xbf <p>", True),
        (b"Chapter 1 <p>", False),  # guard: prose stays text
        (b"\x00C\x00h", False),
    ],
)
def test_wide_page_by_name(data, page):
    from transforms.html_files import html_by_name

    assert html_by_name("a.html", data) is page


GETTEXT = (DATA / "en_gettext_about_nls.txt").read_text(encoding="utf-8")[:3000]  # ASCII


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_ascii_text_under_its_own_named_order_is_read_without_nuls(tmp_path, order):
    """Review (session 45), clause named_wide_order_read: ASCII text (the gettext manual)
    in UTF-16LE without a mark is valid UTF-8 too, and under --encoding utf-16le (its own
    order!) was read as UTF-8, a NUL after every character (base45 as well)."""
    for label in (FLAGS[order], order[:6]):
        got = _read(tmp_path, GETTEXT.encode(order), label)
        assert isinstance(got, Document), got
        assert got.text.strip() == GETTEXT.strip() and "\x00" not in got.text


@pytest.mark.parametrize("label", ["utf-16", "utf-16le", "utf-32", "ucs-2"])
def test_a_utf8_file_under_a_wide_label_is_read_as_utf8(tmp_path, label):
    """Review (session 45), clause named_wide_utf8_kept: a UTF-8 file without a NUL under
    --encoding utf-16 was read as CJK mojibake ("桔\u2065牐橯...": 88% of an English
    text's byte pairs are CJK ideographs, and the family's order was taken without the
    95% bar); valid UTF-8 is read as UTF-8, as --help says. Dumas (curly quotes: not
    ASCII) and the gettext manual."""
    for text in (TEXTS["dumas"], GETTEXT, TEXTS["luxun"]):
        got = _read(tmp_path, text.encode("utf-8"), label)
        assert isinstance(got, Document), got
        assert got.text.strip() == text.strip()
