"""Sparse attention in training: LongLoRA's shifted sparse attention (``s2``) and a
Longformer-style sliding window (``sliding``), through transformers' attention registry.

:func:`use_attention_pattern` registers one attention function under a name derived
from the settings (``AttentionInterface.register``) and switches the model to it
(``set_attn_implementation``): no model code is copied or patched, and any model
whose attention layers call ``ALL_ATTENTION_FUNCTIONS`` (the Llama family) works.
The function applies the pattern only while the attention module is in training
mode. In eval mode (the recipe's validation loss, generation) it hands the call,
with the mask transformers built for it, to the model's original implementation
(``sdpa``, ``eager``, ...), so evaluation is full attention, as in LongLoRA;
:func:`use_full_attention` switches back before the adapter is merged and saved.

Who attends to whom. ``q`` and ``k`` are row indices, always ``k <= q`` and both in
the same document; documents are the runs of consecutive ``position_ids`` (how
transformers finds packed sequences), so packed documents never see each other.

* ``s2``, group ``G``: heads ``[0, H//2)`` attend within the groups
  ``[iG, (i+1)G)`` of the row; heads ``[H//2, H)`` within the groups shifted by half
  a group, ``[0, G/2), [G/2, 3G/2), ...``. These are the groups of LongLoRA's
  flash-attention path (``cu_seqlens`` at ``G/2`` offsets for the second half of the
  heads); its ``torch.roll`` variant instead puts the row's last half group and its
  first one in one group, so the last tokens see the first ones; not here.
  *Equality with full attention, exactly:* the output of token ``q`` equals full
  attention's iff, in both head halves, its group holds every earlier token of its
  document: ``(q + s) // G == (d + s) // G`` for ``s = 0`` and ``s = G/2``, where ``d``
  is the row index of its document's first token. So a one-document row of
  ``T <= G/2`` tokens is computed exactly as full attention, and for any row the
  tokens ``q < G/2`` of its first document are.
* ``sliding``, window ``W``, ``N`` global tokens: ``q - k < W`` (the token and the
  ``W - 1`` before it), or ``k`` is among the first ``N`` tokens of its document.

Computed blockwise, never as a ``T x T`` mask. ``s2``: each head half is cut at its
group edges and the groups become the batch of one ``scaled_dot_product_attention``
call per group size, with ``is_causal`` (rows without packing) or a ``[G, G]`` boolean
mask per group (packed rows). ``sliding``: query blocks of ``B = ceil(W/2)`` tokens
attend to their ``W + B`` band keys plus the ``N`` global keys of the document their
band starts in (only those before the band: a key is never counted twice), with a
``[B, W + B + N]`` boolean mask per block.

Cost per head and row of ``T`` tokens (pairs scored): full causal attention
``~T^2/2`` (fused kernels skip the masked half); ``s2`` ``T*G/2`` unpacked, ``T*G``
packed; ``sliding`` ``T*(W + B + N) ~ T*(1.5 W + N)``. Extra memory: ``sliding``
copies K and V into overlapping blocks, ``(W + B + N) / B ~ 3x``, per layer, transient.
"""

from __future__ import annotations

import functools
import sys
import zlib

import torch
import torch.nn.functional as F

from training.config import AttentionSettings

# sliding: query blocks of ceil(window / BAND_BLOCKS) tokens, so each block's band keys
# span window + block; more blocks waste fewer masked pairs but copy K/V more often.
BAND_BLOCKS = 2
# registered name -> the implementation it replaced (for eval mode and for switching back)
_REPLACED: dict[str, str] = {}


# --------------------------------------------------------------------------
# Documents of a row, and the dense rule (the reference the tests compare to)
# --------------------------------------------------------------------------
def document_segments(
    position_ids: torch.Tensor | None, batch: int, length: int, device=None
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(segment, first)``, both ``[batch, length]`` int64: each token's document index
    within its row (a new document wherever ``position_ids`` does not continue by +1)
    and the row index of its document's first token."""
    index = torch.arange(length, device=device).expand(batch, length)
    if position_ids is None:
        return torch.zeros(batch, length, dtype=torch.long, device=device), torch.zeros_like(index)
    pos = position_ids.to(device).expand(batch, length)
    starts = torch.ones(batch, length, dtype=torch.bool, device=device)
    starts[:, 1:] = pos[:, 1:] != pos[:, :-1] + 1
    segment = starts.long().cumsum(-1) - 1
    first = torch.where(starts, index, torch.zeros_like(index)).cummax(-1).values
    return segment, first


def pattern_mask(
    settings: AttentionSettings, position_ids: torch.Tensor | None, num_heads: int, length: int
) -> torch.Tensor:
    """The pattern as a dense boolean mask ``[batch, heads, T, T]`` (True: may attend).

    The definition the blockwise kernels implement; ``O(T^2)``, for tests and small
    inputs only.
    """
    batch = 1 if position_ids is None else position_ids.shape[0]
    segment, first = document_segments(position_ids, batch, length)
    i = torch.arange(length)
    q, k = i[:, None], i[None, :]
    allowed = (k <= q) & (segment[:, :, None] == segment[:, None, :])  # [B, T, T]
    allowed = allowed[:, None].expand(batch, num_heads, length, length)
    if settings.pattern == "s2":
        g = settings.group
        shift = torch.where(torch.arange(num_heads) >= num_heads // 2, g // 2, 0)[:, None, None]
        same_group = (q[None] + shift) // g == (k[None] + shift) // g  # [H, T, T]
        allowed = allowed & same_group[None]
    elif settings.pattern == "sliding":
        doc_position = i[None] - first  # [B, T]
        near = (q - k < settings.window)[None] | (doc_position < settings.global_tokens)[:, None, :]
        allowed = allowed & near[:, None]
    return allowed


# --------------------------------------------------------------------------
# Blockwise kernels
# --------------------------------------------------------------------------
def _kv_heads(key, value, first: int, end: int, groups: int):
    """K/V for query heads ``[first, end)`` of a GQA layer (``groups`` query heads per
    K/V head): a slice with ``enable_gqa`` when the range is aligned, else a gather."""
    if first % groups == 0 and end % groups == 0:
        return key[:, first // groups : end // groups], value[:, first // groups : end // groups]
    index = torch.arange(first, end, device=key.device) // groups
    return key.index_select(1, index), value.index_select(1, index)


def _causal_groups(q, k, v, segment, count: int, size: int, scale, dropout):
    """Causal attention inside ``count`` consecutive groups of ``size`` tokens (the whole
    of ``q``, ``k``, ``v``: ``[B, heads, count * size, D]``); returns the same shape."""
    batch, heads, _, dim = q.shape

    def groups(x):
        x = x.reshape(batch, x.shape[1], count, size, dim).transpose(1, 2)
        return x.reshape(batch * count, x.shape[2], size, dim)

    seg = segment.reshape(batch * count, size)
    packed = bool((seg != seg[:, :1]).any())
    mask = None
    if packed:  # some group holds two documents: mask them apart
        causal = torch.ones(size, size, dtype=torch.bool, device=q.device).tril()
        mask = ((seg[:, :, None] == seg[:, None, :]) & causal)[:, None]
    out = F.scaled_dot_product_attention(
        groups(q),
        groups(k),
        groups(v),
        attn_mask=mask,
        dropout_p=dropout,
        is_causal=not packed,
        scale=scale,
        enable_gqa=k.shape[1] != q.shape[1],
    )
    out = out.reshape(batch, count, heads, size, dim).transpose(1, 2)
    return out.reshape(batch, heads, count * size, dim)


def _shifted_groups(q, k, v, segment, group: int, shift: int, scale, dropout):
    """Causal attention within the groups ``[shift + iG, shift + (i+1)G)`` clipped to the row."""
    length = q.shape[2]
    lead = min(shift, length)
    full = (length - lead) // group
    tail = length - lead - full * group
    # A leading part group, the full groups, a trailing part group. ``split`` rather
    # than slicing: its backward concatenates, where a slice's fills a zero tensor.
    spans = [(count, n // count) for n, count in ((lead, 1), (full * group, full), (tail, 1)) if n]
    sizes = [count * size for count, size in spans]
    parts = zip(
        *(x.split(sizes, dim=2) for x in (q, k, v)), segment.split(sizes, dim=1), strict=True
    )
    return torch.cat(
        [
            _causal_groups(pq, pk, pv, ps, count, size, scale, dropout)
            for (pq, pk, pv, ps), (count, size) in zip(parts, spans, strict=True)
        ],
        dim=2,
    )


def s2_attention(query, key, value, segment, group: int, scale=None, dropout: float = 0.0):
    """Shifted sparse attention; ``query [B, H, T, D]``, ``key``/``value`` ``[B, Hkv, T, D]``,
    ``segment [B, T]`` (:func:`document_segments`). Returns ``[B, H, T, D]``."""
    heads = query.shape[1]
    groups = heads // key.shape[1]
    half = heads // 2
    halves = [(0, half, 0), (half, heads, group // 2)]
    halves = [h for h in halves if h[0] < h[1]]
    queries = query.split([end - first for first, end, _ in halves], dim=1)
    out = []
    for q, (first, end, shift) in zip(queries, halves, strict=True):
        k, v = _kv_heads(key, value, first, end, groups)
        out.append(_shifted_groups(q, k, v, segment, group, shift, scale, dropout))
    return torch.cat(out, dim=1)


def sliding_attention(
    query,
    key,
    value,
    segment,
    first,
    window: int,
    global_tokens: int,
    scale=None,
    dropout: float = 0.0,
):
    """Causal band of ``window`` tokens plus the first ``global_tokens`` of each document;
    shapes as :func:`s2_attention`, ``first [B, T]`` from :func:`document_segments`."""
    batch, heads, length, dim = query.shape
    kv_heads, device = key.shape[1], query.device
    block = -(-window // BAND_BLOCKS)
    before = BAND_BLOCKS * block  # band keys of block i: [i*block - before, (i+1)*block)
    n = -(-length // block)
    back = n * block - length
    span = before + block

    q = F.pad(query, (0, 0, 0, back)).reshape(batch, heads, n, block, dim).transpose(1, 2)

    def band(x):  # [B, Hkv, T, D] -> [B, n, Hkv, span, D]: blocks i-b .. i of the row
        x = F.pad(x, (0, 0, before, back)).reshape(batch, kv_heads, -1, block, dim)
        x = x.transpose(1, 2)
        return torch.cat([x[:, j : j + n] for j in range(BAND_BLOCKS + 1)], dim=3)

    def band_of(x, fill):  # [B, T] -> [B, n, span]
        x = F.pad(x, (before, back), value=fill).reshape(batch, -1, block)
        return torch.cat([x[:, j : j + n] for j in range(BAND_BLOCKS + 1)], dim=2)

    k, v = band(key), band(value)
    doc_position = torch.arange(length, device=device) - first
    seg_q = F.pad(segment, (0, back), value=-1).reshape(batch, n, block)
    seg_k = band_of(segment, -1)  # padding is a document of its own
    pos_k = band_of(doc_position, global_tokens)
    band_start = torch.arange(n, device=device) * block - before
    # q - k for query a and band key c of any block: (i*block + a) - (i*block - before + c)
    offset = (
        torch.arange(block, device=device)[:, None] + before - torch.arange(span, device=device)
    )
    near = (offset < window) | (pos_k < global_tokens)[:, :, None, :]
    mask = (offset >= 0) & near & (seg_q[..., :, None] == seg_k[..., None, :])
    if global_tokens:
        # The first tokens of the document the band starts in, where they lie before
        # the band: the only keys outside the band a query of this block may see.
        anchor = first[:, band_start.clamp(min=0)]  # [B, n]
        g_index = anchor[..., None] + torch.arange(global_tokens, device=device)  # [B, n, N]
        g_valid = g_index < band_start[None, :, None]
        g_index = g_index.clamp(max=length - 1)
        rows = torch.arange(batch, device=device)[:, None, None]

        def gather(x):  # [B, Hkv, T, D] -> [B, n, Hkv, N, D]
            return x.transpose(1, 2)[rows, g_index].permute(0, 1, 3, 2, 4)

        g_mask = g_valid[..., None, :] & (
            seg_q[..., :, None] == segment[rows, g_index][..., None, :]
        )
        k = torch.cat([gather(key), k], dim=3)
        v = torch.cat([gather(value), v], dim=3)
        mask = torch.cat([g_mask, mask], dim=3)
    keys = k.shape[3]
    out = F.scaled_dot_product_attention(
        q.reshape(batch * n, heads, block, dim),
        k.reshape(batch * n, kv_heads, keys, dim),
        v.reshape(batch * n, kv_heads, keys, dim),
        attn_mask=mask.reshape(batch * n, 1, block, keys),
        dropout_p=dropout,
        scale=scale,
        enable_gqa=kv_heads != heads,
    )
    out = out.reshape(batch, n, heads, block, dim).transpose(1, 2).reshape(batch, heads, -1, dim)
    return out[:, :, :length]


# --------------------------------------------------------------------------
# The registered attention function
# --------------------------------------------------------------------------
def replaced_function(module, replaced: str):
    """The attention function ``replaced`` names, as the model's layer would pick it."""
    from transformers import AttentionInterface

    eager = getattr(sys.modules[type(module).__module__], "eager_attention_forward", None)
    return AttentionInterface().get_interface(replaced, eager)


def pattern_attention(
    module,
    query,
    key,
    value,
    attention_mask,
    scaling=None,
    dropout: float = 0.0,
    *,
    settings: AttentionSettings,
    replaced: str,
    **kwargs,
):
    """An ``AttentionInterface`` function: ``settings.pattern`` in training mode, the
    ``replaced`` implementation otherwise. Returns ``([B, T, H, D], None)``."""
    if not module.training:
        full = replaced_function(module, replaced)
        return full(
            module, query, key, value, attention_mask, scaling=scaling, dropout=dropout, **kwargs
        )
    if kwargs.get("softcap") is not None:
        raise ValueError(f"attention.pattern={settings.pattern} does not support logit softcapping")
    batch, _, length, _ = query.shape
    if key.shape[2] != length:
        raise ValueError(
            f"attention.pattern={settings.pattern} trains without a KV cache "
            f"(got {key.shape[2]} keys for {length} queries)"
        )
    segment, first = document_segments(kwargs.get("position_ids"), batch, length, query.device)
    if settings.pattern == "s2":
        out = s2_attention(query, key, value, segment, settings.group, scaling, dropout)
    else:
        out = sliding_attention(
            query,
            key,
            value,
            segment,
            first,
            settings.window,
            settings.global_tokens,
            scaling,
            dropout,
        )
    return out.transpose(1, 2).contiguous(), None


def register_attention(tag: str, function, replaced: str) -> str:
    """Register ``function`` (an ``AttentionInterface`` function that takes ``replaced``:
    the implementation to hand over to) under a name derived from ``tag``; returns it.
    The same tag and ``replaced`` give the same name, so registering twice is harmless."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS

    name = f"longctx_{zlib.crc32(repr((tag, replaced)).encode()):08x}"
    AttentionInterface.register(name, functools.partial(function, replaced=replaced))
    # Where the function hands over, transformers must have built the mask it expects.
    if replaced in ALL_MASK_ATTENTION_FUNCTIONS:
        ALL_MASK_ATTENTION_FUNCTIONS.register(name, ALL_MASK_ATTENTION_FUNCTIONS[replaced])
    _REPLACED[name] = replaced
    return name


def switch_attention(model, tag: str, function, what: str) -> str:
    """Register ``function`` (see :func:`register_attention`) and switch ``model`` (peft /
    DDP wrappers allowed) to it; ``what`` names the option in the error message."""
    from training.modeling import causal_lm

    lm = causal_lm(model)
    if not lm._can_set_attn_implementation():
        raise ValueError(
            f"{what} needs a model whose attention goes through transformers' "
            f"AttentionInterface (the Llama family); {type(lm).__name__} does not"
        )
    replaced = lm.config._attn_implementation
    name = register_attention(tag, function, _REPLACED.get(replaced, replaced))
    lm.set_attn_implementation(name)
    return name


def use_attention_pattern(model, settings: AttentionSettings) -> str | None:
    """Switch ``model`` to ``settings.pattern`` for training; returns the registered
    name, or None for ``full`` (nothing changes)."""
    if settings.pattern == "full":
        return None
    function = functools.partial(pattern_attention, settings=settings)
    return switch_attention(
        model, repr(settings), function, f"attention.pattern={settings.pattern}"
    )


def use_full_attention(model) -> None:
    """Undo :func:`switch_attention` (before merging / saving the model)."""
    from training.modeling import causal_lm

    lm = causal_lm(model)
    replaced = _REPLACED.get(lm.config._attn_implementation)
    if replaced is not None:
        lm.set_attn_implementation(replaced)
