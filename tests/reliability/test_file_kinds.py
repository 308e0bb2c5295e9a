"""Inputs in a document format rather than plain text (rules of ``transforms.file_kinds``).

Found by the README audit of session 12 (docs/QUALITY.md): an HTML page and an RTF
file were written as prose, tags and control words tokenized and scored; a PDF was
"not UTF-8, re-encode it with iconv -f GB18030"; an EPUB or .docx was "a zip archive,
extract it", which yields XHTML/XML; and the hint for a zip, ``unzip FILE -C books``,
extracts nothing (``-C`` is unzip's case-insensitive matching, not a folder).
"""

from __future__ import annotations

import codecs
import io
import shlex
import shutil
import subprocess
import tarfile
import zipfile
from collections import Counter

import pytest

from schemas import Document, Rejected
from tests.reliability.bad_inputs import ZH, prose
from tests.reliability.conftest import build_small, snapshot, staging_folders
from tests.tar_members import tar_bytes
from transforms import file_kinds
from transforms.read import expand_inputs, read_file

TEXT = prose(1, 12) + "\n\n" + prose(2, 12)


def _read(path) -> list:
    return [item for f in expand_inputs([str(path)]) for item in read_file(f)]


def _zip(entries: list[tuple[str, str]], stored_first: bool = False) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, body) in enumerate(entries):
            kind = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(name, body, compress_type=kind)
    return sink.getvalue()


def _xhtml(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>\n{paragraphs}</body></html>\n'
    )


def _pdf(text: str) -> bytes:
    """A real PDF with the text on its page (matplotlib's PDF backend)."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure()
    figure.text(0.05, 0.5, text[:80])
    sink = io.BytesIO()
    figure.savefig(sink, format="pdf")
    return sink.getvalue()


HTTP_HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 9120\r\n\r\n"
# A Markdown note that quotes a whole small PDF: the header in its first 1024 bytes and
# %%EOF in its last ones (review of session 14: it was rejected as a PDF).
PDF_NOTE = """# The smallest useful PDF

A PDF file starts with a header line that names its version, `%PDF-1.4`, and
ends with the `%%EOF` marker after the cross-reference table. Here is a whole
"Hello, world" file, which any viewer opens; the offsets in `xref` must be exact.

```
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]
  /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 24 Tf 72 720 Td (Hello, world) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
xref
0 6
0000000000 65535 f
0000000009 00000 n
0000000058 00000 n
0000000115 00000 n
0000000241 00000 n
0000000335 00000 n
trailer << /Size 6 /Root 1 0 R >>
startxref
405
%%EOF
```

Save it with Unix line ends and open it: the page says "Hello, world".
"""


def _documents() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, document kind): each format as its own tools write it."""
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + TEXT.encode("utf-16-le")
    mobi = b"A Tale\x00".ljust(60, b"\x00") + b"BOOKMOBI" + bytes(8) + TEXT.encode()
    rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n" + TEXT.replace("\n", "\\par\n") + "}"
    html = "<!DOCTYPE html>\n<html lang='en'><head><title>A</title></head><body>\n"
    return {
        "paper.pdf": (_pdf(TEXT), "pdf"),
        # bytes before the header, which Acrobat and poppler skip: were invalid_utf8
        "bom.pdf": (codecs.BOM_UTF8 + _pdf(TEXT), "pdf"),
        "junk.pdf": (b"\r\n\x00\x1a" + _pdf(TEXT), "pdf"),
        "download.pdf": (HTTP_HEADERS + _pdf(TEXT), "pdf"),
        "cut.pdf": (b"\x1a" + _pdf(TEXT)[:600], "pdf"),  # no %%EOF: the binary comment line
        "novel.epub": (
            _zip(
                [
                    ("mimetype", "application/epub+zip"),
                    ("META-INF/container.xml", "<container/>"),
                    ("OEBPS/ch1.xhtml", _xhtml(TEXT)),
                ],
                stored_first=True,
            ),
            "epub",
        ),
        "report.docx": (
            _zip(
                [
                    ("[Content_Types].xml", "<Types/>"),
                    ("word/document.xml", f"<w:document><w:t>{TEXT}</w:t></w:document>"),
                ]
            ),
            "docx",
        ),
        "essay.odt": (
            _zip([("mimetype", "application/vnd.oasis.opendocument.text")], stored_first=True),
            "odf",
        ),
        "letter.doc": (ole2, "ole2"),
        "tale.mobi": (mobi, "mobi"),
        "letter.rtf": (rtf.encode(), "rtf"),
        "page.html": ((html + TEXT + "\n</body></html>\n").encode(), "html"),
        "commented.htm": (("<!-- saved -->\n<HTML>\n<body>" + TEXT).encode(), "html"),
        "chapter.xhtml": (_xhtml(TEXT).encode(), "html"),
        "tei.xml": (f'<?xml version="1.0"?>\n<TEI><text>{TEXT}</text></TEI>'.encode(), "xml"),
    }


READ_KINDS = ("html", "epub")  # read as text since session 17 (transforms.epub, html_text)
REJECTED_NAMES = sorted(n for n, (_, kind) in _documents().items() if kind not in READ_KINDS)


@pytest.mark.parametrize("name", REJECTED_NAMES)
def test_a_document_format_is_rejected_with_the_command_that_converts_it(tmp_path, name):
    data, kind = _documents()[name]
    assert file_kinds.document_kind(data) == kind
    (tmp_path / name).write_bytes(data)
    (rejected,) = _read(tmp_path / name)
    assert isinstance(rejected, Rejected) and rejected.reason == "document_format", rejected
    what, _ = file_kinds.DOCUMENT_KINDS[kind]
    assert rejected.error.startswith(f"the file is {what}, not plain text; convert it")
    assert name in rejected.error  # the command names this file, not a placeholder
    assert "FILE" not in rejected.error


@pytest.mark.parametrize("name", ["page.html", "commented.htm", "chapter.xhtml"])
def test_an_html_page_is_read_as_its_text_without_tags(tmp_path, name):
    """An HTML page (by its signature) is one document of its text (session 17:
    ``transforms.html_text``); was ``document_format``. Text straight in ``<body>``
    is one paragraph, as a browser shows it; ``<p>`` elements are paragraphs."""
    data, kind = _documents()[name]
    assert file_kinds.document_kind(data) == kind == "html"
    (tmp_path / name).write_bytes(data)
    (document,) = _read(tmp_path / name)
    assert isinstance(document, Document) and "<" not in document.text
    if name == "chapter.xhtml":
        assert document.text == TEXT
    else:  # page.html's <title>A</title> opens it (clause page_title: it has no <h1>)
        title = "A\n\n" if name == "page.html" else ""
        assert document.text == title + " ".join(TEXT.split())


@pytest.mark.parametrize(
    "name,text",
    [
        ("plain.txt", TEXT),
        ("tags_in_prose.txt", "<b> is bold in HTML. " + TEXT),
        ("mentions.txt", TEXT + " The header %PDF-1.4 opens a PDF, {\\rtf1 an RTF file."),
        ("pdf_header.txt", "A PDF starts with its version:\n\n%PDF-1.7\n%\xe2\xe3\n\n" + TEXT),
        ("notes.md", "<!-- draft -->\n# Notes\n\n" + TEXT),
        ("pdf_note.md", PDF_NOTE),  # rule pdf_quoted_in_text
        ("prose.html", TEXT),  # named .html but plain prose: read by its contents
        ("zh.txt", ZH * 4),
    ],
)
def test_text_that_only_mentions_a_format_is_read(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert file_kinds.document_kind(text.encode()) is None
    (document,) = _read(tmp_path / name)
    assert isinstance(document, Document) and document.text == text


def test_a_utf8_text_quoting_a_whole_pdf_is_text_and_a_prefixed_pdf_is_not():
    """Rule pdf_quoted_in_text: the note stays text after a byte order mark or an HTTP
    header too; the same bytes after a real PDF's binary comment line are a PDF."""
    note = PDF_NOTE.encode()
    assert file_kinds.document_kind(codecs.BOM_UTF8 + note) is None
    assert file_kinds.document_kind(HTTP_HEADERS + note) is None
    binary = note.replace(b"%PDF-1.4\n", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 1)
    assert file_kinds.document_kind(HTTP_HEADERS + binary) == "pdf"


def test_a_plain_zip_is_still_an_archive_not_a_document():
    data = _zip([("book.txt", TEXT), ("word/notes.txt", TEXT)])
    assert file_kinds.document_kind(data) is None
    assert file_kinds.archive_kind(data) == "zip"


def _archives() -> dict[str, bytes]:
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w") as tar:
        info = tarfile.TarInfo("book.txt")
        info.size = len(TEXT.encode())
        tar.addfile(info, io.BytesIO(TEXT.encode()))
    return {"my books.zip": _zip([("book.txt", TEXT)]), "books.tar": sink.getvalue()}


@pytest.mark.parametrize("name", sorted(_archives()))
def test_the_unpack_command_of_a_nested_archive_extracts_it_into_the_folder_it_names(
    tmp_path, name
):
    """A zip or tar inside an archive is ``nested_archive`` (zip and tar inputs are read
    since rule ``archive_members``); the command in the message, run as given where
    the outer archive was unpacked, leaves the book in ``books/`` (session 12: before,
    ``unzip FILE -C books`` extracted nothing)."""
    (tmp_path / "outer.tar").write_bytes(tar_bytes([(name, _archives()[name])]))
    (rejected,) = _read(tmp_path / "outer.tar")
    assert (rejected.doc_id, rejected.reason) == (f"outer.tar/{name}", "nested_archive")
    command = rejected.error.split("(e.g. ", 1)[1].rsplit(")", 1)[0]
    tool = shlex.split(command.split("&&")[-1])[0]
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    (tmp_path / name).write_bytes(_archives()[name])  # what unpacking outer.tar leaves
    subprocess.run(command, shell=True, cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "books" / "book.txt").read_text(encoding="utf-8") == TEXT


def test_binary_bytes_are_not_sent_to_iconv(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(64)
    (tmp_path / "cover.txt").write_bytes(png)
    (gb,) = [tmp_path / "gb.txt"]
    gb.write_bytes((ZH * 4).encode("gb18030"))
    read = {r.doc_id: r for r in _read(tmp_path)}
    assert read["cover.txt"].reason == "invalid_utf8"
    assert "it is binary" in read["cover.txt"].error
    assert "iconv" not in read["cover.txt"].error
    # text in another encoding: decoded by --encoding auto (transforms.legacy_encodings)
    assert (read["gb.txt"].text, read["gb.txt"].encoding) == (ZH * 4, "gb18030")


def test_one_build_with_documents_reconciles_and_touches_nothing(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "book.txt").write_text(TEXT, encoding="utf-8")
    for name, (data, _) in _documents().items():
        (inputs / name).write_bytes(data)
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    manifest, rejected, docs = build_small(inputs, out, tiny_tokenizer_path)
    pages = sorted(n for n, (_, kind) in _documents().items() if kind == "html")
    assert docs == sorted(["book.txt", *pages])
    # novel.epub's container names no package file: broken_epub (transforms.epub)
    assert Counter(r["reason"] for r in rejected) == {
        "document_format": len(REJECTED_NAMES),
        "broken_epub": 1,
    }
    counts = manifest.documents
    assert counts.documents_in == counts.written + counts.rejected == 1 + len(_documents())
    assert snapshot(tmp_path, outside=(out,)) == before and staging_folders(out) == []


def _compressed(name: str, data: bytes) -> bytes:
    import gzip
    import lzma

    return gzip.compress(data) if name.endswith(".gz") else lzma.compress(data)


@pytest.mark.parametrize("name", ["notes.txt", "letter.rtf.gz", "My Letter.rtf.xz", "notes.txt.gz"])
def test_the_convert_command_never_writes_over_its_input_and_reads_no_gzip(tmp_path, name):
    """``notes.txt`` holding HTML used to get ``pandoc notes.txt -t plain -o notes.txt``
    (the command replaced its own input), and ``page.html.gz`` got ``pandoc page.html.gz``
    (pandoc reads no gzip). Now the text file has another name, and a compressed input
    is decompressed first; the decompress step is run here and must leave the file the
    converter is told to read, the compressed one kept. (An RTF file since HTML is read,
    session 17.)"""
    html = _documents()["letter.rtf"][0]
    (tmp_path / name).write_bytes(_compressed(name, html) if name[-3:] in (".gz", ".xz") else html)
    (rejected,) = _read(tmp_path / name)
    assert rejected.reason == "document_format", rejected
    command = rejected.error.split("(e.g. ", 1)[1].rsplit(")", 1)[0]
    steps = command.split(" && ")
    pandoc = shlex.split(steps[-1])
    assert pandoc[0] == "pandoc" and pandoc[2:4] == ["-t", "plain"] and pandoc[4] == "-o"
    source, target = pandoc[1], pandoc[5]
    assert target != source and target != name and target.endswith(".txt")
    assert len(steps) == (2 if name[-3:] in (".gz", ".xz") else 1)
    for step in steps[:-1]:
        if shutil.which(shlex.split(step)[0]) is None:
            pytest.skip(f"{shlex.split(step)[0]} is not installed")
        subprocess.run(step, shell=True, cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / name).exists()
    assert file_kinds.document_kind((tmp_path / source).read_bytes()) == "rtf"


def test_a_zip_of_word_files_stored_uncompressed_is_an_archive(tmp_path):
    """``zip -0`` or ``zip -n .docx`` store the .docx files as they are, so their own
    ``word/document.xml`` names stand in clear in the outer zip: it was "a Word
    document, pandoc reports.zip ..." (pandoc cannot read it); it is an archive
    whose .docx files are rejected one by one (rule ``archive_members``)."""
    docx = _documents()["report.docx"][0]
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED) as z:
        z.writestr("q1.docx", docx)
        z.writestr("q2.docx", docx)
    assert b"word/document.xml" in sink.getvalue()
    (tmp_path / "reports.zip").write_bytes(sink.getvalue())
    rejected = _read(tmp_path / "reports.zip")
    assert [(r.doc_id, r.reason) for r in rejected] == [
        ("reports.zip/q1.docx", "document_format"),
        ("reports.zip/q2.docx", "document_format"),
    ]
    assert "a Word document" in rejected[0].error
    assert file_kinds.document_kind(docx) == "docx"


def _wide(text: str, encoding: str) -> bytes:
    """``text`` as Windows tools save "Unicode": a byte order mark, then the text."""
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    return bom + text.encode(encoding)  # utf-16 / utf-32 / utf-8-sig write their own mark


WIDE = [
    ("letter.rtf", "utf-16", "rtf", "UTF-16"),
    ("letter_be.rtf", "utf-16-be", "rtf", "UTF-16"),
    ("tei.xml", "utf-32", "xml", "UTF-32"),
    ("tei32.xml", "utf-32-be", "xml", "UTF-32"),
    ("bom.rtf", "utf-8-sig", "rtf", None),
]
WIDE_HTML = [
    ("page.html", "utf-16"),
    ("page_be.htm", "utf-16-be"),
    ("page32.html", "utf-32-be"),
    ("bom.html", "utf-8-sig"),
]


@pytest.mark.parametrize("name,encoding", WIDE_HTML)
def test_an_html_page_behind_a_byte_order_mark_is_read_as_its_text(tmp_path, name, encoding):
    """An HTML page saved as UTF-16/32 with its byte order mark was read as prose, tags
    and all (then rejected, session 12); since session 17 it is decoded, then read as
    HTML like its UTF-8 twin: the same text, no tag."""
    text = _documents()["page.html"][0].decode("utf-8")
    (tmp_path / name).write_bytes(_wide(text, encoding))
    (document,) = _read(tmp_path / name)
    assert isinstance(document, Document), document
    assert document.text == "A\n\n" + " ".join(TEXT.split())


@pytest.mark.parametrize("name,encoding,kind,wide", WIDE)
def test_a_document_format_behind_a_byte_order_mark_is_rejected(
    tmp_path, name, encoding, kind, wide
):
    """Rule document_format on the text, not only the bytes: an HTML page saved as
    UTF-16 with its byte order mark was decoded and read as prose, tags and all. Now
    it is rejected like its UTF-8 twin, and the command in the message, run as given,
    re-encodes it as UTF-8 (the converters' input) into a file of the same kind."""
    utf8 = {"html": "page.html", "rtf": "letter.rtf", "xml": "tei.xml"}[kind]
    text = _documents()[utf8][0].decode("utf-8")
    (tmp_path / name).write_bytes(_wide(text, encoding))
    (rejected,) = _read(tmp_path / name)
    assert isinstance(rejected, Rejected) and rejected.reason == "document_format", rejected
    what, _ = file_kinds.DOCUMENT_KINDS[kind]
    if wide is None:  # a UTF-8 byte order mark: the UTF-8 message
        assert rejected.error.startswith(f"the file is {what}, not plain text; convert it")
        return
    assert rejected.error.startswith(f"the file is {what} in {wide}, not plain text; convert it")
    steps = rejected.error.split("(e.g. ", 1)[1].rsplit(")", 1)[0].split(" && ")
    assert len(steps) == 2 and shlex.split(steps[0])[:5] == ["iconv", "-f", wide, "-t", "UTF-8"]
    subprocess.run(steps[0], shell=True, cwd=tmp_path, check=True, capture_output=True)
    copy = shlex.split(steps[0])[-1]  # iconv ... > copy; the converter reads the copy
    assert copy in shlex.split(steps[1]) and copy != name
    converted = (tmp_path / copy).read_bytes()
    assert converted.decode("utf-8") == text  # the byte order mark consumed, no U+FEFF
    assert file_kinds.document_kind(converted) == kind
    assert (tmp_path / name).read_bytes() == _wide(text, encoding)  # the input untouched


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_prose_behind_a_utf16_byte_order_mark_is_still_read(tmp_path, encoding):
    text = "<b> is bold in HTML. " + TEXT
    (tmp_path / "prose.txt").write_bytes(_wide(text, encoding))
    assert file_kinds.document_kind(_wide(text, encoding)) is None
    (document,) = _read(tmp_path / "prose.txt")
    assert isinstance(document, Document) and document.text == text


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_prose_behind_a_utf32_byte_order_mark_is_read_as_utf32(tmp_path, encoding):
    """A UTF-32 text file (its little-endian mark starts with UTF-16's) was decoded
    as UTF-16: a NUL after every character, or invalid_utf16."""
    (tmp_path / "prose.txt").write_bytes(_wide(TEXT, encoding))
    (document,) = _read(tmp_path / "prose.txt")
    assert isinstance(document, Document) and document.text == TEXT
