"""Sections of Aozora Bunko books (session 27, ``bench/aozora_headings.py``): clauses
``caseless_caps`` (``transforms.section_titles``) and ``japanese_named``
(``transforms.headings``). Lines as ``clean_text`` leaves them (notes and ruby cut) from
野村胡堂「錢形平次捕物控 猿蟹合戰」(card 1670), 内村鑑三「基督信徒のなぐさめ」(card 34),
島崎藤村「力餅」(card 158), all public domain, and the headings of Zinsser's
「ネズミ、シラミ、歴史」(水上茂樹訳, card 1493) with the first sentence of their text."""

from transforms.section_titles import _reads_as_text
from transforms.sections import find_headings

# 錢形平次: bare numbers, the first line under "一" a line of dialogue.
HEIJI = """錢形平次捕物控
猿蟹合戰
野村胡堂

一

「日本一の面白い話があるんですが、親分」
ガラツ八の八五郎、こみ上げる笑ひを噛みしめながら、ニヤリニヤリと入つて來るのです。
「あつしのことぢやありませんよ。親分」
「まだ外に、ニタニタ笑ひながら歩く人間があるのか」

二

それから五六日、梅雨晴れの爽やかな日は續きました。町の木立に蝉の聲が繁くなつて、心太と甘酒の屋臺が、明神下の木蔭に陣を布く頃、八五郎はフラリとやつて來たのです。
「どうした、八。氣のない顏をして居るぢやないか」

三

「俺は歸るよ、八」
平次の調子は靜かですが、長い間の經驗で八五郎には一種の不安さを感じさせます。
"""


def test_dialogue_under_a_bare_number_is_no_title():
    """Clause caseless_caps: a kana line equals its upper() but is in no capitals; set off
    from "一" by a blank line, with text right under it, "「日本一の…」" opens the chapter
    ("一 「日本一の面白い話があるんですが、親分」" before)."""
    assert [h.title for h in find_headings(HEIJI)] == ["一", "二", "三"]


# The typhus book: a chapter number, its title line, then the first numbered section.
ZINSSER = """ネズミ、シラミ、歴史
ハンス・ジンサー　Hans Zinsser

第１章
説明と弁解
１
この本が書き上げられるとして書き上げられたら出版社は見つかるであろうが出版されたとして読者は伝記と思わないかも知れない。
２
感染症は生物における大きな悲劇の１つであり異なる生物間における生存競争である。

"""


def test_title_line_over_a_heading_stays_a_title():
    """Clause caseless_caps: a CJK line right under its heading, with text (here "１") under
    it, is still the title ("説明と弁解")."""
    assert [h.title for h in find_headings(ZINSSER)] == ["第１章 説明と弁解", "１", "２"]


# 基督信徒のなぐさめ: four prefaces before 第一章, three of them named by a word.
NAGUSAME = """基督信徒のなぐさめ
内村鑑三

自序

心に慰めを要する苦痛あるなく、身に艱難の迫るなく、平易安逸に世を渡る人にして、神聖なる心霊上の記事を見るも、ただ人物批評または文字解剖の材料を探るにとどまるものは至少の利益をもこの書より得ることなかるべし。

明治二十六年一月二十八日
摂津中津川の辺において　　　　内村鑑三

第二版に附する自序

この書世に生れ出てより五ヶ月今や第二版を請求せらるるに至れり未だ需要の多からざる純粋基督教書籍にしてここに至りしは満足なる結果と称して可ならむ

改版に附する序

この書初めて成るや余はもちろんまず第一にこれを余の父に送れり（彼は今は主に在りて雑司ヶ谷の墓地に眠る）。

第一章　愛するものの失せし時

我は死については生理学より学べり、これを詩人の哀歌に読めり、これを伝記に見たり。

第二章　国人に捨てられし時

愛国は人性の至誠なり、我の父母妻子を愛する強いられてこれを為すにあらず。
"""

# 力餅: "はしがき" before 第一章.
CHIKARAMOCHI = """力餅
島崎藤村

はしがき

わたしが皆さんのようなかたとおなじみになったのは、以前に三冊の少年の読本を書いた時からでした。
力餅とはなんでしょう。

第一章　十の話

一　時計の言い草

皆さん、おいでなさい。お話ししましょう。まず時計の言い草から始めましょう。

二　かわずの声

声を出すのは楽しいものであるのに、かわずなかまは土から出てきたばかりで、まだ歌一つうたえませんでした。
"""


def test_japanese_prefaces_are_sections():
    """Clause japanese_named: "自序" (never read: the first-character test lacked 自), a later
    edition's preface after "…に附する", and "はしがき" head sections before 第一章."""
    titles = [h.title for h in find_headings(NAGUSAME)]
    assert titles[:3] == ["自序", "第二版に附する自序", "改版に附する序"]
    assert [h.title for h in find_headings(CHIKARAMOCHI)][0] == "はしがき"


def test_words_ending_like_a_preface_are_no_sections():
    """Clause japanese_named reads whole words: "秩序" and "順序" alone on a line, or a
    qualifier with a sentence mark, head nothing."""
    text = NAGUSAME.replace("自序\n", "秩序\n", 1).replace("改版に附する序", "順序")
    titles = [h.title for h in find_headings(text)]
    assert "秩序" not in titles and "順序" not in titles


def test_a_qualified_hajimeni_is_a_phrase():
    """Clause japanese_named_phrase: "はじめに" after a qualifier is "at the start of ..."
    (lines written for the test: no such line in the 80 books), "新版の序" stays a name."""
    from transforms.headings import line_candidates

    for line in ("人生のはじめに", "恋のはじめに", "この本の目次"):
        assert line_candidates(line, 0, 0, len(line)) == [], line
    assert [c.series for c in line_candidates("新版の序", 0, 0, 4)] == ["named:序"]


# 不如帰: parts 上編 / 中編, each over its chapters "一の一", "一の二" (chapter, section).
HOTOTOGISU = """小説　不如帰
徳冨蘆花

上編

一の一

上州伊香保千明の三階の障子開きて、夕景色をながむる婦人。

一の二

「お嬢――おやどういたしましょう、また口がすべって、おほほほほ。

一の三

「やあ、くたびれた、くたびれた」

中編

一の一

今しも午後八時を拍ちたる床の間の置き時計を炬燵の中より顧みて、川島未亡人は

一の二

武男は昨年の夏初め、新婚間もなく遠洋航海に出で、秋は帰るべかりしに、桑港に着きける時、器械に修覆を要すべき事の起こりて、それがために帰期を誤り、旧臘押しつまりて帰朝しつ。
"""


def test_part_does_not_take_its_first_chapter_for_title():
    """Clause cjk_part_over_chapter: the number line under a part heading is its first
    chapter's heading ("上編 一の一" before)."""
    assert [h.title for h in find_headings(HOTOTOGISU)] == ["上編", "中編"]


# 卍 (谷崎潤一郎, card 1383, public domain): chapters "その一" .. "その三十三"; in その十九 a
# pledge the story names is set out under its own heading, "誓約書".
MANJI = """卍
谷崎潤一郎

その十八

「なあ、お姉さん、何でそないに妊娠したいうこと隠すのんでしょう？　殊にお姉さんにまでウソつかいでもよろしいやありませんか？　ほんまにお姉さん知りやはれしませんのんか？」いうて、何や疑うてる様子で、何遍でも念押すのんですけど、ほんまのとこ私は聞いたことあれしません。

その十九

「どうです、お姉さん、まだちょっとおよろしいですか？」「ええ、ええ、私やったらかめしません。

誓約書

現住所　　兵庫県西宮市香櫨園××弁護士法学士　柿内孝太郎妻
柿内園子
明治卅七年五月八日生

その二十

「どうぞ此処のとこ出して下さい、痛いいうてもほんちょっとの間です」いうてるうちにもうシッカリ手エ握ってて、指の先か思てましたら、肩の方まで袖まくり上げて、二の腕の上と下とをハンカチで括ろとするのんで、「判おすのんにそんなことせえでもええやあれしませんか」いいましたら、「判おすだけと違います。

その二十一

なんでもそれ分ったいうのんは、その光子さんのお友達の知ってる人が綿貫と相愛の仲になってて、人頼んで結婚申し込んだところが、何や向うの親たちがええ加減なこというてちょっともハッキリせえへんのんで、本人同士は真面目に結婚望んでるさかい是非承知し
"""


def test_quoted_document_inside_a_counting_run_is_no_section():
    """Clause cjk_title_inside_run: "誓約書" between その十九 and その二十 is a line of
    その十九; where the numbers do not count on ("その十七" put after "その十八") it stays."""
    assert [h.title for h in find_headings(MANJI)] == [
        "その十八",
        "その十九",
        "その二十",
        "その二十一",
    ]
    skipped = MANJI.replace("その十九\n", "その十七\n", 1)
    assert "誓約書" in [h.title for h in find_headings(skipped)]


# 傅高义「邓小平时代」, a PDF-made e-book (hankinghu/literature-books): a chapter number, a
# blank line, its title, and the hard-wrapped first paragraph right under the title.
DENG = """第 1 章

革命者、建设者、改革者：1904-1969
邓小平 1904 年生于四川省广安县的牌坊村。他虽然出生于一个小地主之家，但邓家的亲戚中却有一个让整个村
子都引以为豪的人物。

第 2 章

从放逐到返京：1969-1974
1969 年 10 月 26 日，邓小平与妻子卓琳、继母夏伯根一起，离开了他们居住了十多年的中南海。一架专机把他
们送到江西南昌，邓小平要在那里参加劳动，接受毛泽东思想再教育。

第 3 章

在毛泽东手下整顿秩序：1974-1975
毛泽东让邓小平在周恩来病重期间主持工作。
"""


def test_short_caseless_line_over_text_is_still_the_title():
    """Clause caseless_caps_title: a short phrase set off from its chapter number by a blank
    line stays the title though text follows right under it; a sentence there is text."""
    assert [h.title for h in find_headings(DENG)] == [
        "第 1 章 革命者、建设者、改革者：1904-1969",
        "第 2 章 从放逐到返京：1969-1974",
        "第 3 章 在毛泽东手下整顿秩序：1974-1975",
    ]
    # 毛姆「人生的枷锁」 and 伊藤正德「联合舰队的覆灭」 (the same collection), 錢形平次: text.
    assert all(
        _reads_as_text(line)
        for line in (
            "牧师公馆里的生活，千篇一律，日复一日，无甚变化。",
            "拥有 637余艘军舰，总吨位达 193万吨的日本联合舰队，在太平洋战争结束时，情形极为凄惨：",
            "「日本一の面白い話があるんですが、親分」",
            "（一）",
        )
    )
    assert not any(
        _reads_as_text(line) for line in ("邓小平的治国术", "一国两制：台湾、香港和西藏")
    )


# 薄田泣菫「金剛山の歌」 (Aozora card 42241, the sample's 000150): numbered parts of a poem,
# each number set off by a blank line from the first lines of its verse.
KONGO = """１

夜は長かりき、「くらやみの
黒き幕はたぐられぬ、
時こそ來れ、めざめよ。」と、
嗄聲たかきどよもしに、

２

薔薇色ごろも靡けたる
朝の童女はなやかに、
曙の戸をひきはづし、
天の榮をかたむけて、

３

東、鷹鞭、高見山、
北は葛城、生駒らの
右左なる山なみは、
いつを日待の名こそあれ、

４

あな額白きわが友が、
ひた走り入る湊江よ、
朝潮はやく打よせて
浪の音どよむ紀伊の海。

５

わが踝の近ほとり、
やまと國原ところ狹に、
世を營める人やから、――
時のあらびの高浪に、

６

この曙にめざめたる
吾世の幸のたぐひなさ、
八千歳ながき來し方の
古裝束を脱ぎすべし、
"""


def test_first_line_of_a_poem_under_its_number_is_no_title():
    """Clause caseless_caps_title: a short line with two short lines right under it opens a
    stanza ("１ 夜は長かりき、「くらやみの" and "２ 薔薇色ごろも靡けたる" on main)."""
    assert [h.title for h in find_headings(KONGO)] == ["１", "２", "３", "４", "５", "６"]
