"""Cost of clause shard_bytes_match_manifest: opening every train bucket of DATA with
the sha256 check and without it, alternated, in one process.

    .venv/bin/python bench/shard_check_cost.py DATA [--rounds 3]

Prints, per round and side, the seconds to open all train buckets and the MB hashed;
"stamped" is a resume's cost under clause shard_check_stamped (the stamps of a first
pass given, nothing hashed while the shards are unchanged).
The first round reads the files from disk (or the page cache, whichever holds them);
later rounds from the page cache.
"""

from __future__ import annotations

import argparse
import os
import time

from schemas.dataset import load_manifest
from training import data as data_module


def open_all(data: str, manifest, checks=None) -> float:
    t0 = time.perf_counter()
    for window in manifest.windows_with_rows("train"):
        data_module.open_bucket(data, manifest, "train", window, checks=checks)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    manifest = load_manifest(args.data)
    size = sum(
        os.path.getsize(os.path.join(args.data, s.path))
        for s in manifest.shards
        if s.split == "train" and s.rows
    )
    real = data_module.check_shard_bytes
    for r in range(args.rounds):
        data_module.check_shard_bytes = lambda path, expected: None
        without = open_all(args.data, manifest)
        data_module.check_shard_bytes = real
        checked = open_all(args.data, manifest)
        first = data_module.ShardChecks()
        open_all(args.data, manifest, first)
        resumed = data_module.ShardChecks(first.now)
        stamped = open_all(args.data, manifest, resumed)
        print(
            f"round {r}: {size / 2**20:.1f} MB of train shards; without the check "
            f"{without:.3f} s, with it {checked:.3f} s, stamped {stamped:.3f} s "
            f"({resumed.hashed_bytes / 2**20:.1f} MB hashed)"
        )


if __name__ == "__main__":
    main()
