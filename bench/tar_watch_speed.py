"""``transforms.tar_headers.HeaderWatch`` alone, two versions of the code side by side
(session 49: the per-read cost of ``end_padding_is_the_end`` and ``v7_look_filtered``,
too small for bench/tar_members_speed.py to separate from a loaded machine's noise).

    .venv/bin/python bench/tar_watch_speed.py --baseline /tmp/base49 [--members 20000]

Builds in memory a PAX tar of ``--members`` members of 0.5-4 kB (slices of the Gutenberg
books of ``../shared/data/en_gutenberg``, or tests/data), and in a fresh process per
version and round reads it through ``HeaderWatch`` in tarfile's 10,240-byte reads (CPU,
best of 5 in the process); rounds alternate; the best of each side is compared.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORKER = r"""
import glob, io, os, random, sys, tarfile, time
sys.path.insert(0, sys.argv[1])
from transforms.tar_headers import HeaderWatch
random.seed(49)
paths = sorted(glob.glob(os.path.join(sys.argv[3], "..", "shared", "data", "en_gutenberg", "*.txt")))[:10]
paths = paths or sorted(glob.glob(os.path.join(sys.argv[3], "tests", "data", "en_*.txt")))
texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
texts = [t for t in texts if len(t) > 5000]
sink = io.BytesIO()
with tarfile.open(fileobj=sink, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for i in range(int(sys.argv[2])):
        t = random.choice(texts)
        n = random.randint(500, 4000)
        a = random.randint(0, len(t) - n)
        d = t[a : a + n].encode()
        info = tarfile.TarInfo(f"m{i}.txt")
        info.size = len(d)
        tar.addfile(info, io.BytesIO(d))
data = sink.getvalue()
best = 1e9
for _ in range(5):
    watch = HeaderWatch(io.BytesIO(data))
    t0 = time.process_time()
    while watch.read(10240):
        pass
    best = min(best, time.process_time() - t0)
print(best, len(data), len(watch.headers))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="the other checkout (e.g. /tmp/base49)")
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    best = {"baseline": 1e9, "ours": 1e9}
    for _ in range(args.rounds):
        for side, code in (("baseline", args.baseline), ("ours", REPO)):
            out = subprocess.run(
                [sys.executable, "-c", WORKER, code, str(args.members), REPO],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            seconds, size, headers = float(out[0]), int(out[1]), int(out[2])
            best[side] = min(best[side], seconds)
            print(f"{side}: {seconds * 1000:.0f} ms ({size / 1e6:.1f} MB, {headers} headers)")
    ratio = best["ours"] / best["baseline"]
    print(
        f"HeaderWatch, {args.members:,} members: baseline {best['baseline'] * 1000:.0f} ms, "
        f"ours {best['ours'] * 1000:.0f} ms, ratio {ratio:.2f}"
    )


if __name__ == "__main__":
    main()
