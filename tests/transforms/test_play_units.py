"""Clauses ``play_units`` and ``scene_place`` of ``transforms.numbered_titles``
(read by ``transforms.headings``), session 21: a Chinese play's acts ("第一幕")
and scenes ("第一场　艾尔西诺。城堡前的露台") are headings, the scenes under the
acts. Fails with the clauses taken out (checked by disabling each once)."""

from tests.transforms.test_technical_docs import _levels
from transforms.headings import line_candidates

# 朱生豪's translation of Hamlet (哈姆莱特, public domain), the opening of act 1
# and the heading of act 5 scene 2 as a school exercise prints it: each act and
# scene alone on its line, the place after a full-width space, the speaker's name
# before a full-width space.
HAMLET = """第一幕

第一场　艾尔西诺。城堡前的露台

　　弗兰西斯科立台上守望。勃那多自对面上。

勃那多　那边是谁？

弗兰西斯科　不，你回答我。站住，告诉我你是什么人。

勃那多　国王万岁！

弗兰西斯科　勃那多吗？

勃那多　正是。

弗兰西斯科　你来得很准时。

勃那多　现在已经打过十二点钟；你去睡吧，弗兰西斯科。

第五幕

第二场　城堡中的厅堂

　　哈姆莱特及霍拉旭上。
"""


def test_play_units_acts_and_scenes_nest():
    # Before: the acts and the second scene were flat level-1 lines (read as bare
    # CJK numbers), the first scene (a "。" in its place) was no heading.
    assert _levels(HAMLET) == [
        (1, "第一幕"),
        (2, "第一场 艾尔西诺。城堡前的露台"),
        (1, "第五幕"),
        (2, "第二场 城堡中的厅堂"),
    ]


def test_play_units_a_measure_word_in_prose_is_no_scene():
    # 场 and 幕 are measure words: "第一场雪" (the first snow) and "第二场比赛" open
    # sentences; a line of hard-wrapped prose that starts with them is no heading.
    text = (
        "那年冬天来得很早，十一月还没过完，\n第一场雪就落下来了，院子里的人都出来看。\n\n"
        "他们说好了比三场，输了的人请吃饭。\n第二场比赛开始以后，天就黑了下来。\n\n"
        "这是他第一次进剧院看戏，只看了\n第一幕就睡着了，醒来时戏已经散了。\n"
    )
    assert _levels(text) == []
    # A line with no marks ("第一场雪落在江南", a poem's line): no scene candidate.
    for line in ("第一场雪落在江南", "第二幕戏演完了", "第一場雨が降った"):
        assert not [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "cjk"]
    assert line_candidates("第一場", 0, 0, 3)[0].series == "cjk:場"


def test_episode_units_japanese_episodes():
    # Clause episode_units: 西尾維新's 化物語 in Aozora text format (a parser's test
    # data) lists and heads its parts "第一話　ひたぎクラブ"; before, 話 was no unit.
    lines = ("第一話　ひたぎクラブ", "第二話　まよいマイマイ", "第三話　するがモンキー")
    found = [line_candidates(line, 0, 0, len(line)) for line in lines]
    assert [(c[0].series, c[0].value, c[0].rest) for c in found] == [
        ("cjk:話", 1, "ひたぎクラブ"), ("cjk:話", 2, "まよいマイマイ"), ("cjk:話", 3, "するがモンキー"),
    ]  # fmt: skip
    assert not [c for c in line_candidates("第一話を読んだ", 0, 0, 7) if c.kind == "cjk"]
