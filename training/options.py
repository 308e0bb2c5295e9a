"""The flags of ``longctx train`` and ``longctx eval``, importable without torch.

Like ``pipeline.options``: ``--help`` is printed from these parsers before torch,
transformers or peft load, and literal defaults are checked against the code that
uses them by ``tests/pipeline/test_options.py``.
"""

from __future__ import annotations

import argparse

from pipeline.options import new_parser

DEPTHS = "0.0,0.25,0.5,0.75,1.0"  # training.passkey.DEPTHS
FILLERS = "repeat,en,zh"  # training.passkey's built-in fillers
ROPE_TYPES = ("linear", "dynamic", "yarn")  # training.config.ROPE_TYPES without "none"
LSD_THRESHOLD = 2.0  # training.longppl.LSD_THRESHOLD (the paper's alpha)
LCL_THRESHOLD = -2.0  # training.longppl.LCL_THRESHOLD (beta)

# clause help_names_defaults (session 57): the keys a first short run sets (the walk-
# through needed tokens_per_step, micro_batch_tokens, eval_rows, checkpoint_every), each
# with its default; tests/training/test_help_defaults_wtH_s57.py loads default.yaml and
# compares every value, so the line cannot go stale
TRAIN_DEFAULTS = (
    "Defaults: curriculum=[{window: 512, steps: 3}, {window: 1024, steps: 3}] "
    "tokens_per_step=1024 micro_batch_tokens=1024 optim.lr=0.0005 optim.schedule=cosine "
    "optim.warmup_steps=1 peft.r=8 peft.alpha=16 dtype=auto checkpoint_every=0 "
    "(0: at each stage end) eval_rows=2 seed=0 (without --config; a --config file's "
    "missing keys take training/config.py's: tokens_per_step=2048 optim.lr=0.0002 "
    "optim.warmup_steps=0 eval_rows=16)."
)  # review (session 57): the note, as a user's own --config falls back to the dataclasses

TRAIN_EPILOG = (
    "Overrides: --set optim.lr=1e-4 --set 'curriculum=[{window: 512, steps: 20}, "
    "{window: 2048, tokens: 200000}]' --set rope.type=yarn --set rope.target_length=16384 "
    "--set peft.train_norms=true --set gradient_checkpointing=true --set dtype=bfloat16 "
    "(bf16 autocast; dtype auto: bf16 on CUDA, float32 on CPU). Keys: see "
    "training/config.py and training/configs/default.yaml. " + TRAIN_DEFAULTS
)  # clause help_names_dtype (session 56): the precision key is named where users look


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"must be a whole number >= 1, got {text!r} (omit --max-steps to train the "
            "whole curriculum)"
        )
    return value


def train_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "longctx train",
        "LoRA fine-tuning with a length curriculum on a longctx dataset.",
        epilog=TRAIN_EPILOG,
    )
    # Not argparse-required: a --config YAML may name them. No default either: the
    # recipe refuses to guess paths relative to the current folder.
    parser.add_argument(
        "--data",
        help="dataset folder written by `longctx dataset` (required, or data: in --config)",
    )
    parser.add_argument(
        "--model", help="local Hugging Face causal-LM folder (required, or model: in --config)"
    )
    parser.add_argument(
        "--output",
        help="run folder: adapter, metrics, checkpoints (required, or output: in --config)",
    )
    parser.add_argument(
        "--config",
        help="YAML config; --set and the flags above override it "
        "(default: training/configs/default.yaml)",
    )
    parser.add_argument(
        "--base-name",
        help="record this name (e.g. a Hugging Face hub id) as the adapter's base model "
        "instead of the absolute path of --model (default: the absolute path)",
    )
    parser.add_argument(
        "--max-steps",
        type=_positive_int,
        help="stop after N >= 1 optimizer steps (default: the whole curriculum)",
    )
    parser.add_argument("--resume", action="store_true", help="continue from RUN's last checkpoint")
    parser.add_argument(
        "--take-over-lock",
        action="store_true",
        help="take RUN's run lock when its holder cannot be checked from this host (another "
        "host's or container's, or unreadable): only when no run uses RUN; a live lock of "
        "this host is never taken",
    )
    parser.add_argument(
        "--merge", action="store_true", help="also write RUN/merged/ (safetensors, tokenizer)"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config key (dotted, YAML value); repeatable (default: none)",
    )
    return parser


def eval_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "longctx eval",
        "Perplexity by context length, loss by position and passkey retrieval, "
        "for a base model and its fine-tuned versions.",
    )
    parser.add_argument("--model", required=True, help="base model: local HF causal-LM folder")
    parser.add_argument(
        "--adapter",
        action="append",
        default=[],
        help="peft adapter folder (RUN/adapter), evaluated with its run's RoPE scaling; "
        "repeatable (default: none)",
    )
    parser.add_argument(
        "--merged",
        action="append",
        default=[],
        help="merged model folder; repeatable (default: none)",
    )
    parser.add_argument("--no-base", action="store_true", help="skip the base model")
    parser.add_argument("--output", required=True, help="report folder")
    parser.add_argument("--tokenizer", help="tokenizer.json (default: MODEL/tokenizer.json)")
    held = parser.add_mutually_exclusive_group()
    held.add_argument(
        "--data",
        help="longctx dataset: perplexity on its validation split (default: no perplexity "
        "unless --text)",
    )
    # Clause eval_text_repeats: `--text a.txt --text b.txt` (or `--text=a.txt --text
    # b.txt`, as make's EVAL_ARGS reads it) evaluated b.txt alone: nargs="+" keeps the
    # last --text's files. "extend" keeps them all, as `longctx dataset --input` repeats.
    held.add_argument(
        "--text",
        action="extend",
        nargs="+",
        help="text/JSONL/Parquet files or globs instead of --data (default: none)",
    )
    parser.add_argument("--text-field", default="text", help="JSONL/Parquet text field")
    parser.add_argument(
        "--lengths", default="1024,2048,4096", help="context lengths in tokens; '' skips"
    )
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
    parser.add_argument(
        "--passkey-lengths",
        help="passkey prompt lengths; '' skips passkey (default: --lengths)",
    )
    parser.add_argument(
        "--depths",
        default=DEPTHS,
        help="needle depths in the filler, 0 (start) to 1 (end)",
    )
    parser.add_argument("--trials", type=int, default=2, help="passkey prompts per cell")
    parser.add_argument(
        "--fillers",
        default=FILLERS,
        help="passkey filler texts: repeat (the classic 'The grass is green...'), en "
        "(English prose), zh (Chinese prose), or names given with --filler-text",
    )
    parser.add_argument(
        "--filler-text",
        action="append",
        default=[],
        metavar="NAME=FILE",
        help="use FILE as filler NAME (e.g. en=book.txt, zh=novel.txt); a new NAME is added "
        "to --fillers, its language taken from the text (default: none)",
    )
    parser.add_argument(
        "--rope-type",
        choices=ROPE_TYPES,
        help="RoPE scaling of the base and --merged models, with --rope-factor (default: none; "
        "an adapter always uses its run's scaling)",
    )
    parser.add_argument("--rope-factor", type=float, help="factor for --rope-type (default: none)")
    parser.add_argument(
        "--loss-chunk-tokens",
        type=int,
        default=1024,
        help="scored tokens per LM-head chunk of the loss (0: full logits)",
    )
    _longppl_arguments(parser)
    parser.add_argument("--seed", type=int, default=0, help="seed of the passkeys and fillers")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    return parser


def _longppl_arguments(parser: argparse.ArgumentParser) -> None:
    """``longctx eval``'s LongPPL options (``training/longppl.py``)."""
    group = parser.add_argument_group(
        "LongPPL", "perplexity on key tokens (Fang et al. 2024), chosen by one evaluator model"
    )
    group.add_argument("--no-longppl", action="store_true", help="skip LongPPL")
    group.add_argument(
        "--key-evaluator",
        default="base",
        help="the model whose long- vs short-context predictions choose the key tokens: "
        "'base', the name of an evaluated model (e.g. adapter:RUN), or a model folder "
        "with the same tokenizer",
    )
    group.add_argument(
        "--short-context",
        type=int,
        default=0,
        help="K, tokens of short context (0: the largest length / 8, the paper's 4096 at 32k)",
    )
    group.add_argument(
        "--short-stride",
        type=int,
        default=0,
        help="d, tokens sharing one short context (0: K / 4, the paper's ratio)",
    )
    group.add_argument(
        "--short-batch-tokens",
        type=int,
        default=4096,
        help="tokens per forward of stacked short-context windows",
    )
    group.add_argument(
        "--lsd-threshold",
        type=float,
        default=LSD_THRESHOLD,
        help="alpha, in nats (the paper's 2)",
    )
    group.add_argument(
        "--lcl-threshold",
        type=float,
        default=LCL_THRESHOLD,
        help="beta, in nats (the paper's -2)",
    )
