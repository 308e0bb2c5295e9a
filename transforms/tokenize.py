"""Tokenize structured documents with a Hugging Face ``tokenizers`` tokenizer.

Tokens keep their character offsets into the normalized text, so structure
(sentences, paragraphs, sections) maps onto token positions with one
``np.searchsorted``. Special tokens are not added: EOS and separators are placed
by the chunker, where they mean something.

Cost: the Rust tokenizer dominates; documents are encoded in batches so the
tokenizer's own thread pool works across documents. For byte-level BPE tokenizers
(GPT-2, Llama 3, Qwen, SmolLM...: no normalizer, offsets not trimmed) the offsets
are not asked of the tokenizer: ``encode_batch_fast`` returns ids only, and each
token's character span follows from the byte length of its vocabulary string
(``ByteOffsets``), in numpy. Measured on 8 books (6 Gutenberg, 2 Chinese; SmolLM2):
``encode_batch`` 7.2 CPU-s plus 0.8 s turning 2M offset tuples into an array,
against 4.9 + 0.2 s, the same offsets for every token. A tokenizer that does not
qualify, or a document whose token bytes do not add up to its UTF-8 length, takes
the exact path (``encode_batch`` offsets).

``TokenizeDocuments`` is the Beam wrapper: batches of documents of at most
``MAX_BATCH_CHARS`` characters in all (a longer document is a batch of its own),
the tokenizer loaded once per worker in ``setup``, a rejected record (stage
"tokenize") for every document that gives no tokens. The bound is on characters
because the tokenizer's ``Encoding`` objects cost 170-220 bytes per token
(measured, SmolLM2, 15 Gutenberg books: +427 MB for 2.59M tokens with
``encode_batch_fast``, +544 MB with ``encode_batch``): batches of up to 16
documents, as Beam's adaptive ``BatchElements`` grows them over a long bundle,
held 16 books' encodings at once, so a worker's peak grew with the corpus.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from tokenizers import Tokenizer

from schemas import StructuredDocument, TokenizedDocument
from schemas.errors import UserError
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, RejectDocument, make_rejected
from transforms.runtime import bound_heap_retention

# ~1M characters is ~250k tokens of English, ~45 MB of encodings; short documents
# (news articles) still go to the tokenizer hundreds at a time.
MAX_BATCH_CHARS = 1 << 20


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


def _byte_alphabet() -> dict[str, int]:
    """GPT-2's byte-to-character table, inverted: the character a byte-level
    vocabulary uses for each byte -> that byte."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1)]
    printable += range(ord("®"), ord("ÿ") + 1)
    chars, extra = {}, 0
    for b in range(256):
        if b in printable:
            chars[chr(b)] = b
        else:
            chars[chr(256 + extra)] = b
            extra += 1
    return chars


def _qualifies(config: dict) -> bool:
    """Whether the offsets of this tokenizer are exactly the byte spans of its tokens:
    byte-level BPE, nothing that rewrites the text first, nothing that trims offsets."""
    pre = config.get("pre_tokenizer") or {}
    steps = pre.get("pretokenizers", [pre]) if pre.get("type") == "Sequence" else [pre]
    post = config.get("post_processor") or {}
    post_steps = post.get("processors", [post]) if post.get("type") == "Sequence" else [post]
    return (
        config.get("normalizer") is None
        and (config.get("model") or {}).get("type") == "BPE"
        and not (config.get("model") or {}).get("byte_fallback")
        and steps[-1].get("type") == "ByteLevel"
        and all(s.get("type") in ("ByteLevel", "Split") for s in steps)
        and all(
            p.get("type") in (None, "TemplateProcessing")
            or (p.get("type") == "ByteLevel" and not p.get("trim_offsets"))
            for p in post_steps
        )
    )


class ByteOffsets:
    """Character offsets of byte-level BPE tokens from their byte lengths.

    ``lengths[id]`` is the number of UTF-8 bytes of token ``id`` (-1: unknown, the
    document then takes the exact path). A token's span is the characters of its
    bytes: a character split over two tokens belongs to both, as in the
    tokenizer's own offsets.
    """

    def __init__(self, lengths: np.ndarray):
        self.lengths = lengths

    @classmethod
    def for_tokenizer(cls, tokenizer: Tokenizer) -> ByteOffsets | None:
        """The table for ``tokenizer``, or None when its offsets are not byte spans."""
        config = json.loads(tokenizer.to_str())
        if not _qualifies(config):
            return None
        alphabet = _byte_alphabet()
        lengths = np.full(tokenizer.get_vocab_size(with_added_tokens=True), -1, np.int64)
        for token, i in tokenizer.get_vocab(with_added_tokens=False).items():
            if i < len(lengths) and all(c in alphabet for c in token):
                lengths[i] = len(token)
        for added in config.get("added_tokens") or []:
            # Matched in the raw text; lstrip/rstrip would swallow spaces, unknown length.
            i, content = added["id"], added["content"]
            if i < len(lengths):
                stripping = added.get("lstrip") or added.get("rstrip")
                lengths[i] = -1 if stripping else len(content.encode("utf-8"))
        lengths[lengths == 0] = -1
        return cls(lengths)

    def offsets(self, text: str, ids: np.ndarray) -> np.ndarray | None:
        """int32 (n, 2) character spans of ``ids`` in ``text``; None when the token
        bytes do not cover the text exactly (then ask the tokenizer)."""
        if ids.size and (ids.min() < 0 or ids.max() >= len(self.lengths)):
            return None
        lengths = self.lengths[ids]
        data = text.encode("utf-8")
        if (lengths < 0).any() or int(lengths.sum()) != len(data):
            return None
        # Character index of every byte: count the bytes that start a character.
        char_of_byte = np.cumsum((np.frombuffer(data, np.uint8) & 0xC0) != 0x80, dtype=np.int32)
        ends = np.cumsum(lengths)
        out = np.empty((ids.size, 2), dtype=np.int32)
        out[:, 0] = char_of_byte[ends - lengths] - 1
        out[:, 1] = char_of_byte[ends - 1]
        return out


def _to_tokenized(
    doc: StructuredDocument, ids: np.ndarray, offsets: np.ndarray
) -> TokenizedDocument:
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
    )


def encode_with_offsets(
    texts: Sequence[str], tokenizer: Tokenizer, byte_offsets: ByteOffsets | None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(int32 ids, int32 (n, 2) character offsets) per text, as ``encode_batch``
    gives them, without special tokens; see the module docstring for the fast path."""
    out: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(texts)
    if byte_offsets is not None:
        for i, (text, encoding) in enumerate(
            zip(
                texts,
                tokenizer.encode_batch_fast(list(texts), add_special_tokens=False),
                strict=True,
            )
        ):
            ids = np.asarray(encoding.ids, dtype=np.int32)
            offsets = byte_offsets.offsets(text, ids)
            if offsets is not None:
                out[i] = (ids, offsets)
    exact = [i for i, r in enumerate(out) if r is None]
    if exact:
        encodings = tokenizer.encode_batch([texts[i] for i in exact], add_special_tokens=False)
        for i, encoding in zip(exact, encodings, strict=True):
            ids = np.asarray(encoding.ids, dtype=np.int32)
            out[i] = (ids, np.asarray(encoding.offsets, dtype=np.int32).reshape(-1, 2))
    return out  # type: ignore[return-value]


def tokenize_documents(
    docs: Sequence[StructuredDocument],
    tokenizer: Tokenizer,
    byte_offsets: ByteOffsets | None | bool = True,
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed.

    ``byte_offsets``: the tokenizer's ``ByteOffsets`` (made once by the caller),
    True to make it here, False/None for the tokenizer's own offsets.
    """
    if byte_offsets is True:
        byte_offsets = ByteOffsets.for_tokenizer(tokenizer)
    encoded = encode_with_offsets([d.text for d in docs], tokenizer, byte_offsets or None)
    results: list[TokenizedDocument | RejectDocument] = []
    for doc, (ids, offsets) in zip(docs, encoded, strict=True):
        try:
            results.append(_to_tokenized(doc, ids, offsets))
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
        self._byte_offsets = ByteOffsets.for_tokenizer(self._tokenizer)

    def process(self, batch):
        results = tokenize_documents(batch, self._tokenizer, self._byte_offsets)
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
    length as the element size (it still adapts the batch to the time per batch)."""

    def __init__(self, max_chars: int = MAX_BATCH_CHARS):
        super().__init__()
        self._max_chars = max_chars

    def expand(self, docs):
        return docs | beam.BatchElements(
            min_batch_size=1, max_batch_size=self._max_chars, element_size_fn=_text_length
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
