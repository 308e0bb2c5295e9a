"""Session 30 (wtG, second pass): site lines of web-novel TXT downloads that one line alone
does not tell from an author's (``transforms.novel_site_lines``, rule ``site_ad``). Excerpts of
zzk6780051/novel's downloads as the reader decodes them."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.novel_site_lines import bookend_links, site_host_lines
from transforms.textedit import Edit


def cleaned(text: str) -> str:
    return clean_text(normalize_text(text)).text


# 《DNF圣职者转生异界》 (UU小说网 download): the file's first lines
DNF = (
    "《DNF圣职者转生异界》不够虔诚的灯\n\n"
    "严正声明：本书为UU小说网(www.uuxs5.net)的用户上传至其在本站的存储空间，本站只提供TXT全集电子书"
    "存储服务以及免费下载服务，以下作品内容之版权与本站无任何关系。\n"
    "在线阅读：http://www.uuxs5.net/r43817/\n"
    "--------------------------------------------------\n\n"
    "第一章 主线任务\n\n"
    "    主线任务：制作属于自己的武器，包括十字架、图腾、战斧、念珠、镰刀。\n\n"
    "    十字架徽章投射出的光幕上，郑铭看着这么一段中文字体陷入了沉思。\n"
)


def test_site_host_line_cut():
    out = cleaned(DNF)
    assert "uuxs5" not in out and "在线阅读" not in out
    assert out.startswith("《DNF圣职者转生异界》不够虔诚的灯")
    assert "第一章 主线任务" in out and "陷入了沉思。" in out


def test_site_host_line_needs_a_cut_naming_the_site():
    alone = DNF.replace(DNF.split("\n")[2] + "\n", "")  # the 严正声明 line out
    assert "在线阅读：http://www.uuxs5.net/r43817/" in cleaned(alone)


# 《仙逆》 (爪机书屋 download): chapter lines stamped "(www.zhuaji.org)", and a paragraph
# end with the site's name and address disguised ("丶" for the dots)
XIANNI = (
    "第十三卷 灯火阑珊 第2040章 不宣于口！(www.zhuaji.org) \n\n"
    "    师徒之情，不需宣之于口，如王林与玄罗，尽管再不走了名义上的师徒，但在王林心中，"
    "玄罗永远是自己的师尊。[最新章节免费阅读到*爪丶机丶书屋*] WWW丶ZHUAJI丶ORG\n\n"
    "第十三卷 灯火阑珊 第2041章 明天(www.zhuaji.org) \n\n"
    "    仍然庇护着整个古族三脉，否则的话，如何解释这三脉皇城中，那古祖雕像的奇异，"
    "如何解释那每一次的古祖之赐。[最新章节免费阅读到*爪丶机丶书屋*] WWW丶ZHUAJI丶ORG\n\n"
    "第十三卷 灯火阑珊 第2042章 魂完整(www.zhuaji.org) \n\n"
    "第十三卷 灯火阑珊 第2043章 岁月(www.zhuaji.org) \n\n"
    "第十三卷 灯火阑珊 第2044章 天地异象！(www.zhuaji.org) \n"
)


def test_site_host_line_disguised_address_at_paragraph_end():
    out = cleaned(XIANNI)
    assert "ZHUAJI" not in out and "爪丶机" not in out and "zhuaji" not in out
    assert "玄罗永远是自己的师尊。\n" in out
    assert "如何解释那每一次的古祖之赐。\n" in out


# 《修真高手在都市》 (棉花糖小说网 download): the site's brackets, one inside a paragraph
XIUZHEN = (
    "    时间不多？萧楚不想其他了，半压青芸柔软的身子上，闻着青芸那犹如幽兰般的芳香，"
    "萧楚食指大动。(www.mianhuatang.la 棉花糖小说网)\n"
    "    教训完柳木花后，萧楚就早早回家了。[www.mianhuatang.la 超多好看小说]\n"
    "    萧楚就会相安无事，等风波停止了，萧楚便可以回去。mianhuatang.la [棉花糖小说网]\n"
    "    “将他带到大堂去，快点！我要这个男人知道得罪我的后果！”萧瑟冰冷地道。"
    "（WWW.mianhuatang.la 好看的小说）\n"
    "    紫霸天从来就不信个理这个字，他的理念就是，你惹我，我就杀你。（WWW.mianhuatang.la "
    "好看的小说）我惹你了，你敢惹我，我杀你！无理可讲。\n"
    "    两名警官从卢家大门走了出来上了警车。(www.mianhuatang.la 棉花糖小说网)w w. v  m）\n"
)


def test_site_host_line_keeps_the_sentence_after_an_address():
    out = cleaned(XIUZHEN)
    assert "mianhuatang" not in out
    assert "我就杀你。我惹你了，你敢惹我，我杀你！无理可讲。" in out
    assert out.rstrip().endswith("两名警官从卢家大门走了出来上了警车。")


def _book(head: list[str], tail: list[str], sep: str = "\n") -> str:
    """The file's first and last lines (joined by ``sep``) around 30 paragraphs."""
    middle = "\n\n".join(f"　　第{i}段。" for i in range(30))
    return sep.join(head) + "\n\n" + middle + "\n\n" + sep.join(tail) + "\n"


# 《龙族》合集 (互联书屋 download): the banner at both ends, between rule lines
RULE = "=" * 58
LONGZU_HEAD = [
    RULE,
    "更多精校小说尽在互联书屋：http://www.zvzee.com/",
    RULE,
    "　　《龙族》合集",
    "　　包含《龙族1·火之晨曦》《龙族2·悼亡者之瞳》《龙族3·黑月之潮（上）》、《龙族3·黑月之潮（中）》、"
    "《龙族3·黑月之潮（下）》五册",
    "　　江南 著",
    "内容简介：",
    "　　《龙族1：火之晨曦》：",
]
LONGZU_TAIL = [
    "　　“04.25，和Sakura去迪士尼，鬼屋很可怕，但是有Sakura在，所以不可怕。”",
    "　　“Sakura最好了。”",
    "　　The End",
    RULE,
    "更多精校小说尽在互联书屋：http://www.zvzee.com/",
    RULE,
]


def test_bookend_link_cut_with_its_rules():
    out = cleaned(_book(LONGZU_HEAD, LONGZU_TAIL))
    assert "互联书屋" not in out and "zvzee" not in out and "=====" not in out
    assert out.startswith("《龙族》合集") or out.lstrip("　").startswith("《龙族》合集")
    assert out.rstrip().endswith("The End")


def test_bookend_link_needs_both_ends():
    """Guard of bookend_link: one end's link is not a bookend. (Since session 35 the
    line leaves the cleaned text by clause promotion_link_line, transforms.promo_lines:
    a link with 小说 and 书屋; the guard is read on bookend_links itself.)"""
    text = _book(LONGZU_HEAD, LONGZU_TAIL[:3])
    line = "更多精校小说尽在互联书屋：http://www.zvzee.com/"
    at = text.index(line)
    assert not any(e.start <= at < e.end for e in bookend_links(text))
    out = cleaned(text)
    assert "zvzee" not in out and "《龙族》合集" in out


# 《白色橄榄树》 (书包CC download): the banner glued to the blurb's first word and to the end mark
OLIVE_HEAD = [
    "　　《白色橄榄树》作者：玖月晞",
    "　　文案好书尽在【书包CC】 https://www.bookbaow.com",
    "　　文案1：阿瓒，我是冉冉。",
    "　　文案2：没有人是一座孤岛，除了你。",
]
OLIVE_TAIL = [
    "　　——",
    "　　谨以此书献给世上每一个热爱生命的你。",
    "　　（全文完）好书尽在【书包CC】 https://www.bookbaow.com",
]


def test_bookend_link_glued_keeps_the_words_before():
    out = cleaned(_book(OLIVE_HEAD, OLIVE_TAIL, "\n\n"))
    assert "书包CC" not in out and "bookbaow" not in out
    assert "\n文案\n" in out
    assert out.rstrip().endswith("（全文完）")


# 《她来听我的演唱会》 (潇湘书院): the site's stamp glued to paragraph ends
CONCERT = (
    "“平安夜？是啥玩意？”我是个好孩子，所以不懂就问。本书由潇湘书院首发，请勿转载！\n"
    "终于到了最后的日子，怎么听着就像是要上断头台，其实也相差不远了。本书由潇湘书院首发，请勿转载！\n"
    "张浩然一巴掌拍到了我的后脑勺，翻身怒视几秒，算了打不赢还不知道躲啊，我忍了，吃饭去。"
    "本书由潇湘书院首发，请勿转载！\n"
)


def test_first_published_stamp_cut():
    out = cleaned(CONCERT)
    assert "潇湘书院" not in out
    assert "所以不懂就问。\n" in out and "吃饭去。" in out


def test_first_published_stamp_needs_three():
    two = CONCERT.rsplit("张浩然", 1)[0]
    assert cleaned(two).count("本书由潇湘书院首发，请勿转载！") == 2


def test_site_host_line_other_site_stays():
    # 《仙逆》's chapters (zhuaji.org cut) over 《DNF圣职者转生异界》's line naming another site
    out = cleaned(XIANNI + "\n在线阅读：http://www.uuxs5.net/r43817/\n")
    assert "zhuaji" not in out and "ZHUAJI" not in out
    assert "在线阅读：http://www.uuxs5.net/r43817/" in out


# Review (session 30): 《雍正王朝》 (hankinghu/literature-books 019, 万卷书酷 download): a
# chapter title with the site's stamp glued to it; the stamp's site is named by the cut
# 声明 line, but the title before it is more than LABEL_CHARS letters: the line stays whole.
YONGZHENG = (
    "声明:本书由“万卷书酷”电子书(www.2009w.com)自网络收集整理制作,版权归原作者和出版社所有,"
    "下载后请在24小时内删除.如果喜欢,请购买正版.\n\n"
    "高其倬想，得先打下了他的威风，便一拍惊堂木问：“谢济世，你知罪吗？”\n"
    "一百三十一回　堪舆家恼怒滥用刑　宝亲玉和颜问曾静[万卷书2酷WWW．2009w．COM] \n"
    "听到高其倬这张牙舞爪的问话，谢济世只是冷冷他说了一句：“不知道。”\n"
)


def test_site_host_line_keeps_a_title_before_the_stamp():
    out = cleaned(YONGZHENG)
    assert "一百三十一回　堪舆家恼怒滥用刑　宝亲玉和颜问曾静" in out
    assert "谢济世只是冷冷他说了一句：“不知道。”" in out


# Review (session 30): Node.js's README (/usr/share/doc/nodejs/README.md): web_notice cuts its
# link block, which names github.com; 150 collaborator lines "* [rvagg](https://github.com/
# rvagg) -" then went (site_host_line_han: a piece with no Han character stays).
NODE = (
    "* [rvagg](https://github.com/rvagg) -\n"
    "  **Rod Vagg** <<r@va.gg>>\n\n"
    "[Code of Conduct]: https://github.com/nodejs/admin/blob/HEAD/CODE_OF_CONDUCT.md\n"
    "[Working Groups]: https://github.com/nodejs/TSC/blob/HEAD/WORKING_GROUPS.md\n"
)


def test_site_host_line_needs_han_text():
    block = NODE.index("[Code of Conduct]")
    found = [Edit(block, len(NODE), "", "web_notice")]
    assert site_host_lines(NODE, found) == []


# Review (session 30): libdatrie's README (/usr/share/doc/libdatrie1/README): the same URL
# in the body and the reference list, both ends of the file (bookend_link_han).
DATRIE = (
    "datrie - Double-Array Trie Library\n"
    "==================================\n"
    "\n"
    "This is an implementation of double-array structure for representing trie, \n"
    "as proposed by Junichi Aoe [1].\n"
    "\n"
    "Trie is a kind of digital search tree, an efficient indexing method in which\n"
    "search time is independent of database size. It only takes O(m) search time,\n"
    "where m is the length of the search string. Comparably as efficient as hashing,\n"
    "trie also provides flexibility on incremental matching and key spelling\n"
    "manipulation. This makes it ideal for lexical analyzers, as well as spelling\n"
    "dictionaries.\n"
    "\n"
    "See the details of the implementation at [2]:\n"
    "  https://linux.thai.net/~thep/datrie/datrie.html\n"
    "\n"
    "Historically, this was first implemented as C++ classes in a library called\n"
    "midatrie [2], but later simplified and rewritten from scratch in C.\n"
    "\n"
    "--\n"
    "Theppitak Karoonboonyanan.\n"
    "September 2006.\n"
    "\n"
    "References\n"
    "----------\n"
    "\n"
    '[1] Aoe, J. "An Efficient Digital Search Algorithm by Using a Double-Array \n'
    '    Structure". IEEE Transactions on Software Engineering. Vol. 15, 9 \n'
    "    (Sep 1989). pp. 1066-1077.\n"
    "\n"
    '[2] Karoonboonyanan, T. "An Implementation of Double-Array Trie".\n'
    "    https://linux.thai.net/~thep/datrie/datrie.html\n"
    "\n"
)


def test_bookend_link_needs_han_words():
    out = cleaned(DATRIE)
    assert out.count("https://linux.thai.net/~thep/datrie/datrie.html") == 2
