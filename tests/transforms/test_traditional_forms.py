"""Clause traditional_ad_words (transforms/traditional_forms.py, read by
transforms/site_ads.py): a Traditional Chinese e-book's download notice is cut as
its Simplified twin is. Real text: the head of 西遊記 in oscarsun72/chtxt on GitHub
(x.小說/明_吳承恩_西遊記.txt; every one of its 84 texts opens with the same notice)
and 世說新語's 德行 11 from the same repository (prose that reads books, kept)."""

from transforms.boilerplate import strip_boilerplate
from transforms.site_ads import edge_ad_lines, site_ads
from transforms.traditional_forms import simplified_forms
from transforms.web_notices import web_notices

NOTICE = "#下載最新版本，請訪問: https://github.com/bgc2017/chtxt\n"
HEAD = (
    "#如果您發現錯字、脫字、衍字，請反饋至: https://github.com/bgc2017/chtxt/issues\n"
    "#創建日期: 2021/02/16\n"
    "#更新日期: 2021/10/08\n"
    "\n"
    "# 西遊記|〔明〕吳承恩 著\n"
    "\n"
    "## 第一回\u3000靈根育孕源流出\u3000心性修持大道生\n"
    "\n"
    "\u3000\u3000詩曰：\n"
    "\n"
    "\u3000\u3000混沌未分天地亂，茫茫渺渺無人見。\n"
)


def test_traditional_notice_line_cut_as_simplified_one():
    simplified = simplified_forms(NOTICE)
    assert simplified == "#下载最新版本，请访问: https://github.com/bgc2017/chtxt\n"
    # the Simplified twin was cut before the clause; the Traditional line now is.  Since
    # session 34 (clause edition_comment_header) the "#如果您發現錯字…/#創建日期/#更新日期"
    # header under it goes too: the text starts at the book's own title line.
    body = HEAD[HEAD.index("# 西遊記") :]
    assert strip_boilerplate(HEAD)[0] == body
    assert strip_boilerplate(simplified + HEAD)[0] == body
    out, _ = strip_boilerplate(NOTICE + HEAD)
    assert out == body
    assert [(e.start, e.end, e.rule) for e in edge_ad_lines(NOTICE + HEAD)] == [
        (0, len(NOTICE), "site_ad")
    ]


# the paragraph after 詩曰's verse, up to 四象 (西遊記, 第一回)
PROSE = (
    "\u3000\u3000蓋聞天地之數，有十二萬九千六百歲為一元。將一元分為十二會，乃子、丑、寅、卯、"
    "辰、巳、午、未、申、酉、戌、亥之十二支也。每會該一萬八百歲。且就一日而論：子時得陽氣，"
    "而丑則雞鳴；寅不通光，而卯則日出；辰時食後，而巳則挨排；日午天中，而未則西蹉；申時晡，"
    "而日落酉，戌黃昏，而入定亥。譬於大數，若到戌會之終，則天地昏曚而萬物否矣。再去五千四百歲，"
    "交亥會之初，則當黑暗，而兩間人物俱無矣，故曰混沌。又五千四百歲，亥會將終，貞下起元，"
    "近子之會，而復逐漸開明。邵康節曰：「冬至子之半，天心無改移。一陽初動處，萬物未生時。」"
    "到此，天始有根。再五千四百歲，正當子會，輕清上騰，有日，有月，有星，有辰。日、月、星、辰，"
    "謂之四象。\n"
)


def test_traditional_edge_notice_block_cut_as_simplified_one():
    # in a text longer than its two edges the whole notice paragraph (four lines,
    # a link and "下載"/"請訪問") is an edge notice, as its Simplified twin was
    text = NOTICE + HEAD + "\n" + PROSE
    simplified = simplified_forms(NOTICE + HEAD) + "\n" + PROSE
    block = len(NOTICE) + HEAD.index("\n\n") + 2  # with the blank line under it
    assert [(e.start, e.end) for e in web_notices(simplified, 200)] == [(0, block)]
    assert [(e.start, e.end, e.rule) for e in web_notices(text, 200)] == [(0, block, "web_notice")]


def test_one_download_word_and_book_prose_kept():
    # the second notice line has a link but one download word ("txt"): kept,
    # as its Simplified form is; prose that reads books (讀書, 書) has no link
    assert site_ads(HEAD) == []
    prose = (
        "11. 管寧、華歆共園中鋤菜，見地有片金，管揮鋤與瓦石不異，華捉而擲去之。"
        "又嘗同席讀書，有乘軒冕過門者，寧讀如故，歆廢書出看。"
        "寧割席分坐曰：「子非吾友也。」\n"
    )
    assert site_ads(prose * 3) == []


def test_simplified_forms_keeps_length_and_other_characters():
    s = "電子書下載 台灣小說網 www.twkan.com 靈根育孕"
    out = simplified_forms(s)
    assert out == "电子书下载 台灣小说网 www.twkan.com 靈根育孕"
    assert len(out) == len(s)
