"""Clauses ``legacy_damaged_middle_early`` and ``legacy_damaged_middle_named`` (session
36, wtC2; transforms/legacy_middle.py; the Left of wtC): ``legacy_damaged_middle_said``
needed the first quarter of the file clean (a hole at 10% kept the guesser's list), and
under a named ``--encoding gb18030`` / ``cp1252`` the region was not named (the codec's
own "nor valid gb18030: bytes 1909-1910", or the binary hint) and zeroed blocks, which
GB18030 and CP1252 decode, were READ, the text glued over the hole. Real text
re-encoded: 三毛's 背影 (GB18030) and Les Misérables' book list with Word's quotes
(CP1252), from tests/transforms/test_legacy_damaged_middle.py."""

from __future__ import annotations

import pytest

from schemas import Document, Rejected
from tests.transforms.test_legacy_damaged_middle import BOOKS, GARBAGE, _read, _tail
from transforms.charset_labels import known_name

HOLES = {"garbage": GARBAGE, "zeroed": bytes(4096)}


def _hole(codec: str, frac: float, hole: bytes) -> tuple[bytes, int]:
    book = BOOKS[codec][0].encode(codec)
    at = book.index(b"\n", int(len(book) * frac)) + 1  # at a line start
    return book[:at] + hole + book[at:], at


def _what(data: bytes, at: int, end: int, hole: str, codec: str, bad: int) -> str:
    if hole == "zeroed":
        return (
            "are 4,096 NUL bytes (zeroed blocks, as an unfinished download or a crashed "
            "write leaves: text is missing there)"
        )
    return f"are not {BOOKS[codec][1]} ({bad:,} bad or control bytes, starting {data[at : at + 8].hex(' ')})"


def _region(got: Rejected) -> tuple[int, int, int]:
    head = got.error.split(" (", 1)[0].removeprefix("bytes ")
    span, size = head.split(" of ")
    start, end = span.split("-")
    return int(start.replace(",", "")), int(end.replace(",", "")), int(size.replace(",", ""))


@pytest.mark.parametrize("hole", list(HOLES))
@pytest.mark.parametrize("codec", ["gb18030", "cp1252"])
def test_legacy_damaged_middle_early(tmp_path, codec, hole):
    """Clause ``legacy_damaged_middle_early``: a hole at 10% of the book (in its first
    quarter): the codec is decided on the last quarter, the text before the hole checked
    as that codec's language; the line is the same as for a hole in the middle."""
    data, at = _hole(codec, 0.1, HOLES[hole])
    got, source = _read(tmp_path, data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
    start, end, size = _region(got)
    assert size == len(data)
    assert at - 8 <= start <= at + 8 and at + 4096 - 64 <= end <= at + 4096 + 8  # the hole
    bad = (
        int(got.error.split("(", 2)[2].split(" ", 1)[0].replace(",", ""))
        if hole == "garbage"
        else 0
    )
    assert got.error == _tail(
        size, start, end, _what(data, start, end, hole, codec, bad), source, codec
    )


@pytest.mark.parametrize("frac", [0.1, 0.5])
@pytest.mark.parametrize("hole", list(HOLES))
@pytest.mark.parametrize("codec", ["gb18030", "cp1252"])
def test_legacy_damaged_middle_named(tmp_path, codec, hole, frac):
    """Clause ``legacy_damaged_middle_named``: under ``--encoding CODEC`` the region is
    named as under auto, without "(--encoding CODEC reads the file as it is)" (it was
    the codec's own error, the binary hint, or for zeroed blocks: READ)."""
    data, at = _hole(codec, frac, HOLES[hole])
    got, source = _read(tmp_path, data, codec)
    assert isinstance(got, Rejected), "read over the hole" if isinstance(got, Document) else got
    start, end, size = _region(got)
    assert at - 8 <= start <= at + 8 and at + 4096 - 64 <= end <= at + 4096 + 8
    bad = (
        int(got.error.split("(", 2)[2].split(" ", 1)[0].replace(",", ""))
        if hole == "garbage"
        else 0
    )
    said = _tail(size, start, end, _what(data, start, end, hole, codec, bad), source, codec)
    assert got.error == said.removesuffix(
        f" (--encoding {known_name(codec)} reads the file as it is)"
    )


def test_legacy_damaged_middle_named_guards(tmp_path):
    """What stays: the clean books read under their codec; 100 NULs (a record's
    padding, under a block) read as before; a region within the first 1 KB and a book
    cut into garbage to its end keep their old lines; a UTF-8 book is UTF-8."""
    for codec in ("gb18030", "cp1252"):
        book = BOOKS[codec][0]
        got, _ = _read(tmp_path, book.encode(codec), codec)
        assert isinstance(got, Document) and got.text == book
        data, _ = _hole(codec, 0.5, bytes(100))
        got, _ = _read(tmp_path, data, codec)
        assert isinstance(got, Document) and got.text.replace("\x00", "") == book
        book_bytes = book.encode(codec)
        for data in (
            book_bytes[:500] + GARBAGE + book_bytes[500:],
            book_bytes[: len(book_bytes) // 2] + GARBAGE,
        ):
            for encoding in ("auto", codec):
                got, _ = _read(tmp_path, data, encoding)
                assert isinstance(got, Rejected) and "a damaged region" not in got.error
    got, _ = _read(tmp_path, BOOKS["gb18030"][0].encode(), "gb18030")
    assert isinstance(got, Document) and got.encoding == "utf-8"
