"""Clause ``ja_paragraph_lines`` (``transforms.ja_paragraph_lines``, read in
``cjk_layout.cjk_joins``): Japanese text set a paragraph a line, without Aozora notation
(a web novel's layout), has no wrap column: no CJK line is joined.

``tests/data/ja_unno_paragraph_lines.txt``: 海野十三「超人間Ｘ号」(Aozora Bunko 000160, card
2719), 80 paragraph lines of its body (lines 80-159 after the title page) with the notation,
legend and colophon taken out. The unwrap stage measured a wrap column and ran the longest
paragraphs into the unindented dialogue line under them: 7 joins here ("…乱れ散っていた。" +
"「ああ、あたたかくなったと…"); over a random 213 Aozora texts so stripped, 2,905 joins in 85.
Guard on 野村胡堂「銭形平次捕物控 地獄から来た男」(001670, card 56281: chapter 二 of
``tests/data/ja_aozora_zenigata_jigoku.txt``, 26 paragraphs, notation taken out)."""

import re
import textwrap

import numpy as np

from transforms.clean import clean_text
from transforms.ja_paragraph_lines import MIN_OVER, OVER_WIDTH, paragraph_lines
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

RAW = normalize_text(open("tests/data/ja_aozora_zenigata_jigoku.txt", encoding="utf-8").read())
BODY = RAW[RAW.index("「何を隠しましょう") : RAW.index("底本：")]
PLAIN = re.sub(r"《[^》]*》|｜|［＃[^］]*］", "", BODY).strip() + "\n"
LINES = [line for line in PLAIN.split("\n") if line.strip()]


UNNO = normalize_text(open("tests/data/ja_unno_paragraph_lines.txt", encoding="utf-8").read())


def test_ja_paragraph_lines_web_novel_layout_keeps_every_line():
    lines = [line.strip("\u3000 ") for line in UNNO.split("\n") if line.strip()]
    assert len(lines) == 80
    kept = [line for line in clean_text(UNNO).text.split("\n") if line.strip()]
    assert kept == lines
    # two of the pairs the old stage joined
    at = kept.index(
        "「ああ、あたたかくなったと思ったら、こんどは非常にねむくなった。ねむい、ねむい」"
    )
    assert kept[at - 1].endswith("ガラスや金属やコンクリートの破片が乱れ散っていた。")
    at = kept.index("「中に住んでいる人は、どうしたろうね」")
    assert kept[at - 1].endswith("落雷と同時に、中で爆発をおこしたものかもしれない」")


def test_ja_paragraph_lines_guard_hard_wrapped_japanese_still_joins():
    """Guard: the same 26 paragraphs hard-wrapped at 30 characters (a wrap column: no line
    wider) are joined back into the paragraphs."""
    paras = [line.strip("\u3000 ") for line in LINES]
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 30)) for p in paras) + "\n"
    assert wrapped.count("\n") > 60
    assert unwrap_text(wrapped)[0].strip("\n").split("\n\n") == paras


def _pair_widths(text: str) -> np.ndarray:
    """Display widths of the lines followed by a line (all CJK here: two columns each)."""
    lines = text.split("\n")
    return np.array(
        [2 * len(x) for x, y in zip(lines, lines[1:], strict=False) if x.strip() and y.strip()]
    )


def test_ja_paragraph_lines_pile_guard_wrapped_with_long_lines():
    """Guard, clause ``ja_paragraph_lines_pile``: the 26 paragraphs hard-wrapped at 30,
    with the two longest left whole in one block (an unwrapped passage: lines far over the
    column, as in the hard-wrapped Chinese books 邓小平时代 and 胡平's essays): overlong lines
    enough for the width test, but most full lines sit at one width: a wrap column."""
    paras = [line.strip("\u3000 ") for line in LINES]
    longest = sorted(paras, key=len)[-2:]
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 30)) for p in paras if p not in longest)
    text = wrapped + "\n\n" + "\n".join(longest) + "\n"
    widths = _pair_widths(text)
    over = (widths > OVER_WIDTH * np.percentile(widths, 95)).mean()
    assert over >= MIN_OVER  # the width test alone would read paragraph lines
    assert not paragraph_lines(text, widths, widths, 95.0)


def test_ja_paragraph_lines_guard_chinese_not_read():
    """Guard: a Chinese text is not read (no kana): the same widths, a few lines overlong
    and no pile, read as paragraph lines only in Japanese."""
    columns = np.array(list(range(20, 80)) * 2 + [200] * 3)
    zh = "子曰：學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？" * 20
    assert not paragraph_lines(zh, columns, columns, 95.0)
    assert paragraph_lines("これは日本語の文です。" * 20, columns, columns, 95.0)


def _column_wrap(paragraph: str, columns: int) -> list[str]:
    """``paragraph`` cut at ``columns`` display columns (a CJK character two, ASCII one)."""
    lines, line, width = [], "", 0
    for ch in paragraph:
        w = 2 if ord(ch) >= 0x2E80 else 1
        if width + w > columns:
            lines, line, width = [*lines, line], "", 0
        line, width = line + ch, width + w
    return [*lines, line] if line else lines


def test_ja_paragraph_lines_pile_columns_half_width_fill_column():
    """Clause ``ja_paragraph_lines_pile_columns`` (review): UNNO's 80 paragraphs with
    half-width words in every other one, wrapped at an editor's fill column (60 display
    columns), indented, no blank lines, the 2 longest left whole (an unwrapped passage). Its
    lines pile at 60 columns but not at one character count, so the pile measured in
    characters alone (0.47) read paragraph lines and joined nothing: 161 lines stayed 161."""
    paras = [line.strip("\u3000 ") for line in UNNO.split("\n") if line.strip()]
    paras = [
        p.replace("、", " (p. 12) ", 1).replace("。", " (Showa 20)。", 1) if i % 2 else p
        for i, p in enumerate(paras)
    ]
    longest = sorted(paras, key=len)[-2:]
    text = "".join(
        "\u3000" + "\n".join([p] if p in longest else _column_wrap(p, 60)) + "\n" for p in paras
    )
    got = [line for line in unwrap_text(text)[0].split("\n") if line.strip()]
    assert text.count("\n") >= 2 * len(paras)
    assert len(got) < 1.2 * len(paras), len(got)


def test_ja_paragraph_lines_guard_ragged_wrap_no_long_line():
    """Guard, ``MIN_OVER`` / ``OVER_WIDTH`` (review): UNNO's 80 paragraphs hard-wrapped
    with a ragged right edge (each line 30 to 26 characters, cycling: no pile at one
    width) and no line over the column are joined back; only overlong lines read as
    paragraph lines (with ``MIN_OVER = 0`` every line stayed)."""
    paras = [line.strip("\u3000 ") for line in UNNO.split("\n") if line.strip()]
    cut = 0
    blocks = []
    for p in paras:
        lines = []
        while p:
            width = 30 - cut % 5
            lines, p, cut = [*lines, p[:width]], p[width:], cut + 1
        blocks.append("\u3000" + "\n".join(lines))
    text = "\n".join(blocks) + "\n"
    got = [line for line in unwrap_text(text)[0].split("\n") if line.strip()]
    assert text.count("\n") > 2 * len(paras)
    assert len(got) < 1.2 * len(paras), len(got)
