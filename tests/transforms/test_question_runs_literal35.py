"""Clause ``question_runs_literal`` (session 35, transforms.cjk_lost_char): the "?" runs
between two ideographs found from the literal runs are exactly ``_BETWEEN``'s matches."""

import random

from transforms import cjk_lost_char as lc

# 水浒传-like lost-character text and real questions (public domain phrasing).
REAL = (
    "宋江道：“兄弟，你如何在这里?”李逵道?“哥哥，我自来寻你。”那汉??子道：“这个是甚么人?”\n"
    "?开头的问号，结尾的问号?\n武松?打虎??。a?b 中?b a?中 ???中 中???"
)


def _old(text):
    return [m.span() for m in lc._BETWEEN.finditer(text)]


def test_question_runs_literal_real_text():
    assert lc.between_runs(REAL) == _old(REAL)
    runs = lc.between_runs(REAL)
    assert [REAL[a - 1 : b + 1] for a, b in runs] == ["汉??子", "松?打"]


def test_question_runs_literal_fuzz():
    rng = random.Random(35)
    alphabet = [
        "中",
        "水",
        "?",
        "?",
        "？",
        "a",
        " ",
        "\n",
        "\u3400",
        "\uf900",
        "\u4dc0",
        "\ufb00",
        "。",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert lc.between_runs(text) == _old(text), text


def test_question_runs_literal_no_mark():
    assert lc.between_runs("中文没有问号") == []
    assert lc.between_runs("") == []
