"""Session 43: charset labels of the WHATWG Encoding Standard, unknown labels, and the
codec named as typed in an EPUB's lines (transforms.charset_labels, html_files, epub).

Clause ``whatwg_charset_labels``: "x-mac-roman", "mac", "csmacintosh" (the standard's
labels of Mac Roman that Python does not know) are read as Mac Roman, in a page, an
EPUB's chapter and ``--encoding``; a label no one knows is said in one line naming it
and the flag to pass. Clause ``whatwg_browser_codecs``: "gb2312" over GBK bytes is read
as GB18030, "iso-8859-9" over CP1254 quotes as CP1254, as browsers read them. Clause
``epub_typed_codec_name``: an EPUB chapter's line names ``--encoding`` as typed
("latin-1"), as a text file's line does (it said "iso8859-1").
"""

from __future__ import annotations

import codecs

import pytest

from schemas import Document, Rejected
from tests.transforms.test_codec_hint_s42 import _epub, _undeclared
from tests.transforms.test_declared_codec import page
from tests.transforms.test_named_latin1_cp1252 import ALCOTT
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.charset_labels import WHATWG_ONLY, python_codec
from transforms.read import ReadConfig

# 水浒传 (zh_classics), 第三十四回: "縌" and "夥" are GBK, not GB2312.
SHUIHU = (
    "公厅前下马。请上厅来，叙礼罢，黄信便问道：“总管缘何单骑到此？”秦明当下先说了损折军马等情，"
    "后说：“山东及时雨宋公明，縌财仗义，结识天下好汉，谁不钦敬他？如今见在清风山上；我今次也在"
    "山寨入了夥。你又无老小，何不听我言语，也去山寨入伙，免受那文官的气。”\n\n"
)
# 二葉亭四迷『嫉妬する夫の手記』 (Aozora Bunko, Shift_JIS)
FUTABATEI = (
    "\u3000そのうち妻はだんだんＯに親しみを持つて来た。客の方も同じ有様だ。しかし私のＯに対する"
    "気持は暫くは以前と少しも変らなかつた。\n\n"
    "\u3000しかし自由になる見込がなかつたので、私は田舎へ行くことにきめた。\n\n"
    "\u3000さうきめた事はＯにもよく話したが、勿論本当の理由は云はなかつた。\n\n"
)


@pytest.mark.parametrize("label", ["x-mac-roman", "mac", "csmacintosh", "macintosh", "MAC"])
@pytest.mark.parametrize("encoding", ["auto", "utf-8"])
def test_whatwg_mac_labels_read_as_mac_roman(tmp_path, label, encoding):
    """The Power of Darkness as a Mac Roman page declaring a WHATWG label of Mac Roman:
    read as Mac Roman ("Ignátitch"), as a page and as an EPUB's chapter, under any
    --encoding (base43: "x-mac-roman", "mac", "csmacintosh" were no codec: the page was
    rejected, its bytes "not surely" one codec; "macintosh", Python's alias, the guard)."""
    data = page(POWER_OF_DARKNESS * 2, label).encode("mac_roman")
    for name, raw in (("power.html", data), ("power.epub", _epub(data))):
        got = _read(tmp_path / name, raw, encoding)
        assert isinstance(got, Document), got
        assert got.encoding == "mac-roman" and got.codec_hint == ""
        assert "Peter Ign\u00e1titch" in got.text and "MATRY\u00d3NA" in got.text


def test_encoding_flag_takes_whatwg_labels(tmp_path):
    """``--encoding x-mac-roman`` reads a Mac Roman text file (base43: "no codec Python
    knows"); "windows-874", "x-sjis", "windows-949" name their Python codecs; a name no
    one knows is still the one-line error."""
    assert ReadConfig(encoding="x-mac-roman").encoding == "mac-roman"
    got = _read(tmp_path / "power.txt", POWER_OF_DARKNESS.encode("mac_roman"), "x-mac-roman")
    assert got.text == POWER_OF_DARKNESS and got.encoding == "mac-roman"
    assert [ReadConfig(encoding=e).encoding for e in ("windows-874", "x-sjis", "windows-949")] == [
        "cp874",
        "cp932",
        "cp949",
    ]
    with pytest.raises(ValueError, match="--encoding 'x-mac-roman2' is no codec Python knows"):
        ReadConfig(encoding="x-mac-roman2")


def test_whatwg_table_holds_only_what_python_lacks():
    """Every label of the table is one Python's codecs do not know, and names a Python
    text codec (so the table never overrides Python's own reading of a name)."""
    assert len(WHATWG_ONLY) == 71  # 61, 4 later labels (the review), 6 UTF-16 ones (session 44)
    for label, codec in WHATWG_ONLY.items():
        with pytest.raises(LookupError):
            codecs.lookup(label)
        assert python_codec(label) == codecs.lookup(codec).name
        # ASCII-compatible, but the UTF-16 labels (session 44, --encoding only)
        assert "a".encode(codec) == b"a" or codec.startswith("utf_16")
    assert python_codec("x-user-defined") is None and python_codec("iso-2022-cn") is None


@pytest.mark.parametrize("kind", ["page", "epub"])
def test_unknown_label_said_in_one_line(tmp_path, kind):
    """A page declaring a label no one knows ("x-mac-turkish": Python knows
    "mac_turkish", the standard has no such label) was read as declaring nothing, and
    its rejection named neither the label nor what to do (base43). Now the line names
    the label and the flag; with that flag (here mac_roman) the page is read."""
    data = page(POWER_OF_DARKNESS * 2, "x-mac-turkish").encode("mac_roman")
    raw = data if kind == "page" else _epub(data)
    name = f"power.{'html' if kind == 'page' else 'epub'}"
    got = _read(tmp_path / name, raw, "utf-8")
    assert isinstance(got, Rejected) and "\n" not in got.error
    said = (
        "it declares charset x-mac-turkish, which names no codec longctx reads (neither "
        "Python's codecs nor the WHATWG Encoding Standard's labels know it), so the "
        "declaration was not used: pass --encoding with the page's codec"
    )
    assert said in got.error
    fixed = _read(tmp_path / name, raw, "mac_roman")
    assert isinstance(fixed, Document) and "Peter Ign\u00e1titch" in fixed.text


def test_gb2312_label_over_gbk_bytes(tmp_path):
    """水浒传's "縌财仗义" and "入了夥" in a page declaring gb2312 (GBK bytes, as
    browsers read them: the standard's "gbk" decoder) is read as GB18030, every
    character, under --encoding utf-8 (base43: rejected, "not gb2312"); a page of
    GB2312 characters only is read as gb2312, as before (the guard)."""
    raw = page(SHUIHU * 3, "gb2312").encode("gbk")
    got = _read(tmp_path / "shuihu.html", raw, "utf-8")
    assert isinstance(got, Document) and got.encoding == "gb18030"
    assert "宋公明，縌财仗义" in got.text and "入了夥" in got.text
    plain = SHUIHU.replace("縌", "疏").replace("夥", "伙")
    same = _read(tmp_path / "plain.html", page(plain * 3, "gb2312").encode("gb2312"), "utf-8")
    assert same.encoding == "gb2312" and "宋公明，疏财仗义" in same.text


@pytest.mark.parametrize("label", ["gb2312", "big5", "euc-kr"])
def test_another_familys_label_is_not_read_so(tmp_path, label):
    """Guard (the A/B: 1,741 of 1,743 Shift_JIS books declared gb2312 read as GB18030
    mojibake by the first version): Futabatei's Shift_JIS text in a page declaring a
    Chinese or Korean label, which reads nearly none of it, is read by its bytes
    (--encoding auto: Shift_JIS), as on base43, not in the label's larger codec."""
    raw = page(FUTABATEI * 3, label).encode("shift_jis")
    got = _read(tmp_path / "futabatei.html", raw, "auto")
    assert isinstance(got, Document) and got.encoding == "shift_jis"
    assert "妻はだんだんＯに親しみを持つて来た" in got.text


def test_latin5_label_over_cp1254_quotes(tmp_path):
    """Alcott's curly quotes as CP1254 bytes in a page declaring iso-8859-9 (Latin-5,
    which browsers read as windows-1254): read as CP1254, "“We can make it ourselves,”"
    (base43: C1 controls, dropped by the normalizer); without C1 bytes the page is read
    as declared (the guard)."""
    raw = page(ALCOTT * 2, "iso-8859-9").encode("cp1254")
    got = _read(tmp_path / "kitty.html", raw, "auto")
    assert got.encoding == "cp1254"
    assert "\u201cWe can make it ourselves,\u201d continued Kitty" in got.text
    plain = ALCOTT.translate(dict.fromkeys(map(ord, "\u201c\u201d\u2019\u2014"), "'"))
    same = _read(tmp_path / "plain.html", page(plain * 2, "iso-8859-9").encode("latin-1"), "auto")
    assert same.encoding == "iso8859-9" and "distingu\u00e9" in same.text


@pytest.mark.parametrize("typed", ["latin-1", "Latin1", "windows-1252"])
def test_epub_line_names_the_codec_as_typed(tmp_path, typed):
    """Clause epub_typed_codec_name: an undeclared Mac Roman chapter read as CP1252
    under --encoding TYPED: its line says "under --encoding TYPED" as the same page's
    line does (base43: "iso8859-1" / "cp1252", Python's names)."""
    data = _undeclared(POWER_OF_DARKNESS * 2).encode("mac_roman")
    text_file = _read(tmp_path / "power.html", data, typed).codec_hint
    chapter = _read(tmp_path / "power.epub", _epub(data), typed).codec_hint
    assert f"read as windows-1252 under --encoding {typed}, but 6 of its bytes" in text_file
    head = f"{tmp_path / 'power.epub'}: chapter OEBPS/ch1.xhtml "
    assert chapter.startswith(head)
    assert chapter[len(head) :] == text_file[len(f"{tmp_path / 'power.html'}: ") :]


# 寺田寅彦『柿の種』 (Aozora Bunko, Shift_JIS): the glass between the two worlds, and the
# book's note whose half-width "､" (0xa4) GBK cannot read (2 of its characters unread).
TERADA = (
    "\u3000日常生活の世界と詩歌の世界の境界は、ただ一枚のガラス板で仕切られている。\n"
    "\u3000このガラスは、初めから曇っていることもある。\n"
    "\u3000生活の世界のちりによごれて曇っていることもある。\n"
    "\u3000二つの世界の間の通路としては、通例、ただ小さな狭い穴が一つ明いているだけである。\n"
    "\u3000しかし、始終ふたつの世界に出入していると、この穴はだんだん大きくなる。\n"
    "※「十四､五」「二､三」など、連続する数字をつなぐ際に底本が用いている半角の読点は、全角に変えた。\n"
)


@pytest.mark.parametrize("encoding", ["auto", "utf-8"])
def test_shift_jis_declared_gbk_keeps_its_own_reading(tmp_path, encoding):
    """Review of session 43 (the CJK A/B's 2 Aozora books declared gbk): GBK reads all
    of Terada's Shift_JIS but 2 characters, under the 1-in-100 bar, and GB18030 reads it
    all, as mojibake ("丂擔忢惗妶"). The bytes' own reading decides, as on base43: read
    as Shift_JIS under auto, rejected naming shift_jis under utf-8."""
    raw = page(TERADA, "gbk").encode("shift_jis")
    got = _read(tmp_path / "terada.html", raw, encoding)
    if encoding == "auto":
        assert isinstance(got, Document) and got.encoding == "shift_jis"
        assert "日常生活の世界と詩歌の世界の境界" in got.text and "十四､五" in got.text
    else:
        assert isinstance(got, Rejected) and "--encoding shift_jis" in got.error


@pytest.mark.parametrize("label", ["unicode20utf8", "x-unicode20utf8", "koi8-ru"])
def test_later_whatwg_labels(label):
    """Review of session 43: the standard's labels added after the copy the table was
    made from (UTF-8's three, KOI8-U's "koi8-ru") name their codec."""
    assert python_codec(label) == {"koi8-ru": "koi8-u"}.get(label, "utf-8")


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "ucs-2"])
@pytest.mark.parametrize("kind", ["page", "epub"])
def test_a_utf16_label_in_a_meta_is_not_used(tmp_path, label, kind):
    """Review of session 43 (HTML: a meta's "utf-16" means UTF-8; the meta was read as
    ASCII bytes, so the page is no UTF-16): Alcott's CP1252 page declaring utf-16 is
    read by its bytes, as a page that declares nothing (base43 and the branch read it
    as UTF-16: "格浴㹬格慥...", every character wrong; "ucs-2" was said unknown)."""
    data = page(ALCOTT * 2, label).encode("cp1252")
    data += b" " * (len(data) % 2)  # an even length: UTF-16 read it all
    raw = data if kind == "page" else _epub(data)
    got = _read(tmp_path / f"kitty.{'html' if kind == 'page' else 'epub'}", raw, "auto")
    assert isinstance(got, Document), got
    assert "\u201cWe can make it ourselves,\u201d continued Kitty" in got.text
    assert "declares charset" not in str(got)
