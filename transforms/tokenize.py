"""Tokenize structured documents with a Hugging Face ``tokenizers`` tokenizer.

Tokens keep their character offsets into the normalized text, so structure
(sentences, paragraphs, sections) maps onto token positions with one
``np.searchsorted``. Special tokens are not added: EOS and separators are placed
by the chunker, where they mean something.

Cost: the Rust tokenizer dominates; documents are encoded in batches with
``encode_batch`` so the tokenizer's own thread pool works across documents.

``TokenizeDocuments`` is the Beam wrapper: batches of up to 16 documents, the
tokenizer loaded once per worker in ``setup``, a rejected record (stage
"tokenize") for every document that gives no tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from tokenizers import Tokenizer

from schemas import StructuredDocument, TokenizedDocument
from schemas.errors import UserError
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, RejectDocument, make_rejected
from transforms.runtime import bound_heap_retention


def load_tokenizer(path: str) -> Tokenizer:
    """Load ``tokenizer.json`` from a local path or any Beam filesystem (gs://...)."""
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems

        with FileSystems.open(path) as handle:
            return Tokenizer.from_str(handle.read().decode("utf-8"))
    import os

    if not os.path.isfile(path):
        raise UserError(
            f"tokenizer {path!r} not found: pass --tokenizer path/to/tokenizer.json "
            "(any Hugging Face fast tokenizer saves one with save_pretrained)"
        )
    try:
        return Tokenizer.from_file(path)
    except Exception as error:
        raise UserError(f"{path!r} is not a tokenizers tokenizer.json: {error}") from None


def eos_token_id(tokenizer: Tokenizer) -> int:
    """The id used to separate packed documents: the tokenizer's end-of-text token."""
    for name in ("<|endoftext|>", "</s>", "<|end_of_text|>", "<|im_end|>", "<eos>", "[SEP]"):
        token_id = tokenizer.token_to_id(name)
        if token_id is not None:
            return token_id
    raise UserError(
        "tokenizer has no end-of-text token (<|endoftext|>, </s>, ...); "
        "add one to tokenizer.json so packed documents can be separated"
    )


def _to_tokenized(doc: StructuredDocument, encoding) -> TokenizedDocument:
    ids = np.asarray(encoding.ids, dtype=np.int32)
    if ids.size == 0:
        raise RejectDocument("no_tokens", "the tokenizer produced no tokens for this document")
    offsets = np.asarray(encoding.offsets, dtype=np.int32).reshape(-1, 2)
    return TokenizedDocument(
        doc_id=doc.doc_id,
        source=doc.source,
        split=doc.split,
        text=doc.text,
        structure=doc.structure,
        token_ids=ids,
        token_offsets=offsets,
        boilerplate_chars=doc.boilerplate_chars,
    )


def tokenize_documents(
    docs: Sequence[StructuredDocument], tokenizer: Tokenizer
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed."""
    encodings = tokenizer.encode_batch([d.text for d in docs], add_special_tokens=False)
    results: list[TokenizedDocument | RejectDocument] = []
    for doc, encoding in zip(docs, encodings, strict=True):
        try:
            results.append(_to_tokenized(doc, encoding))
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
        bound_heap_retention()  # per-document buffers go back to the OS (transforms.runtime)
        self._tokenizer = load_tokenizer(self._path)

    def process(self, batch):
        for doc, result in zip(batch, tokenize_documents(batch, self._tokenizer), strict=True):
            if isinstance(result, Exception):
                self._rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(doc, "tokenize", result))
            else:
                self._ok.inc()
                yield result


class TokenizeDocuments(beam.PTransform):
    """StructuredDocument -> TokenizedDocument, batched so the Rust tokenizer
    encodes several documents in parallel; outputs ``main`` and ``rejected``."""

    def __init__(self, tokenizer_path: str):
        super().__init__()
        self._path = tokenizer_path

    def expand(self, docs):
        return (
            docs
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=16)
            | "Encode" >> beam.ParDo(_TokenizeBatchFn(self._path)).with_outputs(REJECTED, main=MAIN)
        )
