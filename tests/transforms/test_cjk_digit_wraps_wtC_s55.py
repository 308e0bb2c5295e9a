"""Session 55 (branch wtC): clause ``wide_comma_thousands`` of ``digit_at_cjk_wrap``
(transforms.cjk_digit_wraps) on 阿庇安《罗马史》 (hankinghu+literature-books, 历史和社会/
阿庇安：罗马史.txt, lines 11068-11080, UTF-8, CRLF, byte for byte in
tests/data/cjk_digit_wraps_wtC_s55/)."""

from __future__ import annotations

import re
from pathlib import Path

from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

DATA = Path(__file__).resolve().parents[1] / "data" / "cjk_digit_wraps_wtC_s55"


def _text() -> str:
    return normalize_text((DATA / "luomashi_11068_11080.txt").read_bytes().decode("utf-8"))


def test_full_width_comma_inside_a_number_at_the_wrap():
    # "…杀死了他的部下2，000" / "人，进攻爱塞尼亚…": "2，000" is one number, Han before it
    out, _ = unwrap_text(_text())
    assert re.search("杀死了他的部下2，000 ?人，进攻爱塞尼亚", out)
    assert "2，000\n" not in out
    # the item's line is one paragraph through its later wraps ("率领10，" / "000 人")
    line = next(x for x in out.split("\n") if x.startswith("41.维提阿斯"))
    assert "率领10，000 人军队的柏彭那，杀死4，000 人" in line


def test_comma_before_fewer_digits_is_no_number():
    # the same break with "2，00": not a thousands group, the number's far side is "，"
    text = _text().replace("部下2，000\r\n" if "\r" in _text() else "部下2，000\n", "部下2，00\n")
    out, _ = unwrap_text(text)
    assert "部下2，00\n人，" in out
