"""Clause ``typed_codec_name`` (session 38; transforms/read.py ``ReadConfig``,
transforms/file_spans.py ``typed_option``; the Left of session 37): the reader's lines
about a named codec showed Python's normalized name, not the one the user typed: a
user's ``--encoding latin-1`` read "not ISO8859-1 as --encoding iso8859-1 says", and
``--encoding windows-1253`` "nor valid cp1253": an option the user never gave. Now
ReadConfig keeps the typed name beside the checked one (not as a field: resolved
configs and the resume comparison see the checked name, as before) and every message
kind about the named codec shows it. Real text (tests/data): Hugo's *Les Misérables*,
Dumas' *My Memoirs*, Cavafy's *Ithaka*, the Les Misérables book list."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from schemas import Rejected
from tests.transforms.test_legacy_damaged_middle import BOOKS
from tests.transforms.test_utf8_misnamed_codec import HUGO, _stray
from tests.transforms.test_utf8_piece_in_legacy import BOOK, PIECE, _read
from transforms.read import ReadConfig

DATA = Path(__file__).parents[1] / "data"
ITHAKA = (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")


def test_typed_codec_name_config():
    """The typed name is kept; the checked name, the fields and the resolved config are
    as before (a resume compares the checked name: "latin-1" and "iso8859-1" agree)."""
    config = ReadConfig(encoding=" latin-1")
    assert config.encoding == "iso8859-1" and config.named_encoding == "latin-1"
    assert "named_encoding" not in dataclasses.asdict(config)
    assert config == ReadConfig(encoding="iso8859-1")


def test_typed_codec_name_strict(tmp_path):
    """A byte the named codec leaves undefined (0xaa in CP1253): "nor valid
    windows-1253" (was "nor valid cp1253")."""
    data = ITHAKA.encode("cp1253")
    at = data.index(b"\n", len(data) // 2) + 1
    data = data[:at] + b"\xaa" + data[at:]
    got = _read(tmp_path / "ithaka.txt", data, "windows-1253")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    assert (
        f"nor valid windows-1253: bytes {at}-{at + 1} (character maps to <undefined>)" in got.error
    )
    assert "cp1253" not in got.error


def test_typed_codec_name_misnamed(tmp_path):
    """Clause ``utf8_misnamed_codec``'s line: "not ISO8859-1 as --encoding latin-1
    says" (was "as --encoding iso8859-1 says")."""
    data, _ = _stray(HUGO)
    got = _read(tmp_path / "hugo.txt", data, "latin-1")
    assert isinstance(got, Rejected)
    assert " is UTF-8 text, not iso-8859-1 as --encoding latin-1 says: " in got.error
    assert "iso8859-1" not in got.error


def test_typed_codec_name_piece(tmp_path):
    """Clause ``utf8_piece_in_legacy``'s line under a named codec: "the rest of the
    file is CP1252 (--encoding windows-1252)"; the codec named once when typed as its
    own name ("cp1252")."""
    cut = BOOK.index("\n", len(BOOK) // 2) + 1
    data = BOOK[:cut].encode("cp1252") + PIECE.encode() + BOOK[cut:].encode("cp1252")
    got = _read(tmp_path / "memoirs.txt", data, "windows-1252")
    assert isinstance(got, Rejected)
    assert "but the rest of the file is windows-1252: a piece" in got.error
    again = _read(tmp_path / "memoirs.txt", data, "cp1252")
    assert "but the rest of the file is windows-1252: a piece" in again.error


def test_typed_codec_name_undefined_bytes(tmp_path):
    """Clause ``utf8_piece_undefined_bytes``'s line: a Greek UTF-8 piece in a CP1253
    book under --encoding windows-1253 names the piece and the typed option."""
    piece = ITHAKA.split("\n\n")[0] + "\n"
    cut = ITHAKA.index("\n", len(ITHAKA) // 2) + 1
    data = ITHAKA[:cut].encode("cp1253") + piece.encode() + ITHAKA[cut:].encode("cp1253")
    got = _read(tmp_path / "ithaka.txt", data, "windows-1253")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    assert "but the rest of the file is windows-1253: a piece" in got.error


def test_typed_codec_name_damaged_middle(tmp_path):
    """Clause ``legacy_damaged_middle_named``'s line: zeroed blocks in a CP1252 book
    under --encoding windows-1252: "... are Western European text in CP1252
    (--encoding windows-1252): a damaged region" (was the label alone)."""
    book = BOOKS["cp1252"][0].encode("cp1252")
    at = book.index(b"\n", len(book) // 2) + 1
    data = book[:at] + bytes(4096) + book[at:]
    got = _read(tmp_path / "list.txt", data, "windows-1252")
    assert isinstance(got, Rejected), got
    assert "text in windows-1252: a damaged region" in got.error
    again = _read(tmp_path / "list.txt", data, "cp1252")
    assert "text in windows-1252: a damaged region" in again.error
    # the codec's own error (0x81 is undefined in CP1252): the same line (review)
    data = book[:at] + b"\x81" * 64 + bytes(4096) + book[at:]
    got = _read(tmp_path / "list.txt", data, "windows-1252")
    assert isinstance(got, Rejected), got
    assert "text in windows-1252: a damaged region" in got.error


def test_typed_codec_name_pickled(tmp_path):
    """Review (session 38): the typed name is no field, so it must travel in the
    config's __dict__ to Beam's workers: the line after a round trip (pickle;
    cloudpickle, Beam's default) still says "windows-1253". (``dataclasses.replace``
    builds a new config from the fields and keeps the checked name only; no code
    replaces a ReadConfig.)"""
    import pickle

    import cloudpickle

    from transforms.inputs import expand_inputs
    from transforms.read import read_file

    data = ITHAKA.encode("cp1253")
    at = data.index(b"\n", len(data) // 2) + 1
    path = tmp_path / "ithaka.txt"
    path.write_bytes(data[:at] + b"\xaa" + data[at:])
    (file,) = expand_inputs([str(path)])
    for dumps, loads in ((pickle.dumps, pickle.loads), (cloudpickle.dumps, cloudpickle.loads)):
        config = loads(dumps(ReadConfig(encoding="windows-1253")))
        assert config.named_encoding == "windows-1253" and config.encoding == "cp1253"
        (got,) = read_file(file, config)
        assert isinstance(got, Rejected) and "nor valid windows-1253: bytes" in got.error


def test_typed_name_one_word():
    """Clause ``typed_name_one_word`` (session 39, the read-back follow-up (2) of session
    38): the typed ``--encoding`` was ``named`` in ``decode``, ``decode_fallback`` and
    ``utf8_piece`` but ``typed`` in ``legacy_damaged_middle``, whose ``named`` was the
    codec. Now every legacy message maker calls the typed name ``typed`` and the codec
    ``codec``/``encoding``; the lines are the ones pinned above, called by keyword."""
    from transforms.legacy_fallback import decode_fallback
    from transforms.legacy_middle import legacy_damaged_middle
    from transforms.legacy_mixed import utf8_piece
    from transforms.read_records import decode
    from transforms.utf8_misnamed import utf8_misnamed

    data = ITHAKA.encode("cp1253")
    at = data.index(b"\n", len(data) // 2) + 1
    bad = data[:at] + b"\xaa" + data[at:]
    assert decode_fallback(bad, "cp1253", typed="windows-1253").hint.startswith(
        f"nor valid windows-1253: bytes {at}-{at + 1} (character maps to <undefined>)"
    )
    got = decode(bad, "i", "ithaka.txt", "cp1253", typed="windows-1253")
    assert isinstance(got, Rejected) and "nor valid windows-1253: bytes" in got.error
    book = BOOKS["cp1252"][0].encode("cp1252")
    cut = book.index(b"\n", len(book) // 2) + 1
    zeroed = book[:cut] + bytes(4096) + book[cut:]
    said = legacy_damaged_middle(zeroed, "list.txt", codec="cp1252", typed="windows-1252")
    assert "text in windows-1252: a damaged region" in said
    text = BOOK[: BOOK.index("\n", len(BOOK) // 2) + 1]
    joined = text.encode("cp1252") + PIECE.encode() + BOOK[len(text) :].encode("cp1252")
    said = utf8_piece(joined, "cp1252", "windows-1252", "memoirs.txt", typed="windows-1252")
    assert "but the rest of the file is windows-1252: a piece" in said
    stray, _ = _stray(HUGO)
    said = utf8_misnamed(stray, "iso8859-1", "ISO8859-1", typed="latin-1", source="hugo.txt")
    assert " is UTF-8 text, not ISO8859-1 as --encoding latin-1 says: " in said
