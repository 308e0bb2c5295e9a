"""Two gloo ranks of ``longctx train`` on CPU (a rank alive after the harness's
HUNG_AFTER_S fails the test as hung), ``training/run_agreed.py`` has the why:

* clause ``output_shared_agreed`` (session 38): a node-local ``--output`` (each rank
  its own folder) is refused at the start in every rank, with and without ``--resume``;
  a folder both ranks share is not (with the reminder of its damaged folder, once);
* clause ``rank_writes_agreed``: rank 0's disk full while it writes ``config.yaml`` at
  the start, the metrics line of step 2 or the adapter at the end: both ranks stop with
  the same line.

The launch helpers are tests/training/test_torchrun.py's."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket

import pytest

from training.run_files import check_run_folder

from .test_torchrun import _argv, _error_lines, _node, _rank, _two_ranks

HOST = socket.gethostname()
PREFIX = "longctx train: error: "


def _not_shared(nodes, run="run") -> str:
    """Clause output_shared_agreed's line for rank 0 on ``nodes[0]``, rank 1 on
    ``nodes[1]``, each with its own ``run`` folder."""
    return (
        f"{PREFIX}--output {run} is not one folder every node shares: the file rank 0 wrote "
        f"into it on node 0 (host {HOST}, {nodes[0]}/{run}) is not there on node 1 (host "
        f"{HOST}, {nodes[1]}/{run}) (node-local disks: each node sees its own folder); every "
        "rank writes its part of each checkpoint into that one folder, so point --output at "
        "a folder on a filesystem every node mounts (to go on from a run kept on one node's "
        "disk, copy its folder there and run with --resume)"
    )


def _files(nodes) -> list[str]:
    return sorted(str(p) for n in nodes for p in n.rglob("*"))


@pytest.mark.slow
@pytest.mark.parametrize("resume", [False, True])
def test_output_shared_agreed(run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path, resume):
    """Clause output_shared_agreed (session 38): a node-local --output (rank 0 in
    node0/run, rank 1 in node1/run: their own folders); node 0's holds a finished run
    (checkpoints 3 and 5), node 1's none. Both ranks exit 2 with one line naming both
    nodes' folders and what to fix, before the model's load; nothing is left on either
    node (the token is removed). Before: clause start_folder_agreed's line advised
    "copy the folder to every node ... and run with --resume", and such a run then
    failed at its first save (rank 1 cannot see rank 0's staging folder)."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    shutil.copytree(run_dir, nodes[0] / "run", ignore=shutil.ignore_patterns("adapter"))
    before = _files(nodes)
    argv = _argv(tiny_model, tiny_config, "run", *(["--resume"] if resume else []))
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[_not_shared(nodes)]] * 2
    assert all("model " not in r["out"] for r in results)  # refused before the model
    assert _files(nodes) == before


@pytest.mark.slow
def test_output_shared_agreed_new_folder(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause output_shared_agreed: a node-local --output that is new on both nodes
    (``out/run``, its parent new too). Refused as above; the folders rank 0 made for
    its token (``out`` and ``out/run`` on node 0) are removed again, node 1 has none."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    before = _files(nodes)
    argv = _argv(tiny_model, tiny_config, "new/run")
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[_not_shared(nodes, "new/run")]] * 2
    assert _files(nodes) == before


@pytest.mark.slow
def test_output_shared_agreed_shared_folder(
    run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """Guard of clause output_shared_agreed, and damaged_reminder_every_node: both ranks
    see one run folder (one node) holding a finished run and a
    ``damaged-step-00000004`` folder. Not refused as not shared: both stop at the usual
    "already has checkpoints" refusal (no --resume); rank 0 says the session-36
    reminder once, rank 1 none; no token is left in the folder."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    shutil.copytree(run_dir, run, ignore=shutil.ignore_patterns("adapter"))
    os.makedirs(run / "checkpoints" / "damaged-step-00000004")
    before = _files([run])
    argv = _argv(tiny_model, tiny_config, run)
    results = _two_ranks([str(node)] * 2, [0, 1], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    line = f"{PREFIX}{run} already has checkpoints: pass --resume, or choose a new --output"
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    root = f"{run}/checkpoints"
    reminder = (
        f"{root} holds 1 folder(s) set aside as damaged at an earlier start or save "
        "(damaged-step-00000004): they are not checkpoints and are never loaded; once you "
        f"are sure you no longer need them, delete them: rm -r {root}/damaged-step-*"
    )
    assert [x for x in results[0]["out"].splitlines() if "damaged" in x] == [reminder]
    assert "damaged" not in results[1]["out"]
    assert _files([run]) == before


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
                    if f'"kind": "{kind}", "step": 2,' in text:  # a full disk writes
                        self.f.write(text[:20])  # what fits: the line is cut
                        self.f.flush()
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
    # clause kept_says_the_write (session 38): what the line says is on disk, checked
    kept = (
        "nothing half-written was kept"
        if what == "config"
        else f"{file} keeps the lines written before (a last line the failure cut short is "
        "dropped when the run starts again)"
    )
    assert (
        lines[0]
        == lines[1]
        == [
            f"{PREFIX}no space left on the disk of {run} (rank 0 of 2, node 0, host {HOST}) "
            f"while writing {file} (No space left on device); {kept}; "
            "free some space there (or move the run folder to a disk with room and point "
            "--output at it); no checkpoint was complete yet: the run starts over"
        ]
    )
    assert all("Traceback" not in r["err"] for r in results)
    assert not os.path.exists(run / "checkpoints" / "step-00000003")
    if what == "config":  # written beside and renamed: neither it nor its part is left,
        assert not run.exists()  # so the empty folder the run made is removed
    else:  # the lines before the failed one stay, whole, the cut line last: clause
        # failed_write_skips_the_rest (session 39): step 2's evaluation line is not
        # written after a cut train line (before: it was, and the next start refused the
        # file), so the same command starts over, as the line says
        *whole, cut = open(file).read().split("\n")  # noqa: SIM115
        kinds = [(r["kind"], r["step"]) for r in map(json.loads, whole)]
        assert kinds == ([("train", 1), ("train", 2)] if what == "eval" else [("train", 1)])
        assert len(cut) == 20 and cut.startswith(
            f'{{"kind": "{"eval" if what == "eval" else "train"}"'
        )
        check_run_folder(str(run), "data", "model", has_checkpoints=False)  # no refusal


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
    assert not [n for n in os.listdir(run) if n.startswith(".")]  # no staging left


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
            f"while writing {run}/rows/rank1.jsonl (No space left on device); "
            f"{run}/rows/rank1.jsonl keeps the lines written before (a last line the failure "
            "cut short is dropped when the run starts again); free some space there (or move "
            "the run folder to a disk with room and point --output at it); no checkpoint was "
            "complete yet: the run starts over"
        ]
    ] * 2
    assert all("Traceback" not in r["err"] for r in results)
    assert not os.path.exists(run / "checkpoints" / "step-00000003")
    rows = [json.loads(x)["step"] for x in open(run / "rows" / "rank1.jsonl")]  # noqa: SIM115
    assert rows == [0]  # clause kept_says_the_write: step 0's line stays, whole


@pytest.mark.slow
def test_start_folder_agreed_empty_on_one_node(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """An EMPTY run folder on node 0 only (none on node 1): review 37 saw it start and
    stop at the first save (rank 1 cannot see the staging folder rank 0 made). Session
    38, clause output_shared_agreed: refused at the start, before the model's load,
    with the not-shared line; node 0's empty folder (the user's) stays, with no token
    in it; node 1 gets none."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    os.makedirs(nodes[0] / "run")
    before = _files(nodes)
    argv = _argv(tiny_model, tiny_config, "run")
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [2, 2], results[1]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[_not_shared(nodes)]] * 2
    assert all("model " not in r["out"] for r in results)
    assert _files(nodes) == before
