"""Session 48, branch wtH: books this project had never read, built end to end.

Excerpts (public domain or quoted briefly, sources named):
* Dr. Jekyll and Mr. Hyde, Project Gutenberg #42 as kept in denten-bin/
  gutenberg-shell-scripts (test-corpus/pg42.txt): its print edition's page numbers
  "3)" ... "8)" stand alone on their lines, most inside a sentence. The excerpt is the
  three lines each side of six of them (non-adjacent pages, a blank line between).
* 遥远的救世主 and 围城 as kept in hexhero/book-txt: a site's HTML left in the .txt
  ("<h3>1</h3>" under each 第N章, a watermark hidden in random elements).
"""

from __future__ import annotations

import re

from transforms.clean import clean_text
from transforms.html_entities import html_edits
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.structure import analyze_text
from transforms.textedit import apply_edits

JEKYLL_PAGES = """\
jewel of each week, and not only set aside occasions of pleasure,
but even resisted the calls

3)

of business, that they might enjoy them uninterrupted.


nor knocker, was blistered and distained. Tramps slouched into the
recess and struck matches on

4)

the panels; children kept shop upon the steps; the schoolboy had
tried his knife on the mouldings; and for close on a generation, no

running as hard as she was able down a cross street. Well, sir, the
two ran into one another naturally enough at the

5)

corner; and then came the horrible part of the thing; for the man
trampled calmly over the child's body and left her screaming on

as he knew what was in mine; and killing being out of the question,
we did the next best. We told the man we could

6)

and would make such a scandal out of this, as should make his name
stink from one end of London to the other. If he had any friends or

the signature was good for more than that, if it was only genuine. I
took the liberty of pointing out to my gentleman that the whole

7)

business looked apocryphal, and that a man does not, in real life,
walk into a cellar door at four in the morning and come out of it

From this he was recalled by Mr. Utterson asking rather suddenly:
"And you don't know if the drawer of the cheque lives there?"

8)

"A likely place, isn't it?" returned Mr. Enfield. "But I happen to
have noticed his address; he lives in some square or other."
"""

_PAREN_LINE = re.compile(r"(?m)^\s*\d{1,4}\)\s*$")


def test_paren_numbers_cut_as_page_furniture():
    """Clause paren_numbers: "3)" ... "8)" are page lines, cut, none left."""
    cuts = page_furniture(JEKYLL_PAGES)
    cut_text = "".join(JEKYLL_PAGES[e.start : e.end] for e in cuts)
    assert sorted(re.findall(r"\d+\)", cut_text)) == [f"{k})" for k in range(3, 9)]
    out, _ = apply_edits(JEKYLL_PAGES, cuts)
    assert not _PAREN_LINE.search(out)
    # every word of the prose is still there, in order
    assert re.sub(r"\d+\)|\s+", "", out) == re.sub(r"\d+\)|\s+", "", JEKYLL_PAGES)


def test_paren_numbers_no_sections_and_sentences_mended():
    """Through clean and structure: no section titled "3)", the sentences that the page
    numbers cut are one sentence again."""
    cleaned = clean_text(normalize_text(JEKYLL_PAGES)).text
    assert not _PAREN_LINE.search(cleaned)
    doc = analyze_text(cleaned)
    assert [s.title for s in doc.sections if s.title] == []
    joined = re.sub(r"\s+", " ", cleaned)
    assert "naturally enough at the corner; and then came" in joined
    assert "We told the man we could and would make such a scandal" in joined
    sentences = [re.sub(r"\s+", " ", cleaned[a:b]) for a, b in doc.sentences.tolist()]
    assert any("at the corner; and then came the horrible part" in s for s in sentences)


def test_paren_numbers_list_items_stay():
    """Guard: a short numbered list "1)" / "2)" / "3)" (items on their own lines, no
    page rhythm, not inside sentences) is no page furniture."""
    text = (
        "The rules were these.\n\n1)\n\nNo one leaves the house after dark.\n\n"
        "2)\n\nNo one speaks to the lawyer.\n\n3)\n\nNo one opens the cabinet.\n"
    )
    assert page_furniture(text) == []


def _strip_tags(text: str) -> str:
    out, _ = apply_edits(text, html_edits(text))
    return out


def test_stray_html_tag_more_names_headings():
    """Clause stray_html_tag_more_names: 遥远的救世主's "<h3>1</h3>" under 第一章."""
    text = (
        "《遥远的救世主》\n\n\n第一章\n\n <h3>1</h3>\n\n"
        "1995年5月21日柏林时间下午2点30分，北京—法兰克福的航班准时在机场平稳降落，"
        "法兰克福机场大厅的海关检查出口处三三两两地聚集着迎接亲友的人。\n"
    )
    out = _strip_tags(text)
    assert "<" not in out and ">" not in out
    assert "\n\n 1\n\n1995年5月21日" in out


def test_stray_html_tag_any_element_beside_cjk():
    """Clause stray_html_tag_any_element: random elements around a watermark or empty,
    a run of adjacent tags cut whole where it touches CJK (围城, 遥远的救世主)."""
    lines = [
        "，在柏林有一套住房，有德国永久居留权。<abbr></abbr>",
        "，你让我<cite></cite>用灵魂而不是文字去理",
        "生活·读书·新知三联书店<bdi>藏书网</bdi>",
        "《槐聚诗存》。<s></s>藏书网",
    ]
    out = [_strip_tags(x) for x in lines]
    assert out == [
        "，在柏林有一套住房，有德国永久居留权。",
        "，你让我用灵魂而不是文字去理",
        "生活·读书·新知三联书店藏书网",
        "《槐聚诗存》。藏书网",
    ]


def test_stray_html_tag_any_element_latin_kept():
    """Guard: other elements away from CJK stay ("<s>" marks sentences in NLP texts, a
    "<kbd>" in a manual), as do the old names' rules' non-cases ("a <b> c")."""
    for text in (
        "Each sentence is wrapped as <s> the cat sat </s> before training.\n",
        "Press <kbd>Enter</kbd> twice and wait.\n",
        "if a <b> c then stop\n",
    ):
        assert _strip_tags(text) == text


def test_tagged_watermark_cut_whole():
    """Clause tagged_watermark: "九九藏书" wrapped in random elements four times in one
    text (遥远的救世主's lines) is the site's mark: cut with its tags, the sentence whole."""
    text = (
        "汽车驶到了离步行街不远的一条街<q>九九藏书</q>道，芮小丹找个车位停下车。\n\n"
        "小路四处相连，特别具有现<dfn>九九藏书</dfn>代感，是中产阶级的生活区。\n\n"
        "丁元英的音响输出的声音已经<samp>九九藏书</samp>是天壤之别了。\n\n"
        "这两位是刘江帮我请的朋友，<figure>九九藏书</figure>我还不认识，就让刘江说吧。\n"
    )
    out = _strip_tags(text)
    assert "九九藏书" not in out and "<" not in out
    assert "离步行街不远的一条街道，芮小丹" in out
    assert "特别具有现代感" in out


def test_tagged_watermark_needs_repeats_and_no_titles():
    """Guards: a text wrapped twice stays (tags cut beside CJK, the text kept); a book
    title in links stays however often; a heading's number stays."""
    twice = "了这套《钱锺书集》。<strike>藏书网</strike>\n\n联书店<bdi>藏书网</bdi>\n"
    assert _strip_tags(twice) == "了这套《钱锺书集》。藏书网\n\n联书店藏书网\n"
    links = "".join(f"如<a href='/book/2619/im'>《围城》</a>等第{k}次。\n" for k in range(4))
    assert _strip_tags(links).count("《围城》") == 4
    heads = "".join(f"第{k}章\n\n<h3>1</h3>\n\n正文。\n\n" for k in "一二三四")
    assert _strip_tags(heads).count("\n1\n") == 4


def test_tagged_watermark_cjk_needs_one_beside_cjk():
    """Guard, clause tagged_watermark_cjk: an English text's leftover table cells, the same
    short text wrapped many times beside other tags, keep their text."""
    rows = "".join(f"<tr><td>Yes</td><td>{k}</td></tr>\n" for k in range(4))
    assert "Yes" in _strip_tags(rows) or _strip_tags(rows) == rows
    assert _strip_tags(rows).count("Yes") == 4


def test_tagged_watermark_elements_one_element_kept():
    """Guard, clause tagged_watermark_elements: the same word always in one element (a
    Chinese tutorial's leftover "<code>print</code>") is markup around text: text kept."""
    text = "".join(f"第{k}步，调用<code>print</code>函数输出结果。\n" for k in "一二三四")
    out = _strip_tags(text)
    assert out.count("print") == 4 and "<" not in out
