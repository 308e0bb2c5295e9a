"""Clause ``utf8_piece_in_legacy`` (session 36) on single-byte books of other scripts
(session 37; the Left of session 36's wtC2 review: it was tried on CP1252 and one
CP1251 text only). Real public-domain text (tests/data): Cavafy's *Ithaka* (Greek:
CP1253, ISO-8859-7), al-Fatiha and the first articles of the Universal Declaration
(Arabic: CP1256, ISO-8859-6), the opening of *Anna Karenina* (Russian: KOI8-R, CP1251,
ISO-8859-5), Genesis 1 (Hebrew: CP1255, ISO-8859-8), each re-encoded; the piece is its
first paragraph in UTF-8, joined in at the middle.

What failed before: an Arabic or Hebrew UTF-8 piece was no "common letter"
(U+0600-06FF, U+05D0-05EA), so a CP1256 book with one was READ, the piece as mojibake
("ط¨ط³ظ…"), and pairs of the book's own bytes were counted as letters of other scripts
("ر،" is d1 a1, a Cyrillic letter); clause ``utf8_piece_own_script``: for a codec of
another script the letters counted are its own. Greek (CP1253, ISO-8859-7), Hebrew and
ISO-8859-6 UTF-8 pieces hold bytes the codec leaves undefined, so a named codec said
only "nor valid cp1253: bytes 780-781 (character maps to <undefined>)"; clause
``utf8_piece_undefined_bytes``: the piece is named there too."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.transforms.test_utf8_piece_in_legacy import _read

DATA = Path(__file__).parents[1] / "data"
BOOKS = {
    "el": "el_cavafy_ithaka.txt",
    "ar": "ar_fatiha_udhr.txt",
    "ru": "ru_tolstoy_karenina_opening.txt",
    "he": "he_genesis_1.txt",
}
CASES = [
    ("el", "cp1253"),
    ("el", "iso8859_7"),
    ("ar", "cp1256"),
    ("ar", "iso8859_6"),
    ("ru", "koi8_r"),
    ("ru", "cp1251"),
    ("ru", "iso8859_5"),
    ("he", "cp1255"),
    ("he", "iso8859_8"),
]


def _text(lang: str, codec: str) -> str:
    text = (DATA / BOOKS[lang]).read_text(encoding="utf-8")
    if codec in ("koi8_r", "iso8859_5"):  # no dashes or guillemets in these
        text = text.replace("—", "-").replace("«", '"').replace("»", '"')
    return text


@pytest.mark.parametrize(("lang", "codec"), CASES)
def test_utf8_piece_own_script(tmp_path, lang, codec):
    """Clauses ``utf8_piece_own_script`` / ``utf8_piece_undefined_bytes``: under the
    book's codec named, the UTF-8 piece is named from its first line to its last, the
    sample both ways, and the line's command writes a UTF-8 copy that is the text."""
    text = _text(lang, codec)
    piece = text.split("\n\n")[0] + "\n" if "\n\n" in text else "".join(text.splitlines(True)[:3])
    cut = text.index("\n", len(text) // 2) + 1
    head = text[:cut].encode(codec)
    data = head + piece.encode() + text[cut:].encode(codec)
    got = _read(tmp_path / "book.txt", data, codec)
    assert isinstance(got, Rejected), "read as mojibake" if isinstance(got, Document) else got
    assert got.reason == "invalid_encoding"
    size, end = len(data), len(head) + len(piece.encode())
    assert got.error.startswith(f"bytes {len(head):,}-{end:,} of {size:,} (")
    assert f"UTF-8 characters, '{piece.split()[0]}" in got.error  # the sample as UTF-8
    assert "but the rest of the file is" in got.error
    command = got.error.split("e.g. ", 1)[1].removesuffix(", and read that")
    subprocess.run(command, shell=True, check=True, cwd=tmp_path)
    assert (tmp_path / "book.utf8.txt").read_text(encoding="utf-8") == text[:cut] + piece + text[
        cut:
    ]


@pytest.mark.parametrize(("lang", "codec"), CASES)
def test_utf8_piece_own_script_guards(tmp_path, lang, codec):
    """What stays: the book alone reads under its codec, every letter as it is (no
    pair of its bytes taken for UTF-8: Russian capitals before "»" or "—", Arabic
    letters before "،", Greek capitals before "…"); also with such pairs written in."""
    text = _text(lang, codec)
    got = _read(tmp_path / "book.txt", text.encode(codec), codec)
    assert isinstance(got, Document) and got.text == text
    extra = {  # lines whose byte pairs are valid UTF-8 letters of another script
        "ru": "ЭТО ОНА… СССР» ТАСС— НЕТ…\n",  # d0 85, d1 bb... in CP1251
        "ar": "الكبير، الصغير، القادر؟ الدار، بدأ،\n",  # d1 a1 (U+0461), c3 a1 (á)
        "el": "ΤΟ…  ΕΞ» ΑΥΤΟ» ΠΡΟΣ…\n",
        "he": "״אור״… ״חשך״…\n",
    }[lang]
    try:
        more = (text + extra).encode(codec)
    except UnicodeEncodeError:
        return  # the line's marks are not in this codec
    got = _read(tmp_path / "book.txt", more, codec)
    assert isinstance(got, Document) and got.text == text + extra


def test_utf8_piece_undefined_bytes_binary(tmp_path):
    """Clause ``utf8_piece_undefined_bytes`` runs on the named codec's own failure only
    (review of session 37): a Greek CP1253 book with a UTF-8 piece and NUL bytes keeps
    rule named_codec_binary's line (the file is binary), not the piece's (no test pinned
    it: the piece's line passed)."""
    text = _text("el", "cp1253")
    piece = text.split("\n\n")[0] + "\n"
    cut = text.index("\n", len(text) // 2) + 1
    data = text[:cut].encode("cp1253") + piece.encode() + bytes(16) + text[cut:].encode("cp1253")
    got = _read(tmp_path / "book.txt", data, "cp1253")
    assert isinstance(got, Rejected)
    assert "NUL" in got.error and "are UTF-8 text (" not in got.error
