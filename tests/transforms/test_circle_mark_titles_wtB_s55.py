"""Rule ``circle_mark_titles`` (transforms.circle_mark_titles): "○ title" lines over a piece.

Excerpts, byte for byte (UTF-8, LF) from oscarsun72/chtxt (mirror /work/notes/dump/
oscarsun72+chtxt):
- tests/data/zh_oscarsun72_songci_circle_titles_s55.txt: n.蒙學/宋詞三百首.txt lines 6-37;
- tests/data/zh_oscarsun72_chuci_circle_titles_s55.txt: 0.詩詞/b.楚辭.txt lines 205-240;
- tests/data/zh_oscarsun72_yiqie_circle_titles_s55.txt: m.字書訓詁/一切經音義.txt lines 8-39.
- tests/data/ja_aozora_rongo_circle_notes_s55.txt: 下村湖人「現代訳論語」(aozorahack/aozorabunko_text
  cards/001097/files/43785_ruby_58793/43785_ruby_58793.txt, cp932 decoded to UTF-8, CRLF kept)
  lines 3236-3275 and 3530-3542: translator's notes "○　…（参照一六一章註）" set apart by blank lines.
Before the rule the 宋詞三百首 file and 一切經音義 were one section each, 楚辭 had only its
17 卷 (session 55's reading sample of 20 books).
"""

from __future__ import annotations

from pathlib import Path

from transforms import circle_mark_titles as cmt
from transforms.clean import clean_text
from transforms.contents import scan_lines
from transforms.normalize import normalize_text
from transforms.sections import Heading, find_headings
from transforms.structure import analyze_text

DATA = Path(__file__).parents[1] / "data"
SONGCI = (DATA / "zh_oscarsun72_songci_circle_titles_s55.txt").read_text(encoding="utf-8")
CHUCI = (DATA / "zh_oscarsun72_chuci_circle_titles_s55.txt").read_text(encoding="utf-8")
YIQIE = (DATA / "zh_oscarsun72_yiqie_circle_titles_s55.txt").read_text(encoding="utf-8")
RONGO = (DATA / "ja_aozora_rongo_circle_notes_s55.txt").read_bytes().decode("utf-8")


def _sections(raw: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(raw)).text
    return [(s.level, s.title) for s in analyze_text(text).sections if s.title]


def test_song_lyrics_titles_under_the_book_title():
    assert _sections(SONGCI) == [
        (1, "宋詞三百首"),
        (2, "燕山亭·北行見杏花 / 趙佶"),
        (2, "木蘭花 / 錢惟演"),
        (2, "蘇幕遮 / 范仲淹"),
        (2, "漁家傲 / 范仲淹"),
        (2, "御街行 / 范仲淹"),
    ]


def test_poems_under_their_chapter():
    secs = _sections(CHUCI)
    assert secs[0] == (1, "卷二·九歌")
    assert secs[1:4] == [
        (2, "九歌其一·東皇太一/〔先秦〕屈原"),
        (2, "九歌其二·雲中君/〔先秦〕屈原"),
        (2, "九歌其三·湘君/〔先秦〕屈原"),
    ]
    marked = [line for line in CHUCI.split("\n") if line.startswith("○ ")]
    assert len(secs) == 1 + len(marked)  # every marked line, nothing else


def test_dotted_counters_nest():
    secs = _sections(YIQIE)
    titled = [(lv, t) for lv, t in secs if t[0].isdigit()]
    assert titled == [
        (titled[0][0], "1.大方廣佛華嚴經"),
        (titled[0][0] + 1, "1.1.第一卷"),
        (titled[0][0] + 1, "1.2.第二卷"),
        (titled[0][0] + 1, "1.3.第三卷"),
    ]


def _circle(text: str) -> list[str]:
    return [h.title for h in find_headings(text) if h.kind == "circle"]


def test_marks_over_marks_are_a_list_not_titles():
    # clause circle_titles_over_text: the same marked lines with the lyrics taken out
    # are a list set apart by blank lines, no piece under any of them
    marked = [line for line in SONGCI.split("\n") if line.startswith("○ ")]
    assert len(marked) == 5
    assert _circle("\n\n".join(marked) + "\n") == []
    assert len(_circle(SONGCI)) == 5


def test_a_marked_line_must_stand_alone():
    # clause circle_title_alone: a marked line glued to the text under it is an item
    glued = SONGCI.replace("趙佶\n\n", "趙佶\n").replace("錢惟演\n\n", "錢惟演\n")
    assert "燕山亭·北行見杏花 / 趙佶" not in _circle(glued)
    assert "木蘭花 / 錢惟演" not in _circle(glued)
    assert "蘇幕遮 / 范仲淹" in _circle(glued)


def test_a_note_mark_glued_to_its_number_is_no_title():
    # "○21德军使俄军…" (丘吉尔's 第一次世界大战回忆录, hankinghu/literature-books): no space
    assert cmt._title("○21德军使俄军蒙受的大量伤亡数字不包括在内") is None
    assert cmt._title("○ 燕山亭·北行見杏花 / 趙佶") == "燕山亭·北行見杏花 / 趙佶"
    assert cmt._title("○ 干掉对手，最终还是为了占有对手的财富。") is None  # a sentence
    # a Latin list item (jbts6/wuxia-novel .agents/skills/ui-ux-pro-max/data/design.csv line 36,
    # indent dropped): no CJK character, no title (review, session 55)
    assert cmt._title("○ Subheadings: text-xl → text-2xl") is None


def test_fewer_than_three_marks_read_nothing():
    lines = scan_lines(SONGCI)
    firsts = [i for i, t in enumerate(lines.texts) if t.startswith("○ ")]
    assert len(cmt.circle_mark_titles(lines, [], Heading)) == 5
    two = "\n".join(SONGCI.split("\n")[: firsts[2]])  # the first two lyrics only
    assert cmt.circle_mark_titles(scan_lines(two), [], Heading) == []


def test_long_marked_notes_are_no_titles():
    # clause circle_title_alone, MAX_TITLE: 現代訳論語's notes stand alone between blank lines
    # over the next chapter and end on "）", not on a stop; only their length tells them
    # from a title (review, session 55)
    text = clean_text(normalize_text(RONGO)).text
    lines = scan_lines(text)
    notes = [
        t
        for i, t in enumerate(lines.texts)
        if t.startswith("○\u3000") and lines.blank[i - 1] and lines.blank[i + 1]
    ]
    assert len(notes) >= cmt.MIN_TITLES
    assert all(len(t) > cmt.MAX_TITLE and t[-1] == "）" for t in notes)
    assert _circle(text) == []
