"""Documents inside zip and tar archives (``transforms.archives``): rule
``archive_members`` (a member is read as a file in a folder), ``member_ids``, and
the members skipped or rejected. The books are real (../shared/data/en_gutenberg),
packed here in tmp_path; before this rule every archive was one ``archive_input``
rejection."""

import gzip
import io
import json
import tarfile
import zipfile
from collections import Counter
from functools import partial

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas import Document
from tests.tar_members import tar_bytes
from tests.transforms.conftest import BOOKS
from transforms import member_names
from transforms.inputs import InputFile
from transforms.read import ReadConfig, read_file

# (name, bytes) members, or (name, tarfile type) for a link or a device.
_tar = partial(tar_bytes, mode="w:gz", links_to="../../etc/passwd")


def _zip(members, method=zipfile.ZIP_DEFLATED) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", method) as z:
        for name, data in members:
            z.writestr(name, data)
    return sink.getvalue()


def _read(path, config=None, relative=None):
    skipped = Counter()
    file = InputFile(str(path), relative or path.name)
    items = list(read_file(file, config or ReadConfig(), skipped))
    return items, skipped


def _by_id(items):
    return {i.doc_id: i for i in items}


def test_members_are_documents_with_stable_ids_and_the_text_of_the_unpacked_file(tmp_path, books):
    """Each book in the zip and in the tar.gz reads as it does unpacked; ids are
    archive/member (a tar's leading ./ dropped) and do not depend on member order."""
    (tmp_path / "unpacked").mkdir()
    for name, data in books.items():
        (tmp_path / "unpacked" / name).write_bytes(data)
    unpacked = {
        name: next(read_file(InputFile(str(tmp_path / "unpacked" / name), name))).text
        for name in books
    }
    forward = [(f"novels/{n}", d) for n, d in books.items()]
    (tmp_path / "books.zip").write_bytes(_zip(forward))
    (tmp_path / "back.zip").write_bytes(_zip(forward[::-1]))
    (tmp_path / "books.tar.gz").write_bytes(_tar([(f"./{n}", d) for n, d in books.items()]))
    zipped = _by_id(_read(tmp_path / "books.zip")[0])
    assert {i: d.text for i, d in zipped.items()} == {
        f"books.zip/novels/{n}": unpacked[n] for n in books
    }
    assert all(d.source == f"{tmp_path}/books.zip/{d.doc_id[10:]}" for d in zipped.values())
    back = _by_id(_read(tmp_path / "back.zip", relative="books.zip")[0])
    assert {i: d.text for i, d in back.items()} == {i: d.text for i, d in zipped.items()}
    tarred = _by_id(_read(tmp_path / "books.tar.gz")[0])
    assert {i: d.text for i, d in tarred.items()} == {
        f"books.tar.gz/{n}": unpacked[n] for n in books
    }
    assert all(isinstance(d, Document) and d.encoding == "utf-8" for d in tarred.values())


@pytest.mark.parametrize("name", ["b.tar.zst", "b.tar.bz2", "b.tar.xz", "b.tgz", "b.zip.gz"])
def test_every_codec_of_an_input_file_opens_an_archive_too(tmp_path, books, name):
    """The archive is decompressed by its name as any input is; a zip inside gzip is
    no seekable file, so it is spooled (``SpooledTemporaryFile``) first."""
    import bz2
    import lzma

    import zstandard

    members = [(n, d) for n, d in books.items()]
    raw = _zip(members) if ".zip" in name else _tar(members, mode="w")
    pack = {
        ".zst": zstandard.ZstdCompressor().compress,
        ".bz2": bz2.compress,
        ".xz": lzma.compress,
        ".tgz": gzip.compress,
        ".gz": gzip.compress,
    }
    (tmp_path / name).write_bytes(pack[name[name.rfind(".") :]](raw))
    items, _ = _read(tmp_path / name)
    assert [(i.doc_id, i.text.encode()) for i in items] == [
        (f"{name}/{n}", d) for n, d in books.items()
    ]


def test_what_must_be_copied_to_be_read_is_bounded(tmp_path, books):
    """A .zip.gz (spooled whole) and a Parquet member (spooled, Parquet needs seeks)
    over 4 * max_doc_chars bytes are rejected, not copied on without end."""
    config = ReadConfig(max_doc_chars=10_000)  # 105,536 bytes
    (tmp_path / "b.zip.gz").write_bytes(gzip.compress(_zip(list(books.items()))))
    (too_large,), _ = _read(tmp_path / "b.zip.gz", config)
    assert (too_large.doc_id, too_large.reason) == ("b.zip.gz", "archive_too_large")
    assert "over 105,536 bytes" in too_large.error and "decompress it" in too_large.error
    sink = io.BytesIO()
    table = {"text": [b.decode() for b in books.values()]}
    pq.write_table(pa.table(table), sink, compression="none")
    (tmp_path / "p.tar").write_bytes(_tar([("rows.parquet", sink.getvalue())], mode="w"))
    (member,), _ = _read(tmp_path / "p.tar", config)
    assert (member.doc_id, member.reason) == ("p.tar/rows.parquet", "member_too_large")


def test_jsonl_parquet_and_compressed_members_read_as_files(tmp_path, books):
    text = books["pg149.txt"].decode("utf-8")[:5000]
    records = [{"id": "plato-1", "text": text}, {"text": "A second record."}]
    jsonl = "\n".join(json.dumps(r) for r in records).encode() + b"\n"
    sink = io.BytesIO()
    pq.write_table(pa.table({"text": [text, "Row one."]}), sink)
    members = [
        ("shards/part-0.jsonl", jsonl),
        ("shards/part-1.jsonl.gz", gzip.compress(jsonl.replace(b"plato-1", b"plato-2"))),
        ("rows.parquet", sink.getvalue()),
        ("book.txt.gz", gzip.compress(text.encode())),
        ("latin.txt", "Café déjà vu, señor; naïve façade.\n".encode("cp1252")),
    ]
    (tmp_path / "mixed.tar").write_bytes(_tar(members, mode="w"))
    items, _ = _read(tmp_path / "mixed.tar", ReadConfig(encoding="cp1252"))
    got = _by_id(items)
    assert got["plato-1"].text == got["plato-2"].text == text
    assert got["plato-1"].source == f"{tmp_path}/mixed.tar/shards/part-0.jsonl:1"
    assert got["mixed.tar/shards/part-0.jsonl:2"].text == "A second record."
    assert got["mixed.tar/shards/part-1.jsonl.gz:2"].text == "A second record."
    assert [got[f"mixed.tar/rows.parquet:{r}"].text for r in (0, 1)] == [text, "Row one."]
    assert got["mixed.tar/book.txt.gz"].text == text
    latin = got["mixed.tar/latin.txt"]
    assert (latin.text, latin.encoding) == ("Café déjà vu, señor; naïve façade.\n", "cp1252")
    assert len(items) == 8 and all(isinstance(i, Document) for i in items)


def test_each_rejection_of_a_file_applies_to_a_member(tmp_path, books):
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    book = books["pg1572.txt"]
    members = [
        ("paper.pdf", pdf),
        ("cover.txt", png),
        ("book.txt", book),
        ("inner.zip", _zip([("a.txt", book)])),  # by its name
        ("renamed.txt", _tar([("a.txt", book)], mode="w")),  # by its bytes
        ("bad.jsonl", b"{not json\n"),
    ]
    (tmp_path / "mixed.zip").write_bytes(_zip(members))
    items, _ = _read(tmp_path / "mixed.zip", ReadConfig(max_doc_chars=len(book.decode()) - 1))
    reasons = {i.doc_id: i.reason for i in items}
    assert reasons == {
        "mixed.zip/paper.pdf": "document_format",
        "mixed.zip/cover.txt": "invalid_utf8",
        "mixed.zip/book.txt": "document_too_long",
        "mixed.zip/inner.zip": "nested_archive",
        "mixed.zip/renamed.txt": "nested_archive",
        "mixed.zip/bad.jsonl:1": "invalid_json",
    }
    errors = _by_id(items)
    assert "pdftotext paper.pdf" in errors["mixed.zip/paper.pdf"].error
    assert "it is binary" in errors["mixed.zip/cover.txt"].error
    assert "unzip inner.zip -d books" in errors["mixed.zip/inner.zip"].error
    assert "a tar archive inside the archive" in errors["mixed.zip/renamed.txt"].error


def test_junk_links_and_folders_are_skipped_and_counted(tmp_path, books):
    book = books["pg149.txt"]
    members = [
        ("plato/", b""),
        ("plato/book.txt", book),
        ("__MACOSX/plato/._book.txt", b"\x00\x05\x16\x07junk"),
        ("plato/.DS_Store", b"\x00\x00\x00\x01Bud1"),
        ("plato/Thumbs.db", b"\xd0\xcf\x11\xe0"),
        ("plato/_SUCCESS", b""),
        (".git/config", b"[core]\n"),
    ]
    (tmp_path / "mac.zip").write_bytes(_zip(members))
    items, skipped = _read(tmp_path / "mac.zip")
    assert [i.doc_id for i in items] == ["mac.zip/plato/book.txt"]
    assert skipped == {"hidden": 5}
    tar = [("plato/book.txt", book), ("plato/link.txt", tarfile.SYMTYPE)]
    tar += [("plato/hard.txt", tarfile.LNKTYPE), ("dev/null", tarfile.CHRTYPE)]
    tar += [("../outside.txt", b"A name, never a path.")]
    (tmp_path / "links.tar").write_bytes(_tar(tar, mode="w"))
    items, skipped = _read(tmp_path / "links.tar")
    assert [i.doc_id for i in items] == ["links.tar/plato/book.txt", "links.tar/../outside.txt"]
    assert skipped == {"link": 2, "special": 1}
    assert not (tmp_path.parent / "outside.txt").exists()


def test_a_member_name_that_is_not_utf8_shows_its_bytes_as_a_file_name_does(tmp_path):
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.GNU_FORMAT, encoding="latin-1") as tar:
        info = tarfile.TarInfo("résumé.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"Hello"))
    (tmp_path / "names.tar").write_bytes(sink.getvalue())
    (document,), _ = _read(tmp_path / "names.tar")
    assert document.doc_id == "names.tar/r\\xe9sum\\xe9.txt"
    assert document.source.endswith("names.tar/r\\xe9sum\\xe9.txt")
    document.doc_id.encode("utf-8")  # no surrogates: the dataset is UTF-8


def test_a_second_member_of_one_name_is_rejected_not_a_duplicate_id(tmp_path, books):
    members = [("./a.txt", books["pg149.txt"]), ("a.txt", books["pg1153.txt"])]
    (tmp_path / "twice.tar").write_bytes(_tar(members, mode="w"))
    first, second = _read(tmp_path / "twice.tar")[0]
    assert first.doc_id == "twice.tar/a.txt" and first.text.startswith(
        books["pg149.txt"][:50].decode()
    )
    assert (second.doc_id, second.reason) == ("twice.tar/a.txt", "duplicate_member")


def test_encrypted_member_says_to_unpack_it_with_its_password(tmp_path, books):
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("open.txt", books["pg149.txt"])
        info = zipfile.ZipInfo("secret.txt")
        z.writestr(info, b"not really encrypted, but flagged so")
    data = bytearray(sink.getvalue())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # set bit 0 of the flags of secret.txt
        at = data.rfind(header)
        flags = at + (6 if header == b"PK\x03\x04" else 8)
        data[flags] |= 1
    (tmp_path / "locked.zip").write_bytes(bytes(data))
    items, _ = _read(tmp_path / "locked.zip")
    assert [(i.doc_id, type(i).__name__) for i in items] == [
        ("locked.zip/open.txt", "Document"),
        ("locked.zip/secret.txt", "Rejected"),
    ]
    assert items[1].reason == "encrypted_member"
    assert "unzip locked.zip -d books" in items[1].error and "password" in items[1].error


def test_a_zip_member_of_a_method_zipfile_cannot_read_says_what_reads_it(tmp_path, books):
    """Windows' "Compressed folder" uses Deflate64 (method 9) for big files: opening
    such a member raised NotImplementedError ("could not read text file")."""
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", books["pg149.txt"])
        z.writestr("big.txt", b"Deflate64 data stands here.")
    data = bytearray(sink.getvalue())
    for header, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):  # big.txt's method
        data[data.rfind(header) + offset] = 9
    (tmp_path / "win.zip").write_bytes(bytes(data))
    items, _ = _read(tmp_path / "win.zip")
    assert isinstance(items[0], Document) and items[1].doc_id == "win.zip/big.txt"
    assert items[1].reason == "unreadable_file"
    assert "method 9 (Deflate64)" in items[1].error and "7z x win.zip -obooks" in items[1].error


def test_a_bomb_like_member_is_rejected_before_it_is_read(tmp_path, monkeypatch):
    """Declared sizes over 4 * max_doc_chars: never opened. A member whose header is
    small but that decompresses to more (a .txt.gz) is cut where the stream passes
    the limit (document_too_long), not read whole."""
    config = ReadConfig(max_doc_chars=10_000)  # limit: 40,000 + 64 KB
    zeros = b"a" * (20 << 20)  # 20 MB, compresses to ~20 KB
    (tmp_path / "bomb.zip").write_bytes(_zip([("bomb.txt", zeros), ("ok.txt", b"Small text.")]))
    (tmp_path / "bomb.tar").write_bytes(
        _tar([("bomb.txt", zeros), ("inner.txt.gz", gzip.compress(zeros))], mode="w")
    )
    opened = []
    zip_open, tar_extract = zipfile.ZipFile.open, tarfile.TarFile.extractfile
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda z, i, *a, **k: opened.append(str(i)) or zip_open(z, i, *a, **k),
    )
    monkeypatch.setattr(
        tarfile.TarFile, "extractfile", lambda t, i: opened.append(i.name) or tar_extract(t, i)
    )
    items = _read(tmp_path / "bomb.zip", config)[0] + _read(tmp_path / "bomb.tar", config)[0]
    reasons = {i.doc_id: getattr(i, "reason", "read") for i in items}
    assert reasons == {
        "bomb.zip/bomb.txt": "member_too_large",
        "bomb.zip/ok.txt": "read",
        "bomb.tar/bomb.txt": "member_too_large",
        "bomb.tar/inner.txt.gz": "document_too_long",
    }
    assert "bomb.txt" not in " ".join(opened) and "inner.txt.gz" in opened
    assert "20,971,520 bytes" in _by_id(items)["bomb.zip/bomb.txt"].error


def test_a_cut_tar_keeps_the_members_before_the_cut_and_says_so(tmp_path, books):
    data = _tar([(n, d) for n, d in books.items()], mode="w")
    first = 512 + len(books[BOOKS[0]]) + 512  # header, data, padding (< 512)
    (tmp_path / "cut.tar").write_bytes(data[: first + 1000])  # inside the second member
    items, _ = _read(tmp_path / "cut.tar")
    assert items[0].doc_id == "cut.tar/pg1153.txt" and isinstance(items[0], Document)
    assert [(i.doc_id, i.reason) for i in items[1:]] == [
        ("cut.tar/pg149.txt", "truncated_input"),
        ("cut.tar", "truncated_input"),
    ]
    assert "after 2 members" in items[2].error
    assert "it was cut short" in items[1].error  # not tarfile's "unexpected end of data"
    # cut at a member boundary: tarfile itself takes that for the end of the archive
    end = 512 + (len(books[BOOKS[0]]) + 511) // 512 * 512
    (tmp_path / "boundary.tar").write_bytes(data[:end])
    items, _ = _read(tmp_path / "boundary.tar")
    assert [type(i).__name__ for i in items] == ["Document", "Rejected"]
    assert items[1].reason == "truncated_input" and "end-of-archive" in items[1].error
    gz = _tar([(n, d) for n, d in books.items()])
    (tmp_path / "cut.tar.gz").write_bytes(gz[: len(gz) * 2 // 3])
    items, _ = _read(tmp_path / "cut.tar.gz")
    kept = [i.doc_id for i in items if isinstance(i, Document)]
    assert kept == ["cut.tar.gz/pg1153.txt", "cut.tar.gz/pg149.txt"]  # 2/3 of the bytes
    assert [(i.doc_id, i.reason) for i in items[2:]] == [
        ("cut.tar.gz/pg1572.txt", "truncated_input"),
        ("cut.tar.gz", "truncated_input"),
    ]
    assert "after 3 members" in items[-1].error


def test_a_tar_cut_inside_a_jsonl_member_keeps_its_records_before_the_cut(tmp_path, books):
    text = books["pg149.txt"].decode()
    records = [{"id": f"r{i}", "text": text[i * 2000 : (i + 1) * 2000]} for i in range(50)]
    jsonl = "".join(json.dumps(r) + "\n" for r in records).encode()
    data = _tar([("shard.jsonl", jsonl)], mode="w")
    (tmp_path / "cut.tar").write_bytes(data[: 512 + len(jsonl) // 2])
    items, _ = _read(tmp_path / "cut.tar")
    kept = [i for i in items if isinstance(i, Document)]
    assert [d.text for d in kept] == [r["text"] for r in records[: len(kept)]]
    assert 20 <= len(kept) < 25  # the records whole before the cut
    member, rest = items[len(kept) :]
    assert (member.doc_id, member.reason) == ("cut.tar/shard.jsonl", "truncated_input")
    assert f"the {len(kept)} records before it were read" in member.error
    assert (rest.doc_id, rest.reason) == ("cut.tar", "truncated_input")


def test_a_zip_cut_short_or_damaged_is_one_rejection_with_a_reason(tmp_path, books):
    data = _zip([(n, d) for n, d in books.items()])
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    (cut,), _ = _read(tmp_path / "cut.zip")
    assert (cut.doc_id, cut.reason) == ("cut.zip", "corrupt_archive")
    assert "central directory" in cut.error and "after 0 members" in cut.error
    damaged = bytearray(data)
    damaged[200:260] = bytes(60)  # inside the first member's deflated data
    (tmp_path / "bad.zip").write_bytes(bytes(damaged))
    items, _ = _read(tmp_path / "bad.zip")
    assert items[0].doc_id == "bad.zip/pg1153.txt" and items[0].reason == "corrupt_archive"
    assert [i.doc_id for i in items[1:]] == ["bad.zip/pg149.txt", "bad.zip/pg1572.txt"]
    assert all(isinstance(i, Document) for i in items[1:])


def test_7z_and_rar_stay_rejected_with_the_command_that_unpacks_them(tmp_path):
    (tmp_path / "b.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40))
    (tmp_path / "b.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + bytes(40))
    (seven,), _ = _read(tmp_path / "b.7z")
    (rar,), _ = _read(tmp_path / "b.rar")
    assert seven.reason == rar.reason == "archive_input"
    assert "7z x b.7z -obooks" in seven.error and "unrar x b.rar books/" in rar.error


def test_an_epub_and_a_docx_are_documents_not_archives(tmp_path):
    epub = _zip([("mimetype", b"application/epub+zip"), ("OEBPS/ch1.xhtml", b"<p>x</p>")])
    docx = _zip([("[Content_Types].xml", b"<x/>"), ("word/document.xml", b"<w/>")])
    (tmp_path / "b.epub").write_bytes(epub)
    (tmp_path / "r.zip").write_bytes(docx)
    # an EPUB is read as one book (transforms.epub); this one has no container
    (epub_rejected,), _ = _read(tmp_path / "b.epub")
    assert epub_rejected.reason == "broken_epub" and "container" in epub_rejected.error
    (docx_rejected,), _ = _read(tmp_path / "r.zip")
    assert docx_rejected.reason == "document_format" and "Word" in docx_rejected.error


def test_member_names_and_junk():
    assert member_names.member_name("././a/b.txt") == "a/b.txt"
    assert member_names.member_name("/etc/passwd") == "etc/passwd"
    assert member_names.nested_kind("x/books.tar.gz") == "tar"
    assert (
        member_names.nested_kind("b.TGZ") == "tar" and member_names.nested_kind("n.txt.gz") is None
    )
    assert member_names.is_hidden("__MACOSX/a.txt") and not member_names.is_hidden("../a.txt")
