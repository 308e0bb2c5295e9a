"""Clauses ``cjk_glued_title_end_mark`` and ``cjk_one_char_title``
(transforms.numbered_titles, session 32): web-novel chapter titles glued to "第N章"
that end in "？" (《我在精神病院学斩神》) or open with a one-character word and a comma
(《生活因你火热》, both zzk6780051/novel), and the lines that must stay prose."""

from __future__ import annotations

import pytest

from transforms.clean import clean_text
from transforms.headings import line_candidates
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# 《我在精神病院学斩神》 chapters 308-310 (two lines of each; entities decoded)
ZHAN = """ 第308章上岸

    "前面，就是斋戒所所在的岛屿了。

    五个人的目光相互碰撞在一起，空气瞬间沉寂了下来……

 第309章你们也是来度假的？

    "……"

    他正欲开口说些什么，对面的百里胖胖便突然笑了起来。

 第310章天降陨石

    一阵海风拂过岛上的树林，将林间的树叶吹的莎莎作响。

    事情，或许并没有这么简单。
"""

# 《生活因你火热》 chapters 5-7 (shortened)
HUO = """第五章第一次心动

    （1）

    许亦菡和陈焕在餐饮店分别后，跟张梦茹一起吃了顿饭。

    想到明天要早起上班，得将第二天的衣服准备一下，便到衣柜里去取。
第六章信，系两处相思

    （1）

    那年他们班组织郊游时，许亦菡支吾着问了林源一句。

    “嗯。”林源简单作答，轻扬起嘴角。
第七章陪我一起走下去

    （1）

    登山之旅结束了，许亦菡的生活又恢复到往常。
"""


def _titles(raw: str) -> list[str]:
    return [s.title for s in analyze_text(clean_text(normalize_text(raw)).text).sections]


def test_cjk_glued_title_end_mark():
    """Clause cjk_glued_title_end_mark: 309 is a chapter, not the text of 308."""
    titles = _titles(ZHAN)
    assert [t for t in titles if t.startswith("第")] == [
        "第308章上岸",
        "第309章你们也是来度假的？",
        "第310章天降陨石",
    ]


def test_cjk_one_char_title():
    """Clause cjk_one_char_title: "第六章信，系两处相思" is chapter 6."""
    titles = _titles(HUO)
    assert [t for t in titles if t.startswith("第")] == [
        "第五章第一次心动",
        "第六章信，系两处相思",
        "第七章陪我一起走下去",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "第三章中，作者写道",  # a place word: prose
        "第三章说，我们要走。",  # a verb of saying
        "第二回合，嘉靖胜。",  # 明朝那些事儿 (hankinghu/literature-books)
        "第6集团军的苦战终于完毕！",  # 失去的胜利 (hankinghu): 集 is no 章
        "第一节课？",  # a measure word
        "第一章就写到这里！真的？",  # two runs glued: prose
        "第三章他说，走吧！",  # a clause mark before the end mark
        "第3章？",  # one character
        "第64章就这样写完了吗？",  # an adverb first: the chapter is the subject (session 30's test)
        "第二章会，再见",  # cjk_one_char_title: a verb first
        "第一章曰，道可道",  # review cjk_one_char_title_classical: a commentary's verb of saying
        "第二章云，天下皆知美之为美",
        "第三章言，不尚贤",
        "第三章谓，民不可使知之",
        "第三章亦，如此",  # a classical adverb
        "第五章乃，全书之纲",
    ],
)
def test_glued_title_guards(line):
    """Guards: these lines stay no candidate."""
    assert line_candidates(line, 0, 0, len(line)) == []
