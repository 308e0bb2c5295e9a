"""Clause ``repeated_source_line`` (transforms/source_lines.py): a web page's source
line or breadcrumb stamped alone through a book; guards ``source_line_alone``,
``source_line_repeated``, ``source_line_spread``."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.source_lines import SPREAD_CHARS, edition_comment_header, repeated_source_lines

# 白石老人自述 (hankinghu/literature-books): two paragraphs of the memoir and the site's
# line "文章来自艺术中国" that stands under every few pages of it (8 times).
STAMP = "文章来自艺术中国  "
P1 = (
    "\u3000\u3000离我们家不到十里，有个地方叫烟一岭，我们的家祠在那里，逢年过节，"
    "我们姓齐的人，那去上供祭拜，我在家乡时候，是常常去的。"
)
P2 = (
    "\u3000\u3000我高祖以上的事情，祖父在世时，对我说过一些，那时我年纪还小，又因出为时间"
    "隔得太久，我现在已记不得了，只知我高祖一辈的坟地，是在星斗塘。"
)
# 富爸爸穷爸爸系列丛书10册全集: the page's breadcrumb, 28 times.
CRUMB = "您所在的位置：登陆网站＞辞职创业前的10堂课＞正文回目录"


def _pages(stamp: str, n: int, paragraphs: int) -> str:
    """``n`` pages of the memoir's paragraphs, each closed by ``stamp`` on its own line."""
    page = "\r\n".join([P1, P2] * paragraphs)
    return "".join(f"{page}\r\n{stamp}\r\n" for _ in range(n)) + P1 + "\r\n"


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_repeated_source_line_baishi_memoir():
    """Clause repeated_source_line: 白石老人自述's "文章来自艺术中国" lines go, the memoir stays."""
    text = _pages(STAMP, 3, 12)
    assert len(text) > SPREAD_CHARS + 1000
    out = _clean(text)
    assert "文章来自艺术中国" not in out
    assert out.count("我们的家祠在那里") == 3 * 12 + 1
    assert out.count("是在星斗塘。") == 3 * 12


def test_repeated_source_line_breadcrumb():
    """Clause repeated_source_line: 富爸爸's breadcrumb line, each copy with its line break."""
    text = _pages(CRUMB, 4, 12)
    cuts = repeated_source_lines(text)
    assert [text[c.start : c.end] for c in cuts] == [CRUMB + "\r\n"] * 4


def test_source_line_alone_prose_stays():
    """Guard source_line_alone: the phrase inside a paragraph is prose."""
    line = "\u3000\u3000这篇文章来自艺术中国的一位读者，他说家祠就在烟一岭。"
    text = _pages(line, 3, 12)
    assert repeated_source_lines(text) == []


def test_source_line_repeated_and_spread_guards():
    """Guards source_line_repeated (two copies) and source_line_spread (three in a row)."""
    assert repeated_source_lines(_pages(STAMP, 2, 12)) == []
    listed = "\r\n".join([P1, STAMP, STAMP, STAMP, P2])
    assert repeated_source_lines(listed) == []


# oscarsun72/chtxt's 中庸.txt opening, its "#下載最新版本" line missing as in 28 of its texts.
ZHONGYONG = (
    "#如果您發現錯字、脫字、衍字，請反饋至: https://github.com/bgc2017/chtxt/issues\n"
    "#創建日期：2021/02/06\n"
    "#更新日期：2021/02/07\n"
    "\n"
    "# 中庸|〔先秦〕孔伋 撰\n"
    "\n"
    "天命之謂性，率性之謂道，修道之謂教。道也者，不可須臾離也，可離非道也。\n"
)


def test_edition_comment_header_chtxt_zhongyong():
    """Clause edition_comment_header: the "#" header of a short chtxt text goes, its
    Markdown title and text stay (guard markdown_heading_not_comment)."""
    out = _clean(ZHONGYONG)
    assert "更新日期" not in out and "bgc2017" not in out
    assert out.startswith("# 中庸|〔先秦〕孔伋 撰\n\n天命之謂性，率性之謂道，修道之謂教。")


# oscarsun72/chtxt's 南齊書.txt opening: the header, then its title written "#南齊書…".
NANQI = (
    "#下載最新版本，請訪問: https://github.com/bgc2017/chtxt\n"
    "#如果您發現錯字、脫字、衍字，請反饋至: https://github.com/bgc2017/chtxt/issues\n"
    "#創建日期: 2021/02/15\n"
    "#更新日期: 2021/02/15\n"
    "\n"
    "#南齊書〔南朝梁〕 蕭子顯\n"
    "\n"
    "## 序\n"
    "\n"
    "南齊書，八紀，十一志，四十列傳，合五十九篇，梁蕭子顯撰。\n"
)


def test_comment_header_needs_link_nanqishu_title_stays():
    """Guard comment_header_needs_link: 南齊書's title "#南齊書〔南朝梁〕 蕭子顯" under
    the header stays (a blank line ends the header; alone it is one line without a link);
    two "#" date lines without a link stay."""
    (cut,) = edition_comment_header(NANQI)
    assert NANQI[cut.end :].startswith("#南齊書〔南朝梁〕 蕭子顯\n")
    assert edition_comment_header(NANQI[cut.end :]) == []
    assert edition_comment_header(ZHONGYONG.split("\n", 1)[1]) == []


def test_source_line_repeated_two_far_copies_stay():
    """Guard source_line_repeated (review 34): two copies, far apart (the spread guard
    passes), stay."""
    text = _pages(STAMP, 2, 24)
    assert text.rfind(STAMP) - text.find(STAMP) > SPREAD_CHARS
    assert repeated_source_lines(text) == []
    assert len(repeated_source_lines(_pages(STAMP, 3, 24))) == 3


def test_source_line_sentence_and_length_guards():
    """A refrain that opens like a source line stays when it is two sentences, or longer
    than LINE_CHARS (review 34: both tests were unguarded)."""
    verse = "文章来自生活。生活来自人民"
    assert repeated_source_lines(_pages(verse, 4, 12)) == []
    long_line = "本文来自" + "烟一岭的家祠" * 7
    assert repeated_source_lines(_pages(long_line, 4, 12)) == []


def test_markdown_heading_not_comment_ends_header():
    """Guard markdown_heading_not_comment (review 34: untested, the header's blank line
    ended the run first): a heading right under the header stays; one "#" line with a
    link is not a header (MIN_HEADER_LINES)."""
    lines = ZHONGYONG.split("\n")
    text = "\n".join(lines[:3] + ["# 中庸|〔先秦〕孔伋 撰", "## 正文"] + lines[6:])
    (cut,) = edition_comment_header(text)
    assert text[cut.end :].startswith("# 中庸|〔先秦〕孔伋 撰\n## 正文\n")
    assert edition_comment_header(lines[0] + "\n\n" + "\n".join(lines[6:])) == []


def test_comment_header_needs_cjk():
    """Guard comment_header_needs_cjk (review 34): "#" lines with a link that hold no
    CJK character (a script's or an English note's opening) are not a Chinese
    edition's header."""
    text = "#Homepage: https://github.com/x/y\n#Author: x\n\nThe notes begin here.\n"
    assert edition_comment_header(text) == []


# 思想国 (熊培云, hankinghu/literature-books): each essay's title, byline and the author's
# site line; the prose here is 白石老人自述's (the memoir above), the site lines the book's.
SIGN = ("思想国 http://www.sixiangguo.com", "思想国：http://www.sixiangguo.com")


def _essays(sign: str, n: int) -> str:
    body = "\r\n".join([P1, P2] * 8)
    return "".join(f"第{i + 1}篇\r\n熊培云\r\n\u3000\u3000{sign}\r\n{body}\r\n" for i in range(n))


def test_repeated_link_signature_sixiangguo():
    """Clause repeated_link_signature: the site line under each byline goes; guard
    signature_not_in_prose: the site named in a sentence stays."""
    prose = "\u3000\u3000最近，我在思想国网站(www.sixiangguo.com)就此提问并得到一些答案。\r\n"
    text = _essays(SIGN[0], 2) + _essays(SIGN[1], 2) + prose
    assert len(text) > SPREAD_CHARS + 1000
    out = _clean(text)
    assert "思想国 http" not in out and "思想国：http" not in out
    assert "思想国网站(www.sixiangguo.com)就此提问" in out
    assert out.count("熊培云\n") == 4 and out.count("是在星斗塘。") == 32


def test_repeated_link_signature_guards():
    """The repeat and spread guards, and signature_name_not_number ("12. http://…", a note's
    source cited again, stays)."""
    assert "思想国 http://www.sixiangguo.com" in _clean(_essays(SIGN[0], 2))
    near = "".join(f"{P1}\r\n思想国 http://www.sixiangguo.com\r\n" for _ in range(3))
    assert _clean(near).count("思想国 http") == 3
    notes = _essays("12. http://www.census.gov/ipc/www/worldhis.html", 4)
    assert _clean(notes).count("census.gov") == 4


# 邻家的百万富翁 (hankinghu/literature-books, copied from ifeng.com): a linked word left as
# its address at a line end, the address again alone, the sentence going on under it.
ECHO = (
    "\u3000\u3000看看我们拥有的一切，从苹果手机到量身定做的套装，再到一年一换的http://auto.ifeng.com/\r\n"
    "\r\n    http://auto.ifeng.com/\r\n\r\n"
    "    汽车，即使是处在当前艰难的时期，我们也要把自己装扮得金光闪闪。\r\n"
)


def test_link_echo_line_neighbour_millionaire():
    """Clause link_echo_line: both copies of the address go and the sentence is whole."""
    out = _clean(ECHO)
    assert "ifeng" not in out
    assert "再到一年一换的汽车，即使是处在当前艰难的时期" in out


def test_link_echo_guards():
    """Guards echo_needs_same_link (another address under it) and echo_needs_glued_link
    (an address after a colon and a space is the book's)."""
    other = ECHO.replace("    http://auto.ifeng.com/\r\n", "    http://car.auto.ifeng.com/\r\n")
    assert _clean(other).count("ifeng.com") == 2
    spaced = ECHO.replace("一年一换的http", "一年一换的网址： http")
    assert _clean(spaced).count("http://auto.ifeng.com/") == 2


def test_broken_link_header_chtxt():
    """Clause broken_link_header: chtxt's header with "http/://" links is cut."""
    head = (
        "#下載最新版本，請訪問: http/://github.com/bgc2017/chtxt\n"
        "#如果您發現錯字、脫字、衍字，請反饋至: http/://github.com/bgc2017/chtxt/i//ue/\n"
        "#創建日期: 2021/01/31\n\n"
    )
    body = "魏晉南北朝詩\n\n青青河畔草，綿綿思遠道。\n"
    assert edition_comment_header(head + body) != []
    assert _clean(head + body).startswith("魏晉南北朝詩")


def test_repeated_link_signature_guards_review():
    """Review 34: guard signature_not_in_prose (a sentence naming the site, a space before
    the address and words after it, stays, also when the signature lines go), the repeat
    guard (two lines far apart stay) and the name length (a long clause before the address
    is prose)."""
    prose = "\u3000\u3000文章都贴在思想国 http://www.sixiangguo.com 上，欢迎来看。\r\n"
    out = _clean(_essays(SIGN[0], 4) + prose)
    assert "思想国 http://www.sixiangguo.com 上，欢迎来看。" in out
    assert out.count("sixiangguo") == 1
    two = _essays(SIGN[0], 1) + "\r\n".join([P1, P2] * 40) + "\r\n" + _essays(SIGN[0], 1)
    assert _clean(two).count("思想国 http") == 2
    long_name = "我把这些文章都放在了自己的网站上面 http://www.sixiangguo.com"
    assert _clean(_essays(long_name, 4)).count(long_name) == 4
