"""An h1-h6 that holds no heading but a paragraph of a Chinese book (session 30).

Chinese EPUBs made by hand or by converters set notes, figure captions and quoted
documents in heading tags for their look (a small bold line); written as headings
they became sections of the book, their text the section's title. Named clause
(tests in ``tests/transforms/test_epub_chinese.py``), used by
``transforms.html_text`` (the tag is written as a paragraph: no heading gap, no
markup mark):

* ``prose_heading_tag``: an h-tag whose text is one of
  - two CJK sentences: a CJK character, "。", then more CJK or Latin text (人类简史's figure
    captions "图3 推测的尼安德特男孩样貌重建图。基因证据显示……", 无处可藏's quoted
    NSA documents "（绝密//……）2009年11月5日，……。SSO将会……"); "！" and "？" do
    not count (明朝那些事儿's "第十二章 鄱阳湖！决死战！" is a chapter);
    ``prose_heading_tag_short`` (review, session 30): only in an h-tag of at least
    ``PROSE_CHARS`` characters (the shortest such paragraph of the 75 books: 45, a
    table note of 无处可藏): a
    play's scene heading "第二場　　同處。街上。" (ロミオとヂュリエット, aozorabunko)
    and a section "十一　算木及びその影響。支那数学の改造" (aozorabunko 47341) are
    headings (11 of 67,796 aozorabunko headings were two sentences to it, the longest 36
    characters: "第三場　　同處。墓場。（此裡に……）。深夜。");
  - a note: an asterisk (``*``, ``＊``) opening at least 8 more characters, a letter
    or CJK character among them, and not closing with one (逃出14號勞改營's chapter
    notes "*Amnesty International, ...", 54 in the book); "* * *" stays a scene mark;
    ``prose_heading_tag_note_comma`` (review, session 30): the note holds a comma or a
    "。" (all 52 notes of the 75 books do): English headings opening with an asterisk
    stay ("*NIX Compiling and Linking" in /usr/share/doc/libxslt1-dev's tutorial,
    rustc's platform pages "*-unknown-hermit", cargo's "*-sys Packages");
  - a figure or table caption: 图/圖/地图/表 with its number and a space, then a
    CJK character ("图7.1 自得其乐性格的青少年……" in 发现心流, "地图1 智人征服全球。").
  On the 75 Chinese EPUBs of hankinghu/literature-books: 119 h-tags, none of them an
  entry of its book's table of contents.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u9fff\uf900-\ufaff"
PROSE_CHARS = 40  # clause prose_heading_tag_short
_TWO_SENTENCES = re.compile(rf"[{_CJK}]。[”」』）)]?[{_CJK}A-Za-z“「『（(]")
_NOTE = re.compile(rf"^[*＊]\s*(?=[^*＊\s])(?=.*[A-Za-z{_CJK}]).{{8,}}(?<![*＊])$", re.S)
_NOTE_PUNCT = re.compile(r"[,，。]")
_CAPTION = re.compile(rf"^(?:地?[图圖]|表)\s*[0-9０-９]+(?:[.．-][0-9０-９]+)?\s+[{_CJK}]")


def prose_heading_tag(text: str) -> bool:
    """Clause ``prose_heading_tag`` (module doc): the h-tag's ``text`` is a paragraph."""
    text = text.strip()
    if len(text) >= PROSE_CHARS and _TWO_SENTENCES.search(text):
        return True  # clause prose_heading_tag_short: two sentences, a long h-tag
    if _NOTE.match(text) and _NOTE_PUNCT.search(text):
        return True  # clause prose_heading_tag_note_comma
    return bool(_CAPTION.match(text))
