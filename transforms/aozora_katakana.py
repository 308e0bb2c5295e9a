"""Katakana readings of kanji that carry a word of their own (session 39).

Clause ``aozora_ruby_katakana_word``: Aozora's ruby markup (``transforms.aozora``) dropped
every kana reading of a kanji word as furigana. But a book set in hiragana readings writes a
reading in katakana on purpose: a loanword or a foreign name the kanji only translate or
spell ("喫茶店《キャッフェ》", "扉《ドア》", "硝子《ガラス》", "倫敦《ロンドン》", "上海《シャンハイ》",
"両班《ヤンパン》"), a word the author glosses ("知《チ》は美称なり"). Dropped, the word the
author wrote was lost: the text said 扉 where the book says ドア. Such a reading stays after
its word in brackets, as the page shows it and as clause ``aozora_ruby_gloss_katakana`` keeps a
Latin word's: "喫茶店（キャッフェ）". Mirror (17,436 texts, ``/tmp/wtG39/gikun.py``): 81,249
katakana readings of kanji in 5,864 texts; in the 4,864 texts whose kanji readings are mostly
hiragana the most common are 扉/ドア 1,510, 硝子/ガラス 926, 仏蘭西/フランス 783, 独逸/ドイツ 609.

A reading is such a word when, of the readings of kanji ``rubies`` gives:

* clause ``aozora_ruby_katakana_word_sound``: it holds a sound of a borrowed word, which no
  reading of a kanji has: the long-vowel bar "ー" or a small vowel or "ヴ" ("ティ", "ファ",
  "ヴェ"): "卓《テーブル》", "悲劇《トラジディ》", in any book;
* clause ``aozora_ruby_katakana_word_book``: or the book writes its readings of kanji in
  hiragana, so katakana is the author's choice: fewer katakana readings than hiragana ones,
  or at least ``BORROWED_SHARE`` of its katakana readings hold a borrowed sound (a book full
  of foreign words, 久生十蘭「墓地展望亭」: 274 katakana readings of kanji, 154 hiragana, 47%
  with a borrowed sound). Of the mirror's 293 books with more katakana readings (10 or more),
  191 have under 10% with such a sound (折口信夫: 0 of 2,216), the others 10-100%.

Guards: a book that writes its readings in katakana (折口信夫's 額《ヌカ》, 闇《ヤミ》, kanbun
read in katakana) keeps them readings, dropped (clause
``aozora_ruby_katakana_word_book``); so does a passage written in katakana in a hiragana book
(a quoted decree "御諚《ゴジョウ》ニハ、中国ヘノ陣", clause ``aozora_ruby_katakana_word_passage``:
the nearest kana either side on the line, readings left out, are katakana); a reading with hiragana or a note in it; a word with kana in it ("｜お茶《ティー》").

Clause ``aozora_ruby_katakana_word_neighbours`` (session 40): katakana on both sides is no
passage where it is a word of a hiragana sentence, a run of two katakana letters or more with
hiragana beyond it: "悪質なメキシコドル、香港《ホンコン》ドルなどの洋銀" keeps ホンコン (dropped in
session 39). Mirror: 62 readings in 56 texts kept that were dropped, no other decision changed
(``/tmp/wtG40/scan.py``); of the 62 read, 57 loanwords or foreign words (倫敦《ロンドン》タイムス,
伯林《ベルリン》フィルハーモニー, 瓦斯《ガス》ストーヴ), 5 readings of Japanese words (種崎《タネザキ》,
搗《カチ》グリ, a dialect's 又《マダ》, a Korean speaker's 三村《ミチュムラ》, a kanbun name before a note).
"""

from __future__ import annotations

import re

PASSAGE = 20
BORROWED_SHARE = 0.1
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc-\u30fe・\u3000]+")
_HAS_KATAKANA = re.compile("[\u30a1-\u30fa]")
_HIRAGANA = re.compile("[\u3041-\u3096]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff々〆ヶ\U00020000-\U0003134f]")
_SOUND = re.compile("[ーァィゥェォヴ]")  # clause aozora_ruby_katakana_word_sound
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_READINGS = re.compile("《[^《》\n]*》|［＃[^］\n]*］")
# Clause aozora_ruby_katakana_word_neighbours (session 40): the katakana next to the ruby is a
# word of a hiragana sentence, not a passage's grammar, when hiragana stands beyond its run:
# "悪質なメキシコドル、香港《ホンコン》ドルなどの洋銀" (藤村「夜明け前」). A passage's katakana
# (ニハ, ノ, リ) runs to a kanji or a mark: "御諚《ゴジョウ》ニハ、中国ヘノ陣".
_RUN = "[\u30a1-\u30fa][\u30a1-\u30fa\u30fc・]+"  # a word: two letters or more (not okurigana ク)
_NOT_KANA = "[^\u3041-\u3096\u30a1-\u30fa]*"
_WORD_BEFORE = re.compile(f"[\u3041-\u3096]{_RUN}{_NOT_KANA}\\Z")
_WORD_AFTER = re.compile(f"{_NOT_KANA}{_RUN}[\u3041-\u3096]")


def katakana(reading: str) -> bool:
    return _KATAKANA.fullmatch(reading) is not None and bool(_HAS_KATAKANA.search(reading))


def kanji_word(word: str) -> bool:
    """A ruby's base (``word``, "" for a reading right after kanji) is a kanji word."""
    return not word or (bool(_HAN.search(word)) and not _HIRAGANA.search(word)
                        and not _HAS_KATAKANA.search(word))  # fmt: skip


def hiragana_book(rubies) -> bool:
    """Clause ``aozora_ruby_katakana_word_book``: the book of ``rubies`` (``aozora._rubies``)
    writes its readings of kanji in hiragana, so its katakana ones are the author's choice:
    fewer katakana readings than hiragana ones, or at least ``BORROWED_SHARE`` of the katakana
    ones hold a borrowed sound (a book full of foreign words: 久生十蘭, 宮本百合子)."""
    kata = hira = borrowed = 0
    for *_, word, reading in rubies:
        first = reading[:1]
        if "\u30a1" <= first <= "\u30fe" and kanji_word(word) and katakana(reading):
            kata += 1
            borrowed += _SOUND.search(reading) is not None
        elif _HIRAGANA.search(reading) and kanji_word(word):
            hira += 1
    return kata < hira or borrowed >= BORROWED_SHARE * kata


def _passage(text: str, start: int, end: int) -> bool:
    """Clause ``aozora_ruby_katakana_word_passage``: the ruby ``text[start:end]`` stands in
    a passage written in katakana: the nearest kana before it and after it on its line
    (within ``PASSAGE`` characters, readings and notes left out; one of them at least) are
    katakana ("旌旗《セイキ》ノ有様", "罷《マカ》リ上《ノボ》リ候エ")."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    before = _READINGS.sub("", text[max(line, start - PASSAGE) : start])
    after = _READINGS.sub("", text[end : min(end + PASSAGE, len(text) if stop < 0 else stop)])
    near = _KANA.findall(before)[-1:] + _KANA.findall(after)[:1]
    if not near or not all(_HAS_KATAKANA.match(c) for c in near):
        return False
    # clause aozora_ruby_katakana_word_neighbours: katakana words of a hiragana sentence
    words = (_WORD_BEFORE.search(before) if _KANA.search(before) else True,
             _WORD_AFTER.match(after) if _KANA.search(after) else True)  # fmt: skip
    return not all(words)


def katakana_word(text: str, start: int, end: int, word: str, reading: str, book: bool) -> bool:
    """Clause ``aozora_ruby_katakana_word``: the ruby ``text[start:end]`` (its word ``word``,
    its reading ``reading``) is a katakana word kept in brackets; ``book`` is
    ``hiragana_book`` of the text's rubies."""
    if not "\u30a1" <= reading[:1] <= "\u30fe" or not katakana(reading) or not kanji_word(word):
        return False  # (the first letter first: most readings are hiragana)
    if _SOUND.search(reading):
        return True
    return book and not _passage(text, start, end)
