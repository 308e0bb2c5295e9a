"""Clause ``torn_html_link`` (session 36, transforms/torn_links.py): a download site's HTML
link torn over several lines. The link lines are 我在精神病院学斩神's as the site wrote them
(zzk6780051/novel, x33xs.com; every "n" of the tags became a paragraph break); the book's
lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

from transforms.boilerplate import find_boilerplate
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.promo_lines import _lines
from transforms.textedit import apply_edits
from transforms.torn_links import torn_links

BEFORE = "    話說山東登州府東門外有一座大山，名叫蓬萊山。\n\n"
AFTER = "    山上有個閣子，名叫蓬萊閣。\n"
# Two links torn over lines, after the site's words, on a line of their own.
TWO_LINKS = (
    '    x33小说首发 <a href="https://www.x33xs.com" target="_bla\n\n'
    '    k" class="li\n\n    kco\n\n    te\n\n'
    '    t">https://www.x33xs.com</a> <a href="https://m.33xs.com" target="_bla\n\n'
    '    k" class="li\n\n    kco\n\n    te\n\n'
    '    t">https://m.33xs.com</a>\n\n'
)
# A link glued after the book's sentence, the shown address and a bare one after it.
GLUED = (
    "    話說山東登州府東門外有一座大山，名叫蓬萊山……x33小说首发 "
    '<a href="http://www.x33xs.com" target="_bla\n\n'
    '    k" class="li\n\n    kco\n\n    te\n\n'
    '    t">www.x33xs.com</a> m.x33xs.com\n\n'
)


def _cut(text: str) -> str:
    """The boilerplate stage's cuts (overlapping finds merged, as in the pipeline)."""
    return apply_edits(text, find_boilerplate(text))[0]


def test_torn_html_link_line_of_its_own():
    """Every torn piece goes with the link's line (before: "k\\" class=\\"li", "kco",
    "te" and the site's words stayed; only the last piece was cut)."""
    assert _cut(BEFORE + TWO_LINKS + AFTER) == BEFORE + AFTER
    out = clean_text(normalize_text(BEFORE + TWO_LINKS + AFTER)).text
    assert out == "話說山東登州府東門外有一座大山，名叫蓬萊山。\n\n山上有個閣子，名叫蓬萊閣。\n"


def test_torn_html_link_glued_to_a_sentence():
    """The site's words, the link and the address after it go; the sentence stays."""
    out = _cut(GLUED + AFTER)
    assert out == "    話說山東登州府東門外有一座大山，名叫蓬萊山……\n\n" + AFTER


def _torn(text: str) -> list:
    return torn_links(text, list(_lines(text)))


def test_torn_html_link_guards():
    """Guards torn_link_shows_address, torn_link_promotes, torn_link_needs_close."""
    tutorial = (  # a link whose shown text is a name, even torn over lines
        '    在地址栏中输入<a href="http://www.baidu.com"\n'
        '    target="_blank">百度</a>并按回车键，进入百度首页。\n'
    )
    assert _torn(BEFORE + tutorial + AFTER) == []
    named = '    下载地址：<a href="http://www.python.org">Python官网</a>\n'  # site words, a name
    assert _torn(BEFORE + named + AFTER) == []
    example = (  # one line, no site words before it: a web book's example
        '    例如 <a href="http://www.a.com">www.a.com</a> 就是一个链接。\n'
    )
    assert _torn(BEFORE + example + AFTER) == []
    prose = (  # a line of the book between the open tag and its close: never read through
        '    x33小说首发 <a href="https://www.x33xs.com" target="_bla\n\n'
        "    話說山東登州府東門外有一座大山\n\n"
        '    t">https://www.x33xs.com</a>\n'
    )
    assert _torn(BEFORE + prose + AFTER) == []


def test_torn_link_needs_close_bounds():
    """Guard ``torn_link_needs_close`` (review, session 36): a closing line that holds the
    book's words, and a "</a>" more than ``MAX_LINES`` lines on, are never read through."""
    prose_close = (
        '    x33小说首发 <a href="https://www.x33xs.com" target="_bla\n\n'
        '    話說山東登州府東門外有一座大山 t">www.x33xs.com</a>\n'
    )
    assert _torn(BEFORE + prose_close + AFTER) == []
    far = (
        '    x33小说首发 <a href="https://www.x33xs.com" target="_bla\n\n'
        + "    te\n\n" * 7
        + '    t">www.x33xs.com</a>\n'
    )
    assert _torn(BEFORE + far + AFTER) == []
