"""Clause aozora_ruby_gloss (transforms.aozora, session 37): a ruby after "｜" whose reading
is a translation, not a reading, stays after its base in brackets, as the page shows it to a
reader: "｜status quo《現体制》" -> "status quo（現体制）". Before, it went with the markup and
the meaning with it (the Aozora mirror: 92 glosses in 28 texts, 77 distinct, against 158,776
readings after "｜" dropped).

Data: tests/data/ja_aozora_ruby_glosses.txt, real lines of the aozorabunko_text mirror (a
legend of the notation, then one sentence each): 002035 59408 (status quo), 001882 58275
(dramatis personae), 002010 60081 (Ich hatt' ein Kameraden, its note mark cut), 001952 58702
(カルチェ・ラタン《学生街》), 001155 51860 チェーホフ「かもめ」 (Comme il faut《しゃんとして》),
001383 56868 谷崎「盲目物語」 (｜えちぜん《越前》: kana written, kanji as its ruby), and the
readings that stay dropped: 000363 56656 罪と罰 (Cinq sous《サン　スウ》), 000120 1396
(Sentiment 色《さんちまんいろ》), 000311 4206 (違い《チ［＃傍点］ガエ》), 000157 43445
(区分《クラシフ※［＃小書き片仮名ヒ…］ケーシヨン》)."""

from pathlib import Path

from transforms.aozora import _gloss
from transforms.clean import clean_text
from transforms.normalize import normalize_text

RAW = (Path(__file__).parent.parent / "data" / "ja_aozora_ruby_glosses.txt").read_text(
    encoding="utf-8"
)


def _lines() -> list[str]:
    return clean_text(normalize_text(RAW)).text.split("\n")


def test_aozora_ruby_gloss_kanji_readings_kept():
    """A reading holding a kanji translates its base: kept in brackets."""
    lines = _lines()
    assert (
        "それらの関心の的は status quo（現体制） の維持なのであり、従って一般人が知的になり過ぎないように活動している。"
        in lines
    )
    assert any("細部および dramatis personae（登場人物） における一貫性" in t for t in lines)
    assert (
        "彼は歯の間からIch hatt' ein Kameraden（我に一人の戦友ありき）を口笛で吹き、公孫の先に立って崖を登っていった。"
        in lines
    )
    assert (
        "私がカルチェ・ラタン（学生街）の男であるようにお前はカルチェ・ラタンの猫なのかい？"
        in lines
    )
    assert "またえちぜん（越前）の朝倉は浅井家とふかい義理のある仲だから" in lines


def test_aozora_ruby_gloss_hiragana_for_latin_kept():
    """A Latin base read in hiragana is translated, not read ("Comme il faut《しゃんとして》");
    the plain reading on the same line ("家《うち》") still goes."""
    lines = _lines()
    assert any(
        t.endswith("いつも Comme il faut（しゃんとして） いますよ。一あし家を出るにしたって、")
        for t in lines
    )


def test_aozora_ruby_gloss_guard_readings_dropped():
    """What stays a reading (dropped as before): a Latin phrase read in katakana, a Latin
    base with a kanji read in hiragana, a reading holding a note (emphasis, a gaiji kana)."""
    lines = _lines()
    assert "ああそうだ、フランス語で『Cinq sous』をうたおうよ！" in lines
    assert "赤、紺青、土耳古珠色、「黄なつぽい」Sentiment 色、" in lines
    assert "こういう音は馬力を出して居るに違いない\u3000音でわかりますよ」" in lines
    assert "「快楽」と「実用」との二大区分ある事。" in lines


def test_aozora_ruby_gloss_decision():
    """The decision itself, on the mirror's bases and readings."""
    assert _gloss("status quo", "現体制") and _gloss("M.O.I.", "英国情報省")
    assert _gloss("〔Quand nous e'tions deux〕", "おまえとふたりでいたときにゃ")
    assert _gloss("The Coming of St. Authony", "オーソニーもやつてきた")
    assert not _gloss("Cinq sous", "サン\u3000スウ")
    assert not _gloss("Sentiment 色", "さんちまんいろ")
    assert not _gloss("GANGES 河", "ガンジュが")
    assert not _gloss("麦藁帽", "むぎわらぼう")
    assert not _gloss("違い", "チ［＃「チ」に傍点］ガエ")


def test_aozora_ruby_gloss_romaji_name_is_a_reading():
    """Clause aozora_ruby_gloss_romaji (review): a Japanese name spelled in Latin letters and
    read in hiragana is a reading, dropped ("門に ｜T. Hamashima《はまじまたけぶみ》, と記して",
    000077 1323 押川春浪「海底軍艦」, the one such of the mirror's 92); a Latin word with a
    hiragana translation stays a gloss."""
    line = "門に ｜T. Hamashima《はまじまたけぶみ》, と記してあるのは此處と案内を乞ふと、直ぐ見晴しのよい一室に通された。"
    assert not _gloss("T. Hamashima", "はまじまたけぶみ")
    assert not _gloss("Tokyo", "とうきょう") and not _gloss("Shinjuku", "しんじゅく")
    assert _gloss("Comme il faut", "しゃんとして") and _gloss("amore", "こい")
    assert _gloss("in saecula saeculorum", "とこしえ")
    cleaned = clean_text(normalize_text(RAW.rstrip("\n") + "\n" + line + "\n")).text
    assert "門に T. Hamashima, と記してある" in cleaned
