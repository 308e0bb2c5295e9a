"""Clause aozora_hard_wrapped_raw_colophon (``transforms.ja_hard_wrap``, review of session 42):
the raw-column joins keep the break before a field of the colophon ("入力：", "校正：", "初出："…).
And the guard that reverted session 42's clause aozora_hard_wrapped_raw_speaker_seen (a break
kept before "name　" only where the name opens two lines of the text): a diary's dated entries,
a poem sequence, a list and numbered notes open each line with a head seen once, and that
clause joined them (8 wrong joins over 1,800 wrapped heads of 600 more Aozora texts, against
its 7 wrong keeps fixed in 4,800; docs/quality/session-42-wtG.md).

Data: 正岡子規「雲の日記」 (000305 50406, lines 1-35 as Aozora sets them: each day's entry a line,
"廿一日　…" to "卅一日　…"), 下村千秋「曲馬団の「トッテンカン」」's last paragraph and colophon
(001205 46987), under 蜘蛛の糸 (``test_aozora_legend_wrapped_s40.RAW``) where a column is needed."""

from tests.transforms.test_aozora_hard_wrapped_s36 import _paragraphs, _wrap
from tests.transforms.test_aozora_legend_wrapped_s40 import RAW
from transforms.ja_hard_wrap import raw_wrap_joins

DIARY = (
    "雲の日記\n"
    "正岡子規\n"
    "\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n"
    "\n"
    "《》：ルビ\n"
    "（例）障子《しょうじ》\n"
    "\n"
    "｜：ルビの付く文字列の始まりを特定する記号\n"
    "（例）黄葉｜淋《さび》しげ\n"
    "\n"
    "［＃］：入力者注\u3000主に外字の説明や、傍点の位置の指定\n"
    "（例）［＃ここから１字下げ、折り返して５字下げ］\n"
    "-------------------------------------------------------\n"
    "\n"
    "［＃ここから１字下げ、折り返して５字下げ］\n"
    "明治卅一年十二月十五日\u3000朝晴れて障子《しょうじ》を開く。赤ぼけたる小菊二もと三もと枯芒《かれすすき》の下に霜を帯びて立てり。空青くして上野の森の上に白く薄き雲少しばかり流れたるいと心地よし。われこの雲を日和雲と名づく。午後雨雲やうやくひろがりて日は雲の裏を照す。散り残りたる余所《よそ》の黄葉｜淋《さび》しげに垣ごしにながめらる。猫のそのそと庭を過ぐ。\n"
    "十六日\u3000快晴、雲なし。\n"
    "十七日\u3000雲なく風なし。空｜霞《かす》み庭｜湿《うるお》ふ。\n"
    "十八日\u3000雲なし。芭蕉《ばしょう》しをれたり。\n"
    "十九日\u3000ありなし雲、椽《のき》の端にあり。\n"
    "二十日\u3000庭に落葉を焚《た》く。風吹いてあぶなしといふ。障子あけさせて見るに雲なし。\n"
    "廿一日\u3000真綿の如き雲あり。虚子来る。\n"
    "廿二日\u3000雪雲｜終《つい》に雪を醸《かも》してちらちらと夜に入る。虚舟《きょしゅう》鴨《かも》を風呂敷に包みて持て来る。盥《たらい》に浮かせて室内に置く。\n"
    "廿三日\u3000雪は庭に残りて緑なる空に鳶《とび》一羽寒げなり。\n"
    "廿四日\u3000寒さ骨に透《とお》る。朝日薄く南窓を射、忽ちまた陰《くも》る。午後日影｜朗《ほがら》かなり。蕪村忌小会。今日は鴨の機嫌｜殊《こと》に好し。\n"
    "廿五日\u3000日和善し。暖かなり。雲なきはこの頃の例なり。\n"
    "廿六日\u3000ちぎれ雲、枯尾花《かれおばな》の下にあり。鴨、椽側の日向《ひなた》にあり。俳句新派の傾向を草す。夜を徹す。\n"
    "廿七日\u3000午前二時頃より雨だれの音聞ゆ。朝九時脱稿、十時寝に就く。午後二時覚む。七時頃より再び眠る。からだ労《つか》れて心地よし。少量の麻酔剤を服したるが如し。\n"
    "廿八日\u3000雨晴れ雲なし。朝、眼ざめて聞けば、鴨逃げて隣の庭に行きたりとてののしる。\n"
    "廿九日\n"
    "卅日\n"
    "卅一日\u3000毎夜、夜を更《ふ》かして頭痛み雲｜掩《おお》ふ。窓外の天気常に晴朗。\n"
    "［＃ここで字下げ終わり］\n"
)


def test_aozora_raw_diary_entries_kept():
    """Guard (the seen clause reverted): wrapped at 20 counting the readings, each dated entry
    of 雲の日記 opens a line of its own ("…服したるが如し。" / "廿八日　雨晴れ雲なし。…": "廿八日　"
    opens one line only, and the seen clause joined it). (The short "廿九日" under the full
    "…ののしる。" joins it, as in base42: Left.)"""
    got = _paragraphs(_wrap(DIARY, 20, count_readings=True))
    days = [line[:12] for line in _paragraphs(DIARY) if "日\u3000" in line[:6]]
    assert len(days) == 14
    assert [line[:12] for line in got if line[:12] in days] == days


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


# 小山清's colophon as Aozora sets it (001867 58065): base42 joined "入力：時雨" to the date above
# it at 20 columns (a line of the column that goes on); over 600 more Aozora texts wrapped at
# 20/30/40, 97 breaks before "入力：" (53) and "初出：" (44) joined so.
COLOPHON_DATES = (
    "底本：「落穂拾い・犬の生活」ちくま文庫、筑摩書房\n"
    "\u3000\u3000\u30002013（平成25）年3月10日第1刷発行\n"
    "底本の親本：「小山清全集」筑摩書房\n"
    "\u3000\u3000\u30001999（平成11）年11月10日発行\n"
    "初出：「新潮\u3000第四十九巻第四号」新潮社\n"
    "\u3000\u3000\u30001952（昭和27）年4月1日発行\n"
    "入力：時雨\n"
    "校正：酒井裕二\n"
    "2017年8月25日作成\n"
)


def test_aozora_raw_colophon_fields():
    """Clause aozora_hard_wrapped_raw_colophon: wrapped at 20 or 40 counting the readings, the
    raw-column joins keep the break before each colophon field (base42 joined "入力：時雨" to
    "…1952（昭和27）年4月1日発行" at 20), and before the seen clause's "入力：林　幸雄" under the
    "※表題は…" note at 40; the story's last paragraph is joined back. (The boilerplate stage
    cuts the colophon; ``--keep-boilerplate`` keeps it.)"""
    for colophon in (COLOPHON_DATES, COLOPHON):
        for width in (20, 40):
            text = RAW.rstrip("\n") + "\n\n" + colophon
            wrapped = _wrap(text, width, count_readings=True)
            joins = set(raw_wrap_joins(wrapped))
            fields = [
                k
                for k in range(len(wrapped))
                if wrapped.startswith(("\n入力：", "\n初出：", "\n校正："), k)
            ]
            assert len(fields) >= 2 and not joins.intersection(fields), (width, colophon[:8])
    wrapped = _wrap(RAW.rstrip("\n") + "\n\n" + COLOPHON, 40, count_readings=True)
    story = wrapped.index("\u3000それからの新吉")
    joins = raw_wrap_joins(wrapped)
    assert len([j for j in joins if story < j < wrapped.index("\n底本：")]) >= 5
