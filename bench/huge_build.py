"""One huge document through a real local Beam build, two or more checkouts side by side.

    .venv/bin/python bench/huge_build.py --input /tmp/x/zh20m.jsonl --out /tmp/x/builds \
        --variant base=/tmp/base48 --variant arena1=/tmp/base48:MALLOC_ARENA_MAX=1 \
        --variant branch=. [--rounds 1] [--beam-args "--direct_num_workers=2"]

Each variant is ``NAME=ROOT[:VAR=VALUE,...]``: the build (``pipeline.build.run``, the
``longctx dataset`` entry) runs in a fresh child with ROOT first on ``sys.path`` and the
variables added to its environment (glibc reads ``MALLOC_*`` at a process's start, and the
build's worker processes inherit them). The input is over 8 MB, so the build runs on one
worker process per core, forked from the fork server, and a worker runs each bundle in a
thread of Beam's harness: the structure step of a long document runs where the build
really runs it. Variants alternate round by round (A B C A B C ...).

Measured from ``/proc`` every 0.2 s over the child and all its descendants (the fork
server, the workers): user and system CPU seconds and minor faults (each process's last
reading, summed), the largest process's peak RSS (``VmHWM``) and the tree's largest
summed RSS, wall time. Output: the SHA-256 of every file under the output's ``train``
folders (the Arrow shards) and the manifest's document counts, which must be the same in
every variant. Prints one line per build and a table of ratios to the first variant.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TICK = os.sysconf("SC_CLK_TCK")

CHILD = """
import sys, json
sys.path.insert(0, {root!r})
from pipeline.build import run
m = run(["--input", {inp!r}, "--output", {out!r}, "--tokenizer", {tok!r},
         "--max-doc-chars", str(10**9), *{beam!r}])
print("MANIFEST", json.dumps({{"written": m.documents.written, "rejected": m.documents.rejected,
      "rows": sum(b.rows for s in m.splits.values() for b in s.values())}}), flush=True)
"""


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            kids.setdefault(ppid, []).append(int(d))
    return kids


def _read(pid: int) -> tuple[float, float, int, int, int] | None:
    """(user s, system s, minor faults, VmHWM kB, VmRSS kB) of one process."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status") as f:
            status = dict(line.split(":", 1) for line in f if ":" in line)
    except OSError:
        return None
    kb = lambda k: int(status.get(k, "0 kB").split()[0])  # noqa: E731
    return (
        int(fields[11]) / TICK,
        int(fields[12]) / TICK,
        int(fields[7]),
        kb("VmHWM"),
        kb("VmRSS"),
    )


def build(root: str, env_extra: dict, inp: str, out: str, beam: list[str]) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    tok = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
    code = CHILD.format(root=os.path.abspath(root), inp=inp, out=out, tok=tok, beam=beam)
    env = {**os.environ, **env_extra}
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, cwd=os.path.abspath(root),
    )  # fmt: skip
    last: dict[int, tuple] = {}
    tree_rss = 0
    while proc.poll() is None:
        kids, todo, seen = _children(), [proc.pid], []
        while todo:
            pid = todo.pop()
            seen.append(pid)
            todo.extend(kids.get(pid, []))
        total = 0
        for pid in seen:
            r = _read(pid)
            if r:  # a zombie's status has no VmHWM: keep the largest reading
                last[pid] = r[:3] + (max(r[3], last.get(pid, r)[3]), r[4])
                total += r[4]
        tree_rss = max(tree_rss, total)
        time.sleep(0.2)
    log = proc.stdout.read()
    wall = time.time() - start
    manifest = next(
        (json.loads(x[9:]) for x in log.splitlines() if x.startswith("MANIFEST ")), None
    )
    if proc.returncode or manifest is None:
        raise SystemExit(f"build failed ({proc.returncode}):\n{log[-3000:]}")
    files = sorted(
        p
        for p in glob.glob(os.path.join(out, "**", "train", "**"), recursive=True)
        if os.path.isfile(p)
    )
    digest = hashlib.sha256()
    for p in files:
        digest.update(os.path.relpath(p, out).encode())
        with open(p, "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    return {
        "wall": wall,
        "user": sum(v[0] for v in last.values()),
        "sys": sum(v[1] for v in last.values()),
        "faults": sum(v[2] for v in last.values()),
        "peak_proc_mb": max(v[3] for v in last.values()) / 1024,
        "tree_rss_mb": tree_rss / 1024,
        "processes": len(last),
        "files": len(files),
        "sha": digest.hexdigest()[:16],
        "manifest": manifest,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--input", required=True)
    ap.add_argument("--out", required=True, help="a scratch folder (each build's output under it)")
    ap.add_argument("--variant", action="append", required=True, help="NAME=ROOT[:VAR=VALUE,...]")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--beam-args", default="", help="extra Beam options, space-separated")
    args = ap.parse_args(argv)
    variants = []
    for v in args.variant:
        name, rest = v.split("=", 1)
        root, _, env = rest.partition(":")
        variants.append((name, root, dict(kv.split("=", 1) for kv in env.split(",") if kv)))
    results: dict[str, list[dict]] = {name: [] for name, _, _ in variants}
    for rnd in range(args.rounds):
        for name, root, env in variants:
            r = build(root, env, args.input, os.path.join(args.out, name), args.beam_args.split())
            results[name].append(r)
            print(f"round {rnd} {name}: " + json.dumps(r), flush=True)
    first = variants[0][0]
    keys = ("wall", "user", "sys", "faults", "peak_proc_mb", "tree_rss_mb")
    print("variant " + " ".join(keys) + " (means; ratio to " + first + ")")
    mean = {n: {k: sum(r[k] for r in rs) / len(rs) for k in keys} for n, rs in results.items()}
    for n in results:
        print(
            n,
            " ".join(
                f"{mean[n][k]:.1f} ({mean[n][k] / max(mean[first][k], 1e-9):.2f})" for k in keys
            ),
        )
    shas = {r["sha"] for rs in results.values() for r in rs}
    manifests = {json.dumps(r["manifest"], sort_keys=True) for rs in results.values() for r in rs}
    print(f"outputs identical: {len(shas) == 1 and len(manifests) == 1} ({shas}, {manifests})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
