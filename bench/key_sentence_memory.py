"""Does the key-sentence memory prefix (``--memory-tokens``) help the model?

    flock /work/notes/heavy.lock .venv/bin/python bench/key_sentence_memory.py      # ~15 min, 2 cores
    .venv/bin/python bench/key_sentence_memory.py --per-language 4 --window 512     # smoke run

Rows are built exactly as ``longctx dataset --windows W --memory-tokens M`` builds
them (normalize -> structure -> tokenize -> chunk, the pure functions of the
pipeline) from the books in ``../shared/data`` (``en_gutenberg`` for English,
``zh_classics`` for Chinese), with SmolLM2's tokenizer. From the rows that carry a
memory prefix, ``--per-language`` are drawn with a fixed seed, round robin over the
books. Each is scored by SmolLM2-135M (``defaults/smollm2-135m``, float32, CPU) three
ways, always on the same scored tokens (the row's labels):

* ``key``: the row as built: key sentences + separator + window;
* ``none``: the window alone (memory prefix dropped);
* ``random``: a prefix of exactly the same token length made of randomly drawn
  whole sentences that end before the window (in document order, the last one
  cut to fit) + the same separator.

The model never saw these books in our training (it was pretrained by others, so
it may have seen Gutenberg). Per window we take the mean loss (nats/token) over its
scored tokens; we report the mean over windows of the paired differences
``none - key`` and ``random - key`` (positive = the key-sentence prefix helps),
their paired standard error and a 95% interval (mean +- 1.96 SE), the same over
only the first 128 scored tokens of each window (where the window itself offers
the least context), and the token-weighted means.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from schemas import IGNORE_INDEX, Document  # noqa: E402
from transforms.chunking import (  # noqa: E402
    ChunkConfig,
    char_to_token_ends,
    char_to_token_starts,
    chunk_document,
)
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_document  # noqa: E402
from transforms.tokenize import eos_token_id, load_tokenizer, tokenize_document  # noqa: E402

DATA = os.path.join(REPO, "..", "shared", "data")
MODEL = os.path.join(REPO, "defaults", "smollm2-135m")
LANGUAGES = {"en": "en_gutenberg/*.txt", "zh": "zh_classics/*.txt"}
EARLY = 128  # "first scored tokens" breakdown


def build_rows(path: str, tokenizer, window: int, memory: int):
    """(tokenized document, rows with a memory prefix, sentence token spans)."""
    with open(path, encoding="utf-8") as f:
        text = normalize_text(f.read())
    doc_id = os.path.basename(path)
    structured = analyze_document(Document(doc_id, path, text, "validation"))
    doc = tokenize_document(structured, tokenizer)
    separator = tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids)
    config = ChunkConfig(
        windows=(window,),
        memory_tokens=memory,
        eos_id=eos_token_id(tokenizer),
        memory_separator_ids=separator,
    )
    rows, _ = chunk_document(doc, window, config)
    sentences = np.asarray(structured.structure.sentences, dtype=np.int64)
    spans = np.stack(
        [
            char_to_token_starts(doc.token_offsets, sentences[:, 0]),
            np.minimum(char_to_token_ends(doc.token_offsets, sentences[:, 1]), len(doc.token_ids)),
        ],
        axis=1,
    )
    spans = spans[spans[:, 1] > spans[:, 0]]
    return doc, [r for r in rows if r["memory_length"] > 0], spans, separator


def random_prefix(doc, spans, before: int, length: int, separator, rng) -> np.ndarray:
    """``length`` tokens: random whole sentences ending at or before token ``before``,
    in document order, the last one cut so the prefix is exactly ``length`` long."""
    body = length - len(separator)
    pool = np.flatnonzero(spans[:, 1] <= before)
    order = rng.permutation(pool)
    sizes = spans[order, 1] - spans[order, 0]
    take = int(np.searchsorted(np.cumsum(sizes), body)) + 1
    chosen = np.sort(order[:take])
    ids = np.concatenate([doc.token_ids[spans[i, 0] : spans[i, 1]] for i in chosen])
    if len(ids) < body:
        raise ValueError("not enough earlier text for a random prefix")
    return np.concatenate([ids[:body], np.asarray(separator)]).astype(np.int64)


def scored_losses(model, input_ids: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per-token loss (nats) of the scored tokens, in order."""
    import torch
    import torch.nn.functional as F

    ids = torch.as_tensor(input_ids, dtype=torch.long)[None]
    target = torch.as_tensor(labels, dtype=torch.long)[1:]
    with torch.inference_mode():
        logits = model(input_ids=ids).logits[0, :-1].float()
    keep = target != IGNORE_INDEX
    return F.cross_entropy(logits[keep], target[keep], reduction="none").numpy()


def paired(d: np.ndarray) -> dict:
    se = float(d.std(ddof=1) / np.sqrt(len(d))) if len(d) > 1 else float("nan")
    mean = float(d.mean())
    return {"mean": mean, "se": se, "ci95": [mean - 1.96 * se, mean + 1.96 * se]}


def run_language(lang, model, tokenizer, args) -> dict:
    files = sorted(glob.glob(os.path.join(DATA, LANGUAGES[lang])))
    rng = np.random.default_rng(args.seed)
    books = []
    for path in files:
        doc, rows, spans, separator = build_rows(path, tokenizer, args.window, args.memory_tokens)
        if rows:
            books.append((doc, rng.permutation(len(rows)).tolist(), rows, spans, separator))
    picked = []
    while len(picked) < args.per_language and any(order for _, order, *_ in books):
        for doc, order, rows, spans, separator in books:
            if order and len(picked) < args.per_language:
                picked.append((doc, rows[order.pop()], spans, separator))
    results = []
    for i, (doc, row, spans, separator) in enumerate(picked):
        m = row["memory_length"]
        ids, labels = row["input_ids"].astype(np.int64), row["labels"].astype(np.int64)
        prefix = random_prefix(doc, spans, row["token_start"], m, separator, rng)
        conditions = {
            "key": (ids, labels),
            "none": (ids[m:], labels[m:]),
            "random": (np.concatenate([prefix, ids[m:]]), labels),
        }
        losses = {name: scored_losses(model, *c) for name, c in conditions.items()}
        results.append(
            {
                "doc_id": doc.doc_id,
                "token_start": row["token_start"],
                "memory_length": m,
                "scored": len(losses["key"]),
                **{f"{k}_mean": float(v.mean()) for k, v in losses.items()},
                **{f"{k}_early": float(v[:EARLY].mean()) for k, v in losses.items()},
                **{f"{k}_sum": float(v.sum()) for k, v in losses.items()},
            }
        )
        print(
            f"  {lang} {i + 1}/{len(picked)} {doc.doc_id} @{row['token_start']}: "
            + " ".join(f"{k} {results[-1][k + '_mean']:.4f}" for k in conditions),
            file=sys.stderr,
            flush=True,
        )
    return summarize(results)


def summarize(results: list[dict]) -> dict:
    get = lambda key: np.asarray([r[key] for r in results])  # noqa: E731
    tokens = get("scored").sum()
    return {
        "windows": len(results),
        "books": len({r["doc_id"] for r in results}),
        "scored_tokens": int(tokens),
        "mean_memory_tokens": float(get("memory_length").mean()),
        "loss": {k: float(get(f"{k}_mean").mean()) for k in ("key", "none", "random")},
        "gain_vs_none": paired(get("none_mean") - get("key_mean")),
        "gain_vs_random": paired(get("random_mean") - get("key_mean")),
        "gain_vs_none_early": paired(get("none_early") - get("key_early")),
        "gain_vs_random_early": paired(get("random_early") - get("key_early")),
        "token_weighted_gain": {
            "vs_none": float((get("none_sum") - get("key_sum")).sum() / tokens),
            "vs_random": float((get("random_sum") - get("key_sum")).sum() / tokens),
        },
        "per_window": results,
    }


def report(summary: dict, args) -> None:
    print(
        f"\n### Memory prefix: window {args.window}, --memory-tokens {args.memory_tokens}, "
        f"seed {args.seed}, SmolLM2-135M\n"
    )
    print(
        "| language | windows (books) | scored tokens | mean prefix tokens | loss key | loss none "
        "| loss random | gain vs none (95% CI) | gain vs random (95% CI) "
        f"| gain vs none, first {EARLY} | gain vs random, first {EARLY} |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")

    def cell(g):
        return f"{g['mean']:+.4f} ± {g['se']:.4f} ({g['ci95'][0]:+.4f}, {g['ci95'][1]:+.4f})"

    for lang, s in summary.items():
        loss = s["loss"]
        print(
            f"| {lang} | {s['windows']} ({s['books']}) | {s['scored_tokens']} "
            f"| {s['mean_memory_tokens']:.1f} | {loss['key']:.4f} | {loss['none']:.4f} "
            f"| {loss['random']:.4f} | {cell(s['gain_vs_none'])} | {cell(s['gain_vs_random'])} "
            f"| {cell(s['gain_vs_none_early'])} | {cell(s['gain_vs_random_early'])} |"
        )
    print("\nGains in nats per scored token (mean over windows of the paired difference ± SE).")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=1024)
    parser.add_argument("--memory-tokens", type=int, default=128)
    parser.add_argument("--per-language", type=int, default=40, help="windows per language")
    parser.add_argument("--languages", default="en,zh")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", help="also write the summary (and every window) here")
    args = parser.parse_args(argv)
    if not os.path.isdir(DATA):
        print(f"real data not found at {DATA} (see ../shared/data/README.md)", file=sys.stderr)
        return 2
    import torch
    from transformers import AutoModelForCausalLM

    torch.set_num_threads(args.threads)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).eval()
    tokenizer = load_tokenizer(os.path.join(args.model, "tokenizer.json"))
    t0 = time.time()
    summary = {
        lang: run_language(lang, model, tokenizer, args) for lang in args.languages.split(",")
    }
    report(summary, args)
    print(f"\n{time.time() - t0:.0f} s; load average {os.getloadavg()[0]:.1f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"args": vars(args), "summary": summary}, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
