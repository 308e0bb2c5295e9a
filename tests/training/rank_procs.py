"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import sys
from multiprocessing import forkserver

# What every rank imports before its first line runs: imported once, in the fork
# server, instead of once per rank (`import training.recipe` took 13 s at load 7 and
# 42 s at load 20 on 2 cores, mostly torch; a spawned rank paid it, twice per test). Third-party modules only: the project's own modules are
# imported fresh in each rank, after its environment is set, as under spawn.
RANK_PRELOAD = ("torch", "torch.distributed", "numpy", "pyarrow", "transformers", "peft")


class _Ranks:
    """``Process(target=..., args=...)`` like ``multiprocessing.get_context("spawn")``'s:
    the rank starts with this process's environment, working folder, ``sys.path`` and
    umask as they are when it starts, and imports the project fresh; it is forked from
    a server that imported :data:`RANK_PRELOAD` once (``forkserver``)."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(list(RANK_PRELOAD))
        # a rank's torch threads follow the server's OMP_NUM_THREADS, not the rank's own
        # (torch is imported there): one thread per rank, as the launch helpers set
        threads = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = "1"
        try:
            forkserver.ensure_running()
        finally:
            if threads is None:
                del os.environ["OMP_NUM_THREADS"]
            else:
                os.environ["OMP_NUM_THREADS"] = threads

    def Process(self, target, args=(), **kwargs):  # noqa: N802 (multiprocessing's name)
        umask = os.umask(0)
        os.umask(umask)
        state = (dict(os.environ), os.getcwd(), list(sys.path), umask)
        return self._context.Process(target=_as_spawned, args=(state, target, args), **kwargs)


def _as_spawned(state, target, args) -> None:
    _let_server_end()
    environ, cwd, path, umask = state
    os.environ.clear()
    os.environ.update(environ)
    os.chdir(cwd)
    sys.path[:] = path
    os.umask(umask)
    try:
        target(*args)
    finally:
        _end_as_spawned()


def _let_server_end() -> None:
    """Clause rank_drops_alive_fd (review 49): a forked rank closes its copy of the
    pipe end whose holders keep the fork server alive (multiprocessing hands it to
    every child). Without it, a killed pytest (SIGTERM, SIGKILL) left its server and
    ranks running: the ranks' parent, the server, never went, so clause launcher_gone
    (``training.torchrun.watch_launcher``) never stopped them (session 33's ranks left
    sleeping for an hour). With it, the server sees the pipe's end when pytest is gone
    and exits; its ranks' parent changes and the watcher stops them, as under spawn."""
    server = forkserver._forkserver
    if server._forkserver_alive_fd is not None:
        with contextlib.suppress(OSError):
            os.close(server._forkserver_alive_fd)
        server._forkserver_alive_fd = None


def _end_as_spawned() -> None:
    """End the rank as a spawned one ends: a spawned rank's interpreter runs atexit's
    functions and frees its process groups, which close their connections (its peer
    reads gloo's "Connection closed by peer"); a forked one ends in ``os._exit`` and
    its peer read "Connection reset by peer" (test_torchrun's
    test_verdict_group_before_hashing_peer_crash reads the first)."""
    atexit._run_exitfuncs()
    dist = sys.modules.get("torch.distributed")
    if dist is not None and dist.is_available() and dist.is_initialized():
        with contextlib.suppress(Exception):
            dist.destroy_process_group()


def rank_context() -> _Ranks:
    """Where the tests start their ranks: ``rank_context().Process(target=, args=)``."""
    return _Ranks()


def join_ranks(procs, timeout_s: float) -> None:
    """Wait for every rank's process; a rank still running after ``timeout_s`` is killed
    and the test fails naming it (a rank left waiting in a collective never returns)."""
    for p in procs:
        p.join(timeout_s)
    hung = [rank for rank, p in enumerate(procs) if p.is_alive()]
    for p in procs:
        if p.is_alive():
            p.kill()
            p.join()
    assert not hung, f"ranks {hung} hung"
