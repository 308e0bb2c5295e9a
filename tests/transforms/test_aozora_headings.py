"""Clauses aozora_heading_marks, aozora_sections, aozora_run_in_line
(``transforms.aozora_headings``, ``transforms.aozora``) on excerpts of Aozora Bunko
files (GitHub aozorahack/aozorabunko_text): 宮本百合子「日記　一九二二年」(card 46241)
and 小林多喜二「工場細胞」(card 1466). Public domain."""

import dataclasses

from schemas import Document
from transforms.boilerplate import remove_boilerplate
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# 日記 (1922): run-in date headings, "（月曜）晴" after the heading on its line.
DIARY = """日記
一九二二年（大正十一年）

　去年の日記に所謂九星の表がついて居た。

［＃１字下げ］一月二日［＃「一月二日」は同行中見出し］（月曜）晴
　午前中林町に行く。午後、関さん、Ｋ、俊ちゃん［＃下島俊一、精一郎の従弟］来る。

［＃１字下げ］一月三日［＃「一月三日」は同行中見出し］（火曜）晴
　午後から、思いがけず笹川さんが来る。
"""

# 工場細胞: a part and its first chapter, both run-in, on one line.
FACTORY = """工場細胞
小林多喜二

［＃１０字下げ］上［＃「上」は同行大見出し］　一［＃「一」は同行中見出し］

　金網の張ってある窓枠《まどわく》に両手がかゝって――その指先きに力が入った。

［＃５字下げ］二［＃「二」は中見出し］

　その夏は暑かった。しかし秋は雨と氷雨が代り番に続いて、港街が荒さんだ。
"""


def _sections(raw: str):
    cleaned = clean_text(normalize_text(raw))
    st = analyze_text(cleaned.text, markup=cleaned.markup_headings)
    return cleaned, [(s.title, s.level) for s in st.sections if s.title]


def test_run_in_heading_on_its_own_line():
    cleaned, _ = _sections(DIARY)
    assert "\n一月二日\n\n（月曜）晴\n" in cleaned.text
    assert "\n一月三日\n\n（火曜）晴\n" in cleaned.text


def test_sections_are_the_notes():
    cleaned, sections = _sections(DIARY)
    assert [(m.title, m.level, m.source) for m in cleaned.markup_headings] == [
        ("一月二日", 2, "aozora"),
        ("一月三日", 2, "aozora"),
    ]
    assert sections == [("一月二日", 1), ("一月三日", 1)]


def test_levels_of_the_notes():
    cleaned, sections = _sections(FACTORY)
    assert "\n上\n\n一\n\n金網" in cleaned.text
    assert sections == [("上", 1), ("一", 2), ("二", 2)]


def test_offsets_agree_with_the_text():
    cleaned, _ = _sections(FACTORY)
    st = analyze_text(cleaned.text, markup=cleaned.markup_headings)
    for s in st.sections[1:]:
        assert cleaned.text[s.start :].startswith(s.title)


def test_pipeline_stage_carries_the_notes():
    doc = Document("d", "日記.txt", normalize_text(DIARY))
    out = remove_boilerplate(doc)
    assert [m.title for m in out.markup_headings] == ["一月二日", "一月三日"]
    assert "一月二日\n\n（月曜）晴" in out.text


def test_text_without_notes_keeps_inference():
    plain = DIARY.replace("［＃「一月二日」は同行中見出し］", "").replace(
        "［＃「一月三日」は同行中見出し］", ""
    )
    cleaned, _ = _sections(plain)
    assert cleaned.markup_headings == ()
    assert "一月二日（月曜）晴" in cleaned.text


def test_epub_marks_are_kept():
    doc = Document("d", "x", normalize_text(DIARY))
    marks = remove_boilerplate(doc).markup_headings
    kept = dataclasses.replace(doc, markup_headings=marks[:1])
    assert remove_boilerplate(kept).markup_headings == marks[:1]


# 日記 (1922), 二月二十日: a second run-in heading after text on the same line.
MIDLINE = """［＃１字下げ］一月二日［＃「一月二日」は同行中見出し］（月曜）晴
　午前中林町に行く。

［＃１字下げ］二月二十日［＃「二月二十日」は同行中見出し］（月曜）曇◎～二十一日［＃「二十一日」は同行中見出し］
　昨日から病気。長引いて居た故か、今朝おなかがひどく痛く。
"""


def test_run_in_heading_after_text():
    cleaned, sections = _sections(MIDLINE)
    assert "二月二十日\n\n（月曜）曇◎～\n\n二十一日\n昨日から病気" in cleaned.text
    assert sections == [("一月二日", 1), ("二月二十日", 1), ("二十一日", 1)]


# 久生十蘭「魔都」(card 46076): a heading the notes enclose over two lines.
MATO = """魔都
久生十蘭

第一回［＃「第一回」は大見出し］

［＃ここから２字下げ］
［＃ここから中見出し］
一、古市加十［＃「古市加十」は底本では「古川加十」］、月を見る事
　　並に美人の嬌態の事
［＃ここで中見出し終わり］
［＃ここで字下げ終わり］

　甲戌《きのえいぬ》の歳も押詰って、今日は一年のドンじりという極月の三十一日。
"""


def test_heading_over_lines():
    cleaned, sections = _sections(MATO)
    assert [m.lines for m in cleaned.markup_headings] == [1, 2]
    assert sections == [("第一回", 1), ("一、古市加十、月を見る事並に美人の嬌態の事", 2)]


# 江戸川乱歩「虎の牙」(card 56672; paragraphs cut to their first sentence): the legend's
# example quotes a heading note; the legend is cut and its note names no heading.
TORA = "虎の牙\n江戸川乱歩\n\n-------------------------------------------------------\n【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）天野勇一《あまのゆういち》\n\n｜：ルビの付く文字列の始まりを特定する記号\n（例）小林｜芳雄《よしお》\n\n［＃］：入力者注\u3000主に外字の説明や、傍点の位置の指定\n（例）魔法博士［＃「魔法博士」は中見出し］\n-------------------------------------------------------\n\n魔法博士［＃「魔法博士」は中見出し］\n\n\u3000このふしぎなお話は、まず小学校六年生の天野勇一《あまのゆういち》君という少年の、まわりにおこった出来事からはじまります。\n\u3000その出来事というのは、一つはたいへんゆかいな、おもしろくてたまらないようなこと、もう一つは、なんだかゾーッとするような、えたいのしれないおそろしいことでした。\n\u3000ある春の日曜日、天野勇一君は、おうちのそばの広っぱで、野球をして遊んでいました。\n\u3000天野君のキリン・チームは、十八対十五で敵のカンガルー・チームを破り、一戦をおわったので、みんながひとかたまりになって、ガヤガヤとおしゃべりをしているときでした。\n\n\n透明妖怪［＃「透明妖怪」は中見出し］\n\n\u3000勇一君は、その日の晩ごはんの時に、魔法博士のことを、おとうさんに話しましたが、おとうさんは、\n「フーン、そんなへんな人が、あのうちへこして来たのかねえ。\n"


def test_legend_note_names_nothing():
    cleaned = clean_text(normalize_text(TORA))
    assert [m.title for m in cleaned.markup_headings] == ["魔法博士", "透明妖怪"]
    assert [m.before for m in cleaned.markup_headings] == [0, 0]
    assert _sections(TORA)[1] == [("魔法博士", 1), ("透明妖怪", 1)]
