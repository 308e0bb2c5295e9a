"""Clause converter_headings (transforms.html_files, transforms.markup_headings): a page
Pandoc wrote is a document whose h-tags open sections. Markup: pandoc 2.17's own
standalone HTML5 of nodejs' doc/api/webcrypto.md (Debian nodejs 18 docs), cut short."""

from __future__ import annotations

from tests.transforms.test_markup_headings import _sections
from transforms.html_files import markup_source
from transforms.inputs import InputFile
from transforms.read import read_file

HEAD = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
  <meta charset="utf-8" />
  <meta name="generator" content="pandoc" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes" />
  <title>webcrypto</title>
</head>
"""
BODY = """<body>
<h2 id="class-crypto">Class: <code>Crypto</code></h2>
<!-- YAML
added: v15.0.0
-->

<p><code>globalThis.crypto</code> is an instance of the
<code>Crypto</code> class. <code>Crypto</code> is a singleton that
provides access to the remainder of the crypto API.</p>
<h3 id="cryptosubtle"><code>crypto.subtle</code></h3>
<ul>
<li>Type: {SubtleCrypto}</li>
</ul>
<p>Provides access to the <code>SubtleCrypto</code> API.</p>
<h3
id="cryptogetrandomvaluestypedarray"><code>crypto.getRandomValues(typedArray)</code></h3>
<ul>
<li><code>typedArray</code> {Buffer|TypedArray}</li>
<li>Returns: {Buffer|TypedArray}</li>
</ul>
<p>Generates cryptographically strong random values. The given
<code>typedArray</code> is filled with random values, and a reference to
<code>typedArray</code> is returned.</p>
<p>An error will be thrown if the given <code>typedArray</code> is
larger than 65,536 bytes.</p>
<h3 id="cryptorandomuuid"><code>crypto.randomUUID()</code></h3>
<ul>
<li>Returns: {string}</li>
</ul>
<p>Generates a random <a
href="https://www.rfc-editor.org/rfc/rfc4122.txt">RFC 4122</a> version 4
UUID. The UUID is generated using a cryptographic pseudorandom number
generator.</p>
</body>
</html>
"""


def _read(tmp_path, markup: str):
    path = tmp_path / "webcrypto.html"
    path.write_text(markup, encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "webcrypto.html"))
    return doc


def test_converter_headings_pandoc_page_headings_open_sections(tmp_path):
    doc = _read(tmp_path, HEAD + BODY)
    assert {m.source for m in doc.markup_headings} == {"document"}
    assert _sections(doc) == [
        (1, "Class: Crypto"),
        (2, "crypto.subtle"),
        (2, "crypto.getRandomValues(typedArray)"),
        (2, "crypto.randomUUID()"),
    ]
    # the same page without Pandoc's generator <meta> is a web page: its h-tags only
    # re-level what the text rules found (rule page_headings_relevel)
    page = _read(tmp_path, HEAD.replace('content="pandoc"', 'content="WordPress 6.4"') + BODY)
    assert {m.source for m in page.markup_headings} == {"page"}
    assert len(_sections(page)) < 4


def test_converter_headings_reads_the_generator_meta_only():
    assert markup_source('<meta content="pandoc" name="generator">') == "document"
    assert markup_source('<META NAME=generator CONTENT="Pandoc 3.1">') == "document"
    assert markup_source('<meta name="description" content="pandoc tips">') == "page"
    assert markup_source("<p>Written with pandoc.</p>") == "page"


# Pandoc 2.17's "pandoc -f html -t html -s" of Python 3.11's library/json.html (Debian
# python3.11-doc), cut short: the Sphinx sidebar's headings outside any <nav>, the
# body's <div role="main"> kept.
SAVED_PAGE = """<body>
<div class="menu-wrapper">
<h4 id="previous-topic">Previous topic</h4>
<p><a href="email.iterators.html" title="previous chapter"><code
class="sourceCode python">email.iterators</code>: Iterators</a></p>
<h4 id="next-topic">Next topic</h4>
<p><a href="mailbox.html" title="next chapter"><code
class="sourceCode python">mailbox</code> — Manipulate mailboxes in
various formats</a></p>
<section id="this-page" role="note" aria-label="source link">
<h3>This Page</h3>
<ul>
<li><a href="../bugs.html">Report a Bug</a></li>
<li><a
href="https://github.com/python/cpython/blob/3.11/Doc/library/json.rst"
rel="nofollow">Show Source</a></li>
</ul>
</section>
</div>
<div class="body" role="main">
<section id="module-json">
<h1><code class="sourceCode python">json</code> — JSON encoder and decoder</h1>
<p><a href="https://json.org">JSON (JavaScript Object Notation)</a>, specified by
RFC 7159 (which obsoletes RFC 4627) and by ECMA-404, is a lightweight data
interchange format inspired by JavaScript object literal syntax.</p>
<section id="basic-usage">
<h2>Basic Usage</h2>
<p>Serialize <em>obj</em> as a JSON formatted stream to <em>fp</em> (a
<code>.write()</code>-supporting file-like object) using this conversion table.</p>
</section>
</section>
</div>
</body>
</html>
"""


def test_converted_page_landmarks_saved_web_page_is_a_page(tmp_path):
    """Clause converted_page_landmarks: Pandoc's HTML of a saved web page keeps its
    landmark roles; its sidebar's "Previous topic" / "This Page" open no section."""
    doc = _read(tmp_path, HEAD + SAVED_PAGE)
    assert {m.source for m in doc.markup_headings} == {"page"}
    titles = [title for _, title in _sections(doc)]
    assert not {"Previous topic", "Next topic", "This Page"} & set(titles)
    assert markup_source(HEAD + SAVED_PAGE.replace(' role="main"', "")) == "document"


# docutils 0.19's rst2html of its own docs/ref/doctree.rst (Debian docutils-doc), cut short:
# the element reference's entries "abbreviation" with "Details" and "Examples" under it.
DOCUTILS_HEAD = """<?xml version="1.0" encoding="utf-8" ?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Docutils 0.19: https://docutils.sourceforge.io/" />
<title>The Docutils Document Tree</title>
</head>
"""
DOCUTILS_BODY = """<body>
<div class="document" id="the-docutils-document-tree">
<h1 class="title">The Docutils Document Tree</h1>
<div class="section" id="abbreviation">
<h2><a class="toc-backref" href="#toc-entry-15"><tt class="docutils literal">abbreviation</tt></a></h2>
<p>The <tt class="docutils literal">abbreviation</tt> element is an inline element used to represent an
abbreviation being used in the document. An example of an abbreviation is 'St'
being used instead of 'Street'.</p>
<div class="section" id="details">
<h3>Details</h3>
<p>All elements employing the %inline.elements; parameter entity in their
content models may contain <tt class="docutils literal">abbreviation</tt>.</p>
</div>
<div class="section" id="examples">
<h3>Examples</h3>
<p>The <tt class="docutils literal">abbreviation</tt> element is not exposed in default restructured text. It
can only be accessed through custom roles.</p>
</div>
</div>
</div>
</body>
</html>
"""


def test_converter_generators_docutils_and_asciidoc_pages_are_documents(tmp_path):
    """Clause converter_generators: docutils' and AsciiDoc's standalone pages add their
    h-tags as sections, as Pandoc's do; without the generator <meta> they only re-level."""
    doc = _read(tmp_path, DOCUTILS_HEAD + DOCUTILS_BODY)
    assert {m.source for m in doc.markup_headings} == {"document"}
    assert _sections(doc) == [
        (1, "The Docutils Document Tree"),
        (2, "abbreviation"),
        (3, "Details"),
        (3, "Examples"),
    ]
    page = _read(tmp_path, DOCUTILS_HEAD.replace("Docutils 0.19", "WordPress 6.4") + DOCUTILS_BODY)
    assert {m.source for m in page.markup_headings} == {"page"}
    assert len(_sections(page)) < 4
    # git-doc's pages (AsciiDoc 10.2.0), Asciidoctor's, docutils' html5 writer
    for generator in ("AsciiDoc 10.2.0", "Asciidoctor 2.0.20", "Docutils 0.23.1"):
        assert markup_source(f'<meta name="generator" content="{generator}">') == "document"
    # Sphinx writes docutils' generator too; its sidebar's landmark role keeps it a page
    sphinx = DOCUTILS_HEAD + '<div class="sphinxsidebar" role="navigation">' + DOCUTILS_BODY
    assert markup_source(sphinx) == "page"


def test_sphinx_page_without_landmark_roles_is_a_page(tmp_path):
    """Clause sphinx_page: Python 3.11's library/json.html (python3.11-doc, Sphinx 5, its
    docutils generator <meta>) with its ARIA roles taken out, cut short: its sidebar's
    "Navigation" opens no section."""
    head = DOCUTILS_HEAD.replace("The Docutils Document Tree", "json — JSON encoder and decoder")
    head = head.replace(
        "</head>", '<script src="../_static/documentation_options.js"></script>\n</head>'
    )
    body = """<body>
<div class="related">
<h3>Navigation</h3>
<ul><li><a href="../genindex.html" title="General Index" accesskey="I">index</a></li></ul>
</div>
<div class="document"><div class="body">
<h1>json — JSON encoder and decoder</h1>
<p>JSON (JavaScript Object Notation), specified by RFC 7159 (which obsoletes RFC 4627) and
by ECMA-404, is a lightweight data interchange format inspired by JavaScript object literal
syntax.</p>
</div></div>
<div class="sphinxsidebar"><div class="sphinxsidebarwrapper">
<h4>Previous topic</h4>
<p><a href="email.iterators.html">email.iterators: Iterators</a></p>
</div></div>
</body></html>
"""
    doc = _read(tmp_path, head + body)
    assert {m.source for m in doc.markup_headings} == {"page"}
    titles = [title for _, title in _sections(doc)]
    assert "Navigation" not in titles and "Previous topic" not in titles


# Pandoc 2.17's HTML5 of R 4.2's R-FAQ.html (makeinfo 6.8, r-doc-html), cut short: the
# title block, Texinfo's @settitle <h1> and the Top node's <h1>, one chapter
R_FAQ = """<body>
<header id="title-block-header">
<h1 class="title">R FAQ</h1>
</header>
<h1 class="settitle" data-align="center" id="r-faq">R FAQ</h1>
<h2 id="frequently-asked-questions-on-r">Frequently Asked Questions on
R</h2>
<h3 style="text-align: center;" id="version-2022-09-08">Version
2022-09-08</h3>
<h3 style="text-align: center;"
id="kurt-hornik-and-the-r-core-team">Kurt Hornik and the R Core
Team</h3>
<hr />
<div id="Top" class="top">
<div class="header">
<p>Next: <a href="#Introduction" accesskey="n"
rel="next">Introduction</a>   [<a href="#SEC_Contents" rel="contents"
title="Table of contents">Contents</a>]</p>
</div>
<span id="R-FAQ"></span>
<h1 class="top" id="r-faq-1">R FAQ</h1>
<hr />
</div>
<span id="Introduction-1"></span>
<h2 class="chapter" id="introduction">1 Introduction</h2>
<p>This document contains answers to some of the most frequently asked
questions about R.</p>
<section id="Legalese">
<h3 class="section" id="legalese">1.1 Legalese</h3>
<p>This document is free software; you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by the
Free Software Foundation; either version 2, or (at your option) any
later version.</p>
</section>
</body>
</html>
"""


def test_title_block_again_texinfo_settitle_and_top_node_are_one_heading(tmp_path):
    doc = _read(tmp_path, HEAD + R_FAQ)
    assert [(level, title) for level, title in _sections(doc) if level <= 2] == [
        (1, "R FAQ"),
        (2, "Frequently Asked Questions on R"),
        (2, "1 Introduction"),
    ]
    # with a paragraph between them (100 characters or more), two headings with the
    # same words stay two
    prose = R_FAQ.replace(
        '<hr />\n<div id="Top"',
        "<p>This document is free software; you can redistribute it and/or modify it "
        'under the terms of the GNU General Public License.</p>\n<div id="Top"',
    )
    assert [title for _, title in _sections(_read(tmp_path, HEAD + prose))].count("R FAQ") == 2


# A Pandoc site as kysa.me builds it (a public Nix build: pandoc -s with the Hyde theme's
# sidebar as --include-before-body), here over nodejs' maintaining-V8.md, cut short
HYDE = """<body>
<div class="sidebar">
  <div class="container sidebar-sticky">
    <div class="sidebar-about">
      <h1>kysa.me</h1>
      <p class="lead">Заметочки</p>
    </div>

    <ul class="sidebar-nav">
      <li><a href="https://kysa.me/">Home</a></li>
    </ul>

    <p>&copy; 2017. All rights reserved.</p>
  </div>
</div>
<div class="content container">
<header id="title-block-header">
<h1 class="title">Maintaining V8</h1>
</header>
<h1 id="maintaining-v8-in-nodejs">Maintaining V8 in Node.js</h1>
<h2 id="background">Background</h2>
<p>V8 follows the Chromium release schedule. The support horizon for
Chromium is different compared to the support horizon for Node.js. As a
result, Node.js needs to support multiple versions of V8 longer than
what upstream needs to support.</p>
</div>
</body>
</html>
"""


def test_chrome_class_headings_a_sidebar_heading_of_a_pandoc_site_opens_no_section(tmp_path):
    doc = _read(tmp_path, HEAD + HYDE)
    assert _sections(doc) == [(1, "Maintaining V8 in Node.js"), (2, "Background")]
    # the same <h1> in <div>s of no chrome class is a heading of the document
    plain = HYDE.replace("sidebar", "about")
    assert _sections(_read(tmp_path, HEAD + plain))[0] == (1, "kysa.me")


def test_chrome_class_headings_a_main_inside_a_chrome_wrapper_keeps_its_headings():
    # sphinx_rtd_theme 1.2.0's layout (a Sphinx build of docutils' policies.txt): the body
    # and the grid around the whole page carry "nav" in their classes; the sidebar's own
    # "wy-menu" heading is chrome, the document's <h1> in role="main" is not
    from transforms.html_text import html_to_text

    page = (
        '<html><body class="wy-body-for-nav"><div class="wy-grid-for-nav">'
        '<nav class="wy-nav-side"><div class="wy-menu"><h3>Table of Contents</h3></div></nav>'
        '<section class="wy-nav-content-wrap"><div role="main" class="document">'
        "<h1>Docutils Project Policies</h1><p>The Docutils project group is a meritocracy "
        "based on code contribution and lots of discussion.</p></div></section></div></body></html>"
    )
    headings: list = []
    html_to_text(page, page=True, headings=headings)
    assert headings == [(1, "Docutils Project Policies")]  # the <nav> itself is dropped
    page = page.replace("<nav ", "<div ").replace("</nav>", "</div>")
    headings = []
    # clause chrome_class_text (session 24): the "wy-menu" holding its heading alone goes
    assert "Table of Contents" not in html_to_text(page, page=True, headings=headings)
    assert headings == [(1, "Docutils Project Policies")]
    headings = []
    html_to_text(page, headings=headings)  # not read as a page: its heading is chrome
    assert headings == [(0, "Table of Contents"), (1, "Docutils Project Policies")]


def test_chrome_omitted_end_a_navigation_paragraph_with_no_end_tag_ends_at_the_heading():
    # An HTML 4 page of a Gutenberg book (pg1153, Burroughs' "The Chessmen of Mars") with a
    # hand-written '<p class="nav">' and no </p>, a menu's <li class="menu-item"> with no
    # </li>, a layout table's <td class="menu"> column: the chrome ends where the browser
    # ends it; it stayed open to the page's end and the chapters opened no section.
    from transforms.html_text import html_to_text

    text = (
        "<h1>CHAPTER I</h1><h2>TARA IN A TANTRUM</h2><p>Tara of Helium rose from the pile "
        "of silks and soft furs upon which she had been reclining, stretched her lithe body "
        "languidly<h1>CHAPTER II</h1><h2>AT THE GALE'S MERCY</h2><p>Tara of Helium did not "
        "return to her father's guests"
    )
    wanted = [(1, "CHAPTER I"), (2, "TARA IN A TANTRUM"), (1, "CHAPTER II")]
    wanted.append((2, "AT THE GALE'S MERCY"))
    for chrome in (
        '<p class="nav"><a href="toc.html">Contents</a> | <a href="ch2.html">Next</a>\n',
        '<ul class="menu"><li class="menu-item"><a href="/">Home</a>'
        '<li class="menu-item"><a href="/b">Books</a></ul>',
        '<table><tr><td class="menu"><a href="/">Home</a><td>',
    ):
        headings: list = []
        html_to_text(f"<html><body>{chrome}{text}</body></html>", page=True, headings=headings)
        assert headings == wanted, chrome
    # a heading inside the unclosed chrome paragraph's list item is still chrome
    headings = []
    page = '<ul class="menu"><li class="menu-item"><h3>Books</h3></ul>' + text
    html_to_text(f"<html><body>{page}</body></html>", headings=headings)  # not as a page
    assert headings == [(0, "Books"), *wanted]
