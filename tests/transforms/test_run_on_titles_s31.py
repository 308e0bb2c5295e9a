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
    # 野村胡堂「水中の宮殿」(cards/001670 56710), its first four chapters: every heading joins
    # two phrases by "――" (the notes name each as a 中見出し); none was found before.
    assert _titles(_read("ja_aozora_suichu.txt")) == [
        (1, "父の汚名を雪ぐ――大事な使命"),
        (1, "爺やが殺された――綾子の後悔"),
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
    # 『旦那の湯加減並に蝋燭製造の件』" (quoted words, over 16 characters) is still refused.
    assert _titles(_read("ja_aozora_oguma_satire.txt")) == [
        (1, "盗む男の才能に関する話"),
        (1, "暗黒中のインテリゲンチャ虫の趨光性に就いて"),
        (1, "深海に於ける蛸の神経衰弱症状"),
        (1, "芸妓聯隊の敵前渡河"),
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
