"""Note marks and box titles by the page's language: clauses spaced_lang and
box_colon_lang (transforms.html_note_marks, transforms.html_notes)."""

from __future__ import annotations

from transforms.html_text import html_to_text

# maint-guide-fr dreq.fr.html (DocBook): the mark after a spaced colon, a newline between
DREQ = (
    "<p>\nLa ligne 3 décrit l'importance pour l'utilisateur d'installer ce paquet :\n"
    '<a href="#ftn.idm1215" class="footnote" id="idm1215"><sup class="footnote">[29]</sup>'
    "</a>\n</p>"
)


def _page(lang: str, body: str) -> str:
    return f'<html lang="{lang}"><body>{body}</body></html>'


def test_spaced_lang_a_page_of_another_language_glues_the_mark():
    # Aristotle's Ethics (Project Gutenberg pg8438), an English book set with a space
    # before ";": the mark after it is glued as after any mark, no space added
    body = (
        "<p>But the mean relatively to ourselves must not be so found ;"
        '<sup><a href="#fn1" id="fnref1">1</a></sup> for it does not follow</p>'
    )
    assert html_to_text(_page("en", body)) == (
        "But the mean relatively to ourselves must not be so found ;[1] for it does not follow"
    )
    # the same after "?" (the review's "Really ?[1]") in an en-GB page
    body = '<p>Is it so found ?<sup><a href="#fn2" id="fnref2">2</a></sup></p>'
    assert html_to_text(_page("en-GB", body)) == "Is it so found ?[2]"


def test_spaced_lang_french_occitan_breton_keep_the_space():
    assert html_to_text(_page("fr", DREQ)).endswith("ce paquet : [29]")
    # PackageKit's Occitan and Breton catalogs (Debian 12): "More than one package
    # matches:", "The following packages are untrusted:"
    oc = '<p>I a mantun paquet correspondent :<sup><a href="#fn1">1</a></sup></p>'
    assert html_to_text(_page("oc", oc)) == "I a mantun paquet correspondent : [1]"
    br = '<p>N’eo ket sur ar pakadoù a-heul :<sup><a href="#fn1">1</a></sup></p>'
    assert html_to_text(_page("br-FR", br)) == "N’eo ket sur ar pakadoù a-heul : [1]"


def test_spaced_lang_a_page_without_language_keeps_the_source_spacing():
    # Pandoc writes lang="" when the source names none (its HTML of maint-guide-fr)
    assert html_to_text(_page("", DREQ)).endswith("ce paquet : [29]")
    glued = DREQ.replace(":\n<a", ":<a")
    assert html_to_text(_page("", glued)).endswith("ce paquet :[29]")
    assert html_to_text(glued).endswith("ce paquet :[29]")  # a fragment: no <html>
    # maint-guide-fr's own pages name no language (advanced.fr.html, <html xmlns=...>
    # only); a no-break space before ";" is French typography: the space is kept
    rpath = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Les paquets Debian ne '
        "devraient normalement pas utiliser RPATH\u00a0;"
        '<a href="#ftn.idm3929" class="footnote" id="idm3929"><sup class="footnote">[93]'
        "</sup></a></p></body></html>"
    )
    assert html_to_text(rpath).endswith("pas utiliser RPATH\u00a0; [93]")


def test_spaced_lang_a_mark_after_a_closing_guillemet_is_glued():
    # maint-guide-fr dreq.fr.html's "La Charte Debian, 12.5 « Informations sur le
    # copyright » impose", a note mark written after it for the test: French spaces
    # inside the guillemets, not after "»"
    body = (
        "<p>La Charte Debian, 12.5\u00a0«\u00a0Informations sur le copyright\u00a0» "
        '<a href="#ftn.x" class="footnote"><sup class="footnote">[3]</sup></a> impose</p>'
    )
    assert html_to_text(_page("fr", body)) == (
        "La Charte Debian, 12.5\u00a0«\u00a0Informations sur le copyright\u00a0»[3] impose"
    )


def test_box_colon_lang_occitan_and_breton_titles():
    # Sphinx's admonition markup; titles from glib's Occitan catalog ("Commands:") and
    # PackageKit's Breton one ("Results:")
    box = '<div class="admonition note"><p class="admonition-title">{}</p><p>{}</p></div>'
    oc = box.format("Comandas", "Opcions de l'ajuda")
    assert html_to_text(_page("oc", oc)) == "Comandas : Opcions de l'ajuda"
    br = box.format("Disoc’hoù", "Kavet ez eus bet 3 pakad da staliañ")
    assert html_to_text(_page("br", br)) == "Disoc’hoù : Kavet ez eus bet 3 pakad da staliañ"
    assert html_to_text(_page("de", oc)) == "Comandas: Opcions de l'ajuda"


def test_inner_spaced_lang_a_french_passage_in_an_english_page_keeps_its_space():
    """Clause inner_spaced_lang: maint-guide-fr's line quoted in a <div lang="fr"> of an
    English page keeps the source's space before the mark; the page's own English
    " ;" mark (Aristotle's Ethics, pg8438) is still glued when nothing inside is French."""
    page = _page("en", f'<p>The French guide says:</p><div lang="fr-CA">{DREQ}</div>')
    assert html_to_text(page).endswith("ce paquet : [29]")
    body = '<p>must not be so found ;<sup><a href="#fn1" id="fnref1">1</a></sup> for it</p>'
    assert html_to_text(_page("en", body)) == "must not be so found ;[1] for it"


def test_inner_spaced_lang_follows_the_element_where_the_mark_is():
    """Clause inner_spaced_lang, by element (session 23): the language of a mark is the
    lang of the innermost element naming one. maint-guide-fr's dreq line (its colon and
    mark glued in the source) quoted in an English page gets the French space; the
    English page's own " ;" (Aristotle's Ethics, pg8438) after the quotation is glued
    again; the same English line quoted in a French page is glued there."""
    glued = DREQ.replace(":\n<a", ":<a")
    english = (
        '<p>But the mean relatively to ourselves must not be so found ;\n<sup><a href="#fn1" '
        'id="fnref1">1</a></sup> for it</p>'
    )
    page = _page("en", f'<blockquote lang="fr"><div>{glued}</div></blockquote>{english}')
    assert html_to_text(page) == (
        "La ligne 3 décrit l'importance pour l'utilisateur d'installer ce paquet : [29]\n\n"
        "But the mean relatively to ourselves must not be so found ;[1] for it"
    )
    quoted = _page("fr", f'<p>Aristote écrit :</p><blockquote lang="en-GB">{english}</blockquote>')
    assert html_to_text(quoted).endswith("must not be so found ;[1] for it")
    # an omitted </p>: the French paragraph ends at the next <p>
    omitted = _page("en", f'<p lang="fr">Il écrit :<p>{english[3:]}')
    assert html_to_text(omitted).endswith("must not be so found ;[1] for it")
