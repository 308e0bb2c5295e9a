"""Data parallelism for the recipe: DDP or FSDP2 (``distributed.strategy``).

    torchrun --nproc_per_node N -m training.recipe ... --set distributed.strategy=fsdp

Both give every rank different rows and the same optimizer step; they differ in
what each rank holds (docs/SCALING.md has the arithmetic):

* ``ddp``: every rank holds the whole model, its gradients and optimizer states;
  gradients are all-reduced once per step (the last micro-batch).
* ``fsdp``: ``torch.distributed.fsdp.fully_shard`` (FSDP2) on every decoder layer
  (the model's ``_no_split_modules``) and on the root. Each parameter, frozen base
  weights included, is a ``DTensor`` sharded over the ranks on dim 0; a layer's
  full weights exist only while it runs (all-gather before forward and again
  before backward when ``reshard_after_forward``), gradients are reduce-scattered
  so each rank keeps the gradient and AdamW state of its shard only. Gradient
  accumulation skips the reduce-scatter until the step's last micro-batch
  (``set_requires_gradient_sync``), like DDP's ``no_sync``.

Both average gradients over ranks, so the recipe's ``world / step_scored_tokens``
scale makes the step a per-token mean either way.

Checkpoints gather full tensors (:func:`full_tensor`): a LoRA run's trainable state
is a few MB, so one all-gather at save time costs nothing, and the checkpoint keeps
the single-process format: an FSDP checkpoint resumes under DDP or in one process
(same world size for the RNG files) and the adapter is the usual peft folder.
``torch.distributed.checkpoint`` (each rank writes its shards) pays off only when
the trainable state does not fit one host's memory: full fine-tuning of a large
model, which this recipe does not do.
"""

from __future__ import annotations

import contextlib
import gc
import os

import torch
from torch import nn

from training.config import DistributedSettings
from training.teardown import (  # noqa: F401  the end's names, re-exported (session 54 split)
    ENDED_DDP,
    ENDED_FSDP,
    ENDED_GROUP,
    ENDED_MESH,
    FSDP_HOME,
    THREADS_LEFT,
    EndedGroupError,
    drop_group_holders,
    drop_reducer,
    gloo_threads,
    live_ddp_modules,
    registered_groups,
    say_if_ended,
    warn_threads_left,
)


def _dtensor():
    from torch.distributed.tensor import DTensor

    return DTensor


def is_sharded(module: nn.Module) -> bool:
    """True when ``module`` (or a submodule) was wrapped by ``fully_shard``."""
    from torch.distributed.fsdp import FSDPModule

    return any(isinstance(m, FSDPModule) for m in module.modules())


def decoder_layers(model: nn.Module) -> list[nn.Module]:
    """The transformer blocks inside ``model`` (a loss module, peft model, HF model):
    modules whose class is in an HF model's ``_no_split_modules`` (what
    accelerate's FSDP wrapping uses)."""
    names = {n for m in model.modules() for n in (getattr(m, "_no_split_modules", None) or ())}
    layers = [m for m in model.modules() if type(m).__name__ in names]
    if not layers:
        raise ValueError(
            "distributed.strategy=fsdp: no decoder layers found (no HF _no_split_modules "
            "in the model); use distributed.strategy=ddp for this model"
        )
    return layers


def wrap(
    loss_module: nn.Module, settings: DistributedSettings, world: int, device: torch.device
) -> nn.Module:
    """``loss_module`` ready for ``world`` ranks (unchanged in one process)."""
    if world == 1:
        return loss_module
    if settings.strategy == "ddp":
        return nn.parallel.DistributedDataParallel(loss_module)
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import fully_shard

    mesh = init_device_mesh(device.type, (world,))
    reshard = settings.reshard_after_forward
    for layer in decoder_layers(loss_module):
        fully_shard(layer, mesh=mesh, reshard_after_forward=reshard)
    fully_shard(loss_module, mesh=mesh, reshard_after_forward=reshard)
    return loss_module


def gradient_sync(module: nn.Module, sync: bool):
    """Context for one micro-batch's forward + backward: gradients are reduced
    across ranks only when ``sync`` (the step's last micro-batch)."""
    if isinstance(module, nn.parallel.DistributedDataParallel):
        return contextlib.nullcontext() if sync else module.no_sync()
    if hasattr(module, "set_requires_gradient_sync"):  # FSDP2
        module.set_requires_gradient_sync(sync)
    return contextlib.nullcontext()


def forward_is_collective(module: nn.Module) -> bool:
    """True when every rank must run each forward together (FSDP all-gathers
    weights in forward; DDP's forward, unwrapped for evaluation, does not)."""
    return is_sharded(module)


def full_tensor(t: torch.Tensor) -> torch.Tensor:
    """The whole tensor: all-gathered from the ranks for a sharded ``DTensor``
    (a collective: every rank must call it, in the same order), else ``t``.

    Clause ended_fsdp_says_so (session 53): a ``DTensor`` whose group is gone (no group
    initialized: :func:`end_distributed` ran) is :data:`ENDED_FSDP`, not torch's "Could
    not resolve the process group registered under the name 0"."""
    if not isinstance(t, _dtensor()):
        return t
    say_if_ended([t])
    return t.full_tensor()


def like(value: torch.Tensor, param: torch.Tensor) -> torch.Tensor:
    """``value`` (a full tensor) placed like ``param``: this rank's shard of it as a
    ``DTensor`` when ``param`` is sharded, else ``value`` itself."""
    if not isinstance(param, _dtensor()) or value.shape != param.shape:
        return value
    from torch.distributed.tensor import distribute_tensor

    # Every rank loaded the same file, so each takes its own shard without messages.
    return distribute_tensor(
        value.to(param.device), param.device_mesh, param.placements, src_data_rank=None
    )


def full_optimizer_state(optimizer: torch.optim.Optimizer) -> dict:
    """``optimizer.state_dict()`` with every sharded state tensor gathered
    (collective under FSDP): the single-process format."""
    state = optimizer.state_dict()
    return {
        "state": {
            i: {k: full_tensor(v) for k, v in per_param.items()}
            for i, per_param in state["state"].items()
        },
        "param_groups": state["param_groups"],
    }


def load_optimizer_state(optimizer: torch.optim.Optimizer, state: dict) -> None:
    """Load a :func:`full_optimizer_state`, re-sharding it like the parameters.

    Clause ended_load_says_so (session 55): into the parameters of a module whose mesh
    :func:`end_distributed` ended it says the one line (:func:`say_if_ended`) before
    loading. The load itself needs no collective (``distribute_tensor`` with
    ``src_data_rank=None`` only reads the mesh's coordinate), so it went through without a
    word and the optimizer then held state of a module that cannot run a step's
    collectives (session 54)."""
    params = [p for group in optimizer.param_groups for p in group["params"]]
    say_if_ended(params[:1])  # the parameters are all sharded or none is
    indices = [i for group in state["param_groups"] for i in group["params"]]
    if len(params) != len(indices):
        raise ValueError(f"optimizer state has {len(indices)} parameters, the model {len(params)}")
    sharded = {
        i: {k: like(v, params[j]) if torch.is_tensor(v) else v for k, v in per_param.items()}
        for j, i in enumerate(indices)
        if (per_param := state["state"].get(i)) is not None
    }
    optimizer.load_state_dict({"state": sharded, "param_groups": state["param_groups"]})


def clip_grad_norm(params: list[torch.Tensor], max_norm: float) -> torch.Tensor:
    """``clip_grad_norm_`` over (possibly sharded) parameters; the total norm, a 0-d
    tensor left on the device (``float()`` it after queueing the optimizer step).
    ``max_norm`` 0: no clipping, the norm only (clause grad_norm_finite reads it).

    Clause grad_norm_finite_older_torch (session 31 review): ``get_total_norm`` is
    torch >= 2.6 and pyproject allows >= 2.4, where clipping off was an
    ``AttributeError`` at the first step; there ``clip_grad_norm_`` with an infinite
    bound gives the same norm and scales every gradient by exactly 1."""
    say_if_ended(params[:1])  # the parameters are all sharded or none is
    total_norm = getattr(torch.nn.utils, "get_total_norm", None)
    if max_norm:
        norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
    elif total_norm is None:
        norm = torch.nn.utils.clip_grad_norm_(params, float("inf"))
    else:
        norm = total_norm([p.grad for p in params if p.grad is not None])
    return full_tensor(norm)


def adapter_state_dict(model: nn.Module) -> dict | None:
    """The trainable parameters gathered to full tensors when ``model`` is sharded
    (collective: every rank calls it), for ``save_pretrained(state_dict=...)``; None
    otherwise (peft reads the live model)."""
    if not is_sharded(model):
        return None
    # state_dict, not named_parameters: a tied parameter (embeddings and LM head
    # trained together) is listed under both names, and peft looks up both.
    gathered: dict[int, torch.Tensor] = {}
    out = {}
    for name, value in model.state_dict(keep_vars=True).items():
        if value.requires_grad:
            if id(value) not in gathered:
                gathered[id(value)] = full_tensor(value.detach()).cpu()
            out[name] = gathered[id(value)]
    return out


def setup_distributed() -> tuple[int, int, torch.device]:
    """(rank, world size, device) from torchrun's environment; joins the process group
    (NCCL on CUDA, gloo on CPU) when there are several ranks."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device(f"cuda:{local}" if torch.cuda.is_available() else "cpu")
    if world > 1:
        backend = "nccl" if device.type == "cuda" else "gloo"
        if device.type == "cuda":
            torch.cuda.set_device(device)
        torch.distributed.init_process_group(backend)
    return rank, world, device


def all_reduce_sum(value: float, world: int, device: torch.device) -> float:
    """The sum of ``value`` over all ranks (itself in one process)."""
    if world == 1:
        return float(value)
    t = torch.tensor([float(value)], dtype=torch.float64, device=device)
    torch.distributed.all_reduce(t)
    return float(t.item())


def end_distributed(module: nn.Module | None = None, works=(), holds_a_group=False) -> None:
    """Clause teardown_joins_without_gil (session 50): destroy the default process group
    so that no gloo worker thread is joined while this thread holds the GIL; a no-op
    when no group is initialized (one process).

    ``~ProcessGroupGloo`` joins its ``pt_gloo_runloop`` threads, and a thread that has
    just finished a collective frees the work's tensors, which for a tensor made in
    Python takes the GIL (``TensorImpl::decref_pyobject``). torch's binding of the
    group releases the GIL before that destructor (pytorch PR #154976, torch >= 2.8),
    but a DDP module's C++ ``Reducer`` and ``Logger`` hold the group too and their
    pybind deallocs keep the GIL: when the Reducer's reference was the last (the
    recipe's DDP module freed after ``destroy_process_group``, torch.distributed.nn
    imported before the group was made), the main thread joined with the GIL while
    the gloo thread waited for it, for ever (session 49's CI hang; reproduced every
    time with a collective still running at the destroy). So: wait ``works`` (any
    async work of the caller), hold the group's Python object, drop
    :func:`drop_reducer` of ``module`` and of every other live DDP module (their
    release is then never the last), destroy the group, and let the Python object's
    GIL-releasing destructor go last. The DDP modules can no longer run a
    forward/backward afterwards (the destroyed groups are gone anyway).

    Clause teardown_drops_every_reducer (session 51): the DDP modules are found in the
    interpreter (:func:`live_ddp_modules`), not only ``module``: an agreed refusal
    (``training.torchrun.end_process_group``) ends the group while the refusal's
    traceback frames still hold the recipe's DDP module, which it cannot name; that
    module's Reducer was then the group's last holder, released with the GIL when the
    traceback went (after the refusal's ``all_reduce``/``all_gather_object`` on the
    group: the shape of the hang).

    On torch < 2.8 (no PR #154976) the group's own Python binding keeps the GIL too:
    there the last release joins with the GIL whoever makes it, and this only moves it
    here (no worse than before, not protected).

    ``holds_a_group``: the caller itself still holds a group it made and releases it
    when it returns (the recipe's verdict group, clause verdict_group_before_hashing):
    its threads outlive this end by design, so no teardown_says_threads_left warning
    (session 53 review: without it every two-rank ``longctx train``, and every agreed
    refusal, said so on each rank)."""
    if not (torch.distributed.is_available() and torch.distributed.is_initialized()):
        return
    for work in works:
        work.wait()
    group = torch.distributed.group.WORLD  # released last, by the GIL-releasing binding
    drop_reducer(module)
    for ddp in live_ddp_modules():
        drop_reducer(ddp)
    gc.collect()  # a cycle that held the Reducer goes now, while ``group`` is held
    doomed = registered_groups()  # what the destroy below ends (every registered group)
    threads = gloo_threads()
    torch.distributed.destroy_process_group()
    drop_group_holders(doomed)
    del doomed
    del group  # the last holder now: the gloo threads are joined here, GIL released
    gc.collect()
    if not holds_a_group:
        warn_threads_left(threads & gloo_threads())
