"""Clauses of ``transforms.html_text`` (HTML/XHTML -> plain text). The Sphinx and
live-manual markup is copied from the Debian EPUBs (ubuntu-packaging-guide-epub,
live-manual-epub); the rest is real text (A Tale of Two Cities, Moby-Dick, 吾輩は猫
である) in the markup Project Gutenberg, Standard Ebooks, Aozora Bunko and a web page
use, written here (short passages, not copied files)."""

from __future__ import annotations

import re

import pytest

from transforms.clean import clean_text
from transforms.file_kinds import document_kind
from transforms.html_files import decode_declared, html_by_name, read_as_html
from transforms.html_text import html_to_text

# A Tale of Two Cities, chapter I, in Project Gutenberg's EPUB 3 markup.
GUTENBERG = """<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>A Tale of Two Cities | Chapter I</title>
<style>p { text-indent: 1em }</style></head>
<body><section class="pg-boilerplate"><div class="chapter">
<h2><a id="link2HCH0001"></a>CHAPTER I.<br/>
The Period</h2>
<p>It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.</p>
<p>There were a king with a large jaw and a queen with a plain face, on the
throne of England;<span epub:type="pagebreak" id="page_2" title="2"/> there were
a king with a large jaw and a queen with a fair face, on the throne of France.</p>
</div></section></body></html>
"""


def test_block_paragraphs_are_set_off_by_blank_lines_and_source_wraps_joined():
    text = html_to_text(GUTENBERG)
    paragraphs = re.split(r"\n{2,}", text)
    assert paragraphs[1].startswith("It was the best of times, it was the worst of times, it")
    assert "\n" not in paragraphs[1] and "  " not in paragraphs[1]  # source wraps joined
    assert paragraphs[2].startswith("There were a king") and len(paragraphs) == 3
    assert "<" not in text and "text-indent" not in text  # clause dropped_elements: style


def test_heading_lines_one_line_per_heading_with_br_as_space():
    assert html_to_text(GUTENBERG).split("\n")[0] == "CHAPTER I. The Period"


def test_heading_gap_sets_a_heading_off_as_project_gutenberg_does():
    text = html_to_text("<p>the end of it.</p>" + GUTENBERG)
    assert text.startswith("the end of it.\n\n\n\nCHAPTER I. The Period\n\n\nIt was the best")


def test_page_break_marks_are_dropped_with_their_number():
    text = html_to_text(GUTENBERG)
    assert "on the throne of England; there were a king" in text
    # the forms with the number as text: EPUB 3 epub:type, DPUB-ARIA role
    for mark in ('epub:type="pagebreak" id="page7"', 'role="doc-pagebreak" aria-label="7"'):
        marked = f"<p>end of a line<span {mark}>7</span> next</p>"
        assert html_to_text(marked) == "end of a line next"


def test_footnote_backlinks_are_dropped_note_references_kept_as_marks():
    # Standard Ebooks' note markup: a reference in the text, the note's backlink
    # (the backlink's arrow is dropped; the reference is the mark "[1]", clause
    # note_reference_marks of transforms.html_notes, session 20: it was dropped)
    chapter = (
        '<p>the Diamond was in the Colonel\'s possession.<a href="endnotes.xhtml#note-1" '
        'id="noteref-1" epub:type="noteref">1</a></p>'
        '<aside epub:type="endnote" id="note-1"><p>A lakh of rupees. '
        '<a href="chapter-1.xhtml#noteref-1" epub:type="backlink">↩</a></p></aside>'
    )
    assert html_to_text(chapter) == (
        "the Diamond was in the Colonel's possession.[1]\n\nA lakh of rupees."
    )


def test_ruby_base_keeps_the_base_text_and_drops_readings():
    # Aozora Bunko's ruby markup (吾輩は猫である, opening), with <rp> and an unclosed <rt>
    aozora = (
        "<p><ruby><rb>吾輩</rb><rp>（</rp><rt>わがはい</rt><rp>）</rp></ruby>は猫である。"
        "名前はまだ無い。</p><p><ruby>見当<rt>けんとう</ruby>がつかぬ。</p>"
    )
    assert html_to_text(aozora) == "吾輩は猫である。名前はまだ無い。\n\n見当がつかぬ。"
    # HTML's ruby text container (a second annotation line, here its text bare)
    assert html_to_text("<p><ruby>東京<rt>とうきょう</rt><rtc>Tokyo</rtc></ruby>へ</p>") == "東京へ"


def test_cjk_segment_break_joins_japanese_wrapped_in_the_source():
    # live-manual.ja.epub wraps its source lines inside a paragraph
    markup = "<p>\n    Live マニュアルは第一に Live システムのビルドの支援を扱い、\n    エンドユーザ向けの話題は扱いません\n</p>"
    assert html_to_text(markup) == (
        "Live マニュアルは第一に Live システムのビルドの支援を扱い、エンドユーザ向けの話題は扱いません"
    )


def test_pre_kept_keeps_lines_and_indentation():
    # live-manual.en.epub, section 4.1
    markup = "<p>Run:</p><pre> $ lb config\n $ lb build\n\n    # done</pre>"
    assert html_to_text(markup) == "Run:\n\n $ lb config\n $ lb build\n\n    # done"


SPHINX = """<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8" />
<title>3. Fixing a bug in Ubuntu</title></head><body>
<div class="related" role="navigation" aria-label="related navigation"><h3>Navigation</h3>
<ul><li class="right"><a href="packaging-new-software.xhtml" accesskey="N">next</a></li>
<li class="nav-item nav-item-0"><a href="index.xhtml">Ubuntu Packaging Guide</a> &#187;</li>
</ul></div>
<div class="body" role="main"><section id="fixing-a-bug-in-ubuntu">
<h1><span class="section-number">3. </span>Fixing a bug in Ubuntu</h1>
<section id="introduction"><h2><span class="section-number">3.1. </span>Introduction</h2>
<p>If you followed the instructions to <a class="reference internal"
href="getting-set-up.xhtml"><span class="doc">get set up with Ubuntu
Development</span></a>, you should be all set and ready to go.</p>
<img alt="../_images/fixing-a-bug.png" src="../_images/fixing-a-bug.png" />
</section></section></div></body></html>"""


def test_navigation_role_and_images_dropped_in_a_book_chapter():
    assert html_to_text(SPHINX) == (
        "3. Fixing a bug in Ubuntu\n\n\n\n\n3.1. Introduction\n\n\nIf you followed the instructions "
        "to get set up with Ubuntu Development, you should be all set and ready to go."
    )


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Moby-Dick | Chapter 1</title></head>
<body><header><a href="/">Home</a> <nav><a href="/books">Books</a></nav></header>
<main><article><header><h1>Loomings</h1></header>
<p>Call me Ishmael. Some years ago&mdash;never mind how long precisely&mdash;having
little or no money in my purse, I thought I would sail about a little.</p>
<aside>Related: Typee</aside></article></main>
<footer>&copy; 2024 Example Books</footer></body></html>"""


def test_page_chrome_is_dropped_from_a_page_not_from_its_article():
    text = html_to_text(PAGE, page=True)
    assert text == (
        "Loomings\n\n\nCall me Ishmael. Some years ago—never mind how long precisely—having "
        "little or no money in my purse, I thought I would sail about a little.\n\n"
        "Related: Typee"
    )
    chapter = html_to_text(PAGE)  # an EPUB chapter keeps its header and footer
    assert chapter.startswith("Home\n\n\n\nLoomings") and chapter.endswith("© 2024 Example Books")


def test_page_title_opens_a_page_without_h1_never_twice():
    assert not html_to_text(PAGE, page=True).startswith("Moby-Dick")  # it has <h1>
    bare = PAGE.replace("<h1>Loomings</h1>", "")
    assert html_to_text(bare, page=True).startswith("Moby-Dick | Chapter 1\n\nCall me Ishmael.")
    assert html_to_text(bare).startswith("Home")  # a chapter's <title> is not its text


def test_html_by_name_only_for_markup_in_an_html_file():
    assert html_by_name("notes/page.htm", b"\xef\xbb\xbf\n <meta charset=utf-8><p>Hi</p>")
    assert not html_by_name("prose.html", b"Call me Ishmael. <b> is bold.")
    assert not html_by_name("page.txt", b"<p>Hi</p>")


def test_declared_charset_decodes_a_shift_jis_page():
    page = '<html><head><meta charset="Shift_JIS"></head><body><p>吾輩は猫である。</p>'
    data = page.encode("shift_jis")
    assert decode_declared(data) == (page, "shift_jis")
    assert decode_declared(page.encode()) is None  # UTF-8 is UTF-8 whatever it says


# --- review (session 17): clauses cdata_text, head_ends, note_reference_words,
# html_sniff_text_names; an <svg>'s <title> and MathML annotations are no text.


def test_cdata_text_keeps_an_xhtml_cdata_section():
    chapter = GUTENBERG.replace(
        "it was the age of\nwisdom", "it was the <![CDATA[age of\nwisdom]]>"
    )
    text = html_to_text(chapter)
    assert "it was the age of wisdom, it was the age of foolishness" in text


def test_head_ends_at_body_content_when_head_end_and_body_are_left_out():
    page = (
        "<html><head><meta charset='utf-8'><title>Moby-Dick</title>\n"
        "<p>Call me Ishmael. Some years ago, never mind how long precisely, having little "
        "or no money in my purse, I thought I would sail about a little.</p></html>"
    )
    text = html_to_text(page, page=True)
    assert text.startswith("Moby-Dick\n\nCall me Ishmael. Some years ago")
    assert text.endswith("sail about a little.")


def test_note_reference_words_are_kept_marks_written_as_marks():
    # clause note_reference_marks (session 20): a mark ("[12]", "iv") is "[12]", "[iv]"
    # glued to its word; it was dropped
    chapter = (
        '<p>I stuffed a shirt or two into my old <a epub:type="noteref" href="n.xhtml#n1">'
        "carpet-bag</a>, tucked it under my arm, and started for Cape Horn and the Pacific"
        '<a epub:type="noteref" href="n.xhtml#n2"><sup>[12]</sup></a>. Quitting the good '
        'city of old Manhatto<a role="doc-noteref" href="#n3">iv</a>, I duly arrived.</p>'
    )
    assert html_to_text(chapter) == (
        "I stuffed a shirt or two into my old carpet-bag, tucked it under my arm, and "
        "started for Cape Horn and the Pacific[12]. Quitting the good city of old Manhatto[iv], "
        "I duly arrived."
    )


def test_an_svg_title_and_a_math_annotation_are_no_text():
    page = (
        "<html><head><title>Relativity</title></head><body><svg><title>menu icon</title>"
        "</svg><p>Let <math><semantics><mi>c</mi><annotation encoding='application/x-tex'>"
        "c</annotation></semantics></math> be the velocity of light.</p></body></html>"
    )
    assert html_to_text(page, page=True) == "Relativity\n\nLet c be the velocity of light."


@pytest.mark.parametrize(
    "name,data,expected",
    [
        ("notes.txt", b"<html> is the root element of a page; <head> comes first.\n", False),
        ("notes.md", b"<html>\n\n# Notes\n\nCall me **Ishmael**.\n", False),
        (
            "saved.txt",
            b"<!DOCTYPE html>\n<html><body><p>Call me Ishmael.</p></body></html>\n",
            True,
        ),
        ("index", b"<!DOCTYPE html>\n<html><body><p>Call me Ishmael.</p>", True),
        ("page.html", b"<p>Call me Ishmael.</p>", True),
    ],
)
def test_html_sniff_text_names_reads_a_text_name_as_html_only_when_it_ends_as_a_page(
    name, data, expected
):
    assert read_as_html(name, document_kind(data), data) is expected


def test_permalink_marks_after_headings_and_definitions_are_dropped():
    """Markup of /usr/share/doc pages: Sphinx (python-policy.html), Texinfo (libffi),
    Node.js (fs.html); their sign was glued to every heading."""
    page = (
        '<h2><span class="section-number">1. </span>Copyright<a class="headerlink" '
        'href="#copyright" title="Permalink to this heading">¶</a></h2>'
        '<dl><dt id="index-ffi_005fstatus"><span class="category">Function: </span>'
        "<span><strong>ffi_status</strong> <em>ffi_prep_cif (ffi_cif *<var>cif</var>)</em>"
        "<a class=\"copiable-link\" href='#index-ffi_005fstatus'> &para;</a></span></dt></dl>"
        '<h2>File system<span><a class="mark" href="#file-system" id="file-system">#</a>'
        '</span><a aria-hidden="true" class="legacy" id="fs_file_system"></a></h2>'
        '<p>See <a href="#copyright">Copyright</a>.</p>'
    )
    assert re.split(r"\n+", html_to_text(page)) == [
        "1. Copyright",
        "Function: ffi_status ffi_prep_cif (ffi_cif *cif)",
        "File system",
        "See Copyright.",
    ]


def test_dropped_end_omitted_a_dropped_unclosed_element_ends_where_html_ends_it():
    """An unclosed page-break <p> (DPUB-ARIA markup around Moby-Dick, chapter 1), an
    unclosed page-break <li> and <hr/>: the text after them was swallowed."""
    chapter = (
        "<p>Call me Ishmael. Some years ago&mdash;never mind how long precisely.\n"
        '<p role="doc-pagebreak" aria-label="2">2\n'
        "<p>It is a way I have of driving off the spleen, and regulating the circulation.\n"
        '<div><p epub:type="pagebreak" title="3">3</div>\n'
        "<p>Whenever I find myself growing grim about the mouth.</p>"
    )
    assert re.split(r"\n+", html_to_text(chapter)) == [
        "Call me Ishmael. Some years ago—never mind how long precisely.",
        "It is a way I have of driving off the spleen, and regulating the circulation.",
        "Whenever I find myself growing grim about the mouth.",
    ]
    items = '<ul><li>Loomings<li role="doc-pagebreak">7<li>The Carpet-Bag</ul><p>The Spouter-Inn'
    assert re.split(r"\n+", html_to_text(items)) == [
        "Loomings",
        "The Carpet-Bag",
        "The Spouter-Inn",
    ]
    rule = '<p role="doc-pagebreak">8<hr/><p>The Chapel'
    assert html_to_text(rule) == "The Chapel"
    # a dropped element that holds its own kind still ends at its own end tag only
    nested = "<nav><ul><li>Home<li>Books<ul><li>Novels</ul></ul></nav><p>Call me Ishmael."
    assert html_to_text(nested) == "Call me Ishmael."


def test_dropped_end_parent_an_inline_or_void_end_tag_ends_no_dropped_element():
    """Clause dropped_end_parent: XHTML's "<img ...></img>", "<br></br>" or a misnested
    "</i>" inside an unclosed-able dropped element is no parent's end: the page
    number after it was text."""
    chapter = (
        '<p>Call me Ishmael.</p><p epub:type="pagebreak" title="2"><img src="pb.png" alt="">'
        '</img>page 2</p><p role="doc-pagebreak"><b><i>page 3</b></i> iii</p>'
        '<ol><li>Loomings</li><li role="doc-pagebreak">7<br></br>vii</li><li>The Carpet-Bag</ol>'
    )
    assert re.split(r"\n+", html_to_text(chapter)) == [
        "Call me Ishmael.",
        "1. Loomings",
        "2. The Carpet-Bag",  # a dropped page-break item takes no number
    ]


def test_doctype_subset_leaves_no_bracket_in_the_text():
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/'
        'DTD/xhtml11.dtd" [\n<!ENTITY nbsp "&#160;">\n<!ENTITY mdash "&#8212;">\n]>\n'
        "<html><body><p>Call me Ishmael.</p></body></html>"
    )
    assert html_to_text(page, page=True) == "Call me Ishmael."


def test_ordered_numbers_written_as_a_browser_shows_them():
    # python3/python-policy.html (Sphinx): <ol class="arabic simple"><li><p>...
    policy = (
        '<ol class="arabic simple">\n<li><p>Applications should use Python 3 and must not '
        "be packaged for Python\n2 as well.</p></li>\n<li><p>Selected pre-releases and "
        "release candidates of new Python versions</p></li>\n</ol>"
    )
    assert html_to_text(policy) == (
        "1. Applications should use Python 3 and must not be packaged for Python 2 as well."
        "\n\n2. Selected pre-releases and release candidates of new Python versions"
    )
    steps = (
        '<ol start="3"><li>lb config<li value="7">lb build<li>lb clean</ol>'
        '<ol type="a"><li>amd64<li>i386</ol><ol type="I"><li>Introduction<li>Usage</ol>'
        "<ul><li>live-build<li>live-boot</ul>"
    )
    assert re.split(r"\n+", html_to_text(steps)) == [
        "3. lb config",
        "7. lb build",
        "8. lb clean",
        "a. amd64",
        "b. i386",
        "I. Introduction",
        "II. Usage",
        "live-build",  # an <ul> item stays a paragraph of its own, as before
        "live-boot",
    ]


def test_table_rows_one_line_per_row_cells_joined():
    # libffi8/html/Index.html (Texinfo): the index table
    index = (
        '<table><tr><td></td><th align="left">Index Entry</th><td>&nbsp;</td>'
        '<th align="left"> Section</th></tr>\n<tr><td colspan="4"> <hr></td></tr>\n'
        '<tr><td></td><td valign="top"><a href="Introduction.html#index-ABI">ABI</a>:</td>'
        '<td>&nbsp;</td><td valign="top"><a href="Introduction.html">Introduction</a></td></tr>'
        '\n<tr><td></td><td valign="top"><a href="The-Basics.html#index-cif">cif</a>:</td>'
        '<td>&nbsp;</td><td valign="top"><a href="The-Basics.html">The Basics</a></td></tr>'
        "</table><p>Next: Introduction</p>"
    )
    assert html_to_text(index) == (
        "Index Entry | Section\n\nABI: | Introduction\n\ncif: | The Basics\n\nNext: Introduction"
    )


def test_table_row_paragraphs_keep_rows_apart_through_unwrap():
    """Clause table_row_paragraphs: rows as lines of one paragraph were joined by
    unwrap (a row opening lower case continues the line above): 252 of 1,221 rows of
    the /usr/share/doc pages. libxslt1-dev gtk-doc libxslt-attributes.html:"""
    table = (
        '<div class="variablelist"><table border="0"><col align="left"/><tbody><tr><td>'
        '<span class="term"><i><tt>ctxt</tt></i>:</span></td><td>the XSLT stylesheet</td></tr>'
        '<tr><td><span class="term"><i><tt>node</tt></i>:</span></td><td>the node in the '
        'source tree.</td></tr><tr><td><span class="term"><i><tt>inst</tt></i>:</span></td>'
        '<td>the attribute node "xsl:use-attribute-sets"</td></tr><tr><td><span class="term">'
        "<i><tt>attrSets</tt></i>:</span></td><td>the list of QNames of the attribute-sets to "
        "be applied</td></tr></tbody></table></div>"
    )
    page = (
        "<p>Apply the xsl:use-attribute-sets. If @attrSets is NULL, then @inst will be used"
        " to exctract this value. If both, @attrSets and @inst, are NULL, then this will do"
        f" nothing.</p>\n{table}<p>Free up the memory used by attribute sets</p>"
    )
    lines = clean_text(html_to_text(page, page=True)).text.split("\n")
    assert 'inst: | the attribute node "xsl:use-attribute-sets"' in lines
    assert "attrSets: | the list of QNames of the attribute-sets to be applied" in lines


def test_skip_links_dropped_from_a_page_only():
    # nodejs/api/zlib.html opens with its skip link
    page = (
        '<body class="alt apidoc" id="api-section-zlib">\n  <a href="#apicontent" '
        'class="skip-to-content">Skip to content</a>\n<div id="content"><h1>Zlib</h1>'
        '<p>The <a href="#zlib">node:zlib</a> module provides compression functionality.'
        ' <a href="#usage">Jump to the usage</a>.</p></div></body>'
    )
    assert html_to_text(page, page=True) == (
        "Zlib\n\n\nThe node:zlib module provides compression functionality. Jump to the usage."
    )
    assert html_to_text(page).startswith("Skip to content")  # an EPUB chapter keeps it


def test_ordered_lines_keep_a_numbered_algorithm_in_one_paragraph():
    # nodejs/api/esm.html, ESM_RESOLVE: short steps, one nested list
    steps = (
        "<p><strong>ESM_RESOLVE</strong>(<em>specifier</em>, <em>parentURL</em>)</p>\n<ol>\n"
        "<li>Let <em>resolved</em> be <strong>undefined</strong>.</li>\n<li>If <em>specifier</em>"
        " is a valid URL, then\n<ol>\n<li>Set <em>resolved</em> to the result of parsing and "
        "reserializing <em>specifier</em> as a URL.</li>\n</ol>\n</li>\n"
        "<li>Let <em>format</em> be undefined.</li>\n</ol><p>Next.</p>"
    )
    assert html_to_text(steps, page=True) == (
        "ESM_RESOLVE(specifier, parentURL)\n\n1. Let resolved be undefined.\n"
        "2. If specifier is a valid URL, then\n1. Set resolved to the result of parsing and "
        "reserializing specifier as a URL.\n3. Let format be undefined.\n\nNext."
    )
    assert html_to_text('<ol type=""><li>a</ol><ol type="x"><li>b</ol>') == "1. a\n\n1. b"


def test_ordered_lines_decimal_only_lettered_items_stay_paragraphs():
    """Clause ordered_lines_decimal: unwrap keeps "2. " apart from the line above but
    not "b. " or "ii. ": lettered and roman items as lines were joined into one."""
    choices = (
        '<p>Choose the installation type:</p><ol type="a"><li>install the system onto the '
        "hard disk of this computer, replacing</li><li>run the live system</li></ol>"
        '<ol type="i"><li>first, the kettle is filled</li><li>then it is put on</li></ol>'
    )
    text = html_to_text(choices)
    assert re.split(r"\n+", text) == [
        "Choose the installation type:",
        "a. install the system onto the hard disk of this computer, replacing",
        "b. run the live system",
        "i. first, the kettle is filled",
        "ii. then it is put on",
    ]
    assert "\nb. run the live system" in clean_text(text).text


def test_dropped_mark_end_an_unclosed_page_number_span_ends_at_its_paragraph():
    """Clause dropped_mark_end: a page-break <span> or a noteref <a> left unclosed
    ends where a browser ends it, at its paragraph's end; it swallowed the chapter."""
    chapter = (
        "<p>Call me Ishmael. Some years ago, I thought I would sail about a little"
        ' <span epub:type="pagebreak" id="page_2" title="2">2</p>\n'
        "<p>It is a way I have of driving off the spleen.<a epub:type='noteref' href='#n1'>1"
        "</p>\n<p>Whenever I find myself growing grim about the mouth.</p>"
    )
    assert re.split(r"\n+", html_to_text(chapter)) == [
        "Call me Ishmael. Some years ago, I thought I would sail about a little",
        "It is a way I have of driving off the spleen.[1]",
        "Whenever I find myself growing grim about the mouth.",
    ]
