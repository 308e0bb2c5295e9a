"""Clause ``utf8_misnamed_undefined_bytes`` (transforms/read_records.py, session 40; the
Left of session 39): a UTF-8 book with a stray byte, under ``--encoding cp1252``, whose
UTF-8 holds a byte CP1252 leaves undefined ("”" is e2 80 9d) could not be decoded,
and the line said "a damaged region in the middle of the file ... Western European text
in CP1252" (Aylmer Maude's *Father Sergius*, *The Story of Troy*): it is UTF-8 under
the wrong codec, and now says so with clause ``utf8_misnamed_codec``'s line.

Real text: Dumas' *My Memoirs* (tests/data) with a paragraph of Maude's translation of
*Father Sergius* (Project Gutenberg, the rcdm-uga mirror) in its middle."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Rejected
from tests.transforms.test_utf8_piece_in_legacy import _read

SERGIUS = (
    "\u2018No, she has no particular weakness. She is quite plump, and is only\n"
    "\u201cnerastenic\u201d the doctors say. If you will only let me bring her this\n"
    "evening, Father Sergius, I\u2019ll fly like a spirit to fetch her. Holy\n"
    "Father! Revive a parent\u2019s heart, restore his line, save his afflicted\n"
    "daughter by your prayers!\u2019 And the merchant again threw himself on his\n"
    "knees and bending sideways, with his head resting on his clenched fists,\n"
    "remained stock still.\n"
)
DUMAS = (Path(__file__).parents[1] / "data" / "en_gutenberg_dumas_memoirs_book.txt").read_text(
    encoding="utf-8"
)


def _book() -> bytes:
    """Dumas with the Sergius paragraph in its middle, in UTF-8, and one CP1252
    apostrophe pasted in ("Father\\x92s")."""
    cut = DUMAS.index("\n", len(DUMAS) // 2) + 1
    data = (DUMAS[:cut] + "\n" + SERGIUS + "\n" + DUMAS[cut:]).encode()
    return data.replace(b"Father Sergius", b"Father\x92s", 1)


@pytest.mark.parametrize("typed", ["cp1252", "windows-1252"])
def test_utf8_misnamed_undefined_bytes(tmp_path, typed):
    data = _book()
    first_bad = data.index(b"\xe2\x80\x9d") + 2  # the "”" whose 0x9d CP1252 lacks
    got = _read(tmp_path / "sergius.txt", data, typed)
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
    assert "damaged region" not in got.error
    assert first_bad > 1024  # the region the old line named
    first = data.index("\u00e9".encode())  # "Barthélemy", Dumas' first accented letter
    stray = data.index(b"Father\x92s") + 6
    assert got.error == (
        f"{tmp_path / 'sergius.txt'} is UTF-8 text, not windows-1252 as --encoding {typed} says: "
        "67 UTF-8 characters make up 99% of its non-ASCII bytes (the first at byte "
        f"{first:,}: 'Barthélemy', which read as windows-1252 would be 'BarthÃ©lemy'); byte "
        f"{stray:,} (0x92) is not UTF-8; nothing of the file was "
        "read: drop --encoding (or name --encoding utf-8), and the reader names the bytes "
        "that are not UTF-8"
    )


def test_utf8_misnamed_undefined_bytes_guard(tmp_path):
    """What must stay: the same book in CP1252 with a UTF-8 "”" pasted in its middle
    (a real damaged region: its other non-ASCII bytes are CP1252's) keeps the
    damaged-region line."""
    text = DUMAS.replace("\u0153", "oe")  # "œ" is in CP1252; kept simple
    cut = text.index("\n", len(text) // 2) + 1
    data = text[:cut].encode("cp1252") + SERGIUS.encode() + text[cut:].encode("cp1252")
    got = _read(tmp_path / "dumas.txt", data, "cp1252")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
    assert "is UTF-8 text, not windows-1252" not in got.error
    assert "are Western European text in windows-1252: a damaged region in the middle" in got.error


LES_MIS = (Path(__file__).parents[1] / "data" / "en_gutenberg_les_mis_books.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    "at, said",
    [
        (2, "are Western European text in windows-1252: a damaged region in the middle"),
        (8, "are UTF-8 text (6 UTF-8 characters, '\u2018No, she has no'; read as windows-1252"),
    ],
)
def test_utf8_misnamed_undefined_bytes_guard_few_letters(tmp_path, at, said):
    """Review (session 40): the guard where the CP1252 book has few letters of its own
    (Les Misérables' book titles: "É", "é", "è") and the pasted UTF-8 paragraph holds
    most non-ASCII bytes. In its middle: the damaged-region line (the share over the
    whole file called it UTF-8); an eighth in, after pure ASCII: the UTF-8 piece line,
    the piece's bytes named (the share over all bytes before the first "”" called it
    UTF-8). Neither is a UTF-8 book."""
    cut = LES_MIS.index("\n", len(LES_MIS) // at) + 1
    data = LES_MIS[:cut].encode("cp1252") + SERGIUS.encode() + LES_MIS[cut:].encode("cp1252")
    got = _read(tmp_path / "les_mis.txt", data, "cp1252")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
    assert "is UTF-8 text, not windows-1252" not in got.error
    assert said in got.error
