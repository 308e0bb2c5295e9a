"""Session 24 (branch wtC, task C2): a CJK heading line keeps its line breaks in text
with no blank lines between paragraphs (clauses ``cjk_title_line`` and
``cjk_title_after_sentence``, transforms.cjk_title_lines, called by unwrap.find_wraps)."""

from __future__ import annotations

from tests.transforms.test_cjk_chapter_decimals import GO_BOOK_CHAPTER_2, WANTED
from tests.transforms.test_technical_docs import _levels
from transforms.unwrap import unwrap_text


def _no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def test_cjk_title_line_go_book_headings_stay_off_their_paragraphs():
    # Go语言高级编程, ch2 (the excerpt of test_cjk_chapter_decimals) with its blank
    # lines lost, one paragraph a line: "2.1.2 基于 C 标准库函数输出字符串" was the widest
    # line pairing CJK with CJK, so it set the wrap width and was joined to
    # "我们不仅仅通过 import ..." under it.
    text = _no_blank_lines(GO_BOOK_CHAPTER_2)
    out, _ = unwrap_text(text)
    assert out == text
    # Item 2 of the task: the chapter's numbered sections are found on that text
    # (rule cjk_chapter_decimals), as with blank lines.
    assert _levels(text) == WANTED


def test_cjk_title_after_sentence_a_numbered_heading_after_a_paragraph():
    # Go语言高级编程, ch2-06-qsort.md without blank lines: the paragraph's "。" read
    # as open to the Latin rules (their marks are ASCII), and the heading, opening
    # with a digit, was joined to it with a space.
    text = (
        "其中 `DIM(values)` 宏用于计算数组元素的个数，`sizeof(values[0])` 用于计算数组元素的大小。\n"
        "cmp 是用于排序时比较两个元素大小的回调函数。为了避免对全局名字空间的污染，"
        "我们将 cmp 回调函数定义为仅当前文件内可访问的静态函数。\n"
        "2.6.2 将 qsort 函数从 Go 包导出\n"
        "为了方便 Go 语言的非 CGO 用户使用 qsort 函数，我们需要将 C 语言的 qsort 函数包装为"
        "一个外部可以访问的 Go 函数。\n"
        "用 Go 语言将 qsort 函数重新包装为 `qsort.Sort` 函数：\n"
    )
    out, _ = unwrap_text(text)
    assert "2.6.2 将 qsort 函数从 Go 包导出" in out.split("\n")


def test_cjk_title_line_wraps_of_prose_and_list_items_still_join():
    # A list item wrapped at a space, its hanging indent under it (the Debian
    # Reference in Japanese, ch. 5): the number and no clause mark do not make its
    # first line a title; and a wrapped Chinese paragraph (红楼梦, 第一回, lines 15-18 of the shared
    # data's file) still joins.
    item = (
        '     1. "hosts: files dns" のようなスタンザのある "/etc/\n'
        '        nsswitch.conf" ファイルがホスト名の解消の順序を規定します。\n'
    )
    out, _ = unwrap_text(item)
    assert '"/etc/ nsswitch.conf"' in out
    prose = (
        "    ——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去， \n"
        "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何 \n"
        "人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，一一细 \n"
        "考较去，觉其行止见识皆出我之上。\n"
    )
    out, _ = unwrap_text(prose)
    assert out.count("\n") == 1


def test_title_list_item_a_wrapped_list_item_still_joins():
    # manpages-zh daemon(7) as man renders it (groff breaks Chinese text at spaces
    # only): "6. " opens a list item; its first line stops before a run with no space
    # in it, so it is a wrap whatever its lack of clause marks.
    from tests.transforms.test_technical_headings import _clean

    page = (
        "        5. 提供一个 .service 单元文件， 包含如何启动/停止/维护该服务的配置。\n"
        "           详见 systemd.service(5) 手册。\n"
        "\n"
        "        6. 尽可能依赖于 systemd 的资源控制与权限剥夺功能\n"
        "           (CPU与内存占用/文件访问等等)， 而不要自己实现它们。 详见\n"
        "           systemd.exec(5) 手册。\n"
    )
    assert "权限剥夺功能 (CPU与内存占用" in _clean(page)


def test_title_word_fits_a_line_groff_broke_at_a_space_still_joins():
    # manpages-zh Tcl(n), its text with the indentation gone: "[1] 一个 Tcl" is short
    # because the next run without a space would not fit, not because it is a title.
    text = (
        "[1] 一个 Tcl\n"
        "脚本是一个包含一个或多个命令的字符串。除了象后面描述的那样被引用(quote)之外，"
        "分号(Semi-colon)和换行(new‐\n"
        " line)是命令分隔符。\n"
    )
    out, _ = unwrap_text(text)
    assert out.startswith("[1] 一个 Tcl 脚本是")


def test_cjk_title_line_a_keyword_number_needs_a_space_after_it():
    # manpages-zh smb.conf(5): "第二部分" ("the second part") opens a sentence, not a
    # heading "第二部"; the line stops before "bios名...", which has no space to break at.
    from tests.transforms.test_technical_headings import _clean

    page = (
        "              第二部分参数是net‐\n"
        "              bios名.如果该名称不是合法名的话,该功能就不运行."
        "合法的名称应只包含字母,数字,减号,下划线和句点.\n"
    )
    out = _clean(page)
    assert out.startswith("第二部分参数是net") and "\n" not in out.strip()


def test_title_right_edge_a_wrapped_indented_chapter_title_joins():
    # 红楼梦 (the shared data's file), 第六回's title and the opening of its first
    # paragraph, every paragraph indented "\u3000\u3000" as Chinese e-books write
    # it, re-wrapped at 20 columns (indent counted): the title's first line holds 4
    # columns less text than the full line under it and read as a short title line;
    # the wrap inside the title ("贾宝玉初" / "试云雨情") was kept.
    text = (
        "\u3000\u3000第六回 贾宝玉初\n试云雨情 刘老老一进\n荣国府\n\u3000\u3000却说秦氏因听见宝\n"
    )
    out, _ = unwrap_text(text)
    assert out.split("\n")[0].strip() == "第六回 贾宝玉初试云雨情 刘老老一进荣国府"


def test_title_char_count_text_cut_every_n_characters_joins():
    # Go语言高级编程 ch1-02 (hello-revolution), its paragraph cut every 16
    # characters (a script slicing a string, not a wrapper counting columns): a line
    # with Latin letters and digits is short in columns only; "ighan* 于 1974 年左"
    # read as a title over "右编写的 C 语言入门教程中，出" and kept its break
    # inside "左右".
    para = (
        "在 *Brian W. Kernighan* 于 1974 年左右编写的 C 语言入门教程中，"
        "出现了第一个 C 语言版本的“Hello World”程序。这给后来大部分编程语言教程"
        "都以“Hello World”为第一个程序提供了惯例。"
    )
    text = "\n".join(para[i : i + 16] for i in range(0, len(para), 16)) + "\n"
    out, _ = unwrap_text(text)
    assert "年左右编写" in out
    assert out.count("\n") == 1


def test_title_char_count_a_number_opening_a_wrapped_line_joins():
    # Go语言高级编程 ch6-01 (dist-id), wrapped by Python's textwrap at 8 characters
    # (it counts characters and breaks at spaces): "409.6 万条" opens a line inside
    # the sentence "一秒共 409.6 万条消息。" and read as a numbered title.
    import textwrap

    para = (
        "这样的机制可以支持我们在同一台机器上，同一毫秒内产生 `2 ^ 12 = 4096` 条消息。"
        "一秒共 409.6 万条消息。从值域上来讲完全够用了。"
    )
    out, _ = unwrap_text("\n".join(textwrap.wrap(para, 8)) + "\n")
    assert "万条\n" not in out and "409.6 万条消息" in out
