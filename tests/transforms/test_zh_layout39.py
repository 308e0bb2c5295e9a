"""Session 39 (branch wtF) Chinese layout clauses: ``zh_digit_numerals``
(transforms/cjk_numbered_items.py), ``title_line_latin_width`` (transforms/zh_short_titles.py)
and ``zh_field_record_lines`` (transforms/zh_field_lines.py). Layouts as the five Chinese
mirrors wrote them: 高卢战记's sections a line, numbered digit by digit ("三三、" / "三四、"),
凯南's head (a title, an author, "注：" and a note whose "原标题《…》" line is set in Latin
letters), 诡秘之主's notes (records of "label： value" lines, each label repeated record after
record, an "出处：" line under each quoted passage); the words are 老殘遊記's (劉鶚, d. 1909;
oscarsun72/chtxt) and the facts of its hero, public domain."""

import numpy as np

from tests.transforms.test_zh_short_titles38 import BODY, P, S  # the same 老殘遊記 lines
from transforms.cjk_numbered_items import _chinese_number
from transforms.clean import clean_text
from transforms.normalize import normalize_text


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_zh_digit_numerals_sections():
    """Clause zh_digit_numerals: 高卢战记's sections "三三、…" / "三四、…" (33, 34, written digit
    by digit) are two numbered items; a section line with no end mark ("…接掌大权") was joined
    to the next section."""
    sec = (
        "三二、" + S[0].replace("，", ",").replace("。", "."),
        "三三、" + S[1][:-1] + "," + S[2].replace("，", ",")[:-1],
        "三四、" + S[3].replace("，", ",").replace("；", ";").replace("。", "."),
        "三五、" + S[1].replace("，", ",").replace("。", "."),
    )
    text = "\r\n".join(sec) + "\r\n"
    got = _clean(text)
    assert got.split("\n")[1:3] == [
        "三三、山上有個閣子，名叫蓬萊閣，這閣造得畫棟飛雲，珠簾卷雨，十分壯麗",
        "三四、西面看城中人戶，煙雨萬家；東面看海上波濤，崢嶸千里.",
    ], got


def test_zh_digit_numerals_values_and_guard():
    """Digit-by-digit numerals read as numbers ("一〇" 10, "三四" 34, "一〇〇" 100; "四十" and
    "四一" both ways: 高卢战记 writes "四十、" then "四一、"); a leading zero is none. Guard
    numbered_item_consecutive still holds: "三三、" over "三五、" joins as before."""
    assert [_chinese_number(s) for s in ("一〇", "三三", "三四", "四十", "四一", "一〇〇")] == [
        10, 33, 34, 40, 41, 100,
    ]  # fmt: skip
    assert [_chinese_number(s) for s in ("〇", "〇一", "十〇")] == [None, None, None]
    sec = (
        "三二、" + S[0].replace("，", ",").replace("。", "."),
        "三三、" + S[1][:-1] + "," + S[2].replace("，", ",")[:-1],
        "三五、" + S[3].replace("，", ",").replace("；", ";").replace("。", "."),
        "三六、" + S[1].replace("，", ",").replace("。", "."),
    )
    got = _clean("\r\n".join(sec) + "\r\n")
    assert "十分壯麗三五、西面" in got, got


KENNAN = (
    "老殘遊記\n\n劉鶚\n\n注：\n原文連載於1903年《繡像小說》半月刊\n"
    "原標題《The Travels of Lao Can by Liu E》\n此本出自光緒年間，刊者不詳。\n"
    "據“天津日日新聞”本作了少量修訂。\n\n\n\n"
)


def test_title_line_latin_width():
    """Clause title_line_latin_width: 凯南's head, a 原标题 line set in Latin letters of 36
    characters (41 display columns, as wide as a Chinese title of 21) over the next note
    line: the short-text title clause measured it in characters (over 30) and joined it."""
    got = _clean(KENNAN + BODY)
    assert "Liu E》\n此本出自光緒年間，刊者不詳。\n" in got, got[:200]


def test_title_line_latin_width_guard():
    """Guard title_line_short still holds in display columns: the same line in Han
    characters, 36 of them (72 columns), joins as before."""
    han = "原標題《老殘遊記二十回本光緒二十九年繡像小說半月刊連載於天津日日新聞本》"
    got = _clean(KENNAN.replace("原標題《The Travels of Lao Can by Liu E》", han) + BODY)
    assert han + "此本出自" in got, got[:200]


RECORD = (
    "姓名： 老殘\n"
    "籍貫： 江南人，原姓鐵，單名一個英字，號補殘\n"
    "職業： 搖個串鈴，替人治病，奔走江湖近二十年，也曾讀過幾句詩書\n"
    "能力： 八股文章做不通，學了個摇串鈴的本事，餬口四方\n"
    "出處： 第一回\n\n"
    "姓名： 黃瑞和\n"
    "籍貫： 山東古千乘人，家道殷實，有一個大宅子，十分氣派\n"
    "職業： 大戶，家中有病，渾身潰爛，每年總要潰幾個窟窿\n"
    "能力： 無\n"
    "出處： 第一回\n\n"
)


def test_zh_field_record_lines():
    """Clause zh_field_record_lines: 诡秘之主's notes, records of "label： value" lines whose
    labels repeat record after record: the stage joined a field's value to the next label
    ("…號補殘職業： 搖個串鈴…")."""
    got = _clean(RECORD + BODY)
    for line in RECORD.split("\n"):
        if line:
            assert f"\n{line}\n" in f"\n{got}", (line, got[:300])


def test_zh_field_record_guards():
    """Guards field_label_no_quote (a speech "道：“…”" opening a wrapped line is its wrap),
    field_label_recurs (a label standing once, "如下：", is a wrap landing before a colon)
    and field_line_run_on (in a paragraph hard-wrapped at 20 whose wraps land before
    "店家：" and "老殘：" twice, the lines join whole)."""
    from transforms.zh_field_lines import field_record_pairs

    text = "老殘道：“你來了。”\n老殘道：“是。”\n如下：一\n店家：二\n店家：三\n"
    starts = np.array([0, 11, 20, 25, 30])
    ends = np.array([10, 19, 24, 29, 34])
    lines = (starts, ends, starts, ends, np.zeros(5, dtype=bool))
    a, b = np.arange(4), np.arange(1, 5)
    # pair 0: lower "老殘道：“" is a speech; pair 1: "如下：" once; pairs 2, 3: "店家：" twice
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    assert field_record_pairs(text, cp, lines, a, b, np.arange(4)).tolist() == [2, 3]
    para = (
        S[0] + "店家：" + S[1] + S[2] + "老殘：" + S[3] + S[1] + "店家：" + S[2] + "老殘：" + S[3]
    )
    wrapped = [para[i : i + 20] for i in range(0, len(para), 20)]
    got = _clean("\n".join(wrapped) + "\n\n" + "\n".join(wrapped) + "\n")
    assert got.startswith(para + "\n\n"), got[:200]


def test_name_line_site_address():
    """Clause name_line_site_address (transforms/site_stamps.py): one disguised txt小说天堂 name
    line alone (命若琴弦's "　小＿说txt天＿堂　") goes where the text carries the site's own
    address (its banner "TXT小说天堂  http://www.xiaoshuotxt.net，…", cut by older clauses);
    without the address that clause leaves a single line (guard name_lines_repeated). Session
    40: the line goes all the same by clause site_stamp_line (transforms/site_name_lines.py:
    a site's name parted by marks, "txt" among them, alone on its line, once)."""
    from transforms.boilerplate import find_boilerplate
    from transforms.site_stamps import _spaced_name
    from transforms.textedit import apply_edits

    banner = "TXT小说天堂  http://www.xiaoshuotxt.net，最有文艺气息的文学网站\n\n"
    book = f"{S[0]}{S[1]}\n\u3000小＿说txt天＿堂\u3000\n{S[2]}\n\n"
    edits = find_boilerplate(banner + book + BODY)
    got = apply_edits(banner + book + BODY, edits)[0]
    assert "小＿说" not in got and f"{S[0]}{S[1]}\n{S[2]}\n\n" in got, got[:200]
    alone = book + BODY
    assert _spaced_name(alone) == []  # guard name_lines_repeated
    assert apply_edits(alone, find_boilerplate(alone))[0] == f"{S[0]}{S[1]}\n{S[2]}\n\n" + BODY


def test_zh_field_record_share():
    """Guard field_lines_share: in a hard-wrapped book (paragraphs indented "　　", wrapped at
    20) the wraps of two paragraphs' first lines land before "如下：" (as in 联合舰队的覆灭's
    "其兵" / "力如下："), the label recurs but its lines are a few of the text's: they join."""
    intro = "話說山東登州府東門外有一座大山名叫蓬萊山"
    paras = [f"\u3000\u3000{intro}如下：{S[1]}{S[2]}"] * 2 + [f"\u3000\u3000{P}{s}" for s in S] * 5
    wrapped = []
    for p in paras:
        wrapped.append("\n".join(p[i : i + 22] for i in range(0, len(p), 22)))
    assert wrapped[0].split("\n")[1].startswith("如下：")
    got = _clean("\n".join(wrapped) + "\n")
    assert f"{intro}如下：{S[1]}" in got, got[:200]


def test_zh_field_record_share_counts_recurring_labels():
    """Guard field_lines_share counts only lines whose label recurs (review 39): 50 lines where
    "店家：" opens two (4%) and four other labels open one each stay under the share, so the
    pairs are read through (counting every label line, 12%, the two "店家：" lines kept apart)."""
    from transforms.zh_field_lines import field_record_pairs

    rows = (
        [S[1]] * 40 + ["店家：二", "店家：三", "甲：一", "乙：一", "丙：一", "丁：一"] + [S[1]] * 4
    )
    text = "\n".join(rows) + "\n"
    starts = np.cumsum([0] + [len(r) + 1 for r in rows[:-1]])
    ends = starts + np.array([len(r) for r in rows])
    lines = (starts, ends, starts, ends, np.zeros(len(rows), dtype=bool))
    a, b = np.arange(len(rows) - 1), np.arange(1, len(rows))
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    assert field_record_pairs(text, cp, lines, a, b, np.array([39, 40])).tolist() == []


def test_zh_field_record_turns_hard_wrapped():
    """Review 39 pin (passes on main too: the indent keeps the turns): an interview's turns
    ("問：" / "答："), each a paragraph indented "　　" and hard-wrapped at 22 with no blank
    lines, labels over 5% of the lines: with clause zh_field_record_lines active the turns
    stay apart and each turn's wrapped lines (some opening with no label) join whole."""
    turns = [f"問：{S[0]}", f"答：{P}{S[1]}", f"問：{S[2]}{S[1]}", f"答：{S[3]}{P}"] * 3
    wrapped = []
    for t in turns:
        p = "\u3000\u3000" + t
        wrapped.append("\n".join(p[i : i + 22] for i in range(0, len(p), 22)))
    got = [line.strip("\u3000 ") for line in _clean("\n".join(wrapped) + "\n").split("\n")]
    assert [t for t in turns if t not in got] == [], got


def test_zh_field_label_counts_by_line():
    """Review 39 (cost): the label count reads only lines with a colon near their start and
    counts as the multi-line regex over the whole text did (indents "　　" and spaces, a
    colon ending the line, a speech colon, a colon past the label's reach, blank lines)."""
    from collections import Counter

    from transforms import zh_field_lines as z

    rows = ["\u3000\u3000姓名：老殘", "  籍貫： 江南", "能力：", "姓名：黃瑞和", "", "老殘道：“你來了。”",
            S[1], "話說山東登州府東門外有一座大山：名叫", "能力：無", "籍貫：山東"]  # fmt: skip
    text = "\n".join(rows) + "\n"
    starts = np.cumsum([0] + [len(r) + 1 for r in rows[:-1]])
    ends = starts + np.array([len(r) for r in rows])
    first = np.array(
        [s + len(r) - len(r.lstrip(" \t\u3000")) for s, r in zip(starts, rows, strict=True)]
    )
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    colons = np.flatnonzero((cp == 0xFF1A) | (cp == 0x3A))
    got = z._label_counts(text, colons, first, ends, first >= ends)
    assert got == Counter(m.group(1) for m in z._LINE_FIELD.finditer(text))
    assert got == Counter({"姓名": 2, "籍貫": 2, "能力": 2})
