"""The fork server of local multi-process builds (pipeline.fork_server): a forked
worker fails, dies and ends as a directly started one would, and its client
reports it to Beam the same way. Real processes, Beam's real worker harness."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from pipeline.fork_server import ForkServer
from tests.conftest import REPO_ROOT

# Beam's worker without a control address fails at once (KeyError); with one where
# nothing listens it waits for the runner, i.e. runs until it is ended.
FAILING = {k: v for k, v in os.environ.items() if not k.endswith("_API_SERVICE_DESCRIPTOR")}
WAITING = dict(FAILING, CONTROL_API_SERVICE_DESCRIPTOR='url: "localhost:1"')


@pytest.fixture(scope="module")
def server():
    with ForkServer() as s:
        yield s


def _run(args: list[str]) -> subprocess.CompletedProcess:
    """``args`` run with a failing worker's environment, output captured."""
    return subprocess.run(args, env=FAILING, cwd=REPO_ROOT, capture_output=True, text=True)


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def _gone(pid: int, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True  # exited, not yet reaped
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


def _waiting_worker(server: ForkServer, **popen) -> tuple[subprocess.Popen, int]:
    before = set(_children(server._process.pid))
    client = subprocess.Popen(server.command.split(), env=WAITING, **popen)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        new = set(_children(server._process.pid)) - before
        if new:
            return client, new.pop()
        time.sleep(0.05)
    raise AssertionError("no worker was forked")


def test_a_failing_worker_fails_its_command_as_a_direct_one_does(server):
    """Same exit code, and the worker's traceback on the client's own stderr (the
    streams are handed over, not the server's)."""
    direct = _run([sys.executable, "-m", "pipeline.beam_worker"])
    forked = subprocess.run(server.command, shell=True, env=FAILING, capture_output=True, text=True)
    assert direct.returncode == forked.returncode == 1
    for out in (direct, forked):
        assert "KeyError: 'CONTROL_API_SERVICE_DESCRIPTOR'" in out.stderr
        assert out.stdout == ""


def test_a_worker_killed_by_a_signal_kills_its_client_with_it(server):
    client, worker = _waiting_worker(server)
    os.kill(worker, signal.SIGKILL)
    assert client.wait(timeout=20) == -signal.SIGKILL


def test_a_client_that_goes_away_takes_its_worker_with_it(server):
    """Ctrl-C (or Beam killing the command) ends the client; its worker is ended."""
    client, worker = _waiting_worker(server)
    client.send_signal(signal.SIGINT)
    assert client.wait(timeout=20) == -signal.SIGINT
    assert _gone(worker)


def test_closing_the_server_ends_its_workers_and_tells_their_clients(tmp_path):
    server = ForkServer()
    client, worker = _waiting_worker(server)
    server.close()
    assert server._process.returncode == 0
    assert _gone(worker)
    assert client.wait(timeout=20) == 1
    assert not os.path.exists(server.address)


def test_without_a_server_the_client_starts_the_worker_itself(tmp_path):
    client = os.path.join(REPO_ROOT, "pipeline", "fork_client.py")
    out = _run([sys.executable, "-S", client, str(tmp_path / "no-socket")])
    assert out.returncode == 1
    assert "fork server unavailable (FileNotFoundError" in out.stderr
    assert "KeyError: 'CONTROL_API_SERVICE_DESCRIPTOR'" in out.stderr


def _sigint_ignored(pid: int) -> bool:
    with open(f"/proc/{pid}/status") as f:
        mask = next(int(line.split()[1], 16) for line in f if line.startswith("SigIgn:"))
    return bool(mask & (1 << (signal.SIGINT - 1)))


@pytest.mark.parametrize("ignored", [False, True])
def test_the_worker_takes_sigint_as_its_client_does(server, ignored):
    """Ctrl-C ends a worker as it ends a Python process started directly; a build
    started with SIGINT ignored (a background job) keeps its workers ignoring it,
    although the server itself always ignores it."""
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignored else None
    client, worker = _waiting_worker(server, preexec_fn=ignore)
    try:
        deadline = time.monotonic() + 20
        while _sigint_ignored(worker) != ignored and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _sigint_ignored(worker) == ignored
        assert _sigint_ignored(server._process.pid)
    finally:
        os.kill(worker, signal.SIGKILL)
        client.wait(timeout=20)


# A driver that has imported Beam and the stages, then forks the server from itself
# (pipeline.early_start does this as a build begins). Run as its own process: the
# test process has imported other things and may run threads.
FORKING_DRIVER = """
import os, subprocess, sys
import pipeline.build
from pipeline import fork_server
assert fork_server.can_fork_here()
server = fork_server.ForkServer(fork_here=True)
print(server._process.pid, flush=True)
env = {k: v for k, v in os.environ.items() if not k.endswith("_API_SERVICE_DESCRIPTOR")}
failing = subprocess.run(server.command.split(), env=env, capture_output=True, text=True)
print(failing.returncode, "KeyError: 'CONTROL_API_SERVICE_DESCRIPTOR'" in failing.stderr,
      flush=True)
if sys.argv[1] == "close":
    server.close()
    print(server._process.returncode, os.path.exists(server.address), flush=True)
else:
    env["CONTROL_API_SERVICE_DESCRIPTOR"] = 'url: "localhost:1"'
    client = subprocess.Popen(server.command.split(), env=env)
    print(client.pid, flush=True)
    client.wait()
"""


def _forking_driver(how: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", FORKING_DRIVER, how],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_server_forked_from_the_driver_serves_and_closes_as_a_started_one():
    driver = _forking_driver("close")
    out, err = driver.communicate(timeout=120)
    assert driver.returncode == 0, err
    pid, failing, closed = out.splitlines()
    assert failing == "1 True"  # the worker failed as a directly started one does
    assert closed == "0 False"  # stopped cleanly, its socket removed
    assert _gone(int(pid))
    assert "Traceback" not in err


def test_a_server_forked_from_the_driver_ends_when_the_driver_is_killed():
    """Its stdin is a pipe from the driver: killed (no close), the driver's end
    closes, and the server ends its workers and itself."""
    driver = _forking_driver("kill")
    pid = int(driver.stdout.readline())
    assert driver.stdout.readline().strip() == "1 True"
    client = int(driver.stdout.readline())
    deadline = time.monotonic() + 30
    while not _children(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    (worker,) = _children(pid)
    driver.kill()
    driver.wait(timeout=20)
    assert _gone(pid) and _gone(worker) and _gone(client)


def test_no_fork_from_a_process_running_another_thread():
    import threading

    import pipeline.build  # noqa: F401
    from pipeline.fork_server import can_fork_here

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork_here()
    finally:
        stop.set()
        thread.join()


def test_the_server_loads_the_build_tokenizer_once_for_its_workers(tiny_tokenizer_path, tmp_path):
    """``preload(tokenizer)`` makes ``worker_tokenizer(path)`` before the fork: a forked
    child finds it made (a cache hit, no second load) and encodes as a fresh load
    does; a tokenizer that cannot load is left to the worker (no error here)."""
    code = f"""
import os, sys
from pipeline.fork_server import preload
from transforms.tokenize import load_tokenizer, worker_tokenizer
preload({str(tmp_path / "missing.json")!r})
assert worker_tokenizer.cache_info().currsize == 0
preload({tiny_tokenizer_path!r})
loaded = worker_tokenizer.cache_info()
assert (loaded.misses, loaded.currsize) == (2, 1), loaded
pid = os.fork()
if pid == 0:
    tokenizer, offsets = worker_tokenizer({tiny_tokenizer_path!r})
    after = worker_tokenizer.cache_info()
    text = "It was the best of times, it was the worst of times."
    same = tokenizer.encode(text).ids == load_tokenizer({tiny_tokenizer_path!r}).encode(text).ids
    os._exit(0 if (after.hits, after.misses) == (1, 2) and same and offsets is not None else 3)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]


def test_the_server_loads_the_topic_segmenters_compiled_loops_for_its_workers():
    """``preload`` loads the DCM segmenter's compiled loops (numba) before the
    fork: a forked child segments with them as loaded (no new compilation) and
    finds the boundaries its parent finds."""
    code = """
import os, sys
import numpy as np
from pipeline.fork_server import preload
preload(None)
from transforms import dcm, dcm_kernel
loaded = len(dcm_kernel.segment_all.signatures)
assert loaded == 1, loaded
rng = np.random.default_rng(0)
indptr = np.arange(0, 200, 10)
ids = np.r_[rng.integers(0, 30, 100), rng.integers(30, 60, 90)]
want = dcm.segment_blocks([(indptr, ids)], 0.5, 2.0)[0].tolist()
assert want == [10], want
pid = os.fork()
if pid == 0:
    got = dcm.segment_blocks([(indptr, ids)], 0.5, 2.0)[0].tolist()
    os._exit(0 if got == want and len(dcm_kernel.segment_all.signatures) == loaded else 3)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
