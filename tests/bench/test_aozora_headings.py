"""bench/aozora_headings.py: the gold read from Aozora Bunko's heading notes and the
scoring of found titles against it (lines from 不如帰 and Zinsser's typhus book, card 1493,
an image note of card 1492; the enclosed notes from the sample's card 60661 and card 943)."""

from __future__ import annotations

import aozora_headings as ah


def test_gold_reads_notes_not_image_captions():
    raw = (
        "［＃３字下げ］第１章［＃「第１章」は大見出し］\n"
        "［＃２字下げ］説明と弁解［＃「説明と弁解」は中見出し］\n"
        "［＃「第1章図1」のキャプション付きの図（fig51194_01.png）入る］\n"
        "２　ヒポクラテス［＃「２　ヒポクラテス」は中見出し］\n"
        "上州伊香保《いかほ》［＃「上州伊香保」は窓小見出し］\n"
    )
    assert ah.gold(raw) == [
        ("第1章", "大"),
        ("説明と弁解", "中"),
        ("2ヒポクラテス", "中"),
        ("上州伊香保", "小"),
    ]


def test_score_pairs_a_chapter_and_its_title_but_not_a_part_and_its_chapter():
    true = [("第1章", "大"), ("説明と弁解", "中"), ("1", "小"), ("上編", "大"), ("一の一", "中")]
    found = [("第１章 説明と弁解", 1), ("１", 2), ("上編 一の一", 1)]
    s = ah.score(true, found)
    assert (s["found"], s["right"], s["wrong"]) == (3, 2, ["上編一の一"])
    assert s["missed_titles"] == ["上編", "一の一"]
    assert s["missed"] == {"大": 1, "中": 1}


def test_gold_reads_enclosed_notes_in_text_order():
    raw = (
        "［＃１字下げ］［＃同行大見出し］憂悶［＃同行大見出し終わり］　　"
        "［＃１段階小さな文字］シヤアル・ボオドレヱル［＃小さな文字終わり］\n"
        "［＃５字下げ］一［＃「一」は中見出し］\n"
        "［＃４字下げ］［＃中見出し］第十回　図※［＃「竹かんむり／（金＋碌のつくり）」、"
        "第3水準1-89-79］［＃中見出し終わり］\n"
        "［＃ここから大見出し］\n第二部\n［＃ここで大見出し終わり］\n"
    )
    assert ah.gold(raw) == [("憂悶", "同大"), ("一", "中"), ("第十回図※", "中"), ("第二部", "大")]


def test_run_in_note_matches_its_line():
    # 宮本百合子「日記 一九二七年」(Aozora 000311/46245): "一月六日" is a 同行 heading, the
    # weekday after it is the line's text; a plain 中見出し note must be matched whole.
    raw = (
        "［＃１字下げ］一月六日［＃「一月六日」は同行中見出し］（木曜）\n"
        "［＃１字下げ］一月七日［＃「一月七日」は中見出し］\n"
    )
    true = ah.gold(raw)
    assert true == [("一月六日", "同中"), ("一月七日", "中")]
    s = ah.score(true, [("一月六日（木曜）", 1), ("一月七日（金曜）", 1)])
    assert (s["right"], s["wrong"], s["missed_titles"]) == (1, ["一月七日(金曜)"], ["一月七日"])
    assert s["missed"] == {"中": 1}


def test_inference_mode_cuts_heading_notes_only():
    # 工場細胞 (card 1466) and 福翁自伝 (card 1864): heading notes go, others stay
    raw = (
        "［＃１０字下げ］上［＃「上」は同行大見出し］　一［＃「一」は同行中見出し］\n"
        "儒教主義の教育［＃「儒教主義の教育」は窓中見出し］夫れから最《も》う一つ\n"
        "［＃中見出し］二［＃中見出し終わり］\n"
    )
    assert ah.HEADING_NOTES.sub("", raw) == (
        "［＃１０字下げ］上　一\n儒教主義の教育夫れから最《も》う一つ\n二\n"
    )


def test_gaiji_of_a_note_matches_its_character():
    # card 1768's heading "輪※［＃「廴＋囘」...］と轉生": the pipeline writes the character
    assert ah.score([("輪※と轉生", "中")], [("輪𢌞と轉生", 2)])["right"] == 1
    assert ah.score([("輪※と轉生", "中")], [("輪廻と転生", 2)])["right"] == 0
