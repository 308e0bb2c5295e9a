"""Rule site_ad (transforms/site_ads.py, a boilerplate rule): a Chinese e-book
site's advertisement lines. Real text: the TXT files of hankinghu/literature-books
on GitHub (24堂财富课 and 宏观经济学 from bookbao.com, 时间简史(1) and 货币战争 from
奇书网, 狼图腾's web copy, 大秦帝国's 27xs.com copy, 博赞学习技巧's last paragraph);
the prose kept comes from the same repository (大败局, 家庭理财, 致命的诱惑's
dialogue, 人类简史's notes) and MDN's zh-CN page on HTML comments."""

from transforms.boilerplate import BoilerplateConfig, strip_boilerplate
from transforms.site_ads import (
    bracketed_ads,
    edge_ad_lines,
    marker_comments,
    repeated_stamps,
    site_ads,
)

NO_AD = BoilerplateConfig(rules=tuple(r for r in BoilerplateConfig().rules if r != "site_ad"))

# 24堂财富课 (bookbao.com), paragraphs as in the file: the stamp alone on a line
# and glued after a paragraph's last mark, spaced three ways.
P1 = (
    "\u3000\u3000陈笛：“我可以采用奖金制度，给员工按工作好坏、贡献多少发奖金。”"
    "书包网 txt小说上传分享\n\n"
)
P2 = "\u3000\u3000书 包 网 txt小说上传分享\n\n"
P3 = (
    "\u3000\u3000“尹先生做过工厂英语资料译员、重庆广播电视大学英语教师、重庆出版社编辑。"
    "1985年底，他创办重庆长江书刊公司，是重庆最早的书商，也小有成就。”\n\n"
)
P4 = (
    "\u3000\u3000“我跟你舅舅说，如果菜单这么长，他就永远不可能把餐馆做成规模化的公司，"
    "也就不可能靠公司股权价值的上升赚钱，而只能靠日复一日卖餐饮、收利润赚些小钱。"
    "书包网 txt小说上传分享\n\n"
)


def test_repeated_stamp_alone_and_glued():
    text = P3 + P1 + P3 + P2 + P3 + P4 + P3
    out, edits = strip_boilerplate(text)
    assert "书包" not in out and "书 包" not in out
    assert out.count("尹先生") == 4 and "发奖金。”\n" in out and "赚些小钱。\n" in out
    assert {e.rule for e in edits} == {"site_ad"}
    assert strip_boilerplate(text, NO_AD)[0] == text  # nothing else cuts them


def test_repeated_stamp_needs_three_copies():
    text = P3 + P1 + P3 + P2 + P3
    assert repeated_stamps(text, _lines(text)) == []


def test_stamp_after_a_footnote_number():
    # 宏观经济学's "……微不足道。5书包网 txt小说上传分享" (not counted: "5" is no
    # mark) ends with a stamp counted elsewhere: the stamp goes, the 5 stays
    line = "\u3000\u3000他们还认为，财政政策对产出和价格的影响都将显得微不足道。5书包网 txt小说上传分享\n\n"
    text = P1 + P2 + P3 + P4 + line + P3
    out = strip_boilerplate(text)[0]
    assert "微不足道。5\n" in out and "书包" not in out


def test_repeated_reference_link_kept():
    # clause stamp_site_words: a link with neither a site name nor a download
    # word, ending three lines (人类简史's notes; a "参见 http://..." reference)
    ref = "http://www.who.int/whr/2004/en/report04_en.pdf.\n\n"
    see = "\u3000\u3000这一数字来自世界卫生组织的报告。参见 http://www.who.int\n\n"
    text = (P3 + ref + see) * 3
    assert site_ads(text) == []


def _lines(text):
    from transforms.site_ads import _lines as lines

    return lines(text)


# 时间简史(1).txt's first lines (奇书网): the notice sits under three title lines.
HEAD = (
    "《时间简史》——从大爆炸到黑洞\n作者：史蒂芬·霍金\n译者：许明贤、吴忠超译\n\n"
    "申明:本书由奇书网(Www.Qisuu.Com)自网络收集整理制作,仅供预览交流学习使用,"
    "版权归原作者和出版社所有,如果喜欢,请支持订阅购买正版.\n\n"
)
BODY = (
    "宇宙论是一门既古老又年轻的学科。作为宇宙里高等生物的人类不会满足于自身的生存和种族的绵延，"
    "还一代代不懈地探索着存在和意识的起源。\n\n"
) * 3


def test_edge_ad_line_under_title_lines():
    text = HEAD + BODY
    out = strip_boilerplate(text)[0]
    assert out.startswith(
        "《时间简史》——从大爆炸到黑洞\n作者：史蒂芬·霍金\n译者：许明贤、吴忠超译\n\n宇宙论"
    )
    assert "奇书网" not in out
    assert strip_boilerplate(text, NO_AD)[0] == text  # edge_notice stopped at the title


def test_glued_edge_ad_keeps_the_paragraph():
    # clause glued_edge_ad: 博赞学习技巧's last paragraph
    last = (
        "    接下来所讲的技巧用于解决妨碍你进步的回跳、视觉游离和复读等问题，并且使你在每次"
        "凝视时摄入越来越多的单词，正如图C所示的那样。免责声明:本书由中华图书目录"
        "(www.cndmoz.com)网络收集整理制作，版权归原作者和出版社所有，下载后请在24小时内删除！"
        "如果喜欢,请购买正版！\n"
    )
    text = BODY + last
    out = strip_boilerplate(text)[0]
    assert out.endswith("正如图C所示的那样。\n") and "免责声明" not in out


def test_edge_walk_stops_at_prose():
    # a notice line under the first paragraph of prose is no edge line
    text = BODY[: len(BODY) // 3] + HEAD.split("\n\n", 1)[1] + BODY
    assert edge_ad_lines(text, _lines(text)) == []


def test_site_list_at_the_end_kept():
    # 家庭理财's list of web sites, each with its link, ends a chapter; at the
    # text's end they have no two download words
    sites = (
        "财智家庭理财中心(http://www.imoney.com.cn)，介绍债券、外汇交易、银行服务、信用卡等知识及投资方向测试等。\n"
        "平安个人理财网站（http://www.pa18.com/finance/docc/home.jsp)，设有理财建议书、理财情报站、我的会计师、资产净值计算等内容。\n"
        "１.《中华读书报》(http://www.gmw.com.cn/gmw/ds)主要栏目有新书看台、编辑荐书、好书告诉你等。\n"
        "７.人民网人民书城（http://www.booker.com.cn/）设有今日推荐、最新出版消息、新书展示台等栏目。\n"
    )
    for text in (BODY + sites, sites + BODY):
        assert site_ads(text) == []


def test_dialogue_with_address_kept():
    # 致命的诱惑: a character dictates an e-mail address, three times a line end
    speech = "“用邮件，naj@hotmail.com，我再说一遍，naj@hotmail.com，尽快把那个发给我。”\n\n"
    text = (BODY + speech) * 3
    assert site_ads(text) == []


def test_bracketed_ad_in_a_sentence():
    line = "李斯摆摆手，道：“此乃后话。眼下还要委屈君侯受刑。”[TXT小说下载：www.27xs.com]\n"
    text = BODY + line + BODY
    out = strip_boilerplate(text)[0]
    assert "眼下还要委屈君侯受刑。”\n" in out and "27xs" not in out
    assert len(bracketed_ads(text)) == 1


def test_bracketed_source_kept():
    # 货币战争: a source in brackets has no download word
    line = "《美国，从自由到法西斯》[来源：http://www.freedomtofascism.com]是一部纪录片。\n"
    assert bracketed_ads(line) == []


MARK = "<!--BookContent Start-->\n"
WOLF = (
    "\u3000\u3000陈阵第一次见到狼是在额仑草原，那年他二十一岁。草原上的狼群像一支军队，"
    "在白毛风里包围了马群。\n\u3000\u3000毕利格老人说，狼是腾格里派来保护草原的。\n"
)


def test_marker_comment_lines():
    text = (
        "    ------------------------\n\n" + MARK + WOLF * 4
    ) * 3 + '<IMG height=300 src="000038_3552_0.GIF" width=360 border=0>\n'
    out = strip_boilerplate(text)[0]
    assert "BookContent" not in out and out.count("陈阵") == 12


def test_marker_comment_needs_three_and_no_markup():
    text = ("    ------------------------\n\n" + MARK + WOLF * 4) * 2
    assert marker_comments(text) == []
    # MDN zh-CN's HTML comment example, repeated in a primer among its tags
    primer = (
        "HTML 注释的写法如下，浏览器不会显示注释中的内容：\n<!-- 这是一个注释 -->\n"
        "<p>我在注释外！</p>\n"
    ) + WOLF * 4
    assert marker_comments(primer * 3) == []


def test_stamp_keeps_the_gap_over_a_title():
    # clause stamp_keeps_gap: 周作人文集's layout, a stamp under an essay's date
    # line and three blank lines over the next essay's title
    essay = (
        "\u3000\u3000卖糖者大率用担，但非是肩挑，实只一筐，俗名桥篮。\n"
        "（1937年8月作，选自《秉烛后谈》）\n书包网 txt小说上传分享\n\n\n\n 卖糖\n\n\n"
    )
    out = strip_boilerplate(essay * 3)[0]
    assert out.count("《秉烛后谈》）\n\n\n\n 卖糖") == 3 and "书包网" not in out


# Review (session 27): lines a book writes itself, each three times, with a
# 网 that is no site's name, a note's link in brackets, a preface's link.
# The prose around them is 论语's first chapter (shared data zh_classics).
LUNYU = (
    "\u3000\u3000子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？"
    "人不知而不愠，不亦君子乎？”\n\n"
)


def test_stamp_site_name_ends():
    # clause stamp_site_name_ends: the 网 of 网友, 上网, 互联网 in a heading or
    # an attribution a compiled book repeats is no site's name
    for line in (
        "精彩网友评论",
        "（天涯网友）",
        "上网阅读",
        "互联网免费模式",
        "——来自天涯网友分享",
    ):
        text = (LUNYU + line + "\n\n") * 3
        assert site_ads(text) == [], line
    stamp = (LUNYU + "手机电子书·飞库网 更新时间:2006-7-24 10:34:00\n\n") * 3
    assert len(site_ads(stamp)) == 3  # 飞库网 before a space is a name


def test_bracketed_ad_book_words():
    # clause bracketed_ad_book_words: a note's link with 下载, 更多 or 阅读 is the
    # book's own; a site's bracket names e-books, 小说网, txt or 好书
    for note in (
        "安装Python[下载地址：www.python.org]后即可运行。",
        "世界卫生组织的报告[阅读全文：http://www.who.int/whr/]说明了这一点。",
        "［更多资料见 www.who.int］",
        "[数据文件：www.example.org/data.txt]",
    ):
        assert bracketed_ads(LUNYU + note + "\n" + LUNYU) == [], note
    assert len(bracketed_ads(LUNYU + "［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n")) == 1


def test_edge_ad_book_words():
    # clause edge_ad_book_words: a preface's first paragraph under its title
    # line, with a link and 免费/下载/更多, is the book's
    for first in (
        "本书的读者可以免费下载书中的代码，更多内容见www.example.com/code。",
        "网上免费阅读的时代，更多人在www.zhihu.com分享知识。",
    ):
        text = "序\n作者：某某\n\n" + first + "\n\n" + LUNYU * 3
        assert edge_ad_lines(text, _lines(text)) == [], first


def test_longest_stamp_first():
    # (also clause glued_stamp_not_line: the same paragraph three times with the
    # address glued to it keeps the paragraph)
    # 张居正's copy (xiaoshuotxt.net): the address alone on lines and its tail
    # glued after paragraphs; the line loses the whole address, not its tail
    glued = LUNYU.rstrip("\n") + "xiaoshuotxt.net\n\n"
    text = (LUNYU + "www.xiaoshuotxt.net\n\n\n\n" + glued) * 3
    out = strip_boilerplate(text)[0]
    assert "www" not in out and "xiaoshuotxt" not in out and out.count("君子乎？”") == 6
