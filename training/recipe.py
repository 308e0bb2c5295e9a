"""LoRA fine-tuning with a length curriculum: the one training recipe.

    longctx train --data DIR --model PATH --output RUN [--config YAML] [--max-steps N]
                  [--resume] [--merge] [--base-name HUB_ID] [--set key=value ...]
    torchrun --nproc_per_node 2 -m training.recipe ...        # DDP (gloo on CPU)
    torchrun ... -m training.recipe ... --set distributed.strategy=fsdp   # FSDP2

Setup, loop and cleanup are written out below in order (torchtune style):

1. config: YAML (default ``training/configs/default.yaml``) + ``--set`` + flags;
2. data: ``DATA/manifest.json`` (refused without ``_COMPLETE``), one bucket per stage,
   each shard checked once per node and the verdict shared (``training/torchrun.py``);
3. model: local HF causal LM, RoPE scaling, gradient checkpointing, peft, the
   training attention pattern (``training.attention``) or segment recurrence
   (``training.recurrence``, which also orders the rows and carries memory), DDP or
   FSDP2 (``training/distributed.py``);
4. loop: per step, the curriculum stage (``stage_for_step``), the rows of this rank,
   micro-batches with gradient accumulation, loss summed over scored tokens and
   divided by the step's scored tokens across all ranks (so every token weighs the
   same however rows are split), clip, AdamW, LR schedule over the whole run;
5. outputs: ``RUN/metrics.jsonl``, ``RUN/checkpoints/``, ``RUN/adapter/`` (peft, loads
   from any folder: ``training/adapter.py``), ``RUN/base/`` (with RoPE scaling: the base
   as trained), ``RUN/loss.png``, ``RUN/config.yaml`` (resolved), ``RUN/merged/`` with
   --merge (the last three: ``training/outputs.py``).

Cost: one optimizer step processes about ``tokens_per_step`` tokens; on 2 CPU cores
SmolLM2-135M LoRA forward+backward runs at ~110 tokens/s at window 1024.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sys
import time
from functools import partial

import numpy as np
import torch

from pipeline.readers import reading
from schemas.dataset import load_manifest
from schemas.errors import (
    UserError,
    run_main,
    take_debug_flag,
    terminate_with_a_line,
    user_input,
)
from training import distributed
from training.attention import use_attention_pattern
from training.checkpoint import save_checkpoint
from training.checkpoint_agreed import same_resume_step, save_sync
from training.compatibility import check_token_ids, check_tokenizer, untrained_first_tokens
from training.config import load_config, make_output_folder
from training.config_checks import check_paths_named, load_for_run
from training.curriculum import describe_stage, lr_factor, plan_stages, stage_for_step, total_steps
from training.data import ShardChecks, collate_rows, micro_batches, pad_token_id, step_rows
from training.distributed import all_reduce_sum, setup_distributed
from training.finite import Diverged, finite_copy, step_problem
from training.hf_bars import transformers_bars
from training.longce import step_record, training_objective
from training.model_fingerprint import model_fingerprint
from training.modeling import (
    autocast_for,
    check_context,
    describe_precision,
    enable_activation_checkpointing,
    load_model,
    wrap_peft,
)
from training.options import train_parser
from training.outputs import write_outputs
from training.recurrence import segment_recurrence
from training.run_agreed import RankWrites, _mkdir_if_new, start_agreed
from training.run_estimate import estimate_line, plan_line, should_say
from training.run_files import (
    data_fingerprint,
    failures_are_one_line,
    load_shard_checks,
    resume_checkpoint,
    save_shard_checks,
    start_logs,
    writing,
)
from training.run_lock import RunLock
from training.step_io import batch_counts, peak_memory_mb, read_step, to_device
from training.torchrun import (
    _error_file_for_torchrun,
    agreed,
    end_verdicts,
    is_node_checker,
    open_buckets,
    verdict_group,
    watch_launcher,
)
from training.validation_step import validation_step
from transforms.runtime import bound_heap_retention

MODEL_INPUTS = ("input_ids", "labels", "position_ids")
# Test hook: after this many steps (logged and checkpointed as usual) the process stops
# itself with SIGSTOP, so a test can SIGKILL it at a known point instead of racing it.
STOP_AFTER_STEP_ENV = "LONGCTX_STOP_AFTER_STEP"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return train_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """``longctx train``: exit 2 with one line on a ``UserError`` (4 on ``Diverged``),
    1 with a traceback on anything else."""
    argv = take_debug_flag(argv)
    terminate_with_a_line(prog="longctx train")
    return run_main("longctx train", lambda: _error_file_for_torchrun(lambda: train(argv)))


def train(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    rank, world, device = setup_distributed()
    watch_launcher(world)  # clause launcher_gone: a rank torchrun no longer watches stops
    group = verdict_group(world)  # clause verdict_group_before_hashing: before anything fails
    # ---------------------------------------------------------------- setup
    # clause refusals_agreed: each block's refusal, in any rank, stops every rank
    with agreed(world, group):
        config, kept = load_for_run(  # the YAML and --set values are the user's
            lambda: load_config(
                args.config,
                args.set,
                data=args.data,
                model=args.model,
                output=args.output,
                max_steps=args.max_steps,
                merge=True if args.merge else None,
            ),
            args.resume,
        )
        check_paths_named(config)
    # clauses output_shared_agreed (one folder every node sees), start_folder_agreed, ...
    # no other rank of this run can have made RUN yet: they wait in start_agreed's collectives
    existed = os.path.isdir(config.output)
    lock = RunLock(config.output, rank, args.take_over_lock)  # clause run_lock: one run in RUN
    start_agreed(config.output, config, args.resume, (rank, world, device, group), lock)
    created = _mkdir_if_new(config.output)
    try:
        with agreed(world, group), user_input():
            make_output_folder(config.output)
            lock.take()  # a new RUN: taken once made
        with failures_are_one_line(config.output), reading(config.data, "longctx train"):
            # clause reader_lease: no rebuild replaces DATA; rule progress_off_all_bars
            with transformers_bars(rank == 0 and config.progress):
                return _train(args, config, kept, (rank, world, device, group))
    except UserError:
        lock.release()  # before the folder it made is removed
        # Clause refused_run_leaves_no_folder (session 29): a run refused before it wrote
        # anything left the empty RUN folder it had just made; rmdir removes only that.
        # Clause run_lock_refused_folder (session 39): under torchrun another rank may
        # have made RUN while rank 0's lock file was still in it, so its rmdir failed;
        # rank 0 removes the folder too once its lock is gone, if it was not there before.
        if created or (rank == 0 and world > 1 and not existed):
            with contextlib.suppress(OSError):
                os.rmdir(config.output)
        raise
    finally:
        lock.release()  # however the run ends (an error, Ctrl-C, SIGTERM)


def _train(args: argparse.Namespace, config, kept: list[str], ranks: tuple) -> int:
    rank, world, device, group = ranks
    say = print if rank == 0 else (lambda *a, **k: None)
    run = config.output
    torch.manual_seed(config.seed)
    np.random.seed(config.seed)
    random.seed(config.seed)

    with agreed(world, group):  # clause refusals_agreed: each node's own copy
        manifest = load_manifest(config.data)
        tokenizer_note = check_tokenizer(config.data, manifest, config.model)
    plans = plan_stages(config.curriculum, config.tokens_per_step, config.micro_batch_tokens, world)
    last_step = (
        total_steps(plans) if not config.max_steps else min(config.max_steps, total_steps(plans))
    )
    checks = ShardChecks(load_shard_checks(run))  # clause shard_check_stamped
    eval_window = config.eval_window or plans[-1].window
    # clause shard_check_once_per_node: hashed by one process per node, the verdict
    # gathered from every rank before the model's first collective (training.torchrun)
    buckets, val_bucket, val_note = open_buckets(
        config, manifest, plans, eval_window, checks, world, group
    )
    fingerprint = data_fingerprint(manifest, buckets)

    with agreed(world, group):  # clause refusals_agreed_after_verdict: each node's model
        model, context = load_model(
            config.model, config.rope, config.attn_implementation, config.trust_remote_code
        )
        model_weights = model_fingerprint(config.model)  # one pass over the weight files
        check_context(model.config, config.windows)
        vocab = model.get_input_embeddings().num_embeddings
        check_token_ids(config.data, buckets, vocab, config.model)
    model.config.use_cache = False  # a cache disables the packed-sequence mask
    if config.gradient_checkpointing:
        enable_activation_checkpointing(model)
    model = wrap_peft(model, config.peft).to(device)
    use_attention_pattern(model, config.attention)  # training passes only; eval stays full
    recurrence = segment_recurrence(model, config, manifest, plans, rank, world)  # None if off
    objective = training_objective(model, config, manifest.tokenizer)  # ce or longce
    loss_module = distributed.wrap(objective, config.distributed, world, device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        params,
        lr=config.optim.lr,
        betas=config.optim.betas,
        weight_decay=config.optim.weight_decay,
        # one kernel over all LoRA tensors instead of a Python loop over ~400 of them
        # (FSDP's DTensor shards keep the default implementation)
        fused=not (world > 1 and config.distributed.strategy == "fsdp"),
    )
    o = config.optim
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: lr_factor(s, total_steps(plans), o.warmup_steps, o.schedule, o.min_lr_ratio),
    )
    autocast = autocast_for(config.dtype, device)
    pad_id = pad_token_id(manifest, model.config)

    start, train_time = 0, 0.0  # clause resume_keeps_train_time: time_s counts on over a resume
    with agreed(world, group):  # clause refusals_agreed_after_verdict: each node's RUN
        resumed = args.resume and resume_checkpoint(
            run,
            kept,
            [vars(s) for s in plans],
            (model, optimizer, scheduler),
            rank,
            say,
            (config.to_dict(), config.data, fingerprint, model_weights),
            same_resume_step(world, group),  # clause resume_step_agreed
        )
    end_verdicts(group)  # the last agreed block: its gloo group goes
    if resumed:
        path, state = resumed
        for line in kept:  # resume_keeps_no_effect_setting: the checkpoint's value
            say(f"--resume: kept, as {path} was trained with it (refused now): {line}")
        start, train_time = state["steps_done"], float(state.get("train_time_s", 0.0))
        if recurrence:
            recurrence.load_state_dict(state["rank_state"])
        say(f"resumed from {path} (stage {state['stage']}, step {state['step_in_stage']} of it)")
        if start >= last_step:  # rule resume_says_done (clause max_steps_hint: only
            total = total_steps(plans)  # a run short of the curriculum's end trains more)
            more = f" (--max-steps {last_step}: a larger one trains more)" * (start < total)
            say(f"nothing left to train: {run} is at step {start} of {total}{more}")
    writes = RankWrites(run, world, device)  # clause rank_writes_agreed
    with writes.catch("the run's config.yaml, metrics.jsonl or shard_checks.json"):
        metrics_path, rows_log = start_logs(run, config, start, rank)
        metrics = open(metrics_path, "a", encoding="utf-8") if rank == 0 else None
        if rank == 0 and is_node_checker(world):  # clause shard_check_stamped: after
            save_shard_checks(run, checks.now)  # start_logs made RUN a run's folder
    writes.settle()  # where a barrier was
    n_trainable = sum(p.numel() for p in params)
    say(tokenizer_note)
    say(
        f"model {config.model} ({model.config.model_type}, context {context}), "
        f"{config.peft.method}: {n_trainable:,} trainable parameters; device {device}, world {world}; "
        + describe_precision(config.dtype, device)
    )
    if hasattr(objective, "describe"):
        say(objective.describe())
    if val_note:
        say(val_note)
    if untrained := untrained_first_tokens(manifest, [plan.window for plan in plans]):
        say(untrained)  # clause overlap_zero_said_at_start

    evaluate = partial(  # a validation pass and its metrics line (training.validation_step)
        validation_step,
        (val_bucket, plans, eval_window, pad_id),
        (config, loss_module, model, device, autocast, rank, world),
        (writes, metrics_path),
    )

    # ----------------------------------------------------------------- loop
    from tqdm.auto import tqdm

    if start < last_step:  # clause run_estimate_said (training.run_estimate); before the
        say(plan_line(plans, start, last_step))  # bar, not on its line
    bar = tqdm(
        total=last_step,
        initial=start,
        # Nothing left to train (rule resume_says_done): no bar, drawn full (the walk
        # of session 46 saw "train: 100%| 2/2" printed twice after the line that says so).
        disable=rank != 0 or not config.progress or start >= last_step,
        desc="train",
        unit="step",
    )
    current_stage = None
    model.train()
    for step in range(start, last_step):
        plan, step_in_stage = stage_for_step(step, plans)
        first_of_stage = plan.index != current_stage
        if first_of_stage:
            current_stage = plan.index
            if device.type == "cpu" and plan.window >= config.bound_heap_from_window:
                bound_heap_retention()  # long steps: freed activations back to the OS
            say("\n" + describe_stage(plan, world, start, last_step))
        t0 = time.perf_counter()
        bucket = buckets[plan.window]
        if recurrence:
            rows = recurrence.step_rows(plan, step_in_stage)
        else:
            rows = step_rows(
                len(bucket),
                config.seed,
                plan.window,
                step_in_stage,
                plan.rows_per_step,
                rank,
                world,
            )
        batches = [
            collate_rows(bucket.take(mb), pad_id)
            for mb in micro_batches(rows, plan.micro_batch_size)
        ]
        with writes.catch(f"{run}/rows/rank{rank}.jsonl") as write:
            if write and rows_log:
                rows_log.write(
                    json.dumps({"step": step, "window": plan.window, "rows": rows}) + "\n"
                )
                rows_log.flush()
        local_scored, local_tokens = batch_counts(batches)  # host arrays: no tensor read
        step_scored = all_reduce_sum(local_scored, world, device)
        # DDP averages gradients over ranks; scale so the step's loss is a per-token mean.
        scale = world / max(step_scored, 1.0)
        # Clause one_read_per_step (session 40): the loss stays on the device until the
        # optimizer step is queued, then loss and gradient norm come back in one read.
        loss_sum = torch.zeros((), dtype=torch.float64, device=device)
        for i, batch in enumerate(batches):
            batch = to_device(batch, MODEL_INPUTS, device)  # clause pinned_batch_copies
            if recurrence:  # memory carried in, positions continuing after it
                batch = recurrence.model_inputs(i, batch)
            sync = world == 1 or i == len(batches) - 1
            with distributed.gradient_sync(loss_module, sync), autocast():
                micro_loss, _ = loss_module(**batch)
                (micro_loss * scale).backward()
            loss_sum += micro_loss.detach().double()
        grad_norm = distributed.clip_grad_norm(params, o.max_grad_norm)  # 0: the norm only
        lr = scheduler.get_last_lr()[0]
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        local_loss, grad_norm = read_step(loss_sum, grad_norm)  # the step's one read
        real_tokens = all_reduce_sum(local_tokens, world, device)
        loss = all_reduce_sum(local_loss, world, device) / max(step_scored, 1.0)
        elapsed = time.perf_counter() - t0
        train_time += elapsed
        steps_done = step + 1
        record = {
            "kind": "train",
            "step": steps_done,
            "stage": plan.index,
            "window": plan.window,
            "loss": round(loss, 6),
            "scored_tokens": int(step_scored),
            "tokens": int(real_tokens),
            "tokens_per_s": round(real_tokens / elapsed, 2),
            "scored_tokens_per_s": round(step_scored / elapsed, 2),
            "lr": lr,
            "grad_norm": round(grad_norm, 6),
            "peak_memory_mb": round(peak_memory_mb(device), 1),
            "time_s": round(train_time, 3),
            **step_record(objective, step_scored, world, device),
        }
        with writes.catch(metrics_path) as write:
            # clause non_finite_outputs: null, never a bare NaN (training.finite)
            if write and rank == 0:
                metrics.write(json.dumps(finite_copy(record)[0], allow_nan=False) + "\n")
                metrics.flush()
        if problem := step_problem(steps_done, loss, grad_norm):  # clauses train_loss_finite,
            raise Diverged(problem)  # grad_norm_finite (training.finite)
        bar.update(1)
        bar.set_postfix(stage=plan.index, window=plan.window, loss=f"{loss:.4f}")
        if rank == 0 and should_say(steps_done, start, first_of_stage):  # run_estimate_said
            said = estimate_line(  # measured, not guessed; step 1's start-up said as such
                plans, steps_done, last_step, elapsed, int(real_tokens), steps_done == start + 1
            )
            bar.write(said, file=sys.stdout)
        stage_end = step_in_stage == plan.steps - 1
        if stage_end or (config.eval_every and steps_done % config.eval_every == 0):
            evaluate(steps_done, train_time, metrics)
        writes.settle()  # clause rank_writes_agreed: before a checkpoint counts the step
        if (
            stage_end
            or steps_done == last_step
            or (config.checkpoint_every and steps_done % config.checkpoint_every == 0)
        ):
            extra = {
                "stage": plan.index,
                "step_in_stage": step_in_stage + 1,
                "window": plan.window,
                "curriculum": [vars(s) for s in plans],
                "config": config.to_dict(),
                "data_sha256": fingerprint,
                "model_fingerprint": model_weights,
                "train_time_s": train_time,
            }
            with writing("a checkpoint"):
                save_checkpoint(
                    run,
                    steps_done,
                    model,
                    optimizer,
                    scheduler,
                    extra,
                    rank,
                    config.keep_checkpoints,
                    save_sync(run, world),  # clause full_disk_agreed
                    rank_state=recurrence.state_dict() if recurrence else None,
                )
        if os.environ.get(STOP_AFTER_STEP_ENV) == str(steps_done):
            os.kill(os.getpid(), signal.SIGSTOP)
    bar.close()

    # -------------------------------------------------------------- cleanup
    if rows_log:
        rows_log.close()
    adapter_state = distributed.adapter_state_dict(model)  # FSDP: gathered on every rank
    with writes.catch("the adapter, loss.png or the merged model") as write:
        if write and rank == 0:
            metrics.close()
            write_outputs(model, config, args.base_name, adapter_state, model_weights, say)
    writes.settle()  # where a barrier was
    if world > 1:  # a one-process run leaves a caller's own group alone
        # clause teardown_joins_without_gil; train() still holds the verdict group
        distributed.end_distributed(loss_module, holds_a_group=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
