"""Session 50 (wtC): chapter titles of books that lost their line breaks
(``transforms.flat_chapters``): clauses ``flat_chapter_narrator_openers`` and
``flat_chapter_spaced_title``.

Real excerpts: 九尾狐 and 兒女英雄傳 from TzuYuJih/BDSE37_-_Project_Gutenberg's one-line
files (chapters cut to their last and first sentences, joined as the files join them: no
break); 梁羽生's 风雷震九州 (jbts6/wuxia-novel), 古龙's 大地飞鹰 (jbts6/wuxia-novel), 郁达夫's
春风沉醉的晚上 and 曼施坦因's 失去的胜利 (hankinghu/literature-books), each line stripped and
joined by one space as a "one line per book" export with spaces does (or by nothing).
``FLAT_LINE`` and the chapter-size thresholds are lowered so a short excerpt stands for a
whole line of whole chapters."""

from __future__ import annotations

import pytest

from transforms import flat_chapters
from transforms.flat_chapters import flat_chapter_breaks

# 斷鴻零雁記 (TzuYuJih/BDSE37_-_Project_Gutenberg, one line): the title page and the first
# sentences of its first four chapters; each chapter's sentences are repeated in
# test_novella_under_ten_thousand to a chapter's real length (the book's are ~1,100
# characters), a novella of some 7,000 characters
DUANHONG_HEAD = "斷鴻零雁記斷鴻零雁記斷鴻零雁記"
DUANHONG_CHAPTERS = [
    (
        "第一章",
        "百越有金甌山者，濱海之南，巍然矗立。每值天朗無雲，山麓蔥翠間，紅瓦鱗鱗，隱約可辨，蓋海雲古剎在焉。",
    ),
    (
        "第二章",
        "餘既辭海雲寺，即駐荒村靜室，經行侍師而外，日以淚珠拭面耳。吾師視餘年幼，固已憐之。",
    ),
    (
        "第三章",
        "餘禮乳媼既畢，悲喜交並。媼一一究吾行止，乃命餘坐，諦視餘面，即以手拊額，沉思久之。",
    ),
    (
        "第四章",
        "一日薄暮，荒村風雪，蕭蕭徹骨。餘與潮兒方自後山負薪以歸。甫入門，見吾乳媼背爐兀坐。",
    ),
]

# 九尾狐: 第十二回 opens with 上回 (an opener before session 50), 第十三回 with 上集,
# 第十四回 with 且說
JIUWEIHU = (
    "正是：豔幟重張延眾客，香名復噪播春申。不知來的是何客人，請觀下回接談。"
    "第十二回大排場眾客賀懸牌小結尾淫娼重出局上回說林黛玉改名胡寶玉，復落風塵，重張旗鼓。"
    "有大姐阿金等一班做手，在懸牌前幾天四處去招羅客人。"
    "欲知郭綏之當夜可曾擺酒，寶玉可曾答應，請觀後集分解。"
    "第十三回梅子含酸一時爭競楊花有意兩面調停上集書中說到，朱子清與胡士誠郭綏之等六人，"
    "在胡寶玉房中擺酒，飲酒之間，忽有人叫寶玉的局，寶玉去了許久，等得眾人心灰意懶。"
    "正是：頓使酸風消綺席，還教嗇鬼破慳囊。欲知後事如何，且待下回詳敘。"
    "第十四回郭綏之歡娛戀寶玉朱子青懊惱失珠花且說郭綏之從寶玉家出來，與士誠等訂定明晚之約，"
    "仍到這裡飲酒暢敘，眾人應允，方各分頭回去，當夜無話。"
)
# 兒女英雄傳: 第二十回 opens with 這回, 第二十一回 with 這書, 第二十二回 with 上回
ERNV = (
    "這正是：傷心有淚不輕彈，知還不是傷心處。要知後事如何，下回書交代。"
    "第二十回何玉鳳毀妝全孝道安龍媒持服報恩情這回書緊接上回，表得是何玉鳳姑娘自從他父母先後亡故，"
    "直到今日才表明他那片傷心，發泄他那腔怨氣，抱了他母親那口棺材哭個不住。"
    "要知那何玉鳳合安老爺怎的同行，何玉鳳合鄧褚兩家怎的作別，下回書交代。"
    "第二十一回回心向善買犢賣刀隱語雙關借弓留硯這書前二十回已把安何張三家聯成一片，穿得一串，"
    "書中不再煩敘。從這二十一回起，就要作一篇雕弓寶硯已分重合的文章，成一段雙鳳齊鳴的佳話。"
    "鴛鴦繡了從頭看，暗把金針度與人。要知何玉鳳怎的起身，後事畢竟如何，下回書交代。"
    "第二十二回晤雙親芳心驚噩夢完大事矢志卻塵緣上回書表的是安何兩家忙著上路，鄧褚兩家忙著送別，"
    "一邊行色匆匆，一邊離懷耿耿，都已交代明白。"
)
# 风雷震九州 (梁羽生), its lines: each chapter's heading a couplet whose halves are set
# apart by an ASCII space, and no opening formula after it
FENGLEI = [
    "欲知后事如何?请听下回分解。",
    "第三回 一语起疑诛怪客 双雄竟不敌红妆",
    "涵虚是观中主持,又曾受了萧志远之托,听得里面打斗声起,焉能坐视?连忙跳了出来,闯进客房,"
    '大声叫道:"两位有话好说,请给贫道一个面子。"',
    "欲知后事如何?请听下回分解。",
    "第四回 玉女迎宾招责骂 少年惊艳惹相思",
    '叶凌风吓了一跳,道,"冷大哥,原来你自己会解穴道,倒教我受了一场虚惊了。"',
    "欲知后事如何?请听下回分解。",
    "第五回 欲驻萍踪陪玉女 难明心迹觅孤儿",
    '叶凌风道:"小侄的功夫不值一晒,怎敢在姑父姑母面前献丑?"',
]
# 大地飞鹰 (古龙): 第四十六回's first line ends in a dash, no mark before the next line
DADI = [
    "花不拉脸上忽然露出种恐惧的表情,忽然转身飞奔出去,就好像忽然见了鬼一样,头也不回,"
    "立刻就逃得踪影不见。",
    "第四十五回 又是金手",
    '"阳光"的心还在跳,手脚还是冰冷的。',
    "——花不拉为什么会忽然逃走?他看见了什么?",
    "他们是怎么会死的?",
    "第四十六回 儿须成名·酒须醉",
    "这问题惟一的答案是——",
    '"阳光"已经看出了他们的阴谋,所以先发制人,先下了毒手。',
    '"是他?"她的声音颤抖:"真的是他?"',
    "第四十七回 找的不是你",
    "歌声忽然停顿。",
]
# 春风沉醉的晚上 (郁达夫; the site's stamps are the file's own): titles "迷羊 (6)"
CHUNFENG = [
    "www/xiaoshuotxt/n e t（／t／xt｜小／说天｜堂）",
    "第20章 茑萝行 (2)",
    "去年六月，我于一天晴朗的午后，从杭州坐了小汽船，在风景如画的钱塘江中跑回家来。",
    "www-xiaoshuotxt-nett*xt-小%说^天.堂!",
    "第31章 迷羊 (6)",
    "她也呆住了，说了那一句感叹的话之后，仿佛是找不着第二句话的样子。",
    "“月英！我真对你不起。”",
    "ＷＷＷ.xiＡosＨuoＴＸＴ.net（／t／／xt｜小／／说／//天//堂）",
    "第53章 微雪的早晨 (1)",
    "这一个人，现在已经不在世上了；而他的致死的原因，一直到现在还没有明白。",
]
# 失去的胜利 (曼施坦因): the text's own space in "1939年9 月1 日"
MANSTEIN = [
    "所以波兰的失败遂成为一个必然的后果了。",
    "第三章 南面集团军群的作战",
    "当我们的部队于1939年9 月1 日拂晓越过波兰国界时，我们集团军群总部中的人员自然还是位置在"
    "莱希“圣十字架”(Holy Cross)寺院之中。",
    "虽然如此，在“沉闷的冬天”之后，还是有一个“光辉的夏天”。",
    "第五章 作战计划的争论",
    "一直到战后，那个代替了1939年10月19日和29日所颁发的陆军总部原定“黄色作战计划”，"
    "而变成我们在西线攻势基础的计划背景，才开始为大家所普遍知道。",
    "今后我们又将向何处去呢？",
    "第七章 两个战役之间",
    "法军放下武器的那天，德国人抹去了心中最黑的烙印。",
]
# 檀香刑 (莫言, hankinghu/literature-books): each chapter's title line, then a line with
# its first section's number ("一", "五")
TANXIANG = [
    "还得感谢钱大老爷后堂里那位深藏不露的太太，她不能生育，鼓励老爷纳妾，但老爷决不纳妄。",
    "第一章 眉娘浪语（2）",
    "五",
    "俗话说水满则流，月满则亏，人欢没好事，狗欢抢屎吃。",
    "然后俺站起来，对着他们的背影，啐了一口唾沫，高声地骂：操你的妈——低声地说：钱丁！",
    "第四章 钱丁恨声",
    "一",
    "夫人，请坐，烫酒烧菜的粗活，何劳你亲自动手？这话余对你说过了一千遍，可你当成了耳旁风。",
    "这是余最后的嘱托，夫人，请受钱丁一拜！",
    "第五章 斗须",
    "一",
    "新任高密知县钱丁，下巴上垂挂着一部瀑布似的美丽胡须。",
]  # 全球通史 (hankinghu/literature-books): "第三章第一节叙述了约公元前 7000年…" (a cross
# reference the rule takes for a heading, as base did) and the text's own space before a number
QUANQIU = [
    "那里有足够的降雨量使各种作物得以生长，而且还拥有大量可培植的、具有潜在高产特性的土生植物。",
    "第三章第一节叙述了约公元前 7000年中美洲地区的农业的起源，以及至公元前1500年，"
    "即食物种植最终成为社会决定性因素之前的漫长的“早期农业”阶段。",
    "这些也是本编以下各章要论述的主题。",
    "第六章",
    "西欧的扩张：伊比利亚阶段， 1500—1600年",
    "我们将看到，它们是如何使南北美洲和澳大利亚的欧化、非洲的分割以及对亚洲的支配成为可能。",
    "第十章",
    "科学革命",
    "所谓科学革命……胜过自基督教兴起以来的一切事物。",
]  # 飞凤擒龙 (梁羽生, jbts6/wuxia-novel): each title line, then a subheading line of its own
FEIFENG = [
    "回到王府,完颜长之已经在一回密室里等着他了。",
    "第三回 婚宴风波",
    "鲁世雄是个孤儿",
    '"班建侯说你今天的成绩很是不错,我很高兴,但我现在只想和你谈谈私事,你不用拘束。"',
    '"谁是潜龙?谁是潜龙?"他翻来覆去的想,他是听人说过南海潜龙这个外号的,却不知潜龙是谁。',
    "第五回 新来的马车夫",
    "两桩心事",
    "时光流失,转眼过了五年。",
    "珠玛走了不久,独孤飞凤回到房中,见丈夫还在熟睡,不由得心里叹了口气,脸上现出惨白的笑容。",
    "第六回 潜龙出现研经院",
    "墙壁上画着一条龙",
    "日子一天一天地过去,不知不觉之间,那新来的马车夫已是来了二十天。",
]  # 绝塞传烽录 (梁羽生, jbts6/wuxia-novel): a couplet with the part's number "(上)" glued to
# its second half, then a subheading line
JUESAI = [
    "欲知后事如何,请听下回分解。",
    "第四回 情真戏假争权位 李代桃僵脱网罗(上)",
    "妖人出现",
    "只见一块从山顶凭空伸出来的岩石,下面有一片平地,好像张开了的狮子嘴。",
    "从草原看上高山,可以看见冰川交错俨若银龙的奇景。",
    "第九回 滚子还家情怅惘 掌门断案费思量(上)",
    "巧计易容施骗术",
    "宇文博抱着穆欣欣跑了一会,从掌心的感觉知道她的气息已经调匀,这才把她放了下来。",
    "欲知后事如何,请看下集分解。",
    "第十回 盟心忍令沾泥絮 情劫应嗟逐彩云(上)",
    "惊世骇俗",
    '段剑青就在他们闹得不可开交之际,猛地提高声音说道:"不错。"',
]  # 大地飞鹰 (古龙): titles set out letter by letter ("第一回 食 尸 鹰")
DADI_LETTERS = [
    "食尸的兀鹰。",
    "第一回 食 尸 鹰",
    "鹰在盘旋,盘旋在艳蓝的穹苍下,在等着食他的尸。",
    "这一天已经是九月十八。",
    "第九回 烈 日 下",
    "九月二十,晴。",
    "但是他们确实已经死了。",
    "第六十八回 看 死 人",
    "——他们是怎么死的?",
]
# 阿庇安's 罗马史 (hankinghu/literature-books) flattened with nothing between its lines: the
# preface names a volume after a sentence end ("所以划分为数卷。第一卷将叙述"); the book's
# own heading lines are "第二卷 关于意大利①（片断）", "第八卷 （上）①布匿战争②"
ROMA = (
    "14.有三卷②是叙述罗马人在意大利的无数勋绩，这三卷合起来应当看作是意大利的罗马史；"
    "但是它们包含了许多事件，所以划分为数卷。第一卷将叙述王政时期历代国王（共有七王）统治时期中"
    "所发生的事件，我称这卷为《王政时期的罗马史》。"
    "拉丁人虽然和罗马人订有同盟条约，但是他们向罗马人开战。他们责难罗马人，说罗马人虽然跟他们建立了"
    "同盟，并且血统相同，但是罗马人藐视他们。第二卷 关于意大利①（片断）Ⅰ.辑自《修伊达斯》"
    "服尔细人并不因为他们邻族人的不幸而恐惧，他们向罗马人作战，围攻罗马的殖民地。"
    "他们可以作为服侍执政官和大法官的仆役，以履行官厅职务而已。这就是汉尼拔侵略意大利的终结。"
    "第八卷 （上）①布匿战争②Ⅰ.迦太基的起源。第一次布匿战争。"
)


@pytest.fixture
def short_line(monkeypatch):
    """An excerpt stands for a whole line (``FLAT_LINE``) of whole chapters (``MIN_GAP``,
    ``MIN_CHAPTER``)."""
    monkeypatch.setattr(flat_chapters, "FLAT_LINE", 100)
    monkeypatch.setattr(flat_chapters, "MIN_GAP", 10)
    monkeypatch.setattr(flat_chapters, "MIN_CHAPTER", 10)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p]


def _same_text(new: str, old: str) -> bool:
    """Only breaks inserted, and a lost break's spaces replaced."""
    return new.replace("\n", "").replace(" ", "") == old.replace(" ", "")


def test_narrator_openers_end_titles(short_line):
    # clause flat_chapter_narrator_openers: 上集 (九尾狐), 這書 (兒女英雄傳) prove the end
    jiu = _paragraphs(flat_chapter_breaks(JIUWEIHU))
    assert jiu[1:7] == [
        "第十二回大排場眾客賀懸牌小結尾淫娼重出局",
        jiu[2],
        "第十三回梅子含酸一時爭競楊花有意兩面調停",
        jiu[4],
        "第十四回郭綏之歡娛戀寶玉朱子青懊惱失珠花",
        jiu[6],
    ]
    assert jiu[4].startswith("上集書中說到，朱子清")
    ernv = _paragraphs(flat_chapter_breaks(ERNV))
    assert ernv[3] == "第二十一回回心向善買犢賣刀隱語雙關借弓留硯"
    assert ernv[4].startswith("這書前二十回已把")
    assert _same_text("".join(jiu), JIUWEIHU)


def test_spaced_couplet_titles(short_line):
    # clause flat_chapter_spaced_title: the lost line end's space after the couplet, not
    # the space between its halves
    line = " ".join(FENGLEI)
    new = flat_chapter_breaks(line)
    paragraphs = _paragraphs(new)
    titles = [p for p in paragraphs if p.startswith("第")]
    assert titles == [
        "第三回 一语起疑诛怪客 双雄竟不敌红妆",
        "第四回 玉女迎宾招责骂 少年惊艳惹相思",
        "第五回 欲驻萍踪陪玉女 难明心迹觅孤儿",
    ]
    assert paragraphs[paragraphs.index(titles[1]) + 1].startswith('叶凌风吓了一跳,道,"冷大哥')
    assert _same_text(new, line)


def test_spaced_titles_need_spaced_paragraphs(short_line):
    # the same book flattened with no space between its lines: the space between the
    # couplet's halves is the heading's own, no line end; without the evidence (the
    # run's headings stand after a space, ``_spaced``) "第三回 一语起疑诛怪客" would be cut off
    line = "".join(FENGLEI)
    paragraphs = _paragraphs(flat_chapter_breaks(line))
    assert [p for p in paragraphs if p.startswith("第")] == ["第三回", "第四回", "第五回"]
    assert paragraphs[2].startswith(" 一语起疑诛怪客 双雄竟不敌红妆涵虚是观中主持")


def test_spaced_title_ends_at_a_dash_not_past_it(short_line, monkeypatch):
    # _SPACED_STOP: a line that ends in a dash ("答案是——") is text, not the title's;
    # 第四十七回 follows '"' (no sentence end): two headings stand for the book's run
    monkeypatch.setattr(flat_chapters, "MIN_HEADINGS", 2)
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(DADI)))
    assert "第四十六回 儿须成名·酒须醉" in paragraphs
    assert "第四十五回 又是金手" in paragraphs
    assert paragraphs[paragraphs.index("第四十六回 儿须成名·酒须醉") + 1].startswith("这问题惟一")


def test_spaced_title_keeps_its_bracket(short_line):
    # a bracket is the title's own ("迷羊 (6)"), not the text's first mark
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(CHUNFENG)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第20章 茑萝行 (2)",
        "第31章 迷羊 (6)",
        "第53章 微雪的早晨 (1)",
    ]


def test_space_after_a_digit_is_the_texts_own(short_line):
    # "于1939年9 月1 日": the space after a digit ends no title; that heading stays bare
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(MANSTEIN)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第三章",
        "第五章 作战计划的争论",
        "第七章 两个战役之间",
    ]
    assert paragraphs[2].startswith(" 南面集团军群的作战 当我们的部队于1939年9 月1 日")


def test_section_number_stays_with_the_text(short_line):
    # _SECTION_NUMBER: the number line "五" after the title is the text's first section's
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(TANXIANG)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第一章 眉娘浪语（2）",
        "第四章 钱丁恨声",
        "第五章 斗须",
    ]
    assert paragraphs[2].startswith("五 俗话说水满则流")


def test_space_before_a_number_is_the_texts_own(short_line):
    # _pangu: "约公元前 7000年" is set apart as Chinese typesetting sets digits apart, and
    # that space ends no title ("第三章第一节叙述了约公元前" would be one). The cross
    # reference "第三章第一节叙述" opens a line (after a space in a line joined with
    # spaces): clause flat_chapter_shape keeps it as base did (review, session 50: a first
    # heading at a line start may be the book's own first chapter; was dropped)
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(QUANQIU)))
    assert [p for p in paragraphs if p.startswith("第")][0] == "第三章"
    assert "第十章 科学革命" in paragraphs


def test_subheading_line_is_no_part_of_the_title(short_line):
    # clause flat_chapter_couplet: parts of unequal length ("婚宴风波" 4, "鲁世雄是个孤儿" 7):
    # the title is the first, the subheading opens the text; a couplet's equal halves
    # stay one title (test_spaced_couplet_titles)
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(FEIFENG)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第三回 婚宴风波",
        "第五回 新来的马车夫",
        "第六回 潜龙出现研经院",
    ]
    assert paragraphs[2].startswith('鲁世雄是个孤儿 "班建侯说')


def test_couplet_half_keeps_its_number(short_line):
    # _PART_NUMBER: "李代桃僵脱网罗(上)" is a 7-character half with its number, the couplet
    # stays whole; the subheading "妖人出现" opens the text
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(JUESAI)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第四回 情真戏假争权位 李代桃僵脱网罗(上)",
        "第九回 滚子还家情怅惘 掌门断案费思量(上)",
        "第十回 盟心忍令沾泥絮 情劫应嗟逐彩云(上)",
    ]
    assert paragraphs[2].startswith("妖人出现 只见一块")


def test_title_set_out_letter_by_letter(short_line):
    # _couplet_end: parts of one character are one title's letters, all of them
    paragraphs = _paragraphs(flat_chapter_breaks(" ".join(DADI_LETTERS)))
    assert [p for p in paragraphs if p.startswith("第")] == [
        "第一回 食 尸 鹰",
        "第九回 烈 日 下",
        "第六十八回 看 死 人",
    ]


def test_volume_named_in_prose_is_no_heading(short_line):
    # clause flat_chapter_shape: two of the run's three headings are followed by a space,
    # the book's heading shape, and "第一卷将叙述" (a Han character straight after) is
    # prose. Review (session 50): joined with nothing, nothing tells it from a first
    # chapter whose heading line has no space, and the book heads no other 第一卷: it is
    # kept, as base kept it (was: the line stays as it is); joined with spaces it stands
    # inside a paragraph and is dropped (test_flat_chapters_review_wtC_s50.py)
    paragraphs = _paragraphs(flat_chapter_breaks(ROMA))
    assert [p for p in paragraphs if p.startswith("第")] == ["第一卷", "第二卷", "第八卷"]
    assert paragraphs[0].endswith("所以划分为数卷。")
    assert "".join(paragraphs) == ROMA


def test_novella_under_ten_thousand():
    # FLAT_LINE 5,000 (session 50; 10,000 before): a novella flattened to some 7,000
    # characters gets its chapters, with the default thresholds
    text = DUANHONG_HEAD + "".join(
        number + sentences * (1_800 // len(sentences)) for number, sentences in DUANHONG_CHAPTERS
    )
    assert 5_000 < len(text) < 10_000
    paragraphs = _paragraphs(flat_chapter_breaks(text))
    assert [p for p in paragraphs if p.startswith("第")] == ["第一章", "第二章", "第三章", "第四章"]
    assert paragraphs[0] == DUANHONG_HEAD
    assert "".join(paragraphs) == text
