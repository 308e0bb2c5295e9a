"""Clause ``controls_named`` (session 35, transforms/utf16_unmarked.py ``_controls_said``;
the Left of session-34-wtC2 and its review). Valid UTF-8 over 5% control bytes that is
no UTF-16/32 was rejected "the text is 17% control characters (bytes 0x01-0x1f and NUL):
it is binary or not text ...": nothing said which byte, where, or what the file likely
is. Now the line names the dominant control byte, how many of the file's bytes it is,
where it first is, and for a field-separated export (Hive's \\x01), MARC records and a
NUL-separated list the command that makes text of it. Real text: Les Misérables' book
list (tests/data), its words as fields, records and a list."""

from __future__ import annotations

import shlex
from pathlib import Path

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
LINES = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8").splitlines()


def _read(tmp_path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    (file,) = expand_inputs([str(tmp_path / name)])
    (got,) = read_file(file, ReadConfig(encoding="auto"))
    return got, shlex.quote(file.source), shlex.quote(file.source.rsplit(".", 1)[0])


def test_controls_named(tmp_path):
    """A Hive export (\\x01 between fields), a `find -print0` list, MARC-like records
    (\\x1f subfields, \\x1e fields, \\x1d records): each rejected with its byte, counts,
    first offset and command, one line."""
    hive = "\n".join(
        "\x01".join([str(i), *line.split()]) for i, line in enumerate(LINES) if line.strip()
    )
    find0 = "\x00".join(word for line in LINES for word in line.split())
    marc = "\x1d".join(
        "\x1e".join("\x1fa" + w for w in line.split()) for line in LINES if line.strip()
    )
    cases = {
        "export.txt": (
            hive,
            0x01,
            "a field-separated export (Hive's \\x01)? convert it with tr '\\001' '\\t' < {f} > {o}.tsv, or",
        ),
        "names.txt": (
            find0,
            0x00,
            "a NUL-separated list (find -print0)? convert it with tr '\\0' '\\n' < {f} > {o}.lines.txt, or",
        ),
        "records.txt": (
            marc,
            0x1F,
            "MARC records? convert it with yaz-marcdump {f} > {o}.marc.txt, or",
        ),
    }
    for name, (text, byte, fix) in cases.items():
        data = text.encode("utf-8")
        got, f, o = _read(tmp_path, name, data)
        assert isinstance(got, Rejected) and got.reason == "invalid_encoding", (name, got)
        ch = chr(byte)
        share = f"{data.count(byte) / len(data):.0%}" if byte != 0x1F else None
        said = (
            f"mostly 0x{byte:02x} at {data.count(byte):,} of {len(data):,} bytes, first at byte "
            f"{text.index(ch):,}: it is binary or not text, though it decodes as UTF-8; "
            f"{fix.format(f=f, o=o)} remove it from the input"
        )
        assert got.error.endswith(said), (name, got.error)
        assert got.error.startswith("the text is ") and "\n" not in got.error
        if share:
            assert got.error.startswith(f"the text is {share} control characters, "), got.error
    assert "first at byte 1:" in _read(tmp_path, "export.txt", hive.encode())[0].error


def test_controls_named_guards(tmp_path):
    """Other control bytes get the general advice; a text with a few \\x01 (under 5%)
    is read as before."""
    bell = "".join(f"\x03\x04{w}\x05" for line in LINES for w in line.split())
    got, _, _ = _read(tmp_path, "bell.txt", bell.encode())
    assert isinstance(got, Rejected)
    assert got.error.endswith(
        "though it decodes as UTF-8; convert it to plain text or remove it from the input"
    )
    assert ", mostly 0x03 at " in got.error
    few = "\n".join(LINES).replace("BOOK I.", "BOOK\x01I.")
    got, _, _ = _read(tmp_path, "few.txt", few.encode())
    assert isinstance(got, Document) and got.encoding == "utf-8"
