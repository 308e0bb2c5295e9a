"""Clauses of ``transforms.epub`` on small EPUBs built here with a real EPUB's
structure (container, OPF package, spine, NCX/nav, XHTML chapters in Project
Gutenberg's markup; A Tale of Two Cities, chapters I-II openings), and an end-to-end
build of a folder of EPUBs."""

from __future__ import annotations

import io
import zipfile

import pytest

from schemas import Document, Rejected
from transforms.epub import book_in, is_epub, read_epub
from transforms.read import expand_inputs, read_file

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles></container>"""

CH1 = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>A Tale of Two Cities</title></head><body>
<h2>CHAPTER I.<br/>The Period</h2>
<p>It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.</p>
<p>There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a fair
face, on the throne of France.</p></body></html>"""

CH2 = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>A Tale of Two Cities</title></head>
<body><h2>CHAPTER II.<br/>The Mail</h2>
<p>It was the Dover road that lay, on a Friday night late in November, before the
first of the persons with whom this history has business.</p></body></html>"""

NAV = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Contents</title></head><body><h1>Table of Contents</h1><nav epub:type="toc"><ol>
<li><a href="ch1.xhtml">CHAPTER I. The Period</a></li>
<li><a href="ch2.xhtml">CHAPTER II. The Mail</a></li></ol></nav></body></html>"""

NOTES = """<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Transcriber's note: the
answers to the exercises.</p></body></html>"""


def _opf(spine: str, manifest_extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Tale of Two Cities</dc:title>
</metadata><manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="ch1" href="ch1.xhtml" media-type="application/xhtml+xml"/>
<item id="ch2" href="ch2.xhtml" media-type="application/xhtml+xml"/>
<item id="notes" href="notes.xhtml" media-type="application/xhtml+xml"/>{manifest_extra}
</manifest><spine>{spine}</spine></package>"""


SPINE = '<itemref idref="nav"/><itemref idref="ch1"/><itemref idref="ch2"/>'


def make_epub(spine: str = SPINE, extra: dict | None = None, drop: tuple = (), mimetype=True):
    files = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": _opf(spine),
        "OEBPS/nav.xhtml": NAV,
        "OEBPS/ch1.xhtml": CH1,
        "OEBPS/ch2.xhtml": CH2,
        "OEBPS/notes.xhtml": NOTES,
        **(extra or {}),
    }
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, body in files.items():
            if name not in drop:
                z.writestr(name, body)
    return sink.getvalue()


def _book(data: bytes):
    return read_epub(zipfile.ZipFile(io.BytesIO(data)))


def _read(path) -> list:
    return [item for f in expand_inputs([str(path)]) for item in read_file(f)]


def test_spine_order_and_skip_toc_document():
    book = _book(make_epub('<itemref idref="nav"/><itemref idref="ch2"/><itemref idref="ch1"/>'))
    assert book.text.startswith("CHAPTER II. The Mail\n\n\nIt was the Dover road")
    assert "Contents" not in book.text  # the nav document (its <h1> too) is not text
    assert book.toc == ["CHAPTER I. The Period", "CHAPTER II. The Mail"]


def test_skip_toc_document_of_an_epub2_guide():
    guide = SPINE + '<itemref idref="notes"/>'
    data = make_epub(guide)
    opf = _opf(guide).replace(
        "</spine>", '</spine><guide><reference type="toc" href="notes.xhtml"/></guide>'
    )
    book = _book(make_epub(guide, {"OEBPS/content.opf": opf}))
    assert "Transcriber" in _book(data).text and "Transcriber" not in book.text


def test_skip_nonlinear_items():
    book = _book(make_epub(SPINE + '<itemref idref="notes" linear="no"/>'))
    assert "Transcriber" not in book.text and book.text.endswith("history has business.")


def test_spine_once_reads_a_file_listed_twice_once():
    # live-manual.en.epub's spine: about-manual.xhtml, then about-manual.xhtml#o8, ...
    extra = '\n<item id="ch1#o8" href="ch1.xhtml#o8" media-type="application/xhtml+xml"/>'
    spine = SPINE.replace('idref="ch2"', 'idref="ch1#o8"/><itemref idref="ch2"')
    opf = _opf(spine, extra)
    book = _book(make_epub(spine, {"OEBPS/content.opf": opf}))
    assert book.text.count("It was the best of times") == 1


def test_epub_by_container_without_a_mimetype_member():
    data = make_epub(mimetype=False)  # as the Debian live-manual EPUBs are zipped
    assert is_epub(zipfile.ZipFile(io.BytesIO(data)))
    assert _book(data).text.startswith("CHAPTER I. The Period")


@pytest.mark.parametrize(
    "extra",
    [
        {"META-INF/rights.xml": "<rights/>"},
        {
            "META-INF/encryption.xml": """<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData>
</enc:EncryptedData></encryption>"""
        },
    ],
)
def test_encrypted_epub_is_rejected_as_drm(tmp_path, extra):
    (tmp_path / "drm.epub").write_bytes(make_epub(extra=extra))
    (rejected,) = _read(tmp_path / "drm.epub")
    assert isinstance(rejected, Rejected) and rejected.reason == "encrypted_epub"
    assert "DRM-protected" in rejected.error and "\n" not in rejected.error


def test_obfuscated_fonts_are_no_drm():
    fonts = """<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/fonts/Garamond.otf"/></enc:CipherData>
</enc:EncryptedData></encryption>"""
    book = _book(make_epub(extra={"META-INF/encryption.xml": fonts}))
    assert "It was the best of times" in book.text


@pytest.mark.parametrize(
    "drop,message",
    [
        (("META-INF/container.xml",), "no container"),
        (("OEBPS/content.opf",), "package file OEBPS/content.opf is missing"),
        (("OEBPS/ch2.xhtml",), "chapter OEBPS/ch2.xhtml is missing"),
    ],
)
def test_broken_epub_is_one_rejection_not_a_crash(tmp_path, drop, message):
    (tmp_path / "broken.epub").write_bytes(make_epub(drop=drop))
    (tmp_path / "book.txt").write_text("It was the Dover road.", encoding="utf-8")
    read = {r.doc_id: r for r in _read(tmp_path)}
    assert isinstance(read["book.txt"], Document)
    assert read["broken.epub"].reason == "broken_epub" and message in read["broken.epub"].error


def test_epub_too_long_is_rejected_before_its_chapters_are_decompressed(tmp_path):
    from transforms.epub import book_record

    archive = zipfile.ZipFile(io.BytesIO(make_epub()))
    assert isinstance(book_record(archive, "t.epub", "t.epub", 1_000), Document)
    rejected = book_record(archive, "t.epub", "t.epub", 200)  # 800 bytes < CH1 + CH2
    assert rejected.reason == "document_too_long" and "not read" in rejected.error


def test_an_epub_in_a_zip_and_a_tar_is_read_as_one_book(tmp_path):
    import tarfile

    data = make_epub()
    with zipfile.ZipFile(tmp_path / "books.zip", "w") as z:
        z.writestr("tale.epub", data)
        z.writestr("page.html", "<html><body><h1>Loomings</h1><p>Call me Ishmael.</p>")
    with tarfile.open(tmp_path / "books.tar", "w") as tar:
        info = tarfile.TarInfo("tale.epub")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    read = {r.doc_id: r for r in _read(tmp_path)}
    assert read["books.zip/tale.epub"].text == read["books.tar/tale.epub"].text
    assert read["books.zip/tale.epub"].text.startswith("CHAPTER I. The Period\n\n\nIt was")
    assert read["books.zip/page.html"].text == "Loomings\n\n\nCall me Ishmael."


def test_a_folder_of_epubs_builds_shards_of_clean_text_whose_sections_are_chapters(
    tmp_path, tiny_tokenizer_path
):
    """End to end (``longctx dataset``): no tag remnant in the text the shards hold
    (their tokens decoded), and the document's sections are its two chapters."""
    from pipeline.build import run
    from pipeline.inspection import _tokenizer_decoder
    from pipeline.reading import chunk_shards, documents

    inputs = tmp_path / "books"
    inputs.mkdir()
    (inputs / "tale.epub").write_bytes(make_epub())
    out = tmp_path / "out"
    manifest = run(
        ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path,
         "--windows", "16,32"]
    )  # fmt: skip
    table = documents(str(out))
    assert table.column("doc_id").to_pylist() == ["tale.epub"]
    titles = [s["title"] for s in table.column("sections").to_pylist()[0] if s["title"]]
    assert titles == ["CHAPTER I. The Period", "CHAPTER II. The Mail"]
    decode = _tokenizer_decoder(manifest)
    texts = [
        decode(ids)
        for _, shard in chunk_shards(str(out), manifest)
        for ids in shard.column("input_ids").to_pylist()
    ]
    texts = [t.replace("<|endoftext|>", "") for t in texts]  # the EOS between documents
    assert any("best of times" in t for t in texts) and any("Dover" in t for t in texts)
    assert not any("<" in t or ">" in t or "xhtml" in t for t in texts)


# --- review (session 17): clauses chapter_encoding, foreign_spine_item, broken_zip_data


def test_chapter_encoding_utf16_chapter_and_a_misdeclared_utf8_chapter():
    """XML allows UTF-16 content documents (byte order mark first): the book was
    rejected as broken_epub; a chapter declaring ISO-8859-1 but saved as UTF-8 read
    as Latin-1 mojibake."""
    ch1 = CH1.replace("encoding='utf-8'", "encoding='UTF-16'").encode("utf-16")
    ch2 = CH2.replace("<p>It was", "<p>Caf\u00e9 \u201cDover\u201d. It was")
    ch2 = ("<?xml version='1.0' encoding='iso-8859-1'?>\n" + ch2).encode("utf-8")
    book = _book(make_epub(extra={"OEBPS/ch1.xhtml": ch1, "OEBPS/ch2.xhtml": ch2}))
    assert "It was the best of times, it was the worst of times" in book.text
    assert "Caf\u00e9 \u201cDover\u201d. It was the Dover road" in book.text


def test_foreign_spine_item_an_image_page_is_skipped_or_read_by_its_fallback():
    """EPUB 3 spine items may be images (a cover, a picture book's pages): the whole
    book was rejected as "not utf-8 text"."""
    items = (
        '<item id="cover" href="cover.jpg" media-type="image/jpeg"/>'
        '<item id="plate" href="plate.png" media-type="image/png" fallback="ch2"/>'
    )
    spine = '<itemref idref="cover"/><itemref idref="ch1"/><itemref idref="plate"/>'
    files = {
        "OEBPS/content.opf": _opf(spine, items),
        "OEBPS/cover.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
        "OEBPS/plate.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    }
    book = _book(make_epub(extra=files))
    assert book.chapters == ["OEBPS/ch1.xhtml", "OEBPS/ch2.xhtml"]
    assert "CHAPTER II. The Mail" in book.text


def test_broken_zip_data_of_a_chapter_is_a_broken_epub_rejection():
    """Damaged deflate data raised zlib.error out of book_record (its doc says it
    never raises)."""
    data = bytearray(make_epub())
    start = data.index(b"OEBPS/ch1.xhtml") + len("OEBPS/ch1.xhtml")  # its local header
    data[start + 20 : start + 60] = bytes(range(40))  # inside its compressed data
    rejected = book_in(bytes(data), "tale.epub", "tale.epub", 10**6)
    assert isinstance(rejected, Rejected) and rejected.reason == "broken_epub", rejected


def test_chapter_gap_sets_off_the_next_spine_file_by_three_blank_lines():
    """Review: no test failed with clause chapter_gap switched off (html_to_text strips
    a chapter's leading blank lines, so its opening heading relies on the join)."""
    book = _book(make_epub())
    assert "on the throne of France.\n\n\n\nCHAPTER II. The Mail\n\n\nIt was the Dover" in book.text


# --- session 18: clause chapter_auto


FRENCH = (  # ELTeC-fra, Adam: a chapter saved in CP1252 with no charset declared
    "<html xmlns='http://www.w3.org/1999/xhtml'><body><h2>CHAPITRE III</h2>"
    "<p>Désirée ! Monte sur l' escabeau et décroche une chandelle à la poutre ; trouve "
    "le chandelier . Bon ! voilà du cuivre qui terluit comme le dos d' une citrouille . "
    "Frotte , frotte ; là ! ... Faites excuse , Cellier , dit Norine , mais des fillettes "
    ", ça ne s' avise de rien , il faut tout leur commander .</p><p>Quand on doit parler "
    "d' une ménagère , en voilà une ! Elle passe , à bon droit , pour la plus regardante "
    "de Saint-Brunelle ; on se mirerait dans son armoire en noyer de même que devant un "
    "miroir , et je vous avertis que les couverts d' étain qui pendent à</p></body></html>"
)


def test_chapter_auto_decides_an_undeclared_legacy_chapter_as_a_text_file(tmp_path):
    """A chapter in CP1252 without a charset declaration rejected the whole book as
    broken_epub; it is decided as a plain-text file of the same bytes is (--encoding
    auto), and ``--encoding utf-8`` rejects it as it rejects the file."""
    data = make_epub(extra={"OEBPS/ch2.xhtml": FRENCH.encode("cp1252")})
    book = book_in(data, "adam.epub", "adam.epub", 10**6)
    assert isinstance(book, Document), book
    assert "Désirée ! Monte sur l' escabeau et décroche une chandelle à la poutre" in book.text
    assert "It was the best of times" in book.text
    (tmp_path / "adam.txt").write_bytes(FRENCH.encode("cp1252"))
    assert isinstance(_read(tmp_path / "adam.txt")[0], Document)  # the same decision
    strict = book_in(data, "adam.epub", "adam.epub", 10**6, "utf-8")
    assert isinstance(strict, Rejected) and "windows-1252" in strict.error, strict


def test_chapter_auto_a_stray_byte_in_utf8_is_rejected_as_a_text_file_is(tmp_path):
    """One bad byte in a UTF-8 chapter: the project's policy for a plain .txt file with
    one (rejected invalid_utf8, 'UTF-8 with damaged bytes', no U+FFFD put in) holds
    for the book: rejected with the same hint, never decoded as a legacy codec."""
    bad = FRENCH.encode("utf-8").replace(b"poutre", b"pou\xfftre")
    book = book_in(make_epub(extra={"OEBPS/ch2.xhtml": bad}), "adam.epub", "adam.epub", 10**6)
    assert isinstance(book, Rejected) and book.reason == "broken_epub", book
    assert "damaged bytes" in book.error and "OEBPS/ch2.xhtml" in book.error
    (tmp_path / "adam.txt").write_bytes(bad)
    text_file = _read(tmp_path / "adam.txt")[0]
    assert isinstance(text_file, Rejected) and "damaged bytes" in text_file.error
