"""Archives made by other tools and odd archives (review of ``transforms.archives``):
member names without the UTF-8 flag or with Windows backslashes, zip members from stdin,
text that looks like a tar, archives with nothing to read, archives under a JSONL name,
zips on filesystems that cannot seek, nested archives known by name. Split from
test_archives.py, whose helpers and ``books`` fixture these tests share."""

import io
import json
import zipfile

import pytest

from schemas import Document
from tests.transforms.test_archives import _read, _tar, _zip
from transforms.read import ReadConfig


def _zip_with_raw_names(names: list[bytes], data: bytes) -> bytes:
    """A zip whose member names are these bytes, stored without the UTF-8 flag (as
    Info-ZIP's ``zip`` on Linux stores a UTF-8 file name, or Windows a CP437 one)."""
    stand_ins = [(b"N%d" % k).ljust(len(raw), b"x") for k, raw in enumerate(names)]
    data = _zip([(s.decode(), data) for s in stand_ins])
    for stand_in, raw in zip(stand_ins, names, strict=True):
        data = data.replace(stand_in, raw)  # local header and central directory
    return data


def test_a_utf8_member_name_without_the_utf8_flag_is_its_utf8_name(tmp_path, books):
    """Clause ``zip_utf8_names``: ``zip -r books.zip 红楼梦.txt`` on Linux stores the
    UTF-8 bytes without the flag; zipfile reads CP437 (``τ║óµÑ╝µóª.txt``). A real CP437
    name (Windows) stays CP437; a GBK one is not UTF-8 and stays as zipfile reads it."""
    names = ["红楼梦.txt".encode(), "Ünïcödé.txt".encode(), "Café.txt".encode("cp437")]
    names.append("第一回.txt".encode("gbk"))
    (tmp_path / "names.zip").write_bytes(_zip_with_raw_names(names, books["pg149.txt"]))
    items, _ = _read(tmp_path / "names.zip")
    assert [i.doc_id for i in items] == [
        "names.zip/红楼梦.txt",
        "names.zip/Ünïcödé.txt",
        "names.zip/Café.txt",
        "names.zip/" + "第一回.txt".encode("gbk").decode("cp437"),
    ]
    assert all(isinstance(i, Document) for i in items)
    assert items[0].source == f"{tmp_path}/names.zip/红楼梦.txt"


def test_a_zip_member_stored_from_stdin_is_read_not_skipped(tmp_path, books):
    """Clause ``zip_stdin_member``: ``cat book.txt | zip book.zip -`` stores the
    member ``-`` with the Unix mode of the pipe (a FIFO); it holds the book."""
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        info = zipfile.ZipInfo("-")
        info.external_attr = 0o010600 << 16  # S_IFIFO | rw-------, as Info-ZIP writes it
        z.writestr(info, books["pg149.txt"])
        fifo = zipfile.ZipInfo("a.fifo")  # a FIFO stored as such (zip -FI): no data
        fifo.external_attr = 0o010644 << 16
        z.writestr(fifo, b"")
    (tmp_path / "stdin.zip").write_bytes(sink.getvalue())
    items, skipped = _read(tmp_path / "stdin.zip")
    assert [(i.doc_id, i.text.encode()) for i in items] == [("stdin.zip/-", books["pg149.txt"])]
    assert skipped == {"special": 1}


@pytest.mark.parametrize("verb", ["gustar ", "ajustar ", "custar "])
def test_a_text_with_ustar_at_byte_257_is_text_not_a_tar(tmp_path, verb):
    """Clause ``tar_checksum``: a tar is known by ``ustar`` + NUL or space at byte
    257 AND its header's checksum. Spanish (gustar, ajustar, asustar) and Portuguese
    (custar) infinitives before a space put that magic in a text one time in a few
    hundred thousand; such a novel was one ``corrupt_archive`` rejection (on main,
    ``archive_input``). Real tars of every format keep being read (other tests)."""
    opening = (
        "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo "
        "que vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y "
        "galgo corredor. "
    ).encode()
    line = f"Y aquello le había de {verb}mucho a su sobrina.\n".encode()
    start = 257 - line.index(b"ustar")  # the magic at byte 257
    text = (opening * 3)[:start] + line
    assert text[257:263] == b"ustar "
    (tmp_path / "capitulo.txt").write_bytes(text)
    (document,), _ = _read(tmp_path / "capitulo.txt")
    assert isinstance(document, Document) and document.text == text.decode()


def test_an_archive_with_no_member_to_read_is_one_rejection_not_nothing(tmp_path):
    """Clause ``empty_archive``: an empty zip, an empty tar (only its zero blocks: no
    ``ustar`` magic, known by its name) and a zip of macOS junk gave no record at all
    (the tar: a 10,240-character document of NULs, ``empty_text`` at normalize); every
    input file is now in the rejected records, with what was skipped."""
    (tmp_path / "empty.zip").write_bytes(_zip([]))
    (tmp_path / "empty.tar.gz").write_bytes(_tar([]))
    junk = [("__MACOSX/._a.txt", b"\x00\x05\x16\x07"), (".DS_Store", b"\x00\x00\x00\x01Bud1")]
    (tmp_path / "junk.zip").write_bytes(_zip(junk + [("folder/", b"")]))
    (tmp_path / "zeros.txt").write_bytes(bytes(10240))  # no tar by name: text, as before
    got = {}
    for name in ("empty.zip", "empty.tar.gz", "junk.zip"):
        items, skipped = _read(tmp_path / name)
        ((got[name], reason),) = [(i.error, i.reason) for i in items]
        assert reason == "empty_archive" and items[0].doc_id == name
    assert got["junk.zip"].startswith("the zip archive holds no file to read (members skipped")
    assert "hidden 2" in got["junk.zip"] and "skipped" not in got["empty.zip"]
    assert got["empty.tar.gz"].startswith("the tar archive holds no file to read")
    (zeros,), _ = _read(tmp_path / "zeros.txt")
    assert isinstance(zeros, Document)


def test_a_zip_or_tar_named_jsonl_is_read_as_an_archive(tmp_path, books):
    """Rule ``archive_by_content``: an archive is known by its bytes whatever its name;
    a zip named ``.jsonl`` was read as JSON Lines, one ``invalid_utf8`` "binary"
    rejection per newline byte of the compressed data (a shard of 3 books: dozens)."""
    text = books["pg149.txt"].decode()
    jsonl = "".join(json.dumps({"text": text[i : i + 3000]}) + "\n" for i in (0, 3000))
    (tmp_path / "shard.jsonl").write_bytes(_zip(list(books.items()) + [("a.jsonl", jsonl)]))
    (tmp_path / "shard2.jsonl.gz").write_bytes(_tar([("a.jsonl", jsonl.encode())]))
    items, _ = _read(tmp_path / "shard.jsonl")
    assert [(i.doc_id, i.text.encode()) for i in items[:3]] == [
        (f"shard.jsonl/{n}", d) for n, d in books.items()
    ]
    assert [(i.doc_id, i.text) for i in items[3:]] == [
        ("shard.jsonl/a.jsonl:1", text[:3000]),
        ("shard.jsonl/a.jsonl:2", text[3000:6000]),
    ]
    items, _ = _read(tmp_path / "shard2.jsonl.gz")
    assert [i.doc_id for i in items] == ["shard2.jsonl.gz/a.jsonl:1", "shard2.jsonl.gz/a.jsonl:2"]


def test_a_zip_on_a_filesystem_without_seeks_is_spooled_first(tmp_path, books, monkeypatch):
    """A filesystem whose files cannot seek (some Beam filesystems' readers): the zip
    is copied to a spooled temporary file, bounded like a .zip.gz; the local file of
    the other tests is seekable, so this path ran in no test before the review."""
    from apache_beam.io.filesystems import FileSystems

    class Stream(io.RawIOBase):  # reads, never seeks
        def __init__(self, data):
            self._data = io.BytesIO(data)

        def readable(self):
            return True

        def readinto(self, buffer):
            return self._data.readinto(buffer)

    data = _zip(list(books.items()))
    (tmp_path / "remote.zip").write_bytes(data)
    monkeypatch.setattr(FileSystems, "open", lambda path, **_: io.BufferedReader(Stream(data)))
    items, _ = _read(tmp_path / "remote.zip")
    assert [(i.doc_id, i.text.encode()) for i in items] == [
        (f"remote.zip/{n}", d) for n, d in books.items()
    ]
    (too_large,), _ = _read(tmp_path / "remote.zip", ReadConfig(max_doc_chars=10_000))
    assert too_large.reason == "archive_too_large" and "copy it to a local disk" in too_large.error


def test_a_nested_archive_is_known_by_its_name_before_its_size(tmp_path, books):
    """``nested_archive`` by name (``nested_kind``): a big inner archive is rejected
    as what it is, unopened, not ``member_too_large``. Its bytes would tell it too
    when read, so no other test fails without the name check."""
    config = ReadConfig(max_doc_chars=10_000)  # 105,536 bytes
    inner = _tar(list(books.items()), mode="w")
    assert len(inner) > config.max_input_bytes
    (tmp_path / "outer.zip").write_bytes(_zip([("more/books.tar", inner), ("books.tgz", inner)]))
    items, _ = _read(tmp_path / "outer.zip", config)
    assert [(i.doc_id, i.reason) for i in items] == [
        ("outer.zip/more/books.tar", "nested_archive"),
        ("outer.zip/books.tgz", "nested_archive"),
    ]


def test_backslashes_of_a_windows_zip_are_folders_unless_legacy_bytes(tmp_path, books):
    """Clause ``zip_backslash_names``: older .NET / PowerShell wrote ``novels\\a.txt``
    (host MS-DOS); the id is ``novels/a.txt`` as ``unzip`` extracts it, so the hidden
    check sees the folder too. A Shift_JIS name (``ソ`` is 0x83 0x5C) is left whole;
    a Unix zip's name keeps its ``\\`` (a Linux file name may hold one)."""
    sjis = "ソース.txt".encode("shift_jis")
    assert b"\\" in sjis
    names = [b"novels\\pg149.txt", b".git\\config", sjis]
    data = bytearray(_zip_with_raw_names(names, books["pg149.txt"]))
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:  # central directory: made by MS-DOS
        data[at + 5] = 0
        at += 4
    (tmp_path / "win.zip").write_bytes(bytes(data))
    items, skipped = _read(tmp_path / "win.zip")
    assert [i.doc_id for i in items] == [
        "win.zip/novels/pg149.txt",
        "win.zip/" + sjis.decode("cp437"),
    ]
    assert skipped == {"hidden": 1}
    (tmp_path / "unix.zip").write_bytes(_zip([("back\\slash.txt", books["pg149.txt"])]))
    assert [i.doc_id for i in _read(tmp_path / "unix.zip")[0]] == ["unix.zip/back\\slash.txt"]
