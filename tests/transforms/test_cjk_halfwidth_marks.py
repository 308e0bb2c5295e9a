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


# jbts6/wuxia-novel's docs/wuxia-kb-build-priority.md (Chinese technical writing, Latin
# letters 12% of its ideographs: the mixed-script gate lets it through), its first lines
# and three rows of its tables;
# then a real line of the same repository's .trellis/tasks/.../tlb-kb-rebuild-compare/prd.md
# (inline code holding "核心, 重要"), a line of Python from its wuxia-data-pipeline plan set
# on a line of its own, and 古龙's line that its punctuation note quotes.
KB_DOC = (
    "# 武侠小说知识库构建优先级（按知名度 + 作品质量评价）\n\n"
    "> 用途：配合 `generate-game-kb` 流程，批量构建项目内小说的游戏知识库。\n"
    "> 排序依据：作品在武侠读者中的**知名度**与**文学/业界评价**，非实时检索，仅供排期参考。\n"
    "> 字数：按原文文本体积估算（万字），用于权衡单本耗时。\n\n"
    "| 古龙 | **14** | 45 | 楚留香系列 7 部 + 萧十一郎双部 + 既有代表作 |\n"
    "| 金庸 | **4** | 12 | 仅书剑 / 笑傲 / 雪山飞狐 / 飞狐外传；其余 9 部正传+短篇待建（另 1 部非小说不建） |\n"
    "| 古龙 | 14 部 | 剑神一笑、多情剑客无情剑、绝代双骄、陆小凤传奇、飞刀又见飞刀、**血海飘香、大沙漠、"
    "画眉鸟、桃花传奇、新月传奇、午夜兰花、蝙蝠传奇、萧十一郎、火并萧十一郎** |\n"
    "| 梁羽生 | 9 部 | **游剑江湖、牧野流星、风雷震九州、武当一剑、剑网尘丝、侠骨丹心、弹指惊雷、"
    "绝塞传烽录、幻剑灵旗** |\n\n"
    "   - 旧库 `importance ∈ {核心, 重要, core, important}` 的角色，若新库名称/alias 均无匹配"
    " → `attention_missing_legacy_core`\n"
    'print("\\n2. 引用完整性检查:")\n'
    '楚留香微一沉吟,道:"令尊入关前所接的那封书信,不知你是否瞧见过?不知那信上写着的究竟是什么?"\n'
)


def test_cjk_halfwidth_marks_inline_code_kept():
    """clause cjk_halfwidth_marks_inline_code: a `...` span and a call's string literal
    keep their marks ("{核心, 重要, …}" is a set literal, the print's ":" its output);
    the prose line after them is converted."""
    out = fullwidth_marks(KB_DOC)
    assert "`importance ∈ {核心, 重要, core, important}`" in out
    assert 'print("\\n2. 引用完整性检查:")\n' in out
    assert out.endswith(
        '楚留香微一沉吟，道："令尊入关前所接的那封书信，不知你是否瞧见过？不知那信上写着的究竟是什么？"\n'
    )


@pytest.mark.parametrize(
    "line",
    [
        # 娱乐圈是我的 (zzk6780051/novel), its indent taken off (an indented line with Latin is
        # read as a code block): one stray backtick, no span: the comma converts.
        "《it`s 》一共收录了十首歌, 其中包括单曲发行之后还没有上户口的《the fight》。"
        "剩下的九首歌都是由岑风作曲编舞。有几首歌的v里面id团还友情出镜了，省了辰星请伴舞的钱。\n",
        # 鹿鼎记: "(" after an ideograph is no call: the note's marks convert.
        '可怜千里草,萎落无颜色。(按:"千里草"即"董"字,指董鄂妃逝世。)\n',
    ],
)
def test_cjk_halfwidth_marks_inline_code_guards(line):
    """guards of clause cjk_halfwidth_marks_inline_code: prose with a lone backtick or a
    note in parentheses is still converted."""
    out = fullwidth_marks(line)
    assert "，" in out and "," not in out
