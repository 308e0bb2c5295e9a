"""Lockstep throughput: two arms' optimizer steps interleaved one at a time (ABBA).

Why: on a shared machine the CPU seconds of one step drift by up to 1.7x between runs
minutes apart (docs/PERFORMANCE.md), so arms run one after the other compare machine
states as much as trainers. Here both arms' processes start and load first, then a
coordinator releases **one optimizer step at a time**, alternating in ABBA order
(A1 B1 B2 A2 A3 B3 ...): step k of both arms runs back to back, and which side goes
first alternates, so a drift in machine conditions falls on both sides of every pair.

Protocol (two pipes per child, fd numbers passed in the arm's params as ``gate``):

* child -> coordinator, one JSON line each: ``{"ready": true}`` when the arm reaches its
  first step (model and data loaded), then one record per step after its optimizer
  step (wall, CPU user/system seconds, minor page faults, measured from the release).
* coordinator -> child: one byte releases one step. The child waits in a blocking
  ``os.read`` (no CPU) at its first step and after every optimizer step; EOF (the
  coordinator closed the pipe after its last release) lets it run on freely to exit.

A step is "release -> end of this optimizer step" (the previous step's scheduler,
zero_grad and logging run after its hook, so they land in this step, as in
``train_steps.StepClock``). CPU seconds are the whole process's ``getrusage``; with one
torch thread per side nothing else runs in it while blocked.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from math import comb


def _usage() -> tuple[float, float, float, int]:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return time.monotonic(), r.ru_utime, r.ru_stime, r.ru_minflt


# ------------------------------------------------------------------ child side
class Gate:
    """The child's end: blocks before each step until released, reports after it.

    ``first()`` goes where the arm's first step starts (after loading); the optimizer
    post-hook (``register_optimizer_step_post_hook``, as ``StepClock``) reports the
    finished step and blocks for the next release.
    """

    def __init__(self, release_fd: int, report_fd: int, hook: bool = True):
        self.release_fd, self.report_fd = release_fd, report_fd
        self.free = False  # the coordinator closed the release pipe: stop blocking
        self.since: tuple | None = None
        self.step = 0
        self.handle = None
        if hook:
            from torch.optim.optimizer import register_optimizer_step_post_hook

            self.handle = register_optimizer_step_post_hook(lambda *_: self.after_step())

    def _send(self, record: dict) -> None:
        os.write(self.report_fd, (json.dumps(record) + "\n").encode())

    def _wait(self) -> None:
        if not self.free and os.read(self.release_fd, 1) == b"":
            self.free = True
        self.since = _usage()

    def first(self) -> None:
        """Say ready and wait for the first release (idempotent: only the first call)."""
        if self.since is None:
            self._send({"ready": True})
            self._wait()

    def after_step(self) -> None:
        end, start = _usage(), self.since
        self.step += 1
        if start is not None and not self.free:
            self._send(
                {
                    "step": self.step,
                    "start": start[0],
                    "end": end[0],
                    "wall_s": round(end[0] - start[0], 4),
                    "user_s": round(end[1] - start[1], 3),
                    "sys_s": round(end[2] - start[2], 3),
                    "minor_faults_k": round((end[3] - start[3]) / 1000, 1),
                }
            )
        self._wait()


# ------------------------------------------------------------ coordinator side
def abba_order(arms: list[str], steps: int) -> Iterator[tuple[int, str]]:
    """(step, arm) releases: step k of every arm back to back, order reversed every
    other step, so A1 B1 B2 A2 A3 B3 ... for two arms."""
    for k in range(steps):
        for arm in arms if k % 2 == 0 else arms[::-1]:
            yield k + 1, arm


class ArmProcess:
    """One arm in a fresh child process: ``argv`` + the arm's params with ``gate`` fds."""

    def __init__(self, name: str, argv: list[str], params: dict, cwd: str | None = None):
        self.name = name
        release_r, self.release_w = os.pipe()
        report_r, report_w = os.pipe()
        # child's stdout/stderr to files: a full pipe would block it while we wait on
        # its report pipe (deadlock)
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        params = {**params, "gate": [release_r, report_w]}
        self.proc = subprocess.Popen(
            [*argv, json.dumps(params)],
            cwd=cwd,
            stdout=self.out,
            stderr=self.err,
            pass_fds=(release_r, report_w),
        )
        os.close(release_r)
        os.close(report_w)
        self.report = os.fdopen(report_r, "r")

    def _stderr(self) -> str:
        self.err.seek(0)
        return self.err.read().decode(errors="replace")[-4000:]

    def _line(self) -> dict:
        line = self.report.readline()
        if not line:
            self.proc.wait()
            raise RuntimeError(
                f"arm {self.name} exited (rc {self.proc.returncode}):\n{self._stderr()}"
            )
        return json.loads(line)

    def ready(self) -> None:
        if not self._line().get("ready"):
            raise RuntimeError(f"arm {self.name}: expected the ready line first")

    def step(self) -> dict:
        """Release one step; block until its record comes back."""
        os.write(self.release_w, b"1")
        return self._line()

    def finish(self) -> dict:
        """Let the child run on to its end; its last stdout line (JSON) is the result."""
        os.close(self.release_w)
        rc = self.proc.wait()
        self.report.close()
        if rc != 0:
            raise RuntimeError(f"arm {self.name} failed (rc {rc}):\n{self._stderr()}")
        self.out.seek(0)
        return json.loads(self.out.read().decode().strip().splitlines()[-1])

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def run_lockstep(arms: dict[str, ArmProcess], steps: int) -> dict:
    """Wait until every arm is loaded, release ``steps`` steps per arm in ABBA order,
    then let the arms finish. Returns per arm: ``steps`` (records, in order, each with
    its global release ``order``) and ``result`` (the child's own JSON)."""
    try:
        for arm in arms.values():
            arm.ready()
        records: dict[str, list[dict]] = {name: [] for name in arms}
        for order, (k, name) in enumerate(abba_order(list(arms), steps)):
            record = arms[name].step()
            if record.get("step") != k:
                raise RuntimeError(f"arm {name}: released step {k}, got {record}")
            load = round(os.getloadavg()[0], 2)  # other jobs' load during this step
            records[name].append({**record, "order": order, "load_1m": load})
        return {
            name: {"steps": records[name], "result": arm.finish()} for name, arm in arms.items()
        }
    finally:
        for arm in arms.values():
            arm.kill()


# ------------------------------------------------------------------ statistics
def _cpu(step: dict) -> float:
    return step["user_s"] + step["sys_s"]


def sign_test_p(wins: int, n: int) -> float:
    """Two-sided exact binomial p of ``wins`` of ``n`` pairs under p = 1/2."""
    k = min(wins, n - wins)
    return min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2**n)


def paired_summary(
    a: list[dict], b: list[dict], a_scored: float, b_scored: float, warmup: int = 1, seed: int = 0
) -> dict:
    """Arm A vs arm B over their paired steady steps (step k of both; the first
    ``warmup`` apart). Ratio = A's scored tokens per CPU-second / B's, per pair and
    overall; > 1 means A is faster. ``a_scored`` / ``b_scored``: scored tokens per step.

    Intervals: a 95 % percentile bootstrap over pairs (2000 resamples, seeded) for
    the median of per-pair ratios and for the ratio of means; the sign test counts the
    pairs where A used fewer CPU-seconds per scored token."""
    pairs = list(zip(a[warmup:], b[warmup:], strict=True))
    if not pairs:
        raise ValueError("no steady pairs: run more steps than the warm-up")
    ratios = [(a_scored / _cpu(x)) / (b_scored / _cpu(y)) for x, y in pairs]

    def of_means(sample: list[tuple[dict, dict]]) -> float:
        ca = statistics.fmean(_cpu(x) for x, _ in sample)
        cb = statistics.fmean(_cpu(y) for _, y in sample)
        return (a_scored / ca) / (b_scored / cb)

    rng = random.Random(seed)
    boot_median, boot_means = [], []
    for _ in range(2000):
        idx = [rng.randrange(len(pairs)) for _ in pairs]
        boot_median.append(statistics.median(ratios[i] for i in idx))
        boot_means.append(of_means([pairs[i] for i in idx]))

    def ci(values: list[float]) -> list[float]:
        values = sorted(values)
        return [
            round(values[int(0.025 * len(values))], 4),
            round(values[int(0.975 * len(values)) - 1], 4),
        ]

    def side(steps: list[dict]) -> dict:
        steady = steps[warmup:]
        cpu = [_cpu(s) for s in steady]
        return {
            "warmup_cpu_s": [round(_cpu(s), 3) for s in steps[:warmup]],
            "warmup_wall_s": [s["wall_s"] for s in steps[:warmup]],
            "steady_steps": len(cpu),
            "cpu_s_mean": round(statistics.fmean(cpu), 3),
            "cpu_s_median": round(statistics.median(cpu), 3),
            "cpu_s_sd": round(statistics.stdev(cpu), 3) if len(cpu) > 1 else 0.0,
            "user_s_mean": round(statistics.fmean(s["user_s"] for s in steady), 3),
            "sys_s_mean": round(statistics.fmean(s["sys_s"] for s in steady), 3),
            "wall_s_mean": round(statistics.fmean(s["wall_s"] for s in steady), 3),
            "wall_s_median": round(statistics.median(s["wall_s"] for s in steady), 3),
            "minor_faults_k_mean": round(statistics.fmean(s["minor_faults_k"] for s in steady), 1),
        }

    wins = sum(r > 1 for r in ratios)
    return {
        "a": side(a),
        "b": side(b),
        "pairs": len(pairs),
        "pair_ratios": [round(r, 4) for r in ratios],
        "ratio_median_of_pairs": round(statistics.median(ratios), 4),
        "ratio_median_ci95": ci(boot_median),
        "ratio_of_means": round(of_means(pairs), 4),
        "ratio_of_means_ci95": ci(boot_means),
        "ratio_of_medians": round(
            (a_scored / statistics.median(_cpu(x) for x, _ in pairs))
            / (b_scored / statistics.median(_cpu(y) for _, y in pairs)),
            4,
        ),
        "pairs_a_faster": wins,
        "sign_test_p": round(sign_test_p(wins, len(pairs)), 4),
    }


def lockstep_throughput(args, params: dict, script: str, cwd: str) -> dict:
    """``bench_train.py throughput --lockstep``: the two arms of ``args.arms`` (A first)
    in lockstep; per-side steady CPU seconds and the paired ratios A / B."""
    if len(args.arms) != 2:
        raise SystemExit("--lockstep compares exactly two arms, e.g. --arms ours,hf")
    load = os.getloadavg()
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    procs = {}
    try:
        for arm in args.arms:
            procs[arm] = ArmProcess(
                arm, [sys.executable, script, "_arm_lockstep"], {**params, "arm": arm}, cwd
            )
    except BaseException:
        for p in procs.values():
            p.kill()
        raise
    out = run_lockstep(procs, args.steps)
    a, b = args.arms
    scored = {n: out[n]["result"]["scored_tokens"] / out[n]["result"]["steps"] for n in out}
    return {
        "benchmark": "train_throughput_lockstep",
        **params,
        "arms": args.arms,
        "order": "ABBA: step k of both arms back to back, first arm alternating",
        "started_utc": started,
        "load_before": [round(x, 2) for x in load],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "scored_tokens_per_step": {n: round(v, 2) for n, v in scored.items()},
        "summary": {
            f"{a}/{b}": paired_summary(out[a]["steps"], out[b]["steps"], scored[a], scored[b])
        },
        "note": "ratio > 1: the first arm scores more tokens per CPU-second (user + system "
        "of its process, steps 2..N, each from its release to its optimizer step's end)",
        "runs": {
            n: {
                "steps": out[n]["steps"],
                "steps_run": out[n]["result"]["steps"],
                **{k: v for k, v in out[n]["result"].items() if k in CHILD_KEYS},
            }
            for n in out
        },
    }


# what the child's own result contributes (its StepClock times include the waits)
CHILD_KEYS = ("tokens", "scored_tokens", "real_tokens", "examples", "trainer_steps",
              "peak_memory_mb", "token_efficiency")  # fmt: skip
