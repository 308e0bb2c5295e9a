"""Clause code_no_sections (transforms.html_code, transforms.markup_headings): the lines
of an HTML page's code examples open no section. Markup: docutils-doc 0.19's own
docs/ref/doctree.html (Debian), its "address" element's entry, cut short."""

from __future__ import annotations

from tests.transforms.test_markup_headings import _sections
from transforms.html_text import html_to_text
from transforms.inputs import InputFile
from transforms.read import read_file

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta name="generator" content="{generator}" />
<title>The Docutils Document Tree</title>
</head>
"""
BODY = """<body>
<div class="document" id="the-docutils-document-tree">
<h1 class="title">The Docutils Document Tree</h1>
<div class="section" id="address">
<h2><a class="toc-backref" href="#toc-entry-47">address</a></h2>
<p>The <tt class="docutils literal">address</tt> element holds the surface mailing address
information for the author (individual or group) of the document, or a third-party contact
address.  Its structure is identical to that of the <a class="reference internal"
href="#literal-block">literal_block</a> element: whitespace is significant, especially
newlines.</p>
<div class="section" id="examples-1">
<h3>Examples</h3>
<p><a class="reference external" href="https://docutils.sourceforge.io/rst.html">reStructuredText</a> source:</p>
<pre class="literal-block">
Document Title
==============

:Address: 123 Example Ave.
          Example, EX
</pre>
<p>Complete <a class="reference internal" href="#pseudo-xml">pseudo-XML</a> result after parsing and applying transforms:</p>
<pre class="literal-block">
&lt;document ids=&quot;document-title&quot; names=&quot;document title&quot;&gt;
    &lt;title&gt;
        Document Title
    &lt;docinfo&gt;
        &lt;address&gt;
            123 Example Ave.
            Example, EX
</pre>
<p>See <a class="reference internal" href="#docinfo">docinfo</a> for a more complete
example, including processing context.</p>
</div>
</div>
</div>
</body>
</html>
"""  # noqa: E501


def _read(tmp_path, generator: str):
    path = tmp_path / "doctree.html"
    path.write_text(HEAD.format(generator=generator) + BODY, encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "doctree.html"))
    return doc


def test_code_no_sections_an_underlined_title_in_a_literal_block_opens_no_section(tmp_path):
    # the example's "Document Title" over "==============" is still in the text, set in
    text = html_to_text(HEAD.format(generator="x") + BODY, page=True)
    assert "\n    Document Title\n    ==============\n" in text
    # docutils' page is a document (clause converter_generators): its h-tags, no more
    doc = _read(tmp_path, "Docutils 0.19: https://docutils.sourceforge.io/")
    assert _sections(doc) == [
        (1, "The Docutils Document Tree"),
        (2, "address"),
        (3, "Examples"),
    ]
    # a page from another generator: its h-tags only re-level; the example's title is
    # no section there either
    titles = [title for _, title in _sections(_read(tmp_path, "a web page"))]
    assert "Document Title" not in titles


# Pandoc's HTML of a page of Node's timers docs (doc/api/timers.md: its first sentence, the
# API's name and its import lines are Node's; the two "Example" headings over one line each
# and the two one-line sentences are made up, the layout the review of session 23 feared).
TIMERS = """<body>
<h1 id="timers">Timers</h1>
<p>The <code>timer</code> module exposes a global API for scheduling functions to be called
at some future period of time.</p>
<h2 id="timerspromisessettimeout">timersPromises.setTimeout</h2>
<h3 id="example">Example</h3>
<pre><code>const { setTimeout } = require(&#39;node:timers/promises&#39;);</code></pre>
<h3 id="example-1">Example</h3>
<pre><code>import { setTimeout } from &#39;node:timers/promises&#39;;</code></pre>
<h2 id="timerspromisessetimmediate">timersPromises.setImmediate</h2>
<h3 id="example-2">Example</h3>
<p>Resolves after the delay.</p>
<h3 id="example-3">Example</h3>
<p>Resolves at once.</p>
</body></html>"""


def test_title_block_again_text_two_examples_over_one_line_each_stay_two(tmp_path):
    # Clause title_block_again_text (transforms.markup_headings): a code line or a sentence
    # between two headings of the same words and level makes them two; both pairs were one
    # section (the second "Example" taken for the first again, as Texinfo's title).
    from tests.transforms.test_converter_headings import HEAD, _read
    from tests.transforms.test_markup_headings import _sections

    assert _sections(_read(tmp_path, HEAD + TIMERS)) == [
        (1, "Timers"),
        (2, "timersPromises.setTimeout"),
        (3, "Example"),
        (3, "Example"),
        (2, "timersPromises.setImmediate"),
        (3, "Example"),
        (3, "Example"),
    ]


def test_epub_code_lines_an_underlined_title_in_an_epub_chapter_opens_no_section():
    # Clause epub_code_lines (transforms.html_text, transforms.epub_toc): the same entry as
    # a chapter of an EPUB (the project's test EPUB, its first chapter replaced): the
    # example's "Document Title" over "==============" opened a section of the book.
    from tests.transforms.test_epub import NAV, make_epub
    from transforms.epub import book_in

    chapter = HEAD.format(generator="x") + BODY
    data = make_epub(extra={"OEBPS/ch1.xhtml": chapter})
    doc = book_in(data, "doctree.epub", "doctree.epub", 10**7)
    assert "Document Title" not in [title for _, title in _sections(doc)]
    # with a toc naming the chapters (its levels re-level the h-tags: a code line's mark
    # must take none; debmake-doc's EPUBs had 238 lines of pseudo-code as sections so)
    nav = NAV.replace(
        '<a href="ch1.xhtml">CHAPTER I. The Period</a>',
        '<a href="ch1.xhtml">The Docutils Document Tree</a>'
        '<ol><li><a href="ch1.xhtml#address">address</a></li></ol>',
    )
    data = make_epub(extra={"OEBPS/ch1.xhtml": chapter, "OEBPS/nav.xhtml": nav})
    doc = book_in(data, "doctree.epub", "doctree.epub", 10**7)
    titles = [title for _, title in _sections(doc)]
    assert "Document Title" not in titles
    assert titles[:3] == ["The Docutils Document Tree", "address", "Examples"]
