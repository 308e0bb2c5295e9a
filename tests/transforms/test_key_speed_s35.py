"""Session 35 speed clauses of the key-sentence stage, each an old path (the code at
session 35's start, kept here as the reference) run side by side with the new one on
real Chinese text: clauses ``formula_at_literal`` and ``formula_hits_by_mask``
(transforms/chapter_end_formulas.py), ``counts_once_per_document``
(transforms/quote_marks.py, cjk_quotes.py, key_quotes.py), ``short_per_mark``
(key_quotes.short_speeches) and ``unique_counts_stable`` (sorted_unique.unique_counts in
key_sentences.tfidf_rows). Excerpts: 西遊記 ch. 1's end, 三國演義's
"且看下文分解", 梁羽生 侠骨丹心 (oscarsun72/chtxt, jbts6/wuxia-novel), 四世同堂's borrowed
phrase; and, where the shared data is on the machine, the whole of 红楼梦 and 水浒传."""

import os
import re

import numpy as np
import pytest

from transforms import chapter_end_formulas as cef
from transforms import cjk_quotes as cq
from transforms import key_quotes as kq
from transforms import key_sentences as ks
from transforms import quote_marks as qm
from transforms import sorted_unique, topics
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text

from .test_quote_marks_s34 import old_quote_groups  # session 33's groups (reference)

# 红楼梦 第七十五回 (“” with ‘’ inside) and 水浒传 第三十八回 ('"' quotes, a lost closer), 「」『』.
HONGLOU = (
    "贾母因问：“拿稀饭来吃些罢。”尤氏早捧过一碗来，说是红稻米粥。贾母接来吃了半碗，便吩咐："
    "“将这粥送给凤姐儿吃去。”又指着这一盘果子：“独给平儿吃去。”又向尤氏道：“我吃了，你就来吃了罢。”"
    "贾母见尤氏吃的仍是白米饭，因问说：“怎么不盛我的饭？”丫头们回道：“老太太的饭完了。"
    "今日添了一位姑娘，所以短了些。”鸳鸯道：“如今都是‘可着头做帽子’了，要一点儿富馀也不能的。”"
    "贾母笑道：“正是：‘巧媳妇做不出没米儿粥来。’”众人都笑起来。\n"
)
SHUIHU = (
    '那汉道："我自去叫他起来。我和他赶人。"太公道："你又和谁合口？叫起哥哥来时，他却不肯干休。'
    '你且对我说这缘故。"\n'
    "宋江道：“这个大汉是谁？如何说话？两个便把他劝了。他应道：“好。”又说：“去罢。”\n"
    "He said “Stop here. Go on.” 他说：「我来了。你去罢。」『好的。』\n"
)
QUOTED = HONGLOU + SHUIHU

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
    cuts = sorted(
        {0, len(text)} | {m.start() + d for m in re.finditer("下", text) for d in (0, 3, 5)}
    )
    cut = np.asarray(
        [(a, b) for a, b in zip(cuts[:-1], cuts[1:], strict=True) if b <= len(text)], dtype=np.int64
    )
    yield cut, np.arange(len(cut))


def test_formula_at_literal_equals_finditer_on_excerpts():
    """Clauses formula_at_literal / formula_hits_by_mask: the same sentences as the regex
    scan over the whole text and np.intersect1d, on real formulas and their edges."""
    found = 0
    for text in (FORMULAS, EDGES, FORMULAS + EDGES):
        for spans, cand in _formula_cases(text, sentence_spans(text, "auto")):
            new, old = (
                cef.chapter_end_formulas(text, spans, cand),
                old_chapter_end_formulas(text, spans, cand),
            )
            assert new.tolist() == old.tolist()
            assert new.dtype == old.dtype
            found += len(new)
    assert found >= 20  # the cases hold formulas (a test of nothing would pass too)
    text = FORMULAS
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    got = [
        text[a:b].strip()
        for a, b in spans[cef.chapter_end_formulas(text, spans, np.arange(len(spans)))]
    ]
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
        assert (
            cef.chapter_end_formulas(text, spans, cand).tolist()
            == old_chapter_end_formulas(text, spans, cand).tolist()
        )


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


def old_short_speeches(marks, a, b):
    """key_quotes.short_speeches at session 35's start (all marks sorted together)."""
    openers = np.sort(np.concatenate([marks[q] for q in kq._OPENERS]))
    closers = np.sort(np.concatenate([marks[q] for q in kq._CLOSERS]))
    if not len(openers) or not len(closers):
        return np.zeros(len(a), dtype=bool)
    at = np.searchsorted(openers, a)
    first = openers[np.minimum(at, len(openers) - 1)]
    has_first = (at < len(openers)) & (first < b)
    at = np.searchsorted(closers, b) - 1
    last = closers[np.maximum(at, 0)]
    has_last = (at >= 0) & (last >= a)
    return has_first & has_last & (first < last) & (last - first + 1 <= kq.SHORT_SPEECH_CHARS)


def test_short_per_mark_equals_sorted_marks():
    """Clause short_per_mark: the same answers as the sort of all marks, on every pair of
    cut points (sentence bounds, marks and their neighbours) of the excerpts, forwards,
    empty and backwards, and with a side's marks missing."""
    for text in (HONGLOU, SHUIHU, QUOTED, "他说：“好。", "好。”他说。", "无引号。"):
        marks = qm.mark_positions(text)
        spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64).reshape(-1, 2)
        pts = sorted(
            {0, len(text)}
            | set(spans.ravel().tolist())
            | {int(p) + d for m in qm.QUOTES for p in marks[m] for d in (-1, 0, 1)}
        )
        pts = np.asarray([p for p in pts if 0 <= p <= len(text)], dtype=np.int64)
        a, b = np.repeat(pts, len(pts)), np.tile(pts, len(pts))
        new, old = kq.short_speeches(marks, a, b), old_short_speeches(marks, a, b)
        assert new.tolist() == old.tolist()
    marks = qm.mark_positions(QUOTED)
    spans = np.asarray(sentence_spans(QUOTED, "auto"), dtype=np.int64)
    assert kq.short_speeches(marks, spans[:, 0], spans[:, 1]).sum() >= 5  # real short speeches


def test_counts_once_per_document_equals_counts_per_call():
    """Clause counts_once_per_document: the shared per-sentence counts are span_counts'
    own, for all sentences and read per candidate; a new spans array (or the same one
    changed) is counted again, not served from the last document's counts."""
    text = QUOTED
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    marks = qm.mark_positions(text)
    got = qm.sentence_counts(text, spans)
    for m in qm.QUOTES:
        assert got[m].tolist() == qm.span_counts(marks[m], spans).tolist()
        assert not got[m].flags.writeable
    assert sum(int(got[m].sum()) for m in qm.QUOTES) >= 30
    half = spans[::2].copy()
    again = qm.sentence_counts(text, half)
    assert again["“"].tolist() == qm.span_counts(marks["“"], half).tolist()
    half[0, 1] = half[0, 0]  # changed in place: the held copy differs
    assert qm.sentence_counts(text, half)["“"][0] == 0
    qm.release()
    assert qm._COUNTS == (None, None, None)


def _old_fragments(text, spans, cand):
    """quote_fragments at session 35's start: counted over the candidates' spans."""
    marks, sub = qm.mark_positions(text), spans[cand]
    bad = np.zeros(len(cand), dtype=bool)
    for op, cl in cq.PAIRS:
        bad |= qm.span_counts(marks[op], sub) != qm.span_counts(marks[cl], sub)
    bad |= qm.span_counts(marks['"'], sub) % 2 != 0
    bad &= cq._has_cjk(text, sub, bad)
    return cand[bad]


def test_counts_once_fragments_and_groups_equal_old_path():
    """Clause counts_once_per_document: quote_fragments on candidate subsets (the counts
    of another subset's call cached before) and quote_groups after them give the old
    path's fragments and groups."""
    text = QUOTED
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    n = len(spans)
    for cand in (np.arange(n), np.arange(0, n, 2), np.arange(1, n, 3)):
        new = cq.quote_fragments(text, spans, cand)
        assert new.tolist() == _old_fragments(text, spans, cand).tolist()
    assert len(cq.quote_fragments(text, spans, np.arange(n))) >= 4
    got = kq.quote_groups(text, spans).tolist()  # served from the cached counts
    assert got == old_quote_groups(text, spans).tolist() == [[6, 7], [11, 12], [13, 15]]


def _old_tfidf_rows(indptr, ids, vocab_size):
    """key_sentences.tfidf_rows at session 35's start (np.unique's own sort)."""
    n = len(indptr) - 1
    rows = np.repeat(np.arange(n), np.diff(indptr))
    key = rows * max(vocab_size, 1) + ids
    uniq, tf = np.unique(key, return_counts=True)
    rows, cols = uniq // max(vocab_size, 1), uniq % max(vocab_size, 1)
    df = np.bincount(cols, minlength=vocab_size)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    values = (1.0 + np.log(tf)) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=values**2, minlength=n))
    return rows, cols, values / norms[rows], norms


def _same(new, old):
    for x, y in zip(new, old, strict=True):
        assert x.dtype == y.dtype
        assert np.array_equal(x, y)


def test_unique_counts_stable_equals_np_unique():
    """Clause unique_counts_stable: np.unique's values and counts (dtypes too) on the
    (sentence, term) keys of the excerpts, and on random, negative, unsigned, empty and
    one-value arrays."""
    text = QUOTED + FORMULAS
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    indptr, ids, vocab, _ = topics.unit_terms_and_stems(text, spans)
    key = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr)) * vocab + ids
    _same(sorted_unique.unique_counts(key), np.unique(key, return_counts=True))
    assert sorted_unique.unique_counts(key)[1].max() >= 2  # repeated terms in a sentence
    rng = np.random.default_rng(35)
    for arr in (
        rng.integers(-50, 50, 1000),
        rng.integers(0, 9, 300).astype(np.uint32),
        np.zeros(0, np.int64),
        np.asarray([7]),
        np.arange(10)[::-1].copy(),
    ):
        _same(sorted_unique.unique_counts(arr), np.unique(arr, return_counts=True))
    _same(ks.tfidf_rows(indptr, ids, vocab), _old_tfidf_rows(indptr, ids, vocab))


@pytest.mark.parametrize("name", ["红楼梦.txt", "水浒传.txt"])
def test_unique_counts_stable_whole_books(shared_data, name):
    path = os.path.join(shared_data, "zh_classics", name)
    if not os.path.exists(path):
        pytest.skip(f"{path} not found")
    text = normalize_text(open(path, encoding="utf-8").read())
    spans = analyze_text(text).sentences
    indptr, ids, vocab, _ = topics.unit_terms_and_stems(text, spans)
    _same(ks.tfidf_rows(indptr, ids, vocab), _old_tfidf_rows(indptr, ids, vocab))
