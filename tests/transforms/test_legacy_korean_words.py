"""Session 26, task D (wtD): Korean catalog lines in EUC-KR whose words are closed by
brackets, decided GB18030 (clause ko_bracketed_words, transforms/legacy_korean_words.py)."""

from __future__ import annotations

from transforms.legacy_cjk import _HANJA_IN_WORD
from transforms.legacy_encodings import candidates, guess_encoding

KOREAN = (
    "\t    <프로그램> [프로그램옵션]...",  # ko libc.mo (memusage's syntax)
    "\t    [--follow] [--from <원본목록>] [--output <파일이름>]",  # ko libc.mo (sprof's usage)
    "  +<첫_페이지>[:<끝_페이지>], --pages=<첫_페이지>[:<끝_페이지>]",  # ko coreutils.mo (pr)
)


def test_ko_bracketed_words_not_decided_chinese():
    """The GB18030 reading ('<橇肺弊伐> [橇肺弊伐可记]...') passed and was decided: WRONG.
    Now undecided, the hint naming EUC-KR."""
    for line in KOREAN:
        for codec in ("euc_kr", "cp949"):
            decided, best = guess_encoding(line.encode(codec))
            assert decided is None, (line, decided)
            assert best is not None and best.encoding == "euc_kr" and best.text == line


def test_ko_bracketed_words_keeps_chinese_synopsis():
    """A zh_CN synopsis of bracketed words (git.mo) whose hanzi are not all in KS X 1001's
    Hangul rows stays decided GB18030 ('选' '项' are rows D1, CF; '引' 'D2')."""
    line = "git pack-objects --stdout [<选项>] [< <引用列表> | < <对象列表>]"
    decided, _ = guess_encoding(line.encode("gb18030"))
    assert decided is not None and decided.encoding == "gb18030" and decided.text == line


def test_ko_hanja_in_word_spaced_chinese_is_not_korean():
    """Clause ko_hanja_in_word (transforms/legacy_cjk.py): zh_CN diffutils.mo's
    '    --horizon-lines=数量 保持指定行数的一致前后缀' in GB18030 read as EUC-KR
    '鑒좆 괏넣寧땍契鑒돨寧鈴품빈留' passed the Korean rules and was decided (WRONG); the
    GB18030 reading fails for its spaced words, so now nothing is decided."""
    line = "    --horizon-lines=数量 保持指定行数的一致前后缀"
    decided, _ = guess_encoding(line.encode("gb18030"))
    assert decided is None, decided
    korean = next(g for g in candidates(line.encode("gb18030")) if g.encoding == "euc_kr")
    assert "hanja inside a Hangul word" in korean.problem
    # real Korean stays decided; mixed script puts hanja before the Hangul ending
    real = "\t필요하면 설정을 수동으로 업데이트하십시오."  # ko git.mo (decided right on base)
    decided, _ = guess_encoding(real.encode("euc_kr"))
    assert decided is not None and decided.text == real
    # the 1987 Constitution of Korea, its preamble in mixed script
    text = "悠久한 歷史와 傳統에 빛나는 우리 大韓國民은"
    assert _HANJA_IN_WORD.search(text) is None


def test_ko_hanja_before_ending_mixed_script_headline():
    """Clause ko_hanja_before_ending (review): News1's headline (2025) writes '兄' inside a
    Hangul word before the particle '은' ('문수兄은'); decided EUC-KR on main, undecided with
    ko_hanja_in_word alone, and so was a whole EUC-KR file holding it once."""
    line = '홍준표 "문수兄은 안타깝지만 하와이 오지 마라…난 이미 탈당"'
    for codec in ("euc_kr", "cp949"):
        decided, _ = guess_encoding(line.encode(codec))
        assert decided is not None and decided.text == line, (codec, decided)
    text = "\t필요하면 설정을 수동으로 업데이트하십시오.\n" + line + "\n"  # + ko git.mo's line
    decided, _ = guess_encoding(text.encode("euc_kr"))
    assert decided is not None and decided.text == text
    assert _HANJA_IN_WORD.search(line) is None
    # a hanja before a syllable that is no particle still counts (zh_CN diffutils in GB18030)
    assert _HANJA_IN_WORD.search("괏넣寧땍契鑒돨寧鈴품빈留")
