"""Clause ``rank_writes_agreed`` (``training/run_agreed.py``) at ``RankWrites`` itself:
two gloo processes, no trainer (seconds). Rank 0's write of ``metrics.jsonl`` fails with
a full disk, or raises ``MemoryError``; rank 1's code raises a bug; no fault. Every
rank returns from ``settle`` or stops with the same line (a rank alive after
HUNG_AFTER_S fails the test as hung). One process: the error at once, as before."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import socket

import pytest

from tests.training.rank_procs import free_port, join_ranks, master_env

HUNG_AFTER_S = 120


def _writer_rank(rank, port, run, fault, out):
    os.environ.update(master_env(rank, port))
    import torch

    from training.run_agreed import RankWrites
    from training.torchrun import AgreedError

    torch.distributed.init_process_group("gloo")
    writes = RankWrites(run, 2, torch.device("cpu"))
    who, what = fault.split(":")
    metrics = os.path.join(run, "metrics.jsonl")
    result = {"raised": None}
    try:
        for step in (1, 2, 3):
            with writes.catch(metrics):
                if rank == int(who) and step == 2:
                    if what == "full":
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), metrics)
                    if what == "oom":
                        raise MemoryError()
                    if what == "bug":
                        raise TypeError("a bug of the code")
            writes.settle()
            result["settled"] = step
    except AgreedError as error:
        result.update(raised="AgreedError", line=str(error), status=error.exit_status)
    except Exception as error:  # noqa: BLE001 - what each rank stopped with is the point
        result.update(raised=type(error).__name__, line=str(error))
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(result, f)


def _two_writers(tmp_path, fault):
    port = free_port()
    run = str(tmp_path / "run")
    os.makedirs(run)
    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_writer_rank, args=(r, port, run, fault, str(tmp_path)))
        for r in (0, 1)
    ]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)
    return run, [json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1)]


@pytest.mark.slow
@pytest.mark.parametrize("what", ["full", "oom"])
def test_rank_writes_agreed_one_line(tmp_path, what):
    """Rank 0's metrics line of step 2 fails (full disk, out of memory): both ranks stop
    at step 2's settle with the same line naming rank 0, the file and what to fix."""
    run, results = _two_writers(tmp_path, f"0:{what}")
    assert [r.get("settled") for r in results] == [1, 1], results
    assert [r["raised"] for r in results] == ["AgreedError", "AgreedError"], results
    assert results[0]["line"] == results[1]["line"] and results[0]["status"] == 2
    where = f"rank 0 of 2, node 0, host {socket.gethostname()}"
    start_over = "no checkpoint was complete yet: the run starts over"
    # clause kept_says_the_write (session 38): metrics.jsonl is appended to, so not
    # "nothing half-written was kept" (before) but what is true of it
    kept = (
        f"{run}/metrics.jsonl keeps the lines written before (a last line the failure cut "
        "short is dropped when the run starts again)"
    )
    if what == "full":
        assert results[0]["line"] == (
            f"no space left on the disk of {run} ({where}) while writing {run}/metrics.jsonl "
            f"(No space left on device); {kept}; free some space there (or move the run "
            f"folder to a disk with room and point --output at it); {start_over}"
        )
    else:
        assert results[0]["line"] == (
            f"out of memory on {where} while writing {run}/metrics.jsonl (MemoryError); "
            f"{kept}; free memory on that host (other processes there), or run fewer ranks "
            f"on it; {start_over}"  # review 37: no "use fsdp"
        )


@pytest.mark.slow
def test_rank_writes_agreed_bug_and_guard(tmp_path):
    """Rank 1's code raises: rank 1 keeps its own error, rank 0 one line naming rank 1
    (exit 1). Guard (second launch): no fault, every settle returns."""
    run, results = _two_writers(tmp_path, "1:bug")
    assert (results[1]["raised"], results[1]["line"]) == ("TypeError", "a bug of the code")
    assert results[0]["raised"] == "AgreedError" and results[0]["status"] == 1
    assert results[0]["line"] == (
        f"rank 1 of 2, node 0, host {socket.gethostname()} failed while writing "
        f"{run}/metrics.jsonl (TypeError: a bug of the code; its traceback is in that "
        "rank's output); no checkpoint was complete yet: the run starts over"
    )
    _, results = _two_writers(tmp_path / "guard", "1:none")
    assert [(r["raised"], r["settled"]) for r in results] == [(None, 3), (None, 3)]


def test_rank_writes_agreed_one_process(tmp_path):
    """One process: the write's own error, at once (no collective, no line made)."""
    import torch

    from training.run_agreed import RankWrites

    writes = RankWrites(str(tmp_path), 1, torch.device("cpu"))
    with pytest.raises(OSError) as raised, writes.catch("metrics.jsonl"):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "x")
    assert raised.value.errno == errno.ENOSPC and writes.error is None
    writes.settle()  # nothing kept: returns
