"""JSON Lines through a pipe, zeros before data on a pipe, and damaged multi-block xz
and bzip2 streams (session 21, wtB; docs/QUALITY.md "Pipes and damaged multi-block
streams"). Each test names its clause; counts reconcile: every line is one document
or one rejection, the records kept are exactly those of the blocks proven whole."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import shutil
import subprocess

import pytest
import zstandard

from schemas import Document, Rejected
from tests.reliability.test_archive_pipes import BOOKS, _stdin_read, _through_a_pipe
from tests.reliability.test_checked_units import _records
from tests.tar_members import tar_bytes
from transforms.read import ReadConfig, expand_inputs, read_file

COMPRESS = {
    "none": lambda data: data,
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor(write_checksum=True).compress(data),
}


def _jsonl() -> bytes:
    """The three book openings as JSONL records, then a line that is no JSON."""
    lines = [json.dumps({"id": name, "text": text}) for name, text in BOOKS.items()]
    return ("\n".join(lines) + "\nIt was a bright cold day in April\n").encode()


# ------------------------------------------------------------ pipe_jsonl_by_content
@pytest.mark.parametrize("codec", sorted(COMPRESS))
def test_jsonl_through_a_pipe_is_read_record_by_record(codec):
    """Clause ``pipe_jsonl_by_content``: ``cat books.jsonl | longctx dataset --input -``
    (or ``zcat``, or the .gz itself) was ONE text document holding the JSON syntax of
    all records. Now each record is a document with its own id and text, and the line
    that is no JSON is one ``invalid_json`` rejection, as in a .jsonl file."""
    items = _through_a_pipe(COMPRESS[codec](_jsonl()))
    docs = [i for i in items if isinstance(i, Document)]
    assert {d.doc_id: d.text for d in docs} == BOOKS
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "invalid_json" and r.doc_id.endswith(":4"), r
    assert len(items) == 4  # every line accounted for


def test_jsonl_on_the_standard_input_has_stdin_line_ids():
    """``--input -``: records without an id are ``stdin:LINE``, as a file's are FILE:LINE."""
    lines = [json.dumps({"text": text}) for text in BOOKS.values()]
    got = _stdin_read(input=gzip.compress("\n".join(lines).encode()))
    assert got["ids"] == ["stdin:1", "stdin:2", "stdin:3"], got
    assert got["texts"] == list(BOOKS.values())


@pytest.mark.parametrize(
    "text",
    [
        BOOKS["austen.txt"],  # prose
        '{\n  "title": "Pride and Prejudice"\n}\n',  # one pretty-printed JSON value
        "{\\rtf1\\ansi It is a truth universally acknowledged}\n",  # not JSON
        "{It is a truth} universally acknowledged, that a single man\n",
    ],
)
def test_a_text_through_a_pipe_not_starting_with_a_json_object_line_stays_one_text(text):
    """Guard for ``pipe_jsonl_by_content``: only a first line that is a whole JSON object
    makes a pipe JSONL; prose, a pretty-printed JSON document and RTF are read as the
    same bytes in a file named without .jsonl are (a document, or document_format)."""
    items = _through_a_pipe(gzip.compress(text.encode()))
    assert len(items) == 1
    (item,) = items
    assert (isinstance(item, Document) and item.text.strip() == text.strip()) or (
        item.reason == "document_format"
    ), item


def test_a_jsonl_pipe_with_a_first_record_longer_than_looked_at_is_jsonl():
    """``pipe_jsonl_by_content``: a first record over the 64 kB looked at (a whole book
    in one line) is JSONL when it starts ``{"``."""
    long_text = " ".join(BOOKS.values()) * 300
    assert len(long_text) > 64 << 10
    data = json.dumps({"text": long_text}) + "\n" + json.dumps({"text": BOOKS["austen.txt"]})
    items = _through_a_pipe(gzip.compress(data.encode()))
    assert [i.text for i in items] == [long_text, BOOKS["austen.txt"]]


# ------------------------------------------------------------ pipe_zeros_then_data
def test_a_pipe_of_zeros_then_text_is_read_as_the_same_bytes_in_a_file(tmp_path):
    """Clause ``pipe_zeros_then_data``: 1,024 zero bytes then text through a pipe was
    ``empty_archive`` "holds no file" (clause pipe_empty_tar looked only at the first
    1,024 bytes), the text never looked at. Now it gives what the same bytes in a file
    give; an empty tar (zeros to the end) is still ``empty_archive``."""
    data = bytes(1024) + BOOKS["melville.txt"].encode()
    path = tmp_path / "zeros.txt"
    path.write_bytes(data)
    as_file = list(read_file(expand_inputs([str(path)])[0]))
    through = _through_a_pipe(data)
    assert [(type(i).__name__, getattr(i, "text", None)) for i in through] == [
        (type(i).__name__, getattr(i, "text", None)) for i in as_file
    ]
    assert not any(getattr(i, "reason", "") == "empty_archive" for i in through)
    assert through[0].text.endswith(BOOKS["melville.txt"])
    (r,) = _through_a_pipe(tar_bytes({}) + bytes(3 << 20))  # zeros over several reads
    assert r.reason == "empty_archive"


# ------------------------------------------------------------ xz_blocks, bzip2_blocks
def _xz_blocks(data: bytes, tmp_path, threads: str, rows: list | None = None, size="20000"):
    """``xz -T2 --block-size=20000`` (``-T1``: no sizes in the block headers) of ``data``
    and its blocks' (compressed offset, uncompressed offset), from ``xz --robot -lvv``
    (``rows``: gets its whole block rows; ``size``: the block size)."""
    if not shutil.which("xz"):
        pytest.skip("needs the xz tool to write a multi-block stream")
    path = tmp_path / "listed.xz"
    path.write_bytes(
        subprocess.run(
            ["xz", threads, f"--block-size={size}", "-c"],
            input=data,
            capture_output=True,
            check=True,
        ).stdout
    )
    listed = subprocess.run(["xz", "--robot", "--list", "-vv", str(path)], capture_output=True)
    rows = rows if rows is not None else []
    rows += [r.split("\t") for r in listed.stdout.decode().splitlines() if r.startswith("block\t")]
    return path.read_bytes(), [(int(r[4]), int(r[5])) for r in rows]


def _whole_lines(data: bytes, end: int) -> list[str]:
    before = data[:end]
    return [json.loads(line)["text"] for line in before[: before.rfind(b"\n") + 1].splitlines()]


def _read(data: bytes, tmp_path, name: str, pipe: bool) -> list:
    if pipe:
        return _through_a_pipe(data)
    path = tmp_path / name
    path.write_bytes(data)
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


@pytest.mark.parametrize("threads", ["-T2", "-T1"])
@pytest.mark.parametrize("pipe", [False, True], ids=["file", "pipe"])
def test_a_multi_block_xz_damaged_in_a_later_block_keeps_the_blocks_before(tmp_path, pipe, threads):
    """Clause ``xz_blocks``: one xz stream of many blocks (``xz -T2``, ``--block-size``),
    a byte flipped in block 5: before, nothing was kept (the stream was the unit,
    clause checked_units), though blocks 1-4 each passed their own CRC-64. Now the
    records wholly in blocks 1-4 are kept, exactly, and one ``corrupt_input`` names
    block 5 and how many records were kept. ``-T1`` stores no block sizes: its blocks
    are found by walking their LZMA2 chunks (clause ``lzma2_chunks``)."""
    data = "".join(_records()).encode()
    packed, blocks = _xz_blocks(data, tmp_path, threads)
    assert len(blocks) >= 8
    damaged = bytearray(packed)
    damaged[(blocks[4][0] + blocks[5][0]) // 2] ^= 0x55  # inside block 5
    items = _read(bytes(damaged), tmp_path, "books.jsonl.xz", pipe)
    docs = [i.text for i in items if isinstance(i, Document)]
    expected = _whole_lines(data, blocks[4][1])  # the lines that end before block 5
    assert docs == expected and len(expected) > 100
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "corrupt_input" and "damaged in block 5 of stream 1" in r.error, r
    assert f"the {len(docs)} records in the 4 xz blocks before it" in r.error, r.error
    assert len(items) == len(docs) + 1


@pytest.mark.parametrize("pipe", [False, True], ids=["file", "pipe"])
def test_a_multi_block_bzip2_damaged_in_a_later_block_keeps_the_blocks_before(tmp_path, pipe):
    """Clause ``bzip2_blocks``: ``bzip2 -1`` writes a block per 100 kB; a byte flipped
    two thirds into the stream: before, nothing was kept. Now the records wholly in the
    blocks before the damaged one (each passed its CRC) are kept, and not one record of
    changed text; one ``corrupt_input`` says how many were kept."""
    data = "".join(_records()).encode()
    assert len(data) > 300_000  # 4 blocks at least
    packed = bytearray(bz2.compress(data, 1))
    packed[len(packed) * 2 // 3] ^= 0x55
    items = _read(bytes(packed), tmp_path, "books.jsonl.bz2", pipe)
    docs = [i.text for i in items if isinstance(i, Document)]
    block = 100_000 - 19  # bzip2's block of level 1 (the text has no run of 4 bytes)
    assert any(docs == _whole_lines(data, m * block) for m in (1, 2)), len(docs)
    assert len(docs) > 200
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "corrupt_input" and "bzip2 blocks before it" in r.error, r
    assert f"the {len(docs)} records in the bzip2 blocks" in r.error, r.error
    assert len(items) == len(docs) + 1


def test_a_one_member_gzip_damaged_still_keeps_nothing():
    """Guard: gzip checks one CRC for its whole member, so a one-member .gz damaged
    anywhere keeps no record (clause checked_units), through a pipe as in a file."""
    packed = bytearray(gzip.compress("".join(_records()).encode()))
    packed[len(packed) * 2 // 3] ^= 0x55
    items = _through_a_pipe(bytes(packed))
    (r,) = items
    assert r.reason == "corrupt_input" and "nothing of it is kept" in r.error, r


def test_a_damaged_lzma_alone_file_has_no_blocks_to_prove_anything(tmp_path):
    """Guard for ``xz_blocks``: a ``.lzma`` file (LZMA_Alone) has no stream header, no
    blocks and no check; its bytes are never taken for block headers, so a changed
    byte is never "proven" (before the magic check, its first 12 bytes were read as
    an xz stream header)."""
    packed = bytearray(lzma.compress("".join(_records()).encode(), format=lzma.FORMAT_ALONE))
    packed[len(packed) * 2 // 3] ^= 0x55
    items = _read(bytes(packed), tmp_path, "books.jsonl.lzma", pipe=False)
    texts = {json.loads(r)["text"] for r in _records()}
    assert all(i.text in texts for i in items if isinstance(i, Document))
    assert isinstance(items[-1], Rejected), items[-1]


@pytest.mark.parametrize("threads", ["-T2", "-T1"])
def test_damage_in_the_index_of_a_multi_block_xz_is_named_as_such(tmp_path, threads):
    """Clause ``xz_index_damage`` (review): a byte changed in the index at the end of a
    multi-block xz stream (read after its last block) was named "damaged in block N+1"
    of N blocks, "nothing from the damaged block on is read", though every block had
    passed its check and every record was kept. Now it names the index, and says so."""
    data = "".join(_records()).encode()
    packed, blocks = _xz_blocks(data, tmp_path, threads)
    damaged = bytearray(packed)
    damaged[-20] ^= 0x55  # the index (the footer is the last 12 bytes)
    items = _read(bytes(damaged), tmp_path, "books.jsonl.xz", pipe=False)
    docs = [i.text for i in items if isinstance(i, Document)]
    assert docs == _whole_lines(data, len(data))  # every record: all blocks passed
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "corrupt_input", r
    assert f"the index or footer of stream 1, after its {len(blocks)} blocks" in r.error, r.error
    assert "its blocks all passed their checks" in r.error and "block on" not in r.error
    assert len(items) == len(docs) + 1


@pytest.mark.parametrize("pipe", [False, True], ids=["file", "pipe"])
def test_two_xz_streams_damaged_in_a_block_of_the_second_keep_the_first_and_its_blocks(
    tmp_path, pipe
):
    """Review: ``cat a.xz b.xz`` (``-T2`` then ``-T1``), a byte changed in block 5 of the
    second stream: the first stream and blocks 1-4 of the second are kept, exactly;
    the message counts "the 1 stream before" (it said "the 1 streams before")."""
    data = "".join(_records()).encode()
    split = data.index(b"\n", 200_000) + 1
    first, _ = _xz_blocks(data[:split], tmp_path, "-T2")
    second, blocks = _xz_blocks(data[split:], tmp_path, "-T1")
    damaged = bytearray(first + second)
    damaged[len(first) + (blocks[4][0] + blocks[5][0]) // 2] ^= 0x55
    items = _read(bytes(damaged), tmp_path, "two.jsonl.xz", pipe)
    docs = [i.text for i in items if isinstance(i, Document)]
    assert docs == _whole_lines(data, split + blocks[4][1])
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert "damaged in block 5 of stream 2" in r.error, r.error
    assert "4 xz blocks before it (and the 1 stream before)" in r.error, r.error
    assert len(items) == len(docs) + 1


def test_a_long_run_of_zeros_before_text_on_a_pipe_is_not_held_in_memory():
    """Clause ``pipe_zeros_lazy`` (review): the zero bytes read past an empty tar's
    1,024 (clause pipe_zeros_then_data) were held as one bytes to be put back: a disk
    image piped in held all its leading zeros in memory. Now they are made again as
    read: sniffing 48 MB of zeros then a play allocates no more than a few reads, and
    the bytes read back are the same bytes."""
    import hashlib
    import os
    import threading
    import tracemalloc

    from transforms.file_kinds import archive_kind
    from transforms.pipes import sniff_pipe, take_pipe

    text = BOOKS["melville.txt"].encode()
    zeros = 48 << 20
    read_end, write_end = os.pipe()

    def write():
        with os.fdopen(write_end, "wb") as f:
            for _ in range(zeros // (1 << 20)):
                f.write(bytes(1 << 20))
            f.write(text)

    writer = threading.Thread(target=write)
    writer.start()
    path = f"/dev/fd/{read_end}"
    try:
        tracemalloc.start()
        try:
            assert sniff_pipe(path, archive_kind) is None
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 8 << 20, peak
        digest, size = hashlib.sha256(), 0
        with take_pipe(path) as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
                size += len(block)
    finally:
        writer.join()
        os.close(read_end)
    assert size == zeros + len(text)
    assert digest.hexdigest() == hashlib.sha256(bytes(zeros) + text).hexdigest()


@pytest.mark.parametrize("pipe", [False, True], ids=["file", "pipe"])
def test_a_flipped_lzma2_end_marker_is_damage_not_a_cut(tmp_path, pipe):
    """Clause ``xz_footer_not_cut`` (review): in ``xz -T1 --block-size`` (no block sizes
    in the headers) the last block's LZMA2 end marker 0x00 flipped to 0x01 made the
    decoder read the block's check, the index and the footer as an uncompressed chunk
    running past the end of the file: ``truncated_input``, and the lines before the
    "cut" were handed out unchecked, binary bytes of the check and index in the last
    of them. The file still ends with a whole xz stream footer, so nothing was cut:
    now it is ``corrupt_input`` in block 5, and only the lines of blocks 1-4 are kept.
    Also clause ``preview_before_damage`` on the pipe (the damage within the first
    4 kB of compressed data read to decide JSONL)."""
    data = "".join(_records()).encode()
    rows: list = []
    packed, blocks = _xz_blocks(data, tmp_path, "-T1", rows, size="100000")
    assert len(blocks) == 5
    start, header, size = int(rows[4][4]), int(rows[4][11]), int(rows[4][13])
    end_marker = start + header + size - 1  # the last block's last byte of LZMA2 data
    assert packed[end_marker] == 0
    chunk = int.from_bytes(packed[end_marker + 1 : end_marker + 3], "big") + 1
    assert chunk > len(packed) - end_marker - 3  # as an uncompressed chunk: past the end
    damaged = bytearray(packed)
    damaged[end_marker] = 1
    items = _read(bytes(damaged), tmp_path, "books.jsonl.xz", pipe)
    docs = [i.text for i in items if isinstance(i, Document)]
    assert docs == _whole_lines(data, blocks[4][1])  # blocks 1-4, each proven
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "corrupt_input" and "damaged in block 5 of stream 1" in r.error, r
    assert "whole xz stream footer" in r.error, r.error
    assert len(items) == len(docs) + 1


@pytest.mark.parametrize("threads", ["-T2", "-T1"])
def test_a_jsonl_pipe_damaged_early_is_still_read_as_jsonl(tmp_path, threads):
    """Clause ``preview_before_damage`` (review): a byte changed in block 3 of 22 of
    an ``xz --block-size=20000`` JSONL piped in (4 kB of it hold 5 blocks: one
    decompress call reached the damage and raised, its output lost): nothing was
    looked at, the pipe was read as a text, one ``unreadable_file``, where the same
    file keeps the 111 records of blocks 1-2. Now the pipe keeps them too."""
    data = "".join(_records()).encode()
    packed, blocks = _xz_blocks(data, tmp_path, threads)
    damaged = bytearray(packed)
    damaged[(blocks[2][0] + blocks[3][0]) // 2] ^= 0x55  # inside block 3
    assert blocks[3][0] < 4096  # within the first 4 kB read
    items = _read(bytes(damaged), tmp_path, "", pipe=True)
    docs = [i.text for i in items if isinstance(i, Document)]
    assert docs == _whole_lines(data, blocks[2][1]) and len(docs) > 100
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "corrupt_input" and "damaged in block 3 of stream 1" in r.error, r
