"""Long documents are tokenized in bounded pieces whose stitched result equals the
whole-document encoding (seams verified), and one document the tokenizer fails on
is rejected alone."""

from __future__ import annotations

import dataclasses
import glob
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from schemas import Document
from tests.conftest import REPO_ROOT, TINY_CORPUS
from transforms.beam_utils import RejectDocument
from transforms.structure import analyze_document
from transforms.tokenize import tokenize_documents
from transforms.tokenize_pieces import encode_text, piece_cuts

SMOLLM2 = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")


def _whole(tokenizer, text):
    encoding = tokenizer.encode(text, add_special_tokens=False)
    return encoding.ids, [list(o) for o in encoding.offsets]


def _same_as_whole(tokenizer, text, piece_chars):
    ids, offsets = encode_text(tokenizer, text, piece_chars)
    assert len(piece_cuts(text, piece_chars)) > 2  # really in pieces
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)


def _real_texts(shared_data) -> list[str]:
    english = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:2]
    chinese = sorted(glob.glob(os.path.join(shared_data, "zh_classics", "*.txt")))[:1]
    texts = [open(p, encoding="utf-8").read()[:120_000] for p in english + chinese]
    news = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(news, encoding="utf-8") as f:
        articles = [json.loads(line)["article"] for line in f.readlines()[:60]]
    texts.append("\n\n".join(articles))
    return texts


@pytest.mark.slow
def test_pieces_equal_the_whole_document_on_real_text(shared_data):
    """English books (CRLF), a Chinese classic and news, with the real SmolLM2 tokenizer."""
    tokenizer = Tokenizer.from_file(SMOLLM2)
    for text in _real_texts(shared_data):
        _same_as_whole(tokenizer, text, 8_000)


def test_pieces_equal_the_whole_document_on_the_tiny_tokenizer(tiny_tokenizer_path):
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    text = "\n\n".join(TINY_CORPUS * 30) + " " + "x" * 700 + "。" + "天地" * 300
    _same_as_whole(tokenizer, text, 500)


@settings(max_examples=40)
@given(
    st.text(alphabet="ab c.\n!?。天地\u200b\r", min_size=1, max_size=900),
    st.integers(min_value=8, max_value=120),
)
def test_pieces_equal_the_whole_document_on_any_text(tiny_tokenizer_path, text, piece_chars):
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    ids, offsets = encode_text(tokenizer, text, piece_chars)
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)


def _prefix_space_tokenizer(path) -> Tokenizer:
    """Byte-level BPE that prepends a space to every input it is given: pieces encoded
    on their own differ at their start, so every seam must fail and be merged."""
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(TINY_CORPUS * 20, trainer=trainer)
    return tokenizer


def test_seams_that_do_not_verify_are_merged(tmp_path):
    tokenizer = _prefix_space_tokenizer(tmp_path)
    text = "\n".join(TINY_CORPUS[:3] * 20)
    ids, offsets = encode_text(tokenizer, text, 300)
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)


@given(st.text(alphabet="ab c.\n。天 ", max_size=3000), st.integers(min_value=4, max_value=500))
def test_piece_cuts_are_bounded_and_increasing(text, piece_chars):
    cuts = piece_cuts(text, piece_chars)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(0 < b - a <= piece_chars for a, b in zip(cuts[:-1], cuts[1:], strict=True)) or (
        not text and cuts == [0, 0]
    )


def test_piece_cuts_take_the_last_cut_the_tokenizer_splits_at():
    """Cut points are tried from the end of the final quarter; one the tokenizer does
    not split at is passed over, and when none splits the last one is kept."""
    text = "Aa bb. Cc dd. Ee ff.\nGg hh. " * 40
    plain = piece_cuts(text, 200)
    never = piece_cuts(text, 200, lambda t, cut: False)
    assert never == plain
    refused = set(plain[1:-1])
    moved = piece_cuts(text, 200, lambda t, cut: cut not in refused)
    assert moved != plain and not refused & set(moved[1:-1])
    assert all(0 < b - a <= 200 for a, b in zip(moved[:-1], moved[1:], strict=True))


class _CountingEncodes:
    """The tokenizer, recording the length of every text it encodes."""

    def __init__(self, tokenizer):
        self._tokenizer, self.lengths = tokenizer, []

    def encode_batch(self, texts, add_special_tokens=False):
        self.lengths += [len(t) for t in texts]
        return self._tokenizer.encode_batch(texts, add_special_tokens=add_special_tokens)

    def encode(self, text, add_special_tokens=False):
        self.lengths.append(len(text))
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens)


def test_a_blank_line_seam_is_moved_not_merged():
    """SmolLM2 (GPT-2's pre-tokenizer) encodes a blank line before ``[`` as two
    newline tokens, but a piece that ends in the blank line as one: a seam there
    does not verify and used to cost its two pieces encoded again as one (1.3 M
    characters of a Gutenberg book, ~1 CPU-s). Cuts now fall only after a lone
    newline, and a cut the tokenizer does not split at is moved: no text longer than
    a piece is encoded, and the result is still the whole-document encoding."""
    if not os.path.exists(SMOLLM2):
        pytest.skip("defaults/ not present")
    from transforms.tokenize_pieces import tokenizer_splits_at

    tokenizer = Tokenizer.from_file(SMOLLM2)
    text = "".join(
        f"Sentence {i} of the tale. It goes on a while.\n\n[{i}] Note.\n\n" for i in range(400)
    )
    blank = text.index("\n\n[") + 2
    assert not tokenizer_splits_at(tokenizer, text, blank)
    assert tokenizer_splits_at(tokenizer, text, text.index(". It") + 1)
    # no cut point after a run of newlines (``_CUT``): every cut splits as is
    assert all(tokenizer_splits_at(tokenizer, text, c) for c in piece_cuts(text, 3000)[1:-1])
    counting = _CountingEncodes(tokenizer)
    ids, offsets = encode_text(counting, text, 3000)
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)
    assert max(counting.lengths) <= 3000


class _FailsOn:
    """A tokenizer that fails (like a Rust panic) on any text containing ``word``."""

    def __init__(self, tokenizer, word):
        self._tokenizer, self._word = tokenizer, word

    def encode_batch(self, texts, add_special_tokens=False):
        if any(self._word in t for t in texts):
            raise BaseException("tokenizer panicked")  # pyo3's PanicException is one
        return self._tokenizer.encode_batch(texts, add_special_tokens=add_special_tokens)

    def encode(self, text, add_special_tokens=False):
        if self._word in text:
            raise BaseException("tokenizer panicked")
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens)


def _doc(doc_id, text):
    return analyze_document(Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text))


def test_one_document_that_breaks_the_tokenizer_is_rejected_alone(tiny_tokenizer_path):
    tokenizer = _FailsOn(Tokenizer.from_file(tiny_tokenizer_path), "BOOM")
    docs = [_doc("a", TINY_CORPUS[0]), _doc("b", "fine text BOOM here"), _doc("c", TINY_CORPUS[1])]
    results = tokenize_documents(docs, tokenizer)
    assert [getattr(r, "doc_id", None) for r in results] == ["a", None, "c"]
    assert isinstance(results[1], RejectDocument) and results[1].reason == "tokenizer_error"
    assert "panicked" in str(results[1])


_RELEASE = """
import glob, os
from transforms.runtime import bound_heap_retention, release_free_memory
from transforms.tokenize import load_tokenizer
from transforms.tokenize_pieces import encode_text
bound_heap_retention()
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
files = sorted(glob.glob("defaults/shakespeare/texts/*.txt"))
text = "\\n".join(open(f, encoding="utf-8").read() for f in files)[:4_000_000]
ids, offsets = encode_text(load_tokenizer(SMOLLM2), text)
del ids, offsets
before = rss()
assert release_free_memory()
print(before - rss())
"""


@pytest.mark.slow
def test_memory_the_tokenizer_freed_goes_back_to_the_os():
    """After encoding 4 M characters, glibc still holds what the tokenizer's threads
    freed (the mmap threshold does not cover small blocks); ``release_free_memory``
    (called by the build after a long batch) hands it back: ~130 MB here."""
    import platform
    import subprocess
    import sys

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        pytest.skip("malloc_trim is glibc's")
    if not glob.glob(os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "*.txt")):
        pytest.skip("defaults/ not present")
    code = f"SMOLLM2 = {SMOLLM2!r}\n" + _RELEASE
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert float(out.stdout.strip().splitlines()[-1]) > 40


def test_a_long_batch_hands_freed_memory_back(monkeypatch, tiny_tokenizer_path):
    import transforms.tokenize as tokenize

    calls = []
    monkeypatch.setattr(tokenize, "release_free_memory", lambda: calls.append(1) or True)
    fn = tokenize._TokenizeBatchFn(tiny_tokenizer_path)
    fn.setup()
    short = analyze_document(Document("s", "src", "A short line of text.\n", "train"))
    assert len(list(fn.process([short]))) == 1 and calls == []
    long = dataclasses.replace(short, doc_id="l", text="Many words here. " * (1 << 16))
    assert len(long.text) >= tokenize.PIECE_CHARS
    assert len(list(fn.process([long]))) == 1 and calls == [1]
