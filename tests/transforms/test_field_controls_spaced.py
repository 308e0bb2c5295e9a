"""Clause ``field_controls_spaced`` (session 35, wtC2; transforms/normalize.py): a C0
control between two words of a script written with spaces (a Hive export's ``\\x01``
between fields, ``\\x02`` between items, ASCII's separators ``\\x1c``-``\\x1f``, a NUL
between names) was deleted by cleaning, gluing the words ("HISTORY.WELL",
"1831and1832"). Such an export under the reader's 5% control limit is read; now a run of
them is one space. Real text: Les Misérables' book list (Gutenberg, tests/data)."""

from __future__ import annotations

from pathlib import Path

from transforms.inputs import expand_inputs
from transforms.normalize import normalize_counted, normalize_text
from transforms.read import read_file

DATA = Path(__file__).parents[1] / "data"
LINES = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8").splitlines()


def _export() -> tuple[str, str]:
    """The book list's non-blank lines as a Hive export: three fields a row joined by
    \\x01 (under 5% of the bytes), and the text it must clean to."""
    lines = [line.strip() for line in LINES if line.strip()][:60]
    rows = [lines[i : i + 3] for i in range(0, len(lines), 3)]
    return (
        "".join("\x01".join(row) + "\n" for row in rows),
        "".join(" ".join(row) + "\n" for row in rows),
    )


def test_field_controls_spaced(tmp_path):
    """Clause ``field_controls_spaced``: the export is read (under 5%) and cleans to its
    fields with a space between them: no word glued; every control counted."""
    export, want = _export()
    assert 0 < export.count("\x01") < 0.05 * len(export)
    path = tmp_path / "export.txt"
    path.write_text(export, encoding="utf-8")
    ((file,),) = [expand_inputs([str(path)])]
    (doc,) = read_file(file)
    assert doc.text == export  # read as it is; cleaning decides
    text, dropped = normalize_counted(doc.text)
    assert text == want
    assert dropped == export.count("\x01")
    assert "BOOK I. SOME PAGES OF HISTORY. CHAPTER I." in text


def test_field_controls_spaced_separators():
    """Clause ``field_controls_spaced``: Hive's item/key separators, ASCII's unit and
    record separators and a NUL between words: one space a run; counted whole."""
    text, dropped = normalize_counted(
        "1831\x02and\x031832, the two years\x1fimmediately attached\x1e\x1eto the revolution"
        "\x00of July\x1f1830"
    )
    assert text == (
        "1831 and 1832, the two years immediately attached to the revolution of July 1830"
    )
    assert dropped == 7


def test_field_controls_spaced_guards():
    """What must stay: backspace overstrike, C1 inside a word, controls next to a space
    or a line end, between CJK characters (no spaces in Chinese), the line-break
    controls, a DOS end-of-file SUB: as before the clause (between CJK characters a
    NUL is still removed; the separators there are lines since session 36's
    ``field_controls_cjk_lines``)."""
    assert normalize_text("W\x08WE\x08EL\x08LL\x08L _\x08C_\x08U_\x08T") == "WWEELLLL _C_U_T"
    assert normalize_text("mis\x81\x90rables") == "misrables"
    assert normalize_text("WELL CUT OUT. \x01\nBOOK\x01 I.") == "WELL CUT OUT. \nBOOK I."
    assert normalize_text("红楼\x00梦 背\x07影") == "红楼梦 背影"
    assert normalize_text("Loomings.\x0c\x07\nCall me\x0bIshmael.") == (
        "Loomings.\nCall me\nIshmael."
    )
    assert normalize_text("the end.\x1a") == "the end."


def test_field_controls_soft_hyphen():
    """Clause ``field_controls_soft_hyphen`` (review): Word's optional hyphen is \\x1f
    inside a word; a text whose every \\x1f sits between two lowercase letters keeps its
    words whole, as before ("international", not "inter national"); one \\x1f used as
    a separator elsewhere makes them all separators."""
    line = "an inter\x1fnational agree\x1fment. Jean Valjean"
    assert normalize_counted(line) == ("an international agreement. Jean Valjean", 2)
    assert normalize_text(line + "\x1f1831") == ("an inter national agree ment. Jean Valjean 1831")


def test_field_controls_utf16_nul():
    """Clause ``field_controls_utf16_nul`` (review): UTF-16LE text read as an 8-bit
    codec (a NUL after every letter) cleans to its words as before, not one letter a
    word; a lone NUL between two words is still a space."""
    misread = "Call me Ishmael.".encode("utf-16-le").decode("latin-1")
    assert normalize_counted(misread) == ("Call me Ishmael.", 16)
    assert normalize_text("Fantine\x00Cosette") == "Fantine Cosette"
