"""Clause zh_short_paragraph_book read as a proportion (``transforms.ja_paragraph_lines``,
session 42): a book set a paragraph a line whose few pairs hold a line ending no sentence is
read by its paragraph lines past the pairs' column outnumbering the pairs, not by 200 lines
alone (session 40's count, fitted to the mirrors' gap of 31 vs 1,120 lines). Data: the
session 40 test's layouts (张宏杰's 简介, 盛雪's contents, 忏悔录's verse, over 老殘遊記's lines)."""

from pathlib import Path

import pytest

from tests.transforms.test_zh_stamps40 import CONTENTS, INTRO, VERSE, _book, _clean
from transforms.clean import clean_text
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize("paragraphs", [60, 150])
def test_zh_short_paragraph_book_share(paragraphs):
    """Under 200 lines alone (60, 150 paragraphs), the book's few pairs keep their breaks:
    张宏杰's "…影响着我们：" over the next paragraph, 盛雪's "十一：…" over "不是结语", 忏悔录's
    couplet; base42 joined each (a book of 150 paragraphs is no shorter a book)."""
    got = _clean(_book("\n".join(INTRO), paragraphs))
    assert got.startswith(INTRO[0].strip() + "\n" + INTRO[1].strip() + "\n\n"), got[:200]
    got = _clean(_book(CONTENTS, paragraphs))
    assert got.startswith(CONTENTS + "\n\n"), got[:200]
    got = _clean(_book(VERSE, paragraphs))
    assert got.startswith("你这个老奸巨滑，你以为你的疯狂念头\n会叫我高兴把你侄儿来辅导。\n\n")


def test_zh_short_paragraph_book_share_guard_few():
    """Guard: under SHORT_MIN_FULL (20) full-width lines nothing is read (10 paragraphs): the
    intro's "：" line joins as before."""
    got = _clean(_book("\n".join(INTRO), 10))
    assert got.startswith(INTRO[0].strip() + INTRO[1].strip()), got[:200]


def test_zh_short_paragraph_book_guard_wrapped_plan():
    """Guard (review): the one hard-wrapped text of the five Chinese mirrors that reaches the
    book test (jbts6's worker-output design plan, ``tests/data/zh_jbts6_plan_wrapped.md``: 2
    pairs, 14 full-width lines alone past the column, 7.0 per pair; every book the test reads
    has 11.6 or more) is no book: its wrapped lines join ("…即可完成工作，" / "不得依赖…"). Read
    at 7 per pair or less, its breaks stay."""
    text = (DATA / "zh_jbts6_plan_wrapped.md").read_text(encoding="utf-8")
    got = clean_text(normalize_text(text)).text
    assert "宿主只读取该输入即可完成工作，不得依赖隐式 Skill 上下文" in got
    assert "必须精确解析到本次输出的对应候选" in got
