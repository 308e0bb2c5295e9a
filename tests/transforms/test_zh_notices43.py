"""Session 43 (branch wtF): clauses ``download_disclaimer_line`` (with sub-clause
``disclaimer_block_line``) and ``reader_app_promo`` (transforms/site_notices.py),
``parted_site_name`` (with ``credited_site_name`` and ``parted_name_wrap``,
transforms/parted_names.py), called by transforms/promo_lines.py. The stamped lines are
excerpts of the books that carry them in the mirrors (hankinghu/literature-books:
万历十五年, 生死疲劳, 国富论, 邻家的百万富翁, 方与圆, 明朝那些事儿, 社会契约论, 货币战争,
少年维特的烦恼, 白鹿原, 光荣与梦想, 阿庇安's 罗马史; zzk6780051/novel: 龙族5;
xiexie1993/fiction_Secret_Master: 诡秘之主), the guards' lines too (随想录, 明朝那些事儿,
娱乐圈是我的, 剑客行, 射雕英雄传, 变成有钱人并不难); the story lines around them are
老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.parted_names import parted_site_names
from transforms.site_notices import reader_notices

ABOVE = "老残道：“我今天不走了。”"
BELOW = "说着便回店去了。"


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _lines(body: str) -> list[str]:
    """The non-blank lines of ``body`` cleaned between two story paragraphs (both kept)."""
    out = _clean(f"{ABOVE}\n\n{body}\n\n{BELOW}\n")
    assert ABOVE in out and BELOW in out
    return [line for line in out.split("\n") if line.strip()][1:-1]


WANLI = "“登高自卑”，《万历十五年》英文版书名中译则为《无关紧要的一五八七年》，也可以说是实行愚志的第一步。"
WANLI_NOTICE = (
    "声明：本书仅供读者预览，请在下载24小时内删除，不得用作商业用途；如果喜欢请购买正版图书！"
)
SHENGSI = "作为一头牛，你很可能流芳百世"
SHENGSI_SITE = (
    "本站提供的生死疲劳版权属于作者莫言。生死疲劳情节内容，书评属其个人行为，与网站无关。"
)
SHENGSI_NOTICE = (
    "作品仅供读者预览，请在下载24小时内删除，不得用作商业用途；为了让作者 莫言能提供更多更好的作品，"
    "请您购买请购买正版图书！"
)
GUOFU = "最聪明的傻瓜提示您：长期看电子书有损视力健康，建议购买实体书"
LINJIA = "全书选载完毕，更多精彩，请见原书。呼吁读者购买正版图书。"
GUIMI_ABOVE = "“我想提交特别申请。”"
GUIMI_PS = (
    " ps:书友们，我是爱潜水的乌贼，推荐一款免费小说app，支持小说下载、听书、零广告、多种阅读模式。"
    "请您关注微信公众号：dazhuzaiyuedu（长按三秒复制）书友们快关注起来吧！"
)
GUIMI_HEADING = "第一百五十四章 分享“经验”"
LONGZU_PS = " Ps:书友们，我是江南，推荐一款免费App，支持下载、听书、零广告、多种阅读模式。请您关注（）书友们快关注起来吧！"


@pytest.mark.parametrize(
    ("body", "kept"),
    (
        # 万历十五年: the last line of the book
        (f"{WANLI}\n\n{WANLI_NOTICE}", [WANLI]),
        # 生死疲劳: the last lines, the site's line right above the disclaimer (block line)
        (f"{SHENGSI}\n\n\n\n{SHENGSI_SITE}\n{SHENGSI_NOTICE}", [SHENGSI]),
        # 国富论 / 麦田里的守望者: the "buy the printed book" line, twice
        (f"{WANLI}\n\n{GUOFU}\n\n{WANLI}\n\n{GUOFU}", [WANLI, WANLI]),
        # 邻家的百万富翁: the excerpt site's closing line
        (f"{WANLI}\n\n{LINJIA}", [WANLI]),
    ),
)
def test_download_disclaimer_line(body, kept):
    assert _lines(body) == kept


def test_disclaimer_block_line_needs_the_disclaimer():
    # the site's line alone (no disclaimer beside it) is no evidence: it stays
    assert _lines(f"{SHENGSI}\n\n{SHENGSI_SITE}") == [SHENGSI, SHENGSI_SITE]
    # a blank line between: the block ends there
    assert _lines(f"{SHENGSI_SITE}\n\n{SHENGSI_NOTICE}") == [SHENGSI_SITE]


@pytest.mark.parametrize(
    "line",
    (
        # 随想录, 明朝那些事儿, 娱乐圈是我的: story and essay sentences that speak of 版权/购买
        "没有得到作者同意就编选、翻印别人的作品，这是侵犯“版权”。",
        "这玩意的版权完全归嘉靖所有，他人不得侵犯，该文体特点是全用赋体、词句华丽，写作难度极高。",
        "许延是很看好这个项目的，不然也不会花高价购买版权。",
        # guard disclaimer_to_reader: a book told of, nobody spoken to
        "这本书是正版的，我在书店购买的，不是电子书。",
        # guard disclaimer_needs_book: buying software, no book
        "请大家购买正版软件，不要下载盗版，仅供参考。",
        # guard disclaimer_not_speech: a character's words
        "“这本书仅供内部交流，看完请删除，别买正版。”",
        # guard disclaimer_not_narrated: a story's line
        "她请同学购买正版图书，不要下载电子书。",
    ),
)
def test_disclaimer_guards(line):
    assert _lines(f"{WANLI}\n\n{line}") == [WANLI, line]
    assert reader_notices(line) == []


@pytest.mark.parametrize(
    ("body", "kept"),
    (
        # 诡秘之主: the app line between a chapter's end and the next heading
        (f"{GUIMI_ABOVE}\n\n{GUIMI_PS}\n\n{GUIMI_HEADING}", [GUIMI_ABOVE, GUIMI_HEADING]),
        # 龙族5: the same template with another author's name
        (f"{GUIMI_ABOVE}\n\n{LONGZU_PS}", [GUIMI_ABOVE]),
    ),
)
def test_reader_app_promo(body, kept):
    assert _lines(body) == kept


@pytest.mark.parametrize(
    "line",
    (
        # guard app_promo_not_speech: a character speaks of an app
        "“这个app能听书，零广告，你下载试试。”",
        # no "听书" (the line reached by its "正版"): an app named in a sentence
        "推荐一款免费app，支持下载正版、零广告、多种阅读模式。",
    ),
)
def test_reader_app_promo_guards(line):
    assert _lines(f"{WANLI}\n\n{line}") == [WANLI, line]
    assert reader_notices(line) == []


@pytest.mark.parametrize(
    ("stamped", "kept"),
    (
        # 方与圆: the name parted by "#" and "*", its credit glued after it
        (
            "人既然不平等，那就必然有上等人和下等人的分别，即使名义上是平等的，奇#書*网收集整理但事实上却总存在着不平等，有人就会有三六九等之分。",
            "人既然不平等，那就必然有上等人和下等人的分别，即使名义上是平等的，但事实上却总存在着不平等，有人就会有三六九等之分。",
        ),
        # 方与圆: the name and its address parted by dashes, in quotation marks
        (
            '那么同样道理，"奇+---書-----网-QＩＳuu.ｃＯm"如果你心灵高贵，认为自己是高贵的人。',
            "那么同样道理，如果你心灵高贵，认为自己是高贵的人。",
        ),
        # 明朝那些事儿: between bars, the story's "人" before it kept
        (
            "在洪承畴眼里，所谓民军，都是群没脑子的白痴，但一位哲人告诉我们，老把别人当白痴的人|奇-_-书^_^网|，自己才是白痴。",
            "在洪承畴眼里，所谓民军，都是群没脑子的白痴，但一位哲人告诉我们，老把别人当白痴的人，自己才是白痴。",
        ),
        # 社会契约论: in square brackets at a paragraph's end
        ("这两种不宽容是分不开的。[奇+书+网]", "这两种不宽容是分不开的。"),
        # 货币战争: "·" parts it, inside a quoted phrase
        (
            "中国正处在这一特殊的“战略[奇·书·网]拐点”之上。",
            "中国正处在这一特殊的“战略拐点”之上。",
        ),
        # 少年维特的烦恼: the credit parted too
        (
            "我来作个有点儿可悲的说明：[奇`书`网`整.理提.供]起先我去接近他们，友好地向他们问这问那。",
            "我来作个有点儿可悲的说明：起先我去接近他们，友好地向他们问这问那。",
        ),
        # 白鹿原: the address parted by "'", the name by '"'
        (
            "白嘉轩听了，心\"奇\"书\"网-Q'i's'u'u'.'C'o'm\"中更加踏实，晌午炒了八个菜，犒劳阴阳先生。",
            "白嘉轩听了，心中更加踏实，晌午炒了八个菜，犒劳阴阳先生。",
        ),
        # 光荣与梦想: sub-clause credited_site_name, the name plain, credit and address glued
        (
            "服务质量则加倍地变坏奇书网Jar电子书下载乐园+ＱiＳuu.Ｃom。第一类邮资每盎司由五美分涨到六美分。",
            "服务质量则加倍地变坏。第一类邮资每盎司由五美分涨到六美分。",
        ),
    ),
)
def test_parted_site_name(stamped, kept):
    assert _lines(stamped) == [kept]


# 阿庇安's 罗马史, hard-wrapped: the stamp sat inside the fourth line
APPIAN = """人，所以没有跟哈士多路巴商量，就把这个女人嫁给西法克斯了。哈士多路
巴听到这个消息的时候，由于对马西尼萨的尊重，没有告诉他。但是马西尼
萨得知这件事了，所以和西庇阿订立同盟。同时，海军大将马哥觉得迦太基
人在西班牙没有胜利的希望了奇*書$网收集整理，因而航往利格里亚人和
高卢人的地区去招募雇佣兵。当他因为此事而离开了的时候，罗马人占据了
卡迪斯，因为他放弃了它。"""


def test_parted_name_wrap():
    # clause parted_name_wrap: the short line's break goes with the stamp
    cuts = parted_site_names(APPIAN)
    fourth = APPIAN.index("人在西班牙")
    assert [APPIAN[e.start : e.end] for e in cuts] == ["奇*書$网收集整理", "\n"]
    assert cuts[1].start == APPIAN.index("\n", fourth)
    out = _clean(APPIAN)
    assert "希望了，因而航往利格里亚人和高卢人的地区去招募雇佣兵。" in out
    assert "奇" not in out and "网" not in out
    # a line ending on a sentence's end keeps its break (罗马史: '驮兽。"奇-_-書--*--网-QＩＳuu.ｃＯm"')
    ended = '的时候，琉卡拉斯突然向他们进攻，杀死很多，俘虏了约一万五千人、六千\n匹马和大量的驮兽。"奇-_-書--*--网-QＩＳuu.ｃＯm"\n当这些事情正在塞西卡斯发生的时候'
    assert [ended[e.start : e.end] for e in parted_site_names(ended)] == [
        '"奇-_-書--*--网-QＩＳuu.ｃＯm"'
    ]


@pytest.mark.parametrize(
    "line",
    (
        # 剑客行 (as cleaning leaves it): a character's question about a book, ASCII quotes
        '他抬起头来，定了定神，微喟一声，方自问道："这本奇书后来的历史如何？"',
        # 射雕英雄传: a book's title after "奇书"
        "那是天下武学奇书《九阴真经》，以你师父的武学修为，也未必能够参透。",
        # 变成有钱人并不难: a site named in a sentence, its address in brackets
        "投资人还可以到银行网点或拨打银行服务电话、登录银行网站及中国债券信息网（www.chinabond.com.cn）进行相关查询。",
        # sub-clause credited_site_name: a plain name with a credit but no address
        "这些资料都是我从互联网收集整理的，仅供大家参考。",
        # guard parted_name_marks: a name parted by spaces only is not this clause's
        "他在奇 书 网上看到了这本书。",
    ),
)
def test_parted_site_name_guards(line):
    assert parted_site_names(line) == []
    assert _lines(line) == [line]


def test_parted_name_whole():
    # guard parted_name_whole: 务虚笔记's five-character stamp name (session 40's
    # site_stamp_line cuts it alone on a line, keeps it quoted): the last two characters
    # are not taken ("大$学$生@" would be left)
    for line in ('“大$学$生@小`说"网”', '大$学$生@小`说"网'):
        assert parted_site_names(line) == []
    # brackets that close after the name are the stamp's: the story's "人" before stays
    assert _lines("老把别人当白痴的人|奇-_-书^_^网|，自己才是白痴。") == [
        "老把别人当白痴的人，自己才是白痴。"
    ]


# Review (second engineer): the guards and bounds no case above reached (each a planted
# revert that passed). The story paragraphs are 老殘遊記's first chapter.
LAOCAN = (
    "話說山東登州府東門外有一座大山，名叫蓬萊山。山上有個閣子，名叫蓬萊閣。",
    "這閣造得畫棟飛雲，珠簾捲雨，十分壯麗。西面看城中人戶，煙雨萬家；東面看海上波濤，崢嶸千里。",
    "所以城中人士往往於下午攜尊挈酒，在閣中住宿，準備次日天未明時，看海中出日。",
    "習以為常，這且不表。卻說那年有個遊客，名叫老殘。此人原姓鐵，單名一個英字，號補殘。",
    "因慕懶殘和尚煨芋的故事，遂取這「殘」字做號。大家因他為人頗不討厭，契重他的意思，都叫他老殘。",
    "不知不覺，這「老殘」二字便成了個別號了。他也是江南人氏，當年也曾讀過幾句詩書。",
)
# an essay's sentence about piracy (constructed: the mirrors hold none) amid the book
ESSAY = "我们呼吁读者购买正版图书，抵制盗版电子书。"
# 陆小凤传奇全集: the notice between two books of the 全集, two blank lines each side
LUXF_END = "晨雾凄迷，东方却已有了光明，他忽然挺起胸膛，大步走向光明。"
LUXF_NOTICE = (
    "声明：本电子书仅供读者预览，请在下载24小时内删除，不得用作商业用途；如果喜欢请购买正版图书！"
)
# 麦田里的守望者: the notice over the site's "start reading" line, mid-book
MAITIAN = (
    "——完——",
    "最聪明的傻瓜提示你：长期看电子书有损视力健康，建议购买实体书",
    "开始阅读 》》》》》》》》》》》》",
)


def _book(middle: str) -> str:
    return "\n\n".join((*LAOCAN, middle, *LAOCAN)) + "\n"


def test_disclaimer_placed():
    # guard disclaimer_placed: mid-book, between two paragraphs, the essay's line stays
    assert reader_notices(_book(ESSAY)) == []
    assert ESSAY in _clean(_book(ESSAY))
    # at the back it is the site's notice
    body = "\n\n".join(LAOCAN) + f"\n\n{ESSAY}\n"
    assert [body[e.start : e.end] for e in reader_notices(body)] == [ESSAY + "\n"]
    # mid-book but set apart: between two books (two blank lines) or over a site's line
    for middle in (f"{LUXF_END}\n\n\n{LUXF_NOTICE}\n\n\n《凤舞九天》", "\n\n".join(MAITIAN)):
        notice = LUXF_NOTICE if LUXF_NOTICE in middle else MAITIAN[1]
        text = _book(middle)
        assert [text[e.start : e.end] for e in reader_notices(text)] == [notice + "\n"]


@pytest.mark.parametrize(
    "line",
    (
        # disclaimer width: a paragraph over NOTICE_CHARS holding the words (constructed)
        "如果喜欢请购买正版图书，"
        + "老残在蓬莱阁上看海中出日，" * 8
        + "仅供读者预览，请在下载后删除。",
        # two notice words only (constructed): a reader's thanks, no download told of
        "请大家购买正版图书，谢谢。",
        # no 仅供/正版/实体书 (the anchor), reached by 听书, three notice words (constructed)
        "请您下载电子书后删除，听书也行。",
        # an app line over APP_CHARS: a paragraph, not the template (constructed)
        "他打开app，支持听书、零广告。" + "老残在蓬莱阁上看海中出日，" * 16,
    ),
)
def test_notice_bounds(line):
    assert reader_notices(f"{line}\n") == []


def test_disclaimer_line_details():
    # the line goes with its break
    text = f"{WANLI}\n{WANLI_NOTICE}\n{WANLI}\n"
    assert [text[e.start : e.end] for e in reader_notices(text)] == [WANLI_NOTICE + "\n"]
    # "其他" is no narrator (constructed): the notice still goes
    other = "声明：本书仅供交流学习，不得用于商业及其他用途，请购买正版图书！"
    assert len(reader_notices(f"{other}\n")) == 1
    # sub-clause disclaimer_block_line: the line above needs a site word and two notice
    # words, and no quotation mark (constructed lines over 生死疲劳's notice)
    for above in (
        "老残在书店购买了正版的《老残游记》。",
        "本站的书都是好书。",
        "“本站提供的书版权属于作者，与网站无关。”",
    ):
        text = f"{above}\n{SHENGSI_NOTICE}\n"
        assert [text[e.start : e.end] for e in reader_notices(text)] == [SHENGSI_NOTICE + "\n"]


def test_parted_name_bounds():
    # the closing bracket is taken only when marks alone stand between (constructed)
    line = "在注释（奇+书+网，第三页）中写道。"
    assert [line[e.start : e.end] for e in parted_site_names(line)] == ["奇+书+网"]
    # clause parted_name_wrap: a heading's short line keeps its break
    text = "第三章[奇+书+网]\n" + APPIAN
    assert [text[e.start : e.end] for e in parted_site_names(text)][0] == "[奇+书+网]"
    assert "\n" not in [text[e.start : e.end] for e in parted_site_names(text)][:2]
    # and a line whose next line is no text (a date, a digit) keeps it
    text = APPIAN.replace("高卢人的地区", "1941年高卢人的地区")
    assert [text[e.start : e.end] for e in parted_site_names(text)] == ["奇*書$网收集整理"]
