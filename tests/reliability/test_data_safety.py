"""Data safety audit with fresh eyes (session 19): inputs a user meets that still lost
records or stopped a build. Each test names the clause it checks (docs/QUALITY.md,
"Data safety audit with fresh eyes"); every JSONL line is accounted for: lines =
documents + rejections."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections import Counter

import pytest

from schemas import Document, Rejected
from tests.reliability.bad_inputs import prose
from transforms.read import ReadConfig, expand_inputs, read_file

# A real passage (Dickens, A Tale of Two Cities, 1859), a few lines.
DICKENS = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness."
)


def _records(n: int) -> list[bytes]:
    return [
        (json.dumps({"id": f"r{i}", "text": DICKENS + " " + prose(i)}) + "\n").encode()
        for i in range(n)
    ]


def _read(pattern: str) -> list:
    return [item for f in expand_inputs([pattern]) for item in read_file(f, ReadConfig())]


def _split(items):
    docs = [i.doc_id for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    return docs, rejected


# ------------------------------------------------------------ json_value_limits
@pytest.mark.parametrize(
    "name, bad, words",
    [
        ("huge_number", b'{"id": "big", "n": ' + b"7" * 5000 + b', "text": "x"}\n', "5,000 digits"),
        (
            "deep_nesting",
            b'{"id": "deep", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b', "text": "x"}\n',
            "nested",
        ),
    ],
)
def test_a_json_line_over_pythons_limits_is_one_rejection_not_the_rest_of_the_file(
    tmp_path, name, bad, words
):
    """Clause json_value_limits: a number of over 4,300 digits (ValueError) or a value
    nested deeper than the recursion limit (RecursionError) is valid JSON that
    json.loads refuses; neither is a JSONDecodeError, so the reader's catch-all
    rejected the whole file there: the 3 good records after it were lost, uncounted."""
    lines = _records(5)
    (tmp_path / "a.jsonl").write_bytes(b"".join(lines[:2]) + bad + b"".join(lines[2:]))
    docs, rejected = _split(_read(str(tmp_path)))
    assert docs == ["r0", "r1", "r2", "r3", "r4"]
    (r,) = rejected
    assert (r.reason, r.doc_id) == ("invalid_json", "a.jsonl:3") and words in r.error, r.error
    assert "\n" not in r.error and len(docs) + len(rejected) == 6  # every line accounted


# ------------------------------------------------------------ bom_every_line
def test_jsonl_files_joined_with_cat_keep_the_record_after_each_byte_order_mark(tmp_path):
    """Clause bom_every_line: ``cat a.jsonl b.jsonl`` of two files saved with a UTF-8
    byte order mark puts the second mark at the start of a line; only line 1's was
    dropped, so b's first record was rejected ("Unexpected UTF-8 BOM")."""
    bom = b"\xef\xbb\xbf"
    lines = _records(4)
    (tmp_path / "joined.jsonl").write_bytes(bom + b"".join(lines[:2]) + bom + b"".join(lines[2:]))
    docs, rejected = _split(_read(str(tmp_path)))
    assert docs == ["r0", "r1", "r2", "r3"] and rejected == []


def test_jsonl_with_bare_carriage_returns_says_how_to_convert_it(tmp_path):
    """Clause bare_cr_lines: records ended by a bare CR (classic Mac OS) are one line;
    the rejection said only "Extra data at column 290"."""
    (tmp_path / "mac.jsonl").write_bytes(b"".join(_records(3)).replace(b"\n", b"\r"))
    docs, rejected = _split(_read(str(tmp_path)))
    (r,) = rejected
    assert docs == [] and r.reason == "invalid_json"
    assert "bare carriage return" in r.error and "tr '\\r' '\\n'" in r.error, r.error


# ------------------------------------------------------------ special_files
@pytest.mark.parametrize("how", ["folder", "glob"])
def test_pipes_sockets_and_devices_in_a_folder_or_glob_are_rejected_never_opened(tmp_path, how):
    """Clause special_files: a FIFO, a socket and a link to /dev/zero beside the books.
    A folder walk dropped them without a word; a glob (``in/*.txt``) read them: the
    FIFO blocked the build for good (no writer), /dev/zero was read to 400 MB. Now
    each is one rejection that says what it is; none is opened (this test would hang)."""
    (tmp_path / "book.txt").write_text(DICKENS, encoding="utf-8")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    stop = threading.Event()

    def serve():  # writes nothing to each reader, so a reader (the bug) ends, not hangs
        while not stop.is_set():
            os.close(os.open(pipe, os.O_WRONLY))

    writer = threading.Thread(target=serve, daemon=True)
    writer.start()
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.txt"))
        os.mkfifo(tmp_path / ".hidden.txt")  # hidden names stay skipped, as files are
        pattern = str(tmp_path) if how == "folder" else f"{tmp_path}/*.txt"
        docs, rejected = _split(_read(pattern))
    finally:
        sock.close()
        stop.set()
        reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer go
        writer.join()
        os.close(reader)
    assert docs == ["book.txt"]
    assert Counter(r.reason for r in rejected) == {"special_file": 3}
    errors = {r.doc_id: r.error for r in rejected}
    assert "a named pipe (FIFO)" in errors["pipe.txt"]
    assert "a character device" in errors["zero.txt"]
    assert "a socket" in errors["sock.txt"]
    assert all("--input" in e and "\n" not in e for e in errors.values())
    # clause special_files_hint: only a pipe can be read by naming it alone
    assert [n for n, e in errors.items() if "name it alone" in e] == ["pipe.txt"]


def test_a_pipe_named_alone_is_read_whole(tmp_path):
    """Clause pipe_read_once: ``--input <(zcat book.gz)`` names the pipe itself, which
    special_files leaves to be read; but ``archives.sniff`` read its first 4 KB (a
    buffered read of 512 bytes) to look for a tar or zip, and the reader then got the rest: the book lost its
    opening (a short one was an empty document)."""
    book = "\n\n".join([DICKENS] + [prose(i, 8) for i in range(6)])
    assert len(book.encode()) > 2 * 512
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, book.encode())
        os.close(write_end)
        docs = [i for i in _read(f"/dev/fd/{read_end}") if isinstance(i, Document)]
    finally:
        os.close(read_end)
    assert [d.text for d in docs] == [book]


def test_a_byte_order_mark_inside_a_json_string_is_kept(tmp_path):
    """Review of bom_every_line: only a mark at a line's start (outside any JSON value:
    a string cannot hold a raw newline) is dropped; U+FEFF inside a value is text."""
    bom = "\ufeff"
    records = [{"id": "a", "text": bom + DICKENS}, {"id": "b", "text": DICKENS + bom + DICKENS}]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (tmp_path / "a.jsonl").write_text(bom + lines, encoding="utf-8")
    items = _read(str(tmp_path))
    assert [d.text for d in items] == [r["text"] for r in records]


# ------------------------------------------------------------ scalar_ids
def test_a_jsonl_id_that_is_no_string_or_number_is_rejected_not_stringified(tmp_path):
    """Clause scalar_ids (transforms/record_checks.py): an id that is an object, a
    list, a boolean or NaN/Infinity became Python's str() of it ("{'a': 1}", "True",
    "nan"), so two records {"id": true} were one id. Strings and numbers stay ids."""
    ids = [{"a": 1}, [1, 2], True, False, "s7", 7, 1.5]
    lines = [json.dumps({"id": v, "text": DICKENS}) + "\n" for v in ids]
    lines += ['{"id": NaN, "text": "x y"}\n', '{"id": -Infinity, "text": "x y"}\n']
    (tmp_path / "ids.jsonl").write_text("".join(lines), encoding="utf-8")
    docs, rejected = _split(_read(str(tmp_path)))
    assert docs == ["s7", "7", "1.5"]
    assert [r.doc_id for r in rejected] == [f"ids.jsonl:{n}" for n in (1, 2, 3, 4, 8, 9)]
    assert {r.reason for r in rejected} == {"invalid_id"}
    errors = [r.error for r in rejected]
    assert "an object" in errors[0] and "a list" in errors[1] and "a boolean" in errors[2]
    assert "nan" in errors[4] and "-inf" in errors[5] and "--id-field" in errors[0]


# ------------------------------------------------------------ empty_parquet
def test_a_parquet_file_of_zero_rows_is_counted(tmp_path):
    """Clause empty_parquet: a Parquet file with a text column and 0 rows gave no
    record at all, neither written nor rejected; it is now one empty_file rejection."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "none.parquet")
    pq.write_table(pa.table({"text": [DICKENS]}), tmp_path / "one.parquet")
    docs, rejected = _split(_read(str(tmp_path)))
    assert docs == ["one.parquet:0"]
    assert [(r.doc_id, r.reason) for r in rejected] == [("none.parquet", "empty_file")]
    assert "0 rows" in rejected[0].error


# ------------------------------------------------------------ pipe_archive_hint
def test_an_archive_through_a_pipe_is_read_not_rejected(tmp_path):
    """Clause pipe_archive_read (session 20; tests/reliability/test_archive_pipes.py):
    since pipe_read_once a tar through a pipe was not sniffed, so the text reader
    rejected it (``archive_input``, clause pipe_archive_hint, whose message first named
    the pipe in a command: "mkdir books && tar -xf 5 -C books"); before pipe_read_once
    it was corrupt_archive "invalid header", 0 members read. Now its member is read."""
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        data = DICKENS.encode()
        info = tarfile.TarInfo("book.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, buffer.getvalue())
        os.close(write_end)
        items = _read(f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
    (doc,) = items
    assert isinstance(doc, Document) and doc.text == DICKENS
    assert doc.doc_id.endswith("/book.txt")


# ------------------------------------------------------------ gzip_trailing_garbage
def test_a_gz_with_trailing_garbage_keeps_its_whole_members_and_says_so(tmp_path):
    """Clause gzip_trailing_garbage (transforms/decompress.py): bytes after the last
    gzip member that are no gzip member (gzip(1): "trailing garbage ignored") lost a
    text file whole ("BadGzipFile: Not a gzipped file (b'ga')"). Now the text of the
    whole members is read and one trailing_garbage rejection says what was not; a
    member damaged itself (CRC) or a file that is no gzip at all is unchanged."""
    import gzip

    book = "\n\n".join([DICKENS] + [prose(i, 8) for i in range(4)])
    whole = gzip.compress(book[:300].encode()) + gzip.compress(book[300:].encode())
    (tmp_path / "a.txt.gz").write_bytes(whole + b"garbage!!")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(_records(3))) + b"\0junk")
    damaged = gzip.compress(book.encode())
    (tmp_path / "c.txt.gz").write_bytes(damaged[:-8] + b"XXXX" + damaged[-4:] + b"junk")
    items = _read(str(tmp_path))
    docs, rejected = _split(items)
    assert docs == ["a.txt.gz", "r0", "r1", "r2"]
    assert items[0].text == book
    reasons = {r.doc_id: r.reason for r in rejected}
    assert reasons == {
        "a.txt.gz": "trailing_garbage",
        "b.jsonl.gz": "trailing_garbage",
        "c.txt.gz": "corrupt_input",  # clause damaged_compression (session 20)
    }
    message = next(r.error for r in rejected if r.doc_id == "a.txt.gz")
    assert f"the {len(book.encode()):,} bytes before them" in message and "b'ga'" in message


def test_the_digit_limit_message_counts_the_number_not_digits_in_the_text(tmp_path):
    """Clause json_limit_message (review of json_value_limits): the message counted the
    longest run of digits anywhere in the line, so a text holding 6,000 digits (a table
    of pi) made a 5,000-digit number read "6,000 digits"; and it always said 4,300,
    though PYTHONINTMAXSTRDIGITS (sys.set_int_max_str_digits) sets the limit."""
    import sys

    line = {"id": "pi", "text": DICKENS + " 3." + "1415926535" * 600}
    bad = json.dumps(line)[:-1] + ', "n": ' + "7" * 5000 + "}\n"
    (tmp_path / "a.jsonl").write_text(bad, encoding="utf-8")
    (r,) = _read(str(tmp_path))
    assert "a number of 5,000 digits" in r.error and "limit of 4,300 digits" in r.error, r.error
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)
    try:
        (tmp_path / "a.jsonl").write_text('{"n": ' + "7" * 700 + ', "text": "x"}\n')
        (r,) = _read(str(tmp_path))
    finally:
        sys.set_int_max_str_digits(old)
    assert "a number of 700 digits, over Python's limit of 640 digits" in r.error, r.error
