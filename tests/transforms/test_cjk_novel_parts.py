"""Rule cjk_novel_parts (``transforms.cjk_novel_parts``): clauses novel_named_parts,
season_prefix and cjk_named_no_blank. Short excerpts of real Chinese books (web
e-books of hankinghu/literature-books: 南派三叔《盗墓笔记》, 当年明月《明朝那些事儿》,
金宇澄《繁花》), a paragraph a line as their files set them."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _titles(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


# 《盗墓笔记》: seasons over volumes over chapters, a full-width indent, no blank lines.
_CH1 = """　　50年前，长沙镖子岭。
　　“下不下去喃？要得要不得，一句话，莫七里八里的！”
"""
_CH2 = """　　50年后，杭州西泠印社，我的思绪被一个老头子打断了，我合上我爷爷的笔记。
　　“你这里收不收拓本？”他问，看样子就是随便问问的。
"""
_CH3 = """　　那盒盖缓缓地自动打开，里面只有小拇指大的一个空间。
　　“别想了，”我道：“年后再说吧。”
"""
DAOMU = (
    "　　第一季 第一卷 七星鲁王\n　　第一章 血尸\n"
    + _CH1 * 8
    + "　　第二章 五十年后\n"
    + _CH2 * 8
    + "　　第一季 第二卷 怒海潜沙\n　　第一章 蛇眉铜鱼\n"
    + _CH3 * 8
    + "　　后记\n　　各位，我终于写完了。\n　　真的很难形容。\n" * 1
)


def test_season_prefix_volumes_head_their_chapters():
    titles = _titles(DAOMU)
    assert titles[:5] == [
        (1, "第一季 第一卷 七星鲁王"),
        (2, "第一章 血尸"),
        (2, "第二章 五十年后"),
        (1, "第一季 第二卷 怒海潜沙"),
        (2, "第一章 蛇眉铜鱼"),
    ]


def test_cjk_named_no_blank_afterword_is_a_section():
    # "后记" over its text with no blank line under it (the book's last lines).
    assert _titles(DAOMU)[-1] == (2, "后记")


# 《明朝那些事儿》: a part's name over its prologue 引子, blank lines between paragraphs.
MING = """第壹卷

朱元璋篇

引子

这篇文章我构思了六个月左右，主要讲述的是从1344年到1644年这三百年间关于明的一些事情，以史料为基础，以年代和具体人物为主线。

要说明的是，这篇文章是描写正史的，资料来源包括《明实录》、《明通鉴》、《明史》、《明史纪事本末》等二十余种明代史料和笔记杂谈。

第一章 童年

我们从一份档案开始。

姓名：朱元璋别名（外号）：朱重八、朱国瑞

第二章 灾难

元至正四年（公元1344年）到来了。
"""


def test_novel_named_parts_prologue_is_a_chapter():
    assert (2, "引子") in _titles(MING)


def test_financial_numerals_volume_over_its_chapters():
    # "第壹卷" (capital numeral) heads the volume, its name "朱元璋篇" its title.
    assert _titles(MING) == [
        (1, "第壹卷 朱元璋篇"),
        (2, "引子"),
        (2, "第一章 童年"),
        (2, "第二章 灾难"),
    ]


# 《繁花》 (a PDF made text): the page's running title over the chapter's own title.
FANHUA_PAGES = (
    "----------------------- page 18-----------------------\n\n第二章\n\n\n"
    "                                    第二章 \n\n"
    + "陶陶卖大闸蟹了。陶陶说，长远不见，进来吃杯茶。沪生说，我有事体。\n\n" * 6
    + "第三章\n\n\n     第叁章 \n\n"
    + "沪生经过静安寺菜场，听见有人招呼，沪生一看，是陶陶，前女朋友梅瑞的邻居。\n\n" * 6
)


def test_doubled_chapter_line_opens_one_section():
    assert _titles(FANHUA_PAGES) == [(1, "第二章"), (1, "第叁章")]


# 《繁花》 and a web e-book's 番外 lines in a paragraph-a-line layout.
FANHUA = (
    "　　引子\n"
    + "　　沪生经过静安寺菜场，听见有人招呼，沪生一看，是陶陶，前女朋友梅瑞的邻居。\n" * 6
    + "　　第一章\n"
    + "　　陶陶卖大闸蟹了。陶陶说，长远不见，进来吃杯茶。\n" * 6
    + "　　尾声\n"
    + "　　看球赛，仍旧保守，正装出席，是文雅时代的尾声。\n" * 6
    + "　　番外一 张家楼\n"
    + "　　八月的杭州气候宜人，虽然近几年来，夏天的温度越来越高，但是在西湖边上，你还是能感到当年“水光潋滟晴方好”的意境。\n"
    * 6
)


def test_novel_named_parts_prologue_epilogue_side_story():
    assert _titles(FANHUA) == [(1, "引子"), (1, "第一章"), (1, "尾声"), (1, "番外一 张家楼")]


def test_novel_named_parts_sentence_after_word_is_prose():
    # A line that opens with the word and goes on as a sentence is no heading.
    text = FANHUA.replace("　　尾声\n", "　　尾声：文雅时代的尾声，正装出席。\n")
    assert (1, "尾声：文雅时代的尾声，正装出席。") not in _titles(text)


# 都梁《血色浪漫》 (GBK-era web e-book): "第四篇" over a line of speech closed by an ASCII
# '"' after "……", its colon "∶" (U+2236).
XUESE = (
    "　　两人面对面坏笑起来。\n\n第三篇\n"
    + "　　钟跃民顾不上说话，他急于将自己和秦岭融为一体。\n" * 6
    + '\n第四篇\n　　秦岭闭着眼睛喃喃道∶"你不是想体验过程吗？我就是你一生中某一段的过程……"\n'
    + "　　钟跃民顾不上说话，他急于将自己和秦岭融为一体。\n" * 6
)


def test_cjk_speech_title_is_no_part_title():
    assert [t for _, t in _titles(XUESE)] == ["第三篇", "第四篇"]


# 亚当·斯密《国富论》(郭大力、王亚南 tr., a web e-book): a part's title broken after "，".
GUOFU = (
    "第一篇　论劳动生产力增进的原因，\n并论劳动生产物自然而然地分配给各阶级人民的顺序\n\n"
    "第一章  论分工\n"
    + "　　扣针制造业是极微小的了，但它的分工往往唤起人们的注意。\n" * 6
    + "第二章  论分工的原由\n"
    + "　　第一，劳动者熟练程度的增进，势必增加他所能完成的工作量。\n" * 6
)


def test_cjk_wrapped_title_joins_its_second_line():
    assert _titles(GUOFU)[0] == (
        1,
        "第一篇 论劳动生产力增进的原因， 并论劳动生产物自然而然地分配给各阶级人民的顺序",
    )


# 《金瓶梅詞話》 (traditional characters): its 回目 with the variant 囘 of old prints; the
# body line is the first sentence of its first 回.
JINPING = (
    "第一囘　景陽岡武松打虎　潘金蓮嫌夫賣風月\n"
    + "　　話說大宋徽宗皇帝政和年間，朝中寵信高、楊、童、蔡四個奸臣。\n" * 6
    + "第二囘　西門慶簾下遇金蓮　王婆貪賄說風情\n"
    + "　　話說大宋徽宗皇帝政和年間，朝中寵信高、楊、童、蔡四個奸臣。\n" * 6
)


def test_hui_variant_numbers_chapters():
    assert _titles(JINPING) == [
        (1, "第一囘 景陽岡武松打虎 潘金蓮嫌夫賣風月"),
        (1, "第二囘 西門慶簾下遇金蓮 王婆貪賄說風情"),
    ]


# 钱穆《中国历代政治得失》: five lectures "第N讲　朝代", each over its text.
QIANMU = (
    "第一讲　汉代\n\n"
    + "　　严格说来，要到秦汉才是中国历史上正式有统一政府。秦以前的中国，只可说是一种封建的统一。\n\n"
    * 4
    + "第二讲　唐代\n\n"
    + "汉和唐，是历史上最能代表中国的两个朝代，上次讲了汉代制度，现在继续讲唐代。\n\n" * 4
    + "第三讲　宋代\n\n"
    + "在我们要讲的汉唐宋明清五个朝代里，宋是最贫最弱的一环。\n\n" * 4
)


def test_other_units_lectures_are_sections():
    assert _titles(QIANMU) == [(1, "第一讲 汉代"), (1, "第二讲 唐代"), (1, "第三讲 宋代")]


# 《中州纪事》 (a download site's file): "正文" before every chapter line, blank lines between.
ZHONGZHOU = (
    "正文 第一章 蜀山三英（上）\n\n\n"
    + "中州大地，人杰地灵。\n\n\n四海千山，最高蜀山。\n\n\n" * 4
    + "正文 第二章 蜀山三英（下）\n\n\n"
    + "蜀山一派，人数不少，足有千人。\n\n\n" * 6
    + "正文 第三章 奉命下山\n\n\n"
    + "中州大地，人杰地灵。\n\n\n" * 6
)


def test_zhengwen_prefix_chapters_are_sections():
    assert _titles(ZHONGZHOU) == [
        (1, "第一章 蜀山三英（上）"),
        (1, "第二章 蜀山三英（下）"),
        (1, "第三章 奉命下山"),
    ]


def test_unit_compound_words_are_no_lessons():
    # "第二课堂成绩单": a menu item of a Chinese school app's UI (GitHub), here alone on a
    # line of 繁花's first chapter: "课堂" is a word, not lesson 2 ("第二课").
    text = FANHUA.replace("　　尾声\n", "　　第二课堂成绩单\n")
    assert _titles(text) == [(1, "引子"), (1, "第一章"), (1, "番外一 张家楼")]
    # 钱穆's lectures, a full-width space after 讲, stay sections.
    assert _titles(QIANMU)[0] == (1, "第一讲 汉代")


def test_named_part_prose_list_of_the_words_is_no_division():
    # A README's list of the chapter formats a reader supports (kaf-cli), as plain text.
    words = "中文格式\n第1章、第100章...\n卷一、第一卷、卷一百...\n引子、楔子、序章...\n番外、番外1、番外篇...\n"
    text = FANHUA.replace("　　尾声\n", words)
    assert _titles(text) == [(1, "引子"), (1, "第一章"), (1, "番外一 张家楼")]
    # A number first: a side story's title after "、" stays a division.
    text = FANHUA.replace("番外一 张家楼", "番外一、张家楼")
    assert _titles(text)[-1] == (1, "番外一、张家楼")
