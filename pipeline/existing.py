"""``make dataset`` on a folder that already holds a complete dataset: reuse it only
when it was built from what is asked now.

The Makefile used to key the build on ``OUT/_COMPLETE`` alone, so ``make dataset
INPUT=my_books/`` after the default build (same ``OUT``) answered "Nothing to be done"
and the next ``make train`` trained on Shakespeare (README audit, session 12). Rule
``stale_dataset``: the inputs (as given), the tokenizer (by sha256, so another
spelling of the same file is fine) and the windows must match the manifest's;
otherwise one line says what differs and how to rebuild, exit 2. Other flags
(``DATASET_ARGS``) are not compared; ``--overwrite`` among them rebuilds.

    python -m pipeline.existing OUT --input GLOB [--input ...] --tokenizer PATH --windows W
"""

from __future__ import annotations

import argparse
import hashlib
import sys

from pipeline.options import parse_windows


def differences(out: str, inputs: list[str], tokenizer: str, windows: tuple[int, ...]) -> list:
    """What differs between the dataset at ``out`` and the build asked for, as
    ``(what, built, asked)``; empty when it can be reused."""
    from schemas.dataset import load_manifest

    manifest = load_manifest(out)
    config = manifest.config
    found = []
    if list(config["inputs"]) != list(inputs):
        found.append(("input", ", ".join(config["inputs"]), ", ".join(inputs)))
    with open(tokenizer, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != manifest.tokenizer.sha256:
        found.append(("tokenizer", manifest.tokenizer.path, tokenizer))
    built = tuple(config["chunk"]["windows"])
    if built != tuple(windows):
        found.append(("windows", ",".join(map(str, built)), ",".join(map(str, windows))))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.existing")
    parser.add_argument("out")
    parser.add_argument("--input", action="append", required=True)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--windows", type=parse_windows, required=True)
    args = parser.parse_args(argv)
    try:
        found = differences(args.out, args.input, args.tokenizer, args.windows)
    except OSError as error:  # the tokenizer: the build itself would say the same
        print(f"make dataset: error: {error}", file=sys.stderr)
        return 2
    if not found:
        print(f"dataset ready: {args.out} (already built from this input; not rebuilt)")
        return 0
    said = "; ".join(f"{what} {built!r} (asked: {asked!r})" for what, built, asked in found)
    print(
        f"make dataset: error: {args.out} holds a dataset built from other settings: {said}; "
        f"pass another OUT=..., or DATASET_ARGS=--overwrite to replace it",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
