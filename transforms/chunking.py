"""Long-sequence builder: overlapping windows, boundary snapping, packing, memory prefix.

Algorithm (one document, one window length ``W`` with overlap ``O`` and snap
tolerance ``T``; everything in token space):

1. **Structure to tokens.** Sentence, paragraph, topic and key-sentence character
   starts become token indices with one ``np.searchsorted`` each: a unit starts at
   the token that contains its first character (the first token whose end is past
   it), so a byte-level token such as ``" The"`` that carries the preceding space
   still counts as the sentence start.
2. **Windows.** The first window is ``[0, W)``. Each next window's nominal start is
   ``O`` tokens before the previous window's end; it moves back to the nearest
   paragraph start in ``[nominal - T, nominal]``, else the nearest sentence start
   there, else stays. A start that is then the second or third byte token of a
   character cut in two (byte-level BPE splits a CJK character into 2-3 tokens
   that share its span) moves back to the token that begins the character, within
   the same ``[nominal - T, nominal]`` (rule ``window_char_start``), else (a
   tolerance under a character's tokens, rule ``window_char_start_any_tolerance``)
   up to 3 tokens further back as long as the window still scores a new token, else
   forward (one token of context kept); a short tail piece held to ``W`` tokens
   moves forward, never past its first scored token
   (``transforms.char_starts``). A window end (``start + W`` minus the memory
   prefix) that would cut a character moves back 1-3 tokens to the token that
   begins it (rule ``window_char_end``: a row decoded alone ends on a whole
   character, 39-45% of CJK rows did not); the next row's scored part starts there.
   So that the row is not 1-3 tokens short of W (padded by the trainer), it takes
   another start whose end, W tokens on, begins a character (rule
   ``window_char_end_fill``: another sentence/paragraph start in the snap range for
   a snapped start, else up to 12 tokens earlier); and a character that begins at or
   before the row's first scored token is finished in the row, its start moving
   forward as much (``window_char_end_first_scored``). See ``transforms.char_rows``.
   Tokens before the previous end are context only (label
   ``-100``); the rest are scored, so over all windows of one document every token
   from the second on is scored exactly once (the first token has no left context
   and is never scored). ``O + T (+ memory) < W`` guarantees progress.
3. **Document end** (rule ``document_eos``). Every document ends with one
   ``eos_id`` token, scored once at every window length, in the row that holds the
   document's last token: windows cut the ``n + 1`` tokens of the document and its
   EOS. When a window would reach that end, the last window is anchored to end
   exactly at the EOS and starts ``W`` tokens earlier (its extra left context is
   scored -100). A long document therefore never leaves a short tail and needs
   no padding (1-3 tokens where a row is moved off a cut character: the rule below
   and ``window_char_end``); the anchored window is the one start that is not snapped. If it
   begins inside a character (39 of 96 anchored rows of CJK books did), it starts
   1-3 tokens later on the character's next token boundary, keeping one token of
   context (rule ``window_char_start_anchored``): that row is W-1 to W-3 tokens,
   the trainer pads it (it cannot start earlier: it would be longer than W). A
   window that would end exactly at the last document token (a snapped start
   that lands there) is anchored too (rule ``eos_in_last_window``): it starts one
   token later, keeping one token less of context, instead of leaving the EOS to
   one more row that scores only it. A tail of at most ``max(O, 1)`` scored
   tokens (EOS included; e.g. the EOS of a document of exactly ``W`` tokens) gets
   no anchored row, ``1 - O/W`` or more context (rule ``short_tail``): it is a
   ``PendingPiece`` for the packer from the next window's snapped start (at least
   one token of context, no memory). The EOS is not a document token:
   ``token_end`` and the ``pieces`` spans count document tokens, and a piece's
   ``length`` includes the EOS that follows them.
4. **Short documents** (fewer than ``W`` tokens, so ``n + 1 <= W``) and short
   tails (step 3) become ``PendingPiece``s, which ``pack_pieces`` packs into rows
   by best-fit decreasing.
   Each piece is followed by its scored EOS and ``position_ids`` restart at 0 for
   each piece. Rows are never padded here: the trainer pads, the pipeline reports
   ``sum(W - length) / sum(W)``.
5. **Memory prefix** (``memory_tokens = M > 0``): before each window, the document's
   key sentences lying entirely before the window start are taken in order of score
   (whole sentences; those longer than ``M`` skipped; the highest-scored prefix of
   the rest that fits in ``M``; ``memory_source="key-recent"``: in order of
   closeness to the window instead), emitted in document order, followed by
   ``memory_separator_ids``. The prefix is labelled -100 and the window shrinks by
   its length, so rows stay within ``W``. ``memory_source="retrieved"`` ranks the
   document's earlier sentences (or paragraphs) by BM25 against the window's
   context-only opening tokens instead, same budget rule (``transforms.retrieval``).
   The prefix is chosen in :mod:`transforms.chunk_memory`.
6. **Structure per row.** Sentence / paragraph / topic / key-sentence starts inside
   the row become row offsets (memory prefix included in the offset); the row's
   ``section_path`` is that of its first scored token
   (``transforms.structure.section_path``).

Cost: per document and window length, O(n) array work for the row copies plus
O(n / (W - 2O)) Python iterations (one per window, each O(log n) searchsorted), so a
400k-token book at W = 512 is ~850 iterations; no per-token Python loop. Measured
(2-core box, SmolLM2 tokens, all four default windows): the 515k-token Gutenberg
book pg62704 in 0.34 s (0.48 s with M = 128), the 1.6M-token 红楼梦 in 0.81 s;
encoding pg62704 alone takes 4.3 s. Context overhead (row tokens per scored token)
is ~1.09 at every window length without memory. Packing sorts the pieces and keeps
the open rows in a sorted list: O(p log p) comparisons for p pieces.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

import schemas
from schemas import IGNORE_INDEX
from transforms.char_rows import is_mark, whole_character_row
from transforms.char_starts import (
    char_start,
    window_char_end,
    window_char_start,
)
from transforms.chunk_config import MEMORY_SOURCES, ChunkConfig  # noqa: F401 (re-exported)
from transforms.chunk_memory import memory_ids, retrieved_memory
from transforms.packing import PendingPiece, piece_dict
from transforms.retrieval import RetrievedMemory
from transforms.token_structure import (
    TokenStructure,
    token_structure,
)

ROW_FIELDS = tuple(schemas.CHUNK_SCHEMA.names)
_STRUCTURE_FIELDS = ("sentence_starts", "paragraph_starts", "topic_starts", "key_sentence_starts")


def _offsets_in(starts: np.ndarray, lo: int, hi: int, shift: int) -> np.ndarray:
    """Sorted token indices in ``[lo, hi)`` as offsets within a row whose token ``lo``
    sits at row position ``shift``."""
    i, j = np.searchsorted(starts, [lo, hi], side="left")
    return (starts[i:j] - lo + shift).astype(np.int32)


def _section_path_at(ts: TokenStructure, char_index: int) -> list[str]:
    i = int(np.searchsorted(ts.section_starts, char_index, side="right")) - 1
    return list(ts.section_paths[i]) if i >= 0 else []


def snap_start(nominal: int, tolerance: int, ts: TokenStructure) -> int:
    """Nearest paragraph start in ``[nominal - tolerance, nominal]``, else nearest
    sentence start there, else ``nominal``."""
    return _snap(nominal, tolerance, ts)[0]


def _snap(nominal: int, tolerance: int, ts: TokenStructure) -> tuple[int, bool]:
    """:func:`snap_start` and whether it is a paragraph or sentence start."""
    for starts in (ts.paragraph_starts, ts.sentence_starts):
        i = int(np.searchsorted(starts, nominal, side="right")) - 1
        if i >= 0 and starts[i] >= nominal - tolerance:
            return int(starts[i]), True
    return nominal, False


# --------------------------------------------------------------------------
# Chunking
# --------------------------------------------------------------------------
def _structure_offsets(ts: TokenStructure, lo: int, hi: int, shift: int) -> dict:
    return {name: _offsets_in(getattr(ts, name), lo, hi, shift) for name in _STRUCTURE_FIELDS}


def _windows(n, window, config, ts, memory, offsets):
    """Yield ``(start, end, scored_from, memory_ids)`` for a document of n >= window
    tokens followed by its EOS: token ``n`` is the EOS, so the last window ends at
    ``n + 1`` (rule ``document_eos``). ``offsets``: the document's token offsets
    (rule ``window_char_start``).

    ``memory(before, query_start, query_end, budget)`` gives the prefix of a window
    whose memory may only use tokens before ``before`` and whose context-only
    opening tokens are ``[query_start, query_end)``.
    """
    overlap, tolerance = config.overlap_for(window), config.tolerance_for(window)
    budget = config.memory_tokens
    empty = np.zeros(0, np.int32)
    total = n + 1  # the document's tokens and its EOS
    reach = window - config.max_memory_length - 1  # a start >= prev_end - reach progresses
    heads = ts.char_heads  # per document: 1 where a token begins a character (EOS too)
    # Rule window_char_end: a row ends on a whole character (see window_char_end).
    start, end = 0, window_char_end(offsets, window, 1)
    yield 0, end, 1, empty
    while end < total:
        prev_end = end
        nominal = prev_end - overlap
        # Rule window_char_start: a start that is the continuation of a character cut
        # in two moves back to the token that begins it (within the tolerance, else up
        # to 3 tokens while the window still scores a new token: rule
        # window_char_start_any_tolerance), else forward.
        start, on_mark = _snap(nominal, tolerance, ts)
        if not heads[start]:  # begins_character; prev_end - reach: lowest start
            start = window_char_start(
                offsets, start, prev_end - reach, nominal - tolerance, prev_end
            )
            on_mark = is_mark(ts.marks, start)
        prefix = memory(start, start, prev_end, budget) if budget else empty
        end = start + window - len(prefix)
        if end >= total or (end == n and total - window <= prev_end):
            if total - prev_end <= max(overlap, 1):  # rule short_tail: a piece
                # (end None) with the usual context, at most `window` with its EOS.
                piece = max(min(start, n - 1), total - window)
                if piece > start:  # rule window_char_start: held to W, so forward,
                    # keeping one token of context (window_char_start_tail_context)
                    piece = char_start(offsets, piece, prev_end - 1)
                yield piece, None, prev_end, None
                return
            # Anchor the last window at the EOS; also one that would end at the
            # last document token (rule eos_in_last_window: the EOS alone would
            # take one more row), as long as it still starts at or before the first
            # token it scores. Its memory may only use tokens before the earliest
            # possible start, total - window, and must leave at least `overlap`
            # tokens of context: [prev_end - overlap, prev_end) stays in the row
            # whatever the prefix length, so it is the query.
            first = total - window
            room = min(budget, prev_end - overlap - first - len(config.memory_separator_ids))
            prefix = memory(first, prev_end - overlap, prev_end, room) if budget else empty
            start, end = first + len(prefix), total
            if start < prev_end - 1:  # rule window_char_start_anchored: on a whole
                # character, 1-3 tokens later (the row 1-3 tokens short of W; it ends
                # at the EOS and cannot start earlier), keeping one token of context
                start = char_start(offsets, start, prev_end - 1)
        elif not heads[end]:  # rule window_char_end (transforms.char_rows)
            lo, hi = max(nominal - tolerance, prev_end - reach), min(nominal, prev_end - 1)
            start, end, prefix = whole_character_row(
                offsets, ts, (start, end, on_mark), prev_end, prefix, memory, budget, lo, hi
            )
        yield start, end, prev_end, prefix


def _rows_lookups(doc, ts: TokenStructure, spans: list) -> Iterator[tuple[list, dict]]:
    """Per ``(start, end, scored_from, memory)`` of ``spans``: the row's section path
    (``_section_path_at`` its first scored token) and ``_structure_offsets(ts,
    start, end, len(memory))``, with one ``searchsorted`` per structure array for
    all the spans (the same slices, the same values)."""
    starts, ends, scored = (
        np.fromiter((span[i] for span in spans), np.int64, len(spans)) for i in range(3)
    )
    # A window that scores only the EOS takes the section of the last document token.
    first_scored = np.minimum(np.maximum(scored, starts), np.minimum(ends, len(doc.token_ids)) - 1)
    section = np.searchsorted(ts.section_starts, doc.token_offsets[first_scored, 0], "right") - 1
    found = []
    for name in _STRUCTURE_FIELDS:
        array = getattr(ts, name)
        first = np.searchsorted(array, starts, side="left").tolist()
        last = np.searchsorted(array, ends, side="left").tolist()
        found.append((name, array, first, last))
    for k, ((start, _, _, memory), i) in enumerate(zip(spans, section.tolist(), strict=True)):
        shift = len(memory)
        yield (
            list(ts.section_paths[i]) if i >= 0 else [],
            {
                name: (array[first[k] : last[k]] - start + shift).astype(np.int32)
                for name, array, first, last in found
            },
        )


def _row(
    doc: schemas.TokenizedDocument,
    ts: TokenStructure,
    window: int,
    chunk_index: int,
    start: int,
    end: int,
    scored_from: int,
    memory: np.ndarray,
    lookups: tuple[list, dict],
    eos_id: int,
) -> dict:
    # end == n + 1: the window holds the document's last token and its EOS.
    end, eos = min(end, len(doc.token_ids)), end > len(doc.token_ids)
    tokens = doc.token_ids[start:end]
    prefix = len(memory)
    parts = [memory, tokens, np.array([eos_id], np.int32)] if eos else [memory, tokens]
    input_ids = np.concatenate(parts).astype(np.int32)
    labels = input_ids.copy()
    labels[: prefix + max(scored_from - start, 0)] = IGNORE_INDEX
    length = len(input_ids)
    char_start, char_end = int(doc.token_offsets[start, 0]), int(doc.token_offsets[end - 1, 1])
    return {
        "input_ids": input_ids,
        "labels": labels,
        "position_ids": np.arange(length, dtype=np.int32),
        "doc_id": doc.doc_id,
        "window": window,
        "length": length,
        "chunk_index": chunk_index,
        "token_start": start,
        "token_end": end,
        "char_start": char_start,
        "char_end": char_end,
        "num_scored": int(np.count_nonzero(labels != IGNORE_INDEX)),
        "memory_length": prefix,
        "section_path": lookups[0],
        **lookups[1],  # _structure_offsets(ts, start, end, prefix)
        "pieces": [
            piece_dict(doc.doc_id, chunk_index, 0, length, start, end, char_start, char_end)
        ],
    }


@dataclass(frozen=True)
class RowPlan:
    """The rows of one document at one window length, decided but not yet made.

    ``spans``: ``(start, end, scored_from, memory_ids)`` per row, in order (``end``
    is ``n + 1`` for the row that ends with the document's EOS, ``eos_id``). Every
    choice that depends on the document (snapping, memory, retrieval) is made when
    the plan is; :meth:`rows` only copies token slices, so a caller can make and
    write the rows a batch at a time (a 50 MB document has ~30,000 rows at 512
    tokens: ~0.2 GB as row dicts per window length, held at once before).
    """

    doc: schemas.TokenizedDocument
    window: int
    structure: TokenStructure
    spans: list[tuple[int, int, int, np.ndarray]]
    eos_id: int

    def __len__(self) -> int:
        return len(self.spans)

    def rows(self, lo: int = 0, hi: int | None = None) -> Iterator[dict]:
        """Rows ``lo`` to ``hi`` (default: all), made one at a time."""
        spans = self.spans[lo:hi]
        lookups = _rows_lookups(self.doc, self.structure, spans)
        for k, (start, end, scored_from, prefix), found in zip(
            range(lo, lo + len(spans)), spans, lookups, strict=True
        ):
            yield _row(
                self.doc, self.structure, self.window, k, start, end, scored_from, prefix,
                found, self.eos_id,
            )  # fmt: skip

    def batches(self, size: int) -> Iterator[list[dict]]:
        """The rows as lists of at most ``size`` rows, in order."""
        for lo in range(0, len(self.spans), size):
            yield list(self.rows(lo, lo + size))


def plan_document(
    doc: schemas.TokenizedDocument,
    window: int,
    config: ChunkConfig,
    retrieved: RetrievedMemory | None = None,
    structure: TokenStructure | None = None,
) -> tuple[RowPlan | None, list[PendingPiece]]:
    """Decide how one document is cut at ``window``: a :class:`RowPlan` for a
    document of at least ``window`` tokens, else one ``PendingPiece`` for
    ``pack_pieces``; neither for an empty document. ``retrieved``: as in
    :func:`chunk_document`; ``structure``: the document's :func:`token_structure`,
    computed once for every window length (computed here when None)."""
    if window not in config.windows:
        raise ValueError(f"window {window} is not one of the configured {config.windows}")
    n = len(doc.token_ids)
    if doc.token_offsets.shape != (n, 2):
        raise ValueError(f"{doc.doc_id}: token_offsets shape {doc.token_offsets.shape} != ({n}, 2)")
    if n == 0:
        return None, []
    ts = token_structure(doc) if structure is None else structure
    if n < window:
        return None, [_piece(doc, ts, 0, 0, 1)]
    if config.memory_source == "retrieved" and config.memory_tokens:
        memory = retrieved or retrieved_memory(doc, config)
    else:

        def memory(before, _query_start, _query_end, budget):
            return memory_ids(doc, ts, before, budget, config)

    spans = list(_windows(n, window, config, ts, memory, doc.token_offsets))
    pieces = []
    if spans[-1][1] is None:  # rule short_tail
        start, _, scored_from, _ = spans.pop()
        pieces.append(_piece(doc, ts, len(spans), start, scored_from))
    return RowPlan(doc, window, ts, spans, config.eos_id), pieces


def _piece(doc: schemas.TokenizedDocument, ts: TokenStructure, chunk_index: int,
           start: int, scored_from: int) -> PendingPiece:  # fmt: skip
    """The document's tokens from ``start`` to its end as a piece for the packer,
    those before ``scored_from`` context only (a short document: ``0, 1``)."""
    n = len(doc.token_ids)
    token_ids = doc.token_ids[start:].astype(np.int32)
    labels = token_ids.copy()
    labels[: scored_from - start] = IGNORE_INDEX
    first_scored = int(doc.token_offsets[min(scored_from, n - 1), 0])
    return PendingPiece(
        doc_id=doc.doc_id,
        chunk_index=chunk_index,
        token_ids=token_ids,
        labels=labels,
        token_start=start,
        token_end=n,
        char_start=int(doc.token_offsets[start, 0]),
        char_end=int(doc.token_offsets[n - 1, 1]),
        section_path=tuple(_section_path_at(ts, first_scored)),
        **_structure_offsets(ts, start, n, 0),
    )


def chunk_document(
    doc: schemas.TokenizedDocument,
    window: int,
    config: ChunkConfig,
    retrieved: RetrievedMemory | None = None,
) -> tuple[list[dict], list[PendingPiece]]:
    """Cut one document into rows of at most ``window`` tokens.

    ``retrieved``: the document's :func:`retrieved_memory`, built once for all
    window lengths (made here when needed and not given).

    Returns:
      ``(rows, pending)``: full rows (dicts with exactly ``schemas.CHUNK_SCHEMA``'s
      fields; integer lists as int32 arrays) for a document of at least ``window``
      tokens, else one ``PendingPiece`` for ``pack_pieces``. An empty document gives
      neither. (:func:`plan_document` gives the same rows lazily.)
    """
    plan, pending = plan_document(doc, window, config, retrieved)
    return (list(plan.rows()) if plan is not None else []), pending
