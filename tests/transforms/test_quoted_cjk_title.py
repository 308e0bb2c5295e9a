"""Session 29 (branch wtG): a quoted phrase under a CJK chapter's bare number titles
the chapter where the series' other chapters have titles (clause ``quoted_cjk_title``,
transforms.section_titles).

Excerpts: jbts6/wuxia-novel (GitHub), 金庸/侠客行/侠客行.txt, the openings of 第十七回 to
第二十一回 (each cut after its first two paragraphs); hankinghu/literature-books
(GitHub), 史铁生 山顶上的传说 (b229 of session 28's copy), the openings of 第07节 to
第09节, where chapters are bare numbers and a quoted line is speech.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.structure import analyze_text

XIAKE = (
    "第十七回\n"
    "\n"
    "自大成狂\n"
    "这二三百人群相斗殴,都是穿一色衣服,使一般兵刃,谁友谁敌,倒也不易分辨。本来四支和长门斗,三支和四支斗,二支和五支斗,到得后来,本支师兄弟间素有嫌隙的,乘着这个机会,或明攻,或暗袭,也都厮杀起来,局面混乱已极。\n"
    "\n"
    '忽听得砰嘭一声响,两扇厅门脱钮飞出,一人朗声说道:"侠客岛赏善罚恶使者,前来拜见雪山派掌门人!"语音清朗,竟将数百人大呼酣战之声也压了下去。\n'
    "\n"
    "第十八回\n"
    "\n"
    "有所求\n"
    '两人出了石牢,走向大厅。石破天道:"阿绣,人人见了我,都道我便是那个石中玉。连石庄主、石夫人也分辨不出,怎地你却没认错?"\n'
    "\n"
    '阿绣脸上一阵飞红,霎时间脸色苍白,停住了脚步。这时两人正走在花园中的一条小径上,阿绣身子微晃,伸手扶住一株白梅,脸色便似白梅的花瓣一般。她定了定神,道:"这石中玉曾想欺侮我,我气得投崖自尽。大哥,你肯不肯为我出这口气,把他杀了?"\n'
    "\n"
    "第十九回\n"
    "\n"
    "腊八粥\n"
    "十二月初五,史婆婆率同石清、闵柔、白万剑、石破天、阿绣、成自学、齐自勉、梁自进等一行人,来到南海之滨的一个小渔村中。\n"
    "\n"
    "史婆婆离开凌霄城时,命耿万钟代行掌门和城主之职,由汪万翼、呼延万善为辅。风火神龙封万里参与叛师逆谋,虽为事势所迫,但白万剑等长门弟子却再也不去理他。史婆婆带了成自学、齐自勉、梁自进三人同行,是为防各支子弟再行谋叛生变。廖自砺断去一腿,武功全失,已不足为患。\n"
    "\n"
    "第二十回\n"
    "\n"
    '"侠客行"\n'
    "赵客缦胡缨,吴钩霜雪明。 银鞍照白马,飒沓如流星。\n"
    "\n"
    "十步杀一人,千里不留行。 事了拂衣去,深藏身与名。\n"
    "\n"
    "第二十一回\n"
    "\n"
    '"我是谁?"\n'
    "在侠客岛上住过十年以上之人,对图谱沉迷已深,于石壁之毁,无不痛惜。更有人自怨自艾,深悔何不及早抄录摹写下来。海船中自撞其头者有之,自捶其胸者有之。但新来的诸人想到居然能生还故土,却是欣慰之情远胜于惋惜了。\n"
    "\n"
    '眼见侠客岛渐渐模糊,石破天突然想起一事,不由得汗流浃背,顿足叫道:"糟糕,糟糕!爷爷,今......今天是几......几月初......初几啊?"\n'
    "\n"
)


def test_quoted_cjk_title_titles_the_chapter():
    titles = [s.title for s in analyze_text(clean_text(XIAKE).text).sections]
    assert titles == [
        "第十七回 自大成狂",
        "第十八回 有所求",
        "第十九回 腊八粥",
        '第二十回 "侠客行"',  # was "第二十回"
        '第二十一回 "我是谁?"',  # was "第二十一回"
    ]


SHANDING = (
    "第07节\n\n“不，我不要，”他吭吭嗤嗤地说。\n\n"
    "“嗯？”她一愣。“就是给你摘的，外面的花都开啦！”她强调着另一回事。\n\n\n\n"
    "第08节\n\n“刚抽了一根儿！”\n\n“等你抽了二十根儿，再扔就晚了！”\n\n"
    "小路的尽头有一座大铜钟，钟旁边有个老头儿，直眉瞪眼的，不知在看什么。\n\n\n\n"
    "第09节\n\n他们有时候吵架，真可谓是替古人担忧，为了小说中的人物应该怎么办而争得脸红耳赤。\n\n"
    "“别着那么大急，知足就行了。”她仍然开他的玩笑。\n"
)


def test_quoted_cjk_title_not_where_chapters_are_bare_numbers():
    titles = [s.title for s in analyze_text(clean_text(SHANDING).text).sections]
    assert titles == ["第07节", "第08节", "第09节"]
