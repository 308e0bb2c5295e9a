"""Clauses of ``transforms.epub_toc`` on EPUBs built here in the shape of real ones: a
calibre conversion of *Moby-Dick* (Gutenberg text; chapter titles in
``<p class="calibre3">``, the NCX naming each chapter's file), a Gutenberg-style book
in one file (a linked contents list, the toc's targets ``book.html#chapNN``), and the
Debian live-manual (SiSU: part pages and chapters all ``<h1>``, the NCX nesting the
chapters under their parts). Each reads through the reader and the structure stage."""

from __future__ import annotations

import io
import zipfile

from schemas import Document
from transforms.clean import clean_text
from transforms.epub import book_in
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
    "<head><title>Moby Dick; Or, The Whale</title></head><body>"
)
TAIL = "</body></html>"
# The first chapters of Moby-Dick (Project Gutenberg #2701): title, opening lines.
MOBY = [
    (
        "Loomings.",
        "Call me Ishmael. Some years ago—never mind how long precisely—having little or no "
        "money in my purse, and nothing particular to interest me on shore, I thought I "
        "would sail about a little and see the watery part of the world.",
    ),
    (
        "The Carpet-Bag.",
        "I stuffed a shirt or two into my old carpet-bag, tucked it under my arm, and "
        "started for Cape Horn and the Pacific. Quitting the good city of old Manhatto, I "
        "duly arrived in New Bedford.",
    ),
    (
        "The Spouter-Inn.",
        "Entering that gable-ended Spouter-Inn, you found yourself in a wide, low, "
        "straggling entry with old-fashioned wainscots, reminding one of the bulwarks of "
        "some condemned old craft.",
    ),
]


def _book(pages: list[tuple[str, str]], ncx: str = "", nav: str = "", title: str = "") -> bytes:
    """An EPUB of ``pages`` ((file name, XHTML) in spine order) with the NCX navMap
    ``ncx`` and/or the nav document's ``<nav epub:type="toc">`` list ``nav``; the
    book's ``title`` in the package's ``dc:title``."""
    items = "".join(
        f'<item id="f{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, (name, _) in enumerate(pages)
    )
    if ncx:
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    if nav:
        items += (
            '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
        )
    spine = "".join(f'<itemref idref="f{i}"/>' for i in range(len(pages)))
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>',
        )
        z.writestr(
            "OEBPS/content.opf",
            '<package xmlns="http://www.idpf.org/2007/opf"><metadata xmlns:dc="http://purl.org/'
            f'dc/elements/1.1/"><dc:title>{title}</dc:title></metadata><manifest>{items}</manifest>'
            f"<spine>{spine}</spine></package>",
        )
        if ncx:
            z.writestr(
                "OEBPS/toc.ncx",
                '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
                f"<navMap>{ncx}</navMap></ncx>",
            )
        if nav:
            z.writestr(
                "OEBPS/nav.xhtml",
                '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/'
                f'2007/ops"><body><nav epub:type="toc"><ol>{nav}</ol></nav></body></html>',
            )
        for name, body in pages:
            z.writestr(f"OEBPS/{name}", body)
    return sink.getvalue()


def _point(n: int, label: str, src: str, inner: str = "") -> str:
    return (
        f'<navPoint id="n{n}" playOrder="{n}"><navLabel><text>{label}</text></navLabel>'
        f'<content src="{src}"/>{inner}</navPoint>'
    )


def _sections(data: bytes, markup=None) -> list:
    """(level, title) of the book's sections; ``markup=()``: the text rules' alone."""
    doc = book_in(data, "book.epub", "book.epub", 10**7)
    assert isinstance(doc, Document)
    text = clean_text(normalize_text(doc.text)).text
    marks = doc.markup_headings if markup is None else markup
    return [(s.level, s.title) for s in analyze_text(text, markup=marks).sections if s.title]


FRONT = [
    "Moby Dick; Or, The Whale",
    "by Herman Melville",
    "ETYMOLOGY.",
    "(Supplied by a Late Consumptive Usher to a Grammar School.)",
    "The pale Usher—threadbare in coat, heart, body, and brain; I see him now.",
    "He was ever dusting his old lexicons and grammars, with a queer handkerchief.",
    "EXTRACTS. (Supplied by a Sub-Sub-Librarian).",
    "CONTENTS",
]


def _calibre(ncx_of, page: int = 0, contents: bool = False) -> bytes:
    """Calibre's split files: the front matter (title page, etymology, the contents
    list when ``contents``), then one file per chapter whose title is a ``<p class="calibre3">`` (after
    the printed page's number ``page``, when given) and whose body paragraphs repeat
    the opening lines."""
    front = FRONT + [t for t, _ in MOBY] if contents else FRONT[:-1]
    pages = [("titlepage.xhtml", HEAD + "".join(f"<p>{line}</p>" for line in front) + TAIL)]
    for i, (title, para) in enumerate(MOBY):
        body = f'<p class="calibre3">{title}</p>' + f'<p class="calibre2">{para}</p>' * 3
        if page:
            body = f'<p class="pagenum">{page + i}</p>' + body
        pages.append((f"index_split_{i:03d}.html", HEAD + body + TAIL))
    return _book(pages, ncx=ncx_of(pages))


def test_toc_adds_the_chapters_calibre_sets_in_paragraphs():
    """Clauses toc_depth, toc_target_line, toc_adds: the NCX names each chapter's file
    and the file opens with that line: a section each (the text rules find none of
    "Loomings." ...); the title page's entry, whose label is no line of its file
    ("Title Page"), adds nothing."""
    points = [_point(1, "Title Page", "titlepage.xhtml")]
    points += [_point(i + 2, t, f"index_split_{i:03d}.html") for i, (t, _) in enumerate(MOBY)]
    assert _sections(_calibre(lambda pages: "".join(points))) == [(1, t) for t, _ in MOBY]


def test_toc_target_line_only_the_first_lines_of_the_target():
    """Clause toc_target_line: an entry whose label is a line of its file but not at
    its start adds nothing: a toc pointing "Loomings." at the front matter (as one
    made from a plain text's contents list does) names the contents list's line, not
    a chapter; the book keeps the sections of its chapters' own entries."""
    points = [_point(1, "Loomings.", "titlepage.xhtml")]
    points += [_point(i + 2, t, f"index_split_{i:03d}.html") for i, (t, _) in enumerate(MOBY)]
    book = _calibre(lambda pages: "".join(points), contents=True)
    assert _sections(book) == [(1, t) for t, _ in MOBY]


def test_toc_no_chapters_one_start_entry_adds_nothing():
    """Clause toc_no_chapters: a toc of one "Start" entry (calibre's for a book it could
    not split) states no chapters; nor, by toc_target_line, does a toc of the printed
    pages' numbers (the number is no line of its own once cleaned): the text rules'
    sections stay."""
    start = _point(1, "Loomings.", "index_split_000.html")
    assert _sections(_calibre(lambda pages: start)) == []
    pages = "".join(_point(i + 1, str(i + 7), f"index_split_{i:03d}.html") for i in range(3))
    book = _calibre(lambda _: pages, page=7)
    assert _sections(book) == _sections(book, markup=())


def test_toc_target_line_not_the_contents_list_line():
    """Clause toc_target_line: in a Gutenberg-style book in one file, the toc's targets
    are anchors; the chapter opens at the anchored title, not at the contents list's
    link line with the same words (the first such line of the text)."""
    links = "<br/>".join(f'<a href="#chap{i}">{t}</a>' for i, (t, _) in enumerate(MOBY))
    body = [f'<p class="toc">CONTENTS</p><p class="toc">{links}</p>']
    for i, (title, para) in enumerate(MOBY):
        body.append(f'<div class="chapter" id="chap{i}"><p class="ch">{title}</p></div>')
        body.append(f"<p>{para}</p>" * 3)
    book = _book(
        [("book.html", HEAD + "".join(body) + TAIL)],
        ncx="".join(_point(i + 1, t, f"book.html#chap{i}") for i, (t, _) in enumerate(MOBY)),
    )
    doc = book_in(book, "book.epub", "book.epub", 10**7)
    text = clean_text(normalize_text(doc.text)).text
    sections = [s for s in analyze_text(text, markup=doc.markup_headings).sections if s.title]
    assert [s.title for s in sections] == [t for t, _ in MOBY]
    assert text[sections[0].start :].split("\n", 3)[2].startswith("Call me Ishmael.")


LIVE_PARTS = [
    ("About", [("1. About this manual", "1.1 For the impatient")]),
    ("User", [("4. The basics", "4.1 What is a live system?")]),
]
LIVE_TEXT = (
    "A live system usually means an operating system booted on a computer from a "
    "removable medium, such as a CD-ROM or USB stick, or from a network, ready to use "
    "without any installation on the usual drive(s), with auto-configuration done at "
    "run time."
)

# Its parts, chapters and sections as the toc nests them: (level, title).
LIVE_LEVELS = [
    (1, "About"),
    (2, "1. About this manual"),
    (3, "1.1 For the impatient"),
    (1, "User"),
    (2, "4. The basics"),
    (3, "4.1 What is a live system?"),
]


def _live_manual(after: str = "") -> tuple[list, str, str]:
    """The live-manual's shape: parts and chapters all in <h1>, each chapter with an
    <h2> section and three paragraphs (then ``after``); its pages, NCX points and nav
    items, both nesting the chapters under their parts."""
    pages, ncx, nav, n = [], "", "", 0
    for p, (part, chapters) in enumerate(LIVE_PARTS):
        pages.append((f"part{p}.xhtml", f"{HEAD}<h1>{part}</h1>{TAIL}"))
        inner, items = "", ""
        for c, (chapter, section) in enumerate(chapters):
            body = f"<h1>{chapter}</h1><h2>{section}</h2>" + f"<p>{LIVE_TEXT}</p>" * 3
            pages.append((f"ch{p}{c}.xhtml", HEAD + body + after + TAIL))
            n += 1
            inner += _point(n + 10, chapter, f"ch{p}{c}.xhtml")
            items += f'<li><a href="ch{p}{c}.xhtml">{chapter}</a></li>'
        ncx += _point(n, part, f"part{p}.xhtml", inner)
        nav += f'<li><a href="part{p}.xhtml">{part}</a><ol>{items}</ol></li>'
    return pages, ncx, nav


def test_toc_nesting_puts_the_parts_over_their_chapters():
    """Clause toc_nesting: the live-manual sets its part pages ("About", "User") and
    its chapters in <h1> (one level: the parts ranked as chapters); its NCX nests the
    chapters under the parts, in nav and NCX alike: parts, chapters, sections."""
    pages, ncx, nav = _live_manual()
    want = LIVE_LEVELS
    assert _sections(_book(pages, ncx=ncx)) == want
    assert _sections(_book(pages, nav=nav)) == want


def test_toc_title_root_the_book_title_over_every_part_nests_nothing():
    """Clause toc_title_root: the live-manual's NCX puts one entry, the book's title
    "Live Systems Manual" (its title page), over all the parts, beside a childless
    "Table of Contents": the parts stay at level 1 under the title page's heading, not 2."""
    pages, ncx, nav = _live_manual()
    pages.insert(0, ("title.xhtml", f"{HEAD}<h1>Live Systems Manual</h1>{TAIL}"))
    ncx = _point(90, "Table of Contents", "title.xhtml") + _point(
        91, "Live Systems Manual", "title.xhtml", ncx
    )
    nav = (
        '<li><a href="title.xhtml">Table of Contents</a></li>'
        f'<li><a href="title.xhtml">Live Systems Manual</a><ol>{nav}</ol></li>'
    )
    want = [(1, "Live Systems Manual"), *LIVE_LEVELS]
    assert _sections(_book(pages, ncx=ncx, title="Live Systems Manual")) == want
    assert _sections(_book(pages, nav=nav, title="Live Systems Manual")) == want
    # a root that is not the book's title (one part over all chapters) keeps its nesting
    assert _sections(_book(pages, ncx=ncx, title="Another Book"))[1] == (2, "About")


def test_toc_before_text_a_dialogue_line_is_no_title():
    """Clause toc_before_text: the third chapter's title is an image; its toc label's
    words come back as a line of dialogue after the chapter's first paragraph: that
    line is text, not the title (a line of 20+ words before it ends the title lines)."""
    points = "".join(_point(i + 1, t, f"index_split_{i:03d}.html") for i, (t, _) in enumerate(MOBY))

    book = _calibre(lambda pages: points)
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        files = {n: z.read(n).decode() for n in z.namelist()}
    title, para = MOBY[2]
    files["OEBPS/index_split_002.html"] = (
        f'{HEAD}<div><img src="t.png" alt=""/></div><p class="calibre2">{para}</p>'
        f'<p class="calibre2">\u201c{title}\u201d</p>'
        + f'<p class="calibre2">{para}</p>' * 2
        + TAIL
    )
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    assert _sections(sink.getvalue()) == [(1, t) for t, _ in MOBY[:2]]


def test_toc_nesting_sibling_an_untracked_tag_ranks_with_the_toc_line_before_it():
    """Clause toc_nesting_sibling: the live-manual shape (parts and chapters all <h1>,
    the NCX nesting chapters under parts) with an <h1>Notes</h1> closing each chapter,
    not in the toc: it ranks with its chapter (the last toc line in <h1> before it),
    not with the parts (the next chapter would sit under the notes)."""
    pages, ncx, _ = _live_manual(after=f"<h1>Notes</h1><p>{LIVE_TEXT}</p>")
    found = _sections(_book(pages, ncx=ncx))
    assert [(level, title) for level, title in found if title != "Notes"] == LIVE_LEVELS
    assert [level for level, title in found if title == "Notes"] == [2, 2]


def test_toc_one_pass_a_big_one_file_book_reads_in_linear_time(monkeypatch):
    """Clause toc_one_pass: a Gutenberg-style book in one file with 2,000 anchored
    chapter titles in its toc (an encyclopedia, a dictionary): the anchors are found in
    one scan and each character of the file is turned into text once (before: a search
    of the whole file per entry and a count over all earlier lines, minutes on such a
    book). Counted, not timed: the work must not grow with the number of entries."""
    from transforms import epub_toc

    paras = [p for _, p in MOBY]
    body, points = [], []
    for i in range(2000):
        body.append(f'<p class="ch" id="e{i}">Entry {i} of the book</p>')
        body.append(f"<p>{paras[i % 3]}</p>" * 2)
        points.append(_point(i + 1, f"Entry {i} of the book", f"book.html#e{i}"))
    html = HEAD + "".join(body) + TAIL
    book = _book([("book.html", html)], ncx="".join(points))
    scans, converted = [], []
    anchors, chapter_lines = epub_toc._anchors, epub_toc._chapter_lines

    def counting_anchors(markup):
        scans.append(len(markup))
        return anchors(markup)

    def counting_lines(entries, markup, text, to_text):
        def counted(part, **kw):
            converted.append(len(part))
            return to_text(part, **kw)

        return chapter_lines(entries, markup, text, counted)

    monkeypatch.setattr(epub_toc, "_anchors", counting_anchors)
    monkeypatch.setattr(epub_toc, "_chapter_lines", counting_lines)
    doc = book_in(book, "book.epub", "book.epub", 10**8)
    assert len(scans) == 1  # one anchor scan of the one file, not one per entry
    assert sum(converted) <= len(html)  # each character turned into text at most once
    assert len(doc.markup_headings) == 2000
    assert doc.markup_headings[1999].title == "Entry 1999 of the book"


# The Chessmen of Mars (Project Gutenberg #1153): its contents list and first chapters.
TARA_CONTENTS = [
    "PRELUDE - John Carter Comes to Earth",
    "I Tara in a Tantrum",
    "II At the Gale's Mercy",
    "III The Headless Humans",
]
TARA = [
    (
        "CHAPTER I",
        "TARA IN A TANTRUM",
        "Tara of Helium rose from the pile of silks and soft furs upon which she had been "
        "reclining, stretched her lithe body languidly, and crossed toward the center of "
        "the room, where, above a large table, a bronze disc depended from the low ceiling.",
    ),
    (
        "CHAPTER II",
        "AT THE GALE'S MERCY",
        "Tara of Helium did not return to her father's guests, but awaited in her own "
        "apartments the word from Djor Kantos which she knew must come, begging her to "
        "return to the gardens. She would then refuse, haughtily.",
    ),
    (
        "CHAPTER III",
        "THE HEADLESS HUMANS",
        "Above the roof of the palace that housed the Jed of Gathol and his entourage, the "
        "cruiser Vanator tore at her stout moorings. The groaning tackle bespoke the mad "
        "fury of the gale.",
    ),
]


def test_toc_contents_targets_a_toc_into_the_contents_page_names_no_chapters():
    """Clause toc_contents_targets: a converter cut the book at its contents list, so
    the NCX targets an anchor on each of the list's lines ("I Tara in a Tantrum"):
    those four lines in a row are a contents page, not chapters; the book keeps the
    text rules' "CHAPTER I TARA IN A TANTRUM" ... and no section per contents line."""
    front = ["THE CHESSMEN OF MARS", "by Edgar Rice Burroughs", "CONTENTS", *TARA_CONTENTS]
    title = "".join(f'<p class="calibre1" id="c{i}">{line}</p>' for i, line in enumerate(front))
    pages = [("titlepage.xhtml", HEAD + title + TAIL)]
    for i, (number, name, para) in enumerate(TARA):
        body = f'<p class="calibre3">{number}</p><p class="calibre3">{name}</p>'
        pages.append((f"index_split_{i:03d}.html", HEAD + body + f"<p>{para}</p>" * 3 + TAIL))
    ncx = "".join(
        _point(i, line, f"titlepage.xhtml#c{i + 3}") for i, line in enumerate(TARA_CONTENTS)
    )
    book = _book(pages, ncx=ncx)
    want = [(1, f"{number} {name}") for number, name, _ in TARA]
    assert _sections(book) == _sections(book, markup=()) == want


def test_toc_two_lines_a_label_over_two_lines_opens_the_chapter_with_its_title_joined():
    """Clause toc_two_lines: the book sets each chapter's number as a word ("Two") and
    its title ("At the Gale's Mercy", the contents list's casing) in two paragraphs;
    its NCX labels the chapter "Two At the Gale's Mercy": the first line opens the
    chapter, titled with both (the text rules alone find none of them)."""
    pages, ncx, want = [], "", []
    for i, (number, entry) in enumerate(
        zip(["One", "Two", "Three"], TARA_CONTENTS[1:], strict=True)
    ):
        name, para = entry.split(" ", 1)[1], TARA[i][2]
        body = f'<p class="calibre3">{number}</p><p class="calibre3">{name}</p>'
        pages.append((f"index_split_{i:03d}.html", HEAD + body + f"<p>{para}</p>" * 3 + TAIL))
        ncx += _point(i, f"{number} {name}", f"index_split_{i:03d}.html")
        want.append((1, f"{number} {name}"))
    assert want[1] == (1, "Two At the Gale's Mercy")
    book = _book(pages, ncx=ncx)
    assert _sections(book, markup=()) == []
    assert _sections(book) == want


# calibre's Quick Start Guide (Debian package calibre, eng.epub): its title page, chapters.
QUICK_TITLE = (
    '<h1 class="center">Calibre Quick Start Guide</h1><h2 class="center">Fourth Edition</h2>'
    '<p><br/></p><h3 class="center">By: John Schember</h3><p><br/><br/></p>'
    '<p class="center">Copyright © 2010-2014 John Schember</p>'
    '<p class="center">Licensed under a Creative Commons Attribution-ShareAlike 4.0 '
    "International License.</p>"
)
QUICK = [
    (
        "Introduction",
        "Calibre is an open source e-book management tool. Simply put, calibre allows you "
        "to organize your e-book library, convert e-books to various formats, and interact "
        "with your e-book reader, all in an intuitive and friendly manner.",
    ),
    (
        "Installing calibre",
        "The installation processes starts by downloading the installer for your operating "
        "system. Run the installer; when it finishes, launch calibre. You will be greeted "
        "with a welcome wizard, that will help you initially configure calibre.",
    ),
]


def test_title_page_tags_the_edition_and_byline_of_a_title_page_are_no_sections():
    """Clause title_page_tags: the guide's title page (toc entry "Calibre Quick Start
    Guide", its <h1>) sets "Fourth Edition" in <h2> and "By: John Schember" in <h3>,
    with no paragraph of text: they stay lines of the title page, not sections; a
    chapter's <h2> under its text-bearing <h1> stays a section."""
    pages = [("internal_titlepage.xhtml", HEAD + QUICK_TITLE + TAIL)]
    ncx = _point(1, "Calibre Quick Start Guide", "internal_titlepage.xhtml")
    for i, (title, para) in enumerate(QUICK):
        body = f"<h1>{title}</h1><p>{para}</p>" + (f"<h2>Requirements</h2><p>{para}</p>" * i)
        pages.append((f"ch{i}.xhtml", HEAD + body + TAIL))
        ncx += _point(i + 2, title, f"ch{i}.xhtml")
    assert _sections(_book(pages, ncx=ncx)) == [
        (1, "Calibre Quick Start Guide"),
        (1, "Introduction"),
        (1, "Installing calibre"),
        (2, "Requirements"),
    ]
