"""Session 47 (branch wtC): clauses ``site_address_head``, ``title_download_tag`` and
``homoglyph_tail`` (transforms/glued_site_words.py). The stamped passages are excerpts of the
books that carry them in the Chinese mirrors (杨绛：走到人生边上, 林达：历史深处的忧虑,
hankinghu/literature-books; 诡秘之主 1 and 3, xiexie1993/fiction_Secret_Master); the guards'
lines are the mirrors' own (斯大林传, 龙族1-3, 激荡三十年, 第三次工业革命) or marked made up;
the story lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

import pytest

from transforms.clean import clean_text
from transforms.glued_site_words import glued_site_words
from transforms.normalize import normalize_text

STORY = "老残道：“我今天不走了。”\n\n说着便回店去了。\n\n"
FILLER = STORY * 20


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _cuts(text: str) -> list[str]:
    return [text[e.start : e.end] for e in glued_site_words(text)]


# (the passage as the book has it, the stamp, what must stay of the stamped line)
PASSAGES = (
    (  # 走到人生边上 第2章: the site's name and address over a page's first words
        "孔子不是说“食不厌精，脍不厌细”吗? ( 《乡党第十 》)食与色，人之大\n\n\n\n"
        "走到人生边上_第2章\n\n小说天堂 www.xiaoshuotxt.net，但人之大欲。不仅仅是为了自身和"
        "后代的生存，还都图享受呢。 \n\n(2)灵性良心。禽兽的天性不仅有食欲、性欲 。\n\n",
        "小说天堂 www.xiaoshuotxt.net",
        "\n，但人之大欲。不仅仅是为了自身和后代的生存，还都图享受呢。",
    ),
    (  # 走到人生边上 第6章: the address alone, glued to the sentence
        "有次我爹给国民党狗仔子速着了，把他拴在梁上 。这群狗仔子\n\n\n\n走到人生边上_第6章\n\n"
        "www.xiaoshuotxt.net了大功，喝酒吃肉庆功。我爹两手腕子给拴得紧紧的。\n\n",
        "www.xiaoshuotxt.net",
        "\n了大功，喝酒吃肉庆功。我爹两手腕子给拴得紧紧的。",
    ),
    (  # 历史深处的忧虑: the download site's name for its file over the book
        "\u3000------------------\n\n《历史深处的忧虑》TXT下载（全本）作者：林达\n\n\n"
        "\u3000\u3000------------------\n\n《历史深处的忧虑》\n作者：林达 \n\n第一封信\n\n"
        "\u3000\u3000卢兄：您好！\n\n",
        "TXT下载",
        "《历史深处的忧虑》作者：林达",
    ),
    (  # 诡秘之主 3: a bracketed signature and a Cyrillic "е" glued to the paragraph
        "第一百七十六章 五万五千镑（求月票）\n\n\n “黑色郁金香”号……“地狱上将”路德维尔……"
        "这是前有狼后有虎啊……漂浮在半空的克莱恩最先发现越来越近的船只，忍不住侧头俯视了下"
        "正提着漆黑短剑认真审视怪物的安德森。[随_梦]е\n\n 安德森颇感疑惑地快速回望了一眼\n\n",
        "随_梦",
        "正提着漆黑短剑认真审视怪物的安德森。\n",
    ),
    (  # 诡秘之主 1: "Щщш" for "www", then Latin letters with a macron
        "第一百六十二章 阳光猛烈\n\n 微弱的光芒从高处的狭小彩窗照入，让莫尔斯教堂内的昏暗多了"
        "几分Щщшlā\n\n 克莱恩膝放礼帽，腿倚手杖，安静地坐在过道左侧第一排的椅子上。\n\n",
        "Щщш",
        "让莫尔斯教堂内的昏暗多了几分\n",
    ),
)
NAMES = ("zoudao_ch2", "zoudao_ch6", "lishi_title", "guimi_bracket", "guimi_www")

# 明朝那些事儿: 奇书网's look-alike address ("с" is Cyrillic) parted around the site's name,
# twice in the passage; 方与圆: the same in a bracket with a full-width "ｃ"
MINGCHAO = (
    "很快就发生了争论。偏偏两人都很自负奇Qisuu.сom书，一个号称满腹韬略，一个自认谋略过人，"
    "谁也不服谁。\n\n得罪了他未必有好果子吃。经过这一闹奇Qīsuu.сom书，该出的气也出了，"
    "该说的话也说了，反正已经上了贼船，就这么着吧。\n\n"
)
FANGYUAN = (
    "当江泽民主席出现在飞机门口，对众人挥手示意时，全场顿时欢声雷动。[奇Qisuu.ｃom书]"
    "在欢呼声中，江主席步下玄梯，踏上红地毯铺就的道路。\n\n"
)


def test_homoglyph_address():
    cleaned = _clean(FILLER + MINGCHAO + FANGYUAN + FILLER)
    for sentence in (
        "偏偏两人都很自负，一个号称满腹韬略",
        "经过这一闹，该出的气也出了",
        "全场顿时欢声雷动。在欢呼声中，江主席步下玄梯",
    ):
        assert sentence in cleaned
    assert "suu" not in cleaned and "奇书" not in cleaned
    assert cleaned.count("说着便回店去了。") == 40


def test_homoglyph_address_alone_keeps_the_characters_around_it():
    # one wrapping in the text (MIN_WRAPS is 2): the address goes, the characters stay
    line = MINGCHAO.split("\n")[0]
    assert _cuts(line) == ["Qisuu.сom"]


@pytest.mark.parametrize(("passage", "stamp", "kept"), PASSAGES, ids=NAMES)
def test_glued_site_stamps(passage, stamp, kept):
    cleaned = _clean(FILLER + passage + FILLER)
    assert stamp not in cleaned
    assert kept in cleaned
    assert cleaned.count("说着便回店去了。") == 40


def test_cuts_are_the_stamps_alone():
    assert _cuts("走到人生边上_第2章\n\n小说天堂 www.xiaoshuotxt.net，但人之大欲。\n") == [
        "小说天堂 www.xiaoshuotxt.net"
    ]
    assert _cuts("www.xiaoshuotxt.net”批语是 ：“夕阳西下数已终。”\n") == ["www.xiaoshuotxt.net"]
    assert _cuts("《历史深处的忧虑》TXT下载（全本）作者：林达\n") == ["TXT下载（全本）"]
    assert _cuts("审视怪物的安德森。[随_梦]е\n") == ["[随_梦]е"]
    assert _cuts("昏暗多了几分Щщшlā \n") == ["Щщшlā "]


# lines that look alike and are the book's (guards site_host_words, site_address_at_head,
# title_tag_line, homoglyph_mixed)
KEPT = (
    "港人叶克勇创办的中华网。叶于1995年抢注www.china.com。1999年7月14日，中华网抢先上市。",  # 激荡三十年
    "www.china.com是他以12万美元的代价买到的域名。",  # made up: a host of other words
    "在线制造业服务商，就像mfg.com一样，撮合全球大大小小的企业展开合作。",  # 第三次工业革命
    "他说小说天堂 www.xiaoshuotxt.net是他常去的网站。",  # made up: the address inside a line
    "www.xiaoshuo.com上的连载他每天都看。",  # made up: a host of site words without "txt"
    "《三体》txt下载了吗？",  # made up: words after the tag
    "我在网上找《三体》TXT下载",  # made up: the title inside a sentence
    "《历史深处的忧虑》作者：林达",  # the book's own title line
    "下方还有签名：“Григо?рий Ефи?мович Распу?тин”。",  # 龙族1-3: a Russian name quoted
    "１９３５年１２月中央委员会报刊出版部主任Б·塔尔通知政治局委员： ",  # 斯大林传: an initial
    "他在笔记本上写下了Москва",  # made up: a Russian word alone at a line's end
    "这个字母念作е",  # made up: one Cyrillic letter alone
    "纽约黄金期货市场获得了空前的成功。COMEX市场就像磁石一般牢牢地吸住了全世界的黄金投资者",  # 货币战争5
    "请登录网址ｗｗｗ．ｓｉｎａ．ｃｏｍ。",  # made up: an address all in full-width letters
)


@pytest.mark.parametrize("line", KEPT)
def test_glued_site_words_guards(line):
    assert glued_site_words(line) == []
    assert glued_site_words(FILLER + line + "\n\n" + FILLER) == []


def test_glued_site_words_guards_through_clean():
    cleaned = _clean(FILLER + "\n\n".join(KEPT) + "\n\n" + FILLER)
    for line in KEPT:
        assert line.strip() in cleaned


# Review (session 47, second engineer): the signature that writes its Han characters one at
# a time between marks (诡秘之主 3, its own line) is a stamp; an address head in any case is read
def test_review_stamps_kept_in_reach():
    line = "好吧，就当她说的是对的。◢随＊梦◢小＊说Щщш.\n"  # 诡秘之主 3
    assert _cuts(line) == ["◢随＊梦◢小＊说Щщш."]
    assert _cuts("wWw.xiaoshuotxt.net了大功，喝酒吃肉庆功。\n") == ["wWw.xiaoshuotxt.net"]
    assert _cuts("wwW.xiaoshuotxt.net了大功，喝酒吃肉庆功。\n") == ["wwW.xiaoshuotxt.net"]
    # look-alike addresses that start plain, or switch widths back and forth (homoglyph_typed)
    line = "莫名其妙地望着她的丈夫。t.xt.小..说...天.堂wＷw。xiaoshuo txt.neｔ\n"  # 冬天里的春天
    assert "txt.neｔ" in _cuts(line)
    assert _cuts("Ｗww.xiaoshＵotxt.nｅt\n") == ["Ｗww.xiaoshＵotxt.nｅt"]  # 无名高地有了名
    line = (
        "21世纪什么最重要？我觉得是人才。［奇书网Jar电子书下载乐园—ＱiＳuu.Ｃom］\n"  # 马云如是说
    )
    assert _cuts(line) == ["ＱiＳuu.Ｃom"]
    # a run of letters mixing Cyrillic with a Latin letter no Russian word borrows
    assert _cuts("第三个变量记作Пz\n") == []  # made up: a label of two letters


# a translated text's own Russian words, units and labels at a line's end, and an address a
# CJK author typed in full-width then finished in plain letters (guards tail_no_phrase,
# tail_russian_word, homoglyph_typed; all made up after the integrator's questions, in the
# shapes of 斯大林传 and 沈志华's 苏联历史专题研究 in the mirrors)
KEPT_REVIEW = (
    "这是他第一次在文件上签下自己的名字……列宁Ленин(Lenin)",  # a name and its transliteration
    "他们终于到了莫斯科[Москва]",  # a bracketed Russian word
    "那天早上他照例订阅了【Правда】",  # a paper's name in brackets
    "这一天他们终于到了莫斯科Москвa",  # a Russian word typed with a Latin "a"
    "压强的单位记作Пa",  # a unit typed with a Cyrillic letter
    "设两个角分别为αβ，记作Пx",  # a formula's label after a clause
    "第三种情况记作Ж_1",  # a list label
    "请登录网址ｗｗｗ．ｓｉｎａ．ｃom查询。",  # full-width, finished in plain letters
    "请登录网址ｗｗｗ.ｓｉｎａ.ｃom查询。",  # the same with plain dots
    "请登录网址ｗｗｗ．ｓｉｎａ．ｃoｍ查询。",  # full-width with one plain letter
)


@pytest.mark.parametrize("line", KEPT_REVIEW)
def test_review_guards(line):
    assert glued_site_words(line) == []
    assert glued_site_words(FILLER + line + "\n\n" + FILLER) == []
    assert line in _clean(FILLER + line + "\n\n" + FILLER)
