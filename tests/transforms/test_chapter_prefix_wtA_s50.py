"""Rule ``repeated_chapter_prefix`` (transforms.chapter_prefix): one prefix repeated before
every chapter line is read past; its guards. Excerpts of real books, each chapter cut to
its heading line and first paragraphs (``MIN_GAP`` lowered by the fixture so that a short
excerpt stands for a chapter)."""

from __future__ import annotations

import pytest

from transforms import chapter_prefix
from transforms import sections as sec
from transforms.chapter_prefix import chapter_prefixes
from transforms.sections import find_sections


@pytest.fixture(autouse=True)
def short_chapters(monkeypatch):
    monkeypatch.setattr(chapter_prefix, "MIN_GAP", 40)


def _without_rule(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(sec, "chapter_prefixes", lambda texts, read: {})
        return [(s.level, s.title, s.start) for s in find_sections(text)[0]]


def _outline(text):
    return [(s.level, s.title, s.start) for s in find_sections(text)[0]]


# 西游记, hexhero/book-txt (西游记.txt, from xstt5.com): every 回 line opens with "《》目录 ".
XIYOUJI = [
    ('第一回\u3000灵根育孕源流出\u3000心性修持大道生',
     '    诗曰：\n\n    混沌未分天地乱，茫茫渺渺无人见。\n\n    自从盘古破鸿蒙，开辟从兹清浊辨。\n\n    覆载群生仰至仁，发明万物皆成善。\n\n    欲知造化会元功，须看西游释厄传。\n\n    盖闻天地之数，有十二万九千六百岁为一元。将一元分为十二会，乃子、丑、寅、卯、辰、巳、午、未、申、酉、戌、亥之十二支也。每会该一万八百岁。'),
    ('第二回\u3000悟彻菩提真妙理\u3000断魔归本合元神',
     '    话表美猴王得了姓名，怡然踊跃；对菩提前作礼启谢。那祖师即命大众引悟空出二门外，教他洒扫应对，进退周旋之节。众仙奉行而出。悟空到门外，又拜了大众师兄，就于廊庑之间，安排寝处。次早，与众师兄学言语礼貌、讲经论道，习字焚香，每日如此。闲时即扫地锄园，养花修树，寻柴燃火，挑水运浆。凡所用之物，无一不备。在洞中不觉倏六七年，一日，祖师登坛高坐，唤集诸仙，开讲大道。真个是：'),
    ('第三回\u3000四海千山皆拱伏\u3000九幽十类尽除名',
     '    却说美猴王荣归故里，自剿了混世魔王，夺了一口大刀，逐日操演武艺，教小猴砍竹为标，削木为刀，治旗幡，打哨子，一进一退，安营下寨，顽耍多时。忽然静坐处，思想道：“我等在此，恐作耍成真，或惊动人王，或有禽王、兽王认此犯头，说我们操兵造反，兴师来相杀，汝等都是竹竿木刀，如何对敌？须得锋利剑戟方可。如今奈何？”众猴闻说，个个惊恐道：“大王所见甚长，只是无处可取。'),
    ('第四回\u3000官封弼马心何足\u3000名注齐天意未宁',
     '    那太白金星与美猴王，同出了洞天深处，一齐驾云而起。原来悟空筋斗云比众不同，十分快疾，把个金星撇在脑后，先至南天门外。正欲收云前进，被增长天王领着庞、刘、苟、毕、邓、辛、张、陶，一路大力天丁，枪刀剑戟，挡住天门，不肯放进。猴王道：“这个金星老儿，乃奸诈之徒！既请老孙，如何教人动刀动枪，阻塞门路？”正嚷间，金星倏到。'),
    ('第五回\u3000乱蟠桃大圣偷丹\u3000反天宫诸神捉怪',
     '    话表齐天大圣到底是个妖猴，更不知官衔品从，也不较俸禄高低，但只注名便了。那齐天府下二司仙吏，早晚扶侍，只知日食三餐，夜眠一榻，无事牵萦，自由自在。闲时节会友游宫，交朋结义。见三清，称个“老”字；逢四帝，道个“陛下”。与那九曜星、五方将、二十八宿、四大天王、十二元辰、五方五老、普天星相、河汉群神，俱只以弟兄相待，彼此称呼。今日东游，明日西荡，云去云来，行踪不定。'),
    ('第六回\u3000观音赴会问原因\u3000小圣施威降大圣',
     '    且不言天神围绕，大圣安歇。话表南海普陀落伽山大慈大悲救苦救难灵感观世音菩萨，自王母娘娘请赴蟠桃大会，与大徒弟惠岸行者，同登宝阁瑶池，见那里荒荒凉凉，席面残乱；虽有几位天仙，俱不就座，都在那里乱纷纷讲论。菩萨与众仙相见毕，众仙备言前事。菩萨道：“既无盛会，又不传杯，汝等可跟贫僧去见玉帝。”众仙怡然随往。'),
]  # fmt: skip


def _book(prefix, chapters, head="《西游记》\n\n"):
    return head + "".join(f"{prefix}{h}\n\n{body}\n\n" for h, body in chapters)


def test_xiyouji_chapters_read_past_the_prefix(monkeypatch):
    text = _book("《》目录 ", XIYOUJI)
    assert len(_without_rule(monkeypatch, text)) == 1  # base: one section for the book
    got = _outline(text)
    chapters = [s for s in got if s[1].startswith("第")]
    assert [t for _, t, _ in chapters] == [" ".join(h.split()) for h, _ in XIYOUJI]
    assert len({lv for lv, _, _ in chapters}) == 1
    for _, title, start in chapters:  # the prefix stays in the text, inside the section
        assert text[start:].startswith("《》目录 " + title.split()[0])


# 曾国藩全集, hankinghu/literature-books (唐浩明's trilogy, from a reading site): "网友上传章节 "
# before each chapter, the chapters restarting at 第一章 in each book, "（第N章完）" at the end.
ZENG = [
    ('第八章 田镇大捷',
     '    一\u3000周国虞横架六根铁锁，将田家镇江面牢牢锁住\n\n    当武昌城被湘军攻破时，太平天国国宗石祥祯、韦俊和春官又副丞相林绍璋、殿左一指\n\n    挥罗大纲、殿左七指挥周国虞等率领所部连夜向长江下游方向奔去。WWw.dU.LA第二天下午，在樊口一\n\n    带遇到检点陈玉成率领的救援先头部队。陈玉成告诉石祥祯等人，翼王在九江，燕王秦日纲'),
    ('第一章 奔丧遇险',
     '    一\u3000湘乡曾府沉浸在巨大的悲痛中\n\n    湘乡县第一号乡绅家，正在大办丧事。WWw.dU.LA\n\n    这人家姓曾，住在县城以南一百三十里外的荷叶塘都①。\n\n    荷叶塘位于湘乡、衡阳、衡山三县交界之地，崇山环抱，交通闭塞，是个偏僻冷落、荒\n\n    凉贫穷的地方，但矗立在白杨坪的曾氏府第，却异常宏伟壮观：一道两人高的白色粉墙，严'),
    ('第二章 长沙激战',
     '    一\u3000\u3000城隍菩萨守南门\n\n    咸丰二年二月，从永昌突围出来的太平军将士，在天王洪秀全“上到小天堂，凡一概同\n\n    打江山功勋亲臣，大则封丞相、检点、指挥、将军、侍卫，至小亦军帅职，累代世袭，龙袍\n\n    角带在天朝”的诏命鼓舞下，北上荔浦、阳朔、桂林、兴安，从全州出广西境，一路惊天动\n\n    地地杀进湖南。'),
    ('第三章 墨绖出山',
     '    一\u3000谢绝了张亮基的邀请\n\n    湖南乡下有躲生的习俗。www.Du.La\n\n    十月十二日，是曾国藩进四十三岁的生日。自从道光十九年冬散馆进京，他已是十二个\n\n    生日没有在家过了。父亲和弟妹们暗暗在准备为他热热闹闹办一场生日酒。远近的亲朋好友\n\n    早就在打听消息。他们中间有真心来祝贺的，但更多的是借此巴结讨好。'),
    ('第四章 初办团练',
     '    一\u3000乱世须用重典\n\n    紧靠巡抚衙门的鱼塘口，新开办了一个衙门，招牌上写着“湖南审案局”五个大字。读…啦^文学曾\n\n    国藩在这个衙门里办事，当起以安境保民为主要职责的帮办团练大臣已经有两个月了。\n\n    记得进长沙的那一天，他和郭嵩焘、国葆、康福一行来到大托铺时，江忠源便带着一百\n\n    楚勇在镇上恭候，亲自陪他们进城。来到新开铺时，左宗棠又带着一班长沙乡绅和昔日师'),
    ('第五章 衡州练勇',
     '    一\u3000王錱挂出“湘军总营务局”招牌，遭到曾国藩的指责\n\n    位于南岳衡山南麓的衡州城，是湖南仅次于长沙的名城。www.Du.La\n\n    湖南自古有三湘之称。何谓三湘，其说不一。有一种说法是：潇湘、蒸湘、沅湘合为三\n\n    湘。衡州城正是蒸水与湘水的汇合处，为两广之门户，扼水陆之要冲，物产富庶，民风强\n\n    悍，历来是兵家必争之地。'),
    ('第六章 靖港惨败',
     '    一\u3000为筹军饷，不得不为贪官奏请入乡贤祠\n\n    江忠源、吴文镕先后兵败而亡，给曾国藩刺激极大。www.Du.La江忠源与曾国藩相交十余年，曾国\n\n    藩赏识、推荐他。江忠源也不负期望，军兴以来，建楚勇，守城池，屡立军功，两三年间，\n\n    便由署理知县而升至巡抚，为湖南读书人走立军功而显达之路，树立了一个榜样。江忠源为'),
    ('第七章 攻取武昌',
     '    一\u3000青麟哭诉武昌失守\n\n    青麟一进巡抚衙门，就要向骆秉章、曾国藩等人行旗人大礼，慌得骆秉章连声说：“墨\n\n    卿兄，这使不得，快坐下来，谈谈武昌战事。www.Du.La”\n\n    “青麟有罪，武昌失落了。”青麟一开口，就流下了眼泪。\n\n    他是正白旗人，翰林出身，去年由户部左侍郎差委湖北学政，今年已调任礼部右侍郎，'),
    ('第九章 江西受困',
     '    一\u3000浔阳楼上，翼王挥毫题诗\n\n    早在湘勇围攻武昌的时候，翼王石达开受天王、东王之命，来到安庆主持西征军务，当\n\n    田镇失守、湘勇即将出湖北下江西的严峻时刻，石达开率五千劲旅，从安庆渡江来到九江。(读啦文学网www.du.la网友发布)\n\n    翼王虽年纪轻轻，却是个文武全才，且为人豪爽倜傥重情义，在太平军中一向有很高威望。'),
    ('第一章 进军皖中',
     '    曾国藩第二部--野焚\n\n    一\u3000丑道人给曾国藩谈医道：岐黄可医身病，黄老可医心病\n\n    入夏以来，天气一天比一天炎热，近半个月，湘中一带又刮起了火南风。读…啦^文学这风像是从一\n\n    座巨大的火炉中喷出似的，吹在人的身上，直如火燎炭烤般地难受。山溪沟渠中的水，全被\n\n    它卷走了，连常年行船的涓水河，也因水浅而断了航。禾田开了坼。几寸宽的坼缝里，四脚'),
]  # fmt: skip


def _zeng():
    out = "《曾国藩全集》\n\n"
    for h, body in ZENG:
        out += f"网友上传章节 {h}\n\n{body}\n\n    （{h.split()[0]}完）\n\n"
    return out


def test_zeng_guofan_titles_lose_the_prefix(monkeypatch):
    text = _zeng()
    before = _without_rule(monkeypatch, text)
    assert not any(t == "第一章 奔丧遇险" for _, t, _ in before)
    got = _outline(text)
    titles = [t for _, t, _ in got]
    for h, _ in ZENG:  # every chapter, with its own title and without the site's label
        assert h in titles
    assert not any("网友上传章节" in t for t in titles)
    # Clause prefix_has_word: "（第八章完）" (a prefix of marks) closes a chapter, opens none.
    assert not any("完" in t for t in titles)


def test_chapter_end_marks_alone_are_no_prefix(monkeypatch):
    """Clause prefix_has_word alone: 曾国藩全集's "（第八章完）" lines; "（" is no prefix
    (clause prefix_cuts_sentence, which the cut excerpts would trip, set aside; review s50)."""
    monkeypatch.setattr(chapter_prefix, "MAX_CUT_SHARE", 1.0)
    texts = _zeng().split("\n")
    past = chapter_prefixes(texts, sec._reader(True))
    assert sorted(past) == [i for i, t in enumerate(texts) if t.startswith("网友上传章节")]


# 食草家族 (莫言), hankinghu/literature-books: "第一梦 红蝗" is the book's own part, over
# its chapters: no prefix (clause prefix_heading_word).
SHICAO = [
    "第二天凌晨太阳出土前约有十至十五分钟光景，我行走在一片尚未开垦的荒地上。初夏老春，残冬和初春的记忆淡漠。",
    "她转身走进冷饮店，店门口悬挂着的彩色塑料纸条被屋里的电扇风吹拂着，匆匆忙忙地飘动。",
    "我们这个庞大的家族里，气氛一直是宽松和谐的。",
    "九老爷的歌唱确实象一条汹涌奔腾泥沙俱下的河流，我猜测到歌词本身恐怕毫无意义。",
    "锔锅匠僵硬地保持着固有的姿势，好象没听到四老爷的话。",
    "包工头说他发现四老爷咀嚼茅草时极象一只蝗虫，这个吃草的家族里人脸上都带着一副蝗虫般的表情。",
]


def test_shicao_part_words_are_not_a_prefix(monkeypatch):
    text = "食草家族\n\n" + "".join(
        f"第一梦 红蝗 第{k:02d}章\n\n{body}\n\n" for k, body in enumerate(SHICAO, 1)
    )
    assert _outline(text) == _without_rule(monkeypatch, text)
    assert not any(t.startswith("第01章") for _, t, _ in _outline(text))


# 货币战争5：山雨欲来, hankinghu/literature-books: "【正文】    第N节：" before a reading site's
# pages, most untitled: 2 of 7 read as headings past the prefix (clause prefix_read_share).
HUOBI = [
    ("第2节：", "    事实绝非如此！"),
    ("第3节：", "    上海黄金交易所是中国所有合法黄金现货交易的总集散地。一切国内的矿产金、回收金。"),
    ("第4节：金砖五国终于走上了“货币起义”的道路", "    罗斯福当年救急的黄金禁令，居然维持了40多年！"),
    ("第5节：", "    美元值此危难之时，德国人又开始捣乱。"),
    ("第6节：", "    人们在街头看到一个美女走来，会不由自主地多看几眼。"),
    ("第7节：", "    当华尔街媒体唱衰黄金走势时，最常引用的理由就是GLD的黄金持有量在减少。"),
    ("第8节：美国的黄金储备", "    当资金流入时，GLD基金用这些钱买入黄金实物，将“仓单”交给投资人。"),
]  # fmt: skip


def test_huobi_pages_are_no_proof(monkeypatch):
    text = _book("【正文】    ", HUOBI, head="货币战争5\n\n")
    assert _outline(text) == _without_rule(monkeypatch, text)
    monkeypatch.setattr(chapter_prefix, "MIN_LINES", 2)  # the share alone guards
    assert _outline(text) == _without_rule(monkeypatch, text)


def test_contents_list_is_no_run(monkeypatch):
    """Clause prefix_text_between: 西游记's 回 lines listed one under the other (a contents
    page) and then the text: no chapter is made of a list entry."""
    listing = "".join(f"《》目录 {h}\n" for h, _ in XIYOUJI)
    text = "《西游记》\n\n" + listing + "\n" + "\n\n".join(b for _, b in XIYOUJI) + "\n"
    assert _outline(text) == _without_rule(monkeypatch, text)


def test_markdown_chapter_lines_keep_their_reading(monkeypatch):
    """Clause prefix_line_read: "## 第一回　靈根育孕源流出…" (oscarsun72/chtxt's 西遊記, a
    Markdown heading) is read as it stands; the rule leaves it."""
    text = _book("## ", XIYOUJI, head="# 西遊記\n\n")
    got = _outline(text)
    assert got == _without_rule(monkeypatch, text)
    assert sum(t.startswith("## 第") or t.startswith("第") for _, t, _ in got) == 6


# 《C形包围》戴旭, hankinghu/literature-books: a page export, the running head "C形包围第一章总论：
# 2030肢解中国一、中国已被" over each page of chapter 1: one number, no advance (prefix_advancing).
C_PAGES = [
    ("“C”字型战略包围（1）", "这是本书作者历时数年研究，半年写（画）成的一篇（幅）世界全景式政治、军事巨作。"
     "观此文，会让我们明白今天世界的基本真相。"),
    ("“C”字型战略包围（2）", "今年是新中国诞生六十年，有人说我们的朋友遍天下。我于是拿着放大镜在世界地图上"
     "找啊找啊找，没有发现真正的朋友在哪，却发现了一个比万里长城长得多的一个包围圈！"),
    ("“C”字型战略包围（3）", "3月，日本第一艘直升机航母正式服役，几个月后，另一艘直升机航母也下水。"),
    ("“C”字型战略包围（4）", "设想动用太空卫星、侦察机和四大航母战斗群，及驻扎在关岛和冲绳的F－35隐性战机。"),
    ("“C”字型战略包围（5）", "南海的背后是澳大利亚。澳大利亚是被称作第二岛链的一个点。它最近鼓噪得特别凶。"),
    ("“C”字型战略包围（6）", "事实已经很清楚：美国正策动日印对中国进行东西战略夹击，澳大利亚和越南配合。"),
]  # fmt: skip


def test_running_heads_of_one_chapter_do_not_advance(monkeypatch):
    head = "C形包围第一章总论：2030肢解中国一、中国已被"
    text = "《C形包围》\n\n" + "".join(f"{head}\n{sub}\n\n{body}\n\n" for sub, body in C_PAGES)
    assert _outline(text) == _without_rule(monkeypatch, text)
    assert chapter_prefixes(text.split("\n"), sec._reader(True)) == {}  # six lines, one number


def test_part_prefix_alone_is_no_prefix(monkeypatch):
    """Clause prefix_heading_word alone: 食草家族's lines with a reader that reads no whole
    line (so clause prefix_line_read cannot hold them): "第一梦 红蝗" is still no prefix."""
    texts = []
    for k, body in enumerate(SHICAO, 1):
        texts += [f"第一梦 红蝗 第{k:02d}章", "", body, ""]
    read = sec._reader(True)
    monkeypatch.setattr(chapter_prefix, "MIN_GAP", 1)  # short excerpts: the clause alone guards
    assert chapter_prefixes(texts, lambda t: read(t) if t.startswith("第0") else []) == {}


# 中州纪事, hankinghu/literature-books: "正文 第一章 蜀山三英（上）", each chapter's first paragraphs.
ZHONGZHOU = [
    ("第一章 蜀山三英（上）",
     "中州大地，人杰地灵。\n\n四海千山，最高蜀山。\n\n其实，蜀山很高是没错，但也称不上最高，昆仑凌云峰高达八千，"
     "那才是中州第一高峰。这两句诗的意思是，中州大地，门派众多，其中最有名的，那就是蜀山了。"),
    ("第二章 蜀山三英（下）",
     "蜀山一派，人数不少，足有千人。\n\n天地玄黄，如今的蜀山，辈份最高的就是天字辈的天闲道长一人，而且常年闭关，"
     "从未走出白云洞一步。掌门楚地这一辈，师兄弟加上师姐妹，一共也只有二十来人。"),
    ("第三章 奉命下山",
     "夜幕降临。\n\n淡淡的月色洒落地面，天心峰上一片银白。\n\n上羽堂附近有一片小树林，种满梅花。\n\n"
     "梅花林边上有一个小小池塘。\n\n李玄逸就站在池塘边的一块石头上，低头沉思。"),
    ("第四章 雾隐鬼故事",
     "雾隐城，城池很小，长2千米，宽1千米，居民只有三千户，不到中州中心长安的十分之一。不过，就是这小城，在中州，"
     "却是鼎鼎有名。这是因为，四面八方前来蜀山修道拜神的行人，总会在此落脚。"),
    ("第五章 雾隐鬼故事（2）",
     "来到闹鬼的宅院门口，牛虻指给三人宅院的位置后就躲了起来，临走前还不让叮嘱三人抓鬼时不要烧了宅院。\n\n"
     "这宅院像是废弃了许久，满是荒草，墙壁斑驳，木门、梁柱等等都已经老旧。"),
    ("第六章 雾隐鬼故事（3）",
     "等待了一会儿，一股熟悉的气息靠近，王玄敦提着一个黑衣人走了过来。来到跟前，他一把将黑衣人推到二人面前，"
     "“师兄，我回来了。我按照你的吩咐四处巡逻，就看见这个家伙鬼鬼祟祟的站在围墙上，一直朝这边看，看见我就想跑。”"),
]  # fmt: skip


def test_lines_read_as_they_stand_are_left(monkeypatch):
    """Clause prefix_line_read alone: 中州纪事's "正文 第一章 蜀山三英（上）": clause
    zhengwen_prefix reads the whole line; the rule takes none of them (one real text, review
    session 50: the fixture was 中州纪事's titles over 西游记's text)."""
    texts = []
    for h, body in ZHONGZHOU:
        texts += [f"正文 {h}", ""] + body.split("\n") + [""]
    read = sec._reader(True)
    assert chapter_prefixes(texts, read) == {}
    # a reader that reads no whole line: the prefix "正文" would be read past (the clause guards)
    assert len(chapter_prefixes(texts, lambda t: [] if t.startswith("正文") else read(t))) == 6


def test_contents_entries_alone_are_no_run(monkeypatch):
    """Clause prefix_text_between alone: the listing of the contents test, read by the
    function itself (the contents-list rule is not asked; clause prefix_cuts_sentence, which
    also holds a listing, is set aside)."""
    monkeypatch.setattr(chapter_prefix, "MAX_CUT_SHARE", 1.0)
    texts = [f"《》目录 {h}" for h, _ in XIYOUJI] + [""] + [b for _, b in XIYOUJI]
    assert chapter_prefixes(texts, sec._reader(True)) == {}


# 大唐双龙传 (黄易), jbts6/wuxia-novel's per-chapter files ch_split/ch_541.txt .. ch_546.txt, as a
# user joins them: "卷四十四 " before each chapter is the book's volume (prefix_heading_word).
DATANG = [
    ('卷四十四 第二章 刑场之路', '徐子陵潜至靠近码头一座仓库旁,躲在一堆杂物后,码头旁有数十个各式各样的货仓,由开放式的竹棚至乎眼前木构建造的大仓库,应有尽有。'),
    ('卷四十四 第三章 雨中血战', '大雨横扫无边无际的汪洋,同时遮天盖地的席卷整个龙泉平原,狂暴的雷电在低压厚重的黑雨云间咆吼怒号,有摇山撼岳、地裂天崩的威势,显示出只有大自然本身才是宇宙的主宰。'),
    ('卷四十四 第四章 攻陷渤海', '风雨将天、地之间的所有景物统一为一个整体,从小龙泉西南的树林朝海港方向瞧去,只是一片迷茫。'),
    ('卷四十四 第五章 雨过天晴', '把守石堡的士兵第一个反应竟是鸣钟示警,确出乎寇仲等料外,幸好没有箭矢射来,否则将要功亏一篑,硬被阻于石堡外。'),
    ('卷四十四 第六章 生死豪赌', '在金正宗的陪伴下,傅君嫱含怒而至,一副要找寇仲和徐子陵算账的样儿。'),
    ('卷四十四 第七章 决战魔僧', '跋锋寒心中叫绝,若要杀死伏难陀,确没有比这着更精采。'),
]  # fmt: skip


def test_volume_prefix_reads_as_a_heading(monkeypatch):
    """Clause prefix_heading_word, its second arm alone: the prefix "卷四十四" reads as a
    volume; with a reader that reads no whole line (prefix_line_read cannot hold them)."""
    texts = []
    for h, body in DATANG:
        texts += [h, "", body, ""]
    read = sec._reader(True)
    monkeypatch.setattr(chapter_prefix, "MIN_GAP", 1)
    rests_only = chapter_prefixes(texts, lambda t: read(t) if t[:1] == "第" else [])
    assert sorted(rests_only) == [0, 4, 8, 12, 16, 20]  # the prefix unread: it would be read past
    no_line = chapter_prefixes(texts, lambda t: read(t) if t[:1] == "第" or len(t) < 6 else [])
    assert no_line == {}


# 陆小凤传奇全集 (古龙), hankinghu/literature-books: "◆ 《陆小凤传奇之金鹏王朝》 第一回　有四条眉毛的人 ◆".
LUXIAOFENG = [
    ("第一回\u3000有四条眉毛的人",
     "黄昏，黄昏后。这正是龙翔客栈最热闹的时候，楼下的饭厅里每张桌上都有客人，跑堂的伙计小北京忙得满头大汗，"
     "连嗓子都有点哑了。\n\n楼上是四六二十四间客房，也已全都客满。\n\n"
     "客人们大多数都是佩刀挂剑的江湖好汉，谁也不懂这平时很冷落的地方，怎么会突然变得热闹了起来。"),
    ("第二回\u3000丹凤公主",
     "酒杯还在陆小凤手里，杯子里的酒却已有一大半溅在身上。\n\n他刚进霍老头屋里来的时候，霍老头也正在喝酒。\n\n"
     "这是个很简陋的小木屋，孤孤单单的建筑在山腰上的一片枣树林里。"),
    ("第三回\u3000大金鹏王",
     "长廊里阴森而黑暗，仿佛经年看不见阳光。长廊的尽头是一扇很宽大的门，门上的金环却在闪闪的发着光。\n\n"
     "他们推开这扇门，就看见了大金鹏王。\n\n大金鹏王并不是个很高大的人。"),
    ("第四回\u3000盛宴",
     "盛宴。宴席就摆在大金鹏王刚才接见的花厅里，酒菜丰富而精致。\n\n酒是真酒，真正上好的陈年花雕。\n\n"
     "陆小凤举杯一饮而尽，忽然叹息着道：“这虽然也是好酒，但比起刚才的波斯葡萄酒来，就差得远了。”"),
    ("第五回\u3000悲歌",
     "万梅山庄还没有梅花。\n\n现在是四月，桃花和杜鹃正开放，开在山坡上。\n\n"
     "面对着满山遍地的鲜花，花满楼几乎不愿再离开这地方了，他安详宁静的脸上，忽然有了无法形容的光彩。"),
    ("第六回\u3000珠光宝气",
     "酒筵摆在水阁中，四面荷塘，一碧如洗，九曲桥栏却是鲜红的。\n\n"
     "珍珠罗的纱窗高高支起，风中带着初开荷叶的清香。\n\n已经是四月了。"),
]  # fmt: skip


def test_closing_mark_is_no_part_of_the_title():
    """Clause prefix_closing_mark: the "◆" that opens the prefix and closes the line."""
    text = "".join(f"◆ 《陆小凤传奇之金鹏王朝》 {h} ◆\n\n{body}\n\n" for h, body in LUXIAOFENG)
    titles = [t for _, t, _ in _outline(text)]
    assert titles == [" ".join(h.split()) for h, _ in LUXIAOFENG]


# 走到人生边上 (杨绛), hankinghu/literature-books (from xiaoshuotxt.net, its site label cut by the
# clean stage): "走到人生边上_第N章" are an export's page chunks; each cuts a sentence in two.
# Per chunk: the start of the text after its line, and the end of the text before the next one.
ZOU = [
    ("走到人生边上", "孔子不是说“食不厌精，脍不厌细”吗? ( 《乡党第十 》)食与色，人之大"),
    ("，但人之大欲。不仅仅是为了自身和后代的生存，还都图享受呢。",
     "可是短期内元由断定准不准。末一句我还记得=“六旬义八载，一去料不返"),
    ("”批语是 ：“夕阳西下数已终。”",
     "就能超脱原先的“小我”而随着灵性良心的指导，成为有道德修养的人 。但人的劣根性是顽强的"),
    ("。少年贪玩，青年迷恋爱情，壮年汲汲于成名成家，暮年自安于自欺欺人。人寿几何，顽铁能炼成的精金，能有多少？",
     "这个坚固的大巢，拆得很慢，我却不耐烦多管它们的闲事了。直到五月"),
    ("日，旧巢拆尽。一夕风雨，旧巢洗得无影无踪 。五月六日，窗前鹊巢已了无痕迹。",
     "能缴获许多枪支弹药，不过很危险 。有次我爹给国民党狗仔子速着了，把他拴在梁上 。这群狗仔子"),
    ("了大功，喝酒吃肉庆功。我爹两手腕子给拴得紧紧的。可是他会使劲把身子撑起来，把胳腾肘子靠在梁上 。",
     "最后我伺候一个半身不遂的老太太，儿女都在国外，她一个月前去世了，留给我"),
    ("大笔钱 。她去世前对我说：“李嫂啊，你一辈子为家里人劳苦，自己吃一根冰棍也舍不得，这回该家去享享福了 。”",
     "可是我回哪儿去呢？"),
]  # fmt: skip


def test_page_chunks_cutting_sentences_are_no_chapters(monkeypatch):
    """Clause prefix_cuts_sentence: six of the six chunk lines after the first follow a line
    that ends mid-sentence: the run is pages; base's reading stays (review, session 50)."""
    text = "《走到人生边上》\n\n" + "".join(
        f"走到人生边上_第{k}章\n\n{after}\n\n{before}\n\n"
        for k, (after, before) in enumerate(ZOU, 1)
    )
    assert _outline(text) == _without_rule(monkeypatch, text)
    assert not any("第" in t for _, t, _ in _outline(text))
    lines = text.split("\n")
    assert chapter_prefixes(lines, sec._reader(True)) == {}
    monkeypatch.setattr(chapter_prefix, "MAX_CUT_SHARE", 1.0)  # the clause alone guards
    assert len(chapter_prefixes(lines, sec._reader(True))) == 7


# エリザベスとエセックス (Strachey, tr.), aozorahack/aozorabunko_text cards/001407
# 50112_ruby_41726.txt, read with --keep-aozora-markup: each chapter line opens with a note.
ESSEX = [
    ("第一章", "イギリスにおける宗教改革は、単に宗教上だけの事件ではない。それは社会的な事件でもあった。"),
    ("第二章", "エリザベスの時代（一五五八―一六〇三年）は二つの部分に分かたれる。"),
    ("第三章", "夏は物憂げに滑らかに過ぎてゆき、そして、七月の暑い日がきた。そこに霹雷のごとき事件が持ち上がった。"),
    ("第四章", "スペインの無敵艦隊《アルマダ》は撃破することができた。そしてレスターは死んだ。"),
    ("第五章", "青春はすでに尽きんとしている。この時代では、二十五歳といえばたいがいの男が壮年に達したものである。"),
    ("第六章", "ブウス氏事件も残酷な喜劇ではあった。"),
]  # fmt: skip


def test_aozora_notes_are_no_prefix(monkeypatch):
    """Clause prefix_aozora_note: "［＃２字下げ］" before each chapter is an Aozora note, not a
    label to read past (review, session 50: 32 of the 67 Aozora files fired with the flag)."""
    texts = []
    for h, body in ESSEX:
        texts += [f"［＃２字下げ］{h}［＃「{h}」は中見出し］", "", body, ""]
    assert chapter_prefixes(texts, sec._reader(True)) == {}
    text = "\n".join(texts)
    assert _outline(text) == _without_rule(monkeypatch, text)
