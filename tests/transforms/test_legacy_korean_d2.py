"""Session 25, task D2 (wtD): short Korean lines of the ko message catalogs in EUC-KR/CP949
that ``guess_encoding`` decided as another codec (the reviewer's per-line check)."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding


def test_hangul_short_first_word_korean_is_not_cyrillic():
    """Clause hangul_short_first_word: a line opening with a one-syllable word (sed's
    '널 문자 개행', gtk20-properties' '셀 배경색 이름', tar's '총 삭제 바이트') read as
    ISO-8859-5 'ГЮ ЙЎРк АГЧр' and was decided so: hangul_pairs wanted two syllables in a row."""
    for line in ("                 널 문자 개행", "셀 배경색 이름", "총 삭제 바이트"):
        for codec in ("euc_kr", "cp949"):
            decided, best = guess_encoding(line.encode(codec))
            assert decided is None and best.encoding == "euc_kr", (line, decided)
    # a reading with one Hangul syllable is no pair: real Cyrillic stays decided
    for ru, codec in (("ПРИЁМНИК", "iso8859_5"), ("неверный аргумент", "cp866")):
        decided, _ = guess_encoding(ru.encode(codec))
        assert decided is not None and decided.text == ru


def test_hangul_short_first_word_chinese_line_is_not_cyrillic():
    """Review: Chinese in GB18030 reads as Hangul where its hanzi are in GB2312 rows B0-C8
    (KS X 1001's Hangul rows). gnupg2's zh_CN '|URL|从 URL 处获取 CRL' holds two such hanzi
    apart ('从' '处'), read as ISO-8859-5 and decided so before the clause; now undecided
    (the GB18030 reading is too short to pass), not WRONG."""
    line = "|URL|从 URL 处获取 CRL"
    decided, best = guess_encoding(line.encode("gb18030"))
    assert decided is None, decided
    assert best is not None and best.encoding != "iso8859_5"
