"""Tokenize structured documents with a Hugging Face ``tokenizers`` tokenizer.

Tokens keep their character offsets into the normalized text, so structure
(sentences, paragraphs, sections) maps onto token positions with one
``np.searchsorted``. Special tokens are not added: EOS and separators are placed
by the chunker, where they mean something.

Long documents are encoded in bounded pieces, their seams verified
(:mod:`transforms.tokenize_pieces`): the result is the whole-document encoding at
bounded memory.

``TokenizeDocuments`` is the Beam wrapper: batches of documents of at most
``MAX_BATCH_CHARS`` characters in all (a longer document is a batch of its own;
``BatchByCharacters``), the tokenizer loaded once per worker in ``setup``, a
rejected record (stage "tokenize") for every document that gives no tokens or that
the tokenizer fails on (the other documents of its batch are unaffected). The bound
is on characters because a batch's documents and results live at once: batches of
up to 16 documents, as Beam's adaptive ``BatchElements`` grows them over a long
bundle, held 16 books at once (with their ``Encoding`` objects, 170-220 bytes per
token, before pieces were grouped), so a worker's peak grew with the corpus.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from tokenizers import Tokenizer

from schemas import StructuredDocument, TokenizedDocument
from schemas.errors import UserError
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, RejectDocument, make_rejected
from transforms.runtime import bound_worker_heap, release_free_memory
from transforms.surrogates import SURROGATE, replaced
from transforms.tokenize_pieces import (
    PIECE_CHARS,
    ByteOffsets,
    _encode_spans,
    _verified,
    encode_pieces,
    encode_sizes,
    piece_cuts,
    tokenizer_splits_at,
)
from transforms.unreadable_path import why_unreadable

# ~1M characters is ~250k tokens of English; short documents (news articles) still
# go to the tokenizer hundreds at a time.
MAX_BATCH_CHARS = 1 << 20


def load_tokenizer(path: str) -> Tokenizer:
    """Load ``tokenizer.json`` from a local path or any Beam filesystem (gs://...)."""
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems

        with FileSystems.open(path) as handle:
            return Tokenizer.from_str(handle.read().decode("utf-8"))
    import os

    if os.path.isdir(path):
        inside = os.path.join(path, "tokenizer.json")
        if os.path.isfile(inside):
            raise UserError(f"tokenizer {path!r} is a folder: pass --tokenizer {inside}")
        raise UserError(
            f"tokenizer {path!r} is a folder without a tokenizer.json: pass the path of a "
            "tokenizer.json (AutoTokenizer.from_pretrained(NAME).save_pretrained(DIR) "
            "writes one for any Hugging Face fast tokenizer)"
        )
    if (why := why_unreadable(path)) == "not found":
        raise UserError(
            f"tokenizer {path!r} not found: pass --tokenizer path/to/tokenizer.json "
            "(any Hugging Face fast tokenizer saves one with save_pretrained)"
        )
    if why:  # clause tokenizer_unreadable: there, but not readable; say why
        raise UserError(f"tokenizer {path!r} {why}")
    try:
        return Tokenizer.from_file(path)
    except Exception as error:
        raise UserError(f"{path!r} is not a tokenizers tokenizer.json: {error}") from None


@functools.lru_cache(maxsize=2)
def worker_tokenizer(path: str) -> tuple[Tokenizer, ByteOffsets | None]:
    """``load_tokenizer(path)`` and its ``ByteOffsets``, made once per process (~0.4
    CPU-s): the build's fork server makes them before it forks the workers
    (``pipeline.fork_server.preload``), which then share them; encoding only reads
    them."""
    tokenizer = load_tokenizer(path)
    return tokenizer, ByteOffsets.for_tokenizer(tokenizer)


def eos_token_id(tokenizer: Tokenizer) -> int:
    """The id that ends every document (rule ``document_eos``) and so separates packed
    ones: the tokenizer's end-of-text token. A tokenizer without one is refused."""
    for name in ("<|endoftext|>", "</s>", "<|end_of_text|>", "<|im_end|>", "<eos>", "[SEP]"):
        token_id = tokenizer.token_to_id(name)
        if token_id is not None:
            return token_id
    raise UserError(
        "tokenizer has no end-of-text token (<|endoftext|>, </s>, ...); "
        "add one to tokenizer.json: every document ends with it in the training rows"
    )


def _to_tokenized(doc: StructuredDocument, ids: np.ndarray, offsets: np.ndarray):
    if ids.size == 0:
        raise RejectDocument("no_tokens", "the tokenizer produced no tokens for this document")
    return TokenizedDocument(
        doc_id=doc.doc_id,
        source=doc.source,
        split=doc.split,
        text=doc.text,
        structure=doc.structure,
        token_ids=ids,
        token_offsets=offsets,
        boilerplate_chars=doc.boilerplate_chars,
        encoding=doc.encoding,
        control_chars=doc.control_chars,
    )


def tokenize_documents(
    docs: Sequence[StructuredDocument],
    tokenizer: Tokenizer,
    piece_chars: int | None = None,
    group_chars: int | None = None,
    byte_offsets: ByteOffsets | None | bool = True,
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed
    (no tokens, or the tokenizer raised on one of its pieces).

    ``piece_chars`` / ``group_chars``: None for :func:`encode_sizes` of each
    document / of the batch's longest document.
    ``byte_offsets``: the tokenizer's ``ByteOffsets`` (made once by the caller), True
    to make it here, False/None for the tokenizer's own offsets.
    """
    if byte_offsets is True:
        byte_offsets = ByteOffsets.for_tokenizer(tokenizer)
    if group_chars is None:
        group_chars = encode_sizes(max((len(d.text) for d in docs), default=0))[1]
    splits_at = functools.partial(tokenizer_splits_at, tokenizer)
    cuts = [
        piece_cuts(d.text, piece_chars or encode_sizes(len(d.text))[0], splits_at) for d in docs
    ]
    spans = [(k, a, b) for k, c in enumerate(cuts) for a, b in zip(c[:-1], c[1:], strict=True)]
    encoded = _encode_spans(
        tokenizer, [d.text for d in docs], spans, group_chars, byte_offsets or None
    )
    results: list[TokenizedDocument | RejectDocument] = []
    for k, doc in enumerate(docs):
        pieces = {a: encoded.pop((k, a)) for a in cuts[k][:-1]}
        failed = next((v for v in pieces.values() if isinstance(v, BaseException)), None)
        try:
            if failed is not None and SURROGATE.search(doc.text):
                # Clause surrogates_read_as_replacement (transforms.surrogates): no reader
                # passes a lone surrogate; a caller's is read as U+FFFD, one character for
                # one (the structure's spans hold), in the tokens and the text they index.
                doc = dataclasses.replace(doc, text=replaced(doc.text))
                pieces = encode_pieces(tokenizer, doc.text, piece_chars)
                if not isinstance(pieces, BaseException):
                    results.append(_to_tokenized(doc, *pieces))
                    continue
                failed = pieces
            if failed is not None:
                raise RejectDocument(
                    "tokenizer_error",
                    f"the tokenizer failed on this document: {type(failed).__name__}: {failed}",
                )
            results.append(_to_tokenized(doc, *_verified(tokenizer, doc.text, cuts[k], pieces)))
        except RejectDocument as e:
            results.append(e)
    return results


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class _TokenizeBatchFn(beam.DoFn):
    def __init__(self, tokenizer_path: str):
        self._path = tokenizer_path
        self._ok = Metrics.counter(NAMESPACE, "tokenize_ok")
        self._rejected = Metrics.counter(NAMESPACE, "tokenize_rejected")

    def setup(self):
        bound_worker_heap()  # per-document buffers go back to the OS (transforms.runtime)
        self._tokenizer, self._byte_offsets = worker_tokenizer(self._path)

    def process(self, batch):
        results = tokenize_documents(batch, self._tokenizer, byte_offsets=self._byte_offsets)
        if sum(len(doc.text) for doc in batch) >= PIECE_CHARS:
            release_free_memory()  # the tokenizer's freed small blocks (transforms.runtime)
        for doc, result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                self._rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(doc, "tokenize", result))
            else:
                self._ok.inc()
                yield result


def _text_length(doc: StructuredDocument) -> int:
    return max(1, len(doc.text))


class BatchByCharacters(beam.PTransform):
    """Documents -> lists of documents of at most ``max_chars`` characters in all;
    a longer document is a list of its own. Beam's ``BatchElements`` with the text
    length as the element size and a fixed target of ``max_chars``.

    Not Beam's adaptive target: it fits the time per batch against the batch size
    with ``np.polyfit``, and where its outlier pass leaves one distinct batch size
    (a corpus of books: most batches are one book) the fit is rank-deficient and
    numpy prints ``RankWarning: Polyfit may be poorly conditioned`` (and a
    divide-by-zero ``RuntimeWarning``) from each worker process. With equal minimum
    and maximum Beam uses the target as it is and never fits. The bound that matters
    is on characters (memory); tokenizing 1M characters takes well under Beam's 10 s
    target per batch, which the adaptive target reached after its ramp-up anyway."""

    def __init__(self, max_chars: int = MAX_BATCH_CHARS):
        super().__init__()
        self._max_chars = max_chars

    def expand(self, docs):
        return docs | beam.BatchElements(
            min_batch_size=self._max_chars,
            max_batch_size=self._max_chars,
            element_size_fn=_text_length,
        )


class TokenizeDocuments(beam.PTransform):
    """StructuredDocument -> TokenizedDocument, batched so the Rust tokenizer
    encodes several documents in parallel; outputs ``main`` and ``rejected``."""

    def __init__(self, tokenizer_path: str, max_batch_chars: int = MAX_BATCH_CHARS):
        super().__init__()
        self._path = tokenizer_path
        self._max_chars = max_batch_chars

    def expand(self, docs):
        return (
            docs
            | "Batch" >> BatchByCharacters(self._max_chars)
            | "Encode" >> beam.ParDo(_TokenizeBatchFn(self._path)).with_outputs(REJECTED, main=MAIN)
        )
