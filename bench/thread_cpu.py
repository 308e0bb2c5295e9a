"""CPU seconds of every thread of a command's process tree (a local build: driver,
fork server, Beam workers), named where Python started the thread, and the thread
CPU each DoFn / stage spent inside the workers.

    .venv/bin/python bench/thread_cpu.py --out /tmp/me/run1 -- \\
        .venv/bin/python bench/build_cpu_split.py --input DIR --workers 1

Every 0.2 s it reads ``utime``/``stime`` and minor faults of every thread under
``/proc/PID/task`` of the command and its descendants and keeps the last values (a
thread's CPU is lost for at most its last 0.2 s). ``bench/thread_cpu_hook`` goes on
the command's ``PYTHONPATH`` (``sitecustomize``): it names each Python thread by its
native id and times each DoFn's ``process`` with ``time.thread_time`` (exclusive of
the fused steps downstream) and the garbage collector; the bundle thread's CPU less
the DoFns' is what Beam itself costs there (plus the hook's own small cost). Threads
no Python code started (the tokenizer's Rust pool, gRPC's core) show as ``native``.
Writes ``threads.json`` and the hook's files to ``--out`` and prints a summary.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import time

HOOK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "thread_cpu_hook")
TICK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return found


def sample(root: int, seen: dict) -> None:
    """Update ``seen[(pid, tid)]`` with the CPU of every thread under ``root``."""
    todo, pids = [root], []
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += _children(pid)
    for pid in pids:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")[:100]
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            old = seen.get((pid, int(tid)), {})
            seen[(pid, int(tid))] = {
                "pid": pid,
                "tid": int(tid),
                "cmd": cmd or old.get("cmd", ""),  # a zombie has no command line
                "user": int(fields[11]) / TICK,
                "sys": int(fields[12]) / TICK,
                "minflt": int(fields[7]),
            }


def summarize(out: str) -> dict:
    with open(os.path.join(out, "threads.json")) as f:
        threads = json.load(f)
    names = {}
    tids_file = os.path.join(out, "tids.txt")
    if os.path.exists(tids_file):
        with open(tids_file) as f:
            for line in f:
                pid, tid, name, what = (line.rstrip("\n").split(" ", 3) + [""])[:4]
                names[int(tid)] = re.sub(r"-\d+", "-N", name) + (f" ({what})" if what else "")
    by_process = collections.defaultdict(collections.Counter)
    faults = collections.Counter()
    for t in threads:
        label = "main" if t["tid"] == t["pid"] else names.get(t["tid"], "native")
        key = (t["pid"], t["cmd"])
        by_process[key][label] += t["user"] + t["sys"]
        by_process[key][label + " [sys]"] += t["sys"]
        faults[key] += t["minflt"]
    stages = {}
    for path in glob.glob(os.path.join(out, "stages-*.json")):
        with open(path) as f:
            timed = json.load(f)
        if timed:
            stages[int(re.findall(r"\d+", os.path.basename(path))[0])] = timed
    return {"processes": by_process, "faults": faults, "stages": stages}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, THREAD_CPU_OUT=os.path.abspath(args.out))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [HOOK, env.get("PYTHONPATH")]))
    process = subprocess.Popen(command, env=env)
    seen: dict = {}
    while process.poll() is None:
        sample(process.pid, seen)
        time.sleep(0.2)
    with open(os.path.join(args.out, "threads.json"), "w") as f:
        json.dump(list(seen.values()), f)
    summary = summarize(args.out)
    for key, labels in sorted(summary["processes"].items(), key=lambda kv: -kv[1]["main"]):
        total = sum(v for k, v in labels.items() if not k.endswith("[sys]"))
        if total < 0.2:
            continue
        print(f"pid {key[0]} {key[1][:60]!r}: {total:.2f} CPU-s, {summary['faults'][key]} faults")
        for label, cpu in labels.most_common():
            if cpu >= 0.05 and not label.endswith("[sys]"):
                print(f"  {cpu:7.2f}  (sys {labels[label + ' [sys]']:.2f})  {label}")
    for pid, timed in summary["stages"].items():
        inside = sum(v[0] for k, v in timed.items() if not k.startswith("gc:"))
        print(f"pid {pid}: thread CPU inside DoFns {inside:.2f} (gc: part of it)")
        for key, (cpu, calls) in sorted(timed.items(), key=lambda kv: -kv[1][0]):
            if cpu >= 0.01:
                print(f"  {cpu:7.2f}  {calls:6d} calls  {key}")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
