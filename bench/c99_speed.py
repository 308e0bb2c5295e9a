"""C99 topic segmentation before and after the speed work, side by side in one
process, on the shared books; checks that both give the same structure.

    .venv/bin/python bench/c99_speed.py [--rounds 3] [--corpus en_gutenberg zh_classics]

Each book is prepared as the build does (normalize, boilerplate, unwrap; not
timed, the same code for both). Then, per round, ``analyze_text`` runs over the
corpus once with the baseline block segmenter (``bench/c99_baseline.py``, the
code before) and once with ``transforms.c99``'s, alternating. Times are process
CPU seconds (on a shared machine wall time mostly measures the other jobs):
C99's block segmentation alone, ``analyze_text`` (every structure stage), and
all text stages (the preparation's CPU time, measured once, added). Prints the
best round of each, the ratios, and whether every document's topic segments
(and the rest of its structure) came out identical.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from bench import c99_baseline  # noqa: E402
from transforms import c99  # noqa: E402
from transforms.boilerplate import strip_boilerplate  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.prose import prose_problem  # noqa: E402
from transforms.structure import StructureConfig, analyze_text  # noqa: E402
from transforms.unwrap import unwrap_text  # noqa: E402

DATA = os.path.join(REPO, "..", "shared", "data")
OURS = c99.segment_blocks
# C99 itself (the default method is now rule dcm_segments, transforms/dcm.py).
C99_CONFIG = StructureConfig(topics=c99.C99Config(method="c99"))


def prepare(corpus: str) -> tuple[list[str], int, float]:
    """Cleaned texts of a corpus, their normalized characters, CPU seconds spent."""
    texts, chars, c0 = [], 0, time.process_time()
    for path in sorted(glob.glob(os.path.join(DATA, corpus, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = normalize_text(f.read())
        prose_problem(text)
        texts.append(unwrap_text(strip_boilerplate(text)[0])[0])
        chars += len(text)
    return texts, chars, time.process_time() - c0


def run(texts: list[str], segment_blocks) -> tuple[float, float, list]:
    """CPU seconds of C99's block segmentation and of analyze_text; structures."""
    spent = [0.0]

    def timed(blocks, config, **_):  # cost_scale: DCM only
        c0 = time.process_time()
        out = segment_blocks(blocks, config)
        spent[0] += time.process_time() - c0
        return out

    c99.segment_blocks = timed
    try:
        c0 = time.process_time()
        structures = [analyze_text(t, C99_CONFIG) for t in texts]
        return spent[0], time.process_time() - c0, structures
    finally:
        c99.segment_blocks = OURS


def same(a, b) -> bool:
    return (
        all(
            np.array_equal(getattr(a, f), getattr(b, f))
            for f in ("topic_segments", "paragraphs", "sentences", "key_sentences", "key_scores")
        )
        and a.sections == b.sections
    )


def side_by_side(name: str, corpora: list[str], rounds: int, before, after) -> None:
    """Print one row per corpus: ``before(texts)`` and ``after(texts)`` (each
    ``(segmenter CPU s, analyze_text CPU s, structures)``) alternating for
    ``rounds``, the best round of each, ratios, and whether all structures agree."""
    print(
        f"| corpus | characters | load | {name} before (CPU s) | {name} after | {name} ratio | "
        "structure before | after | all text stages before (characters/s) | after | ratio | identical |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for corpus in corpora:
        texts, chars, prep = prepare(corpus)
        best = {"before": (np.inf, np.inf), "after": (np.inf, np.inf)}
        identical = True
        for _ in range(rounds):
            b_seg, b_all, b_st = before(texts)
            a_seg, a_all, a_st = after(texts)
            best["before"] = min(best["before"], (b_seg, b_all), key=lambda t: t[1])
            best["after"] = min(best["after"], (a_seg, a_all), key=lambda t: t[1])
            identical &= all(same(x, y) for x, y in zip(b_st, a_st, strict=True))
        (b_seg, b_all), (a_seg, a_all) = best["before"], best["after"]
        rate_b, rate_a = chars / (prep + b_all), chars / (prep + a_all)
        print(
            f"| {corpus} | {chars:,} | {os.getloadavg()[0]:.1f} | {b_seg:.2f} | {a_seg:.2f} | "
            f"{b_seg / a_seg:.2f}x | {b_all:.2f} | {a_all:.2f} | {rate_b:,.0f} | {rate_a:,.0f} | "
            f"{rate_a / rate_b:.2f}x | {'yes' if identical else 'NO'} |"
        )


def parse_args(parser: argparse.ArgumentParser, argv) -> argparse.Namespace | None:
    """``--rounds`` and ``--corpus`` added to ``parser``, parsed; None (after a
    message) when the shared data is missing."""
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", nargs="*", default=["en_gutenberg", "zh_classics"])
    args = parser.parse_args(argv)
    if not os.path.isdir(DATA):
        print(f"real data not found at {DATA} (see ../shared/data/README.md)", file=sys.stderr)
        return None
    return args


def main(argv=None) -> int:
    args = parse_args(argparse.ArgumentParser(description=__doc__.splitlines()[0]), argv)
    if args is None:
        return 2
    analyze_text("Warm up: imports load here. 热身。")
    side_by_side(
        "C99",
        args.corpus,
        args.rounds,
        lambda texts: run(texts, c99_baseline.segment_blocks),
        lambda texts: run(texts, OURS),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
