"""Two gloo ranks on CPU: refusals made after the shard verdict (the model's checks,
``--resume``'s) agreed by every rank (clause refusals_agreed_after_verdict), the
process group destroyed on an agreed refusal (clause refusal_ends_process_group), and
the launcher named in the watcher's line (clause launcher_named). ``training.torchrun``
has the why; the launch helpers are tests/training/test_torchrun.py's (each launch
fails as hung after HUNG_AFTER_S)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys

import pytest

from .test_torchrun import ROOT, _argv, _error_lines, _node, _not_shared_line, _rank, _two_ranks

HOST = socket.gethostname()


def _rank_then_group(rank, env, cwd, argv, out):
    """:func:`_rank`, then whether the process group is still there after ``main``."""
    _rank(rank, env, cwd, argv, out)
    import torch

    path = os.path.join(out, f"rank{rank}.json")
    with open(path) as f:
        result = json.load(f)
    result["group_left"] = torch.distributed.is_initialized()
    with open(path, "w") as f:
        json.dump(result, f)


def _nodes_with_models(tmp_path, tiny_dataset, tiny_model):
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    for node in nodes:
        shutil.copytree(tiny_model, node / "model")
    return nodes


@pytest.mark.slow
def test_refusals_agreed_after_verdict_context(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clauses refusals_agreed_after_verdict and refusal_ends_process_group: node 1's
    copy of the model has 48 positions, shorter than the run's window 64 (node 0's has
    the full context). Both ranks stop with rank 1's line naming rank 1, node 1 and the
    host, exit 2, and neither keeps its process group (before: rank 1 stopped alone
    with its line and rank 0 failed at the model's first collective with gloo's
    "Connection closed by peer" traceback)."""
    nodes = _nodes_with_models(tmp_path, tiny_dataset, tiny_model)
    config = nodes[1] / "model" / "config.json"
    doc = json.loads(config.read_text())
    doc["max_position_embeddings"] = 48
    config.write_text(json.dumps(doc))
    argv = _argv("model", tiny_config, tmp_path / "run")
    results = _two_ranks(
        [str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"), target=_rank_then_group
    )
    line = _error_lines(results[1]["err"])
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [line, line]
    assert line[0].startswith("longctx train: error: windows [64] exceed the model's 48 positions")
    assert line[0].endswith(f"or use shorter windows (rank 1 of 2, node 1, host {HOST})")
    assert [r["group_left"] for r in results] == [False, False]
    assert all("Traceback" not in r["err"] for r in results)


@pytest.mark.slow
def test_refusals_agreed_after_verdict_resume(
    run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """Clause refusals_agreed_after_verdict: ``--resume`` with a node-local RUN; node 0
    has none yet (it would start from step 0), node 1's holds only damaged
    checkpoints. Both ranks stop with the same line, exit 2 (session 38: the folder is
    not shared); node 1's checkpoints are untouched, node 0 keeps no folder (before:
    rank 1 stopped alone and rank 0 went on to fail in gloo)."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    kept = nodes[1] / "run" / "checkpoints"
    shutil.copytree(os.path.join(run_dir, "checkpoints"), kept)
    for state in kept.glob("step-*/state.pt"):
        raw = bytearray(state.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        state.write_bytes(bytes(raw))
    before = {str(p): p.read_bytes() for p in kept.rglob("*") if p.is_file()}
    argv = _argv(tiny_model, tiny_config, "run", "--resume")
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    # session 37, clause start_folder_agreed (training/run_agreed.py): the nodes' copies
    # differ (none on node 0, steps 3 and 5 on node 1), refused at the start in every
    # rank before the model's load; before, rank 1 found its copies damaged after the
    # load: "--resume: none of the checkpoints in run/checkpoints can be used ... (rank 1
    # of 2, node 1, host ...)", which did not say that node 0 has no run at all
    # session 38, clause output_shared_agreed (training/run_agreed.py): a node-local
    # --output is refused first, before start_folder_agreed's comparison, whose line
    # advised copying the folder to every node (a run that then could not save)
    line = _not_shared_line(nodes)
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    assert {str(p): p.read_bytes() for p in kept.rglob("*") if p.is_file()} == before
    assert not (nodes[0] / "run").exists()  # the folder rank 0 made for its token: gone


# A launcher named NAME: it starts a child that prints the name the watcher would give
# its parent (the launcher), as a rank of that launcher would.
_CHILD = (
    "import os; from training.torchrun import launcher_name; print(launcher_name(os.getppid()))"
)
_LAUNCHER = (
    "import subprocess, sys\n"
    "sys.exit(subprocess.run([sys.executable, '-c', {child!r}]).returncode)\n"
)


@pytest.mark.parametrize(
    ("program", "args", "name"),
    [
        ("accelerate", ["launch", "--num_processes", "2", "train.py"], "accelerate launch"),
        ("accelerate-launch", ["--num_processes", "2", "train.py"], "accelerate launch"),
        ("torchrun", ["--nproc_per_node", "2", "-m", "training.recipe"], "torchrun"),
        ("my_launcher.py", [], "my_launcher.py"),
    ],
)
def test_launcher_named(tmp_path, program, args, name):
    """Clause launcher_named: the watcher's line names the launcher that started the
    rank, read from its command line: ``accelerate launch`` (before: "torchrun" under
    accelerate too), ``torchrun``, else the parent's program."""
    script = tmp_path / program
    script.write_text(_LAUNCHER.format(child=_CHILD))
    env = {**os.environ, "PYTHONPATH": ROOT}
    env.pop("ACCELERATE_MIXED_PRECISION", None)
    done = subprocess.run(
        [sys.executable, str(script), *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == name


def test_launcher_named_without_proc(monkeypatch):
    """Clause launcher_named: where the parent's command line cannot be read, a rank
    of ``accelerate launch`` (its ACCELERATE_MIXED_PRECISION in the environment) is
    still told apart; else ``torchrun``, as before."""
    from training import torchrun

    monkeypatch.setattr(
        torchrun, "open", lambda *a, **k: (_ for _ in ()).throw(OSError), raising=False
    )
    monkeypatch.delenv("ACCELERATE_MIXED_PRECISION", raising=False)
    assert torchrun.launcher_name(os.getppid()) == "torchrun"
    monkeypatch.setenv("ACCELERATE_MIXED_PRECISION", "no")
    assert torchrun.launcher_name(os.getppid()) == "accelerate launch"
