"""Clause ``zh_paragraph_lines`` (``transforms.ja_paragraph_lines``, read in
``cjk_layout.cjk_joins``): Chinese text set a paragraph (or a verse couplet) a line, whose
full lines end sentences, has no wrap column: no CJK line is joined. Clause
``paragraph_lines_closing_mark``: a line opening with the mark that closes the line above
is still joined there.

``tests/data/zh_qianjiashi_lines.txt``: 千家詩 (oscarsun72/chtxt ``n.蒙學/千家詩.txt``, its header
and its last 319 lines, 11 KB: excerpts under ~7 KB are not read as paragraph lines),
a couplet a line. Its variant notes ("（一作「香霧空濛月轉廊」）") end some full lines in "）",
so rule ``cjk_verse_lines`` (0.8 of the full lines ending a clause) did not read it as verse
and the unwrap stage ran couplets into the next ("…鳥雀馴。（一作「慣看門戶兒童喜」）秋水纔深
四五尺，…"). Over 291 Chinese mirror texts (5 mirrors), 199 joins so undone in 33 texts;
hard-wrapped books keep all theirs. Guard on ``tests/data/zh_appian_wrapped_paragraphs.txt``
(阿庇安《罗马史》, hard-wrapped at 35 characters)."""

import numpy as np

from transforms.clean import clean_text
from transforms.ja_paragraph_lines import full_line_ends, paragraph_lines
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

QJS = normalize_text(open("tests/data/zh_qianjiashi_lines.txt", encoding="utf-8").read())
APPIAN = normalize_text(
    open("tests/data/zh_appian_wrapped_paragraphs.txt", encoding="utf-8").read()
)

NOTED = [
    (
        "穿花蛺蝶深深見，點水蜻蜓款款飛。（一作「穿花蛺蝶深深舞，點水蜻蜓緩緩飛。」）",
        "傳語風光共流轉，暫時相賞莫相違。",
    ),
    (
        "慣看賓客兒童喜，得食階除鳥雀馴。（一作「慣看門戶兒童喜」）",
        "秋水纔深四五尺，野航恰受兩三人。",
    ),
    (
        "衆芳搖落獨鮮妍，占盡風情向小園。（一作「占斷風情向小園」）",
        "疏影橫斜水清淺，暗香浮動月黃昏。",
    ),
]


def test_zh_paragraph_lines_couplets_with_variant_notes_keep_their_lines():
    lines = clean_text(QJS).text.split("\n")
    for upper, lower in NOTED:
        at = lines.index(upper)
        assert lines[at + 1] == lower
    # every non-blank line of the body is kept as it was
    body = [line for line in QJS.split("\n") if line.strip() and not line.startswith("#")]
    kept = [line for line in lines if line.strip()]
    assert [line for line in body if line not in kept] == []


def test_zh_paragraph_lines_guard_hard_wrapped_chinese_still_joins():
    """Guard: 阿庇安《罗马史》 hard-wrapped at 35 characters: its 464 lines join back into 86
    (as before the clause)."""
    out = unwrap_text(APPIAN)[0]
    assert APPIAN.count("\n") == 464
    assert out.count("\n") == 86
    assert "他分送一\n些密封的信件" in APPIAN and "他分送一些密封的信件" in out


def test_zh_paragraph_lines_note_number_is_read_through():
    """A full line ending in a note number ("…一事无成。【12】") ends a sentence; the
    number is read through only when it is digits in brackets."""
    text = "甲乙丙丁。【12】\n甲乙丙丁【12】\n甲乙丙丁。[3]\n甲乙丙丁。【】\n"
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    starts = [0] + [k + 1 for k, ch in enumerate(text[:-1]) if ch == "\n"]
    ends = [text.index("\n", s) - 1 for s in starts]
    got = full_line_ends(cp, np.array(ends), np.array(starts))
    assert got.tolist() == [True, False, True, False]


def test_paragraph_lines_closing_mark_still_joins():
    """Clause ``paragraph_lines_closing_mark``: in the couplet-a-line text, a couplet broken
    before its closing "。" is joined back."""
    broken = QJS.replace("野航恰受兩三人。", "野航恰受兩三人\n。", 1)
    lines = clean_text(broken).text.split("\n")
    assert "秋水纔深四五尺，野航恰受兩三人。" in lines


def test_zh_paragraph_lines_guard_full_lines_must_end_sentences():
    """Guard ``ZH_END_SHARE``: widths that pass the width and pile tests (lines at 60-80
    columns, cycling, and 2% at 200) in Chinese text (《罗马史》) are paragraph lines only
    when the full lines end sentences: 1 in 10 (a wrap landing on a sentence end) is not."""
    columns = np.array([60 + 4 * (k % 6) for k in range(300)] + [200] * 6)
    wrapped = [k % 10 == 0 for k in range(150)]
    assert not paragraph_lines(APPIAN, columns, columns, 95.0, lambda: np.array(wrapped))
    assert paragraph_lines(APPIAN, columns, columns, 95.0, lambda: np.ones(150, dtype=bool))
    # and without the ends (the Japanese clause alone) Chinese text is not read
    assert not paragraph_lines(APPIAN, columns, columns, 95.0)


def test_zh_paragraph_lines_note_needs_its_opening_bracket_inside_the_line():
    """Review: a note number is digits between an opening bracket and "】"/"]" inside the
    line: "。”12】" (no opening bracket) is not read through, nor is a line that is only a
    note ("【12】", whose read-through would land before the line)."""
    for text, last in (("甲乙丙丁。”12】\n", 8), ("【12】。", 3)):
        cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        assert full_line_ends(cp, np.array([last]), np.array([0])).tolist() == [False]


def test_zh_paragraph_lines_guard_min_full_lines():
    """Review: guard ``ZH_MIN_FULL``: 9 full lines, all ending a sentence, are too few to read
    a Chinese text as paragraph lines; 10 are enough."""
    columns = np.array([60 + 4 * (k % 6) for k in range(300)] + [200] * 6)
    assert not paragraph_lines(APPIAN, columns, columns, 95.0, lambda: np.ones(9, dtype=bool))
    assert paragraph_lines(APPIAN, columns, columns, 95.0, lambda: np.ones(10, dtype=bool))
