"""Session 56 (branch wtC): site_ad's ``mixed_www_stub`` (transforms.www_stubs) on real
lines stored byte for byte (GB18030) in tests/data/www_stubs_wtC_s56/: 曾国藩全集
(hankinghu/literature-books) and 元气少年 (zzk6780051/novel) (docs/quality/session-56-wtC.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.textedit import apply_edits
from transforms.www_stubs import www_stubs

DATA = Path(__file__).resolve().parents[1] / "data" / "www_stubs_wtC_s56"


def _read(name: str) -> str:
    return normalize_text((DATA / name).read_bytes().decode("gb18030"))


def _cut(text: str) -> str:
    return apply_edits(text, sorted(www_stubs(text), key=lambda e: e.start))[0]


def test_mixed_www_stubs_zengguofan():
    text = _read("zengguofan_stubs.txt")
    cut = _cut(text)
    assert len(www_stubs(text)) == 3
    assert "ＤＵ" not in cut and "Ww" not in cut
    assert "“特向大人献攻武昌之计。”" in cut
    assert "盖全用申韩之故也。\n" in cut
    assert "城破就在这几天。他望着夜空，心里说" in cut
    assert cut.count("\n") == text.count("\n")


def test_enclosed_digit_stub_yuanqi():
    text = _read("yuanqi_stub.txt")
    cut = _cut(text)
    assert "ＷｗＷ" not in cut and "⒉" not in cut
    assert "容易引起手下心思浮动。\n" in cut
    assert "“嗯，麻烦你告诉他们一声" in cut


def test_clean_text_drops_stubs():
    for name in ("zengguofan_stubs.txt", "yuanqi_stub.txt"):
        out = clean_text(_read(name)).text
        assert "Ww" not in out and "ｗＷ" not in out and "ＷｗＷ" not in out
    assert "城破就在这几天。他望着夜空" in clean_text(_read("zengguofan_stubs.txt")).text


@pytest.mark.parametrize(
    "edited",
    [
        # guard www_one_spelling: the same stub in one spelling is not this clause's
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。ＷＷＷ.ＤＵ.ＬＡ”"),
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。www.ＤＵ.ＬＡ”"),
        # guard www_ascii_case_left: ASCII case variants are case_variant's (copy count)
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。WWw.ＤＵ.ＬＡ”"),
        # guard stub_after_sentence: glued to a word of the sentence
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计是ＷWw.ＤＵ.ＬＡ”"),
        # guard stub_not_punctuated: the sentence goes on after the address
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。ＷWw.ＤＵ.ＬＡ，”"),
        # guard www_sentence_case (review): one width, a sentence's first word or caps lock
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。Ｗｗｗ．ｂａｉｄｕ．ｃｏｍ”"),
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。ｗＷＷ．ｑｑ．ｃｏｍ”"),
        # bound TAIL_CHARS (review): a tail over 16 characters is not a stub's
        ("之计。ＷWw.ＤＵ.ＬＡ”", "之计。ＷWw." + "ＤＵ" * 8 + ".ＬＡ”"),
    ],
)
def test_guards_keep_edited_real_line(edited):
    text = _read("zengguofan_stubs.txt").splitlines()[0].replace(*edited)
    assert edited[1] in text
    assert www_stubs(text) == []


def test_sentence_case_address_kept_by_clean_text():
    """Review (session 56): the real line, its stub replaced by an address a sentence of
    the story begins with; clean_text keeps it whole (guard www_sentence_case)."""
    line = _read("zengguofan_stubs.txt").splitlines()[2]
    assert "这几天。ＷWw.ＤＵ.ＬＡ他望着夜空" in line
    edited = line.replace("ＷWw.ＤＵ.ＬＡ", "Ｗｗｗ．ｂａｉｄｕ．ｃｏｍ")
    assert "这几天。Ｗｗｗ．ｂａｉｄｕ．ｃｏｍ他望着夜空" in clean_text(edited + "\n").text


def test_tail_at_bound_is_cut():
    """Bound TAIL_CHARS (review): a tail of exactly 16 characters is still a stub's."""
    line = _read("zengguofan_stubs.txt").splitlines()[0]
    edited = line.replace("ＷWw.ＤＵ.ＬＡ", "ＷWw." + "ＤＵ" * 6 + ".ＬＡＬ")
    assert len(www_stubs(edited)) == 1
    assert "之计。”" in _cut(edited)
