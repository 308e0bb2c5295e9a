"""What the GPU smoke accepts of the proof's phases (session 53): every phase "ok",
except the optional profile phase, which may be skipped with its reason; a profile that
crashes or overruns its limit once started still fails (clause
``optional_phase_skip_not_crash`` in bench/gpu_smoke.py)."""

from __future__ import annotations

import gpu_smoke
import pytest

PHASES = ("setup", "probe", "train", "eval", "throughput")


def checks(phases: dict[str, str]) -> dict:
    """A smoke's checks that pass everything but the phases' statuses."""
    models = [
        {"name": n, "perplexity": [1], "loss_by_position": [1], "passkey": {"trials": [1]}}
        for n in ("base", "extended", "yarn-untrained")
    ]
    report = {
        "timing": {"phases": {k: {"status": v, "seconds": 1.0} for k, v in phases.items()}},
        "training": {"stages": [{"window": w} for w in (64, 128, 256)]},
        "eval": {"sets": {"en": {"models": models}, "zh": {"models": models[:2]}}},
        "throughput": {"scored_tokens_per_s_ratio": 0.9},
    }
    return {
        "receive_names_missing": True,
        "corrupt_part_refused": True,
        "run_exit": 0,
        "files": ["report.json", "report.md"],
        "report": report,
    }


def with_profile(status: str | None) -> dict:
    phases = dict.fromkeys(PHASES, "ok")
    if status is not None:
        phases["profile"] = status
    return checks(phases)


@pytest.mark.parametrize("status", ["ok", "skipped: 33 s left, needs 45"])
def test_a_profile_that_ran_or_was_skipped_with_its_reason_passes(status):
    assert gpu_smoke.failures(with_profile(status)) == []


@pytest.mark.parametrize("status", ["failed (exit 1)", "timed out after 208 s", "skipped"])
def test_a_profile_that_crashed_or_overran_fails(status):
    assert gpu_smoke.failures(with_profile(status)) == [f"phase profile: {status}"]


def test_a_profile_neither_run_nor_skipped_fails():
    assert gpu_smoke.failures(with_profile(None)) == [
        "phase profile: neither run nor skipped with a reason"
    ]


@pytest.mark.parametrize("phase", PHASES)
def test_only_the_profile_may_be_skipped(phase):
    bad = with_profile("ok")
    bad["report"]["timing"]["phases"][phase]["status"] = "skipped: out of time"
    assert gpu_smoke.failures(bad) == [f"phase {phase}: skipped: out of time"]
