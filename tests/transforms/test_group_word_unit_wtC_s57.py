"""Session 57 (branch wtC): clause ``group_word_unit`` (transforms/headings.py): "第N集团…"
is the word 集团 (group, army group), no 第N集 heading. Excerpts, byte for byte of the decoded
files (CRLF -> LF), all hankinghu/literature-books: 军事/曼施坦因：失去的胜利.txt lines 232-245,
斯大林传.txt lines 2169-2174, 曼昆经济学原理.txt lines 2327-2338 (docs/quality/session-57-wtC.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(name: str) -> list[str]:
    cleaned = clean_text(normalize_text((DATA / name).read_text(encoding="utf-8")))
    return [s.title for s in analyze_text(cleaned.text, markup=cleaned.markup_headings).sections]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "zh_hankinghu_manstein_group_army_s57.txt",
            ("第14集团军通过格里西亚的进攻", "第10集团军的突破与拉多姆包围战"),
        ),
        (
            "zh_hankinghu_stalin_group_army_s57.txt",
            ("第６１集团军司令员别洛夫同志", "第１６集团军司令员巴格拉米扬同志"),
        ),
        ("zh_hankinghu_mankiw_group_rows_s57.txt", ("第二集团", "第四集团")),
    ],
)
def test_group_word_is_no_volume_heading(name, lines):
    text = (DATA / name).read_text(encoding="utf-8")
    assert all(line in text for line in lines)
    titles = _titles(name)
    assert not [t for t in titles if "集团" in t]
