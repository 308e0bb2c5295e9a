"""``transforms.archive_limits``: clause ``archive_total_bound`` (a bound on what all
the members of one archive expand to) and clause ``software_package`` (jars, wheels,
APKs are one rejection, not read member by member). The texts are real books
(../shared/data/en_gutenberg), packed here in tmp_path."""

import gzip
import io
import zipfile
from collections import Counter

from schemas import Document, Rejected
from tests.tar_members import tar_bytes
from transforms.archive_limits import ARCHIVE_BOUND_MULTIPLE, archive_bound
from transforms.inputs import InputFile
from transforms.read import ReadConfig, read_file


def _zip(members) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return sink.getvalue()


def _read(path, config):
    return list(read_file(InputFile(str(path), path.name), config, Counter()))


def _pieces(books: dict[str, bytes], size: int) -> list[bytes]:
    """The books' lines in pieces of about ``size`` bytes (whole lines: valid UTF-8)."""
    out, piece = [], b""
    for book in books.values():
        for line in book.splitlines(keepends=True):
            piece += line
            if len(piece) >= size:
                out.append(piece)
                piece = b""
    return out


def test_many_members_each_under_the_bound_stop_at_the_archive_bound(tmp_path, books):
    """A zip (and a tar) of 160 book pieces of ~7 KB, each a document under
    --max-doc-chars 10,000: before the clause all 160 were read (no total bound);
    now the members read until their bytes pass 100 x 10,000, and the rest is one
    archive_too_large rejection that names the first member not read. Counts
    reconcile: every member is a document or inside the one rejection."""
    config = ReadConfig(max_doc_chars=10_000)
    bound = archive_bound(config.max_doc_chars)
    assert bound == ARCHIVE_BOUND_MULTIPLE * 10_000 == 1_000_000
    pieces = _pieces(books, 7_000)[:160]
    assert len(pieces) == 160 and sum(map(len, pieces)) > bound
    total, expected = 0, 0
    while total <= bound:  # the members read: until their bytes pass the bound
        total += len(pieces[expected])
        expected += 1
    members = [(f"part{n:03d}.txt", p) for n, p in enumerate(pieces)]
    (tmp_path / "pieces.zip").write_bytes(_zip(members))
    (tmp_path / "pieces.tar").write_bytes(tar_bytes(members))
    for name in ("pieces.zip", "pieces.tar"):
        items = _read(tmp_path / name, config)
        docs = [i for i in items if isinstance(i, Document)]
        (rest,) = [i for i in items if isinstance(i, Rejected)]
        assert len(docs) == expected < 160, name
        assert [d.doc_id for d in docs] == [f"{name}/part{n:03d}.txt" for n in range(expected)]
        assert docs[5].text == pieces[5].decode("utf-8")
        assert (rest.doc_id, rest.reason) == (name, "archive_too_large")
        assert f"{total:,} bytes" in rest.error and "1,000,000 bytes" in rest.error
        assert f"'{name}/part{expected:03d}.txt'" in rest.error
        assert f"the {expected} members read are kept" in rest.error
    # Under the bound (a larger --max-doc-chars) every member is read, nothing rejected.
    items = _read(tmp_path / "pieces.zip", ReadConfig(max_doc_chars=20_000))
    assert len(items) == 160 and all(isinstance(i, Document) for i in items)


def test_the_bound_counts_what_compressed_members_expand_to(tmp_path):
    """A bomb of .txt.gz members, each 20 MB of one letter (20 KB stored): each is
    read to 4 x --max-doc-chars + 64 KB + 1 = 105,537 bytes (document_too_long), and
    what they expanded to counts: 12 such members stop after 10 (1,055,370 bytes >
    1,000,000). Before the clause: 12 document_too_long, every member expanded."""
    config = ReadConfig(max_doc_chars=10_000)
    bomb = gzip.compress(b"a" * (20 << 20))
    (tmp_path / "bomb.zip").write_bytes(_zip([(f"b{n:02d}.txt.gz", bomb) for n in range(12)]))
    items = _read(tmp_path / "bomb.zip", config)
    assert Counter(i.reason for i in items) == {"document_too_long": 10, "archive_too_large": 1}
    assert "expand to 1,055,370 bytes" in items[-1].error
    assert "the rest (from 'bomb.zip/b10.txt.gz')" in items[-1].error


def test_jars_wheels_and_apks_are_one_software_package_rejection(tmp_path, books):
    """Read member by member, a wheel's module, METADATA and RECORD were documents and
    a jar's .class files invalid_utf8 rejections; now each package is one
    software_package rejection (by its name, or by its members under a .zip name),
    and a zip of books with a META-INF/MANIFEST.MF but no code stays documents."""
    book = books["pg149.txt"]
    wheel = [
        ("six.py", b'"""Utilities for writing code that runs on Python 2 and 3"""\nimport sys\n'),
        ("six-1.16.0.dist-info/METADATA", b"Metadata-Version: 2.1\nName: six\n"),
        ("six-1.16.0.dist-info/WHEEL", b"Wheel-Version: 1.0\nRoot-Is-Purelib: true\n"),
        ("six-1.16.0.dist-info/RECORD", b"six.py,sha256=x,34549\n"),
    ]
    jar = [
        ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\r\n\r\n"),
        ("javax/inject/Inject.class", b"\xca\xfe\xba\xbe\x00\x00\x002\x00\x10"),
    ]
    apk = [("AndroidManifest.xml", b"\x03\x00\x08\x00"), ("classes.dex", b"dex\n035\x00")]
    packages = {
        "six-1.16.0-py2.py3-none-any.whl": wheel,
        "wheel_renamed.zip": wheel,
        "javax.inject-1.jar": jar,
        "classes.zip": jar,
        "app.apk": apk,
        "plugin.egg": [("EGG-INFO/PKG-INFO", b"Name: plugin\n"), ("plugin.py", b"x = 1\n")],
    }
    for name, members in packages.items():
        (tmp_path / name).write_bytes(_zip(members))
        (item,) = _read(tmp_path / name, ReadConfig())
        assert (item.doc_id, item.reason) == (name, "software_package"), name
        assert f"unzip {name} -d package" in item.error
    kinds = {n: _read(tmp_path / n, ReadConfig())[0].error.split(" (")[0] for n in packages}
    assert kinds["wheel_renamed.zip"] == "the file is a Python wheel"
    assert kinds["classes.zip"] == kinds["javax.inject-1.jar"] == "the file is a Java archive"
    docs = [("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"), ("books/pg149.txt", book)]
    (tmp_path / "books.zip").write_bytes(_zip(docs))
    items = _read(tmp_path / "books.zip", ReadConfig())
    assert [type(i).__name__ for i in items] == ["Document", "Document"]
    assert items[1].text == book.decode("utf-8")


def test_a_zip_of_books_with_a_manifest_and_a_class_named_text_is_read(tmp_path, books):
    """Clause class_majority: by its members a zip is a Java archive only when at
    least half of its files are .class files and the first is a class file
    (CAFEBABE). Before the clause a zip of a book beside a META-INF/MANIFEST.MF and
    one text named .class was one software_package rejection, the book unread; a
    folder of lectures with one compiled example was too. A renamed jar (most files
    classes) still is one (test above)."""
    book = books["pg149.txt"]
    manifest = ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n")
    zips = {
        "notes.zip": [manifest, ("book.txt", book), ("notes/world.class", b"The class of 1999.\n")],
        "course.zip": [
            manifest,
            ("Hello.class", b"\xca\xfe\xba\xbe\x00\x00\x002"),
            ("lecture1.txt", book),
            ("lecture2.txt", book[:5000]),
        ],
        "fake.zip": [manifest, ("a.class", b"not a class"), ("b.class", b"nor this")],
    }
    for name, members in zips.items():
        (tmp_path / name).write_bytes(_zip(members))
        items = _read(tmp_path / name, ReadConfig())
        assert "software_package" not in {getattr(i, "reason", "") for i in items}, name
        docs = {i.doc_id: i.text for i in items if isinstance(i, Document)}
        read = {"notes.zip": "book.txt", "course.zip": "lecture1.txt"}.get(name)
        assert read is None or docs[f"{name}/{read}"] == book.decode("utf-8")
