"""Clauses ``utf16_unmarked_scripts``, ``utf8_mostly_controls`` and
``odd_length_file_named`` (session 34, wtC2; transforms/utf16_unmarked.py, the Left and
Review of session-34-wtC). Mark-less UTF-16 of an alphabetic script other than Latin was
rejected with the iconv hint (Greek, Hebrew) or, when every byte is under 0x80 (Thai
U+0E01 is 01 0e, Russian а U+0430 is 30 04, Arabic, Devanagari), read as `utf-8`: text
of control characters, destroyed without a word. Now it is decoded on the evidence of
one or two script blocks (head and tail alike); valid UTF-8 that is mostly control bytes
without that evidence is rejected saying what to do. Real public-domain text, converted
in memory: Pushkin (1825), Sunthorn Phu (d. 1855), John 1:1-3, Genesis 1:1-3,
al-Mutanabbi, Kabir, Nguyễn Du's Truyện Kiều (1820), the Korean Debian FAQ excerpt of
tests/data."""

from __future__ import annotations

import hashlib
import json
import shlex
import unicodedata
from pathlib import Path

import pytest

from pipeline import build as build_module
from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file
from transforms.read_records import decode

DATA = Path(__file__).parents[1] / "data"
PUSHKIN = (
    "Я помню чудное мгновенье:\nПередо мной явилась ты,\nКак мимолетное виденье,\n"
    "Как гений чистой красоты.\n\nВ томленьях грусти безнадежной,\n"
    "В тревогах шумной суеты,\nЗвучал мне долго голос нежный\nИ снились милые черты.\n"
)
SUNTHORN_PHU = "ถึงบางพูดพูดดีเป็นศรีศักดิ์ มีคนรักรสถ้อยอร่อยจิต\nแม้นพูดชั่วตัวตายทำลายมิตร จะชอบผิดในมนุษย์เพราะพูดจา\n"
JOHN = (
    "Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν, καὶ θεὸς ἦν ὁ λόγος.\n"
    "οὗτος ἦν ἐν ἀρχῇ πρὸς τὸν θεόν.\n"
    "πάντα δι᾽ αὐτοῦ ἐγένετο, καὶ χωρὶς αὐτοῦ ἐγένετο οὐδὲ ἕν ὃ γέγονεν.\n"
)
GENESIS = (
    "בראשית ברא אלהים את השמים ואת הארץ.\n"
    "והארץ היתה תהו ובהו וחשך על פני תהום ורוח אלהים מרחפת על פני המים.\n"
    "ויאמר אלהים יהי אור ויהי אור.\n"
)
MUTANABBI = (
    "الخيل والليل والبيداء تعرفني\nوالسيف والرمح والقرطاس والقلم\n"
    "على قدر أهل العزم تأتي العزائم\nوتأتي على قدر الكرام المكارم\n"
)
KABIR = (
    "बुरा जो देखन मैं चला, बुरा न मिलिया कोय।\nजो दिल खोजा आपना, मुझसे बुरा न कोय॥\n"
    "पोथी पढ़ि पढ़ि जग मुआ, पंडित भया न कोय।\nढाई आखर प्रेम का, पढ़े सो पंडित होय॥\n"
)
KIEU = (
    "Trăm năm trong cõi người ta,\nChữ tài chữ mệnh khéo là ghét nhau.\n"
    "Trải qua một cuộc bể dâu,\nNhững điều trông thấy mà đau đớn lòng.\n"
    "Lạ gì bỉ sắc tư phong,\nTrời xanh quen thói má hồng đánh ghen.\n"
)
TEXTS = {
    "pushkin.txt": PUSHKIN,
    "sunthorn_phu.txt": SUNTHORN_PHU,
    "john.txt": JOHN,
    "genesis.txt": GENESIS,
    "mutanabbi.txt": MUTANABBI,
    "kabir.txt": KABIR,
    "kieu.txt": KIEU,
    "kieu_nfd.txt": unicodedata.normalize("NFD", KIEU),  # combining marks
    "ko_faq.txt": (DATA / "ko_debian_faq_1.txt").read_text(encoding="utf-8"),
}
ORDERS = ["utf-16-le", "utf-16-be"]


def _read(tmp_path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    (file,) = expand_inputs([str(tmp_path / name)])
    (got,) = read_file(file, ReadConfig(encoding="auto"))
    return got, file


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("name", list(TEXTS))
def test_utf16_unmarked_scripts(tmp_path, name, order):
    """Each text in mark-less UTF-16 is read whole and labelled. Before: Russian, Thai,
    Arabic, Hindi (LE and BE: every byte under 0x80) were `utf-8` documents of control
    characters; Greek, Hebrew, Vietnamese, the Korean FAQ were rejected with the hint."""
    text = TEXTS[name]
    got, _ = _read(tmp_path, name, text.encode(order))
    assert isinstance(got, Document), got
    assert (got.encoding, got.text) == (order, text)


@pytest.mark.parametrize("order", ORDERS)
def test_utf8_mostly_controls(tmp_path, order):
    """Clause ``utf8_mostly_controls``: one Thai line (under 32 letters: too little to
    decode surely) in mark-less UTF-16 is valid UTF-8; it was read as `utf-8` (13
    control characters and Thai letters gone); now rejected, naming the order, iconv
    and the file. A NUL-separated list (`find -print0`) is no text either."""
    line = "ถึงบางพูดพูดดีเป็นศรีศักดิ์\n"
    data = line.encode(order)
    data.decode("utf-8")  # the trap: every byte under 0x80
    got, file = _read(tmp_path, "line.txt", data)
    assert isinstance(got, Rejected), got
    name = order.upper().replace("-16-", "-16")
    assert got.reason == "invalid_encoding"
    assert got.error == (
        "the text is 66% control characters, at every second byte: it looks like "
        f"{name} without a byte order mark, not UTF-8, but too little of it reads as "
        f"{name} to decode it surely; re-encode the input as UTF-8 (iconv -f {name} "
        f"-t UTF-8 {shlex.quote(file.source)})"
    )
    names = "\x00".join(["Pushkin", "Onegin", "Lensky", "Tatyana", "Olga"]).encode()
    got, _ = _read(tmp_path, "names.txt", names)
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding"
    # session 35 (clause controls_named, tests/transforms/test_controls_named.py): the
    # line names the byte, where it is and the command (was "(bytes 0x01-0x1f and NUL)")
    assert got.error.startswith("the text is 12% control characters, mostly 0x00 at 4 of ")


def test_utf8_mostly_controls_guards():
    """What must stay UTF-8: a page of RFC 5321 with form feeds, Pushkin in ANSI colours
    (a log), with a DOS end-of-file 0x1a, as nroff overstrike (every letter x\\bx), and
    followed by 4,000 NULs of padding: each read as `utf-8`, its text as it was. 8 KB of
    NULs at the end is no UTF-16 either: since session 36 (clause ``zeroed_tail_said``)
    it is a zeroed end (an unfinished download), rejected ``truncated_input``."""
    rfc = (DATA / "en_rfc5321_scenarios.txt").read_text(encoding="utf-8")
    lines = PUSHKIN.splitlines(keepends=True)
    cases = {
        "form feeds": "\f\n".join([rfc[:3000], rfc[3000:6000], rfc[6000:]]),
        "ansi": "".join(f"\x1b[1;3{i % 8}m{line[:-1]}\x1b[0m\n" for i, line in enumerate(lines)),
        "dos eof": PUSHKIN.replace("\n", "\r\n") + "\x1a",
        "overstrike": "".join(f"{ch}\b{ch}" if ch.isalpha() else ch for ch in PUSHKIN),
        "nul padding": PUSHKIN * 3 + "\x00" * 4000,
    }
    for label, text in cases.items():
        got = decode(text.encode("utf-8"), label, label, "auto")
        assert got == (text, "utf-8"), label
    got = decode((PUSHKIN * 3 + "\x00" * 8192).encode("utf-8"), "z", "z", "auto")
    assert got.reason == "truncated_input" and "8,192 NUL bytes after the text" in got.error


@pytest.mark.parametrize("order", ORDERS)
def test_odd_length_file_named(tmp_path, order):
    """Clause ``odd_length_file_named``: the odd-length message said `truncate -s -1
    FILE`; it names the file (quoted for the shell)."""
    data = PUSHKIN.encode(order) + b"\n"
    got, file = _read(tmp_path, "Евгений Онегин.txt", data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf16"
    assert f"(truncate -s -1 {shlex.quote(file.source)});" in got.error
    assert "'" in shlex.quote(file.source)  # the space is quoted


def test_utf16_unmarked_scripts_build(tmp_path, tiny_tokenizer_path):
    """Through the build: 9 in = 7 written (mark-less UTF-16 of five scripts, both
    orders) + 2 rejected (the short Thai line, the odd-length Pushkin), and every input
    left byte for byte."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    names = ["pushkin.txt", "sunthorn_phu.txt", "john.txt", "genesis.txt", "mutanabbi.txt"]
    for i, name in enumerate(names):
        (inputs / name).write_bytes(TEXTS[name].encode(ORDERS[i % 2]))
    (inputs / "kabir.txt").write_bytes(KABIR.encode("utf-16-be"))
    (inputs / "kieu.txt").write_text(KIEU, encoding="utf-8")
    (inputs / "line.txt").write_bytes("ถึงบางพูดพูดดีเป็นศรีศักดิ์\n".encode("utf-16-le"))
    (inputs / "odd.txt").write_bytes(PUSHKIN.encode("utf-16-le") + b"\n")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, _ = build_module.build(args + ["--windows", "256"])
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (9, 7, 2)
    records = [json.loads(line) for line in (out / "rejected" / "rejected.jsonl").open()]
    assert sorted((r["doc_id"], r["reason"]) for r in records) == [
        ("line.txt", "invalid_encoding"),
        ("odd.txt", "invalid_utf16"),
    ]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    assert after == before


@pytest.mark.parametrize("order", ORDERS)
def test_utf16_unmarked_jsonl(tmp_path, order):
    """Clause ``utf16_unmarked_jsonl``: JSON Lines in mark-less UTF-16 (its keys and
    braces ASCII: ``{`` then a NUL) was one ``utf16_jsonl`` rejection, every record
    lost; its first line parses as a JSON object in one order only, so the file is read
    in that order: 4 records in = 4 documents, labelled, text identical, the file
    unchanged. Guards: under ``--encoding utf-8`` (the user's word) it stays
    ``utf16_jsonl``; cut inside its last record, the records before are read and the cut
    said (``truncated_input``)."""
    texts = [PUSHKIN, JOHN, GENESIS, KIEU]
    lines = "".join(
        json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n"
        for i, t in enumerate(texts)
    )
    data = lines.encode(order)
    path = tmp_path / "poems.jsonl"
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    (file,) = expand_inputs([str(path)])
    got = list(read_file(file, ReadConfig()))
    assert [(d.text, d.encoding) for d in got] == [(t, order) for t in texts]
    got = list(read_file(file, ReadConfig(encoding="utf-8")))
    assert [r.reason for r in got] == ["utf16_jsonl"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    path.write_bytes(data[:-5])
    got = list(read_file(file, ReadConfig()))
    assert [d.text for d in got[:3]] == texts[:3]
    assert [r.reason for r in got[3:]] == ["truncated_input"]


def test_utf16_unmarked_scripts_share():
    """Review: the 90% share (``_SCRIPT_SHARE``) had no test. A table of 16-bit numbers
    0x0370-0x052F (a space every seventh) is 98% "plausible" Greek, Cyrillic and
    Armenian-block characters read as UTF-16LE, its letters spread evenly over three
    blocks: not one script's text, so not decoded (rejected). With any block mix taken
    as a script it was decoded, garbage labelled `utf-16-le`."""
    import random

    rnd = random.Random(34)
    units = [0x20 if i % 7 == 0 else rnd.randrange(0x0370, 0x0530) for i in range(3000)]
    data = b"".join(unit.to_bytes(2, "little") for unit in units)
    assert isinstance(decode(data, "t.bin", "t.bin", "auto"), Rejected)


@pytest.mark.parametrize(
    "order,first",
    [
        ("utf-16-le", "上海 上 — 上善若水"),  # 上 U+4E0A: bytes 0a 4e
        ("utf-16-le", "ช้าง ชาย ชอบ"),  # Thai ช U+0E0A
        ("utf-16-le", "Његош, Њива"),  # Serbian Њ U+040A
        ("utf-16-le", "smile 😊"),  # U+1F60A: the low surrogate DE0A
        ("utf-16-be", "ਪੰਜਾਬੀ ਅੱਖਰ"),  # Gurmukhi U+0A00-0A7F: a 0x0a high byte
    ],
)
def test_jsonl_first_line_split(tmp_path, order, first):
    """Clause ``jsonl_first_line_split`` (review): the reader splits the first line at
    the byte 0x0a, which is also half of 上, ช, Њ, a surrogate, Gurmukhi...; that cut
    line did not parse, and the whole file stayed a ``utf16_jsonl`` rejection. Now read:
    every record's text exactly the original."""
    texts = [first, PUSHKIN, "last"]
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    path = tmp_path / "split.jsonl"
    path.write_bytes(data.encode(order))
    (file,) = expand_inputs([str(path)])
    got = list(read_file(file, ReadConfig()))
    assert [(getattr(d, "text", d), d.encoding) for d in got] == [(t, order) for t in texts]


def test_utf8_mostly_controls_tail():
    """Review: the last 64 KiB are checked too (no test failed with the head only).
    English UTF-8 followed by Thai in mark-less UTF-16LE (`cat`; every byte of it under
    0x80, so the whole is valid UTF-8): it was one `utf-8` text, its second half control
    characters; now rejected, the English head notwithstanding."""
    english = (DATA / "en_rfc5321_scenarios.txt").read_text(encoding="utf-8")
    head = (english * (70_000 // len(english) + 1)).encode("utf-8")
    tail = (SUNTHORN_PHU * 400).encode("utf-16-le")
    got = decode(head + tail, "cat.txt", "cat.txt", "auto")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
