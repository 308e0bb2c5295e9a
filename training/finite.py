"""Non-finite numbers in ``longctx eval``'s report (pure).

Clause ``non_finite_outputs``: a model whose outputs are NaN or infinite (a broken
checkpoint, an adapter trained into NaN, fp16 overflow) gives NaN/inf losses. Python's
``json`` would write them as bare ``NaN``/``Infinity``, which strict JSON parsers reject,
and the tables would show ``nan`` with exit 0. Instead every non-finite number in the
report becomes ``null`` and its path is listed in ``report["non_finite"]``; the run
prints one line per model naming the lengths whose perplexity was not finite, and exits
1 when some model measured no finite perplexity at all (nothing usable about it).
``longctx train``'s ``RUN/metrics.jsonl`` lines get the same ``null``.

Clause ``train_loss_finite``: a training step whose loss is NaN or infinite stops the
run with one line (exit 2) before anything else is written: the step's update has made
the weights NaN, and the run used to go on, saving checkpoints and an adapter of NaN
weights. The last checkpoint written before it is kept.
"""

from __future__ import annotations

import math


def finite_copy(value, path: str = "", found: list[str] | None = None):
    """``(copy of value with every non-finite float as None, paths of those floats)``;
    a path is ``models[1].perplexity[0].loss``."""
    found = [] if found is None else found
    if isinstance(value, float) and not math.isfinite(value):
        found.append(path)
        return None, found
    if isinstance(value, dict):
        copy = {}
        for key, item in value.items():
            copy[key], _ = finite_copy(item, f"{path}.{key}" if path else str(key), found)
        return copy, found
    if isinstance(value, (list, tuple)):
        return [finite_copy(item, f"{path}[{i}]", found)[0] for i, item in enumerate(value)], found
    return value, found


def _kind(values: list[float]) -> str:
    return "NaN" if any(math.isnan(v) for v in values) else "infinite"


def non_finite_lines(models: list[dict]) -> tuple[list[str], bool]:
    """One line per model whose perplexity is NaN/inf at some scored length, and whether
    some model has no finite perplexity at any length (the run then exits 1)."""
    lines, unusable = [], False
    for m in models:
        rows = [r for r in m.get("perplexity", []) if r["tokens_scored"]]
        bad = [r for r in rows if not math.isfinite(r["loss"])]
        if not bad:
            continue
        lengths = ", ".join(str(r["length"]) for r in bad)
        lines.append(
            f"model {m['name']!r} gives {_kind([r['loss'] for r in bad])} losses at length "
            f"{lengths} (its outputs are not finite): check the model"
            + (" and the adapter" if m.get("adapter") else "")
            + " weights; report.json holds null for those numbers"
        )
        unusable = unusable or len(bad) == len(rows)
    return lines, unusable


def non_finite_loss_line(step: int, loss: float) -> str:
    kind = "NaN" if math.isnan(loss) else "infinite"
    return (
        f"the training loss at step {step} is {kind} (the model's outputs or gradients are "
        "not finite): stopped before saving its weights; check the model weights, or lower "
        "optim.lr; earlier checkpoints are kept"
    )
