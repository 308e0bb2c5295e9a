"""Contents lists at a CJK book's head are no sections (clauses ``cjk_contents_colon`` of
``transforms.cjk_numbers`` and ``titles_off_contents`` of ``transforms.cjk_titles``, session 51).

The excerpt: 悉达多 (赫尔曼·黑塞, 杨玉功译; hexhero/book-txt, 悉达多-赫尔曼·黑塞.txt), its cleaned
lines 72-250 (the stage's output), each line cut to its first 40 characters. It holds two
contents lists: "目录" over 出版前言 / 第一部 / 第二部, and "目录：" over 出版前言 / 译者序 / 第一部 /
"1. 婆罗门之子" ... "12. 侨文达"; the body's 出版前言, 译者序 and 第一部 / 婆罗门之子 follow.
"""

from __future__ import annotations

import re

from transforms import cjk_numbers
from transforms import sections as sec
from transforms.sections import find_sections

SIDDHARTHA = """名人推荐

内容提要

目录

出版前言

第一部

第二部\ue004





“我努力探索一切信仰和一切人类虔诚善行的共同之处。究竟有什么东西是超越一切民族差

《悉达多》是给亚洲读者的一个象征，它表示超越国家民族和超越时间的思想把我们联系起

——赫尔曼·黑塞自白

“赫尔曼·黑塞在文学领域里进行一场反对精神细菌的战斗，他以风格细腻的诗歌和小说为

——瑞典皇家学会主度斯格尔德·库尔曼：

“《悉达多》中的“佛”不是单纯的宗教迷信形象，“道”也不是单纯的退避的出世思想，

“诚如黑塞所说，并非人人都能成为伟大的思想家，但人人经过努力都可以成为自己所希望

“希达多的追求之途不仅是印度青年的心灵探索，更是全世界一切丢失了精神家园的人的自

本书由“行行”整理，如果你不知道读什么书或者想获得更多免费电子书请加小编微信或Q





悉达多

赫尔曼·黑塞 著

杨玉功译

真如工作室出版

内容提要

古代印度贵族青年悉达多，与他的朋友侨文达一起长大。悉达多英俊聪慧而好学，为所有的





悉达多\ue004

通向自我的心路历程

目录：

出版前言

译者序

第一部

1. 婆罗门之子

2. 沙门

3. 乔答摩

4. 觉醒

第二部

5. 伽摩拉

6. 人世间

7. 轮回

8. 在岸边

9. 船夫

10. 悉达多之子

11. 唵

12. 侨文达





出版前言


译者序

缘起

《红楼梦》作者在开卷第一回中曾“自云经历一番梦幻之后”，于是“十年辛苦不寻常”“

十几年前，笔者似乎可算作“已发菩提心”的文学青年，可命运不是那省油的灯，你“心比

当年曾有一位画画的朋友也曾与我谈论《悉达多》，说从中得到种种启示云云，然而他所根

“缘”是一个奇妙的东西。本书在十年前就已经完成翻译，直到今天才得以出版，其中种种

每个人都有自心中的悉达多。《悉达多》的翻译伴随着我心中悉达多的成长与成熟，我体验

《悉达多》的翻译

翻译有多种类别：有学者的翻译，如柏拉图《理想国》的翻译；有圣者的翻译，如《圣经》

的确，如果没有对《悉达多》全书透彻的理解，并由此在感性的层面把握全书的旋律，成功

笔者有意将译稿的文字设计成具有某种“庄严”感，以免过于平易而损失了原文的深义，同

《悉达多》一书可归于哲理小说一类，而小说的可读性至关重要。笔者的目标之一是提供一

“悉达多在自己的行程中每走一步都学到新的东西，世界在他眼前已全然变幻并使他心醉神

可惜，命运弄人，这是悉达多堕入凡尘的开始。本书的好处之一是：你会接受悉达多心路历

禅的理性主义

世界有太多“名”与“实”，“相反”与“相成”的矛盾。佛教在某些人心目中“迷信”而

这是一个“现象界”惊人扩张的时代，一个缺乏信仰的时代，一个需要更宽广精神框架的时

黑塞的“禅”却有着理性主义的背景：不是从信仰出发，不是从书本出发，不是从社会意识

一位西方读者评论道：悉达多的文字很容易读，而真正读懂可能需要一生的时间。另一位读

僧人问：达磨未来此土时，还有佛法也无？崇慧禅师答：万古长空，一朝风月。以如此诗意

“世界自身则遍于我之内外，从不片面。从未有一人或一事纯属轮回或者纯属涅槃，从未有

古德云：青青翠竹，尽是真如；郁郁黄花，无非般若。 黑塞说：

“这是一枚石子，相当长的时间之后它也许会化为泥土，泥土中会生出植物，动物或是人。

黑塞与悉达多

公元一八七七年出生于德国黑森林畔卡夫镇的赫尔曼·黑塞（Hermann Hesse

黑塞的作品深刻揭示了正直的人们在世俗文明（一切以名利为转移），尤其是现代世俗文明

黑塞对东方文化（包括印度文化与中国文化）的理解与研究，恐怕远远超乎一般中国人对他

《悉达多》（Siddhartha）是黑塞最著名、最有影响力的作品，也是黑塞作品中

当今中国正处于经济起飞与文化重建的重要时期，对传统文化（包括佛教）的关注与弘扬成

《悉达多》一书适合于不同层次的读者。一般读者会醉心于书中百转千回、引人入胜的情节

在上个世纪六十年代的美国，《悉达多》在大学生中几乎人手一册，影响了整整一代人；在

2004年7月于望京花园





第一部


婆罗门之子

第一抹天光投进室内。

父亲看到悉达多的双膝微微战栗了一下，

但悉达多的脸上却没有战栗，他的目光注视着远方。

"""

# The body's headings, in order (after the lists).
BODY = [
    "出版前言",
    "译者序",
    "缘起",
    "《悉达多》的翻译",
    "禅的理性主义",
    "黑塞与悉达多",
    "第一部 婆罗门之子",
]
# The entries of the two lists: none may head a section of its own.
ENTRIES = {"出版前言", "译者序", "第一部", "第二部", "第二部\ue004"}


def _outline(text):
    return [(s.title, s.start) for s in find_sections(text)[0] if s.title]


def _list_end(text):
    return text.index("12. 侨文达") + len("12. 侨文达")


def test_entries_of_both_lists_head_no_section():
    got = _outline(SIDDHARTHA)
    end = _list_end(SIDDHARTHA)
    assert not [t for t, start in got if start < end and t in ENTRIES]
    titles = [t for t, start in got if start >= end]
    assert titles == BODY  # the body's headings, each once, in order


def test_colon_opener_reads_the_second_list(monkeypatch):
    # Without clause cjk_contents_colon "目录：" opens no list: its entries 出版前言, 译者序,
    # 第一部 and 第二部 were sections (base: 出版前言 of 6 characters, 第一部 of 37).
    old = re.compile("(?:內容目錄|内容目录|目[ \u3000]+[录錄次])")
    monkeypatch.setattr(cjk_numbers, "_CONTENTS", old)
    second = SIDDHARTHA.index("目录：")
    got = [t for t, start in _outline(SIDDHARTHA) if second < start < _list_end(SIDDHARTHA)]
    assert got and set(got) <= ENTRIES  # the failure the clause mends
    assert cjk_numbers._CONTENTS is old


def test_colon_opener_is_a_contents_candidate():
    found = cjk_numbers.cjk_number_candidates("目录：", 0, 0, 4)
    assert [(c.kind, c.series) for c in found] == [("named", "named:CONTENTS")]
    assert cjk_numbers.cjk_number_candidates("目录：第一章", 0, 0, 7) == []


def test_titles_off_the_first_list(monkeypatch):
    # Without clause titles_off_contents the first list ("目录" / 出版前言 / 第一部 / 第二部,
    # found as a list) still gave two titles to rule cjk_title_lines.
    first, after = SIDDHARTHA.index("目录"), SIDDHARTHA.index("“我努力探索")
    assert first < after < SIDDHARTHA.index("目录：")
    monkeypatch.setattr(sec, "titles_off_contents", lambda titled, in_list: titled)
    got = [t for t, start in _outline(SIDDHARTHA) if first < start < after]
    assert got == ["出版前言", "第一部"]


def test_list_spans_reported():
    spans = []
    sec.find_headings(SIDDHARTHA, contents_out=spans)
    starts = sorted(a for a, _ in spans)
    assert len(starts) == 2
    assert SIDDHARTHA[starts[0] :].startswith("目录\n")
    assert SIDDHARTHA[starts[1] :].startswith("目录：")
