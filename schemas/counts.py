"""What a dataset's manifest counts (``schemas.dataset.Manifest`` holds them): the
per-(split, window) totals of the chunk shards, the documents in, written and rejected,
and the near-duplicate clusters with the split rules' fallback keys; and the functions
that count rows, tables and buckets. Split out of ``schemas.dataset`` (session 45: it
had grown to 488 lines); ``schemas.dataset`` still names every one of them, so readers
import them from there as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import pyarrow as pa

COUNTS = ("rows", "tokens", "scored_tokens", "padding_tokens")


@dataclass(frozen=True)
class BucketTotals:
    """One (split, window): the sums of its shards' :data:`COUNTS`."""

    rows: int
    tokens: int
    scored_tokens: int
    padding_tokens: int
    padding_fraction: float  # padding / (tokens + padding), 6 decimals


@dataclass(frozen=True)
class DocumentCounts:
    """Documents in = written + rejected; ``by_split`` sums to ``written``."""

    documents_in: int  # "in" in the JSON
    written: int
    rejected: int
    by_split: dict[str, int]
    rejected_by_stage: dict[str, int]
    # Characters transforms.boilerplate cut from the written documents (per
    # document: the documents output's boilerplate_chars); 0 in older manifests.
    boilerplate_chars: int = 0
    # Clause control_chars_counted: control characters (and, clause stray_byte_order_marks,
    # byte order marks inside the text) transforms.normalize removed
    # from the written documents (per document: control_chars); 0 in older manifests.
    control_chars: int = 0
    # Written documents per codec their bytes were decoded with (transforms.read,
    # ``--encoding``), e.g. {"utf-8": 120, "gb18030": 3, "windows-1252": 2}; {} in older
    # manifests. A document read in several codecs (an EPUB's chapters: its encoding
    # "windows-1252+iso-8859-2") counts once, under that combined name: the counts add
    # up to ``written`` (pipeline.verify checks it). Clause known_codec_names (session
    # 44): the names a user knows (transforms.charset_labels.known_name); manifests
    # before it hold Python's ("cp1252", "mac-roman"), which inspect shows the new way.
    encodings: dict[str, int] = dataclasses.field(default_factory=dict)
    # Archive members that are no documents (transforms.archives: hidden and OS files,
    # links, devices), by kind, e.g. {"hidden": 3, "link": 1}; not in "in" (they are
    # neither written nor rejected); {} in older manifests and without archives.
    archive_skipped: dict[str, int] = dataclasses.field(default_factory=dict)
    # Clause cp1252_letters_misplaced (transforms.cp1252_signs): documents read as
    # CP1252 whose bytes look like another codec's letters (a Mac Roman or DOS file
    # under --encoding latin-1 or cp1252, or a page declaring windows-1252), by that
    # codec, e.g. {"mac_roman": 1}; codec_hint_files names each file; {} in older
    # manifests and when none.
    codec_hints: dict[str, int] = dataclasses.field(default_factory=dict)
    # Clause codec_hint_said_once (session 42): each such file's warning line by its
    # source, e.g. {"in/power.txt": "in/power.txt: read as CP1252 ... rerun with
    # --encoding mac_roman"}; the launcher prints them; {} in older manifests and none.
    codec_hint_files: dict[str, str] = dataclasses.field(default_factory=dict)
    # Review (session 42): the files warned of beyond the first pipeline.shards.HINT_FILES
    # named in codec_hint_files (counted, not named); 0 in older manifests.
    codec_hint_files_more: int = 0


@dataclass(frozen=True)
class NearDuplicateCounts:
    """Near-duplicate clusters (``transforms.near_duplicates``); a cluster is in one
    split, and with ``dedup`` all but one of its documents are rejected."""

    enabled: bool
    threshold: float
    ngram: int
    num_perm: int
    bands: int
    rows: int
    clusters: int
    documents_in_clusters: int
    largest_cluster: int
    dedup: bool
    rejected: int
    # The cluster put in validation by the at-least-one-validation rule
    # (``transforms.split.fallback_validation_key``); "" when the hash put one there.
    validation_fallback: str = ""
    # The key put in train by the at-least-one-train rule (``transforms.split.
    # fallback_train_key``: every hash fell under the fraction, e.g. one book);
    # "" when the hash put one there.
    train_fallback: str = ""
    # Clause fallback_choice_recorded (session 45): which choice sent validation_fallback
    # there (transforms.split_scripts.fallback_choice): "shared_script" (another key is
    # written in its script, so train has it too) or "nearest" (it is the only key of its
    # script: the smallest hash overall); "" with no validation_fallback and in manifests
    # before session 45 (the build's line then says what it said before).
    validation_fallback_choice: str = ""


def near_duplicates_dict(near: NearDuplicateCounts) -> dict:
    """``validation_fallback`` (with its ``validation_fallback_choice``) and
    ``train_fallback`` only when their rule was used: manifests of builds without them
    stay as they were."""
    out = vars(near).copy()
    for name in ("validation_fallback", "train_fallback", "validation_fallback_choice"):
        if not out[name]:
            del out[name]
    return out


# --------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------
def rows_counts(rows: list[dict], window: int) -> dict[str, int]:
    """The :data:`COUNTS` of chunk rows (dicts) of one window."""
    tokens = sum(int(r["length"]) for r in rows)
    return {
        "rows": len(rows),
        "tokens": tokens,
        "scored_tokens": sum(int(r["num_scored"]) for r in rows),
        "padding_tokens": window * len(rows) - tokens,
    }


def table_counts(table: pa.Table, window: int) -> dict[str, int]:
    """The :data:`COUNTS` of a chunk table of one window (what a reader finds)."""
    tokens = int(table.column("length").to_numpy().sum()) if table.num_rows else 0
    scored = int(table.column("num_scored").to_numpy().sum()) if table.num_rows else 0
    return {
        "rows": table.num_rows,
        "tokens": tokens,
        "scored_tokens": scored,
        "padding_tokens": window * table.num_rows - tokens,
    }


def bucket_totals(shards: Iterable[tuple[int | None, dict]]) -> dict[str, BucketTotals]:
    """Per window (as a string, ascending): the sums of ``(window, counts)`` of shards.

    Shards without a window (the empty placeholder of an empty split) are skipped.
    """
    sums: dict[int, dict[str, int]] = {}
    for window, counts in shards:
        if window is None:
            continue
        bucket = sums.setdefault(int(window), dict.fromkeys(COUNTS, 0))
        for key in COUNTS:
            bucket[key] += int(counts[key])
    totals = {}
    for window in sorted(sums):
        b = sums[window]
        capacity = b["tokens"] + b["padding_tokens"]
        fraction = round(b["padding_tokens"] / capacity, 6) if capacity else 0.0
        totals[str(window)] = BucketTotals(**b, padding_fraction=fraction)
    return totals
