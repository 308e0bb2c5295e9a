"""Non-finite numbers in ``longctx eval``'s report (pure).

Clause ``non_finite_outputs``: a model whose outputs are NaN or infinite (a broken
checkpoint, an adapter trained into NaN, fp16 overflow) gives NaN/inf losses. Python's
``json`` would write them as bare ``NaN``/``Infinity``, which strict JSON parsers reject,
and the tables would show ``nan`` with exit 0. Instead every non-finite number in the
report becomes ``null`` and its path is listed in ``report["non_finite"]``; the run
prints one line per model naming the lengths whose perplexity was not finite, and exits
1 when some model measured no finite perplexity at all (nothing usable about it).
``longctx train``'s ``RUN/metrics.jsonl`` lines get the same ``null``.

Clause ``passkey_logits_finite`` (session 31): the line above came from perplexity
only, so a passkey-only evaluation (``--lengths ''``, or a dataset with no held-out
text) of a NaN model reported 0/1 in every cell (the argmax of NaN logits), no line,
exit 0. Each passkey trial now records ``logits_finite``; a model with a trial whose
logits were not finite (and no perplexity line) gets one line, and exit 1 when it
measured nothing finite at all (no finite perplexity, no trial with finite logits).

Clause ``train_loss_finite``: a training step whose loss is NaN or infinite stops the
run with one line (exit 4 since session 32, below) before anything else is written: the step's update has made
the weights NaN, and the run used to go on, saving checkpoints and an adapter of NaN
weights. The last checkpoint written before it is kept.

Clause ``grad_norm_finite`` (session 31): a step whose loss is finite but whose gradient
norm is not (gradients that overflow: a model whose outputs are far out of range) went
on in silence: with clipping, ``clip_grad_norm_`` scaled every gradient by
``max_norm / inf = 0`` (an inf element: ``inf * 0 = NaN``), so every step was a no-op
(or made the weights NaN), exit 0, an adapter that had learned nothing; with clipping
off (``optim.max_grad_norm: 0``) the norm was not even computed (``grad_norm`` 0.0).
The norm is now computed either way (``get_total_norm``; no clipping at 0) and a
non-finite one stops the run as above, with its own line.

Clause ``val_loss_finite`` (session 31): a NaN or infinite validation loss (a model
whose outputs on the validation rows are not finite, or weights the last step made NaN)
was written as ``null`` and the run went on, saving checkpoints and the adapter, exit 0.
It now stops with one line, exit 4 (below), before that step's checkpoint. A validation over
rows that score no token is ``null`` without a stop (``validation_loss`` returns None).

Clause diverged_exit_status (session 32): the three stops above exited 2, the status
of a mistake in the command line (a bad flag, config or path), though the command was
right and the run diverged; a script could not tell the two apart. They now raise
:class:`Diverged`: the same one line, exit status :data:`DIVERGED` (4), and the line
says what to do: lower ``optim.lr`` (or check the model weights) and train into a new
``--output``, as ``--resume`` keeps the run's settings (it refuses a changed
``optim.lr``) and would repeat the steps that diverged. The last checkpoint is kept.
"""

from __future__ import annotations

import math

from schemas.errors import UserError

DIVERGED = 4  # exit status of a run stopped on a non-finite loss or gradient norm

# what every stop line ends with (clause diverged_exit_status)
_WHAT_TO_DO = (
    "stopped before saving its weights; earlier checkpoints are kept; lower optim.lr "
    "(or check the model weights) and train into a new --output (--resume keeps this "
    "run's settings and would repeat these steps)"
)


class Diverged(UserError):
    """A training run stopped on a non-finite loss or gradient norm: one line, exit
    :data:`DIVERGED` (clause diverged_exit_status)."""

    exit_status = DIVERGED


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
            line, nothing = passkey_line(m, finite_rows=bool(rows))
            lines += [line] if line else []
            unusable = unusable or nothing
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


def step_problem(step: int, loss: float, grad_norm: float) -> str | None:
    """The line that stops a training step (clauses train_loss_finite and
    grad_norm_finite), or None when its loss and gradient norm are finite."""
    if not math.isfinite(loss):
        return non_finite_loss_line(step, loss)
    if math.isfinite(grad_norm):
        return None
    return (
        f"the gradient norm at step {step} is {_kind([grad_norm])} while its loss is "
        f"{loss:.4g} (the gradients overflow: clipping would zero them, or make the "
        f"weights NaN; the model's outputs may be far out of range): {_WHAT_TO_DO}"
    )


def val_loss_line(step: int, loss: float) -> str:
    return (
        f"the validation loss at step {step} is {_kind([loss])} while the training loss "
        "is finite (the model's outputs on the validation rows are not finite; check "
        f"the weights of every token id of the validation rows): {_WHAT_TO_DO}"
    )


def passkey_line(model: dict, finite_rows: bool) -> tuple[str | None, bool]:
    """Clause passkey_logits_finite: the line for a model whose passkey answers came
    from non-finite logits, and whether it measured nothing finite at all."""
    trials = (model.get("passkey") or {}).get("trials", [])
    bad = [t for t in trials if t.get("logits_finite") is False]
    if not bad:
        return None, False
    line = (
        f"model {model['name']!r} gives non-finite logits (NaN or infinite) in "
        f"{len(bad)} of {len(trials)} passkey trials (their answers are not the model's): "
        "check the model" + (" and the adapter" if model.get("adapter") else "") + " weights"
    )
    return line, len(bad) == len(trials) and not finite_rows


def non_finite_loss_line(step: int, loss: float) -> str:
    kind = "NaN" if math.isnan(loss) else "infinite"
    return (
        f"the training loss at step {step} is {kind} (the model's outputs or gradients are "
        f"not finite): {_WHAT_TO_DO}"
    )
