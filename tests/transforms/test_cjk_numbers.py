"""Rule cjk_numbered (``transforms.cjk_numbers``) and the CJK clauses of the
section rules around it: cjk_no_blank, spaced_di, cjk_contents_names,
cjk_not_caps, cjk_labels (``transforms.technical_headings``), cjk_summary_line
(``transforms.section_titles``), cjk_title_groups and cjk_dateline
(``transforms.cjk_titles``). Short excerpts of real books and manuals."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _titles(text: str, clean: bool = True) -> list[tuple[int, str]]:
    if clean:
        text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


# 鲁迅《狂人日记》(吶喊, Project Gutenberg's traditional-Chinese text): bare
# numbers over the entries, no blank line under them, lines wrapped and indented.
MADMAN = """狂人日記
    一
    今天晚上，很好的月光。
    我不見他，已是三十多年；今天見了，精神分外爽快。才知道以前的三十多年，
    全是發昏；然而須十分小心。不然，那趙家的狗，何以看我兩眼呢？
    我怕得有理。
    二
    今天全沒月光，我知道不妙。早上小心出門，趙貴翁的眼色便怪︰似乎怕我，
    似乎想害我。還有七八個人，交頭接耳的議論我，張著嘴，對我笑了一笑；我便從
    頭直冷到腳根，曉得他們布置，都已妥當了。
    三
    晚上總是睡不著。凡事須得研究，才會明白。
"""


def test_bare_cjk_numbers_without_blank_lines_are_sections():
    assert _titles(MADMAN) == [(1, "一"), (1, "二"), (1, "三")]


# 史铁生《务虚笔记》: "一、写作之夜" chapters over full-width "１" parts, a web e-book.
WUXU = """一、写作之夜
１
在我所余的生命中可能再也碰不见那两个孩子了。我想那两个孩子肯定不会想到，永远不会想到。
但也有可能记得。那个落叶飘零的夜晚，和那盏路灯下那都只是他自己的历史。
２
在一片杨柏杂陈的树林中，在一座古祭坛近旁。我是那儿的常客。那是个读书和享受清静的好地方。
现在我有点儿懂了，他实际是要问，死是怎么一回事？活，怎么就变成了死？
３
窗外下起了今年的第一场秋雨，下得细碎，又不连贯。
二、残疾与爱情
很多年了，我还是常常怀疑：Ｃ坐在轮椅上，他是不是在跟我开一个玩笑？
在我纷纭的印象里最先走来的就是他。一幅没有背景的画面中，我看见Ｃ坐在轮椅上。
三、死亡序幕
在我的印象里，深夜。被一阵急促的喊声和捶门声叫醒的那个医生，就是f医生。
闷热的夏夜，急救车到来之前，惊惶失措的人们忽然想起的那个医生，我想，他会不会就是f医生？
"""


def test_titled_and_full_width_numbers_nest():
    assert _titles(WUXU) == [
        (1, "一、写作之夜"),
        (2, "１"),
        (2, "２"),
        (2, "３"),
        (1, "二、残疾与爱情"),
        (1, "三、死亡序幕"),
    ]


def test_a_numbered_list_is_no_heading():
    # 冯骥才《神鞭》: items with a clause mark in them, and a list of two.
    text = "都说：\n一、要知尊师敬祖；\n二、要知忠孝节义；\n三、要知礼义廉耻；\n他说完了。\n"
    assert _titles(text) == []


# 学問のすすめ (福沢諭吉, Aozora): "初編" .. "三編" over titled parts.
GAKUMON = """学問のすすめ
福沢諭吉

初編

「天は人の上に人を造らず人の下に人を造らず」と言えり。されば天より人を生ずるには、万人は万人みな同じ位にして、生まれながら貴賤上下の差別なく。

二編

端書

学問とは広き言葉にて、無形の学問あり、有形の学問あり。心学、神学、理学等は形なきものなり。

三編

国は同等なること

およそ人とさえ名あれば、富めるも貧しきも、強きも弱きも、人民も政府も、その権義において異なるなしとのことは、第二編に記せり。
"""


def test_division_words_without_di():
    # (a division without a title of its own takes the isolated line under it)
    assert _titles(GAKUMON) == [(1, "初編"), (1, "二編 端書"), (1, "三編 国は同等なること")]


# The Debian Reference in traditional Chinese (debian-reference-zh-tw 2.100, text
# output): "章 1." chapters, "注意" boxes, a prose line with capitals.
DEBREF_TW = """章 1. GNU/Linux 教學

我想，當你學習一個電腦系統，就像學習一門新的外語。雖然教學和文檔是有幫助的，但你必須自己練習。

注意

如果你在任何類Unix系統中使用過一段時間的命令列工具，你可能已經掌握了這份文檔中的內容。那請把它當做一個實戰檢驗和進修。

1.1. 控制臺基礎

1.1.1. shell 提示字元 (prompt)

啟動系統之後，如果你沒有安裝 GUI（例如GNOME 或者 KDE），那麼你會看到字元登入介面。

注意

遵循Unix傳統，Debian系統下的使用者名和密碼是大小寫敏感的。

注意

Debian GNU/Linux中最強大的設計來自Unix作業系統，一個多人多工的作業系統。
"""


def test_docbook_traditional_chinese_manual():
    # "章 1." is the chapter; the "注意" box labels and the prose lines with a
    # capitalised word ("類Unix系統") open no section.
    assert _titles(DEBREF_TW, clean=False) == [(1, "章 1. GNU/Linux 教學")]


def test_contents_names():
    from transforms.cjk_numbers import cjk_number_candidates

    for name in ("內容目錄", "内容目录", "目　录", "目 次"):
        assert [c.series for c in cjk_number_candidates(name, 0, 0, len(name))] == [
            "named:CONTENTS"
        ]


def test_spaced_di_with_no_break_spaces():
    # debian-reference-zh-cn: "第\xa01\xa0章\xa0GNU/Linux 教程"
    text = (
        "第\xa01\xa0章\xa0GNU/Linux 教程\n\n我认为学习一个计算机系统，就像学习一门新的外语。\n\n"
        "第\xa02\xa0章\xa0Debian 软件包管理\n\n本章是基于 Debian 12 Bookworm 编写的。\n\n"
    )
    assert [t for _, t in _titles(text, clean=False)] == [
        "第 1 章 GNU/Linux 教程",
        "第 2 章 Debian 软件包管理",
    ]


# 老舍《四世同堂》: "01" over the first sentence, which is no title.
SISHI = """01

祁老太爷什么也不怕，只怕庆不了八十大寿。

为什么祁老太爷只预备三个月的粮食与咸菜呢？

02

祁家的房子坐落在西城护国寺附近的“小羊圈”。

祁家的房便是在葫芦胸里。

03

祁老人用破缸装满石头，顶住了街门。

李四爷在大槐树下的警告：“老街旧邻，都快预备点粮食吧！”
"""


def test_first_sentence_is_no_title():
    assert _titles(SISHI) == [(1, "01"), (1, "02"), (1, "03")]


# 夏目漱石「こころ」(Aozora, notes cut): part titles over numbered sections.
KOKORO = """上　先生と私


一

私はその人を常に先生と呼んでいた。だからここでもただ先生と書くだけで本名は打ち明けない。

二

私がその掛茶屋で先生を見た時は、先生がちょうど着物を脱いでこれから海へ入ろうとするところであった。

中　両親と私


一

宅へ帰って案外に思ったのは、父の元気がこの前見た時と大して変っていない事であった。

二

大学を卒業したという知らせが父の病気を一層重く見せはしまいかと私は恐れた。

下　先生と遺書


一

「……私はこの夏あなたから二、三度手紙を受け取りました。」

二

「私はその時心のうちで、始めて貴方を尊敬した。」
"""


def test_part_titles_head_groups_of_numbered_sections():
    titles = _titles(KOKORO, clean=False)
    assert [t for lv, t in titles if lv == 1] == [
        "上\u3000先生と私",
        "中\u3000両親と私",
        "下\u3000先生と遺書",
    ]
    assert [t for lv, t in titles if lv == 2] == ["一", "二"] * 3


# 周作人 essays: a date line closes each essay before the next one's title.
ZHOU = """故乡的野菜


我的故乡不止一个，凡我住过的地方都是故乡。故乡对于我并没有什么特别的情分。


十三年二月


北京的茶食


在东安市场的旧书摊上买到一本日本文章家五十岚力的《我的书翰》，中间说起东京的茶食店的点心。


十三年二月


喝茶


前回徐志摩先生在平民中学讲“吃茶”，——并不是胡适之先生所说的“吃讲茶”。


十三年十二月


苍蝇


苍蝇不是一件很可爱的东西，但我们在做小孩子的时候却有点喜欢它。
"""


def test_date_lines_are_no_titles():
    assert [t for _, t in _titles(ZHOU, clean=False)] == [
        "故乡的野菜",
        "北京的茶食",
        "喝茶",
        "苍蝇",
    ]


# Review (session 15): the simplified-Chinese Debian Reference (debian-reference-zh-cn
# 2.100, text output), its preface under a chapter heading (第 1 章's form): "提示",
# "警告", "注意" box labels under decimal headings.
DEBREF_CN = """第 3 章 关于本文档

3.1. 指导原则

    写作本文档时，遵循下列指导原则。

      * 仅提供概览，而忽略边界情况。（Big Picture 原则）

      * 保持文字简短紧凑。（KISS 原则）

    提示

    我试图阐明操作系统底层和体系结构的各方面内容。

3.2. 预备知识

    警告

    阅读本文档，你需要通过自己的努力去查找本文档未提及的问题答案。本
    文档仅仅提供有效的起点。

    你必须自己从以下原始材料查找解决方案。

      * Debian 网站（https://www.debian.org）上的通用信息

      * "/usr/share/doc/package_name" 目录下的文档

    注意

    软件包的详细文档，你需要安装软件包名用 "-doc" 作为后缀名的相应文
    档包来得到。

3.3. 排版约定

    本文通过如下使用 bash(1) shell 命令例子的简要方式来提供信息。
"""


def test_cjk_box_labels_are_no_sections():
    # Clause cjk_labels: "提示", "警告", "注意" label boxes, as "Note" does. In the
    # whole book rule ``listed`` offers them (its contents list has entries that
    # key as they do); here they are offered as it offers them.
    from transforms import contents as ct
    from transforms import headings as hd
    from transforms.technical_headings import drop_admonition_labels

    lines = ct.scan_lines(clean_text(normalize_text(DEBREF_CN)).text)
    labels = [
        hd.Candidate(lines.starts[i], lines.ends[i], i, "listed", hd.CAPS_RANK, t, "listed")
        for i, t in enumerate(lines.texts)
        if t in ("提示", "警告", "注意")
    ]
    assert len(labels) == 3
    assert drop_admonition_labels(lines, labels) == []
    assert _titles(DEBREF_CN) == [(1, "第 3 章 关于本文档")]
    # Without a chapter heading found, rule cjk_title_lines would take them.
    assert _titles(DEBREF_CN.replace("第 3 章 关于本文档", "3. 关于本文档")) == []


# Review (session 15): a chronicle whose chapters are years, each over its prose
# (written for this test, the layout of Chinese memoirs and 年谱).
YEARS = "".join(
    f"{year}\n\n　　{text}\n\n"
    for year, text in (
        ("一九六六年", "那年夏天，学校停了课。我们每天在院子里玩，谁也不知道明天会怎样。"),
        (
            "一九六七年",
            "父亲去了干校，家里只剩下母亲和我。母亲每天很晚才回家，从来不说她去了哪里。",
        ),
        ("一九六八年", "我去了乡下。村子在山脚下，一条小河从村前流过，冬天的时候河面会结冰。"),
    )
)


def test_years_over_prose_are_titles():
    # Clause cjk_dateline reads only a date that closes a piece (test_date_lines_are_no_titles).
    assert [t for _, t in _titles(YEARS)] == ["一九六六年", "一九六七年", "一九六八年"]


# Review (session 15): 陈忠实《白鹿原》(web e-book, hard-wrapped lines as distributed,
# shortened), 第六章: a sentence introduces the articles of a village compact,
# "一、德业相劝" ...: a list inside the chapter.
BAILU_COMPACT = """第六章

白嘉轩接过一看，是姐夫一笔不苟楷书的《乡约》：

一、德业相劝

德谓见善必行闻过必改能治其身能修其家能事父兄能教子弟能御童仆能敬

长上能睦亲邻能择交游能守廉洁能广施惠能受寄托能救患难能规过失能为人谋

二、过失相规

犯义之过六：一曰酗酒斗讼二曰行止喻违三曰行不恭逊四曰言不忠信五曰

造谣诬毁六日营私太甚。犯约之过四：一曰德业不相劝二曰过失不相规三曰礼

三、礼恰相交

。。。。。。

白嘉轩当晚回到白鹿村，把《乡约》的文本和朱先生写给徐先生的一封信一起交给学堂里的徐先生。

第七章

白鹿村的祠堂里每到晚上就响起庄稼汉们粗浑的背读《乡约》的声音。
"""


def test_a_list_after_a_colon_is_no_run_of_sections():
    # Clause cjk_colon_list.
    assert _titles(BAILU_COMPACT) == [(1, "第六章"), (1, "第七章")]


# 周作人文集 (web e-book): dates with a word after the day close two pieces.
ZHOU_DATES = """一个乡民的死

我住着的房屋后面，广阔的院子中间，有一座罗汉堂。它的左边略低的地方是寺里的厨房。

一九二一年八月三十日作

卖汽水的人

我的间壁有一个卖汽水的人。在般若堂院子里左边的一角，有两间房屋。

十四年四月二十二日雨夜

唁辞

昨日傍晚，妻得到孔德学校的陶先生的电话，只是一句话。
"""


def test_dates_with_a_word_are_no_titles():
    # Clause cjk_dateline: "...日作", "...日雨夜" are dates too.
    assert [t for _, t in _titles(ZHOU_DATES)] == ["一个乡民的死", "卖汽水的人", "唁辞"]
