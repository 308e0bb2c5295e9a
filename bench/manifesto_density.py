"""Can a general rule for the number of topic boundaries beat both baselines
("none"; gold count evenly spaced) in Pk and WindowDiff on the Manifesto set?

Four measurements, all over `analyze_text` (shipped `StructureConfig` with
``method="c99"``: C99, the default until rule ``dcm_segments``; only the
C99 threshold varied) on each file's sentences, scored against the gold sentences
as in `bench/eval_text.py --only topics`:

1. ``sweep``: one C99 threshold ``c`` for all six files (what any shipped default
   can be), mean Pk and WD per ``c``.
2. ``oracle``: the best ``c`` chosen per file knowing the gold (an upper bound for
   a rule that would set the boundary density right per document): the
   combination that maximizes the worse of the two mean margins.
3. ``decay``: the density the text itself shows. The mean cosine of two sentences
   ``d`` apart is fit by ``a + b * r**d`` (d = 1..30): with boundaries at a rate
   ``p`` per sentence and segments of similar sentences, two sentences ``d``
   apart are in the same segment with probability ``(1 - p)**d``, so
   ``p = 1 - r``. Compared with the gold rate.
4. ``layout``: the files' own layout (one quasi-sentence per line) instead of
   running text, shipped defaults.

    .venv/bin/python bench/manifesto_density.py
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys

import numpy as np
from scipy import sparse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, "bench"))

from eval_manifesto import joined, manifesto_files  # noqa: E402
from segeval import nearest_units, pk_windowdiff  # noqa: E402

from transforms import topics  # noqa: E402
from transforms.c99 import C99Config  # noqa: E402
from transforms.structure import StructureConfig, analyze_text  # noqa: E402

CUTOFFS = (-1.0, -0.5, 0.0, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3.0)


def cohesion_decay(text: str, starts: np.ndarray, max_lag: int = 30) -> float:
    """Boundary rate per sentence implied by how fast sentence similarity decays
    with distance (see the module docstring)."""
    spans = np.stack([starts, np.append(starts[1:], len(text))], axis=1)
    indptr, ids, vocab = topics.unit_terms(text, spans)
    n = len(indptr) - 1
    x = sparse.csr_matrix((np.ones(len(ids)), ids, indptr), shape=(n, vocab))
    norms = np.sqrt(np.maximum(np.asarray(x.multiply(x).sum(1)).ravel(), 1e-12))
    x = sparse.csr_matrix(sparse.diags(1 / norms) @ x)
    lags = np.arange(1, max_lag + 1)
    sims = np.array([x[:-d].multiply(x[d:]).sum() / (n - d) for d in lags])
    best = (np.inf, 0.0)
    for r in np.linspace(0.01, 0.99, 99):
        design = np.stack([np.ones(len(lags)), r**lags], axis=1)
        coef = np.linalg.lstsq(design, sims, rcond=None)[0]
        sse = float(((design @ coef - sims) ** 2).sum())
        if coef[1] > 0 and sse < best[0]:
            best = (sse, r)
    return 1 - best[1]


def pareto(points: np.ndarray) -> list[int]:
    """Indices of the (Pk, WD) points no other point beats in both (ties kept once)."""
    keep = []
    for i, p in enumerate(points):
        dominated = ((points <= p).all(axis=1) & (points < p).any(axis=1)).any()
        if not dominated and not any((points[j] == p).all() for j in keep):
            keep.append(i)
    return keep


def scores(text, starts, gold, n, topics_config: C99Config) -> tuple[float, float]:
    config = StructureConfig(topics=topics_config)
    pred = nearest_units(starts, analyze_text(text, config).topic_segments[1:, 0])
    return pk_windowdiff(gold, pred, n)


def surface_cues(sentences: list[str], gold: np.ndarray) -> tuple[float, float, float, float]:
    """P(gold boundary before a sentence): after one ending in sentence punctuation,
    after one that does not, before one starting in lower case; and the base rate."""
    before = np.zeros(len(sentences), dtype=bool)
    before[gold] = True
    ended = np.array([bool(re.search(r"[.!?][\"'”’)]*$", s)) for s in sentences[:-1]])
    lower = np.array([s[:1].islower() for s in sentences[1:]])
    rest = before[1:]

    def rate(mask):
        return float(rest[mask].mean()) if mask.any() else float("nan")

    return rate(ended), rate(~ended), rate(lower), float(rest.mean())


def parse_args(argv=None) -> argparse.Namespace:
    """Options; the defaults are C99's (``method="c99"``): ``min_unit_terms``
    depends on the method (5 for C99, 1 for ``"dcm"``)."""
    c99_config = C99Config(method="c99")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mask", type=int, default=c99_config.mask)
    parser.add_argument("--min-unit-terms", type=int, default=c99_config.min_unit_terms)
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    files = manifesto_files()
    table, base, layout = [], [], []  # table[file][cutoff] = (pk, wd); base[file] = (none, even)
    print("\n#### decay and layout\n")
    print(
        "| file | sentences | gold boundaries per sentence | rate from cohesion decay "
        "| P(boundary) after . ! ? | after other ends | before a lower-case start "
        "| lines layout, shipped: Pk | WD |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, segments in files:
        sentences = [s for seg in segments for s in seg]
        n = len(sentences)
        text, starts = joined(sentences)
        gold = np.cumsum([len(seg) for seg in segments])[:-1]
        even = np.unique(np.linspace(0, n, len(segments) + 1)[1:-1].round().astype(int))
        base.append((pk_windowdiff(gold, np.zeros(0, dtype=int), n), pk_windowdiff(gold, even, n)))
        table.append(
            [
                scores(
                    text,
                    starts,
                    gold,
                    n,
                    C99Config(
                        method="c99",
                        cutoff_std=c,
                        mask=args.mask,
                        min_unit_terms=args.min_unit_terms,
                    ),
                )
                for c in CUTOFFS
            ]
        )
        lines = "\n".join(sentences)  # same offsets: one newline instead of one space
        pk, wd = scores(lines, starts, gold, n, C99Config(method="c99"))
        ended, other, lower, _ = surface_cues(sentences, gold)
        rate = cohesion_decay(text, starts)
        layout.append((pk, wd))
        print(
            f"| {name} | {n} | {len(gold) / n:.3f} | {rate:.3f} | {ended:.3f} | {other:.3f} "
            f"| {lower:.3f} | {pk:.4f} | {wd:.4f} |"
        )
    pk, wd = np.mean(layout, axis=0)
    print(f"| **mean** |  |  |  |  |  |  | {pk:.4f} | {wd:.4f} |")
    arr = np.asarray(table)  # files x cutoffs x 2
    none = np.mean([b[0] for b in base], axis=0)
    even = np.mean([b[1] for b in base], axis=0)
    print(
        f"\nbaselines, mean of six: none Pk {none[0]:.4f} WD {none[1]:.4f}; "
        f"even Pk {even[0]:.4f} WD {even[1]:.4f}"
    )
    print(
        f"\n#### sweep: one threshold for all files (mean of six; mask {args.mask}, "
        f"min_unit_terms {args.min_unit_terms})\n"
    )
    print("| c | Pk | WD | beats both? |")
    print("|---|---|---|---|")
    for j, c in enumerate(CUTOFFS):
        pk, wd = arr[:, j].mean(axis=0)
        both = pk < min(none[0], even[0]) and wd < min(none[1], even[1])
        print(f"| {c} | {pk:.4f} | {wd:.4f} | {'yes' if both else 'no'} |")
    best = None
    for combo in itertools.product(*[pareto(points) for points in arr]):
        pk, wd = arr[np.arange(len(files)), combo].mean(axis=0)
        margin = min(min(none[0], even[0]) - pk, min(none[1], even[1]) - wd)
        if best is None or margin > best[0]:
            best = (margin, pk, wd, [CUTOFFS[j] for j in combo])
    margin, pk, wd, chosen = best
    print(
        f"\n#### oracle: best c per file knowing the gold\n\nc per file {chosen}: "
        f"Pk {pk:.4f}, WD {wd:.4f} (worse margin over the baselines {margin:+.4f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
