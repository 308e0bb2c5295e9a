"""What a text input really is, from its first bytes: text, or a file format whose
text must be extracted first. Pure functions; ``transforms.read`` turns a hit into a
rejection (stage ``read``) with a command that fixes it.

An input that is not a JSONL or Parquet file is read as one plain-text document, so
anything that happens to decode as UTF-8 became training text, markup and all: an
HTML page or an RTF file passed every stage (their tags and control words tokenized
and scored), and a PDF was "not UTF-8, re-encode it as GB18030". Rules:

* ``archive_input``: a tar, zip, 7z or rar file (:func:`archive_kind`; a tar by its
  magic and its header checksum, clause ``tar_checksum``). The hint is
  the command that extracts it into a folder (``unzip FILE -d books``; ``-C`` is
  tar's spelling only: unzip reads it as "match names case-insensitively").
* ``document_format``: a document format longctx does not parse
  (:func:`document_kind`): PDF, EPUB, MOBI, Word (``.docx`` and the OLE2 ``.doc``),
  OpenDocument, RTF, HTML and XML. The hint converts it to plain text (since
  session 17 ``transforms.read`` reads an EPUB and an HTML page itself:
  ``transforms.epub``, ``transforms.html_text``; their hints stay for what those
  cannot read). Found by
  signature only (``%PDF-``, ``{\\rtf``, ``<!DOCTYPE html``/``<html`` at the start,
  the zip's ``mimetype`` entry or ``word/`` folder), never by file name, so a
  ``.html`` that holds plain prose is still read. The markup signatures are looked
  for in the text, not only the bytes: after a UTF-8 byte order mark, and in a file
  that a UTF-16 or UTF-32 byte order mark announces (an HTML page saved as
  "Unicode" by Windows tools), whose hint re-encodes it as UTF-8 first. A PDF may
  have bytes before its header (a UTF-8 byte order mark, an HTTP response's headers
  saved with it, a few bytes of junk; they were ``invalid_utf8``, "re-encode it as
  GB18030"): ``%PDF-1.x`` within the first 1024 bytes, where poppler's pdftotext
  looks for it (``headerSearchSize``), when the file also ends as a PDF (``%%EOF``
  in its last 1024 bytes: all of 177 real PDFs of Debian packages) or the header's
  next line is the binary comment (4 bytes over 127 that are not UTF-8: 168 of
  them). A text that quotes a header is still text, and so is any file that is
  UTF-8 throughout (rule ``pdf_quoted_in_text``: a Markdown note quoting a whole
  small PDF, header to ``%%EOF``, was rejected as a PDF in review).
* ``binary_hint``: the ``invalid_utf8`` rejection of bytes that are neither: NUL
  bytes in the first 4 KB of a file that is not UTF-16 mean an image, a font or
  another binary format, not text in another encoding, so the message says that
  instead of suggesting ``iconv -f GB18030``.
"""

from __future__ import annotations

import codecs
import io
import posixpath
import re
import shlex
import tarfile
import zipfile

from transforms.decompress import CODECS, codec_of
from transforms.inputs import read_once
from transforms.tar_headers import v7_header

ARCHIVE_EXTRACT = {
    "tar": "mkdir books && tar -xf FILE -C books",
    "zip": "unzip FILE -d books",
    "7z": "7z x FILE -obooks",
    "rar": "mkdir books && unrar x FILE books/",
}

_PANDOC = "pandoc FILE -t plain -o FILE.txt"
# kind -> (what it is, a command that turns it into plain text)
DOCUMENT_KINDS = {
    "pdf": ("a PDF document", "pdftotext FILE FILE.txt (poppler-utils)"),
    "epub": ("an EPUB e-book", f"{_PANDOC}, or ebook-convert FILE FILE.txt (calibre)"),
    "mobi": ("a MOBI/Kindle e-book", "ebook-convert FILE FILE.txt (calibre)"),
    "docx": ("a Word document", _PANDOC),
    "ole2": (
        "an OLE2 file (Word 97-2003 .doc, Excel .xls, Outlook .msg)",
        "libreoffice --headless --convert-to txt --outdir text FILE",
    ),
    "odf": ("an OpenDocument file", _PANDOC),
    "rtf": ("an RTF document", _PANDOC),
    "html": ("an HTML page", _PANDOC),
    "xml": ("an XML document", "xmllint --xpath 'string(/)' FILE > FILE.txt"),
}

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_PDF_BINARY_LINE = re.compile(rb"%PDF-\d\.\d[ \t]*(?:\r\n?|\n)(%[^\r\n]*)")
_PDF_HEADER_WITHIN = 1024
_LEADING = re.compile(rb"(?:\xef\xbb\xbf|\s|<!--.*?-->)*", re.S)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.I)


# Byte order marks that announce a wide encoding; UTF-32's first (its little-endian
# mark starts with UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """``UTF-16`` or ``UTF-32`` (Python's and iconv's name, which read the byte order
    from the mark) when ``data`` starts with that byte order mark; None otherwise."""
    return next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)


def _text_head(data: bytes) -> bytes:
    """The first 4 KB of ``data`` as UTF-8 when a wide byte order mark announces
    another encoding (a code unit cut at the end is dropped), else as they are."""
    head = data[:4096]
    encoding = wide_encoding(head)
    return head.decode(encoding, errors="ignore").encode("utf-8") if encoding else head


# Clause wide_head_sniffed (session 46, the Left of session 45's wtG): a UTF-16 or UTF-32
# file without a byte order mark starts with a NUL in its first 4 bytes ("\0<", "<\0",
# "\0\0\0<", "<\0\0\0"), which no 8-bit or UTF-8 text has; its head is sniffed in each
# order that decodes its first 256 bytes to characters without a NUL (a UTF-32 head read
# as UTF-16 has one after each character) or an undecodable unit. A page under a .txt
# name or none (stdin) kept its markup as text: only .html names were looked at
# without NULs (clause wide_page_by_name).
_UNMARKED_ORDERS = {"utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE"}
_UNMARKED_ORDERS.update({"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"})


def _unmarked_heads(data: bytes) -> list[tuple[str, bytes]]:
    """Clause ``wide_head_sniffed``: ``(order, the first 4 KB as UTF-8)`` for each
    unmarked UTF-16/32 order ("UTF-16BE") that reads them cleanly; [] for any other file."""
    head = data[:4096]
    if 0 not in head[:4] or wide_encoding(head):
        return []
    heads = []
    for order, name in _UNMARKED_ORDERS.items():
        text = head.decode(order, errors="replace")
        if "\x00" not in text[:64] and "\ufffd" not in text[:64]:
            heads.append((name, text.encode("utf-8", errors="replace")))
    return heads


def unmarked_markup(data: bytes) -> str | None:
    """Clause ``wide_head_sniffed``: the order ("UTF-32LE") of a file without a byte
    order mark whose head, read in it, is a page, RTF or XML (for the rejection's
    ``iconv -f`` line); None otherwise."""
    return next((order for order, head in _unmarked_heads(data) if _kind_of(head)), None)


def archive_kind(data: bytes) -> str | None:
    """``tar``, ``zip``, ``7z`` or ``rar`` when ``data`` (the decompressed start of a
    file) is an archive, by its magic bytes; None otherwise. (A tar of UTF-8 files is
    valid UTF-8: the header's NUL padding decodes, so only the magic tells.)"""
    if data[257:262] == b"ustar" and data[262:263] in (b"\x00", b" ") and _tar_header(data):
        return "tar"
    if len(data) >= 512 and v7_header(data) and _tar_header(data):
        return "tar"  # clause v7_tar_read (session 48): `tar --format=v7`, no magic
    if data[:4] in _ZIP_MAGIC:
        return "zip"
    if data.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if data.startswith(b"Rar!\x1a\x07"):
        return "rar"
    return None


def _tar_header(data: bytes) -> bool:
    """Clause ``tar_checksum``: the first 512 bytes hold a header whose checksum field
    (octal, bytes 148-155) is the sum of its bytes, as tar checks it. The magic alone
    is ``ustar`` and a space at byte 257: a Spanish or Portuguese text with "gustar ",
    "ajustar ", "custar " there was taken for a tar (a corrupt one)."""
    field = data[148:156].strip(b" \x00")
    if len(data) < 512 or not field or field.strip(b"01234567"):
        return False
    return int(field, 8) in tarfile.calc_chksums(data[:512])


def _zip_document(data: bytes) -> str | None:
    """EPUB and OpenDocument store ``mimetype`` first, uncompressed (their specs
    require it); a .docx has a ``word/`` folder (its names are stored in clear in the
    zip's headers; the central directory, when ``data`` holds it, tells a .docx from
    a zip of them)."""
    name_length = int.from_bytes(data[26:28], "little")
    extra_length = int.from_bytes(data[28:30], "little")
    if data[30 : 30 + name_length] == b"mimetype":
        start = 30 + name_length + extra_length
        mimetype = data[start : start + 64]
        if mimetype.startswith(b"application/epub+zip"):
            return "epub"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            return "odf"
    try:  # the central directory: a zip of .docx files stored uncompressed (zip -0,
        # zip -n .docx) holds their "word/document.xml" names in clear too
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "docx" if "word/document.xml" in archive.namelist() else None
    except (zipfile.BadZipFile, EOFError, ValueError):  # only the file's start
        return "docx" if b"word/document.xml" in data else None


def _late_pdf_header(data: bytes) -> bool:
    """A PDF whose header comes after a few bytes (module doc): the header within the
    first 1024 bytes, and ``%%EOF`` in the last 1024 or the binary comment line next."""
    head = data[: _PDF_HEADER_WITHIN + 8]
    if b"%PDF-" not in head:
        return False
    header = _PDF_HEADER.search(head, 0, _PDF_HEADER_WITHIN + 8)
    if header is None or header.start() >= _PDF_HEADER_WITHIN or _utf8_text(data):
        return False
    if b"%%EOF" in data[-1024:]:
        return True
    line = _PDF_BINARY_LINE.match(data, header.start())
    return line is not None and _binary_comment(line.group(1))


def _utf8_text(data: bytes) -> bool:
    """Rule ``pdf_quoted_in_text``: UTF-8 throughout (a cut last character allowed) is
    a text, whatever it quotes. A Markdown note that shows a whole "Hello, world" PDF
    in a code block has the header in its first 1024 bytes and ``%%EOF`` in its last
    ones; a real PDF's compressed streams and binary comment are not UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.reason == "unexpected end of data" and error.start >= len(data) - 3
    return True


def _binary_comment(line: bytes) -> bool:
    """The PDF's second line: a comment of 4 bytes or more over 127 ("so that
    programs read the file as binary"), which a UTF-8 text's accented letters are not."""
    if sum(b > 127 for b in line) < 4:
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def document_kind(data: bytes) -> str | None:
    """A key of :data:`DOCUMENT_KINDS` when ``data`` (a file's decompressed bytes, or
    its start) is a document format whose text must be extracted first; None for
    text and for plain archives."""
    if data[:4] in _ZIP_MAGIC:
        return _zip_document(data)
    if data.startswith(b"%PDF-") or _late_pdf_header(data):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole2"
    if data[60:68] in (b"BOOKMOBI", b"TEXtREAd"):
        return "mobi"
    for head in [_text_head(data), *(head for _, head in _unmarked_heads(data))]:
        if kind := _kind_of(head):
            return kind
    return None


def _kind_of(head: bytes) -> str | None:
    """``rtf``, ``html`` or ``xml`` by the start of ``head`` (UTF-8) after its leading
    blanks and comments; None otherwise."""
    head = head[_LEADING.match(head).end() :]
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_START.match(head):
        return "html"
    if head.startswith(b"<?xml"):
        return "html" if _HTML_START.search(head) else "xml"
    return None


# A compressed document is decompressed first (the converters read no gzip); the tool
# that keeps the compressed file and strips this suffix.
_DECOMPRESS = {
    ".gz": "gunzip -k",
    ".bz2": "bunzip2 -k",
    ".xz": "unxz -k",
    ".lzma": "unxz -k",
    ".zst": "zstd -d",
}


def _decompress_first(path: str) -> tuple[str, str]:
    """``(command prefix, name)``: how a compressed input at ``path`` is decompressed
    first (``gunzip -k page.html.gz && ``; the converters read no gzip) and the name
    it then has; ``("", its name)`` for an input that is not compressed."""
    name = posixpath.basename(path)
    if not codec_of(name):
        return "", name
    suffix = next(s for s in CODECS if name.lower().endswith(s))
    tool = _DECOMPRESS.get(suffix)
    first = f"{tool} {shlex.quote(name)} && " if tool else f"decompress {shlex.quote(name)}, then "
    return first, name[: -len(suffix)]


def _fill(command: str, path: str, decompress: bool = True) -> str:
    """``command`` with ``FILE`` (and ``FILE.txt``) spelled for the input at ``path``.
    The text file never has the input's own name (``notes.txt`` holding HTML converts
    to ``notes.plain.txt``, not over itself), and a compressed input is decompressed
    first (``gunzip -k page.html.gz && pandoc page.html ...``)."""
    first, name = _decompress_first(path) if decompress else ("", posixpath.basename(path))
    stem = posixpath.splitext(name)[0]
    text = stem + ".txt" if stem + ".txt" != name else stem + ".plain.txt"
    return first + command.replace("FILE.txt", shlex.quote(text)).replace("FILE", shlex.quote(name))


def document_error(kind: str, path: str = "FILE", encoding: str | None = None) -> str:
    """The rejection's message for :func:`document_kind`'s ``kind``; ``encoding``:
    the file's :func:`wide_encoding`, re-encoded as UTF-8 first (what the converters
    read): ``iconv -f UTF-16 -t UTF-8 page.html > page.utf8.html && pandoc ...``."""
    what, command = DOCUMENT_KINDS[kind]
    if encoding:
        first, name = _decompress_first(path)
        stem, ext = posixpath.splitext(name)
        copy = f"{stem}.utf8{ext}"
        what += f" in {encoding}"
        reencode = f"iconv -f {encoding} -t UTF-8 {shlex.quote(name)} > {shlex.quote(copy)} && "
        converted = first + reencode + _fill(command, copy, decompress=False)
    else:
        converted = _fill(command, path)
    return (
        f"the file is {what}, not plain text; convert it to text first (e.g. "
        f"{converted}) and pass the text file as --input"
    )


def archive_error(kind: str, path: str = "FILE") -> str:
    """The rejection's message for :func:`archive_kind`'s ``kind``. Clause
    ``pipe_archive_hint``: a 7z or rar archive through a pipe (``--input <(cat b.7z)``;
    a tar or zip is read, clause ``pipe_archive_read``) is not unpacked, and a command
    naming the pipe (``7z x 63``) would not help."""
    if read_once(path):
        return (
            f"the input is a {kind} archive read through a pipe, which cannot be unpacked "
            "here; save it to a file, extract it (e.g. "
            f"{ARCHIVE_EXTRACT[kind].replace('FILE', 'books.' + kind)}) and pass the folder "
            "as --input"
        )
    return (
        f"the file is a {kind} archive, not text; extract it and pass the folder as "
        f"--input (e.g. {_fill(ARCHIVE_EXTRACT[kind], path, kind != 'tar')})"
    )


def binary_hint(data: bytes) -> str | None:
    """Why bytes that are not UTF-8 (nor UTF-16) are no text encoding at all: NUL
    bytes near the start, which text in any 8-bit or multibyte encoding never has."""
    nuls = data[:4096].count(0)
    if not nuls:
        return None
    return (
        f"the file holds NUL bytes ({nuls} in its first 4 KB): it is binary (an image, "
        "a font, an e-book or another format), not text; convert it to plain text or "
        "remove it from the input"
    )
