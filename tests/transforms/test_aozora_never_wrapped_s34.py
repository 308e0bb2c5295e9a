"""Aozora Bunko text is never hard-wrapped: clause ``aozora_never_wrapped``
(``transforms.aozora.never_wrapped``, ``Document.never_wrapped``, ``unwrap.find_edits``).

野村胡堂「銭形平次捕物控 地獄から来た男」(Aozora Bunko 001670, card 56281): the text file's
lines 1-17 (title, author, the notation's legend), 57-82 (chapter 二) and its colophon
(``tests/data/ja_aozora_zenigata_jigoku.txt``). Aozora sets a paragraph a line; the unwrap
stage measured a wrap column anyway, and the longest paragraphs, "full" at it, ran into the
unindented dialogue line under them ("…待ちました。" + "漁師や村人に…", "…ございましょう」" +
"「それから」"): 4 joins in this excerpt, in 109 of 200 random Aozora texts."""

import textwrap

from schemas import Document
from transforms.aozora import RULES, never_wrapped
from transforms.boilerplate import BoilerplateConfig, remove_boilerplate
from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_document, unwrap_text

RAW = normalize_text(open("tests/data/ja_aozora_zenigata_jigoku.txt", encoding="utf-8").read())

# The four paragraphs the old stage joined to the line under them, and those lines.
KEPT = (
    "平次は一ぺんに仰天しました。江の島詣の一行が、暴風雨のために桟橋が落ちて島に閉じ籠められ、"
    "そのうちの一人、徳力屋千之助が、雨の止んだ深夜の海の凄まじい様子を見物すると言って宿を脱け出し、"
    "数百尺の大断崖から落ちて、湧き返る怒濤の中に押し流され、それっきり死骸も上がらなかったという"
    "事件は、当時神田日本橋かけての噂になったことを、平次はまざまざと記憶していたのです。",
    "「その千之助が、寿命が尽きなかったものか、地獄の釜の底から這い出したように危うい命を"
    "取止めて参りました」",
    "「それから」",
    "漁師や村人に礼を言って、再び御用船の厄介になり、江戸へ帰ったのは半歳前。",
    "「…………」",
)


def _prose(text: str) -> list[str]:
    """The lines between the title page and the end, without blank lines."""
    return [line for line in text.split("\n") if line.strip()][3:]


def test_aozora_never_wrapped_paragraphs_keep_their_lines():
    """Every paragraph line of the file is a line of the cleaned text (ruby and indent
    gone), none joined: 26 lines (the old stage gave 22)."""
    lines = _prose(clean_text(RAW).text)
    assert len(lines) == 26
    for line in KEPT:
        assert line in lines
    assert lines.count("「…………」") == 2
    k = lines.index("「それから」")
    assert lines[k - 1].startswith("「江の島の崖の上から")
    assert lines[k - 1].endswith("溺れ死ななかったのでございましょう」")
    # clause cjk_line_edges still applies: the paragraphs' "　" indent is layout and goes
    assert not any(line.startswith("\u3000") for line in lines)


def test_aozora_never_wrapped_in_the_pipeline_stages():
    """The boilerplate stage marks the document; the unwrap stage then joins nothing
    and gives ``clean_text``'s text."""
    doc = remove_boilerplate(Document("d", "zenigata.txt", RAW))
    assert doc.never_wrapped
    out = unwrap_document(doc)
    assert out.text.split("\n") == clean_text(RAW).text.split("\n")
    assert "参りました」" in out.text and "前。\n" in out.text


def test_aozora_never_wrapped_with_boilerplate_kept():
    """``--keep-boilerplate``: no Aozora rule cuts, the notation is still read (the rules
    would cut), so the lines stay lines; so in the pipeline."""
    config = CleanConfig(boilerplate=BoilerplateConfig(enabled=False))
    text = clean_text(RAW, config).text
    assert "記憶していたのです。\n「その千之助が" in text
    assert "ございましょう」\n「それから」" in text
    doc = remove_boilerplate(Document("d", "zenigata.txt", RAW), config.boilerplate)
    assert doc.never_wrapped and doc.text == RAW


def test_aozora_never_wrapped_plain_japanese_wrapped_text_still_joins():
    """Guard: the clause reads the notation, not the language. The same paragraphs with
    no Aozora notation, hard-wrapped at 30 characters, are joined back."""
    paragraphs = KEPT[:2] + KEPT[3:4]
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 30)) for p in paragraphs)
    assert wrapped.count("\n") > 10
    assert not never_wrapped(wrapped, [], RULES)
    assert unwrap_text(wrapped)[0].split("\n\n") == list(paragraphs)


def test_aozora_never_wrapped_chinese_book_titles_are_no_notation():
    """Guard: 《》 book titles of a Chinese text are no ruby (clause aozora_kana_text), so
    a wrapped Chinese text is no Aozora text, with the rules run or not."""
    text = (
        "子曰：學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？見《論語》\n《孟子》《大學》《中庸》\n"
    )
    assert not never_wrapped(text, [], RULES)
    assert not never_wrapped(text, [], ())
    doc = remove_boilerplate(Document("d", "zh.txt", text))
    assert not doc.never_wrapped


def test_aozora_never_wrapped_markup_kept_and_no_legend():
    """``--keep-aozora-markup`` (rule ``aozora_markup`` left out) on the chapter alone, no
    legend nor colophon: no Aozora rule cuts, the readings still mark the notation (the
    rules are run for the test), so the lines stay lines."""
    chapter = RAW[RAW.index("「何を隠しましょう") : RAW.index("底本：")]
    rules = tuple(r for r in BoilerplateConfig().rules if r != "aozora_markup")
    config = CleanConfig(boilerplate=BoilerplateConfig(rules=rules))
    text = clean_text(chapter, config).text
    assert "江の島｜詣《もうで》" in text  # the notation kept
    assert "ございましょう」\n「それから」" in text
    assert "半歳前。\n" in text


# Real text (/work/shared/data/zh_classics/水浒传.txt, chapter 2), its last paragraph
# hard-wrapped mid-sentence, with a Chinese edition's colophon: "底本：" .. "校正：".
SHUIHU = """    当时王教头来到庄前，敲门多时，只见一个庄客出来。
    王进放下担儿，与他施礼。
    王进答道："实不相瞒，小人母子二人贪行了些路程，错过了宿店，来到这里，
前不巴村，后不巴店，欲投贵庄借宿一宵。明日早行，依例拜纳房金。万望周全方
便！"

底本：《水浒传》，人民文学出版社，1975年
录入：李四　校正：张三
"""


def test_aozora_never_wrapped_colophon_alone_marks_japanese_text_only():
    """Clause ``aozora_never_wrapped_colophon`` (session 34 review): rule
    ``aozora_colophon`` cuts a Chinese edition's "底本：" .. "校正：" colophon too; that
    alone made the hard-wrapped Chinese text keep its wraps. A colophon marks a Japanese
    text only: the Chinese one is joined, the Aozora colophon under Japanese paragraphs
    with no notation still keeps their lines."""
    text = normalize_text(SHUIHU)
    assert not never_wrapped(text, [], ())
    out = clean_text(text).text
    assert "来到这里，前不巴村" in out and "万望周全方便！" in out
    doc = remove_boilerplate(Document("d", "shuihu.txt", text))
    assert not doc.never_wrapped and "底本" not in doc.text  # the cut itself is unchanged
    assert "来到这里，前不巴村" in unwrap_document(doc).text
    colophon = RAW[RAW.rindex("\n", 0, RAW.index("底本：")) :]
    japanese = "\n".join(KEPT) + "\n" + colophon
    doc = remove_boilerplate(Document("d", "ja.txt", japanese))
    assert doc.never_wrapped and "底本" not in doc.text
    assert [line for line in clean_text(japanese).text.split("\n") if line] == list(KEPT)
