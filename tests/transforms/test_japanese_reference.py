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
