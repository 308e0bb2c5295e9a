"""Packing short documents into rows, and reading a row's pieces back.

A document shorter than a window, or a long one's short tail, becomes one
``PendingPiece`` (``transforms.chunking``);
``pack_pieces`` packs the pieces of one shard into rows of at most ``W`` tokens by
best-fit decreasing: pieces sorted by length (then doc id), each placed in the open
row with the least room that fits it, kept as a sorted list of (room, row), so
O(p log p) comparisons for ``p`` pieces. Each piece is followed by ``eos_id``
(scored: the model learns where a document ends) and its ``position_ids`` restart
at 0. Rows are never padded here.

``piece_layout`` is how every reader (inspector, verifier, held-out perplexity)
finds a piece's document tokens inside a row. Pure: numpy only, no Beam.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from schemas import IGNORE_INDEX

if TYPE_CHECKING:
    from transforms.chunking import ChunkConfig

STRUCTURE_FIELDS = ("sentence_starts", "paragraph_starts", "topic_starts", "key_sentence_starts")


@dataclass(frozen=True, eq=False)
class PendingPiece:
    """A whole short document, or the short tail of a long one (rule ``short_tail``:
    its left context labelled -100), waiting to be packed with others into one row.

    ``token_ids`` / ``labels`` exclude the EOS that packing appends; structure
    offsets are relative to the piece's first token. A piece never has a memory
    prefix.
    """

    doc_id: str
    chunk_index: int
    token_ids: np.ndarray  # int32 (n,)
    labels: np.ndarray  # int32 (n,)
    token_start: int
    token_end: int
    char_start: int
    char_end: int
    section_path: tuple[str, ...] = ()
    sentence_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    paragraph_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    topic_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    key_sentence_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))

    @property
    def packed_length(self) -> int:
        """Row tokens the piece takes once packed (its EOS included)."""
        return len(self.token_ids) + 1

    def sort_key(self) -> tuple:
        return (-self.packed_length, self.doc_id, self.chunk_index, self.token_start)


def piece_dict(doc_id, chunk_index, offset, length, token_start, token_end, char_start, char_end):
    """One entry of the ``pieces`` column (``schemas.Piece`` fields)."""
    return {
        "doc_id": doc_id,
        "chunk_index": chunk_index,
        "offset": offset,
        "length": length,
        "token_start": token_start,
        "token_end": token_end,
        "char_start": char_start,
        "char_end": char_end,
    }


def piece_layout(row: dict) -> list[tuple[dict, int]]:
    """Each piece of a row with the row position of its first document token.

    The piece's document tokens ``[token_start, token_end)`` sit at
    ``[first, first + token_end - token_start)``; before them only the first piece
    can have a memory prefix (``memory_length``), after them the piece that ends its
    document (a packed piece, a document's last window) has its EOS
    (``piece_eos``). Works on rows read back from Arrow as well.
    """
    return [
        (piece, piece["offset"] + (row["memory_length"] if i == 0 else 0))
        for i, piece in enumerate(row["pieces"])
    ]


def piece_eos(piece: dict, first: int) -> int | None:
    """Row position of the EOS after a piece's document tokens (``piece_layout``'s
    ``first``), or None when the piece does not end its document."""
    end_doc = first + piece["token_end"] - piece["token_start"]
    return end_doc if piece["offset"] + piece["length"] > end_doc else None


def _packed_row(pieces: list[PendingPiece], window: int, eos_id: int) -> dict:
    ids, labels, positions, meta = [], [], [], []
    structure = {name: [] for name in STRUCTURE_FIELDS}
    offset = 0
    eos = np.array([eos_id], dtype=np.int32)
    for piece in pieces:
        size = piece.packed_length
        ids += [piece.token_ids, eos]
        labels += [piece.labels, eos]  # EOS is scored: the model learns where documents end
        positions.append(np.arange(size, dtype=np.int32))
        for name in STRUCTURE_FIELDS:
            structure[name].append(getattr(piece, name) + offset)
        meta.append(
            piece_dict(
                piece.doc_id,
                piece.chunk_index,
                offset,
                size,
                piece.token_start,
                piece.token_end,
                piece.char_start,
                piece.char_end,
            )
        )
        offset += size
    labels_arr = np.concatenate(labels).astype(np.int32)
    first = pieces[0]
    return {
        "input_ids": np.concatenate(ids).astype(np.int32),
        "labels": labels_arr,
        "position_ids": np.concatenate(positions),
        "doc_id": first.doc_id,
        "window": window,
        "length": offset,
        "chunk_index": first.chunk_index,
        "token_start": first.token_start,
        "token_end": first.token_end,
        "char_start": first.char_start,
        "char_end": first.char_end,
        "num_scored": int(np.count_nonzero(labels_arr != IGNORE_INDEX)),
        "memory_length": 0,
        "section_path": list(first.section_path),
        **{name: np.concatenate(parts).astype(np.int32) for name, parts in structure.items()},
        "pieces": meta,
    }


def pack_pieces(pieces: Iterable[PendingPiece], window: int, config: ChunkConfig) -> list[dict]:
    """Pack short pieces into rows of at most ``window`` tokens (best-fit decreasing).

    Pieces are sorted first (longest first, then by doc id), so the result does not
    depend on input order. Each piece is followed by ``config.eos_id`` (scored) and
    its ``position_ids`` restart at 0. Within a row, pieces keep placement order.
    """
    ordered = sorted(pieces, key=PendingPiece.sort_key)
    bins: list[list[PendingPiece]] = []
    # Open bins as sorted (remaining capacity, bin index): best fit = smallest that fits.
    free: list[tuple[int, int]] = []
    for piece in ordered:
        size = piece.packed_length
        if size > window:
            raise ValueError(
                f"piece {piece.doc_id}#{piece.chunk_index} needs {size} tokens > window {window}"
            )
        i = bisect.bisect_left(free, (size, -1))
        if i < len(free):
            remaining, b = free.pop(i)
        else:
            remaining, b = window, len(bins)
            bins.append([])
        bins[b].append(piece)
        remaining -= size
        if remaining > 0:
            bisect.insort(free, (remaining, b))
    return [_packed_row(b, window, config.eos_id) for b in bins]
