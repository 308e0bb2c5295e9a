"""CPU and page faults of the two numpy-heavy stages under a glibc heap policy:
MinHash ``signature`` and ``analyze_text`` over 10 of the English books, in this
process (docs/PERFORMANCE.md, "Fifth round: the workers' heap policy").

    .venv/bin/python bench/heap_policy.py MMAP_THRESHOLD TRIM_THRESHOLD   # bytes; 0 = glibc's default

e.g. ``1048576 0`` (the build's policy before), ``16777216 67108864`` (now).
Prints user / sys seconds and minor page faults per stage (``getrusage``) and the
process's max RSS.
"""

from __future__ import annotations

import ctypes
import glob
import os
import resource
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from transforms.near_duplicates import NearDuplicateConfig, signature  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402

CORPUS = os.path.join(REPO, "..", "shared", "data", "en_gutenberg")


def _usage():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime, r.ru_minflt


def main(argv=None) -> int:
    mmap_threshold, trim_threshold = (int(a) for a in (argv or sys.argv[1:3]))
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))[::3]
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    libc = ctypes.CDLL(None)
    if mmap_threshold:
        libc.mallopt(-3, mmap_threshold)  # M_MMAP_THRESHOLD
    if trim_threshold:
        libc.mallopt(-1, trim_threshold)  # M_TRIM_THRESHOLD
    config = NearDuplicateConfig()
    signature(texts[0][:10000], config)  # lazy imports and first allocations
    analyze_text(texts[0][:20000])
    u0, s0, f0 = _usage()
    for text in texts:
        signature(text, config)
    u1, s1, f1 = _usage()
    for text in texts:
        analyze_text(text)
    u2, s2, f2 = _usage()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"mmap {mmap_threshold} trim {trim_threshold}: signature user {u1 - u0:.2f} sys "
        f"{s1 - s0:.2f} faults {f1 - f0} | analyze_text user {u2 - u1:.2f} sys {s2 - s1:.2f} "
        f"faults {f2 - f1} | max RSS {peak} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
