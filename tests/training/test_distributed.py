"""``torchrun --nproc_per_node 2`` on CPU (gloo): DDP with disjoint data per rank."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
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
