"""Session 46 (branch wtC): clauses ``site_words_line``, ``site_words_tail``,
``torn_scheme`` and ``stamp_line_break`` (transforms/site_word_lines.py). The stamped
passages are excerpts of the books that carry them in the Chinese mirrors (唐德刚：袁氏当国,
食草家族, 繁花, 周作人文集, hankinghu/literature-books; 大唐双龙传 ch_048, jbts6/wuxia-novel);
the guards' lines are the mirrors' own (jbts6's plans, 忏悔录, 冬天里的春天, 血色浪漫) or
marked made up; the story lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt),
public domain."""

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.site_word_lines import site_word_lines, stamp_edges
from transforms.textedit import Edit

STORY = "老残道：“我今天不走了。”\n\n说着便回店去了。\n\n"
FILLER = STORY * 20


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


# (the passage as the book has it, the stamp, the passage as it must come out)
PASSAGES = (
    (  # 唐德刚：袁氏当国: the spaced line; the line after it is older clauses'
        "蒋公也一再叹息说：‘那像台湾现在风气这样败坏？那像现在风气这样败坏？’\n"
        "本书来自 免 费txt小 说下载站\n更多更新免费电子书请 关注www.a \n\n民国为何不如大清？\n\n",
        "本书来自 免 费txt小 说下载站",
        "‘那像台湾现在风气这样败坏？那像现在风气这样败坏？’\n\n民国为何不如大清？",
    ),
    (  # 食草家族: the spaced name, then the site's name torn by its pinyin
        "疟疾折磨我，小老舅舅。\n小 说t x t-天堂txt小xiaoshuo说天堂\n\n\n\n第二梦 玫瑰玫瑰香气扑鼻 第四章\n\n",
        "小 说t x t-天堂",
        "疟疾折磨我，小老舅舅。\n",
    ),
    (  # 繁花: the site's name after a chapter's heading and one hyphen
        "面前的世界。万福玛利亚。阿门。\n\n第二十四章-txt小说天堂\n\n第二十四章\n\n"
        "陶陶时常去延庆路。黄昏，夜里，只要有机会，就去看小琴。\n\n",
        "txt小说天堂",
        "第二十四章\n",
    ),
    (  # 周作人文集: the scheme with a full-width "ｔ" before the watermark
        "（1924年2月作，选自《雨天的书》）\nhtｔp://www.xiaoshuotxt.nett.xt`小~说~天~堂\n\n\n\n"
        "蔼理斯的话\n\n\n蔼理斯（havelockellis）是我所最佩服的一个思想家。\n\n",
        "htｔp",
        "（1924年2月作，选自《雨天的书》）",
    ),
)
NAMES = ("yuanshi", "shicao", "fanhua", "zhouzuoren")


# 周作人文集's other watermark lines (the watermark clause reads three copies or more)
WATERMARKS = (
    "www、xiaoshuotxt.net＿t＿xt，小说天堂\n",
    "www。xiaoshuotxt.nettxt?小说/\\天、堂\n",
    "wＷw：xiaoshuotxt？nettxt!小！说！天.堂\n",
)


@pytest.mark.parametrize(("passage", "stamp", "kept"), PASSAGES, ids=NAMES)
def test_site_word_stamps(passage, stamp, kept):
    marks = "".join(STORY * 5 + line for line in WATERMARKS)
    cleaned = _clean(FILLER + passage + marks + FILLER)
    assert "xiaoshuotxt" not in cleaned
    assert stamp not in cleaned
    assert kept in cleaned
    assert cleaned.count("说着便回店去了。") == 55


def test_site_words_line_cuts_the_line_and_its_break():
    text = "小老舅舅。\n本书来自 免 费txt小 说下载站\n民国为何不如大清？"
    assert [text[e.start : e.end] for e in site_word_lines(text)] == [
        "本书来自 免 费txt小 说下载站\n"
    ]


def test_site_words_tail_keeps_the_heading():
    text = "阿门。\n\n第二十四章-txt小说天堂\n\n第二十四章\n"
    assert [text[e.start : e.end] for e in site_word_lines(text)] == ["-txt小说天堂"]


# lines with "txt", spaces or a dash that are no site's stamp (guard site_words_only)
KEPT = (
    "- 原文 txt 必须始终存在；不得删除或覆盖原文。",  # jbts6, a plan's prd.md
    "- 原文位于 `金庸/鸳鸯刀/鸳鸯刀.txt`。",  # jbts6, prd.md
    "Web2.0小说网站，和好友一起上传、下载、分享TXT全本小说。",  # 忏悔录 (a site's, but a digit)
    "他沉着地，然而是冷酷地笑了：“\u3000的确，过去，我们太软弱了……”>txt",  # 冬天里的春天
    "我在网上下载txt小说",  # made up: 我, 在, 上 are no site's words
    "第三章-天堂",  # made up: a heading and a dash, no "txt"
    "txt 格式 小说 目录",  # made up: 格式, 目录
    "更 新换代的txt小说",  # made up: 换代, 的
    "- txt",  # made up: a plan's list item, no Han character
    "txt格式第三章-小说天堂",  # made up: the "txt" is the head's, the tail has none
)


@pytest.mark.parametrize("line", KEPT)
def test_site_words_guards(line):
    assert site_word_lines(line) == []
    assert site_word_lines(FILLER + line + "\n\n" + FILLER) == []


def test_site_words_guards_through_clean():
    cleaned = _clean(FILLER + "\n\n".join(KEPT[4:8]) + "\n\n" + FILLER)
    for line in KEPT[4:8]:
        assert line in cleaned


# 大唐双龙传 ch_048: the stamp stood on a line of its own between a speech and the next
# paragraph, glued to the speech by one break; the book parts its paragraphs by a blank line
CH048 = (
    '徐子陵暗骂自己疏忽，跳将起来道："定是沈婆娘要款待刚才她陪伴的那个美人儿，难怪这么灯火通明的。'
    '来！我们快收拾东西走人。"\n仈_○_電_耔_書 _ω_ω_ω_.t_Χ_T_八_0._C_ǒ_M\n\n'
    "三人忙于收拾时，前院隐隐传来马嘶人声。沈落雁和客人来了。\n\n"
)


def test_stamp_line_break_keeps_the_paragraph_break():
    cleaned = _clean(FILLER + CH048 + FILLER)
    assert "電" not in cleaned
    assert '走人。"\n\n三人忙于收拾时' in cleaned


@pytest.mark.parametrize(
    ("text", "out"),
    (
        ("A\n\nSTAMP\n\nB", "A\n\nB"),  # one blank line either side: one stays
        ("A\nSTAMP\n\nB", "A\n\nB"),  # ch_048's shape
        ("A\nSTAMP\nB", "A\nB"),  # no blank line: none made
        ("A\n\n\n\nSTAMP\n\nB", "A\n\n\n\nB"),  # the wider break stays
        ("A\n \n\u3000\nSTAMP\n \nB", "A\n \n\u3000\nB"),  # blank lines with spaces
    ),
)
def test_stamp_line_break_shapes(text, out):
    at = text.index("STAMP")
    (e,) = stamp_edges(text, [Edit(at, at + 5, "", "site_ad")])
    assert text[: e.start] + text[e.end :] == out


def test_stamp_line_break_guards():
    # guard stamp_break_whole_line: a stamp glued to a sentence takes no break
    text = "没有受伤。STAMP\n\n下一段"
    at = text.index("STAMP")
    assert stamp_edges(text, [Edit(at, at + 5, "", "site_ad")]) == [Edit(at, at + 5, "", "site_ad")]
    # a cut that replaces text does not move (session 49, clause cut_line_break: another
    # rule's whole-line deletion now takes its break like a site cut, "A\n\nB" left)
    text = "A\nSTAMP\n\nB"
    cut = Edit(2, 7, "\n", "page_marker")
    assert stamp_edges(text, [cut]) == [cut]
    (e,) = stamp_edges(text, [Edit(2, 7, "", "page_marker")])
    assert text[: e.start] + text[e.end :] == "A\n\nB"
    # the break does not reach into the next cut
    text = "A\n\nSTAMP\n\nNEXT\n"
    cuts = [Edit(3, 8, "", "site_ad"), Edit(9, 14, "", "site_ad")]
    first, second = stamp_edges(text, cuts)
    assert first.end <= second.start


def test_torn_scheme():
    text = "选自《雨天的书》）\nhtｔp://www.xiaoshuotxt.nett.xt`小~说~天~堂\n\n蔼理斯的话"
    at = text.index("www")
    end = text.index("\n", at)
    (e,) = stamp_edges(text, [Edit(at, end, "", "site_watermark")])
    assert text[e.start : e.end].startswith("htｔp://www.")
    # guard: a scheme parted from the cut by a word stays
    text = "见 http:// 一节 www.xiaoshuotxt.net"
    at = text.index("www")
    assert stamp_edges(text, [Edit(at, len(text), "", "site_ad")])[0].start == at


# Review (session 46, second engineer): 唐德刚：袁氏当国's two stamp lines in a row, the
# first cut by clause site_words_line, the second an older site clause's
YUANSHI = ("本书来自 免 费txt小 说下载站", "更多更新免费电子书请 关注www.a")
ABOVE = "蒋公也一再叹息说：‘那像现在风气这样败坏？’"
BELOW = "民国为何不如大清？"


@pytest.mark.parametrize(
    ("gap", "left"),
    (
        ("\n\n{0}\n{1}\n\n", "\n\n"),  # the two lines glued, a blank line either side
        ("\n\n{0}\n\n{1}\n\n", "\n\n"),  # a blank line between them too
        ("\n\n{0}\n\n\n{1}\n\n", "\n\n\n"),  # the widest break stays
        ("\n{0}\n{1}\n", "\n"),  # no blank line: none made
    ),
)
def test_stamp_lines_in_a_row_leave_one_break(gap, left):
    """Stamp lines in a row leave the break before the first: the blank lines kept before
    the first count for the next (one blank line was left twice)."""
    text = ABOVE + gap.format(*YUANSHI) + BELOW
    cuts = [Edit(text.index(s), text.index(s) + len(s), "", "site_ad") for s in YUANSHI]
    out = stamp_edges(text, cuts)
    kept = text[: out[0].start] + text[out[0].end : out[1].start] + text[out[1].end :]
    assert kept == ABOVE + left + BELOW


def test_stamp_line_at_the_start_takes_the_blank_lines():
    text = YUANSHI[0] + "\n\n\n" + STORY
    (e,) = stamp_edges(text, [Edit(0, len(YUANSHI[0]), "", "site_ad")])
    assert text[e.end :] == STORY


def test_stamp_line_break_edges_of_other_cuts():
    # a stamp glued before a sentence (走到人生边上) takes neither break nor the sentence
    text = "我的书\n\n小说天堂 www.xiaoshuotxt.net，但人之大欲也不可抹杀。\n\n" + STORY
    at = text.index("小说天堂")
    cut = Edit(at, text.index("，"), "", "site_ad")
    assert stamp_edges(text, [cut]) == [cut]
    # a cut that puts something in takes no break
    text = ABOVE + "\n\n" + YUANSHI[0] + "\n\n" + BELOW
    at = text.index(YUANSHI[0])
    cut = Edit(at, at + len(YUANSHI[0]), "。", "site_ad")
    assert stamp_edges(text, [cut]) == [cut]
    # the blank lines another rule's cut took before the stamp are not the book's kept
    # break: the paragraph above stays parted from the one below
    text = ABOVE + "\n- 12 -\n\n" + YUANSHI[0] + "\n\n" + BELOW
    marker = Edit(text.index("- 12"), text.index(YUANSHI[0]), "", "page_marker")
    at = text.index(YUANSHI[0])
    out = stamp_edges(text, [marker, Edit(at, at + len(YUANSHI[0]), "", "site_ad")])
    assert text[: out[0].start] + text[out[1].end :] == ABOVE + "\n\n" + BELOW
    # a scheme inside an earlier cut stays that cut's
    text = "选自《雨天的书》）\nhtｔp://www.xiaoshuotxt.nett.xt`小~说~天~堂\n\n蔼理斯的话"
    at = text.index("www")
    first = Edit(text.index("htｔp"), at, "", "page_marker")
    out = stamp_edges(text, [first, Edit(at, text.index("\n", at), "", "site_watermark")])
    assert out[0].end <= out[1].start


# guard file_or_heading (review): lines of a Chinese technical text in jbts6's plans' style
# (made up: its real lines name files like `金庸/鸳鸯刀/鸳鸯刀.txt`), all site words but for
# being a file's name or a Markdown heading
TECHNICAL = ("## 下载 TXT", "小说.txt", "- 输出：三体-小说.txt", "三体-小说.txt")


@pytest.mark.parametrize("line", TECHNICAL)
def test_file_names_and_headings_stay(line):
    assert site_word_lines(line) == []
    assert line in _clean(FILLER + line + "\n\n" + FILLER)
