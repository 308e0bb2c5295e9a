"""The phases of the GPU proof, each run by ``bench/gpu_proof.py`` in a child process
with a time limit, so a phase that runs long or dies cannot take the report with it.

    python bench/gpu_phases.py PHASE CONTEXT.json RESULT.json

``CONTEXT.json`` holds the paths, the stage's settings and the phase's deadline
(``time.time()`` seconds); every phase writes ``RESULT.json`` as it goes, so a phase
killed at its limit still leaves what it had finished. Phases:

* ``setup``: versions and the device; the model folder (a GGUF is dequantized by
  ``training.convert_gguf`` with the carried ``gguf`` wheel, then the staged
  tokenizer and config are laid over it, so every tokenization matches the dataset's);
* ``probe``: one LoRA forward+backward per (length, loss) in the extension's own
  configuration, timed (second of two) and measured (CUDA peak allocated); the times
  size the curriculum (``gpu_proof.plan_curriculum``);
* ``train``: ``training.recipe`` with ``training/configs/long_context.yaml``, the staged
  dataset and the planned curriculum;
* ``adapter``: a run killed before its end gets an adapter from its last checkpoint;
* ``eval``: base and extended model on the same held-out tokens and passkey prompts
  (``bench/gpu_eval_phase.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

STAGED_MODEL_FILES = (
    "config.json",
    "generation_config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
)


def save(path: str, result: dict) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def device_and_autocast():
    import torch

    if torch.cuda.is_available():
        return torch.device("cuda"), lambda: torch.autocast("cuda", dtype=torch.bfloat16)
    return torch.device("cpu"), contextlib.nullcontext


def peak_mb(device) -> float:
    import torch

    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _versions() -> dict:
    import importlib.metadata as md
    import platform

    out = {"python": platform.python_version()}
    for name in ("torch", "transformers", "peft", "accelerate", "tokenizers", "pyarrow", "gguf"):
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out


# ---------------------------------------------------------------- setup
def setup(ctx: dict, out: str) -> None:
    import torch

    result = {"versions": _versions(), "cuda": torch.cuda.is_available()}
    if torch.cuda.is_available():
        props = torch.cuda.get_device_properties(0)
        result.update(
            device=torch.cuda.get_device_name(0),
            memory_gb=round(props.total_memory / 2**30, 1),
            cuda_version=torch.version.cuda,
            bf16=torch.cuda.is_bf16_supported(),
            flash_sdp=torch.backends.cuda.flash_sdp_enabled(),
        )
    else:
        result["device"] = "cpu"
    save(out, result)
    model = ctx["model"]
    staged = os.path.join(ctx["payload"], model["dir"])
    if model.get("gguf"):
        from training.convert_gguf import convert

        t0 = time.time()
        target = ctx["model_dir"]
        convert(staged, model["gguf"], target)
        for name in STAGED_MODEL_FILES:  # the dataset was tokenized with these
            if os.path.exists(os.path.join(staged, name)):
                shutil.copy(os.path.join(staged, name), os.path.join(target, name))
        result["convert_s"] = round(time.time() - t0, 1)
    result["model_dir"] = ctx["model_dir"]
    save(out, result)


def model_dir(ctx: dict) -> str:
    """Where the runnable model lives: converted from a GGUF, or the staged folder."""
    model = ctx["model"]
    return ctx["model_dir"] if model.get("gguf") else os.path.join(ctx["payload"], model["dir"])


# ---------------------------------------------------------------- probe
def probe(ctx: dict, out: str) -> None:
    import torch

    from training.config import load_config
    from training.longce import training_objective
    from training.modeling import (
        CausalLMLoss,
        enable_activation_checkpointing,
        load_model,
        wrap_peft,
    )

    device, autocast = device_and_autocast()
    config = load_config(ctx["train"]["config"], ctx["train"]["set"])
    model, context = load_model(model_dir(ctx), config.rope, config.attn_implementation)
    model.config.use_cache = False
    if config.gradient_checkpointing:
        enable_activation_checkpointing(model)
    model = wrap_peft(model, config.peft).to(device).train()
    result = {"context": context, "loss_chunk_tokens": config.loss_chunk_tokens, "runs": []}
    result["objective"] = config.loss.type
    generator = torch.Generator().manual_seed(0)
    for length, loss in ctx["probe"]["runs"]:
        if time.time() > ctx["deadline"]:
            result["runs"].append({"length": length, "loss": loss, "skipped": "deadline"})
            continue
        # "chunked": the run's own objective (LongCE's short-context pass included), so
        # the curriculum is planned at its real step time; "plain": HF's loss, for memory.
        module = training_objective(model, config) if loss == "chunked" else CausalLMLoss(model, 0)
        ids = torch.randint(1, model.config.vocab_size, (1, length), generator=generator)
        ids, positions = ids.to(device), torch.arange(length, device=device)[None]
        record = {"length": length, "loss": loss, "batch": 1}
        if loss == "chunked":
            record["objective"] = config.loss.type
        try:
            for _ in range(2):  # the first warms kernels and the allocator up
                model.zero_grad(set_to_none=True)
                if device.type == "cuda":
                    torch.cuda.synchronize()
                    torch.cuda.reset_peak_memory_stats()
                t0 = time.perf_counter()
                with autocast():
                    total, n = module(ids, ids, positions)
                (total / n).backward()
                if device.type == "cuda":
                    torch.cuda.synchronize()
                record["seconds"] = round(time.perf_counter() - t0, 4)
            record["peak_memory_mb"] = round(peak_mb(device), 1)
            record["tokens_per_s"] = round(length / record["seconds"], 1)
        except torch.OutOfMemoryError as err:
            record["error"] = f"out of memory: {str(err).splitlines()[0]}"
        model.zero_grad(set_to_none=True)
        del module
        if device.type == "cuda":
            torch.cuda.empty_cache()
        result["runs"].append(record)
        save(out, result)
    result["peak_memory_method"] = (
        "torch.cuda.max_memory_allocated over the step (model, LoRA state and activations)"
        if device.type == "cuda"
        else "process peak RSS (ru_maxrss): not per run on CPU"
    )
    save(out, result)


# ---------------------------------------------------------------- train
def train(ctx: dict, out: str) -> None:
    from training import recipe

    t = ctx["train"]
    stages = ", ".join(f"{{window: {w}, steps: {n}}}" for w, n in t["curriculum"])
    argv = [
        "--config",
        t["config"],
        "--data",
        os.path.join(ctx["payload"], ctx["data"]),
        "--model",
        model_dir(ctx),
        "--output",
        ctx["run_dir"],
    ]
    planned = [f"curriculum=[{stages}]", f"tokens_per_step={t['tokens_per_step']}"]
    for item in [*t["set"], *planned, "progress=false", "checkpoint_every=0", "eval_every=0"]:
        argv += ["--set", item]
    save(out, {"argv": argv, "started": time.time()})
    code = recipe.main(argv)
    save(out, {"argv": argv, "exit": code, "seconds": None})


def adapter_from_checkpoint(ctx: dict, out: str) -> None:
    """A training run stopped at its time limit: its last complete checkpoint (every
    stage end writes one) becomes the adapter, so what was trained is evaluated."""
    import torch

    from training.checkpoint import list_checkpoints
    from training.checkpoint_files import load_tensors, newest_intact
    from training.config import load_config
    from training.modeling import load_model, wrap_peft

    found = newest_intact(list_checkpoints(ctx["run_dir"]))  # verified, damaged ones named
    if found is None:
        save(out, {"adapter": None, "reason": "no intact checkpoint was written"})
        return
    config = load_config(os.path.join(ctx["run_dir"], "config.yaml"))
    model, _ = load_model(model_dir(ctx), config.rope, config.attn_implementation)
    model = wrap_peft(model, config.peft)
    state = load_tensors(os.path.join(found[1], "state.pt"))  # weights_only: runs no code
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, value in state["trainable"].items():
            params[name].copy_(value)
    model.save_pretrained(os.path.join(ctx["run_dir"], "adapter"))
    save(out, {"adapter": "checkpoint", "steps_done": found[0], "checkpoint": found[1]})


# ----------------------------------------------------------------- eval
def evaluate(ctx: dict, out: str) -> None:
    """The ``eval`` phase, in ``bench/gpu_eval_phase.py``."""
    from gpu_eval_phase import evaluate as run

    run(ctx, out)


PHASES = {
    "setup": setup,
    "probe": probe,
    "train": train,
    "adapter": adapter_from_checkpoint,
    "eval": evaluate,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3 or argv[0] not in PHASES:
        print(f"usage: gpu_phases.py {{{','.join(PHASES)}}} CONTEXT.json RESULT.json")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        ctx = json.load(f)
    PHASES[argv[0]](ctx, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
