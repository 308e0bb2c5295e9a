"""Session 31 (wtD): Chinese paragraphs glued into one line by runs of blanks
(``transforms.cjk_glued_paragraphs``, clause ``cjk_glued_paragraphs``, run by
``normalize_text`` before the space collapse)."""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

DATA = Path(__file__).resolve().parent.parent / "data"
# 诛仙.txt (Aster0id/TestData, a fan fiction): the first 1,518 characters of its first
# chapter line, 23 paragraphs and the titles 序章 and 第一章 glued by four spaces
ZHUXIAN = (DATA / "zh_zhuxian_glued_paragraphs.txt").read_text(encoding="utf-8")
# hankinghu/literature-books 028 (柏杨《丑陋的中国人》): 1,077 characters of a dialogue
# glued by two ideographic spaces
BOYANG = (DATA / "zh_boyang_glued_dialogue.txt").read_text(encoding="utf-8")


def test_zhuxian_chapter_line_split_into_paragraphs_and_titles():
    text = normalize_text(ZHUXIAN)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[1] == "序章" and "第一章" in lines
    assert (
        lines[2]
        == "有人说，无敌于天下的，是青云山上的那柄剑——诛仙。无数倒在它锋芒之下的身躯，就是见证。"
    )
    assert len(lines) == 24  # the file's title, 序章, 第一章 and 21 paragraphs
    titles = [s.title for s in analyze_text(clean_text(text).text).sections]
    assert "序章" in titles and "第一章" in titles


def test_boyang_dialogue_split():
    lines = [line.strip() for line in normalize_text(BOYANG).split("\n") if line.strip()]
    assert lines[0].endswith("大概情形是这样的──")
    assert lines[1].startswith("病人：我下个月就要结婚了")
    assert lines[2].startswith("医生：对不起")
    assert len(lines) == 23


def test_short_or_few_glued_lines_stay():
    # the first nine paragraphs of 诛仙's line: under LONG_LINE, the collapse as before
    short = ZHUXIAN.split("\n")[1]
    short = "    ".join(short.split("    ")[:10])
    assert len(short) < 1000
    assert normalize_text(short).count("\n") == 0
    # the whole excerpt with all but two of its breaks closed: under MIN_BREAKS
    parts = ZHUXIAN.split("\n")[1].split("    ")
    few = "".join(parts[:3]) + "    " + parts[3] + "    " + parts[4] + "".join(parts[5:])
    assert len(few) >= 1000 and normalize_text(few).count("\n") == 0


def test_glued_line_inside_code_block_kept_as_written():
    # clause cjk_glued_paragraphs_code (review of session 31): 诛仙's glued line quoted
    # in a Markdown fence (a sample of the input in a README) is code: no new lines,
    # its runs of spaces kept, as collapse_spaces keeps them
    line = ZHUXIAN.split("\n")[1]
    text = "输入样例：\n\n```text\n" + line + "\n```\n"
    out = normalize_text(text)
    assert line in out.split("\n")
    assert out.count("\n") == text.count("\n")


def test_print_wrap_inside_a_word_not_split():
    # clause cjk_glued_paragraphs_wrap (review of session 31): hankinghu 028's preface,
    # 1,081 characters, 4 paragraphs glued by two ideographic spaces and a printed
    # page's wrap "     \t\t" inside the word 所以
    wrap = (DATA / "zh_boyang_print_wrap.txt").read_text(encoding="utf-8")
    assert "所     \t\t以我始终没有写" in wrap
    lines = [line.strip() for line in normalize_text(wrap).split("\n") if line.strip()]
    assert len(lines) == 5
    assert lines[0].startswith("本文是柏杨于一九八四年")
    assert lines[1].startswith("多少年以来") and "给我送饭，所 \t\t以我始终没有写。" in lines[1]
    assert not any(line.startswith("以我始终没有写") for line in lines)
