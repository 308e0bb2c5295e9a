"""Session 46's speed clauses (issue 10, Chinese text stages part 3), each output-identical:
lexrank_small_steps (transforms.lexrank: a short document's power iteration by np.bincount
products), plain_concatenate (np.concatenate for np.r_ in the helpers every document runs),
line_keys_gate (transforms.markup_headings.key_lines: a Markdown-marked text keys only the
lines that can carry a heading's words) and passkey_release (training.passkey drops the
splitter's one-document caches).

Excerpts: 劉鶚's 老殘遊記 as oscarsun72+chtxt writes it in Markdown (its first 11 lines, cut
inside the first paragraph, and chapter 2's title line), 红楼梦's opening lines
(tests/transforms/test_chinese_speed_s44.py) and a BBC business article's opening
(../shared/data/sum_bbc_news, quoted here)."""

from __future__ import annotations

import re
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_chinese_speed_s44 import HONGLOU
from training.passkey import Filler
from transforms import (
    char_classes,
    lexrank,
    literal_scan,
    markdown_marks,
    markup_headings,
    sorted_unique,
    topics,
)
from transforms.clean import clean_text
from transforms.markup_headings import key_lines, line_key, line_keys
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans, unwrap
from transforms.structure import analyze_text

LAOCAN = (
    "#下載最新版本，請訪問: https://github.com/bgc2017/chtxt\n"
    "#如果您發現錯字、脫字、衍字，請反饋至: https://github.com/bgc2017/chtxt/issues\n"
    "#創建日期: 2021/10/08\n"
    "#更新日期: 2021/10/08\n\n"
    "# 老殘遊記|〔清〕劉鶚 著\n\n"
    "## 第一回　土不制水歷年成患　風能鼓浪到處可危 \n\n"
    "話說山東登州府東門外有一座大山，名叫蓬萊山。山上有個閣子，名叫蓬萊閣。這閣造得畫棟飛雲，"
    "珠簾捲雨，十分壯麗。西面看城中人戶，煙雨萬家；東面看海上波濤，崢嶸千里。所以城中人士往往"
    "於下午攜尊挈酒，在閣中住宿，準備次日天來明時，看海中出日。習以為常，這且不表。 \n\n"
    "卻說那年有個遊客，名叫老殘。此人原姓鐵，單名一個英字，號補殘。因慕懶殘和尚煨芋的故事，"
    "遂取這「殘」字做號。大家因他為人頗不討厭，契重他的意思，都叫他老殘。\n\n"
)
LAOCAN_2 = "## 第二回　歷山山下古帝遺蹤　明湖湖邊美人絕調 \n\n"
BBC = (
    "Ad sales boost Time Warner profit\n\n"
    "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three "
    "months to December, from $639m year-earlier. The firm, which is now one of the biggest "
    "investors in Google, benefited from sales of high-speed internet connections and higher "
    "advert sales. TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn. Its "
    "profits were buoyed by one-off gains which offset a profit dip at Warner Bros, and less "
    "users for AOL.\n"
)


def _all_lines(text: str, wanted: set[str]) -> dict[str, list[int]]:
    """``key_lines`` as every line keyed (what the callers did before the gate)."""
    found: dict[str, list[int]] = {}
    for i, key in enumerate(line_keys(text)):
        if key in wanted:
            found.setdefault(key, []).append(i)
    return found


# --------------------------------------------------------------------------
# lexrank_small_steps
# --------------------------------------------------------------------------
def _rank_cases():
    out = []
    for text in (HONGLOU, BBC, normalize_text(LAOCAN)):
        spans = sentence_spans(text)
        out.append(topics.unit_terms(text, spans))
    return out


def test_lexrank_small_steps_same_scores_as_sparse(monkeypatch):
    """Short real documents (under SMALL_PRODUCTS nonzeros): the bincount products give
    the scores scipy's gave, bit for bit; plus one with a sentence sharing no term with
    the others (a dangling node: the indexed dangling mass)."""
    cases = _rank_cases()
    indptr, ids, vocab = cases[0]
    lone = np.concatenate((indptr, [indptr[-1] + 1])), np.concatenate((ids, [vocab])), vocab + 1
    cases.append(lone)
    got = [lexrank.lexrank(*case) for case in cases]
    rows, cols, values, norms = lexrank.tfidf_rows(*lone)
    degree = lexrank.similarity_times(rows, cols, values, np.ones(len(norms)), lone[2])(
        np.ones(len(norms))
    )
    assert degree[-1] == 0 and (degree[:-1] > 0).any()  # the added sentence dangles
    limit = lexrank.SMALL_PRODUCTS
    monkeypatch.setattr(lexrank, "SMALL_PRODUCTS", -1)  # every product through scipy
    for case, scores in zip(cases, got, strict=True):
        assert 0 < len(case[1]) <= limit
        assert len(scores) > 1 and scores.tobytes() == lexrank.lexrank(*case).tobytes()


def test_lexrank_small_steps_no_sparse_matrix_for_a_short_document(monkeypatch):
    """The work: a short document's ranking builds no scipy matrix (base46 built one and
    made ~2 products per iteration, ~35 iterations on a short Chinese text)."""
    import scipy.sparse

    def refuse(*args, **kwargs):
        raise AssertionError("scipy matrix built for a short document")

    monkeypatch.setattr(scipy.sparse, "csr_matrix", refuse)
    for case in _rank_cases():
        assert abs(lexrank.lexrank(*case).sum() - 1.0) < 1e-9


# --------------------------------------------------------------------------
# plain_concatenate
# --------------------------------------------------------------------------
def test_plain_concatenate_helpers_use_no_r_(monkeypatch):
    """The per-document helpers that called np.r_ (~5x np.concatenate's setup) give the
    same values and dtypes without it."""
    code = char_classes.code_points(HONGLOU + BBC)
    ids = code.astype(np.int64) % 97
    want_unique = np.unique(ids)
    want_counts = np.unique(ids, return_counts=True)
    want_runs = char_classes.class_runs(code, r"\w")
    scores = np.sin(np.arange(40) * 0.7)
    want_depth = topics.depth_scores(scores)
    want_valleys = topics.deep_valleys(scores, want_depth, 0.0)

    def refuse(*args):
        raise AssertionError("np.r_ called")

    class NoR:
        __getitem__ = refuse

    monkeypatch.setattr(np, "r_", NoR())
    got = sorted_unique.unique(ids)
    assert got.dtype == want_unique.dtype and np.array_equal(got, want_unique)
    values, counts = sorted_unique.unique_counts(ids)
    assert np.array_equal(values, want_counts[0]) and counts.dtype == np.intp
    assert np.array_equal(counts, want_counts[1])
    runs = char_classes.class_runs(code, r"\w")
    assert all(
        np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(runs, want_runs, strict=True)
    )
    assert np.array_equal(topics.depth_scores(scores), want_depth)
    valleys = topics.deep_valleys(scores, want_depth, 0.0)
    assert len(valleys) > 0 and np.array_equal(valleys, want_valleys)


def test_plain_concatenate_short_text_through_the_stages():
    """Guard: the stages still run the edge shapes (one line, empty class runs)."""
    cleaned = clean_text(normalize_text("话说。")).text
    result = analyze_text(cleaned)
    assert [(s, e) for s, e in result.sentences.tolist()] == [(0, 3)]
    empty = char_classes.class_runs(np.zeros(0, dtype=np.uint32), r"\w")
    assert [len(x) for x in empty] == [0, 0]


# --------------------------------------------------------------------------
# line_keys_gate
# --------------------------------------------------------------------------
def test_line_keys_gate_no_other_character_casefolds_to_a_gate_character():
    """The clause's premise, on every code point: a character whose case fold holds a kana
    or CJK ideograph is that character, folding to itself."""
    gate = markup_headings._GATE
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        folded = ch.casefold()
        if folded != ch and gate.search(folded):
            raise AssertionError(f"U+{code:04X} folds to {folded!r}")


def test_line_keys_gate_marked_text_same_lines():
    """老殘遊記's Markdown: the titles' lines, with a title repeated in the prose (a contents
    line) and a marked line's words in another script's case, found as every line keyed."""
    text = (
        LAOCAN + "第一回　土不制水歷年成患　風能鼓浪到處可危\n\n" + LAOCAN_2 + "ABC老殘\nabc老殘\n"
    )
    lines = text.split("\n")
    wanted = {line_key(line) for line in lines if line.startswith("#")} | {"abc老殘", "不在"}
    got = key_lines(text, wanted)
    assert got == _all_lines(text, wanted)
    first = next(i for i, line in enumerate(lines) if line.startswith("## 第一回"))
    again = lines.index("第一回　土不制水歷年成患　風能鼓浪到處可危")
    assert got[line_key(lines[first])] == [first, again]  # the heading and its contents line
    assert got["abc老殘"] == [len(lines) - 3, len(lines) - 2]  # capitals fold to the key
    assert "不在" not in got


def test_line_keys_gate_latin_key_keys_every_line():
    text = "# Chapter One\n\nchapter one\nCHAPTER ONE!\n第一回\n"
    wanted = {"chapterone", "第一回"}
    assert (
        key_lines(text, wanted)
        == _all_lines(text, wanted)
        == {
            "chapterone": [0, 2, 3],
            "第一回": [4],
        }
    )
    assert key_lines(text, set()) == {}


_CHARS = st.sampled_from(list("第一回老殘遊記ｶカかﾊﾟバ氵水aAßẞİı _#\u3000、。！\u0301") + ["\n"])


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=60), st.lists(st.text(_CHARS, max_size=8), max_size=4))
def test_line_keys_gate_property(text, extra):
    """Any text over the gate characters, folding letters and marks: the gated lines are
    the lines every-line keying finds, for the keys of its own lines and a few others."""
    wanted = {k for k in line_keys(text) if k} | {line_key(e) for e in extra}
    wanted.discard("")
    assert key_lines(text, wanted) == _all_lines(text, wanted)


def test_line_keys_gate_markdown_marks_same_headings(monkeypatch):
    """The clean stage's marks and the structure stage's headings of 老殘遊記 with the gate,
    then with every line keyed (the whole-text ``line_keys`` refused: the work test, base46
    keyed every line in both calls)."""
    text = normalize_text(LAOCAN + LAOCAN_2 + LAOCAN[LAOCAN.index("話說") :])
    cleaned = clean_text(text)
    marks = cleaned.markup_headings
    assert [(m.level, m.title, m.before, m.after) for m in marks] == [
        (1, "老殘遊記|〔清〕劉鶚 著", 0, 0),
        (2, "第一回　土不制水歷年成患　風能鼓浪到處可危", 0, 0),
        (2, "第二回　歷山山下古帝遺蹤　明湖湖邊美人絕調", 0, 0),
    ]
    result = analyze_text(cleaned.text, markup=marks)
    titles = [s.title for s in result.sections]
    assert titles == [
        "老殘遊記|〔清〕劉鶚 著",
        "第一回 土不制水歷年成患 風能鼓浪到處可危",
        "第二回 歷山山下古帝遺蹤 明湖湖邊美人絕調",
    ]

    def refuse(text):
        raise AssertionError("every line keyed")

    monkeypatch.setattr(markup_headings, "line_keys", refuse)
    monkeypatch.setattr(markdown_marks, "line_keys", refuse, raising=False)
    again = clean_text(text)
    assert again.markup_headings == marks and again.text == cleaned.text
    assert [s.title for s in analyze_text(again.text, markup=marks).sections] == titles


# --------------------------------------------------------------------------
# passkey_release
# --------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh"])
def test_passkey_release_filler_sentences_hold_no_text(language):
    """A filler over the literal scan's size: its sentences are split and the scan's cache
    no longer holds the text (base46 kept the English one, whose "no scan" answer the
    English rules' prefilters keep, until the next document)."""
    literal_scan.release()  # each case alone (the Chinese splitter asks no prefilter: a guard)
    text = BBC * 10 if language == "en" else HONGLOU * 60
    assert len(text) >= literal_scan.MIN_SCAN_CHARS
    filler = Filler(language, language, text)
    assert len(filler.sentences) > 20
    assert literal_scan._LAST == (None, None)
    assert filler.sentences[1] in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_passkey_release_same_sentences(language):
    """Guard: the filler's sentences are the splitter's, as before."""
    text = HONGLOU * 3 if language == "zh" else BBC
    filler = Filler(language, language, text)  # the splitter as before
    flat = re.sub(r"\s+", " ", text) if language == "en" else text
    want = [unwrap(flat[s:e]).strip() for s, e in sentence_spans(flat, language)]
    assert filler.sentences == [x for x in want if x] and len(want) >= 4
