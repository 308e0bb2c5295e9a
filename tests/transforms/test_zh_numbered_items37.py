"""Clause ``zh_numbered_item_lines`` (session 37, transforms/cjk_numbered_items.py): two
lines opening with consecutive list numbers of one kind keep their break. The layout is
中国不高兴's contents (hankinghu/literature-books: items indented by six spaces, the last one
not, so the stage read the indented ones as full lines and joined "五、…六、…"); the words are
老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

S = (
    "話說山東登州府東門外有一座大山，名叫蓬萊山。",
    "山上有個閣子，名叫蓬萊閣。",
    "這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。",
    "西面看城中人戶，煙雨萬家；東面看海上波濤，崢嶸千里。",
)
BODY = ("　　" + "".join(S) * 3 + "\n\n") * 3
ITEMS = (
    "話說山東登州府東門外有一座大山",
    "山上有個閣子名叫蓬萊閣",
    "這閣造得畫棟飛雲珠簾卷雨十分壯麗",
    "西面看城中人戶煙雨萬家",
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _contents(marks) -> str:
    lines = [f"      {m}{w}" for m, w in zip(marks[:3], ITEMS[:3], strict=True)]
    return "目錄\n\n" + "\n".join(lines) + f"\n{marks[3]}{ITEMS[3]}\n\n" + BODY


def test_zh_numbered_item_lines_contents_keep_their_lines():
    """ "五、" .. "八、", "（一）" .. "（四）": each item keeps its line (main joined "五、…" with
    "六、…" and "七、…" with "八、…"; "1." lines open with a digit, no CJK pair)."""
    for marks in (("五、", "六、", "七、", "八、"), ("（一）", "（二）", "（三）", "（四）")):
        got = _clean(_contents(marks))
        head = "\n".join(f"{m}{w}" for m, w in zip(marks, ITEMS, strict=True))
        assert got.startswith("目錄\n\n" + head + "\n\n"), got[:120]


def test_zh_numbered_item_guards_keep_joins():
    """Guards numbered_item_consecutive ("五、" over "七、") and numbered_item_same_kind
    ("五、" over "（六）"): the stage's joins stand as before."""
    for marks in (("五、", "七、", "五、", "七、"), ("五、", "（六）", "七、", "（八）")):
        got = _clean(_contents(marks))
        assert got.startswith(f"目錄\n\n{marks[0]}{ITEMS[0]}{marks[1]}{ITEMS[1]}\n"), got[:120]


def test_zh_numbered_item_hard_wrapped_paragraph_joins():
    """A hard-wrapped paragraph whose wraps land before "二、" under a line opening "一、" (the
    items run on inside the paragraph) is still joined whole: the numbers of a wrapped
    paragraph's lines are read only at line starts, so only a wrap landing exactly on the
    next item would be kept (none in the five mirrors' 40 list-start joins)."""
    para = "一、" + "".join(S) + "二、" + "".join(S) + "三、" + "".join(S)
    wrapped = "\n".join(para[i : i + 30] for i in range(0, len(para), 30))
    text = (wrapped + "\n\n") * 2 + BODY
    got = _clean(text)
    assert got.startswith(para + "\n\n" + para + "\n\n"), got[:120]
