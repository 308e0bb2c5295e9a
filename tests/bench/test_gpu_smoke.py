"""``make gpu-smoke`` in the test suite: the GPU proof end to end on the CPU at toy
scale, with the packages the GPU machine lacks made unimportable, so it cannot rot."""

from __future__ import annotations

import os
import warnings

import gpu_smoke
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.slow
def test_gpu_proof_runs_end_to_end_at_toy_scale(tmp_path):
    texts = os.path.join(ROOT, "defaults", "shakespeare", "texts")
    if not os.path.isdir(texts) or not os.listdir(texts):
        pytest.skip("defaults not fetched (make defaults)")
    checks = gpu_smoke.smoke(str(tmp_path))
    assert gpu_smoke.failures(checks) == [], checks.get("run_tail")
    report = checks["report"]
    assert len(checks["files"]) <= 8 and "report.md" in checks["files"]
    assert checks["parts"] >= 3
    # the curriculum was sized from the probe, ran at every window, and the YaRN x4
    # adapter was evaluated with 4x the base positions
    assert [w for w, _ in report["plan"]["curriculum"]] == [64, 128, 256]
    models = {m["name"]: m for m in report["eval"]["sets"]["en"]["models"]}
    assert models["base"]["context"] == 64 and models["extended"]["context"] == 256
    assert models["extended"]["rope"]["type"] == "yarn"
    # base and extended scored the same tokens and answered the same passkey prompts
    for length_rows in zip(
        models["base"]["perplexity"], models["extended"]["perplexity"], strict=True
    ):
        assert length_rows[0]["tokens_scored"] == length_rows[1]["tokens_scored"] > 0
    keys = [
        [
            (t["filler"], t["length"], t["depth"], t["key"])
            for t in models[name]["passkey"]["trials"]
        ]
        for name in ("base", "extended")
    ]
    assert keys[0] == keys[1] and {k[0] for k in keys[0]} == {"repeat", "en", "zh"}
    # the control: the run's YaRN x4 without the adapter, on a subset of the same prompts
    control = models["yarn-untrained"]
    assert control["rope"]["type"] == "yarn" and control["adapter"] is None
    assert {(t["filler"], t["key"]) for t in control["passkey"]["trials"]} <= {
        (k[0], k[3]) for k in keys[0]
    }
    probe = {(r["length"], r["loss"]) for r in report["probe"]["runs"] if "seconds" in r}
    assert {(256, "chunked"), (256, "plain")} <= probe
    # the run trained with LongCE (the stage's default): the probe timed that objective
    # and every training stage reports the plain CE and the mean LongCE weight
    # (min(exp(LSD), 5): below 1 where the short context predicts better)
    assert report["probe"]["objective"] == "longce"
    chunked = [r for r in report["probe"]["runs"] if r["loss"] == "chunked"]
    assert {r.get("objective") for r in chunked} == {"longce"}
    for stage in report["training"]["stages"]:
        assert 0.0 < stage["mean_weight"] <= 5.0
    # session 40: each side's first throughput step counted its layer runs (the smoke
    # checkpoints: 2 per micro-batch on both sides) and the report shows them
    throughput = report["throughput"]
    for side in ("ours", "hf_trainer_padded"):
        runs = throughput[side]["layer_runs"]
        assert runs["per_layer_per_micro_batch"] == 2.0, (side, runs)
        assert sum(runs["sdpa"].values()) == runs["attention_calls"] > 0, (side, runs)
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| layer runs / micro-batch | SDPA calls by mask |" in markdown
    assert {g["goal"] for g in report["goals"] if g["met"] is not None}
    # session 53: the profile phase ran to its end (both sides profiled) or was skipped
    # with its reason (too little budget left: said, never a silent pass); a crash or a
    # time-out fails above (gpu_smoke.failures)
    profiled = report["timing"]["phases"]["profile"]
    if profiled["status"] == "ok":
        assert {"ours", "hf"} <= set(report["profile"]), report["profile"]
        assert all(report["profile"][arm]["profile"] for arm in ("ours", "hf"))
    else:
        assert profiled["status"].startswith("skipped: ") and " left, needs " in profiled["status"]
        warnings.warn(f"GPU smoke: profile phase {profiled['status']}", stacklevel=1)
