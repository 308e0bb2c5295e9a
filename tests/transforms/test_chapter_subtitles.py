"""Rule chapter_subtitles (``transforms.chapter_subtitles``) and clause divide_run_on
(``transforms.cjk_titles``): unnumbered titles in a Japanese book whose paragraphs run
on with no blank line between them. Excerpts of Aozora Bunko texts (GitHub
aozorahack/aozorabunko_text, as the pipeline cleans them: ruby and the typist's notes
cut), in ``tests/data``: the line under each title whole up to its first sentence, the
other lines cut short, blank lines inside a chapter's text dropped."""

from pathlib import Path

from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_subtitles_inside_numbered_chapters():
    # 久生十蘭「ノア」(cards/001224/files/46106_ruby): "第一回" / "交換船" over the
    # typist's 中見出し "赤い富士山", "最初の査問"; "第二回" / "帝国憲兵隊" over "俘虜カード".
    # "訊問" over a quoted regulation ("一、鞭打チニヨル（訊問予備）": no prose under
    # it) stays a line of the chapter (clause subtitle_line_shape).
    text = (DATA / "ja_aozora_noa.txt").read_text(encoding="utf-8")
    assert _titles(text) == [
        (1, "第一回 交換船"),
        (2, "赤い富士山"),
        (2, "最初の査問"),
        (1, "第二回 帝国憲兵隊"),
        (2, "俘虜カード"),
    ]


def test_subtitles_need_paragraphs_run_on():
    # The same lines with a blank line between paragraphs (the layout of Chinese web
    # novels, whose short lines inside a chapter are cries and signs): no subtitle.
    text = (DATA / "ja_aozora_noa.txt").read_text(encoding="utf-8")
    spaced = "\n\n".join(line for line in text.split("\n") if line)
    assert _titles(spaced) == [(1, "第一回 交換船"), (1, "第二回 帝国憲兵隊")]


def test_run_on_titles_may_leave_a_long_part():
    # スティーヴンスン「ジーキル博士とハイド氏の怪事件」佐々木直次郎訳 (cards/000888/files/
    # 33205_ruby): the last chapter stands under a title of 24 characters, longer than
    # a title line, so it falls in the part under "ラニョン博士の手記", 0.63 of the excerpt (0.35 of the book);
    # clause titles_divide_text refused every title. The book's paragraphs run on,
    # so its blank lines are set around headings (clause divide_run_on).
    text = (DATA / "ja_aozora_jekyll.txt").read_text(encoding="utf-8")
    assert _titles(text) == [
        (1, "戸口の話"),
        (1, "ハイド氏の捜索"),
        (1, "カルー殺害事件"),
        (1, "手紙の出来事"),
        (1, "ラニョン博士の変事"),
        (1, "窓際の出来事"),
        (1, "最後の夜"),
        (1, "ラニョン博士の手記"),
    ]


def test_subtitles_in_one_chapter_only_are_not_read():
    # Review (session 29): カフカ「城」(cards/001235/files/49862_ruby): of its twenty
    # numbered chapters only 第十五章 is divided, by "アマーリアの秘密", "アマーリアの罰",
    # "嘆願廻り", "オルガの計画" (the typist's 中見出し). Three such lines in one chapter of
    # three (the excerpt: 第十四章-第十六章, the line under each title whole to its first
    # sentence, the others cut short) divide no book under clause
    # subtitles_across_chapters: one chapter's blank-set short lines are as often a quoted
    # letter or verse. The cost is these four notes (a miss, left as the rule's boundary).
    text = (DATA / "ja_aozora_castle.txt").read_text(encoding="utf-8")
    assert _titles(text) == [(1, "第十四章"), (1, "第十五章"), (1, "第十六章")]
