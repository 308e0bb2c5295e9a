"""Segment recurrence (Transformer-XL style): a document's windows trained in order,
each attending to keys and values carried over from the previous window.

**Order** (:mod:`training.recurrence_order`). The rows of a bucket form *chains*: the windows of one long document (rows
holding one piece, by ``chunk_index``), or a packed row alone. Each epoch the chains
are shuffled (seeded by ``(seed, window, epoch)``), concatenated and cut into ``S``
equal *streams*, ``S`` = rows per step over all ranks (Transformer-XL's batching).
At step ``t`` of a stage, slot ``s`` reads row ``t`` of its stream; the slot lives on
rank ``s mod W`` (as :func:`training.data.step_rows` deals rows) and in the same
micro-batch position there at every step, so its memory never moves. The order is a
pure function of ``(seed, window, step)``, so a resumed run reads the same rows. The
``< S`` rows an epoch's cut leaves over are skipped in that epoch.

**Memory.** When a slot's next row is the next window of the same document, this
row's forward keeps, in every layer, the keys and values of the ``M`` tokens that
directly precede the next window's first token (windows overlap, so they lie in this
row; fewer when this window starts later), detached: no gradient reaches them. The
next window attends to them before its own tokens; a chain's first window, a packed
row and a new stage start empty. The memory is exactly the text before the window:
the window's own overlap tokens are not repeated in it.

**Positions.** The window's ``position_ids`` are offset by its memory length ``m``,
and the memory keys, rotated by RoPE at the positions they had in the previous
forward, are rotated back to positions ``0 .. m-1`` (a RoPE rotation composes:
``R(a) R(b) = R(a + b)``). Attention then sees the same relative distances as in one
contiguous text while every position stays below ``M + window``, the range the model
is trained on, however long the document (Transformer-XL's reason for relative
positions).

**Sink.** With ``sink_tokens`` ``S`` > 0, a window with memory also attends to the
keys and values of its document's first ``S`` tokens (recorded by the document's first
window, detached, carried along with the memory and reset with it; those that lie in
the memory are not repeated). Models such as SmolLM2 park attention on the
sequence's first token (StreamingLLM's attention sink); a window fed memory from the
middle of a document has no such token and reads worse than with no memory at all
(docs/EVALUATION.md). The sink keys keep their document distance to every query
(rotated to ``s - (start - m)`` for a window starting at document token ``start``
with ``m`` tokens of memory), so the window sees exactly what full attention over
the document with that mask would see; that distance grows with the document, so
for documents longer than the model's positions it leaves the trained range. A chain
entered mid-document (a stream's first rows) has no sink until its next document.

**Mechanism.** transformers drops ``past_key_values`` under gradient checkpointing
(``GradientCheckpointingLayer``), and a cache that is updated would be written twice by
the recompute. So the memory travels as a keyword argument (``longctx_memory``), which
transformers hands down to the attention function registered here
(:func:`memory_attention`, through :func:`training.attention.switch_attention`): it
records this forward's slices (idempotent under recompute) and attends over
``[memory; window]`` with an explicit mask. Calls without the argument (evaluation)
go to the model's own implementation unchanged.

**Cost.** Attention over ``m + T`` keys with an explicit ``T x (m + T)`` boolean mask
(no causal kernel shortcut) for a micro-batch with memory; kept between steps and in
checkpoints: ``2 x layers x kv_heads x head_dim x (M + S)`` floats per row
(SmolLM2-135M, M = 1024: 47 MB).
"""

from __future__ import annotations

import functools
import sys

import numpy as np
import torch

from training.attention import document_segments, replaced_function, switch_attention
from training.data import micro_batches
from training.recurrence_order import StreamOrder, read_row_info

MEMORY_KWARG = "longctx_memory"


# --------------------------------------------------------------------------
# Memory of one micro-batch, and the attention function that uses it
# --------------------------------------------------------------------------
def rope_rotation(model):
    """``rotate(keys [B, H, M, D], shift [B])``: RoPE-rotated keys moved ``shift``
    positions back, with the model's own rotary embedding and rotation convention."""
    from training.modeling import causal_lm

    lm = causal_lm(model)
    rotary = lm.model.rotary_emb
    attention = lm.model.layers[0].self_attn
    apply = sys.modules[type(attention).__module__].apply_rotary_pos_emb

    def rotate(keys: torch.Tensor, shift: torch.Tensor) -> torch.Tensor:
        batch, _, length, _ = keys.shape
        positions = (-shift).to(keys.device)[:, None].expand(batch, length)
        cos, sin = rotary(keys, positions)
        scale = rotary.attention_scaling  # cos/sin carry it (YaRN); a pure rotation does not
        return apply(keys, keys, cos / scale, sin / scale)[1]

    return rotate


class Memory:
    """What one micro-batch reads (``keys``/``values`` per layer, ``lengths`` per row,
    right-aligned; the document's first tokens in ``sink_keys``/``sink_values``,
    ``sink_lengths`` per row, left-aligned) and records for its slots' next rows
    (``slices`` per row; the sink of each row that carries memory). ``starts``: each
    row's first token in its document (needed when ``sink`` > 0)."""

    def __init__(
        self,
        rotate,
        slices: list[tuple[int, int]],
        previous: Memory | None = None,
        sink: int = 0,
        starts: list[int] | None = None,
    ):
        self.rotate, self.slices, self.sink = rotate, slices, sink
        self.keys, self.values, self.lengths = {}, {}, None
        self.sink_keys, self.sink_values, self.sink_lengths = {}, {}, None
        if previous is not None and previous.next_lengths is not None:
            self.keys, self.values = previous.next_keys, previous.next_values
            self.lengths = previous.next_lengths
            if previous.next_sink_lengths is not None:
                self.sink_keys = previous.next_sink_keys
                self.sink_values = previous.next_sink_values
                self.sink_lengths = previous.next_sink_lengths
        if sink and starts is None:
            raise ValueError("Memory with a sink needs each row's first document token (starts)")
        self.starts = None if starts is None else torch.tensor(starts, dtype=torch.long)
        self.next_keys: dict[int, torch.Tensor] = {}
        self.next_values: dict[int, torch.Tensor] = {}
        width = max((hi - lo for lo, hi in slices), default=0)
        self.next_lengths = torch.tensor([hi - lo for lo, hi in slices]) if width else None
        self.next_sink_keys: dict[int, torch.Tensor] = {}
        self.next_sink_values: dict[int, torch.Tensor] = {}
        self.next_sink_lengths: torch.Tensor | None = None

    @torch.no_grad()
    def record(self, layer: int, key, value, position_ids) -> None:
        if self.next_lengths is None:
            return
        width = int(self.next_lengths.max())
        shape = (key.shape[0], key.shape[1], width, key.shape[3])
        keys, values = key.new_zeros(shape), value.new_zeros(shape)
        shift = torch.zeros(key.shape[0], dtype=torch.long)
        for b, (lo, hi) in enumerate(self.slices):
            if hi > lo:
                keys[b, :, width - (hi - lo) :] = key[b, :, lo:hi]
                values[b, :, width - (hi - lo) :] = value[b, :, lo:hi]
                # back to positions 0 .. hi-lo-1 (the padding slots before: negative)
                shift[b] = int(position_ids[min(b, position_ids.shape[0] - 1), lo])
        self.next_keys[layer] = self.rotate(keys, shift)
        self.next_values[layer] = values
        if self.sink:
            self._record_sink(layer, key, value, position_ids)

    def _record_sink(self, layer: int, key, value, position_ids) -> None:
        """The next rows' sink: carried on from this row's, or this row's first
        ``sink`` tokens when it starts its document, stored at their document
        positions ``0 .. sink-1``; none for a row that carries no memory."""
        shape = (key.shape[0], key.shape[1], self.sink, key.shape[3])
        keys, values = key.new_zeros(shape), value.new_zeros(shape)
        counts = torch.zeros(key.shape[0], dtype=torch.long)
        shift = torch.zeros(key.shape[0], dtype=torch.long)
        for b, (lo, hi) in enumerate(self.slices):
            if hi <= lo:
                continue
            if self.sink_lengths is not None and self.sink_lengths[b] > 0:
                counts[b] = self.sink_lengths[b]
                keys[b] = self.sink_keys[layer][b].to(key)
                values[b] = self.sink_values[layer][b].to(value)
            elif self.starts[b] == 0:
                counts[b] = n = min(self.sink, key.shape[2])
                keys[b, :, :n], values[b, :, :n] = key[b, :, :n], value[b, :, :n]
                shift[b] = int(position_ids[min(b, position_ids.shape[0] - 1), 0])
        self.next_sink_keys[layer] = self.rotate(keys, shift) if shift.any() else keys
        self.next_sink_values[layer] = values
        self.next_sink_lengths = counts

    def sink_attention(self, layer: int, device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The sink's keys and values moved into this forward's frame (the memory's
        first token at position 0, so the sink keeps its document distance to every
        query) and ``[B, sink]`` which of them a row sees: the first ``sink_lengths``
        that lie before its memory (a sink token inside the memory is not repeated)."""
        shift = self.starts.to(device) - self.lengths.to(device)  # memory's first token
        keys = self.rotate(self.sink_keys[layer], shift)
        visible = torch.minimum(self.sink_lengths.to(device), shift).clamp(min=0)
        valid = torch.arange(keys.shape[2], device=device) < visible[:, None]
        return keys, self.sink_values[layer], valid

    def offset(self, position_ids: torch.Tensor) -> torch.Tensor:
        """Window positions after the memory: shifted by each row's memory length."""
        if self.lengths is None:
            return position_ids
        return position_ids + self.lengths.to(position_ids.device)[:, None]

    def state(self) -> dict:
        return {
            "lengths": self.next_lengths,
            "keys": {k: v.cpu() for k, v in self.next_keys.items()},
            "values": {k: v.cpu() for k, v in self.next_values.items()},
            "sink_lengths": self.next_sink_lengths,
            "sink_keys": {k: v.cpu() for k, v in self.next_sink_keys.items()},
            "sink_values": {k: v.cpu() for k, v in self.next_sink_values.items()},
        }

    @classmethod
    def from_state(cls, rotate, saved: dict) -> Memory:
        """A memory whose ``next_*`` is a saved :meth:`state` (to be read by the next step)."""
        memory = cls(rotate, [])
        memory.next_lengths = saved["lengths"]
        memory.next_keys, memory.next_values = saved["keys"], saved["values"]
        memory.next_sink_lengths = saved.get("sink_lengths")
        memory.next_sink_keys = saved.get("sink_keys", {})
        memory.next_sink_values = saved.get("sink_values", {})
        return memory


def memory_attention(
    module, query, key, value, attention_mask, scaling=None, dropout=0.0, *, replaced, **kwargs
):
    """``AttentionInterface`` function: ``[memory; window]`` attention when the call
    carries a :class:`Memory`, the ``replaced`` implementation otherwise."""
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    memory = kwargs.pop(MEMORY_KWARG, None)
    if memory is None:
        return replaced_function(module, replaced)(
            module, query, key, value, attention_mask, scaling=scaling, dropout=dropout, **kwargs
        )
    position_ids = kwargs.get("position_ids")
    memory.record(module.layer_idx, key, value, position_ids)
    if memory.lengths is None:  # nothing carried in: exactly the usual forward
        return replaced_function(module, replaced)(
            module, query, key, value, attention_mask, scaling=scaling, dropout=dropout, **kwargs
        )
    batch, _, length, _ = query.shape
    segment, _ = document_segments(position_ids, batch, length, query.device)
    causal = torch.ones(length, length, dtype=torch.bool, device=query.device).tril()
    allowed = causal & (segment[:, :, None] == segment[:, None, :])
    past_keys, past_values = memory.keys[module.layer_idx], memory.values[module.layer_idx]
    width = past_keys.shape[2]
    lengths = memory.lengths.to(query.device)
    valid = torch.arange(width, device=query.device) >= width - lengths[:, None]  # [B, M]
    # Memory continues the row's first document only (packed rows carry none anyway).
    sees_memory = valid[:, None, :] & (segment == 0)[:, :, None]
    keys, values = [past_keys.to(key), key], [past_values.to(value), value]
    masks = [sees_memory, allowed]
    if memory.sink_lengths is not None:  # the document's first tokens, before the memory
        sink_keys, sink_values, sink_valid = memory.sink_attention(module.layer_idx, query.device)
        keys, values = [sink_keys.to(key), *keys], [sink_values.to(value), *values]
        masks = [sink_valid[:, None, :] & (segment == 0)[:, :, None], *masks]
    mask = torch.cat(masks, dim=2)[:, None]
    return sdpa_attention_forward(
        module,
        query,
        torch.cat(keys, dim=2),
        torch.cat(values, dim=2),
        mask,
        dropout=dropout,
        scaling=scaling,
    )


def use_memory_attention(model) -> str:
    return switch_attention(
        model, "recurrence", functools.partial(memory_attention), "recurrence.memory_tokens"
    )


# --------------------------------------------------------------------------
# The recipe's side
# --------------------------------------------------------------------------
class SegmentRecurrence:
    """Rows, memory and state for the recipe; one per rank."""

    def __init__(
        self, model, data_dir, manifest, plans, memory_tokens, seed, rank, world, sink_tokens=0
    ):
        from training.modeling import causal_lm, check_context

        config = causal_lm(model).config
        if (getattr(config, "rope_parameters", None) or {}).get("rope_type") == "dynamic":
            raise ValueError(
                "recurrence.memory_tokens does not work with rope.type=dynamic (its frequencies "
                "change with the length, so carried keys cannot be re-positioned); use linear or yarn"
            )
        check_context(config, [p.window + memory_tokens for p in plans])
        use_memory_attention(model)
        self.rotate = rope_rotation(model)
        self.memory_tokens, self.rank, self.world = memory_tokens, rank, world
        self.sink_tokens = sink_tokens
        self.orders = {
            p.window: StreamOrder(
                read_row_info(data_dir, manifest, p.window), seed, p.window, p.rows_per_step
            )
            for p in plans
        }
        self.memories: list[Memory] = []
        self.position: tuple[int, int] | None = None  # (stage, step in stage) of self.memories

    def step_rows(self, plan, step_in_stage: int) -> list[int]:
        """This rank's rows at ``step_in_stage``, and the memory its micro-batches use."""
        order = self.orders[plan.window]
        rows = order.rows(step_in_stage, self.rank, self.world)
        last = step_in_stage + 1 == plan.steps
        following = rows if last else order.rows(step_in_stage + 1, self.rank, self.world)
        slices = [
            (0, 0) if last else order.carried(r, n, self.memory_tokens)
            for r, n in zip(rows, following, strict=True)
        ]
        carried_in = self.memories if self.position == (plan.index, step_in_stage) else []
        groups = micro_batches(list(range(len(rows))), plan.micro_batch_size)
        starts = order.info["token_start"]
        self.memories = [
            Memory(
                self.rotate,
                [slices[i] for i in group],
                carried_in[k] if k < len(carried_in) else None,
                sink=self.sink_tokens,
                starts=[int(starts[rows[i]]) for i in group],
            )
            for k, group in enumerate(groups)
        ]
        self.position = (plan.index, step_in_stage + 1)
        return rows

    def model_inputs(self, index: int, inputs: dict) -> dict:
        """Micro-batch ``index``'s model inputs with its memory and offset positions."""
        memory = self.memories[index]
        position_ids = memory.offset(inputs["position_ids"])
        return {**inputs, "position_ids": position_ids, MEMORY_KWARG: memory}

    def state_dict(self) -> dict:
        return {"position": self.position, "memories": [m.state() for m in self.memories]}

    def load_state_dict(self, state: dict) -> None:
        self.position = tuple(state["position"]) if state["position"] else None
        self.memories = [Memory.from_state(self.rotate, saved) for saved in state["memories"]]


def segment_recurrence(model, config, manifest, plans, rank, world) -> SegmentRecurrence | None:
    """The recipe's :class:`SegmentRecurrence`, or None when ``recurrence.memory_tokens``
    is 0 (training is then exactly as without this module)."""
    if not config.recurrence.memory_tokens:
        return None
    return SegmentRecurrence(
        model,
        config.data,
        manifest,
        plans,
        config.recurrence.memory_tokens,
        config.seed,
        rank,
        world,
        config.recurrence.sink_tokens,
    )


# --------------------------------------------------------------------------
# Evaluation: a document read window after window, with memory
# --------------------------------------------------------------------------
@torch.no_grad()
def recurrent_losses(
    model,
    ids,
    window: int,
    memory_tokens: int,
    device,
    autocast=None,
    chunk: int = 1024,
    sink_tokens: int = 0,
) -> np.ndarray:
    """Next-token losses (nats) of ``ids[1:]``, reading ``ids`` in consecutive,
    non-overlapping windows of ``window`` tokens, each attending to the keys and values
    of the last ``memory_tokens`` tokens of the window before it (0: no memory). The
    first token of a window is predicted from the previous window's last position, so
    every token from the second on is scored exactly once. With ``sink_tokens`` ``S``,
    every window after the first also sees the text's first ``S`` tokens (at their
    text positions) where its memory does not hold them. ``model`` must have gone
    through :func:`use_memory_attention`."""
    import contextlib

    import torch.nn.functional as F

    from training.modeling import causal_lm

    lm = causal_lm(model)
    autocast = autocast or contextlib.nullcontext
    head = lm.get_output_embeddings()
    rotate = rope_rotation(model)
    x = torch.as_tensor(np.asarray(ids), dtype=torch.long, device=device)
    n, out, previous = len(x), [], None
    for start in range(0, n - 1, window):
        piece = x[start : start + window]
        carry = memory_tokens and start + window < n - 1
        memory = Memory(
            rotate,
            [(max(0, len(piece) - memory_tokens), len(piece))] if carry else [],
            previous,
            sink=sink_tokens if memory_tokens else 0,
            starts=[start],
        )
        positions = memory.offset(torch.arange(len(piece), device=device)[None])
        with autocast():
            hidden = lm.model(
                input_ids=piece[None],
                position_ids=positions,
                use_cache=False,
                **{MEMORY_KWARG: memory},
            ).last_hidden_state[0]
        targets = x[start + 1 : start + len(piece) + 1]
        hidden = hidden[: len(targets)]
        for i in range(0, len(targets), chunk):
            with autocast():
                logits = head(hidden[i : i + chunk]).float()
            out.append(F.cross_entropy(logits, targets[i : i + chunk], reduction="none"))
        previous = memory
    return torch.cat(out).double().cpu().numpy() if out else np.zeros(0)
