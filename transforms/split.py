"""Train/validation split decided per document, before chunking.

``split_of`` hashes the document id (sha256, first 8 bytes as a fraction of
2**64), so the decision is stable across runs, runners and machines, and every
window of a document lands in the same split: overlapping windows never leak
context from validation into training.
"""

from __future__ import annotations

import dataclasses
import hashlib

from schemas import Document


def stable_fraction(key: str, salt: str = "") -> float:
    """A deterministic number in [0, 1) from ``key``."""
    digest = hashlib.sha256((salt + key).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def stable_bucket(key: str, buckets: int) -> int:
    """A deterministic bucket in [0, buckets) from ``key`` (e.g. a shard index)."""
    return int(stable_fraction(key, salt="bucket/") * buckets)


def split_of(doc_id: str, validation_fraction: float) -> str:
    return "validation" if stable_fraction(doc_id, salt="split/") < validation_fraction else "train"


def assign_split(doc: Document, validation_fraction: float) -> Document:
    return dataclasses.replace(doc, split=split_of(doc.doc_id, validation_fraction))
