"""The GPU report's goal table: each of issue 13's goals read off the right numbers."""

from __future__ import annotations

import gpu_report


def _model(name, ppl, buckets, passkey):
    return {
        "name": name,
        "perplexity": [{"length": n, "perplexity": p} for n, p in ppl.items()],
        "loss_by_position": {
            "buckets": [{"start": a, "end": b, "loss": x} for (a, b), x in buckets.items()]
        },
        "passkey": {
            "summary": [
                {"filler": f, "length": n, "depth": d, "trials": 2, "correct": c}
                for (f, n, d), c in passkey.items()
            ]
        },
    }


def _report(extended_hits: int, ppl_32k: float, falling: bool, ratio: float, oom: bool):
    cells = {(f, n, d): extended_hits for f in ("repeat", "en") for n in (16384, 32768)
             for d in (0.0, 1.0)}  # fmt: skip
    buckets = {(4096, 8192): 3.0, (8192, 16384): 2.9, (16384, 32768): 2.8 if falling else 3.1}
    ext = _model("extended", {8192: 10.0, 32768: ppl_32k}, buckets, cells)
    base = _model("base", {8192: 10.5, 32768: 99.0}, buckets, dict.fromkeys(cells, 0))
    probe = {"length": 32768, "loss": "chunked"}
    probe.update({"error": "out of memory"} if oom else {"seconds": 1.2, "peak_memory_mb": 9000})
    return {
        "eval": {"sets": {"en": {"settings": {"lengths": [4096, 8192, 16384, 32768]},
                                 "models": [base, ext]}}},
        "throughput": {"scored_tokens_per_s_ratio": ratio},
        "probe": {"runs": [probe]},
    }  # fmt: skip


def test_every_goal_met():
    rows = gpu_report.goals(_report(2, 9.5, True, 1.4, False))
    assert [r["met"] for r in rows] == [True] * len(rows)
    assert rows[0]["goal"].startswith("passkey `repeat` at 16384")
    assert rows[0]["value"] == "100%" and rows[0]["base"] == "0%"


def test_every_goal_missed():
    rows = {r["goal"]: r for r in gpu_report.goals(_report(1, 10.5, False, 1.1, True))}
    assert [r["met"] for r in rows.values()] == [False] * len(rows)
    assert rows["passkey `en` at 32768 (extended)"]["value"] == "50%"
    assert "out of memory" in rows["a 32768-token training step fits in memory"]["value"]


def test_goals_not_measured_are_not_counted_as_met_or_missed():
    rows = gpu_report.goals({"eval": {}, "probe": {}, "throughput": None})
    assert {r["met"] for r in rows} == {None}


def test_stage_numbers_sum_each_curriculum_stage():
    metrics = [
        {"kind": "train", "stage": 0, "window": 8, "step": 1, "tokens": 100, "scored_tokens": 90,
         "tokens_per_s": 50.0, "peak_memory_mb": 10.0, "loss": 3.0},
        {"kind": "train", "stage": 0, "window": 8, "step": 2, "tokens": 100, "scored_tokens": 80,
         "tokens_per_s": 100.0, "peak_memory_mb": 12.0, "loss": 2.5},
        {"kind": "eval", "step": 2, "val_loss": 2.7},
        {"kind": "train", "stage": 1, "window": 16, "step": 3, "tokens": 64, "scored_tokens": 60,
         "tokens_per_s": 32.0, "peak_memory_mb": 20.0, "loss": 2.4},
    ]  # fmt: skip
    first, second = gpu_report.stage_numbers(metrics)
    assert (first["steps"], first["tokens"], first["seconds"]) == (2, 200, 3.0)
    assert first["tokens_per_s"] == round(200 / 3, 1) and first["scored_tokens_per_s"] == round(
        170 / 3, 1
    )
    assert (first["peak_memory_mb"], first["first_loss"], first["last_loss"]) == (12.0, 3.0, 2.5)
    assert first["val_loss"] == 2.7 and second["val_loss"] is None and second["window"] == 16


def test_stage_numbers_report_longce_steps_by_their_plain_cross_entropy():
    """A LongCE step's ``loss`` is the weighted objective; the stage table shows the plain
    CE of the same tokens (``ce_loss``), so it reads like a CE run's, and the mean weight."""
    common = {"kind": "train", "stage": 0, "window": 8, "tokens": 100, "scored_tokens": 90,
              "tokens_per_s": 50.0, "peak_memory_mb": 10.0}  # fmt: skip
    longce = [
        {**common, "step": 1, "loss": 4.0, "ce_loss": 3.0, "mean_weight": 1.5},
        {**common, "step": 2, "loss": 3.5, "ce_loss": 2.5, "mean_weight": 1.25},
    ]
    (stage,) = gpu_report.stage_numbers(longce)
    assert (stage["first_loss"], stage["last_loss"], stage["mean_weight"]) == (3.0, 2.5, 1.375)
    ce = [{**common, "step": 1, "loss": 4.0}, {**common, "step": 2, "loss": 3.5}]
    (stage,) = gpu_report.stage_numbers(ce)
    assert (stage["first_loss"], stage["last_loss"], stage["mean_weight"]) == (4.0, 3.5, None)


def test_a_skipped_unit_names_the_models_it_would_have_scored():
    import gpu_report

    control = {
        "kind": "passkey",
        "on": "repeat",
        "length": 32768,
        "models": ["yarn-untrained"],
        "skipped": "deadline (expected 10 s)",
    }
    pair = {
        "kind": "position",
        "on": "en",
        "length": None,
        "models": ["base", "extended"],
        "skipped": "deadline (expected 1 s)",
    }
    assert gpu_report.skipped_line(control) == (
        "- passkey repeat 32768 (yarn-untrained): deadline (expected 10 s)"
    )
    assert (
        gpu_report.skipped_line(pair) == "- position en (base, extended): deadline (expected 1 s)"
    )
