"""IETF RFCs in their plain-text form: clauses ``bracketed_page`` and
``bracketed_page_order`` (rule ``page_furniture``: the footers and running heads),
``leader_entry`` (``transforms.key_sentences``: an entry cut at its leaders is no key
sentence); and a statute's articles: rule ``statute_article`` (``transforms.european_words``).

Real text: RFC 1035 ("Domain Names - Implementation and Specification", November 1987)
and RFC 3986 ("URI Generic Syntax", January 2005), the rfc-editor.org plain texts as
public repositories keep them (``samboy/MaraDNS`` and ``schrepfler/uri4s``): their
footer ("Mockapetris    [Page 12]"), the form feed, the running head of the next page,
a paragraph of each (repeated to fill the pages: RFC pages are 56 lines, each page here
ending mid-sentence as most of theirs do) and RFC 3986's index ("host  18", twice).
"""

from __future__ import annotations

import numpy as np

from transforms.clean import clean_text
from transforms.key_sentences import contents_entries, leader_entries
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.structure import analyze_text

RFC1035_FOOT = "Mockapetris                                                    [Page {}]"
RFC1035_HEAD = "RFC 1035        Domain Implementation and Specification    November 1987"
RFC1035_BODY = [
    "   The domain system is a mixture of functions and data types which are",
    "   an official protocol and functions and data types which are still",
    "   experimental.  Since the domain system is intentionally extensible, new",
    "   data types and experimental behavior should always be expected in parts",
    "   of the system beyond the official protocol.  The official protocol",
    "   parts include standard queries, responses and the Internet class RR",
    "   data formats (e.g., host addresses).",
]
RFC3986_FOOT = "Berners-Lee, et al.         Standards Track                    [Page {}]"
RFC3986_HEAD = "RFC 3986                   URI Generic Syntax               January 2005"
RFC3986_BODY = [
    "      An identifier embodies the information required to distinguish",
    "      what is being identified from all other things within its scope of",
    '      identification.  Our use of the terms "identify" and "identifying"',
    "      refer to this purpose of distinguishing one resource from all",
    "      other resources, regardless of how that purpose is accomplished",
    "      (e.g., by name, address, or context).",
]
RFC3986_INDEX = [
    "Index",
    "",
    *("   A", "      ABNF  11", "      absolute  27", "      absolute-path  26"),
    *("      absolute-URI  27", "      access  9", "      authority  17, 18", "   B"),
    *("      base URI  28", "   C", "      character encoding  4", "      character  4"),
    *("      characters  8, 11", "      coded character set  4", "   D", "      dec-octet  20"),
    *("      dereference  9", "      dot-segments  23", "   F", "      fragment  16, 24"),
    *("   G", "      gen-delims  13", "      generic syntax  6", "   H", "      h16  20"),
    *("      hier-part  16", "      hierarchical  10", "      host  18", "   R"),
    *("      reserved  12", "   U", "      uniform  4", "      unreserved  13"),
    *("   URI grammar", "      absolute-URI  27", "      ALPHA  11", "      authority  18"),
    *("      CR  11", "      dec-octet  20", "      DIGIT  11", "      DQUOTE  11"),
    *("      fragment  24", "      gen-delims  13", "      h16  20", "      HEXDIG  11"),
    *("      hier-part  16", "      host  19", "      IP-literal  19", "      reserved  13"),
]


def _pages(head: str, foot: str, body: list[str], first: int, count: int) -> str:
    """``count`` pages numbered from ``first``, each 56 lines: head, body, footer, form
    feed; the body's last line on a page breaks a sentence."""
    out: list[str] = []
    for n in range(first, first + count):
        lines = [body[k % len(body)] for k in range(n, n + 49)]
        out += ([head] if n > first else []) + ["", "", *lines, "", "", "", foot.format(n), "\f"]
    return "\n".join(out) + "\n"


def test_bracketed_page_footers_and_heads_are_cut():
    text = normalize_text(_pages(RFC1035_HEAD, RFC1035_FOOT, RFC1035_BODY, 1, 8))
    cut = {" ".join(text[e.start : e.end].split()) for e in page_furniture(text)}
    assert f"Mockapetris [Page 3] {' '.join(RFC1035_HEAD.split())}" in cut
    clean = clean_text(text).text
    assert "[Page" not in clean
    assert "RFC 1035" not in clean
    # A page broken inside a sentence is one paragraph again.
    assert "should always be expected in parts of the system" in " ".join(clean.split())


def test_bracketed_page_footers_are_cut_with_an_index_numbered_lower():
    # RFC 3986's pages 20-27, then its index with the grammar's index under it ("host 18"
    # there, "host 19" here): numbered below the footers before them, they had put every
    # footer out of page order.
    pages = _pages(RFC3986_HEAD, RFC3986_FOOT, RFC3986_BODY, 20, 8)
    text = normalize_text(pages + "\n".join([RFC3986_HEAD, "", "", *RFC3986_INDEX, ""]))
    clean = clean_text(text).text
    assert "[Page" not in clean
    assert "URI Generic Syntax" not in clean
    # The index's lines stay, their numbers with them.
    lines = {" ".join(line.split()) for line in clean.split("\n")}
    assert {"host 18", "host 19", "reserved 12", "reserved 13"} <= lines


def test_leader_entry_a_contents_entry_cut_at_its_leaders_is_no_key_sentence():
    # RFC 6455 ("The WebSocket Protocol", December 2011; ``diwasrimal/websocket-from-scratch``):
    # the end of its contents as clean_text leaves it, cut as the sentence splitter cut it.
    text = (
        " 11.13. WebSocket Version Number Registry . . . . . . . . . . . 65\n"
        " 12. Using the WebSocket Protocol from Other Specifications . . . . 66\n"
        " 13. Acknowledgements . . . . . . . . . . . . . . . . . . . . . . 67\n"
    )
    entry = text.index("12. Using")
    end = text.index(" 66")
    spans = np.asarray([[0, entry], [entry, end + 1], [end + 1, len(text)]], dtype=np.int64)
    assert leader_entries(text, spans) == [1]
    assert 1 in contents_entries(text, spans).tolist()
    # A spaced ellipsis with its period ends a sentence of prose: it stays a sentence.
    prose = "He paused and looked away . . . . Then he went on with the story of the war.\n"
    cut = prose.index("Then")
    assert leader_entries(prose, np.asarray([[0, cut], [cut, len(prose)]], dtype=np.int64)) == []


# The Constitution of the Russian Federation (1993; ``Alea4jacta6est/constitution-analysis``,
# ``constitution.txt``): the opening of chapter 1, its articles each on a line of its own.
RU_CONSTITUTION = (
    "Глава 1. Основы конституционного строя\n"
    "Статья 1\n\n"
    "1. Российская Федерация — Россия есть демократическое федеративное правовое государство"
    " с республиканской формой правления.\n\n"
    "2. Наименования Российская Федерация и Россия равнозначны.\n"
    "Статья 2\n\n"
    "Человек, его права и свободы являются высшей ценностью. Признание, соблюдение и защита"
    " прав и свобод человека и гражданина — обязанность государства.\n"
    "Статья 3\n\n"
    "1. Носителем суверенитета и единственным источником власти в Российской Федерации"
    " является ее многонациональный народ.\n\n"
    "2. Народ осуществляет свою власть непосредственно, а также через органы государственной"
    " власти и органы местного самоуправления.\n"
)


def test_statute_article_each_article_is_a_section_under_its_chapter():
    st = analyze_text(RU_CONSTITUTION)
    found = [(s.level, s.title) for s in st.sections if s.title]
    assert found == [
        (1, "Глава 1. Основы конституционного строя"),
        (2, "Статья 1"),
        (2, "Статья 2"),
        (2, "Статья 3"),
    ]
