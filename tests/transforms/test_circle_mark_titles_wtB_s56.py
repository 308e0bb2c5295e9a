"""Rule ``circle_mark_titles`` (transforms.circle_mark_titles), session 56 clauses.

Excerpts, byte for byte (UTF-8, LF) from oscarsun72/chtxt (mirror /work/notes/dump/
oscarsun72+chtxt):
- tests/data/zh_oscarsun72_xiaofu_front_circle_s56.txt: z.其他/笑府.txt lines 6-25 (the book's
  "# " title, "○ 笑府序 墨憨齋主人題" over the preface, "## 卷一·古艷部", its first jokes);
- tests/data/zh_oscarsun72_songci_long_circle_s56.txt: n.蒙學/宋詞三百首.txt lines 495-512
  ("○ 定風波·三月三日沙湖道中遇雨，…故作此。 / 蘇軾", 46 characters, between two short titles).
"""

from __future__ import annotations

from pathlib import Path

from transforms import circle_mark_titles as cmt
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

DATA = Path(__file__).parents[1] / "data"
XIAOFU = (DATA / "zh_oscarsun72_xiaofu_front_circle_s56.txt").read_text(encoding="utf-8")
SONGCI = (DATA / "zh_oscarsun72_songci_long_circle_s56.txt").read_text(encoding="utf-8")


def _sections(raw: str) -> list[tuple[int, str]]:
    # as the pipeline reads it: the "#" marks the clean stage cuts are given back
    cleaned = clean_text(normalize_text(raw))
    sections = analyze_text(cleaned.text, markup=cleaned.markup_headings).sections
    return [(s.level, s.title) for s in sections if s.title]


def test_preface_before_the_first_juan_is_its_sibling():
    # clause circle_front_matter: the preface stands beside 卷一, the jokes under it
    got = _sections(XIAOFU)
    assert got == [
        (1, "笑府|〔明〕馮夢龍 編"),
        (2, "笑府序 墨憨齋主人題"),
        (2, "卷一·古艷部"),
        (3, "富翁帶巾"),
        (3, "借牛"),
    ]


def test_marked_titles_under_a_division_keep_their_rank():
    # clause circle_front_matter reaches no title after the first division: 卷一's jokes
    # stay one level under it, and a book without a division has no front matter
    text = XIAOFU.replace("## 卷一·古艷部", "墨憨子曰")
    got = _sections(text)
    assert (2, "卷一·古艷部") not in got
    assert [lvl for lvl, t in got if t in ("富翁帶巾", "借牛")] == [2, 2]
    assert (2, "笑府序 墨憨齋主人題") in got  # the title's rank, as before the clause


def test_long_title_with_its_author_credit():
    # clause circle_authored_title: a preface as the lyric's title, over MAX_TITLE, ends
    # with "/ 蘇軾"
    long = next(t for t in SONGCI.split("\n") if t.startswith("○ 定風波"))
    assert len(long) > cmt.MAX_TITLE
    got = _sections(SONGCI)
    assert [t for _, t in got] == [
        "臨江仙 / 蘇軾",
        long[2:],
        "江城子·乙卯正月二十日夜記夢 / 蘇軾",
    ]
    assert len({lvl for lvl, _ in got}) == 1


def test_long_line_without_a_credit_stays_unread():
    # 九經字樣's "○ 雜辨部【…】" (oscarsun72/chtxt m.字書訓詁/九經字樣.txt, 64 characters): a
    # part's title with its note, no credit: left unread, as before the clause
    note = (
        "○ 雜辨部【緣文字不多，若依《說文》各出部目即為繁宂，以類相從，"
        "併入諸部外，其偏旁意義不同者共編為此部。凡七十五字。卅字重文。】"
    )
    assert len(note) > cmt.MAX_TITLE and cmt._title(note) is None
    assert cmt._title("○ " + "長" * 60 + " / 蘇軾") is not None
    assert cmt._title("○ " + "長" * 120 + " / 蘇軾") is None  # MAX_AUTHORED
    assert cmt._title("○ " + "長" * 60 + " / 蘇軾是宋代的一位大文學家也") is None  # no name


def test_titles_under_a_division_before_the_next_stay_under_it():
    # clause circle_front_matter reads only titles no division of the body's rank precedes:
    # the excerpt without its preface and with its 卷 twice, the second renamed to 笑府's
    # 卷二 (its z.其他/笑府.txt title): the jokes under 卷一 stay under it
    lines = XIAOFU.split("\n")
    juan = lines.index("## 卷一·古艷部")
    body = lines[juan:]
    text = "\n".join(
        lines[:2] + body + [""] + [body[0].replace("卷一·古艷部", "卷二·腐流部")] + body[1:]
    )
    got = _sections(text)
    assert [lvl for lvl, t in got if t in ("卷一·古艷部", "卷二·腐流部")] == [2, 2]
    assert [lvl for lvl, t in got if t in ("富翁帶巾", "借牛")] == [3, 3, 3, 3]


# Review (session 56, second engineer): tests for three plants no test caught.


def test_credit_with_a_dynasty_bracket():
    # clause circle_authored_title: the credit may carry its dynasty, "/〔魏晉〕陸雲"; the line
    # byte for byte from oscarsun72/chtxt 0.詩詞/2.魏晉南北朝詩.txt line 18248 (81 characters)
    line = (
        "○ 從事中郎張彥明為中護軍奚世都為汲郡太守客將之官大將軍崇賢之德既遠而厚下之恩又隆"
        "非此離析有感聖皇既蒙引見又宴于後園感鹿鳴之宴樂詠魚藻之凱歌而作是詩/〔魏晉〕陸雲"
    )
    assert len(line) == 81
    assert cmt._title(line) == line[2:]
    assert cmt._title(line.replace("〔魏晉〕", "〔魏晉")) is None  # an unclosed bracket: no credit
    # a slash inside a long note is no credit: neither spaced nor before a dynasty
    note = "○ 申請人須提交身份證明文件及相關材料，包括但不限於戶口本、結婚證、學歷證書和/或其他"
    assert len(note) > cmt.MAX_TITLE and cmt._title(note) is None
    assert cmt._title(note.replace("和/或其他", "和 / 或其他")) is not None


def test_front_matter_takes_the_top_division_rank():
    # clause circle_front_matter: the preface takes the rank of the book's top division (卷一,
    # "##"), not of a lower heading after it (a "###" group under 卷一, added to the excerpt)
    text = XIAOFU.replace("## 卷一·古艷部", "## 卷一·古艷部\n\n### 富翁類")
    got = _sections(text)
    assert (2, "卷一·古艷部") in got and (3, "富翁類") in got
    assert (2, "笑府序 墨憨齋主人題") in got


def test_deeper_dotted_title_before_the_first_division_stays_deeper():
    # clause circle_front_matter moves only the top-depth titles (clause circle_dotted_depth):
    # a "1.1." title under the preface (added to the excerpt) stays below the preface
    text = XIAOFU.replace("## 卷一·古艷部", "○ 1.1.序之注\n\n墨憨子曰。\n\n## 卷一·古艷部")
    got = dict((t, lvl) for lvl, t in _sections(text))
    assert got["笑府序 墨憨齋主人題"] == 2 and got["卷一·古艷部"] == 2
    assert got["1.1.序之注"] > got["笑府序 墨憨齋主人題"]


def test_a_text_without_a_marked_line_is_not_scanned(monkeypatch):
    # the rule's gate and scan: a blank line's "" is "in" any string, so `t[:1] in "○◎"`
    # (session 55) let every text with a blank line in, and a blank line between blank
    # lines on to _title
    calls = []
    monkeypatch.setattr(cmt, "_title", lambda t: calls.append(t))
    # runs of blank lines: a blank line between blank lines is "alone", as a title is
    text = XIAOFU.replace("○ ", "").replace("\n\n", "\n\n\n\n")
    assert "○" not in text
    _sections(text)
    assert calls == []
    _sections(XIAOFU)
    assert calls and all(t.startswith(cmt._MARKS) for t in calls)
