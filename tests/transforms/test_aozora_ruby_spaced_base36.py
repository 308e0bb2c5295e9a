"""Clause aozora_ruby_spaced_base (transforms.aozora, session 36): after "｜" the ruby base
may be a Latin phrase with spaces; the bar and the reading go, the phrase stays. Before,
the whole markup was left in the training text (94 times in 46 of the aozorabunko_text
mirror's texts)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# aozorahack/aozorabunko_text cards/001224/files/46145_ruby_36742: 久生十蘭「墓地展望亭」,
# its legend (which gives this very base as the example of "｜") and first paragraphs.
RAW = (
    "墓地展望亭\n久生十蘭\n\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）喫茶店《キャッフェ》\n\n"
    "｜：ルビの付く文字列の始まりを特定する記号\n"
    "（例）｜Belle-vue de Tombeau《ベル・ビュウ・ド・トンボウ》\n\n"
    "-------------------------------------------------------\n\n"
    "\u3000巴里の山の手に、ペール・ラシェーズという広い墓地があって、そのうしろの小高い岡の上に、"
    "≪｜Belle-vue de Tombeau《ベル・ビュウ・ド・トンボウ》≫という、一風変った名の喫茶店《キャッフェ》がある。\n"
    "\u3000訳すと、「墓地展望亭《ぼちてんぼうてい》」ということにでもなろうか。なるほど、"
    "そこの土壇《テラッス》の椅子に坐ると、居ながらにして、眼の下に墓地の全景を見渡すことが出来る。\n"
)


def test_aozora_ruby_spaced_base_hisao_juran():
    text = clean_text(normalize_text(RAW)).text
    # session 39, clause aozora_ruby_katakana_word: the loanword reading stays (was dropped)
    assert "≪Belle-vue de Tombeau≫という、一風変った名の喫茶店（キャッフェ）がある。" in text
    assert "｜" not in text and "《" not in text and "ベル・ビュウ" not in text


def test_aozora_ruby_spaced_base_mixed_and_ideographic_space():
    """A mixed base, "｜Sentiment 色《さんちまんいろ》" (a Latin word, a space, a kanji), and a reading with an
    ideographic space, "｜Cinq sous《サン\u3000スウ》" (罪と罰, 56656)."""
    body = "彼女の｜Sentiment 色《さんちまんいろ》の衣裳は、｜Cinq sous《サン\u3000スウ》で買えるものではない。\n"
    text = clean_text(normalize_text(RAW + body)).text
    assert "彼女のSentiment 色の衣裳は、Cinq sousで買えるものではない。" in text


def test_aozora_ruby_spaced_base_guards():
    """What stays as it was: a base that starts with a space, one with a sentence mark (a
    kanbun line "｜蠅以癡。鼠以黠。《...》"), a lone "？", a base without a Latin letter
    and spaces ("｜ 　《しめ》"), and the markup in a Chinese text (no kana)."""
    lines = [
        "その家は｜ obscene house《ナンバー・ナイン》と呼ばれた。",
        "｜蠅以癡。鼠以黠。《はへはちをもつてしねずみはきつをもつてす》",
        "｜？《クエスチヨンマーク》",
    ]
    text = clean_text(normalize_text(RAW + "\n".join(lines) + "\n")).text
    assert "｜ obscene house《ナンバー・ナイン》" in text
    assert "｜蠅以癡。鼠以黠。《はへはちをもつてしねずみはきつをもつてす》" in text
    assert "｜？《クエスチヨンマーク》" in text


def test_aozora_ruby_spaced_base_review_guards():
    """Review (session 36): the guards no test held. A spaced base without a Latin letter,
    one with a sentence mark, a bar or a colon inside, and one that ends with a space stay as
    they are (only a Latin phrase that starts and ends with a letter or mark is read)."""
    lines = [
        "｜いろ は《いろは》の歌。",
        "｜Yes。No《イエス》と言った。",
        "｜stray sheep 《ストレイ、シープ》と書いた。",
        "｜Name | Full name《フルネーム》の欄。",
        "｜Note: Full name《フルネーム》の欄。",
    ]
    text = clean_text(normalize_text(RAW + "\n".join(lines) + "\n")).text
    assert "｜いろ は《いろは》" in text
    assert "｜Yes。No《イエス》" in text
    assert "｜stray sheep 《ストレイ、シープ》" in text
    assert "｜Name | Full name《フルネーム》" in text
    assert "｜Note: Full name《フルネーム》" in text
    chinese = "他在｜New York《纽约》住了三年，写了《纽约客》一书。\n" * 3
    assert clean_text(chinese).text.count("｜New York《纽约》") == 3
