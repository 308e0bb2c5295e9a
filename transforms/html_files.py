"""Which input files are HTML pages, and their declared codec (for ``transforms.read``
and ``transforms.epub``; the text itself: ``transforms.html_text``).

Clauses ``html_by_name``, ``html_sniff_text_names`` and ``declared_charset`` (tested in
``tests/transforms/test_html_text.py``)."""

from __future__ import annotations

import re

from transforms.charset_labels import declares_wide, unknown_label
from transforms.declared_codec import codec_for, python_name, utf8_despite

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML/XHTML file declares in its first 4 KB (``<meta charset>``,
    ``http-equiv`` content, or the XML declaration), lowercased; None when none."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii").lower()


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Clause html_sniff_text_names: a file whose name says it is plain text or a text
# markup (Markdown, reStructuredText...) and whose content starts like a page is read
# as HTML only when it also ends like one (``</html>``, a saved page with a .txt
# name); notes that open with "<html> is the root element..." or a Markdown file
# opening with <html> would lose their text to tag-stripping: they stay rejected as
# ``document_format`` with the conversion hint, as before EPUB/HTML reading.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".org")


def read_as_html(name: str, kind: str | None, data: bytes) -> bool:
    """The file ``name`` (codec suffix removed) of ``data`` is an HTML page to read
    by :func:`html_to_text`: content sniffed as ``kind`` ``html`` (clause
    ``html_sniff_text_names``), or clause ``html_by_name``."""
    if name.lower().endswith(TEXT_SUFFIXES):
        # Clause wide_head_sniffed (session 46): the tail without its NULs, so a
        # UTF-16BE or UTF-32 page's "</html>" is seen as UTF-16LE's was.
        tail = data[-1024:].replace(b"\x00", b"").rstrip(b" \t\r\n").lower()
        return kind == "html" and tail.endswith(b"</html>")
    return kind == "html" or html_by_name(name, data)


def html_by_name(name: str, data: bytes) -> bool:
    """Clause ``html_by_name``: a ``.html``/``.htm``/``.xhtml`` file whose first
    character (after a byte order mark and blanks) is ``<`` is markup, e.g. a page
    saved without ``<html>`` (``<meta charset=...><p>...``); one holding plain prose
    stays text, read as it is."""
    if not name.lower().endswith(HTML_SUFFIXES):
        return False
    head = data[:1024]
    for mark in _MARKS:
        head = head.removeprefix(mark)
    # Clause wide_page_by_name (session 45): a UTF-16BE or UTF-32 page without a byte
    # order mark starts "\0<" or "\0\0\0<" (UTF-16LE's "<\0" passed already); its
    # markup was kept as text. A NUL is no character of an 8-bit page's head.
    return head.replace(b"\x00", b"").lstrip().startswith(b"<")


# UTF-32's marks first: the little-endian one starts with UTF-16's.
_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")


def decode_declared(data: bytes) -> tuple[str, str] | str | None:
    """Clause ``declared_charset``: ``(text, codec)`` of a page that declares a codec
    other than UTF-8 (``<meta charset="shift_jis">``) and is not UTF-8; None when it
    declares none, is UTF-8, or its bytes are not that codec (the text reader's
    decoding then decides). Session 39 (``transforms.declared_codec``): a Latin-1
    declaration over CP1252 bytes is read as CP1252 (clause ``declared_latin1_is_cp1252``);
    a page whose bytes are UTF-8 text despite its declaration gives the line that says
    so (a str: the text reader's decoding decides, the line goes into its rejection;
    clause ``declared_charset_utf8_bytes``)."""
    declared = declared_charset(data)
    if not declared or declared.replace("_", "-") in ("utf-8", "utf8"):
        return None
    if declares_wide(declared):  # review of session 43: a meta's utf-16 means UTF-8
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    codec = codec_for(declared, data)  # clause declared_latin1_is_cp1252
    if said := utf8_despite(data, declared, codec):  # clause declared_charset_utf8_bytes
        return said
    try:
        return data.decode(codec), python_name(codec)  # clause declared_codec_python_name
    except UnicodeDecodeError:
        return None
    except LookupError:  # clause whatwg_charset_labels: no one knows the label
        return unknown_label(declared)


# Clause converter_headings: a page a document converter wrote whole (Pandoc's standalone
# HTML: <meta name="generator" content="pandoc" />) is a document, not a web page: its
# h-tags are the document's headings, no site chrome ("Related articles", a site name),
# so they open sections as an EPUB's do (transforms.markup_headings, rule
# markup_chapters). Pandoc's HTML of nodejs' webcrypto.md ("### `subtle.decrypt(algorithm,
# key, data)`") read as a page had 1 section where its EPUB had 106.
_META = re.compile(r"<meta\b[^>]*>", re.I)
_GENERATOR = re.compile(r"""name\s*=\s*["']?generator\b""", re.I)
# Clause converter_generators: docutils' standalone writers (rst2html, rst2html5: "Docutils
# 0.19: https://docutils.sourceforge.io/") and AsciiDoc's ("AsciiDoc 10.2.0", git-doc's
# pages; "Asciidoctor 2.0.20") write a whole document too: docutils-doc's 62 pages had 1,095
# sections as pages, 1,532 as documents (doctree.html 17 -> 300, its element reference
# "abbreviation" ...). Sphinx writes docutils' generator too, but its pages keep their
# sidebar's landmark roles (clause converted_page_landmarks): 600 of 600 here stay pages.
_CONVERTERS = re.compile(r"""content\s*=\s*["']?\s*(?:pandoc|docutils|asciidoc(?:tor)?)\b""", re.I)


# Clause converted_page_landmarks (review of session 22): Pandoc's HTML of a saved web
# page ("pandoc -f html -s page.html") keeps the page's ARIA landmarks (its <main> becomes
# role="main"; Sphinx's sidebar keeps role="navigation", its search box role="search")
# but not the <nav>/<aside> around the sidebar's headings: Python 3.11's library pages
# converted so had "Previous topic", "Next topic", "This Page" as sections. Pandoc's
# readers of Markdown, docx or LaTeX write no such role: a page that has one is a web page.
_LANDMARK = re.compile(
    r"""\brole\s*=\s*["']?(?:main|navigation|search|banner|contentinfo|complementary)\b""",
    re.I,
)


# Clause sphinx_page: Sphinx writes docutils' generator <meta> (clause converter_generators)
# over a web page: its sidebar (class "sphinxsidebar", the Read the Docs theme's
# "wy-nav-side") and its documentation_options.js script say so where a theme writes no
# landmark role (python3.11-doc's json.html without its roles had "Navigation" and its
# title in the sidebar as sections).
_SPHINX = re.compile(
    r"""class\s*=\s*["']?(?:sphinxsidebar|wy-nav-side)\b|documentation_options\.js""", re.I
)


def markup_source(markup: str) -> str:
    """Clause ``converter_headings``: "document" for a page a document converter wrote
    (its generator ``<meta>`` in the first 4 KB names Pandoc, or docutils, AsciiDoc or
    Asciidoctor: clause ``converter_generators``), else "page" (clause
    ``converted_page_landmarks``: also when it has a web page's landmark role)."""
    for meta in _META.findall(markup[:4096]):
        if _GENERATOR.search(meta) and _CONVERTERS.search(meta):
            chrome = _LANDMARK.search(markup) or _SPHINX.search(markup)
            return "page" if chrome else "document"
    return "page"
