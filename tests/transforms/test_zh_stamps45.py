"""Session 45 (branch wtF): clauses ``spelled_stamp`` and ``parted_stamp_word``
(transforms/spelled_stamps.py), a download site's stamp spelled one character at a time.
The stamped lines are excerpts of the books that carry them in the five Chinese mirrors
(仙逆, zzk6780051/novel; 四世同堂, 《雍正王朝》, 马云如是说, hankinghu/literature-books; 诡秘之主,
xiexie1993/fiction_Secret_Master; 大唐双龙传's split chapters, jbts6/wuxia-novel); the
guards' lines are the mirrors' own prose with characters parted by marks (阿吱，阿吱, 不二,
务虚笔记, 光荣与梦想, 《你的名字》, 元气少年, 最强天赋树, 王晋康科幻作品集, 万历十五年, 东宫·西宫,
《血色浪漫》, 盛雪：远华案黑幕, 妖孽龙皇在都市); the story lines around them are 老殘遊記's (劉鶚,
d. 1909; oscarsun72/chtxt), public domain."""

import pytest

from transforms.clean import clean_text
from transforms.glued_stamps import credit_blocks, scan_credits
from transforms.normalize import normalize_text
from transforms.spelled_stamps import MANY, spelled_stamps

STORY = "老残道：“我今天不走了。”\n\n说着便回店去了。\n\n"
FILLER = STORY * 20

# (the line as the book has it, the stamp): the stamp goes, the rest of the line stays
STAMPED = (
    (  # 仙逆, four times: 最快更新到爪机书屋
        "在林于那密室内睁开双眼的一瞬间，古族古道山，那高塔顶层，被迷雾笼罩的身影，轻声一叹。"
        "[最-快-更-新-到-[爪][机][书][屋]]",
        "[最-快-更-新-到-[爪][机][书][屋]]",
    ),
    (  # 四世同堂: 电子书, the host spelled with circled digits
        "刀子从店伙的肩头滚到腿上，才落了地。幸亏店伙穿着棉袄棉裤，没有受伤。㈣0 ㈡0电|子|书 ④0②0.康.cn",
        "㈣0 ㈡0电|子|书 ④0②0.康.cn",
    ),
    (  # 诡秘之主: 随梦小说, Cyrillic letters after it
        "毕竟妮娜说，这样它就不会污染海洋，好吧，就当她说的是对的。◢随＊梦◢小＊说Щщш.",
        "◢随＊梦◢小＊说Щщш.",
    ),
    (  # 诡秘之主: no site word, a host's ending
        "阿尔贝根据他的描述，又针对性地提了几个问题，看某些细节是否能对得上。随-梦- . com",
        "随-梦- . com",
    ),
    (  # 马云如是说, twice: the site's name around its host
        "在这3年里，由于公司的发展比较健康，[奇Qisuu.Com书]因此虽然处于互联网的寒冬中，"
        "阿里巴巴却没有感到来自投资者的多少压力。",
        "[奇Qisuu.Com书]",
    ),
)
NAMES = ("xianni", "sishi", "guimi-xiaoshuo", "guimi-com", "mayun")
# 大唐双龙传 ch_028: a chapter's part number, then the stamp in look-alike Greek letters
# (電芓書, www.txt80.com); the part number stays
HEADING = ("（八）_ ○_電_芓_書_W_ w_ ω_.Τ_Χ_t_捌_0. c_Ο_Μ", "（八）")
# 《雍正王朝》, twice: "电2子书" parted by a digit inside the sentence (clause
# parted_stamp_word); the bracketed address after it is older clauses' (in the book, where
# it comes 21 times in two letter cases)
YONGZHENG = (
    "见皇上竟然在写着孙嘉淦的“言三事”，不禁大吃一惊。2009w手机电2子书网[www．2009w．com]"
    "他脱口就说：“皇上，您要把这奏折当成条幅来张挂吗？",
    "李卫在听的时候，心里就转了几十个圈子了，雍正皇上的话不好回答呀！2009w手机电2子书网[www．2009w．com]"
    "假如证实了小福就是乔引娣的母亲，那引娣岂不成了雍正",
)

# prose parting a word's characters (guard spelled_stamp_word, spelled_stamp_marks); each
# is the mirror's line, whole: no cut
PROSE = (
    "何沣绕到墙柱后面打，眼看着一枚手-榴-弹落在前面兄弟脚边，他扑过去将他推倒，滚到一堆木箱后面。",
    "“几个小鬼子这趟来谈的就是八-路-军问题，军统可不会掺和你们的事。”",
    "庄阳公主最喜欢的是神秀和尚说的三个字，“善男子”，善-男-子，庄阳公主心里念，满眼是神秀和尚的嘴和下巴，"
    "善-男-子，阳光和檀香，小腹收紧，想马上回东山寺，",
    "那些“嘭－嚓－嚓——，嘭－嚓－嚓——”的鼓乐声中驼背的丑角含泪的卖笑也忘记它忘记它吧，",
    "桌上的老座钟“嘀－哒－嘀－哒－嘀－哒……”，也许只因为笔尖不能在那儿停留太久，",
    "哥－伦－比－亚！』",
    "「姐，好-慢-啊-！」",
    "讨-厌-死-了-！",
    "“百~灵~鸟~从蓝天飞过，我爱你中国”，凌安琪的气息宽广、雄浑，音调明亮",
    "难掩心中的赞美之情：“好~好~好~别我预想的还要漂亮一百倍。”",
    "“司－马－林？”他缓缓地问。",
    "用戚继光的术语来说，就是“起-当-止”。这些姿式又按其不同的形态而有各种离奇的名目，",
    " “我-草-尼-玛！”",
    # a site's word across a letter is a person's name (东宫·西宫); spaces alone
    # (《血色浪漫》, 远华案黑幕) are no disguise
    "小c说，我真的到上海有事。你看，我把行李都带来了。",
    "书店却能买到很多外国翻译小说，你看，连读小 说的权利都被垄断了。",
    "因为那个时候已经很紧张了，我让他把手 机一直开着。",
)


def _book(line: str) -> str:
    return FILLER + line + "\n\n" + FILLER


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


@pytest.mark.parametrize(("line", "stamp"), STAMPED, ids=NAMES)
def test_spelled_stamp(line, stamp):
    cleaned = _clean(_book(line))
    assert stamp not in cleaned
    assert line.replace(stamp, "") in cleaned.split("\n")
    assert cleaned.count("说着便回店去了。") == 40


@pytest.mark.parametrize(("line", "stamp"), STAMPED, ids=NAMES)
def test_spelled_stamp_cuts_exactly_the_stamp(line, stamp):
    cuts = spelled_stamps(line)
    assert [line[e.start : e.end] for e in cuts] == [stamp]
    assert {e.rule for e in cuts} == {"site_ad"}


def test_spelled_stamp_keeps_the_heading():
    line, kept = HEADING
    assert [line[e.start : e.end] for e in spelled_stamps(line)] == [line[len(kept) :]]
    cleaned = _clean(_book(line))
    assert "電" not in cleaned and "ω" not in cleaned
    assert kept in cleaned


@pytest.mark.parametrize("line", YONGZHENG, ids=("first", "second"))
def test_parted_stamp_word(line):
    stamp = "2009w手机电2子书网"
    text = _book(line)
    assert [text[e.start : e.end] for e in spelled_stamps(text)] == [stamp]
    cleaned = _clean(text)
    assert stamp not in cleaned
    assert line.replace(stamp, "") in cleaned.split("\n")


@pytest.mark.parametrize(
    "line",
    (
        # the words written whole on lines a seed mark brings to be read: 重生后我成了打脸专业户
        # (zzk6780051/novel), a jbts6 plan (docs/wuxia-kb-build-priority.md)
        "圣华高中考试是不允许带手机的，这个微信名[爱的痛了]自然是考试的考生之一。",
        "- **完成态以磁盘为准**：本次扫描以各小说目录 `data/` 五文件是否齐全为准，不依赖历史文档记忆。",
        "这是他第2次下载的电子书。",  # made up: a digit before the word, not inside it
    ),
)
def test_parted_stamp_word_guards(line):
    assert spelled_stamps(line) == []


@pytest.mark.parametrize(
    "line",
    (
        # guard spelled_stamp_spoken (review of wtF): a word spelled out in speech by dashes
        # alone, shaped like the mirrors' "讨-厌-死-了-！" and "「姐，好-慢-啊-！」"; made
        # up, no mirror line spells a site's word so
        "“小-说-家！”",
        "他一字一顿地说：“手-机-号-码。”",
        "「更-新-换-代-！」",
        "他把这两个字念成了小-说，大家都笑了。",
    ),
)
def test_spelled_stamp_spoken(line):
    assert spelled_stamps(line) == []
    assert spelled_stamps(_book(line)) == []


def test_spelled_stamp_after_many_marks():
    # a text holding a seed mark more than MANY times (红楼梦's 31,640 "-") is searched for
    # the mark before a Han character: 诡秘之主's "随-梦- . com" (no other seed mark on
    # its line) after 250 of 何沣's "手-榴-弹" lines
    prose = PROSE[0] + "\n\n"
    text = prose * 250 + STAMPED[3][0] + "\n\n" + prose
    assert text.count("-") > 2 * MANY
    assert [text[e.start : e.end] for e in spelled_stamps(text)] == [STAMPED[3][1]]


# guard spelled_stamp_outside: the sentence's characters and marks around a stamp stay
# (the stamps are older clauses' too, parted_site_name's; here only what this clause takes)
OUTSIDE = (
    (
        "8.3世界环保银行（WorldConservationBank）：要[奇`书`网]圈地球30%的陆地",
        "[奇`书`网]",
    ),  # 货币战争
    (
        "他们的主要任务是起草一份重要的文[奇`书`网]件：联邦储备法案(FederalReserveAct)。",  # 货币战争
        "[奇`书`网]",
    ),
    (  # 白鹿原
        "不让拜祖宗你跟小娥就活不成人了？活[奇`书`网`整.理.'提.供]得更好更自在！”",
        "[奇`书`网`整.理.'提.供]",
    ),
    ('预言中的牺牲者。②"奇-_-書--*--网-QＩＳuu.ｃＯm"', '奇-_-書--*--网-QＩＳuu.ｃＯm"'),  # 阿庇安
    (  # 大唐双龙传 ch_048: the speech's closing quotation mark stays
        '来！我们快收拾东西走人。"仈_○_電_耔_書 _ω_ω_ω_.t_Χ_T_八_0._C_ǒ_M',
        "仈_○_電_耔_書 _ω_ω_ω_.t_Χ_T_八_0._C_ǒ_M",
    ),
)


@pytest.mark.parametrize(("line", "stamp"), OUTSIDE, ids=("yao", "jian", "huo", "note", "quote"))
def test_spelled_stamp_outside(line, stamp):
    assert [line[e.start : e.end] for e in spelled_stamps(line)] == [stamp]


@pytest.mark.parametrize("line", PROSE, ids=[f"prose{i}" for i in range(len(PROSE))])
def test_spelled_stamp_guards(line):
    assert spelled_stamps(line) == []
    assert spelled_stamps(_book(line)) == []


def test_spelled_stamp_guards_through_clean():
    # the parted words survive the whole clean (other stages may touch the lines' marks)
    cleaned = _clean(FILLER + "\n\n".join(PROSE) + "\n\n" + FILLER)
    for word in (
        "手-榴-弹",
        "八-路-军",
        "善-男-子",
        "好-慢-啊",
        "讨-厌-死-了",
        "小c说",
        "我-草-尼-玛",
    ):
        assert word in cleaned


@pytest.mark.parametrize(
    "line",
    (
        # made up, for guards the mirrors' lines do not reach: a name's letter and a mark
        # between 小 and 说; a title spaced out (spelled_stamp_marks); a plain 电子书 on a line
        # another mark brings to be read (parted_stamp_word keeps words written whole); the
        # title's "-上卷" makes its line read
        "小c_说，我真的到上海有事。",
        "鲁 迅 小 说 集-上卷",
        "他在电子书里读到“手-榴-弹”三个字。",
    ),
)
def test_spelled_stamp_guards_made_up(line):
    assert spelled_stamps(line) == []


def test_spelled_stamp_keeps_a_footnote_number():
    # 阿庇安's line without its quotation mark (made up): the footnote's number stays
    line = "预言中的牺牲者。②奇-_-書--*--网-QＩＳuu.ｃＯm"
    assert [line[e.start : e.end] for e in spelled_stamps(line)] == [
        line[len("预言中的牺牲者。②") :]
    ]


def test_spelled_stamp_table_row():
    # guard spelled_stamp_table: a Markdown table's row ("| 是 | 否 |") with a site's
    # address in a cell is a table; made up (the mirrors' tables hold no address)
    row = "|是|否|www.example.com|"
    assert spelled_stamps(row) == []
    assert [e.end - e.start for e in spelled_stamps(row[1:])] == [len(row) - 1]


# 古龙's 蝙蝠传奇 (jbts6/wuxia-novel), a scan's credits between two chapters: clause
# scan_credit_line (transforms/glued_stamps.py)
GULONG = (
    "勾子长默然半晌，长叹道：“看来我要学的事，实在太多了......”\n\n"
    "旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR\n\n"
    "第三回 推 测\n\n江岸风急，暮色渐浓。\n\n"
)


@pytest.mark.parametrize(
    "credit",
    ("旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR", "旧雨楼·slqlzf 扫描 旧雨楼·月息 OCR"),
    ids=("bianfu", "liuxing"),
)
def test_scan_credit_line(credit):
    text = GULONG.replace("旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR", credit)
    at = text.index(credit)
    assert [(e.start, e.end) for e in scan_credits(text)] == [(at, at + len(credit) + 1)]
    cleaned = _clean(FILLER + text + FILLER)
    assert "旧雨楼" not in cleaned and "OCR" not in cleaned
    for line in ("勾子长默然半晌，长叹道：", "江岸风急，暮色渐浓。"):
        assert line in cleaned


@pytest.mark.parametrize(
    "line",
    (
        "扫描者加注：",  # 盛雪：远华案黑幕
        "重新统一后中央政局扫描",  # 唐德刚：袁氏当国, a heading
        "风遗尘校对。",  # 盗墓笔记: no site's maker
        "- 管理 per-book 的扫描缓存",  # a jbts6 Markdown plan
        "约翰·史密斯扫描了那份文件。",  # made up: a sentence
        # made up (review of wtF, guard scan_credit_pair): a heading, a list's item, a lone
        # credit, a colophon's proofreader, an author's line, prose
        "第五章·全城扫描",
        "CT·磁共振扫描",
        "列夫·托尔斯泰 扫描",
        "人民文学出版社·张三 校对",
        "列夫·托尔斯泰 著",
        "他把文件扫描了一遍",
    ),
)
def test_scan_credit_line_guards(line):
    assert scan_credits(FILLER + line + "\n\n" + FILLER) == []


# 书包网's framed header (忏悔录's end, hankinghu/literature-books): an uploader's block,
# but no "本书由…整理" credit and one uploader's word: not uploader_credit_block's (session
# 44, one real case, 《别和她说话》); older clauses take it whole
BOOKBAO = (
    " 远方译\n \n \n <!--\n --------------------------------------------------------------\n \n"
    " 书籍名称：忏悔录 作者：卢梭\n \n"
    " 本书籍由网友“descartes”上传 日期：2010-11-19 11:17:58\n \n"
    " 书包网 http://www.bookbao8.com - TXT电子书免费分享平台\n \n"
    " Web2.0小说网站，和好友一起上传、下载、分享TXT全本小说。\n \n"
    " 所有小说仅供试阅，请于下载后24小时内删除，阅读全本请购买实体书。\n \n"
    " --------------------------------------------------------------\n -->"
)


def test_credit_block_rule_keeps_to_its_shape():
    text = FILLER + BOOKBAO
    assert credit_blocks(text) == []
    cleaned = _clean(text)
    assert "descartes" not in cleaned and "bookbao" not in cleaned
    assert "远方译" in cleaned
