"""Clause part_unit_fen (``transforms.cjk_novel_parts.fen_parts``). Real lines of
尤瓦尔·赫拉利《人类简史》(林俊宏 tr., the web e-book of hankinghu/literature-books):
a part line, its title line, a figure caption, a chapter line and its title line,
a paragraph a line with no blank lines."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _titles(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


_PARA = (
    "　　大约在135亿年前，经过所谓的“大爆炸”（Big Bang）之后，宇宙的物质、能量、"
    "时间和空间才成了现在的样子。宇宙的这些基本特征，就成了“物理学”。\n"
)
_PARA2 = "　　农业革命让可获得的食物总量确实有所增加，但量的增加不代表吃得更好、过得更悠闲。\n"
BOOK = (
    "　　第一部分\n　　认知革命\n"
    "　　图1 南法的雪维洞穴（Chauvet-Pont-d’Arc Cave）大约3万年前至两万年前的人类手印。\n"
    "　　第一章\n　　人类：一种也没什么特别的动物\n" + _PARA * 12
    + "　　第二部分\n　　农业革命\n"
    "　　图9 大约3500年前的埃及墓穴壁画，描绘典型的农业景象。\n"
    "　　第五章\n　　史上最大骗局\n" + _PARA2 * 12
)  # fmt: skip


def test_part_unit_fen_part_takes_its_title_line():
    titles = _titles(BOOK)
    assert (1, "第一部分 认知革命") in titles and (1, "第二部分 农业革命") in titles
    assert (2, "第一章 人类：一种也没什么特别的动物") in titles


# 莫言《会唱歌的墙》(the xiaoshuotxt web e-book): an essay in three glued-numbered parts.
_EAT = "吃人家嘴短的意思很明白，仅仅有这点意思那简直不算意思，我的意思是说吃人一棵胡萝卜所蒙受的耻辱哪怕用一棵老山参也难清洗。\n\n"
ESSAYS = (
    "正文 第03节 厨房里的看客\n\n\n" + _EAT * 6
    + "正文 第04节 吃事三篇\n\n\n一吃的耻辱\n\n\n" + _EAT * 6
    + "二吃相凶恶\n\n\n" + _EAT * 6 + "三忘不了吃\n\n\n" + _EAT * 6
    + "正文 第05节 北京秋天下午的我\n\n\n" + _EAT * 6
)  # fmt: skip


def test_cjk_glued_parts_under_a_chapter():
    titles = _titles(ESSAYS)
    assert titles == [
        (1, "第03节 厨房里的看客"),
        (1, "第04节 吃事三篇"),
        (2, "一吃的耻辱"),
        (2, "二吃相凶恶"),
        (2, "三忘不了吃"),
        (1, "第05节 北京秋天下午的我"),
    ]


def test_cjk_glued_parts_need_a_run_of_lines_alone():
    """A lone "一X" line, or numeral-first lines inside paragraphs, are prose."""
    text = (
        "正文 第04节 吃事三篇\n\n\n一吃的耻辱\n\n\n" + _EAT * 6
        + "二话不说\n我仔细地思考着母亲的话，渐渐地心平气和了。\n\n" + _EAT * 6
        + "正文 第05节 北京秋天下午的我\n\n\n" + _EAT * 6
    )  # fmt: skip
    assert [t for lv, t in _titles(text) if lv == 2] == []


# 南派三叔《盗墓笔记》: the New-Year special after the book's last chapter.
_DAOMU = (
    "　　那个村子是我们的祖村，名字叫冒沙井。\n"
    "　　而三叔和解连环，一直蹲守杭州，四处寻找其他人的踪迹。\n"
)
HOLIDAY = (
    "　　第三十章 总结\n" + _DAOMU * 10 + "　　（《盗墓笔记》全书完）\n\n"
    "　　贺岁篇\n\n　　【一、起源】\n" + _DAOMU * 10
)  # fmt: skip


def test_holiday_special_is_a_named_division():
    titles = [t for _, t in _titles(HOLIDAY)]
    assert titles == ["第三十章 总结", "贺岁篇"]
    prose = "　　贺岁篇拍得很热闹，我们一家人都看了。\n"  # a sentence opening with the word
    assert "贺岁篇" not in [t for _, t in _titles(HOLIDAY.replace("　　贺岁篇\n", prose))]


def test_cjk_glued_parts_numeral_words_are_prose():
    """Review (session 27): short lines of a web novel, each a paragraph between
    blank lines, whose numeral counts ("一切", "三叔", "一个"), are no part titles."""
    text = (
        "正文 第04节 吃事三篇\n\n\n" + _EAT * 3 + "一切都结束了\n\n" + _EAT * 3
        + "二吃相凶恶\n\n" + _EAT * 3 + "三叔没有说话\n\n" + _EAT * 3
        + "正文 第05节 北京秋天下午的我\n\n\n" + _EAT * 6
    )  # fmt: skip
    assert [t for lv, t in _titles(text) if lv == 2] == []


def test_cjk_glued_parts_lines_glued_to_text_are_prose():
    """Review (session 27): the same three part lines with text right under each
    (a stanza's or a paragraph's first line) are no part titles."""
    glued = (
        ESSAYS.replace("耻辱\n\n\n", "耻辱\n")
        .replace("凶恶\n\n\n", "凶恶\n")
        .replace("了吃\n\n\n", "了吃\n")
    )
    assert [t for lv, t in _titles(glued) if lv == 2] == []


def test_cjk_glued_parts_run_needs_lines_alone():
    """``glued_runs`` itself: the run keeps lines alone between blank lines only."""
    from transforms.cjk_glued_parts import glued_candidates, glued_runs

    def run(texts):
        cands = [c for k, t in enumerate(texts) for c in glued_candidates(t, k, k, k)]
        return [c.title for c in glued_runs(texts, cands)]

    alone = [
        "一吃的耻辱",
        "",
        "吃人家嘴短",
        "",
        "二吃相凶恶",
        "",
        "吃人家嘴短",
        "",
        "三忘不了吃",
        "",
    ]
    assert run(alone) == ["一吃的耻辱", "二吃相凶恶", "三忘不了吃"]
    glued = [
        "一吃的耻辱",
        "吃人家嘴短",
        "",
        "二吃相凶恶",
        "吃人家嘴短",
        "",
        "三忘不了吃",
        "吃人家嘴短",
    ]
    assert run(glued) == []
