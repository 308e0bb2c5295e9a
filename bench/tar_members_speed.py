"""The tar reader (``transforms.archives.read_archive``) of two versions of the code, side
by side, over many small members (session 48: the cost of HeaderWatch and TarData).

    .venv/bin/python bench/tar_members_speed.py --baseline /tmp/base48 [--members 20000]

Builds in a temporary folder a PAX tar of ``--members`` members of 0.5-4 kB each (slices
of the Gutenberg books of ``../shared/data/en_gutenberg``, or of tests/data if that is
missing), as ``books.tar`` and ``books.tar.gz``. Each version runs in a fresh process:
``read_archive`` with each member's bytes read in 1 MB pieces (no text stage), process
CPU seconds; the rounds alternate (baseline, ours, baseline, ours, ...) and the best of
each side is compared (ratio ours / baseline).
"""

from __future__ import annotations

import argparse
import glob
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data", "en_gutenberg")

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from collections import Counter
from transforms.archives import read_archive
from transforms.inputs import expand_inputs
from transforms.member_files import open_file
from transforms.read import ReadConfig

def read_member(member):
    with open_file(member) as handle:
        while handle.read(1 << 20):
            pass
    return [member.relative]

out = {}
for path in sys.argv[2:]:
    start = time.process_time()
    (file,) = expand_inputs([path])
    got = list(read_archive(file, "tar", ReadConfig(), read_member, lambda n: "text", Counter()))
    out[path.rsplit("/", 1)[-1]] = [time.process_time() - start, len(got)]
print(json.dumps(out))
"""


def build(folder: str, count: int) -> list[str]:
    paths = sorted(glob.glob(os.path.join(DATA, "*.txt"))) or sorted(
        glob.glob(os.path.join(REPO, "tests", "data", "en_*.txt"))
    )
    text = b"".join(open(p, "rb").read() for p in paths)
    rng = random.Random(48)
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for i in range(count):
            size = rng.randint(512, 4096)
            at = rng.randint(0, len(text) - size)
            info = tarfile.TarInfo(f"books/{i:05d}.txt")
            info.size, info.mtime = size, 1_700_000_000
            tar.addfile(info, io.BytesIO(text[at : at + size]))
    data = sink.getvalue()
    plain, packed = os.path.join(folder, "books.tar"), os.path.join(folder, "books.tar.gz")
    with open(plain, "wb") as f:
        f.write(data)
    with open(packed, "wb") as f:
        f.write(gzip.compress(data, compresslevel=1, mtime=0))
    return [plain, packed]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="the other checkout (e.g. /tmp/base48)")
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = build(folder, args.members)
        best: dict[str, dict[str, float]] = {"baseline": {}, "ours": {}}
        for _ in range(args.rounds):
            for side, code in (("baseline", args.baseline), ("ours", REPO)):
                run = subprocess.run(
                    [sys.executable, "-c", WORKER, code, *paths],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=code,
                )
                got = json.loads(run.stdout.strip().splitlines()[-1])
                print(side, {k: f"{v[0]:.2f} s, {v[1]} rows" for k, v in got.items()})
                for name, (seconds, _) in got.items():
                    best[side][name] = min(best[side].get(name, seconds), seconds)
        for name in best["ours"]:
            base, ours = best["baseline"][name], best["ours"][name]
            print(
                f"{name}: {args.members:,} members, baseline {base:.2f} s, ours {ours:.2f} s, "
                f"ratio {ours / base:.3f}"
            )


if __name__ == "__main__":
    main()
