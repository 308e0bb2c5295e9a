"""Clauses ``play_units`` and ``scene_place`` of ``transforms.numbered_titles``
(read by ``transforms.headings``), session 21: a Chinese play's acts ("第一幕")
and scenes ("第一场　艾尔西诺。城堡前的露台") are headings, the scenes under the
acts. Fails with the clauses taken out (checked by disabling each once)."""

from tests.transforms.test_technical_docs import _levels
from transforms.headings import line_candidates

# 朱生豪's translation of A Midsummer Night's Dream (仲夏夜之梦, public domain), act 3
# as Wikisource sets it (quoted from its markup in a public repository's notes): the
# act, the scene with its place ("；" in it), the entrance in "【", speeches after the
# speaker's short name and a full-width space. The three speeches are the scene's, not
# next to each other in it. (Review, session 21: this replaced a Hamlet excerpt whose
# speeches were quoted from memory, not from a copy.)
MIDSUMMER = """第三幕

第一场　林中；蒂妲妮霞熟睡未醒

【衮斯，史纳格，波顿，弗鲁脱，斯诺脱，司他巫林上。

波　咱们都会齐了吗？

衮　有的，那晚上有好月亮。

波　让什么人扮做墙头：
"""

# 朱生豪's Hamlet, acts and scenes as printed: act 1's scenes 1 and 2 as an app's
# contents of the translation lists them (public repository), act 5 scene 2 as a
# school exercise prints it (public repository's test data).
HAMLET_HEADINGS = ("第一幕", "第一场 艾尔西诺。城堡前的露台", "第二场 城堡中的大厅",
                   "第五幕", "第二场　城堡中的厅堂")  # fmt: skip


def test_play_units_acts_and_scenes_nest():
    # Before: the act was a bare CJK number and the scene no heading (its line was
    # taken into the act's title). Clause scene_place_semicolon: "；" parts a place.
    assert _levels(MIDSUMMER) == [(1, "第三幕"), (2, "第一场 林中；蒂妲妮霞熟睡未醒")]
    found = [line_candidates(line, 0, 0, len(line)) for line in HAMLET_HEADINGS]
    assert [(c[0].series, c[0].rank, c[0].value) for c in found] == [
        ("cjk:幕", 10, 1), ("cjk:场", 30, 1), ("cjk:场", 30, 2), ("cjk:幕", 10, 5), ("cjk:场", 30, 2),
    ]  # fmt: skip
    # Clause scene_place: a place in two parts parted by "。".
    assert found[1][0].rest == "艾尔西诺。城堡前的露台"


def test_play_units_a_measure_word_in_prose_is_no_scene():
    # 场 and 幕 are measure words: "第一场雪" (the first snow) and "第二场比赛" open
    # sentences; a line of hard-wrapped prose that starts with them is no heading.
    # Real sentences (review, session 21; the wraps are the test's): a children's
    # story, a cat's card in a game and a translated engineering blog post (public
    # repositories).
    text = (
        "秋天来了，奇奇忙着收集松果准备过冬。它把松果藏在树洞里，满心欢喜地等待冬天的到来。然而，当\n"
        "第一场雪落下时，奇奇发现自己储存的松果全都不见了！原来是狡猾的狐狸偷走了它的冬粮。\n\n"
        "白底黑纹，气势如虎。传说每年\n第一场雪落下时，它就会出现。见过它的人都说，它的眼睛里有整个冬天的星空。\n\n"
        "第二天，团队进行了调整。我们拆分了系统，实施了安全机制，然后回到赛场迎接\n"
        "第二场比赛。因此，2020年的选举是我记得的第一次，值班工程师们没有绷紧神经，紧握键盘。\n"
    )
    assert _levels(text) == []
    # Lines with no sentence mark: a weather's name "第一场雪" (a game's data), a
    # program's log line "第二场比赛准备开始啦" (its "！！！" cut): no scene candidate.
    for line in ("第一场雪", "第二场比赛准备开始啦", "第一場雨が降った"):
        assert not [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "cjk"]
    assert line_candidates("第一場", 0, 0, 3)[0].series == "cjk:場"
    # Clause scene_sentence: a spaced sentence of prose is no place.
    for line in ("第二场 比赛开始了。", "第三场　你来了吗？好。"):
        assert line_candidates(line, 0, 0, len(line)) == []


def test_episode_units_japanese_episodes():
    # Clause episode_units: 西尾維新's 化物語 in Aozora text format (a parser's test
    # data) lists and heads its parts "第一話　ひたぎクラブ"; before, 話 was no unit.
    lines = ("第一話　ひたぎクラブ", "第二話　まよいマイマイ", "第三話　するがモンキー")
    found = [line_candidates(line, 0, 0, len(line)) for line in lines]
    assert [(c[0].series, c[0].value, c[0].rest) for c in found] == [
        ("cjk:話", 1, "ひたぎクラブ"), ("cjk:話", 2, "まよいマイマイ"), ("cjk:話", 3, "するがモンキー"),
    ]  # fmt: skip
    assert not [c for c in line_candidates("第一話を読んだ", 0, 0, 7) if c.kind == "cjk"]


# Scene headings of Romeo and Juliet (罗密欧与朱丽叶) with the act on the line, as the
# Chinese translation of a programming language's guide lists them in its string-prefix
# example (a public repository; review: the wording is that example's, not 朱生豪's).
ROMEO_HEADINGS = ("第一幕 第一场 维罗纳。一条公共街道。", "第一幕 第二场 凯普莱特家的宴会厅。",
                  "第二幕 第一场 维罗纳。一条公共街道。", "第二幕 第二场 凯普莱特家的果园。")  # fmt: skip


def test_act_scene_line_gives_two_headings():
    # Clause act_scene_line: "第一幕 第一场 …" holds two headings, as "ACT I. SCENE I."
    # does: the act (title only "第一幕") and the scene, a second candidate inside the
    # line. Before: one candidate, the act, with the scene in its title.
    found = line_candidates(ROMEO_HEADINGS[0], 100, 7, 100 + len(ROMEO_HEADINGS[0]))
    assert [(c.series, c.value, c.title, c.second, c.start) for c in found] == [
        ("cjk:幕", 1, "第一幕", False, 100),
        ("cjk:场", 1, "第一场 维罗纳。一条公共街道。", True, 104),
    ]
    # The same scene, act and scene on one line (the layout of the Romeo lines) or on two
    # lines (Wikisource's), gives the same sections: the act once, the scene under it.
    one_line = MIDSUMMER.replace("第三幕\n\n第一场　", "第三幕　第一场　")
    assert _levels(one_line) == _levels(MIDSUMMER) == [
        (1, "第三幕"), (2, "第一场 林中；蒂妲妮霞熟睡未醒"),
    ]  # fmt: skip
    # Each act stands once over its scenes when every scene line repeats it (the test
    # fills each scene with the 仲夏夜之梦 excerpt's entrance and speeches).
    speeches = MIDSUMMER.split("\n\n", 2)[2]
    play = "\n".join(f"{line}\n\n{speeches}" for line in ROMEO_HEADINGS)
    assert _levels(play) == [
        (1, "第一幕"), (2, "第一场 维罗纳。一条公共街道。"), (2, "第二场 凯普莱特家的宴会厅。"),
        (1, "第二幕"), (2, "第一场 维罗纳。一条公共街道。"), (2, "第二场 凯普莱特家的果园。"),
    ]  # fmt: skip
    # "第一幕 第一场雪" (a measure word after the act) stays one heading, the act's.
    assert len(line_candidates("第一幕 第一场雪", 0, 0, 8)) == 1
