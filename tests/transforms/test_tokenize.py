"""Tokenization as a unit: ids, character offsets, rejections, the Beam wrapper."""

from __future__ import annotations

import dataclasses

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given
from hypothesis import strategies as st
from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers

from schemas import Document
from schemas.errors import UserError
from tests.beam_local import local_pipeline
from transforms.beam_utils import MAIN, REJECTED, RejectDocument
from transforms.structure import analyze_document
from transforms.tokenize import (
    BatchByCharacters,
    ByteOffsets,
    TokenizeDocuments,
    eos_token_id,
    load_tokenizer,
    tokenize_documents,
)

TEXTS = [
    "CHAPTER I\n\nCall me Ishmael. Some years ago, never mind how long, I went to sea.",
    "第一回 甄士隐梦幻识通灵\n\n此开卷第一回也。作者自云：因曾历过一番梦幻之后。",
    "Mr. Smith paid $3.50 for a map of the U.S. and left at 3.15 p.m. sharp.",
]


def _structured(text: str, doc_id: str = "d"):
    return analyze_document(Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text))


@pytest.fixture(scope="module")
def tokenizer(tiny_tokenizer_path):
    return load_tokenizer(tiny_tokenizer_path)


def test_ids_offsets_and_fields(tokenizer):
    docs = [_structured(t, f"d{i}") for i, t in enumerate(TEXTS)]
    results = tokenize_documents(docs, tokenizer)
    assert len(results) == len(docs)
    for doc, tok in zip(docs, results, strict=True):
        expected = tokenizer.encode(doc.text, add_special_tokens=False)
        assert tok.token_ids.dtype == np.int32 and tok.token_offsets.dtype == np.int32
        assert tok.token_ids.tolist() == expected.ids  # no special tokens added
        assert tok.token_offsets.shape == (len(expected.ids), 2)
        assert tokenizer.decode(tok.token_ids.tolist()) == doc.text  # byte-level: lossless
        starts, ends = tok.token_offsets[:, 0], tok.token_offsets[:, 1]
        assert (starts <= ends).all() and (np.diff(starts) >= 0).all()
        assert starts[0] == 0 and ends.max() == len(doc.text)
        assert (tok.doc_id, tok.source, tok.split, tok.text) == (
            doc.doc_id,
            doc.source,
            doc.split,
            doc.text,
        )
        assert tok.structure is doc.structure


@given(st.text(alphabet="ab cd.\n第一回天", min_size=1, max_size=60).filter(str.strip))
def test_offsets_cover_the_text_in_order(tiny_tokenizer_path, text):
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    (tok,) = tokenize_documents([_structured(text)], tokenizer)
    offsets = tok.token_offsets
    # Every character belongs to a token; consecutive tokens never go backwards.
    covered = np.zeros(len(text), bool)
    for start, end in offsets:
        covered[start:end] = True
    assert covered.all()
    assert (np.diff(offsets[:, 0]) >= 0).all() and (np.diff(offsets[:, 1]) >= 0).all()


def _tokenless() -> Tokenizer:
    """A tokenizer whose normalizer deletes every character: no text gives a token."""
    tokenizer = Tokenizer(models.WordLevel({"<|endoftext|>": 0, "<unk>": 1}, unk_token="<unk>"))
    tokenizer.normalizer = normalizers.Replace(Regex(r"[\s\S]"), "")
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    return tokenizer


def test_a_document_without_tokens_is_rejected_alone(tokenizer):
    """In a batch, only the document that gives no tokens is rejected; order is kept."""
    good = _structured(TEXTS[0], "a")
    empty = dataclasses.replace(_structured(TEXTS[2], "b"), text="")
    results = tokenize_documents([good, empty, _structured(TEXTS[1], "c")], tokenizer)
    assert [getattr(r, "doc_id", None) for r in results] == ["a", None, "c"]
    assert isinstance(results[1], RejectDocument) and results[1].reason == "no_tokens"
    (result,) = tokenize_documents([good], _tokenless())
    assert isinstance(result, RejectDocument) and result.reason == "no_tokens"


def test_load_tokenizer_says_what_to_fix(tmp_path, tiny_tokenizer_path):
    assert load_tokenizer(tiny_tokenizer_path).get_vocab_size() > 0
    with pytest.raises(UserError, match="--tokenizer path/to/tokenizer.json"):
        load_tokenizer(str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("{not a tokenizer", encoding="utf-8")
    with pytest.raises(UserError, match="is not a tokenizers tokenizer.json"):
        load_tokenizer(str(bad))


def test_eos_token(tokenizer):
    assert eos_token_id(tokenizer) == tokenizer.token_to_id("<|endoftext|>") == 0
    with pytest.raises(UserError, match="no end-of-text token"):
        eos_token_id(Tokenizer(models.WordLevel({"a": 0}, unk_token=None)))


def test_beam_wrapper_outputs_tokens_and_rejects(tiny_tokenizer_path, tmp_path):
    empty = tmp_path / "empty.json"
    _tokenless().save(str(empty))
    docs = [_structured(t, f"d{i}") for i, t in enumerate(TEXTS)]
    reference = Tokenizer.from_file(tiny_tokenizer_path)
    expected = [
        (d.doc_id, len(reference.encode(d.text, add_special_tokens=False).ids)) for d in docs
    ]
    with local_pipeline() as p:
        out = p | "Docs" >> beam.Create(docs) | TokenizeDocuments(tiny_tokenizer_path)
        counts = out[MAIN] | beam.Map(lambda t: (t.doc_id, int(t.token_ids.size)))
        assert_that(counts, equal_to(expected))
        assert_that(out[REJECTED], equal_to([]), label="NoRejects")
    with local_pipeline() as p:
        out = p | "Docs" >> beam.Create(docs) | TokenizeDocuments(str(empty))
        rejected = out[REJECTED] | beam.Map(lambda r: (r.doc_id, r.stage, r.reason))
        assert_that(out[MAIN], equal_to([]), label="NoTokens")
        assert_that(rejected, equal_to([(d.doc_id, "tokenize", "no_tokens") for d in docs]))


# Text that tests a byte-span offset table: multi-byte characters a token splits,
# emoji outside the BMP, combining marks, CJK, tabs and runs of spaces, the special
# token written in the text, a carriage return.
HARD_TEXTS = [
    "Café naïve — “quoted” ‘text’… 😀👍🏽 e\u0301 x\u20dd",
    "第一回 甄士隐梦幻识通灵\n\n此开卷第一回也。作者自云：「因曾历过」一番梦幻之后。",
    "  leading spaces\tand\ttabs   and  runs\r\nCRLF<|endoftext|>after the special token",
    "Ünïcödé ½ ² ÿ ā ǅ 한국어 日本語のテキスト ʕ•ᴥ•ʔ \U0001f9ec end.",
]


@pytest.mark.parametrize("text", HARD_TEXTS + TEXTS)
def test_byte_offsets_equal_the_tokenizers_own(tiny_tokenizer_path, text):
    """The fast path gives exactly encode_batch's ids and offsets (the tiny tokenizer
    knows few merges, so most characters are split over several byte tokens)."""
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    table = ByteOffsets.for_tokenizer(tokenizer)
    assert table is not None  # byte-level BPE, no normalizer: qualifies
    expected = tokenizer.encode(text, add_special_tokens=False)
    ids = np.asarray(tokenizer.encode_batch_fast([text], add_special_tokens=False)[0].ids)
    assert ids.tolist() == expected.ids
    assert table.offsets(text, ids).tolist() == [list(o) for o in expected.offsets]
    (tok,) = tokenize_documents([_structured(text)], tokenizer)
    assert tok.token_offsets.tolist() == [list(o) for o in expected.offsets]


def test_byte_offsets_on_real_books(shared_data):
    """SmolLM2's tokenizer on the opening 200k characters of two shared books
    (English and Chinese): every token's offsets as encode_batch gives them."""
    import os

    from tests.conftest import REPO_ROOT

    tok_path = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")
    if not os.path.isfile(tok_path):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    tokenizer = Tokenizer.from_file(tok_path)
    table = ByteOffsets.for_tokenizer(tokenizer)
    assert table is not None
    books = [
        os.path.join(shared_data, "en_gutenberg", "pg2701.txt"),
        os.path.join(
            shared_data,
            "zh_classics",
            sorted(os.listdir(os.path.join(shared_data, "zh_classics")))[0],
        ),
    ]
    for book in books:
        with open(book, encoding="utf-8") as f:
            text = f.read(200_000)
        expected = tokenizer.encode(text, add_special_tokens=False)
        ids = np.asarray(tokenizer.encode_batch_fast([text], add_special_tokens=False)[0].ids)
        got = table.offsets(text, ids)
        assert np.array_equal(got, np.asarray(expected.offsets, dtype=np.int32))


def test_tokenizers_whose_offsets_are_not_byte_spans_take_the_exact_path(tiny_tokenizer_path):
    """A normalizer (lower-casing here) or a trimming post-processor disqualify the
    table; a text whose token bytes do not add up falls back per document."""
    from tokenizers import processors

    lowered = Tokenizer.from_file(tiny_tokenizer_path)
    lowered.normalizer = normalizers.Lowercase()
    assert ByteOffsets.for_tokenizer(lowered) is None
    trimmed = Tokenizer.from_file(tiny_tokenizer_path)
    trimmed.post_processor = processors.ByteLevel(trim_offsets=True)
    assert ByteOffsets.for_tokenizer(trimmed) is None
    word_level = Tokenizer(models.WordLevel({"a": 0, "<unk>": 1}, unk_token="<unk>"))
    word_level.pre_tokenizer = pre_tokenizers.Whitespace()
    assert ByteOffsets.for_tokenizer(word_level) is None
    (tok,) = tokenize_documents([_structured("a a b")], word_level)
    assert tok.token_offsets.tolist() == [[0, 1], [2, 3], [4, 5]]
    table = ByteOffsets.for_tokenizer(Tokenizer.from_file(tiny_tokenizer_path))
    ids = np.asarray(Tokenizer.from_file(tiny_tokenizer_path).encode("abc").ids)
    assert table.offsets("abcd", ids) is None  # 3 bytes of tokens for 4 bytes of text


def test_batches_are_bounded_by_characters():
    """No batch holds more than max_chars characters unless it is one document:
    the encodings of a batch live at once (~200 bytes per token)."""
    texts = ["x" * n for n in (30, 30, 30, 90, 250, 10, 10, 10, 10, 40, 60, 5) * 20]
    docs = [
        dataclasses.replace(_structured("A b."), doc_id=f"d{i}", text=t)
        for i, t in enumerate(texts)
    ]

    def check(batches):
        for batch in batches:
            chars = sum(len(d.text) for d in batch)
            assert chars <= 100 or len(batch) == 1, [len(d.text) for d in batch]
        assert sorted(d.doc_id for b in batches for d in b) == sorted(d.doc_id for d in docs)

    with local_pipeline() as p:
        batches = p | beam.Create(docs) | BatchByCharacters(100)
        assert_that(batches | beam.combiners.ToList(), lambda got: check(got[0]))


def test_batches_never_fit_beams_batch_size_regression(monkeypatch):
    """Beam's adaptive ``BatchElements`` fitted time against batch size with
    ``np.polyfit`` from its second timed batch on; with one distinct batch size
    left after its outlier pass (most batches one book) the fit is rank-deficient
    and every multi-worker build printed numpy's ``RankWarning``s. The fixed target
    never fits, and the batches keep their bound."""
    from apache_beam.transforms.util import _BatchSizeEstimator

    def fit(xs, ys):
        raise AssertionError(f"batch size regression over {list(xs)}")

    monkeypatch.setattr(_BatchSizeEstimator, "linear_regression", staticmethod(fit))
    texts = ["x" * n for n in (30, 30, 30, 90, 250, 10, 10, 10, 10, 40, 60, 5) * 20]
    docs = [
        dataclasses.replace(_structured("A b."), doc_id=f"d{i}", text=t)
        for i, t in enumerate(texts)
    ]

    def check(batches):
        assert all(sum(len(d.text) for d in b) <= 100 or len(b) == 1 for b in batches)
        assert sorted(d.doc_id for b in batches for d in b) == sorted(d.doc_id for d in docs)

    with local_pipeline() as p:
        batches = p | beam.Create(docs) | BatchByCharacters(100)
        assert_that(batches | beam.combiners.ToList(), lambda got: check(got[0]))
