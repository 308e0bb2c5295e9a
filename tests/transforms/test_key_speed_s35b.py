"""Session 35 (part 2) clauses of the key-sentence stage: ``cjk_once_per_document``
(transforms/quote_marks.holds_cjk, read by cjk_quotes.quoted_cjk, cjk_inner_quotes and
chapter_end_formulas: "holds a CJK character" decided once per document) and
``release_in_finally`` (structure.analyze_text drops the per-document caches also when a
step raises). Old paths (the code at session 35's start) run side by side with the new
ones on real text: 西遊記 / 三國演義 / 梁羽生 formula lines, 天龙八部's ASCII inner quotes,
红楼梦 / 水浒传 speech, and Shakespeare (English with apostrophes and quotes)."""

import numpy as np
import pytest

from transforms import chapter_end_formulas as cef
from transforms import cjk_quotes as cq
from transforms import key_sentences as ks
from transforms import quote_marks as qm
from transforms.cjk_inner_quotes import _cjk, inner_quote_fragments
from transforms.cjk_layout import CJK_CHAR
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text

from .test_cjk_inner_quotes import GAN, SHENG, ZHIGUANG
from .test_key_speed_s35 import EDGES, FORMULAS, QUOTED, old_chapter_end_formulas

# Hamlet I.ii and III.i (public domain): apostrophes, '"', no CJK character.
HAMLET = (
    "HAMLET. O that this too too solid flesh would melt,\nThaw, and resolve itself into a dew!\n"
    '\'Tis an unweeded garden, that grows to seed. "Frailty, thy name is woman!"\n'
    "To be, or not to be, that is the question: Whether 'tis nobler in the mind to suffer "
    "the slings and arrows of outrageous fortune. Ay, there's the rub.\n"
)
# An English page with one Chinese quotation (CJK present, no formula) and a page that
# names the formula in Latin letters only.
MIXED = HAMLET + "He wrote: 'Confucius said:'学而时习之，不亦说乎？'\n"
LATIN_FORMULA = "The storyteller ends: xia hui fen jie. 'Tis so.\n"
TEXTS = (
    QUOTED,
    FORMULAS,
    EDGES,
    GAN + SHENG + ZHIGUANG,
    HAMLET,
    MIXED,
    LATIN_FORMULA,
    FORMULAS + HAMLET,
)


def old_inner_quote_fragments(text, spans, candidates):
    """transforms.cjk_inner_quotes.inner_quote_fragments at session 35's start."""
    none = np.zeros(0, dtype=np.int64)
    if "'" not in text or not len(candidates) or not CJK_CHAR.search(text):
        return none
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    at = np.flatnonzero(cp == 39)
    before = np.where(at > 0, cp[np.maximum(at - 1, 0)], 0)
    after = np.where(at + 1 < len(cp), cp[np.minimum(at + 1, len(cp) - 1)], 0)
    at = at[_cjk(before) | _cjk(after)]
    if not len(at):
        return none
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    a, b = spans[cand, 0], spans[cand, 1]
    odd = (np.searchsorted(at, b) - np.searchsorted(at, a)) % 2 == 1
    if not odd.any():
        return none
    idx = np.flatnonzero(odd)
    han = np.flatnonzero((cp >= 0x3040) & (cp < 0xA000))
    has = np.searchsorted(han, b[idx]) > np.searchsorted(han, a[idx])
    return cand[idx[has]]


def old_quoted_cjk(text):
    """transforms.cjk_quotes.quoted_cjk at session 35's start (its cache aside)."""
    return any(q in text for q in '「“『"') and CJK_CHAR.search(text) is not None


def _cases(text):
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64).reshape(-1, 2)
    n = len(spans)
    for cand in (np.arange(n), np.arange(0, n, 2), np.arange(n)[::-1], np.zeros(0, np.int64)):
        yield spans, cand


def test_cjk_once_per_document_equals_old_path():
    """Clause cjk_once_per_document: quoted_cjk, inner_quote_fragments and
    chapter_end_formulas answer as at session 35's start on Chinese, English and mixed
    texts asked in turn (each text's cached answer must not leak into the next: the
    Chinese formula text right after Hamlet, Hamlet right after it, an equal copy)."""
    seen = {"formula": 0, "inner": 0, "quoted": 0}
    order = TEXTS + TEXTS[::-1] + tuple((t + " ")[:-1] for t in TEXTS)  # equal copies
    for text in order:
        for spans, cand in _cases(text):
            new_f = cef.chapter_end_formulas(text, spans, cand)
            assert np.array_equal(new_f, old_chapter_end_formulas(text, spans, cand))
            new_i = inner_quote_fragments(text, spans, cand)
            assert np.array_equal(new_i, old_inner_quote_fragments(text, spans, cand))
            assert cq.quoted_cjk(text) == old_quoted_cjk(text)
            seen["formula"] += len(new_f)
            seen["inner"] += len(new_i)
        seen["quoted"] += cq.quoted_cjk(text)
    qm.release()
    cq.release()
    assert seen["formula"] > 0 and seen["inner"] > 0 and seen["quoted"] > 0
    # The real values: 西遊記's and 三國演義's formula sentences; 天龙八部's inner halves.
    spans = np.asarray(sentence_spans(FORMULAS, "auto"), dtype=np.int64)
    got = [
        FORMULAS[a:b].strip()
        for a, b in spans[cef.chapter_end_formulas(FORMULAS, spans, np.arange(len(spans)))]
    ]
    assert "畢竟不知向後修些甚麼道果，且聽下回分解。" in got
    assert "不知孔明此去畢竟如何，且看下文分解。" in got
    assert not any("等着下回分解" in g for g in got)  # guard formula_needs_its_verb


def test_cjk_once_per_document_one_scan_and_cache_by_identity(monkeypatch):
    """Clause cjk_once_per_document: on an English text the three rules ask the text for
    a CJK character once, not once each (chapter_end_formulas' literal scans are not
    made: a text without CJK cannot hold 下回分); the answer is kept for that text object
    only (another text, even an equal one that differs, is asked again)."""
    calls = []
    search = qm._cjk_search

    def counting(text):
        calls.append(len(text))
        return search(text)

    monkeypatch.setattr(qm, "_cjk_search", counting)
    qm.release()
    cq.release()
    spans = np.asarray(sentence_spans(HAMLET, "auto"), dtype=np.int64)
    cand = np.arange(len(spans))
    assert not cq.quoted_cjk(HAMLET)
    assert not len(inner_quote_fragments(HAMLET, spans, cand))
    assert not len(cef.chapter_end_formulas(HAMLET, spans, cand))
    assert calls == [len(HAMLET)]
    assert qm.holds_cjk(MIXED) and qm.holds_cjk(FORMULAS) and not qm.holds_cjk(HAMLET)
    assert len(calls) == 4  # each new text asked once
    qm.release()
    assert qm._CJK == (None, False)


def test_release_in_finally_when_a_step_raises(monkeypatch):
    """Clause release_in_finally: analyze_text drops the marks' cache, the counts, the
    CJK answer and quoted_cjk's text also when the key stage raises partway (at session
    35's start the release came after the step, so a failing document stayed held)."""
    filled = {}

    def broken(*args, **kwargs):
        filled["marks"] = qm.mark_positions.cache_info().currsize
        filled["counts"] = qm._COUNTS[0] is not None
        filled["cjk"] = qm._CJK[0] is not None
        filled["quoted"] = cq._LAST[0] is not None
        raise RuntimeError("planted failure in the key stage")

    monkeypatch.setattr(ks, "key_sentences", broken)
    with pytest.raises(RuntimeError, match="planted"):
        analyze_text(QUOTED + FORMULAS)
    assert filled == {"marks": 1, "counts": True, "cjk": True, "quoted": True}  # it was held
    assert qm.mark_positions.cache_info().currsize == 0
    assert qm._COUNTS == (None, None, None)
    assert qm._CJK == (None, False)
    assert cq._LAST == (None, False)


def test_release_in_finally_keeps_output():
    """What must stay: a normal run releases too and answers as before, twice in a row
    (the second run recounts from empty caches)."""
    first = analyze_text(QUOTED + FORMULAS)
    assert qm.mark_positions.cache_info().currsize == 0 and cq._LAST == (None, False)
    second = analyze_text(QUOTED + FORMULAS)
    assert np.array_equal(first.key_sentences, second.key_sentences)
    assert np.array_equal(first.key_scores, second.key_scores)
    assert len(first.key_sentences) > 0


def test_cjk_units_prefilter_equals_regex():
    """Clause cjk_units_prefilter: quote_marks._cjk_search answers as
    ``CJK_CHAR.search(text) is not None`` (session 35's start) on real English (Hamlet with
    curly quotes and an em dash, Latin-1 "café"), Chinese, and the class's edges: U+2E7F
    (below it) and U+2E80 (its least character), U+3000 (the ideographic space, left out
    of the class but above the threshold), a supplementary ideograph (two surrogate units)
    and an emoji (surrogates, no CJK), a lone surrogate, and one CJK character at every
    position around the stretch bounds."""
    curly = HAMLET.replace('"Frailty', "“Frailty").replace('woman!"', "woman!”—")
    edges = [
        "",
        "café",
        curly,
        HAMLET,
        QUOTED,
        FORMULAS,
        "\u2e7f",
        "\u2e80",
        "\u3000",
        "x\U00020000",
        "x\U0001f600",
        "x\ud800y",
        "\u3000\U0001f600ﬁ" + curly,
    ]
    n = qm._UNITS
    for pos in (0, 1, n - 2, n - 1, n, n + 1, 2 * n - 1, 2 * n, 3 * n - 1):
        for filler, cjk in (("’", "下"), ("a", "\U00020000"), ("“", "\u3000")):
            edges.append(filler * pos + cjk + filler * (3 * n - pos))
    answers = []
    for text in edges:
        answers.append(qm._cjk_search(text))
        assert answers[-1] == (CJK_CHAR.search(text) is not None), ascii(text[:20])
    assert answers[:13] == [
        False,
        False,
        False,
        False,
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    assert sum(answers) == 4 + 18  # 下 and U+20000 at each of the 9 positions


def test_cjk_units_prefilter_inside_the_rules():
    """What must stay: Chinese with ASCII inner quotes (天龙八部) still finds its halves
    through holds_cjk, an English text none."""
    qm.release()
    text = GAN + SHENG + ZHIGUANG
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    got = inner_quote_fragments(text, spans, np.arange(len(spans)))
    assert np.array_equal(got, old_inner_quote_fragments(text, spans, np.arange(len(spans))))
    assert len(got) > 0
    qm.release()


def test_cjk_once_per_document_english_skips_literals():
    """Clause cjk_once_per_document (review 35, wtA2): chapter_end_formulas on a text with
    no CJK character makes none of its literal "下回分"/"下文分" scans (the guard's whole
    gain; output alone cannot see it), and a CJK text still makes them."""

    class Counting(str):
        scans = 0

        def __contains__(self, part):
            Counting.scans += 1
            return str.__contains__(self, part)

    qm.release()
    for text, want in ((HAMLET, 0), (FORMULAS, 1)):
        Counting.scans = 0
        spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
        cef.chapter_end_formulas(Counting(text), spans, np.arange(len(spans)))
        assert (Counting.scans > 0) == bool(want), text[:20]
    qm.release()


def test_cjk_units_prefilter_threshold_follows_the_class():
    """Clause cjk_units_prefilter (review 35, wtA2): no character below the threshold is
    in CJK_CHAR (all 11,904 asked, not edges only), so a range added to cjk_layout's
    class below U+2E80 (Hangul Jamo U+1100, say) fails here instead of being skipped."""
    below = "".join(chr(c) for c in range(qm._CJK_LOW))
    assert CJK_CHAR.search(below) is None
    assert CJK_CHAR.search(chr(qm._CJK_LOW)) is not None
