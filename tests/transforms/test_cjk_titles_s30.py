"""Session 30 (branch wtE): what session 29 left in 鲁迅's annotated collections.

Clauses ``note_mark_off_title`` and ``quoted_words_in_title`` (transforms.cjk_titles),
``byline_under_title`` and ``list_run_in_paragraph`` (transforms.cjk_title_bylines).

Excerpts: tallusil/luxun-novel-analysis (GitHub), data/combined/ (an annotated edition of
鲁迅's collections, UTF-8, titles centred or flush left, a note reference after them):
呐喊.txt, the openings of 故乡, 孔乙己 (its author line "鲁迅" under the title) and 兔和猫;
彷徨.txt, the openings of 弟兄, 在酒楼上 (author line "鲁   迅") and 高老夫子;
华盖集续编的续编.txt, the openings of 所谓“思想界先驱者”鲁迅启事, 海上通信 and
关于《三藏取经记》等; 而已集.txt, the openings of 略论中国人的脸, 拟豫言 and 略谈香港, and
略谈香港's end (the advertisement quoted line by line). hankinghu/literature-books
(GitHub) b133 (理想国, an OCR'd book, a blank line between all lines): a page break inside
a sentence, "接着“不正义比正义更有利”" / "的问题又突然发生。". Paragraphs longer than 80
characters are cut after a sentence (the source sets one paragraph a line there); the
advertisement's two long lines are whole.
"""

from __future__ import annotations

from transforms import cjk_titles
from transforms.cjk_shown_title import shown_title
from transforms.clean import clean_text
from transforms.contents import scan_lines
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

GUXIANG = (
    "                     \u3000\u3000故乡\n"
    "\n"
    "                        \n"
    "\n"
    "\u3000\u3000我冒了严寒，回到相隔二千余里，别了二十余年的故乡去。\n"
    "\n"
    "\u3000\u3000时候既然是深冬；渐近故乡时，天气又阴晦了，冷风吹进船舱中，呜呜的响，\n"
    "从蓬隙向外一望，苍黄的天底下，远近横着几个萧索的荒村，没有一些活气。我的\n"
    "心禁不住悲凉起来了。\n"
)
KONGYIJI = (
    "                           孔乙己⑴\n"
    "\n"
    "                            鲁迅\n"
    "\n"
    "\u3000\u3000鲁镇的酒店的格局，是和别处不同的：都是当街一个曲尺形的大柜台，柜里面\n"
    "预备着热水，可以随时温酒。做工的人，傍午傍晚散了工，每每花四文铜钱，买一\n"
    "碗酒，——这是二十多年前的事，现在每碗要涨到十文，——靠柜外站着，热热的\n"
    "喝了休息；倘肯多花一文，便可以买一碟盐煮笋，或者茴香豆，做下酒物了，如果\n"
)
TUHEMAO = (
    "                       \u3000兔和猫\n"
    "\n"
    "                         \n"
    "\n"
    "\u3000\u3000住在我们后进院子里的三太太，在夏间买了一对白兔，是给伊的孩子们看的。\n"
    "\n"
)
DIXIONG = (
    "                      弟\u3000\u3000兄〔１〕\n"
    "\n"
    "\n"
    "    公益局一向无公可办，几个办事员在办公室里照例的谈家务。秦益堂捧着水\n"
    "烟筒咳得喘不过气来，大家也只得住口。久之，他抬起紫涨着的脸来了，还是气\n"
    "喘吁吁的，说：\n"
)
JIULOU = (
    "                      在 酒 楼 上\n"
    "\n"
    "                        鲁   迅\n"
    "\n"
    "    我从北地向东南旅行，绕道访了我的家乡，就到Ｓ城。这城离我\n"
    "的故乡不过三十里，坐了小船，小半天可到，我曾在这里的学校里当\n"
    "过一年的教员。深冬雪后，风景凄清，懒散和怀旧的心绪联结起来，\n"
    "我竟暂寓在S城的洛思旅馆里了；这旅馆是先前所没有的。城圈本不\n"
)
GAOLAO = (
    "                              高老夫子〔１〕\n"
    "\n"
    "\u3000\u3000这一天，从早晨到午后，他的工夫全费在照镜，看《中国历史教科书》和查《袁了凡纲\n"
    "鉴》〔２〕里；真所谓“人生识字忧患始”〔３〕，顿觉得对于世事很有些不平之意了。而\n"
    "且这不平之意，是他从来没有经验过的。\n"
)
QIDONG = (
    "所谓“思想界先驱者”鲁迅启事〔1〕\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000《新女性》〔2〕八月号登有“狂飙社〔3〕广告”，说：“狂飙运动的开始远在二年之前……去年春天本社同人与思想界先驱者鲁迅及少数最进步的青年文学家合办《莽原》……兹为大规模地进行我们的工作起见于北京出版之《乌合》《未名》《莽原》《弦上》〔4〕四种出版物外特在上海筹办《狂飙丛书》及一篇幅较大之刊物”云云。\n"
    "\n"
    "\u3000\u3000对于狂飙运动，向不知是怎么一回事：如何运动，运动甚么。\n"
    "\n"
    "\u3000\u3000今忽混称“合办”，实出意外；不敢掠美，特此声明。\n"
)
HAISHANG = (
    "海上通信〔1〕\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000小峰兄：\n"
    "\n"
    "\u3000\u3000前几天得到来信，因为忙于结束我所担任的事，所以不能即刻奉答。\n"
)
SANZANG = (
    "关于《三藏取经记》等〔1〕\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000阔别了多年的SF〔2〕君，忽然从日本东京寄给我一封信，转来转去，待我收到时，去发信的日子已经有二十天了。\n"
    "\n"
    "\u3000\u3000凡一本书的作者，对于外来的纠正，以为然的就遵从，以为非的就缄默，本不必有一一说明下笔时是什么意思，怎样取舍的必要。\n"
)
LIANG = (
    "略论中国人的脸\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000大约人们一遇到不大看惯的东西，总不免以为他古怪。\n"
    "\n"
    "\u3000\u3000我们的古人，倒似乎并不放松自己中国人的相貌。\n"
)
YUYAN = (
    "拟豫言\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000--一九二九年出现的琐事有公民某甲上书，请每县各设大学一所，添设监狱两所。被斥。\n"
    "\n"
    "\u3000\u3000有公民某乙上书，请将共产主义者之产业作为公产，女眷作为公妻，以惩一儆百。半年不批。某乙忿而反革命，被好友告发，逃入租界。\n"
)
XIANGGANG = (
    "略谈香港\n"
    "\n"
    "\n"
    "\n"
    "\u3000\u3000本年一月间我曾去过一回香港〔2〕，因为跌伤的脚还未全好，不能到街上去闲走，演说一了，匆匆便归，印象淡薄得很，也早已忘却了香港了。\n"
    "\n"
    "\u3000\u3000然而我的讲演，真是“老生常谈”，而且还是七八年前的“常谈”。\n"
)
GUANGGAO = (
    "\u3000\u3000我以为有趣，想要介绍的也不过是一个广告。港报上颇多特别的广告，而这一个最奇。我第一天看《循环日报》，便在第一版上看见的了，此后每天必见，〔21〕我每见必要想一想，而直到今天终于想不通是怎么一回事：香港城余蕙卖文\n"
    "\n"
    "\u3000\u3000人和旅店余蕙屏联榜幅发售香港对联香港七律香港七绝青山七律荻海对联荻海七绝花地七绝花地七律日本七绝圣经五绝英皇七绝英太子诗戏子七绝广昌对联三金六十员\n"
    "\n"
    "\u3000\u3000五金五十员\n"
    "\n"
    "\u3000\u3000七金四十员\n"
    "\n"
    "\u3000\u3000屏条加倍\n"
    "\n"
    "\u3000\u3000人和旅店主人谨启小店在香港上环海傍门牌一百一十八号\n"
    "\n"
    "\u3000\u3000七月十一日，于广州东堤。\n"
    "\n"
    "\n"
)


def _titles(raw: str) -> tuple[str, list[str]]:
    text = clean_text(normalize_text(raw)).text
    return text, [s.title for s in analyze_text(text).sections]


def test_note_mark_off_the_title_and_byline_no_section():
    text, titles = _titles(GUXIANG + "\n\n" + KONGYIJI + "\n\n" + TUHEMAO)
    # was ["故乡", "孔乙己⑴", "鲁迅", "兔和猫"]: the note mark in the title a user sees, the
    # author line a section of its own
    assert titles == ["故乡", "孔乙己", "兔和猫"]
    assert "孔乙己⑴\n\n鲁迅\n" in text  # the text keeps the mark and the author line


def test_spread_title_joined_and_spaced_byline():
    text, titles = _titles(DIXIONG + "\n\n" + JIULOU + "\n\n" + GAOLAO)
    # was ["弟\u3000\u3000兄〔１〕", "在 酒 楼 上", "鲁 迅", "高老夫子〔１〕"]
    assert titles == ["弟兄", "在酒楼上", "高老夫子"]
    assert "在 酒 楼 上" in text and "高老夫子〔１〕" in text


def test_quoted_words_in_title():
    _, titles = _titles(QIDONG + "\n\n" + HAISHANG + "\n\n" + SANZANG)
    # was [""]: the quotes made the first and last titles no candidates, one title is
    # too few for the rule
    assert titles == ["所谓“思想界先驱者”鲁迅启事", "海上通信", "关于《三藏取经记》等"]


def test_speech_line_quoted_whole_is_no_title():
    # the same text with the first title quoted whole and no note mark: speech, no title
    raw = "“思想界先驱者”\n" + QIDONG.split("\n", 1)[1] + "\n\n" + HAISHANG + "\n\n" + SANZANG
    _, titles = _titles(raw)
    assert "思想界先驱者" not in " ".join(titles)


def test_advertisement_lines_no_titles():
    _, titles = _titles(LIANG + "\n\n" + YUYAN + "\n\n" + XIANGGANG + GUANGGAO)
    # was [..., "略谈香港", "七金四十员", "屏条加倍"]
    assert titles == ["略论中国人的脸", "拟豫言", "略谈香港"]


LIXIANGGUO = (
    "    我们离开了原来讨论的目标，对于什么是正义，还没有得出结论，我们就又去考虑它是邪恶与愚昧呢，还是智慧与道德的问题了；\n"
    "\n"
    "    接着“不正义比正义更有利”\n"
    "\n"
    "    的问题又突然发生。\n"
    "\n"
    "    我情不自禁又探索了一番。\n"
    "\n"
    "    现在到头来，对讨论的结果我还一无所获。\n"
)


def test_long_line_quoting_words_without_note_mark_is_no_title():
    # b133's broken line set inside the third piece: over MAX_QUOTED_CHARS with no note mark
    _, titles = _titles(QIDONG + "\n\n" + HAISHANG + "\n\n" + SANZANG + "\n" + LIXIANGGUO)
    assert titles == ["所谓“思想界先驱者”鲁迅启事", "海上通信", "关于《三藏取经记》等"]


def test_shown_title_keeps_a_numbers_space():
    # hankinghu b69's section titles as found, "一 茶 铺" and "二 小 楼": the number
    # stays apart from its spread title; 热风's "四　十　九〔１〕" is one number
    assert shown_title("一 茶 铺") == "一 茶铺"
    assert shown_title("二 小 楼") == "二 小楼"
    assert shown_title("四\u3000十\u3000九〔１〕") == "四十九"
    assert shown_title("第八卷 （上）①布匿战争②") == "第八卷 （上）①布匿战争"  # hankinghu b146


def test_quoted_line_over_a_clause_mark_is_half_a_sentence():
    # hankinghu b133 (理想国), a page break: "“王者”即“最高”" over "、“真理”之意。"
    lines = scan_lines("①比喻性用语。\n\n“王者”即“最高”\n\n、“真理”之意。\n\n-- 412\n")
    assert cjk_titles._continued(lines.texts, 2)
    assert not cjk_titles._continued(scan_lines(SANZANG).texts, 0)
