"""Plain text of an HTML page or an EPUB chapter (XHTML), standard library only.

The text is what the later stages read as a plain-text book: one paragraph per block
element, paragraphs set off by blank lines, so ``transforms.unwrap`` and the
paragraph stages see normal plain text and ``transforms.headings`` finds chapters.
Named clauses (each tested in ``tests/transforms/test_html_text.py``):

* ``block_paragraphs``: p, div, h1-h6, li, blockquote, pre, tr, dt, dd, section,
  table, figure... start and end a paragraph; inside one, whitespace collapses as a
  browser shows it and ``<br>`` is a line break.
* ``heading_lines``: h1-h6 are paragraphs of their own, one line each (a ``<br>`` in a
  heading is a space: ``CHAPTER I.<br/>THE PERIOD`` is one heading line).
  ``heading_gap``: with 3 blank lines before and 2 after, as Project Gutenberg's plain
  texts set their chapter headings (the structure stage weighs that gap: a Gutenberg
  text of Moby-Dick made into an EPUB lost its "ETYMOLOGY." heading with one blank
  line around it).
* ``pre_kept``: the text of ``<pre>`` keeps its lines and spaces.
  ``code_indent``: each line of a code block, a ``<pre>`` or a block element whose
  class names code (``CODE_CLASSES``: SiSU's ``<p class="code">`` in the Debian
  live-manual, DocBook's ``programlisting``/``screen``), is set in by 4 spaces, as
  a plain-text manual (and html2text's Markdown) sets its examples, so the structure
  stage reads it as one (``indented_code``, ``indented_prompt`` in
  ``transforms.sections``): at the margin, live-manual's root prompts "# lb build"
  read as Markdown headings (37 level-1 sections per language). Clause
  ``preformatted_text``: not where code blocks hold more than half the page's text (a
  plain-text book or letter put in one ``<pre>``): that is the text, not its examples.
  Clause ``pre_prose`` (review of session 17): a bare ``<pre>`` (no code class on it
  or around it) is set in only when it reads as code (``code_blocks.code_spans``),
  opens a line with a prompt or comment ("$ ", "# ", "## ") or is half header fields
  ("Bug-Ubuntu: ..."): a poem, letter or table in ``<pre>`` stays at the margin (set
  in, its lines kept one leading space in the cleaned text). Tested in
  ``tests/transforms/test_epub_structure.py``.
* ``dropped_elements``: script, style, head (title included), template, noscript,
  svg, iframe, object and form controls hold no prose; images are dropped (no alt).
* ``ruby_base``: ruby annotations ``<rt>``/``<rp>``/``<rtc>`` are dropped, the base
  text kept (``<ruby>漢<rt>かん</rt></ruby>`` is 漢); an unclosed ``<rt>`` ends at the next
  ``<rt>``/``<rp>`` or ``</ruby>``.
* ``page_break_marks``: page-number marks (``epub:type="pagebreak"``,
  ``role="doc-pagebreak"``) are dropped with their text.
* ``footnote_backlinks``: a note's link back to its reference (``epub:type`` or
  ``role`` ``backlink``/``doc-backlink``) is dropped; ``note_references``: the
  reference mark in the text (``noteref``/``doc-noteref``, a number glued to a word).
* ``cjk_segment_break``: a line break in the source between two CJK characters is
  removed, not a space (CSS Text's segment break rule: 日本語 wrapped in the
  source stays 日本語).
* ``navigation``: ``<nav>`` and ``role="navigation"`` (Sphinx's next/previous bar,
  in its EPUB chapters too) are links, not text: dropped.
* ``page_chrome`` (HTML pages only): header/footer/aside outside an ``<article>`` or
  ``<main>``, and elements with role banner/contentinfo/complementary are the site
  around the text, dropped. Not in an EPUB chapter (a chapter's ``<header>`` holds
  its heading, an ``<aside>`` its footnotes).
* ``page_title``: a page's ``<title>`` opens its text as a heading only when the page
  has no ``<h1>`` (a page with one has its title there: never twice); an ``<svg>``
  icon's ``<title>`` is not the page's. MathML ``<annotation>`` (the TeX source of a
  formula) is dropped (``dropped_elements``): the formula's text was there twice.
* ``permalink_marks``: an ``<a href="#...">`` whose whole text is a permalink sign
  (``¶ # § 🔗``, after Sphinx, MkDocs, Texinfo and Node.js headings) is dropped.
* ``cdata_text``: an XHTML ``<![CDATA[...]]>`` section is text (it was dropped).
* ``head_ends``: a start tag that a ``<head>`` cannot hold (``<p>``) ends a head
  whose ``</head>`` and ``<body>`` were left out (the whole page was dropped).
* ``note_reference_words``: a noteref whose text is words, not a mark ("12", "*",
  "[a]", "xiv"), keeps them.
* ``html_sniff_text_names``: a ``.txt``/``.md``/``.rst``... file that starts like a
  page is read as HTML only when it ends with ``</html>``; otherwise it stays
  ``document_format`` (notes opening "<html> is the root element..." lost words).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from transforms.code_blocks import code_spans

BLOCKS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li "
    "legend main menu nav ol p pre section summary table tbody td th thead tfoot tr ul".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Clause code_indent: class names of block elements that hold code.
CODE_CLASSES = frozenset(
    "code programlisting screen synopsis literallayout literal-block sourcecode codeblock".split()
)
CODE_INDENT = "    "
# Clause pre_prose: a shell prompt or comment ("$ lb build", "# make", "## x") opens code;
# a block half of whose lines are header fields ("Bug-Ubuntu: https://...", DEP-3, mail,
# debian/control) is data, not prose.
_PROMPT_LINE = re.compile(r"^ *(?:#+|[$%]) \S", re.MULTILINE)
_FIELD_LINE = re.compile(r"^ *[A-Z][a-z][\w-]*: \S", re.MULTILINE)


def _reads_as_code(block: str) -> bool:
    """Clause ``pre_prose``: a bare ``<pre>`` (set in by 4 spaces) holds code."""
    lines = sum(1 for line in block.split("\n") if line.strip())
    fields = len(_FIELD_LINE.findall(block))
    return bool(code_spans(block) or _PROMPT_LINE.search(block)) or 2 * fields >= lines


# Clause dropped_elements: elements whose content is no prose.
DROPPED = frozenset(
    "script style head title template noscript svg iframe object select button "
    "textarea math:annotation annotation annotation-xml".split()
)
RUBY_NOTES = frozenset(("rt", "rp", "rtc"))  # clause ruby_base
CHROME = frozenset(("header", "footer", "aside"))  # clause page_chrome
CHROME_ROLES = frozenset(("banner", "contentinfo", "complementary"))
# Clauses page_break_marks, footnote_backlinks, note_references: epub:type / role tokens.
MARK_TYPES = frozenset(("pagebreak", "backlink", "noteref"))
MARK_ROLES = frozenset(("doc-pagebreak", "doc-backlink", "doc-noteref"))
# Clause head_ends: what a <head> holds; any other start tag (a <p>, an <h1>) ends
# a head whose </head> and <body> were left out (HTML allows both: a page
# "<html><head><title>T</title><p>..." has its text in the body).
HEAD_CONTENT = frozenset("title meta link style script base noscript template".split())
# Clause note_reference_words: a noteref's own text is dropped when it is a mark
# (a number, a symbol, a letter or roman numeral: "12", "*", "[a]", "xiv"); a
# noteref on words ("<a epub:type='noteref'>the Lodge</a>") keeps them.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_ROMAN = re.compile(r"[ivxlcdm]+", re.I)


def _note_words(text: str) -> bool:
    """Clause ``note_reference_words``: the noteref's text holds words, not a mark."""
    letters = _NOT_LETTERS.sub("", text)
    return len(letters) >= 3 and not _ROMAN.fullmatch(letters)


# Clause permalink_marks: an in-page link whose whole text is a permalink sign, as
# generators put after each heading (Sphinx and MkDocs "¶", Texinfo "¶", Node.js
# "#"): "2. Completing the move to Python 3¶" was a heading and a training line.
PERMALINKS = frozenset(("¶", "#", "§", "🔗", "⚓", "∞"))
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

_SPACE = re.compile(r"[ \t\n\r\f]+")
_CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
# Clause cjk_segment_break: whitespace holding a line break between two CJK characters.
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[{_CJK}])")
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


def _is_mark(attrs: dict) -> bool:
    types = (attrs.get("epub:type") or "").split()
    return bool(MARK_TYPES.intersection(types)) or attrs.get("role") in MARK_ROLES


class _TextParser(HTMLParser):
    def __init__(self, page: bool):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.paragraphs: list[str] = []
        self.lines: list[list[str]] = [[]]
        self.skip: str | None = None  # the tag whose content is being dropped
        self.skip_depth = 0
        self.pre = 0
        self.code: list[str] = []  # open blocks whose class names code (clause code_indent)
        self.code_paragraphs: list[tuple[int, bool]] = []  # (index, a code class names it)
        self.heading = 0
        self.content = 0  # open <article>/<main>: their header/footer is text
        self.title: list[str] = []
        self.in_title = False
        self.has_h1 = False
        self.note: list[str] | None = None  # the text of a skipped noteref
        self.anchor: tuple[int, int] | None = None  # where an <a href="#..."> began

    # -- paragraphs
    def flush(self) -> None:
        lines = ["".join(parts) for parts in self.lines]
        self.lines = [[]]
        if self.pre:
            text = "\n".join(lines)
            text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
        else:
            cleaned = []
            for line in lines:
                line = _SPACE.sub(" ", _CJK_BREAK.sub("", line)).strip()
                if line:
                    cleaned.append(line)
            text = "\n".join(cleaned)
        if text.strip() and (self.pre or self.code) and not self.heading:
            self.code_paragraphs.append((len(self.paragraphs), bool(self.code)))  # code_indent
        if text.strip():
            # clause heading_gap: 3 blank lines before a heading, 2 after it
            self.paragraphs.append(f"\n\n{text}\n" if self.heading else text)

    def _skips(self, tag: str, attrs: dict) -> bool:
        if tag in DROPPED or tag in RUBY_NOTES or _is_mark(attrs):
            return True
        if tag == "nav" or attrs.get("role") == "navigation":  # clause navigation
            return True
        if self.page and not self.content:
            return tag in CHROME or attrs.get("role") in CHROME_ROLES
        return False

    # -- parser callbacks
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and self.skip in (None, "head"):  # not an <svg>'s <title>
            self.in_title = True
        if self.skip:
            if tag == self.skip:
                self.skip_depth += 1
            elif self.skip == "head" and tag not in HEAD_CONTENT:  # clause head_ends
                self.skip = None
            elif self.skip in ("rt", "rp") and tag in ("rt", "rp"):  # unclosed <rt>
                self.skip, self.skip_depth = tag, 1
                return
            if self.skip:
                return
        if self._skips(tag, attrs):
            if tag not in VOID:
                self.skip, self.skip_depth = tag, 1
                if "noteref" in (attrs.get("epub:type") or "").split() or (
                    attrs.get("role") == "doc-noteref"
                ):
                    self.note = []  # clause note_reference_words
            return
        if tag in ("article", "main"):
            self.content += 1
        if tag == "a" and (attrs.get("href") or "").startswith("#"):  # clause permalink_marks
            self.anchor = (len(self.lines), len(self.lines[-1]))
        if tag == "br":
            if self.pre:
                self.lines[-1].append("\n")
            elif self.heading:
                self.lines[-1].append(" ")
            else:
                self.lines.append([])
        elif tag in BLOCKS:
            self.flush()
            if CODE_CLASSES.intersection((attrs.get("class") or "").lower().split()):
                self.code.append(tag)  # clause code_indent
            if tag == "pre":
                self.pre += 1
            elif tag in HEADINGS:
                self.heading += 1
                self.has_h1 = self.has_h1 or tag == "h1"

    def handle_startendtag(self, tag, attrs):
        if self.skip or self._skips(tag, dict(attrs)):
            return
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.skip:
            if tag == self.skip:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip = None
                    words = "".join(self.note or ())
                    if _note_words(words):  # clause note_reference_words
                        self.lines[-1].append(words)
                    self.note = None
            elif self.skip in RUBY_NOTES and tag == "ruby":
                self.skip = None
            return
        if tag in ("article", "main") and self.content:
            self.content -= 1
        if tag == "a" and self.anchor:  # clause permalink_marks
            (lines, parts), self.anchor = self.anchor, None
            if len(self.lines) == lines and "".join(self.lines[-1][parts:]).strip() in PERMALINKS:
                del self.lines[-1][parts:]
        if tag in BLOCKS:
            self.flush()
            if self.code and self.code[-1] == tag:
                self.code.pop()
            if tag == "pre" and self.pre:
                self.pre -= 1
            elif tag in HEADINGS and self.heading:
                self.heading -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.skip:
            if self.note is not None:
                self.note.append(data)
            return
        self.lines[-1].append(data)

    def unknown_decl(self, data):
        if data.startswith("CDATA["):  # clause cdata_text: an XHTML CDATA section is text
            self.handle_data(data[6:])

    def close(self):
        super().close()
        self.flush()


def html_to_text(markup: str, page: bool = False) -> str:
    """The plain text of ``markup`` (module doc); ``page`` for a web page (clauses
    ``page_chrome``, ``page_title``), not for an EPUB chapter."""
    parser = _TextParser(page)
    parser.feed(markup)
    parser.close()
    paragraphs = parser.paragraphs
    code = parser.code_paragraphs
    if 2 * sum(len(paragraphs[i]) for i, _ in code) <= sum(map(len, paragraphs)):
        # clause code_indent; not in a preformatted page (clause preformatted_text)
        for i, classed in code:
            lines = paragraphs[i].split("\n")
            block = "\n".join(CODE_INDENT + line if line.strip() else "" for line in lines)
            # clause pre_prose: a bare <pre> (no code class) that does not read as code, a
            # poem, letter or table set in <pre>, stays at the margin
            if classed or _reads_as_code(block):
                paragraphs[i] = block
    title = _SPACE.sub(" ", "".join(parser.title)).strip()
    if page and title and not parser.has_h1:  # clause page_title
        paragraphs = [title, *paragraphs]
    return "\n\n".join(paragraphs).strip("\n")


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
        tail = data[-1024:].rstrip(b" \t\r\n\x00").lower()
        return kind == "html" and tail.endswith((b"</html>", b"<\x00/\x00h\x00t\x00m\x00l\x00>"))
    return kind == "html" or html_by_name(name, data)


def html_by_name(name: str, data: bytes) -> bool:
    """Clause ``html_by_name``: a ``.html``/``.htm``/``.xhtml`` file whose first
    character (after a byte order mark and blanks) is ``<`` is markup, e.g. a page
    saved without ``<html>`` (``<meta charset=...><p>...``); one holding plain prose
    stays text, read as it is."""
    if not name.lower().endswith(HTML_SUFFIXES):
        return False
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<")


def decode_declared(data: bytes) -> tuple[str, str] | None:
    """Clause ``declared_charset``: ``(text, codec)`` of a page that declares a codec
    other than UTF-8 (``<meta charset="shift_jis">``) and is not UTF-8; None when it
    declares none, is UTF-8, or its bytes are not that codec (the text reader's
    decoding then decides)."""
    codec = declared_charset(data)
    if not codec or codec.replace("_", "-") in ("utf-8", "utf8"):
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None
