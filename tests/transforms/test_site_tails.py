"""Clauses ``repeated_address_tail`` and ``bracketed_book_site`` (transforms/site_tails.py),
``promotion_length_outside_address`` (transforms/promo_lines.py) and
``echo_after_quote_colon`` (transforms/source_lines.py), session 35 branch wtG2, on the
real lines of the books named (hankinghu/literature-books, zzk6780051/novel)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.promo_lines import promotion_lines
from transforms.textedit import apply_edits

FOOTER = (
    "网：新加坡国立大学MBA交流园地。免费整理，欢迎转载，请勿用于商业用途。欢迎访问www.mbaasia.net"
)
# 富爸爸穷爸爸系列丛书10册全集: the page footer glued after the text, the page number after it.
RICH = (
    "“如果钱在你的头脑中没有处于第一位，那么它不会粘到你的手上。” \r\n \r\n"
    f"知道真正的风险是什么 {FOOTER}   61\r\n"
    "训练你的大脑认识钱，第二步是学会识别真正的风险是什么。\r\n"
    f"    “资产是把钱放到我兜里的东西； {FOOTER}   62\r\n"
    "负债是把钱从我兜里拿出来的东西。”\r\n"
    f"{FOOTER}   65\r\n"
    "象限左侧的人事实上不需要知道这种区别。\r\n"
)
# 第二个太阳: a site's tail after the story's line.
SUN_TAIL = " www.vnko.net 盈科数码手机玩家俱乐部】"
SUN = (
    f"“把三等车厢让给同学们。”{SUN_TAIL}\n\n"
    f"他的声音是开朗的、柔和的，甚至是年轻的。{SUN_TAIL}\n\n"
    f"她能够挺得住吗？{SUN_TAIL}\n\n"
)
# 曾国藩全集: a site's name in brackets glued into the sentences.
ZENG = (
    "曾国藩想：这个杨国栋真是摹仿古物的奇才。（读啦文学网）这种以假乱真的本事，天下怕难找出第二个。\n"
    "激励后世读书人。（读啦文学网）他想起谢绝张亮基相邀之事。\n"
    "地回答：“是本都颜癞子告诉我的。（读啦文学网网友发布）”\n"
)
# 重生后我成了打脸专业户 / 快穿之完美命运: a site's line of 95 characters.
IXDZS = (
    "爱下电子书Txt版阅读，下载和分享更多电子书请访问:http://www.ixdzs.com,"
    "手机访问:http://m.ixdzs.com,E-mail:support@ixdzs.com\n"
)
# 邻家的百万富翁: the linked brand names left as their addresses, glued to a quote and a colon.
CARS = (
    "他们想开什么品牌的车？很少有人会说“http://car.auto.ifeng.com/brand/20016\n\n"
    " http://car.auto.ifeng.com/brand/20016\n\n"
    "丰田”。你会听到许多人回答：http://car.auto.ifeng.com/brand/20007\n\n"
    " http://car.auto.ifeng.com/brand/20007\n\n"
    "奔驰、宝马、捷豹，等等。\n"
)


def _cut(text: str) -> str:
    return apply_edits(text, promotion_lines(text))[0]


def test_repeated_address_tail_rich_dad():
    """The footer and its page number go; the glued text stays whole, the footer's own
    line goes with its break."""
    out = clean_text(normalize_text(RICH)).text
    assert "mbaasia" not in out and "新加坡国立大学" not in out
    assert "知道真正的风险是什么\n" in out or out.count("知道真正的风险是什么") == 1
    assert "“资产是把钱放到我兜里的东西；" in out
    assert "61" not in out and "62" not in out and "65" not in out
    assert _cut(RICH).count("\r\n") == RICH.count("\r\n") - 1


def test_repeated_address_tail_second_sun():
    """第二个太阳's tail goes with its space; the story's lines stay as written."""
    assert _cut(SUN) == (
        "“把三等车厢让给同学们。”\n\n他的声音是开朗的、柔和的，甚至是年轻的。\n\n她能够挺得住吗？\n\n"
    )


def test_address_tail_repeated_and_promotes_guards():
    """Guards address_tail_repeated (two copies stay) and address_tail_promotes (a note's
    source under three notes, no promotion word, stays)."""
    two = SUN.split("\n\n", 2)
    kept = "\n\n".join(two[:2]) + "\n\n"
    assert _cut(kept) == kept
    notes = "".join(
        f"{n}. 我们的数字见 资料来源：美国人口普查局网站www.census.gov\n" for n in (12, 15, 19)
    )
    notes = "人口的统计口径在各国并不一样。\n" + notes
    assert _cut(notes) == notes


def test_bracketed_book_site_zeng():
    """Every "（读啦文学网…）" goes, the sentences around it stay whole."""
    assert _cut(ZENG) == (
        "曾国藩想：这个杨国栋真是摹仿古物的奇才。这种以假乱真的本事，天下怕难找出第二个。\n"
        "激励后世读书人。他想起谢绝张亮基相邀之事。\n"
        "地回答：“是本都颜癞子告诉我的。”\n"
    )


def test_bracketed_site_guards():
    """Guards bracketed_site_repeated (two copies stay) and bracketed_site_book_word (a
    news site's name cited three times stays)."""
    two = "\n".join(ZENG.split("\n")[:2]) + "\n"
    assert _cut(two) == two
    news = "据报道，物价上涨了三成。（新华网）\n" * 3
    assert _cut(news) == news


def test_promotion_length_outside_address_ixdzs():
    """The 95-character site line goes whole: its addresses are not counted; a paragraph
    over 80 characters of its own text with an address still stays."""
    story = "第一章 重生\n\n林晚睁开眼睛，发现自己回到了十八岁那年。\n"
    assert _cut(IXDZS + story) == story
    long_line = "本书的读者可以免费下载书中的代码" * 6 + "，更多电子书见 www.example.com\n"
    assert _cut(long_line) == long_line


def test_echo_after_quote_colon_cars():
    """Both echoes go and the sentences close up ("会说“丰田”", "回答：奔驰"); an address
    after a colon and a space stays."""
    out = clean_text(normalize_text(CARS)).text
    assert "ifeng" not in out
    assert "很少有人会说“丰田”。" in out
    assert "你会听到许多人回答：奔驰、宝马、捷豹，等等。" in out
    spaced = (
        "网址： http://www.sixiangguo.com/a\n\n http://www.sixiangguo.com/a\n\n思想国的文章。\n"
    )
    assert "sixiangguo" in clean_text(normalize_text(spaced)).text


def test_decorated_address_line_stamps():
    """形而上学's "-- www.5183.com --", 为自己奋斗's "←虹←桥书←吧←WWW.HQDOOR.COM" and
    我在精神病院学斩神's torn link end go with their breaks; the text stays."""
    meta = "至于一切非物质事物则原都是全称元一。\n \u3000\u3000-- www.5183.com --\n卷九\n"
    assert _cut(meta) == "至于一切非物质事物则原都是全称元一。\n卷九\n"
    own = "我们才能说自己走向了成功，才会为自己的成功感到自豪和快乐。\n"
    title = "第20节：第二章心态决定一切（1）\n"
    assert _cut(own + "←虹←桥书←吧←WWW.HQDOOR.COM\n" + title) == own + title
    rain = "她随意走到公交车倒数第二排靠窗的位置上坐下，怔怔的看着窗外。\n\n"
    assert _cut(rain + ' t">https://www.x33xs.com/</a>\n\n她不明白。\n') == rain + "\n她不明白。\n"


def test_decorated_address_guards():
    """Guards decorated_needs_ornament ("网址：" and a bare address stay),
    decorated_host_only (an address with a path stays) and decorated_few_letters."""
    kept = (
        "熊培云的博客文章，每篇的末尾都有它的网址。\n"
        "网址：www.sixiangguo.com\n"
        "www.sixiangguo.com\n"
        "-- www.census.gov/population/ --\n"
        "【和讯网】www.homeway.com.cn 财经新闻、理财\n"
    )
    assert _cut(kept) == kept


def test_echo_pair_alone_apphistory():
    """邻家的百万富翁's link alone on its line twice goes, the heading and the text stay; a bare
    site address twice (guard echo_pair_needs_path) stays."""
    from transforms.source_lines import link_echo_lines

    link = "http://apphistory.news.ifeng.com/figure/detail.php?id=57"
    text = f"百万富翁的幸福感 国力来源于祖国大家庭的完整\n\n {link}\n\n {link}\n\n孔子\n\n搬到我们自建新房之后约一个月。\n"
    out = apply_edits(text, link_echo_lines(text))[0]
    assert (
        out
        == "百万富翁的幸福感 国力来源于祖国大家庭的完整\n\n孔子\n\n搬到我们自建新房之后约一个月。\n"
    )
    bare = "思想国的网址。\n\nhttp://www.sixiangguo.com\n\nhttp://www.sixiangguo.com\n\n下一篇。\n"
    assert apply_edits(bare, link_echo_lines(bare))[0] == bare


def test_bracketed_site_after_sentence_guard():
    """Guard bracketed_site_after_sentence (review): a book site's name in brackets glued
    to a name is the book's own note, however often: a web-fiction essay's titles and a
    life of 鲁迅's "三味书屋" stay; the 曾国藩全集 stamps after a sentence still go."""
    essay = (
        "唐家三少的《斗罗大陆》（起点中文网）、天蚕土豆的《斗破苍穹》（起点中文网）、"
        "我吃西红柿的《盘龙》（起点中文网）都在这一年完本。\n"
    )
    assert _cut(essay) == essay
    life = "十二岁入私塾（三味书屋）读书。\n他后来常写起私塾（三味书屋）。\n先生的私塾（三味书屋）很严。\n"
    assert _cut(life) == life
    assert "读啦" not in _cut(ZENG)


def test_decorated_list_item_and_path_guards():
    """Guards decorated_list_item (review: a list's mark before a site's address is no
    ornament) and decorated_host_only (a short path after the host stays)."""
    guide = "相关网站：\n● 新华网 www.xinhuanet.com\n● 人民网 www.people.com.cn\n[3] www.gov.cn\n"
    assert _cut(guide) == guide
    path = "国家统计局的数据：\n-- www.stats.gov.cn/tjsj --\n"
    assert _cut(path) == path
    assert _cut("正文。\n-- www.5183.com --\n下文。\n") == "正文。\n下文。\n"


def test_address_tail_citation_guard():
    """Guard address_tail_citation (review): a note citing the same web page with its
    download date under three or more notes is the book's reference: it stays."""
    notes = "".join(
        f"[{i}] 国家统计局：《统计公报》，http://www.stats.gov.cn/tjsj/ 2010年5月下载\n正文第{i}段。\n"
        for i in range(1, 5)
    )
    assert _cut(notes) == notes
    dated = "".join(
        f"正文第{i}段。\n注：见 http://bbs.tianya.cn/post-1.shtml 2012-03-05 下载\n"
        for i in range(1, 5)
    )
    assert _cut(dated) == dated
    forum = "".join(f"正文第{i}段。\n⑤ 参见 http://bbs.tianya.cn 天涯论坛\n" for i in range(1, 5))
    assert _cut(forum) == forum
