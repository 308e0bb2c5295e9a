"""Clauses cjk_title_marks (``transforms.numbered_titles``, used by ``headings`` and
``cjk_numbers``), cjk_colon_title (``transforms.cjk_numbers``) and command_name_title
(``transforms.numbered_titles``): numbered titles that hold "，、：", end with a colon,
or open with a command's name. Short excerpts of real text."""

from transforms.cjk_numbers import cjk_number_candidates
from transforms.clean import clean_text
from transforms.headings import cjk_title_marks, line_candidates
from transforms.normalize import normalize_text
from transforms.sections import find_sections


def _titles(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


# 觉先 (forfuture1978), 《Lucene原理与代码分析完整版》 (2010), its parts and chapters
# set "第N篇：" / "第N章：" with a colon after the number (the Markdown marks of the
# copy it was taken from removed; the first paragraph of each chapter kept).
LUCENE = """第一篇：原理篇

第一章：全文检索的基本原理

Lucene是一个高效的，基于Java的全文检索库。

反向索引：保存从字符串到文件的映射，大大提高搜索速度。

第二章：Lucene的总体架构

Lucene有索引和搜索两个过程，包含索引创建，索引，搜索三个要点。

第二篇：代码分析篇

第三章：Lucene的索引文件格式

Lucene 的索引过程,就是按照全文检索的基本过程,将倒排表写成此文件格式的过程。

第四章：Lucene索引过程分析

对于 Lucene 的索引过程，除了将词(Term)写入倒排表并最终写入 Lucene 的索引文件外，还包括分词(Analyzer)和合并段(merge segments)的过程。
"""


def test_colon_after_the_chapter_number_is_a_title():
    assert _titles(LUCENE) == [
        (1, "第一篇：原理篇"),
        (2, "第一章：全文检索的基本原理"),
        (2, "第二章：Lucene的总体架构"),
        (1, "第二篇：代码分析篇"),
        (2, "第三章：Lucene的索引文件格式"),
        (2, "第四章：Lucene索引过程分析"),
    ]


# stephen-liu74, "SQLite学习手册" (cnblogs, 2012), chapter 1: sections "一、简介："
# .. "四、个性化特征：", each title closed by a colon, each over its text.
SQLITE = """第1章 学习手册开篇

一、简介：
    SQLite是目前最流行的开源嵌入式数据库，和很多其他嵌入式存储引擎相比(NoSQL)，如BerkeleyDB、MemBASE等，
SQLite可以很好的支持关系型数据库所具备的一些基本特征，如标准SQL语法、事务、数据表和索引等。

二、SQLite的主要优点：
    1. 一致性的文件格式：
    在SQLite的官方文档中是这样解释的，我们不要将SQLite与Oracle或PostgreSQL去比较，而是应该将它看做fopen和fwrite。

三、和RDBMS相比SQLite的一些劣势：
    1. C/S应用：
    如果你有多个客户端需要同时访问数据库中的数据，特别是他们之间的数据操作是需要通过网络传输来完成的。

四、个性化特征：
    1. 零配置：
    SQLite本身并不需要任何初始化配置文件，也没有安装和卸载的过程。当然也不存在服务器实例的启动和停止。
"""


def test_titles_closed_by_a_colon_are_sections():
    titles = _titles(SQLITE)
    assert titles[0] == (1, "第1章 学习手册开篇")
    assert [t for _, t in titles[1:]] == [
        "一、简介：",
        "二、SQLite的主要优点：",
        "三、和RDBMS相比SQLite的一些劣势：",
        "四、个性化特征：",
    ]
    assert {level for level, _ in titles[1:]} == {2}


# Titles of the same guide's sections and of Chinese notes that hold a colon or
# a comma inside ("一、概述：Java中的并发体系", a Markdown heading of a Java
# concurrency note, its "##" removed) are candidates with their title.
def test_marks_inside_a_title():
    line = "一、概述：Java中的并发体系"
    (c,) = cjk_number_candidates(line, 0, 0, len(line))
    assert (c.value, c.rest) == (1, "概述：Java中的并发体系")
    line = "第一章：全文检索的基本原理"
    (c,) = line_candidates(line, 0, 0, len(line))
    assert (c.series, c.value, c.rest) == ("cjk:章", 1, "全文检索的基本原理")
    # The couplet titles (回目) of 西游记 and 三国演义 as web copies set them: a
    # colon after the number, a comma between the two halves.
    for line, value in (("第一回：灵根育孕源流出，心性修持大道生", 1),
                        ("第一回：宴桃园豪杰三结义，斩黄巾英雄首立功", 1),
                        ("第三章归来，又见故人", 3)):  # fmt: skip
        (c,) = line_candidates(line, 0, 0, len(line))
        assert (c.kind, c.value) == ("cjk", value)
        assert "，" in c.rest and not c.rest.startswith("：")


# 水浒传 (shared data), hard-wrapped: a name split over two lines ("阮小" / "二")
# leaves lines that open with "二、"; and prose after "第四回" (红楼梦). None is a title.
WRAPPED = [
    "二、阮小五、孟康，引五千军杀出来，正截断了归路，活捉了茅迪，乱枪戳死汤逢",
    "二、短命二郎阮小五、活阎罗阮小七、出洞蛟童威、翻江蜃童猛。",
    "第四回中既将薛家母子在荣府中寄居等事略已表明，此回暂可不写了。",
]


def test_wrapped_prose_with_marks_is_no_candidate():
    for line in WRAPPED:
        assert cjk_number_candidates(line, 0, 0, len(line)) == []
        assert line_candidates(line, 0, 0, len(line)) == []
    assert not cjk_title_marks("，引五千军杀出来")
    assert not cjk_title_marks("德业相劝，")


# Ubuntu Packaging Guide (Debian's ubuntu-packaging-guide-epub, read from the
# EPUB): the last chapters of its first part, then its knowledge base, numbered
# from 1 again; two of its chapters are named by a command. Each heading with
# the first sentence under it.
UBUNTU_GUIDE = """7. Fixing FTBFS packages

Before a package can be used in Ubuntu, it has to build from source.

8. Shared Libraries

Shared libraries are compiled code which is intended to be shared among several different programs.

9. Backporting software updates

Sometimes you might want to make new functionality available in a stable release which is not connected to a critical bug fix.

1. Communication in Ubuntu Development

In a project where thousands of lines of code are changed, lots of decisions are made and hundreds of people interact every day, it is important to communicate effectively.

2. Basic Overview of the debian/ Directory

This article will briefly explain the different files important to the packaging of Ubuntu packages which are contained in the debian/ directory.

3. ubuntu-dev-tools: Tools for Ubuntu developers

ubuntu-dev-tools package is a collection of 30 tools created for making packaging work much easier for Ubuntu developers.

4. autopkgtest: Automatic testing for packages

The DEP 8 specification [https://salsa.debian.org/ci-team/autopkgtest/blob/master/doc/README.package-tests.rst] defines how automatic testing can very easily be integrated into packages.

5. Using Chroots

If you are running one version of Ubuntu but working on packages for another versions you can create the environment of the other version with a chroot.
"""


def test_numbering_restarts_under_chapters_named_by_a_command():
    titles = [t for _, t in _titles(UBUNTU_GUIDE)]
    assert titles == [
        "7. Fixing FTBFS packages",
        "8. Shared Libraries",
        "9. Backporting software updates",
        "1. Communication in Ubuntu Development",
        "2. Basic Overview of the debian/ Directory",
        "3. ubuntu-dev-tools: Tools for Ubuntu developers",
        "4. autopkgtest: Automatic testing for packages",
        "5. Using Chroots",
    ]
    line = "4. autopkgtest: Автоматическое тестирование пакетов"  # the Russian guide
    (c,) = line_candidates(line, 0, 0, len(line))
    assert (c.kind, c.value) == ("numbered", 4)


def test_lower_case_words_after_a_number_stay_prose():
    # A step of a list that goes on as a sentence, and a term with its gloss in lower case.
    for line in ("2. and then run: Debian's tool", "3. debuild: builds the package"):
        assert line_candidates(line, 0, 0, len(line)) == []


# Debian New Maintainers' Guide, Simplified Chinese (maint-guide-zh-cn, DocBook's
# text output; GPL): its 目录 names "1. 正确的起点", the body sets "第 1 章 正确的起点"
# one blank line under the list. Clause cjk_named_twice (``transforms.contents``):
# that line is the entry again and opens the body; without it the list ran on
# over chapter 1's title and the notice under it, and the notice, repeated
# under every chapter, became a heading.
MAINT_GUIDE = (
    "目录\n\n"
    "1. 正确的起点\n"
    "    1.1. Debian 的社会驱动力\n"
    "    1.2. 需要的开发工具\n"
    "2. 第一步\n"
    "    2.1. Debian 软件包制作流程\n\n"
    "第\xa01\xa0章\xa0正确的起点\n\n"
    "\xa0\xa0\xa0 本教程文档已被重写为另外的 Debian 维护者指导文档，其中包含了更新\n"
    "    的内容与更多实际例子。请使用新的教程作为主要的教程文档。\n\n"
    "    本文档致力于为普通 Debian 用户，和希望对 Debian 软件包有所了解的\n"
    "    开发人员讲述如何制作 Debian 软件包。\n\n"
    "1.1.\xa0Debian 的社会驱动力\n\n"
    "\xa0\xa0\xa0 以下是一些有关 Debian 的社会动力学报告，希望它们能够帮助你做好准\n"
    "    备，以与 Debian 进行交互：\n\n"
    "1.2.\xa0需要的开发工具\n\n"
    "    在开始之前，请确认你是否已经正确安装了开发所需要的工具集。注意这\n"
    "\xa0\xa0\xa0 些软件包中没有任何一个会被标记为 essential 或 required —— 这里假\n"
    "    设你已经安装了它们。\n\n"
    "第\xa02\xa0章\xa0第一步\n\n"
    "\xa0\xa0\xa0 本教程文档已被重写为另外的 Debian 维护者指导文档，其中包含了更新\n"
    "    的内容与更多实际例子。请使用新的教程作为主要的教程文档。\n"
)


def test_chinese_chapter_line_after_its_contents_entry_opens_the_body():
    titles = _titles(MAINT_GUIDE)
    assert titles[0] == (1, "第 1 章 正确的起点")
    assert (2, "1.1. Debian 的社会驱动力") in titles
    assert (1, "第 2 章 第一步") in titles
    assert not [t for _, t in titles if t.startswith("本教程")]


# Debian New Maintainers' Guide in Vietnamese (maint-guide-vi, DocBook's text
# output; GPL): "Mục lục" opens its contents, "Chương 1." is its "Chapter 1.".
# Rule catalan_vietnamese_words (``transforms.european_words``, the openers in
# ``transforms.contents``): main found no section in the whole guide (nor in the
# Catalan one, "Sumari" / "Capítol 1. Començant correctament.").
MAINT_GUIDE_VI = (
    "Mục lục\n\n"
    "1. Bắt đầu Đúng cách\n"
    "    1.1. Động lực xã hội của Debian\n"
    "    1.2. Các chương trình cần thiết cho sự phát triển\n"
    "2. Những bước đầu tiên\n"
    "    2.1. Luồng làm việc tạo ra gói Debian\n\n"
    "Chương\xa01.\xa0Bắt đầu Đúng cách\n\n"
    "    Việc viết lại tài liệu này với các nội dung cập nhật và nhiều các\n"
    "\xa0\xa0\xa0 ví dụ thực tế hơn đã có ở Guide for Debian Maintainers. Vui lòng\n"
    "    sử dụng tài liệu mới này như là tài liệu hướng dẫn chính.\n\n"
    "    Tài liệu này mô tả việc xây dựng một gói Debian cho người dùng\n"
    "    Debian bình thường và các nhà phát triển tiềm năng.\n\n"
    "1.1.\xa0Động lực xã hội của Debian\n\n"
    "    Dưới đây là một số quan sát về động lực xã hội của Debian, được\n"
    "\xa0\xa0\xa0 trình bày với hy vọng rằng nó sẽ chuẩn bị cho bạn tương tác với\n"
    "    Debian:\n\n"
    "1.2.\xa0Các chương trình cần thiết cho sự phát triển\n\n"
    "    Trước khi bạn bắt đầu bất cứ điều gì, bạn nên chắc chắn rằng bạn\n"
    "    đã cài đặt đúng một số gói bổ sung cần thiết cho sự phát triển.\n\n"
    "Chương\xa02.\xa0Những bước đầu tiên\n\n"
    "    Việc viết lại tài liệu này với các nội dung cập nhật và nhiều các\n"
    "\xa0\xa0\xa0 ví dụ thực tế hơn đã có ở Guide for Debian Maintainers. Vui lòng\n"
    "    sử dụng tài liệu mới này như là tài liệu hướng dẫn chính.\n"
)


def test_vietnamese_and_catalan_chapter_words():
    assert _titles(MAINT_GUIDE_VI) == [
        (1, "Chương 1. Bắt đầu Đúng cách"),
        (2, "1.1. Động lực xã hội của Debian"),
        (2, "1.2. Các chương trình cần thiết cho sự phát triển"),
        (1, "Chương 2. Những bước đầu tiên"),
    ]
    line = "Capítol 1. Començant correctament."  # maint-guide-ca
    (c,) = line_candidates(line, 0, 0, len(line))
    assert (c.kind, c.series, c.value) == ("keyword", "kw:chapter", 1)
    # Sentences that open with the words ("program", "most"), no number after them.
    for line in ("Chương trình này cần thiết.", "Phần lớn các gói"):
        assert line_candidates(line, 0, 0, len(line)) == []


# Clause cjk_ordinal_phrase (review): 洛谷 P3004 ([USACO10DEC] Treasure Chest),
# its sample explained round by round, hard-wrapped (each round's sentence
# breaks after "序列变"). "第一回合，" is "in round one," (回合 is a word, not
# 回 + a title); those lines became three level-1 headings when commas were let
# into unspaced titles. The measure-word and particle forms likewise.
_ROUNDS = (
    "贝西和伯尼找到了一个装满了金币的宝箱！但是，作为奶牛，他们不能随便进入一家商店去买东西。所以他们决定去用这些金币玩一个游戏。\n"
    * 15
)
LUOGU = (
    _ROUNDS
    + "第一回合，小 A 取走最右侧的硬币，序列变\n为 $\\{30,~25,~10\\}$，小 A 的累加价值为 $35$。\n"
    + _ROUNDS
    + "第二回合，小 B 取走最左侧的硬币，序列变\n为 $\\{25,~10\\}$，小 B 的累加价值为 $30$。\n"
    + _ROUNDS
    + "第三回合，小 A 取走最左侧的硬币，序列变\n为 $\\{10\\}$，小 A 的累加价值为 $35 + 25 = 60$。\n"
    + _ROUNDS
)


def test_ordinal_phrase_opening_a_sentence_is_no_title():
    assert _titles(LUOGU) == []
    for line in ("第二部分，我们讨论性能问题", "第三节课，老师没来", "第一部电影，我看了三遍",
                 "第三章中，作者讲了两件事", "第一回合结束，他输了", "第二部分内容，我们讲了",
                 "第三章では、索引の形式を述べ"):  # fmt: skip
        assert line_candidates(line, 0, 0, len(line)) == []
    # Titles with a first clause of their own stay.
    for line in (
        "第三章归来，又见故人",
        "第一回灵根育孕源流出，心性修持大道生",
        "第一部分：总体要求",
    ):
        assert [c.kind for c in line_candidates(line, 0, 0, len(line))] == ["cjk"]


# A Chinese translation of a Python forensics book (its introduction, public copy on
# GitHub): the sentence "第一章之后，其他章节相对独立，可以按任意顺序阅读。" hard-wrapped
# at 20 characters (the wrap and the two chapter lines around it are the test's).
FORENSICS = """第一章　搭建实验室

让我们通过搭建实验室环境来开始掌握 Python 取证的旅
程，接着简要介绍 Python ctypes。

如果你已经使用过 Python ctypes 并且有一个可用的实验
室环境，可以跳过第一章，直接开始阅读其他章节。
第一章之后，其他章节相对独立，可以按任
意顺序阅读。

第二章　取证算法

作为我们脚本和调查的基础，我们需要一个全面且强大的实
验室环境。
"""


def test_cjk_time_clause_a_sentence_opening_after_a_chapter_is_no_title():
    # Clause cjk_time_clause: before, "第一章之后，…可以按任" was chapter 1 again (the
    # wrapped line kept apart as a heading) and chapter 2 was lost behind it.
    assert _titles(FORENSICS) == [(1, "第一章 搭建实验室"), (1, "第二章 取证算法")]
    for line in ("第一部电影结束后，我们去吃饭", "第三章以后，作者换了写法", "第二回看完后，他睡了",
                 "第四章开始，故事转向了南方", "第一场比赛开始后，下雨了"):  # fmt: skip
        assert line_candidates(line, 0, 0, len(line)) == []
    for line in ("第五章皇后，与国王", "第二章勇往直前，不回头"):  # titles stay
        assert [c.kind for c in line_candidates(line, 0, 0, len(line))] == ["cjk"]
