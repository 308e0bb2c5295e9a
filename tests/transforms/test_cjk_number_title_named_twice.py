"""Session 28 (branch wtG): a later volume's "目录" in an omnibus e-book ends at the
chapter's number set over two lines ("第十一回", a blank line, "向来痴"), which the
list named as "第十一回 向来痴" (clause ``cjk_number_title_named_twice``,
transforms.contents_regions).

Excerpt: jbts6/wuxia-novel (GitHub), 金庸/天龙八部/天龙八部.txt, the end of 第十回
(its note), the second volume's contents list and the openings of 第十一回 and
第十二回 (each paragraph cut after its first sentence).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.structure import analyze_text

TIANLONG = (
    "第十回\n"
    "\n"
    "剑气碧烟横\n"
    "次日清晨,段正淳与妻儿话别。听段誉说木婉清昨晚已随其母秦红棉而去,段正淳呆了半晌,"
    "叹了几口气,问起崔百泉、过彦之二人,却说早已首途北上,留下言语,对大理段氏感恩不尽。\n"
    "\n"
    "注:\n"
    "\n"
    '"六脉神剑"、"火焰刀"、少林派指法等将内劲凝聚集中,发出而化为毁物伤人的无形刀剑,'
    '仅为小说家夸大之言,并非真有其事,读者当作"寓言夸张"可也,在小说中仅为增添兴味,'
    "不能作物理学、动力学之科学推究,尤其小读者不可信以为真。\n"
    "\n"
    "目录\n"
    "第十一回 向来痴\n\n第十二回 从此醉\n\n第十三回 水榭听香 指点群豪戏\n\n"
    "第十四回 剧饮千杯男儿事\n\n第十五回 杏子林中 商略平生义\n\n第十六回 昔时因\n\n"
    "第十七回 今日意\n\n第十八回 胡汉恩仇 须倾英雄泪\n\n第十九回 虽万千人吾往矣\n\n"
    "第二十回 悄立雁门 绝壁无余字\n"
    "\n"
    "(本书回目调寄〈苏慕遮〉.本意。苏慕遮,胡人舞曲也。)\n"
    "第十一回\n"
    "\n"
    "向来痴\n"
    "段誉给鸠摩智点了穴道,全身动弹不得,给几名大汉横架在一匹马的鞍上,脸孔朝下,"
    "但见地面不住倒退,马蹄翻飞,溅得他口鼻中都是泥尘,耳听得众汉子大声吆喝,"
    "说的都是番话,也不知讲些什么。\n"
    "\n"
    "奔出十余里后,来到一处岔路,只听得鸠摩智叽哩咕噜的说了几句话,五乘马向左边岔路行去,"
    "鸠摩智和带着段誉那人以及其余三乘则向右行。\n"
    "\n"
    "第十二回\n"
    "\n"
    "从此醉\n"
    "小船缓缓滑前,从湖面上望过去,岸上郁郁葱葱,青翠嫩绿,枝条随风飞舞,不知有几千株柳树。\n"
)


def _sections(text: str) -> list[tuple[str, str]]:
    out = clean_text(text).text
    return [(s.title, out[s.start : s.end]) for s in analyze_text(out).sections]


def test_cjk_number_title_named_twice_the_chapter_after_the_list_is_a_section():
    sections = _sections(TIANLONG)
    # Was one section, 第十回, running over the list and both chapters.
    assert [title for title, _ in sections] == [
        "第十回 剑气碧烟横",
        "第十一回 向来痴",
        "第十二回 从此醉",
    ]
    assert sections[1][1].startswith("第十一回\n\n向来痴\n段誉给鸠摩智点了穴道")


def test_cjk_number_title_named_twice_a_number_under_another_title_stays_in_the_list():
    # The same list with its chapter titled otherwise ("向来痴" replaced): the number
    # alone is not the entry again, so the list runs on as before the clause.
    text = TIANLONG.replace("第十一回\n\n向来痴\n段誉", "第十一回\n\n从此醉\n段誉")
    titles = [title for title, _ in _sections(text)]
    assert "第十一回 从此醉" not in titles
