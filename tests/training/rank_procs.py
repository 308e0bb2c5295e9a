"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing import forkserver

# What every rank imports before its first line runs: imported once, in the fork
# server, instead of once per rank (a spawned rank paid ~3 s of imports on 2 cores,
# twice per two-rank test). Third-party modules only: the project's own modules are
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
        # torch reads OMP_NUM_THREADS when it is imported, in the server: one thread per
        # rank, as the launch helpers set for their ranks (two ranks on 2 cores)
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
    environ, cwd, path, umask = state
    os.environ.clear()
    os.environ.update(environ)
    os.chdir(cwd)
    sys.path[:] = path
    os.umask(umask)
    target(*args)


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
