"""Session 24 (branch wtC): the numbered sections of a "第N章" chapter (rule
``cjk_chapter_decimals``, transforms.cjk_decimals) and an appendix line that is prose
(clause ``appendix_colon_prose``, transforms.cjk_numbers)."""

from __future__ import annotations

from tests.transforms.test_technical_docs import _levels
from transforms.cjk_numbers import cjk_number_candidates, drop_colon_lists

# Chapter 2 of the book Go语言高级编程 (advanced-go-programming-book, ch2-cgo/readme.md,
# ch2-01-hello-cgo.md, ch2-02-basic.md) as plain text: each heading with the opening of
# its first paragraph, cut at a sentence's end.
GO_BOOK_CHAPTER_2 = """\
第2章 CGO编程

C/C++经过几十年的发展，已经积累了庞大的软件资产，它们很多久经考验而且性能已经足够优化。

2.1 快速入门

本节我们将通过一系列由浅入深的小例子来快速掌握 CGO 的基本用法。

2.1.1 最简 CGO 程序

真实的 CGO 程序一般都比较复杂。不过我们可以由浅入深，一个最简的 CGO 程序该是什么样的呢？

2.1.2 基于 C 标准库函数输出字符串

我们不仅仅通过 import "C" 语句启用 CGO 特性，同时包含 C 语言的 <stdio.h> 头文件。

2.2 CGO基础

要使用CGO特性，需要安装C/C++构建工具链，在macOS和Linux下是要安装GCC，在windows下是需要安装MinGW工具。

2.2.1 #cgo语句

编译阶段的参数主要用于定义相关宏和指定头文件检索路径。
"""

WANTED = [
    (1, "第2章 CGO编程"),
    (2, "2.1 快速入门"),
    (3, "2.1.1 最简 CGO 程序"),
    (3, "2.1.2 基于 C 标准库函数输出字符串"),
    (2, "2.2 CGO基础"),
    (3, "2.2.1 #cgo语句"),
]


def test_cjk_chapter_decimals_sections_of_a_go_book_chapter():
    assert _levels(GO_BOOK_CHAPTER_2) == WANTED


def test_cjk_chapter_decimals_numbers_must_follow_the_chapter():
    # Under "第3章" the lines numbered 2.x are not its sections; a gap (2.1 -> 2.3) breaks
    # the chain; a step with a clause mark or an amount is no title.
    other = GO_BOOK_CHAPTER_2.replace("第2章", "第3章")
    assert _levels(other) == [(1, "第3章 CGO编程")]
    gap = GO_BOOK_CHAPTER_2.replace("2.2 CGO基础", "2.3 CGO基础").replace("2.2.1 #", "2.3.1 #")
    assert [t for _, t in _levels(gap)][:4] == [t for _, t in WANTED][:4]
    assert "2.3 CGO基础" not in [t for _, t in _levels(gap)]
    for line in ("2.1 打开终端，输入命令", "2.1 万元以下的项目"):
        text = GO_BOOK_CHAPTER_2.replace("2.1 快速入门", line)
        assert line not in [t for _, t in _levels(text)], line


def test_appendix_colon_prose_a_wrapped_line_citing_an_appendix_is_no_heading():
    # The review of session 23's made-up line: a paragraph's line that opens "附录A：" and
    # goes on after a comma, its sentence going on on the next line (clause
    # appendix_colon_wrapped, review of session 24: the context decides, in
    # drop_colon_lists); real titles after the colon (the Go book's) stay candidates.
    texts = [
        "附录A：安装指南一节的说明，请先阅读",
        "该附录再继续本节。",
        "",
        "附录A：你好，世界",
        "",
    ]
    cands = [c for i, t in enumerate(texts) for c in cjk_number_candidates(t, 0, i, len(t))]
    assert [c.title for c in cands] == [texts[0], texts[3]]
    assert [c.title for c in drop_colon_lists(texts, cands)] == ["附录A：你好，世界"]
    for line in ("附录A：Go语言常见坑", "附录B：有趣的代码片段", "附录B：安装、配置与升级"):
        assert len(cjk_number_candidates(line, 0, 0, len(line))) == 1, line


# The Go book's appendix B title (appendix/appendix-b-gems.md) over a line of its text.
APPENDIX_B = """
附录B：有趣的代码片段

这里收集一些比较有意思的Go程序片段。
"""


def test_appendix_colon_wrapped_a_title_with_a_comma_stays():
    # A Hello-world appendix ("你好，世界": the comma Chinese titles take) set off by blank
    # lines is a title: clause appendix_colon_prose alone dropped it.
    hello = "\n附录A：你好，世界\n\n本附录给出第一个程序的完整代码，并逐行解释它的含义。\n"
    titles = [t for _, t in _levels(GO_BOOK_CHAPTER_2 + hello + APPENDIX_B)]
    assert titles[-2:] == ["附录A：你好，世界", "附录B：有趣的代码片段"]


# Clause cjk_decimals_list (review of session 24): a numbered list of steps under a chapter.
# The steps are written as a Chinese install guide sets them (one per line, no text
# between); the chapter around them is the Go book's chapter 2 above.
STEPS = """\
第3章 安装

请按以下步骤操作。

3.1 下载安装包
3.2 解压到任意目录
3.3 双击运行安装程序

完成后重启电脑。
"""


def test_cjk_decimals_list_numbered_steps_are_no_sections():
    levels = _levels(GO_BOOK_CHAPTER_2 + "\n" + STEPS)
    titles = [t for _, t in levels]
    assert "2.1 快速入门" in titles and "2.1.1 最简 CGO 程序" in titles  # sections stay
    assert "第3章 安装" in titles
    assert not [t for t in titles if t.startswith("3.")]  # the steps stay list items


# Session 25 (wtC): chapter 6 of the Debian Reference in traditional Chinese
# (debian-reference zh-tw, text output): its headings, each with the opening of its
# first paragraph; "6.2.4.1. exim4 的配置" has four levels and opens with a lower-case
# command name.
DEBREF_TW_6 = """\
章 6. 網路應用

    建立網路連線後（參加章 5, 網絡設置），你可以執行各種網路應用。

6.1. 網頁瀏覽器

    有許多網頁瀏覽器軟體包，使用超文字傳輸協議（HTTP）存取遠端內容。

6.2. 郵件系統

    本章節關注於消費者級網際網路連線的典型的移動工作站。

6.2.1. 電子郵件基礎

    電子郵件由三個部分組成，訊息的信封，郵件標頭及郵件正文。

6.2.2. 現代郵件服務限制

    現代郵件伺服器有一些限制來最小化暴露濫用。

6.2.3. 歷史郵件服務端期望

    一些在 Debian 上的程式，它們預設期望訪問 /usr/sbin/sendmail 命令。

6.2.4. 郵件傳輸代理 (MTA)

    Debian mobile workstations can be configured just with full featured MTAs.

6.2.4.1. exim4 的配置

    對於那些通過 smarthost 的網路郵件，你應該按如下所示的 (重新) 配置 exim4-* 軟體包。

6.2.4.2. 帶有 SASL 的 postfix 配置

    對於通過 smarthost 的網路郵件，你應該首先閱讀 postfix 文件和關鍵手冊頁。
"""


def test_cjk_decimals_four_levels_exim4_under_its_mta_section():
    levels = _levels(DEBREF_TW_6)
    assert (4, "6.2.4.1. exim4 的配置") in levels
    assert (4, "6.2.4.2. 帶有 SASL 的 postfix 配置") in levels
    assert (3, "6.2.4. 郵件傳輸代理 (MTA)") in levels


# Review (session 25): chapter 5 of the Debian Reference in simplified Chinese (text
# output, leading spaces removed as in a copied page): the "/etc/hosts" example puts
# four-part IP addresses at the left margin ("127.0.1.1 host_name"), and a wrapped line
# of its prose opens with one ("127.0.1.1 IP 地址也许不会..."). They are no sections
# at any level; the chapter's real headings are read.
DEBREF_CN_5 = """\
第 5 章 网络设置

关于Debian专属的网络手册，请查看Debian管理员手册—网络配置。

5.1. 基本网络架构

让我们来回顾一下现代Debian操作系统中的基本网络架构。

5.1.1. 主机名解析

例如, "/etc/hosts" 看起来如下。

127.0.0.1 localhost
127.0.1.1 host_name

每一行由 IP 地址开始，接下来是相关联的主机名.
在这个例子的第二行
127.0.1.1 IP 地址也许不会在其它类 Unix 系统发现。

5.1.2. 网络接口名称

systemd 使用"enp0s25" 之类的 "可预测网络接口名称"。
"""


def test_cjk_decimals_four_levels_ip_addresses_are_no_sections():
    levels = _levels(DEBREF_CN_5)
    assert [title for _, title in levels if title[:1].isdigit()] == [
        "5.1. 基本网络架构",
        "5.1.1. 主机名解析",
        "5.1.2. 网络接口名称",
    ]
