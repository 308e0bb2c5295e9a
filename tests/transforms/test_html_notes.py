"""Clauses of ``transforms.html_notes`` (``note_label_kept``, ``note_label_joins``,
``admonition_label``, ``backlink_arrows``), through ``transforms.html_text.html_to_text``.
The markup is copied from real Debian pages and EPUBs (python3.11-doc's chunk.html,
debian-policy's EPUB, the Ubuntu Packaging Guide EPUB, nodejs' webcrypto.html), with
their text (short passages)."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.html_text import html_to_text
from transforms.structure import analyze_text

# python3.11-doc library/chunk.html (Sphinx 5, docutils 0.19: the note an <aside>, its
# number the backlink inside a label span).
CHUNK = """<html><body><div class="body" role="main"><section id="module-chunk">
<h1>chunk — Read IFF chunked data</h1>
<p>This module provides an interface for reading files that use EA IFF 85 chunks.
<a class="footnote-reference brackets" href="#id2" id="id1" role="doc-noteref"><span
class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a>  This format is used in
at least the Audio Interchange File Format (AIFF/AIFF-C) and the Real Media File Format
(RMFF).</p>
<p class="rubric">Footnotes</p>
<aside class="footnote-list brackets">
<aside class="footnote brackets" id="id2" role="note">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink"
href="#id1">1</a><span class="fn-bracket">]</span></span>
<p>“EA IFF 85” Standard for Interchange Format Files, Jerry Morrison, Electronic
Arts, January 1985.</p>
</aside>
</aside>
</section></div></body></html>"""

# debian-policy's EPUB, ap-pkg-sourcepkg.xhtml (docutils 0.17: a <dl class="footnote">,
# the number a fn-backref link in the <dt>, the brackets drawn by CSS).
POLICY = """<html><body><p>... and afterwards it will make debian/rules world-executable.</p>
<dl class="footnote brackets">
<dt class="label" id="id6"><span class="brackets"><a class="fn-backref"
href="#id1">1</a></span></dt>
<dd><p>This is so that the control file which is produced has the right
permissions</p>
</dd>
<dt class="label" id="id7"><span class="brackets"><a class="fn-backref"
href="#id2">2</a></span></dt>
<dd><p>This is not currently detected when building source packages, but
only when extracting them.</p>
</dd>
</dl></body></html>"""


def test_note_label_kept_and_joined_sphinx_footnote_keeps_its_number():
    text = html_to_text(CHUNK, page=True)
    assert "[]" not in text
    assert "\n\n[1] “EA IFF 85” Standard for Interchange Format Files" in text
    # the arrow-less backlink of a note whose label is words is still dropped
    back = '<aside role="note"><p>Text of the note. <a role="doc-backlink" href="#r">Back</a></p>'
    assert html_to_text(back) == "Text of the note."


def test_note_label_joins_docutils_definition_list_footnotes():
    text = html_to_text(POLICY)
    paragraphs = text.split("\n\n")
    assert paragraphs[1:] == [
        "[1] This is so that the control file which is produced has the right permissions",
        "[2] This is not currently detected when building source packages, but only when "
        "extracting them.",
    ]


def test_note_label_joins_only_inside_a_footnote():
    # a number alone in an ordinary paragraph (a table's row, a step) stays as it is
    text = html_to_text("<p>1</p><p>Install the package.</p>")
    assert text == "1\n\nInstall the package."
    # a label with no note text after it is not lost
    assert html_to_text('<aside role="doc-footnote"><p>[3]</p></aside><p>After.</p>') == (
        "[3]\n\nAfter."
    )


# The Ubuntu Packaging Guide EPUB, auto-pkg-test.xhtml (Sphinx admonition box).
GUIDE = """<html><body><section id="autopkgtest">
<h1>autopkgtest: Automatic testing for packages</h1>
<p>The <a class="reference external" href="http://packaging.ubuntu.com/">autopkgtest</a>
tests are run on each upload of a package to make sure it keeps working.</p>
<p>The tests are listed in debian/tests/control, one test per paragraph: with
Depends: libglib2.0-dev, build-essential this would ensure that the packages
libglib2.0-dev and build-essential are installed.</p>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>You can use <code class="docutils literal notranslate"><span class="pre">&#64;</span></code>
in the <code>Depends</code> line to indicate that you want
all the packages installed which are built by the source package in
question.</p>
</div>
<p>Each test is run in a fresh testbed, so that one test does not see what the one
before it did to the system, and the results of all the tests are collected.</p>
</section></body></html>"""


def test_admonition_label_box_title_opens_its_paragraph_not_a_section():
    text = html_to_text(GUIDE)
    assert "\n\nNote: You can use @ in the Depends line to indicate" in text
    sections = analyze_text(clean_text(text).text).sections
    assert "Note" not in [section.title for section in sections]
    # a title that ends in punctuation gets no colon
    box = '<div class="admonition"><p class="admonition-title">See also:</p><p>The FAQ.</p>'
    assert html_to_text(box) == "See also: The FAQ."
    # a docutils sidebar's title (python3.11-doc library/logging.config.html)
    sidebar = (
        '<aside class="sidebar"><p class="sidebar-title">Important</p><p>This page contains'
        " only reference information. For tutorials,\nplease see</p></aside>"
    )
    assert html_to_text(sidebar) == (
        "Important: This page contains only reference information. For tutorials, please see"
    )


def test_backlink_arrows_github_markdown_notes_lose_their_arrows():
    # nodejs api/webcrypto.html (cmark-gfm footnotes: no role on the back links; the
    # item is numbered "[1] " as its reference reads, clause note_list_labels, session 21)
    markup = (
        '<section data-footnotes class="footnotes"><ol><li id="user-content-fn-1"><p>'
        "Secure Curves in the Web Cryptography API as of 21 October 2024 "
        '<a href="#user-content-fnref-1" data-footnote-backref="" '
        'aria-label="Back to content">↩</a> <a href="#user-content-fnref-1-2" '
        'data-footnote-backref="" aria-label="Back to content">↩<sup>2</sup></a></p>'
        "</li></ol></section>"
    )
    assert html_to_text(markup) == (
        "[1] Secure Curves in the Web Cryptography API as of 21 October 2024"
    )


def test_note_backrefs_a_note_referred_to_twice_and_a_citation():
    # python3.11-doc library/ssl.html (a note with two references) and sys.html (a citation)
    markup = """<div class="body" role="main"><p class="rubric">Footnotes</p>
<aside class="footnote-list brackets">
<aside class="footnote brackets" id="id7" role="note">
<span class="label"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></span>
<span class="backrefs">(<a role="doc-backlink" href="#id2">1</a>,<a role="doc-backlink"
href="#id5">2</a>)</span>
<p><a class="reference internal" href="#ssl.SSLContext"><code>SSLContext</code></a> disables
SSLv2 with <code>OP_NO_SSLv2</code> by default.</p>
</aside></aside>
<p class="rubric">Citations</p>
<div role="list" class="citation-list">
<div class="citation" id="c99" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink"
href="#id1">C99</a><span class="fn-bracket">]</span></span>
<p>ISO/IEC 9899:1999.  “Programming languages – C.”  A public draft of this standard is
available.</p></div></div></div>"""
    assert html_to_text(markup, page=True).split("\n\n") == [
        "Footnotes",
        "[1] SSLContext disables SSLv2 with OP_NO_SSLv2 by default.",
        "Citations",
        "[C99] ISO/IEC 9899:1999. “Programming languages – C.” A public draft of this "
        "standard is available.",
    ]


# apache2-doc manual/en/programs/configure.html (a note box titled by an <h3>)
CONFIGURE = """<html><body><div id="page-content"><h1>configure - Configure the source
tree</h1><div class="section"><h2>Configuration Options</h2>
<dl><dt><code>--enable-<var>MODULE</var>=static</code></dt>
<dd>The corresponding module will be linked statically.</dd></dl>
      <div class="note"><h3>Note</h3>
        <code class="program"><a href="../programs/configure.html">configure</a></code>
        will not complain about
        <code>--enable-<var>foo</var></code> even if <var>foo</var> doesn't
        exist, so you need to type carefully.
      </div>
<h3><a name="choosing-modules">Choosing modules to compile</a></h3>
<p>Most modules are compiled by default and have to be disabled explicitly.</p>
</div></div></body></html>"""


def test_box_heading_a_note_box_titled_by_a_heading_is_no_section():
    headings: list = []
    text = html_to_text(CONFIGURE, page=True, headings=headings)
    assert "\n\nNote: configure will not complain about --enable-foo even if foo doesn't" in text
    assert (3, "Note") not in headings
    assert (3, "Choosing modules to compile") in headings
    sections = analyze_text(clean_text(text).text).sections
    assert "Note" not in [section.title for section in sections]
    # a heading that is not the box's first element stays a heading
    later = '<div class="note"><p>Text first.</p><h3>Details</h3><p>More.</p></div>'
    assert html_to_text(later) == "Text first.\n\n\n\nDetails\n\n\nMore."


# mkdocs-doc (Debian 1.4.2) dev-guide/plugins.html and user-guide/configuration.html:
# MkDocs boxes whose first element after the title is a heading.
MKDOCS = """<pre><code>class MyPlugin(mkdocs.plugins.BasePlugin):</code></pre>
<div class="admonition new">
<p class="admonition-title">New in version 1.4</p>
<h5 id="safe-attribute-based-access">Safe attribute-based access<a class="headerlink"
href="#safe-attribute-based-access" title="Permanent link">\uf0c1</a></h5>
<p>To get type safety benefits, if you're targeting only MkDocs 1.4+, access options as
attributes instead:</p>
</div>"""


def test_label_scope_a_box_title_opens_no_heading():
    headings: list = []
    text = html_to_text(MKDOCS, page=True, headings=headings)
    assert (5, "Safe attribute-based access\uf0c1") in headings
    assert "\n\nNew in version 1.4\n\n" in text
    assert "New in version 1.4:" not in text


def test_label_scope_a_title_stays_in_its_box_and_a_heading_after_an_empty_box():
    # an empty box: its title is not joined to the paragraph after the box
    empty = '<div class="admonition note"><p class="admonition-title">Note</p></div><p>Next.</p>'
    assert html_to_text(empty) == "Note\n\nNext."
    # an empty <div class="note"> before a real heading leaves the heading a heading
    headings: list = []
    markup = '<p>Intro.</p><div class="note"></div><h2>Installing</h2><p>Body text.</p>'
    assert "Installing:" not in html_to_text(markup, headings=headings)
    assert headings == [(2, "Installing")]


def test_label_scope_footnote_ends_where_html_ends_it_and_aria_note_is_no_footnote():
    # <li class="footnote"> with its end tag left out: the note ends at the list's end
    markup = '<ol><li class="footnote">First note.<li>Second</ol><p>2</p><p>Steps follow.</p>'
    assert html_to_text(markup).endswith("\n\n2\n\nSteps follow.")
    assert html_to_text('<p class="footnote">1<div>Box</div><p>2</p><p>Next</p>') == (
        "1\n\nBox\n\n2\n\nNext"
    )
    # ARIA role="note" alone (a hatnote, a remark) is no footnote
    hatnote = '<div role="note" class="hatnote"><p>IPv6</p><p>Main article: IP.</p></div>'
    assert html_to_text(hatnote) == "IPv6\n\nMain article: IP."


def test_cjk_box_colon_chinese_and_japanese_titles():
    box = '<div class="admonition note"><p class="admonition-title">{}</p><p>{}</p></div>'
    assert html_to_text(box.format("注意", "这是一个注释。")) == "注意：这是一个注释。"
    assert html_to_text(box.format("注釈", "これは注釈です。")) == "注釈：これは注釈です。"
    assert html_to_text(box.format("참고", "이것은 메모입니다.")) == "참고: 이것은 메모입니다."


def test_backlink_arrows_keep_a_caret_that_is_text():
    # an in-page link "^" is the operator/regex anchor as often as a backlink
    markup = '<p>The <a href="#xor"><code>^</code></a> operator is exclusive or.</p>'
    assert html_to_text(markup) == "The ^ operator is exclusive or."
