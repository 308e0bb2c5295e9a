"""Clauses of ``transforms.html_layout`` (``br_paragraphs``, ``layout_cells``,
``navigation_prose``), through ``transforms.html_text.html_to_text``. The markup is
copied from a Debian page (xfig-doc's bugs_fixed.html) or is the markup old pages use,
around real text (A Tale of Two Cities, Moby-Dick; short passages)."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.html_text import html_to_text

TALE = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, it "
    "was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness, it was the "
    "spring of hope, it was the winter of despair, we had everything before us, we had "
    "nothing before us, we were all going direct to Heaven, we were all going direct the "
    "other way--in short, the period was so far like the present period, that some of "
    "its noisiest authorities insisted on its being received, for good or for evil, in "
    "the superlative degree of comparison only."
)
TALE2 = (
    "There were a king with a large jaw and a queen with a plain face, on the throne of "
    "England; there were a king with a large jaw and a queen with a fair face, on the "
    "throne of France."
)
MOBY = (
    "Call me Ishmael. Some years ago--never mind how long precisely--having little or no "
    "money in my purse, and nothing particular to interest me on shore, I thought I "
    "would sail about a little and see the watery part of the world. It is a way I have "
    "of driving off the spleen and regulating the circulation. Whenever I find myself "
    "growing grim about the mouth; whenever it is a damp, drizzly November in my soul; "
    "whenever I find myself involuntarily pausing before coffin warehouses, and bringing "
    "up the rear of every funeral I meet; and especially whenever my hypos get such an "
    "hold of me, that it requires a strong moral principle to prevent me from "
    "deliberately stepping into the street, and methodically knocking people's hats "
    "off--then, I account it high time to get to sea as soon as I can."
)


def test_br_paragraphs_two_line_breaks_end_a_paragraph():
    """An old e-book's paragraphs set off by <br><br> (and <br>&nbsp;<br>): one line
    break each, unwrap joined them into one paragraph."""
    for gap in ("<br><br>", "<br />\n&nbsp;<br />", "<br>\n  <br>\n<br>"):
        page = f"<body><h2>CHAPTER I.</h2>\n{TALE}{gap}\n{TALE2}<br><br></body>"
        text = clean_text(html_to_text(page, page=True)).text
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        assert paragraphs[-2:] == [TALE, TALE2], gap


def test_br_paragraphs_xfig_changelog_groups():
    # xfig-doc /usr/share/doc/xfig/html/bugs_fixed.html: each contributor's group of
    # items opens after <br><br>; a single <br> stays a line break.
    page = (
        '\t<br><img src="images/blueballdot.png"> Move -l flags from LDFLAGS to LDADD. '
        "Commit #2d57c85\n\n\t<br><br>From Roland Rosenfeld. Bug numbers refer to "
        "https://bugs.debian.org/#.\n"
        '\t<br><img src="images/blueballdot.png"> Do not link with -lXmu, if linking with'
        " Xaw3d > 1.5e.\n"
    )
    assert html_to_text(page, page=True).split("\n\n") == [
        "Move -l flags from LDFLAGS to LDADD. Commit #2d57c85",
        "From Roland Rosenfeld. Bug numbers refer to https://bugs.debian.org/#.\n"
        "Do not link with -lXmu, if linking with Xaw3d > 1.5e.",
    ]


def test_br_in_pre_and_heading_unchanged():
    assert html_to_text("<pre>a<br><br>b</pre>") == "a\n\nb"
    assert html_to_text("<h2>CHAPTER I.<br><br>THE PERIOD</h2>").strip() == (
        "CHAPTER I. THE PERIOD"
    )


def test_layout_cells_sidebar_and_article_are_paragraphs_of_their_own():
    """A page laid out with a table: a sidebar cell of links and an article cell of bare
    text were one row "Home<br>Books | It was the best of times..." and unwrap joined the
    sidebar's last line to the article."""
    page = (
        '<body><table width="100%"><tr><td width="20%" valign="top"><a href="/">Home</a>'
        '<br><a href="/books">Books</a></td><td valign="top">'
        f"{TALE}<br><br>{TALE2}</td></tr></table></body>"
    )
    assert html_to_text(page, page=True).split("\n\n") == ["Home\nBooks", TALE, TALE2]
    # an article cell of one long paragraph (over LAYOUT_CHARS characters, no block)
    page = page.replace(f"{TALE}<br><br>{TALE2}", f"{TALE} {MOBY}")
    assert html_to_text(page, page=True).split("\n\n") == ["Home\nBooks", f"{TALE} {MOBY}"]


def test_layout_cells_text_before_a_block_in_a_cell():
    """A cell whose bare text runs on into <p> paragraphs: the bare text was joined to
    the sidebar cell before ("Contents<br>Index | CHAPTER I. The Period")."""
    page = (
        "<table><tr><td><b>Contents</b><br>Index</td><td>CHAPTER I. The Period"
        f"<p>{TALE}</p><p>{TALE2}</p></td><td>Next</td></tr></table>"
    )
    assert html_to_text(page).split("\n\n") == [
        "Contents\nIndex",
        "CHAPTER I. The Period",
        TALE,
        TALE2,
        "Next",
    ]


def test_layout_cell_label_a_term_stays_with_its_description():
    """Clause layout_cell_label. sqlite3-doc's zipfile.html and lang_expr.html: a term
    cell, then a description cell holding <br><br> or a <p>. The term was split off
    from its description ("method" / "This field must be...")."""
    zipfile = (
        '<table><tr style="text-align:left;background-color:#DDDDDD"><td> method\n</td><td>'
        "\n       This field must be set one of integer values 0 and 8, or else to\n"
        "       NULL. <br><br>\n\n       For a directory entry, any value inserted into "
        "this field is ignored.\n</td></tr></table>"
    )
    assert html_to_text(zipfile, page=True).split("\n\n") == [
        "method | This field must be set one of integer values 0 and 8, or else to NULL.",
        "For a directory entry, any value inserted into this field is ignored.",
    ]
    lang_expr = (
        "<table><tr>\n  <td> TEXT\n  </td><td> To cast a BLOB value to TEXT, the sequence "
        "of bytes that make up the\n  BLOB is interpreted as text encoded using the "
        "database encoding.\n  <p>\n   Casting an INTEGER or REAL value into TEXT renders "
        'the value as if via \n    <a href="c3ref/mprintf.html">sqlite3_snprintf()</a>.'
        "\n\n</p></td></tr></table>"
    )
    assert html_to_text(lang_expr, page=True).split("\n\n") == [
        "TEXT | To cast a BLOB value to TEXT, the sequence of bytes that make up the BLOB "
        "is interpreted as text encoded using the database encoding.",
        "Casting an INTEGER or REAL value into TEXT renders the value as if via "
        "sqlite3_snprintf().",
    ]


def test_data_tables_keep_their_rows():
    table = (
        "<table><tr><th>Option</th><th>Meaning</th></tr><tr><td>-dump</td><td>dump "
        "formatted page into stdout</td></tr><tr><td>-T type</td><td>specify content-type"
        "</td></tr></table>"
    )
    assert html_to_text(table).split("\n\n") == [
        "Option | Meaning",
        "-dump | dump formatted page into stdout",
        "-T type | specify content-type",
    ]


def test_navigation_prose_an_unclosed_navigation_div_loses_no_text():
    """A <div role="navigation"> missing its </div> ran to the next </div>, or to the
    page's end, and dropped the chapter with it."""
    nav = '<div role="navigation"><a href="index.html">Contents</a> | <a href="ch2.html">Next</a>\n'
    for rest in ("</body>", "</div></body>"):
        page = (
            f'<body><div class="chapter">{nav}<h2>CHAPTER I.</h2><p>{TALE}</p><p>{TALE2}</p>{rest}'
        )
        text = html_to_text(page, page=True)
        assert TALE in text and TALE2 in text and "CHAPTER I." in text
    # a closed bar of links, or one holding a few labels, is still dropped
    closed = f'<body>{nav}</div><div role="navigation"><p>Previous topic</p>'
    closed += f'<a href="a.html">Loomings</a></div><p>{MOBY}</p></body>'
    assert html_to_text(closed, page=True) == MOBY


# python3.11-doc (Debian), library/chunk.html: the body is a <div role="main">, its
# footnotes docutils' <aside>s; the sidebar beside the body is an <aside> outside it.
SPHINX_FOOTNOTE = """<!DOCTYPE html><html><head><title>chunk</title></head><body>
<div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-chunk"><h1>chunk — Read IFF chunked data</h1>
<p>This module provides an interface for reading files that use EA IFF 85 chunks.<a
class="footnote-reference brackets" href="#id2" id="id1" role="doc-noteref"><span
class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></p>
<div class="admonition"><p>A nested block of the body.</p></div>
<p class="rubric">Footnotes</p>
<aside class="footnote-list brackets">
<aside class="footnote brackets" id="id2" role="note">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span>
<p>“EA IFF 85” Standard for Interchange Format Files, Jerry Morrison, Electronic
Arts, January 1985.</p>
</aside>
</aside>
</section></div></div></div>
<div class="sphinxsidebar" role="navigation"><h3>This page</h3><p>Report a Bug</p></div>
<aside class="sidebar"><p>Site-wide sidebar outside the body.</p></aside>
</body></html>"""


def test_main_role_footnotes_inside_a_role_main_body_are_text():
    """Clause main_role: an element with role="main" is the page's <main>: the
    footnote <aside>s inside Sphinx's body were dropped as page chrome (74 of 4,672
    real doc pages lost their footnotes or sidebars, +3,549 words back; 0 pages lose
    words). An <aside> after the body's </div> is still chrome."""
    text = html_to_text(SPHINX_FOOTNOTE, page=True)
    assert "Standard for Interchange Format Files, Jerry Morrison" in text
    assert "A nested block of the body." in text
    assert "Site-wide sidebar" not in text and "Report a Bug" not in text
