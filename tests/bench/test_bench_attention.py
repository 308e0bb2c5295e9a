"""bench/bench_attention.py: the whole-model numbers it computes from a K-layer run.

The timed runs are measurements (docs/PERFORMANCE.md); what is tested here is the
arithmetic that turns them into whole-model rows and ratios, and that a no-layer
step that did not time the step's tail (it cost more than the layered step, as it
did when it started from raw embeddings) yields no whole-model number at all.
"""

from __future__ import annotations

import bench_attention as ba
import pytest


def _run(pattern, wall, cpu, live):
    return {
        "pattern": pattern,
        "step_wall_s": wall,
        "step_cpu_s": cpu,
        "live_tensor_peak_mb": live,
    }


def _result(none_wall, none_cpu):
    return {
        "length": 4096,
        "hidden_size": 576,
        "all_layers": 30,
        "kept_layers": 6,
        "runs": [
            _run("full", 24.0, 20.0, 300.0),
            _run("s2", 18.0, 14.0, 300.0),
            _run(ba.NO_LAYERS, none_wall, none_cpu, 240.0),
        ],
    }


def test_whole_model_rows_scale_the_layers_and_add_the_checkpointed_states():
    result = _result(none_wall=6.0, none_cpu=2.0)
    ratios = ba.step_ratios([result])
    rows = {r["pattern"]: r for r in result["runs"] if r.get("extrapolated")}
    assert set(rows) == {"full", "s2"}
    # t0 + L (tK - t0) / K
    assert rows["full"]["step_wall_s"] == pytest.approx(6 + 30 * (24 - 6) / 6)
    assert rows["full"]["step_cpu_s"] == pytest.approx(2 + 30 * (20 - 2) / 6)
    assert rows["s2"]["step_cpu_s"] == pytest.approx(2 + 30 * (14 - 2) / 6)
    # 24 missing layers x 4096 x 576 float32 hidden states
    saved = 24 * 4096 * 576 * 4 / 2**20
    assert rows["s2"]["live_tensor_peak_mb"] == pytest.approx(300 + saved, abs=0.05)
    assert ratios["s2/full@4096 (measured)"]["step_cpu_s"] == pytest.approx(14 / 20, abs=1e-3)
    assert ratios["s2/full@4096 (extrapolated)"]["step_cpu_s"] == pytest.approx(
        (2 + 5 * 12) / (2 + 5 * 18), abs=1e-3
    )


def test_a_no_layer_step_dearer_than_the_layers_gives_no_whole_model_number():
    # The first 6-layer run at 4096: the no-layer step took 67 CPU s, the layered 24.
    result = _result(none_wall=169.0, none_cpu=67.0)
    ratios = ba.step_ratios([result])
    rows = [r for r in result["runs"] if r.get("extrapolated")]
    assert rows and all("skipped" in r and "step_cpu_s" not in r for r in rows)
    assert not any("extrapolated" in key for key in ratios)
    assert "s2/full@4096 (measured)" in ratios  # the measured comparison stands


def test_all_layers_kept_adds_no_rows():
    result = _result(none_wall=6.0, none_cpu=2.0)
    result["kept_layers"] = 30
    result["runs"] = result["runs"][:2]
    ratios = ba.step_ratios([result])
    assert len(result["runs"]) == 2
    assert list(ratios) == ["s2/full@4096 (measured)"]
