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
  - a note: an asterisk (``*``, ``＊``) opening at least 8 more characters, a letter
    or CJK character among them, and not closing with one (逃出14號勞改營's chapter
    notes "*Amnesty International, ...", 54 in the book); "* * *" stays a scene mark;
  - a figure or table caption: 图/圖/地图/表 with its number and a space, then a
    CJK character ("图7.1 自得其乐性格的青少年……" in 发现心流, "地图1 智人征服全球。").
  On the 75 Chinese EPUBs of hankinghu/literature-books: 151 h-tags, none of them an
  entry of its book's table of contents.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TWO_SENTENCES = re.compile(rf"[{_CJK}]。[”」』）)]?[{_CJK}A-Za-z“「『（(]")
_NOTE = re.compile(rf"^[*＊]\s*(?=[^*＊\s])(?=.*[A-Za-z{_CJK}]).{{8,}}(?<![*＊])$", re.S)
_CAPTION = re.compile(rf"^(?:地?[图圖]|表)\s*[0-9０-９]+(?:[.．-][0-9０-９]+)?\s+[{_CJK}]")


def prose_heading_tag(text: str) -> bool:
    """Clause ``prose_heading_tag`` (module doc): the h-tag's ``text`` is a paragraph."""
    text = text.strip()
    return bool(_TWO_SENTENCES.search(text) or _NOTE.match(text) or _CAPTION.match(text))
