"""Rules of ``transforms.markup_headings`` on EPUBs and an HTML page built here in
the shape of real ones: the Debian live-manual ja EPUB (SiSU markup: an index page
whose contents entries are ``<h1>``/``<h4>``/``<h5>``, chapters opening with
``<h1 class="norm">`` "1. このマニュアルについて", sections in ``<p class="bold">``; the
text rules find none of them) and a web page with site headings ("Related articles").
Each reads through the reader and the structure stage as ``longctx dataset`` does."""

from __future__ import annotations

import dataclasses
import io
import zipfile

from schemas import Document
from transforms.clean import clean_text
from transforms.epub import book_in
from transforms.inputs import InputFile
from transforms.markup_headings import with_markup_headings
from transforms.normalize import normalize_text
from transforms.read import read_file
from transforms.structure import analyze_text

HEAD = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Live システムマニュアル</title>
<meta http-equiv='Content-Type' content='text/html; charset=utf-8' /></head>
<body lang="ja"><div class="content">"""
TAIL = "</div></body></html>"
CHAPTERS = [
    (
        "1. このマニュアルについて",
        [
            (
                "1.1 せっかちな人向け",
                "このマニュアルの最初の部分ではシステムの構築方法を簡単に説明していますが、"
                "詳細については後の章で詳しく説明しますので必ずお読みください。",
            ),
            (
                "1.2 用語",
                "Live システムとは、ハードディスクのような記憶装置にインストールすることなく"
                "起動可能なオペレーティングシステムのことを一般的に意味します。",
            ),
        ],
    ),
    (
        "2. Live システムプロジェクトについて",
        [
            (
                "2.1 動機",
                "現在の Live システムの問題点として、多くのシステムが Debian を元にしていながら"
                "独自の変更を加えていることが挙げられ、これは利用者にとって不便です。",
            ),
            (
                "2.2 哲学",
                "このプロジェクトでは Debian の main にある変更しないパッケージのみを使い、"
                "利用者が自分の Live システムを作れるようにすることを目指しています。",
            ),
        ],
    ),
]


def _index() -> str:
    entries = []
    for title, sections in CHAPTERS:
        entries.append(f'<h4 class="toc"><a href="c.xhtml">\n    {title}\n  </a></h4>')
        entries += [f'<h5 class="toc"><a href="c.xhtml">{s}</a></h5>' for s, _ in sections]
    return f'{HEAD}<h1 class="toc">About</h1>\n' + "\n".join(entries) + TAIL


def _chapter(title: str, sections) -> str:
    body = [f'<div class="substance"><h1 class="norm" id="o4">\n    {title}\n  </h1></div>']
    for heading, para in sections:
        body.append(f'<div class="substance"><p class="bold">{heading}</p></div>')
        body.append(f'<div class="substance"><p class="i0">{para}</p></div>')
        body.append(f'<div class="substance"><p class="i0">{para}</p></div>')
    return HEAD + "\n".join(body) + TAIL


def _epub_of(pages: list[str], root: str = "") -> bytes:
    """An EPUB (no mimetype member: as the live-manual EPUBs) whose spine is ``pages``,
    its package file in folder ``root``."""
    items = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(len(pages))
    )
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(pages)))
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            f'<rootfile full-path="{root}content.opf"/></rootfiles></container>',
        )
        z.writestr(
            f"{root}content.opf",
            f'<package xmlns="http://www.idpf.org/2007/opf"><manifest>{items}</manifest>'
            f"<spine>{spine}</spine></package>",
        )
        for i, body in enumerate(pages):
            z.writestr(f"{root}c{i}.xhtml", body)
    return sink.getvalue()


def _epub() -> bytes:
    return _epub_of([_index()] + [_chapter(t, s) for t, s in CHAPTERS], "OEBPS/")


def _sections(doc: Document, markup=None) -> list:
    text = clean_text(normalize_text(doc.text)).text
    marks = doc.markup_headings if markup is None else markup
    return [(s.level, s.title) for s in analyze_text(text, markup=marks).sections if s.title]


def test_epub_chapters_the_text_rules_miss():
    """Rules markup_chapters, markup_contents, markup_levels: the chapters' <h1> open
    sections at the top level, the index page's <h5> entries name the sections set
    in <p class="bold"> one level down; the index page itself opens none."""
    doc = book_in(_epub(), "live-manual.ja.epub", "live-manual.ja.epub", 10**7)
    assert isinstance(doc, Document) and doc.markup_headings
    assert _sections(doc, markup=()) == []  # the text rules alone: no section at all
    assert _sections(doc) == [
        (1, "1. このマニュアルについて"),
        (2, "1.1 せっかちな人向け"),
        (2, "1.2 用語"),
        (1, "2. Live システムプロジェクトについて"),
        (2, "2.1 動機"),
        (2, "2.2 哲学"),
    ]
    text = clean_text(normalize_text(doc.text)).text
    first = analyze_text(text, markup=doc.markup_headings).sections[2]  # 1.1
    assert "このマニュアルの最初の部分" in text[first.start : first.end]  # the body, not the index


def test_contents_page_alone_opens_no_sections():
    """Rule markup_line: a heading whose line cleaning lost or doubled (counts differ)
    is not used; with the chapters' own headings gone, the index entries name no line."""
    doc = book_in(_epub(), "live-manual.ja.epub", "live-manual.ja.epub", 10**7)
    moved = tuple(dataclasses.replace(m, before=m.before + 1) for m in doc.markup_headings)
    assert _sections(doc, markup=moved) == []


PAGE = """<!DOCTYPE html><html><head><title>Notes on packaging | Example Site</title></head>
<body><div class="site"><h1>Example Site</h1></div>
<div class="post"><h2>Notes on packaging</h2>
<p>A source package holds the upstream tarball and the debian directory, which
describes how to build the binary packages from it and who maintains them.</p>
<p>The changelog records every upload with its version, distribution and urgency;
the maintainer scripts run when a package is installed, upgraded or removed.</p>
</div><div class="widget"><h2>Related articles</h2><p>Building with sbuild</p>
<p>Using pbuilder</p><h3>Tags</h3><p>debian, packaging</p></div></body></html>"""


def test_page_headings_add_no_sections(tmp_path):
    """Rule page_headings_relevel: an HTML page's h-tags ("Example Site", "Related
    articles", "Tags") are recorded but add no section (as an EPUB's would)."""
    path = tmp_path / "notes.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "notes.html"))
    assert [m.title for m in doc.markup_headings] == [
        "Example Site", "Notes on packaging", "Related articles", "Tags"
    ]  # fmt: skip
    assert _sections(doc) == _sections(doc, markup=())
    as_book = tuple(dataclasses.replace(m, source="epub") for m in doc.markup_headings)
    assert len(_sections(doc, markup=as_book)) > len(_sections(doc))


def test_no_markup_headings_for_plain_input(tmp_path):
    path = tmp_path / "book.txt"
    path.write_text("CHAPTER I\n\nIt was a dark night.\n", encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "book.txt"))
    assert doc.markup_headings == ()


TALE = [
    ("BOOK I.", None),
    (
        "CHAPTER I. The Period",
        "It was the best of times, it was the worst of times, it was the age of "
        "wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of "
        "incredulity, it was the season of Light, it was the season of Darkness.",
    ),
    (
        "A Note on the Calendar",
        "The dates of this history are those of the Gregorian calendar, "
        "which both England and France followed in the years in which it is set down here.",
    ),
    (
        "CHAPTER II. The Mail",
        "It was the Dover road that lay, on a Friday night late in "
        "November, before the first of the persons with whom this history has business.",
    ),
    ("BOOK II.", None),
    (
        "CHAPTER I. Five Years Later",
        "Tellson's Bank by Temple Bar was an old-fashioned place, "
        "even in the year one thousand seven hundred and eighty.",
    ),
]


def _gutenberg_epub() -> bytes:
    """Every heading in <h2>, as Project Gutenberg's EPUBs (and gutepub) set them."""
    body = []
    for title, para in TALE:
        body.append(f"<h2>{title}</h2>")
        if para:
            body += [f"<p>{para}</p>", f"<p>{para}</p>"]
    return _epub_of([HEAD + "\n".join(body) + TAIL])


def test_added_heading_takes_its_siblings_rank():
    """Clause sibling_rank: in markup of one level, the text rules' books stay over
    their chapters, and the <h2> they miss ("A Note on the Calendar") is a chapter
    like the next one, not a book."""
    doc = book_in(_gutenberg_epub(), "tale.epub", "tale.epub", 10**7)
    found = _sections(doc, markup=())
    assert "A Note on the Calendar" not in [t for _, t in found] and (1, "BOOK I.") in found
    assert _sections(doc) == [
        (1, "BOOK I."),
        (2, "CHAPTER I. The Period"),
        (2, "A Note on the Calendar"),
        (2, "CHAPTER II. The Mail"),
        (1, "BOOK II."),
        (2, "CHAPTER I. Five Years Later"),
    ]


def test_longctx_dataset_sections_of_an_epub_come_from_its_markup(tmp_path, tiny_tokenizer_path):
    """End to end: the markup headings cross the pipeline's stages (Document field
    ``markup_headings``) and make the documents output's sections."""
    from pipeline.build import run
    from pipeline.reading import documents

    inputs = tmp_path / "books"
    inputs.mkdir()
    (inputs / "live-manual.ja.epub").write_bytes(_epub())
    out = tmp_path / "out"
    run(["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path,
         "--windows", "16,32"])  # fmt: skip
    sections = documents(str(out)).column("sections").to_pylist()[0]
    titled = [(s["level"], s["title"]) for s in sections if s["title"]]
    assert titled[:3] == [
        (1, "1. このマニュアルについて"),
        (2, "1.1 せっかちな人向け"),
        (2, "1.2 用語"),
    ]


SPHINX_PARA = (
    "The maintainer of a package is the person or team responsible for it; the "
    "Maintainer control field names them with an email address that accepts mail."
)
POLICY = [
    ("About this manual", ["Scope", "New versions of this document"]),
    ("The Debian Archive", ["Archive areas", "Copyright considerations"]),
    ("Binary packages", ["The package name", "The version of a package"]),
    ("Source packages", ["Standards conformance", "Package relationships"]),
]


def _sphinx_chapter(n: int, title: str, subs, notes: str = "footnote brackets") -> str:
    """A chapter as Sphinx writes the Debian Policy EPUB: <h1>/<h2> with section
    numbers, and footnotes as a <dl> whose labels are bare numbers (``notes``: the
    <dl>'s class; "simple" is a plain list of numbered terms, no footnotes)."""
    body = [f'<h1><span class="section-number">{n}. </span>{title}</h1><p>{SPHINX_PARA}</p>']
    for k, sub in enumerate(subs, 1):
        body.append(
            f'<section><h2><span class="section-number">{n}.{k}. </span>{sub}</h2><p>'
            f'{SPHINX_PARA} <a class="footnote-reference brackets" href="#f{k}">{k}</a></p>'
            f"<p>{SPHINX_PARA}</p></section>"
        )
    body.append(f'<dl class="{notes}">')
    body += [
        f'<dt class="label" id="f{k}"><span class="brackets"><a class="fn-backref" '
        f'href="#r{k}">{k}</a></span></dt><dd><p>{SPHINX_PARA}</p></dd>'
        for k in range(1, len(subs) + 1)
    ]
    return HEAD + "\n".join(body) + "</dl>" + TAIL


def test_unmarked_text_headings_sit_under_the_markup():
    """Clause unmarked_under (review): the footnote labels "1", "2" the text rules
    take for headings (no h-tag names them, their rank is below the confirmed <h1>
    chapters) sit under the deepest markup level, not between <h1> and <h2>, where
    they made the chapter's <h2> sections ("1.1. Scope") children of a footnote."""
    # Since clause note_label_joins (transforms.html_notes) a footnote's label opens its
    # note ("[1] ..."), no heading; the lines "1", "2" here are a plain <dl>'s terms.
    notes = [_sphinx_chapter(n, t, subs) for n, (t, subs) in enumerate(POLICY, 1)]
    doc = book_in(_epub_of(notes), "policy.epub", "policy.epub", 10**7)
    assert (3, "1") not in _sections(doc) and (2, "1") not in _sections(doc, markup=())
    pages = [_sphinx_chapter(n, t, subs, "simple") for n, (t, subs) in enumerate(POLICY, 1)]
    doc = book_in(_epub_of(pages), "policy.epub", "policy.epub", 10**7)
    # Since rule numbered_run (session 23) the text rules alone find the <h2> "1.1. Scope"
    # too (the terms "1", "2" were level 2, under the chapter, before).
    assert _sections(doc, markup=())[:3] == [(1, "1. About this manual"), (2, "1.1. Scope"),
                                             (2, "1.2. New versions of this document")]  # fmt: skip
    assert _sections(doc)[:5] == [
        (1, "1. About this manual"),
        (2, "1.1. Scope"),
        (2, "1.2. New versions of this document"),
        (3, "1"),
        (3, "2"),
    ]
    assert [t for level, t in _sections(doc) if level == 1] == [
        f"{n}. {t}" for n, (t, _) in enumerate(POLICY, 1)
    ]


EXPAT_PARA = (
    "<p>Expat is a stream-oriented parser. You register callback (or handler) functions "
    "with the parser and then start feeding it the document. As the parser recognizes "
    "parts of the document, it will call the appropriate handler for that part.</p>"
)
EXPAT_FUNCTIONS = ["XML_ParserCreate", "XML_ParserFree", "XML_Parse", "XML_StopParser"]


def test_heading_is_the_set_off_line_not_its_contents_entry(tmp_path):
    """Clause heading_place (review): a page shaped like expat's reference.html, whose
    contents list links "Overview" before the <h2>Overview</h2>: the h-tag is the line
    with the reader's heading gap, not the link line, so "Overview" is re-levelled
    with its sibling <h2> "Using Expat" (it sat at the <h4> functions' level)."""
    toc = "".join(f'<li><a href="#{f}">{f}</a></li>' for f in EXPAT_FUNCTIONS)
    functions = "".join(f'<h4><a name="{f}">{f}</a></h4>{EXPAT_PARA}' for f in EXPAT_FUNCTIONS)
    page = (
        "<!DOCTYPE html><html><head><title>Expat XML Parser</title></head><body>"
        f"<h1>The Expat XML Parser</h1>{EXPAT_PARA}<h2>Table of Contents</h2><ul>"
        '<li><a href="#overview">Overview</a></li>'
        '<li><a href="#building">Building and Installing</a></li>'
        '<li><a href="#using">Using Expat</a></li><li><a href="#reference">Reference</a><ul>'
        f'<li><a href="#creation">Parser Creation Functions</a><ul>{toc}</ul></li></ul></li></ul>'
        f'<hr /><h2><a name="overview">Overview</a></h2>{EXPAT_PARA}{EXPAT_PARA}'
        f'<hr /><h2><a name="building">Building and Installing Expat</a></h2>{EXPAT_PARA}'
        f'<hr /><h2><a name="using">Using Expat</a></h2>{EXPAT_PARA}{EXPAT_PARA}'
        '<hr /><h2><a name="reference">Reference</a></h2>'
        f'<h3><a name="creation">Parser Creation</a></h3>{functions}</body></html>'
    )
    path = tmp_path / "reference.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "reference.html"))
    overview = next(m for m in doc.markup_headings if m.title == "Overview")
    assert (overview.before, overview.after) == (1, 0)  # the second "Overview" line
    assert _sections(doc) == [
        (1, "Overview"),
        (1, "Using Expat"),
        (1, "Reference"),
        *[(2, f) for f in EXPAT_FUNCTIONS],
    ]


DOCBOOK_PARA = (
    "The Debian Project was officially founded by Ian Murdock on August 16th, 1993. "
    "Until that point, the concept of a distribution of Linux was new."
)
DOCBOOK = [
    ("Chapter\xa01.\xa0Introduction -- What is the Debian Project?", 1),
    ("1.1.\xa0In the Beginning", 3),
    ("1.2.\xa0Pronouncing Debian", 2),
    ("Chapter\xa02.\xa0Leadership", 2),
    ("Chapter\xa03.\xa0Debian Releases", 2),
    ("Chapter\xa04.\xa0A Detailed History", 1),
    ("4.1.\xa0The 0.x Releases", 3),
    ("4.2.\xa0The 1.x Releases", 2),
]


def test_added_heading_under_a_chapter_by_its_number_depth():
    """Clause number_depth (review): DocBook's EPUB stylesheet (the Debian
    project-history EPUBs) sets chapters and their sections both in <h1 class="title">;
    a section "1.1. In the Beginning" the text rules miss sits under "Chapter 1.", not
    with the chapters (it took its next sibling "Chapter 2."'s rank)."""
    pages = [
        f'{HEAD}<h1 class="title"><a id="s{k}"/>{title}</h1>'
        + f"<p>{DOCBOOK_PARA}</p>" * paragraphs
        + TAIL
        for k, (title, paragraphs) in enumerate(DOCBOOK)
    ]
    doc = book_in(_epub_of(pages), "project-history.en.epub", "ph.epub", 10**7)
    found = [t for _, t in _sections(doc, markup=())]
    assert "1.1. In the Beginning" not in found and "Chapter 2. Leadership" in found
    assert [level for level, _ in _sections(doc)] == [1, 2, 2, 1, 1, 1, 2, 2]


def test_contents_page_headings_the_index_entries_open_no_sections():
    """Clause contents_page_headings: the live-manual's index page sets its entries in
    h-tags with the reader's heading gap around each, and the text rules took its 19
    numbered chapter entries for headings (18-20 sections of 6-30 characters before
    the real chapters, in every language). A heading the text rules found on a
    contents page that markup_contents reads opens no section; the chapters' own
    heading lines (the entries' targets) keep theirs."""
    from transforms.sections import Heading

    doc = book_in(_epub(), "live-manual.ja.epub", "live-manual.ja.epub", 10**7)
    text = clean_text(normalize_text(doc.text)).text
    chapters = [title for title, _ in CHAPTERS]
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip() in chapters:
            lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    assert [t for _, _, t in lines] == chapters * 2  # on the index page, then the body
    # the text rules' headings as they were on the real book: every numbered line
    found = [Heading(a, b, t, "numbered", 38) for a, b, t in lines]
    kept = with_markup_headings(text, found, doc.markup_headings)
    titles = [(h.title, h.start) for h in kept]
    index_starts = {a for a, _, _ in lines[: len(chapters)]}
    assert not index_starts & {start for _, start in titles}  # no index entry opens one
    assert [t for t, _ in titles if t in chapters] == chapters  # the body's own headings


PROSE = (
    "<p>It was a long and quiet evening when the travellers came down the hill towards "
    "the town, and nobody in the houses along the road took any notice of them.</p>"
)


def _titles(pages: list[str]) -> list:
    doc = book_in(_epub_of([HEAD + page + TAIL for page in pages]), "b.epub", "b.epub", 10**7)
    return [title for _, title in _sections(doc)]


def test_naming_entries_only_and_heading_of_text_keep_real_headings():
    """Clauses naming_entries_only and heading_of_text of contents_page_headings: a run
    of 4+ h-lines with no text between that markup_contents reads as a contents page
    loses only the headings of its entries that name a later line. A part page's
    "PART ONE" over the chapter titles it lists in <h3> names no line and stays; a
    volume's repeated title page ("THE WIDE VALLEY", "BY JOHN SMITH", "VOLUME I",
    "CHAPTER I", chapters starting at I again in volume II) reads as entries naming
    volume II's lines, yet its last line, with text next, is chapter I's heading."""
    parts = [("PART ONE", ["The Crossing", "The Town"]), ("PART TWO", ["The Flood", "The Return"])]
    pages = []
    for part, chapters in parts:
        pages.append(f"<h1>{part}</h1>" + "".join(f"<h3>{c}</h3>" for c in chapters))
        pages += [f"<h2>{c}</h2>" + PROSE * 3 for c in chapters]
    found = _titles(pages)
    assert found.count("PART ONE") == 1 and found.count("PART TWO") == 1
    assert [t for t in found if t.startswith("The ")] == [c for _, cs in parts for c in cs]
    pages = []
    for volume in ["VOLUME I", "VOLUME II"]:
        pages.append(f"<h1>THE WIDE VALLEY</h1><h2>BY JOHN SMITH</h2><h2>{volume}</h2>")
        pages += [f"<h2>{c}</h2>" + PROSE * 3 for c in ["CHAPTER I", "CHAPTER II", "CHAPTER III"]]
    found = _titles(pages)
    assert "VOLUME I" in found and "VOLUME II" in found
    assert found.count("CHAPTER I") == 2 and found.count("CHAPTER II") == 2


def test_number_depth_reads_colon_numbers():
    """Clause number_depth: a dotted number closed by a colon ("1.1:\xa0In the
    Beginning", as calibre's and some DocBook stylesheets write section numbers) counts
    its parts as "1.1." does: the section the text rules miss sits under its chapter."""
    colon = [(t.replace(".\xa0", ":\xa0", 1) if t[0].isdigit() else t, n) for t, n in DOCBOOK]
    pages = [
        f'{HEAD}<h1 class="title"><a id="s{k}"/>{title}</h1>'
        + f"<p>{DOCBOOK_PARA}</p>" * paragraphs
        + TAIL
        for k, (title, paragraphs) in enumerate(colon)
    ]
    doc = book_in(_epub_of(pages), "project-history.en.epub", "ph.epub", 10**7)
    found = [t for _, t in _sections(doc, markup=())]
    assert "1.1: In the Beginning" not in found and "Chapter 2. Leadership" in found
    assert [level for level, _ in _sections(doc)] == [1, 2, 2, 1, 1, 1, 2, 2]


# Pliny's Natural History (Bostock and Riley, Gutenberg #62704): its title page, openings.
PLINY_TITLE = ["THE NATURAL HISTORY OF PLINY.", "TRANSLATED, BY THE LATE JOHN BOSTOCK, M.D."]
PLINY = [
    (
        "BOOK XXXII.",
        "Following the proper order of things, we have now arrived at the culminating point "
        "of the wonders manifested to us by the operations of Nature.",
    ),
    (
        "BOOK XXXIII.",
        "We are now about to speak of metals, of actual wealth, the standard of comparative "
        "value, objects for which we diligently search, within the earth, in numerous ways.",
    ),
]


def test_repeated_title_page_is_no_contents_page():
    """Clause repeated_title_page: a book in volumes repeats its title page (title,
    translator, "VOL. V." / "VOL. VI.") before each volume's books; volume V's page
    names volume VI's page lines, which are a run themselves (no text between): a
    repeated title page, not a contents page, so both volumes open alike."""
    pages = []
    for volume, books in [("VOL. V.", PLINY[:1]), ("VOL. VI.", PLINY[1:])]:
        title, translator = PLINY_TITLE
        pages.append(f"<h1>{title}</h1><h2>{translator}</h2><h2>{volume}</h2>")
        pages += [f"<h2>{book}</h2>" + f"<p>{para}</p>" * 3 for book, para in books]
    doc = book_in(_epub_of([HEAD + page + TAIL for page in pages]), "b.epub", "b.epub", 10**7)
    want = []
    for volume, (book, _) in zip(["VOL. V.", "VOL. VI."], PLINY, strict=True):
        want += [(1, PLINY_TITLE[0]), (2, PLINY_TITLE[1]), (2, volume), (3, book)]
    assert _sections(doc) == want
