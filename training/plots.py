"""``RUN/loss.png``: training loss per step, validation loss, stage boundaries."""

from __future__ import annotations

import json


def read_metrics(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def plot_loss(metrics_path: str, out_path: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

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
