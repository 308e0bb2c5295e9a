"""Clause ``codec_suffix_not_its_data`` (session 33, transforms/misnamed_codec.py): a
file named for a codec whose bytes are not that codec's is rejected with what its bytes
are and the rename that fixes it, not the library's words ("BadGzipFile: Not a gzipped
file (b'AN')"). Real text: Les Misérables' book list (Gutenberg) and 三毛's 背影
(tests/data); the build test reads them through the real reader and CLI's build."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from pathlib import Path

import pytest
import zstandard

from pipeline import build as build_module
from transforms.inputs import expand_inputs
from transforms.read import read_file

DATA = Path(__file__).parents[1] / "data"
EN = (DATA / "en_gutenberg_les_mis_books.txt").read_bytes()
ZH = (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8")


def _read(folder: Path) -> dict[str, tuple[str, str]]:
    return {
        f.relative: (r.reason, r.error)
        for f in expand_inputs([str(folder)])
        for r in read_file(f)
        if hasattr(r, "reason")
    }


@pytest.mark.parametrize(
    "suffix, codec, tool",
    [
        (".gz", "gzip", "gzip"),
        (".bz2", "bz2", "bzip2"),
        (".xz", "xz", "xz"),
        (".zst", "zstd", "zstd"),
    ],
)
def test_codec_suffix_not_its_data_plain_text(tmp_path, suffix, codec, tool):
    """The book list saved as ``books.txt.gz`` (and .bz2, .xz, .zst) without being
    compressed: each library's own error was the whole message."""
    (tmp_path / f"books.txt{suffix}").write_bytes(EN)
    assert _read(tmp_path) == {
        f"books.txt{suffix}": (
            "unreadable_file",
            f"the file is named {suffix} but is not {codec} data (plain text, not "
            f"compressed): rename it without {suffix} (mv books.txt{suffix} books.txt), "
            f"or compress it with {tool}",
        )
    }


def test_codec_suffix_not_its_data_other_codec_and_legacy_text(tmp_path):
    """A zstd stream named .gz is told to be renamed .zst; 三毛's essay in GB18030 named
    .jsonl.gz is plain text too (not UTF-8, still no compressed stream); a name with a
    space is quoted for the shell."""
    (tmp_path / "books.txt.gz").write_bytes(zstandard.ZstdCompressor().compress(EN))
    (tmp_path / "背影 1.jsonl.gz").write_bytes(ZH.encode("gb18030"))
    got = _read(tmp_path)
    assert got["books.txt.gz"][1] == (
        "the file is named .gz but is not gzip data (zstd data): rename it to end in .zst "
        "(mv books.txt.gz books.txt.zst)"
    )
    assert got["背影 1.jsonl.gz"][1] == (
        "the file is named .gz but is not gzip data (plain text, not compressed): rename "
        "it without .gz (mv '背影 1.jsonl.gz' '背影 1.jsonl'), or compress it with gzip"
    )


def test_codec_suffix_not_its_data_guards(tmp_path):
    """What must stay: whole streams are read; a cut one is ``truncated_input``; a
    damaged one (its magic right) is ``corrupt_input``, not "misnamed"."""
    text = EN.decode()
    (tmp_path / "whole.txt.gz").write_bytes(gzip.compress(EN))
    (tmp_path / "whole.txt.xz").write_bytes(lzma.compress(EN))
    (tmp_path / "cut.txt.bz2").write_bytes(bz2.compress(EN)[:-100])
    damaged = bytearray(gzip.compress(EN))
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "damaged.txt.gz").write_bytes(bytes(damaged))
    docs = {f.relative: r for f in expand_inputs([str(tmp_path)]) for r in read_file(f)}
    assert docs["whole.txt.gz"].text[:40] == docs["whole.txt.xz"].text[:40] == text[:40]
    assert docs["cut.txt.bz2"].reason == "truncated_input"
    assert docs["damaged.txt.gz"].reason == "corrupt_input"
    assert "is named" not in docs["damaged.txt.gz"].error


def test_codec_suffix_not_its_data_build(tmp_path, tiny_tokenizer_path):
    """Through the build: the misnamed file is in rejected/ with the message, the good
    one is written, the counts reconcile and both inputs are left byte for byte."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "books.txt.gz").write_bytes(EN)
    (inputs / "背影.txt").write_text(ZH, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in inputs.iterdir()}
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, _ = build_module.build(args + ["--windows", "256"])
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (2, 1, 1)
    (record,) = [json.loads(line) for line in (out / "rejected" / "rejected.jsonl").open()]
    assert record["doc_id"] == "books.txt.gz"
    assert record["error"].startswith("the file is named .gz but is not gzip data (plain text")
    assert {p.name: p.read_bytes() for p in inputs.iterdir()} == before


def test_codec_data_plain_name(tmp_path):
    """Clause ``codec_data_plain_name``: the book list gzip-compressed but saved as
    ``books.txt`` was "binary (an image, a font, an e-book ...)"; as ``books.jsonl`` (a
    JSONL of its lines) it was one ``invalid_utf8`` "iconv -f GB18030" per newline byte
    of the compressed data. Now each is one rejection naming the codec and the rename."""
    lines = [json.dumps({"text": line}) for line in EN.decode().splitlines() if line.strip()]
    (tmp_path / "books.txt").write_bytes(gzip.compress(EN))
    (tmp_path / "books.jsonl").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "books.md").write_bytes(bz2.compress(EN))
    got = [
        (f.relative, r.reason, r.error)
        for f in expand_inputs([str(tmp_path)])
        for r in read_file(f)
    ]
    said = "the file is {0}-compressed data but its name has no {1}: rename it to end in {1}"
    assert got == [
        (
            "books.jsonl",
            "unreadable_file",
            said.format("gzip", ".gz")
            + (" (mv books.jsonl books.jsonl.gz) and the build decompresses it"),
        ),
        (
            "books.md",
            "unreadable_file",
            said.format("bz2", ".bz2")
            + (" (mv books.md books.md.bz2) and the build decompresses it"),
        ),
        (
            "books.txt",
            "unreadable_file",
            said.format("gzip", ".gz")
            + (" (mv books.txt books.txt.gz) and the build decompresses it"),
        ),
    ]
    (tmp_path / "books.txt").rename(tmp_path / "books.txt.gz")  # the advice, followed
    (doc,) = [r for f in expand_inputs([str(tmp_path / "books.txt.gz")]) for r in read_file(f)]
    assert doc.text[:40] == EN.decode()[:40]


def test_codec_data_plain_name_guards(tmp_path):
    """What must stay: text that starts "BZh" is text (bz2 needs its whole header), and
    so is the essay in UTF-16 with its byte order mark (bytes FF FE, no codec's)."""
    (tmp_path / "note.txt").write_text("BZh, said the list; " + EN.decode())
    (tmp_path / "beiying.txt").write_bytes(ZH.encode("utf-16"))
    got = {f.relative: r for f in expand_inputs([str(tmp_path)]) for r in read_file(f)}
    assert got["note.txt"].text.startswith("BZh, said the list;")
    assert got["beiying.txt"].text[:20] == ZH[:20].replace("\r\n", "\n")


def test_parquet_name_not_its_data(tmp_path):
    """Clause ``parquet_name_not_its_data`` (transforms/record_checks.py): the book list
    as JSON lines, and as plain text, each saved under a .parquet name, were "could not
    read parquet file: ArrowInvalid: Parquet magic bytes not found in footer. Either the
    file is corrupted or this is not a parquet file." Now each says what it is and the
    rename that reads it; a real Parquet file of the list is read and one cut short is
    still ``truncated_input`` (guards)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = EN.decode()
    lines = [json.dumps({"text": line}) for line in text.splitlines() if line.strip()]
    (tmp_path / "my books.parquet").write_text("\n".join(lines) + "\n")
    (tmp_path / "list.parquet").write_bytes(EN)
    pq.write_table(pa.table({"id": ["les-mis"], "text": [text]}), tmp_path / "real.parquet")
    whole = (tmp_path / "real.parquet").read_bytes()
    (tmp_path / "cut.parquet").write_bytes(whole[: len(whole) * 2 // 3])
    got = {f.relative: list(read_file(f)) for f in expand_inputs([str(tmp_path)])}
    assert [(r.reason, r.error) for r in got["my books.parquet"]] == [
        (
            "unreadable_file",
            "the file is named .parquet but is not Parquet data (JSON lines): rename it to "
            "end in .jsonl (mv 'my books.parquet' 'my books.jsonl')",
        )
    ]
    assert [r.error for r in got["list.parquet"]] == [
        "the file is named .parquet but is not Parquet data (plain text): rename it to end "
        "in .txt (mv list.parquet list.txt)"
    ]
    assert [d.text for d in got["real.parquet"]] == [text]
    assert [r.reason for r in got["cut.parquet"]] == ["truncated_input"]


def test_codec_suffix_not_its_data_one_long_line(tmp_path):
    """Review (session 33): 三毛's essay on one line (no line end in its first 4 KB) whose
    4,096th byte falls inside a character is still plain text, named .gz or .parquet:
    without the cut-character allowance it was "no gzip/bz2/xz/zstd stream (it starts
    with bytes ...): re-create or re-download it" and "(it starts with bytes ...):
    re-create or re-export it", wrong advice for a file that only needs its name."""
    one = "".join(ZH.split())
    data = next(d for d in ((p + one).encode() for p in ("", "a", "ab")) if _cut_at_4k(d))
    assert b"\n" not in data[:4096]
    (tmp_path / "line.txt.gz").write_bytes(data)
    (tmp_path / "line.parquet").write_bytes(data)
    got = {
        f.relative: r.error
        for f in expand_inputs([str(tmp_path)])
        for r in read_file(f)
        if hasattr(r, "reason")
    }
    assert got["line.txt.gz"].startswith("the file is named .gz but is not gzip data (plain text")
    assert got["line.parquet"] == (
        "the file is named .parquet but is not Parquet data (plain text): rename it to end "
        "in .txt (mv line.parquet line.txt)"
    )


def _cut_at_4k(data: bytes) -> bool:
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_misnamed_member(tmp_path, tiny_tokenizer_path):
    """Clause ``misnamed_member`` (session 34, the Left of session 33): in a zip, the
    book list as plain text named ``books.txt.gz`` said "BadGzipFile: Not a gzipped
    file (b'BO')"; gzip data named ``books.jsonl`` was one invalid_utf8 "iconv -f
    GB18030" per newline byte of the compressed data (12 records). Now one rejection
    each, with the rename to make in the archive; the good member is written, the
    counts reconcile and the zip is left byte for byte."""
    import hashlib
    import zipfile

    lines = [json.dumps({"text": line}) for line in EN.decode().splitlines() if line.strip()]
    inputs = tmp_path / "in"
    inputs.mkdir()
    with zipfile.ZipFile(inputs / "books.zip", "w") as archive:
        archive.writestr("books.txt.gz", EN)
        archive.writestr("books.jsonl", gzip.compress("\n".join(lines).encode()))
        archive.writestr("背影.txt", ZH.encode())
    before = hashlib.sha256((inputs / "books.zip").read_bytes()).hexdigest()
    (file,) = expand_inputs([str(inputs)])
    got = {r.doc_id: (r.reason, r.error) for r in read_file(file) if hasattr(r, "reason")}
    assert got == {
        "books.zip/books.txt.gz": (
            "unreadable_file",
            "the file is named .gz but is not gzip data (plain text, not compressed): rename "
            "it in its archive without .gz (mv books.txt.gz books.txt), or compress it with gzip",
        ),
        "books.zip/books.jsonl": (
            "unreadable_file",
            "the file is gzip-compressed data but its name has no .gz: rename it in its "
            "archive to end in .gz (mv books.jsonl books.jsonl.gz) and the build decompresses it",
        ),
    }
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, _ = build_module.build(args + ["--windows", "256"])
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (3, 1, 2)
    assert hashlib.sha256((inputs / "books.zip").read_bytes()).hexdigest() == before


def test_misnamed_member_tar_read_once(tmp_path):
    """Guard of ``misnamed_member``: a tar is read as a stream, so its member is not
    opened again for the check (that ended the archive, its later members lost as
    corrupt_archive); the member is rejected (since session 35 with the rename: clause
    ``misnamed_tar_member``, its first bytes peeked once) and the next member is read."""
    import io
    import tarfile

    with tarfile.open(tmp_path / "books.tar", "w") as tar:
        for name, data in (("books.txt.gz", EN), ("背影.txt", ZH.encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (file,) = expand_inputs([str(tmp_path / "books.tar")])
    got = [(r.doc_id, getattr(r, "reason", "")) for r in read_file(file)]
    assert got == [("books.tar/books.txt.gz", "unreadable_file"), ("books.tar/背影.txt", "")]


@pytest.mark.parametrize("suffix", [".tar", ".tar.gz"])
def test_misnamed_tar_member(tmp_path, suffix):
    """Clause ``misnamed_tar_member`` (session 35, the Left of session 34): in a tar
    (plain and gzip'd), the book list as plain text named ``books.txt.gz`` said "could not
    read text file: BadGzipFile: Not a gzipped file (b'BO')"; gzip data named
    ``books.jsonl`` was one invalid_utf8 per newline byte of the compressed data, and
    named ``list.txt`` one "binary" invalid_utf8. Now one rejection each with the rename
    to make in the archive, as in a zip; the tar's other members are read whole (a real
    .gz member among them), each once."""
    import io
    import tarfile

    lines = [json.dumps({"text": line}) for line in EN.decode().splitlines() if line.strip()]
    members = (
        ("books.txt.gz", EN),
        ("books.jsonl", gzip.compress("\n".join(lines).encode())),
        ("list.txt", gzip.compress(EN)),
        ("背影.txt", ZH.encode()),
        ("list2.txt.gz", gzip.compress(EN)),
    )
    path = tmp_path / f"books{suffix}"
    with tarfile.open(path, "w:gz" if suffix.endswith("gz") else "w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    before = path.read_bytes()
    (file,) = expand_inputs([str(path)])
    got = [
        (r.doc_id, r.reason, r.error) if hasattr(r, "reason") else (r.doc_id, "", r.text[:4])
        for r in read_file(file)
    ]
    archive = f"books{suffix}"
    assert got == [
        (
            f"{archive}/books.txt.gz",
            "unreadable_file",
            "the file is named .gz but is not gzip data (plain text, not compressed): rename "
            "it in its archive without .gz (mv books.txt.gz books.txt), or compress it with gzip",
        ),
        (
            f"{archive}/books.jsonl",
            "unreadable_file",
            "the file is gzip-compressed data but its name has no .gz: rename it in its "
            "archive to end in .gz (mv books.jsonl books.jsonl.gz) and the build decompresses it",
        ),
        (
            f"{archive}/list.txt",
            "unreadable_file",
            "the file is gzip-compressed data but its name has no .gz: rename it in its "
            "archive to end in .gz (mv list.txt list.txt.gz) and the build decompresses it",
        ),
        (f"{archive}/背影.txt", "", ZH[:4]),
        (f"{archive}/list2.txt.gz", "", EN.decode()[:4]),
    ]
    assert path.read_bytes() == before


def test_misnamed_tar_member_cut(tmp_path):
    """Guard of ``misnamed_tar_member``: a tar cut inside a member's first bytes is still
    ``truncated_input`` (the peek raises what the read raised), no rename advised."""
    import io
    import tarfile

    path = tmp_path / "books.tar"
    with tarfile.open(path, "w") as tar:
        info = tarfile.TarInfo("books.txt")
        info.size = len(EN)
        tar.addfile(info, io.BytesIO(EN))
    path.write_bytes(path.read_bytes()[: 512 + 100])
    (file,) = expand_inputs([str(path)])
    got = [(r.doc_id, r.reason) for r in read_file(file)]
    # as before the clause: the member and the archive's end each said cut
    assert got == [("books.tar/books.txt", "truncated_input"), ("books.tar", "truncated_input")]
