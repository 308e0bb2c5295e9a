"""Session 35 speed clauses of the key-sentence stage, each an old path (the code at
session 35's start, kept here as the reference) run side by side with the new one on
real Chinese text: clauses ``formula_at_literal`` and ``formula_hits_by_mask``
(transforms/chapter_end_formulas.py). Excerpts: 西遊記 ch. 1's end, 三國演義's
"且看下文分解", 梁羽生 侠骨丹心 (oscarsun72/chtxt, jbts6/wuxia-novel), 四世同堂's borrowed
phrase; and, where the shared data is on the machine, the whole of 红楼梦 and 水浒传."""

import os
import re

import numpy as np
import pytest

from transforms import chapter_end_formulas as cef
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text

FORMULAS = (
    "\u3000\u3000猴王笑道：「好！好！好！自今就叫做孫悟空也。」正是：\n\n"
    "\u3000\u3000鴻濛初闢原無姓，打破頑空須悟空。\n\n"
    "\u3000\u3000畢竟不知向後修些甚麼道果，且聽下回分解。\n\n"
    "\u3000\u3000不知孔明此去畢竟如何，且看下文分解。\n"
    '否则我就要你性命!"正是:\n赌酒未曾分胜负,长街再比武功来。\n欲知后事如何,请听下回分解。\n'
    "他既然惹了冠晓荷，他就须挺起腰板等着下回分解。他不能缩头缩脑的躲开。"
    "要知端的，下回分解。那就请听下回分解了。且见下回分曉」。"
)
# Edges of the literal search: the phrase at the text's start (no character before it),
# twice in a row, "下回分" without its last character, a formula at the text's end.
EDGES = "下回分解。且听下回分解听下回分晓。且看下文分，再看下回分解"


def old_chapter_end_formulas(text, spans, candidates):
    """transforms.chapter_end_formulas.chapter_end_formulas at session 35's start."""
    if not len(candidates) or ("下回分" not in text and "下文分" not in text):
        return np.zeros(0, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    ends = spans[:, 1]
    hits = []
    for m in cef._FORMULA.finditer(text):
        i = int(np.searchsorted(ends, m.end(), side="left"))
        if i >= len(spans) or spans[i, 0] > m.start():
            continue
        tail = cef._TAIL.match(text, m.end(), int(ends[i]))
        if tail is not None and tail.end() == ends[i]:
            hits.append(i)
    if not hits:
        return np.zeros(0, dtype=np.int64)
    return np.intersect1d(np.asarray(hits, dtype=np.int64), np.asarray(candidates, dtype=np.int64))


def _formula_cases(text, spans):
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    n = len(spans)
    subsets = [np.arange(n), np.arange(0, n, 2), np.arange(n)[::-1], np.arange(1, n, 3)]
    for cand in subsets:
        yield spans, cand
    # spans cut at every formula's middle and end: the tail and start tests of the match
    cuts = sorted({0, len(text)} | {m.start() + d for m in re.finditer("下", text) for d in (0, 3, 5)})
    cut = np.asarray([(a, b) for a, b in zip(cuts, cuts[1:]) if b <= len(text)], dtype=np.int64)
    yield cut, np.arange(len(cut))


def test_formula_at_literal_equals_finditer_on_excerpts():
    """Clauses formula_at_literal / formula_hits_by_mask: the same sentences as the regex
    scan over the whole text and np.intersect1d, on real formulas and their edges."""
    found = 0
    for text in (FORMULAS, EDGES, FORMULAS + EDGES):
        for spans, cand in _formula_cases(text, sentence_spans(text, "auto")):
            new, old = cef.chapter_end_formulas(text, spans, cand), old_chapter_end_formulas(text, spans, cand)
            assert new.tolist() == old.tolist()
            assert new.dtype == old.dtype
            found += len(new)
    assert found >= 20  # the cases hold formulas (a test of nothing would pass too)
    text = FORMULAS
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    got = [text[a:b].strip() for a, b in spans[cef.chapter_end_formulas(text, spans, np.arange(len(spans)))]]
    assert got == [
        "畢竟不知向後修些甚麼道果，且聽下回分解。",
        "不知孔明此去畢竟如何，且看下文分解。",
        "欲知后事如何,请听下回分解。",
        "要知端的，下回分解。",
        "且见下回分曉」。",
    ]


def test_formula_hits_by_mask_out_of_range_candidates_fall_back():
    """Clause formula_hits_by_mask: candidates outside the sentence range take the old
    np.intersect1d (a mask cannot hold them)."""
    text = FORMULAS
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    for cand in (np.asarray([-1, 2, 4, 7]), np.asarray([len(spans) + 5, 3, 4])):
        assert cef.chapter_end_formulas(text, spans, cand).tolist() == old_chapter_end_formulas(text, spans, cand).tolist()


@pytest.mark.parametrize("name", ["红楼梦.txt", "水浒传.txt"])
def test_formula_clauses_whole_books(shared_data, name):
    path = os.path.join(shared_data, "zh_classics", name)
    if not os.path.exists(path):
        pytest.skip(f"{path} not found")
    text = normalize_text(open(path, encoding="utf-8").read())
    spans = analyze_text(text).sentences
    for sp, cand in list(_formula_cases(text, spans))[:4]:
        new = cef.chapter_end_formulas(text, sp, cand)
        assert new.tolist() == old_chapter_end_formulas(text, sp, cand).tolist()
    assert len(cef.chapter_end_formulas(text, spans, np.arange(len(spans)))) > 100
