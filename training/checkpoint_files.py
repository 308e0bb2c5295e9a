"""Checkpoint files that load safely and are known to be intact.

* Loading never runs code: :func:`load_tensors` is ``torch.load(weights_only=True)``,
  which unpickles only tensors and plain containers (dict, list, tuple, str, numbers),
  so a crafted ``state.pt`` is refused instead of executed. What a checkpoint holds
  is kept to those types (``training.checkpoint`` stores numpy's RNG state as a
  tensor).
* Every file of a checkpoint folder has its sha256 in ``checksums.json``, written
  last, before the folder is renamed into place (:func:`write_checksums`).
  :func:`verify_checksums` recomputes them before anything is loaded: a flipped
  byte or a truncated file is found before it can change the model.
* :func:`newest_intact` picks the newest checkpoint that verifies and says which
  ones it skipped and why, so a damaged last checkpoint costs the steps since the
  previous one, not the run.

Cost: one extra read of the checkpoint's bytes at save and at load (an adapter,
its optimizer state and RNG: megabytes for LoRA).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable

import torch

from schemas.errors import UserError

CHECKSUMS = "checksums.json"


class CheckpointError(UserError):
    """A checkpoint that cannot be trusted: missing, damaged, or not safe to load."""


def file_sha256(path: str) -> str:
    """The sha256 (hex) of the file at ``path``, read in 1 MiB blocks (memory stays flat
    for a weight file or a large tokenizer.json). Clause one_file_hasher (session 39):
    the one file hasher of ``training`` (before: LongCE, LongPPL's evaluator check and
    the tokenizer comparison read the whole file to hash it, beside this one)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(folder: str) -> None:
    """``folder/checksums.json``: the sha256 of every other file in ``folder``."""
    names = sorted(n for n in os.listdir(folder) if n != CHECKSUMS)
    sums = {n: file_sha256(os.path.join(folder, n)) for n in names}
    path = os.path.join(folder, CHECKSUMS)
    with open(path + ".part", "w", encoding="utf-8") as f:
        json.dump({"sha256": sums}, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(path + ".part", path)


def verify_checksums(folder: str) -> None:
    """Raise :class:`CheckpointError` naming ``folder`` unless every file listed in its
    ``checksums.json`` exists with the listed sha256."""
    path = os.path.join(folder, CHECKSUMS)
    try:
        with open(path, encoding="utf-8") as f:
            sums = json.load(f)["sha256"]
    except FileNotFoundError:
        raise CheckpointError(
            f"checkpoint {folder} has no {CHECKSUMS} (written by an older longctx, or "
            "damaged): it cannot be verified"
        ) from None
    except (ValueError, KeyError, TypeError) as error:
        raise CheckpointError(f"checkpoint {folder}: {CHECKSUMS} is damaged ({error})") from None
    if problem := _garbled(sums):
        raise CheckpointError(f"checkpoint {folder}: {CHECKSUMS} is damaged ({problem})")
    for name, expected in sorted(sums.items()):
        file = os.path.join(folder, name)
        if not os.path.isfile(file):
            raise CheckpointError(f"checkpoint {folder}: {name} is missing")
        found = file_sha256(file)
        if found != expected:
            raise CheckpointError(
                f"checkpoint {folder}: {name} is damaged (sha256 {found[:12]}... where "
                f"{CHECKSUMS} says {expected[:12]}...)"
            )


def _garbled(sums) -> str | None:
    """Clause checksums_garbled (session 36): a crafted or garbled ``checksums.json``
    (``sha256`` not an object, a sum that is not a string, a name that is not a file of
    the folder, no ``state.pt`` listed) raised an ``AttributeError`` traceback at start
    (or verified nothing); now it is a damaged checkpoint, like a wrong sum: skipped
    with one line, the previous intact one used (set aside as ``damaged-step-N`` when
    its kept copy verifies)."""
    if not isinstance(sums, dict):
        return f"sha256 is a {type(sums).__name__}, not an object of file sums"
    for name, expected in sums.items():
        if (
            not isinstance(expected, str)
            or name in ("", ".", "..")
            or "/" in name
            or os.sep in name
        ):
            return f"{name!r}: {expected!r} is not a file name and its sha256"
    if "state.pt" not in sums:
        return "state.pt is not listed"
    return None


def save_tensors(obj, path: str) -> None:
    """``torch.save`` through a Python file, so a full disk is an ``OSError`` (ENOSPC)
    in the error's chain (to a path, torch says only "unexpected pos"), synced before
    the checkpoint folder is renamed into place."""
    with open(path, "wb") as f:
        torch.save(obj, f)
        f.flush()
        os.fsync(f.fileno())


def load_tensors(path: str):
    """``torch.load`` of tensors and plain containers only; anything else (a pickled
    object, a truncated file) is a :class:`CheckpointError`."""
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # noqa: BLE001 - unpickling errors have many types
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        raise CheckpointError(
            f"{path} cannot be loaded safely ({type(error).__name__}: {first[:200]}); "
            "only tensors and plain values are loaded from checkpoints"
        ) from None


def newest_intact(
    checkpoints: list[tuple[int, str]], warn: Callable[[str], None] = print
) -> tuple[int, str] | None:
    """The newest of ``(steps_done, path)`` (oldest first) whose checksums verify;
    ``warn`` is told about each newer one that was skipped. None when there is none."""
    for steps, path in reversed(checkpoints):
        try:
            verify_checksums(path)
        except CheckpointError as error:
            warn(f"skipping a checkpoint that cannot be used: {error}")
            continue
        return steps, path
    return None
