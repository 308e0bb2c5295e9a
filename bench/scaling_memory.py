"""Memory per GPU of one training step: the arithmetic behind docs/SCALING.md.

    .venv/bin/python bench/scaling_memory.py            # markdown tables, ~10 s, no GPU

For SmolLM2-135M (``defaults/smollm2-135m/config.json``) and a 7B Llama (Llama-2-7B's
shape: hidden 4096, MLP 11008, 32 layers, 32 heads, vocabulary 32000), one sequence
of ``T`` tokens per GPU, ``N`` GPUs, the recipe as it runs on CUDA: base weights
loaded in float32, bf16 autocast, gradient checkpointing of every decoder layer
(non-reentrant), SDPA flash attention, AdamW. Parameter counts are exact: the
models are built on the meta device and wrapped with the recipe's own
``training.modeling.wrap_peft``. Activation terms are estimates (formulas below);
``--check-cpu`` prints the same formulas for the float32 CPU step that
docs/PERFORMANCE.md measured at 4096 tokens, next to the measured numbers.

Bytes per GPU (``P`` base parameters, ``P_T`` trainable, ``P_layer`` one decoder
layer, ``P_root`` the parameters outside the layers, ``L`` layers, ``h`` hidden,
``h_kv`` key/value width, ``f`` MLP width, ``V`` vocabulary, ``c`` loss chunk rows,
``t`` tokens this GPU holds: ``T``, or ``T / N`` with context parallelism):

* weights: DDP ``4 P``; FSDP ``4 P / N + 4 (P_root + 2 P_layer)`` (the shard, plus the
  root's gathered parameters and the gathered layer running and the one prefetched);
* trainable state: ``16 P_T`` (float32 weight, gradient, two AdamW moments) + DDP's
  gradient buckets ``4 P_T``; FSDP ``16 P_T / N``;
* checkpointed layer inputs: ``4 L t h`` (the residual stream stays float32 under
  autocast: embeddings and RMSNorm outputs are float32);
* one layer recomputed in backward: ``t (24 h + 6 h_kv + 8 f)``: float32 residual,
  norm outputs and sums (16 h), bf16 q, o, attention output and RoPE copies (8 h),
  k, v and their RoPE copies (6 h_kv), bf16 gate, up, SiLU and product (8 f);
* loss: chunked ``12 c V + 8 t h`` (float32 logits, log-softmax and gradient of one
  chunk; the final hidden states and their scored copy); plain HF loss
  ``14 t V`` (bf16 logits, their float32 upcast, log-softmax, gradient);
* context parallelism also gathers one layer's K and V: ``4 T h_kv`` (bf16).

Peak ~ weights + trainable + checkpoints + max(recomputed layer, loss), since the
loss's buffers are freed before the first layer's backward.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

GB = 1e9
LLAMA_7B = {
    "vocab_size": 32000,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 32,
    "max_position_embeddings": 4096,
    "tie_word_embeddings": False,
}


@dataclass
class Shape:
    name: str
    params: int  # base model parameters
    layer: int  # one decoder layer
    root: int  # outside the decoder layers
    layers: int
    hidden: int
    kv: int  # key/value width (heads_kv * head_dim)
    mlp: int
    vocab: int


def shape_of(name: str, config_dict: dict) -> Shape:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(**config_dict)
    with torch.device("meta"):
        model = LlamaForCausalLM(config)
    params = sum(p.numel() for p in model.parameters())
    layer = sum(p.numel() for p in model.model.layers[0].parameters())
    head_dim = config.hidden_size // config.num_attention_heads
    return Shape(
        name,
        params,
        layer,
        params - layer * config.num_hidden_layers,
        config.num_hidden_layers,
        config.hidden_size,
        config.num_key_value_heads * getattr(config, "head_dim", head_dim),
        config.intermediate_size,
        config.vocab_size,
    )


def trainable(config_dict: dict, **peft) -> int:
    """Trainable parameters of the recipe's peft wrapping (built on the meta device)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from training.config import PeftSettings
    from training.modeling import wrap_peft

    with torch.device("meta"):
        model = wrap_peft(LlamaForCausalLM(LlamaConfig(**config_dict)), PeftSettings(**peft))
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def terms(s: Shape, p_t: int, T: int, n: int, option: str, chunk: int) -> dict:
    """Bytes per GPU of each term for one option: ddp | fsdp | cp (FSDP + CP over n)."""
    t = T // n if option == "cp" else T
    if option == "ddp":
        weights, state = 4 * s.params, 16 * p_t + 4 * p_t
    else:
        weights = 4 * s.params / n + 4 * (s.root + 2 * s.layer)
        state = 16 * p_t / n
    out = {
        "weights": weights,
        "trainable state": state,
        "checkpointed inputs": 4 * s.layers * t * s.hidden,
        "recomputed layer": t * (24 * s.hidden + 6 * s.kv + 8 * s.mlp),
        "loss, chunked": 12 * chunk * s.vocab + 8 * t * s.hidden,
        "loss, plain": 14 * t * s.vocab,
        "cp K/V gather": 4 * T * s.kv if option == "cp" else 0,
    }
    static = out["weights"] + out["trainable state"] + out["checkpointed inputs"]
    static += out["cp K/V gather"]
    for loss in ("chunked", "plain"):
        out[f"total, {loss} loss"] = static + max(out["recomputed layer"], out[f"loss, {loss}"])
    return out


def table(s: Shape, p_t: int, lengths, n: int, chunk: int) -> str:
    options = ("ddp", "fsdp", "cp")
    names = {"ddp": f"DDP x{n}", "fsdp": f"FSDP x{n}", "cp": f"FSDP + CP x{n}"}
    cols = [(T, o) for T in lengths for o in options]
    rows = {(T, o): terms(s, p_t, T, n, o, chunk) for T, o in cols}
    head = "| GB per GPU | " + " | ".join(f"{T // 1024}k {names[o]}" for T, o in cols) + " |"
    lines = [head, "|---|" + "---:|" * len(cols)]
    for key in rows[cols[0]]:
        cells = " | ".join(f"{rows[c][key] / GB:,.2f}" for c in cols)
        bold = "**" if key.startswith("total") else ""
        lines.append(f"| {bold}{key}{bold} | {cells} |")
    return "\n".join(lines)


def check_cpu(s: Shape, T: int = 4096, chunk: int = 1024) -> str:
    """The float32 CPU step of docs/PERFORMANCE.md (live tensors, parameters excluded)."""
    checkpoints = 4 * s.layers * T * s.hidden
    chunked = 12 * chunk * s.vocab + 8 * T * s.hidden
    plain = 12 * T * s.vocab  # float32: logits, log-softmax, gradient
    mib = 2**20
    return (
        f"{s.name}, {T} tokens, float32 CPU: checkpoints {checkpoints / mib:.0f} MiB; "
        f"chunked loss {chunked / mib:.0f} MiB -> peak {(checkpoints + chunked) / mib:.0f} MiB "
        f"(measured 875); plain loss {plain / mib:.0f} MiB -> peak "
        f"{(checkpoints + plain) / mib:.0f} MiB (measured 2585)"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gpus", type=int, default=8)
    parser.add_argument("--lengths", default="32768,131072")
    parser.add_argument("--loss-chunk", type=int, default=1024)
    parser.add_argument("--json", help="also write every number here")
    args = parser.parse_args(argv)
    with open(os.path.join(REPO, "defaults", "smollm2-135m", "config.json")) as f:
        smol = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    lengths = [int(x) for x in args.lengths.split(",")]
    peft = {
        "LoRA r=8 (default.yaml)": {"r": 8, "alpha": 16},
        "LoRA r=16 + embeddings + norms (long_context.yaml)": {
            "r": 16,
            "alpha": 32,
            "train_embeddings": True,
            "train_norms": True,
        },
    }
    report = {}
    for name, config in (("SmolLM2-135M", smol), ("Llama 7B", LLAMA_7B)):
        s = shape_of(name, config)
        print(
            f"\n### {name}: {s.params / 1e6:,.1f}M parameters, {s.layers} layers, "
            f"h={s.hidden}, h_kv={s.kv}, f={s.mlp}, V={s.vocab}\n"
        )
        for label, settings in peft.items():
            p_t = trainable(config, **settings)
            print(f"\n{label}: {p_t / 1e6:,.2f}M trainable parameters\n")
            print(table(s, p_t, lengths, args.gpus, args.loss_chunk))
            report[f"{name} / {label}"] = {
                "trainable": p_t,
                **{
                    f"{T}/{o}": terms(s, p_t, T, args.gpus, o, args.loss_chunk)
                    for T in lengths
                    for o in ("ddp", "fsdp", "cp")
                },
            }
        if name.startswith("SmolLM2"):
            print("\nCheck against the measured CPU step:", check_cpu(s))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
