"""Session 31 (wtE): clauses ``cjk_title_call_note`` and ``cjk_title_inner_marks``
(``transforms.numbered_titles``, read by ``transforms.headings``): a web novel's chapter
title with a call note in a closing bracket, or with two marks "！"/"？" inside."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.headings import line_candidates
from transforms.normalize import normalize_text
from transforms.numbered_titles import call_note_core, cjk_title_end_mark
from transforms.structure import analyze_text

# 《诡秘之主》 (xiexie1993/fiction_Secret_Master), chapters 204-206
GUIMI = (
    "第二百零四章 难以完成的仪式\n\n\n"
    "    想了一阵，没有答案的克莱恩因未出现危险预感，遂收起了那根细长的血液晶体，"
    "接着弯腰又审视起失去半个脑袋且恶魔化的吉尔希艾斯。\n\n"
    "第二百零五章 呓语者（4万月票加更！）\n\n\n"
    "    拿起那细长的血液晶体，闻着淡淡的硫磺味道，克莱恩隐约感受到了深蕴其中的腐蚀力量。\n\n"
    "第二百零六章 没等到\n\n\n"
    "    上了甲板，进入船舱，找到房间，克莱恩正要说话，安德森.胡德却抢先开口道：\n"
)

# 《妖孽龙皇在都市》 (zzk6780051/novel, GB18030 as shipped), chapters 45-47
LONGHUANG = (
    "第45章 再见龙血石\n\n"
    "    刘自军跪下了，在死亡面前一切的虚荣都没有性命重要。\n\n"
    "第46章 修罗仙姑（三更，求推荐！）\n\n"
    "    之前的那一块龙血石，是胡汉邦抵债给他的，炼化之后一度让他达到聚气境的巅峰。\n\n"
    "第47章 五行神龙\n\n"
    "    常乐并不知道陆凡的境界，而修罗仙姑恶名实打实的摆在那里，后面还有宗师坐镇，"
    "哪里是他们能招惹的。\n"
)

# 《修真高手在都市》 (zzk6780051/novel, GB18030 as shipped), chapters 57-59
XIUZHEN = (
    "第五十七章 超级强敌\n\n"
    "    意识没入泉眼内，顺着灵力的来源往下移动。\n\n"
    "第五十八章 你？不是你！\n\n"
    "    “父亲！”见到巨犬一出来就对自己的父亲发难，陈曦笑闪过一丝愤怒，便想冲过去报仇，"
    "可萧楚却抓住了她的手。\n\n"
    "第五十九章 巨犬的怒火\n\n"
    "    巨犬就跟做了一件微不足道的事一样，淡淡地道：“自私自利，死有余辜。”\n"
)


def titles(text: str) -> list[str]:
    return [
        s.title for s in analyze_text(clean_text(normalize_text(text)).text).sections if s.title
    ]


def test_cjk_title_call_note_bracket_with_mark():
    assert titles(GUIMI) == [
        "第二百零四章 难以完成的仪式",
        "第二百零五章 呓语者（4万月票加更！）",
        "第二百零六章 没等到",
    ]
    assert titles(LONGHUANG) == [
        "第45章 再见龙血石",
        "第46章 修罗仙姑（三更，求推荐！）",
        "第47章 五行神龙",
    ]


def test_cjk_title_call_note_only_a_call():
    """A bracket of other words keeps its marks: read as before (no title)."""
    assert call_note_core("呓语者（4万月票加更！）") == "呓语者"
    assert call_note_core("舒服么？（第三更完毕，求鲜花）") == "舒服么？"
    assert call_note_core("他笑了（真的，我说！）") == "他笑了（真的，我说！）"
    line = "第三章 他笑了。（真的，我说！）"
    assert line_candidates(line, 0, 0, len(line)) == []


def test_cjk_title_inner_marks():
    assert titles(XIUZHEN) == [
        "第五十七章 超级强敌",
        "第五十八章 你？不是你！",
        "第五十九章 巨犬的怒火",
    ]
    for line in ("第186章 哥！你偏心", "第912章 生？死？", "第723章 丹祖！洛锋！了解一下！！"):
        assert line_candidates(line, 0, 0, len(line)), line


def test_cjk_title_inner_marks_not_sentences():
    """A sentence in the story stays body text: unspaced, or "。"/"，" in it."""
    for line in ("第一章就写到了这里。", "第一章就写到这里！真的？", "第二章 好！我们走，快。",
                 "第三章 他说：走！快走！"):  # fmt: skip
        assert line_candidates(line, 0, 0, len(line)) == [], line


def test_cjk_title_inner_marks_guards():
    """Review (session 31): each guard of ``cjk_title_inner_marks`` holds on a line of
    the story (zzk6780051/novel, Aster0id/TestData as in session-30-wtG.md)."""
    body = (
        "……情诗吗？就像童话里面王子写给公主的那种？",  # 002: a run of 15 (MAX_INNER_RUN)
        "你俩干嘛在客厅站着？看新闻干嘛？难道动画片演完了？",  # 002: 25 (MAX_END_MARK_TITLE)
        "这、这、这是灵晶？！这特么的真是灵晶？！",  # 005: "、" in a run
        "目视！吐纳！鲤口之切！拔付！切下！血振！纳刀！",  # 031: seven runs, four at most
    )
    for line in body:
        assert not cjk_title_end_mark(line, "章"), line
    assert cjk_title_end_mark("你？不是你！", "章")


def test_cjk_title_call_note_guards():
    """Review (session 31): a note over MAX_CALL_NOTE, a bracket that is the whole title,
    a bracket of no call words (010, 007 of zzk6780051/novel) are not set aside."""
    for title in (
        "第3更，今日共4更（其中2章为加更，感谢大家上周的努力投票支持。）",
        "（PS：求推荐票！）",
        "不宣于口！(www.zhuaji.org)",
    ):
        assert call_note_core(title) == title, title
    notes = {  # the real call notes of 009, 013, 027 (zzk6780051/novel)
        "紫月琴的挑逗（单章 感谢西门庆大哥！））": "紫月琴的挑逗",
        "落入陷阱（三连发，求订阅！）": "落入陷阱",
        "想不想成为武者？ （第十更）": "想不想成为武者？",
        "还不离开？（第四更、求花）": "还不离开？",
    }
    for title, core in notes.items():
        assert call_note_core(title) == core, title
