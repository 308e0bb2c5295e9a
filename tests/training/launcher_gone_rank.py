"""A ``torchrun`` entry point for tests/training/test_torchrun_agreed.py: the recipe,
with the node checker's shard hashing replaced by a sleep, so the ranks sit in the
verdict's gather (clause launcher_gone). Each rank writes its pid to
``$LAUNCHER_GONE_DIR/pid{RANK}`` first, and the checker ``hashing`` when it sleeps."""

from __future__ import annotations

import os
import sys
import time

from training import data, recipe

HERE = os.environ["LAUNCHER_GONE_DIR"]


def _sleeping(path, expected):
    open(os.path.join(HERE, "hashing"), "w").close()
    time.sleep(3600)


if __name__ == "__main__":
    with open(os.path.join(HERE, f"pid{os.environ['RANK']}"), "w") as f:
        f.write(str(os.getpid()))
    data.check_shard_bytes = _sleeping
    sys.exit(recipe.main())
