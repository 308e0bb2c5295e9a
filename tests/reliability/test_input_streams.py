"""Input streams, session 22 (wtB; docs/QUALITY.md "Input streams: a text piped in
with JSON on its first line, UTF-16 JSON Lines, damage that looks like a cut"). Each
test names its clause; counts reconcile: every line is one document or one rejection,
and a record handed out holds exactly the text that was written."""

from __future__ import annotations

import bz2
import codecs
import gzip
import json
import zlib

import pytest
import zstandard

from pipeline.progress import counter_summary, read_as
from schemas import Document, Rejected
from tests.reliability.test_archive_pipes import BOOKS, _through_a_pipe
from tests.reliability.test_checked_units import _records
from transforms.encodings import utf16_order
from transforms.json_lines import json_lines_by_content
from transforms.normalize import normalize_document
from transforms.read import expand_inputs, read_file

# Melville, Moby-Dick (Gutenberg pg2701): the title lines and the opening of chapter 1.
MOBY = (
    "MOBY-DICK;\n\nor, THE WHALE.\n\nBy Herman Melville\n\n\n\nCHAPTER 1. Loomings.\n\n"
    + BOOKS["melville.txt"]
    + "\n\nThere now is your insular city of the Manhattoes, belted round by wharves as "
    "Indian isles by coral reefs\u2014commerce surrounds it with her surf.\n"
)
FRONT = '{"title": "Moby-Dick; or, The Whale", "author": "Herman Melville", "source": "pg2701"}\n'


def _file(tmp_path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return [i for f in expand_inputs([str(path)]) for i in read_file(f)]


def _read(tmp_path, name: str, data: bytes, pipe: bool) -> list:
    return _through_a_pipe(data) if pipe else _file(tmp_path, name, data)


# ------------------------------------------------------------ pipe_jsonl_by_lines
@pytest.mark.parametrize("compress", [lambda d: d, gzip.compress])
def test_pipe_jsonl_by_lines_a_text_with_json_front_matter_stays_one_text(compress):
    """Clause ``pipe_jsonl_by_lines``: ``cat moby.txt | longctx dataset --input -``
    where moby.txt's first line is one line of JSON front matter was read as JSON
    Lines: the front matter a ``missing_text_field``, every prose line an
    ``invalid_json``, no document. Now the lines looked at decide: most are prose, so
    it is one text, as the same bytes in a file named moby.txt are."""
    items = _through_a_pipe(compress((FRONT + MOBY).encode()))
    assert len(items) == 1, [getattr(i, "reason", "") for i in items]
    (doc,) = items
    assert isinstance(doc, Document) and doc.text == FRONT + MOBY


def test_pipe_jsonl_by_lines_jsonl_with_a_damaged_record_is_still_jsonl():
    """Guard: a JSON Lines pipe with a record cut in the middle (it starts ``{"``) and
    a line of prose is still JSON Lines (3 of 5 lines are whole records): each line
    one document or one rejection."""
    lines = [json.dumps({"id": n, "text": t}) for n, t in BOOKS.items()]
    data = "\n".join([*lines, lines[0][:60], "It was a bright cold day in April"]) + "\n"
    items = _through_a_pipe(data.encode())
    assert {d.doc_id: d.text for d in items if isinstance(d, Document)} == BOOKS
    assert [r.reason for r in items if isinstance(r, Rejected)] == ["invalid_json"] * 2


@pytest.mark.parametrize("odd", ["# next record", "--", "\x1a"])
def test_pipe_jsonl_by_weight_jsonl_with_an_odd_line_after_each_record_stays_jsonl(odd):
    """Clause ``pipe_jsonl_by_weight`` (review): records with a short line that is no
    record after each (a comment, a separator, DOS's Ctrl-Z end mark) are half of the
    lines, not more: ``pipe_jsonl_by_lines`` read the pipe as ONE text of JSON syntax,
    written with no rejection. The records hold most of the bytes: JSON Lines, each
    record a document, each odd line an ``invalid_json`` rejection (counts reconcile)."""
    data = "".join(json.dumps({"id": n, "text": t}) + f"\n{odd}\n" for n, t in BOOKS.items())
    assert json_lines_by_content(data.encode(), True) == "jsonl"
    items = _through_a_pipe(data.encode())
    assert {d.doc_id: d.text for d in items if isinstance(d, Document)} == BOOKS
    assert [r.reason for r in items if isinstance(r, Rejected)] == ["invalid_json"] * len(BOOKS)
    one = json.dumps({"text": BOOKS["melville.txt"]}) + f"\n{odd}\n{odd}\n"  # by bytes
    assert json_lines_by_content(one.encode(), True) == "jsonl"


def test_pipe_jsonl_by_lines_verdicts_and_the_summary_line():
    """The three verdicts, and the one line the build's summary prints for each."""
    jsonl = "".join(json.dumps({"text": t}) + "\n" for t in BOOKS.values()).encode()
    assert json_lines_by_content(jsonl, True) == "jsonl"
    assert json_lines_by_content((FRONT + MOBY).encode(), True) == "text_json_first_line"
    assert json_lines_by_content(MOBY.encode(), True) == "text"
    # a first record longer than the look (the look ends inside line 2): still JSONL
    assert json_lines_by_content(jsonl[: len(jsonl) // 2], False) == "jsonl"
    lines = counter_summary({"read_ok": 1, "read_as.text_json_first_line": 1})
    assert lines[1] == (
        "  pipe without a file name read as one text although its first line is a JSON "
        "object (most lines after it are not; to read it as JSON Lines, save it as "
        "FILE.jsonl and pass that)"
    )
    assert read_as({"read_as.jsonl": 2}) == [
        "  2 pipes without a file name read as JSON Lines (JSON objects are at least "
        "half of the lines looked at, or most of their bytes: a record a line)"
    ]
    assert read_as({}) == []


# ------------------------------------------------------------ utf16_jsonl_read
@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_jsonl_read_with_a_byte_order_mark_file_and_pipe(tmp_path, codec, pipe):
    """Clause ``utf16_jsonl_read``: JSON Lines in UTF-16 with a byte order mark (what
    Windows PowerShell 5's ``>`` writes) was one ``utf16_jsonl`` rejection in a file
    and, through a pipe, ONE text document of JSON syntax. Now each record is a
    document with the text written, in a file and through a pipe (plain and gzip)."""
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    bom["utf-32-le"] = codecs.BOM_UTF32_LE
    text = "".join(json.dumps({"id": n, "text": t}) + "\r\n" for n, t in BOOKS.items())
    data = bom[codec] + text.encode(codec)
    for raw in (data, gzip.compress(data)):
        items = _read(tmp_path, "books.jsonl.gz" if raw is not data else "books.jsonl", raw, pipe)
        assert {d.doc_id: d.text for d in items if isinstance(d, Document)} == BOOKS
        assert len(items) == 3, items


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_wide_jsonl_encoding_documents_of_utf16_jsonl_say_utf16(tmp_path, codec, pipe):
    """Clause ``wide_jsonl_encoding`` (review): the records of a UTF-16 JSONL file
    were read right but said ``encoding="utf-8"``, so the manifest counted them under
    utf-8 (a UTF-16 text file says "utf-16"). Chinese text too: 上 (U+4E0A) is the
    bytes 0A 4E in UTF-16LE, a newline byte inside the first line (红楼梦, ch. 1)."""
    zh = "那僧托于掌上，笑道：“形体倒也是个灵物了，只是没有实在的好处。”"
    texts = {"hongloumeng": zh, **BOOKS}
    text = "".join(
        json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n" for n, t in texts.items()
    )
    items = _read(tmp_path, "books.jsonl", text.encode(codec), pipe)
    assert {d.doc_id: d.text for d in items} == texts
    assert {d.encoding for d in items} == {codec}


@pytest.mark.parametrize("pipe", [False, True])
def test_utf16_jsonl_read_bytes_that_are_not_utf16_keep_the_records_before(tmp_path, pipe):
    """A lone surrogate after two records: the two are kept, the rest is one
    rejection that names the byte offset and the iconv command."""
    lines = [json.dumps({"id": n, "text": t}) + "\n" for n, t in BOOKS.items()]
    good = codecs.BOM_UTF16_LE + "".join(lines[:2]).encode("utf-16-le")
    data = good + b"\x00\xd8A\x00" + lines[2].encode("utf-16-le")
    items = _read(tmp_path, "books.jsonl", data, pipe)
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.text for d in docs] == [BOOKS["austen.txt"], BOOKS["melville.txt"]]
    (r,) = [r for r in items if isinstance(r, Rejected)]
    assert f"bytes from {len(good):,} on are not UTF-16" in r.error, r.error
    assert "iconv -f UTF-16 -t UTF-8" in r.error


def test_utf16_order_tie_names_little_endian_for_utf16le_without_a_mark():
    """Clause ``utf16_order_tie``: ASCII UTF-16LE read as big-endian from byte 1 is
    the same text; the later reading won the tie and a UTF-16LE JSONL piped in was
    told to ``iconv -f UTF-16BE``."""
    data = "".join(json.dumps({"text": t}) + "\n" for t in BOOKS.values()).encode("utf-16-le")
    assert utf16_order(data) == "UTF-16LE"
    assert utf16_order(data.decode("utf-16-le").encode("utf-16-be")) == "UTF-16BE"
    text = "".join(f"{t}\u00e9\n" for t in BOOKS.values()).encode("utf-16-le")  # not ASCII
    (r,) = _through_a_pipe(text)
    # since session 34 decoded in its order (clause utf16_unmarked_decoded), not hinted
    assert r.encoding == "utf-16-le" and r.text.endswith("\u00e9\n"), r


def test_utf16_jsonl_read_ascii_utf16_jsonl_without_a_mark_on_a_pipe_is_rejected_as_such():
    """ASCII UTF-16LE is valid UTF-8 (NULs and all): a JSONL pipe of it was ONE text
    of JSON syntax (its NULs removed by normalization). Now it is JSON Lines to the
    pipe's look; the reader's ``utf16_jsonl`` rejection named the byte order, and since
    session 34 (clause ``utf16_unmarked_jsonl``) its records are read in that order."""
    data = "".join(json.dumps({"text": t}) + "\n" for t in BOOKS.values()).encode("utf-16-le")
    got = _through_a_pipe(data)
    assert [(d.text, d.encoding) for d in got] == [(t, "utf-16-le") for t in BOOKS.values()]


# ------------------------------------------------------------ NULs never train
def test_zeros_then_text_on_a_pipe_trains_on_no_control_character():
    """Guard (session 21 left it open): 1,024 zero bytes, then Moby-Dick with a form
    feed and a bell, through a pipe: the document read holds them, and the text that
    normalization hands on (what every later stage indexes and trains on) holds no C0
    control character but tab and newline."""
    (doc,) = _through_a_pipe(bytes(1024) + MOBY.replace("Loomings.", "Loomings.\f\a").encode())
    assert doc.text.count("\0") == 1024
    text = normalize_document(doc).text
    assert not [c for c in text if ord(c) < 32 and c not in "\t\n"]
    assert text.startswith("MOBY-DICK;\n\nor, THE WHALE.") and "Loomings.\n" in text


# ------------------------------------------------------------ gzip_trailer_not_cut
def _damaged_tail_gzip() -> tuple[bytes, bytes]:
    """1,200 JSONL lines of the book openings, gzip'd, with the first bit flip (from
    the end of the deflate data back) after which zlib reads to the end of the file
    without an error and without the member's end: damage that looks like a cut."""
    data = "".join(_records()).encode()
    whole = gzip.compress(data, mtime=0)
    for pos in range(len(whole) - 9, len(whole) - 400, -1):
        for bit in range(8):
            damaged = bytearray(whole)
            damaged[pos] ^= 1 << bit
            d = zlib.decompressobj(31)
            try:
                out = d.decompress(bytes(damaged))
            except zlib.error:
                continue
            if not d.eof and out != data[: len(out)]:
                return bytes(damaged), data
    raise AssertionError("no such flip")


@pytest.mark.parametrize("pipe", [False, True])
def test_gzip_trailer_not_cut_damage_before_the_trailer_hands_out_no_changed_text(tmp_path, pipe):
    """Clause ``gzip_trailer_not_cut``: a bit flipped in the last deflate bytes made
    zlib read the trailer as data and want more: ``truncated_input`` "cut short", and
    the lines before the "cut" were handed out unchecked (here the 1,200 records and
    a line of decoded garbage, an ``invalid_json``; in 2 of 400 random flips in the
    last 400 bytes of a .jsonl.gz of BBC articles, a record's text was changed). The
    file still ends with its trailer, whose length field is near what was
    decompressed: it is ``corrupt_input`` now, and nothing of the one unchecked
    member is handed out (as for any damaged member, clause checked_units)."""
    damaged, data = _damaged_tail_gzip()
    items = _read(tmp_path, "books.jsonl.gz", damaged, pipe)
    assert len(items) == 1, [getattr(i, "reason", i.doc_id) for i in items[-3:]]
    (r,) = items
    assert r.reason == "corrupt_input" and "changed, not cut off" in r.error, r


@pytest.mark.parametrize("pipe", [False, True])
def test_gzip_trailer_not_cut_a_real_cut_still_keeps_the_lines_before(tmp_path, pipe):
    """Guard: a .jsonl.gz cut at two thirds (an interrupted download) is still
    ``truncated_input`` with the records before the cut kept, and on a pipe the
    message names gzip (clause ``pipe_codec_named``; it said "archive stream")."""
    whole = gzip.compress("".join(_records()).encode(), mtime=0)
    items = _read(tmp_path, "books.jsonl.gz", whole[: len(whole) * 2 // 3], pipe)
    docs = [d for d in items if isinstance(d, Document)]
    (r,) = [r for r in items if isinstance(r, Rejected)]
    assert r.reason == "truncated_input" and "end of its gzip stream" in r.error, r
    assert len(docs) > 600 and len(docs) + 1 == len(items)


@pytest.mark.parametrize("pipe", [False, True])
def test_gzip_trailer_near_a_cut_ending_in_bytes_that_read_as_a_far_length_keeps_its_lines(
    tmp_path, pipe
):
    """Clause ``gzip_trailer_near`` (review): with a 256 KiB window, a real cut whose
    last 4 bytes happened to read as a length within 256 KiB of what was decompressed
    (1 cut in about 10,000) was ``corrupt_input`` "changed, not cut off", and the
    records before the cut, kept for any other cut, were lost. Damage that looks like
    a cut leaves its length field within some hundred bytes; 64 KiB keeps it. Here the
    first cut of the book openings (gzip -1) whose last 4 bytes read as a length 64-256
    KiB from the bytes decompressed: ``truncated_input`` and its whole records kept."""
    data = "".join(_records()).encode()
    whole = gzip.compress(data, 1, mtime=0)
    d, size, cut = zlib.decompressobj(31), 0, None
    for end in range(1, len(whole)):
        size += len(d.decompress(whole[end - 1 : end]))
        far = (int.from_bytes(whole[end - 4 : end], "little") - size) % (1 << 32)
        if end > 18 and (1 << 16) < min(far, (1 << 32) - far) <= (1 << 18):
            cut = end
            break
    assert cut, "no such cut"
    items = _read(tmp_path, "books.jsonl.gz", whole[:cut], pipe)
    docs = [i for i in items if isinstance(i, Document)]
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "truncated_input", r
    kept = "".join(json.dumps({"id": d.doc_id, "text": d.text}) + "\n" for d in docs)
    assert docs and data.startswith(kept.encode())


# ------------------------------------------------------------ pipe_codec_named
def test_pipe_codec_named_damaged_zstd_on_a_pipe_is_corrupt_input():
    """Clause ``pipe_codec_named``: a zstd stream damaged in its first block, piped
    in, was ``unreadable_file`` "could not read text file: ZstdError" (a pipe has no
    name to give its codec); now ``corrupt_input`` naming zstd and ``zstd -t``."""
    data = "".join(_records()).encode()
    z = bytearray(zstandard.ZstdCompressor(write_checksum=True).compress(data))
    z[len(z) // 3] ^= 0x10
    (r,) = _through_a_pipe(bytes(z))
    assert r.reason == "corrupt_input", r
    assert "zstd data is damaged" in r.error and "`zstd -t` of the file piped in" in r.error


# ------------------------------------------------------------ bzip2_block_named
@pytest.mark.parametrize("pipe", [False, True])
def test_bzip2_block_named_by_decompressed_bytes_and_bzip2recover(tmp_path, pipe):
    """Clause ``bzip2_block_named``: "the block after the first N bytes" did not say
    that N counts decompressed bytes, nor how to reach the block. Now it does, and
    the records kept are exactly the lines inside those N bytes."""
    data = "".join(_records()).encode() * 3
    packed = bytearray(bz2.compress(data, 1))
    packed[len(packed) * 2 // 3] ^= 0x10
    items = _read(tmp_path, "books.jsonl.bz2", bytes(packed), pipe)
    (r,) = [r for r in items if isinstance(r, Rejected)]
    name = "FILE" if pipe else "books.jsonl.bz2"
    at = int(r.error.split("the block after the first ")[1].split(" ")[0].replace(",", ""))
    assert f"decompressed bytes of stream 1 (`bzcat {name} | head -c {at}`" in r.error
    assert f"`bzip2recover {name}` writes each block" in r.error
    kept = [d.text for d in items if isinstance(d, Document)]
    lines = data[:at].decode().splitlines()
    assert kept == [json.loads(line)["text"] for line in lines[: len(kept)]]
    assert len(kept) == data[:at].count(b"\n") > 0
