"""The reader's decision time (``transforms.read_records.decode``) on large files under
``--encoding`` named and auto, this checkout beside another (``--base DIR``: a checkout
of main, the before-state); session 38 review of clauses ``utf8_valid_by_chance`` (a
scan of a valid-UTF-8 file under a named single-byte codec), ``utf8_misnamed_few``
(on every legacy file read under a named codec) and ``rtl_single_byte_hint`` (on auto
rejections).

  python bench/encodings_named_speed.py --base /tmp/base38 BOOK.txt [BOOK.txt...]

Each UTF-8 book is read as: its CP1252 bytes under --encoding cp1252 (a legacy book),
its UTF-8 bytes under cp1252 (a UTF-8 book of a mixed corpus), its Arabic-looking
CP1256 bytes under auto (a rejection; tests/data/ar_fatiha_udhr.txt repeated to the
book's size). Prints the best of ``--runs`` seconds per case, each side in its own
process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from transforms.read_records import decode
cases, runs = json.loads(sys.argv[2]), int(sys.argv[3])
out = {}
for name, path, encoding in cases:
    data = open(path, "rb").read()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        got = decode(data, "d", path, encoding)
        times.append(time.perf_counter() - start)
    out[name] = (min(times), got[1] if isinstance(got, tuple) else type(got).__name__)
print(json.dumps(out))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="the before-state checkout")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tmp", default="/tmp/encodings_named_speed")
    ap.add_argument("books", nargs="+")
    args = ap.parse_args()
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    arabic = (Path(__file__).parents[1] / "tests/data/ar_fatiha_udhr.txt").read_text(
        encoding="utf-8"
    )
    cases = []
    for book in args.books:
        text = Path(book).read_text(encoding="utf-8")
        stem = Path(book).stem[:30]
        legacy = text.encode("cp1252", errors="replace")
        for name, data, encoding in (
            (f"{stem} cp1252 bytes, --encoding cp1252", legacy, "cp1252"),
            (f"{stem} utf-8 bytes, --encoding cp1252", text.encode(), "cp1252"),
            (
                f"arabic cp1256 x{len(legacy) // len(arabic.encode('cp1256'))}, auto",
                (arabic * (len(legacy) // len(arabic) + 1)).encode("cp1256")[: len(legacy)],
                "auto",
            ),
        ):
            path = tmp / f"{len(cases)}.txt"
            path.write_bytes(data)
            cases.append((name, str(path), encoding))
    sides = {}
    for side, code in (("before", args.base), ("after", str(Path(__file__).parents[1]))):
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", _CHILD, code, json.dumps(cases), str(args.runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        sides[side] = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{side}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    for name, path, _ in cases:
        size = Path(path).stat().st_size / 1e6
        (b, bgot), (a, agot) = sides["before"][name], sides["after"][name]
        print(
            f"{name}: {size:.2f} MB  before {b:.3f}s ({bgot})  after {a:.3f}s ({agot})  {a / b - 1:+.0%}"
        )


if __name__ == "__main__":
    main()
