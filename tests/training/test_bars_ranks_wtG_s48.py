"""Rule progress_off_all_bars (session 47) over two real ranks (session 48): `longctx train`
runs under torch.distributed (gloo, on the CPU, two processes as torchrun starts them) with
``transformers_bars(rank == 0 and config.progress)``. With ``progress: true`` only rank 0
draws bars (transformers' "Loading weights" and the trainer's "train:"); rank 1 draws none.
With ``progress: false`` (the tiny config's) neither rank draws any. On both ranks the
user's own transformers and huggingface_hub settings, whatever they were before the run,
are what they were after it (transformers' switch also turns the hub's bars on).

One test, one spawn of two processes: each rank runs the recipe twice (progress on, then
off), each run in its own process group over its own rendezvous store, so the cost of
starting the processes and importing torch and transformers is paid once (review)."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys

import pytest

from tests.training.rank_procs import agent_env, agent_store, join_ranks, read_rank_runs

_BAR = re.compile(r"\d+%\|")  # tqdm's "100%|" (any bar: train, Loading weights, ...)
_NEXT_RUN = "=== next run ===\n"  # written to a rank's stderr between its two runs
HUNG_AFTER_S = 240  # a rank left waiting in a collective never returns by itself


def _settings() -> list[bool]:
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    return [hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled()]


def _rank(rank, env, runs, out):
    """One rank in its own process, stderr to a file: for each run (argv, the user's
    settings: transformers' bars on, the hub's off; the run's store port) the settings set
    first, the recipe run, the settings after it recorded."""
    os.environ.update(env)
    sys.stdout = open(os.path.join(out, f"out{rank}.txt"), "w")  # noqa: SIM115
    sys.stderr = open(os.path.join(out, f"err{rank}.txt"), "w")  # noqa: SIM115
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    from training import recipe

    results = []
    for argv, user, port in runs:
        os.environ["MASTER_PORT"] = str(port)
        (hf_logging.enable_progress_bar if user[0] else hf_logging.disable_progress_bar)()
        (hub.disable_progress_bars if user[1] else hub.enable_progress_bars)()
        before = _settings()
        status = recipe.main(argv)
        results.append({"status": status, "before": before, "after": _settings()})
        sys.stderr.write(_NEXT_RUN)
        sys.stdout.flush()
        sys.stderr.flush()
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(results, f)


def _two_ranks(runs, out):
    """Per rank, per run: status, settings before and after, and stderr. ``runs``:
    (argv, user settings) in order."""
    stores = [agent_store() for _ in runs]  # one per run, held here as torchrun's agent does
    planned = [(argv, user, s.port) for (argv, user), s in zip(runs, stores, strict=True)]
    os.makedirs(out, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    procs = []
    for rank in (0, 1):
        env = agent_env(rank)
        p = spawn.Process(target=_rank, args=(rank, env, planned, out))
        p.start()
        procs.append(p)
    try:
        join_ranks(procs, HUNG_AFTER_S)
    finally:
        del stores
    return read_rank_runs(out, _NEXT_RUN)


def _argv(data, model, config, run, *extra):
    return ["--data", data, "--model", model, "--config", config, "--output", str(run),
            "--max-steps", "1", *extra]  # fmt: skip


@pytest.mark.slow
def test_two_ranks_only_rank_0_draws_bars_none_when_off(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    on_user = [True, False]  # the libraries' defaults: transformers' bars on, the hub's on
    # the user turned the hub's bars off, transformers' on: the switch would lose the former
    off_user = [True, True]
    runs = [
        (_argv(tiny_dataset, tiny_model, tiny_config, tmp_path / "on", "--set", "progress=true"),
         on_user),
        (_argv(tiny_dataset, tiny_model, tiny_config, tmp_path / "off"), off_user),
    ]  # fmt: skip
    (zero_on, zero_off), (one_on, one_off) = _two_ranks(runs, str(tmp_path / "out"))
    statuses = [r["status"] for r in (zero_on, one_on, zero_off, one_off)]
    assert statuses == [0, 0, 0, 0], zero_on["err"][-2000:] + one_on["err"][-2000:]
    # progress on: rank 0 draws transformers' and the trainer's bars, rank 1 none
    assert "Loading weights" in zero_on["err"] and "train:" in zero_on["err"], zero_on["err"]
    assert _BAR.search(zero_on["err"]), zero_on["err"]
    assert "Loading weights" not in one_on["err"] and not _BAR.search(one_on["err"]), one_on["err"]
    # progress off: no rank draws any
    for r in (zero_off, one_off):
        assert "Loading weights" not in r["err"] and not _BAR.search(r["err"]), r["err"]
    # the user's settings as they were, on both ranks, after either run
    for r in (zero_on, one_on):
        assert r["before"] == r["after"] == on_user
    for r in (zero_off, one_off):
        assert r["before"] == r["after"] == off_user
