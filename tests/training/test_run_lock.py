"""Clause ``run_lock`` (session 39, ``training.run_lock``): one run at a time in a run
folder. Two ``longctx train`` started into one ``--output`` both went ahead; with the
first one before its first checkpoint, the second started that run over in the same
folder (clause: a run killed before its first checkpoint can start again) while the
first kept writing. Now rank 0 holds ``RUN/.longctx-run.lock`` from the start's checks
to its last write: a live holder on this host, or another host's lock, refuses the run
in one line; a dead holder's lock (a SIGKILL) is taken over with one line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest

from schemas.errors import UserError
from tests.training.conftest import train_recipe
from tests.training.test_resume_safety import _error_line
from training import recipe
from training.plots import read_metrics
from training.run_lock import LOCK, RunLock

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _cmd(dataset, model, config, run) -> list[str]:
    args = ["--data", dataset, "--model", model, "--config", config, "--output", str(run)]
    return [sys.executable, "-m", "training.recipe", *args]


def _stopped_after_step_1(cmd) -> subprocess.Popen:
    """A real ``longctx train`` process, stopped (SIGSTOP) after its step 1: it holds
    the lock, its run folder has config.yaml and metrics.jsonl, no checkpoint yet."""
    env = os.environ | {recipe.STOP_AFTER_STEP_ENV: "1"}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    _, status = os.waitpid(proc.pid, os.WUNTRACED)  # blocks until it stops itself
    assert os.WIFSTOPPED(status), proc.stderr.read()
    return proc


def _disk(folder) -> dict[str, tuple[int, int]]:
    return {
        os.path.relpath(os.path.join(d, n), folder): (
            os.path.getsize(os.path.join(d, n)),
            os.stat(os.path.join(d, n)).st_mtime_ns,
        )
        for d, _, names in os.walk(folder)
        for n in names
    }


def test_run_lock_two_processes(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """A second process started into the folder of a live run (stopped after step 1,
    before its first checkpoint) exits 2 with one line naming the first run's pid, and
    changes nothing on disk (before: it started the run over there, exit 0); the first
    run then finishes, its metrics logged once, and its lock is gone."""
    run = tmp_path / "run"
    first = _stopped_after_step_1(_cmd(tiny_dataset, tiny_model, tiny_config, run))
    try:
        pid, host, started = (run / LOCK).read_text().strip().split(" ", 2)
        assert (int(pid), host) == (first.pid, socket.gethostname())
        before = _disk(run)
        second = subprocess.run(_cmd(tiny_dataset, tiny_model, tiny_config, run), cwd=ROOT,
                                capture_output=True, text=True, timeout=600)  # fmt: skip
        assert second.returncode == 2, second.stderr[-3000:]
        assert "Traceback" not in second.stderr
        assert _error_line(second.stderr) == (
            f"longctx train: error: --output {run} is in use by another run on this host "
            f"(pid {first.pid}, started {started}; its lock is {run}/{LOCK}); wait for it "
            "to end or stop it, or choose another --output"
        )
        assert _disk(run) == before  # nothing written, moved or removed
        first.send_signal(signal.SIGCONT)
        assert first.wait(timeout=600) == 0, first.stderr.read()[-3000:]
    finally:
        first.kill()
    assert not (run / LOCK).exists()
    assert (run / "adapter").is_dir()
    logged = read_metrics(str(run / "metrics.jsonl"))
    assert [r["step"] for r in logged if r["kind"] == "train"] == [1, 2, 3, 4, 5]


def test_run_lock_stale_taken_over(tiny_dataset, tiny_model, tiny_config, tmp_path, capsys):
    """A run killed (SIGKILL) leaves its lock; the same command takes it over with one
    line naming the dead pid and runs (the run starts over: no checkpoint yet)."""
    run = tmp_path / "run"
    first = _stopped_after_step_1(_cmd(tiny_dataset, tiny_model, tiny_config, run))
    first.kill()
    assert first.wait() == -signal.SIGKILL
    assert (run / LOCK).read_text().startswith(f"{first.pid} ")
    capsys.readouterr()
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "run lock" in line]
    assert len(said) == 1 and said[0].startswith(
        f"note: taking over the run lock of pid {first.pid} (started "
    ), said
    assert said[0].endswith(f"which is no longer running on this host (killed?): {run}/{LOCK}")
    assert not (run / LOCK).exists() and (run / "adapter").is_dir()


def test_run_lock_other_host(tiny_dataset, tiny_model, tiny_config, tmp_path, capsys):
    """Another host's lock cannot be checked from here (a new ``docker run`` is another
    host): one line naming the host, pid and file and the option that takes it
    (clause run_lock_take_over, session 40; before, the line said to remove the file by
    hand), exit 2, the folder untouched; the same command with --take-over-lock takes
    it with one note saying whose it was, runs, and leaves no lock."""
    run = tmp_path / "run"
    run.mkdir()
    (run / LOCK).write_text("4242 gpu-node-7 2026-12-05T19:00:00+0000\n")
    capsys.readouterr()
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 2
    assert _error_line(capsys.readouterr().err) == (
        f"longctx train: error: --output {run} is in use by a run on host gpu-node-7 (pid "
        f"4242, started 2026-12-05T19:00:00+0000; its lock is {run}/{LOCK}); wait for it "
        "to end, or if no run is going on there (it was killed, or its container is gone), "
        "run the same command with --take-over-lock"
    )
    assert os.listdir(run) == [LOCK]
    assert (run / LOCK).read_text() == "4242 gpu-node-7 2026-12-05T19:00:00+0000\n"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, "--take-over-lock") == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "run lock" in line]
    assert said == [
        "note: taking over the run lock of pid 4242 on host gpu-node-7 (started "
        f"2026-12-05T19:00:00+0000), which cannot be checked from host {socket.gethostname()} "
        f"(--take-over-lock): {run}/{LOCK}"
    ]
    assert not (run / LOCK).exists() and (run / "adapter").is_dir()


def test_run_lock_take_over_never_live(tmp_path):
    """Clause run_lock_take_over's guard: --take-over-lock never takes a live lock of
    this host (the same refusal as without it); it takes an unreadable lock with a
    note; a lock this run no longer holds (taken over by another host meanwhile) is not
    removed at release."""
    run = tmp_path / "run"
    run.mkdir()
    live = subprocess.Popen(["sleep", "60"])
    try:
        now = __import__("time").strftime("%Y-%m-%dT%H:%M:%S%z")
        text = f"{live.pid} {socket.gethostname()} {now}\n"
        (run / LOCK).write_text(text)
        with pytest.raises(UserError) as refused:
            RunLock(str(run), 0, take_over=True).take()
        assert str(refused.value) == (
            f"--output {run} is in use by another run on this host (pid {live.pid}, started "
            f"{now}; its lock is {run}/{LOCK}); wait for it to end or stop it, or choose "
            "another --output"
        )
        assert (run / LOCK).read_text() == text
    finally:
        live.kill()
        live.wait()
    (run / LOCK).write_bytes(b"\xff\xfe")
    said = []
    lock = RunLock(str(run), 0, take_over=True, say=said.append)
    lock.take()
    assert lock.held and said == [
        f"note: taking over the run lock {run}/{LOCK}, which cannot be read (--take-over-lock)"
    ]
    (run / LOCK).unlink()
    (run / LOCK).write_text("4242 gpu-node-7 2026-12-05T19:00:00+0000\n")  # another's now
    lock.release()
    assert (run / LOCK).read_text().startswith("4242 gpu-node-7 ")
    assert sorted(os.listdir(run)) == [LOCK]  # no claim or part file left


def _racer(run, barrier, done, results) -> None:
    """One of the racing processes: reads of the lock are slowed by 50 ms (the moment
    between reading the dead holder and removing its lock made wide enough to hit
    every time), then all take the lock at once (a barrier); each says whether it took
    it and holds it until every racer has tried."""
    import time

    from training import run_lock

    real = run_lock._holder

    def slow(path):
        found = real(path)
        time.sleep(0.05)
        return found

    run_lock._holder = slow
    lock = RunLock(run, 0, say=lambda line: None)
    barrier.wait()
    try:
        lock.take()
        results.put(("took", os.getpid(), ""))
    except UserError as error:
        results.put(("refused", os.getpid(), str(error)))
    done.wait()


@pytest.mark.parametrize("racers", [2, 6])
def test_run_lock_takeover_atomic(tmp_path, racers):
    """Clause run_lock_takeover_atomic (session 40): real processes taking over one dead
    lock at the same moment: exactly one takes it, the lock names it, every other is
    refused with the live-run line naming the winner. Before, each removed the lock it
    had read as dead, and the second removed the first's new lock: both ran."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    dead = subprocess.Popen(["true"])
    dead.wait()
    for round_ in range(3):
        run = tmp_path / f"run{round_}"
        run.mkdir()
        (run / LOCK).write_text(f"{dead.pid} {socket.gethostname()} 2026-12-05T19:00:00+0000\n")
        barrier, done, results = context.Barrier(racers), context.Event(), context.Queue()
        procs = [
            context.Process(target=_racer, args=(str(run), barrier, done, results))
            for _ in range(racers)
        ]
        for proc in procs:
            proc.start()
        try:
            said = sorted(results.get(timeout=120) for _ in procs)
        finally:
            done.set()
            for proc in procs:
                proc.join(timeout=60)
        took = [pid for what, pid, _ in said if what == "took"]
        assert len(took) == 1, said
        assert (run / LOCK).read_text().startswith(f"{took[0]} "), said
        for what, _, line in said:
            if what == "refused":
                assert line.startswith(
                    f"--output {run} is in use by another run on this host (pid {took[0]}, "
                ), said
        assert sorted(os.listdir(run)) == [LOCK]  # no claim or part file left


def test_run_lock_claim_cut_short(tmp_path, monkeypatch):
    """A takeover's claim still held after CLAIM_WAIT_S by a taker that is running (a
    live ``sleep``: stopped, or on a slow disk) or is on another host: the next run is
    refused in one line naming the claim and whose it is, the dead lock left as it was
    and the claim with it."""
    from training import run_lock

    monkeypatch.setattr(run_lock, "CLAIM_WAIT_S", 0.2)
    run = tmp_path / "run"
    run.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    text = f"{dead.pid} {socket.gethostname()} 2026-12-05T19:00:00+0000\n"
    (run / LOCK).write_text(text)
    live = subprocess.Popen(["sleep", "60"])
    try:
        now = __import__("time").strftime("%Y-%m-%dT%H:%M:%S%z")
        for pid, host in ((live.pid, socket.gethostname()), (4242, "gpu-node-7")):
            claim = f"{pid} {host} {now}\n"
            (run / (LOCK + run_lock.CLAIM)).write_text(claim)
            with pytest.raises(UserError) as refused:
                RunLock(str(run), 0).take()
            assert str(refused.value) == (
                f"--output {run}: a takeover of its run lock was cut short (its claim "
                f"{run}/{LOCK}.takeover, of pid {pid} on host {host}, was held over 0.2 s); "
                "if no run is using this folder, remove that file and run the same command "
                "again"
            )
            assert (run / LOCK).read_text() == text
            assert (run / (LOCK + run_lock.CLAIM)).read_text() == claim
    finally:
        live.kill()
        live.wait()


def test_run_lock_claim_dead_taken_over(tmp_path, monkeypatch):
    """Clause run_lock_claim_dead (review 40): a takeover's claim left by a taker of this
    host that is no longer running (killed in its microseconds) is removed with a note,
    as a dead run's lock is taken over, and the dead lock is taken over: no file to
    remove by hand, no wait (CLAIM_WAIT_S is 0.2 here: waiting would refuse the run)."""
    from training import run_lock

    monkeypatch.setattr(run_lock, "CLAIM_WAIT_S", 0.2)
    run = tmp_path / "run"
    run.mkdir()
    dead, killed = subprocess.Popen(["true"]), subprocess.Popen(["true"])
    dead.wait()
    killed.wait()
    lock = f"{dead.pid} {socket.gethostname()} 2026-12-05T19:00:00+0000"
    claim = f"{killed.pid} {socket.gethostname()} 2026-12-05T19:30:00+0000"
    (run / LOCK).write_text(lock + "\n")
    (run / (LOCK + run_lock.CLAIM)).write_text(claim + "\n")
    said = []
    taker = RunLock(str(run), 0, say=said.append)
    taker.take()
    assert taker.held and said == [
        f"note: removed the run lock's takeover claim of pid {killed.pid} (started "
        f"2026-12-05T19:30:00+0000), which is no longer running on this host (killed?): "
        f"{run}/{LOCK}.takeover",
        f"note: taking over the run lock of pid {dead.pid} (started 2026-12-05T19:00:00+0000), "
        f"which is no longer running on this host (killed?): {run}/{LOCK}",
    ]
    assert (run / LOCK).read_text().startswith(f"{os.getpid()} {socket.gethostname()} ")
    assert sorted(os.listdir(run)) == [LOCK]  # no claim, moved claim or part file left
    taker.release()
    assert os.listdir(run) == []


def test_run_lock_claim_dead_put_back(tmp_path, monkeypatch):
    """Guard of run_lock_claim_dead: a claim read as a dead taker's but replaced, before
    it is moved aside, by a live taker's new claim is put back as it was (the same
    words and inode): the live taker keeps it and this run waits for it."""
    from training import run_lock

    monkeypatch.setattr(run_lock, "CLAIM_WAIT_S", 0.2)
    run = tmp_path / "run"
    run.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    (run / LOCK).write_text(f"{dead.pid} {socket.gethostname()} 2026-12-05T19:00:00+0000\n")
    live = subprocess.Popen(["sleep", "60"])
    claim = run / (LOCK + run_lock.CLAIM)
    try:
        now = __import__("time").strftime("%Y-%m-%dT%H:%M:%S%z")  # live: it began then
        text = f"{live.pid} {socket.gethostname()} {now}\n"
        claim.write_text(text)
        inode = claim.stat().st_ino
        real, stale = run_lock._holder, [(dead.pid, socket.gethostname(), "x", (0, 0))]

        def first_read_stale(path):  # the dead taker's claim, as read just before it went
            return stale.pop() if path == str(claim) and stale else real(path)

        monkeypatch.setattr(run_lock, "_holder", first_read_stale)
        with pytest.raises(UserError, match="a takeover of its run lock was cut short"):
            RunLock(str(run), 0).take()
        assert not stale  # the stale read was taken
        assert claim.read_text() == text and claim.stat().st_ino == inode
        assert sorted(os.listdir(run)) == sorted([LOCK, LOCK + run_lock.CLAIM])
    finally:
        live.kill()
        live.wait()


def test_run_lock_ranks(tmp_path):
    """Under torchrun rank 0 alone takes the lock (a refusal is agreed by every rank,
    ``training.torchrun.agreed``); a lock that cannot be read is one line; a folder not
    made yet is locked once made (``take`` again); release removes only its own."""
    run = tmp_path / "run"
    RunLock(str(run), 0).take()  # no folder yet: nothing taken
    run.mkdir()
    other = RunLock(str(run), 1)
    other.take()
    assert not other.held and os.listdir(run) == []
    mine = RunLock(str(run), 0)
    with mine:
        mine.take()
        assert mine.held and (run / LOCK).read_text().startswith(f"{os.getpid()} ")
        assert os.listdir(run) == [LOCK]  # no part file left
    assert os.listdir(run) == []
    (run / LOCK).write_bytes(b"\xff\xfe")
    with pytest.raises(UserError) as refused:
        RunLock(str(run), 0).take()
    assert str(refused.value) == (
        f"--output {run} holds a run lock {run}/{LOCK} that cannot be read; if no run is "
        "using this folder, run the same command with --take-over-lock"
    )


def test_run_lock_unwritable(tmp_path, monkeypatch):
    """An existing --output the run cannot write into (read-only; the tests run as root,
    so the write is made to fail) is the one line make_output_folder gives, not a
    traceback from the lock."""
    from training import run_lock

    def denied(path, text):
        raise PermissionError(13, "Permission denied", path + ".part")

    monkeypatch.setattr(run_lock, "_create", denied)
    with pytest.raises(UserError) as refused:
        RunLock(str(tmp_path), 0).take()
    assert str(refused.value) == (
        f"--output {tmp_path}: cannot write into the folder (Permission denied); choose a "
        "folder you can write to"
    )


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc (Linux)")
def test_run_lock_pid_reused(tmp_path):
    """Clause run_lock_pid_reused (review 39): a lock whose pid is now a later process
    on this host (the dead run's pid given to another process: after a reboot, or pids
    wrapping round) is taken over with the one note; before, every run into the folder
    was refused ("in use by another run ... wait for it to end") with nothing to wait
    for. Guard: a live process that began before its lock's time still refuses."""
    run = tmp_path / "run"
    run.mkdir()
    later = subprocess.Popen(["sleep", "60"])  # began now, long after the lock below
    host = socket.gethostname()
    try:
        (run / LOCK).write_text(f"{later.pid} {host} 2001-02-03T04:05:06+0000\n")
        said = []
        lock = RunLock(str(run), 0, say=said.append)
        with lock:
            lock.take()
            assert lock.held
            assert (run / LOCK).read_text().startswith(f"{os.getpid()} ")
        assert said == [
            f"note: taking over the run lock of pid {later.pid} (started "
            "2001-02-03T04:05:06+0000), which is no longer running on this host "
            f"(killed?): {run}/{LOCK}"
        ]
        now = __import__("time").strftime("%Y-%m-%dT%H:%M:%S%z")
        (run / LOCK).write_text(f"{later.pid} {host} {now}\n")  # the guard: its own lock
        with pytest.raises(
            UserError, match=f"in use by another run on this host \\(pid {later.pid}"
        ):
            RunLock(str(run), 0).take()
    finally:
        later.kill()
        later.wait()
