"""Session 34 volume clauses (``transforms.headings``, ``transforms.sections``,
``transforms.section_titles``, ``transforms.cjk_novel_parts``), on excerpts of the books they
were found in: 罗伯特·清崎's 穷爸爸富爸爸 (hankinghu/literature-books, "第一卷 第二章" lines),
熊召政's 张居正 ("第三卷终"), 尾崎士郎's 平家物語 (Aozora 001529, a title page), and
ロマン・ローラン's ジャン・クリストフ (Aozora 001093, "第一巻　曙")."""

from transforms import headings as hd
from transforms.sections import find_sections


def _titles(text):
    sections, _ = find_sections(text)
    return [(s.title, s.level) for s in sections if s.title]


# 穷爸爸富爸爸: every chapter line opens with the volume.
RICH = (
    "第一卷 第一章\n\n"
    "最终答案而是一个向导，一个在这个不确定和飞速变化的世界中帮助你和你的孩子积累财富的向导。\n\n"
    "第一卷 第二章\n\n"
    "“爸，你能告诉我怎样才能变得富有吗？”爸爸放下手中的晚报，问：“你为什么想变得富有呢，儿子？”\n\n"
    "第一卷 第三章\n\n"
    "怎样才能变得富有？我们的父母总是告诉我们要努力学习，找一份安稳的工作，然后一直做下去。\n\n"
    "第二卷 第四章\n\n"
    "富人不为钱工作，他们让钱为自己工作，这是我从富爸爸那里学到的第一课，也是最重要的一课。\n"
)


def test_volume_prefix_chapter():
    """Clauses volume_prefix_chapter and repeated_volume_prefix: the volume written before
    each chapter is a heading over them, opened once; before, every line was one chapter
    section titled "第一卷 第N章", the volume nowhere above them."""
    assert _titles(RICH) == [
        ("第一卷", 1), ("第一章", 2), ("第二章", 2), ("第三章", 2), ("第二卷", 1), ("第四章", 2),
    ]  # fmt: skip


def test_repeated_volume_prefix_line_start():
    """Clause repeated_volume_prefix_line_start (review): a chapter whose line repeats the
    volume opens at the line's start; the sections still cover the text exactly, and no
    chapter ends in the next line's volume words ("…一课。\n\n第一卷 " before)."""
    sections, _ = find_sections(RICH)
    assert sections[0].start == 0 and sections[-1].end == len(RICH)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    for s in (s for s in sections if "章" in s.title):
        body = RICH[s.start : s.end]
        assert not body.rstrip().endswith(("第一卷", "第二卷")), body
    lines = [RICH[s.start : s.end].split("\n")[0] for s in sections if s.title]
    assert lines == ["第一卷 ", "第一章", "第一卷 第二章", "第一卷 第三章", "第二卷 ", "第四章"]


# 莫言's 生死疲劳 (hankinghu/literature-books, a download site's copy): "正文 " before each
# volume-prefixed chapter line.
SHENGSI = (
    "正文 第一部 驴折腾 第一章\n\n"
    "我的故事，从1950年1月1日讲起。在此之前两年多的时间里，我在阴曹地府里经受了人间难以想象的酷刑。\n\n"
    "正文 第一部 驴折腾 第二章\n\n"
    "站在母驴后边那个满身血污、嘴巴粉嫩的小驴子，就是我，我就是那个小驴子。\n\n"
    "正文 第一部 驴折腾 第三章\n\n"
    "尽管我不甘为驴，但无法摆脱驴的躯体。西门闹冤屈的灵魂，像炽热的岩浆。\n\n"
    "正文 第二部 牛犟劲 第四章\n\n"
    "1954年10月1日，是中华人民共和国成立五周年的纪念日，也是我们西门屯的喜日子。\n"
)


def test_zhengwen_volume_prefix():
    """Clause zhengwen_volume_prefix (review): with the site's "正文 " label before the
    volume-prefixed chapter line the volume is still read over its chapters; the branch
    before this fix lost every such line (zhengwen_prefix wanted one candidate: 生死疲劳
    fell from 31 sections to 12, its chapters run together)."""
    assert _titles(SHENGSI) == [
        ("第一部 驴折腾", 1), ("第一章", 2), ("第二章", 2), ("第三章", 2), ("第二部 牛犟劲", 1),
        ("第四章", 2),
    ]  # fmt: skip
    sections, _ = find_sections(SHENGSI)
    assert [SHENGSI[s.start : s.end].split("\n")[0] for s in sections][1:3] == [
        "第一章", "正文 第一部 驴折腾 第二章",
    ]  # fmt: skip


def test_variant_volume_prefix():
    """Clause variant_volume_prefix (review): a volume in financial numerals before each
    chapter ("第壹卷 第一章 风起") is read as "第一卷 第一章"; the branch before this fix
    read no heading at all (main: each line one chapter)."""
    text = (
        "第壹卷 第一章 风起\n\n正文一段很长的文字。这里是第一章的内容。\n\n"
        "第壹卷 第二章 云涌\n\n正文第二段很长的文字。这里是第二章的内容。\n\n"
        "第贰卷 第三章 雨落\n\n第三段。\n"
    )
    assert _titles(text) == [
        ("第壹卷", 1), ("第一章 风起", 2), ("第二章 云涌", 2), ("第贰卷", 1), ("第三章 雨落", 2),
    ]  # fmt: skip


# 南派三叔's 盗墓笔记 (hankinghu/literature-books' web e-book): its season and volume line
# "第一季 第一卷 七星鲁王" and chapter lines, set on one line as 仙逆's e-book sets its volume
# before each chapter, with the book's own opening paragraphs.
DAOMU = (
    "第一季 第一卷 七星鲁王 第一章 血尸\n\n"
    + "50年前，长沙镖子岭。四个土夫子正蹲在一个土丘上，所有人都不说话，直勾勾盯着地上那把洛阳铲。\n\n"
    * 4
    + "第一季 第一卷 七星鲁王 第二章 五十年后\n\n"
    + "50年后，杭州西泠印社，我的思绪被一个老头子打断了，我合上我爷爷的笔记，看着眼前这个人。\n\n"
    * 4
    + "第一季 第二卷 怒海潜沙 第一章 蛇眉铜鱼\n\n"
    + "那盒盖缓缓地自动打开，里面只有小拇指大的一个空间，我们几个人都看呆了，谁也没有说话。\n\n" * 4
)


def test_season_volume_prefix():
    """Clause season_volume_prefix: a season before the volume and its chapter ("第一季
    第一卷 七星鲁王 第一章 血尸") is the season's volume over the chapter; before, the
    pair made season_prefix return nothing (no heading; main: each line one volume)."""
    assert _titles(DAOMU) == [
        ("第一季 第一卷 七星鲁王", 1), ("第一章 血尸", 2), ("第二章 五十年后", 2),
        ("第一季 第二卷 怒海潜沙", 1), ("第一章 蛇眉铜鱼", 2),
    ]  # fmt: skip


def test_volume_prefix_needs_a_chapter_heading():
    """Guard: a volume line whose rest is a sentence naming a chapter stays as it was."""
    line = "第一卷第三十六章讲的是他怎样离开了家乡，又怎样回到这里。"
    assert [c.series for c in hd.line_candidates(line, 0, 0, len(line))] == []


# 张居正: the third volume closes, the fourth opens (its 回 lines follow).
ZHANG = (
    "“你将朕的话传给各衙门，邹元标之后，有谁再敢反对朕的夺情之旨，杀无赦!”\n"
    "第三卷终\n"
    "2002．8．16．\n\n"
    "第四卷 火凤凰\n\n"
    "第一回 钱知府迎宾谋胜局 张首辅南归似帝王\n\n"
    "刚过罢万历六年的春节，北直隶真定府的知府钱普就忙着准备迎接首辅张居正回乡葬父的大事。\n\n"
    "第二回 真定府里摆盛宴 保定城外见故人\n\n"
    "张居正一行离开真定，第二天就到了保定，保定知府早已带着一班属官在城外十里长亭迎候。\n"
)


def test_division_end_line():
    """Clause division_end_line: "第三卷终" closes a volume; before, it was a volume
    titled "终" (with the date line under it)."""
    for line in ("第三卷终", "第一章完", "第二卷 完"):
        assert hd.line_candidates(line, 0, 0, len(line)) == []
    assert [t for t, _ in _titles(ZHANG)] == [
        "第四卷 火凤凰", "第一回 钱知府迎宾谋胜局 张首辅南归似帝王", "第二回 真定府里摆盛宴 保定城外见故人",
    ]  # fmt: skip
    assert [c.title for c in hd.line_candidates("第三卷 终局", 0, 0, 6)] == ["第三卷 终局"]


# 平家物語 (Aozora 001529, 60756), its title page and the start of its text.
HEIKE = (
    "現代語訳　平家物語\n第一巻\n尾崎士郎訳\n\n\n"
    "序詞（祇園精舎）\n\n"
    "　祇園精舎の鐘の声、諸行無常の響あり。娑羅双樹の花の色、盛者必衰のことわりをあらわす。\n\n\n"
    "殿上の闇討\n\n"
    "　二十余年の長きにわたって、その権勢をほしいままにし、「平家に非ざるは人に非ず」とまでいわれた。\n"
)


def test_title_page_byline():
    """Clause title_page_byline (with juan_variant): the title page's "第一巻" is the
    volume, not titled by the translator's line under it ("第一巻 尾崎士郎訳")."""
    assert _titles(HEIKE)[0] == ("第一巻", 1)


# ジャン・クリストフ 第一巻 (Aozora 001093, 42590): its title page.
CHRISTOPHE = (
    "ジャン・クリストフ\nJEAN CHRISTOPHE\n第一巻　曙\nロマン・ローラン　Romain Rolland\n豊島与志雄訳\n\n\n"
    "一\n\n"
    "　家の背後に、河の音が高まっている。雨は終日窓ガラスを打っている。\n\n"
    "二\n\n"
    "　老祖父ジャン・ミシェルは、毎日その家に立寄った。\n\n"
    "三\n\n"
    "　クリストフは三つになった。\n"
)


def test_juan_variant():
    """Clause juan_variant: "第一巻　曙" (巻, the Japanese form of 卷) is the volume over
    the chapters "一", "二", "三"; before, no heading and the chapters at the top level."""
    assert _titles(CHRISTOPHE) == [("第一巻 曙", 1), ("一", 2), ("二", 2), ("三", 2)]
