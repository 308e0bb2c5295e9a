"""The GPU proof's report: ``report.json`` (every number), ``report.md`` (tables and the
goals, met or not) and PNGs, at most 8 files in all (the device returns no more).

The evaluation sections reuse the evaluator's own tables and plots
(``training.report``, ``training.plots``) on reports of its format, one per held-out
set; the training curve is ``training.plots.plot_loss`` of the run's metrics.
"""

from __future__ import annotations

import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

MAX_FILES = 8
FORMAT = "longctx-gpu-report/1"


def _fmt(value, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def stage_numbers(metrics: list[dict]) -> list[dict]:
    """Per curriculum stage: steps, tokens, time, tokens/s, peak memory, losses."""
    out = []
    train = [r for r in metrics if r.get("kind") == "train"]
    for stage in sorted({r["stage"] for r in train}):
        rows = [r for r in train if r["stage"] == stage]
        seconds = sum(r["tokens"] / r["tokens_per_s"] for r in rows if r["tokens_per_s"])
        last_step = rows[-1]["step"]
        evals = [r for r in metrics if r.get("kind") == "eval" and r["step"] == last_step]
        out.append(
            {
                "stage": stage,
                "window": rows[0]["window"],
                "steps": len(rows),
                "tokens": sum(r["tokens"] for r in rows),
                "scored_tokens": sum(r["scored_tokens"] for r in rows),
                "seconds": round(seconds, 2),
                "tokens_per_s": round(sum(r["tokens"] for r in rows) / seconds, 1)
                if seconds
                else None,
                "scored_tokens_per_s": round(sum(r["scored_tokens"] for r in rows) / seconds, 1)
                if seconds
                else None,
                "peak_memory_mb": max(r["peak_memory_mb"] for r in rows),
                # LongCE's ``loss`` is the weighted objective; ``ce_loss`` the plain CE
                "first_loss": rows[0].get("ce_loss", rows[0]["loss"]),
                "last_loss": rows[-1].get("ce_loss", rows[-1]["loss"]),
                "mean_weight": _mean([r.get("mean_weight") for r in rows]),
                "val_loss": evals[-1]["val_loss"] if evals else None,
            }
        )
    return out


def _model(report: dict | None, name: str) -> dict | None:
    if not report:
        return None
    return next((m for m in report["models"] if m["name"] == name), None)


def _passkey_accuracy(model: dict | None, filler: str, length: int) -> float | None:
    if not model or not model.get("passkey"):
        return None
    cells = [
        c for c in model["passkey"]["summary"] if c["filler"] == filler and c["length"] == length
    ]
    total = sum(c["trials"] for c in cells)
    return sum(c["correct"] for c in cells) / total if total else None


def _ppl(model: dict | None, length: int) -> float | None:
    row = next((r for r in (model or {}).get("perplexity", []) if r["length"] == length), None)
    return row and row["perplexity"]


def goals(report: dict) -> list[dict]:
    """The issue's goals, each with its measured value and whether it was met (None:
    not measured)."""
    en = (report.get("eval") or {}).get("sets", {}).get("en")
    ext, base, ctrl = _model(en, "extended"), _model(en, "base"), _model(en, "yarn-untrained")
    planned = ((report.get("settings") or {}).get("eval") or {}).get("lengths") or [0]
    longest = max(en["settings"]["lengths"] if en else planned)
    half, quarter = longest // 2, longest // 4
    rows = []
    for filler, target in (("repeat", 0.95), ("en", 0.80)):
        for length in (half, longest):
            acc = _passkey_accuracy(ext, filler, length)
            rows.append(
                {
                    "goal": f"passkey `{filler}` at {length} (extended)",
                    "target": f">= {target:.0%}",
                    "value": None if acc is None else f"{acc:.0%}",
                    "base": _fmt_acc(_passkey_accuracy(base, filler, length)),
                    "control": _fmt_acc(_passkey_accuracy(ctrl, filler, length)),
                    "met": None if acc is None else acc >= target,
                }
            )
    p_long, p_8k = _ppl(ext, longest), _ppl(ext, quarter)
    rows.append(
        {
            "goal": f"perplexity at {longest} <= at {quarter} (extended, same tokens)",
            "target": "<=",
            "value": None if None in (p_long, p_8k) else f"{p_long:.3f} vs {p_8k:.3f}",
            "base": _pair(_ppl(base, longest), _ppl(base, quarter)),
            "control": _pair(_ppl(ctrl, longest), _ppl(ctrl, quarter)),
            "met": None if None in (p_long, p_8k) else p_long <= p_8k,
        }
    )
    curve = [b for b in ((ext or {}).get("loss_by_position") or {}).get("buckets", [])]
    tail = [b for b in curve if b["end"] >= quarter]  # the bucket up to 8k, then beyond
    losses = [b["loss"] for b in tail]
    rows.append(
        {
            "goal": f"loss by position still falling beyond {quarter} (extended)",
            "target": " > ".join(f"[{b['start']},{b['end']})" for b in tail) or "-",
            "value": None
            if len(tail) < 2 or None in losses
            else " > ".join(f"{x:.4f}" for x in losses),
            "base": None,
            "met": None
            if len(tail) < 2 or None in losses
            else all(a > b for a, b in zip(losses, losses[1:], strict=False)),
        }
    )
    tp = report.get("throughput") or {}
    ratio = tp.get("scored_tokens_per_s_ratio")
    rows.append(
        {
            "goal": f"trainer scored tokens/s vs HF Trainer + peft (padded) at {tp.get('window', '-')}",
            "target": ">= 1.3x",
            "value": None if ratio is None else f"{ratio:.2f}x",
            "base": None,
            "met": None if ratio is None else ratio >= 1.3,
        }
    )
    probe = (report.get("probe") or {}).get("runs", [])
    top = [r for r in probe if r["length"] == longest and r["loss"] == "chunked"]
    fits = top and "seconds" in top[0] and not top[0].get("error")
    rows.append(
        {
            "goal": f"a {longest}-token training step fits in memory",
            "target": "runs",
            "value": None
            if not top
            else (_fmt(top[0].get("peak_memory_mb"), 0) + " MB")
            if fits
            else top[0].get("error") or top[0].get("skipped"),
            "base": None,
            "met": None if not top or top[0].get("skipped") else bool(fits),
        }
    )
    return rows


def _pair(a: float | None, b: float | None) -> str | None:
    return None if None in (a, b) else f"{a:.3f} vs {b:.3f}"


def _fmt_acc(acc: float | None) -> str | None:
    return None if acc is None else f"{acc:.0%}"


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows] + [""]


def profile_lines(profile: dict | None) -> list[str]:
    """One profiled training step of each side: where the wall time goes (CPU view)
    and, on a GPU, the device time and its costliest operators."""
    from bench.train_steps import CATEGORIES

    sides = [(arm, profile[arm]["profile"]) for arm in ("ours", "hf") if profile and arm in profile]
    sides = [(arm, t) for arm, t in sides if t]
    if not sides:
        return []
    lines = [f"## One profiled training step (step {profile['profile_step']})", ""]
    lines += _table(
        ["side", "step s", *CATEGORIES, "device s"],
        [
            [arm, t["step_s"], *(t.get(c, "-") for c in CATEGORIES),
             (t.get("kernels") or {}).get("device_s", "-")]
            for arm, t in sides
        ],
    )  # fmt: skip
    for arm, t in sides:
        top = (t.get("kernels") or {}).get("top") or []
        if top:
            lines += [f"Costliest operators on the device, `{arm}`:", ""]
            lines += _table(
                ["operator", "device s", "calls"],
                [[k["name"].replace("|", "/"), k["device_s"], k["calls"]] for k in top],
            )
    return lines


def markdown(report: dict) -> str:
    from training.report import longppl_section, passkey_tables, perplexity_table, position_table

    d, t = report["device"], report["timing"]
    lines = ["# GPU proof: SmolLM2-135M extended from 8k to 32k positions", ""]
    lines += [
        f"- device: {d.get('device')} ({d.get('memory_gb', '-')} GB), CUDA {d.get('cuda_version')}, "
        + ", ".join(f"{k} {v}" for k, v in (d.get("versions") or {}).items() if v),
        f"- stage: commit `{report['stage'].get('commit')}`, model "
        f"`{report['stage']['model'].get('gguf') or report['stage']['model']['dir']}`",
        f"- time: {t['total_s']:.0f} s of a {t['budget_s']:.0f} s budget; phases: "
        + ", ".join(f"{k} {v['status']} ({v['seconds']} s)" for k, v in t["phases"].items()),
        "",
        "## Goals",
        "",
        "`YaRN x4 untrained`: the base model with the run's RoPE scaling and no adapter, "
        "a control for what the scaling alone gives.",
        "",
    ]
    mark = {True: "met", False: "**not met**", None: "not measured"}
    lines += _table(
        ["goal", "target", "extended / measured", "base", "YaRN x4 untrained", "result"],
        [
            [g["goal"], g["target"], g["value"] or "-", g["base"] or "-",
             g.get("control") or "-", mark[g["met"]]]
            for g in report["goals"]
        ],
    )  # fmt: skip
    plan = report["plan"]
    lines += ["## Training", ""]
    lines += [
        f"Curriculum {plan.get('curriculum')} (window, steps), sized from the probe's step "
        f"times {plan.get('step_seconds_estimate')} s to {plan.get('budget_s')} s "
        f"(expected {plan.get('expected_s')} s). {plan.get('reason', '')}",
        "",
    ]
    stages = report["training"]["stages"]
    objective = (report.get("probe") or {}).get("objective")
    if objective == "longce":
        lines += [
            "Objective: LongCE (cross-entropy weighted by min(exp(LSD), cap), weights from the "
            "model's own long vs short context without gradient); `loss` below is the plain CE "
            "of the same tokens, `mean weight` the mean LongCE weight per scored token.",
            "",
        ]
    elif objective:
        lines += [f"Objective: {objective}.", ""]
    if stages:
        lines += _table(
            ["stage", "window", "steps", "tokens", "s", "tokens/s", "scored tokens/s", "peak MB",
             "loss first -> last", "mean weight", "val loss"],
            [
                [s["stage"], s["window"], s["steps"], s["tokens"], s["seconds"],
                 _fmt(s["tokens_per_s"]), _fmt(s["scored_tokens_per_s"]),
                 _fmt(s["peak_memory_mb"], 0), f"{s['first_loss']:.3f} -> {s['last_loss']:.3f}",
                 _fmt(s.get("mean_weight"), 3), _fmt(s["val_loss"], 4)]
                for s in stages
            ],
        )  # fmt: skip
    probe = report.get("probe") or {}
    if probe.get("runs"):
        lines += ["## Memory and step time (one LoRA step, batch 1)", ""]
        lines += [f"{probe.get('peak_memory_method', '')}.", ""]
        lines += _table(
            ["length", "loss", "step s", "tokens/s", "peak MB", "note"],
            [
                [r["length"], r["loss"] + (f" ({r['objective']})" if r.get("objective") else ""),
                 r.get("seconds", "-"), _fmt(r.get("tokens_per_s")),
                 _fmt(r.get("peak_memory_mb"), 0), r.get("error") or r.get("skipped") or ""]
                for r in probe["runs"]
            ],
        )  # fmt: skip
    tp = report.get("throughput")
    if tp:
        lines += ["## Trainer vs HF Trainer + peft (padded)", ""]
        lines += [
            f"`bench/bench_train.py throughput` at window {tp['window']}, {tp['steps']} steps "
            f"of {tp['tokens_per_step']} tokens, gradient checkpointing "
            f"{tp['gradient_checkpointing']}; ratio of scored tokens/s: "
            f"**{tp['scored_tokens_per_s_ratio']:.2f}x**.",
            "",
        ]
        # layer runs per micro-batch: 2 = checkpointed and recomputed (bench/train_steps.py)
        lines += _table(
            ["trainer", "tokens", "scored", "s", "tokens/s", "scored tokens/s", "peak MB",
             "layer runs / micro-batch", "SDPA calls by mask"],
            [
                [name, r["tokens"], r["scored_tokens"], round(r["seconds"], 2),
                 _fmt(r["tokens_per_s"]), _fmt(r["scored_tokens_per_s"]),
                 _fmt(r["peak_memory_mb"], 0),
                 (r.get("layer_runs") or {}).get("per_layer_per_micro_batch", "-"),
                 ", ".join(f"{k} {n}" for k, n in
                           ((r.get("layer_runs") or {}).get("sdpa") or {}).items()) or "-"]
                for name, r in (("longctx", tp["ours"]), ("HF Trainer", tp["hf_trainer_padded"]))
            ],
        )  # fmt: skip
    lines += profile_lines(report.get("profile"))
    for name, ev in report["eval"].get("sets", {}).items():
        models = ev["models"]
        held = ev["settings"]["held_out"]
        lines += [f"## Held-out `{name}`: perplexity by context length", ""]
        lines += [
            f"{len(held['documents'])} documents, the first {held['tokens_per_document']} "
            "tokens of each; every length scores the same tokens. `*`: beyond the model's "
            "positions.",
            "",
        ]
        if any(m.get("perplexity") for m in models):
            lines += perplexity_table([m for m in models if m.get("perplexity")])
        lines += [f"## Held-out `{name}`: loss by position", ""]
        lines += position_table(models)
        lines += longppl_section(ev["settings"], models)
        for m in models:
            if m.get("passkey"):
                lines += [f"## Passkey: {m['name']}", ""] + passkey_tables(m)
    skipped = [u for u in report["eval"].get("units", []) if u.get("skipped")]
    if skipped:
        lines += ["## Skipped evaluation units", ""]
        lines += [skipped_line(u) for u in skipped]
    return "\n".join(lines).rstrip() + "\n"


def skipped_line(unit: dict) -> str:
    """One skipped unit, with the models it would have scored (the same unit is planned
    once for base and extended and once for the untrained control)."""
    what = " ".join(str(x) for x in (unit["kind"], unit["on"], unit.get("length")) if x)
    models = ", ".join(unit.get("models") or [])
    return f"- {what}" + (f" ({models})" if models else "") + f": {unit['skipped']}"


def _trainer_plot(report: dict, path: str) -> str | None:
    from training.plots import _pyplot

    probe = [r for r in (report.get("probe") or {}).get("runs", []) if r.get("peak_memory_mb")]
    stages = report["training"]["stages"]
    tp = report.get("throughput")
    if not (probe or stages or tp):
        return None
    plt = _pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8), dpi=110)
    lengths = sorted({r["length"] for r in probe})
    for k, loss in enumerate(("chunked", "plain")):
        values = [
            next((r["peak_memory_mb"] / 1024 for r in probe if r["length"] == n and r["loss"] == loss), 0)
            for n in lengths
        ]  # fmt: skip
        axes[0].bar([i + 0.4 * k for i in range(len(lengths))], values, 0.4, label=f"{loss} loss")
    axes[0].set_xticks([i + 0.2 for i in range(len(lengths))], [str(n) for n in lengths])
    axes[0].set(title="peak memory of one step", xlabel="tokens", ylabel="GiB")
    axes[0].legend(fontsize=8)
    axes[1].bar([str(s["window"]) for s in stages], [s["tokens_per_s"] or 0 for s in stages])
    axes[1].set(title="training tokens/s per curriculum stage", xlabel="window")
    if tp:
        names = ["longctx", "HF Trainer (padded)"]
        values = [tp["ours"]["scored_tokens_per_s"], tp["hf_trainer_padded"]["scored_tokens_per_s"]]
        axes[2].bar(names, values)
        axes[2].set(
            title=f"scored tokens/s at {tp['window']} ({tp['scored_tokens_per_s_ratio']:.2f}x)"
        )
    for ax in axes:
        ax.grid(alpha=0.3, axis="y")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write(output: str, stage, phases, plan, run_dir, timing, log) -> list[str]:
    """Write the report into ``output``; returns the file names (at most ``MAX_FILES``)."""
    import time

    from training.plots import plot_loss, plot_passkey, plot_perplexity, read_metrics

    os.makedirs(output, exist_ok=True)
    result = lambda name: (phases.get(name) or {}).get("result") or {}  # noqa: E731
    metrics_path = os.path.join(run_dir, "metrics.jsonl")
    metrics = read_metrics(metrics_path) if os.path.exists(metrics_path) else []
    report = {
        "format": FORMAT,
        "device": result("setup"),
        "timing": {
            **timing,
            "total_s": round(time.time() - timing["started"], 1),
            "phases": {k: {x: v[x] for x in ("status", "seconds", "limit_s")} for k, v in phases.items()},
        },  # fmt: skip
        "stage": {k: stage.get(k) for k in ("commit", "created", "model", "dataset", "heldout_summary")},
        "settings": stage["run"],
        "plan": plan,
        "probe": result("probe"),
        "training": {
            "phase": result("train"),
            "adapter": result("adapter") or None,
            "stages": stage_numbers(metrics),
            "metrics": metrics,
        },
        "eval": result("eval"),
        "throughput": result("throughput") or None,
        "profile": result("profile") or None,
    }  # fmt: skip
    report["goals"] = goals(report)
    files = ["report.json", "report.md"]
    with open(os.path.join(output, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    with open(os.path.join(output, "report.md"), "w", encoding="utf-8") as f:
        f.write(markdown(report))
    plots = []
    if metrics:
        plots.append(("loss.png", lambda p: plot_loss(metrics_path, p)))
    for name, ev in (report["eval"].get("sets") or {}).items():
        if any(m.get("perplexity") for m in ev["models"]):
            suffix = "" if name == "en" else f"_{name}"
            plots.append((f"ppl{suffix}.png", lambda p, ev=ev: plot_perplexity(ev, p)))
        full = [m for m in ev["models"] if m["name"] in ("base", "extended") and m.get("passkey")]
        if full:  # the control answered a subset of the grid: its cells are in report.md
            plots.append(
                ("passkey.png", lambda p, ev=ev, m=full: plot_passkey({**ev, "models": m}, p))
            )
    plots.append(("trainer.png", lambda p: _trainer_plot(report, p)))
    for name, draw in plots[: MAX_FILES - len(files) - 1]:
        try:
            if draw(os.path.join(output, name)):
                files.append(name)
        except Exception as err:  # a plot must not cost the report; say which failed
            print(f"gpu_report: {name} not drawn: {err!r}", file=sys.stderr)
    if log and os.path.exists(log):
        shutil.copy(log, os.path.join(output, "run.log"))
        files.append("run.log")
    return files


def summary_lines(path: str) -> str:
    """The goals as short lines (the device returns the end of the output)."""
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    mark = {True: "MET", False: "NOT MET", None: "not measured"}
    return "\n".join(
        f"{mark[g['met']]:>12}  {g['goal']}: {g['value'] or '-'} (base {g['base'] or '-'})"
        for g in report["goals"]
    )
