"""Session 31 (branch wtE): what session 30 left in 鲁迅's annotated collections.

Clauses ``quoted_title_set_apart`` and ``halfwidth_letter_in_title`` (transforms.cjk_titles).

Excerpts: tallusil/luxun-novel-analysis (GitHub), data/combined/ (an annotated edition of
鲁迅's collections, UTF-8): 二心集.txt, the opening of 答北斗杂志社问, the end of the notes
of the piece before 中华民国的新“堂·吉诃德”们 (the " \u3000" line and the blank lines as the
source sets them: four blank lines above the title, three under), its opening, and the
opening of 宣传与做戏; 华盖集续编的续编.txt, the openings of 所谓“思想界先驱者”鲁迅启事,
《阿Q正传》的成因 (a plain, half-width Q) and 海上通信. Paragraphs longer than 80 characters are
cut after a sentence (the source sets one paragraph a line there). hankinghu/literature-books
b133 (理想国, an OCR'd book, one blank line between all lines): a page break inside a
sentence.
"""

from __future__ import annotations

from transforms.cjk_titles import _TITLE, _letters
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

BEIDOU = (
    "答北斗杂志社问\n\n\n\n\u3000\u3000——创作要怎样才会好？\n\n\u3000\u3000编辑先生：\n\n"
    "\u3000\u3000来信的问题，是要请美国作家和中国上海教授们做的，他们满肚子是“小说法程”和“小说作法”。\n\n"
    "\u3000\u3000三，模特儿〔3〕不用一个一定的人，看得多了，凑合起来的。\n\n"
    "\u3000\u3000〔9〕《革命日报》国民党内汪精卫改组派的报纸，一九二九年底在上海创刊。\n\n"
    "\u3000\u3000〔10〕“学匪”一九二五年十二月三十日国家主义派刊物《国魂》旬刊第九期上，载有姜华的"
    "《学匪与学阀》一文，咒骂在北京女师大风潮中支持进步学生的鲁迅、马裕藻等人为“学匪”。\n\n"
    "\u3000\n\n\n"
)
DONGJI = (
    "中华民国的新“堂·吉诃德”们\n\n\n\n"
    "\u3000\u3000十六世纪末尾的时候，西班牙的文人西万提斯做了一大部小说叫作《堂·吉诃德》〔2〕，"
    "说这位吉先生，看武侠小说看呆了，硬要去学古代的游侠，穿一身破甲，骑一匹瘦马，带一个跟丁，"
    "游来游去，想斩妖服怪，除暴安良。\n\n\n\n"
)
XUANCHUAN = (
    "宣传与做戏\n\n\n\n"
    "\u3000\u3000就是那刚刚说过的日本人，他们做文章论及中国的国民性的时候，内中往往有一条叫作“善于宣传”。\n"
)
QIDONG = (
    "所谓“思想界先驱者”鲁迅启事〔1〕\n\n\n\n"
    "\u3000\u3000对于狂飙运动，向不知是怎么一回事：如何运动，运动甚么。\n\n"
    "\u3000\u3000鲁迅遂戴其纸糊的权威者的假冠入于心身交病之状况矣！”\n\n"
)
AQ = (
    "《阿Q正传》的成因〔1〕\n\n\n\n"
    "\u3000\u3000在《文学周报》二五一期里，西谛先生谈起《呐喊》，尤其是《阿Q正传》。\n\n"
    "\u3000\u3000我先要抄一段西谛先生的原文——\n\n"
)
HAISHANG = (
    "海上通信〔1〕\n\n\n\n\u3000\u3000小峰兄：\n\n"
    "\u3000\u3000前几天得到来信，因为忙于结束我所担任的事，所以不能即刻奉答。\n"
)
# 理想国 (b133, lines 2262-2270 as the source sets them, its CR taken off): a page's end,
# the page number and running head, "接着“不正义比正义更有利”" / "的问题又突然发生。".
LIXIANGGUO = (
    "    我们离开了原来讨论的目标，对于什么是正义，还没有得出结论，我们就又去考虑它是邪恶与愚昧呢，"
    "还是智慧与道德的问题了；\n\n"
    "-- 51\n\n"
    "    ４４理\u3000\u3000想\u3000\u3000国\n\n"
    "    接着“不正义比正义更有利”\n\n"
    "    的问题又突然发生。\n"
)


def _titles(raw: str) -> list[str]:
    text = clean_text(normalize_text(raw)).text
    return [s.title for s in analyze_text(text).sections if s.title]


def test_long_quoted_title_set_apart_by_blank_lines():
    """Clause ``quoted_title_set_apart``: 14 characters quoting “堂·吉诃德” with no note
    mark, over MAX_QUOTED_CHARS, but four blank lines above and three under: a title."""
    titles = _titles(BEIDOU + DONGJI + XUANCHUAN)
    assert titles == ["答北斗杂志社问", "中华民国的新“堂·吉诃德”们", "宣传与做戏"]


def test_long_quoted_line_with_one_blank_line_around_stays_text():
    """The guard stands where one blank line parts every line (理想国's page break)."""
    titles = _titles(BEIDOU + DONGJI + XUANCHUAN + "\n" + LIXIANGGUO)
    assert "接着“不正义比正义更有利”" not in titles


def test_halfwidth_q_in_a_title():
    """Clause ``halfwidth_letter_in_title``: 《阿Q正传》的成因 with a plain Q is a title."""
    titles = _titles(QIDONG + AQ + HAISHANG)
    assert titles == ["所谓“思想界先驱者”鲁迅启事", "《阿Q正传》的成因", "海上通信"]


def test_halfwidth_letters_other_than_one_capital_between_ideographs():
    assert _TITLE.fullmatch(_letters("阿Q正传的成因"))
    assert not _TITLE.fullmatch(_letters("X光"))  # no ideograph before it
    assert not _TITLE.fullmatch(_letters("卡拉OK厅"))  # two letters: a word
    assert not _TITLE.fullmatch(_letters("阿q正传"))  # a small letter
