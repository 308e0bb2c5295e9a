"""Session 48 (branch wtF), cost only: clauses ``literal_led_lookbehind`` (gutenberg_emphasis,
gutenberg_markup, gutenberg_note_marks, aozora), ``cjk_count_upto`` and
``abbreviation_dot_first`` (paragraphs), ``field_lines_as_lists`` (cjk_layout).

Each rewritten pattern is compared with the form it replaced (written out here as base48
had it) on real excerpts and on generated strings: the same matches, spans and groups.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import (
    aozora,
    gutenberg_emphasis,
    gutenberg_markup,
    gutenberg_note_marks,
    paragraphs,
)
from transforms.cjk_layout import CJK_CHAR
from transforms.clean import clean_text

ge, az = gutenberg_emphasis, aozora
# The patterns as base48 wrote them (look-behind or "^" first).
OLD = {
    "_UNDERSCORES": re.compile(
        rf"(?<![\w/.:@\\_])_(?={ge._EMPH_IN})([^_\n/\\=`]*(?:\n[ \t]*[^_\s/\\=`][^_\n/\\=`]*){{0,5}})"
        rf"(?<={ge._EMPH_OUT})_(?![\w_])"
    ),
    "_ASTERISKS": re.compile(
        rf"(?<![^\s(\[\"'“‘—])\*(?={ge._EMPH_IN})"
        rf"([^*\n/\\=`_]{{1,200}}(?:\n[ \t]*[^*\s/\\=`_][^*\n/\\=`_]{{0,200}})?)"
        rf"(?<={ge._EMPH_OUT})\*(?![^\s.,;:!?)\]\"'”’—-])"
    ),
    "_EQUALS": re.compile(
        rf"(?<![\w/.:@\\=])=(?=_?{ge._EMPH_IN})({ge._EQ_BODY}*(?:\n[ \t]*[^=\s/\\`]{ge._EQ_BODY}*){{0,5}})"
        rf"(?:(?<={ge._EMPH_OUT})|(?<=_))(?:=| =(?=[ \t]*(?:\n|\Z)))(?![\w=])"
    ),
    "_MARKDOWN": re.compile(
        r"(?m)^```+[ \t]*$|^#{1,6} |\]\([^\s()]*[/.#:][^\s()]*(?:[ \t]+\"[^\"\n]*\")?\)"
        r"|\*\*(?<![\w*]\*\*)\w[^*\n]*\*\*(?!\*)|`(?<!``)[^`\n]+`(?![\w`])"
        r"|``(?<!```)[^`\n]+``(?![\w`])"
    ),
    "_RUBY": re.compile(
        rf"｜({az._BASE}|{az._SPACED})《[^《》\n]{{1,40}}》"
        rf"|\|(?![^\n]*\|[ \t]*(?:\n|\Z))({az._BASE})《[{az._KANA}]{{1,40}}》"
        rf"|(?<={az._KANJI_BEFORE})《[{az._KANA}]{{1,40}}》"
    ),
    "_ANCHOR": re.compile(r"(?<=[^\s\[\]()])\[(\d{1,4}|[A-Z])\](?![\w(\[=]|\.\w)"),
}
OLD["_RUBY_ANY_BAR"] = re.compile(
    OLD["_RUBY"].pattern.replace(r"(?![^\n]*\|[ \t]*(?:\n|\Z))", "", 1)
)
NEW = {
    "_UNDERSCORES": ge._UNDERSCORES,
    "_ASTERISKS": ge._ASTERISKS,
    "_EQUALS": ge._EQUALS,
    "_MARKDOWN": gutenberg_markup._MARKDOWN,
    "_RUBY": az._RUBY,
    "_RUBY_ANY_BAR": az._RUBY_ANY_BAR,
    "_ANCHOR": gutenberg_note_marks._ANCHOR,
}

# Nietzsche, Ecce Homo (../shared/data/en_gutenberg/pg52190.txt, lines 597-601): "_..._"
# italics and "[1]" note anchors.
ECCE_HOMO = (
    "anti-political German. Be this as it may, my ancestors were Polish\n"
    "noblemen: it is owing to them that I have so much race instinct in my\n"
    "blood--who knows? perhaps even the _liberum veto_[1] When I think of\n"
    "the number of times in my travels that I have been accosted as a Pole,\n"
    "even by Poles themselves, and how seldom I have been taken for a German,\n"
)
# Lewis Carroll, Symbolic Logic (rcdm-uga/Gutenberg_Text, line 485): "=bold=".
SYMBOLIC_LOGIC = "'=Normal form=' of a Proposition\n"
# Moby-Dick (../shared/data/en_gutenberg/pg2701.txt, line 4881), a footnote's star.
MOBY_STAR = "*See subsequent chapters for something more on this head.\n"
# aozorahack/aozorabunko_text README.md (lines 14-22): a fenced block, "### " heading and
# "`code`" spans (Markdown).
AOZORA_README = (
    "履歴不要で最新版だけ欲しい場合は以下のコマンドの方が早いはずです。\n\n"
    "```console\n"
    "$ git clone --depth 1 https://github.com/aozorahack/aozorabunko_text.git\n"
    "```\n\n"
    "### 個別のテキストファイルへのアクセス\n\n"
    "個別のファイルには、`https://aozorahack.org/aozorabunko_text/cards/000081/files/"
    "45630_txt_23610/45630_txt_23610.txt`のようなURLでアクセスできます（ただし、HTTP"
    "レスポンスヘッダのContent-Typeは`text/plain; charset=utf-8`なのにファイルは"
    "Shift_JISなので、ブラウザでは文字化けします）。\n"
)
# 島木健作「一過程」(aozorabunko_text cards/000008/files/47361), the legend: a kanji's
# ruby "面《つら》" and a barred one "春｜耕《おこ》し".
AOZORA_LEGEND = (
    "一過程\n島木健作\n\n-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）面《つら》\n\n"
    "｜：ルビの付く文字列の始まりを特定する記号\n（例）春｜耕《おこ》し\n"
)
EXCERPTS = {
    "_UNDERSCORES": ECCE_HOMO,
    "_ASTERISKS": "of the *Pequod* and " + MOBY_STAR,
    "_EQUALS": SYMBOLIC_LOGIC,
    "_MARKDOWN": AOZORA_README,
    "_RUBY": AOZORA_LEGEND,
    "_RUBY_ANY_BAR": AOZORA_LEGEND,
    "_ANCHOR": ECCE_HOMO,
}


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _literal_led(pattern: re.Pattern) -> bool:
    """The parsed pattern opens with a literal, or every branch of its top alternation does
    (what the engine needs to skip to a literal or a set of first characters)."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    op, av = items[0]
    if op is C.LITERAL:
        return True
    if op is C.BRANCH:
        return all(list(b)[0][0] is C.LITERAL for b in av[1])
    return False


@pytest.mark.parametrize("name", sorted(NEW))
def test_literal_led_lookbehind_opens_with_a_literal(name):
    """Clause literal_led_lookbehind: each pattern opens with its mark (base48: with the
    look-behind or "^", tried at every character)."""
    assert _literal_led(NEW[name])
    assert not _literal_led(OLD[name])


@pytest.mark.parametrize("name", sorted(NEW))
def test_literal_led_lookbehind_same_matches_on_real_text(name):
    """The real excerpt's matches (at least one), and those of the excerpt after a word
    character, a newline and a space, are the base48 pattern's."""
    text = EXCERPTS[name]
    found = _found(NEW[name], text)
    assert found and found == _found(OLD[name], text)
    for before in ("x", "\n", " ", "漢", "_", "=", "*", "[", "#", "`"):
        assert _found(NEW[name], before + text) == _found(OLD[name], before + text)


def test_literal_led_lookbehind_real_values():
    """The values on the excerpts, worked out by hand."""
    assert [m.group(1) for m in NEW["_UNDERSCORES"].finditer(ECCE_HOMO)] == ["liberum veto"]
    assert [m.group() for m in NEW["_ANCHOR"].finditer(ECCE_HOMO)] == ["[1]"]
    assert [m.group(1) for m in NEW["_EQUALS"].finditer(SYMBOLIC_LOGIC)] == ["Normal form"]
    assert [m.group() for m in NEW["_MARKDOWN"].finditer(AOZORA_README)][:2] == [
        "```",  # the closing fence: "```console" is no bare fence line
        "### ",
    ]
    rubies = [m.group() for m in NEW["_RUBY"].finditer(AOZORA_LEGEND)]
    assert rubies == ["《つら》", "｜耕《おこ》"]  # the kanji "面" is read by the look-behind
    # The mark at the text's very start: "^" holds, the look-behind has no character.
    assert [m.span() for m in NEW["_MARKDOWN"].finditer("# Title\n")] == [(0, 2)]
    assert [m.span() for m in NEW["_MARKDOWN"].finditer("```\ncode\n```\n")] == [(0, 3), (9, 12)]
    assert _found(NEW["_UNDERSCORES"], "_so_ it is") == [((0, 4), ("so",))]
    assert _found(NEW["_ANCHOR"], "[1] note") == []  # a label opening the text is no anchor


_ALPHABET = "_=*`#[]()1Aa .,\n\t\"'“:/|｜《》面つ漢-"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_literal_led_lookbehind_same_matches_generated(text):
    """Every pattern, on strings of the marks and their neighbours: base48's matches."""
    for name, pattern in NEW.items():
        assert _found(pattern, text) == _found(OLD[name], text), name


class _NoFindall:
    """CJK_CHAR with ``findall`` refused (clause cjk_count_upto counts without the list)."""

    def __init__(self, pattern):
        self.pattern = pattern

    def search(self, *a):
        return self.pattern.search(*a)

    def finditer(self, *a):
        return self.pattern.finditer(*a)

    def findall(self, *a):
        raise AssertionError("CJK_CHAR.findall: a list of every CJK character")


# 龙族1-3 (zzk6780051/novel, decoded and normalized, lines 150 and 95): speech with a Latin
# name among more CJK characters; a heading with more Latin letters than CJK characters.
MINGFEI = "\u3000\u3000“有我的信么？”路明非在传达室门口探头探脑，拽着英文发音，“Mingfei Lu。”"
CASSELL = "\u3000\u3000第一幕 卡塞尔之门 The Gate to Cassell"


@pytest.mark.parametrize(
    ("block", "expected"), [(MINGFEI, True), (CASSELL, False), (MINGFEI + "\n" + CASSELL, True)]
)
def test_cjk_count_upto_same_answer(monkeypatch, block, expected):
    """Clause cjk_count_upto: the answer of the full count (CJK characters >= Latin
    letters), with no list of CJK characters made."""
    latin = len(re.findall("[A-Za-z]", block))
    assert (latin == 0 or len(CJK_CHAR.findall(block)) >= latin) is expected
    monkeypatch.setattr(paragraphs, "CJK_CHAR", _NoFindall(CJK_CHAR))
    assert paragraphs._mostly_cjk(block) is expected


class _Counting:
    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *a):
        self.calls += 1
        return self.pattern.search(*a)


# 水浒传 (../shared/data/zh_classics/水浒传.txt, lines 182-188): indented lines, each ending
# a sentence ("。", "！\""), no "."; and English lines ending on "Mr." (the sentence goes on).
SHUIHU_LINES = (
    "    李牌心焦，走回到家中寻时，只见锁了门，两头无路，寻了半日并无有人。\n"
    "    看看待晚，岳庙里张牌疑忌，一直奔回家来，又和李牌寻了一黄昏。\n"
    "    看看黑了，两个见他当夜不归，又不见了他老娘。\n"
    "    次日，两个牌军又去他亲戚之家访问，亦无寻处。\n"
    '    两个恐怕连累，只得去殿帅府首告："王教头弃家在逃，母子不知去向。"\n'
    '    高太尉见告，大怒道："贼配军在逃，看那厮待走那里去！"\n'
    "    随即押下文书，行开诸州各府捉拿逃军王进。\n"
)
# Verne, Journey to the Centre of the Earth (../shared/data/en_gutenberg/pg18857.txt, lines
# 1193-1197): a line ending on "Mr." (the sentence goes on), "M." inside lines.
VERNE_MR = (
    "The hour of departure came at last. The night before, the worthy Mr.\n"
    "Thompson brought us the most cordial letters of introduction for Baron\n"
    "Trampe, Governor of Iceland, for M. Pictursson, coadjutor to the bishop,\n"
    "and for M. Finsen, mayor of the town of Reykjavik. In return, my uncle\n"
    "nearly crushed his hands, so warmly did he shake them.\n"
)


def test_abbreviation_dot_first(monkeypatch):
    """Clause abbreviation_dot_first: lines without "." are not searched for an
    abbreviation; the starts are base48's (each 水浒传 line after a full stop; Verne's wrapped
    prose none, its "Mr." line asked, the one line ending on a full stop)."""
    counting = _Counting(paragraphs._ENDS_ABBREVIATION)
    monkeypatch.setattr(paragraphs, "_ENDS_ABBREVIATION", counting)
    starts = paragraphs._block_line_starts(SHUIHU_LINES, 0, len(SHUIHU_LINES))
    line_starts = [i + 5 for i, c in enumerate(SHUIHU_LINES[:-1]) if c == "\n"]  # the indent
    assert starts == line_starts and counting.calls == 0
    assert paragraphs._block_line_starts(VERNE_MR, 0, len(VERNE_MR)) == []
    assert counting.calls == 1


# song100 (宋诗一百首, fortunes-zh), 苏轼, as tests/transforms/test_cjk_label_lines.py quotes
# it: a long title field holding commas, the author field under it, the verses.
FIELDS = """题目:《正月二十日与潘郭二生出郊寻春，忽记去年是日同至女王城作诗，乃和前韵》
作者:苏轼（１０３６－１１０１）
东风未肯入东门，走马还寻去岁春。
人似秋鸿来有信，事如春梦了无痕。
江城白酒三杯酽，野老苍颜一笑温。
已约年年为此会，故人不用赋招魂。
"""


def test_field_lines_as_lists_keep_field_breaks():
    """Clause field_lines_as_lists (the offsets read as lists): the title field and the
    author field keep their breaks (clauses field_lines and field_after_title), as do the
    verses (cjk_verse_lines)."""
    assert clean_text(FIELDS).text == FIELDS


# -- review (session 48, second engineer): each guard, with a character right before its mark --

# The mark each look-behind guards (the one it now follows).
MARKS = {
    "_UNDERSCORES": "_",
    "_ASTERISKS": "*",
    "_EQUALS": "=",
    "_MARKDOWN": "`#",
    "_RUBY": "《",
    "_RUBY_ANY_BAR": "《",
    "_ANCHOR": "[",
}
# A word character, a path's or an address's marks, CJK, the opening quotes and dash
# _ASTERISKS allows, "####" (a seventh "#" before "### ": no heading).
BEFORE_MARK = (
    "x",
    "1",
    "/",
    ".",
    ":",
    "@",
    "\\",
    "(",
    "“",
    "—",
    " ",
    "\n",
    "漢",
    "ア",
    "####",
    "`",
)


@pytest.mark.parametrize("name", sorted(NEW))
def test_literal_led_lookbehind_guard_right_before_the_mark(name):
    """The look-behinds read the character right before the mark they guard: with each of
    ``BEFORE_MARK`` put right before every mark of the real excerpt, base48's matches (the
    tests above put it at the text's start only, where a dropped guard is not seen)."""
    text = EXCERPTS[name]
    for before in BEFORE_MARK:
        changed = "".join(before + c if c in MARKS[name] else c for c in text)
        assert _found(NEW[name], changed) == _found(OLD[name], changed), before


def test_literal_led_lookbehind_guards_refuse():
    """The guards' refusals, by hand: a word character before "_", "=", "*" or "[" (a
    snake_case name, "a=b", "a*b", a label); a character before a fence or a heading mark
    (no line start); seven "#"; a kana ruby after a Latin letter (no kanji base)."""
    assert _found(NEW["_UNDERSCORES"], "perhaps even x_liberum veto_ When") == []
    assert _found(NEW["_EQUALS"], "'x=Normal form=' of a Proposition") == []
    assert _found(NEW["_ASTERISKS"], "of the x*Pequod* and") == []
    assert _found(NEW["_ANCHOR"], "blood--who knows? [1] When") == []
    assert _found(NEW["_MARKDOWN"], "a```\ncode\n```\n") == [((10, 13), ())]
    assert _found(NEW["_MARKDOWN"], "個別 ### のテキスト\n####### x\n") == []
    assert _found(NEW["_RUBY"], "（例）x《つら》") == []
    assert _found(NEW["_RUBY_ANY_BAR"], "（例）面《つら》") == [((4, 8), (None, None))]


# 娱乐圈是我的 (zzk6780051/novel, GB18030, lines 23390 and 4766): a line of as many CJK
# characters (with the full-width comma and stop) as Latin letters, and one with one fewer.
DREA = "    drea，再见。"
HELLO = "    hello, 有事吗？"


@pytest.mark.parametrize(("block", "expected"), [(DREA, True), (HELLO, False)])
def test_cjk_count_upto_at_the_tie(block, expected):
    """Clause cjk_count_upto at the boundary: CJK characters == Latin letters is mostly
    CJK (4 and 4), one fewer is not (4 and 5): the ``latin``-th match, not one more or less."""
    latin = len(re.findall("[A-Za-z]", block))
    assert (len(CJK_CHAR.findall(block)) >= latin) is expected
    assert paragraphs._mostly_cjk(block) is expected


# tang300 (唐诗三百首, fortunes-zh), as tests/transforms/test_cjk_label_lines.py quotes it:
# verse, each title in "《》" (no clause mark) over its author line.
TANG_LONG = """《蜀相》
作者：杜甫
丞相祠堂何处寻，锦官城外柏森森。
映阶碧草自春色，隔叶黄鹂空好音。
三顾频烦天下计，两朝开济老臣心。
出师未捷身先死，长使英雄泪满襟。
%
《奉和中书舍人贾至早朝大明宫》
作者：岑参
鸡鸣紫陌曙光寒，莺啭皇州春色阑。
金阙晓钟开万户，玉阶仙仗拥千官。
花迎剑佩星初落，柳拂旌旗露未干。
独有凤凰池上客，阳春一曲和皆难。
"""


def test_field_lines_as_lists_keep_verse_titles():
    """Clause field_lines_as_lists, the verse branch (clause verse_titles: in verse, a line
    without a clause mark keeps its break): the long title stays over its author line."""
    assert "《奉和中书舍人贾至早朝大明宫》\n作者：岑参\n" in clean_text(TANG_LONG).text
