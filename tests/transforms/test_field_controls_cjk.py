"""Clauses ``field_controls_cjk_lines`` and ``field_controls_nb_hyphen`` (session 36;
transforms/normalize.py): a Hive export of Chinese text (``\\x01`` between fields) was
cleaned to its fields glued ("背影朱自清我与父亲..."): each field is now a line; Word's
non-breaking hyphen ``\\x1e`` inside a word was a space ("sitting rooms"): now "-".
Real text: 三毛's 背影 and Les Misérables' book list (tests/data)."""

from __future__ import annotations

from pathlib import Path

from transforms.normalize import normalize_counted, normalize_text

DATA = Path(__file__).parents[1] / "data"
BEIYING = (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8")
LES_MIS = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8")


def _paragraphs() -> list[str]:
    return [line.strip() for line in BEIYING.splitlines() if len(line.strip()) > 10][:12]


def test_field_controls_cjk_lines():
    """Clause ``field_controls_cjk_lines``: 背影's paragraphs as a 3-field Hive export
    clean to one field a line, each field whole; every run counted."""
    paras = _paragraphs()
    rows = [paras[i : i + 3] for i in range(0, len(paras), 3)]
    export = "".join("\x01".join(row) + "\n" for row in rows)
    text, dropped = normalize_counted(export)
    assert text.splitlines() == [normalize_text(p) for p in paras]
    assert dropped == export.count("\x01") == 8
    # Hive's item separators, ASCII's record separator, a Latin field beside a CJK one
    assert normalize_text("背影\x02三毛\x1e1976\x01Sanmao\x03朱自清") == (
        "背影\n三毛\n1976 Sanmao\n朱自清"
    )


def test_field_controls_cjk_lines_guards():
    """What must stay: Latin fields get one space (unchanged), a NUL or BEL between
    hanzi is removed as before, a separator next to a space or line end is removed, a
    lone separator in a CJK text (no export: a stray byte) is removed."""
    assert normalize_text("BOOK FIRST\x01FANTINE") == "BOOK FIRST FANTINE"
    assert normalize_text("红楼\x00梦 背\x07影") == "红楼梦 背影"
    # in an export too (two separator runs): only separators are field breaks, a NUL or
    # BEL between hanzi is removed (review: no test held the separators-only guard)
    assert normalize_text("背影\x01三毛\n红楼\x00梦\x01背\x07影") == "背影\n三毛\n红楼梦\n背影"
    assert normalize_text("背影 \x01三毛\n\x01朱自清") == "背影 三毛\n朱自清"
    # a lone one between hanzi is a stray byte (金庸's 鹿鼎记 ch. 21, jbts6+wuxia-novel)
    line = "叫二人召约一批亲近的侍卫。\x1d察尔珠点齐二千名骁骑营军士。"
    assert normalize_text(line) == "叫二人召约一批亲近的侍卫。察尔珠点齐二千名骁骑营军士。"


def test_field_controls_nb_hyphen():
    """Clause ``field_controls_nb_hyphen``: the book list with \\x1e hyphens cleans to the
    book list ("sitting-rooms", "passers-by", "No. 50-52"), not spaced words."""
    body = "\n".join(line for line in LES_MIS.splitlines() if "-" not in line or "-" in line[1:-1])
    body = "\n".join(
        line for line in body.splitlines() if "--" not in line and not line.strip().startswith("-")
    )
    assert "sitting-rooms" in body and "passers-by" in body
    word = body.replace("-", "\x1e")
    text, dropped = normalize_counted(word)
    assert text == normalize_text(body)
    assert dropped == body.count("-") >= 8
    assert "No. 50-52" in text and "ground-floor" in text
    assert normalize_text("a well\x1eknown and inter\x1fnational name") == (
        "a well-known and international name"
    )


def test_field_controls_nb_hyphen_guards():
    """What must stay: \\x1e as a record separator (an export's "Customer\\x1eINVOICE_ID",
    a doubled one, one beside a digit, with Hive's \\x01 or separator \\x1f in the text)
    is a space, as before."""
    assert normalize_text("COMPANY\x1f100\x1eIDENTITY\x1f40009\x1eCustomer") == (
        "COMPANY 100 IDENTITY 40009 Customer"
    )
    assert normalize_text("attached\x1e\x1eto the revolution") == "attached to the revolution"
    assert normalize_text("July\x1e1830 and well\x1eknown") == "July 1830 and well known"
    assert normalize_text("well\x1eknown\x01Fantine") == "well known Fantine"
    assert normalize_text("中国\x1e社会") == "中国社会"  # hanzi are letters, but no hyphen
    # review: a doubled one or a separator \x1f anywhere makes every \x1e a separator
    assert normalize_text("attached\x1e\x1eto the well\x1eknown") == "attached to the well known"
    assert normalize_text("COMPANY\x1fACME\x1eIDENTITY\x1f40009") == "COMPANY ACME IDENTITY 40009"
