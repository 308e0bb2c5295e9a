"""The shipped DCM topic segmentation told each Manifesto file's gold segment
count, as the "even" baseline is: does its ranking of cuts beat the baselines
when the density is given? (docs/QUALITY.md, "Manifesto: told the gold count").

    .venv/bin/python bench/manifesto_count.py      # ~15 s

Per file, the segment cost (``C99Config.dcm_cost``, here allowed below 0: a
reward per segment) is bisected until the shipped segmentation of the running
text (as ``bench/eval_text.py --only topics``) has the gold count (or the
nearest below); Pk / WindowDiff as there (``bench/segeval.py``, k at least 2).
"""

from __future__ import annotations

import dataclasses
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eval_manifesto import manifesto_files, running_text_boundaries  # noqa: E402
from report import header, row  # noqa: E402
from segeval import pk_windowdiff  # noqa: E402

from transforms.structure import StructureConfig  # noqa: E402


def at_cost(segments, cost: float) -> np.ndarray:
    topics = dataclasses.replace(StructureConfig().topics)
    object.__setattr__(topics, "dcm_cost", cost)  # the validation keeps users at >= 0
    return running_text_boundaries(segments, dataclasses.replace(StructureConfig(), topics=topics))


def main() -> int:
    header(
        "file",
        "gold segs",
        "ours segs",
        "cost",
        "Pk ours",
        "Pk none",
        "Pk even",
        "WD ours",
        "WD none",
        "WD even",
    )
    scores = []
    for name, segments in manifesto_files():
        n, count = sum(map(len, segments)), len(segments)
        gold = np.cumsum([len(s) for s in segments])[:-1]
        lo, hi = -20.0, 10.0  # lo: too many segments, hi: at most the gold count
        for _ in range(14):
            mid = (lo + hi) / 2
            if len(at_cost(segments, mid)) + 1 > count:
                lo = mid
            else:
                hi = mid
        pred = at_cost(segments, hi)
        even = np.unique(np.linspace(0, n, count + 1)[1:-1].round().astype(int))
        ours, none, evn = (pk_windowdiff(gold, p, n) for p in (pred, np.zeros(0, int), even))
        values = [ours[0], none[0], evn[0], ours[1], none[1], evn[1]]
        row(name, count, len(pred) + 1, round(hi, 2), *values)
        scores.append(values)
    row("**mean, all six**", "", "", "", *np.mean(scores, axis=0).tolist())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
