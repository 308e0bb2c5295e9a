"""Rule progress_off_all_bars (session 47) over two real ranks (session 48): `longctx train`
runs under torch.distributed (gloo, on the CPU, two processes as torchrun starts them) with
``transformers_bars(rank == 0 and config.progress)``. With ``progress: true`` only rank 0
draws bars (transformers' "Loading weights" and the trainer's "train:"); rank 1 draws none.
With ``progress: false`` (the tiny config's) neither rank draws any. On both ranks the
user's own transformers and huggingface_hub settings, whatever they were before the run,
are what they were after it (transformers' switch also turns the hub's bars on)."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys

import pytest

from tests.training.rank_procs import join_ranks

_BAR = re.compile(r"\d+%\|")  # tqdm's "100%|" (any bar: train, Loading weights, ...)
HUNG_AFTER_S = 240  # a rank left waiting in a collective never returns by itself


def _settings() -> list[bool]:
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    return [hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled()]


def _rank(rank, env, argv, user, out):
    """One rank in its own process: the user's settings (``user``: transformers' bars on,
    the hub's off) set first, stderr to a file, the settings after the run recorded."""
    os.environ.update(env)
    sys.stdout = open(os.path.join(out, f"out{rank}.txt"), "w")  # noqa: SIM115
    sys.stderr = open(os.path.join(out, f"err{rank}.txt"), "w")  # noqa: SIM115
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    from training import recipe

    (hf_logging.enable_progress_bar if user[0] else hf_logging.disable_progress_bar)()
    if user[1]:
        hub.disable_progress_bars()
    before = _settings()
    status = recipe.main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump({"status": status, "before": before, "after": _settings()}, f)


def _two_ranks(argv, user, out):
    """Both ranks' status, settings before and after, and stderr."""
    from torch.distributed import TCPStore

    # the rendezvous store held here, as torchrun's agent holds it (TORCHELASTIC_USE_AGENT_STORE)
    store = TCPStore("127.0.0.1", 0, world_size=2, is_master=True, wait_for_workers=False)
    os.makedirs(out, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    procs = []
    for rank in (0, 1):
        env = {
            "RANK": str(rank),
            "WORLD_SIZE": "2",
            "LOCAL_RANK": str(rank),
            "GROUP_RANK": "0",
            "MASTER_ADDR": "127.0.0.1",
            "MASTER_PORT": str(store.port),
            "OMP_NUM_THREADS": "1",
            "TORCHELASTIC_RUN_ID": "test",
            "TORCHELASTIC_USE_AGENT_STORE": "True",
        }
        p = spawn.Process(target=_rank, args=(rank, env, argv, user, out))
        p.start()
        procs.append(p)
    try:
        join_ranks(procs, HUNG_AFTER_S)
    finally:
        del store
    results = []
    for rank in (0, 1):
        with open(os.path.join(out, f"rank{rank}.json")) as f:
            result = json.load(f)
        with open(os.path.join(out, f"err{rank}.txt")) as f:
            result["err"] = f.read()
        results.append(result)
    return results


def _argv(data, model, config, run, *extra):
    return ["--data", data, "--model", model, "--config", config, "--output", str(run),
            "--max-steps", "1", *extra]  # fmt: skip


@pytest.mark.slow
def test_two_ranks_progress_on_only_rank_0_draws_bars(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    user = [True, False]  # the libraries' defaults: transformers' bars on, the hub's on
    argv = _argv(tiny_dataset, tiny_model, tiny_config, tmp_path / "run", "--set", "progress=true")
    zero, one = _two_ranks(argv, user, str(tmp_path / "out"))
    assert [zero["status"], one["status"]] == [0, 0], zero["err"][-2000:] + one["err"][-2000:]
    assert "Loading weights" in zero["err"] and "train:" in zero["err"], zero["err"]
    assert _BAR.search(zero["err"]), zero["err"]
    assert "Loading weights" not in one["err"] and not _BAR.search(one["err"]), one["err"]
    assert zero["before"] == one["before"] == user
    assert zero["after"] == one["after"] == user


@pytest.mark.slow
def test_two_ranks_progress_off_no_rank_draws_a_bar(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    # the user turned the hub's bars off, transformers' on: the switch would lose the former
    user = [True, True]
    argv = _argv(tiny_dataset, tiny_model, tiny_config, tmp_path / "run")
    results = _two_ranks(argv, user, str(tmp_path / "out"))
    assert [r["status"] for r in results] == [0, 0], [r["err"][-2000:] for r in results]
    for r in results:
        assert "Loading weights" not in r["err"] and not _BAR.search(r["err"]), r["err"]
        assert r["before"] == r["after"] == user
