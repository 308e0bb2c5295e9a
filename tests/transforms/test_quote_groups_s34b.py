"""Clauses groups_loop_flat and short_from_marks (session 34, part 2,
transforms/key_quotes.py): ``quote_groups`` finds each run's closing sentence first,
asks rule short_speech of all closed runs at once from the marks' positions
(``short_speeches``) and then drops the runs inside a group found before. The outputs
must be those of ``_short_speech`` on the group's text and of session 33's loop (kept as
``old_quote_groups`` in test_quote_marks_s34), on real Chinese text with quotes:
红楼梦 第七十五回 and 水浒传 第三十八回 excerpts (public domain)."""

import numpy as np

from tests.transforms.test_quote_marks_s34 import HONGLOU, SHUIHU, old_quote_groups
from transforms import key_quotes as kq
from transforms.quote_marks import mark_positions
from transforms.sentences import sentence_spans

TEXT = HONGLOU + SHUIHU


def test_short_from_marks_equals_short_speech_on_every_span():
    # short_from_marks: the first opening mark at or after a, the last closing mark
    # before b, as _short_speech finds them in text[a:b]; every span of the excerpts'
    # sentence bounds and mark positions, forwards, empty and backwards.
    marks = mark_positions(TEXT)
    cuts = sorted(
        {0, len(TEXT)}
        | {int(x) for at in marks.values() for p in at for x in (p - 1, p, p + 1)}
        | {x for ab in sentence_spans(TEXT, "auto") for x in ab}
    )
    cuts = [c for c in cuts if 0 <= c <= len(TEXT)]
    a, b = np.meshgrid(np.asarray(cuts), np.asarray(cuts), indexing="ij")
    a, b = a.ravel(), b.ravel()
    fast = kq.short_speeches(marks, a, b).tolist()
    slow = [kq._short_speech(TEXT[x:y]) for x, y in zip(a.tolist(), b.tolist(), strict=True)]
    assert fast == slow
    # both answers occur, at the limit too (a test of nothing would pass)
    assert 500 < sum(fast) < len(fast) - 500
    for n, short in ((38, True), (39, False)):  # 40 characters mark to mark, 41
        speech = "王夫人道：“" + "好" * n + "”"
        assert kq._short_speech(speech) is short
        got = kq.short_speeches(mark_positions(speech), np.array([0]), np.array([len(speech)]))
        assert got.tolist() == [short]


def test_short_from_marks_without_marks_of_a_side():
    # no closing mark in the text at all (only openers) and no marks at all: never short
    text = "宋江道：“这个大汉是谁？如何说话？"
    marks = mark_positions(text)
    assert kq.short_speeches(marks, np.array([0, 4]), np.array([len(text), 10])).tolist() == [
        False,
        False,
    ]
    marks = mark_positions("两个便把他劝了。")
    assert kq.short_speeches(marks, np.array([0]), np.array([8])).tolist() == [False]


def test_groups_loop_flat_equals_session33_loop():
    # groups_loop_flat: the same groups as session 33's loop on the excerpts, alone,
    # joined, and with each sentence boundary list cut at every 3rd sentence (runs that
    # close past the end of the spans, runs inside a group found before).
    for text in (HONGLOU, SHUIHU, TEXT, SHUIHU + HONGLOU):
        spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64)
        for stop in range(2, len(spans) + 1, 3):
            assert (
                kq.quote_groups(text, spans[:stop]).tolist()
                == old_quote_groups(text, spans[:stop]).tolist()
            )
    spans = np.asarray(sentence_spans(TEXT, "auto"), dtype=np.int64)
    groups = kq.quote_groups(TEXT, spans).tolist()
    # 丫头们回道：“老太太的饭完了。| 今日添了一位姑娘，所以短了些。” is one group
    starts = [TEXT[spans[i, 0] : spans[j, 1]] for i, j in groups]
    assert "丫头们回道：“老太太的饭完了。今日添了一位姑娘，所以短了些。”" in starts
    # 王夫人's speech of two sentences is over the 40 characters: no group
    assert not any(s.startswith("王夫人忙回道") for s in starts)


def test_groups_skip_runs_inside_the_group_found_before():
    # A run that opens inside a group found before is no group of its own, though it
    # closes: '那汉道："我自去叫他起来。' | '我和他赶人。"' is the group; the run of
    # '太公道："你又和谁合口？' closes with '你且对我说这缘故。"' but is too long.
    spans = np.asarray(sentence_spans(SHUIHU, "auto"), dtype=np.int64)
    got = kq.quote_groups(SHUIHU, spans).tolist()
    assert got == old_quote_groups(SHUIHU, spans).tolist()
    assert [SHUIHU[spans[i, 0] : spans[j, 1]] for i, j in got][
        0
    ] == '那汉道："我自去叫他起来。我和他赶人。"'


def test_cjk_test_per_span_equals_code_point_test(monkeypatch):
    # cjk_test_per_span (transforms/cjk_quotes._has_cjk): asked span by span or over the
    # code points of the whole reach, the same answers, on the excerpts' sentences, on
    # Latin-only, empty, backwards and out-of-text spans, asked or not.
    from transforms import cjk_quotes as cq

    spans = np.asarray(sentence_spans(TEXT, "auto"), dtype=np.int64)
    rng = np.random.default_rng(34)
    cuts = rng.integers(0, len(TEXT) + 5, size=(400, 2))
    latin = TEXT.index("He said")
    extra = np.array([[latin, latin + 8], [5, 5], [9, 3], [len(TEXT) - 2, len(TEXT) + 9]])
    for sp in (spans, cuts, np.concatenate([spans, extra])):
        for asked in (np.ones(len(sp), bool), rng.random(len(sp)) < 0.3):
            monkeypatch.setattr(cq, "_PER_SPAN_CHARS", 0)  # always span by span
            per_span = cq._has_cjk(TEXT, sp, asked)
            monkeypatch.setattr(cq, "_PER_SPAN_CHARS", 10**9)  # always code points
            whole = cq._has_cjk(TEXT, sp, asked)
            assert per_span.tolist() == whole.tolist()
            assert per_span.any() and not per_span.all() or not asked.any()
    # the Latin quotation holds no ideograph; its 他说 does, up to a span's last character
    monkeypatch.setattr(cq, "_PER_SPAN_CHARS", 0)
    asked = np.array([[latin, latin + 25], [latin + 28, latin + 31], [latin, latin + 29]])
    got = cq._has_cjk(TEXT, asked, np.ones(3, bool))
    assert got.tolist() == [False, True, True]
    assert TEXT[latin + 28] == "他"


def test_groups_loop_flat_nested_run_is_dropped():
    # Review (clause groups_loop_flat_nested_run): a run that opens in the last sentence
    # of a closed group and closes itself is dropped (the `i0 >= i` test in quote_groups),
    # as in session 33's loop: the middle sentence's first '"' closes run 0, its last
    # opens run 1. Explicit spans: quote_groups' contract is any sentence spans.
    text = '他道："你来。他说"好"，宋江道："好。你来。"'
    cut = [0, text.index("他说"), text.index('你来。"'), len(text)]
    spans = np.array([[cut[k], cut[k + 1]] for k in range(3)], dtype=np.int64)
    got = kq.quote_groups(text, spans).tolist()
    assert got == old_quote_groups(text, spans).tolist() == [[0, 1]]


def test_groups_loop_flat_closed_more_breaks():
    # Review (clause groups_loop_flat_closed_more): a run whose “” pair is closed more
    # than opened ends there (t2 < 0), though a later opener balances the count.
    text = "他道：“你来。好””。宋江道：“好。"
    cut = [0, text.index("好”"), text.index("宋江"), len(text)]
    spans = np.array([[cut[k], cut[k + 1]] for k in range(3)], dtype=np.int64)
    assert kq.quote_groups(text, spans).tolist() == old_quote_groups(text, spans).tolist() == []
