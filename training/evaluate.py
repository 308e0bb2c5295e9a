"""Evaluation: perplexity by context length, and passkey retrieval.

    longctx eval --model PATH [--adapter RUN/adapter] --data DIR
                 [--windows 512,1024] [--max-rows 32] [--passkey-lengths 256,512,1024]
                 [--passkey-trials 5] [--output RESULT.json]

* **Perplexity by context length**: for each window bucket of the validation split,
  ``exp(sum of token losses / scored tokens)`` over its first ``--max-rows`` rows
  (packed rows keep their block-diagonal mask, so pieces do not see each other).
  Cost: one forward per row, ``O(window)`` memory with the chunked loss.
* **Passkey retrieval** (Mohtashami & Jaggi 2023): a 5-digit key hidden at a random
  depth in repeated filler text of the given total length; greedy decoding must
  reproduce it. Accuracy per length over ``--passkey-trials`` prompts (seeded).

With ``--adapter RUN/adapter`` the RoPE scaling the run trained with (from
``RUN/config.yaml``) is applied to the base model before the adapter is loaded.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys

import torch

from training.config import RopeSettings

PASSKEY_INTRO = (
    "There is an important info hidden inside a lot of irrelevant text. "
    "Find it and memorize it. I will quiz you about the important information there.\n"
)
PASSKEY_FILLER = (
    "The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again. "
)
PASSKEY_NEEDLE = "The pass key is {key}. Remember it. {key} is the pass key. "
PASSKEY_QUESTION = "\nWhat is the pass key? The pass key is"


@torch.no_grad()
def validation_loss(
    loss_module,
    bucket,
    max_rows: int,
    micro_batch_size: int,
    pad_id: int,
    device,
    autocast,
    rank: int = 0,
    world: int = 1,
) -> float:
    """Mean loss per scored token over the bucket's first ``max_rows`` rows (ranks split them)."""
    from training.data import collate_rows, micro_batches

    module = getattr(loss_module, "module", loss_module)  # no DDP collectives in eval
    rows = list(range(min(max_rows, len(bucket))))[rank::world]
    was_training = module.training
    module.eval()
    totals = torch.zeros(2, dtype=torch.float64, device=device)
    for mb in micro_batches(rows, micro_batch_size):
        batch = collate_rows(bucket.take(mb), pad_id)
        with autocast():
            loss_sum, n = module(
                **{k: batch[k].to(device) for k in ("input_ids", "labels", "position_ids")}
            )
        totals += torch.tensor([float(loss_sum), n], dtype=torch.float64, device=device)
    if world > 1:
        torch.distributed.all_reduce(totals)
    module.train(was_training)
    return float(totals[0] / totals[1]) if totals[1] else float("nan")


def passkey_prompt(tokenizer, length: int, key: str, depth: float) -> list[int]:
    """Token ids of a passkey prompt of exactly ``length`` tokens (filler truncated)."""
    intro = tokenizer.encode(PASSKEY_INTRO).ids
    needle = tokenizer.encode(PASSKEY_NEEDLE.format(key=key)).ids
    question = tokenizer.encode(PASSKEY_QUESTION).ids
    room = length - len(intro) - len(needle) - len(question)
    if room < 0:
        raise ValueError(f"passkey length {length} is shorter than the prompt without filler")
    unit = tokenizer.encode(PASSKEY_FILLER).ids
    filler = (unit * (room // len(unit) + 1))[:room]
    cut = int(room * depth)
    return intro + filler[:cut] + needle + filler[cut:] + question


@torch.no_grad()
def passkey_accuracy(
    model, tokenizer, length: int, trials: int, seed: int = 0, device="cpu"
) -> float:
    """Share of ``trials`` prompts whose greedy continuation contains the key."""
    rng = random.Random(f"{seed}-{length}")
    model.eval()
    hits = 0
    for _ in range(trials):
        key = str(rng.randint(10000, 99999))
        ids = torch.tensor([passkey_prompt(tokenizer, length, key, rng.random())], device=device)
        out = model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=len(tokenizer.encode(" " + key).ids) + 2,
            do_sample=False,
            pad_token_id=0,
        )
        hits += key in tokenizer.decode(out[0, ids.shape[1] :].tolist())
    return hits / trials


def perplexity_by_window(
    loss_module, data_dir: str, windows, max_rows: int, device, pad_id: int
) -> dict[int, dict]:
    import contextlib

    from training.data import available_windows, load_manifest, open_bucket

    manifest = load_manifest(data_dir)
    results = {}
    for window in windows or available_windows(manifest, "validation"):
        bucket = open_bucket(data_dir, manifest, "validation", window)
        loss = validation_loss(
            loss_module, bucket, max_rows, 1, pad_id, device, contextlib.nullcontext
        )
        rows = min(max_rows, len(bucket))
        results[window] = {
            "loss": loss,
            "perplexity": math.exp(loss) if loss == loss else None,
            "rows": rows,
        }
    return results


def _run_rope(adapter: str | None) -> RopeSettings:
    """The RoPE settings of the run an adapter came from (``RUN/config.yaml``)."""
    import yaml

    if adapter:
        path = os.path.join(os.path.dirname(os.path.abspath(adapter.rstrip("/"))), "config.yaml")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return RopeSettings(**(yaml.safe_load(f).get("rope") or {}))
    return RopeSettings()


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()] if text else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="longctx eval", description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="local Hugging Face causal-LM folder")
    parser.add_argument("--adapter", help="peft adapter folder (RUN/adapter)")
    parser.add_argument("--data", help="dataset folder: perplexity on its validation split")
    parser.add_argument(
        "--windows", default="", help="validation buckets, e.g. 512,1024 (default: all)"
    )
    parser.add_argument("--max-rows", type=int, default=32, help="validation rows per bucket")
    parser.add_argument(
        "--tokenizer", help="tokenizer.json for passkey prompts (default: the model's)"
    )
    parser.add_argument("--passkey-lengths", default="256,512,1024", help="'' disables passkey")
    parser.add_argument("--passkey-trials", type=int, default=5)
    parser.add_argument("--loss-chunk-tokens", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", help="also write the results as JSON here")
    args = parser.parse_args(argv)

    from tokenizers import Tokenizer

    from training.modeling import CausalLMLoss, check_context, load_model

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    rope = _run_rope(args.adapter)
    model, context = load_model(args.model, rope)
    model.config.use_cache = False
    if args.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, args.adapter)
    model.to(device).eval()
    result = {"model": args.model, "adapter": args.adapter, "rope": vars(rope), "context": context}
    if args.data:
        from training.data import load_manifest
        from training.recipe import pad_token_id

        pad = pad_token_id(load_manifest(args.data), model.config)
        loss_module = CausalLMLoss(model, args.loss_chunk_tokens)
        by_window = perplexity_by_window(
            loss_module, args.data, _ints(args.windows), args.max_rows, device, pad
        )
        result["perplexity"] = {str(w): v for w, v in by_window.items()}
        for w, v in by_window.items():
            print(
                f"perplexity  window {w:>6}: {v['perplexity']:.3f}  (loss {v['loss']:.4f}, {v['rows']} rows)"
            )
    lengths = _ints(args.passkey_lengths)
    if lengths:
        check_context(model.config, lengths)
        tok_path = args.tokenizer or os.path.join(args.model, "tokenizer.json")
        tokenizer = Tokenizer.from_file(tok_path)
        result["passkey"] = {}
        for length in lengths:
            acc = passkey_accuracy(model, tokenizer, length, args.passkey_trials, args.seed, device)
            result["passkey"][str(length)] = acc
            print(f"passkey     length {length:>6}: {acc:.0%} of {args.passkey_trials}")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
