"""Clause ``repeated_name_lines`` (session 38, transforms/site_stamps.py): txt小说天堂's
disguised name on three or more lines of its own goes, whether the text stamps an address
or not. The name lines are written as 蛙 (hankinghu/literature-books) wrote them (its address,
"www.xiaoshuotxt.net", is spelled one way, so the session-34 clause stamped_name_line, which
asks for a disguised address, never read them: 64 stayed); the book's sentences are
老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

from transforms.boilerplate import find_boilerplate
from transforms.textedit import apply_edits

S1 = "話說山東登州府東門外有一座大山，名叫蓬萊山。"
S2 = "山上有個閣子，名叫蓬萊閣。"
S3 = "這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。"
NAMES = ("t，xt，小，说，天，堂", "。txt小./说天堂", "［t.xt小，说［天堂｝", "txt!小！说！天.堂")


def _cut(text: str) -> str:
    return apply_edits(text, find_boilerplate(text))[0]


def _book(lines) -> str:
    return "".join(f"{S1}{S2}\n{line}\n{S3}\n\n" for line in lines)


def test_repeated_name_lines_go():
    """Four of 蛙's name lines (each spelled differently) go with their breaks, the "。" that
    opens one of them too; the sentences stay."""
    got = _cut(_book(NAMES))
    assert got == f"{S1}{S2}\n{S3}\n\n" * 4, got


def test_repeated_name_lines_guards():
    """Guard name_lines_repeated (two such lines stay: no repetition), and what a story
    repeats stays: a plain "小说天堂" line (guard spaced_name_disguised), a refrain, a
    chapter's end line (the mirrors: DNF圣职者转生异界's "天堂谐音！" 9 times, 斯人独憔悴's
    "（后收入小说集《去国》。）" 3 times)."""
    # session 46: "。txt小./说天堂" alone is clause site_words_line's (a line of only the
    # site's words with "txt"), so the two lines read are the ones it does not read
    two = _book((NAMES[0], NAMES[2]))
    assert _cut(two) == two
    for line in ("小说天堂", "天堂谐音！", "（后收入小说集《去国》。）", "——小说天堂——"):
        text = _book([line] * 4)
        assert _cut(text) == text, line


def test_repeated_name_lines_dialogue():
    """Review 38, guard name_line_dialogue: a character stammering the name in quotes on
    four lines of their own stays (the shape's junk between the letters alone read it as the
    stamp); the stamps after them still go."""
    for line in ("“小……说……天……堂……”", "「t，xt，小，说，天，堂」"):
        text = _book([line] * 4)
        assert _cut(text) == text, line
    text = _book(["“小……说……天……堂……”"] * 2 + list(NAMES))
    assert _cut(text) == _book(["“小……说……天……堂……”"] * 2) + f"{S1}{S2}\n{S3}\n\n" * 4
