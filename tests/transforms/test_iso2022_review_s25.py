"""Review of wtD (session 25): ISO-2022-JP text among terminal codes (clause
``iso2022_terminal_codes``), files mixing sets no one codec holds (clause
``iso2022_mixed_sets_said``), one-line CJK UTF-16 without a mark (clause
``utf16_cjk_without_nul``)."""

from __future__ import annotations

from schemas import Rejected
from transforms.normalize import normalize_text
from transforms.read_records import decode

# A script(1) typescript (TERM=xterm) of `tput bold; echo Tutorial; tput sgr0; sed -n 32p
# SKK.tut`: ddskk 17.1's SKK.tut is ISO-2022-JP, and sgr0 writes 'ESC ( B ESC [ m'.
TYPESCRIPT = (
    b"\x1b[1mTutorial\r\n\x1b(B\x1b[m"
    b'\x1b$B$b$H$G@_7W!":n@.$5$l$F$$$k$?$a$K!";H$$J}$rC;;~4V$G?H$K$D$1$k$3$H$,$G$-$^$9!#'
    b"\x1b(B\r\n"
)
LINE_32 = "もとで設計、作成されているために、使い方を短時間で身につけることができます。"


def test_iso2022_terminal_codes_typescript_after_tput_sgr0():
    """Python's decoder took 'ESC [ m ESC $ B' as one unknown escape and passed it through:
    the line stayed '$b$H$G@_7W' pairs under the label iso2022_jp."""
    text, codec = decode(TYPESCRIPT, "typescript", "s", "auto")
    assert codec == "iso2022_jp"
    assert normalize_text(text) == f"Tutorial\n{LINE_32}\n"
    assert "\x1b[1m" in text and "\x1b[m" in text  # kept for normalize to remove and count


def test_iso2022_terminal_codes_colour_inside_kanji_run():
    """`grep --color=always -F '$O' SKK.tut` in the same terminal: colour codes inside a
    kanji run, and the English after the run's 'ESC ( B' stays English."""
    data = (
        b"SKK \x1b$B\x1b[01;31m\x1b[K$O\x1b[m\x1b[K\x1b(B Emacs "
        b"\x1b$B$N$?$a$N9bB.$G8zN(E*$JF|K\\8lF~NO%7%9%F%`$G$9!#\x1b(B\r\n"
        b"\x1b$B$3$N\x1b[01;31m$O\x1b[m\x1b(B Emacs tutorial\r\n"
    )
    text, codec = decode(data, "typescript", "s", "auto")
    assert codec == "iso2022_jp"
    assert normalize_text(text) == (
        "SKK は Emacs のための高速で効率的な日本語入力システムです。\nこのは Emacs tutorial\n"
    )


def test_iso2022_mixed_sets_said_skk_vars_el():
    """ddskk's skk-vars.el (coding: iso-2022-7bit-ss2) writes kana in GB 2312 and signs in
    JIS X 0213: iso2022_jp_2 reads the one, iso2022_jp_3 the other. The whole file was
    rejected as "cut or damaged"; it is whole, and the rejection now says what it is."""
    data = (
        b'  "*Non-nil \x1b$A$G$"$l$P!"$+$J%b\x1b$B!<\x1b$A%I$d%"%9%-\x1b$B!<\x1b(B"\n'
        b'    ("z:" nil "\x1b$(O!,\x1b(B")\n'
    )
    rejected = decode(data, "skk-vars.el", "s", "auto")
    assert isinstance(rejected, Rejected) and rejected.reason == "invalid_encoding"
    assert "GB 2312" in rejected.error and "JIS X 0213" in rejected.error
    assert "cut or damaged" not in rejected.error
    # a file of one codec's sets cut inside a pair is still said to be cut
    cut = decode(b"\x1b$B$3$N%A%e!<%H\x1b(B\n"[:6], "x", "s", "auto")
    assert isinstance(cut, Rejected) and "cut or damaged" in cut.error


def test_utf16_cjk_without_nul_one_chinese_line():
    """One line of 红楼梦 (no line end) in UTF-16 holds no NUL: clause utf16_needs_nul took
    the UTF-16 hint away and the user was told it may be ISO-8859-2."""
    line = "此时必在屋里，我去就来。”说着就走。袭人道：“快些回来罢。这都是我提"
    for codec, order in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        data = line.encode(codec)
        assert b"\x00" not in data
        # since session 34 (clause utf16_unmarked_decoded): 34 common hanzi and CJK
        # punctuation are strong evidence, decoded; under 32 characters, the hint stays
        assert decode(data, "hlm.txt", "s", "auto") == (line, codec)
        rejected = decode(line[:20].encode(codec), "hlm.txt", "s", "auto")
        assert isinstance(rejected, Rejected)
        assert f"look like {order} without a byte order mark" in rejected.error
    # Shift_JIS kana (manpages-ja) are still decided, not named UTF-16
    ja = "数字またはシンボルで指定することができます。"
    assert decode(ja.encode("shift_jis"), "ja.txt", "s", "auto") == (ja, "shift_jis")
