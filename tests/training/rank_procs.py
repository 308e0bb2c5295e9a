"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations

import os


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


def gloo_thread_ids() -> set[int]:
    """The thread ids of this process's ``pt_gloo_runloop`` threads (a gloo group's
    workers, named by torch; read from ``/proc``)."""
    tids = set()
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as f:
                if f.read().strip() == "pt_gloo_runloop":
                    tids.add(int(tid))
        except OSError:
            pass  # a thread that ended while listed
    return tids
