"""Clause speech_middle_sentence (transforms/cjk_quotes.py): a CJK sentence that starts
inside a quotation opened earlier on its line is no key sentence (a long speech cut at
its inner 。 leaves middle sentences without marks and without their speaker). Real
text: 西遊記 第十二回 (oscarsun72/chtxt) and 夏目漱石『こころ』 上 十四 (aozorabunko)."""

import numpy as np

from transforms.cjk_quotes import speech_middles
from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans

# 西遊記 第十二回: 唐王's speech of five sentences; its 2nd-4th have no marks.
XIYOU = (
    "唐王聞言，即命展開袈裟，從頭細看，果然是件好物。道：「大法長老，實不瞞你。朕今大開善教，"
    "廣種福田，見在那化生寺聚集多僧，敷演經法。內中有一個大有德行者，法名玄奘。朕買你這兩件寶物，"
    "賜他受用。你端的要價幾何？」\n"
)
# こころ 上 十四: 先生's speech on a line of its own (the speaker is on the line before).
KOKORO = (
    "先生はこういって直接の答えを避けた。\n"
    "「私は私自身さえ信用していないのです。つまり自分で自分が信用できないから、"
    "人も信用できないようになっているのです。自分を呪うより外に仕方がないのです」\n"
)


def _eligible(text):
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, 1)
    return {text[a:b].strip(): bool(o) for (a, b), o in zip(spans.tolist(), ok, strict=True)}


def test_speech_middle_sentence_is_not_eligible_xiyouji():
    ok = _eligible(XIYOU)
    assert ok["朕今大開善教，廣種福田，見在那化生寺聚集多僧，敷演經法。"] is False
    assert ok["內中有一個大有德行者，法名玄奘。"] is False
    assert ok["朕買你這兩件寶物，賜他受用。"] is False
    # what stays: the narration before the speech
    assert ok["唐王聞言，即命展開袈裟，從頭細看，果然是件好物。"] is True


def test_speech_middle_sentence_is_not_eligible_kokoro():
    ok = _eligible(KOKORO)
    assert (
        ok["つまり自分で自分が信用できないから、人も信用できないようになっているのです。"] is False
    )
    assert ok["先生はこういって直接の答えを避けた。"] is True


def test_speech_middle_sentence_leaves_a_line_whose_marks_do_not_pair():
    # Guard: the closer lost (as 水浒传's '樊瑞道："兄弟，如何说话？两个便把…'): the rest of
    # the line may be narration, so nothing on it is taken for a speech's middle.
    text = XIYOU.replace("幾何？」", "幾何？")
    spans = sentence_spans(text, "auto")
    assert len(speech_middles(text, spans, np.arange(len(spans)))) == 0


def test_speech_middle_sentence_keeps_narration_after_a_closed_speech():
    # Guard: a speech closed on the line; the narration after it is outside.
    text = "他道：「我去也。你且住。」說罷，逕出門去了。那八戒在後面大笑不止。\n"
    spans = sentence_spans(text, "auto")
    got = [
        text[a:b].strip()
        for a, b in spans[speech_middles(text, spans, np.arange(len(spans)))].tolist()
    ]
    assert got == []


def test_speech_middle_sentence_leaves_english_quotes_alone():
    text = 'He said: "We went home. It was late. Nobody came."\n'
    spans = sentence_spans(text, "auto")
    assert len(speech_middles(text, spans, np.arange(len(spans)))) == 0


# 天龙八部 (jbts6/wuxia-novel), one line after normalize_text/clean_text: ASCII '"' speeches.
TIANLONG = (
    '徐长老道："怎么不像？"宋长老道："契丹人穷凶极恶，残暴狠毒。乔帮主却是大仁大义的英雄好汉。'
    '适才我们反他，他却甘愿为我们受刀流血，赦了我们背叛的大罪。契丹人那会如此？"\n'
)
# 水浒传 (shared zh_classics), a line whose '"' count is odd (a closer lost).
SHUIHU = '死！"樊瑞道："兄弟，如何说话？两个便把宋江如此义气说了一遍。"樊瑞道：\n'


def _middles(text):
    spans = sentence_spans(text, "auto")
    return [
        text[a:b].strip()
        for a, b in spans[speech_middles(text, spans, np.arange(len(spans)))].tolist()
    ]


def test_speech_middle_sentence_reads_ascii_quotes_tianlong():
    # Guard "odd count of '\"' before the start": 宋长老's speech in ASCII quotes.
    got = _middles(TIANLONG)
    assert "乔帮主却是大仁大义的英雄好汉。" in got
    assert "适才我们反他，他却甘愿为我们受刀流血，赦了我们背叛的大罪。" in got


def test_speech_middle_sentence_leaves_a_line_with_an_odd_ascii_count_shuihu():
    # Guard "'\"' an even count on the line": the narration after the lost closer stays.
    assert _middles(SHUIHU) == []


def test_speech_middle_sentence_asks_only_cjk_sentences_in_a_cjk_text():
    # Guard "kana or ideographs in it": the text has CJK (no early return), the English
    # line's quoted sentences are not asked (constructed).
    text = '他道：「我去也。你且住。」\nHe said: "We went home. It was late. Nobody came."\n'
    assert not any("late" in s or "Nobody" in s for s in _middles(text))


def test_speech_middle_sentence_leaves_a_line_closed_before_opened():
    # Guard "none closed before it opened": a line that starts with the close of a speech
    # from the line before and ends with an opener whose closer is on the next line is
    # left alone, inner marks included (constructed; 「」 count one each on the line, so
    # only the order tells; 『』 is open at "朕今…").
    text = (
        "賜他受用。」唐王道：『大法長老，實不瞞你。朕今大開善教，廣種福田，見在那化生寺聚集多僧，"
        "敷演經法。內中有一個大有德行者，法名玄奘。』又道：「你端的要價幾何？\n"
    )
    assert _middles(text) == []
