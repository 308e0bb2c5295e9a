"""Clause ``rtl_single_byte_hint`` (session 38; transforms/legacy_rtl.py; the Left of
session 37: "guess_encoding has no CP1256/CP1255 candidates: Arabic and Hebrew
single-byte books are rejected under auto (clean ones too)"). The rejection named the
guesser's failed readings and told the user to rerun with ``--encoding cp1252``: the
wrong codec, the right one never said. Now, where the guesser decides nothing and the
bytes read in CP1256 / ISO-8859-6 as Arabic words (with the article "ال") or in CP1255
/ ISO-8859-8 as Hebrew words (final letters at word ends), the line names that codec;
rerunning with it reads the text letter for letter. Not a candidate auto decides (the
record: KOI8-R Russian reads as CP1256 as Arabic letters in words). Real text
(tests/data): al-Fatiha and UDHR articles 1-5 (Arabic), Genesis 1:1-13 (Hebrew); the
guards: Cavafy's *Ithaka* (Greek), *Anna Karenina* I.1 (Russian), Hugo (French)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.transforms.test_utf8_piece_in_legacy import _read

DATA = Path(__file__).parents[1] / "data"
ARABIC = (DATA / "ar_fatiha_udhr.txt").read_text(encoding="utf-8")
HEBREW = (DATA / "he_genesis_1.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, codec, named",
    [
        (ARABIC, "cp1256", "--encoding windows-1256"),
        (ARABIC, "iso8859_6", "--encoding iso-8859-6"),
        (HEBREW, "cp1255", "--encoding windows-1255 (or iso-8859-8)"),
        (HEBREW, "iso8859_8", "--encoding windows-1255 (or iso-8859-8)"),
    ],
)
@pytest.mark.parametrize("encoding", ["auto", "utf-8"])
def test_rtl_single_byte_hint(tmp_path, text, codec, named, encoding):
    """The line names the codec (was "rerun with --encoding cp1252 (or cp1250,
    iso8859_2)"); the codec it names reads the file as the text."""
    data = text.encode(codec)
    got = _read(tmp_path / "book.txt", data, encoding)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8"
    language = "Arabic" if text is ARABIC else "Hebrew"
    first = " ".join(text.split()[:4])
    assert (
        f"the bytes are {language} words ('{first}'), and auto decides no {language}; " in got.error
    )
    assert f"if the file is {language}, rerun with {named}" in got.error
    assert "rerun with --encoding cp1252" not in got.error
    fix = named.split()[1]
    again = _read(tmp_path / "book.txt", data, fix)
    assert isinstance(again, Document) and again.text == text


@pytest.mark.parametrize(
    "book, codec",
    [
        ("el_cavafy_ithaka.txt", "cp1253"),
        ("el_cavafy_ithaka.txt", "iso8859_7"),
        ("ru_tolstoy_karenina_opening.txt", "cp1251"),
        ("fr_hugo_miserables_myriel.txt", "cp1252"),
    ],
)
def test_rtl_single_byte_hint_guards(tmp_path, book, codec):
    """What must stay: books auto decides are read as before (the hint is asked only
    where the guesser decided nothing)."""
    text = (DATA / book).read_text(encoding="utf-8")
    got = _read(tmp_path / "book.txt", text.encode(codec), "auto")
    assert isinstance(got, Document) and got.text == text


def test_rtl_single_byte_hint_koi8(tmp_path):
    """What must stay: KOI8-R Russian, which reads in CP1256 as Arabic letters in words,
    is named no Arabic (it has no "ال" article): the first sentence of *Anna Karenina*,
    too short for the guesser, keeps the guesser's line."""
    text = (DATA / "ru_tolstoy_karenina_opening.txt").read_text(encoding="utf-8").split("\n")[
        0
    ] + "\n"
    got = _read(tmp_path / "anna.txt", text.encode("koi8_r"), "auto")
    assert not (isinstance(got, Rejected) and "Arabic" in got.error), got


# Review (session 38): each of rtl_reading's rules, reverted one at a time, left the
# tests above passing; these pin them on the same real text.
RUSSIAN = (
    (DATA / "ru_tolstoy_karenina_opening.txt").read_text(encoding="utf-8").replace("\u2014", "-")
)


def _reading(text: str, codec: str):
    from transforms.legacy_rtl import rtl_reading

    got = rtl_reading(text.encode(codec, errors="replace"))  # KOI8-R has no « »
    return got and got[:2]


def test_rtl_single_byte_hint_rules():
    """``_ARTICLE``: *Anna Karenina* I.1 in KOI8-R reads in CP1256 as Arabic letters in
    words, with no article: no Arabic. ``_LETTERS``: three Arabic words are too few.
    ``_SHARE``: Arabic text with as many French letters (CP1256 holds é à ç) is no
    plain Arabic. ``_IN_WORDS``: Arabic letters standing one by one are no words.
    ``_MISPLACED``: Genesis in visual order (each word reversed, as old ISO-8859-8
    files stored it) has its final letters at word starts: no Hebrew named."""
    assert _reading(ARABIC, "cp1256") == ("cp1256", "Arabic")
    assert _reading(HEBREW, "iso8859_8") == ("cp1255", "Hebrew")
    assert _reading(RUSSIAN, "koi8_r") is None
    assert _reading(" ".join(ARABIC.split()[:3]), "cp1256") is None
    assert _reading(ARABIC + " été élève général à côté " * 20, "cp1256") is None
    assert _reading(" ".join(c for c in ARABIC if c.isalpha()), "cp1256") is None
    visual = "\n".join(" ".join(w[::-1] for w in line.split()) for line in HEBREW.splitlines())
    assert _reading(visual, "iso8859_8") is None


def test_rtl_single_byte_hint_sample():
    """``_SAMPLE``: the first 64 KB are judged (the line's cost for a large rejected
    file is bounded): Arabic after 64 KB of ASCII is not looked at."""
    assert _reading("x" * (1 << 16) + ARABIC, "cp1256") is None
