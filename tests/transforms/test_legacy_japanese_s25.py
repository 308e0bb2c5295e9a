"""Session 25 (wtD): Japanese and Korean text in the 7-bit ISO-2022 encodings (clause
``iso2022_escapes``, ``transforms.iso2022``) and real Japanese legacy text."""

from __future__ import annotations

from schemas import Rejected
from transforms.legacy_encodings import candidates, guess_encoding
from transforms.normalize import normalize_text
from transforms.read_records import decode

# ddskk 17.1 (Debian), /usr/share/skk/SKK.tut, shipped in ISO-2022-JP (its first line says so)
SKK_TUT = (
    ";;; SKK Japanese tutorial text -*- coding: iso-2022-jp -*-\n"
    "== SKK チュートリアルの使い方 ==\n\n"
    "SKK は Emacs のための高速で効率的な日本語入力システムです。単純な基本原理の\n"
    "もとで設計、作成されているために、使い方を短時間で身につけることができます。\n"
)
# coreutils' Korean catalog (/usr/share/locale/ko/LC_MESSAGES/coreutils.mo), as Korean mail
# of RFC 1557 would carry it
KO_LINE = "      --rfc-3339=<형식>      RFC 3339 형식으로 날짜/시각을 출력합니다.\n"


def reading(data: bytes, codec: str):
    return next(g for g in candidates(data) if g.encoding == codec)


def test_iso2022_escapes_skk_tutorial_is_japanese():
    """Clause iso2022_escapes: the 7-bit file is valid UTF-8; read as such, normalize left
    'SKK $O Emacs $N$?$a$N9bB.' in the training text."""
    data = SKK_TUT.encode("iso2022_jp")
    assert data.isascii() and data.decode("utf-8")
    assert decode(data, "SKK.tut", "s", "auto") == (SKK_TUT, "iso2022_jp")
    assert "$" not in normalize_text(decode(data, "SKK.tut", "s", "auto")[0])


def test_iso2022_escapes_korean_mail_is_korean():
    """Clause iso2022_escapes: ISO-2022-KR's 'ESC $ ) C' and SO/SI around KS X 1001 pairs."""
    data = KO_LINE.encode("iso2022_kr")
    assert data.isascii()
    assert decode(data, "ko.txt", "s", "auto") == (KO_LINE, "iso2022_kr")


def test_iso2022_escapes_damaged_file_is_rejected_not_ascii_pairs():
    """Clause iso2022_escapes: a file cut inside a kanji pair is rejected with what to do."""
    data = SKK_TUT.encode("iso2022_jp")
    pair = "高速".encode("iso2022_jp")[3:7]  # the two kanji's JIS pairs
    cut = data[: data.index(pair) + 1]  # inside the first pair
    rejected = decode(cut, "SKK.tut", "s", "auto")
    assert isinstance(rejected, Rejected) and rejected.reason == "invalid_encoding"
    assert "ISO-2022-JP" in rejected.error and "iconv -c -f ISO-2022-JP" in rejected.error


def test_iso2022_escapes_named_codec_and_terminal_codes():
    """A named --encoding is the user's word; terminal codes (ESC [ ... m, tput sgr0's
    'ESC ( B') are no ISO-2022 designation and stay UTF-8."""
    data = SKK_TUT.encode("iso2022_jp")
    assert decode(data, "SKK.tut", "s", "utf-8") == (data.decode("utf-8"), "utf-8")
    assert decode(data, "SKK.tut", "s", "iso2022_jp_2") == (SKK_TUT, "iso2022_jp_2")
    colour = b"\x1b[1mls\x1b(B\x1b[m lists directory contents\n"
    assert decode(colour, "ls.txt", "s", "auto") == (colour.decode(), "utf-8")


def test_guillemet_in_word_edict_euc_jp_is_not_cp1251():
    """Clause guillemet_in_word: edict's header line (EUC-JP as shipped) read as CP1251 is
    'Мѕ»м), "prt" (particle - Ѕх»м)' and was decided CP1251."""
    line = '名詞), "prt" (particle - 助詞), etc. '  # edict 2021.02.03 (Debian), line 2
    decided, _ = guess_encoding(line.encode("euc_jp"))
    assert decided is None or decided.text == line
    assert "guillemet" in reading(line.encode("euc_jp"), "cp1251").problem
    # real Russian with « » is still decided (coreutils ru)
    ru = "не удаётся создать ссылку «%s» на «%s»: такой файл уже существует"
    decided, _ = guess_encoding(ru.encode("cp1251"))
    assert decided is not None and decided.text == ru


def test_euro_runs_ddskk_euc_jp_is_not_greek():
    """Clause euro_runs: ddskk's skk-comp.el comment in EUC-JP read as ISO-8859-7 is
    ';; e.x. "€’" ’ͺ "€€" ...' and was decided Greek."""
    line = '                ;; e.x. "あ" → "い" → "か" → "わ"'  # ddskk 17.1 skk-comp.el
    decided, _ = guess_encoding(line.encode("euc_jp"))
    assert decided is None or decided.text == line
    assert "€" in reading(line.encode("euc_jp"), "iso8859_7").problem
    # real Greek is still decided (coreutils el), also with a price written '5€' / '€ 5'
    el = "%s: ο αριθμός γραμμής πρέπει να είναι μεγαλύτερος από το μηδέν"
    decided, _ = guess_encoding(el.encode("iso8859_7"))
    assert decided is not None and decided.text == el
    assert reading((el + " (5€, € 5)").encode("iso8859_7"), "iso8859_7").problem == ""


def test_jis_signs_chasen_euc_jp_is_not_gb18030_or_euc_kr():
    """Clause jis_signs: chasen's manual-j.tex (EUC-JP as shipped): the full-width colon
    read as GB18030 / EUC-KR is '¨' glued to the name; both were decided WRONG."""
    names = "   \\newblock {松田 寛, 桐山 和久, 山田 悟史, 吉野 圭一, 松本裕治：}  "
    thesis = (
        "   \\newblock {Masayuki Asahara：}  \n"
        "   \\newblock {奈良先端科学技術大学院大学修士論文, NAIST-IS-MT9851001，}  "
    )
    for text, codec in ((names, "euc_kr"), (thesis, "gb18030")):
        decided, _ = guess_encoding(text.encode("euc_jp"))
        assert decided is None or decided.text == text
        assert "'¨' touches a letter" in reading(text.encode("euc_jp"), codec).problem
    # real Chinese (红楼梦's first line, GB18030) is still decided
    zh = "——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，\n而借通灵说此《石头记》一书也，故曰“甄士隐”云云。"
    decided, _ = guess_encoding(zh.encode("gb18030"))
    assert decided is not None and decided.text == zh


def test_hangul_pairs_short_korean_is_not_cyrillic():
    """Clause hangul_pairs: short lines of the ko catalogs (gtk20-properties, postgres-15,
    coreutils) in EUC-KR read as ISO-8859-5 / CP1251 Cyrillic ('УжБй ЦФРЯ СІЧб') and were
    decided so."""
    for line in ("최근 파일 제한", '"%s" WAL 파일 찾기 실패', "종료 상태코드:"):
        decided, best = guess_encoding(line.encode("euc_kr"))
        assert decided is None and best.encoding == "euc_kr"
    # real Cyrillic words of capitals are still decided (ru glib20, binutils; ISO-8859-5)
    for ru in ("ПРИЁМНИК", "НЕИЗВЕСТНО: "):
        decided, _ = guess_encoding(ru.encode("iso8859_5"))
        assert decided is not None and decided.text == ru


def test_utf16_needs_nul_shift_jis_line_is_decided_not_utf16():
    """Clause utf16_needs_nul: a Shift_JIS line of kana reads as UTF-16BE CJK ideographs;
    the reader named UTF-16BE ('iconv -f UTF-16BE': mojibake) and never decided it."""
    line = "数字またはシンボルで指定することができます。\n"  # manpages-ja (Debian), converted
    assert decode(line.encode("shift_jis"), "ja.txt", "s", "auto") == (line, "shift_jis")
    # real UTF-16 without a mark is still named when too short to decide (its line ends are
    # NUL + newline); since session 34 (clause utf16_unmarked_decoded) a longer one is decoded
    rejected = decode(line.encode("utf-16-be"), "ja.txt", "s", "auto")
    assert isinstance(rejected, Rejected) and "UTF-16BE" in rejected.error
    assert decode((line * 3).encode("utf-16-be"), "ja.txt", "s", "auto") == (line * 3, "utf-16-be")


def test_kana_pairs_short_shift_jis_is_not_cp866():
    """Clause kana_pairs: ddskk's skk-comp.el comment line in Shift_JIS read as CP866
    ('ВаВвРь /СКРь/') was decided CP866 once utf16_needs_nul let it reach the guess."""
    line = "                                ;; あい川 /相川/"  # ddskk 17.1 skk-comp.el
    decided, best = guess_encoding(line.encode("shift_jis"))
    assert decided is None and best.encoding == "shift_jis"
    # real short Cyrillic is still decided (coreutils ru; catalog lines whose Shift_JIS or
    # EUC-JP reading is kana and rare kanji: 'ぇ矮-完矮', the review's common-kanji check)
    for ru, codec in (
        ("неверный аргумент", "cp866"),
        ("Вест-Кост", "cp866"),
        ("Єгуновце", "iso8859_5"),
    ):
        decided, _ = guess_encoding(ru.encode(codec))
        assert decided is not None and decided.text == ru
