"""Clause aozora_legend_wrapped (``transforms.aozora._LEGEND``, session 40): a copy hard-wrapped at
a column breaks the legend's rule lines of 55 "-" (at 20 columns: 20, 20 and 15; at 40: 40 and
15), and the legend, no longer found, stayed in the training text (session 38's Left 6:
蜘蛛の糸 at 20 and 40 columns kept 11-13 lines of it; at 30, two rule remnants).

Data: 芥川「蜘蛛の糸」(Aozora 000879 92) as the mirror holds it: its title and author
(tests/data/ja_aozora_kumonoito_ruby.txt), its legend (tests/data/ja_aozora_kumonoito_legend_s40.txt,
the 14 lines between, as in the file) and its text; wrapped with session 36's test wrapper."""

from pathlib import Path

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import _wrap
from transforms.aozora import _legend
from transforms.clean import clean_text
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"
_BOOK = (DATA / "ja_aozora_kumonoito_ruby.txt").read_text(encoding="utf-8").split("\n")
LEGEND = (DATA / "ja_aozora_kumonoito_legend_s40.txt").read_text(encoding="utf-8")
RAW = normalize_text("\n".join(_BOOK[:2] + [""]) + "\n" + LEGEND + "\n".join(_BOOK[3:]))
_LEGEND_WORDS = ("テキスト中に現れる記号", "ルビ", "（例）", "入力者注", "面区点番号")


@pytest.mark.parametrize("count_readings", [False, True], ids=["seen", "raw"])
@pytest.mark.parametrize("width", [20, 25, 30, 40])
def test_aozora_legend_wrapped_cut(width, count_readings):
    """Wrapped at 20-40 columns (the readings counted or not), no piece of the legend is
    left: no rule line, no line of its words; the title page and the text stay."""
    wrapped = _wrap(RAW, width, count_readings)
    assert "-" * 20 + "\n" + "-" * 15 + "\n【テキスト中に" in wrapped or width != 20
    lines = clean_text(wrapped).text.split("\n")
    assert lines[:2] == ["蜘蛛の糸", "芥川龍之介"]
    assert not any(t.strip("-") == "" and t for t in lines)
    assert not any(w in t for t in lines for w in _LEGEND_WORDS)
    assert any(t.startswith("するとその地獄の底に、犍陀多") for t in lines)


def test_aozora_legend_wrapped_guard_unwrapped():
    """Guard: the legend as Aozora sets it is cut as before, from its first rule line to the
    blank lines after its last."""
    (edit,) = _legend(RAW)
    assert RAW[edit.start :].startswith("-" * 55 + "\n【テキスト中に現れる記号について】")
    assert RAW[edit.end :].startswith("［＃８字下げ］一［＃「一」は中見出し］")


def test_aozora_legend_wrapped_guards_rule_lines():
    """Guards: a rule of under 20 "-" opens no legend, and a line of "-" after the blank
    line under the legend is the text's own (a section rule), not the legend's."""
    short = RAW.replace("-" * 55 + "\n【", "-" * 15 + "\n【", 1)
    assert _legend(short) == []
    rule = RAW.replace("［＃８字下げ］一", "-" * 30 + "\n［＃８字下げ］一", 1)
    (edit,) = _legend(rule)
    assert rule[edit.end :].startswith("-" * 30 + "\n［＃８字下げ］一")
