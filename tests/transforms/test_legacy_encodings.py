"""``--encoding auto`` (``transforms.legacy_encodings``): real text in GB18030, Big5,
Shift_JIS, EUC-JP, EUC-KR and CP1252 is decoded, and what is not surely one of them
(damaged UTF-8, binary files, random bytes, a stray byte) never is. The excerpts are
a few lines of the texts bench/encodings_auto.py measures (红楼梦 from
../shared/data/zh_classics, the Debian FAQ and Debian Reference translations, Plato
from ../shared/data/en_gutenberg), encoded here."""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import random
import re
import zlib
from collections import Counter

import pytest

from schemas import Document, Rejected
from transforms import legacy_encodings, legacy_single_byte
from transforms.legacy_fallback import check_encoding, decode_fallback, guess_encoding
from transforms.read import ReadConfig, expand_inputs, read_file

ZH = (
    "    ——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，\n"
    "埂峰下经过。忽见一块大石，上面字迹分明，编述历历。空空道人乃从头一\n"
    "看，原来是无才补天、幻形入世，被那茫茫大士、渺渺真人携入红尘、引登\n"
    "彼岸的一块顽石；上面叙着堕落之乡、投胎之处，以及家庭琐事、闺阁闲情、\n"
    "诗词谜语，倒还全备。只是朝代年纪，失落无考。后面又有一偈云：\n"
    "    无才可去补苍天，枉入红尘若许年。此系身前身后事，倩谁记去作奇传？\n"
    "    空空道人看了一回，晓得这石头有些来历，遂向石头说道：“石兄，你\n"
)
ZH_TW = (
    "此開卷第一回也。作者自云：因曾歷過一番夢幻之後，故將真事隱去，而借通靈之說，\n"
    "撰此石頭記一書也。故曰甄士隱云云。但書中所記何事何人？自又云：今風塵碌碌，\n"
    "一事無成，忽念及當日所有之女子，一一細考較去，覺其行止見識，皆出於我之上。\n"
)
JA = (
    "アップグレード可能で、独自の設定ファイルを失うことや (ほとん\n"
    "どの場合) システムを再起動する必要はありません。現在の Linux \n"
    "ディストリビューションはほとんどがある種のパッケージ保守シス\n"
    "テムを利用可能です。Debian のパッケージ保守システムはその堅牢\n"
    "性に特化し、また差別化を図っています。\n"
)
KO = (
    "1.6. 데비안 프로젝트는 자유 소프트웨어 재단의 GNU 프로젝트에 어떻게\n"
    "    데비안 시스템은 자유 소프트웨어 재단 (https://www.gnu.org/) , 특\n"
    "    히 리처드 스톨만 (https://www.stallman.org/) 이 옹호하는 자유 소\n"
    "    프트웨어의 이상을 기반으로 합니다. FSF의 강력한 시스템 개발 도구,\n"
    "    11.3. 데비안 시작할 때 콘솔 글꼴을 어떻게 로드하나요?\n"
)
DE = (
    "Bei Verzeichnissen gibt es Berechtigung für die folgenden\n"
    "Rechteinhaber, Dateien zu dem Verzeichnis hinzuzufügen oder\n"
    "  * Die Ausführungs-Berechtigung (execute, x) erlaubt dem\n"
    "Hierbei bedeutet die Ausführungs-Berechtigung für ein Verzeichnis\n"
    "ls(1) wird verwendet, um Informationen über die Zugriffsrechte\n"
    "Systemsicherheits- und Integritätsüberprüfung; Festplattenausfälle.\n"
)
FR = (
    "Ce peut être une bonne idée de lire quelques documentations.\n"
    "principal pour les activités de formation qui suivent, vous\n"
    "pouvez créer un compte de formation, par exemple poisson en\n"
    "Cela va créer un nouveau compte appelé poisson. Après vos\n"
    "Sécurité de l’authentification ; sécuriser le mot de passe de l’administrateur\n"
)
EN = (
    "Socrates.’ ‘I will, if Timaeus approves.’ ‘I approve.’ Listen\n"
    "then, Socrates, to a tale of Solon’s, who, being the friend of\n"
    "‘And what was the subject of the poem?’ said the person who made\n"
    "to the lapse of time and the extinction of the actors. ‘Tell us,’\n"
)


def _decided(data: bytes) -> str | None:
    decided, _ = guess_encoding(data)
    return decided.encoding if decided else None


@pytest.mark.parametrize(
    "text, encoding, expected",
    [
        (ZH, "gb18030", "gb18030"),
        (ZH, "gbk", "gb18030"),
        (ZH_TW, "big5", "big5"),
        (ZH_TW, "gb18030", "gb18030"),
        (JA, "shift_jis", "shift_jis"),
        (JA, "euc_jp", "euc_jp"),
        (KO, "euc_kr", "euc_kr"),
        (DE, "cp1252", "cp1252"),
        (DE, "latin-1", "cp1252"),
        (FR, "cp1252", "cp1252"),
        (EN, "cp1252", "cp1252"),
    ],
    ids=[
        "gb18030",
        "gbk",
        "big5",
        "traditional-gb18030",
        "shift_jis",
        "euc_jp",
        "euc_kr",
        "de",
        "de-latin1",
        "fr",
        "en",
    ],
)
def test_real_text_in_a_legacy_encoding_is_decoded_exactly(text, encoding, expected):
    data = text.encode(encoding)
    decided, _ = guess_encoding(data)
    assert decided is not None and decided.encoding == expected, [
        (g.encoding, g.problem) for g in legacy_encodings.candidates(data)
    ]
    assert decided.text == text


@pytest.mark.parametrize(
    "text, encoding, wrong",
    [
        ("".join(ZH.splitlines(keepends=True)[::2]), "gb18030", "euc_kr"),
        (KO, "euc_kr", "gb18030"),
        (JA, "euc_jp", "gb18030"),
        (JA, "euc_jp", "big5"),
    ],
    ids=["chinese-not-korean", "korean-not-chinese", "japanese-not-chinese", "japanese-not-big5"],
)
def test_the_language_of_another_encoding_is_not_plausible(text, encoding, wrong):
    """Rule ``cjk_plausible``: the bytes also decode strictly in ``wrong`` (GB2312 level-1
    hanzi are KS X 1001's Hangul rows, EUC-JP kana GB2312's kana rows and Big5's common
    1-5 stroke rows), but to text that is not its language: Chinese has no spaced words
    (Korean read as GB18030 has), Korean has spaces (Chinese read as EUC-KR has not),
    Chinese has no kana, and Big5 Chinese not most of its hanzi in the kana rows (rule
    ``kana_rows``)."""
    data = text.encode(encoding)
    (guess,) = [g for g in legacy_encodings.candidates(data) if g.encoding == wrong]
    assert guess.problem, guess.text[:40]


def _latin(data: bytes) -> str:
    """The ``latin_plausible`` verdict on ``data`` read as CP1252 (its other rules aside)."""
    text = data.decode("cp1252")
    counts = Counter(text)
    return legacy_single_byte.latin_problem(
        counts, legacy_encodings._classes(counts, "Western European"), text
    )


def test_multibyte_text_read_as_cp1252_is_not_latin():
    """Rule ``latin_plausible``: EUC-KR Korean decodes strictly as CP1252, to letters
    that are mostly not ASCII; a GBK title in English text to runs of them."""
    assert "non-ASCII characters per 100 letters" in _latin(KO.encode("euc_kr"))
    assert "come in runs" in _latin((EN * 3 + "红楼梦 " * 3).encode("gbk"))


CS = (
    "Rychlá hnědá liška přeskočila líného psa. Čeština používá háčky a čárky, například "
    "ř, č, ě, ů a ý. Přišel jsem domů pozdě večer, když už všichni spali. Řeka byla "
    "klidná a měsíc svítil nad lesem.\n"
)
PL = (
    "Wczoraj było zimno, ale dziś słońce świeci i ludzie spacerują po mieście. Książka "
    "leży na stole, a obok niej stoi filiżanka gorącej herbaty.\n"
)


@pytest.mark.parametrize("text", [CS * 3, PL * 3], ids=["czech", "polish"])
@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_central_european_text_is_not_read_as_cp1252(text, encoding):
    """Rules ``latin_plausible`` and ``one_language``: Czech or Polish bytes decode
    strictly as CP1252 (CP1250 Czech even to letters only: 'ø' for ř, 'è' for č, 'ì'
    for ě), but to a mix of accents no Western language has, or to symbols; since
    session 16 Polish is decided in its own codec; this Czech sample lists letters
    alone ('ř, č, ě, ů a ý', rule ``lone_letter``) and stays undecided (real Czech:
    test_legacy_single_byte.py)."""
    assert _decided(text.encode(encoding)) == (encoding if text == PL * 3 else None)
    cp1252 = [
        g for g in legacy_encodings.candidates(text.encode(encoding)) if g.encoding == "cp1252"
    ]
    assert cp1252[0].problem


def test_czech_cp1250_is_caught_by_one_language():
    assert "no one language" in _latin((CS * 3).encode("cp1250"))


def test_polish_latin2_is_caught_by_symbol_in_word():
    assert "symbols stand inside words" in _latin((PL * 3).encode("iso8859_2"))


RU = (
    "Вчера было холодно, но сегодня светит солнце, и люди гуляют по городу. Книга "
    "лежит на столе, а рядом стоит чашка горячего чая.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866"])
def test_cyrillic_is_decided_in_its_own_codec(encoding):
    assert _decided((RU * 3).encode(encoding)) == encoding


def test_korean_has_spaces():
    """Rule ``cjk_plausible`` (Korean), clause ``ko_spaced_words``: Hangul without
    spaces between words is what Chinese bytes read as EUC-KR give (GB2312's level-1
    rows are KS X 1001's Hangul)."""
    squeezed = re.sub(r"(?<=[\uac00-\ud7a3]) ", "", KO)
    (guess,) = [
        g for g in legacy_encodings.candidates(squeezed.encode("euc_kr")) if g.encoding == "euc_kr"
    ]
    assert "no spaces" in guess.problem
    assert _decided(KO.encode("euc_kr")) == "euc_kr"


def test_a_few_user_defined_characters_are_kept():
    """``_MAX_PRIVATE``: old GBK novels hold a few user-defined characters (水浒传 in
    ../shared/data has 4 of U+E1A2 in 120,000 characters): still Chinese."""
    text = ZH * 20 + "\ue1a2\n"
    decided, _ = guess_encoding(text.encode("gb18030"))
    assert decided is not None and decided.text == text


def _corrupt(data: bytes, count: int, seed: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] = rng.randrange(0x80, 0x100)
    return bytes(out)


@pytest.mark.parametrize("text", [ZH, JA, KO, DE, EN * 3], ids=["zh", "ja", "ko", "de", "en"])
@pytest.mark.parametrize("count", [1, 10, 100])
def test_damaged_utf8_is_never_decoded(text, count):
    for seed in range(5):
        data = _corrupt(text.encode("utf-8"), count, seed)
        assert _decided(data) is None, (count, seed)


def test_a_stray_byte_in_ascii_is_never_decoded():
    """Rule ``enough_evidence``: an ASCII text with one byte over 0x7F (a flipped bit)
    decodes as CP1252 and even GB18030, to one odd character: no evidence."""
    text = EN.encode("cp1252").decode("ascii", errors="ignore") * 4
    for at in range(0, len(text), 37):
        data = text[:at].encode() + b"\xe9" + text[at + 1 :].encode()
        assert _decided(data) is None


def test_one_offs_in_ascii_are_not_latin():
    """Rule ``latin_plausible``: ten stray bytes make ten different 'letters', each once."""
    base = (EN.encode("cp1252").decode("ascii", errors="ignore") * 20).encode()
    data = bytearray(base)
    for i, byte in enumerate(b"\xe9\xf1\xfc\xe4\xf6\xe0\xe8\xe7\xee\xf4"):
        data[50 + 97 * i] = byte
    guess = [g for g in legacy_encodings.candidates(bytes(data)) if g.encoding == "cp1252"][0]
    assert "one-offs" in guess.problem


def test_utf8_mojibake_is_not_latin():
    """Rule ``broken_utf8`` for the single-byte candidate: English UTF-8 with curly
    quotes and a damaged byte decodes as CP1252 to 'â€™' and passes the letter rules;
    its valid UTF-8 sequences give it away."""
    data = bytearray((EN * 3).encode("utf-8"))
    data[5] = 0xE9  # one bad byte, the quotes still valid UTF-8
    guess = [g for g in legacy_encodings.candidates(bytes(data)) if g.encoding == "cp1252"]
    assert guess and "UTF-8 sequences" in guess[0].problem
    hint = decode_fallback(bytes(data), "auto").hint
    assert "UTF-8 with damaged bytes" in hint


@pytest.mark.parametrize("text", [ZH, JA, KO, FR], ids=["zh", "ja", "ko", "fr"])
def test_a_cut_multibyte_sequence_is_never_decoded(text):
    data = text.encode("utf-8")
    starts = [i for i, b in enumerate(data) if b >= 0xC2]
    for at in starts[:: max(1, len(starts) // 10)]:
        assert _decided(data[: at + 1]) is None  # cut at the end
        assert _decided(data[:at] + data[at + 1 :]) is None  # one byte lost


def _binaries() -> dict[str, bytes]:
    code = compile("x = '红楼梦'", "x.py", "exec")
    rng = random.Random(3)
    png_body = zlib.compress(bytes(random.Random(1).randbytes(3000)))
    return {
        "gzip": gzip.compress((ZH * 20).encode("gb18030")),
        "pyc": importlib.util.MAGIC_NUMBER + b"\x00" * 12 + marshal.dumps(code),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + png_body,
        "zlib": zlib.compress((EN * 50).encode()),
        "random": random.Random(2).randbytes(20_000),
        "random-high": bytes(rng.randrange(0x80, 0x100) for _ in range(5000)),
        "one-pair": b"\xbc\xbc" * 2500,  # one common hanzi, kanji, Hangul... 2,500 times
    }


def test_one_ideograph_repeated_is_no_language():
    """Rule ``varied_letters``: one byte pair repeated reads as one common hanzi (kanji,
    Hangul) 2,500 times in every CJK codec; no language writes so."""
    for guess in legacy_encodings.candidates(b"\xbc\xbc" * 2500):
        if guess.language in ("Chinese", "traditional Chinese", "Japanese", "Korean"):
            assert "one character is 100% of its letters" in guess.problem, guess.encoding


@pytest.mark.parametrize("name", sorted(_binaries()))
def test_binary_bytes_are_never_decoded(name):
    assert _decided(_binaries()[name]) is None


# Debian Reference (ja), table 6.3: a few Japanese words in an ASCII table.
JA_TABLE = (
    "    |esmtp-run         |V:0,   |32  |軽量 MTA (esmtp の sendmail 互 |\n"
    "    |                  |I:0    |    |換性拡張)                      |\n"
    "    |------------------+-------+----+-------------------------------|\n"
    "    |sendmail-bin      |V:14,  |1876|高機能 MTA (既に慣れている場合)|\n"
    "    |                  |I:14   |    |                               |\n"
    "    |------------------+-------+----+-------------------------------|\n"
    "    |courier-mta       |V:0,   |2390|超高機能 MTA (\n"
)


def test_ambiguous_bytes_are_not_decided():
    """Rule ``one_candidate``: twenty Japanese characters in an EUC-JP table also read
    as plausible Big5 and EUC-KR (kanji rows are common hanzi and Hangul rows there),
    and no rule tells them apart in so few characters: neither is taken, and the
    hint says so."""
    data = JA_TABLE.encode("euc_jp")
    passed = {g.encoding for g in legacy_encodings.candidates(data) if g.confident}
    assert {"euc_jp", "big5", "euc_kr"} <= passed
    decided, best = guess_encoding(data)
    assert decided is None and best.encoding == "big5"
    assert "but so do others" in decode_fallback(data, "auto").hint


def test_check_encoding_names():
    assert check_encoding("AUTO") == "auto"
    assert check_encoding("UTF8") == "utf-8"
    assert check_encoding("GBK") == "gb18030"  # clause typed_gbk_as_gb18030 (session 44)
    assert check_encoding("Big5") == "big5"
    with pytest.raises(ValueError, match="no codec Python knows"):
        check_encoding("gb-2312x")
    with pytest.raises(ValueError, match="not a text encoding"):
        check_encoding("base64")
    with pytest.raises(ValueError, match="no codec Python knows"):
        ReadConfig(encoding="klingon")


def _read(tmp_path, name: str, data: bytes, encoding: str = "auto") -> Document | Rejected:
    (tmp_path / name).write_bytes(data)
    config = ReadConfig(encoding=encoding)
    (item,) = [i for f in expand_inputs([str(tmp_path / name)]) for i in read_file(f, config)]
    return item


def test_the_reader_records_the_encoding(tmp_path):
    gb = _read(tmp_path, "gb.txt", ZH.encode("gb18030"))
    assert (gb.text, gb.encoding) == (ZH, "gb18030")
    utf8 = _read(tmp_path, "u.txt", ZH.encode("utf-8"))
    assert (utf8.text, utf8.encoding) == (ZH, "utf-8")
    wide = _read(tmp_path, "w.txt", ZH.encode("utf-16"))
    assert (wide.text, wide.encoding) == (ZH, "utf-16")


def test_utf8_option_rejects_and_names_the_encoding(tmp_path):
    rejected = _read(tmp_path, "gb.txt", ZH.encode("gb18030"), encoding="utf-8")
    assert rejected.reason == "invalid_utf8"
    assert "decode as gb18030 to Chinese text; rerun with --encoding gb18030" in rejected.error


def test_an_undecided_file_names_the_option_that_decodes_it(tmp_path):
    rejected = _read(tmp_path, "cafe.txt", "Café au lait, crème brûlée.".encode("cp1252"))
    assert rejected.reason == "invalid_utf8"
    assert "rerun with --encoding windows-1252 (or windows-1250, " in rejected.error
    assert "too few" in rejected.error


def test_a_named_codec_decodes_strictly_and_utf8_stays_utf8(tmp_path):
    """``--encoding cp1252``: the file is decoded even with one non-ASCII character;
    valid UTF-8 is still read as UTF-8 (no mojibake of the other files); bytes the
    codec cannot decode are ``invalid_encoding``."""
    cafe = _read(tmp_path, "cafe.txt", "Café.".encode("cp1252"), encoding="cp1252")
    assert (cafe.text, cafe.encoding) == ("Café.", "cp1252")
    utf8 = _read(tmp_path, "zh.txt", ZH.encode("utf-8"), encoding="gb18030")
    assert (utf8.text, utf8.encoding) == (ZH, "utf-8")
    bad = _read(tmp_path, "bad.txt", b"abc \x81\x20 def", encoding="shift_jis")
    assert bad.reason == "invalid_encoding" and "nor valid shift_jis" in bad.error


def test_binary_and_utf16_keep_their_hints_under_auto(tmp_path):
    png = _read(tmp_path, "cover.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    assert png.reason == "invalid_utf8" and "it is binary" in png.error
    le = _read(tmp_path, "le.txt", ZH.encode("utf-16-le"))
    # since session 34 decoded (clause utf16_unmarked_decoded); too short to be sure: hinted
    assert isinstance(le, Document) and le.text == ZH and le.encoding == "utf-16-le"
    short = _read(tmp_path, "short.txt", ZH[:12].encode("utf-16-le"))
    assert short.reason == "invalid_utf8" and "UTF-16LE" in short.error


@pytest.mark.parametrize("encoding", ["latin-1", "cp1251", "mac_roman"])
def test_a_named_single_byte_codec_does_not_read_binary_files(tmp_path, encoding):
    """Rule ``named_codec_binary``: latin-1 (and the other codecs that map all 256
    bytes) decodes an image or a program strictly; its NUL bytes still reject it as
    binary, while a BOM-less UTF-16 file read with ``--encoding utf-16-le`` (its NULs
    are text) is decoded."""
    png = _read(tmp_path, "cover.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), encoding)
    assert isinstance(png, Rejected) and "it is binary" in png.error
    text = _read(tmp_path, "fr.txt", FR.encode("cp1252"), encoding)
    # Session 40 (clause named_latin1_is_cp1252): latin-1 over these CP1252 bytes ("l\x92")
    # reads them as CP1252, as a page declaring iso-8859-1 is read
    read = FR if encoding == "latin-1" else FR.encode("cp1252").decode(encoding)
    assert isinstance(text, Document) and text.text == read
    le = _read(tmp_path, "le.txt", ZH.encode("utf-16-le"), "utf-16-le")
    assert isinstance(le, Document) and le.text == ZH and le.encoding == "utf-16-le"


ES = (
    "comprobación, un espacio, un carácter indicando el modo de entrada ('*' si\n"
    "leen órdenes desde la entrada estándar o un fichero\n"
    "especificado, los cuales van a ser ejecutados más tarde, utilizando read\n"
    "con la salida de error estándar y la salida estándar de sus órdenes, si hay\n"
)


@pytest.mark.parametrize(
    "text, problem",
    [
        (EN * 3, "wrong case"),  # 'SolonÕs', 'ÔTell us,Õ'
        (ES * 3, "stands inside a word"),  # 'car‡cter', 'est‡ndar': rule sign_in_word
    ],
    ids=["en", "es"],
)
def test_mac_roman_is_not_read_as_cp1252(text, problem):
    """Rules ``case_in_word`` and ``symbol_in_word`` (CP1252's own symbols): Mac Roman
    bytes decode strictly as CP1252, its ’ to 'Õ' inside words, its á to '‡' ('est‡ndar';
    old Mac files; both were decided as CP1252: mojibake)."""
    data = text.encode("mac_roman")
    assert problem in _latin(data)
    assert _decided(data) is None


def test_latin9_is_not_read_as_cp1252():
    """Rule ``latin9_in_word``: ISO-8859-15 French decodes strictly as CP1252, its œ to
    '½' ('n½ud'); one such symbol inside a word is enough (were decided: mojibake)."""
    french = "".join(FR.splitlines(keepends=True)[:4])  # (ISO-8859-15 has no ’)
    text = french * 20 + "appelée inœud (« inode ») qui décrit les attributs qui lui sont\n"
    assert "where iso-8859-15 has a letter" in _latin(text.encode("iso8859_15"))
    assert _decided(text.encode("iso8859_15")) is None
    assert _decided(text.encode("cp1252")) == "cp1252"


@pytest.mark.parametrize("piece", ["Après vos\n", "l’administrateur\n"], ids=["accent", "quote"])
def test_utf8_pasted_into_cp1252_is_not_decoded(piece):
    """Rule ``utf8_pieces``: a CP1252 file with one UTF-8 line pasted in decodes
    strictly as CP1252, the line to 'Ã¨' or 'â€™' (below ``broken_utf8``'s share);
    one such piece is enough."""
    latin = (FR * 20).encode("cp1252")
    data = latin + piece.encode("utf-8") + latin
    assert (
        "UTF-8 mixed in"
        in [g for g in legacy_encodings.candidates(data) if g.encoding == "cp1252"][0].problem
    )
    assert _decided(data) is None
    assert _decided(latin) == "cp1252"


def test_control_characters_are_no_text():
    """Rule ``enough_evidence`` (controls): a C0 control character other than tab, line
    and form feeds and ESC is in no text of these languages (a BEL in a roff macro of
    the bash man page is why it stays undecided, docs/QUALITY.md)."""
    text = ZH * 4
    assert _decided(text.encode("gb18030")) == "gb18030"
    assert _decided((text + "\x07\n").encode("gb18030")) is None


def test_many_private_use_characters_are_no_chinese():
    """``_MAX_PRIVATE``: a few user-defined GBK characters are kept (test above), but
    bytes in the user-defined rows (GBK AAA1-AFFE -> U+E000...) at 1% of the text are
    not the text of a language."""
    private = "".join(chr(0xE000 + i) for i in range(8))
    text = ZH * 4 + private + "\n"
    assert text.encode("gb18030").decode("gb18030") == text
    assert _decided(text.encode("gb18030")) is None
