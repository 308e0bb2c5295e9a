"""Tokenize structured documents with a Hugging Face ``tokenizers`` tokenizer.

Tokens keep their character offsets into the normalized text, so structure
(sentences, paragraphs, sections) maps onto token positions with one
``np.searchsorted``. Special tokens are not added: EOS and separators are placed
by the chunker, where they mean something.

Long documents are encoded in bounded pieces: the Rust tokenizer holds ~100 bytes
per character of its input while it works (a 50 MB document peaked at 6.5 GB when
encoded whole), so each document is cut into pieces of about ``piece_chars``
characters at line starts or sentence ends (:func:`piece_cuts`), and pieces of all
documents of a batch are encoded together with ``encode_batch`` in groups of at
most ``group_chars`` characters (the tokenizer's thread pool works across them).
Offsets are shifted back into the document. Every seam is then verified: the text
around it (``SEAM_CHARS`` each side) is encoded on its own, and its tokens in the
middle must equal the stitched ones; a seam that does not verify (a pre-token
that crosses it, a tokenizer that prepends a space to every input) is removed and
the two pieces are encoded as one. The result is therefore the whole-document
encoding wherever the tokenizer is local (byte-level BPE, WordPiece, ...), at the
cost of one extra encode of ``2 * SEAM_CHARS`` characters per piece (0.4%). So
that merges stay rare, a cut point is first tried on ``SEAM_CHARS`` characters
around it (:func:`tokenizer_splits_at`): GPT-2's pre-tokenizer reads a blank line
before a non-space as two newline tokens but a piece's final blank line as one, so
a cut at a paragraph start failed its seam check and cost a 1-2 M-character
re-encode on the slow exact path (one book in ten on the bench corpus).

Cost: the Rust tokenizer dominates. For byte-level BPE tokenizers (GPT-2, Llama 3,
Qwen, SmolLM...: no normalizer, offsets not trimmed) the pieces' offsets are not
asked of the tokenizer: ``encode_batch_fast`` returns ids only, and each token's
character span follows from the byte length of its vocabulary string
(``ByteOffsets``), in numpy. Measured on 8 books (6 Gutenberg, 2 Chinese; SmolLM2):
``encode_batch`` 7.2 CPU-s plus 0.8 s turning 2M offset tuples into an array,
against 4.9 + 0.2 s, the same offsets for every token. A tokenizer that does not
qualify, or a piece whose token bytes do not add up to its UTF-8 length, takes the
exact path (``encode_batch`` offsets); seams are verified with exact offsets.

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

import functools
import json
import re
from collections.abc import Callable, Sequence

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from tokenizers import Tokenizer

from schemas import StructuredDocument, TokenizedDocument
from schemas.errors import UserError
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, RejectDocument, make_rejected
from transforms.runtime import bound_heap_retention, release_free_memory

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
        """The table for ``tokenizer``, or None when its offsets are not byte spans
        (or it is not a ``tokenizers.Tokenizer``, e.g. a test double)."""
        if not isinstance(tokenizer, Tokenizer):
            return None
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


PIECE_CHARS = 1 << 20
GROUP_CHARS = 2 << 20
SEAM_CHARS = 1000
# Cut points tried per piece end by ``piece_cuts`` before it settles for the last.
CUT_TRIES = 8
# Where a piece may end: just after a newline that a non-space follows (a line
# start), at the space after a sentence's final punctuation, or after a CJK full
# stop. Byte-level BPE pre-tokenizers split there, so the pieces encode alike.
_CUT = re.compile(r"\n(?=\S)|[.!?](?= \w)|[\u3002\uff01\uff1f](?=\S)")


def piece_cuts(
    text: str,
    piece_chars: int = PIECE_CHARS,
    splits_at: Callable[[str, int], bool] | None = None,
) -> list[int]:
    """Piece boundaries ``[0, c1, ..., len(text)]``: each piece at most
    ``piece_chars`` long, ending at the last cut point (``_CUT``) in its final
    quarter, else at the last space there, else at exactly ``piece_chars``.

    ``splits_at(text, cut)``: whether the tokenizer splits the text around ``cut``
    there (:func:`tokenizer_splits_at`); the last ``CUT_TRIES`` cut points of the
    quarter are tried from the end and the first that splits is taken (else the
    last, as without it). A seam that would not verify is thus moved before any
    piece is encoded, instead of its two pieces being encoded again as one.
    """
    cuts = [0]
    n = len(text)
    while n - cuts[-1] > piece_chars:
        start = cuts[-1]
        target = start + piece_chars
        lo = target - piece_chars // 4
        found = [m.end() for m in _CUT.finditer(text, lo, target)]
        if found:
            cut = found[-1]
            if splits_at is not None:
                cut = next((c for c in found[::-1][:CUT_TRIES] if splits_at(text, c)), cut)
        else:
            space = text.rfind(" ", lo, target)
            cut = space if space > start else target
        cuts.append(cut)
    cuts.append(n)
    return cuts


def tokenizer_splits_at(tokenizer, text: str, cut: int, context: int = SEAM_CHARS // 2) -> bool:
    """Whether ``tokenizer`` encodes the ``context`` characters each side of ``cut``
    as the tokens of the left part then those of the right part (no token crosses
    ``cut``). A failing encode counts as no (the seam check decides later)."""
    lo, hi = max(0, cut - context), min(len(text), cut + context)
    try:
        whole, left, right = tokenizer.encode_batch(
            [text[lo:hi], text[lo:cut], text[cut:hi]], add_special_tokens=False
        )
    except BaseException as error:  # noqa: BLE001 - pyo3 panics are BaseExceptions
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        return False
    return whole.ids == left.ids + right.ids


def _arrays(encoding, shift: int) -> tuple[np.ndarray, np.ndarray]:
    ids = np.asarray(encoding.ids, dtype=np.int32)
    offsets = np.asarray(encoding.offsets, dtype=np.int32).reshape(-1, 2)
    if shift:
        offsets += shift
    return ids, offsets


def _fast_arrays(byte_offsets, text: str, encoding, shift: int):
    """(ids, offsets) from ids-only ``encoding`` via the byte-length table; None when
    the token bytes do not cover ``text`` (then the exact path)."""
    ids = np.asarray(encoding.ids, dtype=np.int32)
    offsets = byte_offsets.offsets(text, ids)
    if offsets is None:
        return None
    if shift:
        offsets += shift
    return ids, offsets


def _encode_spans(tokenizer, text_of, spans, group_chars: int, byte_offsets=None):
    """Encode ``spans`` ``(key, start, end)`` of texts ``text_of[key]`` with
    ``encode_batch`` (``encode_batch_fast`` and ``byte_offsets`` when given), at most
    ``group_chars`` characters per call; returns ``{(key, start): (ids, offsets)}``
    or, for the keys whose group failed and whose own encode fails too,
    ``{(key, start): exception}``."""
    out, group, size = {}, [], 0

    def flush():
        if not group:
            return
        texts = [text_of[k][a:b] for k, a, b in group]
        try:
            if byte_offsets is not None:
                encodings = tokenizer.encode_batch_fast(texts, add_special_tokens=False)
            else:
                encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
        except BaseException as error:  # noqa: BLE001 - pyo3 panics are BaseExceptions
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
            encodings = None
        for i, (k, a, _) in enumerate(group):
            if encodings is not None and byte_offsets is not None:
                fast = _fast_arrays(byte_offsets, texts[i], encodings[i], a)
                if fast is not None:
                    out[(k, a)] = fast
                    continue
            elif encodings is not None:
                out[(k, a)] = _arrays(encodings[i], a)
                continue
            try:  # find which piece the tokenizer fails on; the others go through
                out[(k, a)] = _arrays(tokenizer.encode(texts[i], add_special_tokens=False), a)
            except BaseException as error:  # noqa: BLE001
                if isinstance(error, (KeyboardInterrupt, SystemExit)):
                    raise
                out[(k, a)] = error
        group.clear()

    for key, a, b in spans:
        if size + (b - a) > group_chars:
            flush()
            size = 0
        group.append((key, a, b))
        size += b - a
    flush()
    return out


def _seam_agrees(tokenizer, text, cut, lo, hi, ids, offsets) -> bool:
    """Whether encoding ``text[lo:hi]`` alone gives the stitched tokens in the middle
    half around ``cut`` (token ids and offsets; ``ids``/``offsets`` need only hold
    the stitched tokens of the two pieces around ``cut``)."""
    window = tokenizer.encode(text[lo:hi], add_special_tokens=False)
    w_ids, w_off = _arrays(window, lo)
    a, b = cut - (cut - lo) // 2, cut + (hi - cut) // 2
    mine = (offsets[:, 0] >= a) & (offsets[:, 0] < b)
    theirs = (w_off[:, 0] >= a) & (w_off[:, 0] < b)
    return np.array_equal(ids[mine], w_ids[theirs]) and np.array_equal(offsets[mine], w_off[theirs])


def _stitch(encoded: dict, cuts: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The pieces' ids and offsets end to end, each piece dropped from ``encoded``
    once copied (the document's tokens are held once, not twice)."""
    n = sum(len(encoded[c][0]) for c in cuts[:-1])
    ids, offsets = np.empty(n, np.int32), np.empty((n, 2), np.int32)
    at = 0
    for c in cuts[:-1]:
        piece_ids, piece_offsets = encoded.pop(c)
        ids[at : at + len(piece_ids)] = piece_ids
        offsets[at : at + len(piece_ids)] = piece_offsets
        at += len(piece_ids)
    return ids, offsets


def _verified(tokenizer, text, cuts, encoded):
    """Stitch the pieces of one document; re-encode around seams that do not verify.
    ``encoded[start]``: the (ids, offsets) of the piece starting at ``start``
    (emptied: the pieces are stitched into the result)."""
    while True:
        bad = None
        for i in range(1, len(cuts) - 1):
            lo = max(cuts[i - 1], cuts[i] - SEAM_CHARS)
            hi = min(cuts[i + 1], cuts[i] + SEAM_CHARS)
            # Tokens starting in [lo, hi) all lie in the two pieces around the seam.
            (ids_a, off_a), (ids_b, off_b) = encoded[cuts[i - 1]], encoded[cuts[i]]
            ids, offsets = np.concatenate([ids_a, ids_b]), np.concatenate([off_a, off_b])
            if not _seam_agrees(tokenizer, text, cuts[i], lo, hi, ids, offsets):
                bad = i
                break
        if bad is None:
            return _stitch(encoded, cuts)
        start, end = cuts[bad - 1], cuts[bad + 1]
        del encoded[cuts[bad]], cuts[bad]
        encoded[start] = _arrays(tokenizer.encode(text[start:end], add_special_tokens=False), start)


def encode_text(
    tokenizer: Tokenizer, text: str, piece_chars: int = PIECE_CHARS
) -> tuple[np.ndarray, np.ndarray]:
    """Token ids (int32) and character offsets (int32, ``[n, 2]``) of ``text``, encoded
    in verified pieces (module docstring)."""
    cuts = piece_cuts(text, piece_chars, functools.partial(tokenizer_splits_at, tokenizer))
    spans = [(0, a, b) for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
    encoded = _encode_spans(tokenizer, [text], spans, GROUP_CHARS)
    for value in encoded.values():
        if isinstance(value, BaseException):
            raise value
    return _verified(tokenizer, text, cuts, {a: encoded.pop((0, a)) for _, a, _ in spans})


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
    )


def tokenize_documents(
    docs: Sequence[StructuredDocument],
    tokenizer: Tokenizer,
    piece_chars: int = PIECE_CHARS,
    group_chars: int = GROUP_CHARS,
    byte_offsets: ByteOffsets | None | bool = True,
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed
    (no tokens, or the tokenizer raised on one of its pieces).

    ``byte_offsets``: the tokenizer's ``ByteOffsets`` (made once by the caller), True
    to make it here, False/None for the tokenizer's own offsets.
    """
    if byte_offsets is True:
        byte_offsets = ByteOffsets.for_tokenizer(tokenizer)
    splits_at = functools.partial(tokenizer_splits_at, tokenizer)
    cuts = [piece_cuts(d.text, piece_chars, splits_at) for d in docs]
    spans = [(k, a, b) for k, c in enumerate(cuts) for a, b in zip(c[:-1], c[1:], strict=True)]
    encoded = _encode_spans(
        tokenizer, [d.text for d in docs], spans, group_chars, byte_offsets or None
    )
    results: list[TokenizedDocument | RejectDocument] = []
    for k, doc in enumerate(docs):
        pieces = {a: encoded.pop((k, a)) for a in cuts[k][:-1]}
        failed = next((v for v in pieces.values() if isinstance(v, BaseException)), None)
        try:
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
        bound_heap_retention()  # per-document buffers go back to the OS (transforms.runtime)
        self._tokenizer = load_tokenizer(self._path)
        self._byte_offsets = ByteOffsets.for_tokenizer(self._tokenizer)

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
