"""Near-duplicate documents across the corpus: MinHash signatures, LSH banding,
clusters, and the train/validation split decided per cluster.

Two editions of one book (a modern and a First Folio Shakespeare, spellings
apart) share most of their word 3-grams; two different books by one author share
almost none. Measured on the default corpus (exact Jaccard of the word 3-gram
sets, docs/QUALITY.md "Near-duplicates"): the 35 edition pairs 0.23-0.33, every
other pair of the 2,926 at most 0.020. If the two editions land in different
splits, validation measures memorization. So:

1. **Shingles**: word n-grams (``ngram``, default 3) of the lower-cased text,
   words being runs of letters/digits, every CJK character a word of its own;
   each word is hashed once with BLAKE2b (stable across processes and runs),
   n-grams are combined from the word hashes with numpy.
2. **Signature**: ``datasketch.MinHash`` (``num_perm`` permutations, fixed seed,
   its default "affine32" scheme) of the set of n-gram hashes, computed in numpy
   with datasketch's permutations (the same values, ``signature``).
3. **Banding** (LSH): ``bands`` bands of ``rows`` values; two documents that agree
   on a whole band are candidates. ``rows`` is the largest value for which a pair
   at Jaccard ``min(1.5 t, (1 + t) / 2)`` is missed with probability <= 1%
   (t = ``threshold``); ``bands = num_perm // rows``. For t = 0.15 and 256
   permutations: 128 bands of 2 rows, a pair at 0.228 (the least similar
   editions) is missed with probability 0.1%.
4. **Verification**: a candidate pair is an edge when the signatures agree in at
   least ``threshold`` of their positions (the MinHash estimate of the Jaccard
   similarity; standard error ~0.026 at 0.228 with 256 permutations).
5. **Clusters**: connected components of the edges (union-find). The document
   kept by ``--dedup`` is the one with the most distinct n-grams (ties: smallest
   ``doc_id``); the cluster is named after it.

The split is then decided per cluster, from the kept document's id
(``transforms.split.split_of``), before chunking: every document of a cluster
lands in the same split. Documents in no cluster keep their own id, so their
split is what it was without this stage.

Cost: O(shingles * num_perm) per document for the signature (datasketch's
permutation and min, vectorized one permutation at a time); the shuffle carries one 1 KiB signature per
document and one small key per band. Candidate buckets larger than
``max_bucket`` documents are linked to their smallest id only (a star, not all
pairs), so a very common band cannot make the work quadratic.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from schemas import Document
from transforms import sorted_unique
from transforms.char_classes import class_runs, code_points, distinct_runs
from transforms.split import split_of, split_with_fallback

SUMMARY = "summary"
STAGE = "near_duplicates"
_CJK_CHAR, _ALNUM = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]", r"[^\W_]"
_CJK = re.compile(_CJK_CHAR)
_TOKEN = re.compile(rf"{_CJK_CHAR}|{_ALNUM}+")
_MIX = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0x27D4EB2F165667C5),
)


@dataclass(frozen=True)
class NearDuplicateConfig:
    """Near-duplicate detection.

    Attributes:
      threshold: estimated Jaccard similarity of the word n-gram sets at or above
        which two documents are near-duplicates (0 turns detection off).
      ngram: words per shingle.
      num_perm: MinHash permutations (signature length).
      seed: MinHash seed (fixed: signatures must agree across workers and runs).
      max_bucket: a band bucket with more documents is linked as a star.
      dedup: keep one document per cluster, reject the others.
    """

    threshold: float = 0.15
    ngram: int = 3
    num_perm: int = 256
    seed: int = 1
    max_bucket: int = 64
    dedup: bool = False

    def __post_init__(self):
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(
                f"near-duplicate threshold {self.threshold} must be in [0, 1] "
                "(0 turns detection off; default 0.15)"
            )
        if self.ngram < 1 or self.num_perm < 16 or self.max_bucket < 2:
            raise ValueError(
                "NearDuplicateConfig needs ngram >= 1, num_perm >= 16 and max_bucket >= 2, got "
                f"{self.ngram}, {self.num_perm}, {self.max_bucket}"
            )
        if self.dedup and self.threshold == 0:
            raise ValueError("--dedup needs near-duplicate detection: give a threshold > 0")

    @property
    def enabled(self) -> bool:
        return self.threshold > 0

    @property
    def rows(self) -> int:
        return lsh_rows(self.threshold, self.num_perm)

    @property
    def bands(self) -> int:
        return self.num_perm // self.rows


def lsh_rows(threshold: float, num_perm: int, miss: float = 0.01) -> int:
    """Rows per band: the largest r such that a pair at Jaccard
    ``min(1.5 t, (1 + t) / 2)`` shares no band (with ``num_perm // r`` bands) with
    probability at most ``miss``; at least 1."""
    target = min(1.5 * threshold, (1 + threshold) / 2)
    best = 1
    for r in range(1, num_perm + 1):
        if (1 - target**r) ** (num_perm // r) <= miss:
            best = r
    return best


# --------------------------------------------------------------------------
# Pure functions
# --------------------------------------------------------------------------
# Words recur across the documents a worker handles: hashes are cached per process.
@functools.lru_cache(maxsize=1 << 16)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


# Characters of text lowered and split into words at once: words are ~60 bytes each
# as Python strings, so a 50 MB document split whole held ~0.9 GB of them.
WORD_PIECE_CHARS = 1 << 20


def _piece_starts(text: str, piece_chars: int) -> list[int]:
    """Starts of pieces of about ``piece_chars`` characters, each at a space or a
    newline: never inside a word, and ``str.lower`` (whose only context rule, the
    Greek final sigma, stops at whitespace) lowers each piece as it lowers the
    whole. A stretch without either stays one piece."""
    starts, n = [0], len(text)
    while n - starts[-1] > piece_chars:
        target = starts[-1] + piece_chars
        cut = max(
            text.rfind(" ", target - piece_chars // 4, target),
            text.rfind("\n", target - piece_chars // 4, target),
        )
        if cut <= starts[-1]:
            after = [i for i in (text.find(" ", target), text.find("\n", target)) if i >= 0]
            if not after:
                break
            cut = min(after)
        starts.append(cut)
    return starts


def _word_ids(text: str, piece_chars: int) -> tuple[np.ndarray, list[str]]:
    """Each word of ``text`` (lower-cased) as an index into the distinct words."""
    vocab: dict[str, int] = {}
    starts = _piece_starts(text, piece_chars)
    parts = []
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        parts.append(_piece_word_ids(text[a:b].lower(), vocab))
    return np.concatenate(parts), list(vocab)


def _piece_word_ids(piece: str, vocab: dict[str, int]) -> np.ndarray:
    """The words of ``piece`` as ids of ``vocab`` (new words added in order of first
    occurrence). Without CJK characters the words are the runs of ``_ALNUM``
    characters: found and grouped on the code points (``char_classes``, exact),
    only the distinct words become strings; else ``_TOKEN.findall``."""
    if _CJK.search(piece) is None:
        code = code_points(piece)
        run_start, run_end = class_runs(code, _ALNUM)
        grouped = distinct_runs(code, run_start, run_end)
        if grouped is not None:
            first, inverse = grouped
            bounds = zip(run_start[first].tolist(), run_end[first].tolist(), strict=True)
            distinct = [piece[s:e] for s, e in bounds]
            ids = np.fromiter(
                (vocab.setdefault(w, len(vocab)) for w in distinct), np.int32, len(distinct)
            )
            return ids[inverse]
    words = _TOKEN.findall(piece)
    return np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), np.int32, len(words))


def shingle_hashes(text: str, ngram: int, piece_chars: int = WORD_PIECE_CHARS) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the word n-grams of ``text`` (empty when it
    has fewer than ``ngram`` words). The text is split into words ``piece_chars``
    characters at a time (the same words as all at once)."""
    ids, vocab = _word_ids(text, piece_chars)
    if len(ids) < ngram:
        return np.zeros(0, dtype=np.uint32)
    table = np.fromiter((_word_hash(w) for w in vocab), np.uint64, len(vocab))
    del vocab
    n = len(ids) - ngram + 1
    # The n-grams SHINGLE_PIECE at a time, each piece's distinct hashes kept: whole,
    # the 64-bit word hashes and mixes were ~5 arrays of 8 bytes per word at once
    # (~350 MB for a 50 MB document).
    parts = []
    for a in range(0, n, SHINGLE_PIECE):
        b = min(a + SHINGLE_PIECE, n)
        h = table[ids[a : b + ngram - 1]]
        out = np.zeros(b - a, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for i in range(ngram):  # position-dependent mix: "a b c" != "c b a"
                mixed = h[i : i + b - a] * _MIX[i % len(_MIX)]
                out ^= (mixed << np.uint64(i + 1)) | (mixed >> np.uint64(63 - i))
            out *= _MIX[0]
        parts.append(sorted_unique.unique((out >> np.uint64(32)).astype(np.uint32)))
    del ids, h, out, mixed
    if len(parts) == 1:
        return parts[0]
    # np.unique of the concatenation, without its copy of it.
    hashes = np.concatenate(parts)
    del parts
    hashes.sort()
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]


# Word n-grams hashed at once by ``shingle_hashes``.
SHINGLE_PIECE = 1 << 20


@functools.cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations ``h -> a * h + b mod 2^32`` for this seed.

    Drawn as ``MinHash._init_permutations`` draws them (odd ``a``, then ``b``, from
    ``RandomState(seed)``; ``test_permutations_are_datasketchs``), without importing
    datasketch: it imports scipy's optimize and integrate, ~1 CPU-s per worker
    process, more than the signatures of a 10-book build.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the pre-mix of datasketch's affine32 scheme."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str, config: NearDuplicateConfig) -> tuple[np.ndarray, int]:
    """(MinHash signature uint32 (num_perm,), number of distinct shingles).

    The signature ``datasketch.MinHash(num_perm, seed, hashfunc=int)`` gives after
    ``update_batch(shingles)`` (its default "affine32" scheme), computed on the
    array: datasketch hashes every value through a Python call first, which was
    40% of this stage's time.
    """
    shingles = shingle_hashes(text, config.ngram)
    a, b = _permutations(config.num_perm, config.seed)
    out = np.full(config.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    mixed = _fmix32(shingles)
    # One permutation at a time over a piece of the shingles (1-D passes, 3x less
    # CPU than a (rows, num_perm) matrix per step); the piece bounds the scratch.
    scratch = np.empty(min(len(mixed), SIGNATURE_PIECE), dtype=np.uint32)
    for i in range(0, len(mixed), SIGNATURE_PIECE):
        piece = mixed[i : i + SIGNATURE_PIECE]
        permuted = scratch[: len(piece)]
        for k in range(len(out)):
            np.multiply(piece, a[k], out=permuted)
            permuted += b[k]
            out[k] = min(out[k], permuted.min())
    return out, len(shingles)


# Shingles permuted at once by ``signature`` (4 bytes each).
SIGNATURE_PIECE = 1 << 18


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[tuple[int, bytes]]:
    """One bucket key per band: (band index, the band's values)."""
    return [(b, sig[b * rows : (b + 1) * rows].tobytes()) for b in range(bands)]


def bucket_pairs(members: Iterable[str], max_bucket: int) -> list[tuple[str, str]]:
    """Candidate pairs (a < b) of one bucket: all pairs, or a star around the
    smallest id when the bucket holds more than ``max_bucket`` documents."""
    ids = sorted(set(members))
    if len(ids) <= max_bucket:
        return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
    return [(ids[0], b) for b in ids[1:]]


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class ClusterInfo:
    cluster: str  # the id of the kept document names the cluster
    size: int  # documents in the cluster


def assign_clusters(edges: Iterable[tuple[str, int, str, int]]) -> dict[str, ClusterInfo]:
    """Connected components of the edges ``(a, shingles_a, b, shingles_b)``.

    Returns ``{doc_id: ClusterInfo}`` for every document with at least one edge;
    the kept document (most shingles, then smallest id) names its cluster.
    """
    parent: dict[str, str] = {}
    size_of: dict[str, int] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, na, b, nb in edges:
        for x, n in ((a, na), (b, nb)):
            parent.setdefault(x, x)
            size_of[x] = n
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for x in parent:
        members.setdefault(find(x), []).append(x)
    out: dict[str, ClusterInfo] = {}
    for group in members.values():
        kept = min(group, key=lambda x: (-size_of[x], x))
        for x in group:
            out[x] = ClusterInfo(kept, len(group))
    return out


def split_key(doc_id: str, clusters: dict) -> str:
    """What decides a document's split: its cluster's name (its own id when it is
    in no cluster)."""
    info = clusters.get(doc_id)
    return info.cluster if info is not None else doc_id


def cluster_split(
    doc: Document, validation_fraction: float, clusters: dict, fallback: str = ""
) -> Document:
    """The document with its split, decided from its cluster's name; ``fallback``:
    the key the ``at_least_one_validation`` rule sends to validation
    (``transforms.split.fallback_validation_key``)."""
    key = split_key(doc.doc_id, clusters)
    return dataclasses.replace(doc, split=split_with_fallback(key, validation_fraction, fallback))


def summarize(
    clusters: dict[str, ClusterInfo],
    config: NearDuplicateConfig,
    fallback: str = "",
    validation_fraction: float = 0.0,
    choice: str = "",
) -> dict:
    """What the manifest records about near-duplicates (and the key the
    ``at_least_one_validation`` rule sent to validation or the ``at_least_one_train``
    rule sent to train, if any: ``fallback`` is in the other split than its hash says;
    ``choice``: which choice sent it to validation, ``transforms.split_scripts.
    fallback_choice``)."""
    names = {info.cluster for info in clusters.values()}
    to_train = bool(fallback) and split_of(fallback, validation_fraction) == "validation"
    return {
        "enabled": config.enabled,
        "threshold": config.threshold,
        "ngram": config.ngram,
        "num_perm": config.num_perm,
        "bands": config.bands if config.enabled else 0,
        "rows": config.rows if config.enabled else 0,
        "clusters": len(names),
        "documents_in_clusters": len(clusters),
        "largest_cluster": max((i.size for i in clusters.values()), default=0),
        "dedup": config.dedup,
        "rejected": len(clusters) - len(names) if config.dedup else 0,
        "validation_fallback": "" if to_train else fallback,
        "train_fallback": fallback if to_train else "",
        "validation_fallback_choice": "" if to_train or not fallback else choice,
    }


# --------------------------------------------------------------------------
# Checking a build
# --------------------------------------------------------------------------
def word_ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    """Word n-grams of ``text`` (the words of the shingles: lower-cased runs of
    letters/digits, CJK characters one by one)."""
    words = _TOKEN.findall(text.lower())
    return set(zip(*(words[i:] for i in range(n)), strict=False))


def split_overlap(
    validation: dict[str, str], train: dict[str, str], n: int = 8
) -> dict[str, tuple[float, str, int]]:
    """For each validation document: (fraction of its distinct word n-grams that
    occur anywhere in train, the train document sharing most of them, its
    number of n-grams)."""
    owner: dict[tuple[str, ...], list[str]] = {}
    for doc_id, text in train.items():
        for gram in word_ngrams(text, n):
            owner.setdefault(gram, []).append(doc_id)
    out = {}
    for doc_id, text in validation.items():
        grams = word_ngrams(text, n)
        shared = [owner[g] for g in grams if g in owner]
        counts: dict[str, int] = {}
        for docs in shared:
            for d in docs:
                counts[d] = counts.get(d, 0) + 1
        top = max(counts, key=lambda d: (counts[d], d)) if counts else ""
        out[doc_id] = (len(shared) / len(grams) if grams else 0.0, top, len(grams))
    return out
