"""Rule ``cjk_title_lines`` (``transforms.cjk_titles``): the named sections of a
CJK book, on excerpts of public-domain classics as the chinese-poetry 2.0.1
package (npm) gives them, laid out as plain-text books: 论语, 孟子, 诗经, 古文观止."""

import os
import re

import pytest

from transforms.cjk_titles import titles_divide_text
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

_CHAPTER = re.compile(r"\s*第[一二三四五六七八九十百零〇]+回")

LUNYU = (
    "论语\n\n"
    "学而篇\n\n"
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”\n\n"
    "子曰：“巧言令色，鲜矣仁！”\n\n"
    "为政篇\n\n"
    "子曰：“为政以德，譬如北辰，居其所而众星共之。”\n\n"
    "子曰：“《诗》三百，一言以蔽之，曰：‘思无邪’。”\n\n"
    "八佾篇\n\n"
    "孔子谓季氏:“八佾舞于庭，是可忍也，孰不可忍也？”\n"
)
# 诗经: three groups (国风 of 周南, 召南, 邶风), a poem or two each; "氓" is one
# character long.
SHIJING = (
    "诗经\n\n\n"
    "国风・周南\n\n"
    "关雎\n\n"
    "关关雎鸠，在河之洲。窈窕淑女，君子好逑。\n"
    "参差荇菜，左右流之。窈窕淑女，寤寐求之。\n\n"
    "国风・召南\n\n"
    "鹊巢\n\n"
    "维鹊有巢，维鸠居之。之子于归，百两御之。\n"
    "维鹊有巢，维鸠方之。之子于归，百两将之。\n\n"
    "国风・卫风\n\n"
    "氓\n\n"
    "氓之蚩蚩，抱布贸丝。匪来贸丝，来即我谋。送子涉淇，至于顿丘。匪我愆期，子无良媒。将子无怒，秋以为期。\n\n"
    "木瓜\n\n"
    "投我以木瓜，报之以琼琚。匪报也，永以为好也！\n"
)


def titles(text):
    return [(s.title, s.level) for s in find_sections(text)[0]]


def test_the_named_pian_of_the_analects_are_sections():
    """论语 had one section: its 篇 carry a name, no number."""
    assert titles(LUNYU) == [("论语", 1), ("学而篇", 1), ("为政篇", 1), ("八佾篇", 1)]
    sections = find_sections(LUNYU)[0]
    assert LUNYU[sections[2].start :].startswith("为政篇\n\n子曰：“为政以德")


def test_poems_under_their_groups():
    """诗经: a group title over its poems' titles is a level above them."""
    assert titles(SHIJING) == [
        ("", 0), ("国风・周南", 1), ("关雎", 2), ("国风・召南", 1), ("鹊巢", 2),
        ("国风・卫风", 1), ("氓", 2), ("木瓜", 2),
    ]  # fmt: skip


def test_titled_pieces_inside_numbered_volumes():
    """古文观止: the pieces of a numbered 卷 are a level under it; the author
    line under a title ("《左傳》 先秦：左丘明") has marks, so it is text."""
    text = (
        "卷一・周文\n\n"
        "鄭伯克段於鄢\n\n《左傳》 先秦：左丘明\n\n"
        "初，鄭武公娶於申，曰武姜，生莊公及共叔段。莊公寤生，驚姜氏，故名曰寤生，遂惡之。\n\n"
        "周鄭交質\n\n《左傳》 先秦：左丘明\n\n"
        "鄭武公、莊公爲平王卿士。王貳於虢，鄭伯怨王。王曰：“無之。”故周、鄭交質。\n\n"
        "卷二・周文\n\n"
        "鄭子家告趙宣子\n\n《左傳》 先秦：左丘明\n\n"
        "晉侯合諸侯於扈，平宋也。於是晉侯不見鄭伯，以爲貳於楚也。\n"
    )
    assert titles(text) == [
        ("卷一・周文", 1), ("鄭伯克段於鄢", 2), ("周鄭交質", 2), ("卷二・周文", 1), ("鄭子家告趙宣子", 2),
    ]  # fmt: skip


def test_a_variant_note_split_over_lines_heads_nothing():
    """古文观止's 陳情表 as the package splits a variant note ("(愍 一作：憫 煢煢" /
    "孑立" / "一作：" / "獨立" / ")"): "獨立" has a closing bracket under it, not
    text, and heads no group: the text after it is more than a group's title line."""
    text = (
        "陳情表\n\n(李密) 魏晉：西晉·李密\n\n"
        "臣密言：臣以險釁，夙遭閔凶。生孩六月，慈父見背；行年四歲，舅奪母志。"
        "(愍 一作：憫 煢煢\n\n孑立\n\n一作：\n\n獨立\n\n)\n\n"
        "逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n\n"
        "陳情表\n\n逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n\n"
        "陳情表\n\n逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n"
    )
    assert [t for t, _ in titles(text)] == ["陳情表", "陳情表", "陳情表"]


def test_no_titles_inside_numbered_chapters_or_without_enough_of_them():
    """In 红楼梦 the chapters are 第X回: a short line inside one (a verse
    attribution, "诗曰") is part of it. Two titles are not enough evidence, and
    a line with punctuation (a verse line) is never a title."""
    chaptered = (
        "第一回  甄士隐梦幻识通灵 贾雨村风尘怀闺秀\n\n"
        "此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去。\n\n"
        "诗曰\n\n"
        "满纸荒唐言，一把辛酸泪。都云作者痴，谁解其中味！\n\n"
        "第二回  贾夫人仙逝扬州城 冷子兴演说荣国府\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问。\n\n"
        "后人\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问，那些人只嚷。\n\n"
        "有诗\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问，那些人只嚷。\n"
    )
    assert [t for t, _ in titles(chaptered)] == [
        "第一回 甄士隐梦幻识通灵 贾雨村风尘怀闺秀",
        "第二回 贾夫人仙逝扬州城 冷子兴演说荣国府",
    ]
    two = LUNYU.split("八佾篇")[0].replace("论语\n\n", "")
    assert titles(two) == [("", 0)]
    verse = "满纸荒唐言\n\n" + LUNYU.replace("论语", "满纸荒唐言，一把辛酸泪。")
    assert [t for t, _ in titles(verse)] == ["满纸荒唐言", "学而篇", "为政篇", "八佾篇"]


def test_an_english_text_naming_chinese_words_has_no_cjk_sections():
    """The text under a title must be CJK: an English glossary of the 篇 is not a book of them."""
    text = "".join(
        f"{name}\n\nThe book called {name} opens with the Master's sayings on learning.\n\n"
        for name in ("学而篇", "为政篇", "八佾篇", "里仁篇")
    )
    assert titles(text) == [("", 0)]


# Hamlet I.1 in 朱生豪's translation (public domain), set as plays are in plain
# text: each speaker's name on a line of its own over the speech.
HAMLET_ZH = """勃那多

那边是谁？

弗兰西斯科

不，你回答我；站住，告诉我你是什么人。

勃那多

国王万岁！

弗兰西斯科

勃那多吗？

勃那多

正是。

弗兰西斯科

你来得很准时。

勃那多

现在已经打过十二点钟；你去睡吧，弗兰西斯科。

弗兰西斯科

谢谢你来替我；天冷得厉害，我心里也老大不舒服。

勃那多

你守在这儿，一切都很安静吗？

弗兰西斯科

连一只小老鼠也不见走动。

勃那多

好，晚安！要是你碰见霍拉旭和马西勒斯，我的守夜的伙伴们，就叫他们赶紧来。

弗兰西斯科

我想我听见了他们的声音。喂，站住！你是谁？
"""


def test_speaker_names_of_a_play_are_no_sections():
    """Rule cjk_title_lines: the names over a play's speeches repeat; they
    headed a section each ("勃那多", "弗兰西斯科", ...)."""
    titles = [s.title for s in find_sections(HAMLET_ZH)[0]]
    assert not {"勃那多", "弗兰西斯科"} & set(titles), titles


# 红楼梦, 第三十八回 (shared file, paragraphs 959-996 of its cleaned text), set
# with a blank line between paragraphs as many plain-text novels are and with no
# chapter heading: twelve poem titles ("忆菊 蘅芜君" ...) each over a poem, then
# the story goes on under the last of them.
HONGLOU_38 = (
    "没有顿饭工夫，十二题已全，各自誉出来，都交与迎春，另拿了一张雪浪笺过来，一并誉录出来。某人作的底下赘明某人的号。李纨等从头看道：\n\n"
    "忆菊 蘅芜君\n\n"
    "怅望西风抱闷思，蓼红苇白断肠时。空篱旧圃秋无迹，冷月清霜梦有知。\n\n"
    "念念心随归雁远，寥寥坐听晚砧迟。谁怜我为黄花瘦，慰语重阳会有期。\n\n"
    "访菊 怡红公子\n\n"
    "闲趁霜晴试一游，酒杯药盏莫淹留。霜前月下谁家种？槛外篱边何处秋？\n\n"
    "蜡屐远来情得得，冷吟不尽兴悠悠。黄花若解怜诗客，休负今朝挂杖头。\n\n"
    "种菊 怡红公子\n\n"
    "携锄秋圃自移来，篱畔庭前处处栽。昨夜不期经雨活，今朝犹喜带霜开。\n\n"
    "冷吟秋色诗千首，醉酹寒香酒一杯。泉溉泥封勤护惜，好和井径绝尘埃。\n\n"
    "对菊 枕霞旧友\n\n"
    "别圃移来贵比金，一丛浅淡一丛深。萧疏篱畔科头坐，清冷香中抱膝吟。\n\n"
    "数去更无君傲世，看来惟有我知音！秋光荏苒休孤负，相对原宜惜寸阴。\n\n"
    "供菊 枕霞旧友\n\n"
    "弹琴酌酒喜堪俦，几案婷婷点缀幽。隔坐香分三径露，抛书人对一枝秋。\n\n"
    "霜清纸帐来新梦，圃冷斜阳忆旧游。傲世也因同气味，春风桃李未淹留。\n\n"
    "咏菊 潇湘妃子\n\n"
    "无赖诗魔昏晓侵，绕篱欹石自沉音。毫端蕴秀临霜写，口角噙香对月吟。\n\n"
    "满纸自怜题素怨，片言谁解诉秋心？一从陶令评章后，千古高风说到今。\n\n"
    "画菊 蘅芜君\n\n"
    "诗馀戏笔不知狂，岂是丹青费较量？聚叶泼成千点墨，攒花染出几痕霜。\n\n"
    "淡浓神会风前影，跳脱秋生腕底香。莫认东篱闲采掇，粘屏聊以慰重阳。\n\n"
    "问菊 潇湘妃子\n\n"
    "欲讯秋情众莫知，喃喃负手扣东篱：孤标傲世偕谁隐？一样开花为底迟？\n\n"
    "圃露庭霜何寂寞？雁归蛩病可相思？莫言举世无谈者，解语何妨话片时？\n\n"
    "簪菊 蕉下客\n\n"
    "瓶供篱栽日日忙，折来休认镜中妆。长安公子因花癖，彭泽先生是酒狂。短鬓冷\n\n"
    "沾三径露，葛巾香染九秋霜。高情不入时人眼，拍手凭他笑路旁。\n\n"
    "菊影 枕霞旧友\n\n"
    "秋光叠叠复重重，潜度偷移三径中。窗隔疏灯描远近，篱筛破月锁铃珑。\n\n"
    "寒芳留照魂应驻，霜印传神梦也空。珍重暗香踏碎处，凭谁醉眼认朦胧。\n\n"
    "菊梦 潇湘妃子\n\n"
    "篱畔秋酣一觉清，和云伴月不分明。登仙非慕庄生蝶，忆旧还寻陶令盟。\n\n"
    "睡去依依随雁断，惊回故故恼蛩鸣。醒时幽怨同谁诉：衰草寒烟无限情！\n\n"
    "残菊 蕉下客\n\n"
    "露凝霜重渐倾欹，宴赏才过小雪时。蒂有馀香金淡泊，枝无全叶翠离披。\n\n"
    "半床落月蛩声切，万里寒云雁阵迟。明岁秋分知再会，暂时分手莫相思！\n\n"
    "众人看一首，赞一首，彼此称扬不绝。李纨笑道：“等我从公评来。通篇看来，各人有各人的警句。今日公评：《咏菊》第一，《问菊》第二，《菊梦》第三，题目新，诗也新，立意"
    "更新了，只得要推潇湘妃子为魁了。然后《簪菊》、《对菊》、《供菊》、《画菊》、《忆菊》次之。”宝玉听说，喜的拍手叫道：“极是！极公！”黛玉道：“我那个也不好，到底"
    "伤于纤巧些。”李纨道：“巧的却好，不露堆砌生硬。”黛玉道：“据我看来，头一句好的是‘圃冷斜阳忆旧游’，这句背面傅粉；‘抛书人对一枝秋’，已经妙绝，将供菊说完，没"
    "处再说，故翻回来想到未折未供之先，意思深远！”李纨笑道：“固如此说，你的 ‘口角噙香’一句也敌得过了。”探春又道：“到底要算蘅芜君沉着，‘秋无迹’，‘梦有知’，"
    "把个 ‘忆’字竟烘染出来了。”宝钗笑道：“你的‘短鬓冷沾’，‘葛巾香染’，也就把簪菊形容的一个缝儿也没有。”湘云笑道：“‘偕谁隐’，‘为底迟’，真真把个菊花问的"
    "无言可对！”李纨笑道：“那么着，象‘科头坐’，‘抱膝吟’，竟一时也舍不得离了菊花，菊花有知，倒还怕腻烦了呢！”说的大家都笑了。宝玉笑道：“这场我又落第了。难道‘"
    "谁家种’，‘何处秋’，‘蜡屐远来’，‘冷吟不尽’，那都不是访不成？‘昨夜雨’，‘今朝霜’，都不是种不成？但恨敌不上 ‘口角噙香对月吟’、‘清冷香中抱膝吟’、‘短"
    "鬓’、‘葛巾’、‘金淡泊’、‘翠离披’、‘秋无迹’、‘梦有知’这几句罢了。”又道：“明日闲了，我一个人做出十二首来。”李纨道：“你的也好，只是不及这几句新雅就是"
    "了。”\n\n"
)


def test_poem_titles_inside_a_novel_are_no_sections():
    """Clause titles_divide_text: the twelve poem titles headed a section each,
    and "残菊 蕉下客" the story after it (0.46 of the text)."""
    assert [h.kind for h in find_sections(HONGLOU_38)[1]] == []


def test_the_parts_a_book_s_titles_leave():
    """No part over a quarter of the text, or three times an even share when
    that is more (a text of a few pieces)."""
    pieces = ["一", "子曰" * 10, "二", "子曰" * 10, "三", "子曰" * 10, "四", "子曰" * 10]
    assert titles_divide_text(pieces, [0, 2, 4, 6])  # 4 parts of 0.25
    assert titles_divide_text(["序" * 90, ""] + pieces, [2, 4, 6, 8])  # preface 0.52 of 5 parts
    assert not titles_divide_text(["序" * 200, ""] + pieces, [2, 4, 6, 8])  # 0.70
    many = ["题", "诗" * 20] * 20
    assert titles_divide_text(many, list(range(0, 40, 2)))
    assert not titles_divide_text(["文" * 200, ""] + many, list(range(2, 42, 2)))  # 0.32 of 21


@pytest.mark.parametrize("name", ["红楼梦.txt", "水浒传.txt"])
def test_a_novel_without_chapter_numbers_has_no_title_lines(shared_data, name):
    """The shared novels with their "第X回" lines removed and a blank line between
    paragraphs: their short lines that stand alone (红楼梦's poem titles, 水浒传's
    rosters "石敬　秦升　莫真　盛本" and the date under an edict "宣和四年冬月")
    were 28 and 36 sections; clustered where the story has them, they leave
    most of the book in one part, so none is a title."""
    raw = open(os.path.join(shared_data, "zh_classics", name), encoding="utf-8").read()
    clean = clean_text(normalize_text(raw)).text
    paragraphs = [p for p in clean.split("\n") if p.strip() and not _CHAPTER.match(p)]
    text = "\n\n".join(paragraphs)
    assert [h for h in find_sections(text)[1] if h.kind == "cjk_title"] == []
