"""Clause ``checked_units`` (transforms/checked_units.py): a damaged compressed JSONL
file, member or pipe keeps exactly the records of the units (gzip members, bzip2 and
xz streams, zstd frames with a checksum) whose checks passed before the damage, and
gives one ``corrupt_input`` that names the damaged unit and the records kept."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import threading

import pytest
import zstandard

from schemas import Document, Rejected
from tests.reliability.test_archive_pipes import BOOKS
from tests.tar_members import tar_bytes
from transforms.read import ReadConfig, expand_inputs, read_file

COMPRESS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor(write_checksum=True).compress(data),
}
UNIT = {"gz": "member", "bz2": "stream", "xz": "stream", "zst": "frame"}


def _records() -> list[str]:
    """1,200 JSONL lines of real book openings (Austen, Melville, Dickens)."""
    return [
        json.dumps({"id": f"{name}-{i}", "text": text}) + "\n"
        for i in range(400)
        for name, text in BOOKS.items()
    ]


def _units(codec: str, parts: int = 4, damaged: int | None = 2) -> tuple[bytes, bytes]:
    """The records cut into ``parts`` pieces at byte offsets that fall inside lines (as
    pzstd, pbzip2, bgzip and ``cat a.xz b.xz`` make units), each piece compressed as one
    unit, one byte flipped in the middle of unit ``damaged`` (0-based); and the plain
    bytes of the units before it."""
    data = "".join(_records()).encode()
    step = len(data) // parts + 7  # not at a line end
    pieces = [data[i : i + step] for i in range(0, len(data), step)]
    units = [bytearray(COMPRESS[codec](p)) for p in pieces]
    if damaged is not None:
        units[damaged][len(units[damaged]) // 2] ^= 0xFF
    return b"".join(map(bytes, units)), b"".join(pieces[:damaged] if damaged else [])


def _expected(before: bytes) -> list[dict]:
    """The records whose whole line lies in ``before`` (the checked units)."""
    whole = before[: before.rfind(b"\n") + 1].decode()
    return [json.loads(line) for line in whole.splitlines()]


def _check(items, before: bytes, codec: str, name: str) -> None:
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    expected = _expected(before)
    assert len(expected) > 500  # two whole units of records were checked
    assert [d.text for d in docs] == [r["text"] for r in expected]
    (r,) = rejected
    assert r.reason == "corrupt_input", r
    assert f"damaged in {UNIT[codec]} 3" in r.error, r.error
    assert f"the {len(expected)} records in the 2 " in r.error, r.error
    # a file's own test, or a member's taken out of its archive (clause member_commands_extract)
    assert f"-t {name}" in r.error or f" {name} | " in r.error, r.error
    assert "\n" not in r.error


@pytest.mark.parametrize("codec", ["gz", "bz2", "xz", "zst"])
def test_a_damaged_file_keeps_the_records_of_its_checked_units(tmp_path, codec):
    """Before: all or nothing (session 20, damaged_compression): 0 documents and one
    ``corrupt_input`` for a file of 4 units damaged in the third, whose first two were
    checked by their own CRC / hash. Now those records are kept, the line that runs
    into the damaged unit is not, and the rejection says how many were kept."""
    data, before = _units(codec)
    path = tmp_path / f"books.jsonl.{codec}"
    path.write_bytes(data)
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    _check(items, before, codec, path.name)


@pytest.mark.parametrize("codec", ["gz", "xz", "zst"])
def test_a_damaged_jsonl_member_of_a_tar_gives_no_damaged_text(tmp_path, codec):
    """Before: a compressed JSONL member was not checked first: its records before the
    damage were kept although gzip checks its CRC only at the end (a one-member .gz
    gave hundreds of records of changed text). Now a member's units are held until
    checked: a one-unit member keeps nothing, a four-unit one its two checked units."""
    one = bytearray(COMPRESS[codec]("".join(_records()).encode()))
    one[len(one) * 3 // 4] ^= 0xFF
    four, before = _units(codec)
    good = COMPRESS[codec]("".join(_records()[:30]).encode())
    path = tmp_path / "books.tar"
    path.write_bytes(
        tar_bytes(
            {
                f"one.jsonl.{codec}": bytes(one),
                f"four.jsonl.{codec}": four,
                f"ok.jsonl.{codec}": good,
            }
        )
    )
    items = list(read_file(expand_inputs([str(path)])[0], ReadConfig()))
    by_member: dict[str, list] = {}
    for i in items:
        member = i.source.split("books.tar/", 1)[1].split(".")[0]
        by_member.setdefault(member, []).append(i)
    (r,) = by_member["one"]
    assert r.reason == "corrupt_input" and "nothing of it is kept" in r.error, r
    _check(by_member["four"], before, codec, f"four.jsonl.{codec}")
    assert [d.text for d in by_member["ok"]] == [json.loads(x)["text"] for x in _records()[:30]]


def test_a_damaged_jsonl_through_a_named_pipe_gives_no_damaged_text(tmp_path):
    """A FIFO named books.jsonl.gz (read once, so not verified first): before, the
    records before the gzip CRC failure were kept (changed text among them); now none."""
    data = bytearray(gzip.compress("".join(_records()).encode()))
    data[len(data) * 3 // 4] ^= 0xFF
    fifo = tmp_path / "books.jsonl.gz"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as f:
            f.write(bytes(data))

    writer = threading.Thread(target=write)
    writer.start()
    items = [i for f in expand_inputs([str(fifo)]) for i in read_file(f, ReadConfig())]
    writer.join()
    (r,) = items
    assert r.reason == "corrupt_input" and "nothing of it is kept" in r.error, r


def test_zstd_frames_without_a_checksum_prove_nothing(tmp_path):
    """Guard: a zstd frame written without its checksum (zstandard's default) decodes
    without being checked, so frames before a damaged one are not kept either."""
    data = "".join(_records()).encode()
    step = len(data) // 4 + 7
    frames = [
        bytearray(zstandard.ZstdCompressor().compress(data[i : i + step]))
        for i in range(0, len(data), step)
    ]
    frames[2][len(frames[2]) // 2] ^= 0xFF
    path = tmp_path / "books.jsonl.zst"
    path.write_bytes(b"".join(map(bytes, frames)))
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    assert not [i for i in items if isinstance(i, Document)]
    assert [i.reason for i in items] == ["corrupt_input"]


@pytest.mark.parametrize("codec", ["gz", "bz2", "xz", "zst"])
def test_whole_multi_unit_files_and_members_are_read_whole(tmp_path, codec):
    """Guard: undamaged multi-unit files and members give every record, in order."""
    data, _ = _units(codec, damaged=None)
    path = tmp_path / f"books.jsonl.{codec}"
    path.write_bytes(data)
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "b.tar").write_bytes(tar_bytes({f"b.jsonl.{codec}": data}))
    for p in (path, tmp_path / "t" / "b.tar"):
        items = [i for f in expand_inputs([str(p)]) for i in read_file(f, ReadConfig())]
        assert [i.text for i in items] == [json.loads(x)["text"] for x in _records()]


@pytest.mark.parametrize("codec", ["bz2", "xz"])
def test_a_damaged_stream_header_is_not_taken_for_the_end_of_the_file(tmp_path, codec):
    """Python's BZ2File and LZMAFile end quietly at bytes after a whole stream that are
    no stream: with the first byte of the third of four streams changed, the file gave
    the records of two streams and one ``invalid_json`` (the line cut at the end of the
    second), nothing said that half the file was not read. Now: ``corrupt_input``."""
    data = "".join(_records()).encode()
    step = len(data) // 4 + 7
    pieces = [data[i : i + step] for i in range(0, len(data), step)]
    units = [bytearray(COMPRESS[codec](p)) for p in pieces]
    units[2][0] ^= 0xFF
    path = tmp_path / f"books.jsonl.{codec}"
    path.write_bytes(b"".join(map(bytes, units)))
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    _check(items, b"".join(pieces[:2]), codec, path.name)


def test_a_member_unit_over_the_bound_is_one_member_too_large(tmp_path):
    """The spool that holds a member's unit until it is checked is bounded (100 x
    --max-doc-chars bytes): a bigger unit is one ``member_too_large`` that says to
    unpack, not an unbounded temporary file."""
    data = gzip.compress("".join(_records()).encode())
    path = tmp_path / "books.tar"
    path.write_bytes(tar_bytes({"b.jsonl.gz": data}))
    items = list(read_file(expand_inputs([str(path)])[0], ReadConfig(max_doc_chars=1000)))
    (r,) = items
    assert r.reason == "member_too_large" and "unpack the archive" in r.error, r


def test_zstd_skippable_frames_as_pzstd_writes_them_are_read(tmp_path):
    """Guard: pzstd puts a skippable frame before each frame; those are no damage (the
    check for bytes that are no stream after a unit is only for gzip, bzip2 and xz)."""
    import struct

    lines = _records()[:60]
    skip = struct.pack("<II", 0x184D2A50, 4) + b"\x00\x10\x00\x00"
    data = b"".join(
        skip + COMPRESS["zst"]("".join(lines[i : i + 20]).encode()) for i in (0, 20, 40)
    )
    (tmp_path / "t").mkdir()
    path = tmp_path / "books.jsonl.zst"
    path.write_bytes(data)
    (tmp_path / "t" / "b.tar").write_bytes(tar_bytes({"b.jsonl.zst": data}))
    for p in (path, tmp_path / "t" / "b.tar"):
        items = [i for f in expand_inputs([str(p)]) for i in read_file(f, ReadConfig())]
        assert [i.text for i in items] == [json.loads(x)["text"] for x in lines], p


def _read_fifo(tmp_path, data: bytes) -> list:
    fifo = tmp_path / "books.jsonl.gz"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as f:
            f.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    items = [i for f in expand_inputs([str(fifo)]) for i in read_file(f, ReadConfig())]
    writer.join()
    return items


def test_a_named_pipe_damaged_in_its_third_member_keeps_its_checked_records(tmp_path):
    """Clause ``pipe_replay_read1`` (review): the pipe's stream is put back behind its
    first bytes (``Replay``), which read the checked stream with ``read(1 MB)``: the
    ``Damaged`` raised after member 2 threw away the records that read had taken, so
    1 of the 600 records of the two checked members was kept. Now all 600."""
    data, before = _units("gz")
    _check(_read_fifo(tmp_path, data), before, "gz", "books.jsonl.gz")


def test_a_named_pipe_with_bytes_after_its_gzip_data_keeps_every_record(tmp_path):
    """Clause ``gzip_trailing_garbage`` for a checked JSONL pipe (review): an appended
    signature after a whole .jsonl.gz through a FIFO gave the records of the first
    megabyte and ``unreadable_file`` (main: every record and ``trailing_garbage``)."""
    lines = _records()[:300]
    items = _read_fifo(tmp_path, gzip.compress("".join(lines).encode()) + b"-----SIGNATURE-----")
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.text for d in docs] == [json.loads(x)["text"] for x in lines]
    assert [i.reason for i in items if isinstance(i, Rejected)] == ["trailing_garbage"]


def test_a_long_line_over_many_members_is_spooled_once(tmp_path, monkeypatch):
    """Clause ``spool_no_recopy`` (review): a JSONL line longer than a unit (a whole
    book in 64 kB gzip members, as bgzip writes) was copied to a new spool at each
    member's end, so its bytes were written again and again (quadratic: two 27 MB lines
    read 4 x slower than main). Now each decompressed byte is spooled at most twice."""
    import tempfile

    written = []

    class Counting(tempfile.SpooledTemporaryFile):
        def write(self, data):
            written.append(len(data))
            return super().write(data)

    monkeypatch.setattr("transforms.checked_units.tempfile.SpooledTemporaryFile", Counting)
    book = " ".join(BOOKS.values()) * 60
    raw = "".join(json.dumps({"id": f"b{i}", "text": book}) + "\n" for i in range(3)).encode()
    data = b"".join(gzip.compress(raw[i : i + 4096]) for i in range(0, len(raw), 4096))
    path = tmp_path / "books.tar"
    path.write_bytes(tar_bytes({"b.jsonl.gz": data}))
    items = list(read_file(expand_inputs([str(path)])[0], ReadConfig()))
    assert [i.text for i in items] == [book] * 3
    assert sum(written) <= 2 * len(raw), (sum(written), len(raw))


@pytest.mark.parametrize("codec", ["gz", "zst"])
def test_one_checked_unit_of_one_record_is_counted_in_the_singular(tmp_path, codec):
    """Clause ``count_agrees`` in the damage message (session 21): a file whose first
    unit holds one whole record (Austen's opening) and whose second is damaged said "the
    1 records in the 1 zstd frames before it"; now "the 1 record in the 1 zstd frame"."""
    first = _records()[0].encode()
    second = bytearray(COMPRESS[codec]("".join(_records()[1:40]).encode()))
    second[len(second) // 2] ^= 0xFF
    path = tmp_path / f"books.jsonl.{codec}"
    path.write_bytes(COMPRESS[codec](first) + bytes(second))
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    docs = [i for i in items if isinstance(i, Document)]
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert [d.text for d in docs] == [json.loads(first)["text"]]
    assert f"the 1 record in the 1 {codec_name(codec)} {UNIT[codec]} before it" in r.error, r.error


def codec_name(codec: str) -> str:
    """The codec as the damage message names it."""
    return {"gz": "gzip", "zst": "zstd"}[codec]
