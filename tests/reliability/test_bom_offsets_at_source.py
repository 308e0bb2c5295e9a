"""Clause ``bom_offsets_at_source`` (session 37; transforms/file_spans.py; the Left of
session 36's wtC2 review): a UTF-8 file's byte order mark is taken off before decoding,
and session 36 corrected the offsets afterwards by rewriting the finished line by
pattern (``read_text.file_offsets``): a new wording would have stayed 3 bytes low, and
a file name or a quoted sample of the user's text reading "bytes 0-4095" or "at byte
512" was rewritten too (the ``truncate`` command then named a folder that is not
there). Now every message maker takes the mark's length. Each kind of offset line, for
a UTF-8 file with a mark and for UTF-16 LE/BE files with a mark, is checked against
the file's own bytes. Real text: 三毛's 背影 (tests/data; GB18030), 古城 (ISO-2022-JP),
Dumas' *My Memoirs* (CP1252 and a UTF-8 piece), Moby-Dick's opening."""

from __future__ import annotations

import codecs
import random
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.reliability.test_input_streams import MOBY
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
BEIYING = (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8")
CASTLE = (DATA / "ja_aozora_castle.txt").read_text(encoding="utf-8")
BOOK = (DATA / "en_gutenberg_dumas_memoirs_book.txt").read_text(encoding="utf-8")
PIECE = (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")
BOM = codecs.BOM_UTF8
GARBAGE = random.Random(36).randbytes(4096)
_SPAN = re.compile(r"bytes ([\d,]+)-([\d,]+)(?: of ([\d,]+))?")


def _read(path: Path, data: bytes, encoding: str = "auto"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    assert path.read_bytes() == data  # never touched
    return got


def _spans(said: str) -> list[tuple[int, int, int | None]]:
    def number(text):
        return text and int(text.replace(",", ""))

    return [tuple(map(number, m.groups())) for m in _SPAN.finditer(said)]


def _middle(book: bytes, hole: bytes) -> tuple[bytes, int]:
    at = book.index(b"\n", len(book) // 2) + 1
    return book[:at] + hole + book[at:], at


def _case(kind: str) -> tuple[bytes, str, int, int]:
    """(the bytes after the mark, --encoding, where the bad bytes start and end in them)."""
    gb = BEIYING.encode("gb18030")
    if kind == "legacy_damaged_middle":  # auto decides GB18030 around 4 KB of garbage
        data, at = _middle(gb, GARBAGE)
        return data, "auto", at, at + len(GARBAGE)
    if kind == "legacy_damaged_middle_named":  # zeroed blocks under --encoding gb18030
        data, at = _middle(gb, bytes(8192))
        return data, "gb18030", at, at + 8192
    if kind == "named_codec_error":  # "nor valid gb18030: bytes A-B"
        return gb[:30] + b"\xff" + gb[30:], "gb18030", 30, 31
    if kind == "iso2022_cut":  # ISO-2022-JP cut inside a pair
        jis = CASTLE[:400].encode("iso2022_jp")
        at = jis.rindex(b"\x1b$B") + 3
        return jis[: at + 5], "auto", at + 4, at + 5
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    ["legacy_damaged_middle", "legacy_damaged_middle_named", "named_codec_error", "iso2022_cut"],
)
def test_bom_offsets_at_source(tmp_path, kind):
    """Clause ``bom_offsets_at_source``: with a UTF-8 mark before it, every span the
    line names starts and ends where the bad bytes do in the file (3 higher than in the
    same bytes without the mark), the size is the file's and so is the share."""
    bare, encoding, start, end = _case(kind)
    got = _read(tmp_path / "book.txt", BOM + bare, encoding)
    assert isinstance(got, Rejected), got
    plain = _read(tmp_path / "book.txt", bare, encoding)
    spans, plain_spans = _spans(got.error), _spans(plain.error)
    assert spans and len(spans) == len(plain_spans)
    for (first, last, size), (bare_first, bare_last, _) in zip(spans, plain_spans, strict=True):
        assert (first, last) == (bare_first + 3, bare_last + 3)
        assert size in (None, len(bare) + 3)
        if size and "into the file" in got.error:
            assert f"({first / size:.0%}" in got.error
    first, last, _ = spans[-1]
    if kind == "iso2022_cut":
        assert (first, last) == (start + 3, end + 3)  # the last byte, half a pair
    elif kind == "legacy_damaged_middle":  # random bytes: some decode at its ends
        assert start + 3 <= first < start + 3 + 64 and end + 3 - 64 < last <= end + 3
    else:
        assert (first, last) == (start + 3, end + 3)
    if kind.startswith("legacy_damaged_middle"):
        assert f"the {first:,} bytes before them" in got.error


def test_bom_offsets_at_source_controls(tmp_path):
    """Clause ``bom_offsets_at_source``: "first at byte N" of a mostly-control file
    (fields separated by 0x1e) is the first 0x1e of the file."""
    data = BOM + "".join(word + "\x1e" for word in MOBY.split()).encode()
    got = _read(tmp_path / "fields.txt", data)
    assert isinstance(got, Rejected)
    first = data.index(b"\x1e")
    assert f", first at byte {first:,}:" in got.error


def test_bom_offsets_at_source_folder_named_like_offsets(tmp_path):
    """Clause ``bom_offsets_at_source``: a folder whose name reads like an offset
    ("dump bytes 0-4095") was rewritten inside the line's path ("dump bytes 3-4,098"),
    so its ``truncate`` named a file that is not there; now the path is as it is and
    the command, run, leaves a file that reads."""
    path = tmp_path / "dump bytes 0-4095" / "moby at byte 512.txt"
    text = MOBY.encode()
    data = BOM + text + bytes(8192)
    got = _read(path, data, "utf-8")
    assert isinstance(got, Rejected) and got.reason == "truncated_input"
    assert got.error.startswith(f"bytes {len(BOM + text):,}-{len(data):,} of {len(data):,} ")
    assert f"re-create {shlex.quote(str(path))}" in got.error
    command = got.error.rsplit("(", 1)[1].removesuffix(")")
    assert command == f"truncate -s -8192 {shlex.quote(str(path))}"
    subprocess.run(command, shell=True, check=True)
    after = _read(path, path.read_bytes(), "utf-8")
    assert isinstance(after, Document) and after.text.rstrip("\n").endswith(MOBY.rstrip("\n")[-40:])


def test_bom_offsets_at_source_piece_sample(tmp_path):
    """Clause ``bom_offsets_at_source``: ``utf8_piece_in_legacy``'s line quotes the
    user's text ('the Préfet at byte ...') and gives a command; with a UTF-8 mark before
    the CP1252 book the span and the command are the file's, the quoted sample is the
    text as it is (it was rewritten: "at byte 515"), and the command's copy is the text
    without the mark."""
    piece = PIECE.replace("Odéon for", "Odéon at byte 512 for", 1)
    cut = BOOK.index("\n", len(BOOK) // 2) + 1
    head, tail = BOOK[:cut].encode("cp1252"), BOOK[cut:].encode("cp1252")
    data = BOM + head + piece.encode() + tail
    for encoding in ("auto", "cp1252"):
        got = _read(tmp_path / "memoirs.txt", data, encoding)
        assert isinstance(got, Rejected), got
        first = data.rfind(b"\n", 0, data.index("Odéon".encode())) + 1
        assert got.error.startswith(f"bytes {first:,}-")
        assert (
            "'Odéon at byte 512 for'; read as windows-1252 it would be 'OdÃ©on at byte 512 for')"
            in got.error
        )
        command = got.error.split("e.g. ", 1)[1].removesuffix(", and read that")
        assert command.startswith(
            f"(tail -c +4 {shlex.quote(str(tmp_path / 'memoirs.txt'))} | head -c "
        )
        subprocess.run(command, shell=True, check=True, cwd=tmp_path)
        copy = (tmp_path / "book.utf8.txt").read_text(encoding="utf-8")
        assert copy == BOOK[:cut] + piece + BOOK[cut:]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bom_offsets_at_source_utf16(tmp_path, codec):
    """What stays (UTF-16 LE and BE with a mark are decoded with it): the lone surrogate
    the line names starts at the byte named."""
    mark = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    before = mark + MOBY.encode(codec)
    bad = "\ud800".encode(codec, "surrogatepass")
    data = before + bad + MOBY.encode(codec)
    got = _read(tmp_path / "moby.txt", data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf16"
    ((first, last, _),) = _spans(got.error)
    assert data[first:last].startswith(bad) and first == len(before)


def test_bom_offsets_at_source_iso2022_mixed_sets(tmp_path):
    """Clause ``bom_offsets_at_source`` (review of session 37): the ISO-2022 line for a
    file mixing character sets (ddskk's skk-vars.el, clause iso2022_mixed_sets_said)
    names the bytes that are not ISO-2022-JP at the file's offsets (no test had it:
    its offsets 3 low passed)."""
    bare = (
        b'  "*Non-nil \x1b$A$G$"$l$P!"$+$J%b\x1b$B!<\x1b$A%I$d%"%9%-\x1b$B!<\x1b(B"\n'
        b'    ("z:" nil "\x1b$(O!,\x1b(B")\n'
    )
    got, plain = _read(tmp_path / "skk-vars.el", BOM + bare), _read(tmp_path / "skk-vars.el", bare)
    assert isinstance(got, Rejected) and "mixes character sets" in got.error
    ((first, last, _),), ((bare_first, bare_last, _),) = _spans(got.error), _spans(plain.error)
    assert (first, last) == (bare_first + 3, bare_last + 3)
    try:
        bare.decode("iso2022_jp")
    except UnicodeDecodeError as e:
        assert (first, last) == (e.start + 3, e.end + 3)
