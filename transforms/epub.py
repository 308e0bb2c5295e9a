"""An EPUB e-book read as one plain-text document (standard library only).

``META-INF/container.xml`` names the package (OPF) file; its spine lists the
chapters in reading order; each chapter's XHTML becomes text by
``transforms.html_text.html_to_text`` (paragraphs set off by blank lines, headings on
lines of their own), and the chapters are joined by 3 blank lines (clause
``chapter_gap``: a spine file starts a chapter or a part; Project Gutenberg's plain
texts set 3-4 blank lines between chapters). Named clauses
(tests in ``tests/transforms/test_epub.py``):

* ``epub_by_container``: a zip is an EPUB when its first member is ``mimetype``
  holding ``application/epub+zip`` (the spec) or, written by tools that forget it
  (the Debian live-manual EPUBs), when it has ``META-INF/container.xml``.
* ``spine_order``: chapters in the spine's order, not the zip's or the manifest's.
* ``spine_once``: a file is read once, at its first place in the spine (the Debian
  live-manual EPUBs list a chapter again for each of its sections, ``a.xhtml#o8``).
* ``skip_nonlinear``: a spine item with ``linear="no"`` (pop-up notes, answer keys)
  is not read into the text.
* ``skip_toc_document``: the EPUB 3 navigation document (manifest ``properties``
  ``nav``) and the EPUB 2 guide's ``type="toc"`` page are tables of contents, not
  text: skipped (the chapters' own headings make the sections).
* ``chapter_encoding``: a chapter's byte order mark decides its codec (UTF-16 XHTML
  is valid XML), else valid UTF-8 is UTF-8, else its declared codec; clause
  ``chapter_auto`` (session 18): else ``--encoding`` decides as for a plain-text file
  (``auto``: the legacy codec whose language it surely is), else the book is rejected.
* ``foreign_spine_item``: a spine item that is not a content document (an image
  page) is read through its manifest ``fallback``, or skipped: no text, no error.
* ``broken_zip_data``: damaged deflate data (``zlib.error``) is ``broken_epub``.
* ``encrypted_epub``: ``META-INF/rights.xml`` (Adobe DRM), or an
  ``META-INF/encryption.xml`` that encrypts anything but fonts (font obfuscation is
  no DRM and leaves the text readable): rejected as DRM-protected.
* ``markup_headings``: the chapters' h1-h6 (``transforms.markup_headings``) and the
  book's own toc, with its nesting and targets (``transforms.epub_toc``, session 19),
  become ``Book.marks`` for the structure stage.
* ``undeclared_prefix`` (session 30): a package file using a namespace prefix it
  never declares (epubBuilder, "epub掌上书苑", writes ``<dc:date xsi:type=...>`` with
  no ``xmlns:xsi``: 2 of 75 Chinese books of hankinghu/literature-books, whole books
  rejected) is read with the missing prefixes declared on its root element; any other
  XML error is still ``broken_epub``.
* ``contents_page_by_links`` (session 45): an EPUB 2 book's own contents page in its
  spine (links to 3+ files its NCX/nav names, 60%+ of its text) is left out and counted
  as removed characters (``transforms.epub_contents``). ``contents_list_in_file``
  (session 46): the guide's toc file is left out only when it is such a page of links
  (converters point it at the book's first file, list, title page and prefaces in one);
  a list of linked titles inside a file read is left out and counted.
* ``imprint_page`` (session 30): a Chinese book's imprint page (its CIP record, ISBN,
  publisher and shop advertisement) is dropped from its spine file
  (``transforms.epub_imprint``).
* ``book_title_running_head``, ``label_over_heading`` (session 31): h-tags repeating
  the book's title over each chapter, or a chapter's number over its title, are no
  headings (``transforms.epub_running_heads``).
* ``broken_epub``: no container, no package file, an unreadable package, an empty
  spine, a spine file missing from the zip or not UTF-8 text: rejected with what is
  wrong (a book with a chapter missing is not silently shortened).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote
from xml.etree import ElementTree

from apache_beam.metrics import Metrics

from schemas.wording import counted
from transforms.beam_utils import NAMESPACE
from transforms.charset_labels import declares_wide, known_name, unknown_label
from transforms.cp1252_signs import HINT_PREFIX, misplaced_hint
from transforms.declared_codec import codec_for, python_name, utf8_despite
from transforms.epub_contents import LINK_SHARE, is_contents_page, link_share, without_lists
from transforms.epub_imprint import without_imprint
from transforms.epub_running_heads import without_running_heads
from transforms.epub_toc import read_toc, toc_marks
from transforms.html_files import declared_charset
from transforms.html_text import html_to_text
from transforms.legacy_fallback import check_encoding, decode_fallback
from transforms.markup_headings import located

CONTAINER = "META-INF/container.xml"
# Font obfuscation (IDPF, Adobe): fonts mangled against copying, text untouched.
FONT_ALGORITHMS = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2", ".eot")
DRM_FILES = ("META-INF/rights.xml",)


class EpubError(Exception):
    """An EPUB that cannot be read: ``reason`` (``encrypted_epub``, ``broken_epub``)
    and the one-line message."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class Book:
    text: str
    chapters: list[str] = field(default_factory=list)  # spine files read, in order
    toc: list[str] = field(default_factory=list)  # NCX / nav entries' labels
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, line) of h1-h6
    marks: tuple = ()  # the h-tags and the toc as MarkupHeading (transforms.epub_toc)
    # Clause epub_chapter_codec (session 39): the codec of the first chapter read in
    # another codec than UTF-8 (its declared one, CP1252 for an iso-8859-1 declaration,
    # the one --encoding auto decided), as a text file's Document.encoding says it: the
    # manifest's "encodings" count said "utf-8" for every EPUB. Clause
    # epub_chapter_codecs (session 40): chapters in several codecs give each, in
    # reading order, joined by "+" ("cp1252+iso8859-2"; was the first only), and the
    # manifest counts the book once under that name (pipeline.shards).
    encoding: str = "utf-8"
    # Clause declared_cp1252_letters_misplaced (session 42): (chapter, Hint) of each
    # chapter read as CP1252 whose bytes look like another codec's letters.
    hints: list = field(default_factory=list)
    # Clause contents_page_by_links (session 45): characters of the contents page left out.
    removed: int = 0


def is_epub(archive: zipfile.ZipFile) -> bool:
    """Clause ``epub_by_container`` (module doc)."""
    names = archive.namelist()
    if names and names[0] == "mimetype":
        with archive.open("mimetype") as handle:
            if handle.read(64).startswith(b"application/epub+zip"):
                return True
    return CONTAINER in names


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


_PREFIXED = re.compile(rb"[<\s/]([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*")
_DECLARED = re.compile(rb"xmlns:([A-Za-z_][\w.-]*)\s*=")
_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def _declared(data: bytes) -> bytes | None:
    """Clause ``undeclared_prefix``: ``data`` with the prefixes it uses but never
    declares declared on its root element (a placeholder namespace: the reader matches
    local names only); None when there are none to declare."""
    used = set(_PREFIXED.findall(data)) - set(_DECLARED.findall(data)) - {b"xml", b"xmlns"}
    root = next((m for m in _ROOT_TAG.finditer(data)), None)
    if not used or root is None:
        return None
    declarations = b"".join(b' xmlns:%s="urn:undeclared:%s"' % (p, p) for p in sorted(used))
    return data[: root.end()] + declarations + data[root.end() :]


def _parse(archive: zipfile.ZipFile, name: str, what: str) -> ElementTree.Element:
    try:
        data = archive.read(name)
        return ElementTree.fromstring(data)
    except KeyError:
        raise EpubError("broken_epub", f"the EPUB has no {what} ({name})") from None
    except ElementTree.ParseError as e:
        fixed = _declared(data) if str(e).startswith("unbound prefix") else None
        if fixed is not None:  # clause undeclared_prefix
            try:
                return ElementTree.fromstring(fixed)
            except ElementTree.ParseError:
                pass
        raise EpubError("broken_epub", f"the EPUB's {what} ({name}) is not XML: {e}") from None


def _check_drm(archive: zipfile.ZipFile, names: set[str]) -> None:
    """Clause ``encrypted_epub`` (module doc)."""
    drm = "the EPUB is DRM-protected (encrypted); its text cannot be read: remove the DRM with "
    drm += "the tool of the shop that sold it, or use a DRM-free copy"
    if any(name in names for name in DRM_FILES):
        raise EpubError("encrypted_epub", drm)
    if "META-INF/encryption.xml" not in names:
        return
    root = _parse(archive, "META-INF/encryption.xml", "encryption list")
    for data in root.iter():
        if _local(data.tag) != "EncryptedData":
            continue
        method = next((e for e in data.iter() if _local(e.tag) == "EncryptionMethod"), None)
        reference = next((e for e in data.iter() if _local(e.tag) == "CipherReference"), None)
        algorithm = method.get("Algorithm", "") if method is not None else ""
        uri = unquote(reference.get("URI", "")) if reference is not None else ""
        if algorithm not in FONT_ALGORITHMS and not uri.lower().endswith(FONT_SUFFIXES):
            raise EpubError("encrypted_epub", drm)


def _member(names: dict[str, str], path: str) -> str | None:
    """The zip name of ``path`` (exact, else the same name in another case)."""
    return path if path in names else names.get(path.lower())


def _decode(
    data: bytes,
    name: str,
    encoding: str = "auto",
    codecs: list | None = None,
    hints: list | None = None,
) -> str:
    """Clause ``chapter_encoding``: a byte order mark decides (XML allows UTF-16
    content documents: ``\\xff\\xfe<?xml ... encoding="UTF-16"?>``); else bytes that
    are valid UTF-8 are UTF-8 (a book that declares ``iso-8859-1`` but was saved as
    UTF-8 read as Latin-1 gave ``CafÃ©``), else the declared codec. Clause
    ``chapter_auto`` (session 18): a chapter that is none of these (no declaration, or
    bytes its declared codec cannot read) is decided as a plain-text file is, by
    ``--encoding`` ``encoding`` (``legacy_fallback.decode_fallback``: ``auto`` decodes
    it only when it is surely one legacy codec's language); else the book is rejected
    with that decision's hint, as such a text file is (no byte becomes U+FFFD).
    ``codecs``: the codec of a chapter read in another than UTF-8 is appended (clause
    ``epub_chapter_codec``); ``hints``: (``name``, Hint) of a chapter read as CP1252
    whose bytes look like another codec's letters (clause
    ``declared_cp1252_letters_misplaced``, transforms.cp1252_signs)."""
    codecs = [] if codecs is None else codecs
    hints = [] if hints is None else hints
    for bom, wide in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom) and not data.startswith(b"\xff\xfe\x00\x00"):
            try:
                text = data[len(bom) :].decode(wide)
                codecs.append(wide)
                return text
            except UnicodeDecodeError as e:
                raise EpubError(
                    "broken_epub",
                    f"the EPUB's chapter {name} is not {wide} text ({e}); re-save the book",
                ) from None
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        error = e
    codec = declared_charset(data)
    if codec and declares_wide(codec):  # review of session 43: utf-16 in a meta, as a page's
        codec = None
    said = unknown = None
    # Clause epub_typed_codec_name (session 43): ``encoding`` is --encoding as typed
    # ("latin-1"); the lines name it so, as a text file's do (they said "iso8859-1").
    typed, encoding = encoding, check_encoding(encoding)
    try:
        if codec and codec.replace("_", "-") not in ("utf-8", "utf8"):
            read = codec_for(codec, data)  # clause declared_latin1_is_cp1252
            # Clause declared_charset_utf8_bytes (transforms.declared_codec): a UTF-8
            # chapter with a stray byte under charset iso-8859-1 was read as mojibake.
            if not (said := utf8_despite(data, codec, read)):
                text = data.decode(read)
                codecs.append(python_name(read))  # clause declared_codec_python_name
                if python_name(read) == "cp1252" and (hint := misplaced_hint(data, "", codec)):
                    hints.append((name, hint))  # clause declared_cp1252_letters_misplaced
                return text
    except UnicodeDecodeError:
        pass
    except LookupError:  # clause whatwg_charset_labels: a label no one knows
        unknown = unknown_label(codec)
    decoded = decode_fallback(data, encoding, typed=typed)  # clause chapter_auto
    if decoded.text is not None and not said:
        codecs.append(decoded.encoding)
        if decoded.encoding == "cp1252" and encoding not in ("auto", "utf-8"):
            if hint := misplaced_hint(data, typed):  # as a text file's (read_text)
                hints.append((name, hint))
        return decoded.text
    hint = decoded.hint or "re-save the book as UTF-8"
    what = (
        f"is UTF-8 text with bad bytes ({said})"
        if said
        else f"is not {known_name(codec or 'utf-8')} text"
    )
    what = "is not UTF-8 text" if unknown else what
    raise EpubError(
        "broken_epub",
        f"the EPUB's chapter {name} {what} (bytes {error.start}-"
        f"{error.end} are not valid UTF-8); {hint}"
        + (f"; the chapter: {unknown}" if unknown else ""),
    )


# Clause foreign_spine_item: media types of spine items read as text (an SVG page
# gives no text); any other (an image, audio) is read through its manifest
# ``fallback`` chain, or, with none, skipped: EPUB 3 allows such "foreign" spine
# items (a picture book's pages, a comic's cover image) and they hold no text.
CONTENT_TYPES = (
    "application/xhtml+xml",
    "text/html",
    "image/svg+xml",
    "text/x-oeb1-document",
    "application/x-dtbook+xml",
)


def _content_item(items: dict, idref: str) -> str:
    """The id of the item to read for the spine's ``idref`` (clause
    ``foreign_spine_item``); "" for a foreign item with no readable fallback; an id
    not in the manifest is returned as it is (``broken_epub``)."""
    seen = set()
    current = idref
    while current in items and current not in seen:
        seen.add(current)
        media = (items[current].get("media-type") or "").split(";")[0].strip().lower()
        if not media or media in CONTENT_TYPES:
            return current
        current = items[current].get("fallback") or ""
    return idref if idref not in items else ""


def read_epub(
    archive: zipfile.ZipFile, max_bytes: int | None = None, encoding: str = "auto"
) -> Book:
    """The book's text (module doc); raises :class:`EpubError`. Clause
    ``epub_too_long``: chapters whose sizes (the zip's, before a byte is
    decompressed) pass ``max_bytes`` are ``document_too_long`` (a zip bomb)."""
    listed = archive.namelist()
    names = {name: name for name in listed}
    names.update({name.lower(): name for name in listed if name.lower() not in names})
    _check_drm(archive, set(listed))
    container = _parse(archive, CONTAINER, "container")
    rootfile = next((e for e in container.iter() if _local(e.tag) == "rootfile"), None)
    opf_path = unquote(rootfile.get("full-path", "")) if rootfile is not None else ""
    opf_name = _member(names, opf_path)
    if not opf_name:
        raise EpubError("broken_epub", f"the EPUB's package file {opf_path or '(none)'} is missing")
    package = _parse(archive, opf_name, "package file")
    base = posixpath.dirname(opf_name)
    manifest, nav_path, ncx_path, items = {}, None, None, {}
    for item in package.iter():
        if _local(item.tag) == "item" and item.get("id") and item.get("href"):
            href = posixpath.normpath(posixpath.join(base, unquote(item.get("href").split("#")[0])))
            manifest[item.get("id")] = href
            items[item.get("id")] = item
            if "nav" in item.get("properties", "").split():
                nav_path = href
            if item.get("media-type") == "application/x-dtbncx+xml":
                ncx_path = href
    toc_pages = set()
    for reference in package.iter():  # the EPUB 2 guide
        if _local(reference.tag) == "reference" and reference.get("type") == "toc":
            href = unquote(reference.get("href", "").split("#")[0])
            toc_pages.add(posixpath.normpath(posixpath.join(base, href)))
    spine = next((e for e in package.iter() if _local(e.tag) == "spine"), None)
    refs = [e for e in spine.iter() if _local(e.tag) == "itemref"] if spine is not None else []
    # clause markup_headings: the chapters' h1-h6 and the book's toc (transforms.epub_toc);
    # read first since session 45: clause contents_page_by_links asks it of each file
    title = next((" ".join(e.itertext()) for e in package.iter() if _local(e.tag) == "title"), "")
    entries = read_toc(archive, _member(names, nav_path or ""), True, title) if nav_path else []
    if not entries and ncx_path:
        entries = read_toc(archive, _member(names, ncx_path), False, title)
    toc_files = {entry.file for entry in entries}
    chapters, parts, size, headings, spans, line, codecs, hints = [], [], 0, [], [], 0, [], []
    removed = 0
    for ref in refs:
        if ref.get("linear", "yes").strip().lower() == "no":  # clause skip_nonlinear
            continue
        idref = _content_item(items, ref.get("idref", ""))
        if idref == "":  # clause foreign_spine_item: an image page, no text to read
            continue
        href = manifest.get(idref)
        if href is None:
            raise EpubError(
                "broken_epub", f"the EPUB's spine names {ref.get('idref')!r}, not in its manifest"
            )
        if href == nav_path:  # clause skip_toc_document
            continue
        name = _member(names, href)
        if href in toc_pages and _contents_page(archive, name, href, encoding, toc_files):
            continue  # clause skip_toc_document; contents_list_in_file: a page of links
        if name in chapters:  # clause spine_once
            continue
        if name is None:
            raise EpubError("broken_epub", f"the EPUB's chapter {href} is missing from the file")
        size += archive.getinfo(name).file_size
        if max_bytes is not None and size > max_bytes:
            raise EpubError(
                "document_too_long",
                f"the book's chapters are over {max_bytes:,} bytes (--max-doc-chars x 4); "
                "it was not read: raise --max-doc-chars",
            )
        chapter = _decode(archive.read(name), name, encoding, codecs, hints)
        if is_contents_page(chapter, href, entries, html_to_text):  # contents_page_by_links
            removed += len(html_to_text(chapter))
            chapters.append(name)
            continue
        listless = without_lists(chapter, href, toc_files)  # clause contents_list_in_file
        if listless != chapter and link_share(chapter, href, toc_files, html_to_text) < LINK_SHARE:
            removed += len(html_to_text(chapter)) - len(html_to_text(listless))
            chapter = listless
        text = html_to_text(chapter, headings=headings)
        text = without_imprint(text)  # clause imprint_page (transforms.epub_imprint)
        chapters.append(name)
        if text:
            parts.append(text)
            spans.append((href, line, text))
            line += text.count("\n") + 4  # clause chapter_gap: 3 blank lines between
    if not chapters:
        raise EpubError("broken_epub", "the EPUB's spine lists no chapter to read")
    text = "\n\n\n\n".join(parts)  # clause chapter_gap

    def html_of(href: str) -> str:
        name = _member(names, href)
        return _decode(archive.read(name), name, encoding)

    marks = located(text, headings, "epub")
    marks = without_running_heads(text, marks, title)  # transforms.epub_running_heads
    if entries:
        spans = [(*span, html_of, html_to_text) for span in spans]
        marks = toc_marks(text, spans, entries, marks)
    toc = [entry.label for entry in entries if entry.label]
    encoding = "+".join(dict.fromkeys(codecs)) or "utf-8"  # clause epub_chapter_codecs
    return Book(text, chapters, toc, headings, marks, encoding, hints, removed)


def _contents_page(archive, name: str | None, href: str, encoding: str, toc_files) -> bool:
    """Clause ``contents_list_in_file``: the guide's toc file ``href`` is the contents
    (left out, clause ``skip_toc_document``), not the book's first file holding its list
    of links and text besides (a page of links, or one without a list of links, as an
    unlinked contents page, is left out as before)."""
    if name is None:
        return True  # as before: a missing toc page is not asked for
    markup = _decode(archive.read(name), name, encoding)
    if without_lists(markup, href, toc_files) == markup:
        return True
    return link_share(markup, href, toc_files, html_to_text) >= LINK_SHARE


def book_record(
    archive: zipfile.ZipFile, doc_id: str, source: str, max_chars: int, encoding: str = "auto"
):
    """The ``Document`` of the EPUB ``archive``, or its ``Rejected`` (never raises for
    a bad book: one rejected input, the build goes on); ``encoding``: ``--encoding``
    as typed, for its chapters that are not UTF-8 (clause ``chapter_auto``; its lines
    name it so, clause ``epub_typed_codec_name``)."""
    from schemas import Document, Rejected

    def reject(reason: str, error: str) -> Rejected:
        return Rejected(doc_id=doc_id, source=source, stage="read", reason=reason, error=error)

    try:
        book = read_epub(archive, 4 * max_chars, encoding)
    except EpubError as e:
        return reject(e.reason, str(e))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        zlib.error,
        EOFError,
    ) as e:
        # a bad CRC or zlib data (clause broken_zip_data: zlib.error, EOFError of a
        # cut deflate stream), an unknown compression method, an encrypted member
        return reject("broken_epub", f"the EPUB's zip could not be read ({type(e).__name__}: {e})")
    if not book.text.strip():
        return reject("broken_epub", "the EPUB's chapters hold no text (images only?)")
    if len(book.text) > max_chars:
        return reject(
            "document_too_long",
            f"the book has {len(book.text):,} characters, over --max-doc-chars {max_chars:,}; "
            "split it, or raise --max-doc-chars",
        )
    said = ""  # clause declared_cp1252_letters_misplaced: the first chapter's line
    if book.hints:
        (chapter, hint), more = book.hints[0], len(book.hints) - 1
        said = f"{source}: chapter {chapter} {hint.line}"
        if more:
            said += f" ({counted(more, 'more chapter')} so)"
        Metrics.counter(NAMESPACE, f"{HINT_PREFIX}{hint.codec}").inc()
    # clause markup_headings: the chapters' h1-h6, for the structure stage
    return Document(
        doc_id=doc_id,
        source=source,
        text=book.text,
        encoding=book.encoding,
        markup_headings=book.marks,
        codec_hint=said,
        boilerplate_chars=book.removed,  # clause contents_page_by_links
    )


def book_in(data: bytes, doc_id: str, source: str, max_chars: int, encoding: str = "auto"):
    """:func:`book_record` of ``data`` when it is an EPUB's bytes (a member of an
    archive, a file the text reader reads); None for anything else."""
    if data[:4] != b"PK\x03\x04":
        return None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if not is_epub(archive):
            return None
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError, zlib.error, NotImplementedError):
        return None  # the text reader's checks say what is wrong with it
    with archive:
        return book_record(archive, doc_id, source, max_chars, encoding)
