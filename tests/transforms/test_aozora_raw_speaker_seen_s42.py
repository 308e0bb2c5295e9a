"""Clause aozora_hard_wrapped_raw_speaker_seen (``transforms.ja_hard_wrap``, session 42): the
raw-column speaker clause (session 41) keeps a break before a line opening with a name and "　"
only where that name opens another line of the text too (a speaker speaks more than once), or
is a number (a numbered item). Its 7 wrong keeps over session 41's 4,800 wrapped heads were a
noh programme's performers ("（ワキ）" / "小畑久太郎　（ワキツレ）…", 夢野久作「梅津只圓翁伝」) and prose
with an inner "　" ("…安静だ。" / "然し　室には…", 宮本百合子).

Data: the programme as Aozora sets it (000096 2142, seven lines, one play each), under
蜘蛛の糸 (``test_aozora_legend_wrapped_s40.RAW``, so the text has a column to read)."""

from collections import Counter

from tests.transforms.test_aozora_hard_wrapped_gaiji_pile_s41 import SPEECHES
from tests.transforms.test_aozora_hard_wrapped_s36 import _paragraphs, _wrap
from tests.transforms.test_aozora_legend_wrapped_s40 import RAW
from transforms.ja_hard_wrap import _next_speech, raw_wrap_joins, speakers_of

PROGRAMME = (
    "◇翁\u3000（シテ）梅津利彦\u3000（三番叟）高原神留\u3000（千歳）生熊生\u3000（大鼓）高畠元永\u3000（小鼓頭取）栗原伊平\u3000（脇鼓）本松卯七郎、石橋英七\u3000（笛）中上正栄\n"
    "◇老松\u3000（シテ）梅津朔造\u3000（シテツレ）大賀小次郎\u3000（ワキ）小畑久太郎\u3000（ワキツレ）梅津昌吉\u3000（大鼓）宮崎逸朔\u3000（小鼓）河原田平助\u3000（太鼓）国吉静衛\u3000（笛）杉野助三郎\u3000（間）岩倉仁郎\n"
    "◇粟田口\u3000（狂言）野田一造、野村祐利、高原神留\n"
    "◇八島\u3000（シテ）山崎友樹\u3000（シテツレ）戸畑宗吉\u3000（ワキ）高木儀七\u3000（大鼓）竹尾吉三郎\u3000（小鼓）石橋英七\u3000（笛）辻儀七\u3000（間、那須語）高原神留\n"
    "◇抜売\u3000（狂言）岸本作太、在郷三五郎\n"
    "◇羽衣\u3000和合舞（シテ）古市公威\u3000（ワキ）小畑久太郎\u3000（ワキツレ）諸岡勝兵衛\u3000（大鼓）吉村稱\u3000（小鼓）河原田平助\u3000（太鼓）国吉静衛\u3000（笛）中上正栄\n"
    "◇花盗人\u3000（狂言）岩倉仁郎、高原神留、野田一造、城戸甚次郎、秋吉見次、野村久、生熊生\n"
)


def test_aozora_raw_speaker_seen_programme():
    """Wrapped at 20 counting the readings: each play's line of performers comes back whole
    (base42 cut 羽衣's before "小畑久太郎　" and "国吉静衛　"), the story's paragraphs too."""
    text = RAW.rstrip("\n") + "\n\n" + PROGRAMME
    wrapped = _wrap(text, 20, count_readings=True)
    got = _paragraphs(wrapped)
    plays = _paragraphs(PROGRAMME)
    assert len(plays) == 7
    assert got[-len(plays) :] == plays
    assert got[:19] == _paragraphs(RAW)[:19]


def test_aozora_raw_speaker_seen_guard_play():
    """Guard: a play's speakers speak again, so 華々しき一族's 40 speeches stay 40 lines (the
    session 41 test, here with the names counted) and each name opens several lines."""
    text = RAW.rstrip("\n") + "\n\n" + SPEECHES
    wrapped = _wrap(text, 20, count_readings=True)
    speeches = _paragraphs(SPEECHES)
    assert _paragraphs(wrapped)[-len(speeches) :] == speeches
    names = speakers_of(SPEECHES.split("\n"))
    assert names["須貝　"] >= 2 and names["未納　"] >= 2


def test_aozora_raw_speaker_seen_rules():
    """A name seen once is no speaker's ("然し　室には…"), one seen twice is; a number always
    opens an item (法句経's "一〇二　無益の句…", 石原莞爾's "五　長期戦争は…"); without the count the
    session 41 test is unchanged."""
    t = "夜、始めて独りで横わり非常に安静だ。"
    n = "然し　室にはまだファイエルマンの臥て居"
    assert _next_speech(t, n)
    assert not _next_speech(t, n, Counter({"然し　": 1}))
    assert _next_speech(t, n, Counter({"然し　": 2}))
    verse = "て安穩を得る一の偈文を優れたりとす。"
    assert _next_speech(verse, "一〇二　無益の句より成る百偈を誦むも、", Counter())
    assert _next_speech(verse, "五　長期戦争は現今、戦争の常態なりと一", Counter())


# 下村千秋「曲馬団の「トッテンカン」」's last paragraph and colophon as Aozora sets them (001205 46987).
COLOPHON = (
    "\u3000それからの新吉《しんきち》はどうなったかはわかりませんが、世の中には鍛冶屋《かじや》のおやじや"
    "曲馬団《きょくばだん》の団長《だんちょう》のようなわからずやの意地《いじ》わるの人間がいるかわりに、"
    "この動物園のおじいさんのようなわけのわかった親切《しんせつ》な人もたくさんいます。"
    "すなおでまじめで同情心《どうじょうしん》の深い新吉は、やがてこういう人たちに見｜込《こ》まれて、"
    "幸福《こうふく》な生活をするようになったにちがいありません。\n"
    "\n\n\n"
    "底本：「あたまでっかち――下村千秋童話選集――」茨城県稲敷郡阿見町教育委員会\n"
    "\u3000\u3000\u30001997（平成9）年1月31日初版発行\n"
    "初出：「赤い鳥」赤い鳥社\n"
    "\u3000\u3000\u30001928（昭和3）年9～11月\n"
    "※表題は底本では、「曲馬団《きょくばだん》の「トッテンカン」」となっています。\n"
    "入力：林\u3000幸雄\n"
    "校正：富田倫生\n"
    "2012年2月2日作成\n"
)


def test_aozora_raw_colophon_fields():
    """Clause aozora_hard_wrapped_raw_colophon (review): wrapped at 40 counting the readings, the
    raw-column joins keep the break before the colophon's "入力：林　幸雄" under the "※表題は…"
    note (the seen clause joined it: a name seen once) and before "校正："; the story's last
    paragraph is joined back. (The boilerplate stage cuts the colophon, so this shows where
    it is kept: ``--keep-boilerplate``.)"""
    text = RAW.rstrip("\n") + "\n\n" + COLOPHON
    wrapped = _wrap(text, 40, count_readings=True)
    joins = set(raw_wrap_joins(wrapped))
    assert wrapped.index("\n入力：") not in joins and wrapped.index("\n校正：") not in joins
    story = wrapped.index("\u3000それからの新吉")
    assert len([j for j in joins if story < j < wrapped.index("\n底本：")]) >= 5
