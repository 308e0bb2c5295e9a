"""Two gloo ranks of ``longctx train`` on CPU (a rank alive after the harness's
HUNG_AFTER_S fails the test as hung), ``training/run_agreed.py`` has the why:

* clause ``start_folder_agreed``: a run folder with checkpoints on one node only is
  refused at the start in every rank, with and without ``--resume``;
* clause ``damaged_reminder_every_node``: the reminder names node 1's damaged folders;
* clause ``rank_writes_agreed``: rank 0's disk full while it writes ``config.yaml`` at
  the start, the metrics line of step 2 or the adapter at the end: both ranks stop with
  the same line.

The launch helpers are tests/training/test_torchrun.py's."""

from __future__ import annotations

import errno
import os
import shutil
import socket

import pytest

from .test_torchrun import _argv, _error_lines, _node, _rank, _two_ranks

HOST = socket.gethostname()
PREFIX = "longctx train: error: "


def _start_over_or_resume(head: str) -> str:
    return (
        f"{PREFIX}{head}: its newest checkpoint is step 5 on node 0 (host {HOST}), none "
        f"on node 1 (host {HOST}) (node-local disks: each node sees its own folder), so the "
        "ranks would not start from the same step; to go on from step 5, copy the folder "
        "to every node (or use an --output all nodes share) and run with --resume; to "
        "start over, move the old folder away (or choose a new --output)"
    )


@pytest.mark.slow
@pytest.mark.parametrize("resume", [False, True])
def test_start_folder_agreed(run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path, resume):
    """Node 0's disk holds a finished run's folder (checkpoints 3 and 5), node 1's none.
    Both ranks exit 2 with one line naming each node's step and both ways on; nothing is
    written on either node (before: without --resume only node 0's rank refused, "already
    has checkpoints: pass --resume", and a --resume was refused only after the model's
    load, by resume_step_agreed)."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    shutil.copytree(run_dir, nodes[0] / "run", ignore=shutil.ignore_patterns("adapter"))
    before = sorted(str(p) for n in nodes for p in n.rglob("*"))
    argv = _argv(tiny_model, tiny_config, "run", *(["--resume"] if resume else []))
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    head = (
        "--resume: the nodes' copies of run differ"
        if resume
        else ("--output run is not the same folder on every node")
    )
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[_start_over_or_resume(head)]] * 2
    assert all("model " not in r["out"] for r in results)  # refused before the model
    assert sorted(str(p) for n in nodes for p in n.rglob("*")) == before


@pytest.mark.slow
def test_start_folder_agreed_same_steps(run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Guard, and clause damaged_reminder_every_node: both nodes hold a copy of the run
    (same steps), only node 1's has a ``damaged-step-00000004`` folder. No disagreement:
    both stop at the usual "already has checkpoints" refusal (no --resume); rank 0's
    reminder names node 1's folder (before: rank 0 looked at its own node only and said
    nothing); rank 1 says none."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    for node in nodes:
        shutil.copytree(run_dir, node / "run", ignore=shutil.ignore_patterns("adapter"))
    os.makedirs(nodes[1] / "run" / "checkpoints" / "damaged-step-00000004")
    argv = _argv(tiny_model, tiny_config, "run")
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    line = f"{PREFIX}run already has checkpoints: pass --resume, or choose a new --output"
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    root = "run/checkpoints"
    reminder = (
        f"{root} holds 1 folder(s) set aside as damaged at an earlier start or save, in the "
        f"nodes' own copies (node 1 (host {HOST}): damaged-step-00000004): they are not "
        "checkpoints and are never loaded; once you are sure you no longer need them, "
        f"delete them on each node named: rm -r {root}/damaged-step-*"
    )
    assert [x for x in results[0]["out"].splitlines() if "damaged" in x] == [reminder]
    assert "damaged" not in results[1]["out"]
    assert os.path.isdir(nodes[1] / "run" / "checkpoints" / "damaged-step-00000004")


def _rank_whose_disk_fills(rank, env, cwd, argv, out):
    """:func:`_rank`; in rank 0, ``config.yaml`` (``LONGCTX_TEST_FULL=config``) or the
    metrics line of step 2 (``=metrics``) or of its evaluation (``=eval``, review 37)
    meets a full disk; in rank 1, its ``rows/rank1.jsonl`` line of step 2 (``=rows``)."""
    if rank == 1 and os.environ["LONGCTX_TEST_FULL"] == "rows":
        from training import run_files

        class Rows:
            def __init__(self, f):
                self.f = f

            def write(self, text):
                if text.startswith('{"step": 1, "window"'):
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.f.name)
                return self.f.write(text)

            def __getattr__(self, name):
                return getattr(self.f, name)

        def rows_open(path, mode="r", **k):
            f = open(path, mode, **k)  # noqa: SIM115
            return Rows(f) if str(path).endswith("rank1.jsonl") and mode == "a" else f

        run_files.open = rows_open
    if rank == 0 and os.environ["LONGCTX_TEST_FULL"] != "rows":
        from training import recipe, run_files

        def full(path):
            return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)

        if os.environ["LONGCTX_TEST_FULL"] == "config":  # inherited by the spawned rank
            real = run_files.write_atomically

            def write_atomically(path, text):
                if path.endswith("config.yaml"):
                    raise full(path)
                real(path, text)

            run_files.write_atomically = write_atomically
        elif os.environ["LONGCTX_TEST_FULL"] == "adapter":
            from training import outputs

            def save_adapter(model, run, *args):
                raise full(os.path.join(run, ".adapter.tmp", "adapter_model.safetensors"))

            outputs.save_adapter = save_adapter
        else:

            class Metrics:
                def __init__(self, f):
                    self.f = f

                def write(self, text):
                    kind = "eval" if os.environ["LONGCTX_TEST_FULL"] == "eval" else "train"
                    if f'"kind": "{kind}", "step": 2,' in text:
                        raise full(self.f.name)
                    return self.f.write(text)

                def __getattr__(self, name):
                    return getattr(self.f, name)

            recipe.open = lambda *a, **k: Metrics(open(*a, **k))  # noqa: SIM115
    _rank(rank, env, cwd, argv, out)


def _two_ranks_disk_full(node, argv, tmp_path, what: str) -> list[dict]:
    """Both ranks on ``node``, the disk filling where ``LONGCTX_TEST_FULL=what`` says
    (:func:`_rank_whose_disk_fills`; the variable is inherited by the spawned ranks)."""
    os.environ["LONGCTX_TEST_FULL"] = what
    try:
        return _two_ranks(
            [str(node), str(node)], [0, 1], argv, str(tmp_path / "out"),
            target=_rank_whose_disk_fills,
        )  # fmt: skip
    finally:
        del os.environ["LONGCTX_TEST_FULL"]


@pytest.mark.slow
@pytest.mark.parametrize("what", ["config", "metrics", "eval"])
def test_rank_writes_agreed_train(tiny_dataset, tiny_model, tiny_config, tmp_path, what):
    """Clause rank_writes_agreed: rank 0's disk is full when it writes config.yaml at the
    start, the metrics line of step 2 or of step 2's evaluation (review 37: the eval
    line's catch had no test): both ranks exit 2 with the same line naming
    rank 0 and the file; no checkpoint (the first is after step 3); no traceback
    (before: rank 0 stopped alone with its line, rank 1 failed at its next collective
    with gloo's "Connection closed by peer" traceback)."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    argv = _argv(tiny_model, tiny_config, run)
    results = _two_ranks_disk_full(node, argv, tmp_path, what)
    assert [r["status"] for r in results] == [2, 2], results[1]["err"][-2000:]
    lines = [_error_lines(r["err"]) for r in results]
    file = f"{run}/{'config.yaml' if what == 'config' else 'metrics.jsonl'}"
    assert (
        lines[0]
        == lines[1]
        == [
            f"{PREFIX}no space left on the disk of {run} (rank 0 of 2, node 0, host {HOST}) "
            f"while writing {file} (No space left on device); nothing half-written was kept; "
            "free some space there (or move the run folder to a disk with room and point "
            "--output at it); no checkpoint was complete yet: the run starts over"
        ]
    )
    assert all("Traceback" not in r["err"] for r in results)
    assert not os.path.exists(run / "checkpoints" / "step-00000003")


@pytest.mark.slow
def test_rank_writes_agreed_adapter(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause rank_writes_agreed at the end: rank 0's disk is full when it saves the
    adapter after the last step: both ranks exit 2 with the same line naming rank 0 and
    the intact step-5 checkpoint (a --resume writes the outputs); no adapter folder."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    results = _two_ranks_disk_full(node, _argv(tiny_model, tiny_config, run), tmp_path, "adapter")
    assert [r["status"] for r in results] == [2, 2], results[1]["err"][-2000:]
    lines = [_error_lines(r["err"]) for r in results]
    assert lines[0] == lines[1] and len(lines[0]) == 1
    step5 = f"{run}/checkpoints/step-00000005"
    assert lines[0][0].startswith(
        f"{PREFIX}no space left on the disk of {run} (rank 0 of 2, node 0, host {HOST}) "
        "while writing the adapter (No space left on device); nothing half-written was "
        "kept; free some space there (or move the run folder to a disk with room and point "
        f"--output at it); the last complete checkpoint {step5} is intact (its checksums "
        "verify; a checkpoint takes "
    )
    assert lines[0][0].endswith("MB): run the same command with --resume to go on from it")
    assert all("Traceback" not in r["err"] for r in results)
    assert not os.path.exists(run / "adapter")


@pytest.mark.slow
def test_rank_writes_agreed_rows_rank1(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause rank_writes_agreed_rows (review 37): a rank other than 0 failing in its own
    write: rank 1's ``rows/rank1.jsonl`` line of step 2 (``--set log_rows=true``) meets a
    full disk; both ranks exit 2 with the same line naming rank 1 and its file, no
    checkpoint (before the catch around the rows log: rank 1 stopped alone and rank 0
    failed at its next collective with gloo's traceback)."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    argv = _argv(tiny_model, tiny_config, run, "--set", "log_rows=true")
    results = _two_ranks_disk_full(node, argv, tmp_path, "rows")
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [
        [
            f"{PREFIX}no space left on the disk of {run} (rank 1 of 2, node 0, host {HOST}) "
            f"while writing {run}/rows/rank1.jsonl (No space left on device); nothing "
            "half-written was kept; free some space there (or move the run folder to a disk "
            "with room and point --output at it); no checkpoint was complete yet: the run "
            "starts over"
        ]
    ] * 2
    assert all("Traceback" not in r["err"] for r in results)
    assert not os.path.exists(run / "checkpoints" / "step-00000003")


@pytest.mark.slow
def test_start_folder_agreed_empty_on_one_node(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Guard of clause start_folder_agreed (review 37): an EMPTY run folder on node 0
    only (none on node 1) is no old run: both nodes see no checkpoint, the run starts
    (the model's line is said). A node-local --output then stops at the first save,
    where rank 1 cannot see the staging folder rank 0 made: both ranks exit 2 with
    clause rank0_gather_agreed_staging_not_shared's line (before it: "cannot write ...
    make RUN writable on that node", the wrong fix)."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    os.makedirs(nodes[0] / "run")
    argv = _argv(tiny_model, tiny_config, "run")
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert "model " in results[0]["out"]  # started: not refused at the start
    assert [r["status"] for r in results] == [2, 2], results[1]["err"][-2000:]
    lines = [_error_lines(r["err"]) for r in results]
    staging = "run/checkpoints/.tmp-step-00000003"
    assert (
        lines[0]
        == lines[1]
        == [
            f"{PREFIX}--output run is not one folder every node shares: rank 1 of 2, node 1, "
            f"host {HOST} cannot see the folder {staging} that rank 0 made for the checkpoint "
            "run/checkpoints/step-00000003 (node-local disks: each node sees its own folder; "
            "every rank writes its part of a checkpoint into rank 0's folder); point --output "
            "at a folder every node sees (a shared filesystem); no checkpoint was complete yet: "
            "the run starts over"
        ]
    )
    assert not os.path.exists(nodes[0] / staging)
