"""The indent of a text's first block (session 39): clause ``text_start_indent`` of
``transforms.clean`` (after unwrapping, rule ``page_furniture``). Title pages from
GitHub rcdm-uga/Gutenberg_Text whose books began with a space once the header was cut."""

from transforms.boilerplate import BoilerplateConfig
from transforms.clean import CleanConfig, clean_text, start_indent_edits
from transforms.normalize import normalize_text

_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"
_BOOK = (
    "Slowly through the village street rode a young man, and the people came out\n"
    "to their doors to look at him, for strangers were few in Lakeville.\n\n"
) * 200

# Alger, Five Hundred Dollars (Hurst & Company): the title lines indented 2 columns
ALGER = """  FIVE HUNDRED DOLLARS,

  OR, JACOB MARLOWE'S SECRET.


  BY


  HORATIO ALGER, JR.


CHAPTER I.

"""
# Hardy, Wessex Poems and Other Verses (Macmillan, 1919): the title centred for a wider
# page than the verse
HARDY = """                          WESSEX POEMS AND
                            OTHER VERSES


                          * * * * *

                                 BY
                            THOMAS HARDY

"""


def _clean(text: str, **kw) -> str:
    return clean_text(normalize_text(_START + text + _BOOK + _END), **kw).text


def test_title_lines_indented_at_the_start_go_flush():
    """Clause text_start_indent: the first block's indent goes (Alger's 2 columns, Hardy's
    centred two-line title); the blocks under it keep theirs."""
    text = _clean(ALGER)
    assert text.startswith("FIVE HUNDRED DOLLARS,\n\n OR, JACOB MARLOWE'S SECRET.")
    text = _clean(HARDY)
    assert text.startswith("WESSEX POEMS AND\nOTHER VERSES\n\n")
    assert "\n BY\n THOMAS HARDY" in text


def test_unequal_indents_and_keep_boilerplate_stay():
    """Clause text_start_indent guards: a first block indented unequally (a verse's
    relative indent, a flush line under an indented one), a stanza of 4 lines, indented
    code (4 spaces, a tab), a line over 72 characters (an RFC's paragraph) keep their
    indents; an
    ideographic space (a CJK paragraph's indent) stays; ``--keep-boilerplate`` and a
    rule list without page_furniture keep the indent."""
    assert start_indent_edits(" Shall I compare thee\nThou art more lovely\n\nRough winds") == []
    assert start_indent_edits(" Shall I compare thee\n   Thou art more lovely") == []
    assert start_indent_edits("\u3000第一章　天下大势\n\n话说天下大势") == []
    assert start_indent_edits("FLUSH TITLE\n\n  indented") == []
    # a stanza or a list (4 lines or more), indented code (4 spaces, a tab) keep theirs
    sonnet = (
        " Shall I compare thee to a summer's day?\n Thou art more lovely and more temperate:\n"
        " Rough winds do shake the darling buds of May,\n And summer's lease hath all too short"
        " a date;\n\n Sometime too hot the eye of heaven shines,"
    )
    assert start_indent_edits(sonnet) == []
    assert start_indent_edits("    x = compute(1)\n    y = compute(2)\n\nText.") == []
    assert start_indent_edits("\tx = compute(1)\n\nText.") == []
    # an indented text's first paragraph (RFC 9293: every paragraph indented 3 columns)
    rfc = (
        " A TCP header, followed by any user data in the segment, is formatted as follows,"
        " using the style from [66]:\n\n Next paragraph."
    )
    assert start_indent_edits(rfc) == []
    edits = start_indent_edits("\n  A TITLE\n  BY HIM\n\n  next")
    assert [(e.start, e.end) for e in edits] == [(1, 3), (11, 13)]
    off = CleanConfig(boilerplate=BoilerplateConfig(enabled=False))
    assert clean_text(" A TITLE\n\nSome text.", off).text.startswith(" A TITLE")
    rules = tuple(r for r in BoilerplateConfig().rules if r != "page_furniture")
    config = CleanConfig(boilerplate=BoilerplateConfig(rules=rules))
    assert clean_text(" A TITLE\n\nSome text.", config).text.startswith(" A TITLE")
    assert clean_text(" A TITLE\n\nSome text.").text.startswith("A TITLE\n\nSome text.")
