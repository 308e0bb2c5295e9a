"""Rules aozora_legend, aozora_colophon, aozora_markup (``transforms.aozora``) on
excerpts of Aozora Bunko files: 夏目漱石「こころ」(card 773), 福沢諭吉「福翁自伝」
(card 1864), 森鴎外「伊沢蘭軒」(card 2084). Public domain."""

from transforms.aozora import RULES, aozora_edits
from transforms.boilerplate import BoilerplateConfig, find_boilerplate, strip_boilerplate
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# The head of こころ as distributed: title, author, legend, the first headings.
KOKORO_HEAD = """こころ
夏目漱石

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）私《わたくし》は

｜：ルビの付く文字列の始まりを特定する記号
（例）先生一人｜麦藁帽《むぎわらぼう》を

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
　　　（数字は、JIS X 0213の面区点番号、または底本のページと行数）
（例）※［＃「てへん＋劣」、第3水準1-84-77］
-------------------------------------------------------

［＃２字下げ］上　先生と私［＃「上　先生と私」は大見出し］


［＃５字下げ］一［＃「一」は中見出し］

　私《わたくし》はその人を常に先生と呼んでいた。だからここでもただ先生と書くだけで本名は打ち明けない。
　私が先生と知り合いになったのは鎌倉《かまくら》である。その時私はまだ若々しい書生であった。

［＃５字下げ］二［＃「二」は中見出し］

　すると西洋人は来ないで先生一人｜麦藁帽《むぎわらぼう》を被《かぶ》ってやって来た。
　私はかなめの垣から若い柔らかい葉を※［＃「てへん＋劣」、第3水準1-84-77］《も》ぎ取って芝笛《しばぶえ》を鳴らした。
"""
KOKORO_TAIL = """　しかし妻だけはたった一人の例外だと承知して下さい。」



底本：「こころ」集英社文庫、集英社
　　　1991（平成3）年2月25日第1刷
初出：「朝日新聞」
　　　1914（大正3）年4月20日～8月11日
入力：j.utiyama
校正：伊藤時也
1999年7月31日公開
青空文庫作成ファイル：
このファイルは、インターネットの図書館、青空文庫（http://www.aozora.gr.jp/）で作られました。
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_legend_and_colophon_are_cut_title_stays():
    out = _clean(KOKORO_HEAD + KOKORO_TAIL)
    assert out.startswith("こころ\n夏目漱石\n")
    assert "テキスト中に現れる記号" not in out and "-----" not in out
    assert "底本" not in out and "青空文庫" not in out and "入力：" not in out
    assert out.rstrip().endswith("承知して下さい。」")
    rules = {e.rule for e in find_boilerplate(normalize_text(KOKORO_HEAD + KOKORO_TAIL))}
    assert {"aozora_legend", "aozora_colophon", "aozora_markup"} <= rules


def test_ruby_bars_and_notes_are_cut_gaiji_becomes_its_character():
    out = _clean(KOKORO_HEAD)
    for mark in ("《", "》", "｜", "［＃", "※"):
        assert mark not in out
    assert "私はその人を常に先生と呼んでいた。" in out
    assert "先生一人麦藁帽を被ってやって来た。" in out
    # clause aozora_gaiji: JIS X 0213 plane 1, row 84, cell 77
    assert "若い柔らかい葉を挘ぎ取って芝笛を鳴らした。" in out
    # heading notes leave their heading lines, alone between blank lines
    assert "\n上　先生と私\n" in out and "\n一\n" in out and "\n二\n" in out


def test_headings_of_the_notes_become_sections():
    sections = analyze_text(_clean(KOKORO_HEAD)).sections
    # (one part title is no group: three are, see test_cjk_titles)
    assert [(s.level, s.title) for s in sections if s.title] == [(1, "一"), (1, "二")]


def test_repeat_mark_and_ruby_with_repeat_mark():
    # 福翁自伝: "よ／＼" is the two-line repeat mark; 伊沢蘭軒's reading "つく／″＼".
    text = (
        "　遺憾なれども、今後先生の病いよ／＼全癒の上は、兼ての腹案の通り。\n"
        "　私の手にもヲシ／＼出来るが、鋸《のこぎり》を遣う。\n"
        "　しかし熟《つく／″＼》これを思へば、自己の態度を極めることが不可能ではないかと疑ふ。\n"
        "　遊惰にして財を糜し、屡《しば／＼》謀書謀判をした。\n"
    )
    out = _clean(text)
    assert "病いよ〳〵全癒" in out and "ヲシ〳〵出来る" in out
    assert "しかし熟これを思へば" in out and "鋸を遣う" in out and "屡謀書謀判" in out


def test_chinese_book_titles_and_plain_text_are_left():
    # 《》 around a title holds ideographs: no ruby. A text without the notation is kept.
    text = "他读了《红楼梦》和《水浒传》，又读《论语》。\n子曰：「学而时习之。」\n"
    assert strip_boilerplate(text)[0] == text
    assert aozora_edits(text, set(RULES)) == []


def test_keep_markup_config_keeps_readings():
    config = BoilerplateConfig(
        rules=tuple(r for r in BoilerplateConfig().rules if r != "aozora_markup")
    )
    out = strip_boilerplate(normalize_text(KOKORO_HEAD + KOKORO_TAIL), config)[0]
    assert "私《わたくし》は" in out and "［＃５字下げ］二［＃「二」は中見出し］" in out
    assert "底本" not in out and "テキスト中に現れる記号" not in out


# Review (session 15): texts that hold 《》 and "｜" without being Aozora files
# (written for these tests: no such file was at hand; the pattern is common).
CHINESE_MENU = (
    "首页｜武侠《天龙八部》｜言情《红楼梦》｜历史《万历十五年》\n"
    "　　本站收录的小说均来自网友上传，仅供交流学习。\n"
)
JAPANESE_TITLES = (
    "　彼は本棚から一冊を取り出した。《たけくらべ》であった。その隣には《にごりえ》と"
    "《おおつごもり》が並んでいた。樋口一葉の作品は、どれも彼の愛読書であった。\n"
    "　彼は少し考えてから、《たけくらべ》だと答えた。\n"
)


def test_chinese_bars_and_titles_are_left():
    # Clause aozora_kana_text: a Chinese text (no kana) is no Aozora file.
    assert aozora_edits(CHINESE_MENU, set(RULES)) == []


def test_japanese_titles_after_kana_are_left():
    # Clause aozora_ruby_base: a reading follows the kanji it reads; 《たけくらべ》
    # after "。", "は", "と" or "、" is a title.
    assert aozora_edits(JAPANESE_TITLES, set(RULES)) == []
    out = _clean(JAPANESE_TITLES)
    assert out.count("《たけくらべ》") == 2 and "《にごりえ》" in out
