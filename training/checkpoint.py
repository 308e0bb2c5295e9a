"""Exact-resume checkpoints: ``RUN/checkpoints/step-NNNNNNNN/``.

A checkpoint holds everything the next step depends on: the trainable parameters
(adapter, plus any fully trained embeddings / norms), the optimizer and LR scheduler
states, every RNG (torch, CUDA, numpy, python; one file per rank) and the data
position (stage index, step inside the stage). The data order is a pure function of
``(seed, window, epoch)`` (``training.data.step_rows``), so the position is enough to
read exactly the rows an uninterrupted run would read next.

Written to a hidden temporary folder and renamed into place, so a run killed at any
moment (SIGKILL included) leaves only complete checkpoints (its staging folder is
removed at the next start or save: clause ``stale_staging``); the newest ``keep``
are kept. Under FSDP every rank first gathers the sharded parameters and
optimizer states to full tensors (``training.distributed``), so the files are the
same as a single process writes, and loading re-shards them. Files are loaded with
``weights_only=True`` and verified against the ``checksums.json`` written last
(``training.checkpoint_files``), so a damaged or crafted checkpoint is refused before
it touches the model.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil

import numpy as np
import torch

from pipeline.durable import rename_durable, sync_tree
from schemas.errors import UserError
from training.checkpoint_files import (
    CheckpointError,
    load_tensors,
    save_tensors,
    verify_checksums,
    write_checksums,
)
from training.distributed import (
    full_optimizer_state,
    full_tensor,
    is_sharded,
    like,
    load_optimizer_state,
)

_NAME = re.compile(r"^step-(\d{8})$")
_STAGING = re.compile(r"^\.tmp-step-\d{8}$")
_ASIDE = re.compile(r"^\.old-step-(\d{8})$")  # clause checkpoint_replaced_safely
_DAMAGED = re.compile(r"^damaged-step-\d{8}(\.\d+)?$")  # clause damaged_reminder
_STAGED = re.compile(r"^(state\.pt|checksums\.json(\.part)?|(rng|state)-rank\d+\.pt)$")


def checkpoint_dir(run_dir: str) -> str:
    return os.path.join(run_dir, "checkpoints")


def list_checkpoints(run_dir: str) -> list[tuple[int, str]]:
    """``(steps_done, path)`` of complete checkpoints, oldest first."""
    root = checkpoint_dir(run_dir)
    if not os.path.isdir(root):
        return []
    found = {}
    for name in os.listdir(root):
        match = _NAME.match(name) or _ASIDE.match(name)
        if match and os.path.exists(os.path.join(root, name, "state.pt")):
            # clause checkpoint_replaced_safely: the step's old copy set aside counts
            # only while the new one is not in place yet (a kill between the renames)
            steps = int(match.group(1))
            if _NAME.match(name) or steps not in found:
                found[steps] = os.path.join(root, name)
    return sorted(found.items())


def latest_checkpoint(run_dir: str) -> tuple[int, str] | None:
    found = list_checkpoints(run_dir)
    return found[-1] if found else None


def remove_stale_staging(run_dir: str, rank: int = 0) -> list[str]:
    """Clause ``stale_staging``: the staging folders a killed run left in
    ``RUN/checkpoints`` (``.tmp-step-NNNNNNNN``; a SIGKILL runs no cleanup) are removed
    when the run starts again and after each checkpoint is saved; before, one stayed
    until that very step was saved again (a whole checkpoint's size each). Only a real
    folder of exactly that name holding only files :func:`save_checkpoint` writes is
    removed (rank 0); anything else there is never touched. Returns the removed."""
    root = checkpoint_dir(run_dir)
    if rank != 0 or not os.path.isdir(root):
        return []
    restore_set_aside(run_dir)  # clause checkpoint_replaced_safely
    removed = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        aside = _ASIDE.match(name)  # removed only once its step-N is in place
        if aside and not _verifies(os.path.join(root, f"step-{aside.group(1)}")):
            continue
        if not (_STAGING.match(name) or aside) or not _ours(path):
            continue
        # Clause stale_staging_no_fail (review): a folder that cannot be removed (a
        # file of another user, a read-only mount) is left; the save that just
        # succeeded was raised as failed (its except removes the staging, re-raises).
        try:
            shutil.rmtree(path)
        except OSError:
            continue
        removed.append(path)
    return removed


def _verifies(path: str) -> bool:
    """Clause checkpoint_replaced_safely_old_kept_until_new_verifies (review 35): a
    ``.old-step-N`` was removed once anything named ``step-N`` was there (an empty or
    damaged folder, a link), though it may be the step's only good copy; now only once
    ``step-N`` is a real folder whose checksums verify."""
    if os.path.islink(path) or not os.path.isdir(path):
        return False
    try:
        verify_checksums(path)
    except (CheckpointError, OSError):
        return False
    return True


def _ours(path: str) -> bool:
    """A real folder (no link) holding only the files :func:`save_checkpoint` writes."""
    if os.path.islink(path) or not os.path.isdir(path):
        return False
    entries = [os.path.join(path, e) for e in os.listdir(path)]
    return all(
        _STAGED.match(os.path.basename(e)) and os.path.isfile(e) and not os.path.islink(e)
        for e in entries
    )


def restore_set_aside(run_dir: str, rank: int = 0, say=print) -> list[str]:
    """Clause checkpoint_replaced_safely: a run killed between setting a step's old
    checkpoint aside (``.old-step-N``) and renaming the new one in has no ``step-N``:
    its old copy is renamed back (rank 0; only a folder of our files, never over
    anything). Returns the restored. An old copy whose ``step-N`` is in place is left
    to :func:`remove_stale_staging`.

    Clause resume_uses_kept_copy (session 35): a ``step-N`` that does not verify
    (damaged, half written, empty, a file or a link) next to a ``.old-step-N`` that
    does made ``--resume`` go back to the step before, the good copy left aside until
    the user moved it by hand. Now that ``step-N`` is renamed (never removed) to
    ``damaged-step-N`` (a visible name; ``damaged-step-N.2`` ... when taken), said in
    one line, and the verified copy renamed back in its place. Guards: only inside
    ``RUN/checkpoints`` (renames, nothing deleted, a link renamed as the link), only
    when the copy set aside is ours and verifies and ``step-N`` does not; a rename
    that fails leaves both (the copy set aside is still listed when ``step-N`` is
    gone)."""
    root = checkpoint_dir(run_dir)
    if rank != 0 or not os.path.isdir(root):
        return []
    restored = []
    for name in sorted(os.listdir(root)):
        match = _ASIDE.match(name)
        if not match or not _ours(os.path.join(root, name)):
            continue
        aside, final = os.path.join(root, name), os.path.join(root, f"step-{match.group(1)}")
        if os.path.lexists(final):  # clause resume_uses_kept_copy
            if _verifies(final) or not _verifies(aside):
                continue
            damaged = _free_name(root, "damaged-" + os.path.basename(final))
            try:
                os.replace(final, damaged)
            except OSError:
                continue
            say(
                f"{final} does not verify (damaged, incomplete or empty): renamed it to "
                f"{damaged} (kept, nothing deleted) and put back its verified copy "
                f"{name}; delete {os.path.basename(damaged)} once you no longer need it"
            )
        with contextlib.suppress(OSError):  # left as it is: list_checkpoints finds it
            os.replace(aside, final)
            restored.append(final)
    return restored


def restore_and_remind(run_dir: str, rank: int = 0, say=print, views=None) -> list[str]:
    """:func:`restore_set_aside` at a run's start, then clause damaged_reminder
    (session 36): the ``damaged-step-N`` line was said once, at the rename, so a user who
    missed it kept the folders (a checkpoint's size each) with no word about them. At
    each later start one line names those already there (renamed at an earlier start
    or save: the ones renamed now have their own line), says they are never loaded and
    how to delete them. Only names the rename gives are counted; nothing is removed.
    Clause damaged_reminder_every_node (session 37): ``views``, every rank's ``(node,
    host, step, damaged names)`` (``training.run_agreed.start_views``): when the nodes'
    copies hold different ones, the line names each node's (before: rank 0's only)."""
    root = checkpoint_dir(run_dir)
    nodes: dict = {}
    if rank == 0:
        for node, host, _, names in views or [("0", "", None, damaged_folders(run_dir))]:
            nodes.setdefault((node, host), list(names))
    restored = restore_set_aside(run_dir, rank, say)
    if len({tuple(v) for v in nodes.values()}) > 1:  # clause damaged_reminder_every_node
        count = sum(len(v) for v in nodes.values())
        where = "; ".join(f"node {n} (host {h}): {_some(v)}" for (n, h), v in nodes.items() if v)
        say(
            f"{root} holds {count} folder(s) set aside as damaged at an earlier start or "
            f"save, in the nodes' own copies ({where}): they are not checkpoints and are never "
            "loaded; once you are sure you no longer need them, delete them on each node "
            f"named: rm -r {root}/damaged-step-*"
        )
    elif earlier := next(iter(nodes.values()), []):
        say(
            f"{root} holds {len(earlier)} folder(s) set aside as damaged at an earlier start "
            f"or save ({_some(earlier)}): they are not checkpoints and are never loaded; once "
            f"you are sure you no longer need them, delete them: rm -r {root}/damaged-step-*"
        )
    return restored


def _some(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def damaged_folders(run_dir: str) -> list[str]:
    """The ``damaged-step-N`` (``.2``, ...) names in ``RUN/checkpoints``, sorted."""
    root = checkpoint_dir(run_dir)
    if not os.path.isdir(root):
        return []
    return sorted(n for n in os.listdir(root) if _DAMAGED.match(n))


def _free_name(root: str, name: str) -> str:
    """``root/name``, or ``root/name.2``, ``.3`` ... : the first that does not exist."""
    path, n = os.path.join(root, name), 1
    while os.path.lexists(path):
        n += 1
        path = os.path.join(root, f"{name}.{n}")
    return path


def _swap_in(staging: str, final: str) -> None:
    """Clause checkpoint_replaced_safely (session 35): a step saved again (a resumed
    run that saves the step it resumed from, ``--max-steps`` raised) replaced the old
    checkpoint by removing it and then renaming the new one in: a kill or a full disk
    between the two lost that step's only copy. Now the old one is renamed aside
    (``.old-step-N``), the new one in, and only then is the old removed: at every
    moment one complete copy of step N is there (:func:`list_checkpoints` finds the
    one set aside while there is no ``step-N``, :func:`restore_set_aside` renames it
    back at the next start)."""
    aside = os.path.join(os.path.dirname(final), ".old-" + os.path.basename(final))
    # clause resume_uses_kept_copy_before_save: a leftover verified .old-step-N next to a
    # step-N damaged during the run was removed below before the damaged one was set
    # aside (a kill before the new one was in left no good copy); it is put back first
    restore_set_aside(os.path.dirname(os.path.dirname(final)))
    if os.path.lexists(final):
        if os.path.lexists(aside) and not _ours(aside):
            # clause checkpoint_replaced_safely_aside_in_the_way (review 35): an OSError
            # traceback before; nothing is removed or renamed, the staging goes
            raise UserError(
                f"{aside} is not a checkpoint's folder (it holds other files, or is a file "
                f"or a link), so {final} cannot be set aside to save step "
                f"{os.path.basename(final)[5:].lstrip('0') or 0} again: move it away, then "
                "run the same command with --resume"
            )
        if os.path.lexists(aside):  # a killed save's, its step-N in place
            shutil.rmtree(aside)
        os.replace(final, aside)
    try:
        rename_durable(staging, final)  # clause rename_durable (pipeline.durable)
    except BaseException:
        if os.path.lexists(aside) and not os.path.lexists(final):
            os.replace(aside, final)  # the old copy back (a Ctrl-C, an error)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def rng_state() -> dict:
    """Every RNG, as tensors and plain values only (what ``weights_only`` loads)."""
    kind, keys, pos, has_gauss, gauss = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else [],
        "numpy": [kind, torch.from_numpy(keys.astype(np.int64)), pos, has_gauss, gauss],
        "python": random.getstate(),
    }


def set_rng_state(state: dict) -> None:
    torch.set_rng_state(state["torch"])
    if state["cuda"] and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])
    kind, keys, pos, has_gauss, gauss = state["numpy"]
    np.random.set_state((kind, keys.numpy().astype(np.uint32), pos, has_gauss, gauss))
    random.setstate(state["python"])


def trainable_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Full trainable parameters (collective when the model is sharded)."""
    return {
        n: full_tensor(p.detach()).cpu().clone()
        for n, p in model.named_parameters()
        if p.requires_grad
    }


def _alone(error: BaseException | None) -> None:
    """The ``sync`` of one process: its own error, as it was."""
    if error is not None:
        raise error


@contextlib.contextmanager
def _phase(sync, final: str):
    """Clause full_disk_agreed (``training.checkpoint_agreed``): the block's error (or
    None) goes to ``sync``, which every rank calls at the end of the same phase (where
    a barrier was) and which raises in every rank when any rank's block failed."""
    error = None
    try:
        yield
    except Exception as caught:  # a Ctrl-C, a SIGTERM stop every rank anyway
        error = caught
        if not getattr(error, "longctx_writing", None):
            with contextlib.suppress(AttributeError, TypeError):
                error.longctx_writing = f"the checkpoint {final}"
    sync(error)


def save_checkpoint(
    run_dir: str,
    steps_done: int,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    scheduler,
    extra: dict,
    rank: int = 0,
    keep: int = 2,
    sync=_alone,
    rank_state: dict | None = None,
) -> str:
    """Rank 0 writes the shared state, every rank its RNG (and ``rank_state``, e.g.
    ``training.recurrence``'s memory); renamed into place last. Every rank must call it
    (the state is gathered from all of them first). ``sync``: the ranks' agreement at
    the end of each phase (``training.checkpoint_agreed.save_sync``; one process:
    :func:`_alone`)."""
    root = checkpoint_dir(run_dir)
    final = os.path.join(root, f"step-{steps_done:08d}")
    staging = os.path.join(root, f".tmp-step-{steps_done:08d}")
    try:
        # Clause staging_removed_from_its_mkdir (session 29): a Ctrl-C between the
        # staging folder's mkdir and the `try` left it (found once in 4 real tries).
        with _phase(sync, final):
            if rank == 0:
                shutil.rmtree(staging, ignore_errors=True)
                os.makedirs(staging)
        with _phase(sync, final):  # every rank's own files, in the staging folder
            save_tensors(rng_state(), os.path.join(staging, f"rng-rank{rank}.pt"))
            if rank_state is not None:
                save_tensors(rank_state, os.path.join(staging, f"state-rank{rank}.pt"))
        trainable = optimizer_state = None
        if is_sharded(model):  # gathering sharded tensors: a collective of every rank
            trainable, optimizer_state = trainable_state(model), full_optimizer_state(optimizer)
        with _phase(sync, final):
            if rank == 0:
                if trainable is None:  # clause rank0_gather_agreed (training.checkpoint_agreed)
                    trainable = trainable_state(model)
                    optimizer_state = full_optimizer_state(optimizer)
                state = {
                    "steps_done": steps_done,
                    "trainable": trainable,
                    "optimizer": optimizer_state,
                    "scheduler": scheduler.state_dict(),
                    **extra,
                }
                save_tensors(state, os.path.join(staging, "state.pt"))
                write_checksums(staging)
                sync_tree(staging)  # its folder's entries too (the files are synced)
                _swap_in(staging, final)  # clause checkpoint_replaced_safely
                # Clause prune_older_only: the `keep` newest up to this step stay; one of
                # a later step (a damaged one a resume skipped) never counts among them,
                # else keep=1 removed the checkpoint just written, leaving the damaged one.
                older = [c for c in list_checkpoints(run_dir) if c[0] <= steps_done]
                for _, old in older[:-keep]:
                    shutil.rmtree(old, ignore_errors=True)
                remove_stale_staging(run_dir)  # clause stale_staging: its own is renamed
    except BaseException:  # a full disk, a Ctrl-C: no half checkpoint fills the disk
        if rank == 0:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    return final


def load_checkpoint(path: str, model: torch.nn.Module, optimizer, scheduler, rank: int = 0) -> dict:
    """Restore parameters, optimizer, scheduler and this rank's RNG; returns the state,
    with this rank's ``rank_state`` (None if none was saved).

    Raises ``CheckpointError`` (nothing restored) when the checkpoint does not verify.
    """
    verify_checksums(path)
    state = load_tensors(os.path.join(path, "state.pt"))
    rng_file = os.path.join(path, f"rng-rank{rank}.pt")
    if not os.path.exists(rng_file):
        raise CheckpointError(
            f"{path} has no RNG state for rank {rank}: resume with the same world size"
        )
    rng = load_tensors(rng_file)
    rank_file = os.path.join(path, f"state-rank{rank}.pt")
    rank_state = load_tensors(rank_file) if os.path.exists(rank_file) else None
    params = dict(model.named_parameters())
    missing = sorted(set(state["trainable"]) ^ {n for n, p in params.items() if p.requires_grad})
    if missing:
        raise CheckpointError(
            f"checkpoint {path} does not match the model's trainable parameters "
            f"(e.g. {missing[:3]}); was the peft config changed?"
        )
    reshaped = [
        (name, tuple(value.shape), tuple(params[name].shape))
        for name, value in state["trainable"].items()
        if tuple(value.shape) != tuple(params[name].shape)
    ]
    if reshaped:
        name, saved, now = reshaped[0]
        raise CheckpointError(
            f"checkpoint {path} does not fit the model: {name} has shape {saved} there and "
            f"{now} now ({len(reshaped)} tensors differ); was the peft config (r, "
            "target_modules) changed? resume with the run's config.yaml, or choose a new --output"
        )
    with torch.no_grad():
        for name, value in state["trainable"].items():
            params[name].copy_(like(value, params[name]))
    load_optimizer_state(optimizer, state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    set_rng_state(rng)
    state["rank_state"] = rank_state
    return state
