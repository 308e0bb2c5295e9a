"""Notes and boxes whose label opens their text (for ``transforms.html_text``; tested in
``tests/transforms/test_html_notes.py``). Named clauses:

* ``note_reference_words`` (moved here from html_text): a noteref whose text is words,
  not a mark ("12", "*", "[a]", "xiv"), keeps them.
* ``note_label_kept``: a note's backlink (``role="doc-backlink"``, ``epub:type=
  "backlink"``) whose text is the note's label ("1", "a", "*", "iv") keeps it: it is
  the note's number, not a link word. Docutils (Sphinx's footnotes, Python docs, Debian
  developers-reference) writes the number as the backlink; dropping it
  (``footnote_backlinks``) left "[]" before the note. A backlink that is an arrow or
  words ("↩", "^", "Back") is dropped as before.
* ``note_label_joins``: inside a footnote (an element with ``role`` ``note``/
  ``doc-footnote``/``doc-endnote``, ``epub:type`` footnote/endnote/rearnote, or class
  ``footnote``), a paragraph that is only a label ("[1]", "1", "(a)") opens the note's
  next paragraph, written "[1] " as docutils' CSS shows it: "[1] “EA IFF 85” Standard
  for...". As its own paragraph the number was torn from its note (a "1" line, a
  numbered-heading candidate).
* ``note_backrefs``: a label followed by the note's list of back-references (docutils:
  "[1] (1,2)", a note referred to twice, the label plain text and the back-references the
  links) opens the note as "[1] " alone; the list's numbers were dropped with their
  backlinks (``footnote_backlinks``), "[1] (,)" a paragraph of its own. Citations
  (``role="doc-biblioentry"``, class ``citation``: "[C99] ISO/IEC 9899:1999...") are
  notes too, their key a label.
* ``admonition_label``: a Sphinx/MkDocs box title (``<p class="admonition-title">``:
  "Note", "Warning", "See also"; a docutils sidebar's ``sidebar-title``) opens the box's first paragraph, "Note: ...": as a
  paragraph of its own, a one-word line, the structure stage made it a section heading
  ranked with the chapters.
* ``box_heading``: a box (``<div>``/``<aside>`` of class note, warning, caution, tip,
  important...) whose first element is a heading, Apache's manual's ``<div
  class="note"><h3>Note</h3>`` (DocBook's too), has it as its title: "Note: ..." as
  ``admonition_label`` writes it, not a heading among the page's sections.
* ``label_scope`` (review, session 19): a held label opens only text of its own box or
  note: a heading after it (MkDocs' ``<div class="admonition new"><p class=
  "admonition-title">New in version 1.4</p><h5>...``) or the box's end (an empty box)
  writes it as its own paragraph; ``box_heading`` needs the heading to be inside the
  box (an empty ``<div class="note"></div>`` before an ``<h2>`` left the h2 a "title");
  a footnote whose end tag HTML lets one omit (``<li>``, ``<dd>``, ``<dt>``, ``<p>``)
  ends where HTML ends it; ARIA ``role="note"`` alone (any aside remark, a hatnote) is
  no footnote (docutils' footnotes have class ``footnote`` as well).
* ``cjk_box_colon`` (review, session 19): a box title in Chinese or Japanese opens its
  text with a full-width colon and no space, "注意：这是..." (as those languages write it).
* ``backlink_arrows``: a same-page link whose whole text is a back arrow ("↩", "↩2",
  "↑": GitHub-Markdown notes, no role on them) is dropped, as the
  permalink signs are (``permalink_marks``). Not a caret "^" (review, session 19): an
  in-page link "^" is as often the operator or the regex anchor (``<a href="#xor"><code>^
  </code></a>``: "The ^ operator") as Wikipedia's backlink, and Wikipedia's sits after its
  list number, where this clause does not see it.
* ``note_reference_marks`` (session 20): a noteref (``role="doc-noteref"``, ``epub:type=
  "noteref"``) whose text is a mark ("1", "[1]", "*") is written "[1]" where it stood, so
  the note "[1] ..." has its reference in the sentence; it was dropped ("...EA IFF 85
  chunks. This format..."). The mark is glued to the text before it (whitespace before
  it dropped: docutils writes "chunks. [1] This"): "chunks.[1] This format", as a reader
  sees a superscript, and the sentence splitter ends the sentence after the mark, not
  before a "[1] This" opening the next one. A mark that opens a table cell, a list item
  or a box comes after the cell's " | ", the item's number or the box's title ("Exception
  | [1]", not "Exception[1]").
* ``sup_note_links`` (session 20): a ``<sup>`` and a same-page link (``href="#..."``),
  one directly holding the other, whose whole text is a note label ("1") is a note
  reference without a role: cmark-gfm/GitHub (nodejs' docs: ``<sup><a href="#user-
  content-fn-1">1</a></sup>``), Python-Markdown, Wikipedia (``[1]``), Texinfo (nettle:
  ``<a href="#FOOT1"><sup>1</sup></a>``). Written as ``note_reference_marks`` writes a
  mark: "mod n[1]." (was "mod n1.", the number glued into the word: "See1.").
* ``sup_note_targets`` (session 20 review): that pair is a note reference only when
  the link's target, id, name or class, or the ``<sup>``'s id or class, names a note as
  note generators name them ("fn", "ftn", "foot", "note", "cite", "ref", "#n12"): an
  exponent linked to its equation (``mc<sup><a href="#eq-1">2</a></sup>``) stays "mc2",
  not "mc[2]". ``sup_mark_linear``: whether the mark opens its line is read from the
  text just before it (the whole line was joined at each ``</sup>``: 40,000 references
  in one paragraph took 21 s, now 2 s).
* ``box_colon_lang`` (session 20): a box title in a page whose ``lang``/``xml:lang``
  (on ``<html>`` or ``<body>``) is French is joined with a space before the colon, as
  French writes it: "Avertissement : Ne pas..." (not "Avertissement: ").
* ``note_heading_label`` (session 21): inside a footnote, a heading that is only a label
  is the note's label: Texinfo's ``<h5><a id="FOOT1" href="#DOCF1">(1)</a></h5>`` then
  the note's ``<p>`` reads "[1] strictly, a SEXPREC node..." as its reference "node[1]"
  (was a heading line "(1)" of its own, apart from its note). texi2html (gettext's
  manual) has no footnote element: ``<h3><a name="FOOT1" href="gettext_1.html#DOCF1">
  (1)</a></h3>``; a heading whose link names a note (``sup_note_targets``' names) and
  whose text is a label is the note's label too.
* ``note_list_labels`` (session 21): an ``<ol>`` item that is a note (``epub:type``
  endnote/footnote: Standard Ebooks; or an item with a note's id, ``fn-1``, ``fn:1``,
  ``fn1``, in a notes section: cmark-gfm, Pandoc, Python-Markdown) is numbered "[1] ",
  as its reference reads, not "1. ".
* ``note_label_cell`` (session 21): in a note laid out as a table row (docutils'
  html4css1 writer, ``<td class="label">[1]</td><td>The text</td>``), the label cell and
  the note's cell are joined by a space, "[1] The text", not "[1] | The text".
* ``note_backlinked`` (session 21): a ``<sup>``/link pair (clause ``sup_note_links``)
  whose id is the target of another in-page link (the note's way back) is a note
  reference even when no name says so (``<sup id="id1"><a href="#id5">1</a></sup>``,
  generated ids: ``sup_note_targets`` alone left it "node1").
* ``bracket_note_links`` (session 21): a link (to a "#" target, on the page or another)
  of a bracketed mark "[1]" without a ``<sup>`` (docutils' html4css1 ``<a
  class="footnote-reference" href="#footnote-1">[1]</a>``; texi2html's "(2)", ``<a
  name="DOCF2" href="gettext_fot.html#FOOT2">(2)</a>``) is a reference when named as a
  note or backlinked, glued "[1]" as ``note_reference_marks`` glues one: "text/x-rst".[1]
  This" (was ". [1] This"), "msgid.[2] It was" (was "msgid.(2)", its note "[2] ...").
* ``sup_mark_list`` (session 21): a ``<sup>`` holding two or more note links, "1,2"
  (``<sup><a href="#fn1">1</a>,<a href="#fn2">2</a></sup>``), is written "[1][2]"; it
  was "here1,2", the numbers glued into the word.
* ``spaced_mark`` (session 21): a mark after a punctuation mark written with a space
  before it (French "suivant : [68]") keeps the space before it, "suivant : [68]", not
  "suivant :[68]".
* ``spaced_lang`` (session 22, ``transforms.html_note_marks``): ``spaced_mark`` only in
  a page of a language that spaces ":" ";" "!" "?" (French, Occitan, Breton:
  ``SPACED_COLON``, also ``box_colon_lang``'s); another language's page glues the mark
  ("found ;[1]"), a page naming none keeps the source's own space or none; after "»" a
  mark is glued ("copyright »[3]").
* ``citation_key_label`` (session 22): in a citation (class ``citation``, role
  ``doc-biblioentry``) a bracketed key without a digit is the label too: docutils'
  "[LMHT] | Linux Man Page Howto." now "[LMHT] Linux Man Page Howto." (a footnote's
  "[Back]" is still no label).
* ``note_backref_list`` (session 22): docutils' list of a note's back-references after
  its label, "[2] (1, 2) Footnotes may be..." (numbered 1 to n; the numbers are the
  backlinks kept by ``note_label_kept``), is dropped: "[2] Footnotes may be...".
* Review of session 21: ``reference_class_no_note`` ("ref" names a note only as a word:
  Sphinx's class="reference internal" equation reference "KKT system (1)" was "[1]");
  ``bracket_word_space`` (a bracketed link after a word keeps the space before it, "in
  [1]", unless named as a footnote); ``sup_mark_links_only`` ("[1][2]" only for a link
  per mark); ``label_cell_bracketed`` (``note_label_cell`` joins only "[1]"/"(1)" cells).
* ``box_title_list`` (session 20): a box whose first content is a list has its title as
  a line of its own before the list, "Note:" then "1. First step.", as a browser shows
  it; "Note: 1. First step." made the title a part of the first step.
"""

from __future__ import annotations

import re

from transforms.html_note_marks import SPACED_COLON, NoteMarks, primary_language

# Clause note_reference_words: a noteref's own text is dropped when it is a mark
# (a number, a symbol, a letter or roman numeral: "12", "*", "[a]", "xiv").
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_ROMAN = re.compile(r"[ivxlcdm]+", re.I)
# Clauses note_label_kept, note_label_joins: a note's label, bracketed or not: a number,
# a letter, a roman numeral, a symbol, a citation key (letters and digits: "C99",
# "Frie09"; a word without digits, "Back", is no label). Clause note_backrefs: the
# list of back-references after a label, "[1] (1,2)" (docutils), is dropped with them.
_KEY = r"\d{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6}|[*†‡§#]{1,3}|[A-Za-z][\w.-]{0,15}\d"
_LABEL = re.compile(rf"[\[(]?({_KEY})[\])]?\.?(?:\s*\(\s*(?:{_KEY})(?:\s*,\s*(?:{_KEY}))*\s*\))?")
# Clause citation_key_label: in a citation (class citation, role doc-biblioentry), a
# bracketed key without a digit is its label too: docutils' "[LMHT]" (manpage.html),
# "[exchange-table-model]" (doctree.html); bracketed only, so "Back" stays no label.
_CITE_LABEL = re.compile(
    rf"\[([A-Za-z][\w.:+-]{{0,39}})\](?:\s*\(\s*(?:{_KEY})(?:\s*,\s*(?:{_KEY}))*\s*\))?"
)
# Clause note_backref_list: a note's label then docutils' list of its back-references
# "(1, 2)" (numbered 1 to n, links kept as labels by note_label_kept) before its text.
_BACKREF_LIST = re.compile(r"(\[[^\]\s]{1,40}\] )\((1(?:, \d{1,2})+)\) (?=\S)")
# Clause admonition_label: docutils/Sphinx/MkDocs box titles ("Note", "Warning"; a
# sidebar's "Important").
BOX_TITLES = frozenset(("admonition-title", "sidebar-title"))
# Clause box_heading: a box (div/aside of these classes: Apache's manual, DocBook) whose
# first element is a heading, "<div class="note"><h3>Note</h3>": the heading is its title.
BOX_CLASSES = frozenset(
    "note warning caution tip important hint danger attention admonition".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
NOTE_TYPES = frozenset(("footnote", "endnote", "rearnote", "biblioentry"))
# Clause label_scope: ARIA role "note" alone is any remark (a hatnote, a box), no footnote.
NOTE_ROLES = frozenset(("doc-footnote", "doc-endnote", "doc-biblioentry"))
# Clause label_scope: a footnote element whose end tag may be omitted ends at a sibling's
# start (or, for <p>, at any block's) and at its list's end.
_SIBLINGS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}
_LISTS = frozenset("ol ul dl menu".split())
_P_ENDERS = frozenset(
    "address article aside blockquote details div dl fieldset figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr main menu nav ol p pre section table ul".split()
)
# Clause cjk_box_colon: a title ending in a Han or kana character.
_CJK_END = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$")
# Clause backlink_arrows: an in-page link of only an arrow (and a count: "↩2").
_BACK_ARROW = re.compile(r"[↩↑⤴⇧][\ufe0e\ufe0f]?\d{0,3}")
# Clause sup_note_targets: a <sup>/link pair is a note reference only when the link's
# target, id or class, or the <sup>'s id or class, names a note as note generators do:
# cmark-gfm "#user-content-fn-1", Python-Markdown/Pandoc "#fn:1"/"#fn1", Texinfo "#FOOT1",
# DocBook "#ftn.idm679", Wikipedia "#cite_note-1", Word "#_ftn1", Asciidoctor
# "#_footnotedef_1", EPUBs "#note-3", "#n12", "#en4"; an exponent linked to its equation
# (E = mc<sup><a href="#eq1">2</a></sup>) or to a definition is no note.
_NOTE_NAME = re.compile(r"(?i)fn|ftn|foot|note|cite|ref|anm|nota|(?:^|\s)e?n\d{1,4}(?:\s|$)")
# Clause bracket_note_links: a link without a <sup> needs the name as a word of its own
# ("footnote-reference-1", "FOOT2", "fnref:1", "cite_ref-3", "endnote-4"): Python's index
# links "[2]" to "#envvar-PYTHONDUMPREFS", Sphinx's "#_CPPv4N16overload_example1C1fEi",
# name no note.
_NOTE_WORD = re.compile(
    r"(?i)(?<![a-z])(?:fn|ftn|foot|note|cite|ref(?![a-z])|anm|nota|endnote|e?n\d{1,4}(?![a-z\d]))"
)
# Clause reference_class_no_note: "ref" only as a word, not "reference": Sphinx and docutils
# give every in-page link class="reference internal"; Sphinx's equation reference
# <a class="reference internal" href="#equation-...">(2)</a> is no note.


# Clause note_list_labels: a section/div holding a document's notes (cmark-gfm
# <section class="footnotes" data-footnotes>, Pandoc role="doc-endnotes", Python-Markdown
# <div class="footnote">, EPUB epub:type="endnotes").
_NOTES_CLASSES = frozenset(("footnotes", "footnote", "endnotes"))
_NOTES_KINDS = frozenset(("footnotes", "endnotes", "rearnotes", "doc-endnotes", "doc-footnotes"))
_FOOT_WORD = re.compile(r"(?i)(?<![a-z])(?:fn|ftn|foot|note|anm|nota|endnote)")


def _notes_holder(attrs: dict) -> bool:
    """Clause ``note_list_labels``: the element holds a document's notes."""
    kinds = {*(attrs.get("epub:type") or "").split(), attrs.get("role")}
    classes = set((attrs.get("class") or "").split())
    return bool(_NOTES_KINDS & kinds or _NOTES_CLASSES & classes or "data-footnotes" in attrs)


def _note_named(attrs: dict, word: bool = False, pattern: re.Pattern | None = None) -> bool:
    """Clause ``sup_note_targets``: the element's href target, id, name or class names
    a note."""
    names = [attrs.get(key) or "" for key in ("id", "name", "class")]
    # of a link to another page only the target's name counts: "reference/datamodel.html
    # #index-3" (Python's index) names no note, "gettext_fot.html#FOOT2" does
    names.append((attrs.get("href") or "").rpartition("#")[2])
    pattern = pattern or (_NOTE_WORD if word else _NOTE_NAME)
    return bool(pattern.search(" ".join(names)))


def note_words(text: str) -> bool:
    """Clause ``note_reference_words``: the noteref's text holds words, not a mark."""
    letters = _NOT_LETTERS.sub("", text)
    return len(letters) >= 3 and not _ROMAN.fullmatch(letters)


def note_label(text: str, citation: bool = False) -> str:
    """The label "[1]" when ``text`` is only a note label ("1", "[1]", "(a)"), else ""
    (``citation``: in a citation, "[LMHT]" too, clause ``citation_key_label``)."""
    match = _LABEL.fullmatch(text.strip())
    if not match and citation:
        match = _CITE_LABEL.fullmatch(text.strip())
    return f"[{match.group(1)}]" if match else ""


def _backref_list(text: str, links: int) -> str:
    """Clause ``note_backref_list``: ``text`` without the back-references "(1, 2)" after
    its label ("[2] (1, 2) Footnotes may be..." -> "[2] Footnotes may be..."); as it was
    when there are none, or they are not numbered 1 to n, or (clause backref_list_links)
    the note has fewer in-page ``links`` than numbers: "[2] (1, 2) is the point where"
    is a footnote's own text."""
    match = _BACKREF_LIST.match(text)
    numbers = match and [int(n) for n in match.group(2).split(", ")]
    if not numbers or numbers != list(range(1, len(numbers) + 1)) or links < len(numbers):
        return text
    return match.group(1) + text[match.end() :]


def back_arrow(text: str) -> bool:
    """Clause ``backlink_arrows``."""
    return bool(_BACK_ARROW.fullmatch(text))


def _citation(attrs: dict) -> bool:
    """Clause ``citation_key_label``: the note element is a citation."""
    classes = (attrs.get("class") or "").split()
    kinds = (attrs.get("epub:type") or "").split()
    return "citation" in classes or attrs.get("role") == "doc-biblioentry" or "biblioentry" in kinds


def _note_element(attrs: dict) -> bool:
    types = (attrs.get("epub:type") or "").split()
    classes = (attrs.get("class") or "").split()
    return (
        bool(NOTE_TYPES.intersection(types))
        or attrs.get("role") in NOTE_ROLES
        or bool({"footnote", "citation"}.intersection(classes))
    )


class NoteParts(NoteMarks):
    """Mixin of ``html_text._TextParser``: it has ``lines``, ``paragraphs``, ``pre``..."""

    def _init_notes(self) -> None:
        self.notes: list[list] = []  # open footnotes: [tag, open count, list depth]
        self.list_depth = 0  # open ol/ul/dl (clause label_scope)
        self.box_title: str | None = None  # the open admonition title's tag
        self.box_open = False  # a box began, nothing in it yet (clause box_heading)
        self.label = ""  # clauses note_label_joins, admonition_label: opens the next text
        self.label_alone = ""  # ... written when no text of its box/note follows
        self.label_box = False  # the held label is a box title (clause label_scope)
        self.label_list = False  # a list opened after the held box title (box_title_list)
        self.lang = ""  # the page's language (clause box_colon_lang)
        self.note_anchors = 0  # in-page links in the open note (clause backref_list_links)
        self.langs: list[list] = []  # open elements naming a lang (clause inner_spaced_lang)
        # open <sup>: [place, an in-page link inside, a note named] (sup_note_targets)
        self.sups: list[list] = []
        self.note_link: list | None = None  # open in-page <a>: [place, <sup> inside, named]
        self.holders: list[list] = []  # open notes sections: [tag, open count]
        self.note_heading = False  # a heading holds a note-named link (note_heading_label)
        self.backlinked: frozenset = frozenset()  # ids in-page links target (note_backlinked)

    def _named(self, attrs: dict, word: bool = False) -> bool:
        """Clauses ``sup_note_targets``, ``note_backlinked``: a note's name, or an id
        that another in-page link (the note's way back) targets (``word``: the name as
        a word of its own, clause ``bracket_note_links``)."""
        return _note_named(attrs, word) or (attrs.get("id") or "").strip() in self.backlinked

    def _notes_start(self, tag: str, attrs: dict) -> None:
        """After a start tag's own paragraph break: a footnote, a box title opens."""
        self._omitted_note_end(tag)  # clause label_scope
        if tag in ("html", "body") and not self.lang:  # clause box_colon_lang
            self.lang = (attrs.get("lang") or attrs.get("xml:lang") or "").strip().lower()
        if self.langs and self.langs[-1][0] == "p" and tag in _P_ENDERS:
            self.langs.pop()  # clause inner_spaced_lang: <p lang="fr"> with no </p>
        self._lang_start(tag, attrs)  # clause inner_spaced_lang (html_note_marks)
        if tag in HEADINGS:  # clause note_heading_label: texi2html's <h3><a name="FOOT1">
            self.note_heading = False
        elif tag == "a" and self.heading and _note_named(attrs):
            self.note_heading = True
        if tag == "sup":  # clause sup_note_links
            self.sups.append([self._place(), 0, self._named(attrs)])
            if self.note_link:
                self.note_link[1] = True
                self.note_link[2] = self.note_link[2] or self._named(attrs)
        elif tag == "a" and "#" in (attrs.get("href") or ""):  # texi2html: "x_fot.html#FOOT2"
            self.note_link = [self._place(), False, self._named(attrs), self._named(attrs, True)]
            self.note_link.append(_note_named(attrs, pattern=_FOOT_WORD))  # bracket_word_space
        if self.holders and tag == self.holders[-1][0]:  # clause note_list_labels
            self.holders[-1][1] += 1
        elif _notes_holder(attrs):
            self.holders.append([tag, 1])
        if (
            tag == "li"
            and self.marker
            and (  # clause note_list_labels: "[1] ", not "1. "
                _note_element(attrs) or (self.holders and _NOTE_WORD.search(attrs.get("id") or ""))
            )
        ):
            self.marker = f"[{self.marker.strip().rstrip('.')}] "
        if tag in ("td", "th") and self.notes and self.separator and self.row_cells == 2:
            cell = "".join(self.lines[-1]).strip()  # clause note_label_cell: "[1] The"
            # clause label_cell_bracketed: a bracketed label only; a table of numbers in a
            # note ("1 | red") keeps its cells
            if cell.startswith(("[", "(")) and note_label(cell, self.notes[-1][3]):
                self.separator = False
                self.lines[-1] = ["".join(self.lines[-1]).strip(), " "]
        if tag in _LISTS and self.label_box and self.label:
            self.label_list = True  # clause box_title_list: the box opens with a list
        if tag in _LISTS:
            self.list_depth += 1
        if self.notes and tag == self.notes[-1][0]:
            self.notes[-1][1] += 1
        elif _note_element(attrs):
            self.notes.append([tag, 1, self.list_depth, _citation(attrs)])
            self.note_anchors = 0  # clause backref_list_links: its in-page links
        classes = (attrs.get("class") or "").split()
        if BOX_TITLES.intersection(classes) or (self.box_open and tag in HEADINGS):
            self.box_title = tag  # clauses admonition_label, box_heading
        elif tag in HEADINGS:
            self._label_paragraph()  # clause label_scope: a label opens no heading
        self.box_open = tag in ("div", "aside") and bool(BOX_CLASSES.intersection(classes))

    def _omitted_note_end(self, tag: str) -> None:
        """Clause label_scope: a sibling's start ends a footnote <li>/<dd>/<dt>/<p>."""
        if not self.notes:
            return
        note = self.notes[-1]
        sibling = tag in _SIBLINGS.get(note[0], ()) and note[2] == self.list_depth
        if sibling or (note[0] == "p" and tag in _P_ENDERS):
            self.notes.pop()
            self._label_paragraph()

    def _notes_end(self, tag: str) -> None:
        """After an end tag's own paragraph break."""
        self.box_open = False  # clause label_scope: the box ended before a heading
        if tag == "a" and self.note_link:  # clause sup_note_links
            (place, sup, named, word, foot), self.note_link = self.note_link, None
            if sup and named:  # clause sup_note_targets: a note's name
                self._link_mark(place)  # <a href="#FOOT1"><sup>1</sup></a>
            elif word and not self.sups:  # clause bracket_note_links: "[1]", no <sup>
                self._link_mark(place, bracketed=True, spaced=not foot)
            elif self.sups:
                self.sups[-1][1] += 1  # links in the <sup> (clause sup_mark_links_only)
                self.sups[-1][2] = self.sups[-1][2] or named
        elif tag == "sup" and self.sups:
            place, link, named = self.sups.pop()
            if link and named:  # clause sup_note_targets
                self._link_mark(place, links=link)  # <sup><a href="#fn-1">1</a></sup>
        if self.holders and tag == self.holders[-1][0]:  # clause note_list_labels
            self.holders[-1][1] -= 1
            if not self.holders[-1][1]:
                self.holders.pop()
        if tag == self.box_title:
            self.box_title = None
        elif self.label_box and tag in ("div", "aside"):
            self._label_paragraph()  # clause label_scope: an empty box keeps its title
        if tag in _LISTS:
            self.list_depth = max(0, self.list_depth - 1)
            while self.notes and self.notes[-1][2] > self.list_depth:
                self.notes.pop()  # clause label_scope: the list's end ends its items
                self._label_paragraph()
        if self.notes and tag == self.notes[-1][0]:
            self.notes[-1][1] -= 1
            if not self.notes[-1][1]:
                self.notes.pop()
                self._label_paragraph()  # a label with no note text after it
        self._lang_end(tag)  # clause inner_spaced_lang (html_note_marks): after the marks

    def _held_label(self, text: str) -> bool:
        """A paragraph about to be written that is a label: held to open the next one."""
        if self.box_title and "\n" not in text and len(text) < 40:  # admonition_label
            self._label_paragraph()
            if _CJK_END.search(text):  # clause cjk_box_colon
                self.label = f"{text}："
            elif text[-1] in ":.!?：":
                self.label = f"{text} "
            elif primary_language(self.lang) in SPACED_COLON:  # clause box_colon_lang
                self.label = f"{text} : "
            else:
                self.label = f"{text}: "
            self.label_alone, self.label_box = text, True
            return True
        citation = bool(self.notes) and self.notes[-1][3]  # clause citation_key_label
        label = (self.notes or self.note_heading and self.heading) and note_label(text, citation)
        if label and not self.pre:
            self._label_paragraph()
            self.label_alone, self.label_box = text, False  # alone: kept as it was
            self.label = label + " "
            return True
        if self.notes and not (self.pre or self.heading or self.code):
            kept = _backref_list(text, self.note_anchors)  # clause note_backref_list
            if kept != text:
                self.paragraphs.append(kept)
                return True
        return False

    def _write_label(self, data: str) -> None:
        """Before the first text after a held label."""
        if data.strip():
            self.box_open = False  # clause box_heading: text came first
        if not self.label or not data.strip():
            return
        if self.pre:  # a code block keeps its lines: the label is a paragraph
            self._label_paragraph()
        elif self.label_list:  # clause box_title_list: a line before the list
            self.lines[-1].append(self.label.rstrip())
            self.lines.append([])
            self.label, self.label_list = "", False
        else:
            self.lines[-1].append(self.label)
            self.label = ""

    def _label_paragraph(self) -> None:
        self.label_list = False
        if self.label:
            self.paragraphs.append(self.label_alone)
            self.label = ""

    def _note_text(self, words: str) -> None:
        """A dropped noteref's or backlink's text, at its end: what stays of it."""
        if not self.note_back and note_words(words):  # clause note_reference_words
            self.lines[-1].append(words)
        elif not self.note_back and note_label(words):  # clause note_reference_marks
            self._glue_mark(note_label(words))
        elif self.note_back and note_label(words):  # clause note_label_kept
            self.lines[-1].append(words.strip())
