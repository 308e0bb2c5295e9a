"""Clause cjk_running_head (``transforms.cjk_running_heads``): a scanned book's
running page heads are no chapters. Real lines of 陈旭麓《近代中国社会的新陈代谢》
as an OCR'd PDF gave them (hankinghu/literature-books on GitHub): the chapter
line, prose, and the running heads with page numbers and OCR noise glued on."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _titles(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


_PAGE = (
    "    1839年7月和，月，中国水师与英国兵舰在九龙尖沙确穿鼻洋\n"
    "两度炮战，标志着中、英之间因禁烟而触发的冲突转为武装对抗。\n"
    "战事实际t已经开始。随后.从189-0年6月到1842年8月，是为时两\n"
    "年多的鸦片战争。这场战争.自西方人1514年到中国起，是他们积\n"
) * 6
_PAGE5 = (
    "    对太平天国旗帜下的农民造反者来说，挟千里席卷之势，长欧\n"
    "涌入金睦，开始建造人间小天堂，曾是他们的喜剧:天京陷落，天堂\n"
    "之梦在烟焰和烈火中化为灰烬，则是他们的悲剧。这个过程长达\n"
) * 6
BOOK = (
    "第四章炮口下的震撼\n"
    + _PAGE
    + "                        第四章炮G下的展撼63\n"
    + _PAGE
    + "                        第四章抱日下的震撼65\n"
    + _PAGE
    + "第五章天国的悲喜剧\n"
    + _PAGE5
    + "                        第五章天国的悲容剧71\n"
    + _PAGE5
)


def test_cjk_running_head_repeats_are_no_chapters():
    titles = _titles(BOOK)
    assert titles == [(1, "第四章炮口下的震撼"), (1, "第五章天国的悲喜剧")]


def test_cjk_running_head_keeps_restarted_numbers_with_other_titles():
    """Two chapters of one number with different titles (numbering restarted
    without a volume line), and a volume that restarts it, are all kept."""
    text = (
        "第四章炮口下的震撼\n" + _PAGE + "第四章天国的悲喜剧\n" + _PAGE5
        + "第二卷\n\n第四章炮口下的震撼\n" + _PAGE
    )  # fmt: skip
    titles = [t for _, t in _titles(text)]
    assert titles.count("第四章炮口下的震撼") == 2 and "第四章天国的悲喜剧" in titles


# 鬼谷四友志 (traditional characters, Wikisource's text as sdvina/ancient-chinese-novel-hub
# keeps it, "## " taken off): two 回 per 卷, each 卷 line with its 回's couplet.
_GUIGU = (
    "話說河南省在京都西南千五百四十里，開封郡為省會。東西距千二百二十里，南北距千二百九十里。\n\n"
    "卻說蘇秦、張儀於鬼谷先生處學遊說，這日看見魏王齎金璧聘孫臏去後，他二人未免見食流涎。\n\n"
) * 6
GUIGU = (
    "第一卷\u3000辯才學分科教藝\u3000\u3000定人質驅鼠傳書\n\n" + _GUIGU
    + "第一卷\u3000忌刻小人行毒計\u3000\u3000忠直良友詐瘋魔\n\n" + _GUIGU
    + "第二卷\u3000龐涓錯遁八門陣\u3000\u3000孫臏巧書六字訣\n\n" + _GUIGU
    + "第二卷\u3000蘇秦困厄皆因運\u3000\u3000肅侯始任合從計\n\n" + _GUIGU
)  # fmt: skip


def test_couplet_pairs_two_hui_under_one_juan_number():
    assert [t for _, t in _titles(GUIGU)] == [
        "第一卷 辯才學分科教藝 定人質驅鼠傳書",
        "第一卷 忌刻小人行毒計 忠直良友詐瘋魔",
        "第二卷 龐涓錯遁八門陣 孫臏巧書六字訣",
        "第二卷 蘇秦困厄皆因運 肅侯始任合從計",
    ]


# Review (session 27): real headings that repeat a chapter's number with a part of it,
# from books of hankinghu/literature-books the rule took them from before
# (冬天里的春天: "第一章 第N节"; 大国悲剧: "（上）" / "（下）"; 记忆力的革命: "(1)" ...).
_WINTER = (
    "　　这石湖上冬末的晨雾，愈接近天亮时分，也愈浓烈，仿佛要把整个湖面都吞没了一样。\n"
    "　　于而龙的这个问号显然是大有文章的，他不愿意说出口，可谁都明白他的意思。\n"
) * 8


def test_cjk_running_head_parts_sections_and_halves_are_kept():
    sections = (
        "".join(f"第一章 第{n}节\n\n" + _WINTER for n in "一二三四") + "第二章 第一节\n\n" + _WINTER
    )
    assert len(_titles(sections)) == 5
    halves = (
        "第6章  雪崩前奏：波罗的海三国（上）\n\n" + _PAGE
        + " 第6章雪崩前奏：波罗的海三国（下）\n\n" + _PAGE
        + "第7章  戈尔巴乔夫的最后一搏\n\n" + _PAGE
    )  # fmt: skip
    assert [t for _, t in _titles(halves)][1] == "第6章雪崩前奏：波罗的海三国（下）"
    pages = "".join(f"第一章与我的记忆力相遇({n})\n" + _PAGE5 for n in range(1, 5))
    # Session 51 (rule chapter_pieces, transforms.chapter_pieces): the four pages of one
    # chapter are that chapter, one section titled by its stem (was: 4 sections, "(1)" ..
    # "(4)"); the running-head rule still drops none of the lines.
    assert [t for _, t in _titles(pages)] == ["第一章与我的记忆力相遇"]
