"""Session 29 (branch wtG): clauses ``chapters_in_one_piece`` and
``fullwidth_letter_in_title`` of rule ``cjk_title_lines`` (transforms.cjk_titles,
transforms.sections).

Excerpt: tallusil/luxun-novel-analysis (GitHub), data/combined/呐喊.txt: 鸭的喜剧, 白光,
端午节 (titles centred), 阿Ｑ正传 with its 第一章 and 第二章, 药 with its parts 一 and 二, each cut
after its first paragraphs. 阿Ｑ正传's numbered chapters made the whole book chaptered,
and rule ``cjk_title_lines`` is off in a chaptered book: none of the 15 stories was a
section.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

NAHAN = (
    "                  \u3000\u3000鸭的喜剧\n"
    "\n"
    "\n"
    "\u3000\u3000俄国的盲诗人爱罗先珂⑵君带了他那六弦琴到北京之后不久，便向我诉苦说：\n"
    "\n"
    "\n"
    "\u3000\u3000“寂寞呀，寂寞呀，在沙漠上似的寂寞呀！”\n"
    "\n"
    "\n"
    "                    \u3000\u3000白光\n"
    "\n"
    "\n"
    "\u3000\u3000陈士成看过县考的榜，回到家里的时候，已经是下午了。他去得本很早，一见\n"
    "榜，便先在这上面寻陈字。陈字也不少，似乎也都争先恐后的跳进他眼睛里来，然\n"
    "而接着的却全不是士成这两个字。他于是重新再在十二张榜的圆图⑵里细细地搜寻\n"
    "，看的人全已散尽了，而陈士成在榜上终于没有见，单站在试院的照壁的面前。\n"
    "\n"
    "\n"
    "                   \u3000\u3000端午节\n"
    "\n"
    "\n"
    "\u3000\u3000方玄绰近来爱说“差不多”这一句话，几乎成了“口头禅”似的；而且不但说\n"
    "，的确也盘据在他脑里了。他最初说的是“都一样”，后来大约觉得欠稳当了，便\n"
    "改为“差不多”，一直使用到现在。\n"
    "\n"
    "\n"
    "\u3000\u3000阿Ｑ正传\n"
    "\n"
    "\n"
    "\u3000\u3000第一章\u3000序\n"
    "\n"
    "\u3000\u3000我要给阿Ｑ做正传，已经不止一两年了。但一面要做，一面又往回想，这足见\n"
    "我不是一个“立言”⑵的人，因为从来不朽之笔，须传不朽之人，于是人以文传，\n"
    "文以人传——究竟谁靠谁传，渐渐的不甚了然起来，而终于归接到传阿Ｑ，仿佛思\n"
    "想里有鬼似的。\n"
    "\n"
    "\u3000\u3000第二章\u3000优胜记略\n"
    "\n"
    "\u3000\u3000阿Ｑ不独是姓名籍贯有些渺茫，连他先前的“行状”⒃也渺茫。因为未庄的人\n"
    "们之于阿Ｑ，只要他帮忙，只拿他玩笑，从来没有留心他的“行状”的。而阿Ｑ自\n"
    "己也不说，独有和别人口角的时候，间或瞪着眼睛道：\n"
    "\n"
    "\n"
    "\u3000\u3000药⑴\n"
    "\n"
    "\n"
    "\u3000\u3000一\n"
    "\n"
    "\u3000\u3000秋天的后半夜，月亮下去了，太阳还没有出，只剩下一片乌蓝的天；除了夜游\n"
    "的东西，什么都睡着。华老栓忽然坐起身，擦着火柴，点上遍身油腻的灯盏，茶馆\n"
    "的两间屋子里，便弥满了青白的光。\n"
    "\n"
    "\u3000\u3000“小栓的爹，你就去么？”是一个老女人的声音。里边的小屋子里，也发出一\n"
    "阵咳嗽。\n"
    "\n"
    "\u3000\u3000“唔。”老栓一面听，一面应，一面扣上衣服；伸手过去说，“你给我罢。”\n"
    "\n"
    "\n"
    "\u3000\u3000二\n"
    "\n"
    "\u3000\u3000老栓走到家，店面早经收拾干净，一排一排的茶桌，滑溜溜的发光。但是没有\n"
    "客人；只有小栓坐在里排的桌前吃饭，大粒的汗，从额上滚下，夹袄也帖住了脊心\n"
    "，两块肩胛骨高高凸出，印成一个阳文的“八”字。\n"
)


def _sections(raw: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(raw)).text
    return [(s.level, s.title) for s in analyze_text(text).sections]


def test_stories_are_sections_over_one_storys_chapters():
    assert _sections(NAHAN) == [
        (1, "鸭的喜剧"),
        (1, "白光"),
        (1, "端午节"),
        (1, "阿Ｑ正传"),
        (2, "第一章 序"),
        (2, "第二章 优胜记略"),
        (1, "药"),  # "药⑴" in the text (clause note_mark_off_title, session 30)
        (2, "一"),  # right under its story (rule dense_path_levels, session 40; was 3)
        (2, "二"),
    ]


def test_chapters_over_most_of_the_text_keep_the_rule_off():
    # The same stories with 阿Ｑ正传's 第二章 repeated as 第二章..第九章, the chapters
    # holding more than half the text (a novel's chapters): no unnumbered title is read.
    part = "\u3000\u3000第二章" + NAHAN.split("\u3000\u3000第二章")[1].split("\u3000\u3000药⑴")[0]
    more = "".join(part.replace("第二章", f"第{n}章") for n in "二三四五六七八九")
    long = NAHAN.replace(part, more)
    titles = [t for _, t in _sections(long)]
    assert "鸭的喜剧" not in titles and "阿Ｑ正传" not in titles
    assert "第一章 序" in titles


def test_fullwidth_letters_in_a_title_but_no_zero():
    # hankinghu/literature-books b245 (三毛, 我的宝贝): "小船ＥＣＨＯ号" heads a piece;
    # b76 (章诒和, 往事并不如烟): "二ＯＯ四年二月初稿于香港中文大学" is a dateline, its
    # "Ｏ" a zero.
    from transforms.cjk_titles import _TITLE, _letters

    assert _TITLE.fullmatch(_letters("小船ＥＣＨＯ号"))
    assert _TITLE.fullmatch(_letters("阿Ｑ正传"))
    assert not _TITLE.fullmatch(_letters("二ＯＯ四年二月初稿于香港中文大学"))
    assert not _TITLE.fullmatch(_letters("ＰＥＰＡ"))


def test_no_title_heading_the_chapters_keeps_the_rule_off():
    # Reviewer (session 29): the same excerpt without the line "阿Ｑ正传", as a novel
    # whose unnumbered pieces (a long preface) come before its 第一章: no title heads
    # the chapters, so no unnumbered line is read as a title.
    titles = [t for _, t in _sections(NAHAN.replace("\u3000\u3000阿Ｑ正传\n", ""))]
    assert "鸭的喜剧" not in titles and "白光" not in titles
    assert "第一章 序" in titles


def test_no_title_between_the_chapters():
    # Reviewer (session 29): 白光's title and first paragraphs set between 阿Ｑ正传's
    # 第一章 and 第二章 (short lines inside a novel's chapters): not a title there.
    head, rest = NAHAN.split("\u3000\u3000端午节", 1)
    baiguang = head[head.index("白光") :]
    head = head[: head.index("白光")].rstrip(" \u3000")
    moved = head + "\u3000\u3000端午节" + rest
    moved = moved.replace("\u3000\u3000第二章", "\u3000\u3000" + baiguang + "\u3000\u3000第二章")
    titles = [t for _, t in _sections(moved)]
    assert "白光" not in titles
    assert "第二章 优胜记略" in titles
