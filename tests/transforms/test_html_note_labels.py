"""Session 21 clauses of ``transforms.html_notes``: a note's label reads as its
reference does ("[1]"). Markup and text copied from real pages: r-doc-html's R-ints.html
(Texinfo), docutils-doc's FAQ.html (docutils' html4css1 writer), maint-guide-fr's
dreq.fr.html (DocBook), nodejs' webcrypto.html (cmark-gfm), and cmark-gfm 0.29's own
output for a two-note text."""

from __future__ import annotations

from tests.transforms.test_html_note_marks import WEBCRYPTO
from transforms.html_text import html_to_text

R_INTS = """<p>and then some further
fields.  On a 32-bit platform a node<a id="DOCF1" href="#FOOT1"><sup>1</sup></a> occupies 32 bytes: on a 64-bit platform typically 56
bytes (depending on alignment constraints).
</p>
<div class="footnote">
<hr>
<h4 class="footnotes-heading">Footnotes</h4>

<h5><a id="FOOT1" href="#DOCF1">(1)</a></h5>
<p>strictly, a <code>SEXPREC</code>
node; <code>VECTOR_SEXPREC</code> nodes are slightly smaller but followed by
data in the node.</p>
<h5><a id="FOOT2" href="#DOCF2">(2)</a></h5>
<p>a pointer to a function or a symbol to look up the
function by name, or a language object to be evaluated to give a
function.</p>
</div>"""


def test_note_heading_label_texinfo_notes_open_with_their_reference_mark():
    text = html_to_text(R_INTS, page=True)
    assert "On a 32-bit platform a node[1] occupies 32 bytes" in text
    # the note's "(1)" heading opens the note as "[1] ", as its reference reads
    assert "\n\n[1] strictly, a SEXPREC node; VECTOR_SEXPREC nodes" in text
    assert "\n\n[2] a pointer to a function or a symbol" in text
    assert "(1)" not in text and "(2)" not in text
    # the "Footnotes" heading is still a heading (no label)
    headings: list = []
    html_to_text(R_INTS, page=True, headings=headings)
    assert headings == [(4, "Footnotes")]


# cmark-gfm 0.29.0.gfm.6 (`cmark-gfm --extension footnotes`) of a two-note text
GFM = """<p>A lakh of rupees was paid.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> Then more.<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup></p>
<section class="footnotes" data-footnotes>
<ol>
<li id="fn-1">
<p>A lakh is one hundred thousand. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
</li>
<li id="fn-2">
<p>Second. <a href="#fnref-2" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
</li>
</ol>
</section>"""


def test_note_list_labels_ol_notes_are_numbered_as_their_references():
    assert html_to_text(GFM) == (
        "A lakh of rupees was paid.[1] Then more.[2]\n\n"
        "[1] A lakh is one hundred thousand.\n\n[2] Second."
    )
    # nodejs' webcrypto.html (cmark-gfm, GitHub's "user-content-" ids)
    text = html_to_text(WEBCRYPTO)
    assert "'Ed448'[1] | ✔" in text
    assert text.endswith(
        "[1] An experimental implementation of Ed448 and X448 algorithms as of 21 October 2024"
    )
    # Standard Ebooks' endnotes (an <ol> of epub:type="endnote" items)
    endnotes = (
        '<section id="endnotes" role="doc-endnotes" epub:type="endnotes"><ol>'
        '<li id="note-1" role="doc-endnote" epub:type="endnote"><p>A lakh of rupees. '
        '<a href="chapter-1.xhtml#noteref-1" role="doc-backlink" epub:type="backlink">↩</a>'
        "</p></li></ol></section>"
    )
    assert html_to_text(endnotes) == "[1] A lakh of rupees."
    # an <ol> of steps is numbered as before, in or out of a notes section
    steps = "<ol><li>Download the file.</li><li>Unpack it.</li></ol>"
    assert html_to_text(steps) == "1. Download the file.\n2. Unpack it."
    assert html_to_text(f'<div class="footnote">{steps}</div>') == (
        "1. Download the file.\n2. Unpack it."
    )


FAQ = """<p>There is no registered MIME type for reStructuredText, the
&quot;official unofficial&quot; standard MIME type is &quot;text/x-rst&quot;. <a class="footnote-reference" href="#footnote-1" id="footnote-reference-1">[1]</a>  This was
invented for the build system for PEPs.</p>
<table class="docutils footnote" frame="void" id="footnote-1" rules="none">
<colgroup><col class="label" /><col /></colgroup>
<tbody valign="top">
<tr><td class="label"><a class="fn-backref" href="#footnote-reference-1">[1]</a></td><td>The &quot;x-&quot; prefix means it's an unregistered MIME type.</td></tr>
</tbody>
</table>"""


def test_note_label_cell_docutils_table_note_reads_label_then_text():
    text = html_to_text(FAQ)
    assert text.endswith('\n\n[1] The "x-" prefix means it\'s an unregistered MIME type.')
    # a table that is no note keeps its cells
    table = "<table><tr><td>[1]</td><td>The prefix</td></tr></table>"
    assert html_to_text(table) == "[1] | The prefix"
    # review (label_cell_bracketed): a table of a number and a word inside a note
    # (markup written for the review, no real page of the set has one) keeps " | "
    note_table = (
        '<div class="footnote"><table><tr><td>1</td><td>red</td></tr>'
        "<tr><td>2</td><td>blue</td></tr></table></div>"
    )
    assert html_to_text(note_table) == "1 | red\n\n2 | blue"


def test_bracket_note_links_html4css1_reference_is_glued():
    text = html_to_text(FAQ)
    assert 'standard MIME type is "text/x-rst".[1] This was invented' in text
    # an in-page link of words, or of a bare number, is left as it was
    link = '<p>See <a href="#footnote-1">[note]</a> and section <a href="#s-1">1</a>.</p>'
    assert html_to_text(link) == "See [note] and section 1."
    # python3.11-doc genindex-all.html: index links "[2]" to another page, whose path (not
    # its target) holds "ref", are no notes: their ", " stays
    index = (
        '<ul><li><a href="c-api/bytearray.html#index-0">object</a>, <a href="library/'
        'stdtypes.html#index-22">[1]</a>, <a href="reference/datamodel.html#index-1">[2]</a>'
        '</li><li>PYTHONDUMPREFS, <a href="using/cmdline.html#envvar-PYTHONDUMPREFS">[1]'
        '</a>, <a href="c-api/init.html#envvar-PYTHONDUMPREFS">[2]</a></li><li>f (C++ '
        'function), <a href="domains.html#_CPPv4N16overload_example1C1fEi">[1]</a></li></ul>'
    )
    assert html_to_text(index) == (
        "object, [1], [2]\n\nPYTHONDUMPREFS, [1], [2]\n\nf (C++ function), [1]"
    )


def test_note_backlinked_a_reference_with_generated_ids_is_a_mark():
    # the R-ints reference and note with generated ids, as docutils writes them
    # ("id1", "id5"): no name says "note", the note's link back to "id1" does
    page = (
        '<p>On a 32-bit platform a node<sup id="id1"><a href="#id5">1</a></sup> occupies '
        '32 bytes.</p><p id="id5"><a href="#id1">1</a> strictly, a SEXPREC node.</p>'
    )
    assert html_to_text(page).startswith("On a 32-bit platform a node[1] occupies 32 bytes.")
    # an exponent linked to its equation has no link back: unchanged
    exponent = '<p>E = mc<sup><a href="#id7">2</a></sup>.</p><p id="id7">Energy.</p>'
    assert html_to_text(exponent).startswith("E = mc2.")


def test_sup_mark_list_two_links_in_one_sup_are_two_marks():
    # a Python-Markdown style reference to two notes in one <sup> (R-ints' text)
    page = '<p>a node<sup><a href="#fn:1">1</a>,<a href="#fn:2">2</a></sup> occupies 32 bytes.</p>'
    assert html_to_text(page) == "a node[1][2] occupies 32 bytes."
    # a <sup> of two numbers without links ("2,3" of a formula) is unchanged
    assert html_to_text("<p>x<sup>2,3</sup> here</p>") == "x2,3 here"


def test_spaced_mark_french_colon_keeps_its_space_before_the_mark():
    # maint-guide-fr dreq.fr.html (DocBook): the source's "paquets&nbsp;: [33]"
    page = (
        '<html lang="fr"><body><p>\nVoici une description simplifiée des relations entre '
        'paquets\u00a0: <a href="#ftn.idm1345" class="footnote" id="idm1345"><sup '
        'class="footnote">[33]</sup></a>\n</p></body></html>'
    )
    assert html_to_text(page) == (
        "Voici une description simplifiée des relations entre paquets\u00a0: [33]"
    )
    # a mark after an unspaced colon is glued as before
    english = '<p>as follows: <a href="#ftn.x"><sup>[3]</sup></a></p>'
    assert html_to_text(english) == "as follows:[3]"


def test_texi2html_notes_and_references_read_the_same():
    # gettext-doc (texi2html): the reference in gettext_3.html, the note in
    # gettext_fot.html, no footnote element (clauses note_heading_label, bracket_note_links)
    reference = (
        "<p>The empty string could have\nbeen omitted, but only if the string starting with "
        "&lsquo;<samp>Here</samp>&rsquo; was\npromoted on the first line, right after "
        '<code>msgid</code>.<a name="DOCF2" href="gettext_fot.html#FOOT2">(2)</a> It was '
        "not really necessary</p>"
    )
    assert html_to_text(reference).endswith("right after msgid.[2] It was not really necessary")
    notes = (
        '<h1>Footnotes</h1>\n<h3><a name="FOOT2" href="gettext_3.html#DOCF2">(2)</a></h3>\n'
        "<p>This\nlimitation is not imposed by GNU <code>gettext</code>, but is for "
        "compatibility\nwith the <code>msgfmt</code> implementation on Solaris.\n</p>"
    )
    assert html_to_text(notes) == (
        "Footnotes\n\n\n[2] This limitation is not imposed by GNU gettext, but is for "
        "compatibility with the msgfmt implementation on Solaris."
    )
    # a heading "(2)" without a note's link stays a heading; a link "(2)" without a
    # note's name stays as it was
    assert html_to_text("<h3>(2)</h3><p>Text.</p>") == "(2)\n\n\nText."
    assert html_to_text('<p>see <a href="#s2">(2)</a> above</p>') == "see (2) above"


def test_bracket_note_links_a_link_opening_a_cell_after_spaces_is_read_safely():
    # gnutls-doc api-reference/gnutls-abstract.html (gtk-doc): the link's target names
    # "ref" ("preferred"); the cell's spaces went to its " | " before the link ended
    # (an IndexError in the first version of bracket_note_links)
    row = (
        '<table><tr>\n<td class="function_type">\n<span class="returnvalue">int</span>\n'
        '</td>\n<td class="function_name">\n<a class="link" href="gnutls-abstract.html#'
        'gnutls-pubkey-get-preferred-hash-algorithm" title="gnutls_pubkey_get_preferred_'
        'hash_algorithm ()">gnutls_pubkey_get_preferred_hash_algorithm</a> <span '
        'class="c_punctuation">()</span>\n</td>\n</tr></table>'
    )
    assert html_to_text(row) == "int | gnutls_pubkey_get_preferred_hash_algorithm ()"


def test_reference_class_no_note_sphinx_equation_reference_keeps_its_parentheses():
    # review: Sphinx writes every in-page link class="reference internal"; "ref" of
    # "reference" named a note, so an equation reference "(2)" read "formula[2]" (a
    # Sphinx page's markup, sphinx.ext.math's :eq: role)
    page = (
        "<p>We can rewrite it as a sum of cubes and then use the relevant factoring formula "
        '<a class="reference internal" href="#equation-sum-and-difference-of-cubes">(2)</a> '
        "above.</p>"
    )
    assert html_to_text(page) == (
        "We can rewrite it as a sum of cubes and then use the relevant factoring formula (2) above."
    )
    # python-cvxopt-doc 1.3.0 lapack.html (Sphinx): was "we solve the KKT system[1]."
    cvxopt = (
        '<p>As an example we solve the KKT system <a class="reference internal" '
        'href="#equation-e-kkt-example">(1)</a>.</p>'
    )
    assert html_to_text(cvxopt) == "As an example we solve the KKT system (1)."
    # docutils' own footnote reference (class "footnote-reference") is still a mark
    assert 'type is "text/x-rst".[1] This was' in html_to_text(FAQ)


def test_bracket_word_space_a_citation_after_a_word_keeps_its_space():
    # review: a numbered citation to a bibliography ("#ref1", a README's HTML; the Dublin
    # Core "DCMI Citation Working Group [1]") was glued to its word: "described in[1],"
    page = (
        "<p>Linear latent force models: These models are described in "
        '<a href="#ref1">[1]</a>, they combine simple linear ODEs with a flexible Gaussian '
        'process term.</p><td>DCMI Citation Working Group <a href="#ref1">[1]</a>\n</td>'
    )
    assert html_to_text(page) == (
        "Linear latent force models: These models are described in [1], they combine "
        "simple linear ODEs with a flexible Gaussian process term.\n\n"
        "DCMI Citation Working Group [1]"
    )
    # a footnote's reference (named "footnote"/"FOOT") is glued as before
    assert "right after msgid.[2] It was" in html_to_text(
        'right after <code>msgid</code>.<a name="DOCF2" href="gettext_fot.html#FOOT2">(2)</a>'
        " It was"
    )


def test_note_list_labels_an_item_id_holding_ref_inside_a_word_is_no_note():
    # review: "ref" inside "preferred" (gnutls-doc's gtk-doc anchors) named the item a note
    notes = (
        '<div class="footnotes"><ol><li id="gnutls-pubkey-get-preferred-hash-algorithm">'
        "This function will read the certificate and return the appropriate digest."
        '</li><li id="fn-2">A second note.</li></ol></div>'
    )
    assert html_to_text(notes) == (
        "1. This function will read the certificate and return the appropriate digest.\n"
        "[2] A second note."
    )


# Python-Markdown 3.x's real output (`markdown.markdown(src, extensions=["footnotes"])`)
# for a text with two notes, a list of steps and a note holding a list of steps
PYTHON_MARKDOWN = """<p>A lakh of rupees was paid.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> Then more.<sup id="fnref:note"><a class="footnote-ref" href="#fn:note">2</a></sup></p>
<ol>
<li>Download the file.</li>
<li>Unpack it.</li>
</ol>
<div class="footnote">
<hr />
<ol>
<li id="fn:1">
<p>A lakh is one hundred thousand.&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a></p>
</li>
<li id="fn:note">
<p>Second, with steps:</p>
<ol>
<li>one step</li>
<li>two step</li>
</ol>
<p><a class="footnote-backref" href="#fnref:note" title="Jump back to footnote 2 in the text">&#8617;</a></p>
</li>
</ol>
</div>"""


def test_note_list_labels_python_markdown_real_output():
    # review: the author had no real Python-Markdown output; the steps inside a note and
    # outside the notes keep "1. ", the notes read as their references
    assert html_to_text(PYTHON_MARKDOWN) == (
        "A lakh of rupees was paid.[1] Then more.[2]\n\n1. Download the file.\n2. Unpack it."
        "\n\n[1] A lakh is one hundred thousand.\n\n[2] Second, with steps:\n\n"
        "1. one step\n2. two step"
    )


def test_sup_mark_links_only_a_sup_list_needs_a_link_per_mark():
    # review: a <sup> of one note link and a plain letter ("a, b": a note "a" of R-ints'
    # text and the exponent's index "b") read "[a][b]", the "b" made a mark of its own
    page = '<p>a node<sup><a href="#fn:a">a</a>, b</sup> occupies 32 bytes.</p>'
    assert html_to_text(page) == "a nodea, b occupies 32 bytes."
    both = '<p>a node<sup><a href="#fn:a">a</a>, <a href="#fn:b">b</a></sup> occupies</p>'
    assert html_to_text(both) == "a node[a][b] occupies"


# docutils-doc 0.19 (Debian 12), html4css1 writer: citation and footnote tables
_CITATION = (
    '<table class="docutils citation" frame="void" id="{id}" rules="none">\n'
    '<colgroup><col class="label" /><col /></colgroup>\n<tbody valign="top">\n'
    "<tr>{row}</tr>\n</tbody>\n</table>"
)


def test_citation_key_label_a_key_without_digits_is_the_citations_label():
    # docs/user/manpage.html and docs/ref/doctree.html
    lmht = _CITATION.format(
        id="lmht",
        row='<td class="label"><a class="fn-backref" href="#citation-reference-1">[LMHT]</a>'
        '</td><td><a class="reference external" href="https://tldp.org/HOWTO/Man-Page/">'
        "Linux Man Page Howto</a>.</td>",
    )
    assert html_to_text(lmht) == "[LMHT] Linux Man Page Howto."
    model = _CITATION.format(
        id="exchange-table-model",
        row='<td class="label">[exchange-table-model]</td><td><cite>XML Exchange Table Model '
        "DTD</cite>, OASIS Technical\nMemorandum 9901:1999.</td>",
    )
    assert html_to_text(model) == (
        "[exchange-table-model] XML Exchange Table Model DTD, OASIS Technical Memorandum 9901:1999."
    )
    # a footnote (no citation) keeps asking for a digit: a word cell is no label
    table = lmht.replace("docutils citation", "docutils footnote").replace("[LMHT]", "[Back]")
    assert html_to_text(table) == "[Back] | Linux Man Page Howto."


def test_note_backref_list_numbered_back_references_are_dropped_with_their_links():
    # docs/user/rst/demo.html: a citation and a footnote referred to twice
    cit = _CITATION.format(
        id="cit2002",
        row='<td class="label">[CIT2002]</td><td><em>(<a class="fn-backref" '
        'href="#citation-reference-1">1</a>, <a class="fn-backref" href="#citation-reference-2">'
        "2</a>)</em> Citations are text-labeled footnotes. They may be\nrendered separately "
        "and differently from footnotes.</td>",
    )
    assert html_to_text(cit) == (
        "[CIT2002] Citations are text-labeled footnotes. They may be rendered separately and "
        "differently from footnotes."
    )
    note = _CITATION.format(
        id="label",
        row='<td class="label">[2]</td><td><em>(<a class="fn-backref" '
        'href="#footnote-reference-3">1</a>, <a class="fn-backref" href="#footnote-reference-6">'
        "2</a>)</em> Footnotes may be numbered, either manually (as in <a "
        'class="footnote-reference" href="#footnote-1" id="footnote-reference-5">[1]</a>) or\n'
        "automatically using a &quot;#&quot;-prefixed label.</td>",
    ).replace("docutils citation", "docutils footnote")
    assert html_to_text(note) == (
        '[2] Footnotes may be numbered, either manually (as in[1]) or automatically using a "#"-'
        "prefixed label."
    )
    # a note's own text opening with numbers in parentheses, not 1 to n, keeps them
    own = note.replace(">2</a>)", ">3</a>)")
    assert html_to_text(own).startswith("[2] (1, 3) Footnotes")


def test_backref_list_links_a_notes_own_tuple_is_kept():
    """Clause backref_list_links: "(1, 2)" after a note's label is dropped only when the
    note has as many in-page links (its back-references); a footnote whose own text opens
    with a tuple keeps it. Text: the Python 3.11 tutorial's "Comparing Sequences" line
    "(1, 2) < (1, 2, -1)" in a docutils html4 footnote table."""
    note = _CITATION.format(
        id="f2",
        row='<td class="label">[2]</td><td>(1, 2) &lt; (1, 2, -1): the shorter sequence '
        "is the smaller one.</td>",
    ).replace("docutils citation", "docutils footnote")
    assert html_to_text(note) == "[2] (1, 2) < (1, 2, -1): the shorter sequence is the smaller one."
