"""Session 42's speed clauses on Chinese books (issue 10): the same answers as before, with
less work per mark. Clauses ascii_close_once (transforms.cjk_speech), full_run_fast
(transforms.cjk_halfwidth_marks) and line_key_filter (transforms.markup_headings).
Excerpts: 金庸's 天龙八部 (jbts6/wuxia-novel; ASCII quotes and half-width marks throughout),
黄易's 大唐双龙传."""

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import cjk_halfwidth_marks, cjk_speech, markup_headings
from transforms.cjk_halfwidth_marks import fullwidth_marks
from transforms.clean import clean_text
from transforms.markup_headings import line_key, line_keys, starts_of_lines
from transforms.structure import analyze_text

# 天龙八部, 第二章 (the mirror's file: ASCII "," ":" '"', no full-width comma).
TIANLONG = (
    '这一惊当真非同小可,随即喜意充塞胸臆,大叫:"仙人,救我!仙人,救我!"那人影微微晃动,'
    "却不答话。\n"
    '他一怔之下,便即省悟:"是我自己的影子?"身子左晃,壁上人影跟着左晃。\n'
    '回过身来,但见日间刻过"大理"两字的那石壁上也有个人影,只是身形既小,影子也浓得多。\n'
)


def _ascii_close_spec(text: str, j: int) -> bool:
    """Clause ascii_quote_speech as base41 wrote it (the even-numbered '"' of its line)."""
    return text[j] == '"' and text.count('"', text.rfind("\n", 0, j) + 1, j + 1) % 2 == 0


def test_ascii_close_once_real_lines_same_answers():
    """Clause ascii_close_once: on 天龙八部's lines every position reads as the clause says:
    the 2nd, 4th, ... '"' of a line close ('大叫:"仙人…!"' closes at its second quote)."""
    close = cjk_speech._AsciiClose(TIANLONG)
    got = [close(j) for j in range(len(TIANLONG))]
    assert got == [_ascii_close_spec(TIANLONG, j) for j in range(len(TIANLONG))]
    quotes = [j for j, c in enumerate(TIANLONG) if c == '"']
    assert [got[j] for j in quotes] == [False, True] * 3


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\n甲a 。“', max_size=40))
def test_ascii_close_once_property(text):
    """Clause ascii_close_once: the same answer as the specification on any text of quotes,
    line ends (none, leading, trailing, several), letters and marks."""
    close = cjk_speech._AsciiClose(text)
    assert [close(j) for j in range(len(text))] == [
        _ascii_close_spec(text, j) for j in range(len(text))
    ]


def test_ascii_close_once_reads_the_text_once(monkeypatch):
    """Clause ascii_close_once: asking about every '"' of 100 copies of the excerpt costs a
    fixed number of numpy searches, not three per quote (base42: 3 x 600 = 1,800)."""
    calls = []
    real = np.searchsorted

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cjk_speech.np, "searchsorted", counting)
    text = TIANLONG * 100
    close = cjk_speech._AsciiClose(text)
    closing = sum(close(j) for j, c in enumerate(text) if c == '"')
    assert closing == 300
    assert len(calls) <= 2


def test_full_run_fast_same_marks(monkeypatch):
    """Clause full_run_fast: 天龙八部's marks all turn full-width (a one-mark run, "?!" a
    two-mark run), and the literal test (clause closing_quote_literal) is asked only about
    marks right after an ASCII quote: none here (base42 asked about each of the 14)."""
    asked = []
    real = cjk_halfwidth_marks._quoted_literal

    def counting(text, mark):
        asked.append(mark)
        return real(text, mark)

    monkeypatch.setattr(cjk_halfwidth_marks, "_quoted_literal", counting)
    assert fullwidth_marks(TIANLONG) == (
        '这一惊当真非同小可，随即喜意充塞胸臆，大叫："仙人，救我！仙人，救我！"那人影微微晃动，'
        "却不答话。\n"
        '他一怔之下，便即省悟："是我自己的影子？"身子左晃，壁上人影跟着左晃。\n'
        '回过身来，但见日间刻过"大理"两字的那石壁上也有个人影，只是身形既小，影子也浓得多。\n'
    )
    assert asked == []
    assert fullwidth_marks("他叫道:什么?!你说\n") == "他叫道：什么？！你说\n"


def test_full_run_fast_keeps_literals_and_quoted_marks():
    """Guards: after an ASCII closing quote the mark is still read by clause
    closing_quote_literal (a dict literal stays half-width, prose quotes do not)."""
    assert fullwidth_marks('配置是{"名字": "张三"}\n') == '配置是{"名字": "张三"}\n'
    text = '单这招"金针渡劫",我怎能学会?\n'  # clause mark_after_closing_quote
    assert fullwidth_marks(text) == '单这招"金针渡劫"，我怎能学会？\n'


def test_line_key_filter_same_keys_and_starts():
    """Clause line_key_filter: the same keys as the character loop (case folding that
    changes the length: "ß" -> "ss", "İ" -> "i̇"; digits and marks of other scripts) and
    the same line starts as the loop over the characters, on random lines."""
    rng = random.Random(42)
    alphabet = "a B\nİß１２中。ǅ\u0345²Ⅻ_-x\u3000#"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert line_key(text) == "".join(ch for ch in text.casefold() if ch.isalnum())
        assert starts_of_lines(text) == [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    assert line_key("第一章 天下英雄") == "第一章天下英雄"


def test_line_keys_every_code_point():
    """Clause line_key_filter: the whole-text keys (one regex over the case-folded text, \\w
    as the key test) equal ``line_key`` per line, on every code point but the surrogates
    laid out 64 to a line, and on random lines."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    text = "\n".join("".join(chars[i : i + 64]) for i in range(0, len(chars), 64))
    assert line_keys(text) == [line_key(line) for line in text.split("\n")]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ΣσςAİß\n_中 。ǅ") for _ in range(rng.randint(0, 30)))
        assert line_keys(text) == [line_key(line) for line in text.split("\n")]


def test_full_run_fast_single_quote_literals():
    """Guards of clause full_run_fast (review 42): after an ASCII single quote the literal
    test still runs (a dict or list literal in single quotes keeps its marks), and prose in
    single quotes (天龙八部: 了'绝世武功,以待有缘',) still turns full-width."""
    assert fullwidth_marks("配置是{'名字': '张三'}\n") == "配置是{'名字': '张三'}\n"
    assert fullwidth_marks("列表是['甲', '乙'],他说。\n") == "列表是['甲', '乙'],他说。\n"
    text = "他写了'绝世武功,以待有缘',便走了。\n"
    assert fullwidth_marks(text) == "他写了'绝世武功，以待有缘'，便走了。\n"


def test_full_run_fast_question_before_ideograph():
    """Guard of clause full_run_fast (review 42): in a text without lost marks (clause
    lost_char_particle only reads texts whose "?" stand for lost characters) a "?" before
    an ideograph is a question, as 天龙八部's lines write it."""
    lines = (
        '南海鳄神狠霸霸的道:"你少问几句成不成?老子不爱跟你说。"\n'
        '只听褚万里喝道:"阁下高徒是谁?镇南王府之中,那有阁下的徒儿?快快退去!"\n'
    )
    assert fullwidth_marks(lines) == (
        '南海鳄神狠霸霸的道："你少问几句成不成？老子不爱跟你说。"\n'
        '只听褚万里喝道："阁下高徒是谁？镇南王府之中，那有阁下的徒儿？快快退去！"\n'
    )


# 劉鶚's 老殘遊記 (oscarsun72+chtxt, as tests/transforms/test_markdown_marks.py), its headings
# given words whose case folding changes their length: German "Straße"/"Fußnote" (Gutenberg's
# Little Lord Fauntleroy, Für den Schulgebrauch), Turkish "İstanbul", the "ﬁ" ligature, "ΑΣ".
FOLDS = "\n".join(
    [
        "# ΑΣ老殘遊記|〔清〕劉鶚 著",
        "",
        "## 第一回\u3000Straße der Fußnote\u3000風能鼓浪到處可危 ",
        "",
        "話說山東登州府東門外有一座大山，名叫蓬萊山。山上有個閣子，名叫蓬萊閣。",
        "",
        "## 第二回\u3000İstanbul ﬁnstere\u3000明湖湖邊美人絕調 ",
        "",
        "話說老殘在漁船上被眾人砸得沉下海去，自知萬無生理，只好閉著眼睛，聽他怎樣。",
        "",
        "## 第三回\u3000金線東來尋黑虎\u3000布帆西去訪蒼鷹 ",
        "",
        "話說眾人以為天時尚早，王小玉必還要唱一段，不知只是他妹子出來敷衍幾句就收場了。",
        "",
    ]
)


def test_line_keys_length_changing_folds_keep_lines():
    """Clause line_key_filter (review 42): where case folding lengthens a line ("ß" -> "ss",
    "İ" -> "i̇", "ﬁ" -> "fi") the whole-text keys stay one per line, and the Markdown
    headings land on their own lines at their levels (markdown_marks, markdown_headings)."""
    assert line_keys(FOLDS) == [line_key(line) for line in FOLDS.split("\n")]
    assert line_keys(FOLDS)[2] == "第一回strassederfussnote風能鼓浪到處可危"
    c = clean_text(FOLDS)
    assert [(m.level, m.title) for m in c.markup_headings] == [
        (1, "ΑΣ老殘遊記|〔清〕劉鶚 著"),
        (2, "第一回\u3000Straße der Fußnote\u3000風能鼓浪到處可危"),
        (2, "第二回\u3000İstanbul ﬁnstere\u3000明湖湖邊美人絕調"),
        (2, "第三回\u3000金線東來尋黑虎\u3000布帆西去訪蒼鷹"),
    ]
    sections = analyze_text(c.text, markup=c.markup_headings).sections
    assert [(s.level, c.text[s.start : c.text.find("\n", s.start)]) for s in sections] == [
        (1, "ΑΣ老殘遊記|〔清〕劉鶚 著"),
        (2, "第一回\u3000Straße der Fußnote\u3000風能鼓浪到處可危"),
        (2, "第二回\u3000İstanbul ﬁnstere\u3000明湖湖邊美人絕調"),
        (2, "第三回\u3000金線東來尋黑虎\u3000布帆西去訪蒼鷹"),
    ]


def test_line_keys_checked_at_import(monkeypatch):
    """Clause line_key_filter (review 42): the import-time check holds on this Python, and
    where it would not, line_keys gives the same keys line by line."""
    assert markup_headings._WHOLE_TEXT
    monkeypatch.setattr(markup_headings, "_WHOLE_TEXT", False)
    assert line_keys(FOLDS) == [line_key(line) for line in FOLDS.split("\n")]
    assert line_keys("A_b\n\nß") == ["ab", "", "ss"]
