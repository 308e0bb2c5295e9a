"""Session 34, 天龙八部's ASCII inner quotes (jbts6/wuxia-novel, 金庸/天龙八部/天龙八部.txt):
clause ``mark_after_closing_quote`` (transforms/cjk_halfwidth_marks.py) and clause
``ascii_inner_quote_pairs`` (transforms/cjk_inner_quotes.py), guard ``apostrophe_in_latin``."""

import numpy as np

from transforms.cjk_halfwidth_marks import fullwidth_marks
from transforms.cjk_inner_quotes import inner_quote_fragments
from transforms.key_sentences import eligible_sentences
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

# 天龙八部 ch. 2 and 33, as the download has them (ASCII marks throughout).
GAN = (
    "干光豪道:\"师父每隔五天,便带众弟子来钻研'无量玉壁'上的秘奥。师父老是说什么"
    "'成大功者,须得有恒心毅力',又说什么'有志者事竟成'。\"\n"
)
SHENG = '先一人叹了口气,说道:\'我身上这"生死符",除了天山童姥她老人家,谁也解不了。\'"\n'
# 天龙八部 ch. 16: 智光's story, a paragraph of a speech that goes on under it (its '"' is
# not closed on the line), quoting two speakers with ASCII "'".
ZHIGUANG = (
    "带头大哥忽问汪帮主:'剑通兄,那契丹人若要杀了咱二人,当真易如反掌,何以只封了咱们穴道,"
    "却留下了性命?'汪帮主道:'这件事我也苦思不明。咱二人是领头的,杀了他妻儿,按理说,"
    "他自当赶尽杀绝的报仇泄恨才是。'\n"
)


def test_mark_after_closing_quote_tianlong():
    """Clause mark_after_closing_quote: the "," after a closing ASCII quote (inner ' and
    outer ") becomes "，" as it does after an ideograph."""
    assert fullwidth_marks(GAN) == (
        "干光豪道：\"师父每隔五天，便带众弟子来钻研'无量玉壁'上的秘奥。师父老是说什么"
        "'成大功者，须得有恒心毅力'，又说什么'有志者事竟成'。\"\n"
    )
    assert '"生死符"，除了' in fullwidth_marks(SHENG)
    assert "《易经》，连吃饭" in fullwidth_marks("恰好我正在研读《易经》,连吃饭时筷子伸出去。")


def test_mark_after_closing_quote_guards():
    """Guards kept: a quote after a Latin word, a mark before a Latin word."""
    for text in ('他说"OK",然后走了。', "他念了一句'再见', goodbye 就走了。"):
        assert fullwidth_marks(text) == text


def _eligible(text: str) -> dict[str, bool]:
    text = normalize_text(text)
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, 6.0)
    return {text[a:b].strip(): bool(e) for (a, b), e in zip(spans.tolist(), ok, strict=True)}


def test_ascii_inner_quote_pairs_tianlong_zhiguang():
    """Clause ascii_inner_quote_pairs: 汪帮主's speech cut at its "。" leaves
    "汪帮主道：'这件事我也苦思不明。" and "咱二人是领头的，…报仇泄恨才是。'": quotation
    pieces; 带头大哥's whole question (its "'" paired) stays a candidate."""
    got = _eligible(ZHIGUANG)
    assert got["汪帮主道：'这件事我也苦思不明。"] is False
    assert got["咱二人是领头的，杀了他妻儿，按理说，他自当赶尽杀绝的报仇泄恨才是。'"] is False
    (whole,) = [s for s in got if s.startswith("带头大哥忽问汪帮主")]
    assert whole.endswith("却留下了性命？'") and got[whole] is True


def test_apostrophe_in_latin_not_a_quote():
    """Guard apostrophe_in_latin: "don't" in a Chinese sentence is no inner quote."""
    text = "他在黑板上写了一句英文don't give up给学生们看，大家都笑了起来。"
    spans = np.array([[0, len(text)]])
    assert inner_quote_fragments(text, spans, np.array([0])).tolist() == []
    text2 = "他在黑板上写了一句'别放弃给学生们看，大家都笑了起来。"
    assert inner_quote_fragments(text2, spans, np.array([0])).tolist() == [0]


def test_closing_quote_literal_stays():
    """Clause closing_quote_literal (review 34): a list, dict or call of quoted Chinese
    strings in prose (no code block) keeps its ASCII "," and ":"; a prose list of quoted
    names (古龙 剑客行's '"乌云蔽月"，"笑指南天","驼鸟划沙",唰！') still converts."""
    pad = "这是一本很长的中文书，我们在这里写了很多汉字。" * 20 + "\n"
    for code in (
        '配置文件是{"名字": "张三", "城市": "北京"}这样的。',
        '数组["中文", "英文", "法文"]里有三个元素。',
        'print("你好", "世界")',
        '参数为 name="张三",age=18 的情况',
    ):
        assert fullwidth_marks(pad + code) == pad + code
    prose = '但"玉面小青蚨"不等展白把剑抽出鞘来,"乌云蔽月","笑指南天","驼鸟划沙",唰!唰!'
    assert fullwidth_marks(pad + prose)[len(pad) :] == (
        '但"玉面小青蚨"不等展白把剑抽出鞘来，"乌云蔽月"，"笑指南天"，"驼鸟划沙"，唰！唰！'
    )
