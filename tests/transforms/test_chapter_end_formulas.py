"""Clause ``chapter_end_formula`` (transforms/chapter_end_formulas.py): a chapter
novel's closing formula ("且聽下回分解") is no key sentence; guard
``formula_needs_its_verb``."""

import numpy as np

from transforms.chapter_end_formulas import chapter_end_formulas
from transforms.key_sentences import eligible_sentences
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

# 西遊記, end of chapter 1 (oscarsun72/chtxt, 明_吳承恩_西遊記.txt).
XIYOU = (
    "\u3000\u3000猴王笑道：「好！好！好！自今就叫做孫悟空也。」正是：\n\n"
    "\u3000\u3000鴻濛初闢原無姓，打破頑空須悟空。\n\n"
    "\u3000\u3000畢竟不知向後修些甚麼道果，且聽下回分解。\n\n"
)
# 三國演義 (Traditional, "下文分解") and 梁羽生's 侠骨丹心 (Simplified, "请听", ASCII marks).
SANGUO = "\u3000\u3000不知孔明此去畢竟如何，且看下文分解。\n"
XIAGU = '否则我就要你性命!"正是:\n赌酒未曾分胜负,长街再比武功来。\n欲知后事如何,请听下回分解。\n'
# 四世同堂: prose that borrows the phrase, no 聽/看 before it (guard formula_needs_its_verb).
SISHI = "他既然惹了冠晓荷，他就须挺起腰板等着下回分解。他不能缩头缩脑的躲开。"


def _eligible(text: str) -> dict[str, bool]:
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, 6.0)
    return {text[a:b].strip(): bool(e) for (a, b), e in zip(spans.tolist(), ok, strict=True)}


def _of(got: dict[str, bool], part: str) -> bool:
    """Eligibility of the one sentence that holds ``part``."""
    (hit,) = [e for s, e in got.items() if part in s]
    return hit


def test_chapter_end_formula_xiyouji_not_eligible():
    """Clause chapter_end_formula: 西遊記's "畢竟不知…，且聽下回分解。" goes; the verse stays."""
    got = _eligible(XIYOU)
    assert got["畢竟不知向後修些甚麼道果，且聽下回分解。"] is False
    assert _of(got, "鴻濛初闢原無姓，打破頑空須悟空。") is True


def test_chapter_end_formula_traditional_and_simplified():
    """Clause chapter_end_formula: "且看下文分解" (三國演義) and "请听下回分解" (梁羽生)."""
    assert _eligible(SANGUO) == {"不知孔明此去畢竟如何，且看下文分解。": False}
    got = _eligible(XIAGU)
    assert got["欲知后事如何,请听下回分解。"] is False
    assert _of(got, "赌酒未曾分胜负,长街再比武功来。") is True


def test_formula_needs_its_verb_sishi_tongtang_prose_stays():
    """Guard formula_needs_its_verb: 四世同堂's "等着下回分解" is the narrator's prose."""
    got = _eligible(SISHI)
    assert got["他既然惹了冠晓荷，他就须挺起腰板等着下回分解。"] is True


def test_chapter_end_formula_only_at_sentence_end():
    """Guard: the phrase inside a sentence that goes on after it is no formula."""
    text = "他笑說且聽下回分解之類的話都是說書人的套語，不必當真。"
    spans = np.array([[0, len(text)]])
    assert chapter_end_formulas(text, spans, np.array([0])).tolist() == []
    assert chapter_end_formulas(XIYOU, sentence_spans(XIYOU, "auto"), np.arange(0)).tolist() == []


def test_chapter_end_formula_after_comma_hongloumeng():
    """Clause chapter_end_formula: 红楼梦's "…未知是谁，下回分解。" (no 聽/看: the phrase is
    a clause of its own); 季羡林's "那就请听下回分解了。" goes on after it and stays."""
    text = "忽觉身背后有人拍了他一下，及至回头看时，未知是谁，下回分解。\n（本章完）\n"
    assert _of(_eligible(text), "未知是谁，下回分解。") is False
    ji = "至于事实究竟如何，那就请听下回分解了。"
    assert chapter_end_formulas(ji, np.array([[0, len(ji)]]), np.array([0])).tolist() == []


# 梁羽生's 侠骨丹心 (jbts6/wuxia-novel, 侠骨丹心.txt), end of chapter 11: no end mark after the
# formula, the next chapter's title and first line follow.
XIAGU_NO_MARK = (
    "东西进来。正是:\n黑牢囚侠士,暗室现红妆。\n欲知后事如何?请听下回分解\n\n"
    "第十二回 诧见残脂逃黑狱 变来解药戏魔头\n\n"
    '"卜"的一声响,那件东西正好落在金逐流面前。\n'
)


def test_formula_ends_line_xiagu():
    """Clause formula_ends_line: the sentence opening on the unmarked formula is not
    eligible; the verse before it stays eligible."""
    text = normalize_text(XIAGU_NO_MARK)
    got = _eligible(text)
    assert _of(got, "请听下回分解") is False
    assert _of(got, "黑牢囚侠士，暗室现红妆。") is True
