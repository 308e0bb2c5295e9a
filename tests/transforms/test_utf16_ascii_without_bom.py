"""Clause ``utf16_ascii_without_bom`` (session 33 review, transforms/encodings.py): UTF-16
without a byte order mark whose units all have both bytes under 0x80 is valid UTF-8, so
it was read as UTF-8: its NULs stripped as control characters, the manifest saying
utf-8, and a curly quote (U+2019, bytes 19 20) or a dash (U+2014, 14 20) turned into a
control byte and a space. Now a text file under --encoding auto is decoded as that
UTF-16 and labelled so. Real text: RFC 5321's scenarios (ASCII) and Les Misérables'
book list (tests/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file
from transforms.read_records import decode

DATA = Path(__file__).parents[1] / "data"
RFC = (DATA / "en_rfc5321_scenarios.txt").read_text(encoding="utf-8")
LES_MIS = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8")
# RFC 5321 with typographic quotes and a dash: every unit still under 0x80 per byte
QUOTED = RFC.replace('"', "\u201c", 1).replace("Duplicate", "Don\u2019t \u2014 duplicate")


def _read(tmp_path, name: str, data: bytes, encoding: str = "auto"):
    (tmp_path / name).write_bytes(data)
    (file,) = expand_inputs([str(tmp_path / name)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_ascii_without_bom_is_decoded_and_labelled(tmp_path, order):
    assert "\u2019" in QUOTED and "\u201c" in QUOTED and "\u2014" in QUOTED
    data = QUOTED.encode(order)
    assert data.decode("utf-8")  # valid UTF-8: why it was read as such
    got = _read(tmp_path, "rfc.txt", data)
    assert isinstance(got, Document), got
    assert got.encoding == order
    assert "Don\u2019t \u2014 duplicate" in got.text and "\u201c" in got.text
    assert "\x00" not in got.text and " t \x14" not in got.text


def test_utf16_ascii_without_bom_guards(tmp_path):
    # UTF-8 text with a few NULs is UTF-8 (its NULs are control characters)
    text = ("\x00\x07" + RFC + "\x1b").encode()
    assert decode(text, "c.txt", "s", "auto")[1] == "utf-8"
    # UTF-32 without a mark is no UTF-16: a U+0000 every other unit. It was read as
    # utf-8 (NULs stripped); since session 34 (wtC2, clause utf8_mostly_controls, 50%
    # control bytes) rejected naming UTF-32LE; since session 35 (clause
    # utf32_unmarked_decoded, tests/transforms/test_utf32_unmarked.py) decoded as UTF-32,
    # and still rejected naming UTF-32LE when a run of NULs follows (no sure decoding)
    assert decode(RFC.encode("utf-32-le"), "w.txt", "s", "auto") == (RFC, "utf-32-le")
    w = decode(RFC.encode("utf-32-le") + bytes(4096), "w.txt", "s", "auto")
    assert isinstance(w, Rejected) and w.reason == "invalid_encoding"
    assert "looks like UTF-32LE without a byte order mark" in w.error
    # Latin text (é: bytes e9 00) is not UTF-8: since session 34 decoded too (clause
    # utf16_unmarked_decoded, tests/transforms/test_utf16_unmarked.py)
    latin = _read(tmp_path, "les.txt", LES_MIS.encode("utf-16-le"))
    assert isinstance(latin, Document) and latin.encoding == "utf-16-le"
    # a named codec is the user's word
    named = _read(tmp_path, "named.txt", RFC.encode("utf-16-le"), "utf-8")
    assert isinstance(named, Document) and named.encoding == "utf-8"
    # an odd length (a cut unit) is not decoded: since session 34 rejected naming the
    # byte (clause utf16_unmarked_odd_length, tests/transforms/test_utf16_unmarked.py)
    odd = decode(RFC.encode("utf-16-le") + b"\n", "o.txt", "s", "auto")
    assert isinstance(odd, Rejected) and odd.reason == "invalid_utf16"
