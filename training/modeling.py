"""Model setup: load a local causal LM, RoPE scaling, peft wrapping, and the loss.

Memory at long length (per sequence of ``T`` tokens, vocabulary ``V``):

* the plain HF loss materializes float32 logits ``T x V`` (4096 x 49152 = 0.8 GB for
  SmolLM2) and, through the softmax and its gradient, two to three more copies;
* :func:`chunked_lm_loss` instead keeps only the scored hidden states, and runs the
  LM head + cross-entropy over ``chunk`` of them at a time under non-reentrant
  activation checkpointing, so at most one ``chunk x V`` block of logits (and its
  gradient) exists at once, forward or backward. Loss and gradients are the same
  (up to float summation order). For a plain ``nn.Linear`` head it computes the
  gradient in the forward (``training/loss.py``): no recompute, one block alive;
  another head is checkpointed per chunk (its matmul runs twice).
* gradient checkpointing (non-reentrant) of the decoder layers, SDPA attention,
  and bf16 autocast on CUDA (float32 on CPU, where bf16 matmuls are slow);
* on CPU, :func:`transforms.runtime.bound_heap_retention` (called by the recipe from
  the first stage whose window reaches ``bound_heap_from_window``, 4096 by default):
  glibc keeps freed activation buffers in its heap (its mmap threshold rises to 32 MiB
  after the first large free), and at 4096 tokens that retained heap, not live
  tensors, set the process peak (SmolLM2-135M: ~1.4 GB of live tensors, 5.3 GB RSS).
  Pinning the threshold returns each freed buffer of 1 MiB or more to the OS at once;
  cost: one mmap/munmap and fresh page faults per such buffer, which shorter windows
  (where the heap never grew a problem) are spared.
"""

from __future__ import annotations

import contextlib
import os

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import checkpoint

from schemas.errors import UserError
from schemas.records import IGNORE_INDEX
from training.config import PeftSettings, RopeSettings
from training.loss import fused_linear_cross_entropy

# LoRA targets per model_type: every linear projection of attention and MLP (QLoRA
# finding: all-linear beats attention-only). Unknown types fall back to peft's own
# table, then to peft's "all-linear".
LORA_TARGETS = {
    **{
        t: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
        for t in (
            "llama",
            "mistral",
            "mixtral",
            "qwen2",
            "qwen3",
            "gemma",
            "gemma2",
            "gemma3_text",
            "olmo2",
            "smollm3",
        )
    },
    "phi3": ["qkv_proj", "o_proj", "gate_up_proj", "down_proj"],
    "gpt2": ["c_attn", "c_proj", "c_fc"],
    "gpt_neox": ["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"],
}


class ContextLengthError(UserError):
    """A stage's window exceeds the model's positions and no RoPE scaling is set."""


def model_positions(config) -> int:
    return int(getattr(config, "max_position_embeddings", 0) or 0)


def rope_factor(rope: RopeSettings, positions: int) -> float:
    if rope.factor is not None:
        return rope.factor
    return max(1.0, rope.target_length / positions)


def apply_rope_scaling(config, rope: RopeSettings) -> int:
    """Set ``config.rope_parameters`` for ``rope`` (in place); returns the usable context.

    transformers 5 reads RoPE settings from ``config.rope_parameters`` and the
    replacement dict must keep ``rope_theta``. ``linear`` and ``yarn`` are given the
    new ``max_position_embeddings``; ``dynamic`` NTK reads the *original* length from
    ``max_position_embeddings`` and rescales on the fly beyond it, so it stays.
    """
    positions = model_positions(config)
    if rope.type == "none":
        return positions
    params = dict(getattr(config, "rope_parameters", None) or {})
    theta = params.get("rope_theta", getattr(config, "rope_theta", None))
    if theta is None:
        raise ValueError(f"{config.model_type}: no rope_theta in the config; is this a RoPE model?")
    factor = rope_factor(rope, positions)
    new = {k: v for k, v in params.items() if k in ("partial_rotary_factor",)}
    new.update(rope_type=rope.type, rope_theta=theta, factor=factor)
    context = int(positions * factor)
    if rope.type == "yarn":
        new["original_max_position_embeddings"] = positions
    if rope.type in ("linear", "yarn"):
        config.max_position_embeddings = context
    config.rope_parameters = new
    config._longctx_context = context
    return context


def check_context(config, windows: list[int]) -> None:
    """Raise :class:`ContextLengthError` if a window is longer than the model handles."""
    context = getattr(config, "_longctx_context", None) or model_positions(config)
    too_long = [w for w in windows if context and w > context]
    if too_long:
        raise ContextLengthError(
            f"windows {too_long} exceed the model's {context} positions "
            f"({config.model_type}, rope {getattr(config, 'rope_parameters', {})}). "
            f"Set RoPE scaling, e.g. --set rope.type=linear --set rope.target_length={max(too_long)} "
            "(or yarn / dynamic), or use shorter windows"
        )


def autocast_for(dtype: str, device: torch.device):
    """A no-argument context factory: bf16 autocast for ``dtype`` "bfloat16", or "auto"
    on CUDA; none otherwise (float32; on CPU bf16 matmuls are slow)."""
    if dtype == "float32" or (dtype == "auto" and device.type != "cuda"):
        return contextlib.nullcontext
    return lambda: torch.autocast(device.type, dtype=torch.bfloat16)


def describe_precision(dtype: str, device: torch.device) -> str:
    """What ``autocast_for(dtype, device)`` trains in, for the run's model line.

    Clause precision_said (session 56): the log named the device but not the
    precision, so ``dtype: auto`` (bf16 on CUDA, float32 on CPU) gave no sign of which
    one a run used, and nothing said where ``bfloat16`` comes from or how to change it.
    """
    if dtype == "float32" or (dtype == "auto" and device.type != "cuda"):
        how = "dtype auto: bf16 autocast on CUDA only" if dtype == "auto" else "dtype float32"
        return f"precision float32 ({how}; --set dtype=bfloat16 for bf16 autocast)"
    # on a CPU without bf16 instructions (AVX2 only) an autocast matmul of SmolLM2's
    # MLP shape took 3.1x (2 threads) and 6.8x (1 thread) the float32 time (session 56,
    # one AMD EPYC); CPUs with avx512_bf16 / AMX were not measured, hence "can be"
    slow = "; can be slower than float32 on a CPU without bf16 instructions" * (
        device.type == "cpu"
    )
    return (
        f"precision bf16 autocast over float32 weights (dtype {dtype}{slow}; "
        "--set dtype=float32 for float32)"
    )


# clause model_copy_broken: what to do about a model folder that cannot be read
_MODEL_FIX = (
    "; if it is a broken or partial copy, copy or download it again (`make defaults` "
    "rebuilds defaults/), or point --model at another copy"
)


def load_model(
    path: str,
    rope: RopeSettings,
    attn_implementation: str = "sdpa",
    trust_remote_code: bool = False,
):
    """A local HF causal LM in float32 with RoPE scaling applied; returns ``(model, context)``."""
    from transformers import AutoConfig, AutoModelForCausalLM

    from transforms.unreadable_path import why_unreadable

    if (why := why_unreadable(path, want_folder=True)) == "not found":
        raise UserError(f"model folder {path!r} not found (a local HF model directory)")
    if why:  # clause tokenizer_unreadable: there, but not a folder one can read
        raise UserError(f"model folder {path!r} {why}")
    if not os.path.isfile(os.path.join(path, "config.json")):
        raise UserError(
            f"{path!r} is not a Hugging Face model folder (no config.json); pass the folder "
            f"save_pretrained wrote{_MODEL_FIX}"
        )
    from safetensors import SafetensorError

    try:  # the user's folder: a config or weights transformers cannot read is theirs to fix
        config = AutoConfig.from_pretrained(path, trust_remote_code=trust_remote_code)
        context = apply_rope_scaling(config, rope)
        model = AutoModelForCausalLM.from_pretrained(
            path,
            config=config,
            dtype=torch.float32,
            attn_implementation=attn_implementation,
            trust_remote_code=trust_remote_code,
        )
    except (OSError, ValueError, SafetensorError) as error:
        # clause model_copy_broken (session 36): safetensors' own error (a truncated or
        # garbled weight file: "incomplete metadata", "header too large") was a
        # traceback; every reading error of the folder is one line naming it and what to
        # do. Errors of the code (TypeError, RuntimeError, ...) keep their traceback.
        first = (str(error).strip().splitlines() or [type(error).__name__])[0]
        what = "a weight file is truncated or damaged: " * isinstance(error, SafetensorError)
        raise UserError(f"cannot load the model in {path!r}: {what}{first}{_MODEL_FIX}") from error
    model.config._longctx_context = context
    return model, context


def enable_activation_checkpointing(model: nn.Module) -> None:
    """Non-reentrant activation checkpointing of the decoder layers. transformers 5.x
    renamed ``gradient_checkpointing_enable`` to ``activation_checkpointing_enable``
    (5.24 has both, the old one deprecated; 5.17, the GPU machine's, only the old)."""
    if hasattr(model, "activation_checkpointing_enable"):
        model.activation_checkpointing_enable(
            activation_checkpointing_kwargs={"use_reentrant": False}
        )
    else:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})


def default_target_modules(model_type: str):
    from peft.utils.constants import (
        TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING as PEFT_TABLE,
    )

    return LORA_TARGETS.get(model_type) or PEFT_TABLE.get(model_type) or "all-linear"


def extra_trainable_modules(model: nn.Module, settings: PeftSettings) -> list[str]:
    """Module names (last component) to train fully: input embeddings and/or norms."""
    names = []
    if settings.train_embeddings:
        embeddings = model.get_input_embeddings()
        names += [n.rsplit(".", 1)[-1] for n, m in model.named_modules() if m is embeddings]
    if settings.train_norms:
        names += [
            n.rsplit(".", 1)[-1]
            for n, m in model.named_modules()
            if n and "norm" in type(m).__name__.lower() and not list(m.children())
        ]
    return sorted(set(names))


def wrap_peft(model: nn.Module, settings: PeftSettings):
    """``get_peft_model`` with ``settings``: LoRA by default, any peft method by name."""
    from peft import LoraConfig, get_peft_config, get_peft_model
    from peft.utils.error import NoMatchingPeftModuleError

    targets = settings.target_modules
    targets = list(targets) if targets else default_target_modules(model.config.model_type)
    extra = extra_trainable_modules(model, settings) or None
    tied = bool(getattr(model.config, "tie_word_embeddings", False))
    # Clause peft_settings_one_line (session 29): what peft refuses in the user's
    # peft.* keys is one line, exit 2 (before: a traceback, exit 1).
    try:
        if settings.method.lower() == "lora":
            peft_config = LoraConfig(
                task_type="CAUSAL_LM",
                r=settings.r,
                lora_alpha=settings.alpha,
                lora_dropout=settings.dropout,
                target_modules=targets,
                modules_to_save=extra,
                ensure_weight_tying=tied and settings.train_embeddings,
                **settings.options,
            )
        else:
            fields = {"peft_type": settings.method.upper(), "task_type": "CAUSAL_LM"}
            fields.update({"target_modules": targets, "modules_to_save": extra, **settings.options})
            try:
                peft_config = get_peft_config(fields)
            except KeyError:
                raise UserError(f"peft.method {settings.method!r} is not a peft method") from None
    except TypeError as error:  # an unknown key in peft.options
        raise UserError(f"peft.options: {error}") from None
    try:
        return get_peft_model(model, peft_config)
    except NoMatchingPeftModuleError:
        names = sorted(
            {n.rsplit(".", 1)[-1] for n, m in model.named_modules() if n and not list(m.children())}
        )
        raise UserError(
            f"peft.target_modules {list(targets)}: none is a module of {model.config.model_type}; "
            f"its leaf modules are named {names}"
        ) from None


def causal_lm(model: nn.Module) -> nn.Module:
    """The transformers ``*ForCausalLM`` inside a peft / DDP wrapper."""
    while True:
        if hasattr(model, "get_base_model"):
            model = model.get_base_model()
        elif isinstance(model, nn.parallel.DistributedDataParallel):
            model = model.module
        else:
            return model


def _chunk_loss(
    hidden: torch.Tensor, labels: torch.Tensor, head: nn.Module, softcap
) -> torch.Tensor:
    logits = head(hidden).float()
    if softcap:
        logits = torch.tanh(logits / softcap) * softcap
    return F.cross_entropy(logits, labels, reduction="sum")


def chunked_lm_loss(
    hidden: torch.Tensor, labels: torch.Tensor, head: nn.Module, chunk: int, softcap=None
) -> tuple[torch.Tensor, int]:
    """Sum of next-token cross-entropy over scored tokens, and their count.

    ``hidden`` is ``[B, T, H]`` (last decoder hidden states), ``labels`` ``[B, T]``
    with the HF convention (``labels[t]`` scored from ``hidden[t - 1]``). Only scored
    positions reach the head, ``chunk`` rows at a time: through
    :func:`training.loss.fused_linear_cross_entropy` for a plain ``nn.Linear`` head
    (gradients computed in the forward, nothing recomputed), else under checkpointing.
    """
    h = hidden[:, :-1].reshape(-1, hidden.shape[-1])
    y = labels[:, 1:].reshape(-1)
    keep = (y != IGNORE_INDEX).nonzero().squeeze(-1)
    h, y = h.index_select(0, keep), y.index_select(0, keep)
    if type(head) is nn.Linear:  # the usual head: gradients computed in the forward
        # ``h`` depends on ``hidden`` even when empty, so a batch with nothing scored
        # still backpropagates (DDP ranks must all run backward).
        total = fused_linear_cross_entropy(h, head.weight, head.bias, y, chunk, softcap)
        return total, int(y.numel())
    # Any other head (e.g. wrapped by peft): checkpointed chunks, recomputed in backward.
    # Starts from a zero that depends on ``hidden``, so a batch with nothing scored
    # still backpropagates (DDP ranks must all run backward).
    total = hidden.float().sum() * 0.0
    for start in range(0, h.shape[0], chunk):
        total = total + checkpoint(
            _chunk_loss,
            h[start : start + chunk],
            y[start : start + chunk],
            head,
            softcap,
            use_reentrant=False,
        )
    return total, int(y.numel())


class CausalLMLoss(nn.Module):
    """``forward(batch) -> (loss_sum, scored_tokens)`` for a (peft-wrapped) causal LM.

    One module so DDP can wrap it (DDP only syncs gradients of a forward it ran).
    ``chunk == 0`` uses the model's own HF loss over full logits (the baseline).
    ``model_kwargs`` go to the model's forward (e.g. ``training.recurrence``'s memory).
    """

    def __init__(self, model: nn.Module, chunk: int):
        super().__init__()
        self.model = model
        self.chunk = chunk

    def forward(self, input_ids, labels, position_ids, **model_kwargs):
        lm = causal_lm(self.model)
        if not self.chunk:
            n = int((labels[:, 1:] != IGNORE_INDEX).sum())
            out = self.model(
                input_ids=input_ids,
                labels=labels,
                position_ids=position_ids,
                use_cache=False,
                **model_kwargs,
            )
            return out.loss.float() * n, n
        # use_cache=False: with a cache, transformers skips the packed-sequence mask.
        hidden = lm.model(
            input_ids=input_ids, position_ids=position_ids, use_cache=False, **model_kwargs
        ).last_hidden_state
        softcap = getattr(lm.config, "final_logit_softcapping", None)
        return chunked_lm_loss(hidden, labels, lm.get_output_embeddings(), self.chunk, softcap)


def build_tiny_llama(path: str, vocab: int, positions: int, seed: int = 0) -> str:
    """Save a random-init 2-layer Llama (hidden 64, GQA 4/2 heads, tied embeddings)
    to ``path``: the in-process model of the tests and the CPU benchmarks."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=positions,
        tie_word_embeddings=True,
    )
    LlamaForCausalLM(config).save_pretrained(path)
    return path
