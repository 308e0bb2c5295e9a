"""Does the memory prefix (``--memory-tokens``, key sentences or retrieved) help the model?

    .venv/bin/python bench/memory_prefix.py                       # key; ~15 min idle, 2 cores
    .venv/bin/python bench/memory_prefix.py --memory-source retrieved --also key \
        --window 512 --per-language 12 --languages en --json /tmp/en.json   # docs/QUALITY.md
    .venv/bin/python bench/memory_prefix.py --report /tmp/en.json /tmp/zh.json  # pooled tables
    .venv/bin/python bench/memory_prefix.py --per-language 4 --window 512     # smoke run
    .venv/bin/python bench/memory_prefix.py --chunk-cost      # builder time, key vs retrieved
    .venv/bin/python bench/memory_prefix.py ... --json /tmp/en.json --resume  # go on after a cut

On a loaded machine ``--threads 1`` is faster than 2 (the threads wait on each
other); run one process per language side by side and pool them with ``--report``.

Rows are built exactly as ``longctx dataset --windows W --memory-tokens M
--memory-source S`` builds them (normalize -> structure -> tokenize -> chunk, the
pure functions of the pipeline) from the books in ``../shared/data``
(``en_gutenberg`` for English, ``zh_classics`` for Chinese), with SmolLM2's
tokenizer. From the rows that carry a memory prefix (the anchored last window of a
book excluded: its memory follows other rules), ``--per-language`` are drawn with a
fixed seed, round robin over the books. Each is scored by SmolLM2-135M
(``defaults/smollm2-135m``, float32, CPU), always on the same scored tokens (the
row's labels), with these prefixes before the same window tokens:

* ``key`` or ``retrieved`` (``--memory-source``): the row as built;
* ``none``: the window alone (memory prefix dropped);
* ``random``: a prefix of exactly the same token length made of randomly drawn
  whole sentences that end before the window (in document order, the last one
  cut to fit; whole characters only: clause random_prefix_whole_characters) + the
  same separator;
* ``--also``: other sources' prefixes for the same window start and budget
  (``key``, ``key-recent``: the key sentences closest before the window instead of
  the highest-scored ones, ``retrieved-sentence``, ``retrieved-paragraph``,
  ``preceding``; bench/memory_prefix_sources.py); their length is their
  own, so the window keeps its tokens and the row may exceed W by a little. Each
  gets its own control ``random-<source>``: random earlier sentences cut to its
  length, so every prefix is compared with random text of exactly its length;
  ``preceding-same`` (the text right before the window) and ``key-preceding`` (key
  sentences + that text) are built to the row's own prefix length and share its
  ``random``; ``far-keys-preceding`` (key sentences from before the M tokens right
  before the window, then those tokens) and ``preceding-double`` (the plain text of
  the same ~2M length) have no random control and are compared with each other.

``--skip`` leaves conditions unscored (an earlier run of the same windows and seed
scored them: the draws do not change); ``--book-glob`` scores other UTF-8 books.

The model never saw these books in our training (it was pretrained by others, so
it may have seen Gutenberg). Per window we take the mean loss (nats/token) over its
scored tokens; for every prefix we report the mean over windows of the paired
differences ``none - prefix`` and ``random - prefix`` (and ``--also`` source minus
built source; positive = the prefix helps), their paired standard error and a 95%
interval (mean +- 1.96 SE), the same over only the first 128 scored tokens of each
window (where the window itself offers the least context), and the token-weighted
means.
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
from transforms.chunking import MEMORY_SOURCES, ChunkConfig, chunk_document  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.retrieval import RetrievalConfig  # noqa: E402
from transforms.structure import analyze_document  # noqa: E402
from transforms.token_structure import char_to_token_ends, char_to_token_starts  # noqa: E402
from transforms.tokenize import eos_token_id, load_tokenizer, tokenize_documents  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from memory_prefix_sources import (  # noqa: E402
    ALSO,
    NO_CONTROL,
    PAIRS,
    SAME_LENGTH,
    char_bounds,
    other_prefixes,
)

DATA = os.path.join(REPO, "..", "shared", "data")
MODEL = os.path.join(REPO, "defaults", "smollm2-135m")
LANGUAGES = {"en": "en_gutenberg/*.txt", "zh": "zh_classics/*.txt"}
EARLY = 128  # "first scored tokens" breakdown


def token_spans(doc, char_spans) -> np.ndarray:
    """Token spans ``(n, 2)`` of character spans, mapped the way the builder maps them."""
    spans = np.asarray(char_spans, dtype=np.int64).reshape(-1, 2)
    return np.stack(
        [
            char_to_token_starts(doc.token_offsets, spans[:, 0]),
            np.minimum(char_to_token_ends(doc.token_offsets, spans[:, 1]), len(doc.token_ids)),
        ],
        axis=1,
    )


def build_rows(path: str, tokenizer, args):
    """(tokenized document, its chunk config, rows with a memory prefix, sentence
    token spans); the anchored last window is left out."""
    with open(path, encoding="utf-8") as f:
        text = normalize_text(f.read())
    doc_id = os.path.basename(path)
    structured = analyze_document(Document(doc_id, path, text, "validation"))
    doc = tokenize_documents([structured], tokenizer)[0]
    config = ChunkConfig(
        windows=(args.window,),
        memory_tokens=args.memory_tokens,
        eos_id=eos_token_id(tokenizer),
        memory_separator_ids=tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids),
        memory_source=args.memory_source,
        retrieval=RetrievalConfig(unit=args.retrieval_unit),
    )
    rows, _ = chunk_document(doc, args.window, config)
    n = len(doc.token_ids)
    rows = [r for r in rows if r["memory_length"] > 0 and r["token_end"] < n]
    spans = token_spans(doc, structured.structure.sentences)
    return doc, config, rows, spans[spans[:, 1] > spans[:, 0]]


def random_prefix(doc, spans, before: int, length: int, separator, rng) -> np.ndarray:
    """``length`` tokens: random whole sentences ending at or before token ``before``,
    in document order, the last one cut so the prefix is exactly ``length`` long.
    Clause random_prefix_whole_characters: every sentence and the cut begin and end
    between two characters (a sentence's partial first/last character dropped), so
    the prefix decodes as well-formed text like the key prefix it controls for; the
    tokens a cut on a character leaves short are filled with the first whole
    characters of the next sentences (the next chosen in document order, then the
    next drawn), placed in document order among the others."""
    if length == 0:  # the source found nothing: so does its control
        return np.zeros(0, np.int64)
    body = length - len(separator)
    nxt, prev = char_bounds(np.asarray(doc.token_offsets).reshape(-1, 2))
    pool = np.flatnonzero(spans[:, 1] <= before)
    order = rng.permutation(pool)
    sizes = spans[order, 1] - spans[order, 0]
    take = int(np.searchsorted(np.cumsum(sizes), body)) + 1
    need, pieces = body, []
    for group in (np.sort(order[:take]), order[take:]):
        for i in group:
            if need == 0:
                break
            start, end = int(nxt[spans[i, 0]]), int(prev[spans[i, 1]])
            if end - start > need:
                end = int(prev[start + need])
            if end > start:
                pieces.append((start, end))
                need -= end - start
    if need:
        raise ValueError("not enough earlier text for a random prefix")
    ids = np.concatenate([np.zeros(0, np.int64)] + [doc.token_ids[s:e] for s, e in sorted(pieces)])
    return np.concatenate([ids, np.asarray(separator)]).astype(np.int64)


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


def run_language(lang, model, tokenizer, args, save=lambda summary: None, done=()) -> dict:
    """Score ``--per-language`` windows; ``save(summary)`` after each one, so a run
    stopped early keeps what it finished. ``done``: the windows an earlier run of the
    same settings finished (``--resume``), in order: kept, not scored again; the random
    prefixes are still drawn for them, so every later window gets the draws it would get
    in one uninterrupted run."""
    pattern = getattr(args, "book_glob", None) or os.path.join(DATA, LANGUAGES[lang])
    files = sorted(glob.glob(pattern))[: args.books or None]
    rng = np.random.default_rng(args.seed)
    books = []
    for path in files:
        t0 = time.time()
        doc, config, rows, spans = build_rows(path, tokenizer, args)
        print(
            f"  {lang} {doc.doc_id}: {len(rows)} rows in {time.time() - t0:.1f} s", file=sys.stderr
        )
        if rows:
            books.append([doc, config, rng.permutation(len(rows)).tolist(), rows, spans])
    picked = []
    while len(picked) < args.per_language and any(order for _, _, order, *_ in books):
        for book in books:
            if book[2] and len(picked) < args.per_language:
                picked.append((book, book[3][book[2].pop()]))
    others = {}
    results = []
    for i, ((doc, config, _, _, spans), row) in enumerate(picked):
        if doc.doc_id not in others:
            general = [f for f in files if os.path.basename(f) != doc.doc_id]
            others = {doc.doc_id: other_prefixes(doc, config, args.also, general=general)}
        m = row["memory_length"]
        ids, labels = row["input_ids"].astype(np.int64), row["labels"].astype(np.int64)
        separator = config.memory_separator_ids
        prefix = random_prefix(doc, spans, row["token_start"], m, separator, rng)
        conditions = {
            args.memory_source: (ids, labels),
            "none": (ids[m:], labels[m:]),
            "random": (np.concatenate([prefix, ids[m:]]), labels),
        }
        lengths = {args.memory_source: m, "random": m}
        for name, make in others[doc.doc_id].items():
            other = make(row)
            pairs = [(name, other)]
            if name not in NO_CONTROL:  # same length: the row's `random`; double: none
                # Its own same-length random control: the sources' lengths differ.
                control = random_prefix(doc, spans, row["token_start"], len(other), separator, rng)
                pairs.append((f"random-{name}", control))
            for cond, prefix_ids in pairs:
                lengths[cond] = len(prefix_ids)
                pad = np.full(len(prefix_ids), IGNORE_INDEX, dtype=np.int64)
                conditions[cond] = (
                    np.concatenate([prefix_ids, ids[m:]]),
                    np.concatenate([pad, labels[m:]]),
                )
        if i < len(done):
            if (done[i]["doc_id"], done[i]["token_start"]) != (doc.doc_id, row["token_start"]):
                raise SystemExit(f"--resume: window {i + 1} differs from the saved run's")
            results.append(done[i])
            save(summarize(results, args.memory_source, args.also))
            continue
        conditions = {k: c for k, c in conditions.items() if k not in getattr(args, "skip", ())}
        losses = {name: scored_losses(model, *c) for name, c in conditions.items()}
        results.append(
            {
                "doc_id": doc.doc_id,
                "token_start": row["token_start"],
                "memory_length": m,
                "prefix_lengths": lengths,
                "scored": int((labels[m + 1 :] != IGNORE_INDEX).sum()),  # as in `none`
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
        save(summarize(results, args.memory_source, args.also))
    return summarize(results, args.memory_source, args.also)


def summarize(results: list[dict], source: str, also: list[str]) -> dict:
    """Paired gains of every prefix: vs ``none``, vs its own same-length ``random``
    control, and (``--also`` sources) the built source vs it."""
    get = lambda key: np.asarray([r[key] for r in results])  # noqa: E731
    tokens = get("scored").sum()
    controls = {source: "random", **{a: own_control(a) for a in also}}
    conditions = [source, "none", "random", *(k for a in also for k in (a, own_control(a)))]
    conditions = [k for k in dict.fromkeys(conditions) if f"{k}_mean" in results[0]]
    comparisons = [(p, "none") for p in controls] + list(controls.items())
    comparisons += [(source, a) for a in also]
    comparisons += [(a, b) for a, b in PAIRS if {a, b} <= set(also)]
    comparisons = [c for c in comparisons if set(c) <= set(conditions)]
    out = {
        "source": source,
        "windows": len(results),
        "books": len({r["doc_id"] for r in results}),
        "scored_tokens": int(tokens),
        "mean_prefix_tokens": {
            k: float(np.mean([r["prefix_lengths"][k] for r in results]))
            for k in conditions
            if k != "none"
        },
        "loss": {k: float(get(f"{k}_mean").mean()) for k in conditions},
        "gains": {},
    }
    for prefix, other in comparisons:  # positive: `prefix` lowers the loss vs `other`
        out["gains"][f"{prefix} vs {other}"] = {
            "all": paired(get(f"{other}_mean") - get(f"{prefix}_mean")),
            "early": paired(get(f"{other}_early") - get(f"{prefix}_early")),
            "token_weighted": float((get(f"{other}_sum") - get(f"{prefix}_sum")).sum() / tokens),
        }
    out["per_window"] = results
    return out


def own_control(name: str) -> str:
    return "random" if name in SAME_LENGTH else f"random-{name}"


def report(summary: dict, args) -> None:
    """Markdown: mean loss per condition, then every paired gain with SE and 95% CI."""
    first = next(iter(summary.values()))
    print(
        f"\n### Memory prefix (rows built with {first['source']}): window {args.window}, "
        f"--memory-tokens {args.memory_tokens}, seed {args.seed}, SmolLM2-135M\n"
    )
    print("| language | windows (books) | scored tokens | condition | mean prefix tokens | loss |")
    print("|---|---|---:|---|---:|---:|")
    for lang, s in summary.items():
        for k, loss in s["loss"].items():
            print(
                f"| {lang} | {s['windows']} ({s['books']}) | {s['scored_tokens']} | {k} "
                f"| {s['mean_prefix_tokens'].get(k, 0):.1f} | {loss:.4f} |"
            )

    def cell(g):
        lo, hi = g["ci95"]
        return f"{g['mean']:+.4f} ± {g['se']:.4f} [{lo:+.4f}, {hi:+.4f}]"

    print(
        f"\n| language | gain of | vs | all scored tokens: mean ± SE [95% CI] "
        f"| first {EARLY} scored tokens | token-weighted |\n|---|---|---|---:|---:|---:|"
    )
    for lang, s in summary.items():
        for name, g in s["gains"].items():
            prefix, other = name.split(" vs ")
            print(
                f"| {lang} | {prefix} | {other} | {cell(g['all'])} | {cell(g['early'])} "
                f"| {g['token_weighted']:+.4f} |"
            )
    print(
        "\nGains in nats per scored token, mean over windows of the paired difference "
        "loss(vs) - loss(gain of); positive: the prefix lowers the loss. `random-X`: "
        "random earlier sentences cut to X's length."
    )


def report_saved(paths: list[str]) -> int:
    """Print the tables of saved runs: each language's windows pooled over the files,
    which must share the settings that change a window's numbers."""
    same = RESUME_SAME
    windows, settings, seeds = {}, None, []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            saved = json.load(f)
        these = {k: saved["args"].get(k) or None for k in same}
        if settings not in (None, these):
            print(f"{path}: settings {these} differ from {settings}", file=sys.stderr)
            return 2
        settings = these
        seeds.append(str(saved["args"]["seed"]))
        for lang, s in saved["summary"].items():
            windows.setdefault(lang, []).extend(s["per_window"])
    args = argparse.Namespace(**saved["args"])
    summary = {
        lang: summarize(rows, args.memory_source, args.also) for lang, rows in windows.items()
    }
    args.seed = ", ".join(dict.fromkeys(seeds))
    report(summary, args)
    return 0


# What fixes a window's numbers: a resumed run must share them with the saved one.
RESUME_SAME = (
    "window",
    "memory_tokens",
    "memory_source",
    "retrieval_unit",
    "also",
    "model",
    "book_glob",
    "skip",
)


def saved_summaries(args) -> dict:
    """``--resume``: language -> the summary ``--json`` holds (its windows in
    ``per_window``), when written with the same settings, seed and books; else nothing."""
    if not args.json or not os.path.exists(args.json):
        return {}
    with open(args.json, encoding="utf-8") as f:
        saved = json.load(f)
    keys = (*RESUME_SAME, "seed", "books")
    # Settings added later (book_glob, skip) read as unset ("or None") in older files.
    if any((saved["args"].get(k) or None) != (getattr(args, k, None) or None) for k in keys):
        raise SystemExit(f"--resume: {args.json} was written with other settings")
    return saved["summary"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=1024)
    parser.add_argument("--memory-tokens", type=int, default=128)
    parser.add_argument("--memory-source", choices=MEMORY_SOURCES, default="key")
    parser.add_argument(
        "--retrieval-unit", choices=("sentence", "paragraph"), default=RetrievalConfig().unit
    )
    parser.add_argument(
        "--also",
        default="",
        help=f"other prefixes to score on the same windows, comma-separated: {', '.join(ALSO)}",
    )
    parser.add_argument("--per-language", type=int, default=40, help="windows per language")
    parser.add_argument("--languages", default="en,zh")
    parser.add_argument("--books", type=int, default=0, help="first N books per language (0: all)")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument(
        "--book-glob", help="score these UTF-8 books instead of the language's shared ones"
    )
    parser.add_argument(
        "--skip",
        default="",
        help="conditions not scored (e.g. none,random: scored by an earlier run of the "
        "same windows; the draws stay the same)",
    )
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", help="also write the summary (and every window) here")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="keep the windows an earlier run with the same settings saved in --json "
        "and score only the rest (a run cut by a timeout goes on where it stopped)",
    )
    parser.add_argument(
        "--chunk-cost", action="store_true", help="only time chunking, key vs retrieved"
    )
    parser.add_argument(
        "--report",
        nargs="+",
        metavar="JSON",
        help="only print the tables of earlier --json runs (same settings; the windows "
        "of one language in several files are pooled)",
    )
    args = parser.parse_args(argv)
    if args.report:
        return report_saved(args.report)
    args.also = [a for a in args.also.split(",") if a]
    args.skip = [a for a in args.skip.split(",") if a]
    unknown = sorted(set(args.also) - set(ALSO))
    if unknown:
        parser.error(f"--also {unknown}: choose from {', '.join(ALSO)}")
    if not os.path.isdir(DATA):
        print(f"real data not found at {DATA} (see ../shared/data/README.md)", file=sys.stderr)
        return 2
    if args.chunk_cost:
        from memory_prefix_cost import chunk_cost

        return chunk_cost(args)
    import torch
    from transformers import AutoModelForCausalLM

    torch.set_num_threads(args.threads)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).eval()
    tokenizer = load_tokenizer(os.path.join(args.model, "tokenizer.json"))
    t0 = time.time()
    summary = {}

    def save(lang, partial):
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                runs = {**previous, **summary, lang: partial}
                json.dump({"args": vars(args), "summary": runs}, f, indent=1)

    previous = saved_summaries(args) if args.resume else {}
    for lang in args.languages.split(","):
        summary[lang] = run_language(
            lang,
            model,
            tokenizer,
            args,
            lambda partial, lang=lang: save(lang, partial),
            previous.get(lang, {}).get("per_window", []),
        )
    report(summary, args)
    print(f"\n{time.time() - t0:.0f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
