"""Clauses dash_title_run_on and long_title_run_on (``transforms.cjk_titles``, session 31):
in Aozora Bunko's layout (paragraphs run on, a blank line set only around headings) a
title line may join runs of title characters by "――", and may run to 24 characters.
Excerpts of Aozora Bunko texts (GitHub aozorahack/aozorabunko_text) as the pipeline cleans
them (heading notes cut, as ``bench/aozora_headings.py measure``'s inference mode):
consecutive lines, a line over 40 characters cut after its first sentence (speech kept)."""

from pathlib import Path

from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_dashed_titles_in_run_on_paragraphs():
    # 野村胡堂「水中の宮殿」(cards/001670 56710), its first five chapters: every heading joins
    # two phrases by "――" (the notes name each as a 中見出し); none was found before.
    # Session 33 (clause iteration_mark_in_title): the third, "記録は盗まれた――疑わしい
    # 人々", holds "々" and was missed; the excerpt holds five chapters, not four.
    assert _titles(_read("ja_aozora_suichu.txt")) == [
        (1, "父の汚名を雪ぐ――大事な使命"),
        (1, "爺やが殺された――綾子の後悔"),
        (1, "記録は盗まれた――疑わしい人々"),
        (1, "川底に埋まる――平泉文明の遺跡"),
        (1, "怪しい滝山――プログラムの謎"),
    ]


def test_long_lines_need_run_on_paragraphs():
    # 盛雪「远华案黑幕」(GitHub hankinghu/literature-books, 革命与战争/), its list of names,
    # a blank line between all lines: "name description" lines of 17-22 characters stay
    # out of the titles there (the shorter ones of the list are taken already, a defect
    # left as it was); without the run-on guard, 7 of 60 such books of that corpus took
    # lines like these.
    titles = _titles(_read("zh_yuanhua_names.txt"))
    assert titles and all(len(title) <= 16 for _, title in titles)


def test_long_titles_in_run_on_paragraphs():
    # 小熊秀雄「諷刺短篇七種」(小熊秀雄全集-15, cards/000124 2417, no heading notes): the
    # book's contents list names these five; two run to 21 and 20 characters, refused
    # before (their stories ran into the ones above them). The contents' "村会の議題
    # 『旦那の湯加減並に蝋燭製造の件』" (quoted words, over 16 characters) was still refused
    # then; session 32's clause ja_quoted_titles finds it (six of the book's titles).
    assert _titles(_read("ja_aozora_oguma_satire.txt")) == [
        (1, "盗む男の才能に関する話"),
        (1, "暗黒中のインテリゲンチャ虫の趨光性に就いて"),
        (1, "深海に於ける蛸の神経衰弱症状"),
        (1, "芸妓聯隊の敵前渡河"),
        (1, "村会の議題『旦那の湯加減並に蝋燭製造の件』"),
        (1, "一婦人の籐椅子との正式結婚を認めるや否や"),
    ]


def test_quoted_song_is_no_title():
    # Clause run_on_title_quote (review): 北原白秋「フレップ・トリップ」(cards/000106 53493)
    # quotes two folk songs, each blank-set, the text going on under each ("という大島の
    # がっしゃがしゃが節が", "という風に転化されて"); 21 and 23 characters of title
    # characters, they were taken by long_title_run_on. The book's headings stay.
    assert _titles(_read("ja_aozora_hakushu_fure.txt")) == [
        (1, "本斗の一夜"),
        (1, "樺太横断"),
        (1, "小沼農場"),
    ]


def test_telegram_is_no_title():
    # Clause long_title_run_on_telegram (review): 岸田國士「落葉日記」(cards/001154 43805)
    # sets two telegrams apart ("ソチライツタツタカリエコマダカヘラヌ", 18 and 23
    # katakana); the first is followed by "返事がすぐに来た。", so only the katakana
    # tells it from a title.
    assert _titles(_read("ja_aozora_kishida_ochiba.txt")) == [
        (1, "五の一"),
        (1, "五の二"),
        (1, "五の三"),
    ]


def test_haiku_are_no_titles():
    # Clause verse_lines_no_titles (``transforms.cjk_verse_lines``): 永井荷風「自選　荷風百句」
    # (cards/001341 59688), its 夏之部, 秋之部 and 冬之部 as cleaned (heading notes cut): each
    # haiku alone between blank lines, a few under a headnote ("麻布閑居"). Before, 16 haiku
    # were titles (each one whose next block held a headnote) and the three parts none; the
    # book's notes name the parts.
    assert _titles(_read("ja_aozora_kafu_haiku.txt")) == [
        (1, "夏之部"),
        (1, "秋之部"),
        (1, "冬之部"),
    ]


def test_poem_titles_as_long_as_verses_are_kept():
    # Clause verse_lines_no_titles, its share guard (review): 室生犀星「愛の詩集」
    # (cards/001579 53947), every poem kept to its title and first three verse lines
    # (the book's titles are found as in the whole text). Its opening poems set one verse
    # to a line (15 pairs of long lines), but only 43 of its 88 title lines are long: the
    # poem titles as long as verses stay titles (without the share, 74 -> 48 titles).
    titles = [title for _, title in _titles(_read("ja_aozora_ai_no_shishu.txt"))]
    assert len(titles) == 74
    for title in (
        "故郷にて作れる詩",
        "未完成の詩の一つ",
        "萩原に与へたる詩",
        "永遠にやつて来ない女性",
        "何故詩をかかなければならないか",
    ):
        assert title in titles


def test_names_list_makes_no_verse_pairs():
    # Clause verse_lines_no_titles, its one-run guard (review): 盛雪「远华案黑幕」
    # (GitHub hankinghu/literature-books, 革命与战争/), its last chapters and its list of
    # names, a blank line between all lines, a paragraph over 40 characters cut after its
    # first sentence. "贾庭安 江泽民办公室主任" / "王冶坪 江泽民妻子" stand one under the
    # other as verses would; a space splits them, so they make no pairs and the long
    # chapter titles stay (without the guard, 79 -> 8 titles, these four lost).
    titles = [title for _, title in _titles(_read("zh_yuanhua_chapters_names.txt"))]
    assert len(titles) == 79
    for title in (
        "与李鹏之子交情的传奇和事实",
        "国安特务邓亚军趁火打劫",
        "中国驻加拿大大使馆发出承诺书",
        "和专案组越洋联络",
    ):
        assert title in titles


def test_chapter_titles_with_text_between_make_no_pairs():
    # Clause verse_lines_no_titles, its "only blank lines between" condition (review):
    # 吉川英治「剣難女難」(cards/001562 56151), its first 14 chapters, each section kept to
    # three lines, a line over 40 characters cut after its first sentence. Every chapter
    # title is long ("武名競べ血飛沫鹿の子", "桔梗河原の怪剣客"), but text stands between
    # two of them: no pairs, and the titles stay over their sections 一..七 (counting
    # titles with text between as pairs, all 14 were lost).
    titles = [
        title for level, title in _titles(_read("ja_aozora_kennan_chapters.txt")) if level == 1
    ]
    assert len(titles) == 14
    assert titles[:3] == ["武名競べ血飛沫鹿の子", "桔梗河原の怪剣客", "負け試合音無瀬川心中"]
