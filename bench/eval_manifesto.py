"""The seg_manifesto parts of ``bench/eval_text.py`` (``--only sentences topics``):
sentence boundaries and topic segmentation against the Manifesto gold. Imported
by eval_text.py after it has put the evaluated checkout's code on ``sys.path``."""

from __future__ import annotations

import glob
import os
import re

import numpy as np
from report import header, prf, row
from segeval import nearest_units, pk_windowdiff

from transforms import topics
from transforms.normalize import normalize_text
from transforms.structure import StructureConfig, analyze_text

DATA = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "data"
)


def manifesto_files() -> list[tuple[str, list[list[str]]]]:
    """(name, segments as lists of sentences) per file."""
    out = []
    for path in sorted(glob.glob(os.path.join(DATA, "seg_manifesto", "*.txt"))):
        segments: list[list[str]] = [[]]
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = " ".join(line.split())
                if line.startswith("=========="):
                    if segments[-1]:
                        segments.append([])
                elif line:
                    segments[-1].append(normalize_text(line))
        out.append((os.path.basename(path), [s for s in segments if s]))
    return out


def joined(sentences: list[str]) -> tuple[str, np.ndarray]:
    """Running text and the gold sentence start offsets."""
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 1
    return " ".join(sentences), np.asarray(starts)


def eval_sentences() -> None:
    print("\n### Sentence boundaries (seg_manifesto, lines joined with one space)\n")
    header(
        "file",
        "gold",
        "gold after , ; or a letter",
        "F1 ceiling",
        "predicted",
        "precision",
        "recall",
        "F1",
    )
    totals = {"all": np.zeros(4, dtype=int), "2004+2008": np.zeros(4, dtype=int)}
    for name, segments in manifesto_files():
        sentences = [s for seg in segments for s in seg]
        text, gold = joined(sentences)
        pred = analyze_text(text).sentences[:, 0]
        gold_set, pred_set = set(gold[1:].tolist()), set(pred[1:].tolist())
        # Lines that end without sentence punctuation: the set splits some
        # sentences into clauses (mostly the 2012 files); no sentence splitter can
        # recover those from running text.
        clause = sum(1 for s in sentences[:-1] if not re.search(r"[.!?:][\"'”’)]*$", s))
        tp = len(gold_set & pred_set)
        counts = np.asarray([tp, len(pred_set), len(gold_set)])
        totals["all"][:3] += counts
        if "2012" not in name:
            totals["2004+2008"][:3] += counts
        # F1 ceiling: a perfect splitter that only cuts after sentence punctuation
        # (precision 1, recall = the share of gold boundaries it can reach).
        reachable = len(gold_set) - clause
        ceiling = prf(reachable, reachable, len(gold_set))[2]
        counts = np.r_[counts, reachable]
        totals["all"][3:] += reachable
        if "2012" not in name:
            totals["2004+2008"][3:] += reachable
        row(
            name,
            len(gold_set),
            clause,
            ceiling,
            len(pred_set),
            *prf(tp, len(pred_set), len(gold_set)),
        )
    for label, (tp, n_pred, n_gold, reachable) in totals.items():
        row(
            f"**{label} (micro)**",
            n_gold,
            n_gold - reachable,
            prf(int(reachable), int(reachable), int(n_gold))[2],
            n_pred,
            *prf(int(tp), int(n_pred), int(n_gold)),
        )


# The previous default (TextTiling over the gold sentences), chosen on the 2004 and
# 2008 files only; kept as a reference row.
TOPIC_CONFIG = topics.TextTilingConfig(
    w=40, k=5, smoothing_width=1, dim=4096, cutoff_std=0.5, min_segment_terms=0
)


def running_text_boundaries(segments: list[list[str]], config: StructureConfig) -> np.ndarray:
    """Topic boundaries of ``analyze_text`` on the sentences joined by one space,
    as indices of the gold sentences (nearest gold sentence start)."""
    text, starts = joined([s for seg in segments for s in seg])
    return nearest_units(starts, analyze_text(text, config).topic_segments[1:, 0])


def eval_topics() -> None:
    config = StructureConfig()
    print(
        "\n### Topic segmentation (seg_manifesto; sentences joined into running text, "
        f"`analyze_text` with the shipped defaults: {config.topics})\n"
    )
    header(
        "file",
        "gold segs",
        "ours segs",
        "Pk ours",
        "Pk none",
        "Pk even",
        "Pk TextTiling (previous)",
        "WD ours",
        "WD none",
        "WD even",
        "WD TextTiling (previous)",
    )
    groups = {"mean, all six": [], "mean, 2004+2008": [], "mean, 2012": []}
    window_one = []  # the same three segmentations, k at least 1 (below)
    for name, segments in manifesto_files():
        sentences = [s for seg in segments for s in seg]
        text, starts = joined(sentences)
        spans = np.stack([starts, np.append(starts[1:], len(text))], axis=1)
        indptr, ids, _ = topics.unit_terms(text, spans)
        tiling = topics.texttiling(indptr, ids, TOPIC_CONFIG)
        pred = running_text_boundaries(segments, config)
        n = len(sentences)
        gold = np.cumsum([len(seg) for seg in segments])[:-1]
        even = np.unique(np.linspace(0, n, len(segments) + 1)[1:-1].round().astype(int))
        scores = [
            *pk_windowdiff(gold, pred, n),
            *pk_windowdiff(gold, np.zeros(0, dtype=int), n),
            *pk_windowdiff(gold, even, n),
            *pk_windowdiff(gold, tiling, n),
        ]
        pk, wd = scores[0::2], scores[1::2]
        row(name, len(segments), len(pred) + 1, *pk, *wd)
        window_one.append(
            (
                max(1, int(round(n / len(segments) / 2))),
                *(pk_windowdiff(gold, p, n, min_k=1) for p in (pred, np.zeros(0, int), even)),
            )
        )
        groups["mean, all six"].append(pk + wd)
        groups["mean, 2012" if "2012" in name else "mean, 2004+2008"].append(pk + wd)
    for label, values in groups.items():
        row(f"**{label}**", "", "", *np.mean(np.asarray(values), axis=0).tolist())
    print(
        "\nThe same segmentations with the window of nltk's `pk` default (k = half the"
        " mean gold segment, rounded, at least 1; above: at least 2):\n"
    )
    header("file", "k", "Pk ours", "Pk none", "Pk even", "WD ours", "WD none", "WD even")
    for (name, _), (k, *scores) in zip(manifesto_files(), window_one, strict=True):
        row(name, k, *(s[0] for s in scores), *(s[1] for s in scores))
    mean = np.mean([[s[i] for i in (0, 1) for s in scores] for _, *scores in window_one], axis=0)
    row("**mean, all six**", "", *mean.tolist())
