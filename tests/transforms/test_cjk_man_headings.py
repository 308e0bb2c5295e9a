"""Session 25 (branch wtC): a translated man page's section heading keeps its line
(clause ``cjk_man_heading`` and its parts, transforms.cjk_man_headings, called by
unwrap.find_wraps). Excerpts of manpages-zh pages (Debian package manpages-zh
1.6.4.0-1) as ``man`` renders them, or as the clean stage writes them (text read
again: normalization cut groff's indentation to one space)."""

from __future__ import annotations

from schemas.records import Document
from transforms.cjk_man_headings import _is_heading
from transforms.clean import clean_stages
from transforms.normalize import normalize_document


def _clean(text: str) -> list[str]:
    doc = normalize_document(Document("c", "page.txt", text))
    for _, fn in clean_stages():
        doc = fn(doc)
    return [line.rstrip() for line in doc.text.split("\n")]


# LDP(7) of manpages-zh as the clean stage wrote it, read again: "作者 AUTHORS" was
# joined to "独立的作者维护着..." (session 24's "found and not fixed").
LDP_AGAIN = (
    "\nNAME\n LDP - Linux文档工程的简介,包括帮助,向导和文档\n\n"
    "总览 SYNOPSIS\n Linux文档工程(LDP)为Linux社区提供多种自由文档资源,包括向导\n"
    "(guide)，常见问答 (FAQ)，入门 (HOWTO) 以及手册页 (man-pages).\n\n"
    "作者 AUTHORS\n独立的作者维护着LDP档案中的不同的文档,\n"
    "他们的名字列在了每一个入门(HOWTO)的开头.\n"
    "如果你对于某个文档有任何问题或者意见,我们鼓励你直接和作者联系。\n\n"
    "跋\n本页面中文版由中文 man 手册页计划提供。中文 man 手册页计划："
    "https://github.com/man-pages-zh/manpages-zh\n"
)


def test_cjk_man_heading_ldp7_read_again_keeps_authors_on_its_line():
    lines = _clean(LDP_AGAIN)
    assert "作者 AUTHORS" in lines
    assert "总览 SYNOPSIS" in lines
    assert not any(line.startswith("作者 AUTHORS独立") for line in lines)


# grep(1) of manpages-zh as rendered, indentation kept: the heading over its
# indented paragraph was joined to it ("正则表达式 REGULAR EXPRESSIONS 一个正则...").
GREP_RENDERED = (
    "\nNAME\n       grep, egrep, fgrep - 打印匹配给定模式的行\n\n"
    "总览 SYNOPSIS\n       grep [options] PATTERN [FILE...]\n"
    "       grep [options] [-e PATTERN | -f FILE] [FILE...]\n\n"
    "       -s, --no-messages\n              禁止输出关于文件不存在或不可读的错误信息。\n"
    "              对于可移植性需要注意：与  GNU  grep  不同，传统的  grep   不遵守\n"
    "              POSIX.2 规范，因为传统的 grep 缺少一个 -q 选项，而它的 -s 选项与\n"
    "              GNU grep 的  -q  选项行为相似。需要可移植到传统  grep  的  shell\n"
    "              脚本应当避免使用  -q  和 -s 选项，而应当将输出重定向到 /dev/null\n"
    "              。\n\n"
    "正则表达式 REGULAR EXPRESSIONS\n"
    "       一个正则表达式是一个描述了一个字符串集合的模式。正则表达式的构造类似于算术表达式，"
    "使用各种各样的操作符来将更小的表达式连在一起。\n"
)


def test_cjk_man_heading_grep1_heading_over_its_indented_paragraph():
    lines = _clean(GREP_RENDERED)
    assert "正则表达式 REGULAR EXPRESSIONS" in lines
    # The paragraph itself is whole, on the next line.
    after = lines[lines.index("正则表达式 REGULAR EXPRESSIONS") + 1]
    assert after.strip().startswith("一个正则表达式是") and after.endswith("连在一起。")


# cat(1) of manpages-zh (coreutils) as the clean stage wrote it, read again: its
# headings are CJK words alone; "描述" was joined to "将文件列表中的文件...".
CAT_AGAIN = (
    "\n名称\n cat - 连接文件并在标准输出上输出\n\n概述\n cat [选项]... [文件]...\n\n"
    "描述\n将文件列表中的文件连接到标准输出。\n\n"
    "范例\n cat f - g\n先输出 f 的内容，然后输出标准输入的内容，最后输出 g 的内容。\n"
)


def test_man_heading_cjk_word_cat1_read_again_keeps_its_headings():
    lines = _clean(CAT_AGAIN)
    for heading in ("名称", "概述", "描述", "范例"):
        assert heading in lines
    assert "将文件列表中的文件连接到标准输出。" in lines


# REVOKE(7) of manpages-zh as rendered: a paragraph's first line ends in capital
# words only because groff could not fit "FOR，那么..." (no space in it) on it; it is
# indented as its text, so it is no heading and joins.
REVOKE_RENDERED = (
    "\nNAME\n       REVOKE - 删除访问权限\n\n"
    "DESCRIPTION 描述\n       REVOKE\n"
    "       撤销以前赋予（别人）的权限，可以是撤销一个或多个用户或者一组用户的权限。\n"
    "       关键字 PUBLIC 代表隐含定义的拥有所有用户的组。\n\n"
    "        如果声明了                        GRANT                         OPTION\n"
    "       FOR，那么只是撤销对该权限的授权的权力，而不是撤销该权限本身。\n"
)


def test_man_heading_margin_revoke7_indented_prose_line_still_joins():
    lines = _clean(REVOKE_RENDERED)
    assert "如果声明了 GRANT OPTION" not in [line.strip() for line in lines]
    assert any(
        line.strip().startswith("如果声明了 GRANT OPTION FOR，那么只是撤销") for line in lines
    )


# CREATE FUNCTION(7) of manpages-zh with its indentation lost: a paragraph opening
# with SQL key words over a line without a space.
CREATE_FUNCTION_STRIPPED = (
    "\nNAME\nCREATE FUNCTION - 定义一个新函数\n\n"
    "SYNOPSIS\nCREATE [ OR REPLACE ] FUNCTION name ( [ argtype [, ...] ] )\n"
    "RETURNS rettype\n{ LANGUAGE langname\n| IMMUTABLE | STABLE | VOLATILE\n"
    "| CALLED ON NULL INPUT | RETURNS NULL ON NULL INPUT | STRICT\n"
    "| [EXTERNAL] SECURITY INVOKER | [EXTERNAL] SECURITY DEFINER\n"
    "| AS 'definition'\n| AS 'obj_file', 'link_symbol'\n} ...\n"
    "[ WITH ( attribute [, ...] ) ]\n\n"
    "如果包含了一个模式名，那么函数就在指定的模式中创建。否则它会在当前模式中创建。\n"
    "新函数的名字不能和同一个模式中的任何带有同样参数类型的函数同名。\n"
    "不过，参数类型不同的函数可以同名（这叫做重载）。\n\n"
    "RETURNS NULL ON  NULL  INPUT  或  STRICT  表明如果它的任何参数是\n"
    "NULL，此函数总是返回  NULL。 如果声明了这个参数，则如果存在 NULL\n"
    "参数时不会执行该函数； 而只是自动假设一个 NULL 结果。\n"
)


def test_man_heading_blocks_create_function7_prose_with_key_words_joins():
    lines = _clean(CREATE_FUNCTION_STRIPPED)
    assert "RETURNS NULL ON NULL INPUT 或 STRICT 表明如果它的任何参数是" not in lines
    assert any(
        line.startswith("RETURNS NULL ON NULL INPUT 或 STRICT 表明如果它的任何参数是NULL")
        for line in lines
    )


def test_cjk_man_heading_shapes_of_real_lines():
    # manpages-zh headings: LDP(7), PostgreSQL's pages, blockdev(8), dde(3tcl),
    # lspci(8), smb.conf(5), setserial(8).
    for line in (
        "作者 AUTHORS",
        "DESCRIPTION 描述",
        "描述（DESCRIPTION）",
        "DDE 命令 COMMANDS",
        "PCILIB 选项 PCILIB OPTIONS",
        "用户名/口令检验中的注意事项 NOTE ABOUT USERNAME/PASSWORD VALIDATION",
        "NAME",
        "SEE ALSO",
        "CONISIDERATIONS OF CONFIGURING SERIAL PORTS",
    ):
        assert _is_heading(line), line
    # Lines of prose: open(3tcl), tcpdump(8), a key word with a clause mark, an
    # acronym of three letters, lower-case Latin, digits.
    for line in (
        "NONBLOCK 在打开文件和可能的后续 I/O",
        "操作 FDDI 报头的 过滤器表达式 假设 所有的 FDDI 报文 被封装在 以太报文",
        "使用 TCP",
        "关键字 PUBLIC 代表隐含定义的拥有所有用户的组。",
        # (session 26: "Flavors of Perl numeric operations 数值操作的特色" is a heading
        # now, clause man_heading_mixed_case, tests/.../test_cjk_man_headings_forms.py)
        "2.10.3 pkg-config",
    ):
        assert not _is_heading(line), line


def test_cjk_man_heading_needs_a_page_of_headings():
    # With its other headings not in capitals ("Name", "总览 Synopsis"), the LDP
    # excerpt holds one heading-shaped line: no man page, it joins as before.
    text = LDP_AGAIN.replace("NAME", "Name").replace("SYNOPSIS", "Synopsis")
    lines = _clean(text)
    assert "作者 AUTHORS" not in lines
    assert any(line.startswith("作者 AUTHORS独立的作者") for line in lines)


# Review (session 25): namei(1) of the Japanese manual pages (manpages-ja, as `man`
# renders it) as the clean stage wrote it, read again: "バグ" was joined to its one
# sentence ("バグ見つかるだろう。") and "名前"/"放棄宣言" to their text. Of 300 manpages-ja
# pages read again, 98 change with the clause, every split line read a heading.
NAMEI_JA_AGAIN = (
    "名前\n namei - 終端が見つかるまでパス名を辿る\n\n"
    "書式\n namei [-mx] pathname [ pathname ... ]\n\n\n"
    "バグ\n見つかるだろう。\n\n"
    "放棄宣言\n namei はシンボリックリンクの無限ループを永久に辿り続ける。"
    " これから抜けるには、SIGINT (通常は ^C) を使うこと。\n\n"
)


def test_cjk_man_heading_japanese_namei1_read_again():
    lines = _clean(NAMEI_JA_AGAIN)
    for heading in ("名前", "書式", "バグ", "放棄宣言"):
        assert heading in lines
    assert "見つかるだろう。" in lines
    assert not any(line.startswith("バグ見つかる") for line in lines)


def test_man_heading_run_length_japanese_prose_lines_are_no_headings():
    # Wrapped lines of Japanese prose, one long unspaced "word" beside a capital
    # acronym: maint-guide ja (Debian New Maintainers' Guide, text output) and
    # developers-reference ja. A translated man page's paragraph opening so (after
    # a blank line, its indentation lost) would have been cut off as a heading.
    for line in (
        "SONAME に必要なシンボリックリンクを作成するために特定の環境下",
        "ケージをビルドすることで適切なビルド依存を確認して FTBFS",
        "WNPP でリストに挙がっているパッケージのどれかに対するメンテナンスを引",
    ):
        assert not _is_heading(line), line
    # Real headings with long CJK runs stay headings (msgcat(3tcl), bash(1) of
    # manpages-ja).
    assert _is_heading("消息文件的定位和格式 LOCATION AND FORMAT OF MESSAGE FILES")
    assert _is_heading("READLINE ライブラリ")
