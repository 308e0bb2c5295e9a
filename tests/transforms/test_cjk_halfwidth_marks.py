"""Clause cjk_halfwidth_marks (session 32): half-width , ; : ? ! ( ) in Chinese prose
become ，；：？！（）; numbers, Latin words, URLs, emoticons, Japanese texts and
lost-character "?" stay. Excerpts: 黄易's 寻秦记 and 大唐双龙传 (jbts6/wuxia-novel),
金庸's 射雕英雄传, 说苑 (oscarsun72/chtxt), 吾輩は猫である-style Aozora lines."""

import pytest

from transforms.cjk_halfwidth_marks import fullwidth_marks
from transforms.normalize import normalize_text

# 黄易, 寻秦记 第一章 (the wuxia mirror's file holds no "，" at all).
XUNQIN = (
    "属于军方特种部队,被誉为菁英中之菁英的第七团队专用吉普车倏然停下。\n"
    '"咿......嘎!"\n'
    "项少龙今年二十岁,长期曝晒于阳光下的黝黑皮肤闪耀出健康的亮光。\n"
)
# 黄易, 大唐双龙传 ch_225.
DATANG = '陈家风愕然道:"请问傅兄是那条线上的朋友?"\n'


def test_cjk_halfwidth_marks_wuxia_prose():
    """clause cjk_halfwidth_marks: commas, colon, ? and ! after ideographs, before a quote."""
    assert fullwidth_marks(XUNQIN) == (
        "属于军方特种部队，被誉为菁英中之菁英的第七团队专用吉普车倏然停下。\n"
        '"咿......嘎！"\n'
        "项少龙今年二十岁，长期曝晒于阳光下的黝黑皮肤闪耀出健康的亮光。\n"
    )
    assert fullwidth_marks(DATANG) == '陈家风愕然道："请问傅兄是那条线上的朋友？"\n'


def test_cjk_halfwidth_marks_in_normalize():
    """clause cjk_halfwidth_marks runs in the normalize stage (one place for characters)."""
    assert normalize_text(DATANG) == '陈家风愕然道："请问傅兄是那条线上的朋友？"\n'


@pytest.mark.parametrize(
    "raw, expected",
    [
        # nested single quotes (射雕英雄传): "道:'"
        (
            "他曾在扇子上题诗道:'大柄若在手,清风满天下。'",
            "他曾在扇子上题诗道：'大柄若在手，清风满天下。'",
        ),
        # a space after the mark before an ideograph goes with it
        ("然后, 我们走吧", "然后，我们走吧"),
        # "?......" (古龙)
        ('"你为什么要杀我?......我做错了"', '"你为什么要杀我？......我做错了"'),
        # a paren pair holding Chinese (重生后我成了打脸专业户: "(本章完)")
        ("一边放着狠话一边跑。\n(本章完)\n", "一边放着狠话一边跑。\n（本章完）\n"),
    ],
)
def test_cjk_halfwidth_marks_cases(raw, expected):
    """clause cjk_halfwidth_marks: quotes, spaces, ASCII ellipsis, paren pairs."""
    assert fullwidth_marks(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "共有1,000人,时间是3:15。".replace(",时", "，时"),  # numbers: no ideograph before the mark
        "他学过Python, Java和C。",  # Latin words
        "详见网址http://example.com/a?b=1。",  # URL
        "好的:)我知道了。",  # emoticon
        "笑一个(^_^)吧。",  # emoticon in parens: nothing Chinese inside
        "黄易(1952-2017)是作家。",  # parens with no ideograph inside
        "调用函数f(x)得到结果。",  # code
        "Hello, world! (ASCII only)",
        # Japanese (Aozora): half-width "!?" set on purpose, quoted by the annotation
        "「なに!?［＃「!?」は横一列］　そも",
        # mixed-script technical writing: half-width is the text's style
        "在 config.yaml 中设置 batch_size, learning_rate 和 max_steps; 然后运行 train.py, "
        "它读取 data/train.jsonl:每行一个 JSON object.",
    ],
)
def test_cjk_halfwidth_marks_guards(text):
    """clause cjk_halfwidth_marks guards: these stay exactly as they are."""
    assert fullwidth_marks(text) == text


def test_lost_char_question():
    """clause lost_char_question: in a text that writes "？", a "?" between ideographs is a
    lost character (说苑: "柔無乃?乎？"), kept; a half-width "?" at a quote still converts."""
    text = "平子曰：「柔無乃?乎？」叔向曰：「何也？」曰：「然？」又曰：「可乎?」"
    assert (
        fullwidth_marks(text)
        == "平子曰：「柔無乃?乎？」叔向曰：「何也？」曰：「然？」又曰：「可乎？」"
    )


def test_cjk_halfwidth_marks_code_block_kept():
    """Clause cjk_halfwidth_marks_code (review): a program's string and comment in an
    indented or fenced code block keep their ASCII marks; the prose around converts."""
    prose = "这就是结果,很简单。" * 20
    indented = '下面是代码:\n\n    print("你好,世界!")\n    x = 1\n\n' + prose
    out = fullwidth_marks(indented)
    assert '    print("你好,世界!")' in out
    assert out.startswith("下面是代码：") and "结果，很简单" in out
    fenced = '代码如下:\n\n```python\n# 注释:你好\nprint("你好,世界!")\n```\n\n' + prose
    out = fullwidth_marks(fenced)
    assert '# 注释:你好\nprint("你好,世界!")' in out and "结果，很简单" in out
