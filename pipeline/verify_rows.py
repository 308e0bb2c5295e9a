"""The row checks of ``longctx inspect OUT --verify`` (:mod:`pipeline.verify`), one
chunk shard at a time: ``lengths``/``labels``/``memory``/``structure``/``positions``/
``pieces`` (:func:`check_rows`) and the token scoring behind ``exactly-once`` and
``stitching`` (:class:`Scoring`, fed by :func:`add_scoring`). ``failures`` is the
verifier's collector (``failures.add(check, message)``).

Cost: the row checks are vectorized over the flattened token columns (O(tokens) numpy
work); the scoring keeps one uint8 counter per document token and window length, plus
one int64 token copy per document (see :mod:`pipeline.verify` for the total).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pyarrow as pa

from pipeline.reading import list_parts
from schemas import IGNORE_INDEX
from schemas.wording import counted
from transforms.packing import piece_eos, piece_layout


class Scoring:
    """Per (window, document) token scoring counts and the tokens seen so far.

    ``eos_id``: the id every document must end with (None: not checked, a dataset
    of version 2); its scorings are counted per (window, document)."""

    def __init__(self, num_tokens: dict[str, int], eos_id: int | None = None):
        self.num_tokens = num_tokens
        self.eos_id = eos_id
        self.counts: dict[int, dict[str, np.ndarray]] = defaultdict(dict)
        self.eos: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.tokens: dict[str, np.ndarray] = {}

    def add_eos(self, failures, where, window, doc_id, end, token, label) -> None:
        """A piece that ends with an EOS (``end``: its last document token + 1)."""
        n = self.num_tokens.get(doc_id)
        if n is None or self.eos_id is None:
            return
        if end != n:
            failures.add(
                "exactly-once", f"{where}: doc {doc_id} has an EOS after token {end} of {n}"
            )
        elif token != self.eos_id or label != self.eos_id:
            failures.add(
                "exactly-once",
                f"{where}: doc {doc_id} ends with token {token} (label {label}), not the scored "
                f"EOS {self.eos_id}",
            )
        else:
            self.eos[window][doc_id] += 1

    def add(self, failures, where, window, doc_id, start, end, tokens, scored) -> None:
        n = self.num_tokens.get(doc_id)
        if n is None:
            failures.add("documents", f"{where}: doc {doc_id!r} is not in OUT/documents")
            return
        if not 0 <= start < end <= n or len(tokens) != end - start:
            failures.add(
                "pieces", f"{where}: doc {doc_id} span [{start}, {end}) outside its {n} tokens"
            )
            return
        counts = self.counts[window].get(doc_id)
        if counts is None:
            counts = self.counts[window][doc_id] = np.zeros(n, np.uint8)
        counts[start:end] += scored
        known = self.tokens.get(doc_id)
        if known is None:
            known = self.tokens[doc_id] = np.full(n, -1, np.int64)
        seen = known[start:end] >= 0
        if (known[start:end][seen] != tokens[seen]).any():
            failures.add(
                "stitching",
                f"{where}: doc {doc_id} tokens [{start}, {end}) disagree with another chunk",
            )
        known[start:end] = tokens

    def check(self, failures, windows: set[int]):
        for doc_id, n in self.num_tokens.items():
            for window in sorted(windows):
                counts = self.counts[window].get(doc_id)
                if counts is None:
                    if n:
                        failures.add("exactly-once", f"doc {doc_id} has no rows at window {window}")
                    continue
                bad = np.flatnonzero(counts[1:] != 1) + 1
                if counts[0] != 0:
                    failures.add(
                        "exactly-once", f"doc {doc_id} window {window}: first token is scored"
                    )
                if len(bad):
                    failures.add(
                        "exactly-once",
                        f"doc {doc_id} window {window}: {counted(len(bad), 'token')} not scored exactly once "
                        f"(first at token {bad[0]}, scored {counts[bad[0]]} times)",
                    )
                eos = self.eos[window].get(doc_id, 0)
                if self.eos_id is not None and n and eos != 1:
                    failures.add(
                        "exactly-once",
                        f"doc {doc_id} window {window}: its EOS is scored {eos} times, not once",
                    )


def check_rows(failures, where: str, table: pa.Table, window: int) -> None:
    """Vectorized row invariants of one shard."""
    rows = table.num_rows
    length = table.column("length").to_numpy().astype(np.int64)
    id_off, ids = list_parts(table, "input_ids")
    lab_off, labels = list_parts(table, "labels")
    pos_off, positions = list_parts(table, "position_ids")
    for name, offsets in (("input_ids", id_off), ("labels", lab_off), ("position_ids", pos_off)):
        bad = np.flatnonzero(np.diff(offsets) != length)
        for i in bad[:3]:
            failures.add(
                "lengths",
                f"{where} row {i}: {name} has {np.diff(offsets)[i]} != length {length[i]}",
            )
        if len(bad):
            return  # later checks assume aligned columns
    windows = table.column("window").to_numpy()
    for i in np.flatnonzero(windows != window)[:3]:
        failures.add("buckets", f"{where} row {i}: window {windows[i]} in a {window} shard")
    for i in np.flatnonzero((length > window) | (length <= 0))[:3]:
        failures.add("lengths", f"{where} row {i}: length {length[i]} not in [1, {window}]")
    row_of = np.repeat(np.arange(rows), length)
    starts = np.r_[0, np.cumsum(length)[:-1]].astype(np.int64)
    in_row = np.arange(len(ids)) - starts[row_of]
    scored = labels != IGNORE_INDEX
    for t in np.flatnonzero(scored & (labels != ids))[:3]:
        failures.add("labels", f"{where} row {row_of[t]}: scored label != input id at {in_row[t]}")
    num_scored = np.bincount(row_of, weights=scored, minlength=rows).astype(np.int64)
    for i in np.flatnonzero(num_scored != table.column("num_scored").to_numpy())[:3]:
        failures.add("labels", f"{where} row {i}: num_scored column != {num_scored[i]} scored")
    memory = table.column("memory_length").to_numpy().astype(np.int64)
    for t in np.flatnonzero(scored & (in_row < memory[row_of]))[:3]:
        failures.add("memory", f"{where} row {row_of[t]}: memory prefix token {in_row[t]} scored")
    for name in ("sentence_starts", "paragraph_starts", "topic_starts", "key_sentence_starts"):
        offsets, values = list_parts(table, name)
        owner = np.repeat(np.arange(rows), np.diff(offsets))
        for v in np.flatnonzero((values < 0) | (values >= length[owner]))[:3]:
            failures.add("structure", f"{where} row {owner[v]}: {name} {values[v]} outside the row")
    piece_off, pieces = list_parts(table, "pieces")
    p_offset = pieces["offset"].to_numpy().astype(np.int64)
    p_length = pieces["length"].to_numpy().astype(np.int64)
    p_row = np.repeat(np.arange(rows), np.diff(piece_off))
    p_first = piece_off[:-1]
    before = np.cumsum(p_length) - p_length  # pieces' lengths before each, over the shard
    tiled = (
        (np.diff(piece_off) > 0).all()
        and (p_offset == before - before[p_first[p_row]]).all()
        and (np.bincount(p_row, weights=p_length, minlength=rows) == length).all()
    )
    if not tiled:
        failures.add("pieces", f"{where}: piece offsets/lengths do not tile their rows")
        return
    expected_positions = np.arange(len(ids)) - np.repeat(starts[p_row] + p_offset, p_length)
    bad = np.flatnonzero(positions != expected_positions)
    if len(bad):
        t = bad[0]
        failures.add(
            "positions",
            f"{where} row {row_of[t]}: position_ids do not restart at 0 exactly at piece "
            f"offsets ({counted(len(bad), 'token')}, first at row position {in_row[t]})",
        )
    for column in ("doc_id", "chunk_index", "token_start", "token_end"):
        row_values = table.column(column).to_numpy(zero_copy_only=False)
        piece_values = pieces[column].to_numpy(zero_copy_only=False)[p_first]
        for i in np.flatnonzero(row_values != piece_values)[:3]:
            failures.add("pieces", f"{where} row {i}: {column} differs from its first piece's")


def add_scoring(failures, scoring: Scoring, where, table: pa.Table, window: int):
    id_off, ids = list_parts(table, "input_ids")
    _, labels = list_parts(table, "labels")
    memory = table.column("memory_length").to_pylist()
    for i, pieces in enumerate(table.column("pieces").to_pylist()):
        base = id_off[i]
        for k, (piece, in_row) in enumerate(
            piece_layout({"pieces": pieces, "memory_length": memory[i]})
        ):
            first = base + in_row
            span = piece["token_end"] - piece["token_start"]
            if first + span > base + piece["offset"] + piece["length"]:
                failures.add("pieces", f"{where} row {i}: piece {k} shorter than its token span")
                continue
            eos = piece_eos(piece, in_row)
            if eos is not None:
                if eos + 1 != piece["offset"] + piece["length"]:
                    failures.add("pieces", f"{where} row {i}: piece {k} has tokens after its EOS")
                scoring.add_eos(
                    failures, f"{where} row {i}", window, piece["doc_id"], piece["token_end"],
                    int(ids[base + eos]), int(labels[base + eos]),
                )  # fmt: skip
            scoring.add(
                failures,
                f"{where} row {i}",
                window,
                piece["doc_id"],
                piece["token_start"],
                piece["token_end"],
                ids[first : first + span].astype(np.int64),
                (labels[first : first + span] != IGNORE_INDEX).astype(np.uint8),
            )
