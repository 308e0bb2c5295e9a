"""Two gloo ranks on CPU: the shard check once per node, its verdict shared by every
rank (clause shard_check_once_per_node), and torchrun's error file (clause
torchrun_error_file). ``training.torchrun`` has the why."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys

import pytest

from .rank_procs import agent_env, agent_store, join_ranks
from .test_finite_stops import WHAT_TO_DO

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HUNG_AFTER_S = 240  # a rank left waiting in a collective never returns by itself


def _rank(rank, env, cwd, argv, out):
    """One rank of a run, in its own process: ``cwd`` is its node's folder (DATA is
    given relative to it, so each node reads its own copy); the shards it hashes are
    recorded (``training.data.check_shard_bytes``)."""
    os.environ.update(env)
    os.chdir(cwd)
    sys.stdout = open(os.path.join(out, f"out{rank}.txt"), "w")  # noqa: SIM115
    sys.stderr = open(os.path.join(out, f"err{rank}.txt"), "w")  # noqa: SIM115
    from training import data, recipe

    hashed, real = [], data.check_shard_bytes

    def recording(path, expected):
        hashed.append(path)
        real(path, expected)

    data.check_shard_bytes = recording
    status = recipe.main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump({"status": status, "hashed": hashed}, f)


def _rank_whose_opening_breaks(rank, env, cwd, argv, out):
    """:func:`_rank`, with rank 1's bucket opening raising an error no clause names."""
    if rank == 1:
        from training import torchrun

        def broken(*args, **kwargs):
            raise RuntimeError("an error no clause names")

        torchrun.open_bucket = broken
    try:
        _rank(rank, env, cwd, argv, out)
    except Exception as error:  # a bug's traceback leaves main (run_main re-raises it)
        sys.stderr.write(f"{type(error).__name__}: {error}\n")
        sys.stderr.flush()
        with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
            json.dump({"status": "raised", "hashed": []}, f)


def _two_ranks(nodes, local_ranks, argv, out, target=_rank):
    """Rank r runs in ``nodes[r]`` with ``LOCAL_RANK`` ``local_ranks[r]`` (``GROUP_RANK``:
    its node's index); returns each rank's status, hashed paths, stdout and stderr.
    Fails when a rank is still running after :data:`HUNG_AFTER_S`, with the end of
    each hung rank's stderr."""
    store = agent_store()
    os.makedirs(out, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    procs = []
    for rank in (0, 1):
        group_rank = sorted(set(nodes)).index(nodes[rank])
        env = agent_env(rank, store.port, local_ranks[rank], group_rank)
        p = spawn.Process(target=target, args=(rank, env, nodes[rank], argv, out))
        p.start()
        procs.append(p)
    try:
        join_ranks(procs, HUNG_AFTER_S)
    except AssertionError as hung:
        tails = []
        for rank in (0, 1):
            path = os.path.join(out, f"err{rank}.txt")
            with open(path) if os.path.exists(path) else io.StringIO("(none)") as f:
                tails.append(f"rank {rank} stderr: {f.read()[-1500:]}")
        raise AssertionError(f"{hung}; " + "\n".join(tails)) from None
    finally:
        del store
    results = []
    for rank in (0, 1):
        with open(os.path.join(out, f"rank{rank}.json")) as f:
            result = json.load(f)
        for name in ("out", "err"):
            with open(os.path.join(out, f"{name}{rank}.txt")) as f:
                result[name] = f.read()
        results.append(result)
    return results


def _flip_a_byte(shard) -> None:
    raw = bytearray(shard.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    shard.write_bytes(bytes(raw))


def _error_lines(err: str) -> list[str]:
    return [x for x in err.splitlines() if x.startswith("longctx train: error: ")]


def _node(tmp_path, name, tiny_dataset):
    node = tmp_path / name
    shutil.copytree(tiny_dataset, node / "data")
    return node


def _argv(tiny_model, tiny_config, run, *extra):
    return [
        "--data", "data", "--model", tiny_model, "--config", tiny_config,
        "--output", str(run), *extra,
    ]  # fmt: skip


@pytest.mark.slow
def test_shard_check_once_per_node_one_node(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause shard_check_once_per_node: on one node only LOCAL_RANK 0 hashes the
    shards (before: both ranks read every shard); a damaged train shard it finds
    stops both ranks with its one line, exit 2, and no folder is left."""
    node = _node(tmp_path, "node", tiny_dataset)
    shard = sorted((node / "data" / "train").glob("w64*.arrow"))[0]
    _flip_a_byte(shard)
    run = tmp_path / "run"
    results = _two_ranks(
        [str(node)] * 2, [0, 1], _argv(tiny_model, tiny_config, run), str(tmp_path / "out")
    )
    line = (
        f"longctx train: error: data/train/{shard.name} is not the shard the build wrote "
        "(its sha256 differs from the one in manifest.json: damaged or replaced since); "
        "`longctx inspect OUT --verify` checks the whole dataset; rebuild it with "
        "`longctx dataset`"
    )
    assert [r["status"] for r in results] == [2, 2]
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    assert "data/train/" + shard.name in results[0]["hashed"]
    assert results[1]["hashed"] == []  # the other local rank read nothing to hash
    assert not run.exists()


@pytest.mark.slow
def test_shard_check_once_per_node_another_nodes_copy(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """Clause shard_check_once_per_node: two nodes (rank r the LOCAL_RANK 0 of node r),
    each with its own copy of DATA; node 1's copy has a damaged train shard. Both ranks
    stop with the same line naming node 1 (before: rank 1 stopped alone, rank 0 loaded
    the model and failed in DDP's first broadcast with a traceback, or waited there)."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    shard = sorted((nodes[1] / "data" / "train").glob("w32*.arrow"))[0]
    _flip_a_byte(shard)
    run = tmp_path / "run"
    argv = _argv(tiny_model, tiny_config, run)
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    line = (
        f"longctx train: error: data/train/{shard.name} is not the shard the build wrote "
        "(its sha256 differs from the one in manifest.json: damaged or replaced since); "
        "`longctx inspect OUT --verify` checks the whole dataset; rebuild it with "
        f"`longctx dataset` (the copy on node 1, host {socket.gethostname()})"
    )
    assert [r["status"] for r in results] == [2, 2]
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    assert all(r["hashed"] for r in results)  # each node's checker hashed its copy


@pytest.mark.slow
def test_shard_check_once_per_node_validation_agreed(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """Clause shard_check_once_per_node: node 1's validation shard is damaged. Both
    ranks train with the validation loss off, and rank 0 says why (before: rank 1 had
    it off and rank 0 on, and rank 0's first evaluation waited for rank 1's part of
    the all-reduce). What stays: the run trains and saves its adapter."""
    nodes = [_node(tmp_path, f"node{i}", tiny_dataset) for i in (0, 1)]
    shard = sorted((nodes[1] / "data" / "validation").glob("w64*.arrow"))[0]
    _flip_a_byte(shard)
    run = tmp_path / "run"
    argv = _argv(tiny_model, tiny_config, run, "--max-steps", "2")  # eval_every: 2
    results = _two_ranks([str(n) for n in nodes], [0, 0], argv, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [0, 0], results[0]["err"][-2000:]
    said = [x for x in results[0]["out"].splitlines() if "validation loss disabled" in x]
    assert said == [
        f"validation loss disabled: data/validation/{shard.name} is not the shard the "
        "build wrote (its sha256 differs from the one in manifest.json: damaged or "
        "replaced since); `longctx inspect OUT --verify` checks the whole dataset; "
        f"rebuild it with `longctx dataset` (the copy on node 1, host {socket.gethostname()})"
    ]
    kinds = [json.loads(x)["kind"] for x in (run / "metrics.jsonl").read_text().splitlines()]
    assert kinds == ["train", "train"]
    assert (run / "adapter" / "adapter_model.safetensors").exists()


@pytest.mark.slow
def test_torchrun_error_file_says_diverged(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause torchrun_error_file: torchrun exits 1 when its ranks exit 4 (a run that
    diverged); its error file (TORCHELASTIC_ERROR_FILE) now holds the ranks' line and
    status 4 (before: no file was written, the summary said `traceback : <N/A>`)."""
    from safetensors.torch import load_file, save_file

    broken = tmp_path / "nan-model"
    shutil.copytree(tiny_model, broken)
    weights = load_file(str(broken / "model.safetensors"))
    weights["model.norm.weight"][0] = float("nan")
    save_file(weights, str(broken / "model.safetensors"), metadata={"format": "pt"})
    error_file = tmp_path / "torchrun-error.json"
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "TMPDIR": str(tmp_path),  # torchrun's log folder (torchelastic_*)
        "TORCHELASTIC_ERROR_FILE": str(error_file),
    }
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
        "--standalone", "-m", "training.recipe", "--data", tiny_dataset,
        "--model", str(broken), "--output", str(tmp_path / "run"), "--config", tiny_config,
    ]  # fmt: skip
    proc = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=HUNG_AFTER_S
    )
    assert proc.returncode == 1, proc.stderr[-3000:]  # torchrun's own status
    line = (
        "longctx train: error: the training loss at step 1 is NaN (the model's outputs or "
        "gradients are not finite): " + WHAT_TO_DO
    )
    assert json.loads(error_file.read_text())["message"]["errorCode"] == 4
    assert json.loads(error_file.read_text())["message"]["message"] == line
    assert "exitcode  : 4" in proc.stderr
    assert f"traceback : {line}" in proc.stderr  # torchrun's summary shows the line


@pytest.mark.slow
def test_verdict_group_before_hashing_peer_crash(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause verdict_group_before_hashing (review 33): rank 1 stops with a traceback
    while opening its buckets; rank 0 stops too, at once, naming a crashed peer (before:
    it waited for rank 1 in ``new_group`` for the 6 h verdict timeout, killed here at
    HUNG_AFTER_S)."""
    node = _node(tmp_path, "node", tiny_dataset)
    results = _two_ranks(
        [str(node)] * 2,
        [0, 1],
        _argv(tiny_model, tiny_config, tmp_path / "run"),
        str(tmp_path / "out"),
        target=_rank_whose_opening_breaks,
    )
    assert [r["status"] for r in results] == ["raised", "raised"]
    assert "RuntimeError: an error no clause names" in results[1]["err"]
    assert "Connection closed by peer" in results[0]["err"]


def test_shard_check_once_per_node_single_process_always_hashes(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch, capsys
):
    """Review 33: one process hashes whatever ``LOCAL_RANK`` a launcher left set
    (before: ``LOCAL_RANK=1`` with no other rank skipped the check, so nobody read the
    shards' bytes)."""
    from training import recipe

    node = _node(tmp_path, "node", tiny_dataset)
    shard = sorted((node / "data" / "train").glob("w64*.arrow"))[0]
    _flip_a_byte(shard)
    monkeypatch.chdir(node)
    monkeypatch.setenv("LOCAL_RANK", "1")
    for name in ("WORLD_SIZE", "RANK", "TORCHELASTIC_ERROR_FILE"):
        monkeypatch.delenv(name, raising=False)
    status = recipe.main(_argv(tiny_model, tiny_config, tmp_path / "run"))
    assert status == 2
    assert f"data/train/{shard.name} is not the shard the build wrote" in capsys.readouterr().err


def _not_shared_line(nodes) -> str:
    """Session 38's `output_shared_agreed` line for a --output "run" that two nodes see apart."""
    host = socket.gethostname()
    return (
        "longctx train: error: --output run is not one folder every node shares: the file "
        f"rank 0 wrote into it on node 0 (host {host}, {nodes[0]}/run) is not there on node "
        f"1 (host {host}, {nodes[1]}/run) (node-local disks: each node sees its own folder); "
        "every rank writes its part of each checkpoint into that one folder, so point "
        "--output at a folder on a filesystem every node mounts (to go on from a run kept "
        "on one node's disk, copy its folder there and run with --resume)"
    )
