"""Clause ``post_stamp_no_title`` (``transforms.section_titles``): a forum's posting
stamp under a bare chapter number is no title.

Real text: 曹昇《嗜血的皇冠——光武皇帝之刘秀的秀》 (hankinghu/literature-books), copied
from a forum thread: "第8节" / "日期：2008-9-191:25:23" / the post's own heading / the
chapter; its paragraphs shortened to their first sentences.
"""

from __future__ import annotations

from transforms.structure import analyze_text

CHAPTERS = (
    "第7节\n然而，前路漫漫，天下太平，王莽在长安的皇座上坐得正稳，一时看不出任何崩溃的迹象。"
    "刘縯和邓晨无所用力，只是终日高谈阔论，饮酒作乐。\n"
    "酒兴去后，刘縯和邓晨却又只能相对长叹。真要造反，谈何容易。时机远未成熟，他们只能和时间干耗。\n"
    "第8节\n日期：2008-9-191:25:23\n光武皇帝卷一“努力”NO.9：\n洛丽塔\n"
    "他们说，孩子，不用着急，有一大堆人等着你。后来他们又说，年轻人，不用焦虑，一定有个人在等着你。"
    "于是，就在这样的希望中安心地变老。\n"
    "第9节\n日期：2008-9-243:14:16\n光武皇帝卷一“努力”NO.11：\n半个老乡\n"
    "还是在新野。那一日，刘縯、刘秀、邓晨三人酒后出行，奋马扬鞭，向西漫无目的狂奔。"
    "行出数十里之外，看看夕阳将沉，游兴不减，乃奋力登山。\n"
)


def test_post_stamp_no_title_forum_date_under_chapter_number():
    titles = [s.title for s in analyze_text(CHAPTERS).sections if s.title]
    assert titles == ["第7节", "第8节", "第9节"]


def test_post_stamp_no_title_guard_title_with_a_date_word():
    # A title that opens with the word but no date in digits stays the title.
    text = CHAPTERS.replace("日期：2008-9-191:25:23\n", "时间的河\n", 1)
    titles = [s.title for s in analyze_text(text).sections if s.title]
    assert titles == ["第7节", "第8节 时间的河", "第9节"]
