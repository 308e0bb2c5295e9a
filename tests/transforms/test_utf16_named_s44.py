"""Session 44 (the Left of session 43's wtC): ``--encoding`` and UTF-16.

Clause ``whatwg_charset_labels`` (transforms/charset_labels.py, session 44 part): the
standard's UTF-16 labels "ucs-2", "unicode", "csUnicode", "unicodefeff",
"iso-10646-ucs-2", "unicodeFFFE" were "no codec Python knows". Clause
``typed_label_separators``: "ucs2", "utf16-le", "big-5", "gb-2312" likewise, and an
unknown label's line now names the nearest codecs. Clauses ``named_wide_order`` /
``named_wide_order_wrong`` (transforms/utf16_named.py): ``--encoding utf-16`` over a
UTF-16BE file without a byte order mark was read as mojibake (Python's codec reads the
machine's order), and ``--encoding utf-16le`` over UTF-16BE bytes too. Real text
(tests/data): Cavafy's *Ithaka* (Greek), Lu Xun's poems (Chinese), Dumas' *Memoirs*
(English).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.legacy_fallback import check_encoding
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
TEXTS = {
    "ithaka": (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")[:1500],
    "luxun": (DATA / "zh_luxun_dated_poems.txt").read_text(encoding="utf-8")[:1500],
    "dumas": (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")[:1500],
}


def _read(tmp_path: Path, data: bytes, encoding: str):
    path = tmp_path / "book.txt"
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ucs-2", "utf-16"),
        ("UCS-2", "utf-16"),
        ("unicode", "utf-16"),
        ("csUnicode", "utf-16"),
        ("unicodefeff", "utf-16"),
        ("iso-10646-ucs-2", "utf-16"),
        ("unicodeFFFE", "utf-16-be"),
        ("ucs2", "utf-16"),
        ("utf16-le", "utf-16-le"),
        ("big-5", "big5"),
        ("gb-2312", "gb2312"),  # Python's GB2312, not the standard's gb_2312 (GB18030)
    ],
)
def test_utf16_and_separator_labels_name_codecs(label, codec):
    assert check_encoding(label) == codec


@pytest.mark.parametrize(
    ("label", "codec"),
    [("utf-16", "utf-16"), ("UTF16", "utf-16"), ("utf-16le", "utf-16-le"), ("cp1252", "cp1252")],
)
def test_labels_python_knows_are_as_before(label, codec):
    """Guard: a label Python knows names its codec as before."""
    assert check_encoding(label) == codec


@pytest.mark.parametrize(
    ("label", "near"), [("win1252", "windows-1252"), ("x-mac-turkish", "mac-turkish")]
)
def test_an_unknown_label_is_one_line_naming_the_nearest(label, near):
    with pytest.raises(ValueError) as raised:
        check_encoding(label)
    said = str(raised.value)
    assert "\n" not in said
    assert said.startswith(f"--encoding {label!r} is no codec Python knows; did you mean {near}")
    assert "use auto, utf-8 or a name such as" in said


@pytest.mark.parametrize("label", ["iso-2022-cn", "ISO-2022-CN-EXT", "x-user-defined"])
def test_no_text_label_no_guess(label):
    """Review (session 44): a Chinese ISO-2022-CN label was offered "did you mean
    iso2022_kr or iso2022_jp?" (a Korean and a Japanese codec, by spelling)."""
    with pytest.raises(ValueError) as raised:
        check_encoding(label)
    said = str(raised.value)
    assert "did you mean" not in said and "\n" not in said
    assert said.startswith(f"--encoding {label!r} is no codec Python knows; use auto")


def test_no_near_label_no_guess():
    with pytest.raises(ValueError) as raised:
        check_encoding("qqqqqq")
    assert "did you mean" not in str(raised.value)


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("label", ["utf-16", "ucs-2", "unicode", "csUnicode"])
@pytest.mark.parametrize(("order", "other"), [("utf-16-le", "utf-16be"), ("utf-16-be", "utf-16le")])
def test_named_utf16_without_mark_reads_its_order(tmp_path, name, label, order, other):
    """Clause ``named_wide_order``: the text as written, the order used said in the
    document's line with the flag that reads the other order."""
    text = TEXTS[name]
    got = _read(tmp_path, text.encode(order), label)
    assert isinstance(got, Document), got
    assert got.text == text
    assert got.encoding == order
    shown = order.upper().replace("-LE", "LE").replace("-BE", "BE")
    assert got.codec_hint.startswith(f"{tmp_path / 'book.txt'}: --encoding {label}: ")
    assert f"no byte order mark, so it was read as {shown} (the byte order its text" in (
        got.codec_hint
    )
    assert got.codec_hint.endswith(f"if its text is wrong, pass --encoding {other}")


@pytest.mark.parametrize("order", ["utf-32-le", "utf-32-be"])
def test_named_utf32_without_mark_reads_its_order(tmp_path, order):
    got = _read(tmp_path, TEXTS["ithaka"].encode(order), "utf-32")
    assert isinstance(got, Document), got
    assert got.text == TEXTS["ithaka"] and got.encoding == order


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize(
    ("label", "order", "right"),
    [
        ("utf-16le", "utf-16-be", "utf-16be"),
        ("utf-16be", "utf-16-le", "utf-16le"),
        ("unicodeFFFE", "utf-16-le", "utf-16le"),
    ],
)
def test_named_order_wrong_is_rejected(tmp_path, name, label, order, right):
    """Clause ``named_wide_order_wrong``: one line naming the order and the flag."""
    got = _read(tmp_path, TEXTS[name].encode(order), label)
    assert isinstance(got, Rejected), got
    assert got.reason == "invalid_encoding"
    assert "\n" not in got.error
    assert f"as --encoding {label} says: pass --encoding {right} (or utf-16" in got.error


@pytest.mark.parametrize("label", ["utf-16le", "utf-16be", "utf-16", "ucs-2"])
@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_a_mark_decides_whatever_the_label(tmp_path, label, bom):
    """Guard: a byte order mark is honoured, as before (no line)."""
    order = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    got = _read(tmp_path, bom + TEXTS["ithaka"].encode(order), label)
    assert isinstance(got, Document) and got.text == TEXTS["ithaka"]
    assert got.codec_hint == ""


@pytest.mark.parametrize(("label", "order"), [("utf-16le", "utf-16-le"), ("utf-16be", "utf-16-be")])
def test_the_named_order_its_text_reads_in_is_as_before(tmp_path, label, order):
    """Guard: the order named and the bytes' order agree: read, no line."""
    got = _read(tmp_path, TEXTS["luxun"].encode(order), label)
    assert isinstance(got, Document) and got.text == TEXTS["luxun"]
    assert got.encoding == order and got.codec_hint == ""


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_both_orders_alike_reads_little_endian_and_says_it(tmp_path, order):
    """Review (session 44): four ideographs of Lu Xun ("颜色许好") read as ideographs in
    either order; the tie goes to the standard's order, little-endian, and the line says
    so with the flag for the other (a plant choosing big-endian on a tie passed)."""
    text = next(line for line in TEXTS["luxun"].splitlines() if line.startswith("颜色许好"))[:4]
    got = _read(tmp_path, text.encode(order), "utf-16")
    assert isinstance(got, Document), got
    assert got.encoding == "utf-16-le"
    assert (got.text == text) == (order == "utf-16-le")
    assert "read as UTF-16LE (both orders read alike: the standard's order)" in got.codec_hint
    assert got.codec_hint.endswith("if its text is wrong, pass --encoding utf-16be")
