"""Clause ``legacy_damaged_middle_said`` (session 36, transforms/legacy_middle.py; the
Left of session 35): a book whose start is NOT UTF-8 (GB18030, Big5, Shift_JIS, CP1252)
with garbage or zeroed blocks in its middle was rejected whole with the legacy guesser's
list ("the bytes decode, but not surely, as ISO-8859-2 (it holds 919 control
characters); KOI8-R ..."), advice that makes mojibake and says nothing of where the book
is broken. Now the line names the region as ``damaged_middle_said`` does for UTF-8.
Real text re-encoded: 三毛's 背影 (GB18030), 孟子·萬章 (Big5, bgc2017/chtxt), 古城
(Shift_JIS, Aozora), Les Misérables' book list three times with Word's curly quotes and
dashes (CP1252)."""

from __future__ import annotations

import random
import re
import shlex
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.charset_labels import known_name
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
GARBAGE = random.Random(36).randbytes(4096)


def _curly(text: str) -> str:
    """Text as Word writes it: curly quotes and em dashes (CP1252 0x93, 0x94, 0x92, 0x97)."""
    text = re.sub(r'"(?=\w)', "\u201c", text).replace('"', "\u201d")
    return text.replace("'", "\u2019").replace("--", "\u2014")


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


BOOKS = {
    "gb18030": (_text("zh_sanmao_beiying_kelisi.txt"), "Chinese text in gb18030"),
    "big5": (_text("zh_mengzi_wanzhang_big5.txt"), "traditional Chinese text in big5"),
    "shift_jis": (_text("ja_aozora_castle.txt"), "Japanese text in shift_jis"),
    "cp1252": (
        _curly(_text("en_gutenberg_les_mis_books.txt") * 3),
        "Western European text in windows-1252",
    ),
}


def _middle(book: bytes, piece: bytes) -> tuple[bytes, int]:
    at = book.index(b"\n", len(book) // 2) + 1  # at a line start
    return book[:at] + piece + book[at:], at


def _read(tmp_path, data: bytes, encoding: str = "auto"):
    (tmp_path / "book 1.txt").write_bytes(data)
    (file,) = expand_inputs([str(tmp_path / "book 1.txt")])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got, shlex.quote(file.source)


def _tail(size: int, at: int, end: int, what: str, source: str, codec: str) -> str:
    where = f"{at / size:.0%}-{end / size:.0%}"
    return (
        f"bytes {at:,}-{end:,} of {size:,} ({where} into the file) {what}, but the {at:,} "
        f"bytes before them and the {size - end:,} after are {BOOKS[codec][1]}: a damaged "
        "region in the middle of the file (binary data, zeroed blocks, or text in another "
        "encoding joined in); nothing of the file was read: re-create or re-download "
        f"{source}, or cut the region out (--encoding {known_name(codec)} reads the file as it is)"
    )


@pytest.mark.parametrize("codec", list(BOOKS))
def test_legacy_damaged_middle_said_zeroed(tmp_path, codec):
    """Clause ``legacy_damaged_middle_said``: 4 KB of NULs (a zeroed block) in the middle
    of each book: rejected whole, the line naming the exact bytes and what to do; the
    clean book reads in its codec (the guard the region is measured against)."""
    book = BOOKS[codec][0].encode(codec)
    clean, _ = _read(tmp_path, book)
    assert isinstance(clean, Document) and clean.text == BOOKS[codec][0]
    data, at = _middle(book, bytes(4096))
    got, source = _read(tmp_path, data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
    what = (
        "are 4,096 NUL bytes (zeroed blocks, as an unfinished download or a crashed write "
        "leaves: text is missing there)"
    )
    assert got.error.endswith(_tail(len(data), at, at + 4096, what, source, codec))
    assert "\n" not in got.error and "iso-8859-2" not in got.error


@pytest.mark.parametrize("codec", list(BOOKS))
def test_legacy_damaged_middle_said_garbage(tmp_path, codec):
    """Clause ``legacy_damaged_middle_said``: 4 KB of random bytes in the middle: the
    region named from its first bad or control byte to its last (within the 4 KB), not
    the guesser's list; also under --encoding utf-8."""
    data, at = _middle(BOOKS[codec][0].encode(codec), GARBAGE)
    for encoding in ("auto", "utf-8"):
        got, _ = _read(tmp_path, data, encoding)
        assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
        found = re.search(r"bytes ([\d,]+)-([\d,]+) of ([\d,]+) \(", got.error)
        first, last, size = (int(g.replace(",", "")) for g in found.groups())
        assert size == len(data) and at <= first < at + 64 and at + 4096 - 64 < last <= at + 4096
        assert f"are not {BOOKS[codec][1]} (" in got.error
        assert "a damaged region in the middle of the file" in got.error
        assert "not surely" not in got.error


def test_legacy_damaged_middle_said_guards(tmp_path):
    """What must stay: garbage at the very end (a cut, no text after it) and a region
    over half the file keep the guesser's line; a UTF-8 book keeps its own
    (``damaged_middle_said``); a named codec keeps its reason (its region is named since
    session 36's ``legacy_damaged_middle_named``: test_legacy_damaged_middle_named.py)."""
    book = BOOKS["gb18030"][0].encode("gb18030")
    got, _ = _read(tmp_path, book + GARBAGE)
    assert isinstance(got, Rejected) and "damaged region" not in got.error
    got, _ = _read(tmp_path, _middle(book, GARBAGE * 5)[0])
    assert isinstance(got, Rejected) and "damaged region" not in got.error
    utf8, at = _middle(BOOKS["gb18030"][0].encode("utf-8"), GARBAGE)
    got, _ = _read(tmp_path, utf8)
    assert "are not valid UTF-8 (" in got.error and "in the middle of a UTF-8 file" in got.error
    got, _ = _read(tmp_path, _middle(book, GARBAGE)[0], "gb18030")
    assert isinstance(got, Rejected) and got.reason != "invalid_utf8"
    assert not got.error.endswith("reads the file as it is)")


def test_legacy_damaged_middle_said_text_after(tmp_path):
    """Guard (review): the bytes after the region must read as text of the start's
    language, not merely decode: a CP1252 book whose second half is bytes that all
    decode in CP1252 but are no text (random, line by line) keeps the guesser's line;
    it is not called one damaged region with text after it."""
    book = BOOKS["cp1252"][0].encode("cp1252")
    half = book[: book.index(b"\n", len(book) // 2) + 1]
    rng = random.Random(361)
    allowed = [b for b in range(0x20, 0x100) if b not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    noise = b"\n".join(bytes(rng.choice(allowed) for _ in range(70)) for _ in range(120))
    data = half + GARBAGE + b"\n" + noise + b"\n"
    noise.decode("cp1252")  # all of it decodes: only the 4 KB of garbage is bad
    got, _ = _read(tmp_path, data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
    assert "damaged region" not in got.error
