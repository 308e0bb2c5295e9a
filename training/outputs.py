"""What a finished training run writes (rank 0): ``RUN/adapter/``, ``RUN/loss.png``,
``RUN/merged/`` with ``merge``, and the lines that say where they are.

Every write is named for the one line of a full disk (``training.run_files.writing``);
the adapter, the merged model (``training.adapter``) and ``loss.png`` are written
beside and renamed into place (clause kept_says_the_write, session 38: a failure leaves
no half-written file, as its line says), ``loss.png`` durably (clause run_logs_durable,
session 43: fsynced, renamed, its folder fsynced).
"""

from __future__ import annotations

import contextlib
import os

from pipeline.durable import rename_durable
from training.adapter import merge_model, save_adapter
from training.modeling import load_model
from training.plots import plot_loss
from training.run_files import writing


def write_outputs(model, config, base_name, adapter_state, model_weights, say) -> None:
    """Save the adapter of ``model`` (``adapter_state``: the trainable tensors gathered
    from FSDP's shards, None for a live model), plot the loss and merge when asked."""
    run = config.output
    metrics_path = os.path.join(run, "metrics.jsonl")
    with writing("the adapter"):
        adapter_dir = save_adapter(
            model,
            run,
            config.model,
            config.rope,
            base_name,
            adapter_state,
            config.trust_remote_code,
            model_weights,
        )
    with writing("loss.png"):
        plot_beside(metrics_path, os.path.join(run, "loss.png"))
    say(f"\nadapter:  {adapter_dir}")
    say(f"metrics:  {metrics_path}")
    say(f"plot:     {os.path.join(run, 'loss.png')}")
    say(f"config:   {os.path.join(run, 'config.yaml')}")
    say(f"checkpoints: {os.path.join(run, 'checkpoints')}")
    if config.merge:
        if adapter_state:  # sharded: merge a fresh copy of the saved adapter instead
            from peft import PeftModel

            base, _ = load_model(
                config.model, config.rope, config.attn_implementation, config.trust_remote_code
            )
            model = PeftModel.from_pretrained(base, adapter_dir)
        with writing("the merged model"):
            merged = merge_model(model, config.model, os.path.join(run, "merged"))
        say(f"merged:   {merged}")


def plot_beside(metrics_path: str, out_path: str) -> None:
    """Clause kept_says_the_write (session 38): ``loss.png`` drawn into a hidden file
    beside it, then renamed into place; a failure removes that file (before: drawn in
    place, so a full disk could leave a cut ``loss.png``)."""
    folder, name = os.path.split(out_path)
    part = os.path.join(folder, f".{name}.part.png")
    try:
        plot_loss(metrics_path, part)
        # clause run_logs_durable (session 43): the drawing reaches the disk before its
        # rename, and the rename before the run says where the plot is (an empty
        # ``loss.png`` after a power loss otherwise: ext4's delayed allocation)
        with open(part, "rb") as drawn:
            os.fsync(drawn.fileno())
        rename_durable(part, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(part)
        raise
