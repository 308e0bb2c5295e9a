"""Train/validation split decided per document, before chunking.

``split_of`` hashes the document id (sha256, first 8 bytes as a fraction of
2**64), so the decision is stable across runs, runners and machines, and every
window of a document lands in the same split: overlapping windows never leak
context from validation into training.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable

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


def fallback_validation_key(smallest: list[tuple[float, str]], validation_fraction: float) -> str:
    """Rule ``at_least_one_validation``: the split key (a document id or a
    near-duplicate cluster's name) that goes to validation although its hash says
    train, or "" when none must.

    ``smallest``: the two smallest ``(stable_fraction(key, "split/"), key)`` over the
    distinct split keys of the corpus. When validation was asked for
    (``validation_fraction > 0``), the corpus has at least two keys and no key's
    fraction is below ``validation_fraction`` (an empty validation split: a small
    corpus), the key with the smallest fraction goes to validation: the one that
    would go first if the fraction were raised, so the choice is deterministic and a
    corpus that already has validation documents is unchanged."""
    smallest = sorted(set(smallest))
    if validation_fraction <= 0.0 or len(smallest) < 2:
        return ""
    fraction, key = smallest[0]
    return key if fraction >= validation_fraction else ""


def fallback_train_key(largest: list[tuple[float, str]], validation_fraction: float) -> str:
    """Rule ``at_least_one_train``: the split key that goes to train although its
    hash says validation, or "" when none must.

    ``largest``: the largest ``(stable_fraction(key, "split/"), key)`` of the corpus
    (a list of one; empty for an empty corpus). When every key's fraction is below
    ``validation_fraction`` (a corpus of one book whose hash fell under 0.05: all of
    it in validation, nothing to train on), the key with the largest fraction goes to
    train: the one that would leave validation first if the fraction were lowered.
    A corpus of one key therefore trains on it and has no validation split (the
    at_least_one_validation rule needs two keys), which ``longctx eval`` handles."""
    if validation_fraction <= 0.0 or not largest:
        return ""
    fraction, key = max(largest)
    return key if fraction < validation_fraction else ""


def flipped_key(extremes: list[tuple[float, str]], validation_fraction: float) -> str:
    """The one split key whose split is the other one than its hash says (rules
    ``at_least_one_validation`` and ``at_least_one_train``; they cannot both apply:
    the first needs a corpus with no validation key, the second one with no train
    key), or "". ``extremes``: :func:`split_extremes` of the corpus's keys."""
    extremes = sorted(set(extremes))
    return fallback_validation_key(extremes[:2], validation_fraction) or fallback_train_key(
        extremes[-1:], validation_fraction
    )


def split_extremes(keys: Iterable[tuple[float, str]]) -> list:
    """The two smallest and the largest distinct ``(fraction, key)`` of ``keys``,
    ascending (at most three): what :func:`flipped_key` needs; a key that comes more
    than once is one key (two smallest that are one key would hide the corpus's second
    key). Associative, so it is a combine: ``split_extremes(split_extremes(a) +
    split_extremes(b))`` equals ``split_extremes(a + b)``."""
    ordered = sorted(set(keys))
    return ordered[:2] + ordered[2:][-1:]


def split_with_fallback(key: str, validation_fraction: float, fallback: str) -> str:
    """``split_of``, the other split for ``fallback`` (:func:`flipped_key`: the
    ``at_least_one_validation`` key goes to validation, the ``at_least_one_train``
    key to train)."""
    split = split_of(key, validation_fraction)
    if key != fallback:
        return split
    return "train" if split == "validation" else "validation"
