"""Clauses ``promotion_link_line`` and ``case_variant_address`` (session 35,
transforms/promo_lines.py) and ``watermark_scheme`` (transforms/watermarks.py), on the
real lines of the books named (hankinghu/literature-books, zzk6780051/novel)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.promo_lines import promotion_lines
from transforms.textedit import apply_edits
from transforms.watermarks import watermark_edits

# 世界营销绝招800例: two download-site lines between a section's last line and the next title.
MARKETING = (
    "也将迎接一个传真机时代的来临。\r\n\r\n"
    "●47.夏普颠倒了冰箱上下结构●\r\n\r\n"
    "本书来自www.abada.cn免费txt小说下载站\r\n\r\n"
    "更多更新免费电子书请关注www.abada.cn\r\n\r\n"
    "在众多有关冰箱新设计中，最具话题性的应该首推夏普牌的Work—Top冰箱。\r\n"
)
# 国富论 and 麦田里的守望者: a shop's advertisement line.
AMAZON = "卓越网购书 货到付款 全场免运费 http://www.amazon.cn/?source=shipengort-23 \n"


def _cut(text: str) -> str:
    return apply_edits(text, promotion_lines(text))[0]


def test_promotion_link_line_marketing():
    """Both site lines leave the cleaned text; the title and the prose stay."""
    out = clean_text(normalize_text(MARKETING)).text
    assert "abada" not in out and "免费txt" not in out
    assert "●47.夏普颠倒了冰箱上下结构●" in out
    assert "也将迎接一个传真机时代的来临。" in out
    assert "最具话题性的应该首推夏普牌的Work—Top冰箱。" in out


def test_promotion_link_line_shop_and_serial_site():
    """The amazon line and 仙逆's "注：…连载更新请到http://www.zhuaji.org…" go whole."""
    before = (
        "\u3000\u3000一国国民每年的劳动，本来就是供给他们每年消费的一切生活必需品和便利品的源泉。\n"
    )
    zhuaji = " 注：如果你发现本书未完属于连载更新请到http://www.zhuaji.org 获取最新更新TXT.......\n"
    assert _cut(AMAZON + before) == before
    assert _cut(before + zhuaji) == before


def test_promotion_line_guards():
    """Guards promotion_line_not_prose, promotion_line_alone, promotion_needs_book_word."""
    speech = (  # 修真高手在都市: speech with a stamp glued into it (not_prose)
        "    紫月琴一下子就喜欢上了：“真好看的东西。(www.mianhuatang.la 棉花糖小说网)”\n"
    )
    story = (
        "\u3000\u3000“www.cassell.edu.jp”，卡塞尔学院的日本语网站，“ERROR 404：Page Not Found”。\n"
    )
    sites = (  # 变成有钱人并不难: the book's own list of sites (no download or shop word)
        "和讯网（http://www.homeway.com.cn)，包括财经新闻、和讯投资、理财情报、理财规划、"
        "股市动态、外汇频道、基金视窗等栏目。 \n"
        "中国工商银行（http://www.icbc.com.cn），网上利率表、网上计算器、网上银行等。 \n"
    )
    glued = "学生和围观的村民全部惊呼起来……［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n"  # 白鹿原
    for text in (speech, story, sites, glued):
        assert promotion_lines(text) == []
    long_line = "这本书讲的是一个人怎样在小说网站上更新他的txt电子书，" * 3 + "www.abada.cn\n"
    assert promotion_lines(long_line) == []  # promotion_line_alone (over 80 characters)


# 曾国藩全集: the site's address glued into paragraphs in two case spellings.
ZENG = (
    "    挥罗大纲、殿左七指挥周国虞等率领所部连夜向长江下游方向奔去。WWw.dU.LA第二天下午，在樊口一\n"
    "    湖南乡下有躲生的习俗。www.Du.La\n"
    "    “我今年三十四岁，已娶妻生子。www.Du.La”容闳答。\n"
)


def test_case_variant_address_zeng_guofan():
    """Every copy goes, the paragraphs stay whole."""
    assert _cut(ZENG) == (
        "    挥罗大纲、殿左七指挥周国虞等率领所部连夜向长江下游方向奔去。第二天下午，在樊口一\n"
        "    湖南乡下有躲生的习俗。\n"
        "    “我今年三十四岁，已娶妻生子。”容闳答。\n"
    )


def test_case_variant_guards():
    """Guards case_variant_needs_two (one spelling) and case_variant_irregular (two
    regular spellings a book may write), and the copy count."""
    one = ZENG.replace("WWw.dU.LA", "www.Du.La")
    regular = "我常上www.Google.com查资料。\n后来www.google.com打不开了。\n只好用www.google.com。\n"
    two_copies = "\n".join(ZENG.split("\n")[:2]) + "\n"
    for text in (one, regular, two_copies):
        assert promotion_lines(text) == []


# 周作人文集: each essay's source line, and under it the site's stamp with its "http://";
# the same book's stamp in a mixed-width spelling (the disguise site_watermark needs).
ZHOU = (
    "www、xiaoshuotxt.net＿t＿xt，小说天堂\r\n\r\n"
    "（1921年9月作，选自《谈虎集》）\r\nhttp://www.xiaoshuotxt.net小 说 天 堂\r\n\r\n"
    "（1922年2月作，选自《自己的园地》）\r\nhttp://www.xiaoshuotxt.nett/xt.小/说.天+堂\r\n\r\n"
    "（1923年：月作，选自《谈虎集》）\r\nhttp://www.xiaoshuotxt.nettxt小xiaoshuo说天堂\r\n"
)


def test_watermark_scheme_zhou_zuoren():
    """The stamp goes with its "http://" (it stayed alone at the line's end)."""
    out = apply_edits(ZHOU, watermark_edits(ZHOU))[0]
    assert "http" not in out
    assert "（1922年2月作，选自《自己的园地》）" in out


def test_promotion_needs_cjk():
    """Guard promotion_needs_cjk: a text with no CJK character in its first and middle
    10,000 characters is not read (Shakespeare's Sonnet 18 as the English text)."""
    sonnet = (
        "Shall I compare thee to a summer's day?\n"
        "Thou art more lovely and more temperate:\n"
        "Rough winds do shake the darling buds of May,\n"
    )
    text = sonnet * 300 + "更多更新免费电子书请关注www.abada.cn\n"
    assert promotion_lines(text) == []
    assert len(promotion_lines(sonnet + "更多更新免费电子书请关注www.abada.cn\n")) == 1


def test_promotion_lines_counted_and_kept():
    """Review (session 35): the site_ad rule's new cuts count in the document's
    ``boilerplate_chars`` (the manifest's sum), and ``--keep-boilerplate`` keeps them."""
    from pipeline import options
    from pipeline.build_config import config_from_args
    from schemas import Document
    from transforms.boilerplate import remove_boilerplate

    before = (
        "\u3000\u3000一国国民每年的劳动，本来就是供给他们每年消费的一切生活必需品和便利品的源泉。\n"
    )
    raw = normalize_text(before + AMAZON + before)
    doc = remove_boilerplate(Document("smith", "smith.txt", raw, "train"))
    assert "amazon" not in doc.text and doc.text.count("一国国民") == 2
    assert doc.boilerplate_chars == len(raw) - len(doc.text) > 0
    args = ["--input", "x", "--output", "o", "--tokenizer", "t", "--keep-boilerplate"]
    keep = config_from_args(options.dataset_parser().parse_args(args), 0, ()).clean
    assert "amazon" in clean_text(raw, keep).text
    kept = remove_boilerplate(Document("smith", "smith.txt", raw, "train"), keep.boilerplate)
    assert kept.boilerplate_chars == 0 and "amazon" in kept.text


def test_promotion_guards_review():
    """Review (session 35): guards no test held alone. promotion_needs_book_word: a
    book's line on where to get a program (two ad words, no book-site word) stays;
    two words: one ad word ("电子书") is not enough; case_variant_needs_two: an address
    in one spelling, even an irregular one ("wWw.ebay.com", three times), is no disguise
    against search-and-replace."""
    program = "Python的最新版本可以从http://www.python.org免费下载\n"
    standard = "电子书的格式标准见http://www.idpf.org\n"
    ebay = "他在wWw.ebay.com上卖旧书。\n" * 3
    for text in (program, standard, ebay):
        assert promotion_lines(text) == []


def test_promotion_line_narrated():
    """Review guard promotion_line_narrated (session 35): a story's line about a person
    on the internet, with a site's words, stays (lines written for the test: the five
    mirrors hold none; every line the clause cuts there is a site's)."""
    for line in (
        "\u3000\u3000他登录www.taobao.com，买了一本电子书。\n",
        "\u3000\u3000老王的网上书屋www.laowang.com开张了，她关注着每一笔购书订单\n",
        "\u3000\u3000他发来一个链接：http://www.xx.com/txt/123，说是小说的更新\n",
    ):
        assert promotion_lines(line) == []
    assert len(promotion_lines("更多其他txt电子书，欢迎您到www.luo8.com下载\n")) == 1


def test_case_variant_brand():
    """Review guard case_variant_brand (session 35): a brand's mixed case in its name
    ("TaoBao", "eBay") beside the lower-case spelling is no disguise: every copy stays
    (lines written for the test); a disguised "www" or ending still goes."""
    text = (
        "\u3000\u3000马云说，www.TaoBao.com要让天下没有难做的生意。\n"
        "\u3000\u3000那一年，www.taobao.com的交易额超过了www.eBay.com在中国的对手。\n"
        "\u3000\u3000用户从www.taobao.com转到了www.ebay.com。\n"
    )
    assert promotion_lines(text) == []
    disguised = text.replace("www.TaoBao.com", "wWw.taobao.com")
    assert len(promotion_lines(disguised)) == 3
