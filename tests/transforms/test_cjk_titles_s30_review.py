"""Session 30, review of branch wtE: the guards of ``quoted_words_in_title`` and
``list_run_in_paragraph`` at the level of ``analyze_text``, and clause
``byline_under_title_named_in_text`` (transforms.cjk_title_bylines).

Excerpts: oscarsun72/chtxt (GitHub) j.史書/新五代史, its volume lines set as plain text
(the source marks them with "## "; a plain-text edition sets them bare), the openings of
王朴's, 王鎔's and 李茂貞's biographies, their first sentences; hankinghu/literature-books
(GitHub) b253 (远华案, a web book: a paragraph cut with no stop, "…照片", over the list of
the documents it shows) and b133 (理想国, a page break inside a sentence); tallusil/
luxun-novel-analysis 华盖集续编的续编 (the three pieces of test_cjk_titles_s30) and 呐喊
(头发的故事's last note over 白光's title and opening, as the source wraps them).
"""

from __future__ import annotations

from tests.transforms.test_cjk_titles_s30 import (
    GUXIANG,
    HAISHANG,
    QIDONG,
    SANZANG,
    TUHEMAO,
    _titles,
)

XIN_WUDAI = (
    "新五代史·卷三十一·周臣傳第十九\n"
    "\n"
    "王朴\n"
    "\n"
    "王朴字文伯，東平人也。少舉進士，為校書郎，依漢樞密使楊邠。\n"
    "\n"
    "周世宗鎮澶州，朴為節度掌書記。世宗為開封尹，拜朴右拾遺，為推官。\n"
    "\n"
    "新五代史·卷三十九·雜傳第二十七\n"
    "\n"
    "王鎔\n"
    "\n"
    "王鎔，其先回鶻阿布思之遺種，曰沒諾干，為鎮州王武俊騎將，武俊錄以為子，遂冒姓王氏。\n"
    "\n"
    "新五代史·卷四十·雜傳第二十八\n"
    "\n"
    "李茂貞\n"
    "\n"
    "李茂貞，深州博野人也。本姓宋，名文通，為博野軍卒，戍鳳翔。\n"
)


def test_biography_title_named_in_its_text_is_no_byline():
    _, titles = _titles(XIN_WUDAI)
    # were taken for bylines: ["新五代史·卷三十一·周臣傳第十九", "新五代史·卷三十九·雜傳第二十七", ...]
    assert titles == [
        "新五代史·卷三十一·周臣傳第十九",
        "王朴",
        "新五代史·卷三十九·雜傳第二十七",
        "王鎔",
        "新五代史·卷四十·雜傳第二十八",
        "李茂貞",
    ]


YUANHUA = (
    "专案组绝密文件做出六条承诺\n"
    "\n"
    "一、可以宽大处理，不判处死刑。\n"
    "\n"
    "中国的一场大政治看上了你\n"
    "\n"
    "问：他最后一次跟你谈话的时候说了什么?\n"
    "\n"
    "赖：你是说在这边，还是他们回去以后？\n"
    "\n"
    "赖昌星写到，他曾经打电话给梁锦光， 问他为什么要逮捕曾明娜的姐妹。梁锦光说，这是北京的意思，"
    "他也没有办法。赖昌星并叙 述，他问粱锦光什么时候他才可以回去?粱锦光告诉赖昌星：你什么时候都"
    "可以回来，但是， 你回来后，也许你就永远也走不了了。 照片\n"
    "\n"
    "远华案各种审问笔录\n"
    "\n"
    "赖昌星哥哥赖水强审问笔录\n"
    "\n"
    "泉州市中级人民法院对武警福建省边防总队海警二支队队长张永定的判决书\n"
    "\n"
    "中国公安部国际刑警中心局郭平向加拿大使馆的书面保证书\n"
    "\n"
    "厦门市中级人民法院判决书\n"
    "\n"
    "中国工商管理局局长王众孚 发出的远华营业执照\n"
    "\n"
    "赖昌星手迹\n"
    "\n"
    "中国官方提供的赖昌星犯罪材料\n"
    "\n"
    "中纪委远华案专案小组(四二0)在开会\n"
    "\n"
    "星夜出逃\n"
    "\n"
    "另有报导说：据消息人士透露，庄如顺在一审被判死刑后，曾经试图自杀，自杀未遂后， "
    "对涉及远华案已有悔意，首先揭发福建省委宣传部长李闽忠在担任漳州市委书记期间，接受 "
    "赖昌星贿赂高级房车等。\n"
)


def test_long_headings_under_a_cut_paragraph_stay():
    # MAX_ITEM_CHARS: the two headings under b253's "…照片" are no list items
    _, titles = _titles(YUANHUA)
    assert "远华案各种审问笔录" in titles and "赖昌星哥哥赖水强审问笔录" in titles


LIXIANGGUO_BREAK = (
    "    画家在作关于每一事物的画时，是在模仿事物实在的本身还是在模仿看上去的样子呢？\n"
    "\n"
    "    这是对影像的模仿还是对真实的模仿呢？\n"
    "\n"
    "    ①比喻性用语。\n"
    "\n"
    "    “王者”即“最高”\n"
    "\n"
    "    、“真理”之意。\n"
    "\n"
)


def test_quoted_line_over_a_clause_mark_is_no_section():
    # quoted_words_in_title's _continued guard where it decides: b133's broken line set
    # at the end of the second piece was a section of its own without it
    raw = QIDONG + "\n\n" + HAISHANG + "\n" + LIXIANGGUO_BREAK + "\n\n" + SANZANG
    _, titles = _titles(raw)
    assert titles == ["所谓“思想界先驱者”鲁迅启事", "海上通信", "关于《三藏取经记》等"]


BAIGUANG = (
    "⑾阿尔志跋绥夫（１８７８—１９２７）：俄国小说家。十月革命后逃亡国外，死\n"
    "于波兰华沙。这里所引的话，见他的中篇小说《工人绥惠略夫》第九章。\n"
    "\n"
    "\n"
    "                    \u3000\u3000白光\n"
    "\n"
    "                       \n"
    "\n"
    "\u3000\u3000陈士成看过县考的榜，回到家里的时候，已经是下午了。他去得本很早，一见\n"
    "榜，便先在这上面寻陈字。陈字也不少，似乎也都争先恐后的跳进他眼睛里来，然\n"
    "而接着的却全不是士成这两个字。\n"
)


def test_story_titled_like_a_name_under_prose_is_no_byline():
    # byline_under_title's "above in taken": "白光" (白 a surname) under a note, no title
    _, titles = _titles(GUXIANG + "\n\n" + BAIGUANG + "\n\n" + TUHEMAO)
    assert titles == ["故乡", "白光", "兔和猫"]
