"""Session 34 clauses of rule ``cjk_title_lines`` (``transforms.cjk_title_cores``) and of the
CJK division words (``transforms.headings``, ``transforms.cjk_novel_parts``), on excerpts of
the books they were found in (hankinghu/literature-books): 梁文道's 常识 (essays, each a title,
a subtitle and the text, with the source note "原题为…" closing it) and 三毛's 哭泣的骆驼."""

from transforms.cjk_title_cores import core, quoted_whole
from transforms.sections import find_sections


def _titles(text):
    sections, _ = find_sections(text)
    return [(s.title, s.level) for s in sections if s.title]


# 常识 (cleaned: the posting stamps gone), the first paragraph of each essay.
_ESSAYS = [
    ("反 法", "反一项政策还是反一个国家",
     "时间过得真快，再过几天就是美国“误炸”中国驻南斯拉夫大使馆（1999年5月7日）九周年的日子了。"),
    ("反华传媒", "西方传媒不是铁板一块", "乔姆斯基是我最敬仰的知识分子之一。"),
    ("城管（二）", "市容重要还是生计重要",
     "当几乎所有中国城市都宣传自己要和国际接轨，要建立既文明又现代的新城面貌时，它们大概不知道其实自己又落后了。"),
    ("大 局（1）", "“大局”究竟是什么", "中国历史最令人感动的特点之一就在于历史的书写本身。"),
    ("浮 躁", "这个时代的集体病症", "很多人以为一个电台或电视的清谈节目要做得好，主持人的口才是最重要的。"),
    ("负面报道", "为什么他们老是报道负面消息", "我不是记者，也从未在任何新闻媒体担任过正式的编采工作。"),
    ("企业责任", "不下毒是做人责任，而非企业责任", "温家宝在论及“毒奶粉”事件的时候，特别提醒企业要尽社会责任。"),
    ("“人格魅力”", "领导人一定有魅力吗", "政治家是可怜的，因为他的一切都属于政治。"),
    ("空 话", "言语脱离现实之后的信任问题", "那天我在北京机场一座自动咖啡机前唤来一位侍应，告诉她咖啡卖完了。"),
    ("“真”", "“范跑跑”的真性情",
     "斯坦福大学东亚系教授王斑在《历史的崇高形象》中文版的前言如是说，我想很多人也会有同感。"),
]  # fmt: skip


def _changshi(essays):
    return "".join(
        f"{title}\n\n{sub}\n{body}\n原题为“{sub}”，刊于《am730》2008年09月26日\n\n"
        for title, sub, body in essays
    )


def test_part_numeral_title():
    """Clause part_numeral_title: "城管（二）" (the part counted in CJK numerals) is a title;
    before, it was no candidate and the essay ran on in "反华传媒"."""
    assert core("城管（二）") == "城管"
    assert core("大 局（2）") == "大 局"
    # Review: a part is counted in at most three numerals ("（一二三四）" is no part number).
    assert core("城管（一二三四）") == "城管（一二三四）"
    assert ("城管（二）", 1) in _titles(_changshi(_ESSAYS))


def test_quoted_whole_among_titles():
    """Clause quoted_whole_among_titles: 常识's essays on a quoted word ("“人格魅力”", "“真”")
    are titles beside its unquoted ones (8 of them for 2): all ten essays are sections."""
    shown = [t.replace(" ", "") if len(t) == 3 else t for t, _, _ in _ESSAYS]  # "反 法" -> "反法"
    assert [t for t, _ in _titles(_changshi(_ESSAYS))] == shown


def test_quoted_whole_needs_the_unquoted_titles():
    """Guard: with fewer unquoted titles than QUOTED_WHOLE_SHARE times the quoted ones, a
    line quoted whole is speech or a name: the quoted essays stay in the one before."""
    few = [e for e in _ESSAYS if e[0] in ("反 法", "反华传媒", "浮 躁", "“人格魅力”", "“真”")]
    assert [t for t, _ in _titles(_changshi(few))] == ["反法", "反华传媒", "浮躁"]


# 哭泣的骆驼's opening piece (three essays after it) and a reply left without its mark.
_CAMEL = (
    "尘缘 ——重新的父亲节（代序）\n\n"
    "二度从奈及利亚风尘仆仆的独自回到加纳利群岛来，邮局通知单已经在信箱里等着了。\n\n"
    "收魂记\n\n"
    "我有一架不能算太差的照相机，当然我所谓的不太差，是因为它对我来说已经太复杂了。\n\n"
    "沙巴军曹\n\n"
    "一个夏天的夜晚，荷西与我正从家里出来，预备到凉爽一点的地方去走走。\n\n"
    "搭车客\n\n"
    "常常听到一首歌，名字叫什么我不清楚，歌词和曲调我也记不全了。\n\n"
    "“他就进去啦？”我张大了眼睛望着荷西。\n\n"
    "“就进去了”\n\n"
    "“啧！啧！”我赫然的看着荷西。\n\n"
    "荷西接着就去洗澡了，在冲水的声音下，突然听见荷西怪声怪气的唱起英文歌来。\n"
)


def test_preface_mark_title():
    """Clause preface_mark_title: the piece the book names its preface by a closing mark
    ("（代序）"), its subtitle after "——", is a section beside the essays; before, its text
    was the untitled start of the book."""
    assert core("尘缘 ——重新的父亲节（代序）") == "尘缘 重新的父亲节"
    assert _titles(_CAMEL) == [
        ("尘缘 ——重新的父亲节（代序）", 1), ("收魂记", 1), ("沙巴军曹", 1), ("搭车客", 1),
    ]  # fmt: skip


def test_quoted_whole_in_dialogue():
    """Clause quoted_whole_in_dialogue: "“就进去了”" between two lines of speech is a reply,
    no title (it was one before this guard, with the other essays' titles as evidence)."""
    assert "“就进去了”" not in [t for t, _ in _titles(_CAMEL)]


# 柏拉图's 理想国 (郭斌和、张竹明 tr., hankinghu/literature-books): a footnote broken at
# its quoted term by the print's line ends, then a heading-like run of titles elsewhere.
_REPUBLIC_NOTE = [
    "于是，我就所想到的说了一番：〕我们现在进行的这个探讨非比寻常，在我看来，",
    "",
    "①阿里斯同是格劳孔和阿得曼托斯的父亲。",
    "",
    "“阿里斯同”",
    "",
    "希腊文原意是“最好”。",
]


def test_quoted_whole_in_note():
    """Clause quoted_whole_in_note: the quoted term right under a footnote line (①..⑳
    first) is the note's, no title, though the book's unquoted titles outnumber it."""
    texts = _REPUBLIC_NOTE + ["", "第一卷", "", "第二卷", "", "第三卷", "", "第四卷", "", "第五卷"]
    cands = [4, 8, 10, 12, 14, 16]
    assert quoted_whole(texts, cands, 2) == [8, 10, 12, 14, 16]
    # What must stay: the same term with no note above is read as before (a title).
    plain = ["", "", "", "", "“阿里斯同”"] + texts[5:]
    assert quoted_whole(plain, cands, 2) == cands
    # Review: any circled number ①..⑳, the note line as the print indents it (理想国's "⑤").
    indented = texts[:2] + ["    ⑤《伊利亚特》ⅩⅧ５４。"] + texts[3:]
    assert quoted_whole(indented, cands, 2) == [8, 10, 12, 14, 16]


def test_preface_mark_needs_the_mark_last():
    """Guard: a sentence that names a preface is no title, nor a line with the mark inside."""
    assert core("这是他写的序（代序）。") == "这是他写的序（代序）。"
    assert core("（代序）尘缘") == "（代序）尘缘"
    # Review: the mark must close the line, also on a line closing on another bracket.
    assert core("尘缘（代序）之二（1）") == "尘缘（代序）之二"


def test_daixu_named():
    """Clause daixu_named (transforms.headings): "代序" alone (a piece standing as the
    preface) is a named division as "自序" is, at the chapters' level."""
    text = (
        "代序\n\n"
        "二度从奈及利亚风尘仆仆的独自回到加纳利群岛来，邮局通知单已经在信箱里等着了。\n\n"
        "第一章 收魂记\n\n"
        "我有一架不能算太差的照相机，当然我所谓的不太差，是因为它对我来说已经太复杂了。\n\n"
        "第二章 沙巴军曹\n\n"
        "一个夏天的夜晚，荷西与我正从家里出来，预备到凉爽一点的地方去走走。\n"
    )
    assert _titles(text) == [("代序", 1), ("第一章 收魂记", 1), ("第二章 沙巴军曹", 1)]
    prose = text.replace("代序\n\n", "他为这本书写的代序\n\n")
    assert "他为这本书写的代序" not in [t for t, _ in _titles(prose)]
