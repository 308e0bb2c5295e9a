"""The train/validation split and the shard bucket: stable, per document, as wide as asked."""

from __future__ import annotations

import hashlib
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import Document
from transforms.split import (
    assign_split,
    fallback_validation_key,
    flipped_key,
    split_extremes,
    split_of,
    split_with_fallback,
    stable_bucket,
    stable_fraction,
)

IDS = [f"books/book-{i:05d}.txt" for i in range(20_000)]


def test_stable_fraction_is_the_documented_hash():
    """sha256 of salt + key, first 8 bytes big-endian, over 2**64: the same on every machine."""
    for key, salt in (("a", ""), ("books/x.txt", "split/"), ("新闻:3", "bucket/")):
        digest = hashlib.sha256((salt + key).encode("utf-8")).digest()
        assert stable_fraction(key, salt) == int.from_bytes(digest[:8], "big") / 2**64
    assert stable_fraction("a") != stable_fraction("a", salt="split/")


@given(st.text(max_size=40), st.floats(0.0, 0.999))
def test_split_is_deterministic_and_one_of_two(doc_id, fraction):
    assert split_of(doc_id, fraction) == split_of(doc_id, fraction)
    assert split_of(doc_id, fraction) in ("train", "validation")
    assert split_of(doc_id, 0.0) == "train"  # no validation asked: none given


@pytest.mark.parametrize("fraction", [0.05, 0.3])
def test_validation_share_matches_the_fraction(fraction):
    n = sum(split_of(doc_id, fraction) == "validation" for doc_id in IDS)
    sd = math.sqrt(len(IDS) * fraction * (1 - fraction))
    assert abs(n - fraction * len(IDS)) < 5 * sd  # binomial: 5 sigma


def test_a_larger_fraction_only_moves_documents_into_validation():
    """Raising the fraction never sends a validation document back to training."""
    small = {d for d in IDS if split_of(d, 0.05) == "validation"}
    large = {d for d in IDS if split_of(d, 0.2) == "validation"}
    assert small < large


def test_assign_split_sets_only_the_split():
    doc = Document(doc_id="books/a.txt", source="/in/books/a.txt", text="Some text.")
    out = assign_split(doc, validation_fraction=0.5)
    assert out.split == split_of(doc.doc_id, 0.5)
    assert (out.doc_id, out.source, out.text) == (doc.doc_id, doc.source, doc.text)
    assert doc.split == ""  # the input is not changed
    assert assign_split(out, 0.5) == out


@pytest.mark.parametrize("buckets", [1, 7, 64])
def test_buckets_are_in_range_and_even(buckets):
    counts = [0] * buckets
    for doc_id in IDS:
        counts[stable_bucket(doc_id, buckets)] += 1
    expected = len(IDS) / buckets
    assert all(abs(c - expected) < 5 * math.sqrt(expected) + 1 for c in counts)


def test_bucket_and_split_are_independent():
    """Different salts: every shard gets its share of validation documents."""
    validation = [d for d in IDS if split_of(d, 0.3) == "validation"]
    per_bucket = [0] * 4
    for doc_id in validation:
        per_bucket[stable_bucket(doc_id, 4)] += 1
    expected = len(validation) / 4
    assert all(abs(c - expected) < 5 * math.sqrt(expected) for c in per_bucket)


# The document ids of a small real corpus (six Austen novels and five Chinese
# classics, as the builder names them): at the default 5% no hash falls in validation.
SMALL_CORPUS = [
    "en/emma.txt", "en/mansfield_park.txt", "en/northanger_abbey.txt", "en/persuasion.txt",
    "en/pride_and_prejudice.txt", "en/sense_and_sensibility.txt", "zh/guwenguanzhi.txt",
    "zh/lunyu.txt", "zh/mengzi.txt", "zh/shijing.txt", "zh/tang300_fortunes.txt",
]  # fmt: skip


def _two_smallest(keys):
    return sorted((stable_fraction(k, salt="split/"), k) for k in keys)[:2]


def test_at_least_one_validation_on_a_small_corpus():
    """Rule at_least_one_validation: no hash of the 11 ids is under 0.05, so the id
    with the smallest hash (the first to enter if the fraction were raised) goes to
    validation; the rest stay in train."""
    assert all(split_of(d, 0.05) == "train" for d in SMALL_CORPUS)
    key = fallback_validation_key(_two_smallest(SMALL_CORPUS), 0.05)
    nearest = min(SMALL_CORPUS, key=lambda d: stable_fraction(d, salt="split/"))
    assert key == nearest == "zh/guwenguanzhi.txt"
    # The same id enters first when the fraction is raised: the rule agrees with the hash.
    raised = stable_fraction(nearest, salt="split/") + 1e-9
    assert [d for d in SMALL_CORPUS if split_of(d, raised) == "validation"] == [nearest]
    splits = {d: split_with_fallback(d, 0.05, key) for d in SMALL_CORPUS}
    assert [d for d, s in splits.items() if s == "validation"] == [nearest]


def test_at_least_one_validation_leaves_other_corpora_alone():
    """No fallback when validation was not asked for, when there is one key only,
    or when a hash already fell under the fraction (the split is unchanged)."""
    smallest = _two_smallest(SMALL_CORPUS)
    assert fallback_validation_key(smallest, 0.0) == ""
    assert fallback_validation_key(smallest[:1], 0.05) == ""
    assert fallback_validation_key([], 0.05) == ""
    assert fallback_validation_key(_two_smallest(IDS), 0.05) == ""  # 20,000 ids: ~1,000 in
    just_over = smallest[0][0] + 1e-9
    assert fallback_validation_key(smallest, just_over) == ""
    # A key repeated (one cluster seen twice) is one key.
    assert fallback_validation_key([smallest[0], smallest[0]], 0.05) == ""


# Default-corpus file names (the builder's ids) whose hash falls under 0.05.
UNDER = ["hamlet_gut.txt", "lear_gut.txt", "rape_of_lucrece_gut.txt"]


def _keys(ids):
    return [(stable_fraction(k, salt="split/"), k) for k in ids]


def test_at_least_one_train_when_every_hash_is_under_the_fraction():
    """Rule at_least_one_train: one book whose hash fell under 0.05 ("hamlet_gut.txt",
    0.009) was all validation, nothing to train on; it now trains (no validation: the
    at_least_one_validation rule needs two keys). Three such books: the farthest
    (the largest hash) trains, the
    others stay in validation. Fails without the rule (every one in validation)."""
    assert all(split_of(d, 0.05) == "validation" for d in UNDER)
    one = flipped_key(split_extremes(_keys(UNDER[:1])), 0.05)
    assert one == "hamlet_gut.txt"
    assert split_with_fallback("hamlet_gut.txt", 0.05, one) == "train"
    key = flipped_key(split_extremes(_keys(UNDER)), 0.05)
    farthest = max(UNDER, key=lambda d: stable_fraction(d, salt="split/"))
    assert key == farthest
    splits = {d: split_with_fallback(d, 0.05, key) for d in UNDER}
    assert [d for d, s in splits.items() if s == "train"] == [farthest]
    assert sorted(d for d, s in splits.items() if s == "validation") == sorted(
        set(UNDER) - {farthest}
    )


def test_flipped_key_leaves_mixed_corpora_alone_and_keeps_the_validation_rule():
    """A corpus with keys on both sides of the fraction flips nothing; a corpus with
    none under it still sends its nearest key to validation (at_least_one_validation);
    no validation asked for flips nothing."""
    assert flipped_key(split_extremes(_keys(UNDER + SMALL_CORPUS)), 0.05) == ""
    assert flipped_key(split_extremes(_keys(SMALL_CORPUS)), 0.05) == "zh/guwenguanzhi.txt"
    assert flipped_key(split_extremes(_keys(UNDER)), 0.0) == ""
    assert flipped_key([], 0.05) == ""


def test_split_extremes_is_a_combine():
    """Associative over any partition (a Beam combine): the two smallest and the
    largest of the whole from those of the parts."""
    keys = _keys(SMALL_CORPUS + UNDER)
    whole = split_extremes(keys)
    assert [k for _, k in whole] == [k for _, k in sorted(keys)[:2] + sorted(keys)[-1:]]
    for cut in range(len(keys) + 1):
        parts = split_extremes(keys[:cut]) + split_extremes(keys[cut:])
        assert split_extremes(parts) == whole
