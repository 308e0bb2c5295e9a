"""Clauses ``utf16_unmarked_decoded`` and ``utf16_unmarked_odd_length`` (session 34, the
Left of session 33, transforms/utf16_unmarked.py): UTF-16 without a byte order mark
holding é, Chinese, Japanese or Korean was rejected with "the bytes look like UTF-16LE
without a byte order mark; ... iconv" (only its ASCII case was decoded); now it is
decoded on strong evidence and labelled as that case is. Such a file with an odd number
of bytes was read as UTF-8 (ASCII: NULs stripped, manifest utf-8) or given the iconv
hint; now it is rejected ``invalid_utf16`` naming its last byte. Real text: Les
Misérables' book list, 三毛's 背影, Aozora's 古城 (ja), the Korean constitution
(tests/data); guards on 红楼梦 and a Gutenberg book from ../shared/data and Aozora's
own Shift_JIS bytes, converted in memory."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline import build as build_module
from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file
from transforms.read_records import decode
from transforms.utf16_unmarked import unmarked_utf16

DATA = Path(__file__).parents[1] / "data"
SHARED = Path(__file__).parents[2].parent / "shared" / "data"
LES_MIS = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8")
RFC = (DATA / "en_rfc5321_scenarios.txt").read_text(encoding="utf-8")
TEXTS = {
    "les_mis.txt": LES_MIS,
    "背影.txt": (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8"),
    "古城.txt": (DATA / "ja_aozora_castle.txt").read_text(encoding="utf-8"),
    "헌법.txt": (DATA / "ko_constitution_ch4.txt").read_text(encoding="utf-8"),
}


def _read(tmp_path, name: str, data: bytes, encoding: str = "auto"):
    (tmp_path / name).write_bytes(data)
    (file,) = expand_inputs([str(tmp_path / name)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", list(TEXTS))
def test_utf16_unmarked_decoded(tmp_path, name, order):
    """Latin with é (NULs in the high bytes), Chinese/Japanese/Korean (few NULs): each
    decoded whole and labelled; before, ``invalid_utf8`` with the iconv hint."""
    text = TEXTS[name]
    data = text.encode(order)
    got = _read(tmp_path, name, data)
    assert isinstance(got, Document), got
    assert got.encoding == order
    assert got.text == text


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_unmarked_odd_length(tmp_path, order):
    """An odd byte after the last unit: RFC 5321 (ASCII) was read as UTF-8 with its
    NULs stripped, Les Misérables got the iconv hint; both now ``invalid_utf16`` naming
    the byte, nothing read (no byte dropped unsaid). Clause ``odd_length_file_named``
    (wtC2): the command names the file (it said FILE)."""
    for name, text, cut in (("rfc.txt", RFC, False), ("les.txt", LES_MIS, True)):
        data = text.encode(order)
        data = data[:-1] if cut else data + b"\n"
        got = _read(tmp_path, name, data)
        assert isinstance(got, Rejected), got
        assert got.reason == "invalid_utf16"
        word = order.upper().replace("-16-", "-16")
        assert got.error == (
            f"the file is {word} without a byte order mark but has an odd number of bytes "
            f"({len(data):,}): its last byte (0x{data[-1]:02x}) is half a character, "
            "nothing of the file was read: if `echo >>` or an editor added the byte, remove "
            f"it (truncate -s -1 {tmp_path / name}); if the file was cut short, get it whole"
        )


def _shared(path: str, size: int = 200_000) -> str:
    if not (SHARED / path).exists():
        pytest.skip(f"../shared/data/{path} is absent (the project's shared real data)")
    return (SHARED / path).read_bytes()[:size].decode("utf-8", "ignore")


def test_utf16_unmarked_guards(tmp_path):
    """What must stay: real UTF-8, GB18030, Big5, Shift_JIS, EUC-JP, cp1252 text is never
    taken for UTF-16 (with and without an odd length); a named codec is the user's word;
    UTF-32 without a mark and binary stay rejected."""
    hongloumeng = _shared("zh_classics/红楼梦.txt")
    book = _shared("en_gutenberg/pg1153.txt")
    castle = TEXTS["古城.txt"]
    for text, codecs in (
        (hongloumeng, ("utf-8", "gb18030", "big5")),
        (book, ("utf-8", "cp1252")),
        (castle, ("utf-8", "shift_jis", "euc_jp", "gb18030")),
        (LES_MIS, ("utf-8", "cp1252", "latin-1")),
    ):
        for codec in codecs:
            data = text.encode(codec, "ignore")
            for variant in (data, data[:-1], data + b"\xff"):
                assert unmarked_utf16(variant) is None, codec
                got = decode(variant, "g.txt", "s", "auto")
                assert isinstance(got, Rejected) or not got[1].startswith("utf-16"), codec
    # Aozora's own Shift_JIS bytes (as in its repository): read as shift_jis
    sjis = castle.encode("shift_jis")
    assert decode(sjis, "s.txt", "s", "auto")[1] == "shift_jis"
    # a named codec is the user's word: no UTF-16 guess
    named = _read(tmp_path, "named.txt", LES_MIS.encode("utf-16-le"), "utf-8")
    assert isinstance(named, Rejected) and named.reason == "invalid_utf8"
    # UTF-32 without a mark (a U+0000 every other unit) is no UTF-16
    assert unmarked_utf16(LES_MIS.encode("utf-32-le")) is None
    # binary with NULs stays binary
    png = (Path(__file__).parents[2] / "docs").glob("**/*.png")
    blob = next(png, None)
    if blob is not None:
        assert unmarked_utf16(blob.read_bytes()) is None
    elf = Path("/bin/ls").read_bytes() if Path("/bin/ls").exists() else b""
    assert unmarked_utf16(elf) is None
    # too little CJK text to be sure: not decoded, the hint stays
    short = "我去就来。\n".encode("utf-16-le")
    assert unmarked_utf16(short) is None


def test_utf16_unmarked_build(tmp_path, tiny_tokenizer_path):
    """Through the build: the four mark-less UTF-16 books are written and labelled, the
    odd-length one is in rejected/ naming its byte, the counts reconcile (6 in = 5 + 1),
    and every input is left byte for byte."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, (name, text) in enumerate(TEXTS.items()):
        (inputs / name).write_bytes(text.encode("utf-16-le" if i % 2 else "utf-16-be"))
    (inputs / "rfc_cut.txt").write_bytes(RFC.encode("utf-16-le") + b"\n")
    (inputs / "plain.txt").write_text(RFC, encoding="utf-8")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, _ = build_module.build(args + ["--windows", "256"])
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (6, 5, 1)
    (record,) = [json.loads(line) for line in (out / "rejected" / "rejected.jsonl").open()]
    assert record["doc_id"] == "rfc_cut.txt" and record["reason"] == "invalid_utf16"
    assert "its last byte (0x0a) is half a character" in record["error"]
    said = json.dumps(json.loads((out / "manifest.json").read_text()))
    # the names a user knows (clause known_codec_names, session 44): WHATWG's utf-16le/be
    assert "utf-16le" in said and "utf-16be" in said and "utf-16-le" not in said
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    assert after == before


# 敦煌歌辭 (oscarsun72/chtxt, 0.詩詞/3.1.敦煌歌辭.txt, lines 89-95): lost characters as □
DUNHUANG = (
    "總與如來為弟子，顯名故入大乘經。\n\n○ 紅娘子‧秋水似天仙（嵌曲名）\n\n"
    "□□□□宣。美人秋水似天仙。紅娘子本住□□。蝶兒終日遶花間。\n"
    "舉頭聚落秋□□。悔上採蓮船。楊柳枝柔。墮落西番。\n"
)


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_unmarked_rare_hanzi(order):
    """Clause ``utf16_unmarked_rare_hanzi``: classical Chinese with its lost characters
    as □/○ (10% of this excerpt) and CJK extension hanzi was under the 98% of common-script
    characters, so it kept the iconv hint; these blocks count now. Guard: a private-use
    character (GBK/Big5 user-defined, read as UTF-16) still does not."""
    assert unmarked_utf16(DUNHUANG.encode(order)) == (DUNHUANG, order)
    # an extension-B hanzi (a surrogate pair) in 方言's way of writing
    text = DUNHUANG.replace("宣", "\U000224dc")
    assert unmarked_utf16(text.encode(order)) == (text, order)
    private = DUNHUANG.replace("□", "\ue000")
    assert unmarked_utf16(private.encode(order)) is None


def test_utf16_unmarked_cjk_share():
    """Review (session 34): the "three quarters common CJK" share was caught by no test.
    7-bit text read as UTF-16 is mostly CJK ideographs, kana and extension A (byte pairs
    0x30-0x7a): 柏杨's dialogue in UTF-7 (a mail's 7-bit Chinese) with a stray NUL at its
    end read, without the share, as UTF-16 of both orders (rejected invalid_utf16, the
    file's text lost); it stays its own 7-bit text."""
    text = (DATA / "zh_boyang_glued_dialogue.txt").read_text(encoding="utf-8")
    data = text.encode("utf-7") + b"\x00"
    assert unmarked_utf16(data) is None
    got = decode(data, "mail.txt", "s", "auto")
    assert not isinstance(got, Rejected) and got[1] == "utf-8"
    assert got[0] == data.decode("utf-8")


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_unmarked_tail(order):
    """Clause utf16_unmarked_tail (review, session 34): the evidence was the first 64 KiB
    alone, so a mark-less UTF-16 file with UTF-8 after it (`cat les_mis.txt book.txt`,
    lines added by a UTF-8 editor) was decoded whole: the English tail became CJK
    ideographs ("牣獯敳..."), the Chinese tail private use, and nothing said it. Now the
    last 64 KiB must read as UTF-16 too: rejected, as before the session."""
    book = (DATA / "en_rfc5321_scenarios.txt").read_text(encoding="utf-8")
    beiying = TEXTS["背影.txt"]
    for head, tail in ((LES_MIS * 20, book * 4), (beiying * 10, beiying)):
        data = head.encode(order) + tail.encode("utf-8")
        data += b"\n" * (len(data) % 2)
        assert len(head.encode(order)) > 1 << 16
        assert unmarked_utf16(data) is None
        got = decode(data, "cat.txt", "s", "auto")
        assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
        # guard: the same file in UTF-16 throughout is still decoded, text identical
        whole = (head + tail).encode(order)
        assert decode(whole, "whole.txt", "s", "auto") == (head + tail, order)
