"""Exact and MinHash Jaccard of every pair of documents in a folder of .txt files.

    .venv/bin/python bench/near_duplicate_pairs.py defaults/shakespeare/texts

For each pair: the exact Jaccard similarity of the word 3-gram sets (the shingles
of ``transforms.near_duplicates``) and its MinHash estimate with the shipped
settings. Prints the pairs above the threshold, the closest pairs below it, and
whether the clusters found by the pure functions (bands, verification, union-find)
are exactly the pairs whose exact similarity reaches the threshold.
"""

from __future__ import annotations

import argparse
import glob
import itertools
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from transforms.near_duplicates import (  # noqa: E402
    NearDuplicateConfig,
    assign_clusters,
    band_keys,
    bucket_pairs,
    estimated_jaccard,
    signature,
    word_ngrams,
)
from transforms.normalize import normalize_text  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--below", type=int, default=5, help="closest pairs below to show")
    args = parser.parse_args(argv)
    config = NearDuplicateConfig()
    texts = {}
    for path in sorted(glob.glob(os.path.join(args.folder, "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            texts[os.path.basename(path)] = normalize_text(f.read())
    chars = sum(len(t) for t in texts.values())
    t0 = time.process_time()
    sigs = {name: signature(text, config) for name, text in texts.items()}
    seconds = time.process_time() - t0
    grams = {name: word_ngrams(text, config.ngram) for name, text in texts.items()}
    pairs = []
    for a, b in itertools.combinations(sorted(texts), 2):
        union = len(grams[a] | grams[b])
        exact = len(grams[a] & grams[b]) / union if union else 0.0
        pairs.append((exact, estimated_jaccard(sigs[a][0], sigs[b][0]), a, b))
    pairs.sort(reverse=True)
    # The pipeline's candidate and verification steps, in process.
    buckets: dict = {}
    for name, (sig, count) in sigs.items():
        if count:
            for key in band_keys(sig, config.bands, config.rows):
                buckets.setdefault(key, []).append(name)
    candidates = {
        p for members in buckets.values() for p in bucket_pairs(members, config.max_bucket)
    }
    edges = [
        (a, sigs[a][1], b, sigs[b][1])
        for a, b in sorted(candidates)
        if estimated_jaccard(sigs[a][0], sigs[b][0]) >= config.threshold
    ]
    clusters = assign_clusters(edges)
    above = [p for p in pairs if p[0] >= config.threshold]
    print(
        f"{len(texts)} documents, {len(pairs)} pairs; threshold {config.threshold} on word "
        f"{config.ngram}-grams, {config.num_perm} permutations, {config.bands} bands x "
        f"{config.rows} rows; signatures at {chars / seconds:,.0f} characters/s (CPU time)\n"
    )
    print("| exact Jaccard | MinHash estimate | document | document |")
    print("|---|---|---|---|")
    for i, (exact, est, a, b) in enumerate(pairs[: len(above) + args.below]):
        if i == len(above):
            print("| ... | | | |")
        print(f"| {exact:.3f} | {est:.3f} | {a} | {b} |")
    want = {frozenset((a, b)) for _, _, a, b in above}
    got = {frozenset((a, b)) for a, _, b, _ in edges}
    below = [p[0] for p in pairs if p[0] < config.threshold]
    print(
        f"\n{len(above)} pairs at or above the threshold (exact), highest below: "
        f"{max(below, default=0):.3f}; candidates from the bands: {len(candidates)}; "
        f"edges after verification: {len(edges)}; clusters: {len(set(c.cluster for c in clusters.values()))}; "
        f"edges == exact pairs: {got == want}"
    )
    return 0 if got == want else 1


if __name__ == "__main__":
    raise SystemExit(main())
