"""``torchrun --nproc_per_node 2`` on CPU (gloo): DDP and FSDP2 with disjoint data per rank."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import torch

from training.plots import read_metrics

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.slow
def test_torchrun_two_ranks_read_disjoint_rows(tiny_dataset, tiny_model, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(
        "curriculum: [{window: 32, steps: 2}, {window: 64, steps: 2}]\n"
        "tokens_per_step: 256\nmicro_batch_tokens: 64\neval_rows: 4\nlog_rows: true\n"
        "progress: false\npeft: {r: 4, alpha: 8}\n"
    )
    run = tmp_path / "ddp"
    # TMPDIR: torchrun leaves its log folder (torchelastic_*) in the temp dir
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TMPDIR": str(tmp_path)}
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
        "--standalone", "-m", "training.recipe",
        "--data", tiny_dataset, "--model", tiny_model, "--output", str(run), "--config", str(config),
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]

    logs = []
    for rank in (0, 1):
        with open(run / "rows" / f"rank{rank}.jsonl") as f:
            logs.append([json.loads(line) for line in f])
    assert [r["step"] for r in logs[0]] == [r["step"] for r in logs[1]] == [0, 1, 2, 3]
    for a, b in zip(*logs, strict=True):
        assert a["window"] == b["window"]
        assert len(a["rows"]) == len(b["rows"]) > 0
        assert not set(a["rows"]) & set(b["rows"]), "ranks read the same rows"
    # 8 rows of 32 then 4 rows of 64 per step, half on each rank
    assert [len(r["rows"]) for r in logs[0]] == [4, 4, 2, 2]

    train = [r for r in read_metrics(run / "metrics.jsonl") if r["kind"] == "train"]
    assert [r["window"] for r in train] == [32, 32, 64, 64]
    assert all(r["tokens"] > 4 * 32 for r in train[:2])  # both ranks' tokens are counted
    from safetensors.torch import load_file

    adapter = load_file(run / "adapter" / "adapter_model.safetensors")
    assert any("lora_B" in k and v.abs().sum() > 0 for k, v in adapter.items())
    assert all(torch.isfinite(v).all() for v in adapter.values())

    # The same steps in one process: the same rows, so the same losses.
    from training import recipe

    one = tmp_path / "one"
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", str(config)]
    assert recipe.main([*args, "--output", str(one)]) == 0
    np.testing.assert_allclose(
        [v for *_, v in _losses(run)], [v for *_, v in _losses(one)], rtol=1e-5
    )


# --------------------------------------------------------------------------
# FSDP2 (distributed.strategy: fsdp)
# --------------------------------------------------------------------------
FSDP_CONFIG = (
    "curriculum: [{window: 32, steps: 2}, {window: 64, steps: 2}]\n"
    "tokens_per_step: 256\nmicro_batch_tokens: 64\neval_rows: 3\nprogress: false\n"
    "checkpoint_every: 1\ngradient_checkpointing: true\n"
    "peft: {r: 4, alpha: 8, train_norms: true, train_embeddings: true}\noptim: {lr: 1.0e-2, warmup_steps: 1}\n"
)


def _torchrun(data, model, run, config, *extra):
    # TMPDIR: torchrun leaves its log folder (torchelastic_*) in the temp dir
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TMPDIR": str(run.parent)}
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
        "--standalone", "-m", "training.recipe", "--data", data, "--model", model,
        "--output", str(run), "--config", str(config), *extra,
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]


def _losses(run) -> list[tuple[str, int, float]]:
    return [
        (r["kind"], r["step"], r.get("loss", r.get("val_loss")))
        for r in read_metrics(run / "metrics.jsonl")
    ]


def _adapter(run) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(run / "adapter" / "adapter_model.safetensors")


@pytest.mark.slow
def test_fsdp_matches_one_process_and_resumes_exactly(tiny_dataset, tiny_model, tmp_path):
    """Two gloo ranks with FSDP2 (gradient checkpointing, trained norms and tied
    embeddings, an odd number of validation rows) give the losses of one process,
    and a run stopped after step 2 and resumed from its sharded state ends bit for
    bit where an uninterrupted FSDP run ends."""
    from training import recipe

    config = tmp_path / "c.yaml"
    config.write_text(FSDP_CONFIG)
    one, full, stopped = tmp_path / "one", tmp_path / "fsdp", tmp_path / "stopped"
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", str(config)]
    assert recipe.main([*args, "--output", str(one)]) == 0
    fsdp = ("--set", "distributed.strategy=fsdp")
    _torchrun(tiny_dataset, tiny_model, full, config, *fsdp, "--merge")

    expected, got = _losses(one), _losses(full)
    assert [k[:2] for k in got] == [k[:2] for k in expected]
    assert [k for k, _, _ in got].count("eval") == 2
    np.testing.assert_allclose([v for *_, v in got], [v for *_, v in expected], rtol=1e-5)
    a, b = _adapter(one), _adapter(full)
    assert a.keys() == b.keys() and any("norm" in k for k in a)
    assert any("embed_tokens" in k for k in a)
    for k in a:  # AdamW amplifies float summation-order differences a little
        torch.testing.assert_close(b[k], a[k], rtol=0, atol=1e-3)
    assert (full / "merged" / "model.safetensors").exists()

    _torchrun(tiny_dataset, tiny_model, stopped, config, *fsdp, "--max-steps", "2")
    _torchrun(tiny_dataset, tiny_model, stopped, config, *fsdp, "--resume")
    assert _losses(stopped) == got  # nothing logged twice, same values
    resumed, uninterrupted = _adapter(stopped), _adapter(full)
    for k in uninterrupted:
        assert torch.equal(resumed[k], uninterrupted[k]), k


def _sharding_worker(rank: int, world: int, store: str, model_dir: str, out: str):
    import torch.distributed as dist

    from training import distributed
    from training.config import DistributedSettings, PeftSettings, RopeSettings
    from training.modeling import CausalLMLoss, load_model, wrap_peft

    dist.init_process_group("gloo", init_method=f"file://{store}", rank=rank, world_size=world)
    torch.manual_seed(0)
    model = wrap_peft(load_model(model_dir, RopeSettings())[0], PeftSettings(r=4, alpha=8))
    full_before = {n: p.detach().clone() for n, p in model.named_parameters()}
    loss = distributed.wrap(
        CausalLMLoss(model, 16), DistributedSettings("fsdp"), world, torch.device("cpu")
    )
    params = dict(model.named_parameters())
    report = {"sharded": [], "gathered_equal": True}
    for name, p in params.items():
        local = p.to_local()
        report["sharded"].append(local.shape[0] < p.shape[0])
        report["gathered_equal"] &= torch.equal(distributed.full_tensor(p), full_before[name])
    # One optimizer step, then a round trip through the full (checkpoint) format.
    trainable = [p for p in params.values() if p.requires_grad]
    opt = torch.optim.AdamW(trainable, lr=1e-2)
    ids = torch.randint(1, 300, (2, 24))
    loss_sum, _ = loss(ids, ids, torch.arange(24).expand(2, 24))
    loss_sum.backward()
    opt.step()
    state = distributed.full_optimizer_state(opt)
    first = state["state"][0]["exp_avg"]
    report["full_shape"] = list(first.shape) == list(trainable[0].shape)
    fresh = torch.optim.AdamW(trainable, lr=1e-2)
    distributed.load_optimizer_state(fresh, state)
    again = distributed.full_optimizer_state(fresh)
    report["round_trip"] = all(
        torch.equal(again["state"][i][k], v)
        for i, per in state["state"].items()
        for k, v in per.items()
    )
    report["local_is_shard"] = (
        fresh.state_dict()["state"][0]["exp_avg"].to_local().shape[0] < (first.shape[0])
    )
    if rank == 0:
        with open(out, "w") as f:
            json.dump(report, f)
    # the product's end (clause teardown_joins_gloo_threads): a bare destroy left the
    # gloo threads to the interpreter's exit, where one still freeing a tensor aborted
    distributed.end_distributed(loss)


@pytest.mark.slow
def test_fsdp_shards_every_weight_and_round_trips_the_optimizer(tiny_model, tmp_path):
    import torch.multiprocessing as mp

    out = tmp_path / "report.json"
    mp.start_processes(
        _sharding_worker,
        args=(2, str(tmp_path / "store"), tiny_model, str(out)),
        nprocs=2,
        start_method="spawn",
    )
    report = json.loads(out.read_text())
    # Every parameter (frozen weights and LoRA alike) holds half its rows per rank.
    assert report["sharded"] and all(report["sharded"])
    assert report["gathered_equal"]
    assert report["full_shape"] and report["round_trip"] and report["local_is_shard"]


def test_strategy_comes_from_yaml_or_set_and_is_validated():
    from training.config import CONFIG_DIR, load_config

    path = os.path.join(CONFIG_DIR, "fsdp_7b_32k.yaml")
    assert load_config(path).distributed.strategy == "fsdp"
    assert load_config(path, ["distributed.strategy=ddp"]).distributed.strategy == "ddp"
    assert load_config(None).distributed.strategy == "ddp"  # default.yaml: DDP
    with pytest.raises(ValueError, match="distributed.strategy must be one of"):
        load_config(None, ["distributed.strategy=zero3"])
    with pytest.raises(ValueError, match="unknown keys"):
        load_config(None, ["distributed.shards=4"])
