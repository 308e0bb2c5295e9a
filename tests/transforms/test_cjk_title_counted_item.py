"""Clause ``cjk_title_counted_item`` (transforms.cjk_title_runs, review of branch wtG in
session 29): an item of a counted list ("二十八潘廷干" between "二十七…" and "二十九…") is no
title of rule ``cjk_title_lines``.

Excerpt: tallusil/luxun-novel-analysis (GitHub), data/combined/而已集.txt: the first
paragraphs of 魏晋风度及文章与药及酒之关系, 革命时代的文学 and 小杂感, then 附录：大衍发微,
its opening paragraph cut, and items 二十六-二十九 and 四十三-四十五 of the list it quotes
(one paragraph an item, as in the book).
"""

from __future__ import annotations

from tests.transforms.test_cjk_title_lines_s29 import ERYI, _titles

DAYAN = (
    "\n\n附录：大衍发微\n"
    "\n\n\n"
    "\u3000\u3000三月十八日段祺瑞，贾德耀，章士钊们使卫兵枪杀民众，通缉五个所谓“暴徒首领”之后，"
    "报上还流传着一张他们想要第二批通缉的名单。\n"
    "\n"
    "\u3000\u3000二十六王法勤（直隶）国民党，议员。\n"
    "\n"
    "\u3000\u3000二十七刘清扬（直隶）国民党妇女部长。\n"
    "\n"
    "\u3000\u3000二十八潘廷干\n"
    "\n"
    "\u3000\u3000二十九高鲁（福建）中央观象台长，北大讲师。三十谭熙鸿（江苏）北大教授，《猛进》撰稿者。\n"
    "\n"
    "\u3000\u3000四十三高穰（福建）律师，曾担任女师大学生控告章士钊刘百昭事。\n"
    "\n"
    "\u3000\u3000四十四梁鼎\n"
    "\n"
    "\u3000\u3000四十五张平江（四川）女师大学生。\n"
)


def test_counted_list_items_are_no_titles():
    # was [..., "附录：大衍发微", "二十八潘廷干", "四十四梁鼎"]: the items with no note
    # after the name stand alone like titles
    assert _titles(ERYI + DAYAN) == [
        "魏晋风度及文章与药及酒之关系",
        "革命时代的文学",
        "小杂感",
        "附录：大衍发微",
    ]
