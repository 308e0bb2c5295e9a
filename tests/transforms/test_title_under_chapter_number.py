"""Session 28 (branch wtG): a chapter's title under its bare number ("第一回", a
blank line, the title) keeps its line above a first paragraph written on one
long line (clause ``title_under_chapter_number``, transforms.cjk_title_lines).

Excerpts: jbts6/wuxia-novel (GitHub), 金庸/书剑恩仇录/书剑恩仇录.txt and
金庸/侠客行/侠客行.txt, UTF-8, one paragraph a line, blank lines between them.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.structure import analyze_text
from transforms.unwrap import unwrap_text

# 书剑恩仇录, the book's first lines (the first paragraph cut after its fourth sentence).
SHUJIAN = (
    "第一回\n"
    "\n"
    "古道腾驹惊白发 危峦击剑识青翎\n"
    "清乾隆十八年六月,陕西扶风延绥镇总兵衙门内院,一个十四岁的女孩儿跳跳蹦蹦的走向"
    '教书先生书房。上午老师讲完了《资治通鉴》上"赤壁之战"的一段书,随口讲了些诸葛亮、'
    "周瑜的故事。午后本来没功课,那女孩儿却兴犹未尽,要老师再讲三国故事。这日炎阳盛暑,"
    "四下里静悄悄地,更没一丝凉风。\n"
    "\n"
    "只见老师盘膝坐在椅上,脸露微笑,右手向空中微微一扬,轻轻吧的一声,好似什么东西在"
    "板壁上一碰。\n"
)

# 侠客行, 第十三回: its title ends in "了", as a sentence would, and still is one.
XIAKE = (
    "第十三回\n"
    "\n"
    "变得忠厚老实了\n"
    '石破天一直怔怔的瞧着闵柔,满腹都是疑团。闵柔双目含泪,微笑道:"傻孩子,你⋯⋯你不认得'
    '爹爹、妈妈了吗?"张开双臂,一把将他搂在怀里。\n'
)


def test_title_under_chapter_number_keeps_the_title_off_the_first_paragraph():
    out, _ = unwrap_text(SHUJIAN)
    assert out == SHUJIAN  # was "…危峦击剑识青翎清乾隆十八年六月,…"
    out, _ = unwrap_text(XIAKE)
    assert out == XIAKE  # was "变得忠厚老实了石破天一直…"


def test_title_under_chapter_number_the_section_holds_number_and_title():
    text = clean_text(SHUJIAN).text
    sections = analyze_text(text).sections
    assert [s.title for s in sections] == ["第一回 古道腾驹惊白发 危峦击剑识青翎"]
    assert text[sections[0].start :].startswith("第一回")


def test_title_under_chapter_number_a_wrapped_first_line_still_joins():
    # 红楼梦 (the shared data's file), 第一回's first lines as wrapped there, under a bare
    # "第一回": the paragraph's first line is full, so it is no title.
    text = (
        "第一回\n"
        "\n"
        "——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，\n"
        "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何\n"
        "人？自己又云：\n"
    )
    out, _ = unwrap_text(text)
    assert out.split("\n")[2] == (
        "——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，"
        "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何人？自己又云："
    )
