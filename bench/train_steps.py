"""Per-step timing and profiling shared by both trainers in ``bench/bench_train.py``.

Both sides are measured by the same code: a global optimizer step post-hook
(``torch.optim.optimizer.register_optimizer_step_post_hook``) marks the end of every
optimizer step in our recipe and in HF ``Trainer`` alike, so a step's interval is
"end of the previous optimizer step -> end of this one": scheduler, zero_grad,
logging, the next micro-batches (data), forward, backward, clipping and the optimizer.
Each mark also records the process's CPU user/system seconds and minor page faults
(``getrusage``): system time is where fresh ``mmap`` pages and page faults (the heap
policy's cost) show up.

The profile classifies every top-level event of one profiled step
(``torch.profiler``, steps after the first) as data, forward, LM head + loss,
backward, optimizer (clipping included) or, for the rest of the step's wall time,
Python between ops.
"""

from __future__ import annotations

import resource
import time

CATEGORIES = ("data", "forward", "lm head + loss", "backward", "optimizer", "python between ops")


def _usage() -> tuple[float, float, float, int]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return time.perf_counter(), r.ru_utime, r.ru_stime, r.ru_minflt


class StepClock:
    """Marks the end of every optimizer step of any torch optimizer in the process."""

    def __init__(self):
        from torch.optim.optimizer import register_optimizer_step_post_hook

        self.marks: list[tuple[float, float, float, int]] = []
        self.started = _usage()
        self.handle = register_optimizer_step_post_hook(lambda *_: self.marks.append(_usage()))

    def start(self) -> None:
        """The training loop starts now (the first step's interval begins here)."""
        self.started = _usage()

    def steps(self) -> list[dict]:
        """Per step: wall, CPU user and system seconds, minor page faults (thousands)."""
        out = []
        for a, b in zip([self.started, *self.marks], self.marks, strict=False):
            out.append(
                {
                    "wall_s": round(b[0] - a[0], 4),
                    "user_s": round(b[1] - a[1], 3),
                    "sys_s": round(b[2] - a[2], 3),
                    "minor_faults_k": round((b[3] - a[3]) / 1000, 1),
                }
            )
        return out


def summarize(steps: list[dict], scored_tokens: int, tokens: int) -> dict:
    """Warm-up (the first step) apart; steady rates over the other steps.

    Scored tokens per step are the run's mean (total / steps), identical for both
    sides on full windows, so the steady ratio is the ratio of mean step times.
    """
    warm, rest = steps[0], steps[1:] or steps[:1]
    n = len(steps)
    mean = {k: sum(s[k] for s in rest) / len(rest) for k in rest[0]}
    return {
        "steps": n,
        "warmup_step_s": warm["wall_s"],
        "steady_step_s": round(mean["wall_s"], 4),
        "steady_user_s": round(mean["user_s"], 3),
        "steady_sys_s": round(mean["sys_s"], 3),
        "steady_minor_faults_k": round(mean["minor_faults_k"], 1),
        "steady_tokens_per_s": round(tokens / n / mean["wall_s"], 2),
        "steady_scored_tokens_per_s": round(scored_tokens / n / mean["wall_s"], 2),
        "all_steps_scored_tokens_per_s": round(scored_tokens / sum(s["wall_s"] for s in steps), 2),
    }


class LayerRuns:
    """How often each decoder layer ran, and with which attention mask, in the first
    optimizer step (the warm-up, kept apart from the steady timing; the hooks go at its
    end, so timed steps carry none). A layer that transformers checkpoints runs its
    attention twice per micro-batch (the forward and the recompute in backward), once
    without checkpointing: ``per_layer_per_micro_batch`` 2.0 says the side really
    recomputed (session 40: asked on both sides, was it done on both?). ``sdpa`` counts
    ``scaled_dot_product_attention`` calls by mask: ``causal`` (no mask, ``is_causal``:
    the flash / memory-efficient kernels), ``mask`` (a materialized mask), ``none``."""

    def __init__(self, layers: int, micro_batches: int):
        import torch
        from torch.optim.optimizer import register_optimizer_step_post_hook

        self.layers, self.micro_batches = layers, micro_batches
        self.calls, self.sdpa = 0, {}
        self.functional = torch.nn.functional
        self.original = self.functional.scaled_dot_product_attention
        self.functional.scaled_dot_product_attention = self._sdpa
        self.hooks = [torch.nn.modules.module.register_module_forward_pre_hook(self._pre)]
        # removed by result(), not by itself: the optimizer is iterating over its hooks
        self.step_hook = register_optimizer_step_post_hook(self._end)

    def _pre(self, module, _args) -> None:
        if type(module).__name__.endswith("Attention"):
            self.calls += 1

    def _sdpa(self, *args, **kwargs):
        mask = args[3] if len(args) > 3 else kwargs.get("attn_mask")
        kind = "mask" if mask is not None else "causal" if kwargs.get("is_causal") else "none"
        self.sdpa[kind] = self.sdpa.get(kind, 0) + 1
        return self.original(*args, **kwargs)

    def _end(self, *_) -> None:
        if not self.hooks:  # ended already (every later step calls this too)
            return
        for hook in self.hooks:
            hook.remove()
        self.hooks = []
        self.functional.scaled_dot_product_attention = self.original

    def result(self) -> dict:
        self._end()
        self.step_hook.remove()
        return {
            "attention_calls": self.calls,
            "per_layer_per_micro_batch": round(self.calls / (self.layers * self.micro_batches), 3),
            "sdpa": dict(sorted(self.sdpa.items())),
        }


# ------------------------------------------------------------------ profile
class StepProfiler:
    """``torch.profiler`` over step ``profile_step`` (1-based) alone: started at the end
    of the optimizer step before it and stopped at the end of its own, by the optimizer
    hook; :meth:`table` splits that step's wall time into ``CATEGORIES``."""

    def __init__(self, profile_step: int, vocab: int):
        from torch.optim.optimizer import register_optimizer_step_post_hook

        self.vocab, self.profile_step, self.done = vocab, profile_step, 0
        self.prof, self.wall, self.cuda = None, 0.0, False
        self.handle = register_optimizer_step_post_hook(self._on_step)
        if profile_step == 1:
            self._start()

    def _start(self) -> None:
        import torch

        activities = [torch.profiler.ProfilerActivity.CPU]
        self.cuda = torch.cuda.is_available()
        if self.cuda:  # the kernels too: on a GPU the CPU side is only the launches
            activities.append(torch.profiler.ProfilerActivity.CUDA)
            torch.cuda.synchronize()
        self.prof = torch.profiler.profile(activities=activities, record_shapes=True)
        self.prof.__enter__()
        self.wall = time.perf_counter()

    def _on_step(self, *_) -> None:
        self.done += 1
        if self.done == self.profile_step - 1:
            self._start()
        elif self.done == self.profile_step and self.prof is not None:
            if self.cuda:
                import torch

                torch.cuda.synchronize()  # the step's wall time includes its kernels
            self.wall = time.perf_counter() - self.wall
            self.prof.__exit__(None, None, None)

    def close(self) -> None:
        self.handle.remove()

    def _touches_vocab(self, event) -> bool:
        shapes = [s for s in (event.input_shapes or []) if s]
        if any(self.vocab in shape for shape in shapes):
            return True
        return any(self._touches_vocab(c) for c in event.cpu_children)

    def category(self, event) -> str:
        name = event.name
        if "DataLoader" in name or name == "bench::data":
            return "data"
        # gradient clipping (clip_grad_norm_: foreach norms, stack, scale) counts here
        if name.startswith(("Optimizer.", "aten::_foreach")) or name == "aten::linalg_vector_norm":
            return "optimizer"
        if "cross_entropy" in name or "nll_loss" in name or self._touches_vocab(event):
            return "lm head + loss"
        if name.startswith("autograd::engine::evaluate_function"):
            return "backward"
        return "forward"

    def table(self) -> dict:
        totals = dict.fromkeys(CATEGORIES, 0.0)
        for event in self.prof.events():
            if event.cpu_parent is None:
                totals[self.category(event)] += event.cpu_time_total / 1e6
        totals["python between ops"] = max(0.0, self.wall - sum(totals.values()))
        table = {
            "step_s": round(self.wall, 6),
            **{k: round(v, 6) for k, v in totals.items()},
        }  # us: a tiny step's parts are < 1 ms
        if self.cuda:
            table["kernels"] = top_kernels(self.prof.key_averages(), 15)
        return table


def top_kernels(averages, n: int) -> dict:
    """The device time of a profiled step: total and the ``n`` costliest operators by
    their own (self) device time, in seconds."""
    rows = [
        (e.key, getattr(e, "self_device_time_total", 0.0) / 1e6, e.count)
        for e in averages
        if getattr(e, "self_device_time_total", 0.0) > 0
    ]
    rows.sort(key=lambda r: -r[1])
    return {
        "device_s": round(sum(r[1] for r in rows), 4),
        "top": [{"name": k[:120], "device_s": round(t, 4), "calls": c} for k, t, c in rows[:n]],
    }
