"""Zip members: their names as ``unzip`` shows them (clauses ``zip_utf8_names``,
``zip_backslash_names``), the compression methods zipfile reads (clause
``zip_method``) and the zips that are documents (``transforms.archives``)."""

from __future__ import annotations

import zipfile

# Methods zipfile reads: stored, deflate, bzip2, lzma; others seen in the wild (Windows'
# Deflate64 for big files, zstd, PPMd) raise NotImplementedError when opened.
ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
METHOD_NAMES = {9: "Deflate64", 93: "Zstandard", 98: "PPMd", 95: "XZ", 99: "AES encryption"}


def zip_document(archive: zipfile.ZipFile) -> str | None:
    """``epub``/``odf``/``docx`` for a zip that is a document format (module doc)."""
    names = archive.namelist()
    if "word/document.xml" in names:
        return "docx"
    if names and names[0] == "mimetype":
        with archive.open("mimetype") as handle:
            mimetype = handle.read(64)
        if mimetype.startswith(b"application/epub+zip"):
            return "epub"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            return "odf"
    return None


def zip_name(info: zipfile.ZipInfo) -> str:
    """Clause ``zip_utf8_names``: a member name stored without the zip's UTF-8 flag
    is CP437 by the spec, and zipfile decodes it so; but Info-ZIP's ``zip`` on Linux
    (and other tools) store UTF-8 names without the flag: ``Ünïcödé`` read as
    ``├£n├»c├╢d├⌐``. A name whose bytes are valid UTF-8 is that UTF-8 name, as
    ``unzip`` and the unpacked file show it (a CP437 name is valid UTF-8 only when
    each accented letter follows a box-drawing or Greek sign); any other stays CP437.
    Clause ``zip_backslash_names``: a zip made on Windows (MS-DOS, NTFS, VFAT host: no
    name holds ``\\``) by old .NET / ``Compress-Archive`` has ``\\`` between folders:
    read as ``/``, as by ``unzip``; not in legacy bytes (Shift_JIS ``ソ`` is 83 5C)."""
    name = info.filename
    legacy = False
    if not (info.flag_bits & 0x800 or name.isascii()):
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            legacy = True
    if info.create_system in (0, 11, 14) and not legacy:
        name = name.replace("\\", "/")
    return name
