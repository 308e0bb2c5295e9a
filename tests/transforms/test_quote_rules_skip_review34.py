"""Clause quote_rules_skip_non_cjk (review 34, transforms/cjk_quotes.quoted_cjk): the
three Chinese quote rules decide "quote marks and a CJK character" once per document.
The outputs must be those of the full path (the test asked anew by each rule), on an
English excerpt with curly quotes (Pride and Prejudice, public domain) and on Chinese
text (红楼梦 / 水浒传 excerpts)."""

import numpy as np

from tests.transforms.test_quote_marks_s34 import HONGLOU, SHUIHU
from transforms import cjk_quotes as cq
from transforms import key_quotes as kq
from transforms import quote_marks as qm
from transforms.cjk_layout import CJK_CHAR
from transforms.sentences import sentence_spans

ENGLISH = (
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife.\n“My dear Mr. Bennet,” said his lady to him one "
    "day, “have you heard that Netherfield Park is let at last?”\nMr. Bennet replied that "
    "he had not.\n“But it is,” returned she; “for Mrs. Long has just been here, and she "
    "told me all about it.”\nMr. Bennet made no answer.\n"
)


def _rules(text):
    spans = np.asarray(sentence_spans(text, "auto"), dtype=np.int64).reshape(-1, 2)
    cand = np.arange(len(spans))
    return (
        cq.quote_fragments(text, spans, cand).tolist(),
        cq.speech_middles(text, spans, cand).tolist(),
        kq.quote_groups(text, spans).tolist(),
    )


def test_skip_equals_full_path(monkeypatch):
    for text, quoted in ((ENGLISH, False), (HONGLOU + SHUIHU, True), (ENGLISH + SHUIHU, True)):
        text = "".join(list(text))  # a fresh object: nothing decided for it yet
        fast = _rules(text)
        monkeypatch.setattr(cq, "_LAST", (None, False))
        with monkeypatch.context() as m:  # full path: the test asked anew on every call
            m.setattr(
                kq,
                "quoted_cjk",
                lambda t: any(q in t for q in '「“『"') and CJK_CHAR.search(t) is not None,
            )
            m.setattr(cq, "quoted_cjk", kq.quoted_cjk)
            full = _rules(text)
        assert fast == full
        assert cq.quoted_cjk(text) is quoted
        assert any(fast) is quoted  # the Chinese excerpts do hit rules (a test of something)


def test_skip_scans_once_and_follows_the_document(monkeypatch):
    # Session 35 (part 2): the CJK answer comes from quote_marks.holds_cjk (clause
    # cjk_once_per_document), its scan quote_marks._cjk_search (cjk_units_prefilter):
    # counted there (it was cjk_quotes.CJK_CHAR.search).
    calls = []
    real = qm._cjk_search

    def counting(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(qm, "_cjk_search", counting)
    text = "".join(list(ENGLISH))
    _rules(text)
    assert len(calls) == 1  # one whole-text scan for the three rules, not three
    # the next document (even equal text, another object) is decided anew and right
    assert cq.quoted_cjk(HONGLOU) is True and cq.quoted_cjk(ENGLISH) is False
    assert cq.quoted_cjk("他说好。") is False  # no quote mark: skipped as before
