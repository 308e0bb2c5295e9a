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


# The layout of a modern e-book ("一、title" chapters over full-width "１"
# parts, then chapters without parts), its text 水浒传's first chapter (public
# domain, lines 20-108 of the shared file), the titles written for this test.
WUXU = """一、高俅发迹
１
高俅无计奈何，只得来淮西，临淮州，投奔一个开赌坊的闲柳大郎，名唤柳世权。他平生专好惜客养闲人。
高俅投托得柳大郎家，一住三年。那高俅在临淮州因得了赦宥罪犯，思量要回东京。
２
当时高俅辞了柳大郎，背上包裹，离了临淮州，迤逦回到东京，迳来金梁桥下董生药家下了这一封书。
董将仕一见高俅，看了柳世权来书，自肚里寻思道：这高俅，我家如何安得着遮着他？
３
高俅大喜，谢了董将仕。董将仕使个人将着书简，引领高俅迳到学士府内。
二、端王
当日，王都尉府中准备筵宴，水陆俱备。请端王居中坐定，太尉对席相陪。
酒进数杯，食供两套，那端王起身净手，偶来书院里少歇，猛见书案上一对儿羊脂玉碾成的镇纸狮子。
三、玉玩器
次日，小王都太尉取出玉龙笔架和两个镇纸玉狮子，着一个小靶子盛了，用黄罗包袱包了，写了一封书呈。
高俅领了王都尉钧旨，将着两般玉玩器，怀中揣着书呈，迳投端王宫中来。
"""


def test_titled_and_full_width_numbers_nest():
    assert _titles(WUXU) == [
        (1, "一、高俅发迹"),
        (2, "１"),
        (2, "２"),
        (2, "３"),
        (1, "二、端王"),
        (1, "三、玉玩器"),
    ]


def test_a_numbered_list_is_no_heading():
    # Items with a clause mark in them: the four articles of 吕氏乡约 (Song
    # dynasty, public domain), the sentences around them written for this test.
    text = "约中有四条：\n一、德业相劝；\n二、过失相规；\n三、礼俗相交；\n四、患难相恤。\n众人都应了。\n"
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


# "01" over the first sentence, which is no title (the layout of a modern
# e-book; the sentences are 水浒传's, lines 64-108 of the shared file).
SISHI = """01

当日，王都尉府中准备筵宴，水陆俱备。

端王拿起狮子，不落手看了一回，道：“好！”

02

次日，小王都太尉取出玉龙笔架和两个镇纸玉狮子，着一个小靶子盛了。

高俅领了王都尉钧旨，将着两般玉玩器，怀中揣着书呈，迳投端王宫中来。

03

高俅不敢过去冲撞，立在从人背后伺侯。

端王见了大喜，便问道：“你是甚人？”
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


# A date line closes each essay before the next one's title (the layout of a
# 1920s essay collection, its dates "十三年二月"; the essays are classical ones,
# public domain: 刘禹锡 陋室铭, 周敦颐 爱莲说, 韩愈 马说 and 师说).
ZHOU = """陋室铭


山不在高，有仙则名。水不在深，有龙则灵。斯是陋室，惟吾德馨。苔痕上阶绿，草色入帘青。


十三年二月


爱莲说


水陆草木之花，可爱者甚蕃。晋陶渊明独爱菊。自李唐来，世人甚爱牡丹。予独爱莲之出淤泥而不染。


十三年二月


马说


世有伯乐，然后有千里马。千里马常有，而伯乐不常有。


十三年十二月


师说


古之学者必有师。师者，所以传道受业解惑也。
"""


def test_date_lines_are_no_titles():
    assert [t for _, t in _titles(ZHOU, clean=False)] == [
        "陋室铭",
        "爱莲说",
        "马说",
        "师说",
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
    # rule cjk_chapter_decimals (session 24): the chapter's 3.1-3.3 are its sections now
    # (here without the book's contents list); the labels still open none
    assert _titles(DEBREF_CN) == [
        (1, "第 3 章 关于本文档"),
        (2, "3.1. 指导原则"),
        (2, "3.2. 预备知识"),
        (2, "3.3. 排版约定"),
    ]
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


# Review (session 15): the layout of a modern novel as web e-books distribute
# it (hard-wrapped lines, blank lines between), 第六章: a sentence introduces the
# articles of a village compact, "一、德业相劝" ...: a list inside the chapter.
# The articles are 吕氏乡约's (Song dynasty, public domain), the sentences
# around them written for this test (review 16: in words of their own, not
# a paraphrase of the novel this layout was first seen in).
BAILU_COMPACT = """第六章

族长展开先生抄来的《乡约》，念给围在门口的族人听，开头是这样：

一、德业相劝

德谓见善必行闻过必改能治其身能治其家能事父兄能教子弟能御童仆能事

长上能睦亲故能择交游能守廉介能广施惠能受寄托能救患难能规过失能为人谋

二、过失相规

过失谓犯义之过六犯约之过四不修之过五。犯义之过：一曰酗博斗讼二曰行

止逾违三曰行不恭逊四曰言不忠信五曰造言诬毁六曰营私太甚。犯约之过：一

三、礼俗相交

。。。。。。

念罢，族长叫人把《乡约》贴在祠堂的墙上，犯了哪一条，就照哪一条罚。

第七章

此后每逢初一十五，族人都聚到祠堂里，由族长领着诵读一遍。
"""


def test_a_list_after_a_colon_is_no_run_of_sections():
    # Clause cjk_colon_list.
    assert _titles(BAILU_COMPACT) == [(1, "第六章"), (1, "第七章")]


# Dates with a word after the day close two pieces (the layout of a 1920s
# essay collection; the pieces are classical, public domain: 陶渊明 桃花源记,
# 范仲淹 岳阳楼记, 欧阳修 醉翁亭记).
ZHOU_DATES = """桃花源记

晋太元中，武陵人捕鱼为业。缘溪行，忘路之远近。忽逢桃花林，夹岸数百步，中无杂树。

一九二一年八月三十日作

岳阳楼记

庆历四年春，滕子京谪守巴陵郡。越明年，政通人和，百废具兴。

十四年四月二十二日雨夜

醉翁亭记

环滁皆山也。其西南诸峰，林壑尤美，望之蔚然而深秀者，琅琊也。
"""


def test_dates_with_a_word_are_no_titles():
    # Clause cjk_dateline: "...日作", "...日雨夜" are dates too.
    assert [t for _, t in _titles(ZHOU_DATES)] == ["桃花源记", "岳阳楼记", "醉翁亭记"]
