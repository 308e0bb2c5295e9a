"""Plots: ``RUN/loss.png`` (training), ``EVAL/ppl.png`` and ``EVAL/passkey.png`` (evaluation)."""

from __future__ import annotations

import json


def read_metrics(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_loss(metrics_path: str, out_path: str) -> str:
    plt = _pyplot()
    records = read_metrics(metrics_path)
    train = [r for r in records if r.get("kind") == "train"]
    evals = [r for r in records if r.get("kind") == "eval"]
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=110)
    ax.plot([r["step"] for r in train], [r["loss"] for r in train], label="train loss", lw=1.2)
    if evals:
        ax.plot(
            [r["step"] for r in evals],
            [r["val_loss"] for r in evals],
            "o--",
            label=f"validation loss (window {evals[-1]['window']})",
        )
    previous = None
    for r in train:
        if r["stage"] != previous:
            ax.axvline(r["step"] - 0.5, color="grey", ls=":", lw=1)
            ax.annotate(
                f"stage {r['stage']}: window {r['window']}",
                (r["step"] - 0.5, 1.0),
                xycoords=("data", "axes fraction"),
                rotation=90,
                va="top",
                ha="right",
                fontsize=8,
                color="grey",
            )
            previous = r["stage"]
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss (nats / scored token)")
    ax.legend(loc="upper right")
    fig.tight_layout()
    fig.savefig(out_path)
    plt.close(fig)
    return out_path


def plot_perplexity(report: dict, out_path: str) -> str:
    """``EVAL/ppl.png``: perplexity vs context length, LongPPL vs context length (when
    measured), and loss vs left context (key tokens dashed)."""
    plt = _pyplot()
    with_keys = any(m.get("longppl") for m in report["models"])
    fig, axes = plt.subplots(
        1, 3 if with_keys else 2, figsize=(16 if with_keys else 11, 4.2), dpi=110
    )
    left, right = axes[0], axes[-1]
    for m in report["models"]:
        rows = m.get("perplexity", [])
        line = left.plot(
            [r["length"] for r in rows], [r["perplexity"] for r in rows], "o-", label=m["name"]
        )[0]
        beyond = [r for r in rows if r["beyond_context"]]
        if beyond:
            left.plot(
                [r["length"] for r in beyond],
                [r["perplexity"] for r in beyond],
                "x",
                ms=10,
                color=line.get_color(),
            )
        curve = m.get("loss_by_position")
        if curve:
            b = [x for x in curve["buckets"] if x["tokens"]]
            right.plot(
                [(x["start"] * max(x["end"] - 1, 1)) ** 0.5 for x in b],
                [x["loss"] for x in b],
                "o-",
                color=line.get_color(),
                label=m["name"],
            )
        keys = m.get("longppl")
        if keys:
            rows = [r for r in keys["by_length"] if r["longppl"] is not None]
            axes[1].plot(
                [r["length"] for r in rows],
                [r["longppl"] for r in rows],
                "o-",
                color=line.get_color(),
                label=m["name"],
            )
            b = [x for x in keys["key_loss_by_position"]["buckets"] if x["tokens"]]
            right.plot(
                [(x["start"] * max(x["end"] - 1, 1)) ** 0.5 for x in b],
                [x["loss"] for x in b],
                "s--",
                color=line.get_color(),
                label=f"{m['name']}, key tokens",
            )
    lengths = sorted({r["length"] for m in report["models"] for r in m.get("perplexity", [])})
    left.set(xscale="log", xlabel="context length (tokens)", ylabel="perplexity")
    left.set_title("sliding-window perplexity (x: beyond the model's positions)", fontsize=9)
    if with_keys:
        k = report["settings"].get("longppl") or {}
        axes[1].set(xscale="log", xlabel="context length (tokens)", ylabel="LongPPL")
        axes[1].set_title(
            f"LongPPL: {k.get('key_tokens')} key tokens chosen by {k.get('evaluator')}",
            fontsize=9,
        )
    for ax in axes[:-1]:
        ax.set_xticks(lengths, [str(n) for n in lengths])
        ax.minorticks_off()
    right.set(xscale="log", xlabel="left context (tokens, bucket mid-point)", ylabel="loss (nats)")
    right.set_title("loss by position" + (" (dashed: key tokens)" if with_keys else ""), fontsize=9)
    for ax in axes:
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out_path)
    plt.close(fig)
    return out_path


def plot_passkey(report: dict, out_path: str) -> str:
    """``EVAL/passkey.png``: accuracy heatmaps, length x depth, a panel per model and filler."""
    import numpy as np

    plt = _pyplot()
    models = [m for m in report["models"] if m.get("passkey")]
    fillers = list(dict.fromkeys(c["filler"] for m in models for c in m["passkey"]["summary"]))
    fig, axes = plt.subplots(
        len(models),
        len(fillers),
        figsize=(3.6 * len(fillers) + 1, 2.8 * len(models) + 0.6),
        dpi=110,
        squeeze=False,
    )
    image = None
    for i, m in enumerate(models):
        for j, filler in enumerate(fillers):
            ax = axes[i][j]
            cells = [c for c in m["passkey"]["summary"] if c["filler"] == filler]
            lengths = sorted({c["length"] for c in cells})
            depths = sorted({c["depth"] for c in cells})
            grid = np.full((len(lengths), len(depths)), np.nan)
            labels = {}
            for c in cells:
                at = lengths.index(c["length"]), depths.index(c["depth"])
                accuracy, bad = c["accuracy"], c.get("not_finite", 0)
                grid[at] = np.nan if accuracy is None else accuracy
                # clause passkey_cells_not_finite: a grey cell, not a red 0%
                labels[at] = ("" if accuracy is None else f"{accuracy:.0%}") + (
                    f"\n{bad} not finite" if bad else ""
                )
            image = ax.imshow(grid, vmin=0, vmax=1, cmap="RdYlGn", aspect="auto", origin="lower")
            ax.set_facecolor("lightgrey")  # cells with no finite trial
            for (r, k), label in labels.items():
                ax.text(k, r, label.strip(), ha="center", va="center", fontsize=7)
            ax.set_xticks(range(len(depths)), [f"{d:g}" for d in depths], fontsize=7)
            ax.set_yticks(range(len(lengths)), [str(n) for n in lengths], fontsize=7)
            ax.set_title(f"{m['name']} / {filler}", fontsize=9)
            if i == len(models) - 1:
                ax.set_xlabel("needle depth", fontsize=8)
            if j == 0:
                ax.set_ylabel("prompt length (tokens)", fontsize=8)
    fig.colorbar(image, ax=axes, shrink=0.8, label="accuracy")
    fig.savefig(out_path, bbox_inches="tight")
    plt.close(fig)
    return out_path
