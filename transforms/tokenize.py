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
cost of one extra encode of ``2 * SEAM_CHARS`` characters per piece (0.4%).

Cost: the Rust tokenizer dominates. ``TokenizeDocuments`` is the Beam wrapper:
batches of up to 16 documents, the tokenizer loaded once per worker in ``setup``,
a rejected record (stage "tokenize") for every document that gives no tokens or
that the tokenizer fails on (the other documents of its batch are unaffected).
"""

from __future__ import annotations

import re
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


PIECE_CHARS = 1 << 20
GROUP_CHARS = 2 << 20
SEAM_CHARS = 1000
# Where a piece may end: just after a newline that a non-space follows (a line
# start), at the space after a sentence's final punctuation, or after a CJK full
# stop. Byte-level BPE pre-tokenizers split there, so the pieces encode alike.
_CUT = re.compile(r"\n(?=\S)|[.!?](?= \w)|[\u3002\uff01\uff1f](?=\S)")


def piece_cuts(text: str, piece_chars: int = PIECE_CHARS) -> list[int]:
    """Piece boundaries ``[0, c1, ..., len(text)]``: each piece at most
    ``piece_chars`` long, ending at the last cut point (``_CUT``) in its final
    quarter, else at the last space there, else at exactly ``piece_chars``."""
    cuts = [0]
    n = len(text)
    while n - cuts[-1] > piece_chars:
        start = cuts[-1]
        target = start + piece_chars
        lo = target - piece_chars // 4
        found = None
        for match in _CUT.finditer(text, lo, target):
            found = match
        if found is not None:
            cut = found.end()
        else:
            space = text.rfind(" ", lo, target)
            cut = space if space > start else target
        cuts.append(cut)
    cuts.append(n)
    return cuts


def _arrays(encoding, shift: int) -> tuple[np.ndarray, np.ndarray]:
    ids = np.asarray(encoding.ids, dtype=np.int32)
    offsets = np.asarray(encoding.offsets, dtype=np.int32).reshape(-1, 2)
    if shift:
        offsets += shift
    return ids, offsets


def _encode_spans(tokenizer, text_of, spans, group_chars: int):
    """Encode ``spans`` ``(key, start, end)`` of texts ``text_of[key]`` with
    ``encode_batch``, at most ``group_chars`` characters per call; returns
    ``{(key, start): (ids, offsets)}`` or, for the keys whose group failed and
    whose own encode fails too, ``{(key, start): exception}``."""
    out, group, size = {}, [], 0

    def flush():
        if not group:
            return
        texts = [text_of[k][a:b] for k, a, b in group]
        try:
            encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
        except BaseException as error:  # noqa: BLE001 - pyo3 panics are BaseExceptions
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
            encodings = None
        for i, (k, a, _) in enumerate(group):
            if encodings is not None:
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
    half around ``cut`` (token ids and offsets)."""
    window = tokenizer.encode(text[lo:hi], add_special_tokens=False)
    w_ids, w_off = _arrays(window, lo)
    a, b = cut - (cut - lo) // 2, cut + (hi - cut) // 2
    mine = (offsets[:, 0] >= a) & (offsets[:, 0] < b)
    theirs = (w_off[:, 0] >= a) & (w_off[:, 0] < b)
    return np.array_equal(ids[mine], w_ids[theirs]) and np.array_equal(offsets[mine], w_off[theirs])


def _verified(tokenizer, text, cuts, encoded):
    """Stitch the pieces of one document; re-encode around seams that do not verify.
    ``encoded[start]``: the (ids, offsets) of the piece starting at ``start``."""
    while True:
        ids = np.concatenate([encoded[c][0] for c in cuts[:-1]])
        offsets = np.concatenate([encoded[c][1] for c in cuts[:-1]])
        bad = None
        for i in range(1, len(cuts) - 1):
            lo = max(cuts[i - 1], cuts[i] - SEAM_CHARS)
            hi = min(cuts[i + 1], cuts[i] + SEAM_CHARS)
            if not _seam_agrees(tokenizer, text, cuts[i], lo, hi, ids, offsets):
                bad = i
                break
        if bad is None:
            return ids, offsets
        start, end = cuts[bad - 1], cuts[bad + 1]
        del cuts[bad]
        encoded[start] = _arrays(tokenizer.encode(text[start:end], add_special_tokens=False), start)


def encode_text(
    tokenizer: Tokenizer, text: str, piece_chars: int = PIECE_CHARS
) -> tuple[np.ndarray, np.ndarray]:
    """Token ids (int32) and character offsets (int32, ``[n, 2]``) of ``text``, encoded
    in verified pieces (module docstring)."""
    cuts = piece_cuts(text, piece_chars)
    spans = [(0, a, b) for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
    encoded = _encode_spans(tokenizer, [text], spans, GROUP_CHARS)
    for value in encoded.values():
        if isinstance(value, BaseException):
            raise value
    return _verified(tokenizer, text, cuts, {a: encoded[(0, a)] for _, a, _ in spans})


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
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed
    (no tokens, or the tokenizer raised on one of its pieces)."""
    cuts = [piece_cuts(d.text, piece_chars) for d in docs]
    spans = [(k, a, b) for k, c in enumerate(cuts) for a, b in zip(c[:-1], c[1:], strict=True)]
    encoded = _encode_spans(tokenizer, [d.text for d in docs], spans, group_chars)
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
