"""Session 44 (branch wtE): clauses ``repeated_glued_stamp`` (with ``numeric_host_stamp``)
and ``uploader_credit_block`` (transforms/glued_stamps.py), guard ``parted_name_dot``
(transforms/parted_names.py) and promo_lines' rule that a parted name goes only where no
older clause cut. The stamped lines are excerpts of the books that carry them in
hankinghu/literature-books (马云如是说, 《雍正王朝》, 四世同堂, 《别和她说话》, 货币战争, 生死疲劳,
方与圆); the guards' lines are from 王晋康科幻作品集, 激荡三十年, 光荣与梦想, 斯大林传; the story
lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain. Lines
made up for a guard no mirror line reaches are marked so."""

import pytest

from schemas.records import Document
from transforms.boilerplate import remove_boilerplate
from transforms.clean import clean_text
from transforms.glued_stamps import (
    BLOCK_LINES,
    DIGIT_COPIES,
    EDGE_CHARS,
    SPREAD,
    credit_blocks,
    repeated_stamps,
)
from transforms.normalize import normalize_text
from transforms.parted_names import parted_site_names
from transforms.promo_lines import promotion_lines

STORY = "老残道：“我今天不走了。”\n\n说着便回店去了。\n\n"
FILLER = STORY * (SPREAD // len(STORY) + 1)  # copies of a stamp sit pages apart

MAYUN = (
    "困难不能躲避，不能让别人替你去扛。9年创业的经验告诉我，奇书-整理-提供下载任何困难都必须你自己去面对。",
    "产生了以张朝阳、奇书-整理-提供下载丁磊等为代表的创富一代。互联网公司以商业化手段获得了生存空间。",
)
YONGZHENG = (
    "“你们一定是觉得，手2机电子书WWW．2009w．COM只要不贪赃、不受贿，就算是公平了。",
    "弟弟张廷璐昨天才被处决，全家都没有受到株连，手2机电子书WWW．2009w．COM自己还在朝里照样当差。",
    "他就和刘墨林一道，便装轻骑，手2机电子书WWW．2009w．COM离开了年羹尧的中军，直奔大内来觐见皇上。",
    "“那又有什么办法呢？记着，明天你送走了李制军，也立刻赶到陕州去。手2机电子书WWW．2009w．COM”",
)
SISHI = (
    "得啦，伯伯你作善作到底！干脆的说，4020.cn没有你就没有办法！”",
    "这又给她不少的苦痛。凡是别人可以作的4020.cn，她也都可以作，她是负有“使命”的人。",
)


# 马云如是说's lines naming 8848 (a company); the two lines with "8848.com" glued are made up
# (a business book citing the site by its address): guard numeric_host_named
MAYUN_8848 = (
    "这一时期，正值中国互联网最疯狂的时候，新浪、搜狐、8848风生水起，互联网被人们称为“烧钱”的行业。",
    "与亚马逊和8848网站在信息、物流和配送几个方面全线出击的模式相比，马云始终认为电子商务的特质就是信息流的整合。",
    "王峻涛的8848.com是中国第一家电子商务网站。",
    "后来8848.com在资本寒冬中倒下了。",
)
# 四世同堂's third stamp: its "4020" comes only in stamps, so the two "4020.cn" still go
SISHI_STAMP = "第一，钱先生下了牢，不过还没有受刑，日本人想拉拢他；(4020电子书.整*理*提*供)"


def _book(lines) -> str:
    return FILLER + "".join(line + "\n\n" + FILLER for line in lines)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


@pytest.mark.parametrize(
    ("lines", "stamp"),
    (
        (MAYUN, "奇书-整理-提供下载"),
        (YONGZHENG, "手2机电子书WWW．2009w．COM"),  # the address with it: the copies share it
        (SISHI, "4020.cn"),  # sub-clause numeric_host_stamp
        # the three copies that follow "，": the comma they share stays (sentence marks at
        # the ends aside)
        (YONGZHENG[:3], "手2机电子书WWW．2009w．COM"),
        # copies at a line's end, as 雍正王朝's fourth (马云's lines cut after the stamp):
        # what follows is the next paragraph, the same after both, and no part of the stamp
        (
            tuple(line.split(w)[0] for line, w in zip(MAYUN, "任丁", strict=True)),
            "奇书-整理-提供下载",
        ),
    ),
)
def test_repeated_glued_stamp(lines, stamp):
    out = _clean(_book(lines))
    assert stamp not in out
    for line in lines:
        assert line.replace(stamp, "") in out  # the words close up, nothing else goes
    assert out.count("老残道") == _book(lines).count("老残道")


def test_repeated_glued_stamp_cuts_exactly_the_copies():
    text = normalize_text(_book(MAYUN))
    cuts = repeated_stamps(text)
    assert [text[e.start : e.end] for e in cuts] == ["奇书-整理-提供下载"] * 2
    # two of three copies share the character before them ("我": 马云's lines with "，" and
    # "张朝阳、" changed to make it): the shortest shared string is the stamp, "我" stays
    lines = (MAYUN[0].replace("我，", "我"), MAYUN[1].replace("张朝阳、", "我"), MAYUN[1])
    text = normalize_text(_book(lines))
    assert [text[e.start : e.end] for e in repeated_stamps(text)] == ["奇书-整理-提供下载"] * 3
    # copies at a line's end (马云's lines cut after the stamp, as 雍正王朝's fourth copy
    # ends its line): the paragraphs after them are the same, and the clause stops at the
    # line break, so the stamp is found and cut, not the break
    ends = tuple(line.split(w)[0] for line, w in zip(MAYUN, "任丁", strict=True))
    text = normalize_text(_book(ends))
    assert [text[e.start : e.end] for e in repeated_stamps(text)] == ["奇书-整理-提供下载"] * 2
    # and at a line's start (the lines cut before it): the paragraphs before are the same
    starts = tuple("奇书-整理-提供下载" + line.split("提供下载")[1] for line in MAYUN)
    text = normalize_text(_book(starts))
    assert [text[e.start : e.end] for e in repeated_stamps(text)] == ["奇书-整理-提供下载"] * 2
    # guard numeric_host_named: 四世同堂's "4020" also in its "(4020电子书.整*理*提*供)"
    # stamp (an older clause's), not named as a site: both "4020.cn" go
    text = normalize_text(_book((*SISHI, SISHI_STAMP)))
    assert [text[e.start : e.end] for e in repeated_stamps(text)] == ["4020.cn"] * 2
    assert "凡是别人可以作的，她也都可以作" in _clean(text)


@pytest.mark.parametrize(
    "text",
    (
        # guard glued_stamp_spread: two copies a line apart are the book's own repetition
        FILLER + MAYUN[0] + "\n\n" + MAYUN[1] + "\n\n" + FILLER,
        # guard glued_stamp_digit_copies: a digit alone parts "手2机" in fewer than 3 copies
        _book(YONGZHENG[: DIGIT_COPIES - 1]),
        # guard glued_stamp_bounded: a paragraph the file holds twice
        _book((MAYUN[0], MAYUN[0])),
        # guard glued_stamp_disguised: a story's own repeated words with 下载 (made up)
        _book(("他第2次下载了那本书，心里很高兴。", "我第2次下载时，网断了。", "你第2次下载吧。")),
        # guard glued_stamp_disguised: the disguise near the copies but not in what they
        # share (made up, modelled on 阿吱，阿吱's "手-榴-弹": a web novel's hyphenated word)
        _book(
            (
                "真奇-怪-，他又下载了一个文件。",
                "太奇-怪-了，我又下载了一个游戏。",
                "真奇-怪-，你又下载了一个软件。",
            )
        ),
        # guard glued_stamp_not_path: a file's path named twice (jbts6/wuxia-novel's plan,
        # .trellis/tasks/.../07-18-game-kb-lite-skill-contracts/implement.md)
        _book(
            (
                "**Goal:** Repair the canonical V4 controller and Skill contract first, prove it "
                "against the tracked Chinese novel `古龙/剑神一笑/剑神一笑.txt`, and only then derive",
                "- Consumes: `C:/git/wuxia-novel/古龙/剑神一笑/剑神一笑.txt` through the normal "
                "controller preparation path.",
            )
        ),
        # guard glued_stamp_numeral, likewise: a count before 电子书 (made up)
        _book(
            ("他买了这3本电子书，很高兴。", "我看完这3本电子书时，天亮了。", "你读这3本电子书吧。")
        ),
        # sub-clause numeric_host_stamp wants the host glued into a sentence: one written
        # apart, spaces around it, stays (made up)
        _book(("他记下了网址 4020.cn 就走了。", "她也记下了网址 4020.cn 才走。")),
        # sub-clause numeric_host_stamp needs two copies: one stays
        _book(SISHI[:1]),
        # guard numeric_host_named: a company's site glued twice, the company named too
        _book(MAYUN_8848),
        # a host named with letters, glued twice (引导你走向成功's site): a cited site
        _book(("亲爱的会员朋友，梦工场网站www.cgmgc.com，有五万名成功学会员。",) * 2),
    ),
)
def test_repeated_glued_stamp_guards(text):
    assert repeated_stamps(normalize_text(text)) == []


BIEHE_ABOVE = (
    "《暗示》\n\n作者：遇瑾2014\n\n作品简述\n\n十几名武警荷枪实弹，将一个瘦弱女人押送至市精神病院。随后，"
    "院内怪事频发，死伤不断。网，缓缓张开，如夜色的弥漫……\n\n\n"
)
BIEHE_BLOCK = (
    "* * ** * ** * ** * ** * ** * ** * ** * *\n本书由“尹子”整理.\n\n想获得更多免费电子书请加小编微信："
    "ynventon \n\nQQ群：534205772 公众号（尹子书社）：yinwd2010\n\n小编喜欢结交一些喜欢读书的朋友 .\n\n"
    "为了方便书友朋友找书和看书，小编自己做了一个电子书博客，博客的名称为：尹子书社 \n\n"
    "网址： http://yinwd2010.blog.163.com/\n* * ** * ** * ** * ** * ** * ** * ** * ** *\n"
)
BIEHE_BELOW = (
    "\n\n第一章\u3000序章\n\n\n\u3000\u3000我本科读的是心理学。大一期间，我在老师们的推荐下，"
    "看了许多与心理有关的小说和电影。\n\n" + FILLER
)


def test_uploader_credit_block():
    text = normalize_text(BIEHE_ABOVE + BIEHE_BLOCK + BIEHE_BELOW)
    cuts = credit_blocks(text)
    assert [text[e.start : e.end] for e in cuts] == [normalize_text(BIEHE_BLOCK)]
    out = _clean(text)
    for gone in ("尹子", "微信", "QQ群", "yinwd2010", "* *"):
        assert gone not in out
    for kept in ("作品简述", "如夜色的弥漫……", "第一章", "我本科读的是心理学。"):
        assert kept in out


@pytest.mark.parametrize(
    "block",
    (
        # guard credit_block_framed: the same lines without the rules above and below
        BIEHE_BLOCK.split("\n", 1)[1].rsplit("* *", 1)[0].rsplit("\n", 1)[0] + "\n",
        # a framed author's note with one uploader's word (made up): a credit needs two
        "* * * * *\n本书由作者本人校对，感谢书友们的指正。\n* * * * *\n",
        # a framed block of story lines (made up around 老殘遊記's): no credit
        "* * * * *\n老残道：“我今天不走了。”\n小编说：“我加你微信，QQ也行。”\n* * * * *\n",
    ),
)
def test_uploader_credit_block_guards(block):
    assert credit_blocks(normalize_text(BIEHE_ABOVE + block + BIEHE_BELOW)) == []


def test_uploader_credit_block_only_near_the_edges():
    # the block's lines in the middle of a book (pages of 老殘遊記's lines before and after
    # it, more than EDGE_CHARS each side): a story may quote such a notice; the clause
    # reads only the front and the back
    story = STORY * 250
    assert len(story) > EDGE_CHARS
    text = normalize_text(BIEHE_ABOVE + story + BIEHE_BLOCK + story + BIEHE_BELOW)
    assert credit_blocks(text) == []
    # a framed section longer than BLOCK_LINES (a story's section between two "* * *"
    # breaks, its lines 老殘遊記's, with the block's lines in it) is no credit block
    inner = BIEHE_BLOCK.split("\n", 1)[1].rsplit("\n", 2)[0]
    section = (
        "* * * * *\n" + inner + "\n" + "\n".join([STORY.strip()] * BLOCK_LINES) + "\n* * * * *\n"
    )
    assert credit_blocks(normalize_text(BIEHE_ABOVE + section + BIEHE_BELOW)) == []


@pytest.mark.parametrize(
    "line",
    (
        "如果对鲍菲·谢的成绩网开一面，势必引起一轮新的、激烈的技术之战。",  # 王晋康科幻作品集
        "就当伯纳斯·李发明了万维网的时候，中国的网络英雄们正奔波在各自的命运之路上。",  # 激荡三十年
        "不时亦偶有佳作，如：“达菲的酒铺”，杰克·韦布的“法网”，还有那个来自西弗吉尼亚州的女英雄。",  # 光荣与梦想
        "约·维·斯大林在会上讲了话。",  # 斯大林传's name
        "他每天登录新·浪·网查看新闻。",  # made up: a site's name parted by "·" in a story
        "艾·伦·网球打得最好。",  # made up: a character's name "艾·伦" before 网球
        "文件放在中/国/网/index目录下。",  # made up: a path parted by "/"
    ),
)
def test_parted_name_dot_keeps_prose(line):
    text = normalize_text(f"{STORY}{line}\n\n{STORY}")
    assert parted_site_names(text) == []
    assert line in _clean(text)


def test_parted_name_dot_keeps_the_bracketed_stamp():
    # 货币战争's "[奇·书·网]": a bracket closes it, so it still goes
    line = "这是一个很好的问题。[奇·书·网]美联储的股东是谁？"
    text = normalize_text(f"{STORY}{line}\n\n{STORY}")
    assert [text[e.start : e.end] for e in parted_site_names(text)] == ["[奇·书·网]"]
    assert "这是一个很好的问题。美联储的股东是谁？" in _clean(text)


# 生死疲劳's disclaimer with 方与圆's parted stamp glued in (the two real lines joined)
STAMPED_NOTICE = (
    "作品仅供读者预览，奇#書*网收集整理请在下载24小时内删除，不得用作商业用途；"
    "为了让作者 莫言能提供更多更好的作品，请您购买请购买正版图书！"
)


def test_parted_name_only_where_no_older_cut():
    # promo_lines' overlap filter: the disclaimer's line cut holds the parted stamp; the
    # stamp is not cut a second time inside it
    text = normalize_text(f"{STAMPED_NOTICE}\n\n{STORY}{FILLER}")
    cuts = sorted(promotion_lines(text), key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in zip(cuts, cuts[1:], strict=False))
    assert [text[e.start : e.end] for e in cuts] == [STAMPED_NOTICE + "\n"]


@pytest.mark.parametrize(
    ("raw", "removed"),
    (
        (_book(MAYUN), 2 * len("奇书-整理-提供下载")),
        (_book(YONGZHENG), 4 * len("手2机电子书WWW．2009w．COM")),
        (_book(SISHI), 2 * len("4020.cn")),
        # with the two blank lines clause stamp_line_break takes (session 46): the block
        # stood between two breaks of two blank lines; one break of two stays
        (BIEHE_ABOVE + BIEHE_BLOCK + BIEHE_BELOW, len(BIEHE_BLOCK) + 2),
        # with its break and, at the text's start, the blank line after it (session 46's
        # review: no paragraph to part before it)
        (f"{STAMPED_NOTICE}\n\n{STORY}{FILLER}", len(STAMPED_NOTICE) + 2),
    ),
)
def test_removed_characters_reconcile(raw, removed):
    # the manifest's boilerplate_chars counts exactly the stamps' characters, and input
    # characters - removed = characters left
    text = normalize_text(raw)
    doc = remove_boilerplate(Document("zh", "zh.txt", text, "train"))
    assert doc.boilerplate_chars == removed
    assert len(text) - doc.boilerplate_chars == len(doc.text)
