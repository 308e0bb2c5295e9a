"""Markdown table rows and precision/recall/F1 shared by the evaluation scripts."""

from __future__ import annotations


def row(name: str, *values) -> None:
    cells = [f"{v:.4f}" if isinstance(v, float) else str(v) for v in values]
    print(f"| {name} | " + " | ".join(cells) + " |")


def header(*names: str) -> None:
    print("| " + " | ".join(names) + " |")
    print("|" + "---|" * len(names))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
