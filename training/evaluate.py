"""Long-context evaluation of a base model and its fine-tuned version, in one report.

    longctx eval --model BASE [--adapter RUN/adapter] [--merged DIR] --output EVAL
                 [--data DATASET | --text FILES...] [--lengths 1024,2048,4096]
                 [--passkey-lengths ...] [--depths 0,0.25,0.5,0.75,1] [--trials 2]
                 [--fillers repeat,en,zh] [--filler-text zh=FILE]

Per model (the base, then each adapter or merged model):

1. **Perplexity by context length** on held-out documents (a dataset's validation
   split, or text files): sliding windows, every token scored once
   (:mod:`training.perplexity`); every length scores the same tokens.
2. **Loss by position**: mean loss per left-context bucket over spans of the largest
   length; a model that uses distant context has a falling curve.
3. **Passkey retrieval**: lengths x depths x trials for each filler
   (:mod:`training.passkey`); every model answers the same prompts.

An adapter is evaluated with the RoPE scaling of the run that trained it
(``RUN/config.yaml``), a merged model with its own config, the base as shipped
(unless ``--rope-type``). Lengths beyond a model's positions are evaluated and
flagged ``beyond_context``. Outputs: ``EVAL/report.json`` (every number and every
passkey answer), ``EVAL/report.md`` (tables), ``EVAL/ppl.png``, ``EVAL/passkey.png``.

Cost on CPU (2 cores, SmolLM2-135M, float32): one forward of 1024 tokens ~2.6 s,
4096 ~13 s, 8192 ~37 s; memory stays ~1.5 GB (SDPA, logits in chunks).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass

import torch

from schemas.errors import UserError, run_main, user_input
from training.config import RopeSettings
from training.passkey import (
    DEPTHS,
    KEY_RANGE,
    Encoder,
    build_prompt,
    load_filler,
    plan_trials,
    run_trial,
    summarize,
)
from training.perplexity import (
    HeldOutError,
    TokenLosses,
    dataset_documents,
    loss_by_position,
    perplexity_at_length,
    position_edges,
    position_spans,
    select_documents,
    sliding_windows,
    text_documents,
    truncate,
)


@dataclass(frozen=True)
class ModelSpec:
    name: str
    path: str
    adapter: str | None
    rope: RopeSettings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="longctx eval",
        description="Perplexity by context length, loss by position and passkey retrieval, "
        "for a base model and its fine-tuned versions.",
    )
    parser.add_argument("--model", required=True, help="base model: local HF causal-LM folder")
    parser.add_argument(
        "--adapter", action="append", default=[], help="peft adapter folder (RUN/adapter)"
    )
    parser.add_argument("--merged", action="append", default=[], help="merged model folder")
    parser.add_argument("--no-base", action="store_true", help="skip the base model")
    parser.add_argument("--output", required=True, help="report folder")
    parser.add_argument("--tokenizer", help="tokenizer.json (default: MODEL/tokenizer.json)")
    held = parser.add_mutually_exclusive_group()
    held.add_argument("--data", help="longctx dataset: perplexity on its validation split")
    held.add_argument("--text", nargs="+", help="text/JSONL/Parquet files or globs instead")
    parser.add_argument("--text-field", default="text", help="JSONL/Parquet text field")
    parser.add_argument("--lengths", default="1024,2048,4096", help="context lengths; '' skips")
    parser.add_argument("--stride", type=int, default=0, help="window stride (0: length / 2)")
    parser.add_argument(
        "--doc-tokens", type=int, default=0, help="tokens per document (0: the largest length)"
    )
    parser.add_argument("--max-docs", type=int, default=4, help="held-out documents (0: all)")
    parser.add_argument(
        "--position-spans",
        type=int,
        default=8,
        help="spans of the largest length for loss by position, spread over the documents "
        "(0: every span of every document)",
    )
    parser.add_argument("--passkey-lengths", help="default: --lengths; '' skips passkey")
    parser.add_argument("--depths", default=",".join(str(d) for d in DEPTHS))
    parser.add_argument("--trials", type=int, default=2, help="prompts per cell")
    parser.add_argument("--fillers", default="repeat,en,zh")
    parser.add_argument(
        "--filler-text",
        action="append",
        default=[],
        metavar="NAME=FILE",
        help="use FILE as filler NAME (e.g. en=book.txt, zh=novel.txt); a new NAME is added "
        "to --fillers, its language taken from the text",
    )
    parser.add_argument("--rope-type", choices=["linear", "dynamic", "yarn"])
    parser.add_argument("--rope-factor", type=float, help="RoPE factor for --rope-type")
    parser.add_argument("--loss-chunk-tokens", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    if args.rope_type and not args.rope_factor:
        parser.error("--rope-type needs --rope-factor (e.g. 2.0)")
    args.lengths = _ints(args.lengths)
    args.passkey_lengths = (
        args.lengths if args.passkey_lengths is None else _ints(args.passkey_lengths)
    )
    args.depths = [float(d) for d in args.depths.split(",") if d.strip()]
    if any(not 0.0 <= d <= 1.0 for d in args.depths):
        parser.error(f"--depths {args.depths}: each depth must be between 0 and 1")
    args.fillers = [f.strip() for f in args.fillers.split(",") if f.strip()]
    if any("=" not in item for item in args.filler_text):
        parser.error("--filler-text takes NAME=FILE, e.g. --filler-text zh=novel.txt")
    args.filler_text = dict(item.split("=", 1) for item in args.filler_text)
    args.fillers += [name for name in args.filler_text if name not in args.fillers]
    return args


def _ints(text: str) -> list[int]:
    return sorted({int(x) for x in text.split(",") if x.strip()}) if text else []


def run_rope(adapter: str) -> RopeSettings:
    """The RoPE settings of the run an adapter came from (``RUN/config.yaml``)."""
    import yaml

    path = os.path.join(os.path.dirname(os.path.abspath(adapter.rstrip("/"))), "config.yaml")
    if not os.path.exists(path):
        return RopeSettings()
    with open(path, encoding="utf-8") as f:
        return RopeSettings(**(yaml.safe_load(f).get("rope") or {}))


def model_specs(args) -> list[ModelSpec]:
    rope = RopeSettings(type=args.rope_type, factor=args.rope_factor) if args.rope_type else None
    specs = [] if args.no_base else [ModelSpec("base", args.model, None, rope or RopeSettings())]
    for adapter in args.adapter:
        run = os.path.basename(os.path.dirname(os.path.abspath(adapter.rstrip("/"))))
        specs.append(ModelSpec(f"adapter:{run}", args.model, adapter, run_rope(adapter)))
    for merged in args.merged:
        name = os.path.basename(os.path.abspath(merged.rstrip("/")))
        specs.append(ModelSpec(f"merged:{name}", merged, None, rope or RopeSettings()))
    if not specs:
        raise UserError("nothing to evaluate: --no-base needs --adapter or --merged")
    for spec in specs:
        for path in (spec.path, spec.adapter):
            if path and not os.path.isdir(path):
                raise UserError(f"{spec.name}: folder {path!r} not found")
    return specs


def load_for_eval(spec: ModelSpec, device):
    """The model in eval mode, RoPE scaled; returns ``(model, usable context)``."""
    from training.modeling import load_model

    model, context = load_model(spec.path, spec.rope)
    model.config.use_cache = False
    if spec.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, spec.adapter)
    return model.to(device).eval(), context


def load_tokenizer_for(args):
    from tokenizers import Tokenizer

    path = args.tokenizer or os.path.join(args.model, "tokenizer.json")
    if not os.path.exists(path):
        raise UserError(
            f"no tokenizer at {path!r}: pass --tokenizer path/to/tokenizer.json "
            "(the model's own, used for passkey prompts and --text)"
        )
    with open(path, "rb") as f:
        data = f.read()
    return Tokenizer.from_str(data.decode("utf-8")), path, hashlib.sha256(data).hexdigest()


def held_out_documents(args, tokenizer, tokenizer_sha256: str):
    if args.data:
        from schemas.dataset import load_manifest

        built_with = load_manifest(args.data).tokenizer
        if built_with.sha256 and built_with.sha256 != tokenizer_sha256:
            raise HeldOutError(
                f"{args.data!r} was tokenized with {built_with.path!r}, not the "
                "model's tokenizer; evaluate raw text with --text FILES instead, or pass "
                "--tokenizer with the dataset's tokenizer if the model uses it"
            )
        docs = dataset_documents(args.data)
    else:
        docs = text_documents(args.text, tokenizer, args.text_field)
    doc_tokens = args.doc_tokens or max(args.lengths)
    if doc_tokens < max(args.lengths):
        raise UserError(f"--doc-tokens {doc_tokens} is below the largest length")
    return select_documents(docs, doc_tokens, args.max_docs), len(docs), doc_tokens


def stride_for(args, length: int) -> int:
    return min(args.stride, length - 1) if args.stride else max(1, length // 2)


def forward_tokens(args, docs, trials) -> int:
    """Tokens one model forwards: the progress bar's total (shared spans once)."""
    spans = set()
    for doc in truncate(docs, args.doc_tokens):
        for length in args.lengths:
            for w in sliding_windows(len(doc.token_ids), length, stride_for(args, length)):
                spans.add((doc.doc_id, w.begin, w.end))
    longest = max(args.lengths, default=0)
    for doc, begin in position_spans(docs, longest, args.position_spans):
        spans.add((doc.doc_id, begin, begin + longest))
    return sum(e - b for _, b, e in spans) + sum(t.length for t in trials)


def evaluate_model(spec, args, docs, fillers, trials, encode, device, autocast, bar) -> dict:
    model, context = load_for_eval(spec, device)
    result = {**asdict(spec), "rope": asdict(spec.rope), "context": context}
    if docs:
        losses = TokenLosses(model, device, autocast, args.loss_chunk_tokens, on_forward=bar.update)
        result["perplexity"] = []
        for length in args.lengths:
            bar.set_postfix_str(f"{spec.name} perplexity @ {length}")
            row = perplexity_at_length(
                losses, truncate(docs, args.doc_tokens), length, stride_for(args, length)
            )
            result["perplexity"].append({**row, "beyond_context": length > context})
        longest = max(args.lengths)
        bar.set_postfix_str(f"{spec.name} loss by position @ {longest}")
        result["loss_by_position"] = loss_by_position(
            losses, docs, longest, position_edges(longest), args.position_spans
        )
    if trials:
        answers = []
        for trial in trials:
            bar.set_postfix_str(f"{spec.name} passkey {trial.filler} @ {trial.length}")
            answers.append(run_trial(model, encode, fillers[trial.filler], trial, device, autocast))
            bar.update(trial.length)
        summary = summarize(answers)
        for cell in summary:
            cell["beyond_context"] = cell["length"] > context
        result["passkey"] = {"summary": summary, "trials": answers}
    del model
    gc.collect()
    return result


def main(argv: list[str] | None = None) -> int:
    """``longctx eval``: exit 2 with one line on a ``UserError`` (bad flags, files or
    lengths, found before any model is loaded), 1 with a traceback on anything else."""
    args = parse_args(argv)
    return run_main("longctx eval", lambda: _main(args))


def _main(args) -> int:
    from tqdm.auto import tqdm

    from training.modeling import autocast_for
    from training.plots import plot_passkey, plot_perplexity
    from training.report import write_markdown
    from transforms.runtime import bound_heap_retention

    bound_heap_retention()
    started = time.time()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    autocast = autocast_for("auto", device)
    # Everything up to loading a model checks the user's flags and files: a ValueError
    # here (a length too short, an unknown filler, a bad depth) is the user's to fix.
    with user_input():
        specs = model_specs(args)
        tokenizer, tokenizer_path, tokenizer_sha = load_tokenizer_for(args)
        encode = Encoder(tokenizer)

        docs, candidates = [], 0
        if args.lengths and (args.data or args.text):
            docs, candidates, args.doc_tokens = held_out_documents(args, tokenizer, tokenizer_sha)
        fillers = {name: load_filler(name, args.filler_text.get(name)) for name in args.fillers}
        trials = plan_trials(
            list(fillers.values()), args.passkey_lengths, args.depths, args.trials, args.seed
        )
        for filler in fillers.values():  # fail before loading a model if a length is too short
            for length in args.passkey_lengths:
                build_prompt(encode, filler, length, KEY_RANGE[1], 0.5)
    os.makedirs(args.output, exist_ok=True)

    spans = position_spans(docs, max(args.lengths), args.position_spans) if docs else []
    total = forward_tokens(args, docs, trials) * len(specs)
    with tqdm(
        total=total, unit="tok", unit_scale=True, desc="longctx eval", disable=args.no_progress
    ) as bar:
        models = [
            evaluate_model(spec, args, docs, fillers, trials, encode, device, autocast, bar)
            for spec in specs
        ]
    report = {
        "settings": {
            "lengths": args.lengths,
            "strides": {str(n): stride_for(args, n) for n in args.lengths},
            "held_out": {
                "source": args.data or args.text,
                "documents": [d.doc_id for d in docs],
                "candidates": candidates,
                "tokens_per_document": args.doc_tokens if docs else 0,
                "position_spans": len(spans),
            },
            "passkey": {
                "lengths": args.passkey_lengths,
                "depths": args.depths,
                "trials": args.trials,
                "fillers": {
                    name: {"language": f.language, "sentences": len(f.sentences)}
                    for name, f in fillers.items()
                },
                "seed": args.seed,
            },
            "tokenizer": tokenizer_path,
            "device": str(device)
            + (f" ({torch.cuda.get_device_name()})" if device.type == "cuda" else ""),
            "seconds": round(time.time() - started, 1),
        },
        "models": models,
    }
    with open(os.path.join(args.output, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
    write_markdown(report, os.path.join(args.output, "report.md"))
    if docs:
        plot_perplexity(report, os.path.join(args.output, "ppl.png"))
    if trials:
        plot_passkey(report, os.path.join(args.output, "passkey.png"))
    print(open(os.path.join(args.output, "report.md"), encoding="utf-8").read())
    return 0


if __name__ == "__main__":
    sys.exit(main())
