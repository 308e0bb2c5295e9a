"""Clause ``letter_closing`` of rule ``cjk_title_lines`` (``transforms.cjk_letter_closings``):
a Chinese letter's wish and signature lines are no titles.

Real text: 三毛《谈心》 (hankinghu/literature-books), readers' letters and her answers,
each piece titled on a line of its own; the ends of three answers as the book has
them ("谢谢你！祝" / "健康快乐" / "三毛上", "三毛敬上", "谢谢！祝" / "心怡" / "邱兰芬敬上",
"祝" / "认清现实，再求突破" / "三毛") and a reader's signature over the answer ("淑芬" / "淑芬："),
paragraphs shortened to their first sentences.
"""

from __future__ import annotations

from transforms.cjk_letter_closings import letter_closings
from transforms.structure import analyze_text

TANXIN = (
    "自爱而不自怜\n\n三毛大姐您好：\n\n"
    "前些日子在城区部参加了您的座谈，一直有股冲动想写信给您。\n\n陈小姐：\n\n"
    "你的照片寄回，请查收。\n\n"
    "了解自己是由内而来的，当你了解了，不必别人来指引，也便能明白。"
    "除了你自己之外，没有人能替你找出生命之路。\n\n"
    "谢谢你！祝\n\n健康快乐\n\n三毛上\n\n"
    "又及：如果你观察了自己几个月，发觉情绪的低潮是周期性的，那么可能是生理上的情形。\n\n\n\n"
    "祝福中国\n\n金门居住的先生：\n\n"
    "您没有留下名字，信封上，只有一个邮箱号码。\n\n"
    "再不必说什么，有心的人，我们各自在自己的岗位上去努力，就算彼此的鼓励。\n\n"
    "您懂，我也懂了。\n\n也祝福中国，祝福您。\n\n三毛敬上\n\n\n\n"
    "人生何处不相逢\n\n三毛小姐：\n\n"
    "很抱歉打扰你的时间，从来我就是很欣赏你的文章和你的个性，很早以前就想写信给你。\n\n"
    "最后我仍是希望你能抽空为我回封信，好让我清楚那段“奇遇”。谢谢！祝\n\n"
    "心怡\n\n邱兰芬敬上\n\n兰芬：\n\n是我！\n\n再见！\n\n三毛上\n\n\n\n"
    "最重要的是被爱吗？\n\n三毛你好：\n\n"
    "人，活在这世界上，最重要的是被爱，生活在没有爱的日子里，又怎能认识人生？敬祝愉快\n\n"
    "淑芬\n\n淑芬：\n\n"
    "事实上，在三更半夜，以教养来说，没有一个朋友可以去打扰——除非是生命线。\n\n"
    "所谓“无为而治”的道理，就在这句话里面了。\n\n祝\n\n认清现实，再求突破\n\n三毛\n\n\n\n"
    "隔离与沟通\n\n亲爱的弟弟妹妹们：\n\n"
    "一次两小时的聚会，得到了你们的友谊和雪片一般飞来的书信。"
    "在这里，我要向你们道谢这份爱护，更使我感动的是信中对我付出的那份全然的信任。\n"
)


def test_letter_closing_wish_and_signature_are_no_sections():
    titles = [s.title for s in analyze_text(TANXIN).sections if s.title]
    # "最重要的是被爱吗？" ends in a mark: no title line (a miss of rule cjk_title_lines).
    assert titles == ["自爱而不自怜", "祝福中国", "人生何处不相逢", "隔离与沟通"]


def test_letter_closing_guards_titles_ending_in_shang():
    # A title that ends in "上" ("在酒楼上", 鲁迅's 彷徨) with no wish above it and not
    # repeated, and a title right under a signature, stay candidates.
    texts = ["三毛敬上", "", "在酒楼上", "", "我从北地向东南旅行，绕道访了我的家乡。", ""]
    assert letter_closings(texts, [0, 2]) == {0}
    texts = ["谢谢你！祝", "", "平安", "", "三毛上", "", "江上", "", "江上的雾很大。"]
    assert letter_closings(texts, [2, 4, 6]) == {2, 4}


def test_letter_closing_guards_zhufu_title():
    # 鲁迅's 彷徨 opens its story "祝福" so: a wish's word alone, no letter above it.
    texts = ["祝福", "", "旧历的年底毕竟最像年底，村镇上不必说，就在天空中也显出将到新年的气象来。"]
    assert letter_closings(texts, [0]) == set()


def test_letter_closing_guards_repeated_line_ending_in_shang():
    # 十年徒步中国 (hankinghu/literature-books) sets "在路上" alone twice, under verse
    # lines of its foreword: a name and "上" repeated, but never under a wish.
    texts = ["用我心灵的呼声", "", "在路上", "", "是我生命的远行", "", "在路上", ""]
    assert letter_closings(texts, [2, 6]) == set()


def test_letter_closing_addressed_title_and_guards_stay():
    # A collection of letters titles each by whom it goes to, over the salutation to
    # the same person: a title, not a reader's signature (constructed, the review's).
    # Each text ends with a signature so that the clause looks at its candidates.
    sign = ["", "鲁迅上", "", "又及：书已寄出。"]
    texts = ["致许广平", "", "广平兄：", "", "今天收到来信，有些问题恐怕我答不出。", *sign]
    assert letter_closings(texts, [0, 6]) == set()
    texts = ["给淑芬", "", "淑芬：", "", "你的信收到了。", *sign]
    assert letter_closings(texts, [0, 6]) == set()
    # A name longer than a reader's signature over a salutation holding its end.
    texts = ["又见到了陈小姐", "", "陈小姐：", "", "你的照片寄回，请查收。", *sign]
    assert letter_closings(texts, [0, 6]) == set()
    # A surname's character opening the salutation counts only for a surname.
    texts = ["一二三", "", "一位读者：", "", "你好。", *sign]
    assert letter_closings(texts, [0, 6]) == set()
    # A title two lines over a signature is no part of it; a long line under a
    # wish's opening is no wish.
    texts = ["人生何处不相逢", "", "邱兰芬敬上", "", "兰芬：", "", "是我！"]
    assert letter_closings(texts, [0, 2]) == {2}
    texts = ["最后，谢谢！祝", "", "人生何处不相逢的那一天", "", "三毛小姐：", "", "你好。", *sign]
    assert letter_closings(texts, [2, 8]) == set()


def test_letter_closing_guards_celebration_and_long_colon_line():
    # "庆祝" ending a line of prose opens no wish: the title under it stays; a name over
    # a long line of prose ending in "：" is no reader's signature (constructed).
    sign = ["", "鲁迅上", "", "又及：书已寄出。"]
    texts = ["全村的人都出来庆祝", "", "丰收之后", "", "秋天到了，村里又安静下来。", *sign]
    assert letter_closings(texts, [2, 6]) == set()
    hail = "后来我在信里这样回答淑芬和她的家人以及所有的朋友们："
    texts = ["淑芬", "", hail, "", "你们好。", *sign]
    assert letter_closings(texts, [0, 6]) == set()
