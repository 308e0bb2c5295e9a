"""Clause aozora_ruby_katakana_word (``transforms.aozora_katakana``, session 39): a katakana
reading of a kanji word that is a word of its own (a loanword, a foreign name) stays after
its word in brackets, "喫茶店（キャッフェ）"; before, every kana reading of kanji was dropped.

Data (Aozora mirror aozorahack+aozorabunko_text, raw lines):
- tests/data/ja_aozora_katakana_word_bochi_s39.txt: 久生十蘭「墓地展望亭」(001224 46145): title,
  author, legend, the first three paragraphs and the one with 社交季節《セエゾン》.
- tests/data/ja_aozora_katakana_word_taikoki_s39.txt: 吉川英治「新書太閤記」第七分冊 (001562
  56758): eight lines around a decree read out in katakana-mixed prose.
- tests/data/ja_aozora_katakana_word_shisha_s39.txt: 釋迢空「死者の書」(000933 24379): legend and
  six lines; the book reads its kanji in katakana (ナンケ, イラツメ, トネ)."""

from pathlib import Path

from transforms import aozora
from transforms.aozora_katakana import hiragana_book, katakana_word
from transforms.clean import clean_text
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"


def _clean(name: str) -> list[str]:
    raw = (DATA / name).read_text(encoding="utf-8")
    return clean_text(normalize_text(raw)).text.split("\n")


def test_aozora_ruby_katakana_word_sound_kept():
    """Clause aozora_ruby_katakana_word_sound: "キャッフェ" holds a small "ェ", a sound no
    reading of a kanji has: the loanword stays (before: "名の喫茶店がある")."""
    lines = _clean("ja_aozora_katakana_word_bochi_s39.txt")
    assert lines[3] == (
        "巴里の山の手に、ペール・ラシェーズという広い墓地があって、そのうしろの小高い岡の上に、"
        "≪Belle-vue de Tombeau≫という、一風変った名の喫茶店（キャッフェ）がある。"
    )


def test_aozora_ruby_katakana_word_book_kept():
    """Clause aozora_ruby_katakana_word_book: 土壇《テラッス》 and 社交季節《セエゾン》 hold no
    borrowed sound, but the book's katakana readings do (キャッフェ): the author's choice,
    kept; its hiragana reading 墓地展望亭《ぼちてんぼうてい》 is furigana, dropped."""
    lines = _clean("ja_aozora_katakana_word_bochi_s39.txt")
    assert lines[4].startswith(
        "訳すと、「墓地展望亭」ということにでもなろうか。なるほど、そこの土壇（テラッス）の椅子に坐ると、"
    )
    assert lines[7].startswith(
        "もう、そろそろ冬の「社交季節（セエゾン）」が終りかけようとしているので、"
    )


def test_aozora_ruby_katakana_word_passage_guard():
    """Guard, clause aozora_ruby_katakana_word_passage: in a hiragana book a decree quoted
    in katakana-mixed prose (御諚《ゴジョウ》ニハ, 旌旗《セイキ》ノ) has its readings dropped."""
    lines = _clean("ja_aozora_katakana_word_taikoki_s39.txt")
    assert lines[7] == (
        "「――右府様御諚ニハ、中国ヘノ陣用意出来候エバ、家中ノ士馬、旌旗ノ有様、御覧成サレ度キ御旨ニ候間、"
        "早々、人数召連レラレ罷リ上リ候エ。……と、かようにある」"
    )
    assert lines[3].startswith("槍隊、鉄砲隊、長柄隊など、")


def test_aozora_ruby_katakana_word_book_guard():
    """Guard, clause aozora_ruby_katakana_word_book: a book that reads its kanji in katakana
    (死者の書: no borrowed sound among them) keeps them furigana, dropped."""
    lines = _clean("ja_aozora_katakana_word_shisha_s39.txt")
    assert lines[3] == "こう　こう。お出でなされ。藤原南家郎女の御魂。"
    assert lines[5] == "別の長老めいた者が、説明を續いだ。"
    raw = normalize_text((DATA / "ja_aozora_katakana_word_shisha_s39.txt").read_text("utf-8"))
    assert not hiragana_book(aozora._rubies(raw, []))


def test_aozora_ruby_katakana_word_decisions():
    """The clause on its own: a word with kana, a reading with hiragana, a note: no gloss."""
    text = "彼は喫茶店《キャッフェ》にいた。"
    assert katakana_word(text, 5, 13, "", "キャッフェ", False)
    assert not katakana_word(text, 5, 13, "お茶", "ティー", True)  # a word with kana
    assert not katakana_word(text, 5, 13, "", "きゃっふぇ", True)  # hiragana: furigana
    assert not katakana_word(text, 5, 13, "", "ドア［＃傍点］", True)  # a note in it
