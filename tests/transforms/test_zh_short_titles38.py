"""Clauses ``zh_short_title_lines`` (session 38, transforms/zh_short_titles.py) and
``zh_numbered_item_lines``' numeral-with-colon kind and guard ``numbered_item_run_on``
(transforms/cjk_numbered_items.py). Layouts as the five Chinese mirrors wrote them:
绝塞传烽录's chapter files (a title over a subtitle, paragraphs a line), 三十三剑客图's (a title
over its first paragraph), 时间简史's head ("作者：" under the title), 盛雪's contents
("四：…" / "五：…"); the words are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt) and its
first chapter's title, public domain."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

S = (
    "話說山東登州府東門外有一座大山，名叫蓬萊山。",
    "山上有個閣子，名叫蓬萊閣。",
    "這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。",
    "西面看城中人戶，煙雨萬家；東面看海上波濤，崢嶸千里。",
)
P = "".join(S)
BODY = "".join(f"{P}{s}\n\n" for s in S) * 2  # paragraphs a line, blank lines between
TITLE = "第一回 土不制水歷年成患 風能鼓浪到處可危（上）"


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_zh_short_title_lines_title_over_subtitle():
    """A chapter file's title over its subtitle (绝塞传烽录's layout: the stage read the
    title line, its one CJK pair, as full and joined "…（上）老殘遊記")."""
    got = _clean(f"{TITLE}\n老殘遊記\n\n{BODY}")
    assert got.startswith(f"{TITLE}\n老殘遊記\n\n{P}{S[0]}\n\n"), got[:80]


def test_zh_short_title_lines_title_over_paragraph_and_author():
    """A short title over the chapter's first paragraph (三十三剑客图's "赵处女" / "江苏与浙江…")
    and a title over its "作者：" line (时间简史) keep their breaks."""
    got = _clean(f"蓬萊閣\n{P}{P}\n\n{BODY}")
    assert got.startswith(f"蓬萊閣\n{P}{P}\n\n"), got[:80]
    got = _clean(f"老殘遊記\n作者：劉鶚\n\n{BODY}")
    assert got.startswith(f"老殘遊記\n作者：劉鶚\n\n{P}"), got[:80]


def test_zh_short_title_guards_keep_joins():
    """Guards title_line_unmarked (a line with a comma is prose: "…成患，風能…" joins as before)
    and title_line_narrower (a short hard-wrapped text whose lines hold no mark: no line runs
    past its column, its wraps join)."""
    marked = "第一回 土不制水歷年成患，風能鼓浪到處可危"
    got = _clean(f"{marked}\n老殘遊記\n\n{BODY}")
    assert got.startswith(f"{marked}老殘遊記\n\n"), got[:80]
    plain = "話說山東登州府東門外有一座大山名叫蓬萊山山上有個閣子名叫蓬萊閣這閣造得畫棟飛雲珠簾卷雨十分壯麗"
    wrapped = "\n".join(plain[i : i + 10] for i in range(0, len(plain), 10))
    wrapped_p = "\n".join(P[i : i + 10] for i in range(0, len(P), 10))
    got = _clean(f"{wrapped}\n\n{wrapped_p}\n")
    assert got == f"{plain}\n\n{P}\n", got[:80]


def test_zh_numbered_item_lines_numeral_colon():
    """Clause zh_numbered_item_lines, kind "四：" (盛雪's contents: "四：…" / "五：…" were
    joined); "一：" over "三：" is no pair (guard numbered_item_consecutive)."""
    items = "\n".join(f"{n}：{s[:-1]}" for n, s in zip("一二三四", S, strict=True))
    got = _clean(f"目錄\n\n{items}\n\n{BODY}")
    assert got.startswith(f"目錄\n\n{items}\n\n"), got[:120]
    skip = "\n".join(f"{n}：{s[:-1]}" for n, s in zip("一三五七", S, strict=True))
    got = _clean(f"目錄\n\n{skip}\n\n{BODY}")
    assert got.startswith(f"目錄\n\n一：{S[0][:-1]}三：{S[1][:-1]}\n"), got[:120]


def test_numbered_item_run_on_wrapped_paragraph():
    """Guard numbered_item_run_on: a paragraph hard-wrapped at 22 characters whose wraps
    land right before "（二）" and "（三）", the item "（二）…" one full line, joins whole (the
    session-37 clause kept "（二）" and "（三）" apart, 8 of 1,800 built samples); a real
    list's items, under a line that is not as wide, keep their lines."""
    para = (
        S[0]
        + "（二）這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。（三）西面看城中人戶，煙雨萬家；"
        + S[3]
        + S[1]
    )
    lines = [para[i : i + 22] for i in range(0, len(para), 22)]
    assert lines[1].startswith("（二）") and lines[2].startswith("（三）")
    long = (P * 3)[: 22 * 6]
    filler = "\n".join(long[i : i + 22] for i in range(0, len(long), 22))
    got = _clean("\n".join(lines) + f"\n\n{filler}\n\n" * 3)
    assert got.startswith(para + "\n\n"), got[:120]
    items = "\n".join(f"（{n}）{s}" for n, s in zip("一二三", S[1:], strict=True))
    got = _clean(f"{S[0][:-1]}：\n{items}\n\n{filler}\n\n" * 3)
    assert f"\n（二）{S[2]}\n（三）{S[3]}\n" in got, got[:200]


def test_zh_short_title_guard_japanese():
    """Guard title_line_chinese: Japanese text is not read (not measured there); the title
    over its subtitle joins as before. 芥川龍之介's 蜘蛛の糸 (1918; aozorahack/aozorabunko_text),
    public domain."""
    j = (
        "ある日の事でございます。",
        "御釈迦様は極楽の蓮池のふちを、独りでぶらぶら御歩きになっていらっしゃいました。",
        "極楽は丁度朝なのでございましょう。",
    )
    body = "".join(f"{''.join(j)}{s}\n\n" for s in j) * 2
    got = _clean(f"一 蜘蛛の糸 芥川龍之介（上）\n御釈迦様と犍陀多\n\n{body}")
    assert got.startswith("一 蜘蛛の糸 芥川龍之介（上）御釈迦様と犍陀多\n\n"), got[:60]


def _wrap_columns(p: str, width: int) -> list[str]:
    """``p`` wrapped at ``width`` display columns (a Han character two, a Latin letter one)."""
    out, cur, w = [], "", 0
    for c in p:
        cw = 2 if ord(c) >= 0x2E80 else 1
        if w + cw > width and cur:
            out.append(cur)
            cur, w = "", 0
        cur, w = cur + c, w + cw
    return out + [cur]


def test_zh_short_title_guard_columns():
    """Review 38, guard title_line_columns: a short text wrapped at 30 display columns whose
    lines with Latin words hold more characters (the mirrors' design notes, built
    hard-wrapped samples); a Han line of 15 characters with no mark, a wrap, joins (read by
    characters alone the Latin lines ran past it: its break was kept, mid-phrase). And one
    wrapped at a character count: its Latin lines are no wider in characters."""
    paras = (
        "話說 Shandong 登州府東門外有一座大山名叫 Penglai 蓬萊山，山上有個閣子名叫蓬萊閣這閣造得"
        "畫棟飛雲，珠簾卷雨 in the old style 十分壯麗。",
        "西面看城中人戶 in Dengzhou 煙雨萬家東面看海上波濤崢嶸千里 as far as the eye could see。",
        "城中人士往往于下午攜尊挈酒在閣中住宿 for the night 預備次日天未明時看海中出日。",
    )
    lines = [_wrap_columns(p, 30) for p in paras]
    assert any(len(x) > 17 for x in lines[0])
    assert "上有個閣子名叫蓬萊閣這閣造得畫" in lines[0]  # 15 Han characters, no mark
    got = _clean("\n\n".join("\n".join(x) for x in lines) + "\n")
    assert [p.count("\n") for p in got.strip().split("\n\n")] == [0, 0, 0], got


def test_numbered_item_run_on_width():
    """Review 38, guard numbered_item_run_on's width test: a line joined to "（一）…" that is
    wider than it by two characters or more (近代中国社会的新陈代谢's contents: its OCR chapter
    line over "一、…") is no line of the same wrapped paragraph: "（一）" / "（二）" / "（三）"
    keep their breaks."""
    long = (P * 3)[: 22 * 6]
    filler = "\n".join(long[i : i + 22] for i in range(0, len(long), 22))
    intro = (P * 2)[30:52]
    items = "\n".join(f"（{n}）" + (P * 2)[5 * j : 5 * j + 17] for j, n in enumerate("一二三"))
    got = _clean(f"{intro}\n{items}\n\n{filler}\n\n" * 3)
    assert f"\n（二）{(P * 2)[5:22]}\n（三）" in got, got[:160]


def test_zh_short_title_guard_wider_counts():
    """Review 38, guard title_line_narrower's counts (planted off one at a time, no test
    failed): a short text hard-wrapped at 12 characters, no mark in its lines, over two
    paragraph-a-line lines (fewer than MIN_WIDER wider lines), and over three wider lines
    that are under WIDER_SHARE of its lines: its wraps join."""
    plain = "話說山東登州府東門外有一座大山名叫蓬萊山山上有個閣子名叫蓬萊閣這閣造得畫棟飛雲珠簾卷雨十分壯麗"
    for body, n in ((plain, 2), (plain * 4, 3)):
        wrapped = "\n".join(body[i : i + 12] for i in range(0, len(body), 12))
        got = _clean(f"{wrapped}\n\n" + f"{P}\n\n" * n)
        assert got.startswith(f"{body}\n\n{P}\n\n"), (n, got[:80])


PLAIN = (
    "話說山東登州府東門外有一座大山名叫蓬萊山山上有個閣子名叫蓬萊閣這閣造得畫棟飛雲珠簾卷雨十分壯麗"
)


def test_zh_short_title_guard_short():
    """Guard title_line_short (TITLE_CHARS, 30): in a short text whose paragraphs run a line
    (wider lines past it), a paragraph hard-wrapped at 31 or 34 characters with no mark in
    its lines: a line over 30 characters is no title, its wraps join."""
    body = PLAIN * 2
    for width in (31, 34):
        wrapped = "\n".join(body[i : i + width] for i in range(0, len(body), width))
        got = _clean(f"{wrapped}\n\n{BODY}")
        assert got.startswith(f"{body}\n\n{P}{S[0]}\n\n"), (width, got[:80])


def test_zh_short_title_guard_over_width():
    """Guard title_line_narrower's factor OVER_WIDTH (1.15) on its own: a short text
    hard-wrapped at 21 characters with line-start kinsoku (a closing "」" never opens a
    line: the first line holds 20): the lines one character wider are no lines past its
    column, "…名叫「蓬萊" / "山」…" joins."""
    q = (
        "話說山東登州府東門外有一座大山名叫「蓬萊山」山上有個閣子名叫「蓬萊閣」"
        "這閣造得畫棟飛雲珠簾卷雨十分壯麗西面看城中人戶煙雨萬家東面看海上波濤崢嶸千里"
    ) * 2
    lines = [q[:20]] + [q[i : i + 21] for i in range(20, len(q), 21)]
    assert lines[1].startswith("山」") and {len(x) for x in lines[1:-1]} == {21}
    assert _clean("\n".join(lines) + "\n") == f"{q}\n"


def test_zh_short_title_guard_short_pairs():
    """Guard SHORT_PAIRS (40 CJK line pairs): a longer text, 47 lines hard-wrapped at 12
    characters with no mark over 14 paragraph-a-line lines (more than WIDER_SHARE of its
    lines run past the column): the stage reads its column from the text, the clause is
    not asked, the wraps join."""
    body = PLAIN * 12
    wrapped = "\n".join(body[i : i + 12] for i in range(0, len(body), 12))
    assert wrapped.count("\n") + 1 == 47
    got = _clean(f"{wrapped}\n\n" + f"{P}\n\n" * 14)
    assert got.startswith(f"{body}\n\n{P}\n\n"), got[:80]


def test_numbered_item_run_on_guard_adjacent():
    """Guard numbered_item_run_on's adjacency test (the pair before is the line right above
    the item): a text hard-wrapped at 22 characters whose blank lines are padded with 22
    ideographic spaces (a fixed-width export): a list under such a line is no run-on of the
    paragraph before it, "（一）…" / "（二）…" / "（三）…" keep their breaks. Read without it, the
    pair before the blank line was taken for the line above, as wide as the item."""
    long = (P * 3)[: 22 * 6]
    filler = "\n".join(long[i : i + 22] for i in range(0, len(long), 22))
    pad = "\u3000" * 22
    items = [f"（{n}）" + (P * 2)[5 * j : 5 * j + 19] for j, n in enumerate("一二三")]
    got = _clean(f"{filler}\n{pad}\n" + "\n".join(items) + f"\n{pad}\n" + f"{filler}\n{pad}\n" * 2)
    assert "\n\n" + "\n".join(items) + "\n\n" in got, got[:400]
