"""Session 26, task D (wtD): Korean catalog lines in EUC-KR whose words are closed by
brackets, decided GB18030 (clause ko_bracketed_words, transforms/legacy_korean_words.py)."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding

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
