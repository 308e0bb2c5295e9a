"""Session 38 ruby clauses (``transforms.aozora_glosses``, called by ``transforms.aozora``):
``aozora_ruby_gloss_katakana`` (a Latin base glossed in katakana), ``aozora_ruby_unbarred``
with ``aozora_ruby_kanji_reading`` and ``aozora_ruby_lookalike_kana`` (a 《》 the notation's
rule did not read: before, it reached the training text whole).

Data: tests/data/ja_aozora_ruby_glosses_s38.txt, a legend of the notation and real lines of
the aozorabunko_text mirror: 000183 52844 (EL Dorado《ユートピア》), 000282 1714 (PRECIOUS
MAN《ヤクザ・モン》), 000183 52837 (I found the Truth《ユリイカ！　　ユリイカ！》, its notes of
horizontal setting cut), 000129 45254 (Faubourg《フォオブウル》, Germain, Coeur), 000150 46615
(who's who《フウズフウ》), 000363 56656 (Cinq sous《サン　スウ》), 001699 57474 (石見銀山
《猫イラズ》, its note mark cut), 000311 4011 (声《判断》), 001869 59470 (午後四時《七つ》), 000272
4371 (無邪気《イノセン卜》, 卜 typed for ト), 000077 1323 (煙筒《チム子ー》, 子 for ネ; the
sentence's end)."""

from pathlib import Path

from transforms.aozora_glosses import bare_ruby, katakana_gloss
from transforms.clean import clean_text
from transforms.normalize import normalize_text

RAW = (Path(__file__).parent.parent / "data" / "ja_aozora_ruby_glosses_s38.txt").read_text(
    encoding="utf-8"
)


def _text() -> str:
    return clean_text(normalize_text(RAW)).text


def test_aozora_ruby_gloss_katakana_kept():
    text = _text()
    assert "夫々の、EL Dorado（ユートピア）……への身構へであつて" in text
    assert "「A PRECIOUS MAN（ヤクザ・モン）!」" in text
    assert "わたしは“I found the Truth（ユリイカ！　　ユリイカ！）”――Truth, と鳴らし" in text


def test_aozora_ruby_gloss_katakana_guard_transliterations_dropped():
    # A katakana reading that spells its Latin base goes, as before.
    text = _text()
    assert "「でも who's who には六十一歳とありますわ。」" in text.split("\n")
    assert "ああそうだ、フランス語で『Cinq sous』をうたおうよ！" in text.split("\n")
    for base, reading in [
        ("Coeur", "キョオル"),
        ("Germain", "ジェルメン"),
        ("Vis-a`-vis", "ウィザ"),
    ]:
        assert not katakana_gloss(base, reading), base
    for base, reading in [("Simon", "シモン"), ("Champ fleury", "シャンフルウリイ")]:
        assert not katakana_gloss(base, reading), base


def test_aozora_ruby_unbarred_latin_readings_dropped():
    # 《》 after a Latin word without "｜" ("Faubourg《フォオブウル》"): was left whole.
    assert (
        "Faubourg Saint-Germain の娘子供を集めて 〔Sacre`〕-Coeur の尼達が、この間で讃美歌を"
        "歌わせていたのであろう。" in _text().split("\n")
    )


def test_aozora_ruby_kanji_reading_kept_as_gloss():
    lines = _text().split("\n")
    assert any("その間大家は石見銀山（猫イラズ）をそこいら中に仕掛けた。" in t for t in lines)
    assert any("町の踊りについての民衆の声（判断）があったわけです。" in t for t in lines)
    assert "午後四時（七つ）、たがいの先鋒に依って合戦のひぶたは切られた。" in lines
    assert "《" not in _text() and "》" not in _text()


def test_aozora_ruby_lookalike_kana_dropped():
    lines = _text().split("\n")
    assert any(
        "モンテイロ街のペトラの下宿で、皿の上の無邪気な、一肉片に変形して" in t for t in lines
    )
    # 檣《マスト》: a loanword read in katakana, kept since session 39 (clause
    # aozora_ruby_katakana_word; the book 000077 1323 keeps it too); 煙筒《チム子ー》 dropped
    assert (
        "此船噸數一千噸位、船體は黒色に塗られて、二本煙筒に二本檣（マスト）、軍艦でない事は分つて居る。"
        in lines
    )


def test_aozora_ruby_unbarred_decision():
    # bare_ruby on other mirror cases: an editor's reading in brackets (000908 51734
    # "兼而《（かねて）》", 000148 58842 "益《〔ますます〕》") and a katakana reading with a gaiji
    # note (000311 2012 "並木道《ブリ※［＃濁点付き片仮名ワ、1-7-82］ール》") go; another script
    # over kana (000005 53194 "ありがとう《メルシ》") and a word over kanji (000081 47027
    # "合図《wink》") stay as glosses; a reading of kana with a typist's note goes; one
    # with a kanji and a note (a note's edit inside it) stays as it is.
    def gloss(base, reading):
        return False

    assert bare_ruby("兼而", "（かねて）", gloss) == ""
    assert bare_ruby("僅", "〔わず〕", gloss) == ""
    assert bare_ruby("丁度並木道", "ブリ※［＃濁点付き片仮名ワ、1-7-82］ール", gloss) == ""
    assert bare_ruby("「ありがとう", "メルシ", gloss) == "（メルシ）"
    assert bare_ruby("青い合図", "wink", gloss) == "（wink）"
    assert bare_ruby("その間大家は石見銀山", "猫イラズ", gloss) == "（猫イラズ）"
    # Over a Cyrillic letter or a mark (001155 51366 "ロシア語のП《ペー》", 000096 47765
    # "「○○《ヒミツ》だぜ"): a reading of kana goes.
    assert bare_ruby("すると、ロシア語のП", "ペー", gloss) == ""
    assert bare_ruby("「○○", "ヒミツ", gloss) == ""
    assert bare_ruby("自分の過", "あやま［＃「ま」は、底本では欠如］", gloss) == ""  # 000989 351
    assert bare_ruby("の", "猫※［＃「けものへん＋穴」、第4水準2-80-40］", gloss) is None


def test_aozora_ruby_unbarred_legend_title_marks_kept():
    # Review: a Japanese text without Aozora's legend (a modern or web novel with kana rubies
    # enough to read the notation) may use 《》 as the title or name mark; they stay as written
    # (before the guard: "彼は（源氏物語）を読み", "スキル（鑑定）"). Its kana rubies still go.
    raw = (
        "　彼は石見銀山《いわみぎんざん》を飲んだ。私は東京《とうきょう》に住む。昔《むかし》の話。\n\n"
        "　そして彼は《源氏物語》を読み、紫式部《源氏物語》の作者を思った。スキル《鑑定》を使う。\n\n"
    ) * 3
    text = clean_text(normalize_text(raw)).text
    assert "彼は石見銀山を飲んだ。私は東京に住む。昔の話。" in text
    assert (
        "そして彼は《源氏物語》を読み、紫式部《源氏物語》の作者を思った。スキル《鑑定》を使う。"
        in text
    )
    assert "（" not in text


def test_aozora_ruby_unbarred_guards_review():
    # Review: the guards the tests above did not reach, each on a case it decides.
    from transforms.aozora import _gloss

    def gloss(base, reading):
        return False

    # A table's or a site's ASCII "|" before the word (clause aozora_ruby_ascii_bar_kana).
    assert bare_ruby("目录|三国演义", "三国志", gloss) is None
    # Latin over Latin stays as written ("Chart《appendix》", code).
    assert bare_ruby("See the Chart", "appendix", gloss) is None
    # A Latin word glossed in kanji keeps its gloss (002035 61389 "しばしば「she《彼女》").
    assert bare_ruby("思われており、しばしば「she", "彼女", _gloss) == "（彼女）"
    # Over a digit or a mark a reading holding a kanji stays as a gloss.
    assert bare_ruby("その男は第８", "八番目", gloss) == "（八番目）"
    # A kana reading over 40 letters after a kanji is a reading: it goes (000283 50567).
    reading = "じょうらいすいせつじょうざんりょうもんしえきもうぶつほんがんいざいしゅじょう"
    assert bare_ruby("仏本願意在衆生一向専称弥陀仏名", reading, gloss) == ""
    # "eu"/"u" read with ユ spells its base: no gloss.
    assert not katakana_gloss("Europe", "ユウロップ")


def test_aozora_ruby_unbarred_note_inside_reading():
    # The gaiji note inside a reading that goes goes with it, once (000311 2012).
    legend = (
        "-" * 55
        + "\n【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）並木道《なみきみち》\n"
        + "-" * 55
        + "\n"
    )
    raw = (
        "題\n作者\n\n"
        + legend
        + "\n　丁度並木道《ブリ※［＃濁点付き片仮名ワ、1-7-82］ール》を歩いた。\n"
    )
    text = clean_text(normalize_text(raw)).text
    assert "丁度並木道を歩いた。" in text


def test_aozora_ruby_unbarred_iteration_mark_reading_dropped():
    # Review: a kana reading with "々" (000118 1745 "疊《た々み》") is a reading: it goes
    # (before: kept as a gloss "疊（た々み）").
    assert bare_ruby("彼はそれでも疊", "た々み", lambda base, reading: False) == ""


def test_aozora_ruby_unbarred_editor_part_dropped():
    # Review: an editor's part of a reading in brackets ("姿《（すが）た》", 000064 4527) is a
    # reading: it goes (before: "姿（（すが）た）"); a kanji in brackets stays a gloss.
    gloss = lambda base, reading: False  # noqa: E731
    assert bare_ruby("結びたる姿", "（すが）た", gloss) == ""
    assert bare_ruby("薩州先ン侯", "カウ（斉彬）", gloss) == "（カウ（斉彬））"
