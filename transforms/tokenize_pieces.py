"""Encoding one text, or a batch of texts, in bounded pieces with HF ``tokenizers``.

Long documents are encoded in bounded pieces: the Rust tokenizer holds ~100 bytes
per character of its input while it works (a 50 MB document peaked at 6.5 GB when
encoded whole), so each document is cut into pieces of about ``piece_chars``
characters at line starts or sentence ends (:func:`piece_cuts`), and pieces of all
documents of a batch are encoded together with ``encode_batch`` in groups of at
most ``group_chars`` characters (the tokenizer's thread pool works across them);
both are smaller for a document over ``LONG_DOCUMENT_CHARS`` (:func:`encode_sizes`).
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
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable

import numpy as np
from tokenizers import Tokenizer

from schemas.errors import Terminated
from transforms.char_starts import byte_level_alphabet
from transforms.runtime import release_free_memory
from transforms.surrogates import reads_surrogates


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
        alphabet = byte_level_alphabet()
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
# Above LONG_DOCUMENT_CHARS: the tokenizer's working memory (and what its threads'
# heaps keep of it) follows a group's characters, and such a document already holds
# hundreds of MB; two pieces a group keep two threads busy. Ordinary batches keep
# the larger groups (tokens/s within noise on the books; docs/PERFORMANCE.md).
LONG_DOCUMENT_CHARS = 4 << 20
LONG_PIECE_CHARS = 256 << 10
LONG_GROUP_CHARS = 512 << 10
SEAM_CHARS = 1000
# While pieces are copied into the document's arrays, the heap pages they free
# are handed back every this many bytes: pieces under the mmap threshold
# (transforms.runtime) stay resident once freed, so the copy held the tokens twice.
STITCH_RELEASE_BYTES = 32 << 20
# Where a piece may end: after a newline between two non-spaces, at the space after
# a sentence's final punctuation, after a CJK full stop that a letter follows: byte-
# level BPE pre-tokenizers split there. Not after a run of newlines (GPT-2's
# ``\s+(?!\S)`` splits "\n\n\nThe" as "\n\n", "\n", "The"), "\r\n", or inside "。」":
# such seams failed (3 of 18 in 20 M characters of books) and were encoded again.
_CUT = re.compile(r"(?<=\S)\n(?=\S)|[.!?](?= \w)|[\u3002\uff01\uff1f](?=[^\W\d_])")
# Cut points tried per piece end by ``piece_cuts`` before it settles for the last
# (a tokenizer whose pre-tokenizer splits elsewhere still gets seams that verify).
CUT_TRIES = 8


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
        if isinstance(error, (KeyboardInterrupt, SystemExit, Terminated)):
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
            if isinstance(error, (KeyboardInterrupt, SystemExit, Terminated)):
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
                if isinstance(error, (KeyboardInterrupt, SystemExit, Terminated)):
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
    once copied, and the freed heap pages handed back every
    ``STITCH_RELEASE_BYTES`` (the document's tokens are held once, not twice)."""
    n = sum(len(encoded[c][0]) for c in cuts[:-1])
    ids, offsets = np.empty(n, np.int32), np.empty((n, 2), np.int32)
    at = freed = 0
    for c in cuts[:-1]:
        piece_ids, piece_offsets = encoded.pop(c)
        ids[at : at + len(piece_ids)] = piece_ids
        offsets[at : at + len(piece_ids)] = piece_offsets
        at += len(piece_ids)
        freed += piece_ids.nbytes + piece_offsets.nbytes
        if freed >= STITCH_RELEASE_BYTES:
            del piece_ids, piece_offsets
            release_free_memory()
            freed = 0
    return ids, offsets


def _verified(tokenizer, text, cuts, encoded):
    """Stitch the pieces of one document; re-encode around seams that do not verify.
    ``encoded[start]``: the (ids, offsets) of the piece starting at ``start``
    (emptied: the pieces are stitched into the result). The failing seams that
    follow a failing seam join its stretch, encoded again once: a tokenizer whose
    every seam fails (one that prepends a space to each input) costs one more
    encode of the document, not one per piece."""

    def agrees(i: int) -> bool:
        lo = max(cuts[i - 1], cuts[i] - SEAM_CHARS)
        hi = min(cuts[i + 1], cuts[i] + SEAM_CHARS)
        # Tokens starting in [lo, hi) all lie in the two pieces around the seam.
        (ids_a, off_a), (ids_b, off_b) = encoded[cuts[i - 1]], encoded[cuts[i]]
        ids, offsets = np.concatenate([ids_a, ids_b]), np.concatenate([off_a, off_b])
        return _seam_agrees(tokenizer, text, cuts[i], lo, hi, ids, offsets)

    first = 1
    while True:
        bad = next((i for i in range(first, len(cuts) - 1) if not agrees(i)), None)
        if bad is None:
            return _stitch(encoded, cuts)
        last = bad
        while last + 1 < len(cuts) - 1 and not agrees(last + 1):
            last += 1
        start, end = cuts[bad - 1], cuts[last + 1]
        for c in cuts[bad : last + 1]:
            del encoded[c]
        del cuts[bad : last + 1]
        encoded[start] = _arrays(tokenizer.encode(text[start:end], add_special_tokens=False), start)
        # The seams before bad - 1 lie in pieces that did not change.
        first = max(1, bad - 1)


def encode_sizes(chars: int) -> tuple[int, int]:
    """``(piece_chars, group_chars)`` for a document (or batch) of ``chars``
    characters: the long-document sizes above ``LONG_DOCUMENT_CHARS``."""
    if chars > LONG_DOCUMENT_CHARS:
        return LONG_PIECE_CHARS, LONG_GROUP_CHARS
    return PIECE_CHARS, GROUP_CHARS


# Clause surrogates_read_as_replacement (transforms.surrogates): the tokenizer takes no
# lone surrogate ("TextInputSequence must be str"); it is read as U+FFFD, offsets hold.
@reads_surrogates(errors=(UnicodeEncodeError, TypeError))
def encode_text(
    tokenizer: Tokenizer, text: str, piece_chars: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Token ids (int32) and character offsets (int32, ``[n, 2]``) of ``text``, encoded
    in verified pieces (module docstring); sizes from :func:`encode_sizes` unless
    ``piece_chars`` is given."""
    default_piece, group_chars = encode_sizes(len(text))
    splits_at = functools.partial(tokenizer_splits_at, tokenizer)
    cuts = piece_cuts(text, piece_chars or default_piece, splits_at)
    spans = [(0, a, b) for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
    encoded = _encode_spans(tokenizer, [text], spans, group_chars)
    for value in encoded.values():
        if isinstance(value, BaseException):
            raise value
    return _verified(tokenizer, text, cuts, {a: encoded.pop((0, a)) for _, a, _ in spans})


def encode_pieces(tokenizer: Tokenizer, text: str, piece_chars: int | None = None):
    """:func:`encode_text`'s (ids, offsets), or the exception it raised (a pyo3 panic
    included), for a caller that rejects the document with it."""
    try:
        return encode_text(tokenizer, text, piece_chars)
    except BaseException as error:  # noqa: BLE001 - pyo3 panics are BaseExceptions
        if isinstance(error, (KeyboardInterrupt, SystemExit, Terminated)):
            raise
        return error
