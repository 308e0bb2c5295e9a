"""Clauses quote_marks_once, counts_from_marks and groups_rows_once (session 34,
transforms/quote_marks.py, cjk_quotes.py, key_quotes.py): the quote rules of the
key-sentence stage find the marks once per document and count them per sentence from
the marks' positions; the outputs must be those of session 33's code, which is kept
here as the reference (the old path) and run side by side with the new one on real
Chinese text with quotes: 红楼梦 第七十五回 and 水浒传 第三十八回 excerpts (public domain),
and, where the shared data is on the machine, the whole of 红楼梦 and 水浒传."""

import os

import numpy as np
import pytest

from transforms import cjk_quotes as cq
from transforms import key_quotes as kq
from transforms import key_sentences as ks
from transforms.cjk_layout import CJK_CHAR
from transforms.cjk_quotes import PAIRS
from transforms.normalize import normalize_text
from transforms.quote_marks import count_below, mark_positions, span_counts
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text

# 红楼梦 第七十五回 (one paragraph; “” with ‘’ inside) and 水浒传 第三十八回 ('"' quotes);
# a lost closer ('如何说话？', 水浒传 第三十八回 as the shared copy has it) and a Latin
# quotation guard the rules' edges.
HONGLOU = (
    "贾母因问：“拿稀饭来吃些罢。”尤氏早捧过一碗来，说是红稻米粥。贾母接来吃了半碗，便吩咐："
    "“将这粥送给凤姐儿吃去。”又指着这一盘果子：“独给平儿吃去。”又向尤氏道：“我吃了，你就来吃了罢。”"
    "尤氏答应着，待贾母漱口洗手毕。贾母便下地，和王夫人说闲话行食，尤氏告坐吃饭。贾母又命鸳鸯等来"
    "陪吃。贾母见尤氏吃的仍是白米饭，因问说：“怎么不盛我的饭？”丫头们回道：“老太太的饭完了。"
    "今日添了一位姑娘，所以短了些。”鸳鸯道：“如今都是‘可着头做帽子’了，要一点儿富馀也不能的。”"
    "王夫人忙回道：“这一二年旱涝不定，庄上的米都不能按数交的。这几样细米更艰难，所以都是可着吃的"
    "做。”贾母笑道：“正是：‘巧媳妇做不出没米儿粥来。’”众人都笑起来。\n"
)
SHUIHU = (
    '那汉道："我自去叫他起来。我和他赶人。"太公道："你又和谁合口？叫起哥哥来时，他却不肯干休。'
    '你且对我说这缘故。"\n'
    "宋江道：“这个大汉是谁？如何说话？两个便把他劝了。他应道：“好。”又说：“去罢。”\n"
    "He said “Stop here. Go on.” 他说：「我来了。你去罢。」『好的。』\n"
)


def old_quote_fragments(text, spans, candidates):
    """transforms.cjk_quotes.quote_fragments at session 33's end (main ce4e7b08)."""
    if not any(q in text for q in '「“『"') or not CJK_CHAR.search(text):
        return np.zeros(0, dtype=np.int64)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    a, b = spans[cand, 0], spans[cand, 1]

    def counts(mask):
        run = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
        return run[b] - run[a]

    bad = np.zeros(len(cand), dtype=bool)
    for op, cl in PAIRS:
        bad |= counts((cp == ord(op)).astype(np.int8) - (cp == ord(cl))) != 0
    bad |= counts(cp == ord('"')) % 2 != 0
    bad &= counts((cp >= 0x3040) & (cp < 0xA000)) > 0
    return cand[bad]


def old_speech_middles(text, spans, candidates):
    """transforms.cjk_quotes.speech_middles at session 33's end (main ce4e7b08)."""
    none = np.zeros(0, dtype=np.int64)
    if not any(q in text for q in '「“『"') or not CJK_CHAR.search(text):
        return none
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    if not len(cand):
        return none
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    breaks = np.flatnonzero(cp == 10)
    a = spans[cand, 0]
    line = np.searchsorted(breaks, a)
    start = np.where(line > 0, breaks[np.maximum(line - 1, 0)] + 1, 0)
    end = np.where(line < len(breaks), breaks[np.minimum(line, len(breaks) - 1)], len(cp))
    inside = np.zeros(len(cand), dtype=bool)
    paired = np.ones(len(cand), dtype=bool)
    for op, cl in PAIRS:
        o, c = np.flatnonzero(cp == ord(op)), np.flatnonzero(cp == ord(cl))
        if not len(o) and not len(c):
            continue
        before = (np.searchsorted(o, a) - np.searchsorted(o, start)) - (
            np.searchsorted(c, a) - np.searchsorted(c, start)
        )
        whole = (np.searchsorted(o, end) - np.searchsorted(o, start)) - (
            np.searchsorted(c, end) - np.searchsorted(c, start)
        )
        paired &= (whole == 0) & (before >= 0)
        inside |= before > 0
    q = np.flatnonzero(cp == ord('"'))
    if len(q):
        before = np.searchsorted(q, a) - np.searchsorted(q, start)
        whole = np.searchsorted(q, end) - np.searchsorted(q, start)
        paired &= whole % 2 == 0
        inside |= before % 2 == 1
    hit = inside & paired
    if not hit.any():
        return none
    idx = np.flatnonzero(hit)
    b = spans[cand[idx], 1]
    lo, hi = int(a[idx].min()), int(b.max())
    at = np.flatnonzero((cp[lo:hi] >= 0x3040) & (cp[lo:hi] < 0xA000)) + lo
    has = np.searchsorted(at, b) > np.searchsorted(at, a[idx])
    return cand[idx[has]]


def old_quote_groups(text: str, spans: np.ndarray) -> np.ndarray:
    """transforms.key_quotes.quote_groups at session 33's end (main ce4e7b08)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    none = np.zeros((0, 2), dtype=np.int64)
    if len(spans) < 2:
        return none
    if not any(q in text for q in '「“『"') or not CJK_CHAR.search(text):
        return none
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)

    def counts(mark: str) -> np.ndarray:  # per sentence; the marks are few
        at = np.flatnonzero(cp == ord(mark))
        return np.searchsorted(at, spans[:, 1]) - np.searchsorted(at, spans[:, 0])

    # Per sentence: opening minus closing marks of each pair, and the count of '"';
    # rule quote_fragment's test (transforms.cjk_quotes) read from them, its CJK
    # condition below, per candidate.
    balance = np.stack([counts(op) - counts(cl) for op, cl in PAIRS] + [counts('"')], axis=1)
    is_frag = (balance[:, :3] != 0).any(axis=1) | (balance[:, 3] % 2 != 0)
    # A run opens with an opening mark left open: no pair closed more than opened, and
    # one pair opened or an odd '"' (vectorized: the loop below reads these only).
    opens = (
        is_frag
        & ~(balance[:, :3] < 0).any(axis=1)
        & ((balance[:, :3] > 0).any(axis=1) | (balance[:, 3] % 2 == 1))
    )
    first = np.flatnonzero(opens[:-1] & (is_frag[1:] | ~balance[1:].any(axis=1)))
    # ... and the next fragment closes, within the group's reach, on the same line, and
    # ends at most kq._REACH characters after the first sentence (a prefilter: the close
    # itself is measured by _short_speech; narration may follow it in that sentence).
    frag = np.flatnonzero(is_frag)
    k = np.searchsorted(frag, first + 1)
    first, k = first[k < len(frag)], k[k < len(frag)]
    nxt = frag[k]
    lines = np.flatnonzero(cp == 10)
    first = first[
        (nxt - first < kq.MAX_GROUP)
        & (spans[nxt, 1] - spans[first, 1] <= kq._REACH)
        & ((balance[nxt, :3] < 0).any(axis=1) | (balance[nxt, 3] % 2 == 1))
        & (np.searchsorted(lines, spans[first, 0]) == np.searchsorted(lines, spans[nxt, 0]))
    ]
    if not len(first):
        return none
    out = []
    i, n = 0, len(spans)
    for i0 in first.tolist():
        if i0 < i:
            continue  # inside the group found before
        total = balance[i0].tolist()
        a = int(spans[i0, 0])
        if total[3] % 2 and not kq._opens_ascii(text, spans[i0]):
            continue
        if not kq._CJK_OR_KANA.search(text, a, int(spans[i0, 1])):
            continue  # no quote_fragment: a quotation in Latin letters
        for j in range(i0 + 1, min(i0 + kq.MAX_GROUP, n)):
            row = balance[j].tolist()
            inside = not any(row)  # a middle sentence, no mark: "B。"
            if not (is_frag[j] or inside) or "\n" in text[a : int(spans[j, 0])]:
                break  # a paragraph (a line of the clean text) ends inside
            if not inside and not kq._CJK_OR_KANA.search(text, int(spans[j, 0]), int(spans[j, 1])):
                break  # no quote_fragment either
            if row[3] and kq._opens_ascii(text, spans[j], first=True):
                break  # the next speech's '"' after its tag: "C。"X道："D。"
            total = [x + y for x, y in zip(total, row, strict=True)]
            if min(total[:3]) < 0:
                break
            if not any(total[:3]) and total[3] % 2 == 0:
                if kq._short_speech(text[a : int(spans[j, 1])]):
                    out.append((i0, j))
                    i = j + 1
                break
    return np.asarray(out, dtype=np.int64).reshape(-1, 2) if out else none


def _old_and_new(text, spans, monkeypatch):
    """(old, new) outputs of every rule the change touched, on all sentences and on
    every other one (a candidate subset)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    subsets = [np.arange(len(spans)), np.arange(0, len(spans), 2)]
    new = [
        [cq.quote_fragments(text, spans, c).tolist() for c in subsets],
        [cq.speech_middles(text, spans, c).tolist() for c in subsets],
        kq.quote_groups(text, spans).tolist(),
        ks.eligible_sentences(text, spans, 2.0).tolist(),
        kq.eligible_groups(text, spans, 2.0).tolist(),
    ]
    monkeypatch.setattr(ks, "quote_fragments", old_quote_fragments)
    monkeypatch.setattr(ks, "speech_middles", old_speech_middles)
    monkeypatch.setattr(kq, "quote_groups", old_quote_groups)
    old = [
        [old_quote_fragments(text, spans, c).tolist() for c in subsets],
        [old_speech_middles(text, spans, c).tolist() for c in subsets],
        old_quote_groups(text, spans).tolist(),
        ks.eligible_sentences(text, spans, 2.0).tolist(),
        kq.eligible_groups(text, spans, 2.0).tolist(),
    ]
    monkeypatch.undo()
    return old, new


def test_excerpts_old_path_equals_new_path(monkeypatch):
    # counts_from_marks / groups_rows_once: same fragments, speech middles, groups and
    # eligibility as session 33's code, on quotes of every kind the rules read.
    for text in (HONGLOU, SHUIHU, HONGLOU + SHUIHU):
        old, new = _old_and_new(text, sentence_spans(text, "auto"), monkeypatch)
        assert new == old
    # and the excerpts exercise every rule (a test of nothing would pass too)
    text = HONGLOU + SHUIHU
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
    every = np.arange(len(spans))
    assert len(cq.quote_fragments(text, spans, every)) >= 4
    assert len(cq.speech_middles(text, spans, every)) >= 1
    assert len(kq.quote_groups(text, spans)) >= 3


@pytest.mark.parametrize("name", ["红楼梦.txt", "水浒传.txt"])
def test_whole_books_old_path_equals_new_path(shared_data, name, monkeypatch):
    # The sentences analyze_text cuts (red 36,951; 水浒传 33,527): hundreds of groups and
    # thousands of fragments, each the same by the old and the new path.
    path = os.path.join(shared_data, "zh_classics", name)
    if not os.path.exists(path):
        pytest.skip(f"{path} not found")
    text = normalize_text(open(path, encoding="utf-8").read())
    spans = analyze_text(text).sentences
    old, new = _old_and_new(text, spans, monkeypatch)
    assert len(new[2]) > 500 and len(new[0][0]) > 5000
    assert new == old


def test_counts_equal_searchsorted_in_and_out_of_order():
    # count_below / span_counts against the binary searches they replace: ascending,
    # touching, empty, overlapping and unordered spans (the last two take the fallback).
    rng = np.random.default_rng(34)
    for _ in range(200):
        at = np.unique(rng.integers(0, 300, rng.integers(0, 60)))
        keys = np.sort(rng.integers(0, 320, rng.integers(0, 40)))
        assert count_below(at, keys).tolist() == np.searchsorted(at, keys).tolist()
        shuffled = rng.permutation(keys)
        assert count_below(at, shuffled).tolist() == np.searchsorted(at, shuffled).tolist()
        bounds = np.sort(rng.integers(0, 320, 2 * rng.integers(0, 30)))
        for spans in (
            bounds.reshape(-1, 2),  # ascending, disjoint (empty where two bounds meet)
            np.sort(rng.integers(0, 320, (rng.integers(0, 30), 2)), axis=1),  # overlapping
            bounds.reshape(-1, 2)[::-1],  # descending
        ):
            spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
            want = np.searchsorted(at, spans[:, 1]) - np.searchsorted(at, spans[:, 0])
            assert span_counts(at, spans).tolist() == want.tolist()


def test_mark_positions_are_the_marks_and_read_only():
    # quote_marks_once: the positions of each mark, from one pass; the cached arrays
    # cannot be changed by a caller.
    text = HONGLOU + SHUIHU
    marks = mark_positions(text)
    for m in '「」『』“”"\n':
        assert marks[m].tolist() == [i for i, ch in enumerate(text) if ch == m]
        with pytest.raises(ValueError):
            marks[m][:1] = 0
    assert mark_positions(text) is marks  # one pass per document
