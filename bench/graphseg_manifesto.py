"""GraphSeg (Glavaš, Nanni & Ponzetto 2016) on the Manifesto set: a scratch
experiment for issue 10's last goal (beat "none" and "even" in Pk and WindowDiff).

    .venv/bin/python bench/graphseg_manifesto.py                  # lexical + embedding, ~3 min
    .venv/bin/python bench/graphseg_manifesto.py --variants lexical

Our own code after the paper and the behaviour of its public tool:

* **Relatedness** of two sentences: their content words (lower-cased words minus
  the shipped stopwords, no digits) are aligned one to one so as to maximise the
  sum of ``max(ric(a), ric(b)) * sim(a, b)`` (Hungarian assignment), and the sum
  ``S`` is normalised by both lengths: ``(S / |A| + S / |B|) / 2``. ``ric`` is
  the relative information content of a word, ``-log p(w) / -log p_min``, with
  p from the word counts of the 30 Gutenberg books (the paper: a large corpus;
  unseen words get 1). Only pairs less than 100 sentences apart are compared.
  Two word similarities: ``lexical`` (1 for the same Porter stem, else 0: the
  alignment is then exact and the sum runs over the shared stems) and
  ``embedding`` (cosine of word vectors from SmolLM2-135M's input embedding
  matrix, ``defaults/smollm2-135m``: the rows of the word's tokens averaged,
  the mean vector of the vocabulary removed; 1 for the same stem; negatives 0).
* **Graph**: an edge where relatedness > tau. Two sentences share a maximal
  clique exactly when they share an edge (every edge lies in some maximal clique),
  so the paper's clique rules are applied through the edges (checked against
  networkx's ``find_cliques`` on each file where that enumeration is small,
  ``--check-cliques``).
* **Segments**, as the tool does it: a sentence joins the segment being built
  when it shares a clique (an edge) with any of its sentences (left to right);
  sentences left alone join the more related neighbour (mean relatedness to its
  sentences); then every segment shorter than ``n`` sentences is merged, first
  one first, with the more related adjacent segment (mean pairwise relatedness).

Units are the gold quasi-sentences (the lines of each file), as in the
TextTiling reference row of ``eval_text.py --only topics``; scores come from
``bench/segeval.py`` (k = half the mean gold segment, at least 2), baselines
as there. "One setting" rows apply one (tau, n) to all six files (what a
default is); "oracle" picks the best setting per file knowing the gold.
"""

from __future__ import annotations

import argparse
import functools
import glob
import json
import os
import re
import struct
import sys
import time
from collections import Counter

import numpy as np
from scipy.optimize import linear_sum_assignment

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_manifesto import DATA, manifesto_files  # noqa: E402
from report import header, row  # noqa: E402
from segeval import pk_windowdiff  # noqa: E402

from transforms.topics import english_stopwords, porter_stem  # noqa: E402

WINDOW = 100  # sentences compared with each sentence (the tool's localization size)
_WORD = re.compile(r"[^\W\d_]+")
MODEL = os.path.join(REPO, "defaults", "smollm2-135m")


@functools.cache
def background_counts() -> Counter:
    """Lower-cased word counts of the 30 Gutenberg books (the IC corpus)."""
    counts: Counter = Counter()
    for path in sorted(glob.glob(os.path.join(DATA, "en_gutenberg", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            counts.update(_WORD.findall(f.read().lower()))
    return counts


def relative_ic(words: list[str]) -> np.ndarray:
    """``-log p(w) / -log p_min`` over the background counts (1 for unseen words)."""
    counts = background_counts()
    total = sum(counts.values())
    p_min = 1.0 / total
    out = np.ones(len(words))
    for i, w in enumerate(words):
        c = counts.get(w)
        if c:
            out[i] = np.log((c + 1) / total) / np.log(p_min)
    return np.clip(out, 0.0, 1.0)


def content_words(sentences: list[str]) -> tuple[list[list[int]], list[str]]:
    """Per sentence, the ids of its content words (vocabulary in first-seen order)."""
    stop = set(english_stopwords())
    vocab: dict[str, int] = {}
    out = []
    for s in sentences:
        ids = [vocab.setdefault(w, len(vocab)) for w in _WORD.findall(s.lower()) if w not in stop]
        out.append(ids)
    return out, list(vocab)


@functools.cache
def input_embeddings() -> np.ndarray:
    path = os.path.join(MODEL, "model.safetensors")
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        head = json.loads(f.read(n))
    meta = head["model.embed_tokens.weight"]
    assert meta["dtype"] == "F32", meta
    a, b = meta["data_offsets"]
    mm = np.memmap(path, dtype=np.float32, mode="r", offset=8 + n + a, shape=tuple(meta["shape"]))
    return np.asarray(mm)


def word_vectors(words: list[str]) -> np.ndarray:
    """Unit word vectors: SmolLM2 input-embedding rows of the word's tokens
    (``" " + word``) averaged, the mean over the vocabulary removed."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(MODEL, "tokenizer.json"))
    emb = input_embeddings()
    vecs = np.stack([emb[tok.encode(" " + w).ids].mean(axis=0) for w in words])
    vecs -= vecs.mean(axis=0)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)


def relatedness(sentences: list[str], variant: str) -> np.ndarray:
    """Symmetric n x n relatedness (0 on the diagonal and beyond the window)."""
    sent_ids, words = content_words(sentences)
    stems = [porter_stem(w) for w in words]
    stem_id = {s: i for i, s in enumerate(dict.fromkeys(stems))}
    stem_of = np.asarray([stem_id[s] for s in stems], dtype=np.int64)
    ric = relative_ic(words)
    same = stem_of[:, None] == stem_of[None, :]
    if variant == "lexical":
        sim = same.astype(np.float64)
    else:
        v = word_vectors(words)
        sim = np.clip(v @ v.T, 0.0, 1.0)
        sim[same] = 1.0
    weight = np.maximum(ric[:, None], ric[None, :]) * sim
    n = len(sentences)
    rel = np.zeros((n, n))
    arrays = [np.asarray(ids, dtype=np.int64) for ids in sent_ids]
    for i in range(n):
        a = arrays[i]
        if not len(a):
            continue
        for j in range(i + 1, min(n, i + WINDOW)):
            b = arrays[j]
            if not len(b):
                continue
            w = weight[np.ix_(a, b)]
            if not w.any():  # nothing to align (most pairs, lexical)
                continue
            r, c = linear_sum_assignment(w, maximize=True)
            total = float(w[r, c].sum())
            rel[i, j] = rel[j, i] = (total / len(a) + total / len(b)) / 2
    return rel


def graphseg(rel: np.ndarray, tau: float, min_size: int) -> np.ndarray:
    """Segment starts (unit indices > 0) of GraphSeg on relatedness ``rel``."""
    n = len(rel)
    edge = rel > tau
    # 1. a sentence joins the segment being built when it shares an edge (a clique)
    #    with any of its sentences
    clusters: list[list[int]] = []
    start = 0
    for j in range(1, n + 1):
        if j == n or not edge[j, start:j].any():
            clusters.append(list(range(start, j)))
            start = j
    # 2. sentences left alone join the more related neighbour
    out: list[list[int]] = []
    i = 0
    while i < len(clusters):
        c = clusters[i]
        if len(c) == 1 and len(clusters) > 1:
            prev = rel[c[0], out[-1]].mean() if out else -1.0
            nxt = rel[c[0], clusters[i + 1]].mean() if i + 1 < len(clusters) else -1.0
            if prev >= nxt:
                out[-1] = out[-1] + c
            else:
                clusters[i + 1] = c + clusters[i + 1]
            i += 1
            continue
        out.append(c)
        i += 1
    clusters = out
    # 3. segments shorter than min_size merge with the more related neighbour
    while len(clusters) > 1:
        small = next((i for i, c in enumerate(clusters) if len(c) < min_size), None)
        if small is None:
            break
        c = clusters[small]
        prev = rel[np.ix_(c, clusters[small - 1])].mean() if small > 0 else 0.0
        nxt = rel[np.ix_(c, clusters[small + 1])].mean() if small + 1 < len(clusters) else 0.0
        if small > 0 and (prev > nxt or small + 1 == len(clusters)):
            clusters[small - 1 : small + 1] = [clusters[small - 1] + c]
        else:
            clusters[small : small + 2] = [c + clusters[small + 1]]
    return np.asarray([c[0] for c in clusters[1:]], dtype=np.int64)


def check_cliques(rel: np.ndarray, tau: float) -> str:
    """Pairs in a common maximal clique == edges (networkx, where tractable)."""
    import networkx as nx

    edge = np.triu(rel > tau, 1)
    g = nx.Graph()
    g.add_nodes_from(range(len(rel)))
    g.add_edges_from(zip(*np.nonzero(edge), strict=True))
    pairs = set()
    for k, clique in enumerate(nx.find_cliques(g)):
        if k > 2_000_000:
            return "too many cliques"
        clique = sorted(clique)
        pairs.update((a, b) for x, a in enumerate(clique) for b in clique[x + 1 :])
    return "same" if pairs == set(zip(*np.nonzero(edge), strict=True)) else "DIFFERENT"


def choi_check(path: str, variants: list[str], taus: list[float], sizes: list[int]) -> None:
    """Sanity check on a set written by ``choi_benchmark.py --write``: units are our
    sentences of each document, gold = the sentences starting a source segment."""
    from segeval import nearest_units

    from transforms.structure import analyze_text

    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    units = []
    for d in docs:
        spans = analyze_text(d["text"]).sentences
        gold = nearest_units(spans[:, 0], np.asarray(d["gold_starts"]))
        units.append(([d["text"][s:e] for s, e in spans.tolist()], gold))
    print(f"\n## {os.path.basename(path)}: {len(docs)} documents, mean of all\n")
    header("relatedness", "tau", "n", "segments found (gold 10)", "Pk", "WD", "Pk none", "Pk even")
    for variant in variants:
        rels = [relatedness(sents, variant) for sents, _ in units]
        for tau in taus:
            for size in sizes:
                out = []
                for rel, (sents, gold) in zip(rels, units, strict=True):
                    n = len(sents)
                    pred = graphseg(rel, tau, size)
                    even = np.unique(np.linspace(0, n, len(gold) + 2)[1:-1].round().astype(int))
                    out.append(
                        (
                            len(pred) + 1,
                            *pk_windowdiff(gold, pred, n),
                            pk_windowdiff(gold, np.zeros(0, dtype=int), n)[0],
                            pk_windowdiff(gold, even, n)[0],
                        )
                    )
                row(variant, tau, size, *np.mean(out, axis=0).tolist())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variants", default="lexical,embedding")
    ap.add_argument(
        "--taus", default="0.02,0.04,0.06,0.08,0.1,0.15,0.17,0.19,0.21,0.25,0.3,0.4,0.5,0.6"
    )
    ap.add_argument("--sizes", default="1,3,4,5,6,8,10")
    ap.add_argument("--full", action="store_true", help="print every setting, not the summary")
    ap.add_argument(
        "--quantiles",
        action="store_true",
        help="read --taus as quantiles of each file's own relatedness of adjacent sentences",
    )
    ap.add_argument("--check-cliques", action="store_true")
    ap.add_argument("--choi", help="a JSONL set of choi_benchmark.py --write: check there instead")
    args = ap.parse_args()
    taus = [float(t) for t in args.taus.split(",")]
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.choi:
        choi_check(args.choi, args.variants.split(","), taus, sizes)
        return
    files = manifesto_files()
    golds, baselines = [], []
    for _, segments in files:
        n = sum(len(s) for s in segments)
        gold = np.cumsum([len(seg) for seg in segments])[:-1]
        even = np.unique(np.linspace(0, n, len(segments) + 1)[1:-1].round().astype(int))
        golds.append((gold, n))
        baselines.append(
            (pk_windowdiff(gold, np.zeros(0, dtype=int), n), pk_windowdiff(gold, even, n))
        )
    none = np.mean([b[0] for b in baselines], axis=0)
    even = np.mean([b[1] for b in baselines], axis=0)
    print(
        f"baselines, mean of six: none Pk {none[0]:.4f} WD {none[1]:.4f};"
        f" even Pk {even[0]:.4f} WD {even[1]:.4f}"
    )
    for variant in args.variants.split(","):
        t0 = time.process_time()
        rels = [relatedness([s for seg in segs for s in seg], variant) for _, segs in files]
        print(
            f"\n## {variant}: relatedness of all six files in {time.process_time() - t0:.1f} s CPU\n"
        )
        if args.check_cliques:
            for (name, _), rel in zip(files, rels, strict=True):
                print(name, {t: check_cliques(rel, t) for t in taus if t >= 0.2})
        # scores[t, s, f] = (Pk, WD, segments)
        scores = np.zeros((len(taus), len(sizes), len(files), 3))
        for a, tau in enumerate(taus):
            for b, size in enumerate(sizes):
                for f, (rel, (gold, n)) in enumerate(zip(rels, golds, strict=True)):
                    t = np.quantile(np.diagonal(rel, 1), tau) if args.quantiles else tau
                    pred = graphseg(rel, t, size)
                    scores[a, b, f] = (*pk_windowdiff(gold, pred, n), len(pred) + 1)
        pk_all, wd_all = scores[..., 0].mean(axis=2), scores[..., 1].mean(axis=2)
        win = (pk_all < min(none[0], even[0])) & (wd_all < min(none[1], even[1]))
        print(
            f"One setting for all six files ({len(taus)} x {len(sizes)} settings, mean of six):"
            f" {int(win.sum())} beat both baselines on Pk and WD.\n"
        )
        header("setting", "tau", "n", "segments (6 files)", "Pk", "WD")
        picks = []
        if 0.25 in taus:
            picks += [("the tool's README example", taus.index(0.25), sizes.index(3))]
            if 4 in sizes:  # its Java code merges segments of <= 3 sentences
                picks += [("the same as its code runs it", taus.index(0.25), sizes.index(4))]
        picks += [("least Pk", *np.unravel_index(np.argmin(pk_all), pk_all.shape))]
        below = np.where(wd_all < none[1], pk_all, np.inf)
        if np.isfinite(below).any():
            picks += [("least Pk with WD < none", *np.unravel_index(np.argmin(below), below.shape))]
        picks += [("least WD", *np.unravel_index(np.argmin(wd_all), wd_all.shape))]
        if args.full:
            picks = [("", a, b) for a in range(len(taus)) for b in range(len(sizes))]
        for label, a, b in picks:
            segs = "/".join(str(int(x)) for x in scores[a, b, :, 2])
            row(label, taus[a], sizes[b], segs, pk_all[a, b], wd_all[a, b])
        print(
            "\nPer file: the tool's README example (tau 0.25, n 3) and the oracle"
            " (best setting per file, knowing the gold: least Pk + WD):\n"
        )
        header(
            "file",
            "gold segs",
            "segs (0.25, 3)",
            "Pk",
            "WD",
            "oracle tau",
            "oracle n",
            "oracle segs",
            "oracle Pk",
            "oracle WD",
            "Pk none",
            "WD none",
            "Pk even",
            "WD even",
        )
        a0, b0 = taus.index(0.25) if 0.25 in taus else 0, sizes.index(3) if 3 in sizes else 0
        oracle = []
        for f, (name, segs) in enumerate(files):
            s = scores[:, :, f]
            a, b = np.unravel_index(np.argmin(s[..., 0] + s[..., 1]), s.shape[:2])
            oracle.append(s[a, b])
            row(
                name,
                len(segs),
                int(s[a0, b0, 2]),
                s[a0, b0, 0],
                s[a0, b0, 1],
                taus[a],
                sizes[b],
                int(s[a, b, 2]),
                s[a, b, 0],
                s[a, b, 1],
                *baselines[f][0][:1],
                baselines[f][0][1],
                baselines[f][1][0],
                baselines[f][1][1],
            )
        o = np.mean(oracle, axis=0)
        d = scores[a0, b0].mean(axis=0)
        row(
            "**mean of six**",
            "",
            "",
            d[0],
            d[1],
            "",
            "",
            "",
            o[0],
            o[1],
            none[0],
            none[1],
            even[0],
            even[1],
        )


if __name__ == "__main__":
    main()
