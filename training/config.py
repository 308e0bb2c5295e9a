"""Training configuration: frozen dataclasses read from YAML, with dotted overrides.

A run is described by one :class:`TrainConfig`. It is built from a YAML file
(``training/configs/*.yaml``), then ``--set key=value`` overrides (dotted keys,
values parsed as YAML), then the explicit ``--data/--model/--output/--max-steps``
flags. Every section validates itself in ``__post_init__`` and says what to change.
The resolved config is written next to the outputs (``RUN/config.yaml``).

Clause config_numbers_finite (session 29): a number key (``optim.lr``, ``rope.factor``,
``loss.max_weight``, ...) must be finite: ``--set optim.lr=.inf`` trained one step to
NaN weights and exited 0 (``"lr": Infinity`` in ``metrics.jsonl``), ``.nan`` passed
``lr > 0`` and died in AdamW with a traceback. Both are one line now.

Clause eval_counts_not_negative (session 29): ``eval_rows``, ``eval_every`` and
``eval_window`` must be >= 0: ``eval_rows: -1`` wrote ``"val_loss": NaN`` at every
eval, exit 0.

Clause optim_clip_and_decay_not_negative (session 30): ``optim.max_grad_norm: -1``
flipped every gradient's sign (``clip_grad_norm_`` scales by ``max_norm / norm``, so
a negative bound turned training into ascent; exit 0), and ``optim.weight_decay: -1``
was AdamW's ``ValueError`` traceback; both are one line now (0 still disables each).

Clauses rope_scale_needs_type and longer_than_every_window (session 30): see
:mod:`training.config_checks`.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field
from typing import Any

import yaml

CONFIG_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "configs")
DEFAULT_CONFIG = os.path.join(CONFIG_DIR, "default.yaml")

ROPE_TYPES = ("none", "linear", "dynamic", "yarn")
DTYPES = ("auto", "float32", "bfloat16")  # every dtype the CLI accepts (--set dtype=...)
SCHEDULES = ("cosine", "constant")
LOSS_TYPES = ("ce", "longce")
ATTENTION_PATTERNS = ("full", "s2", "sliding")
STRATEGIES = ("ddp", "fsdp")


@dataclass(frozen=True)
class StageConfig:
    """One curriculum stage: rows of one window length, for a step or token budget."""

    window: int
    steps: int = 0  # optimizer steps in this stage
    tokens: int = 0  # or: a token budget, turned into steps by the batch geometry

    def __post_init__(self):
        if self.window <= 0:
            raise ValueError(f"curriculum stage window must be > 0, got {self.window}")
        if (self.steps > 0) == (self.tokens > 0):
            raise ValueError(
                f"curriculum stage (window {self.window}) needs exactly one budget: "
                f"steps > 0 or tokens > 0 (got steps={self.steps}, tokens={self.tokens})"
            )


@dataclass(frozen=True)
class PeftSettings:
    """Which parameters train. ``method`` is a peft method name (``lora``, ``ia3``,
    ``loha``, ``lokr``, ...); ``options`` are passed to its peft config class."""

    method: str = "lora"
    r: int = 8
    alpha: int = 16
    dropout: float = 0.0
    target_modules: tuple[str, ...] | None = None  # None: per-architecture default
    train_embeddings: bool = False  # LongLoRA: also train input embeddings (full)
    train_norms: bool = False  # LongLoRA: also train the normalization layers
    options: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.method.lower() == "lora" and (self.r <= 0 or self.alpha <= 0):
            raise ValueError(f"peft.r and peft.alpha must be > 0 (got {self.r}, {self.alpha})")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"peft.dropout must be in [0, 1), got {self.dropout}")
        if self.target_modules is not None:
            object.__setattr__(self, "target_modules", tuple(self.target_modules))


@dataclass(frozen=True)
class RopeSettings:
    """RoPE scaling for context extension; give ``factor`` or ``target_length``."""

    type: str = "none"  # none | linear | dynamic | yarn
    factor: float | None = None
    target_length: int | None = None  # factor = target_length / model positions

    def __post_init__(self):
        if self.factor is not None:
            object.__setattr__(self, "factor", float(self.factor))
        if self.type not in ROPE_TYPES:
            raise ValueError(f"rope.type must be one of {ROPE_TYPES}, got {self.type!r}")
        if self.type != "none" and (self.factor is None) == (self.target_length is None):
            raise ValueError(
                f"rope.type={self.type!r} needs exactly one of rope.factor or rope.target_length"
            )
        if self.factor is not None and self.factor < 1.0:
            raise ValueError(f"rope.factor must be >= 1, got {self.factor}")


@dataclass(frozen=True)
class AttentionSettings:
    """Attention pattern of training forward passes (``training.attention``); evaluation
    and the merged model always use full attention."""

    pattern: str = "full"  # full | s2 (LongLoRA shifted sparse) | sliding (band + global)
    group: int = 1024  # s2: tokens per group (LongLoRA uses 1/4 of the window)
    window: int = 1024  # sliding: each token sees itself and the window - 1 before it
    global_tokens: int = 64  # sliding: first tokens of each document seen by all of it

    def __post_init__(self):
        if self.pattern not in ATTENTION_PATTERNS:
            raise ValueError(
                f"attention.pattern must be one of {ATTENTION_PATTERNS}, got {self.pattern!r}"
            )
        if self.group < 2 or self.group % 2:
            raise ValueError(
                f"attention.group must be an even number >= 2 (half of it is the shift), "
                f"got {self.group}"
            )
        if self.window < 1 or self.global_tokens < 0:
            raise ValueError(
                f"attention.window must be >= 1 and attention.global_tokens >= 0 "
                f"(got {self.window}, {self.global_tokens})"
            )


@dataclass(frozen=True)
class RecurrenceSettings:
    """Segment recurrence (``training.recurrence``): each window of a document attends
    to the keys and values of the ``memory_tokens`` tokens before it, computed by the
    previous window's forward pass (detached). 0: off. With memory, every window also
    sees the keys and values of its document's first ``sink_tokens`` tokens (the
    attention sink a window in mid-document otherwise lacks; docs/EVALUATION.md)."""

    memory_tokens: int = 0
    sink_tokens: int = 4

    def __post_init__(self):
        if self.memory_tokens < 0:
            raise ValueError(f"recurrence.memory_tokens must be >= 0, got {self.memory_tokens}")
        if self.sink_tokens < 0:
            raise ValueError(f"recurrence.sink_tokens must be >= 0, got {self.sink_tokens}")


@dataclass(frozen=True)
class OptimSettings:
    lr: float = 2e-4
    weight_decay: float = 0.0
    betas: tuple[float, float] = (0.9, 0.999)
    warmup_steps: int = 0
    schedule: str = "cosine"  # cosine | constant (after warmup), across the whole run
    min_lr_ratio: float = 0.1  # cosine floor as a fraction of lr
    max_grad_norm: float = 1.0  # 0 disables clipping

    def __post_init__(self):
        # YAML 1.1 reads "2e-4" as a string; accept it.
        for name in ("lr", "weight_decay", "min_lr_ratio", "max_grad_norm"):
            object.__setattr__(self, name, float(getattr(self, name)))
        if self.lr <= 0:
            raise ValueError(f"optim.lr must be > 0, got {self.lr}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"optim.schedule must be one of {SCHEDULES}, got {self.schedule!r}")
        if self.warmup_steps < 0 or not 0.0 <= self.min_lr_ratio <= 1.0:
            raise ValueError("optim.warmup_steps must be >= 0 and optim.min_lr_ratio in [0, 1]")
        object.__setattr__(self, "betas", tuple(float(b) for b in self.betas))
        if self.max_grad_norm < 0 or self.weight_decay < 0:  # optim_clip_and_decay_not_negative
            raise ValueError(
                "optim.max_grad_norm and optim.weight_decay must be >= 0 (0: off), got "
                f"{self.max_grad_norm} and {self.weight_decay}"
            )


@dataclass(frozen=True)
class LossSettings:
    """The objective. ``ce``: cross-entropy, every scored token alike. ``longce``
    (Fang et al. 2024): each scored token weighted by ``min(exp(LSD), max_weight)``,
    LSD from the model's own full- vs ``short_context``-token predictions
    (``training/longce.py``). 0: the paper's ratios of the longest curriculum window
    (``K = window / 8``, stride ``K / 4``)."""

    type: str = "ce"  # ce | longce
    short_context: int = 0  # K
    short_stride: int = 0  # d: tokens sharing one short context
    max_weight: float = 5.0  # gamma
    short_batch_tokens: int = 0  # tokens per short-context forward; 0: micro_batch_tokens

    def __post_init__(self):
        object.__setattr__(self, "max_weight", float(self.max_weight))
        if self.type not in LOSS_TYPES:
            raise ValueError(f"loss.type must be one of {LOSS_TYPES}, got {self.type!r}")
        if min(self.short_context, self.short_stride, self.short_batch_tokens) < 0:
            raise ValueError(
                "loss.short_context, loss.short_stride and loss.short_batch_tokens must be "
                ">= 0 (0: the default)"
            )
        if self.max_weight <= 0:
            raise ValueError(f"loss.max_weight must be > 0 (paper: 5), got {self.max_weight}")


@dataclass(frozen=True)
class DistributedSettings:
    """How ranks share the work under torchrun (ignored in one process):
    ``ddp`` replicates the model, ``fsdp`` shards it (``training/distributed.py``)."""

    strategy: str = "ddp"  # ddp | fsdp
    # fsdp: free a layer's gathered weights after its forward and gather them again
    # for backward (ZeRO-3, least memory); false keeps them until backward.
    reshard_after_forward: bool = True

    def __post_init__(self):
        if self.strategy not in STRATEGIES:
            raise ValueError(
                f"distributed.strategy must be one of {STRATEGIES}, got {self.strategy!r}"
            )


@dataclass(frozen=True)
class TrainConfig:
    """A whole run. ``tokens_per_step`` is kept about constant across stages:
    rows per step = tokens_per_step // window, split into micro-batches of at most
    ``micro_batch_tokens`` tokens with gradient accumulation."""

    # No defaults: a run names its dataset, model and run folder (flags or YAML); the
    # recipe refuses to guess paths relative to the current folder.
    data: str = ""
    model: str = ""
    output: str = ""
    seed: int = 0
    curriculum: tuple[StageConfig, ...] = (StageConfig(512, steps=3), StageConfig(1024, steps=3))
    tokens_per_step: int = 2048
    micro_batch_tokens: int = 1024
    max_steps: int = 0  # > 0: stop early after this many optimizer steps
    peft: PeftSettings = field(default_factory=PeftSettings)
    rope: RopeSettings = field(default_factory=RopeSettings)
    optim: OptimSettings = field(default_factory=OptimSettings)
    loss: LossSettings = field(default_factory=LossSettings)
    attention: AttentionSettings = field(default_factory=AttentionSettings)
    recurrence: RecurrenceSettings = field(default_factory=RecurrenceSettings)
    distributed: DistributedSettings = field(default_factory=DistributedSettings)
    gradient_checkpointing: bool = False
    loss_chunk_tokens: int = 1024  # 0: plain HF loss over full logits
    # CPU: from the first stage with a window of at least this many tokens, freed
    # buffers of 1 MiB or more go back to the OS (transforms.runtime.bound_heap_retention):
    # it bounds the heap of long checkpointed steps but costs shorter ones ~40% more
    # CPU in page faults (docs/PERFORMANCE.md). 0: from the start.
    bound_heap_from_window: int = 4096
    attn_implementation: str = "sdpa"  # sdpa | eager | flash_attention_2 (if installed)
    dtype: str = "auto"  # auto: bf16 autocast on CUDA, float32 on CPU | float32 | bfloat16
    trust_remote_code: bool = False
    checkpoint_every: int = 0  # optimizer steps between checkpoints; 0: at stage ends only
    keep_checkpoints: int = 2
    eval_every: int = 0  # steps between validation-loss evals; 0: at stage ends only
    eval_window: int = 0  # validation bucket to evaluate; 0: the last stage's window
    eval_rows: int = 16  # validation rows per eval (0 disables evaluation)
    log_rows: bool = False  # write RUN/rows/rank{r}.jsonl: the row indices each step used
    merge: bool = False
    progress: bool = True

    def __post_init__(self):
        if not isinstance(self.curriculum, (list, tuple)):
            raise ValueError(
                f"curriculum: expected a list of stages like [{{window: 512, steps: 10}}], "
                f"got {self.curriculum!r}"
            )
        stages = tuple(
            s
            if isinstance(s, StageConfig)
            else StageConfig(**_known(StageConfig, s, f"curriculum[{i}]"))
            for i, s in enumerate(self.curriculum)
        )
        if not stages:
            raise ValueError("curriculum needs at least one stage, e.g. [{window: 512, steps: 10}]")
        object.__setattr__(self, "curriculum", stages)
        for name, cls in (
            ("peft", PeftSettings),
            ("rope", RopeSettings),
            ("optim", OptimSettings),
            ("loss", LossSettings),
            ("attention", AttentionSettings),
            ("recurrence", RecurrenceSettings),
            ("distributed", DistributedSettings),
        ):
            value = getattr(self, name)
            if isinstance(value, dict):
                object.__setattr__(self, name, cls(**_known(cls, value, name)))
        if self.tokens_per_step <= 0 or self.micro_batch_tokens <= 0:
            raise ValueError("tokens_per_step and micro_batch_tokens must be > 0")
        if min(self.loss_chunk_tokens, self.max_steps, self.checkpoint_every) < 0:
            raise ValueError("loss_chunk_tokens, max_steps and checkpoint_every must be >= 0")
        if self.bound_heap_from_window < 0:
            raise ValueError(
                f"bound_heap_from_window must be >= 0 (0: always), got {self.bound_heap_from_window}"
            )
        if self.dtype not in DTYPES:
            raise ValueError(  # clause dtype_error_says_why (session 56)
                f"dtype must be auto, float32 or bfloat16, got {self.dtype!r} (bfloat16: bf16 "
                "autocast over float32 weights, CPU or CUDA; auto: bf16 on CUDA, float32 on "
                "CPU; float16 is not offered: it needs loss scaling)"
            )
        if min(self.eval_rows, self.eval_every, self.eval_window) < 0:
            raise ValueError(  # clause eval_counts_not_negative
                "eval_rows, eval_every and eval_window must be >= 0 (eval_rows 0: no "
                "validation loss; eval_every 0: at stage ends; eval_window 0: the last stage's)"
            )
        if self.keep_checkpoints < 1:
            raise ValueError("keep_checkpoints must be >= 1 (resume needs the last one)")
        if self.loss.type == "longce" and self.distributed.strategy == "fsdp":
            # Ranks forward different numbers of short-context windows, and FSDP's
            # forward is a collective: the ranks would wait on each other for ever.
            raise ValueError(
                "loss.type=longce runs with distributed.strategy=ddp only (FSDP would need "
                "the same number of short-context forwards on every rank)"
            )
        if self.recurrence.memory_tokens and self.attention.pattern != "full":
            raise ValueError(
                "recurrence.memory_tokens needs attention.pattern=full (the sparse patterns "
                "do not cover keys from an earlier window); choose one of the two"
            )
        if self.recurrence.memory_tokens and self.loss.type == "longce":
            # LongCE's short-context forwards would not see the carried memory.
            raise ValueError(
                "recurrence.memory_tokens runs with loss.type=ce only; choose one of the two"
            )

        from training.config_checks import check_lengths_and_rope, check_values, check_warmup

        check_lengths_and_rope(self)
        check_values(self)
        check_warmup(self)

    @property
    def windows(self) -> list[int]:
        return [s.window for s in self.curriculum]

    def to_dict(self) -> dict:
        return _plain(dataclasses.asdict(self))


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _known(cls, values: dict, where: str) -> dict:
    """``values`` for ``cls(**values)``, every key known and of its field's type;
    raises ``ValueError`` naming the key (``optim.lr``, ``curriculum[1].steps``)."""
    if not isinstance(values, dict):
        raise ValueError(f"{where}: expected a mapping, got {values!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        # Clause flow_key_needs_space: YAML reads `{window:128}` (no space after the
        # colon, easy to type in a --set) as the one key 'window:128' with no value.
        glued = [k for k in unknown if isinstance(k, str) and k.split(":", 1)[0] in fields]
        hint = (
            f" (YAML reads {glued[0]!r} as one key: put a space after the colon, "
            f"{{{glued[0].split(':', 1)[0]}: {glued[0].split(':', 1)[1]}}})"
            if glued
            else ""
        )
        raise ValueError(f"{where}: unknown keys {unknown}; valid keys: {sorted(fields)}{hint}")
    prefix = "" if where == "config" else f"{where}."
    for name, value in values.items():
        _check_type(f"{prefix}{name}", str(fields[name].type), value)
    return values


_NUMBER = (int, float)


def _parses_as_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_type(key: str, annotation: str, value: Any) -> None:
    """Raise ``ValueError`` when a YAML value cannot be what the field's annotation
    says; annotations this does not know (nested sections, new kinds) pass."""
    options = [t.strip() for t in annotation.split("|")]
    if value is None and "None" in options:
        return
    kind = next((t for t in options if t != "None"), "")
    bad = None
    if kind == "bool" and not isinstance(value, bool):
        bad = "true or false"
        if isinstance(value, str):
            bad += f" without quotes (YAML reads {value!r} in quotes as text)"
    elif kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        bad = "a whole number"
    elif kind == "float" and (isinstance(value, bool) or not isinstance(value, _NUMBER)):
        if not (isinstance(value, str) and _parses_as_float(value)):  # "2e-4": YAML 1.1 text
            bad = "a number"
        elif not math.isfinite(float(value)):  # clause config_numbers_finite
            bad = "a finite number"
    elif kind == "float" and not math.isfinite(value):
        bad = "a finite number"
    elif kind == "str" and not isinstance(value, str):
        bad = "text"
    elif kind == "dict" and not isinstance(value, dict):
        bad = "a mapping"
    elif kind.startswith("tuple["):
        items = kind[len("tuple[") : -1].split(", ")
        if not isinstance(value, (list, tuple)):
            bad = "a list"
        elif items == ["str", "..."] and not all(isinstance(v, str) for v in value):
            bad = "a list of names"
        elif items == ["float", "float"] and (
            len(value) != 2
            or not all(isinstance(v, _NUMBER) and not isinstance(v, bool) for v in value)
            or not all(math.isfinite(v) for v in value)
        ):
            bad = "two numbers, e.g. [0.9, 0.999]"
    if bad:
        raise ValueError(f"{key}: expected {bad}, got {value!r} ({type(value).__name__})")


def set_dotted(tree: dict, key: str, value: Any) -> None:
    """``set_dotted(d, "optim.lr", 1e-4)`` sets ``d["optim"]["lr"]``, creating sections."""
    parts = key.split(".")
    node = tree
    for part in parts[:-1]:
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        if not isinstance(child, dict):
            raise ValueError(f"--set {key}: {part!r} is not a section")
        node = child
    node[parts[-1]] = value


def parse_override(text: str) -> tuple[str, Any]:
    """``"optim.lr=1e-4"`` -> ``("optim.lr", 1e-4)``; the value is parsed as YAML."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"--set expects key=value with a dotted key, got {text!r}")
    try:
        return key.strip(), yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ValueError(f"--set {text}: the value is not valid YAML ({problem})") from None


def load_config(path: str | None = None, overrides: list[str] = (), **explicit: Any) -> TrainConfig:
    """YAML file (default ``training/configs/default.yaml``), then ``--set`` overrides,
    then explicit keyword values that are not None."""
    path = path or DEFAULT_CONFIG
    try:
        with open(path, encoding="utf-8") as f:
            tree = yaml.safe_load(f) or {}
    except OSError as error:
        raise ValueError(f"--config {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" (line {where.line + 1}, column {where.column + 1})" if where else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ValueError(f"--config {path} is not valid YAML: {problem}{at}") from None
    if not isinstance(tree, dict):
        raise ValueError(
            f"--config {path}: expected a mapping of keys like `seed: 0`, got "
            f"{type(tree).__name__} (see training/configs/default.yaml)"
        )
    for text in overrides:
        set_dotted(tree, *parse_override(text))
    for key, value in explicit.items():
        if value is not None:
            tree[key] = value
    return TrainConfig(**_known(TrainConfig, tree, "config"))


def make_output_folder(path: str, flag: str = "--output") -> None:
    """Create the folder ``path`` (and its parents); ``ValueError`` saying why it cannot
    be. Called before a model is loaded, so a typo costs seconds, not a model load."""
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as error:
        raise ValueError(
            f"{flag} {path}: cannot create the folder ({error.strerror}); choose a folder "
            "you can write to"
        ) from None
