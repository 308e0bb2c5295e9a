"""``longctx``: the command-line entry point.

    longctx dataset --input GLOB --output DIR --tokenizer PATH [Beam options]
    longctx train   --data DIR --model PATH --output RUN [--config YAML] [--max-steps N]
    longctx eval    --model PATH --data DIR [--adapter RUN/adapter]
    longctx inspect OUT [--doc ID] [--verify]

Each subcommand hands its remaining arguments to the module that owns it, so
``longctx dataset`` and ``python -m pipeline`` accept exactly the same flags.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings

# transformers 5 warns about its own deprecated alias on every gradient-checkpointed
# model; it is not actionable for users of this CLI.
warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)

COMMANDS = {
    "dataset": ("pipeline.build", "build training shards from long documents (Apache Beam)"),
    "train": ("training.recipe", "LoRA fine-tune with a length curriculum on the shards"),
    "eval": ("training.evaluate", "perplexity by context length and passkey retrieval"),
    "inspect": (
        "pipeline.inspection",
        "summarize a dataset, follow a document, --verify invariants",
    ),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="longctx",
        description="Long-context training data from ultra-long documents, and LoRA training on it.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    if not argv or argv[0] in ("-h", "--help"):
        parser.print_help()
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        parser.error(f"unknown command {command!r}; choose from {', '.join(COMMANDS)}")
    # Before the subcommand's module imports Beam, whose import logs a harmless warning.
    from transforms.runtime import setup_logging

    setup_logging()
    module = importlib.import_module(COMMANDS[command][0])
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
