"""Does a dataset fit a model? Checked before any training step.

A dataset tokenized with another tokenizer than the model's trains without any
error (the ids are just integers) and teaches the model noise; ids beyond the
model's vocabulary fail deep in the embedding with a bare ``IndexError``. So,
before the first step:

1. :func:`check_tokenizer`: the model folder's ``tokenizer.json`` must be the one
   the manifest records: the same file (sha256), or the same id -> token table
   (``schemas.dataset.vocab_sha256``; recorded by newer builds, else computed from
   the dataset's tokenizer file when it still exists). A manifest without a hash
   (a dataset written by other tools) or a model without ``tokenizer.json`` cannot
   be compared; the id check below still runs.
2. :func:`check_token_ids`: the largest token id of every bucket the run reads
   must be below the model's number of input embeddings (one pass over the
   memory-mapped ``input_ids`` with Arrow's ``max`` kernel: ~1 s per 10^9 tokens).
"""

from __future__ import annotations

import os
import shlex

import pyarrow.compute as pc

from schemas.dataset import Manifest, vocab_sha256
from schemas.errors import UserError
from training.checkpoint_files import file_sha256


class ModelMismatchError(UserError):
    """The dataset was built for another vocabulary than the model's."""


def _tokenizer_vocab(path: str) -> str | None:
    from tokenizers import Tokenizer

    try:
        return vocab_sha256(Tokenizer.from_file(path))
    except Exception:  # noqa: BLE001 - unreadable: cannot compare, caller decides
        return None


def check_tokenizer(data_dir: str, manifest: Manifest, model_dir: str) -> str:
    """Raise :class:`ModelMismatchError` when the dataset was tokenized with another
    tokenizer than ``model_dir``'s; returns a line saying what was compared."""
    built = manifest.tokenizer
    model_tokenizer = os.path.join(model_dir, "tokenizer.json")
    if not built.sha256:
        return "tokenizer: the manifest records no tokenizer hash; checked token ids only"
    from transforms.unreadable_path import why_unreadable

    why = why_unreadable(model_tokenizer)
    if why not in (None, "not found", "is a folder, not a file"):  # tokenizer_unreadable
        raise UserError(f"the model's tokenizer {model_tokenizer} {why}")
    if why:
        return f"tokenizer: {model_dir} has no tokenizer.json to compare; checked token ids only"
    if file_sha256(model_tokenizer) == built.sha256:  # clause one_file_hasher
        return "tokenizer: the dataset's and the model's tokenizer.json are the same file"
    model_vocab = _tokenizer_vocab(model_tokenizer)
    built_vocab = built.vocab_sha256 or (
        _tokenizer_vocab(built.path) if os.path.isfile(built.path) else None
    )
    if model_vocab is not None and model_vocab == built_vocab:
        return "tokenizer: same vocabulary as the dataset's (a differently saved tokenizer.json)"
    # Clause shell_line_quoted: the command to paste names the path as one shell word
    # (a model folder with a space or ' split it or left the quote open).
    raise ModelMismatchError(
        f"{data_dir} was tokenized with {built.path} ({built.vocab_size} tokens, sha256 "
        f"{built.sha256[:12]}...), not with the model's {model_tokenizer}: training on it "
        f"would teach the model the wrong tokens. Rebuild the dataset with "
        f"`longctx dataset ... --tokenizer {shlex.quote(model_tokenizer)}`, or train the "
        "model it was built for"
    )


def max_token_id(rows) -> int:
    """The largest ``input_ids`` value of a bucket's ``pyarrow.Table`` (-1 when empty)."""
    column = rows.column("input_ids")
    value = pc.max(pc.list_flatten(column)).as_py() if len(column) else None
    return -1 if value is None else int(value)


def check_token_ids(data_dir: str, buckets: dict, vocab_size: int, model_dir: str) -> None:
    """Raise :class:`ModelMismatchError` when a bucket (``training.data.Bucket`` by
    window) holds a token id the model has no embedding for."""
    for window, bucket in sorted(buckets.items()):
        largest = max_token_id(bucket.rows)
        if largest >= vocab_size:
            raise ModelMismatchError(
                f"{data_dir} {bucket.split} window {window} holds token id {largest}, but the "
                f"model {model_dir} has {vocab_size} token embeddings (ids 0-{vocab_size - 1}): "
                "the dataset was built with another tokenizer; rebuild it with the model's "
                "tokenizer.json"
            )


def untrained_first_tokens(manifest: Manifest, windows) -> str:
    """Clause overlap_zero_said_at_start (review 38): a dataset whose windows were built
    with overlap 0 (``--overlap 0`` before session 38's overlap_zero_keeps_one_token, or
    the default ``window // 16`` under 16 tokens) scores each row's first token, which
    nothing in its row precedes: ``training.data.collate_rows`` cannot train it, while
    the manifest and ``longctx inspect --verify`` count it. The line that says so (empty
    when no trained window has overlap 0)."""
    overlaps = manifest.config.get("overlaps") or {}
    zero = sorted({w for w in windows if overlaps.get(str(w)) == 0})
    if not zero:
        return ""
    rows = sum(
        manifest.splits.get("train", {})[str(w)].rows
        for w in zero
        if str(w) in manifest.splits.get("train", {})
    )
    return (
        f"note: the dataset was built with overlap 0 at window {', '.join(map(str, zero))}: "
        f"each row's first scored token has no token before it in its row, so it is not "
        f"trained (up to {rows:,} of the manifest's scored tokens, one a row); rebuild the "
        "dataset with --overlap 1 or more (or the default) to train every scored token"
    )
