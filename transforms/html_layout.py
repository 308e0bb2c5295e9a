"""Paragraph breaks that HTML writes without a block element, and dropped elements
that are not what they claim (for ``transforms.html_text``; tested in
``tests/transforms/test_html_layout.py``). Named clauses:

* ``br_paragraphs``: two or more ``<br>`` in a row (only whitespace or ``&nbsp;``
  between them) end a paragraph, as old pages and e-books separate paragraphs
  ("...end.<br><br>Next..."); as one line break each, unwrap joined the paragraphs.
  Not in ``<pre>`` (its lines are kept) nor in a heading (a ``<br>`` there is a space).
* ``layout_cells``: a table cell that holds a block (p, div, h1-h6, a list, a
  table...), a paragraph break (``br_paragraphs``) or more than ``LAYOUT_CHARS``
  characters is a page's layout (a sidebar cell and an article cell), not data: its
  text is no cell of a row ("Home About | The article..." was one line, clause
  ``table_rows``); the cells before it and the cell itself are paragraphs of their
  own. A data table's short cells keep their rows.
* ``layout_cell_label``: the row's text before a layout cell is split off only when
  it spans lines (a sidebar's column of links, "Home<br>Books"); one line (a term, a
  number, a label: "mode", "2.1.", "remove_diacritics", "FastStats") stays the
  row's first cell, "mode | If NULL is inserted...": in 3,100 real pages (sqlite,
  apache, Python, Valgrind, Berkeley DB docs) every one of the 52 splits was a term
  torn from its description, none a sidebar.
* ``navigation_prose``: a dropped ``<nav>``/``role="navigation"`` element or page
  chrome (clauses ``navigation``, ``page_chrome``) whose text outside links is more
  than ``PROSE_WORDS`` words and more than its link text is not a bar of links: an
  unclosed ``<div role="navigation">`` runs to the next ``</div>`` (or the page's
  end) and took the text after it with it. Its content is read as text after all
  (the links' text too: a few words too many, never the page lost).
* ``main_role``: an element with ``role="main"`` (Sphinx's ``<div class="body"
  role="main">``) is the page's ``<main>`` for ``page_chrome``: the footnote and
  sidebar ``<aside>``s inside it are text (74 of 4,672 real doc pages, all Python's,
  had lost them; the footnote's number stays out with its backlink: a "[]" line).
"""

from __future__ import annotations

import re

from transforms.html_chrome import CONTENT_TAGS, chrome_class

# Elements with no end tag (html_text, and the lang stack of html_note_marks).
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Clause layout_cells: more characters than a data table's cell holds (the longest
# description cells of the /usr/share/doc pages' tables are a few hundred).
LAYOUT_CHARS = 600
# Clause navigation_prose: words outside links in a real bar of links are labels
# ("Previous topic", "This Page", "Quick search"), a dozen or two.
PROSE_WORDS = 100
CELL_SEPARATOR = " | "
# Elements whose text no reader shows (a script in a navigation bar is no prose).
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
HIDDEN = frozenset("script style template noscript svg select button textarea".split())


# Clause chrome_omitted_end (review of session 23): a chrome element whose end tag HTML
# lets the writer omit (an HTML 4 page's '<p class="nav"><a>Previous</a> | <a>Next</a>'
# with no </p> over its <h1>, a menu's '<li class="menu-item">' with no </li>, a layout
# table's '<td class="menu">' column before the text's <td>) ends where the browser ends
# it: at the same tag's next start, at the end of its list, table or row, and a <p> at a
# block's start (as clause label_scope). Counted as other tags, it stayed open to the
# page's end and every later heading outside <main> opened no section.
_OMITTED_END = {
    "p": frozenset(
        "address article aside blockquote details div dl fieldset figure footer form h1 h2 "
        "h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split()
    ),
    "li": frozenset(("li",)),
    "dt": frozenset(("dt", "dd")),
    "dd": frozenset(("dt", "dd")),
    "td": frozenset(("td", "th", "tr")),
    "th": frozenset(("td", "th", "tr")),
    "tr": frozenset(("tr",)),
}
_PARENT_ENDS = {"li": "ul ol menu", "dt": "dl", "dd": "dl", "td": "tr table", "th": "tr table"}
_PARENT_ENDS = {tag: frozenset(ends.split()) for tag, ends in _PARENT_ENDS.items()}
_PARENT_ENDS["tr"] = frozenset(("table", "tbody", "thead", "tfoot"))
_PARENT_ENDS["p"] = frozenset(
    "article aside blockquote details div footer header li main nav section td th".split()
)


class LayoutParts:
    """Mixin of ``html_text._TextParser``: it has ``lines``, ``flush``, ``skip``..."""

    def _init_layout(self) -> None:
        self.tables: list[list] = []  # per open <table>: [in a cell, layout, chars, sep]
        self.events: list[tuple] | None = None  # clause navigation_prose: what was dropped
        self.skip_class: tuple | None = None  # dropped chrome-class (tag, attrs): chrome_class_text
        self.main_roles: list[list] = []  # [tag, open count] (clause main_role)
        self.chrome_classes: list[list] = []  # [tag, open count] (chrome_class_headings)

    def _main_start(self, tag: str, attrs: dict) -> None:
        """Clause ``main_role``: an element with ``role="main"`` (Sphinx's ``<div
        class="body" role="main">``) is the page's ``<main>``: the header, footer and
        aside inside it (Sphinx's footnote ``<aside>``s) are text, not page chrome."""
        if self.main_roles and tag == self.main_roles[-1][0]:
            self.main_roles[-1][1] += 1  # a <div> inside the main <div>
        elif attrs.get("role") == "main" and tag not in ("article", "main"):
            self.main_roles.append([tag, 1])
            self.content += 1
        while self.chrome_classes and tag in _OMITTED_END.get(self.chrome_classes[-1][0], ()):
            self.chrome_classes.pop()  # clause chrome_omitted_end
        if self.chrome_classes and tag == self.chrome_classes[-1][0]:
            self.chrome_classes[-1][1] += 1  # clause chrome_class_headings
        elif not self.content and tag not in VOID and tag not in ("html", "body"):
            if chrome_class(attrs):  # transforms.html_chrome
                self.chrome_classes.append([tag, 1])

    def _mark_level(self) -> int:
        """The h-tag's level for ``markup_headings``; 0 in a chrome class's element, but
        not in a <main> inside it (Read the Docs' "wy-grid-for-nav" holds the page)."""
        chrome = self.chrome_classes and not self.content  # clause chrome_class_headings
        return 0 if chrome else self.levels[-1]

    def _main_end(self, tag: str) -> None:
        """Clause ``main_role``: the end tag that closes the ``role="main"`` element."""
        while self.chrome_classes and tag in _PARENT_ENDS.get(self.chrome_classes[-1][0], ()):
            self.chrome_classes.pop()  # clause chrome_omitted_end: its list or table ended
        if self.chrome_classes and tag == self.chrome_classes[-1][0]:
            self.chrome_classes[-1][1] -= 1  # clause chrome_class_headings
            if not self.chrome_classes[-1][1]:
                self.chrome_classes.pop()
        if self.main_roles and tag == self.main_roles[-1][0]:
            self.main_roles[-1][1] -= 1
            if not self.main_roles[-1][1]:
                self.main_roles.pop()
                self.content = max(0, self.content - 1)

    # -- clause br_paragraphs
    def _line_break(self) -> None:
        if len(self.lines) > 1 and not "".join(self.lines[-1]).strip():  # nbsp too
            self._cell_block()  # clause layout_cells: a paragraph break in a cell
            self.flush()
        else:
            self.lines.append([])

    # -- clause layout_cells
    def _cell_text(self, data: str) -> None:
        if self.tables and self.tables[-1][0]:
            self.tables[-1][2] += len(data.strip())

    def _separator_written(self) -> None:
        if self.tables:
            self.tables[-1][3] = (len(self.lines) - 1, len(self.lines[-1]) - 1)

    def _cell_start(self) -> None:
        self._cell_end()
        if self.tables:
            self.tables[-1][:] = [True, False, 0, None]

    def _cell_block(self) -> None:
        """The open cell holds a block or a paragraph break: a layout cell. The text of
        the cells before it in its row, when it spans lines, is a paragraph of its own."""
        if not self.tables or not self.tables[-1][0]:
            return
        table = self.tables[-1]
        table[1] = True
        if table[3] is None:
            return
        (line, part), table[3] = table[3], None
        if not any("".join(parts).strip() for parts in self.lines[:line]):
            return  # clause layout_cell_label: one line before the cell stays its row's
        if line < len(self.lines) and part < len(self.lines[line]):
            if self.lines[line][part] is CELL_SEPARATOR:
                after = [self.lines[line][part + 1 :], *self.lines[line + 1 :]]
                self.lines = [*self.lines[:line], self.lines[line][:part]]
                self.flush()
                self.lines = after

    def _cell_end(self) -> None:
        if not self.tables or not self.tables[-1][0]:
            return
        table = self.tables[-1]
        if not table[1] and table[2] > LAYOUT_CHARS:
            self._cell_block()
        if table[1]:
            self.flush()  # the next cell opens a paragraph of its own
        table[:] = [False, False, 0, None]

    # -- clause navigation_prose
    def _record(self, *event) -> None:
        if self.events is not None:
            self.events.append(event)

    def _replay(self) -> None:
        """At the end of a dropped navigation/chrome element: read its content as text
        when it is prose, not links."""
        events, self.events = self.events, None
        chrome, self.skip_class = self.skip_class, None  # clause chrome_class_text
        if not events:
            return
        links = prose = depth = hidden = title = link_chars = prose_chars = 0
        for event in events:
            step = {"start": 1, "end": -1}.get(event[0], 0)
            if step and event[1] == "a":
                depth = max(0, depth + step)
            elif step and event[1] in HIDDEN:
                hidden = max(0, hidden + step)
            elif step and event[1] in _HEADINGS:
                title = max(0, title + step)
            elif event[0] == "data" and not hidden:
                words, chars = len(event[1].split()), len("".join(event[1].split()))
                links, prose = (links + words, prose) if depth else (links, prose + words)
                # clause chrome_class_text: a chrome element's heading is its label
                label = depth or (title and chrome)
                link_chars += chars if label else 0
                prose_chars += 0 if label else chars
        if chrome:  # clause chrome_class_text (transforms.html_chrome): by characters
            if prose_chars <= link_chars and not any(map(_holds_content, events)):
                if not holds_sentence(events):  # clause chrome_class_sentence
                    return
        elif prose <= PROSE_WORDS or prose <= links:
            return
        self.flush()
        if chrome:  # the element itself, read as a page's element, not dropped again
            self.page = False  # (its class still makes its headings level-0 marks)
            self.handle_starttag(*chrome)
            self.page = True
        for event in events:
            if event[0] == "start":
                self.handle_starttag(event[1], event[2])
            elif event[0] == "end":
                self.handle_endtag(event[1])
            elif event[0] == "startend":
                self.handle_startendtag(event[1], event[2])
            else:
                self.handle_data(event[1])
        if chrome and self.skip:  # an element dropped inside it ends at its end
            self._end_skip()
        if chrome:
            self.handle_endtag(chrome[0])


# Clause chrome_class_sentence (review of session 24): a chrome-class block that holds a
# sentence of prose is read as text too, however many links and headings it has. A bar of
# links, a menu, a breadcrumb or a Texinfo menu ("What is Nettle?") holds no sentence of
# SENTENCE_WORDS words; a Blogger page's post is inside '<div class="widget Blog">' with its
# date, linked title, "Posted by"/labels links, pager and commenters' names outweighing a
# short post (the whole page's text was lost), and a tutorial's '<div class="chapter
# navigation">' ("Chapter 4. Navigation" over one sentence with a link) is the chapter.
# A sentence: a paragraph's run of text (block tags end it) ending in a sentence mark,
# of SENTENCE_WORDS words or SENTENCE_CJK CJK characters, more of it outside links.
SENTENCE_WORDS = 8
SENTENCE_CJK = 15
_INLINE = frozenset(
    "a span b i em strong code tt small sup sub abbr cite q kbd var font u s mark".split()
)
_SENTENCE = re.compile(r"[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)\uff09\u300d\u300f]*$")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def holds_sentence(events: list) -> bool:
    """Clause ``chrome_class_sentence``: the recorded events hold a sentence of prose."""
    run: list[tuple[str, bool]] = []  # (text, in a link)
    depth = hidden = 0

    def sentence() -> bool:
        text = " ".join("".join(t for t, _ in run).split())
        linked = sum(len("".join(t.split())) for t, link in run if link)
        long = len(text.split()) >= SENTENCE_WORDS or len(_CJK.findall(text)) >= SENTENCE_CJK
        return bool(_SENTENCE.search(text)) and long and 2 * linked < len(text.replace(" ", ""))

    for event in events:
        if event[0] == "data":
            if not hidden:
                run.append((event[1], depth > 0))
            continue
        step = {"start": 1, "end": -1}.get(event[0], 0)
        if event[1] == "a":
            depth = max(0, depth + step)
        elif event[1] in HIDDEN:
            hidden = max(0, hidden + step)
        elif event[1] not in _INLINE:
            if sentence():
                return True
            run = []
    return sentence()


def _holds_content(event: tuple) -> bool:
    """Clause ``chrome_class_text``: a start of the page's <main>/<article>."""
    if event[0] not in ("start", "startend"):
        return False
    return event[1] in CONTENT_TAGS or dict(event[2]).get("role") == "main"
