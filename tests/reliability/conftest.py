"""Helpers of the reliability suite: a snapshot of everything outside OUT."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


def snapshot(root: Path, *, outside: tuple[Path, ...] = ()) -> dict[str, tuple[int, str]]:
    """``relative path -> (mode, sha256)`` of every file and folder under ``root``,
    except under the paths in ``outside`` (OUT, and what a build may leave beside it)."""
    skip = [os.path.abspath(p) for p in outside]
    found = {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.abspath(os.path.join(folder, d)) not in skip]
        for name in dirs + names:
            path = os.path.join(folder, name)
            if os.path.abspath(path) in skip:
                continue
            stat = os.lstat(path)
            digest = ""
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
            found[os.path.relpath(path, root)] = (stat.st_mode, digest)
    return found


def staging_folders(out: Path) -> list[Path]:
    """``OUT.tmp-*`` / ``OUT.old-*`` beside ``out``."""
    return sorted(p for p in out.parent.glob(out.name + ".*-*") if p.is_dir())


def build_small(inputs: Path, out: Path, tokenizer: str):
    """A build of ``inputs`` into ``out`` (windows 16,32): the manifest, the rejected
    records and the ids of the documents written."""
    from pipeline.build import run
    from pipeline.reading import documents

    manifest = run(
        ["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer,
         "--windows", "16,32"]
    )  # fmt: skip
    lines = (out / "rejected" / "rejected.jsonl").read_text(encoding="utf-8").splitlines()
    docs = documents(str(out)).column("doc_id").to_pylist()
    return manifest, [json.loads(line) for line in lines], docs
