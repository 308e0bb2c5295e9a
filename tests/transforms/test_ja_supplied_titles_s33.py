"""Session 33 clauses of rule ``cjk_title_lines`` on Aozora Bunko texts:
``ja_supplied_title_over_text`` (``transforms.ja_quoted_titles``, an editor's 〔〕 title
with text right under it) and ``iteration_mark_in_title`` (``transforms.cjk_titles``:
"々" is a title character). Excerpts of Aozora Bunko texts (GitHub
aozorahack/aozorabunko_text) as the pipeline cleans them with the heading notes cut
(``bench/aozora_headings.py measure``'s inference mode): consecutive lines, a line over
40 characters cut after its first sentence."""

from pathlib import Path

from transforms.ja_quoted_titles import supplied_over_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(name: str) -> list[tuple[int, str]]:
    sections, _ = find_sections((DATA / name).read_text(encoding="utf-8"))
    return [(s.level, s.title) for s in sections if s.title]


def test_supplied_titles_over_their_text():
    # Clauses ja_supplied_title_over_text and iteration_mark_in_title: 古事記 in 武田祐吉's
    # edition (cards/001518 51731, cleaned lines 49-242): the editor's titles in 〔〕 have a
    # blank line above and the text right under; no title was found (the rule asked for a
    # blank line under a title, and "島々の生成", "神々の生成" hold 々, no title character).
    # The notes name these seven (小見出し); the two group titles "〔一、伊耶那岐の命と
    # 伊耶那美の命〕", "〔二、天照らす大神と須佐の男の命〕" hold "、" and stay out (Left).
    assert _titles("ja_aozora_kojiki_supplied.txt") == [
        (1, "〔天地のはじめ〕"),
        (1, "〔島々の生成〕"),
        (1, "〔神々の生成〕"),
        (1, "〔黄泉の國〕"),
        (1, "〔身禊〕"),
        (1, "〔誓約〕"),
        (1, "〔天の岩戸〕"),
    ]


def test_margin_notes_lists_and_editor_notes_are_no_supplied_titles():
    # Guards ja_supplied_title_margin, ja_supplied_title_list and
    # ja_quoted_titles_editor_note on real lines: 宮本百合子's "〔欄外に〕" over a note
    # (cards/000311 46246), 宮沢賢治's first-line list (cards/000081 4461), "〔この間見えず〕"
    # in a poem (cards/000157 2425); the title of 古事記 is taken.
    test = supplied_over_text(True)
    margin = ["", "〔欄外に〕", "スタニスラフスキーのオペラは、芝居とオペラとの調和を見せた。"]
    assert not test(margin, 1, margin[1])
    listed = ["", "〔いたつきてゆめみなやみし〕", "〔水と濃きなだれの風や〕"]
    assert not test(listed, 1, listed[1])
    unread = ["", "〔この間見えず〕", "ひとむち當てゝ急がなん。"]
    assert not test(unread, 1, unread[1])
    # Review of session 33: "読めず" was added to the guard with "見えず" and no test
    # held it (no whole "〔…読めず〕" line in Aozora: a constructed line).
    illegible = ["", "〔この行読めず〕", "ひとむち當てゝ急がなん。"]
    assert not test(illegible, 1, illegible[1])
    kojiki = ["", "〔天地のはじめ〕", "天地の初發の時、高天の原に成りませる神の名は、"]
    assert test(kojiki, 1, kojiki[1])
    assert not supplied_over_text(False)(kojiki, 1, kojiki[1])  # no Japanese book


def test_no_supplied_title_over_text_in_a_diary():
    # Guard ja_supplied_title_not_in_diary: 宮本百合子's 日記 of 1917 (cards/000311 46237,
    # cleaned lines 4-149) closes January with "〔一月中の重要なる出来事〕" over its list; the
    # entries are headed by their dates and rank under every other heading (clause
    # diary_entries_lowest), so the month note took February's entries under it. In a
    # diary it stays text and every date heads its entry at one level.
    titles = _titles("ja_aozora_yuriko_diary_1917.txt")
    assert "〔一月中の重要なる出来事〕" not in [t for _, t in titles]
    assert {level for level, _ in titles} == {1}
    assert titles[9:12] == [(1, "一月二十日"), (1, "二月十一日（日曜）"), (1, "二月十二日（月曜）")]
    assert len(titles) == 32
