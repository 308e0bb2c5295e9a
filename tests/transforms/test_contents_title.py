"""Clauses ``contents_title`` and ``title_again`` of ``transforms.markup_headings``
(session 20, wave 2): an EPUB's contents page heading ("Table of Contents" over
calibre's Quick Start Guide's list, in six languages) opens no section, and the
live-manual's book title over its index page and again on its title page is one
section. Each test fails with its clause taken out (checked by reverting it)."""

from __future__ import annotations

import pytest

from tests.transforms.test_epub_toc import (
    HEAD,
    LIVE_LEVELS,
    LIVE_TEXT,
    MOBY,
    QUICK,
    QUICK_TITLE,
    TAIL,
    _book,
    _point,
    _sections,
)


# The contents page headings of four of the Quick Start Guides calibre ships (Debian
# ``calibre``: eng, deu, fra, ita). Swedish "Innehållsförteckning" and Turkish
# "İçindekiler" open no contents list for the text rules, which then take this
# page's English entries ("Introduction") for headings; the real guides' are fine.
@pytest.mark.parametrize(
    "heading", ["Table of Contents", "Inhaltsverzeichnis", "Table des Matières", "Indice"]
)
def test_contents_title_the_contents_page_heading_is_no_section(heading):
    """Clause contents_title: calibre's guide has its NCX entry "Table of Contents"
    on toc.xhtml, whose <h1> is that heading over the linked list; before, it was a
    level-1 section between the title page and "Introduction". The page's lines now
    end the title page's section, as a plain text's "Contents" opens none."""
    items = "".join(f'<li><a href="ch{i}.xhtml">{t}</a></li>' for i, (t, _) in enumerate(QUICK))
    contents = f'<h1 class="center" id="toc">{heading}</h1><ul>{items}</ul>'
    pages = [
        ("internal_titlepage.xhtml", HEAD + QUICK_TITLE + TAIL),
        ("toc.xhtml", HEAD + contents + TAIL),
    ]
    ncx = _point(1, "Calibre Quick Start Guide", "internal_titlepage.xhtml")
    ncx += _point(2, heading, "toc.xhtml")
    for i, (title, para) in enumerate(QUICK):
        pages.append((f"ch{i}.xhtml", f"{HEAD}<h1>{title}</h1><p>{para}</p>{TAIL}"))
        ncx += _point(i + 3, title, f"ch{i}.xhtml")
    assert _sections(_book(pages, ncx=ncx)) == [
        (1, "Calibre Quick Start Guide"),
        (1, "Introduction"),
        (1, "Installing calibre"),
    ]


# The live-manual's index page (index.xhtml, shortened): the title and author in
# <p class="centerbold">, its entries in h-tags, each linking its page, and its metadata.
LIVE_INDEX = (
    '<p class="centerbold">Live Systems Manual</p>'
    '<p class="centerbold">Live Systems Project &lt;debian-live@lists.debian.org&gt;</p>'
    '<div class="content"><div class="substance">'
    '<h1 class="toc">Live Systems Manual</h1><h1 class="toc">About</h1>'
    '<h4 class="toc"><a href="about-manual.xhtml">1. About this manual</a></h4>'
    '<h5 class="toc"><a href="about-manual.xhtml#o8">1.1 For the impatient</a></h5>'
    '<h1 class="toc">User</h1>'
    '<h4 class="toc"><a href="the-basics.xhtml">4. The basics</a></h4>'
    '<h5 class="toc"><a href="the-basics.xhtml#o2">4.1 What is a live system?</a></h5>'
    "</div></div><p>SiSU Metadata, document information</p><p>Rights: Copyright: Copyright "
    "(C) 2006-2015 Live Systems Project License: This program is free software: you can "
    "redistribute it and/or modify it under the terms of the GNU General Public License as "
    "published by the Free Software Foundation, either version 3 of the License, or (at "
    "your option) any later version.</p>"
)


def _live(index: str) -> bytes:
    pages = [("index.xhtml", HEAD + index + TAIL)]
    pages.append(("section_a1.xhtml", f'{HEAD}<h1 class="norm">Live Systems Manual</h1>{TAIL}'))
    ncx = ""
    for p, (part, chapter, section, file) in enumerate(
        [
            ("About", "1. About this manual", "1.1 For the impatient", "about-manual.xhtml"),
            ("User", "4. The basics", "4.1 What is a live system?", "the-basics.xhtml"),
        ]
    ):
        pages.append((f"section_b{p}.xhtml", f'{HEAD}<h1 class="norm">{part}</h1>{TAIL}'))
        body = f"<h1>{chapter}</h1><h2>{section}</h2>" + f"<p>{LIVE_TEXT}</p>" * 3
        pages.append((file, HEAD + body + TAIL))
        ncx += _point(p + 10, part, f"section_b{p}.xhtml", _point(p + 20, chapter, file))
    ncx = _point(1, "Table of Contents", "index.xhtml") + _point(
        2, "Live Systems Manual", "section_a1.xhtml", ncx
    )
    return _book(pages, ncx=ncx, title="Live Systems Manual")


def test_title_again_the_book_title_over_its_index_and_title_page_is_one_section():
    """Clause title_again: the live-manual's index page opens with the book's title
    and its first entry names the title page, whose <h1> is the title again; before,
    "Live Systems Manual" was two level-1 sections, the second an empty page."""
    assert _sections(_live(LIVE_INDEX)) == [(1, "Live Systems Manual"), *LIVE_LEVELS]


SONG = (
    "Go and catch a falling star, Get with child a mandrake root, Tell me where all past "
    "years are, Or who cleft the devil's foot, Teach me to hear mermaids singing."
)
SONG_TWO = (
    "Sweetest love, I do not go, For weariness of thee, Nor in hope the world can show "
    "A fitter love for me; But since that I Must die at last, 'tis best."
)


def test_title_again_two_poems_of_one_title_stay_two():
    """Without a contents page between them, two pieces with the same title (Donne's
    two "Song"s, Songs and Sonnets) are two sections."""
    pages = [
        ("p0.xhtml", f"{HEAD}<h2>Song</h2><p>{SONG}</p>{TAIL}"),
        ("p1.xhtml", f"{HEAD}<h2>Song</h2><p>{SONG_TWO}</p>{TAIL}"),
        ("p2.xhtml", f"{HEAD}<h2>The Good-Morrow</h2><p>{SONG}</p>{TAIL}"),
    ]
    titles = ["Song", "Song", "The Good-Morrow"]
    ncx = "".join(_point(i, t, f"p{i}.xhtml") for i, t in enumerate(titles))
    assert [t for _, t in _sections(_book(pages, ncx=ncx))] == ["Song", "Song", "The Good-Morrow"]


def test_title_over_page_an_introduction_with_prose_before_a_contents_page_stays():
    """Clause title_over_page (review of title_again): an omnibus's "Introduction"
    (the editor's prose), then the first book's contents page, then the book's own
    "Introduction" at the same level: two sections (before the review the second was
    taken for the title again and its text fell into the editor's)."""
    chapters = [(t, p) for t, p in MOBY[:3]]
    items = "".join(
        f'<h2 class="toc"><a href="c{i}.xhtml">{t}</a></h2>'
        for i, t in enumerate(["Introduction"] + [t for t, _ in chapters])
    )
    pages = [
        ("intro.xhtml", f"{HEAD}<h1>Introduction</h1>" + f"<p>{SONG}</p>" * 3 + TAIL),
        ("toc.xhtml", HEAD + items + TAIL),
        ("c0.xhtml", f"{HEAD}<h1>Introduction</h1>" + f"<p>{SONG_TWO}</p>" * 3 + TAIL),
    ]
    ncx = _point(0, "Introduction", "intro.xhtml") + _point(1, "Contents", "toc.xhtml")
    ncx += _point(2, "Introduction", "c0.xhtml")
    for i, (title, para) in enumerate(chapters):
        pages.append((f"c{i + 1}.xhtml", f"{HEAD}<h1>{title}</h1><p>{para}</p>{TAIL}"))
        ncx += _point(i + 3, title, f"c{i + 1}.xhtml")
    assert _sections(_book(pages, ncx=ncx)) == [
        (1, "Introduction"),
        (1, "Introduction"),
        (1, MOBY[0][0]),
        (1, MOBY[1][0]),
        (1, MOBY[2][0]),
    ]


def test_contents_chapter_a_chapter_called_contents_with_prose_stays():
    """Clause contents_chapter (review of contents_title): a chapter whose heading is
    "Contents" and whose first line under it is a paragraph, not a list's entry, is a
    section as any other (before the review its text fell into "Loomings.")."""
    chapters = [MOBY[0], ("Contents", MOBY[1][1]), MOBY[2]]
    pages, ncx = [], ""
    for i, (title, para) in enumerate(chapters):
        pages.append((f"c{i}.xhtml", f"{HEAD}<h1>{title}</h1>" + f"<p>{para}</p>" * 2 + TAIL))
        ncx += _point(i, title, f"c{i}.xhtml")
    titles = [t for _, t in _sections(_book(pages, ncx=ncx))]
    assert titles == [MOBY[0][0], "Contents", MOBY[2][0]]
