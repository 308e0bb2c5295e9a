"""bench/thread_cpu.py: per-thread CPU of a process tree, DoFn time inside workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, os.path.join(REPO_ROOT, "bench"))
import thread_cpu  # noqa: E402


def test_sample_counts_a_busy_thread_of_a_child_process():
    busy = (
        "import threading, time\n"
        "def spin():\n"
        "    end = time.process_time() + 0.6\n"
        "    while time.process_time() < end: pass\n"
        "t = threading.Thread(target=spin); t.start(); t.join(); time.sleep(0.3)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", busy])
    seen: dict = {}
    while child.poll() is None:
        thread_cpu.sample(os.getpid(), seen)
    child.wait()
    theirs = [t for t in seen.values() if t["pid"] == child.pid and t["tid"] != child.pid]
    assert len(theirs) == 1  # the one thread it started, seen under its parent's tree
    assert theirs[0]["user"] + theirs[0]["sys"] >= 0.3


@pytest.mark.slow
def test_a_build_is_split_by_thread_and_by_dofn(tmp_path, small_book_folder, tiny_tokenizer_path):
    corpus = small_book_folder
    out = tmp_path / "measured"
    run = subprocess.run(
        [sys.executable, "bench/thread_cpu.py", "--out", str(out), "--"]
        + [sys.executable, "bench/build_cpu_split.py", "--input", str(corpus)]
        + ["--tokenizer", tiny_tokenizer_path, "--workers", "1"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    summary = thread_cpu.summarize(str(out))
    # One worker ran DoFns (the driver and the fork server time only their GC); each
    # document went once through each stage.
    workers = {p: t for p, t in summary["stages"].items() if any(k.startswith("dofn:") for k in t)}
    assert len(workers) == 1
    ((pid, timed),) = workers.items()
    assert timed["stage:structure"][1] == 3
    assert timed["dofn:_ReadFileFn"][1] == 3
    threads = [t for t in json.loads((out / "threads.json").read_text()) if t["pid"] == pid]
    named = {line.split()[1] for line in (out / "tids.txt").read_text().splitlines()}
    bundle = max(threads, key=lambda t: t["user"] + t["sys"])
    assert str(bundle["tid"]) in named  # the bundle thread is a Python thread
    # The DoFns ran on it: their thread CPU is part of its CPU (clock ticks: +0.05).
    dofns = sum(cpu for key, (cpu, _) in timed.items() if not key.startswith("gc:"))
    assert 0 < dofns <= bundle["user"] + bundle["sys"] + 0.05
    assert "thread CPU inside DoFns" in run.stdout
