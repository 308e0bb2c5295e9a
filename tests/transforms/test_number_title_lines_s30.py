"""Clauses cjk_speech_no_title and title_like_its_text (``transforms.section_titles``,
session 30): the line under a bare CJK number that is speech, or a verse line like the
lines under it, is no title. Excerpts of Aozora Bunko texts (GitHub
aozorahack/aozorabunko_text) as the pipeline cleans them with the heading notes cut
(``bench/aozora_headings.py measure``'s inference mode), in ``tests/data``: consecutive
lines, a line over 40 characters cut after its first sentence (speech lines kept whole)."""

from pathlib import Path

from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(name: str) -> list[tuple[int, str]]:
    sections, _ = find_sections((DATA / name).read_text(encoding="utf-8"))
    return [(s.level, s.title) for s in sections if s.title]


def test_speech_under_a_number_is_no_title():
    # 野村胡堂「錢形平次捕物控 影法師」(cards/001670 55857): "一" right over
    # "「親分、變なことを聽きましたがね」" and the prose; the notes name "一" only.
    assert _titles("ja_aozora_zenigata.txt") == [(1, "一"), (1, "二"), (1, "一"), (1, "二")]


def test_speaker_and_quote_under_a_number_is_no_title():
    # 三遊亭圓朝「松の操美人の生埋」(cards/000989 4489): "三" / "兼「御新造様誠に御無沙汰
    # 致しました」" over "母「まだお前が…": a speaker's line, no mark inside its quote.
    assert _titles("ja_aozora_matsu.txt") == [(1, "一"), (1, "二"), (1, "三"), (1, "四")]


def test_tanka_under_numbers_are_no_titles():
    # 北原白秋「桐の花」(cards/000106 56857): each number over one or two tanka set apart by
    # blank lines; "十三" over "浅草にて" (a poem's own heading) and its tanka: the series is
    # verse, so no number takes a title line (the notes name the numbers alone).
    assert _titles("ja_aozora_kiri.txt") == [
        (1, "一"),
        (1, "二"),
        (1, "三"),
        (1, "四"),
        (1, "五"),
        (1, "六"),
        (1, "七"),
        (1, "十三"),
        (1, "十四"),
    ]


def test_titles_with_marks_join_clean_titles():
    # Clause marked_titles_join (``transforms.cjk_titles``): 高山毅「福沢諭吉 ペンは剣よりも強し」
    # (cards/001541 52212), its first chapter; Aozora's layout (paragraphs run on, a blank
    # line around each heading). The notes name all five; the two with "、" were refused.
    assert _titles("ja_aozora_fukuzawa_pen.txt") == [
        (1, "なんだ、石ころじゃないか"),
        (1, "勉強なんて、だいきらい"),
        (1, "女こじきをいたわるお母さん"),
        (1, "お父さんのえがいたゆめ"),
        (1, "中津の町からでていきたい"),
    ]


def test_title_like_its_text_is_cjk_only():
    # Review (session 30): the CJK-only limit of clause title_like_its_text. Victor Hugo,
    # Les Misérables v. 4-5 (Gutenberg, GitHub rcdm-uga/Gutenberg_Text), the opening of
    # its first four BOOKs (heading, title, CHAPTER I., its title, first paragraph):
    # each BOOK's section holds no line of its own (its CHAPTER I. follows), so without
    # the guard the series reads as "titles as long as their text" and every BOOK title
    # was dropped ("BOOK I." alone).
    assert _titles("en_gutenberg_les_mis_books.txt") == [
        (1, "BOOK I. SOME PAGES OF HISTORY."),
        (2, "CHAPTER I. WELL CUT OUT."),
        (1, "BOOK II. ÉPONINE."),
        (2, "CHAPTER I. THE LARK'S FIELD."),
        (1, "BOOK III. THE HOUSE OF THE RUE PLUMET."),
        (2, "CHAPTER I. THE MYSTERIOUS HOUSE."),
        (1, "BOOK IV. SUCCOR FROM BELOW MAY BE SUCCOR FROM ON HIGH."),
        (2, "CHAPTER I. AN EXTERNAL WOUND AND AN INTERNAL CURE."),
    ]


def test_marked_lines_join_only_run_on_paragraphs():
    # Review (session 30): the run-on limit of clause marked_titles_join. 三毛「背影」
    # (GitHub hankinghu/literature-books, 背影.txt), its chapters 背影 .. 克里斯 as cleaned,
    # lines cut to their first sentence (24 characters at most): a blank line between
    # every paragraph, so the speech line "这明明是个中国老太太嘛！" stands between blank
    # lines like a title; without the guard it joined the clean titles as a chapter.
    assert _titles("zh_sanmao_beiying_kelisi.txt") == [
        (1, "背影背影"),
        (1, "荒山之夜"),
        (1, "克里斯"),
    ]
