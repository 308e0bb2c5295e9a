"""Clause aozora_ruby_unbarred_marks (``transforms.aozora_glosses.MARKED``, session 39): with
Aozora's legend a ruby on a mark ("△《さんかく》", "＋《プラス》", "抑ゝ《そもそも》"), on a Latin
word's "." ("Str.《シユトラセ》") or after a space the typist left ("Lha-mo-Sambha-cho
《ハーモ・サムバ・チョウ》", "※［＃…］ 《も》ぎ離した") reached the training text whole.

Data: tests/data/ja_aozora_ruby_marks_s39.txt, the head and legend of 泉鏡花「春昼後刻」(000050
46532) and real lines of the mirror: 000050 46532 (△《さんかく》), 001059 53506 (斎藤茂吉, Str.
《シユトラセ》, cut after its sentence), 000879 187 (芥川「百合」, a gaiji note, a space, 《も》),
000125 665 (小栗虫太郎「人外魔境 天母峰」), 000311 3074 (宮本百合子, ＋《プラス》, its first sentence),
000074 431 (梶井基次郎, 抑ゝ《そもそも》, one sentence), and the guards: 000081 455 (ガドルフの百合's
note on the notation, "「《ルビ》」") and 000118 1745 (an errata list, "【《かけ》→《か》】")."""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text

RAW = (Path(__file__).parent.parent / "data" / "ja_aozora_ruby_marks_s39.txt").read_text(
    encoding="utf-8"
)


def _lines(raw: str = RAW) -> list[str]:
    return clean_text(normalize_text(raw)).text.split("\n")


def test_aozora_ruby_unbarred_marks_mark_readings():
    lines = _lines()
    assert lines[3].endswith("やめたのもあるが、○と□△ばかり。")
    assert lines[7].startswith("自然は、人間の恋愛を唯だ男性と女性との＋だけでは終らせず、")
    assert lines[8] == "何気ない眼附きをしようなど思うのが抑ゝの苦しむもとです。"


def test_aozora_ruby_unbarred_marks_latin_dot_and_space():
    lines = _lines()
    assert lines[4].endswith("三四軒見て廻つた。Pestalozzi Str. 十四番地の一間を見た。")
    # after a space: the Latin name's reading as session 38's rule reads a Latin base
    # (l- read ハ: a gloss), no raw 《》 left
    assert (
        lines[6]
        == "「君は、 Lha-mo-Sambha-cho （ハーモ・サムバ・チョウ）を知っているかね」と訊いた。"
    )


def test_aozora_ruby_unbarred_marks_gaiji_space():
    # the gaiji note's reading and the typist's space go: "毮ぎ離した" (毮: 第4水準2-78-12)
    assert _lines()[5].endswith("怖い顔をした惣吉の母は楽々とその手を毮ぎ離した。")


def test_aozora_ruby_unbarred_marks_guards_quoted_notation():
    """Guard: after "「", "【", "→" the notation is quoted, not used: left as written."""
    lines = _lines()
    assert lines[9] == "●ルビは「《ルビ》」の形式で処理した。"
    assert (
        lines[10] == "○p183-2掛けた。【《かけ》→《か》】　○p185-13出たがんだから【《て》→《で》】"
    )


def test_aozora_ruby_unbarred_marks_guard_no_legend():
    """Guard: without Aozora's legend (a Japanese text with rubies of its own) a 《》 on a
    mark or after a space is not read: "＋《プラス》" and "彼は 《源氏物語》" stay."""
    body = RAW.split("-------------------------------------------------------\n")[-1]
    raw = body + "\n　彼は 《源氏物語》を読み、＋《プラス》と書いた。\n"
    lines = _lines(raw)
    assert "彼は 《源氏物語》を読み、＋《プラス》と書いた。" in lines
    assert any("女性との＋《プラス》だけでは終らせず" in t for t in lines)
