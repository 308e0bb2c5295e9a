"""Clause synced_before_swap (``pipeline.storage.sync_tree``, session 41): a build's
every file and folder is fsynced before the staging folder is renamed into OUT, so a
power loss after the rename cannot bring back a complete-looking OUT (``_COMPLETE``,
a manifest naming its shards) over shards still only in the page cache. Before, nothing
of the dataset was fsynced (the trainer's checkpoints and run files were)."""

from __future__ import annotations

import os

from pipeline import build, output
from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import build_small


def test_every_file_synced_before_the_swap(tmp_path, tiny_tokenizer_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"book{i}.txt").write_text(prose(i, 12), encoding="utf-8")
    out = tmp_path / "ds"
    synced, swapped = [], []
    real_fsync, real_replace = os.fsync, output.replace_output

    def fsync(fd):
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace_output(staging, out, *args, **kwargs):
        swapped.append((staging, list(synced)))
        real_replace(staging, out, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(output, "replace_output", replace_output)
    assert build.output is output
    build_small(inputs, out, tiny_tokenizer_path)
    ((staging, before),) = swapped
    staging = os.path.realpath(staging)
    files = [os.path.relpath(os.path.join(d, n), out) for d, _, ns in os.walk(out) for n in ns]
    folders = [os.path.relpath(d, out) for d, _, _ in os.walk(out)]
    assert {"manifest.json", "_COMPLETE"} <= set(files) and len(files) > 8
    done = {os.path.relpath(p, staging) for p in before if p.startswith(staging)}
    assert set(files) <= done, sorted(set(files) - done)
    assert set(folders) <= done, sorted(set(folders) - done)
