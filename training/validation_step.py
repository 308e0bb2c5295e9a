"""The recipe's validation pass (``training.recipe``: at each stage's end and every
``eval_every`` steps): plain CE over the validation bucket, one ``"eval"`` line in
``metrics.jsonl``, and the run stopped on a non-finite loss (clause ``val_loss_finite``).
Moved from the recipe's inner ``evaluate`` unchanged (session 43: the recipe was at the
500-line limit); the recipe binds the first three arguments once."""

from __future__ import annotations

import json
import math

from training.finite import Diverged, finite_copy, val_loss_line
from training.modeling import CausalLMLoss
from training.perplexity import validation_loss


def validation_step(
    data: tuple, model_parts: tuple, writing: tuple, steps_done: int, train_time: float, metrics
) -> None:
    """``data`` = (val_bucket, plans, eval_window, pad_id); ``model_parts`` = (config,
    loss_module, model, device, autocast, rank, world); ``writing`` = (writes,
    metrics_path); ``metrics`` the open ``metrics.jsonl`` (rank 0) or None."""
    val_bucket, plans, eval_window, pad_id = data
    config, loss_module, model, device, autocast, rank, world = model_parts
    writes, metrics_path = writing
    if val_bucket is None:
        return
    plan = next((p for p in plans if p.window == eval_window), plans[-1])
    # Plain CE for every loss.type, so runs compare (LongCE never runs under FSDP,
    # whose root-sharded weights only the wrapped module may call).
    plain = (
        loss_module if config.loss.type == "ce" else CausalLMLoss(model, config.loss_chunk_tokens)
    )
    loss = validation_loss(
        plain,
        val_bucket,
        config.eval_rows,
        plan.micro_batch_size,
        pad_id,
        device,
        autocast,
        rank,
        world,
    )
    record = {
        "kind": "eval",
        "step": steps_done,
        "window": eval_window,
        "val_loss": loss,
        "time_s": round(train_time, 3),
    }
    with writes.catch(metrics_path) as write:  # clause failed_write_skips_the_rest
        if write and rank == 0:
            metrics.write(json.dumps(finite_copy(record)[0], allow_nan=False) + "\n")
            metrics.flush()
    if loss is not None and not math.isfinite(loss):  # clause val_loss_finite
        raise Diverged(val_loss_line(steps_done, loss))  # (all-reduced: every rank)
