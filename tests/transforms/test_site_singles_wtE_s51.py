"""Session 51 (branch wtE): the clauses of ``transforms.site_singles`` and site_repeats'
``wide_address_line`` on real passages of the Chinese mirrors and wtH48's books
(docs/quality/session-51-wtE.md): a site's or an uploader's stamp that stands once or
twice, known by its own shape."""

from __future__ import annotations

from transforms.boilerplate import strip_boilerplate
from transforms.site_singles import (
    bookmark_prompts,
    contact_lines,
    parted_names,
    single_tails,
    slashed_addresses,
)

# 你为什么是穷人 (hankinghu/literature-books): the site's name parted by its address, glued
# into sentences (5 times), and once in a bracket
POOR = (
    "财产少顾虑就少，顾虑少胆子就大，胆子大许多罪恶的念头就得以实施。每个城市的贫民窟都是社会秩序最混乱"
    "的地方，但穷人只能呆在那里。奇www书Qisuu网com\n"
    "穷人想得天真，富人之所以是富人，就因为他是穿这样的鞋，吃这样的饭的。富人的想法完全不同。过去教科书"
    "揭露资本主义的血腥，说富人宁肯把过剩的牛奶倒进河里，奇www书Qisuu网com也不愿施舍给穷人。\n"
    "穷人钱少，但防护也差。每个城市都有不少高尚小区，里面有的是富豪，但人家那里又是铁门固守，又是保安"
    "巡逻，[奇Qisuu***Com书]又是红外线监控，歹人下得了手吗？\n"
)
# 阿庇安：罗马史 (hankinghu/literature-books): the same site, "www" first, after a note
ROME = "① 意为赫丘利的子孙。——译者www奇Qisuu書com网\n他们马上把所有的金钱和武器都交给安敦尼了。\n"
# 激荡三十年 (hankinghu/literature-books): "WWW" between Han characters in a sentence
WEB = "他还是用Mac电脑扫描并用FTP上传到CERN的官方网站info.cern.ch—全球首个WWW网站。\n"

# 局外人 (wtH48's zh_hex): the address with slashes glued after a page-cut paragraph;
# 鼠疫 (the same): the address alone on a line
OUTSIDER_TAIL = "可是第二天早上我得早起。我不饿，没吃晚饭就上了床 www/xiaobook/com\n下一段。\n"
PLAGUE = "有关下述这件事的头几天的经过，还得说得详细些才行。\n\n www/xiabook/com\n\n第二部\n"

# 悉达多 (wtH48's zh_hex): the uploader's line after the blurb, and at the end his line and
# block (shortened: the book's list has ten entries)
CREDIT = (
    "本书由“行行”整理，如果你不知道读什么书或者想获得更多免费电子书请加小编微信或QQ：491256034 "
    "小编也和结交一些喜欢读书的朋友 或者关注小编个人微信公众号id：d716-716 为了方便书友朋友找书和看书，"
    "小编自己做了一个电子书下载网站，网址：www.ireadweek.com QQ群：550338315"
)
SIDDHARTHA_FRONT = (
    "“这不仅是印度青年的心灵探索，更是全世界一切丢失了精神家园的人的自我寻根之路。”\n\n"
    + CREDIT
    + "\n\n第一部\n\n婆罗门之子\n\n在房屋的阴影里，在河岸边小船旁的阳光中，在婆罗树林和无花果树的荫蔽下，"
    "英俊的悉达多，婆罗门的骄子，年轻的雄鹰，与他的好友，同为婆罗门之子的侨文达一同长大。\n"
)
SIDDHARTHA_END = (
    "那安详的微笑令他忆起他自己一生中所深爱的一切，令他忆起生命中所有珍贵与神圣的一切。\n\n"
    + CREDIT
    + "\n\n\n如果你不知道读什么书，\n\n就关注这个微信号。\n\n\n公众号名称：幸福的味道\n\n"
    "公众号ID：d716-716\n\n\n小编：行行：微信号：491256034\n\n"
    "“幸福的味道”已提供120个不同类型的书单\n\n1、 25岁前一定要读的25本书\n\n"
    "2、 20世纪最优秀的100部中文小说\n\n……\n\n关注“幸福的味道”微信公众号，即可查看对应书单\n\n"
    "如果你不知道读什么书，就关注这个微信号。\n\n\n"
)
# 陆小凤传奇全集 (hankinghu/literature-books): the uploader's line after the book's end
LU = "绝没有人知道，永远没有人知道……\n\n\n（全书完）\n\n辰缘未了 倾情奉献，QQ：11793989\n\n"
# 重生后我成了打脸专业户 (zzk6780051/novel): the author's own note with her readers' group
AUTHOR_NOTE = "还有小伙伴们想知道书友群，我在这里再发一下qq：694168966\n\n第二章\n"

# 龙族5悼亡者归来 (zzk6780051/novel) and 龙族1-3 (the same)
BOOKMARK = (
    "关于龙族5\n\n 龙族5出来应该还要一段时间，大家可以先CTRL+D 把网站收藏起来，龙族5出来后网站会"
    "进行更新~\n\n"
)
CTRL_A = (
    "楚子航对着那个页面思考了片刻，忽然同时按下“Ctrl”和“A”键，这个键组合是“全选”，页面上的全部"
    "文字都被选择并变色。\n"
)

# 元气少年 (zzk6780051/novel): two spellings of the "first posted at" stamp
FIRST_POST = (
    "“倒是这个营业员人不错，服务态度相当好，让人很舒服。”久看中文网首发\n"
    "\u3000\u3000杜隐廊说最后一句话的时候明显带着一股杀意，显然也是动了怒火。网首发\n"
)
# 围城 (wtH48's zh_hex): the site's name and address after a note; 遥远的救世主: after the
# author's date
FORTRESS = "②《清华大学第五级毕业五十周年纪念册》（一九八四年出版）转载此文，饶君已故。天涯在线书库《www.tianyabook.com》"
SAVIOUR = "大哥，你又要挨骂了。\n\n 豆豆\n\n 2004年7月3日天涯在线书库《www.tianyabook.com》\n"
# 宏观经济学—萨缪尔森 (hankinghu/literature-books): the site's words after a footnote's number
MACRO = (
    "这就意味着随着人们每个月用其收入购买面包，货币每个月周转1次。3txt电子书分享平台 书包网\n"
    "他们认为，货币需求量对利率是完全不敏感的。4\n"
)

# 局外人: bare address lines under page-cut paragraphs (as test_site_repeats_wtE_s50), and
# the book's line in full-width letters
OUTSIDER_WIDE = (
    "我只听见耳朵里血液一阵阵流动声。我站着不动。老萨拉玛诺的屋子里，狗还在低声哼哼\n"
    "www.100ppt.cn\n\n\n"
    "推事把我送到他的办公室门口，拍着我的肩膀亲切地说：“今天就到此为止，反基督先生。”然后，他们"
    "再把我交到法警手里\n"
    "www.56wen.com\n\n\n"
    "仿佛画在夏日天空中的熟悉的道路既能通向牢房，也能通向安静的睡眠\n"
    "www.56wen.com\n\n"
    "他微微一笑，在走出去之前又说：“我希望今天夜里狗不要叫。我老以为那是我的狗。”\n"
    "ｗｗｗ．ｘｉａｂｏｏｋ．ｃｏｍ\n\n"
)


def _cut(text, edits):
    return [text[e.start : e.end] for e in sorted(edits, key=lambda e: e.start)]


def test_address_parted_name():
    assert _cut(POOR, parted_names(POOR)) == [
        "奇www书Qisuu网com",
        "奇www书Qisuu网com",
        "[奇Qisuu***Com书]",
    ]
    assert _cut(ROME, parted_names(ROME)) == ["www奇Qisuu書com网"]
    stripped, _ = strip_boilerplate(POOR)
    assert "Qisuu" not in stripped
    assert "呆在那里。\n" in stripped and "倒进河里，也不愿施舍" in stripped
    assert "又是保安巡逻，又是红外线监控" in stripped
    assert parted_names(WEB) == [] and strip_boilerplate(WEB)[0] == WEB


def test_slashed_address():
    assert _cut(OUTSIDER_TAIL, slashed_addresses(OUTSIDER_TAIL)) == [" www/xiaobook/com"]
    assert _cut(PLAGUE, slashed_addresses(PLAGUE)) == [" www/xiabook/com\n"]
    assert (
        strip_boilerplate(OUTSIDER_TAIL)[0]
        == "可是第二天早上我得早起。我不饿，没吃晚饭就上了床\n下一段。\n"
    )
    assert "xiabook" not in strip_boilerplate(PLAGUE)[0]
    path = "把文件放进 /var/www/html 目录。\n"
    assert slashed_addresses(path) == []


def test_uploader_contact_line_and_end_block():
    assert _cut(SIDDHARTHA_FRONT, contact_lines(SIDDHARTHA_FRONT)) == [CREDIT + "\n"]
    stripped, _ = strip_boilerplate(SIDDHARTHA_FRONT)
    assert "491256034" not in stripped and "自我寻根之路。”\n\n第一部" in stripped
    # the end: the credit line and the block after it to the text's end
    cut = _cut(SIDDHARTHA_END, contact_lines(SIDDHARTHA_END))
    assert cut == [SIDDHARTHA_END[SIDDHARTHA_END.index("本书由") :]]
    stripped, _ = strip_boilerplate(SIDDHARTHA_END)
    assert (
        stripped.startswith("那安详的微笑") and "公众号" not in stripped and "书单" not in stripped
    )
    assert _cut(LU, contact_lines(LU)) == ["辰缘未了 倾情奉献，QQ：11793989\n"]
    assert strip_boilerplate(LU)[0].rstrip() == "绝没有人知道，永远没有人知道……\n\n\n（全书完）"


def test_contact_guards():
    # guard contact_needs_uploader: an author's note with her readers' group stays
    assert contact_lines(AUTHOR_NOTE) == []
    assert strip_boilerplate(AUTHOR_NOTE)[0] == AUTHOR_NOTE
    # a credit followed by the book's long paragraphs is a line, not an end block
    text = CREDIT + "\n" + SIDDHARTHA_FRONT.split("\n\n")[-1]
    assert _cut(text, contact_lines(text)) == [CREDIT + "\n"]


def test_bookmark_prompt_line():
    assert _cut(BOOKMARK, bookmark_prompts(BOOKMARK)) == [BOOKMARK.split("\n\n")[1] + "\n"]
    assert "CTRL" not in strip_boilerplate(BOOKMARK)[0]
    assert bookmark_prompts(CTRL_A) == [] and strip_boilerplate(CTRL_A)[0] == CTRL_A


def test_single_tails():
    assert _cut(FIRST_POST, single_tails(FIRST_POST)) == ["久看中文网首发", "网首发"]
    assert "首发" not in strip_boilerplate(FIRST_POST)[0]
    assert _cut(FORTRESS, single_tails(FORTRESS)) == ["天涯在线书库《www.tianyabook.com》"]
    assert strip_boilerplate(FORTRESS)[0].endswith("饶君已故。")
    # the author's date stays (a digit before the name: the date's unit is not the site's)
    assert _cut(SAVIOUR, single_tails(SAVIOUR)) == ["天涯在线书库《www.tianyabook.com》"]
    assert strip_boilerplate(SAVIOUR)[0].endswith(" 2004年7月3日\n")
    # guard tail_keeps_note_number: the footnote's "3" stays
    assert _cut(MACRO, single_tails(MACRO)) == ["txt电子书分享平台 书包网"]
    assert strip_boilerplate(MACRO)[0].startswith(
        "这就意味着随着人们每个月用其收入购买面包，货币每个月周转1次。3\n"
    )


def test_single_tail_guards():
    # one site word, a cited magazine, a tail that does not end the line
    for text in (
        "他把稿子投给了一家小说网。\n",
        "这篇文章最早登在——《故事小说网》txt版\n",
        "我在中文网首发了这本书，读者很多。\n",
    ):
        assert single_tails(text) == [], text
        assert strip_boilerplate(text)[0] == text


def test_wide_address_line():
    stripped, _ = strip_boilerplate(OUTSIDER_WIDE)
    assert "ｗｗｗ" not in stripped and "www" not in stripped
    assert stripped.endswith("我老以为那是我的狗。”\n")


# Review (session 51, second engineer): the guards added in review, each on the real text
# that needs it (a plant that reverts the guard fails here).

# a TXT e-book parser's class docstring and a page's headline (public GitHub sources found
# by the code index, Python and JSX): a program's own words, txt + 电子书, no site named
PROGRAM_WORDS = ("TXT电子书解析器\n", "快速找到你想要的TXT电子书\n")


def test_site_words_name_a_site():
    # guard site_words_name_a_site: two site words but neither names a site
    for text in PROGRAM_WORDS:
        assert single_tails(text) == [], text
        assert strip_boilerplate(text)[0] == text
    # 书包网 names the site: 宏观经济学's tail still goes (test_single_tails)
    assert _cut(MACRO, single_tails(MACRO))[0].endswith("书包网")


def test_titled_address_guards():
    # made up (the integrator's example, no such line in the corpora): a news site cited
    # in title marks is no book site's stamp (guard: the name ends in a book site's word)
    cited = "事件经过如上。详见新华网《www.xinhuanet.com》\n"
    assert single_tails(cited) == [] and strip_boilerplate(cited)[0] == cited
    # made up: a label before a book site's titled address is a citation, not the stamp
    # after the book's last sentence (guard titled_address_after_end); 遥远的救世主's date
    # before the stamp is allowed (test_single_tails)
    label = "资料来源：天涯在线书库《www.tianyabook.com》\n"
    assert single_tails(label) == [] and strip_boilerplate(label)[0] == label


# 重生后我成了打脸专业户 (zzk6780051/novel): the author's note with her readers' group; the
# first clause is made up (an author "uploading" a chapter late: 上传 is no uploader's word)
LATE = "今天上传晚了，还有小伙伴们想知道书友群，我在这里再发一下qq：694168966\n\n第二章\n"
# 静夜思 (李白) closing a text after an afterword with a readers' group and one more
# contact line below (made-up afterword and contact): one contact number below is not
# the uploader's end block (BLOCK_CONTACTS = 2), the poem stays
POEM_END = (
    "后记：本诗集由我自己整理，读者QQ群：123456789\n\n"
    "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n\n作者微信：abcdefg\n"
)


def test_contact_review_guards():
    assert contact_lines(LATE) == [] and strip_boilerplate(LATE)[0] == LATE
    # the lower-case "qq" is found (the finds match _CONTACT's case): an uploader's line
    # in lower case goes like 陆小凤's
    lower = LU.replace("QQ", "qq")
    assert _cut(lower, contact_lines(lower)) == ["辰缘未了 倾情奉献，qq：11793989\n"]
    cut = _cut(POEM_END, contact_lines(POEM_END))
    assert cut == [POEM_END.split("\n")[0] + "\n"]
    assert "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡" in strip_boilerplate(POEM_END)[0]
    # BLOCK_LINES: 悉达多's end block followed by a long run of short lines (a book's
    # list, 199 lines) is no end block: only the credit line goes
    long_tail = SIDDHARTHA_END + "".join(f"{i}、 一本书的名字\n" for i in range(1, 200))
    cut = _cut(long_tail, contact_lines(long_tail))
    assert cut[0] == CREDIT + "\n" and "一本书的名字" not in "".join(cut)


def test_front_credit_is_no_end_block():
    # 悉达多 whole: the front credit, the book's long paragraphs, then the end block. The
    # front credit is a line; the book after it is no block (BLOCK_LINE_CHARS)
    book = SIDDHARTHA_FRONT + SIDDHARTHA_END
    cut = _cut(book, contact_lines(book))
    assert cut[0] == CREDIT + "\n" and cut[1] == SIDDHARTHA_END[SIDDHARTHA_END.index("本书由") :]
    stripped = strip_boilerplate(book)[0]
    assert "英俊的悉达多" in stripped and "那安详的微笑令他忆起" in stripped


def test_single_tail_bounds():
    # made up (no such line in the corpora), each stays: where a book was first posted,
    # with a title mark (guard single_tail_not_cited) or longer than TAIL_CHARS; a sentence
    # with two site words and no mark at its end, longer than WORDS_TAIL_CHARS; a cited
    # site's name in a short tail (single_tail_not_cited)
    for text in (
        "《龙族》在中文网首发\n",
        "这本书二〇一〇年在起点中文网首发\n",
        "他每天都在书包网上下载txt电子书来看，乐此不疲\n",
        "登在《故事小说网》txt版\n",
    ):
        assert single_tails(text) == [], text
        assert strip_boilerplate(text)[0] == text


def test_bookmark_needs_a_site():
    # made up: a word processor's shortcut with 收藏 in the sentence: no site, no prompt
    text = "在编辑器里按Ctrl+D可以复制当前行，这个技巧值得收藏。\n"
    assert bookmark_prompts(text) == [] and strip_boilerplate(text)[0] == text
