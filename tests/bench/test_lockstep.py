"""The lockstep coordinator (``bench/lockstep.py``) with cheap fake arms: real child
processes and pipes, a CPU spin in place of a training step."""

from __future__ import annotations

import os
import sys
import textwrap

import lockstep
import pytest

BENCH = os.path.dirname(lockstep.__file__)

# A fake arm: loads (sleeps), then runs `steps + extra` steps of `spin` CPU-seconds each;
# the first `steps` are gated by the coordinator, the rest run freely after EOF.
FAKE = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, {bench!r})
    from lockstep import Gate
    p = json.loads(sys.argv[-1])
    if p.get("fail"):
        sys.exit("fake arm: cannot load " + p["arm"])
    time.sleep(p.get("load_s", 0))
    gate = Gate(*p["gate"], hook=False)
    ready = time.monotonic()
    gate.first()
    starts = []
    for _ in range(p["steps"] + p.get("extra", 0)):
        starts.append(time.monotonic())
        t = time.process_time()
        while time.process_time() - t < p["spin"]:
            pass
        gate.after_step()
    print("noise on stdout " * 2000)  # a child's chatter must not block the coordinator
    print(json.dumps({{"scored_tokens": 100 * len(starts), "steps": len(starts),
                      "starts": starts, "ready": ready}}))
    """
)


def _arms(tmp_path, specs: dict[str, dict]) -> dict:
    script = tmp_path / "fake_arm.py"
    script.write_text(FAKE.format(bench=BENCH))
    return {
        name: lockstep.ArmProcess(name, [sys.executable, str(script)], {"arm": name, **spec})
        for name, spec in specs.items()
    }


def test_abba_order():
    assert list(lockstep.abba_order(["a", "b"], 4)) == [
        (1, "a"), (1, "b"), (2, "b"), (2, "a"), (3, "a"), (3, "b"), (4, "b"), (4, "a"),
    ]  # fmt: skip


def test_lockstep_releases_one_step_at_a_time_in_abba_order(tmp_path):
    steps = 5
    # b loads slower: nothing may be released before both are ready
    arms = _arms(
        tmp_path,
        {
            "a": {"steps": steps, "spin": 0.02, "extra": 2},
            "b": {"steps": steps, "spin": 0.01, "load_s": 0.3},
        },
    )
    out = lockstep.run_lockstep(arms, steps)
    released = sorted((r["order"], name, r) for name in out for r in out[name]["steps"])
    assert [name for _, name, _ in released] == ["a", "b", "b", "a", "a", "b", "b", "a", "a", "b"]
    for name in ("a", "b"):
        assert [r["step"] for r in out[name]["steps"]] == list(range(1, steps + 1))
        # the child ran its gated steps and then its free ones, each once
        assert out[name]["result"]["steps"] == steps + (2 if name == "a" else 0)
    # one step at a time: every step ends before the next release starts
    for (_, _, prev), (_, _, nxt) in zip(released, released[1:], strict=False):
        assert prev["end"] <= nxt["start"]
    # b's load (0.3 s) ended before a's first step was released
    assert released[0][2]["start"] >= out["b"]["result"]["ready"]
    # a CPU-bound step measures its own CPU time, not the other arm's
    for r in out["a"]["steps"]:
        assert 0.015 <= r["user_s"] + r["sys_s"] < 0.2
    summary = lockstep.paired_summary(out["a"]["steps"], out["b"]["steps"], 100, 100)
    assert summary["pairs"] == steps - 1
    assert summary["ratio_median_of_pairs"] < 0.9  # a spins twice as long per step


def test_a_failing_arm_is_reported_and_the_other_killed(tmp_path):
    arms = _arms(tmp_path, {"a": {"steps": 3, "spin": 0.01}, "b": {"steps": 3, "fail": True}})
    with pytest.raises(RuntimeError, match="cannot load b"):
        lockstep.run_lockstep(arms, 3)
    assert arms["a"].proc.poll() is not None  # not left blocked on its gate


def _steps(cpus: list[float]) -> list[dict]:
    return [{"user_s": c, "sys_s": 0.0, "wall_s": c, "minor_faults_k": 1.0} for c in cpus]


def test_paired_summary_values():
    # warm-up 9 and 1 apart; a uses 1.0 CPU-s per step, b 1.25 except one slow pair
    a = _steps([9.0, 1.0, 1.0, 1.0, 1.0, 2.0])
    b = _steps([1.0, 1.25, 1.25, 1.25, 1.25, 1.0])
    s = lockstep.paired_summary(a, b, 100, 100)
    assert s["pairs"] == 5
    assert s["pair_ratios"] == [1.25, 1.25, 1.25, 1.25, 0.5]
    assert s["ratio_median_of_pairs"] == 1.25
    assert s["ratio_of_means"] == pytest.approx(6.0 / 6.0)  # 6.0 CPU-s each side
    assert s["a"]["cpu_s_median"] == 1.0 and s["b"]["cpu_s_mean"] == 1.2
    assert s["a"]["warmup_cpu_s"] == [9.0]
    assert s["pairs_a_faster"] == 4
    assert s["sign_test_p"] == pytest.approx(2 * 6 / 32)
    lo, hi = s["ratio_median_ci95"]
    assert lo <= 1.25 <= hi
    # scored tokens per step enter the ratio: a scoring half as many tokens halves it
    assert lockstep.paired_summary(a, b, 50, 100)["ratio_median_of_pairs"] == 0.625


def test_sign_test_p():
    assert lockstep.sign_test_p(10, 10) == pytest.approx(2 / 1024)
    assert lockstep.sign_test_p(5, 10) == 1.0
