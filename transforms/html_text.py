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
  ``markup_headings``: ``html_to_text(..., headings=[])`` gets each one's (level, line)
  (``transforms.markup_headings`` confirms chapters with them).
  ``prose_heading_tag``: an h-tag holding a note, a caption or two CJK sentences is a
  paragraph (``transforms.html_prose_tags``).
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
  reference mark in the text (``noteref``/``doc-noteref``) is kept only as "[1]" glued
  to its word (``note_reference_marks`` in ``transforms.html_notes``).
* ``cjk_segment_break``: a line break in the source between two CJK characters is
  removed, not a space (CSS Text's segment break rule: 日本語 wrapped in the
  source stays 日本語).
* ``navigation``: ``<nav>`` and ``role="navigation"`` (Sphinx's next/previous bar,
  in its EPUB chapters too) are links, not text: dropped; so are DocBook's
  navheader/navfooter divs (``docbook_navigation``).
* ``page_chrome`` (HTML pages only): header/footer/aside outside an ``<article>``,
  ``<main>`` or ``role="main"`` (``main_role``), and roles banner/contentinfo/
  complementary are the site around the text, dropped. Not in an EPUB chapter (a
  chapter's ``<header>`` holds its heading, an ``<aside>`` its footnotes).
* ``page_title``: a page's ``<title>`` opens its text as a heading only when the page
  has no ``<h1>`` (a page with one has its title there: never twice); an ``<svg>``
  icon's ``<title>`` is not the page's. MathML ``<annotation>`` (the TeX source of a
  formula) is dropped (``dropped_elements``): the formula's text was there twice.
* ``permalink_marks``: an ``<a href="#...">`` whose whole text is a permalink sign
  (``¶ # § 🔗``, after Sphinx, MkDocs, Texinfo and Node.js headings) is dropped.
* ``cdata_text``: an XHTML ``<![CDATA[...]]>`` section is text (it was dropped).
* ``head_ends``: a start tag that a ``<head>`` cannot hold (``<p>``) ends a head
  whose ``</head>`` and ``<body>`` were left out (the whole page was dropped).
* ``note_reference_words``, ``note_label_kept``, ``note_label_joins``, ``admonition_label``,
  ``backlink_arrows``, ``note_reference_marks``, ``sup_note_links``, ``sup_note_targets``,
  ``box_colon_lang``, ``box_title_list``: in ``transforms.html_notes`` (a note keeps its number, a box its title).
* ``dropped_end_omitted``: a dropped element whose end tag HTML lets one omit (an
  unclosed ``<p role="doc-pagebreak">``, ``<li>``) ends where HTML ends it (a block
  start ends a ``<p>``, the next ``<li>`` an ``<li>``, its parent's end tag any of
  them); it swallowed the rest of the chapter. ``doctype_subset``: a DOCTYPE's
  internal subset (``[ <!ENTITY ...> ]``) left "]>" in the text.
* ``ordered_numbers``: an ``<ol>`` item opens with its number as a browser shows it
  ("1. ", ``start``, ``value``, ``reversed`` with ``start``, ``type`` a/A/i/I); an
  ``<ul>`` item stays a paragraph without a bullet. ``ordered_lines``: an ``<ol>``'s
  items (and an ``<ol>`` nested in one) are lines of one paragraph, as plain text
  writes numbered steps (a paragraph each made short steps numbered headings).
* ``table_rows``: a table row is one line, its cells joined by " | "; clause
  ``table_row_paragraphs``: each row a paragraph (as lines, unwrap joined them).
  ``dropped_end_parent``: only a block's end ends an unclosed dropped element (not
  ``</img>``, ``</i>``); ``dropped_mark_end``: an unclosed page-break/note ``<span>``
  too (it swallowed the chapter). ``ordered_lines_decimal``: only 1-2-3 lists'
  items are lines. ``skip_links`` (pages only): a same-page link that opens its
  paragraph and reads "Skip to (main) content" / "Jump to navigation".
* ``html_sniff_text_names``: a ``.txt``/``.md``/``.rst``... file that starts like a
  page is read as HTML only when it ends with ``</html>``; otherwise it stays
  ``document_format`` (notes opening "<html> is the root element..." lost words).
* ``br_paragraphs``, ``layout_cells``, ``navigation_prose``: in ``transforms.html_layout``
  (<br><br> ends a paragraph; a table cell holding blocks or long text is no row's cell;
  a dropped navigation element holding prose, an unclosed one, is read after all);
  ``chrome_class_text`` (pages only): in ``transforms.html_chrome``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from transforms.html_code import indent_code, with_code_lines
from transforms.html_dropped import END_OMITTED, END_PARENTS, RUBY_NOTES, DroppedParts, _is_mark
from transforms.html_layout import CELL_SEPARATOR, VOID, LayoutParts
from transforms.html_lists import ListParts, decimal_list
from transforms.html_notes import NoteParts, back_arrow
from transforms.html_prose_tags import prose_heading_tag

BLOCKS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li "
    "legend main menu nav ol p pre section summary table ul".split()
)
# Clause table_rows: a row is one line, its cells joined by " | " (the separator of
# Markdown tables, which survives the later stages' whitespace rules, where a tab
# would collapse to a space and glue two cells into one phrase); clause
# table_row_paragraphs: each row a paragraph (unwrap joined rows kept as lines).
# A block inside a cell (a layout table's <p>) still makes a paragraph of its own.
TABLE_PARTS = frozenset("tr td th thead tbody tfoot".split())
# Clause doctype_subset: a DOCTYPE with an internal subset ("<!DOCTYPE html [
# <!ENTITY ...> ]>") is one declaration; html.parser ends it at the first ">" and
# the rest ("]>") was text.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Clause code_indent: class names of block elements that hold code.
CODE_CLASSES = frozenset(
    "code programlisting screen synopsis literallayout literal-block sourcecode codeblock".split()
)

# Clause head_ends: what a <head> holds; any other start tag (a <p>, an <h1>) ends
# a head whose </head> and <body> were left out (HTML allows both: a page
# "<html><head><title>T</title><p>..." has its text in the body).
HEAD_CONTENT = frozenset("title meta link style script base noscript template".split())
# Clause permalink_marks: an in-page link whose whole text is a permalink sign, as
# generators put after each heading (Sphinx and MkDocs "¶", Texinfo "¶", Node.js
# "#"): "2. Completing the move to Python 3¶" was a heading and a training line.
PERMALINKS = frozenset(("¶", "#", "§", "🔗", "⚓", "∞"))

_SPACE = re.compile(r"[ \t\n\r\f]+")
_HREF_TARGETS = re.compile(r"""href\s*=\s*["']?#([^"'\s>]+)""", re.I)  # note_backlinked
_CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
# Clause cjk_segment_break: whitespace holding a line break between two CJK characters.
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[{_CJK}])")


class _TextParser(LayoutParts, ListParts, NoteParts, DroppedParts, HTMLParser):
    def __init__(self, page: bool):
        super().__init__(convert_charrefs=True)
        self._init_layout()  # clauses br_paragraphs, layout_cells, navigation_prose
        self._init_notes()  # clauses note_label_joins, admonition_label (html_notes)
        self.page = page
        self.paragraphs: list[str] = []
        self.lines: list[list[str]] = [[]]
        self.skip: str | None = None  # the tag whose content is being dropped
        self.skip_open: list[str] = []  # elements opened inside the dropped one
        self.skip_mark = False  # the dropped element is a page number / note mark
        self.pre = 0
        self.code: list[str] = []  # open blocks whose class names code (clause code_indent)
        self.code_paragraphs: list[tuple[int, bool]] = []  # (index, a code class names it)
        self.heading = 0
        self.levels: list[int] = []  # open h1-h6 (clause markup_headings)
        self.marked: list[tuple] = []  # (level, text, paragraph) of each heading written
        self.content = 0  # open <article>/<main>: their header/footer is text
        self.title: list[str] = []
        self.in_title = False
        self.has_h1 = False
        self.note: list[str] | None = None  # the text of a skipped noteref
        self.note_back = False  # ... or backlink (clause note_label_kept)
        self.anchor: tuple[int, int] | None = None  # where an <a href="#..."> began
        self.lists: list[list] = []  # clause ordered_numbers: [tag, next, step, type]
        self.marker = ""  # an <ol> item's number, written before its first text
        self.row_cells = 0  # clause table_rows: cells begun in the current row
        self.separator = False  # a cell separator, written before the cell's text

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
        if self.heading and prose_heading_tag(text):  # clause prose_heading_tag
            self.paragraphs.append(text)
            return
        held = not self.heading or self.box_title or self.notes or self.note_heading
        if text.strip() and held and self._held_label(text):
            return  # clauses note_label_joins, admonition_label: opens the next paragraph
        if text.strip() and (self.pre or self.code) and not self.heading:
            self.code_paragraphs.append((len(self.paragraphs), bool(self.code)))  # code_indent
        if text.strip():
            if self.heading and self.levels:  # clause markup_headings
                self.marked.append((self._mark_level(), text, len(self.paragraphs)))
            # clause heading_gap: 3 blank lines before a heading, 2 after it
            self.paragraphs.append(f"\n\n{text}\n" if self.heading else text)

    # -- parser callbacks
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and self.skip in (None, "head"):  # not an <svg>'s <title>
            self.in_title = True
        if self.skip:
            if self.skip == "head" and tag not in HEAD_CONTENT:  # clause head_ends
                self.skip = None
            elif self.skip in ("rt", "rp") and tag in ("rt", "rp"):  # unclosed <rt>
                self.skip, self.skip_open = tag, []
                return
            elif self._closes_skip(tag):  # clause dropped_end_omitted
                self._end_skip()
            else:
                if tag not in VOID:
                    self.skip_open.append(tag)
                self._record("start", tag, list(attrs.items()))
                return
        if self._skips(tag, attrs):
            if tag not in VOID:  # clause dropped_mark_end: remember a mark
                self.skip, self.skip_open, self.skip_mark = tag, [], _is_mark(attrs)
                drops = self._drops_links(tag, attrs)
                self.events, self.skip_class = (
                    [] if drops else None,
                    drops == "class" and (tag, list(attrs.items())),
                )
                kinds = {*(attrs.get("epub:type") or "").split(), attrs.get("role")}
                if kinds & {"noteref", "doc-noteref", "backlink", "doc-backlink"}:
                    self.note = []  # clauses note_reference_words, note_label_kept
                    self.note_back = bool(kinds & {"backlink", "doc-backlink"})
            return
        if tag in ("article", "main"):
            self.content += 1
        self._main_start(tag, attrs)  # clause main_role (transforms.html_layout)
        if tag == "a" and (attrs.get("href") or "").startswith("#"):  # clause permalink_marks
            self.anchor = (len(self.lines), len(self.lines[-1]))
            self.note_anchors += bool(self.notes)  # clause backref_list_links (html_notes)
        if tag in ("ol", "ul", "menu", "dir"):  # clause ordered_numbers
            self._open_list(tag, attrs)
        elif tag == "li":
            self._number_item(attrs)
        if tag in TABLE_PARTS:  # clause table_rows
            self._table_part(tag)
        elif self._list_line(tag):  # clause ordered_lines
            self._new_line()
        elif tag == "br":
            if self.pre:
                self.lines[-1].append("\n")
            elif self.heading:
                self.lines[-1].append(" ")
            else:
                self._line_break()  # clause br_paragraphs
        elif tag in BLOCKS:
            self._cell_block()  # clause layout_cells: a block in a cell
            self.flush()
            if tag == "table":
                self.tables.append([False, False, 0, None])
            if CODE_CLASSES.intersection((attrs.get("class") or "").split()):
                self.code.append(tag)  # clause code_indent
            if tag == "pre":
                self.pre += 1
            elif tag in HEADINGS:
                self.heading += 1
                self.levels.append(int(tag[1]))
                self.has_h1 = self.has_h1 or tag == "h1"
        self._notes_start(tag, attrs)  # clauses note_label_joins, admonition_label

    def handle_startendtag(self, tag, attrs):
        if self.skip and self._closes_skip(tag):  # clause dropped_end_omitted: <hr/>
            self._end_skip()
        if self.skip:
            self._record("startend", tag, attrs)
        if self.skip or self._skips(tag, dict(attrs)):
            return
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        skipped = bool(self.skip)
        self._end_tag(tag)
        if not skipped:
            self._notes_end(tag)  # clauses note_label_joins, admonition_label

    def _end_tag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.skip:
            if tag in self.skip_open:  # an element opened inside the dropped one
                del self.skip_open[len(self.skip_open) - self.skip_open[::-1].index(tag) - 1 :]
                self._record("end", tag)
                return
            if tag == self.skip:
                self._end_skip()
                return
            if self.skip in RUBY_NOTES and tag == "ruby":
                self.skip = None
            elif (self.skip in END_OMITTED or self.skip_mark) and (  # dropped_mark_end too
                tag in BLOCKS or tag in END_PARENTS or tag in TABLE_PARTS  # dropped_end_parent
            ):
                self._end_skip()
            else:
                self._record("end", tag)
                return
            if self.skip:
                return
        line = self._list_line(tag)  # clause ordered_lines
        if tag in ("ol", "ul", "menu", "dir") and self.lists:  # clause ordered_numbers
            self.lists.pop()
        if tag in ("li", "ol", "ul"):
            self.marker = ""
        if line:
            self._new_line()
            tag = ""  # a line break, not a paragraph's end
        if tag in ("article", "main") and self.content:
            self.content -= 1
        self._main_end(tag)  # clause main_role
        if tag == "a" and self.anchor:  # clause permalink_marks
            (lines, parts), self.anchor = self.anchor, None
            text = "".join(self.lines[-1][parts:]).strip() if len(self.lines) == lines else None
            if (
                text in PERMALINKS
                or back_arrow(text or "")
                or (  # clause backlink_arrows
                    self.page and text and self._skip_link(text, parts)
                )
            ):
                del self.lines[-1][parts:]
        if tag in TABLE_PARTS or tag == "table":  # clause layout_cells: a cell's end
            self._cell_end()
            if tag == "table" and self.tables:
                self.tables.pop()
        if tag in BLOCKS or tag == "tr":  # clause table_row_paragraphs: a row's end
            self.flush()
            if self.code and self.code[-1] == tag:
                self.code.pop()
            if tag == "pre" and self.pre:
                self.pre -= 1
            elif tag in HEADINGS and self.heading:
                self.heading -= 1
                del self.levels[-1:]

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.skip:
            if self.note is not None:
                self.note.append(data)
            self._record("data", data)
            return
        self._cell_text(data)  # clause layout_cells
        self._write_label(data)  # clauses note_label_joins, admonition_label
        if self.marker and data.strip():  # clause ordered_numbers
            self.lines[-1].append(self.marker)
            self.marker = ""
        if self.separator and data.strip():  # clause table_rows: a cell with text
            line = self.lines[-1]
            if "".join(line).strip():
                while not line[-1].strip():  # an empty cell's &nbsp;
                    line.pop()
                line[-1] = line[-1].rstrip()
                line.append(CELL_SEPARATOR)
                self._separator_written()  # clause layout_cells
            self.separator = False
        self.lines[-1].append(data)

    # -- clause ordered_lines
    def _list_line(self, tag: str) -> bool:
        """An <ol>'s item, or an <ol> inside an <ol>'s item, is a line of the list's
        paragraph, as a plain text writes its numbered steps ("1. ...", "2. ..."):
        one item a paragraph made each short step a numbered-heading candidate."""
        if tag == "li":
            return bool(self.lists) and decimal_list(self.lists[-1])
        # the <ol> is lists[-1] at its start and at its end; its parent list lists[-2]
        return tag == "ol" and len(self.lists) >= 2 and decimal_list(self.lists[-2])

    def _new_line(self) -> None:
        if "".join(self.lines[-1]).strip():
            self.lines.append([])

    # -- clause table_rows
    def _table_part(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._cell_start()  # clause layout_cells
            self.separator = self.row_cells > 0  # written before the cell's text
            self.row_cells += 1
        elif tag == "tr":
            self._cell_end()
            self.row_cells, self.separator = 0, False
            self.flush()  # clause table_row_paragraphs

    def unknown_decl(self, data):
        if data.startswith("CDATA["):  # clause cdata_text: an XHTML CDATA section is text
            self.handle_data(data[6:])

    def close(self):
        super().close()
        if self.skip and self.events is not None:  # clause navigation_prose: unclosed
            self._end_skip()
        self.flush()
        self._label_paragraph()  # a held label with no text after it


def html_to_text(markup: str, page: bool = False, headings: list | None = None) -> str:
    """The plain text of ``markup`` (module doc); ``page`` for a web page (clauses
    ``page_chrome``, ``page_title``, ``skip_links``), not for an EPUB chapter."""
    parser = _TextParser(page)
    parser.backlinked = frozenset(_HREF_TARGETS.findall(markup))  # clause note_backlinked
    parser.feed(_DOCTYPE_SUBSET.sub("", markup, count=1))
    parser.close()
    paragraphs = parser.paragraphs
    code = indent_code(paragraphs, parser.code_paragraphs)  # transforms.html_code
    title = _SPACE.sub(" ", "".join(parser.title)).strip()
    if headings is not None:  # clauses code_no_sections, epub_code_lines (html_code)
        headings.extend(with_code_lines(parser.marked, paragraphs, code))
    if page and title and not parser.has_h1:  # clause page_title
        paragraphs = [title, *paragraphs]
    return "\n\n".join(paragraphs).strip("\n")
