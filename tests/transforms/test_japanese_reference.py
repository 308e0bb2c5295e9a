"""Rules nbsp_indent (transforms.normalize) and cjk_mixed_width
(transforms.cjk_layout) on Japanese technical prose rendered from HTML: Debian's
debian-reference-ja (2.100, /usr/share/debian-reference/debian-reference.ja.txt),
whose paragraphs are wrapped at 66 columns, indented by four spaces on some
lines and by "\\xa0\\xa0\\xa0 " on others, and full of Latin words."""

import re

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Lines 875-899 of debian-reference.ja.txt (section 3.3, 文書様式), as shipped.
REFERENCE_JA = (
    "    info ページはダブルクォーテションマーク間にタイプライターフォント\n"
    '\xa0\xa0\xa0 というコマンドの断片形式で書き "info make" のように表現されます。\n'
    "    読者は次の様にタイプして情報を得るように心がけて下さい。\n"
    "\n"
    "\xa0\xa0\xa0 $ info make\n"
    "\n"
    "    ファイル名はダブルクォーテションマーク間にタイプライターフォント\n"
    '\xa0\xa0\xa0 で書き "/etc/passwd" のように表現されます。読者は次の様にタイプし\n'
    "    て情報を得るように心がけて下さい。\n"
    "\n"
    '\xa0\xa0\xa0 $ sensible-pager "/etc/passwd"\n'
    "\n"
    "    ディレクトリー名はダブルクォーテションマーク間にタイプライターフ\n"
    '\xa0\xa0\xa0 ォントで書き "/etc/apt/" のように表現されます。読者は次の様にタイ\n'
    "    プして情報を得るように心がけて下さい。\n"
    "\n"
    '\xa0\xa0\xa0 $ mc "/etc/apt/"\n'
    "\n"
    '    パッケージ名はその名をタイプライターフォントで書き "vim" のように\n'
    "\xa0\xa0\xa0 表現されます。読者は次の様にタイプして情報を得るように心がけて下\n"
    "    さい。\n"
    "\n"
    "    $ dpkg -L vim\n"
    "\xa0\xa0\xa0 $ apt-cache show vim\n"
    "    $ aptitude show vim\n"
)


def test_nbsp_in_a_line_indent_reads_as_spaces():
    """Rule nbsp_indent: the NBSPs of a line's indentation become spaces (then
    one space, as a space indent does); an NBSP inside a line is kept."""
    assert normalize_text("\xa0\xa0\xa0 で書き") == " で書き"
    assert normalize_text(" \xa0For \xa0decades") == " For \xa0decades"
    assert normalize_text("a\xa0b\n\xa0\n") == "a\xa0b\n \n"
    out = normalize_text(REFERENCE_JA)
    assert "\xa0" not in out
    assert out.count("\n") == REFERENCE_JA.count("\n")


def test_japanese_wraps_join_whatever_the_indent_and_the_latin_words():
    """Both rules: every wrap of the four paragraphs joins without a space, so
    no word is cut ("タイプライターフ" / "ォント") and no NBSP is left in the
    training text; the commands between them keep their lines."""
    out = clean_text(normalize_text(REFERENCE_JA)).text
    assert "\xa0" not in out
    paragraphs = [p.strip() for p in out.split("\n\n")]
    prose = [p for p in paragraphs if not p.startswith("$")]
    assert len(prose) == 4
    assert all("\n" not in p for p in prose)
    assert (
        "ディレクトリー名はダブルクォーテションマーク間にタイプライターフォントで書き "
        '"/etc/apt/" のように表現されます。読者は次の様にタイプして情報を得るように心がけて下さい。'
    ) in prose
    assert "$ dpkg -L vim\n $ apt-cache show vim\n $ aptitude show vim" in out
    # No line break between two Japanese characters is left.
    assert not re.search("[\u3040-\u30ff\u4e00-\u9fff]\n *[\u3040-\u30ff\u4e00-\u9fff]", out)


# Lines 12332-12345 of debian-reference.ja.txt (9.4.7): Japanese paragraphs that
# name manual pages ("fuser(1)", "rsyslogd(8)") around a shell session whose
# output is aligned in columns; all of it indented, one run of indented lines.
FUSER_JA = (
    "9.4.7. ファイルやソケットを使っているプロセスの識別\n"
    "\n"
    '\xa0\xa0\xa0 例えば "/var/log/mail.log" 等のファイルを使っているプロセスは\n'
    "    fuser(1) によって次のようにして識別できます。\n"
    "\n"
    "    $ sudo fuser -v /var/log/mail.log\n"
    "\xa0\xa0\xa0                      USER        PID ACCESS COMMAND\n"
    "    /var/log/mail.log:   root       2946 F.... rsyslogd\n"
    "\n"
    '\xa0\xa0\xa0 "/var/log/mail.log" ファイルが rsyslogd(8) コマンドによって書込み\n'
    "    のために開かれている事が分かります。\n"
    "\n"
    '\xa0\xa0\xa0 例えば "smtp/tcp" 等のソケットを使っているプロセスは fuser(1) に\n'
    "    よって次のようにして識別できます。\n"
)


def test_cjk_prose_paragraphs_of_a_code_run_are_prose():
    # Clause cjk_prose_lines (transforms.code_blocks): before it the whole run was
    # one code block, so its Japanese paragraphs kept their wraps ("書込み" /
    # "のために", "に" / "よって") and their indentation.
    paras = clean_text(normalize_text(FUSER_JA)).text.rstrip("\n").split("\n\n")
    assert (
        paras[1]
        == '例えば "/var/log/mail.log" 等のファイルを使っているプロセスは fuser(1) によって次のようにして識別できます。'
    )
    assert (
        paras[3]
        == '"/var/log/mail.log" ファイルが rsyslogd(8) コマンドによって書込みのために開かれている事が分かります。'
    )
    assert (
        paras[4]
        == '例えば "smtp/tcp" 等のソケットを使っているプロセスは fuser(1) によって次のようにして識別できます。'
    )
    # The shell session stays code: its lines, indentation and columns as written.
    assert paras[2] == (
        "    $ sudo fuser -v /var/log/mail.log\n"
        "                         USER        PID ACCESS COMMAND\n"
        "    /var/log/mail.log:   root       2946 F.... rsyslogd"
    )


def test_code_with_cjk_comments_stays_code():
    from transforms.code_blocks import code_spans

    code = (
        "説明の段落です。\n\n"
        "    # 設定ファイルを読み込む\n"
        '    config = load("/etc/app.conf")\n'
        '    print("こんにちは、世界")  # 挨拶する\n'
    )
    assert [code[a:b] for a, b in code_spans(code)] == [code[code.index("    #") : -1]]


def test_code_with_cjk_strings_and_trailing_comments_stays_code():
    # Clause cjk_prose_lines, review: a code line whose CJK sits in a string or
    # after "//" or "-- " is no prose line, however long the string. Before,
    # 'print("...")' lines of a Chinese tutorial's Python read as prose and took
    # their paragraph out of code (3 of 31 and 3 of 26 lines of two public
    # Python samples with Chinese strings, indented under Chinese text).
    from transforms.code_blocks import code_spans

    python = (
        "    def greet(name):\n"
        '        print("你好，欢迎使用本程序！")\n'
        "        return '再见，祝你今天过得愉快'\n"
    )
    c = (
        "    int main(void) {\n"
        "        int n = 0;  // 计数器，记录已经处理的行数\n"
        "        return n;   //返回处理结果给调用者\n"
        "    }\n"
    )
    prose = "下面的例子演示了如何在程序中输出中文字符串，并且给出了相应的注释说明。\n"
    for code in (python, c):
        text = prose + "\n" + code + "\n" + prose
        assert [text[a:b] for a, b in code_spans(text)] == [code.rstrip("\n")]
        out = clean_text(normalize_text(text)).text
        assert code.rstrip("\n") in out


def test_apostrophes_in_prose_are_no_string():
    # Clause cjk_prose_lines: a quote right after a letter is an apostrophe, no
    # string's start ("Debian's ... Ubuntu's" took the Japanese between them).
    from transforms.code_blocks import _cjk_prose

    assert _cjk_prose("    Debian's パッケージと Ubuntu's リポジトリを比較します。")
    assert not _cjk_prose("        return '再见，祝你今天过得愉快'")
