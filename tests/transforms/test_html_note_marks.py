"""Session 20 clauses of ``transforms.html_notes`` (``note_reference_marks``,
``sup_note_links``, ``box_colon_lang``, ``box_title_list``) and the sentence rule
``note_mark_end`` (``transforms.note_marks``). Markup and text copied from real Debian
pages: python3.11-doc (library/chunk.html, library/site.html), nettle-dev's nettle.html
(Texinfo), nodejs' webcrypto.html (cmark-gfm), apache2-doc's French manual
(mod_auth_form.fr, mod_proxy_express.fr), debian-handbook."""

from __future__ import annotations

from tests.transforms.test_html_notes import CHUNK
from transforms.clean import clean_text
from transforms.html_text import html_to_text
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "en").tolist()]


def test_note_reference_marks_sphinx_reference_stays_in_the_sentence():
    text = html_to_text(CHUNK, page=True)
    # the reference (docutils writes "chunks. [1]  This") is the mark, glued to its word
    assert "files that use EA IFF 85 chunks.[1] This format is used in at least" in text
    # ... and the note it points to opens with the same label
    assert "\n\n[1] “EA IFF 85” Standard for Interchange Format Files" in text
    # a mark that opens a table cell stays in its cell (python3.11-doc c-api/exceptions.html's
    # Notes column, its cells without their <p>): not glued to the cell before it
    row = (
        "<table><tr><td>PyExc_BaseException</td><td>BaseException</td><td><a "
        'class="footnote-reference brackets" href="#id7" id="id1" role="doc-noteref"><span '
        'class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></td></tr></table>'
    )
    assert html_to_text(row) == "PyExc_BaseException | BaseException | [1]"
    # ... and so does a cmark-gfm reference (nodejs webcrypto.html's) in a cell of its own
    gfm = row.split("<td><a")[0] + (
        '<td><sup><a href="#user-content-fn-1" id="user-content-fnref-1" '
        'data-footnote-ref="">1</a></sup></td></tr></table>'
    )
    assert html_to_text(gfm) == "PyExc_BaseException | BaseException | [1]"
    # a mark that is words stays words (clause note_reference_words)
    words = '<p>my old <a epub:type="noteref" href="n.xhtml#n1">carpet-bag</a>, tucked</p>'
    assert html_to_text(words) == "my old carpet-bag, tucked"


NETTLE = """<p>The signature is computed from <code>x</code> and the private key as <code>s = x^d
mod n</code><a id="DOCF1" href="#FOOT1"><sup>1</sup></a>. The signature, <code>s</code> is a
number of about the same size of <code>n</code>.</p>"""

WEBCRYPTO = """<table><thead><tr><th>Algorithm</th><th><code>generateKey</code></th></tr>
</thead><tbody><tr><td><code>'Ed448'</code> <span class="experimental-inline"></span><sup><a
href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref=""
aria-describedby="footnote-label">1</a></sup></td><td>✔</td></tr></tbody></table>
<section data-footnotes="" class="footnotes"><ol><li id="user-content-fn-1">
<p>An experimental implementation of Ed448 and X448 algorithms as of 21 October 2024 <a
href="#user-content-fnref-1" data-footnote-backref="" class="data-footnote-backref"
aria-label="Back to content">↩</a> <a href="#user-content-fnref-1-2" data-footnote-backref=""
class="data-footnote-backref" aria-label="Back to content">↩<sup>2</sup></a></p>
</li></ol></section>"""


def test_sup_note_links_texinfo_and_cmark_gfm_references_are_marks():
    # Texinfo: a link holding a <sup>; the number was glued into the formula ("mod n1.")
    assert html_to_text(NETTLE) == (
        "The signature is computed from x and the private key as s = x^d mod n[1]. The "
        "signature, s is a number of about the same size of n."
    )
    # cmark-gfm: a <sup> holding a link; the backlinks "↩", "↩2" are still dropped
    assert html_to_text(WEBCRYPTO) == (
        "Algorithm | generateKey\n\n'Ed448'[1] | ✔\n\n[1] An experimental implementation of "
        "Ed448 and X448 algorithms as of 21 October 2024"
    )
    # DocBook (maint-guide-fr first.fr.html): the reference is glued, the note's own
    # label, opening its paragraph, keeps its space ("[9]Vous" was a first try's miss)
    docbook = (
        '<p>(par exemple, le programme se termine par <code class="filename">.Z</code> ou\n'
        '<code class="filename">.zip</code> <a href="#ftn.idm679" class="footnote" id="idm679">'
        '<sup class="footnote">[9]</sup></a>), vous devriez le décompresser.</p>'
        '<div id="ftn.idm679" class="footnote"><p><a href="#idm679" class="para"><sup '
        'class="para">[9] </sup></a> Vous pouvez identifier le format de l\'archive.</p></div>'
    )
    assert html_to_text(docbook).split("\n\n") == [
        "(par exemple, le programme se termine par .Z ou .zip[9]), vous devriez le décompresser.",
        "[9] Vous pouvez identifier le format de l'archive.",
    ]
    # a superscript that is no link, or a link that is no label, is left as it was
    # (debian-handbook: "2<sup>32</sup> IP addresses")
    assert html_to_text("<p>about 2<sup>32</sup> IP addresses</p>") == "about 232 IP addresses"
    see = '<p>See <a href="#sec"><sup>see 1</sup></a> and <sup><a href="#x">IPv6</a></sup>.</p>'
    assert html_to_text(see) == "See see 1 and IPv6."


def test_note_mark_end_a_glued_mark_ends_its_sentence():
    chunk = (
        "This module provides an interface for reading files that use EA IFF 85 chunks.[1] "
        "This format is used in at least the Audio Interchange File Format (AIFF/AIFF-C)."
    )
    assert _sentences(chunk) == [
        "This module provides an interface for reading files that use EA IFF 85 chunks.[1] ",
        "This format is used in at least the Audio Interchange File Format (AIFF/AIFF-C).",
    ]
    nettle = html_to_text(NETTLE)
    assert _sentences(nettle)[0].endswith("s = x^d mod n[1]. ")
    # Project Gutenberg's plain texts (Aristotle's Ethics pg8438, Pliny pg59131)
    ethics = (
        "result of the time, but of living at the beck and call of passion, and\n"
        "following each object as it rises.[3] For to them that are such the\n"
        "knowledge comes to be unprofitable."
    )
    assert (
        _sentences(ethics)[1]
        == "For to them that are such the\nknowledge comes to be unprofitable."
    )
    pliny = (
        "This thorn grows\nat Athens also, upon the Long Walls there.[1000]\n\n\n\n\n"
        "CHAP. 47.—THE CYTISUS.\n\n\nThe cytisus[1001] is also a shrub."
    )
    sentences = _sentences(pliny)
    assert sentences[0].endswith("upon the Long Walls there.[1000]\n\n\n\n\n")
    assert sentences[1].startswith("CHAP.")
    # marks followed by no space are left to Punkt (Nietzsche's Antichrist, pg19322)
    dash = "it\nremained behind at the source of all evil.)[3]--In order that love may be"
    assert _sentences(dash)[1].startswith("[3]--In order")
    # a label that opens a line or follows a space is the note's own label: a start
    notes = "Footnotes follow.\n[1] Actually, the computation is not done like this."
    assert _sentences(notes) == [
        "Footnotes follow.\n",
        "[1] Actually, the computation is not done like this.",
    ]


# apache2-doc fr/mod/mod_auth_form.html.fr (<html lang="fr">)
AUTH_FORM = """<html lang="fr"><body><div id="page-content">
<div class="warning"><h3>Avertissement</h3>
<p>L'authentification &agrave; base de formulaire d&eacute;pend des modules
<code class="module"><a href="../mod/mod_session.html">mod_session</a></code> qui utilisent les
cookies HTTP.</p></div></div></body></html>"""


def test_box_colon_lang_french_titles_have_a_space_before_the_colon():
    text = html_to_text(AUTH_FORM, page=True)
    assert text == (
        "Avertissement : L'authentification à base de formulaire dépend des modules "
        "mod_session qui utilisent les cookies HTTP."
    )
    xhtml = AUTH_FORM.replace('<html lang="fr">', '<html xml:lang="fr-FR">')
    assert html_to_text(xhtml, page=True) == text
    # an English page, or one without a language, keeps "Warning: "
    english = AUTH_FORM.replace('lang="fr"', 'lang="en"').replace("Avertissement", "Warning")
    assert html_to_text(english, page=True).startswith("Warning: L'authentification")
    # a French title that has its colon gets none more (apache: "<h3>Note :</h3>")
    colon = AUTH_FORM.replace("<h3>Avertissement</h3>", "<h3>Avertissement :</h3>")
    assert html_to_text(colon, page=True).startswith("Avertissement : L'authentification")


# python3.11-doc library/site.html
SITE = """<html lang="en"><body><div class="body" role="main">
<p>The script exits with 0 if the user site-packages directory is enabled.</p>
<div class="admonition seealso">
<p class="admonition-title">See also</p>
<ul class="simple">
<li><p><span class="target" id="index-11"></span><a class="pep reference external"
href="https://peps.python.org/pep-0370/"><strong>PEP 370</strong></a> – Per user
site-packages directory</p></li>
<li><p><a class="reference internal" href="sys_path_init.html#sys-path-init"><span
class="std std-ref">The initialization of the sys.path module search path</span></a> – The
initialization of <a href="sys.html#sys.path"><code>sys.path</code></a>.</p></li>
</ul>
</div></div></body></html>"""

# apache2-doc fr/mod/mod_proxy_express.html.fr
EXPRESS = """<html lang="fr"><body><div class="note"><h3>Limitations</h3>
  <ul>
    <li>Ce module n'est pas con&ccedil;u pour remplacer les fonctionnalit&eacute;s dynamiques
    de <code class="module"><a href="../mod/mod_proxy_balancer.html">mod_proxy_balancer</a></code>.
    </li>
    <li>Il ne supporte pas les mises en correspondance bas&eacute;es sur les
    expressions rationnelles ou les mod&egrave;les.
    </li></ul></div></body></html>"""


def test_box_title_list_a_title_is_a_line_before_the_list():
    text = html_to_text(SITE, page=True)
    assert text.split("\n\n")[1:] == [
        "See also:\nPEP 370 – Per user site-packages directory",
        "The initialization of the sys.path module search path – The initialization of sys.path.",
    ]
    cleaned = clean_text(text).text
    assert "See also:\nPEP 370 – Per user" in cleaned
    assert "See also" not in [section.title for section in analyze_text(cleaned).sections]
    assert html_to_text(EXPRESS, page=True).split("\n\n") == [
        "Limitations :\nCe module n'est pas conçu pour remplacer les fonctionnalités "
        "dynamiques de mod_proxy_balancer.",
        "Il ne supporte pas les mises en correspondance basées sur les expressions "
        "rationnelles ou les modèles.",
    ]


def test_sup_note_targets_a_linked_exponent_is_no_note_reference():
    # Clause sup_note_targets (session 20 review): a <sup>/same-page link pair is a note
    # reference only when the target (or the link's/<sup>'s id or class) names a note.
    # An exponent linked to its equation or to a definition is not: a sentence of
    # Wikipedia's "Mass–energy equivalence", its exponents given in-page links (markup
    # written for this test, as equation-numbering pages link them), read "E = mc[2]"
    # and "20 m[2]" without the clause.
    physics = (
        '<p>The formula E = mc<sup><a href="#eq-1">2</a></sup> defines the energy E of a '
        'particle in its rest frame; the room is 20 m<a href="#units"><sup>2</sup></a>.</p>'
    )
    assert html_to_text(physics) == (
        "The formula E = mc2 defines the energy E of a particle in its rest frame; the "
        "room is 20 m2."
    )
    # note generators' names stay references: Wikipedia's cite_note (on the link; the
    # <sup> has class "reference"), Word's "_ftn1", an EPUB's "#n12"
    wiki = (
        '<p>It was published in 1905.<sup id="cite_ref-1" class="reference"><a '
        'href="#cite_note-1">[1]</a></sup> Einstein</p>'
    )
    assert html_to_text(wiki) == "It was published in 1905.[1] Einstein"
    word = '<p>the text<a href="#_ftn1" name="_ftnref1"><sup>1</sup></a> goes on</p>'
    assert html_to_text(word) == "the text[1] goes on"
    assert html_to_text('<p>the end<sup><a href="#n12">12</a></sup>.</p>') == "the end[12]."


def test_cjk_note_mark_end_a_mark_after_a_full_stop_ends_its_sentence():
    # maint-guide-zh-cn build.zh-cn.html (DocBook): no space between the mark and the
    # next sentence
    zh = (
        '<html lang="zh-CN"><body><p>\n等仓库升级你维护的软件包。<a href="#ftn.idm2983" '
        'class="footnote" id="idm2983"><sup class="footnote">[69]</sup></a>对于这类情况，'
        "“我正在运行\n<code>sid</code> 系统”并不是你不为它们进行升级的充分理由。</p></body></html>"
    )
    text = html_to_text(zh)
    spans = [text[a:b] for a, b in sentence_spans(text, "auto").tolist()]
    assert spans == [
        "等仓库升级你维护的软件包。[69]",
        "对于这类情况，“我正在运行 sid 系统”并不是你不为它们进行升级的充分理由。",
    ]
    # maint-guide-ja build.ja.html
    ja = "アップデートが必要な場合があります。[69]そのような場合に、即座にアップデートしない。"
    assert [ja[a:b] for a, b in sentence_spans(ja, "ja").tolist()] == [
        "アップデートが必要な場合があります。[69]",
        "そのような場合に、即座にアップデートしない。",
    ]
    # a Chinese page on HDFS (public Markdown): its "删除。[注1]", here followed by its
    # note's first words; the "[注1]" key after "。"
    hdfs = "该数据包才会从确认队列删除。[注1] 如果在数据写入期间，datanode发生故障。"
    assert [hdfs[a:b] for a, b in sentence_spans(hdfs, "zh").tolist()] == [
        "该数据包才会从确认队列删除。[注1] ",
        "如果在数据写入期间，datanode发生故障。",
    ]
    # a circled number after "。" opens the next sentence (a step number), as before
    steps = "步骤如下。①打开文件。"
    assert [steps[a:b] for a, b in sentence_spans(steps, "zh").tolist()] == [
        "步骤如下。",
        "①打开文件。",
    ]


def test_cjk_mark_list_a_run_in_reference_list_keeps_its_numbers():
    """Clause cjk_mark_list: a reference list run into one paragraph numbers its entries
    "[1]", "[2]" after "。": they open the entries, they are no note marks. Entries: Hu Shi's
    《红楼梦考证》 (1921), Yu Pingbo's 《红楼梦辨》 (亚东图书馆, 1923), Wang Guowei's
    《红楼梦评论》 (1904), set as Chinese papers run their 参考文献."""
    refs = (
        "参考文献如下。[1]胡适：《红楼梦考证》，1921年。[2]俞平伯：《红楼梦辨》，"
        "亚东图书馆，1923年。[3]王国维：《红楼梦评论》，1904年。"
    )
    assert [refs[a:b] for a, b in sentence_spans(refs, "zh").tolist()] == [
        "参考文献如下。",
        "[1]胡适：《红楼梦考证》，1921年。",
        "[2]俞平伯：《红楼梦辨》，亚东图书馆，1923年。",
        "[3]王国维：《红楼梦评论》，1904年。",
    ]
    # notes on sentences in a row stay marks: maint-guide-zh-cn's dreq page
    notes = "它必须以数字开头 (0-9)。[16] 如果可能的话，最好把它的长度控制在8字符以内。[17]"
    assert [notes[a:b] for a, b in sentence_spans(notes, "zh").tolist()] == [
        "它必须以数字开头 (0-9)。[16] ",
        "如果可能的话，最好把它的长度控制在8字符以内。[17]",
    ]


def test_cjk_note_key_words_a_chushaku_key_after_a_full_stop_ends_its_sentence():
    """Clause cjk_note_key_words: Japanese Wikipedia's "[注釈 3]" keys (its 東條英機
    article: "東条 英機と表記されることが多い[注釈 3]。") are marks as "[注1]" are. A
    Japanese README on a public repository (a class-name obfuscator's options):
    "乱数衝突が発生した場合の再生成を行う回数上限。[注釈1]" then "初期値: 25 (number)"."""
    readme = "乱数衝突が発生した場合の再生成を行う回数上限。[注釈1]\n\n初期値: 25 (number)"
    assert [readme[a:b] for a, b in sentence_spans(readme, "ja").tolist()] == [
        "乱数衝突が発生した場合の再生成を行う回数上限。[注釈1]\n\n",
        "初期値: 25 (number)",
    ]
    spaced = readme.replace("[注釈1]\n\n", "[注釈 1]")  # Wikipedia's spelling, no break
    assert [spaced[a:b] for a, b in sentence_spans(spaced, "ja").tolist()] == [
        "乱数衝突が発生した場合の再生成を行う回数上限。[注釈 1]",
        "初期値: 25 (number)",
    ]
