"""Session 44, wtG's review Left, three reader clauses:

* ``typed_gbk_as_gb18030`` (transforms/legacy_fallback.py ``check_encoding``):
  ``--encoding gbk`` (``cp936``, ``ms936``, ``936``) reads as GB18030, which decodes
  every one of GBK's byte sequences to the same character (checked here over all of
  them) and also reads the bytes a GBK book holds that Python's strict gbk rejects (the
  user-defined area: a Chinese translation of Chaplin's autobiography was
  ``invalid_encoding`` under ``--encoding gbk``).
* ``gb2312_names_gb18030`` (``decode_fallback``): strict GB2312 stays as it was (its
  0xA1A4 and 0xA1AA differ from GB18030's: U+30FB, U+2015), but its rejection of a GBK
  book (Er Gen's *Xian Ni*, "罗睺") names ``--encoding gb18030``.
* ``hint_known_names`` (transforms/cp1252_signs.py ``misplaced_hint``): the per-file
  hint line names the codec as the manifest counts it, "--encoding macintosh", not
  Python's "mac_roman"; and ``ucs4_is_utf32`` (charset_labels ``close_codecs``): an
  unknown ``--encoding ucs-4`` is offered utf-32, not utf-16.

Real text: excerpts of the Chinese mirrors (zzk6780051/novel, hankinghu/literature-books)
and Tolstoy's *The Power of Darkness* (tests/data, via test_named_latin1_every_sign)."""

from __future__ import annotations

import pytest

from schemas import Document, Rejected
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.legacy_fallback import check_encoding, decode_fallback

# Er Gen, Xian Ni (zzk6780051/novel): "睺" is GBK, not GB2312.
XIAN_NI = (
    "\n    一字定身，此术以王林如今的修为施展，其威力惊天动地，在那罗睺被定住的刹那，"
    "黑白交替恢复，禁制符文恢复，那五行真身同样恢复。\n\n    紧接着，就见那无数符文疯狂"
    "的涌向这被静止的罗睺而去，瞬息一一冲入其虚幻的身体内。\n"
)
# Chaplin, My Autobiography in Chinese (hankinghu/literature-books): bytes AA B3, GBK's
# user-defined area (a glyph the font held), GB18030's U+E012; Python's gbk rejects them.
CHAPLIN = (
    "\u3000\u3000每天夜里从戏院回到了家，母亲照例要留一些好吃的东西在桌上——一块那不勒斯式蛋糕"
    "\ue012，或者几粒糖果——让我和雪尼第二天早晨吃，讲好了要我们早晨别吵闹，因为她往往睡得"
    "很迟。\r\n\u3000\u3000母亲是杂剧场的喜剧演员，那时年纪刚近三十，长得娇小玲珑。\r\n"
)
# Jiang Rong, Wolf Totem (hankinghu/literature-books), valid GB2312 with 0xA1AA 0xA1AA.
WOLF_TOTEM = (
    "\u3000“犬戎族”自称祖先为二白犬，当是以犬为图腾。\r\n"
    "\u3000\u3000――范文澜《中国通史简编・第一编》\r\n"
    "\u3000\u3000周穆王伐畎戎，得四白狼、四白鹿以归。\r\n"
)


@pytest.mark.parametrize("typed", ["gbk", "GBK", "cp936", "ms936", "936", " x-gbk "])
def test_gbk_spellings_read_as_gb18030(typed):
    assert check_encoding(typed) == "gb18030"


@pytest.mark.parametrize("typed", ["gb2312", "GB2312", "gb-2312", "euc-cn", "chinese"])
def test_gb2312_spellings_stay_strict(typed):
    """Guard: strict GB2312 is not GB18030 (two code points differ), so it stays."""
    assert check_encoding(typed) == "gb2312"


def test_gb18030_reads_every_gbk_sequence_alike():
    """The claim the clause rests on: each byte sequence Python's gbk decodes (128 ASCII
    and 21,791 two-byte ones) is the same character in GB18030; for GB2312 two differ."""
    seqs = [bytes([i]) for i in range(128)]
    seqs += [bytes([lead, trail]) for lead in range(0x81, 0xFF) for trail in range(0x40, 0xFF)]
    gbk = gb2312 = 0
    differ = []
    for seq in seqs:
        try:
            text = seq.decode("gbk")
        except UnicodeDecodeError:
            pass
        else:
            gbk += 1
            assert seq.decode("gb18030") == text
        try:
            text = seq.decode("gb2312")
        except UnicodeDecodeError:
            continue
        gb2312 += 1
        if seq.decode("gb18030") != text:
            differ.append((seq.hex(), text, seq.decode("gb18030")))
    assert gbk == 21919  # 128 ASCII + 21,791 two-byte
    assert gb2312 == 7573
    assert differ == [("a1a4", "\u30fb", "\u00b7"), ("a1aa", "\u2015", "\u2014")]


def test_gbk_book_with_user_defined_bytes_reads(tmp_path):
    """Was invalid_encoding under --encoding gbk (0xAA 0xB3); now the exact text."""
    data = CHAPLIN.encode("gb18030")
    assert b"\xaa\xb3" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")
    got = _read(tmp_path / "chaplin.txt", data, "gbk")
    assert isinstance(got, Document), got
    assert got.text == CHAPLIN and got.encoding == "gb18030"


def test_gbk_book_reads_exactly(tmp_path):
    got = _read(tmp_path / "xian_ni.txt", XIAN_NI.encode("gbk"), "cp936")
    assert isinstance(got, Document) and got.text == XIAN_NI


def test_gb2312_rejection_names_gb18030(tmp_path):
    data = XIAN_NI.encode("gbk")
    got = _read(tmp_path / "xian_ni.txt", data, "GB2312")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    assert "nor valid GB2312" in got.error
    assert "the file is GBK, as most files labelled GB2312 are: rerun with --encoding gb18030" in (
        got.error
    )
    again = _read(tmp_path / "xian_ni.txt", data, "gb18030")
    assert isinstance(again, Document) and "罗睺被定住" in again.text


def test_gb2312_rejection_of_no_gb_text_says_so():
    """Bytes GB18030 does not read either: no advice to use it."""
    got = decode_fallback(XIAN_NI.encode("gbk") + b"\xff\xff", "gb2312", typed="gb2312")
    assert got.text is None
    assert "GB18030, which reads GB2312 and GBK, does not read it either" in got.hint
    assert "rerun with --encoding gb18030" not in got.hint


def test_gb2312_text_read_as_before(tmp_path):
    """Guard: a GB2312 file under gb2312 reads as before (its ―― U+2015, ・ U+30FB)."""
    got = _read(tmp_path / "wolf.txt", WOLF_TOTEM.encode("gb2312"), "gb2312")
    assert isinstance(got, Document) and got.encoding == "gb2312"
    assert "――范文澜《中国通史简编・第一编》" in got.text


def test_hint_line_names_macintosh(tmp_path):
    """The per-file line says --encoding macintosh (the manifest's name), which reads
    the file back exactly."""
    data = (POWER_OF_DARKNESS * 2).encode("mac_roman")
    got = _read(tmp_path / "power.txt", data, "cp1252")
    assert got.codec_hint.endswith("if the file is in macintosh, rerun with --encoding macintosh")
    assert "as macintosh 'Ign\u00e1titch" in got.codec_hint
    assert "mac_roman" not in got.codec_hint
    again = _read(tmp_path / "power.txt", data, "macintosh")
    assert again.text == POWER_OF_DARKNESS * 2 and not again.codec_hint


@pytest.mark.parametrize("typed", ["ucs-4", "UCS4", "iso-10646-ucs-4"])
def test_ucs4_offers_utf32(typed):
    with pytest.raises(ValueError, match=r"did you mean utf-32\? Else"):
        check_encoding(typed)


def test_ucs2_and_typos_unchanged():
    """Guards: ucs-2 still names utf-16; a typo still gets its nearest codec."""
    assert check_encoding("ucs-2") == "utf-16"
    with pytest.raises(ValueError, match=r"did you mean windows-1252\?"):
        check_encoding("win1252")
