"""Clause ``utf8_piece_in_legacy`` (session 36, wtC2; transforms/legacy_mixed.py; the
Left of wtC): a UTF-8 piece joined into a CP1252 book (a pasted paragraph, two files
joined with ``cat``: common in scraped corpora) was READ under ``--encoding cp1252``
(and under ``auto`` when the guesser decided CP1252), the piece as mojibake
("OdÃ©on"), without a word; under ``auto`` otherwise rejected with the guesser's list.
Now the file is rejected, the piece named, with a shell line that writes a UTF-8 copy:
the test runs that line and reads the copy. Real text: Dumas' *My Memoirs*, vol. V
(Project Gutenberg, rcdm-uga+Gutenberg_Text), lines 3000-3100 (the book, CP1252) and
5000-5040 (the piece, UTF-8)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
BOOK = (DATA / "en_gutenberg_dumas_memoirs_book.txt").read_text(encoding="utf-8")
PIECE = (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")


def _read(path: Path, data: bytes, encoding: str):
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    assert path.read_bytes() == data  # never touched
    return got


def _joined(piece: str, codec: str = "cp1252") -> tuple[bytes, int, int, str]:
    cut = BOOK.index("\n", len(BOOK) // 2) + 1
    head, tail = BOOK[:cut].encode(codec), BOOK[cut:].encode(codec)
    return (
        head + piece.encode() + tail,
        len(head),
        len(head) + len(piece.encode()),
        BOOK[:cut] + piece + BOOK[cut:],
    )


@pytest.mark.parametrize("encoding", ["auto", "utf-8", "cp1252"])
def test_utf8_piece_in_legacy(tmp_path, encoding):
    """Clause ``utf8_piece_in_legacy``: the piece's bytes named (from its first line to
    its last), the sample both ways, and the line's command makes a UTF-8 copy that is
    the text itself (book and piece, no mojibake)."""
    data, start, end, text = _joined(PIECE)
    path = tmp_path / "memoirs.txt"
    got = _read(path, data, encoding)
    assert isinstance(got, Rejected), "read as mojibake" if isinstance(got, Document) else got
    assert got.reason == ("invalid_encoding" if encoding == "cp1252" else "invalid_utf8")
    size = len(data)
    # from the line of its first UTF-8 letter to the end of the line of its last
    first = data.rfind(b"\n", 0, data.index("Odéon".encode())) + 1
    high = max(i for i in range(start, end) if data[i] >= 0x80)
    last = data.index(b"\n", high) + 1
    assert start <= first and last <= end
    assert got.error.startswith(
        f"bytes {first:,}-{last:,} of {size:,} ({first / size:.0%}-{last / size:.0%} into the "
        "file) are UTF-8 text (11 UTF-8 characters, 'Odéon for'; read as windows-1252 it would be "
        "'OdÃ©on for'), but the rest of the file is windows-1252: a piece in another encoding joined "
        "in; nothing of the file was read: convert it piece by piece to a new file, e.g. ("
    )
    command = got.error.split("e.g. ", 1)[1].removesuffix(", and read that")
    subprocess.run(command, shell=True, check=True, cwd=tmp_path)
    assert (tmp_path / "book.utf8.txt").read_text(encoding="utf-8") == text
    copy = _read(tmp_path / "copy.txt", (tmp_path / "book.utf8.txt").read_bytes(), "auto")
    assert isinstance(copy, Document) and "Odéon" in copy.text and "Ã" not in copy.text


def test_utf8_piece_in_legacy_short(tmp_path):
    """Clause ``utf8_piece_in_legacy``: one pasted line with three UTF-8 letters, which
    the guesser reads as CP1252 under auto (it was read: "PrÃ©fet"), is named too."""
    line = "    Odilon Barrot, Préfet of the Seine--His soirées--His résumés\n"
    data, start, end, _ = _joined(line)
    got = _read(tmp_path / "memoirs.txt", data, "auto")
    assert isinstance(got, Rejected) and got.error.startswith(f"bytes {start:,}-{end:,} of ")


def test_utf8_piece_in_legacy_guards(tmp_path):
    """What stays: the CP1252 book reads (as CP1252, under auto and cp1252); capitals
    before an em dash or an ellipsis ("É—" is the UTF-8 pair c9 97, "É…" c9 85, "Ã…"
    c3 85) read as CP1252; a UTF-8 book with a CP1252 piece keeps damaged_middle_said;
    two UTF-8 letters are too few to say."""
    path = tmp_path / "memoirs.txt"
    for encoding in ("auto", "cp1252"):
        got = _read(path, BOOK.encode("cp1252"), encoding)
        assert isinstance(got, Document) and got.text == BOOK
    shouts = BOOK + "\nCAFÉ… NÃO… ÉTÉ—\nL'ABBÉ—LE CURÉ—\n"
    assert shouts.encode("cp1252").count(b"\xc9\x97") >= 3
    got = _read(path, shouts.encode("cp1252"), "cp1252")
    assert isinstance(got, Document) and got.text == shouts
    data, _, _, _ = _joined(PIECE)
    utf8_book = BOOK.encode() + PIECE.encode("cp1252") + BOOK.encode()
    got = _read(path, utf8_book, "auto")
    assert isinstance(got, Rejected) and "a damaged region in the middle of a UTF-8" in got.error
    data, _, _, text = _joined("    the Préfet and the Abbé\n")
    got = _read(path, data, "cp1252")
    assert isinstance(got, Document) and "the PrÃ©fet and the AbbÃ©" in got.text  # Left


@pytest.mark.parametrize("encoding", ["auto", "cp1252"])
def test_bom_offsets_command(tmp_path, encoding):
    """Clause ``bom_offsets_command`` (review of wtC2): with a UTF-8 mark before the
    book, the line's byte range was shifted by 3 (``bom_offsets_said``) but its commands
    were not: "head -c N" / "tail -c +N" split the file 3 bytes early and the mark went
    through iconv as "ï»¿". The command now writes exactly the text."""
    data, start, end, text = _joined(PIECE)
    path = tmp_path / "memoirs.txt"
    got = _read(path, b"\xef\xbb\xbf" + data, encoding)
    assert isinstance(got, Rejected), got
    first = data.rfind(b"\n", 0, data.index("Odéon".encode())) + 1 + 3
    assert got.error.startswith(f"bytes {first:,}-")
    command = got.error.split("e.g. ", 1)[1].removesuffix(", and read that")
    subprocess.run(command, shell=True, check=True, cwd=tmp_path)
    assert (tmp_path / "book.utf8.txt").read_text(encoding="utf-8") == text


def test_utf8_piece_in_legacy_each_guard(tmp_path):
    """Review of wtC2: each guard of ``utf8_piece_in_legacy`` alone (in the guards test
    above each was masked by another: all three could be removed and it passed).
    Common letters only: three capitals before an em dash with no other non-ASCII byte
    between ("É—" is the valid UTF-8 pair c9 97, U+0257) read as CP1252, not rejected
    (a book lost). One region only: UTF-8 and CP1252 lines alternating name no region
    (its command would pass CP1252 lines through as UTF-8). The book around is legacy:
    a UTF-8 book with one bad byte under --encoding cp1252 is not said to be "UTF-8 text
    in a CP1252 book" (its command would make the whole book mojibake)."""
    path = tmp_path / "memoirs.txt"
    shouts = BOOK + "\nL'ABBÉ—LE CURÉ—LE PRÉ—\n"
    for encoding in ("auto", "cp1252"):
        got = _read(path, shouts.encode("cp1252"), encoding)
        assert isinstance(got, Document) and got.text == shouts
    lines = [f"    the Préfet of line {i}, his soirées\n" for i in range(12)]
    mixed = b"".join(line.encode("utf-8" if i % 2 else "cp1252") for i, line in enumerate(lines))
    cut = BOOK.index("\n", len(BOOK) // 2) + 1
    alternating = BOOK[:cut].encode("cp1252") + mixed + BOOK[cut:].encode("cp1252")
    utf8_book = BOOK.encode()[:cut] + b"\xe9" + BOOK.encode()[cut:]
    for data in (alternating, utf8_book):
        for encoding in ("auto", "cp1252"):
            got = _read(path, data, encoding)
            assert not (isinstance(got, Rejected) and "are UTF-8 text" in got.error), got.error
