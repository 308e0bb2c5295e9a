"""Clause chrome_class_text (transforms.html_chrome, transforms.html_layout): in a page, a
block whose class names a site's chrome, outside <main>/<article>, is dropped with its text
unless more of its text lies outside links and headings than in them, or it holds the
page's <main>. Markup: real pages on this machine, cut short (the Rust Reference's
mdBook page whitespace.html from rustup's docs, httplib2's latex2html reference
module-httplib2.html in the Google Cloud SDK, docutils-doc's demo.html)."""

from __future__ import annotations

from transforms.html_text import html_to_text

# mdBook's bar over every page of a book: buttons and the book's title in an <h1>.
MDBOOK = """<html><head><title>Whitespace - The Rust Reference</title></head><body>
<div id="mdbook-page-wrapper" class="page-wrapper"><div class="page">
<div id="mdbook-menu-bar" class="menu-bar sticky">
<div class="left-buttons"><button id="mdbook-theme-toggle" class="icon-button" type="button"
title="Change theme"></button></div>
<h1 class="menu-title">The Rust Reference</h1>
<div class="right-buttons"><a href="print.html" title="Print this book"></a></div>
</div>
<div id="mdbook-content" class="content"><main>
<h1 id="whitespace"><a class="header" href="#whitespace">Whitespace</a></h1>
<p>Whitespace is any non-empty string containing only characters that have the
Pattern_White_Space Unicode property.</p>
</main></div></div></div></body></html>"""

# latex2html's child links under a Python 2 style reference page (no <main>, no <article>).
LATEX2HTML = """<html><body>
<div class="navigation"><table><tr>
<td class='online-navigation'><a rel="prev" title="1. Reference" href="ref.html">Previous</a></td>
</tr></table>
<b class="navlabel">Previous:</b> <a class="sectref" rel="prev" href="ref.html">1. Reference</a>
</div>
<h1>1.1 <tt class="module">httplib2</tt> A comprehensive HTTP client library.</h1>
<p>The <code>httplib2</code> module is a comprehensive HTTP client library with the
following features:</p>
<div class='online-navigation'>
<a name="CHILD_LINKS"><strong>Subsections</strong></a>
<ul class="ChildLinks">
<li><a href="http-objects.html">1.1.1 Http Objects</a>
<li><a href="cache-objects.html">1.1.2 Cache Objects</a>
</ul>
</div>
</body></html>"""


def test_chrome_class_text_an_mdbook_menu_bar_title_leaves_the_text():
    text = html_to_text(MDBOOK, page=True, headings=(headings := []))
    assert "The Rust Reference" not in text
    assert text.startswith("Whitespace\n\n\nWhitespace is any non-empty string")
    assert headings == [(1, "Whitespace")]


def test_chrome_class_text_latex2html_navigation_and_child_links_leave_the_text():
    text = html_to_text(LATEX2HTML, page=True)
    assert "Subsections" not in text and "1.1.1 Http Objects" not in text
    assert "Previous" not in text  # the class "navigation" div (no <nav>, no role)
    assert text.startswith("1.1 httplib2 A comprehensive HTTP client library.")
    assert "comprehensive HTTP client library with the following features:" in text
    # an EPUB chapter (not a page) keeps such a block, as before
    assert "1.1.1 Http Objects" in html_to_text(LATEX2HTML)


def test_chrome_class_text_a_sidebar_of_prose_stays_text():
    # docutils' html4css1 sidebar directive (demo.html): no <main> around the document, the
    # class "sidebar" on text of the article.
    page = """<html><body><div class="document">
<div class="sidebar">
<p class="first sidebar-title">Optional Sidebar Title</p>
<p class="sidebar-subtitle">Optional Subtitle</p>
<p>This is a sidebar.  It is for text outside the flow of the main
text.</p>
<p class="last">Sidebars often appears beside the main text with a border and
background color.</p>
</div></div></body></html>"""
    text = html_to_text(page, page=True)
    assert "This is a sidebar. It is for text outside the flow of the main text." in text
    assert "Optional Sidebar Title" in text and "background color." in text
    # a menu of links with one label inside it still goes, the sidebar's text stays
    menu = '<ul class="menu"><li><a href="demo.html">reStructuredText Demonstration</a></ul>'
    text = html_to_text(page.replace("</div></div>", f"{menu}</div></div>"), page=True)
    assert "Demonstration" not in text and "background color." in text


def test_chrome_class_text_a_wrapper_holding_main_is_read():
    # Read the Docs' theme: "wy-grid-for-nav" wraps the sidebar and the page's role="main";
    # the side menu is links, the page short: the page's text stays, the menu goes.
    links = "".join(f'<li><a href="s{i}.html">Section {i} of the guide</a></li>' for i in range(9))
    page = f"""<html><body class="wy-body-for-nav"><div class="wy-grid-for-nav">
<div class="wy-nav-side"><ul>{links}</ul></div>
<section class="wy-nav-content-wrap"><div class="rst-content">
<div role="main" class="document"><h1>Whitespace</h1>
<p>Whitespace is any non-empty string.</p></div></div></section>
</div></body></html>"""
    text = html_to_text(page, page=True, headings=(headings := []))
    assert text == "Whitespace\n\n\nWhitespace is any non-empty string."
    assert headings == [(1, "Whitespace")]


# Clause chrome_class_sentence (review of session 24): Blogger's layout (class names of its
# default templates: "widget Blog", "post hentry", "post-body entry-content", "blog-pager")
# puts a post inside a chrome-class block with no <main>/<article>; the post's text: the BBC
# article business/001 (shared data's BBC summaries), its first sentence.
BLOGGER = """<html><body><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<h2 class="date-header"><span>Monday, 3 May 2010</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">
<a href="http://x.blogspot.com/2010/05/p.html">Ad sales boost Time Warner profit</a></h3>
<div class="post-body entry-content">Quarterly profits at US media giant TimeWarner jumped
76% to $1.13bn for the three months to December.</div>
<div class="post-footer">Posted by <a href="/p">Jane</a> at <a href="/t">10:01</a>
<a href="/c">3 comments</a> Labels: <a href="/l1">media</a>, <a href="/l2">business</a>,
<a href="/l3">earnings</a></div>
</div></div>
<div class="blog-pager"><a href="/n">Newer Post</a> <a href="/o">Older Post</a>
<a href="/">Home</a></div>
<div class="comments"><h4>3 comments:</h4><dl><dt><a href="/u1">Anonymous</a> said...</dt>
<dd>Great</dd><dt><a href="/u2">Bob Smithers</a> said...</dt><dd>Nice</dd></dl></div>
</div></div></body></html>"""


def test_chrome_class_sentence_a_blogger_post_in_a_widget_stays():
    text = html_to_text(BLOGGER, page=True)
    assert "Quarterly profits at US media giant TimeWarner jumped" in text
    assert "Ad sales boost Time Warner profit" in text


def test_chrome_class_sentence_a_menu_of_links_still_goes():
    # mdBook's bar (no sentence) still leaves the page: the clause keeps only prose.
    menu = '<html><body><ul class="menu"><li><a href="a.html">Introduction</a></li>'
    menu += '<li><a href="b.html">What is Nettle?</a></li></ul><p>Nettle is a library.</p>'
    assert html_to_text(menu + "</body></html>", page=True) == "Nettle is a library."
