"""Language-model context gain on the Manifesto set (session 16): the one method
family not tried before for issue 10's last goal (one setting beating "none" and
"even" on both Pk and WindowDiff, mean of six files).

    .venv/bin/python bench/lm_manifesto.py cache     # per-token losses (slow on CPU: see QUALITY)
    .venv/bin/python bench/lm_manifesto.py sweep     # the grid from the cache, seconds
    .venv/bin/python bench/lm_manifesto.py dcm       # the DCM alone on all six (no cache)

Units are the gold quasi-sentences (as in ``graphseg_manifesto.py`` and
``topictiling_manifesto.py``); scores from ``bench/segeval.py`` as in
``eval_text.py --only topics`` (k = half the mean gold segment, at least 2).

Model: SmolLM2-135M (``defaults/smollm2-135m``, local safetensors, no hub), in
bfloat16 (logits and losses in float32; about 2x faster on this CPU; batching
moves a sentence's mean loss by ~0.03 nats). Each sentence s_i is tokenized as
" " + s_i (the running text joins the sentences with one space). Per-token losses
(negative log-likelihood, nats) are cached per file in ``/tmp/wtF/lm_cache/``,
phase 1 for every file before phase 2:

* ``long`` (phase 1): s_i given the preceding document: windows of 512 tokens
  ([BOS] + 511 text tokens) stepped by 448, each token scored where it has at
  least 64 tokens of context (all it has near the start);
* ``alone`` (phase 1): s_i given [BOS] only;
* ``prev`` (phase 2): s_i given [BOS] + the last 32 tokens of s_{i-1}.

Signals at the gap before s_i (a boundary = the context helps s_i little), each
a per-sentence mean over the first ``m`` tokens (0: all): (1) context gain
``alone - long`` (and its ratio to ``alone``); Meta-Chunking's perplexity
chunking (Zhao et al. 2024, ``tools/ppl_chunking.py`` of IAAR-Shanghai/Meta-Chunking)
uses ``long`` alone: a chunk ends after a sentence whose loss is a local minimum
with a drop of at least a threshold; (2) coherence ``alone - prev``; (3) the
shipped DCM (``C99Config()``, windows of 128 units) with a boundary bonus of
``-lambda * z(signal)``. Boundaries: TextTiling depth scores of the (smoothed)
signal as a similarity curve, each valley deeper than mean + c x std of the
document's own valley depths (so the density adapts per file), or every gap
whose signal is below mean - t x std. The AUC table says how well each signal
alone ranks the gold boundaries.
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from eval_manifesto import joined, manifesto_files  # noqa: E402
from segeval import pk_windowdiff  # noqa: E402

from transforms import c99, dcm, style_terms, topics  # noqa: E402
from transforms.c99 import C99Config  # noqa: E402
from transforms.topics import deep_valleys, depth_scores, smooth  # noqa: E402

CACHE = "/tmp/wtF/lm_cache"
MODEL = os.path.join(ROOT, "defaults", "smollm2-135m")
WINDOW, STEP = 512, 448
PREV = 32  # tokens of s_{i-1} kept for ``prev``


def load_model():
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.set_num_threads(2)  # the project's shared 2-core machine
    tokenizer = AutoTokenizer.from_pretrained(MODEL)
    model = AutoModelForCausalLM.from_pretrained(
        MODEL, dtype=torch.bfloat16, attn_implementation="sdpa"
    ).eval()
    return tokenizer, model.to("cuda" if torch.cuda.is_available() else "cpu")


def _nll(model, batch, mask):
    """Per-token NLL of batch[:, 1:] given the prefix; (B, T-1), float32."""
    import torch

    batch, mask = batch.to(model.device), mask.to(model.device)
    with torch.no_grad():
        logits = model(input_ids=batch, attention_mask=mask).logits[:, :-1].float()
        return (
            torch.nn.functional.cross_entropy(
                logits.transpose(1, 2), batch[:, 1:], reduction="none"
            )
            .cpu()
            .numpy()
        )


def long_losses(model, ids: np.ndarray, bos: int) -> np.ndarray:
    """NLL of each of ids given up to 511 tokens before it (>= 64 once available)."""
    import torch

    n = len(ids)
    out = np.full(n, np.nan)
    start = 0
    while True:
        chunk = ids[start : start + WINDOW - 1]
        batch = torch.tensor(np.r_[bos, chunk][None], dtype=torch.long)
        nll = _nll(model, batch, torch.ones_like(batch))[0]  # nll[j] = loss of chunk[j]
        first = 0 if start == 0 else WINDOW - 1 - STEP
        out[start + first : start + len(chunk)] = nll[first:]
        if start + len(chunk) >= n:
            break
        start += STEP
    return out


def target_losses(model, pairs: list[tuple[np.ndarray, np.ndarray]], bos: int, pad: int) -> list:
    """Per-token NLL of each ``target`` given [BOS] + ``prefix``, in batches of
    similar length (right padding, attention mask)."""
    import torch

    seqs = [np.r_[bos, p, t] for p, t in pairs]
    out: list = [None] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda j: len(seqs[j]))
    budget = 2048  # padded tokens per batch
    i = 0
    while i < len(order):
        b = 1
        while i + b < len(order) and len(seqs[order[i + b]]) * (b + 1) <= budget:
            b += 1
        group = order[i : i + b]
        width = max(len(seqs[j]) for j in group)
        batch = np.full((len(group), width), pad, dtype=np.int64)
        mask = np.zeros_like(batch)
        for r, j in enumerate(group):
            batch[r, : len(seqs[j])] = seqs[j]
            mask[r, : len(seqs[j])] = 1
        nll = _nll(model, torch.tensor(batch), torch.tensor(mask))
        for r, j in enumerate(group):
            a = len(pairs[j][0])
            out[j] = nll[r, a : a + len(pairs[j][1])]
        i += b
    return out


def cache() -> None:
    """Phase 1 (``long``, ``alone``) for every file, then phase 2 (``prev``)."""
    os.makedirs(CACHE, exist_ok=True)
    tokenizer, model = load_model()
    bos, pad = tokenizer.bos_token_id or 1, tokenizer.pad_token_id or 2
    files = sorted(manifesto_files(), key=lambda f: sum(len(s) for g in f[1] for s in g))
    empty = np.zeros(0, dtype=np.int64)
    for phase in (1, 2):
        for name, segments in files:
            path = os.path.join(CACHE, name.replace(".txt", f".{phase}.npz"))
            if os.path.exists(path):
                continue
            t0 = time.time()
            sentences = [s for seg in segments for s in seg]
            toks = [
                np.asarray(
                    tokenizer(" " + s, add_special_tokens=False)["input_ids"], dtype=np.int64
                )
                for s in sentences
            ]
            if phase == 1:
                ids = np.concatenate(toks)
                long = long_losses(model, ids, bos)
                assert not np.isnan(long).any()
                alone = target_losses(model, [(empty, t) for t in toks], bos, pad)
                np.savez(
                    path,
                    lengths=np.asarray([len(t) for t in toks]),
                    long=long,
                    alone=np.concatenate(alone),
                    gold=np.cumsum([len(seg) for seg in segments])[:-1],
                )
            else:
                pairs = [(toks[i - 1][-PREV:] if i else empty, t) for i, t in enumerate(toks)]
                prev = target_losses(model, pairs, bos, pad)
                np.savez(path, prev=np.concatenate(prev))
            print(f"{name} phase {phase}: {time.time() - t0:.0f} s", flush=True)


# ---------------------------------------------------------------- sweep


def load(name: str) -> dict | None:
    path = os.path.join(CACHE, name.replace(".txt", ".1.npz"))
    if not os.path.exists(path):
        return None
    out = dict(np.load(path))
    two = path.replace(".1.npz", ".2.npz")
    if os.path.exists(two):
        out["prev"] = np.load(two)["prev"]
    return out


def sentence_means(losses: np.ndarray, lengths: np.ndarray, m: int) -> np.ndarray:
    """Mean of each sentence's first ``m`` token losses (0: all of them)."""
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    out = np.empty(len(lengths))
    for i, (a, n) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
        take = n if m == 0 else min(n, m)
        out[i] = losses[a : a + take].mean() if take else 0.0
    return out


def signals(c: dict, m: int) -> dict[str, np.ndarray]:
    """Per-sentence evidence that the context helps (high = same topic as
    before); the gap before sentence i is scored with signal[i], i = 1..n-1.
    ``gain_prev`` and ``gain_both`` only where ``prev`` is cached (phase 2)."""
    long_, alone = (sentence_means(c[k], c["lengths"], m) for k in ("long", "alone"))
    out = {
        "gain_long": alone - long_,  # (1) context gain
        "ratio_long": (alone - long_) / np.maximum(alone, 1e-6),
        "neg_long": -long_,  # raw surprisal given the document (low = predictable)
    }
    if "prev" in c:
        prev = sentence_means(c["prev"], c["lengths"], m)
        z = lambda x: (x - x.mean()) / (x.std() or 1.0)  # noqa: E731
        out["gain_prev"] = alone - prev  # (2) next-sentence coherence
        out["gain_both"] = z(alone - long_) + z(alone - prev)  # (1) + (2)
    return out


def depth_boundaries(curve: np.ndarray, smoothing: int, c: float) -> np.ndarray:
    """TextTiling on a similarity curve over gaps 1..n-1: valleys deeper than
    mean + c x std of the document's own valley depths; returns units."""
    scores = smooth(curve, smoothing)
    if len(scores) < 3:
        return np.zeros(0, dtype=np.int64)
    return deep_valleys(scores, depth_scores(scores), c) + 1


def z_boundaries(curve: np.ndarray, smoothing: int, t: float) -> np.ndarray:
    """Every gap whose (smoothed) curve is below mean - t x std of the document's."""
    scores = smooth(curve, smoothing)
    return np.flatnonzero(scores < scores.mean() - t * scores.std()) + 1


def ppl_chunking(long_: np.ndarray, theta: float) -> np.ndarray:
    """Meta-Chunking's rule (``find_minima`` of their tools/ppl_chunking.py): a
    sentence whose loss given the document is a local minimum, with a drop of at
    least theta (here in units of the document's std) on one side, ends a chunk:
    the boundary is before the next sentence."""
    v = long_
    t = theta * v.std()
    i = np.arange(1, len(v) - 1)
    strict = (v[i] < v[i - 1]) & (v[i] < v[i + 1])
    strict &= (v[i - 1] - v[i] >= t) | (v[i + 1] - v[i] >= t)
    flat = (v[i] < v[i - 1]) & (v[i] == v[i + 1]) & (v[i - 1] - v[i] >= t)
    return i[strict | flat] + 1


def dcm_tables(sentences: list[str]) -> list[tuple[int, int, int, np.ndarray]]:
    """The shipped DCM's segment log likelihoods (``C99Config()``: alpha 0.5,
    style weight 0.3, windows of 128 units overlapping by 32) over the gold
    units: per window ``(start, keep_from, keep_to, L)``, ``L[a, b]`` for the
    window's units [a, b)."""
    text, starts = joined(sentences)
    spans = np.stack([starts, np.r_[starts[1:] - 1, len(text)]], axis=1)
    indptr, _, _, stem_ids = topics.unit_terms_and_stems(text, spans)
    style = style_terms.style_terms(text, spans)
    config = C99Config()
    out = []
    for s, e, lo, hi in c99.windows(len(sentences), config.block, config.block // 4):
        table = dcm.segment_scores(
            *c99._window(indptr, stem_ids, s, e),
            config.dcm_alpha,
            e - s,
            c99._window(*style, s, e),
            config.style_weight,
        )
        out.append((s, lo, hi, table))
    return out


def dcm_windows_bonus(tables, bonus: np.ndarray, cost: float) -> np.ndarray:
    """``dcm_with_bonus`` in each window, keeping each window's middle (as
    ``c99.segment_sequences``)."""
    found = []
    for s, lo, hi, table in tables:
        local = dcm_with_bonus(table, bonus[s : s + table.shape[0] - 1], cost)
        found.extend(int(b) + s for b in local if lo <= b + s < hi)
    return np.asarray(sorted(found), dtype=np.int64)


def dcm_with_bonus(table: np.ndarray, bonus: np.ndarray, cost: float) -> np.ndarray:
    """max over segmentations of sum L[a, b] - cost per segment + bonus[a] per
    boundary a (units 1..n-1; bonus[0] unused)."""
    n = table.shape[0] - 1
    best = np.full(n + 1, -np.inf)
    back = np.zeros(n + 1, dtype=np.int64)
    best[0] = 0.0
    add = np.r_[0.0, bonus[1:]]
    for b in range(1, n + 1):
        cand = best[:b] + table[:b, b] - cost + add[:b]
        a = int(np.argmax(cand))
        best[b], back[b] = cand[a], a
    cuts, b = [], n
    while b > 0:
        b = int(back[b])
        if b > 0:
            cuts.append(b)
    return np.asarray(sorted(cuts), dtype=np.int64)


def sweep() -> None:
    files = []
    for name, segments in manifesto_files():
        c = load(name)
        if c is None:
            print(f"{name}: not cached", flush=True)
            continue
        sentences = [s for seg in segments for s in seg]
        files.append((name, c, sentences, len(segments)))
    even = [np.linspace(0, len(s), g + 1)[1:-1].round().astype(int) for _, _, s, g in files]
    base = np.asarray(
        [
            [
                *pk_windowdiff(c["gold"], np.zeros(0, int), len(s)),
                *pk_windowdiff(c["gold"], e, len(s)),
            ]
            for (_, c, s, _), e in zip(files, even, strict=True)
        ]
    )
    print("files:", [f[0] for f in files])
    none_pk, none_wd, even_pk, even_wd = base.mean(0)
    print(
        f"baselines mean: none Pk/WD {none_pk:.4f}/{none_wd:.4f}, even {even_pk:.4f}/{even_wd:.4f}"
    )
    auc_table(files)
    results = []  # (family, setting, per-file [(pk, wd, segs)])

    def run(family, setting, predict):
        per = []
        for name, c, s, _ in files:
            pred = predict(name, c, s)
            per.append((*pk_windowdiff(c["gold"], pred, len(s)), len(pred) + 1))
        results.append((family, setting, per))

    for m in (0, 8, 4):
        sig = {name: signals(c, m) for name, c, _, _ in files}
        for key in signals(files[0][1], m):
            for sm in (0, 1, 2, 3):
                for cstd in (-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0):
                    run(
                        "depth",
                        f"{key} m={m} smooth={sm} c={cstd}",
                        lambda name, c, s, key=key, sm=sm, cstd=cstd, sig=sig: depth_boundaries(
                            sig[name][key][1:], sm, cstd
                        ),
                    )
                for t in (0.0, 0.5, 1.0, 1.5, 2.0):
                    run(
                        "z",
                        f"{key} m={m} smooth={sm} t={t}",
                        lambda name, c, s, key=key, sm=sm, t=t, sig=sig: z_boundaries(
                            sig[name][key][1:], sm, t
                        ),
                    )
        for theta in (0.0, 0.1, 0.25, 0.5, 1.0, 1.5):
            run(
                "ppl_chunking",
                f"m={m} theta={theta}",
                lambda name, c, s, theta=theta, sig=sig: ppl_chunking(
                    -sig[name]["neg_long"], theta
                ),
            )
    if "--no-dcm" not in sys.argv:
        tables = {name: dcm_tables(s) for name, _, s, _ in files}
        sig = {name: signals(c, 0) for name, c, _, _ in files}
        for key in [k for k in ("gain_long", "gain_prev", "gain_both") if k in sig[files[0][0]]]:
            for lam in (0.0, 0.5, 1.0, 2.0, 4.0):
                for cost in (2.5, 1.0, 0.0, -1.0, -2.0, -4.0):
                    if lam == 0.0 and key != "gain_long":
                        continue

                    def predict(name, c, s, key=key, lam=lam, cost=cost):
                        x = sig[name][key]
                        zx = (x - x.mean()) / (x.std() or 1.0)
                        return dcm_windows_bonus(tables[name], -lam * zx, cost)

                    run("dcm+lm", f"{key} lambda={lam} cost={cost}", predict)
    report(results, base, files)


def dcm_alone() -> None:
    """The DCM alone (lambda 0) over the gold units of all six files: no LM cache
    needed; what the LM bonus has to improve on."""
    per: dict[float, list] = {}
    for _, segments in manifesto_files():
        s = [x for seg in segments for x in seg]
        gold, tables = np.cumsum([len(seg) for seg in segments])[:-1], dcm_tables(s)
        for cost in (2.5, 1.0, 0.0, -1.0, -2.0):
            pred = dcm_windows_bonus(tables, np.zeros(len(s)), cost)
            per.setdefault(cost, []).append((*pk_windowdiff(gold, pred, len(s)), len(pred) + 1))
    for cost, rows in per.items():
        a = np.asarray(rows)
        segs = "/".join(str(int(x)) for x in a[:, 2])
        print(
            f"cost {cost}: segments {segs}, mean of six Pk {a[:, 0].mean():.4f} WD {a[:, 1].mean():.4f}"
        )


def auc(score: np.ndarray, label: np.ndarray) -> float:
    """P(score of a boundary gap > score of a non-boundary gap), ties 1/2."""
    from scipy.stats import rankdata

    r = rankdata(score)
    pos = label.sum()
    neg = len(label) - pos
    return float((r[label].sum() - pos * (pos + 1) / 2) / (pos * neg))


def auc_table(files) -> None:
    """How well each signal alone ranks the gold boundaries (AUC; 0.5 = chance),
    and the mean signal at gold boundaries vs elsewhere."""
    keys = list(signals(files[0][1], 0))
    print("\nAUC of -signal at the gap before sentence i as a boundary detector:")
    print("| file | m | smoothing | " + " | ".join(keys) + " | -long of s_(i-1) (PPL chunking) |")
    print("|---|---|---|" + "---|" * (len(keys) + 1))
    for name, c, s, _ in files:
        label = np.zeros(len(s), dtype=bool)
        label[c["gold"]] = True
        for m in (0, 8, 4):
            sig = signals(c, m)
            for sm in (0, 1, 2):
                vals = [auc(-smooth(sig[k][1:], sm), label[1:]) for k in keys]
                vals.append(auc(smooth(sig["neg_long"][:-1], sm), label[1:]))
                cells = " | ".join(f"{v:.3f}" for v in vals)
                print(f"| {name} | {m or 'all'} | {sm} | {cells} |")
    print("\nMean per-sentence losses (nats/token, all tokens), at gold boundaries / elsewhere:")
    print("| file | alone | long | gain_long | sentences |")
    print("|---|---|---|---|---|")
    for name, c, s, _ in files:
        label = np.zeros(len(s), dtype=bool)
        label[c["gold"]] = True
        label[0] = False
        alone = sentence_means(c["alone"], c["lengths"], 0)
        long_ = sentence_means(c["long"], c["lengths"], 0)
        cells = [
            f"{x[label].mean():.3f} / {x[1:][~label[1:]].mean():.3f}"
            for x in (alone, long_, alone - long_)
        ]
        print(f"| {name} | " + " | ".join(cells) + f" | {len(s)} |")


def report(results, base, files) -> None:
    none_pk, none_wd, even_pk, even_wd = base.mean(0)
    rows = [(f, s, *np.asarray(per)[:, :2].mean(0), np.asarray(per)) for f, s, per in results]
    wins = [r for r in rows if r[2] < even_pk and r[3] < none_wd]
    print(f"\n{len(rows)} settings; beat both baselines on both metrics: {len(wins)}")
    for r in wins:
        print("WIN", r[0], r[1], f"Pk {r[2]:.4f} WD {r[3]:.4f}")
    print("\n| family | setting | segs per file | Pk | WD | criterion |")
    print("|---|---|---|---|---|---|")
    for family in dict.fromkeys(r[0] for r in rows):
        fam = [r for r in rows if r[0] == family]
        picks = {
            "least Pk": min(fam, key=lambda r: r[2]),
            "least WD": min(fam, key=lambda r: r[3]),
            "least Pk with WD < none": min(
                (r for r in fam if r[3] < none_wd), key=lambda r: r[2], default=None
            ),
            "least max(Pk - even, WD - none)": min(
                fam, key=lambda r: max(r[2] - even_pk, r[3] - none_wd)
            ),
        }
        for crit, r in ((k, v) for k, v in picks.items() if v is not None):
            segs = "/".join(str(int(x)) for x in r[4][:, 2])
            print(f"| {family} | {r[1]} | {segs} | {r[2]:.4f} | {r[3]:.4f} | {crit} |")
    print("\nPer-file oracle (least Pk + WD per file over all settings):")
    print("| file | setting | segs | Pk | WD | Pk none | Pk even | WD none | WD even |")
    print("|---|---|---|---|---|---|---|---|---|")
    best = []
    for i, (name, *_) in enumerate(files):
        r = min(rows, key=lambda r: r[4][i, 0] + r[4][i, 1])
        best.append(r[4][i, :2])
        print(
            f"| {name} | {r[0]} {r[1]} | {int(r[4][i, 2])} | {r[4][i, 0]:.4f} | {r[4][i, 1]:.4f} | "
            + " | ".join(f"{x:.4f}" for x in base[i][[0, 2, 1, 3]])
            + " |"
        )
    pk, wd = np.mean(best, 0)
    print(f"| mean | | | {pk:.4f} | {wd:.4f} | | | | |")
    if "--full" in sys.argv:
        for r in rows:
            print(r[0], r[1], f"{r[2]:.4f} {r[3]:.4f}", "/".join(str(int(x)) for x in r[4][:, 2]))


if __name__ == "__main__":
    {"cache": cache, "sweep": sweep, "dcm": dcm_alone}[sys.argv[1]]()
