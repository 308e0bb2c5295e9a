"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations


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
