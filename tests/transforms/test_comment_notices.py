"""Clause html_comment_notice (transforms/comment_notices.py, called from
transforms/web_notices.py): a download site's banner inside an HTML comment
whose lines are set off by blank lines. Real text: the end of 美的历程 (李泽厚)
and of 时间简史.TXT as bookbao.com served them (hankinghu/literature-books on
GitHub); the same banner closes nine of that repository's e-books."""

from transforms.boilerplate import strip_boilerplate
from transforms.sections import find_headings

BODY = (
    "\u3000\u3000俱往矣。然而，美的历程却是指向未来的。\n\n\n 一九七九年春于和平里九区一号\n\n\n\n"
)
# 美的历程.txt's last lines, as in the file (the blank lines hold two spaces).
BANNER = (
    "<!--\n"
    "--------------------------------------------------------------\n"
    "  \n"
    "  书籍名称：美的历程  作者：李泽厚\n"
    "  \n"
    "  本书籍由网友“Biker”上传  日期：2012-1-21 23:02:40\n"
    "  \n"
    "  书包网 http://www.bookbao.com - TXT电子书免费分享平台\n"
    "\n"
    "  Web2.0小说网站，和好友一起上传、下载、分享TXT全本小说。\n"
    "  \n"
    "  所有小说仅供试阅，请于下载后24小时内删除，阅读全本请购买实体书。\n"
    "  \n"
    "--------------------------------------------------------------\n"
    "-->\n"
)
# 时间简史.TXT: the same banner with its name, link and notice lines blank.
BLANK_BANNER = (
    "<!--\n"
    "--------------------------------------------------------------\n"
    "  \n"
    "  书籍名称：时间简史  作者：史蒂芬·霍金\n"
    "  \n  \n  \n\n  \n  \n  \n"
    "--------------------------------------------------------------\n"
    "-->\n"
)
GLOSSARY = "    白矮星：一种由电子之间不相容原理排斥力所支持的稳定的冷的恒星。\n"


def test_html_comment_notice_cuts_the_banner_with_blank_lines():
    """The banner goes whole, "<!--" and "-->" with it, the book's last lines
    stay; before, the banner stayed and "<!--" over the rule line was a heading."""
    text = BODY * 300 + BANNER
    clean, edits = strip_boilerplate(text)
    assert clean.rstrip().endswith("一九七九年春于和平里九区一号")
    assert "<!--" not in clean and "bookbao" not in clean and "-->" not in clean
    assert clean.count("俱往矣") == 300
    assert not [h for h in find_headings(clean) if "<!--" in h.title]
    assert [e.rule for e in edits] == ["web_notice"]


def test_html_comment_notice_in_the_middle_with_link_and_notice_word():
    """Books joined into one file carry the banner between them: a link and a
    notice word inside the comment are enough anywhere in the text."""
    text = BODY * 20 + BANNER + BODY * 20
    clean, _ = strip_boilerplate(text)
    assert "bookbao" not in clean and "<!--" not in clean
    assert clean.count("俱往矣") == 40


def test_html_comment_notice_blank_banner_only_at_an_edge():
    """时间简史.TXT's banner without a link is cut at the text's end (a rule
    line frames it); the same comment inside the text is kept."""
    clean, _ = strip_boilerplate(GLOSSARY * 40 + BLANK_BANNER + "\x00\x00")
    assert "<!--" not in clean and "书籍名称" not in clean
    assert clean.count("白矮星") == 40
    kept, _ = strip_boilerplate(GLOSSARY * 40 + BLANK_BANNER + GLOSSARY * 40)
    assert "书籍名称：时间简史" in kept


def test_html_comment_notice_leaves_html_examples():
    """A comment in a line of HTML, or a comment example without link and
    notice word and without a rule line, is text (an HTML primer's lines)."""
    example = (
        "Comments are written like this:\n\n"
        "<!--\n  This paragraph is hidden from the reader.\n-->\n"
        '<p class="note"><!-- see http://www.w3.org/TR/html4/ --> Download the file.</p>\n'
    )
    clean, edits = strip_boilerplate(example * 3)
    assert clean == example * 3 and edits == []


def test_html_comment_notice_edge_walk_passes_the_comment():
    """时间简史(1).txt: 奇书网's notice glued over the banner goes too; before the
    banner's inner paragraph (with its link) stopped the walk from the edge."""
    notice = "更多精彩好书，更多原创手机电子书，请登陆奇书网--Www.Qisuu.Com\n"
    clean, _ = strip_boilerplate(BODY * 700 + "小辞典、感谢\n\n" + notice + BANNER)
    assert clean.rstrip().endswith("小辞典、感谢") and "Qisuu" not in clean


def test_soujie_credit():
    """美的历程: the collector's credit line over the banner is a notice."""
    credit = "华中科技大学人文学社搜集renwenxueshe.blog.tianya.cn\n\n\n"
    clean, _ = strip_boilerplate(BODY * 700 + credit + BANNER)
    assert clean.rstrip().endswith("一九七九年春于和平里九区一号") and "tianya" not in clean


def test_html_comment_notice_window_end_is_no_close():
    """Review (session 27): a "-->" that only looks like a line of its own because
    the 3,000-character window ends right after it ("-->" then prose on its line)
    closes nothing; before, the comment and the 2,900 characters under it went."""
    head = "<!--\n书包网 http://www.bookbao.com 下载\n"
    prose = "\u3000\u3000俱往矣。然而，美的历程却是指向未来的。\n"
    body = head + prose * ((2990 - len(head)) // len(prose))
    body += "x" * (2996 - len(body)) + "\n-->继续这一段的正文。\n"
    clean, _ = strip_boilerplate(body + BODY * 300)
    assert "继续这一段的正文" in clean and clean.count("俱往矣") == body.count("俱往矣") + 300
