"""Front and back matter: clause matter_named_twice (``transforms.contents_regions``:
the body's "序" after a contents list) and rule matter_levels (``transforms.
matter_levels``: clauses front_matter_top, back_matter_top, back_after_volume).
Short excerpts of real books: 钱穆《中国历代政治得失》, 南派三叔《盗墓笔记》 and
当年明月《明朝那些事儿》 (web e-books of hankinghu/literature-books), Aristotle's
Nicomachean Ethics (Project Gutenberg 8438, J. A. Smith's introduction)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _sections(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


# 钱穆《中国历代政治得失》: its contents list and the body's 序 / 前言 / 讲, set as a
# paragraph-a-line web e-book sets its text (盗墓笔记's file): full-width indent, no
# blank line anywhere, so no gap of two blank lines ends the list.
_XU = "　　我很早以前，就想写一部中国政治制度史。一则我认为政治乃文化体系中一要目。尤其如中国，其文化精神偏重在人文界。\n"  # noqa: E501
_QIAN = "　　此次呈贵会邀约讲演，讲题大体规定是讲中国历代的政治得失。但中国传统政治，历代间，也极多变迁，若笼统讲，恐不着边际。\n"  # noqa: E501
_HAN = (
    "　　严格说来，要到秦汉才是中国历史上正式有统一政府。秦以前的中国，只可说是一种封建的统一。\n"
)
_TANG = "　　汉和唐，是历史上最能代表中国的两个朝代，上次讲了汉代制度，现在继续讲唐代。先讲唐代的政府。\n"
QIAN_MU = (
    "目　录\n序\n前言\n第一讲　汉代\n第二讲　唐代\n第三讲　宋代\n"
    + "序\n" + _XU * 4
    + "前言\n" + _QIAN * 4
    + "第一讲　汉代\n" + _HAN * 6
    + "第二讲　唐代\n" + _TANG * 6
    + "第三讲　宋代\n" + _HAN * 6
)  # fmt: skip


def test_matter_named_twice_preface_after_contents_list():
    assert _sections(QIAN_MU) == [
        (1, "序"),
        (1, "前言"),
        (1, "第一讲 汉代"),
        (1, "第二讲 唐代"),
        (1, "第三讲 宋代"),
    ]


def test_matter_named_twice_list_text_stays_out():
    # The list's own "序" / "前言" entries open no section: the first section starts
    # at the body's "序", after the list.
    text = clean_text(normalize_text(QIAN_MU)).text
    first = [s for s in find_sections(text)[0] if s.title][0]
    assert first.title == "序" and first.start == text.index("序\n我很早")


def test_matter_named_twice_list_naming_preface_per_volume_goes_on():
    # A list that names "前言" under each volume (丘吉尔's 五卷 memoirs, each volume
    # with its own 前言) has an entry, not prose, after the second "前言": it goes on.
    one, two = "第一卷　1911—1914年\n", "第二卷　1915年\n"
    listing = "目　录\n" + one + "前言\n第一讲　汉代\n" + two + "前言\n第二讲　唐代\n"
    text = listing + one + "前言\n" + _QIAN * 3 + "第一讲　汉代\n" + _HAN * 6
    text += two + "前言\n" + _QIAN * 3 + "第二讲　唐代\n" + _TANG * 6
    titles = _sections(text)
    assert titles[0] == (1, "第一卷 1911—1914年")
    assert titles.count((2, "前言")) == 2


# 《明朝那些事儿》: 前言 before the first volume, 引子 inside it; 后记 after the last.
MING = """前言

好了，今天晚上开始工作吧！

说起来，我也写了不少东西了，主要是心理和历史方面的，这些东西中有一部分是我自己写的。

第壹卷

朱元璋篇

引子

这篇文章我构思了六个月左右，主要讲述的是从1344年到1644年这三百年间关于明的一些事情，以史料为基础，以年代和具体人物为主线。

第一章 童年

我们从一份档案开始。

姓名：朱元璋别名（外号）：朱重八、朱国瑞

第二章 灾难

元至正四年（公元1344年）到来了。

第柒卷

朱由校篇

皇太极

失败的努尔哈赤悲愤了。

成功只有一个——按照自己的方式，去度过人生。

（全文完）

后记

本来没想写，但还是写一个吧，毕竟那么多字。
"""


def test_front_matter_top_preface_beside_the_volumes():
    titles = _sections(MING)
    assert titles[:3] == [(1, "前言"), (1, "第壹卷 朱元璋篇"), (2, "引子")]


def test_back_after_volume_afterword_leaves_the_last_volume():
    # 第柒卷's chapters are untitled by number ("皇太极"): the volume's line is the
    # last heading before "后记".
    assert _sections(MING)[-2:] == [(1, "第柒卷 朱由校篇"), (1, "后记")]


def test_back_after_volume_only_back_words_leave_it():
    # A prologue word no earlier volume used ("楔子") right under the last volume's
    # line opens that volume (its chapters untitled by number): it stays inside, level
    # 2; only "后记" leaves. (Review, session 27: no test failed with every word let out.)
    text = MING.replace("朱由校篇\n\n", "朱由校篇\n\n楔子\n\n失败的努尔哈赤悲愤了。\n\n")
    assert _sections(text)[-3:] == [(1, "第柒卷 朱由校篇"), (2, "楔子"), (1, "后记")]


# 《盗墓笔记》: volumes over chapters, 后记 after the last volume's last chapter.
_CH1 = "　　四个土夫子正蹲在一个土丘上，所有人都不说话，直勾勾地盯着地上那把洛阳铲。\n"
_CH2 = (
    "　　50年后，杭州西泠印社，我的思绪被一个老头子打断了，我合上我爷爷的笔记，打量了一下对方。\n"
)
_CH3 = "　　我大大迷惑：“三叔，也许我是笨了点，可您真能从这么小的字里看出地图来？”\n"
DAOMU = (
    "　　第一季 第一卷 七星鲁王\n　　第一章 血尸\n" + _CH1 * 8
    + "　　第二章 五十年后\n" + _CH2 * 8
    + "　　第一季 第二卷 怒海潜沙\n　　第一章 蛇眉铜鱼\n" + _CH3 * 8
    + "　　后记\n　　各位，我终于写完了。\n　　我很难形容这个时候的心情，不算好，不算差，不算淡定，也不算激动。\n"
)  # fmt: skip


def test_back_matter_top_afterword_after_last_chapter():
    titles = _sections(DAOMU)
    assert titles[-2:] == [(2, "第一章 蛇眉铜鱼"), (1, "后记")]
    assert titles[0] == (1, "第一季 第一卷 七星鲁王")


def test_back_matter_top_not_a_name_every_volume_closes_with():
    # A "后记" inside the first volume too: each volume's own, the last one stays under it.
    text = DAOMU.replace("　　第一季 第二卷", "　　后记\n" + _CH1 * 3 + "　　第一季 第二卷")
    titles = _sections(text)
    assert titles[-1] == (2, "后记") and titles.count((2, "后记")) == 2


# Aristotle, Nicomachean Ethics (Gutenberg 8438): J. A. Smith's INTRODUCTION before BOOK I.
_INTRO = """more or less popular identifications of it with abundance of physical
pleasures, with political power and honour, with the mere possession of
such superior gifts or attainments as normally entitle men to these,
with wealth. None of these can constitute the end or good of man as
such.

"""
_BOOK = """Every art, and every science reduced to a teachable form, and in like
manner every action and moral choice, aims, it is thought, at some
good: for which reason a common and by no means a bad description of
the Chief Good is, “that which all things aim at.”

"""
ETHICS = (
    "INTRODUCTION\n\n\n" + _INTRO * 3
    + "BOOK I\n\nChapter I.\n\n\n" + _BOOK * 3 + "Chapter II.\n\n\n" + _BOOK * 3
    + "BOOK II\n\nChapter I.\n\n\n" + _BOOK * 3 + "Chapter II.\n\n\n" + _BOOK * 3
)  # fmt: skip


def test_front_matter_top_english_introduction_beside_the_books():
    assert _sections(ETHICS)[:3] == [(1, "INTRODUCTION"), (1, "BOOK I"), (2, "Chapter I.")]


# 金庸《射雕英雄传》's back matter: two numbered, titled appendices and an afterword after
# its last 回, a paragraph a line, no blank line.
_HUI = "　　成吉思汗一生自负，此际给他这么一顿说，竟难以辩驳，回首前尘，勒马回顾，不禁茫然若失。\n"
_FU1 = "　　在中国北方很寒冷的地方，山野、草原、沙漠、树林里的人以打猎、捕渔和游牧为生。\n"
_FU2 = "　　道教开始于汉代的“太平道”与“五斗米道”。先秦的道家是哲学上的学派，到了汉代才成为宗教。\n"
SHEDIAO = (
    "第三十九回 是非善恶\n" + _HUI * 6
    + "第四十回 华山论剑\n" + _HUI * 6
    + "附录一：成吉思汗家族\n" + _FU1 * 4
    + "附录二：关于“全真教”\n" + _FU2 * 4
    + "后记\n　　《射雕英雄传》作于一九五七年到一九五九年，在《香港商报》连载。\n"
)  # fmt: skip


def test_appendix_word_numbered_appendices_are_sections():
    assert _sections(SHEDIAO)[-3:] == [
        (1, "附录一：成吉思汗家族"),
        (1, "附录二：关于“全真教”"),
        (1, "后记"),
    ]


def test_appendix_word_not_in_prose():
    # A sentence that opens with the word ("附录：本书所引用的资料，见下。") stays prose.
    text = SHEDIAO.replace("附录二：关于“全真教”\n", "附录：本书所引用的资料，见下。\n")
    assert "附录：本书所引用的资料，见下。" not in [t for _, t in _sections(text)]


# Clause matter_named_twice_entry_next (review, session 27): Aristotle's Ethics and
# Politics in one volume (Gutenberg 8438 and 6762's lines), a double-spaced contents
# list naming each work's INTRODUCTION. After the second "INTRODUCTION" comes the
# next entry, not prose: the list goes on. Before, an entry that ends in "." (a
# "BOOK I." line, or a title-only entry "The Household.") counted as prose, the list
# stopped at its second "INTRODUCTION", and that list line became a level-1 section.
_POL = (
    "The Politics of Aristotle is the second part of a treatise of which the Ethics is the "
    "first part. It looks back to the Ethics as the Ethics looks forward to the Politics.\n\n"
)
_CITY = (
    "As we see that every city is a society, and every society is established for some "
    "good purpose; for an apparent good is the spring of all human actions.\n\n"
)


def _two_works(first: str, second: str) -> str:
    listing = (
        "CONTENTS\n\n\nTHE ETHICS\n\nINTRODUCTION\n\n" + first + "\n\nTHE POLITICS\n\n"
        "INTRODUCTION\n\n" + second + "\n\n\n\n\n"
    )
    body = "INTRODUCTION\n\n\n" + _INTRO + "\n\n\n" + first + "\n\n\n" + _BOOK * 4 + "\n\n"
    body += "INTRODUCTION\n\n\n" + _POL * 3 + "\n\n" + second + "\n\n\n" + _CITY * 6
    return listing + body


def test_matter_named_twice_entry_next_keyword_entry_goes_on():
    text = clean_text(normalize_text(_two_works("BOOK I.", "BOOK II."))).text
    sections = [s for s in find_sections(text)[0] if s.title]
    assert sections[0].start == text.index("INTRODUCTION\n\n\nmore or less")  # the body's
    assert [(s.level, s.title) for s in sections] == [
        (1, "INTRODUCTION"), (1, "BOOK I."), (2, "INTRODUCTION"), (1, "BOOK II.")
    ]  # fmt: skip


def test_matter_named_twice_entry_next_titled_entry_goes_on():
    text = clean_text(normalize_text(_two_works("Of the Good.", "The Household."))).text
    first = [s for s in find_sections(text)[0] if s.title][0]
    assert first.start > text.index("The Household.")  # the whole list stays a list


# Clause prologue_beside_scenes (review, session 27): Henry V (defaults/shakespeare),
# the Chorus's prologue under "ACT II." sits beside the act's scenes, not over them.
_CANT = """CANTERBURY.
My lord, I'll tell you: that self bill is urg'd,
Which in the eleventh year of the last king's reign
Was like, and had indeed against us pass'd,
But that the scambling and unquiet time
Did push it out of farther question.

ELY.
But how, my lord, shall we resist it now?

"""
_CHORUS = """CHORUS.
Now all the youth of England are on fire,
And silken dalliance in the wardrobe lies.
Now thrive the armourers, and honour's thought
Reigns solely in the breast of every man.

"""
HENRY_V = (
    "PROLOGUE.\n\n" + _CHORUS * 3
    + "ACT FIRST.\n\nSCENE I. London. An ante-chamber in the King's palace.\n\n" + _CANT * 4
    + "SCENE II. The same. The presence chamber.\n\n" + _CANT * 4
    + "ACT II.\n\nPROLOGUE.\n\n[Flourish. Enter Chorus.]\n\n" + _CHORUS * 3
    + "SCENE I. London. A street.\n\n\n[Enter Corporal Nym and Lieutenant Bardolph.]\n\n"
    + _CANT * 4 + "SCENE II. Southampton. A council-chamber.\n\n" + _CANT * 4
    + "EPILOGUE.\n\n" + _CHORUS * 2
)  # fmt: skip


def test_prologue_beside_scenes_act_prologue_is_a_scene_sibling():
    assert _sections(HENRY_V) == [
        (1, "PROLOGUE."),
        (1, "ACT FIRST."),
        (2, "SCENE I. London. An ante-chamber in the King's palace."),
        (2, "SCENE II. The same. The presence chamber."),
        (1, "ACT II."),
        (2, "PROLOGUE."),
        (2, "SCENE I. London. A street."),
        (2, "SCENE II. Southampton. A council-chamber."),
        (1, "EPILOGUE."),
    ]


def test_prologue_beside_scenes_not_over_chapters():
    # A volume with chapters: its "引子" stays at the chapters' rank (明朝那些事儿).
    assert _sections(MING)[1:4] == [(1, "第壹卷 朱元璋篇"), (2, "引子"), (2, "第一章 童年")]


def test_prologue_beside_scenes_not_in_a_volume_with_chapters():
    # A 前言 over its own 节 in a 篇 that has chapters (a textbook's layout, 钱穆's
    # lines) keeps the chapters' rank, its 节 under it.
    text = (
        "第一篇　总论\n\n前言\n\n第一节　研究的对象\n\n" + _HAN * 3 + "\n第二节　研究的方法\n\n"
        + _TANG * 3 + "\n第一章　汉代\n\n第一节　政府\n\n" + _HAN * 3 + "\n第二节　选举\n\n"
        + _TANG * 3 + "\n第二篇　分论\n\n第二章　唐代\n\n第一节　政府\n\n" + _HAN * 3
    )  # fmt: skip
    assert _sections(text)[:4] == [
        (1, "第一篇 总论"), (2, "前言"), (3, "第一节 研究的对象"), (3, "第二节 研究的方法")
    ]  # fmt: skip
