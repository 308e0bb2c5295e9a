"""Clause ``utf8_misnamed_few`` (session 38; transforms/utf8_misnamed.py; the Left of
session 37: "a UTF-8 book with 1-2 non-ASCII characters and a stray byte (16 of 284 in
tp.py) is still read under a named cp1252 with its 1-2 letters as mojibake").
``utf8_misnamed_codec`` needed 3 UTF-8 letters; now 1-2 are evidence when each reads as
mojibake in the named codec (a letter and a symbol: "Ã©", "Ã¨", "Â£", "â€”"; not a
capital before punctuation, "IRMÃ…") and the other non-ASCII bytes are at most half
theirs (one stray or cut byte). Real text: the list of *Les Misérables*' books
(Project Gutenberg, tests/data: two accented letters, "dénouement", "Verrière"); the
guard is the credit line of Baum's *John Dough and the Cherub* (Gutenberg: "Haragos
PÃ¡l", mojibake already in the book) with its "BÉBÉ" and "×", in CP1252."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.transforms.test_utf8_piece_in_legacy import _read

DATA = Path(__file__).parents[1] / "data"
LINES = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8").splitlines(True)
LIST = "".join(LINES[29:140])  # from "Marius witnessed" on: "é" and "è" only
JOHN_DOUGH = (
    "Produced by David Edwards, Haragos PÃ¡l and the Online\n"
    "[Illustration: BÉBÉ CELESTE]\n"
    "The small size of these books--5 × 3 inches--together with the gay\n"
)
LABELS = {"cp1252": "windows-1252", "latin-1": "iso-8859-1"}


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_utf8_misnamed_few(tmp_path, encoding):
    """One UTF-8 letter ("dénouement") and one stray CP1252 byte ("Verri\\xe8re"):
    rejected, the letter and the byte named (was read: "dÃ©nouement")."""
    assert [c for c in LIST if not c.isascii()] == ["é", "è"]
    utf8 = LIST.encode()
    bad = utf8.index("è".encode())
    data = utf8[:bad] + b"\xe8" + utf8[bad + 2 :]
    got = _read(tmp_path / "list.txt", data, encoding)
    assert isinstance(got, Rejected), f"read as mojibake: {got.text[:80]!r}"
    first = utf8.index("é".encode())
    assert got.error.startswith(
        f"{tmp_path / 'list.txt'} is UTF-8 text, not {LABELS[encoding]} as --encoding "
        f"{encoding} says: 1 UTF-8 characters make up 67% of its non-ASCII bytes (the "
        f"first at byte {first:,}: 'dénouement', which read as {LABELS[encoding]} would be "
        f"'dÃ©nouement'); byte {bad:,} (0xe8) is not UTF-8; nothing of the file was read"
    )


POE = (
    "He had directed, in great part, the movable embellishments of the seven\n"
    "chambers, upon occasion of this great _fête_; and it was his own guiding\n"
    "taste which had given character to the masqueraders.  Be sure they were\n"
    "grotesque.  There were much glare and glitter and piquancy and\n"
)  # The Masque of the Red Death


def test_utf8_misnamed_few_ordinal(tmp_path):
    """Poe's "fête" (c3 aa) reads in CP1252 as "Ãª": the ordinal "ª" is a letter to
    Python, a symbol here (session 37's tp.py: this book with a stray byte was READ)."""
    data = POE.encode() + b"caf\xe9 au lait\n"
    got = _read(tmp_path / "masque.txt", data, "cp1252")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    assert "'_fête_;', which read as windows-1252 would be '_fÃªte_;'" in got.error


def test_utf8_misnamed_few_cut(tmp_path):
    """A UTF-8 file cut inside its second letter ("Verri" + c3, head -c): rejected,
    the cut byte named (was read with "dÃ©nouement" and a trailing "Ã")."""
    utf8 = LIST.encode()
    data = utf8[: utf8.index("è".encode()) + 1]
    got = _read(tmp_path / "list.txt", data, "cp1252")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    assert f"; byte {len(data) - 1:,} (0xc3) is not UTF-8;" in got.error


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_utf8_misnamed_few_guards(tmp_path, encoding):
    """What must stay: real CP1252 text whose one valid UTF-8 pair is already mojibake
    in the book ("PÃ¡l") among other CP1252 letters (2 of 5 non-ASCII bytes; with the
    first two lines only 2 of 4: as many others, more than half) is read as named; so is the Portuguese note of session
    37's review, whose pairs are capitals before punctuation ("IRMÃ…", "MAMÃ”")."""
    for text in (JOHN_DOUGH, JOHN_DOUGH[: JOHN_DOUGH.index("]") + 2]):  # 2 of 5; 2 of 4 bytes
        got = _read(tmp_path / "dough.txt", text.encode(encoding), encoding)
        assert isinstance(got, Document) and got.text == text and got.encoding != "utf-8"
    note = "Ela gritou: IRMÃ… MAMÃ” — e saiu do café.\n"  # 4 of 6 bytes in the pairs
    if encoding == "cp1252":
        got = _read(tmp_path / "nota.txt", note.encode(encoding), encoding)
        assert isinstance(got, Document) and got.text == note
