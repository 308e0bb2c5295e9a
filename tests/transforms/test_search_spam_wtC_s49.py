"""Session 49 (branch wtC): clause ``search_spam_bracket`` (transforms.search_spam) on
real passages of 毛泽东传 (罗斯.特里尔版, hankinghu+literature-books), docs/quality/
session-49-wtC.md; guard ``search_spam_repeat`` added by the review."""

from __future__ import annotations

from transforms.boilerplate import find_boilerplate, strip_boilerplate
from transforms.clean import clean_text
from transforms.search_spam import search_spam

# the spam's two forms, each pasted after a paragraph (12 times in the book)
SPAM1 = (
    "(www.google.cn搜：解放军早已经登上台湾岛，谷歌搜上海木头，谷歌搜：中国远程思考控制武器，"
    "谷歌搜：wewillfreetibet,谷歌搜：大陆的长程思维控制；谷歌搜：woody20000@gmail.com)"
)
SPAM2 = (
    "（谷歌搜：中国远程思考控制武器。搜上海木头 live,搜：脑控，百度搜：woody20000@gmail.com, "
    "百度baidu搜：吕秀莲小姐， http://77tuan.btnews.com.cn/GuestBook.asp）"
)
# the book's first two spam passages (offsets 3571 and 32307 of the normalized text)
MAO = (
    "\u3000\u3000泽东还不到1岁的时候，孙中山（1867—1925）写了一份请愿书，标志着他从改良向革命的"
    "转变，这份请愿书列出了一揽子消灭旧中国的战斗计划。泽东就出生在这样一个旧中国走向没落的时代。"
    + SPAM1
    + "\n\u3000\u3000在和父亲发生冲突以前，泽东是以中国的方式被和善地养大的。\n"
    "\u3000\u3000毛泽东和另外20人于1918年秋起程赴京，起初是步行，然后坐船到武汉，接着乘火车到达北京。"
    + SPAM2
    + " \n\u3000\u3000毛泽东第一次来北京时的住处：景山东街三眼井吉安东夹道8号。\n"
)
# and its fourth (offset 78690): three brackets in one text
MAO3 = (
    MAO
    + "\u3000\u3000共产党没有选择其中任何一条路！"
    + SPAM1
    + "\n\u3000\u3000国民党中的左翼最终还是选择了蒋介石。7月，他们开始把矛头转向武汉的共产党。和中国的"
    "其他地方一样，这里也是白色恐怖。至仲夏时节，中国革命似乎正走向末路。\n"
)
# the book's own bracket with "搜" in it (guard search_spam_count)
MAO_OWN = (
    "\u3000\u3000也是在那寺庙的香案上，毛泽东阅读了《共产党宣言》（中文译本，他热心搜读各种译成中文的"
    "有关材料）。这一次，马克思和恩格斯的思想深深打动了他。\n"
)


def test_search_spam_bracket():
    cuts = search_spam(MAO3)
    assert [MAO3[e.start : e.end] for e in cuts] == [SPAM1, SPAM2, SPAM1]
    # the text without the brackets is what the cleaning keeps: every word of the book
    # (the sentence before each bracket, the book's own "孙中山（1867—1925）") and nothing
    # of the spam
    plain = MAO3.replace(SPAM1, "").replace(SPAM2, "")
    stripped, edits = strip_boilerplate(MAO3)
    assert stripped == plain
    assert {e.rule for e in edits} == {"site_ad"}
    # one output: the clean text is the spam-free passage's clean text (review, session
    # 49: unwrap joins the longest line of so short a text to the next one, with or
    # without the spam, so the test compares with the spam-free text's cleaning)
    cleaned = clean_text(MAO3).text
    assert cleaned == clean_text(plain).text
    assert "搜" not in cleaned and "woody" not in cleaned and "google" not in cleaned
    assert "孙中山（1867—1925）" in cleaned and "似乎正走向末路。" in cleaned
    # the spam goes through find_boilerplate as a site_ad cut, exactly the brackets
    spans = {(e.start, e.end) for e in find_boilerplate(MAO3) if e.rule == "site_ad"}
    assert {(e.start, e.end) for e in cuts} <= spans


def test_search_spam_repeat_guard():
    # guard search_spam_repeat (review): two brackets in a text are no evidence of
    # pasted spam; the book's first two passages alone keep them
    assert search_spam(MAO) == []
    assert SPAM1 in clean_text(MAO).text and SPAM2 in clean_text(MAO).text


def test_search_spam_guards():
    # guard search_spam_count: the book's own "搜读" in a bracket
    assert search_spam(MAO_OWN * 3) == []
    assert clean_text(MAO_OWN).text.strip() == MAO_OWN.strip()
    # made up, each three times (guard search_spam_repeat would keep a single one): fewer
    # than three instructions, no engine named, a bracket not closed on its line
    assert search_spam("他说：（百度搜：张居正，谷歌搜：万历）。\n" * 3) == []
    assert search_spam("清单（搜：甲；搜：乙；搜：丙；搜：丁）。\n" * 3) == []
    assert search_spam("（谷歌搜：甲，谷歌搜：乙，\n谷歌搜：丙）\n" * 3) == []
    # a bracket inside the bracket: not read as one
    assert search_spam("（谷歌搜：甲（乙），谷歌搜：丙，谷歌搜：丁）\n" * 3) == []
