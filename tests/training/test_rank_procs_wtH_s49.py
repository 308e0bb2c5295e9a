"""rank_context's ranks (forked from a fork server) stop when the test process that
started them is killed, as spawned ranks did (clause rank_drops_alive_fd, review 49)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.training.rank_procs import join_ranks, rank_context

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UP_S = 600  # the fork server imports torch, transformers, peft first (minutes under load)
GONE_S = 120  # the watcher polls every second, then its SIGTERM

_PARENT = (
    "import sys, time; sys.path.insert(0, sys.argv[2]); "
    "from tests.training.rank_procs import rank_context; "
    "from tests.training.test_rank_procs_wtH_s49 import _sleeping_rank; "
    "rank_context().Process(target=_sleeping_rank, args=(sys.argv[1],)).start(); "
    "time.sleep(UP)"
).replace("UP", str(UP_S + GONE_S))


def _sleeping_rank(out) -> None:
    """A rank under torchrun's variables: clause launcher_gone's watcher, then it waits
    as a rank left in a collective waits."""
    os.environ.update({"TORCHELASTIC_RUN_ID": "test", "RANK": "0"})
    from training import torchrun

    torchrun.watch_launcher(2)
    with open(os.path.join(out, "pids.tmp"), "w") as f:
        f.write(f"{os.getpid()} {os.getppid()}")
    os.replace(os.path.join(out, "pids.tmp"), os.path.join(out, "pids"))
    time.sleep(UP_S + GONE_S)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_gone(pids, timeout_s: float) -> list[int]:
    end = time.monotonic() + timeout_s
    while any(_running(p) for p in pids) and time.monotonic() < end:
        time.sleep(0.5)
    return [p for p in pids if _running(p)]


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_ranks_stop_when_their_test_process_is_killed(tmp_path):
    """Real failure (review 49): pytest killed with SIGTERM mid-test left the fork server
    and its ranks running (each rank held the pipe end that keeps the server alive, so
    the ranks' parent never went and the watcher never fired)."""
    err = tmp_path / "err.txt"
    pids_file = tmp_path / "pids"
    with open(err, "w") as stderr:
        parent = subprocess.Popen(
            [sys.executable, "-c", _PARENT, str(tmp_path), ROOT], cwd=ROOT, stderr=stderr
        )
    pids = []
    try:
        end = time.monotonic() + UP_S
        while not pids_file.exists() and parent.poll() is None and time.monotonic() < end:
            time.sleep(0.5)
        assert pids_file.exists(), f"the rank never started: {err.read_text()[-1500:]}"
        pids = [int(p) for p in pids_file.read_text().split()]  # the rank, its server
        parent.send_signal(signal.SIGTERM)
        parent.wait()
        left = _wait_gone(pids, GONE_S)
        assert not left, f"still running after their test process was killed: {left}"
        said = err.read_text()
        assert "rank 0: its launcher (pid" in said and "is gone" in said, said[-1500:]
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in pids:
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


def _report(out) -> None:
    import torch

    mine = sorted(m for m in sys.modules if m.split(".")[0] in ("training", "pipeline", "schemas"))
    umask = os.umask(0)
    with open(out, "w") as f:
        json.dump(
            {
                "probe": os.environ.get("LONGCTX_RANK_PROBE"),
                "cwd": os.getcwd(),
                "path0": sys.path[0],
                "umask": umask,
                "project_modules": mine,
                "torch_threads": torch.get_num_threads(),
            },
            f,
        )


def test_rank_starts_with_its_parents_state(tmp_path, monkeypatch):
    """What spawn gave a rank: the environment, working folder, ``sys.path`` and umask
    of the test process when the rank starts, set after the fork server started (a test
    sets variables its ranks read, ``monkeypatch.chdir``s, puts its checkout first),
    and none of the project's modules already imported (the checkout under test is
    the one the rank imports); one torch thread (the launch helpers' OMP_NUM_THREADS)."""
    ranks = rank_context()  # the server starts here (or already runs)
    monkeypatch.setenv("LONGCTX_RANK_PROBE", "set after the server started")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "first"))
    umask = os.umask(0o027)
    try:
        p = ranks.Process(target=_report, args=(str(tmp_path / "seen.json"),))
        p.start()
    finally:
        os.umask(umask)
    join_ranks([p], UP_S)
    assert p.exitcode == 0
    seen = json.loads((tmp_path / "seen.json").read_text())
    assert seen == {
        "probe": "set after the server started",
        "cwd": str(tmp_path),
        "path0": str(tmp_path / "first"),
        "umask": 0o027,
        "project_modules": [],
        "torch_threads": 1,
    }
