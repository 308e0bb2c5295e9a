"""Session 26 (branch wtC): more forms of a translated man page's section heading
(transforms.cjk_man_headings): the English first with its translation in brackets,
Perl's mixed-case titles, a heading listing bilingual pairs, a long Japanese title
alone. Excerpts of manpages-zh (Debian manpages-zh 1.6.4.0-1) and manpages-ja pages as
``man`` renders them, or as the clean stage writes them (read again)."""

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


# The closing lines of every manpages-zh page (its long line sets the page's width).
BA = "\n跋\n本页面中文版由中文 man 手册页计划提供。中文 man 手册页计划：https://github.com/man-pages-zh/manpages-zh\n"

# stat(1) of manpages-zh as the clean stage wrote it, read again: its headings are
# "SYNOPSIS(总览)" forms, so the page had fewer than 3 heading-shaped lines and
# "BUGS" was joined to "输出不是完全都可理解.".
STAT_AGAIN = (
    "NAME\n stat - 打印信息节点(inode)内容\n\nSYNOPSIS(总览)\n stat filename [filenames ... ]\n\n"
    "DESCRIPTION(描述)\n stat 打印出一个信息节点的内容,它们显示为对人可读的格式的stat(2).\n\n"
    "SEE ALSO(另见)\n stat(2),ls(1)\n\nAUTHOR(作者)\n Rich Kulawiec, Purdue University\n\n"
    "BUGS\n输出不是完全都可理解.\n\n NOT SUPPORTED BY PUCC\n" + BA
)


def test_man_heading_english_first_stat1_read_again_keeps_bugs():
    lines = _clean(STAT_AGAIN)
    assert "BUGS" in lines
    assert "输出不是完全都可理解." in lines


def test_man_heading_english_first_shapes():
    for line in ("SEE ALSO(另见)", "DESCRIPTION (描述)", "SYNOPSIS[总览]", "NAME(名称）"):
        assert _is_heading(line), line
    # No word of 4+ capitals: no heading by this form.
    assert not _is_heading("ID(标识)")


def test_man_heading_paren_marks_shapes():
    # emacs(1)/bash(1) of manpages-zh.
    assert _is_heading("在线帮助 (ON-LINE HELP)")
    assert _is_heading('保留字("RESERVED WORDS")')


# perlnumber(7) of manpages-zh as rendered: "Flavors of Perl numeric operations
# 数值操作的特色" was joined to "Perl", the next line's first word.
PERLNUMBER = (
    "NAME\n       perlnumber - Perl中数字的语义以及算术操作\n\n"
    "DESCRIPTION 描述\n       这篇文章描述了Perl内部是怎样处理数的数值的。\n\n"
    "Storing numbers 数值存储\n       Per在内部能用三种方法表示数值：用“Native整型”，“Na‐\n\n"
    "Flavors of Perl numeric operations 数值操作的特色\n       Perl\n"
    "       中带有数值参数的操作将按照四种方法处理参数：它们可能会将参数强制转换为整型，浮点型或是字符串型中的一种，或\n"
)


def test_man_heading_mixed_case_perlnumber7():
    lines = [line.strip() for line in _clean(PERLNUMBER)]
    assert "Flavors of Perl numeric operations 数值操作的特色" in lines
    assert "Storing numbers 数值存储" in lines
    # Prose opening with one Latin word is no heading.
    assert not _is_heading("Perl 中的所有数据")


# expr(3tcl) of manpages-zh as rendered: the heading was joined to its paragraph.
EXPR = (
    "NAME\n       expr - 求一个表达式的值\n\n总览 SYNOPSIS\n       expr arg ?arg arg ...?\n\n"
    "描述 DESCRIPTION\n       连接 arg (在它们中间添加分隔符空格)，把结果作为一个 Tcl 表达式来求值并返回这个值。\n\n"
    "类型 TYPES, 溢出 OVERFLOW, 和 精度 PRECISION\n"
    "       所有涉及整数的内部运算用             C             类型            long\n"
    "       处置。并且所有涉及浮点数的内部运算用        C        类型        double\n" + BA
)


def test_man_heading_comma_expr3tcl():
    lines = [line.strip() for line in _clean(EXPR)]
    assert "类型 TYPES, 溢出 OVERFLOW, 和 精度 PRECISION" in lines
    # A part that is no heading makes the line none.
    assert not _is_heading("类型 TYPES, 溢出, 和 精度 PRECISION")


# mesg(1) of manpages-ja as the clean stage wrote it, read again: "終了ステータス"
# (7 characters) was joined to " mesg ユーティリティは...".
MESG_AGAIN = (
    "名前\n mesg - 他のユーザから来たメッセージを表示する (表示しない)\n\n書式\n mesg [option] [n|y]\n\n"
    "説明\nユーザは mesg ユーティリティを実行することで、 標準エラー出力と結びついている自分の端末デバイスに"
    "対して他のユーザが持つ書き込み権限を制御することができる。\n\n"
    "オプション\n -v, --verbose\n何をやっているかを説明する。\n\n"
    "終了ステータス\n mesg ユーティリティは、次の値の一つで終了する。\n\n"
    " 0 メッセージは許可されている。\n\nファイル\n /dev/[pt]ty[pq]?\n\n"
    "関連項目\n login(1), talk(1), write(1), wall(1), xterm(1)\n"
)


def test_man_heading_long_cjk_word_mesg1_japanese_read_again():
    lines = _clean(MESG_AGAIN)
    assert "終了ステータス" in lines


# tex(1) of manpages-zh with its indentation gone: a sentence's first line cut before
# a no-space run stays joined (no katakana: no Japanese title).
TEX_STRIPPED = (
    "NAME\ntex - 文本格式化和排版\n\n总览 SYNOPSIS\ntex [options] [&format ] [file|\\commands]\n\n"
    "描述 DESCRIPTION\nTeX 格式化由命令交错的文本，输出一个 DVI 文件。\n\n"
    "通常的用法是输入\ntex paper\n来处理 paper.tex 。\n"
)


def test_man_heading_long_cjk_word_chinese_prose_line_stays_joined():
    lines = _clean(TEX_STRIPPED)
    assert "通常的用法是输入" not in lines


# patch(1) of manpages-ja as the clean stage wrote it, read again: the title and its
# first line stand at one indentation, and "パッチを送る人への注意" was joined to it.
PATCH_AGAIN = (
    "名前\n patch - オリジナルファイルに差分ファイルを適用する\n\n書式\n patch [options] [originalfile [patchfile]]\n\n"
    "説明\n patch は、プログラム diff で生成された差分リストを含むパッチファイル patchfile を引数に取り、"
    " 1 個または複数のオリジナルファイルにこれらの差分を適用し、 パッチの当たったバージョンを生成する。\n\n"
    "パッチを送る人への注意\nパッチを送ろうとする場合に心に留めておかなければならない点がいくつかある。\n\n"
    "関連項目\n diff(1), ed(1)\n"
)


def test_man_heading_long_cjk_word_patch1_read_again():
    lines = _clean(PATCH_AGAIN)
    assert "パッチを送る人への注意" in lines
    # A line ending on a particle is a prose line's start, no title (compile_et(1)).
    from transforms.cjk_man_headings import _kana_title

    assert not _kana_title("そして最後に表の末尾を", False)


# Review (session 26): a Japanese page that keeps its English headings (kakasi(1) of
# Debian kakasi 2.3.6, ``man`` output with its indentation removed) with a paragraph
# opening on gawk(1)'s line of manpages-ja, "Effective AWK Language Programming を参照
# してく" / "ださい。" (groff broke the verb at the line's end): the mixed-case form split
# "してください" in two.
KAKASI_STRIPPED = (
    "NAME\nKAKASI - Kanji kana simple inverter (漢字かな読み上げ)\n\n"
    "SYNOPSIS\nkakasi [options] [jisyo1 [jisyo2 [jisyo1,,]]]\n\n"
    "DESCRIPTION\nKAKASI は漢字かな混じり文をかなだけの文やローマ字表記に変換することを\n"
    "目的として作られました。\n\n"
    "Effective AWK Language Programming を参照してく\nださい。\n\nAUTHOR\nHironobu Takahashi\n"
)


def test_man_heading_mixed_case_kana_end_japanese_prose_stays_joined():
    lines = _clean(KAKASI_STRIPPED)
    assert "Effective AWK Language Programming を参照してください。" in lines
    # skk.info (Debian ddskk): a sentence's first line before a URL.
    assert not _is_heading("Apple OS X 環境の方は")
    # The Chinese and katakana forms stay headings (perlnumber(7), gcc(1) of manpages-ja).
    assert _is_heading("Flavors of Perl numeric operations 数值操作的特色")
    assert _is_heading("DEC Alpha オプション")
