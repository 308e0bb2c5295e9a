"""Checkpoint decisions every rank of a torchrun agrees on.

* Clause full_disk_agreed (session 36): a full disk (or any error) while one rank
  wrote its part of a checkpoint stopped that rank alone, inside ``save_checkpoint``'s
  barriers; the others failed in the next barrier with gloo's traceback ("Connection
  closed by peer") or, across nodes, waited for it. ``save_checkpoint`` now ends each
  of its writing phases with :func:`save_sync`'s gather: every rank learns whether one
  failed, and all stop with the same line naming the rank, node and host, the run
  folder and what to do (free space, or move the run to a disk with room); rank 0
  removes the staging folder, so the previous checkpoint stays the newest (intact,
  never touched: the new one is renamed in only after the last phase). A full disk or
  a refusal (``UserError``) is exit 2 in every rank; an error of the code keeps its
  traceback in the rank that raised it, the others stop with one line naming it
  (exit 1).
* Clause rank0_gather_agreed (session 37): in a run whose model is not sharded, rank
  0 alone gathered the trainable tensors and the optimizer state (``trainable_state``,
  ``full_optimizer_state``) between two phases: an error there (out of memory, an
  ``OSError``) stopped rank 0 alone and the others waited for it in the last phase's
  gather. The gather is now inside the last phase; a ``MemoryError`` or an ``OSError``
  that is no full disk (a read-only mount, permissions, an I/O error) is one line in
  every rank naming the rank, node, host, what was written and what to fix, exit 2
  (before: an error of the code, exit 1 with rank 0's traceback). The FSDP gather, a
  collective of every rank, stays outside the phases.
  Clause rank0_gather_agreed_staging_not_shared (review 37): rank 1+ not finding the
  staging folder rank 0 made (a node-local ``--output``: rank 1's ``rng-rank1.pt`` is the
  first file written there on its node) is no "make it writable" line but says the
  folder is not shared by every node.
* Clause resume_step_agreed (session 36): with a node-local RUN (each node its own
  copy, e.g. synced by hand) the nodes' newest intact checkpoints could be different
  steps (one copy damaged, or behind); each rank resumed from its own, so the ranks
  trained from different positions and weights. :func:`same_resume_step` gathers each
  rank's step: when they differ every rank stops (exit 2) with one line naming the
  step each node has and what to do. Refused rather than resuming from the newest
  step every node has: that would silently drop the steps after it on the nodes that
  have them, and which copy is right (a damaged copy, a node that missed a sync) is
  the user's call; copying one folder fixes it.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import socket

import torch

from schemas.errors import UserError, out_of_space
from training.run_files import _resume_note, _what, full_disk_line, kept_note
from training.torchrun import AgreedError, _where

# Clause save_bug_keeps_traceback (session 38): the OSErrors of a write that are the
# user's to fix (a read-only mount, permissions, a failing disk; a full disk or quota is
# schemas.errors.out_of_space's) are one line, exit 2; any other OSError (a missing file,
# a bad argument: an error of the code's own) keeps its traceback, exit 1, as a bug does
# (before: every OSError of a save phase was one line, its traceback lost).
USER_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.EIO})
# Clause save_bug_keeps_traceback_user_errnos (review 38): errors of the user's
# filesystem or --output path too, each with its own fix (before: a merged model over
# FAT32's 4 GB a file, a too-long --output or a stale NFS handle lost the one line)
OTHER_USER_ERRNOS = {
    errno.EFBIG: "a filesystem that holds files this large (not FAT32/vfat: 4 GB a file; "
    "no `ulimit -f` limit)",
    errno.ENAMETOOLONG: "a shorter path",
    errno.ESTALE: "a folder whose network filesystem is mounted and reachable on every "
    "node (a stale file handle: the server restarted or the folder was moved)",
}


_OS_ERROR = re.compile(r"\(os error (\d+)\)")


def save_sync(run: str, world: int):
    """Clause full_disk_agreed: the ``sync`` of ``training.checkpoint.save_checkpoint``
    for ``world`` ranks: ``sync(error)`` gathers every rank's failure (``error``: this
    rank's, or None) and raises in every rank when one failed; returns otherwise.
    One process: its own error, a user's write error one line (one_process_write)."""
    if world == 1:
        return functools.partial(one_process_write, run)

    def sync(error: BaseException | None) -> None:
        mine = None if error is None else _failure(run, error, world)
        gathered: list = [None] * world
        torch.distributed.all_gather_object(gathered, mine)
        failed = [g for g in gathered if g]
        if not failed:
            return
        if error is not None and mine[1] == 1:  # this rank's bug: its own traceback
            raise error
        line, status = failed[0]
        raise AgreedError(line, status) from error

    return sync


def _failure(run: str, error: BaseException, world: int) -> tuple[str, int]:
    """This rank's one line and exit status for a failed write (a checkpoint phase, or
    ``training.run_agreed.RankWrites``): a full disk, out of memory or another
    ``OSError`` of :data:`USER_ERRNOS` (clauses rank0_gather_agreed,
    save_bug_keeps_traceback) is the user's to fix (exit 2, every rank the same line);
    an error of the code, any other ``OSError`` included, keeps its traceback (exit 1)."""
    where = _where(torch.distributed.get_rank(), world)
    what = _what(error)
    if out_of_space(error):
        return full_disk_line(run, error, f" ({where})"), 2
    if isinstance(error, UserError):
        return f"{error} ({where})", error.exit_status
    first = (str(error).strip().splitlines() or [""])[0][:200]
    note = _resume_note(run, with_size=False)
    if isinstance(error, MemoryError):
        return (
            f"out of memory on {where} while writing {what} (MemoryError{': ' * bool(first)}"
            f"{first}); {kept_note(error)}; free memory on that host (other "
            # clause rank0_gather_agreed_oom_advice (review 37): no "use fsdp", whose
            # save gathers the whole trainable state into every rank's memory
            f"processes there), or run fewer ranks on it; {note}",
            2,
        )
    staging = os.path.dirname(str(getattr(error, "filename", None) or ""))
    if (  # clause rank0_gather_agreed_staging_not_shared (review 37): not "writable"
        isinstance(error, FileNotFoundError)
        and os.path.basename(staging).startswith(".tmp-step-")
        and torch.distributed.get_rank() != 0
    ):
        return (
            f"--output {run} is not one folder every node shares: {where} cannot see the "
            f"folder {staging} that rank 0 made for {what} (node-local disks: each node "
            "sees its own folder; every rank writes its part of a checkpoint into rank "
            "0's folder); point --output at a folder every node sees (a shared "
            # clause output_shared_agreed (session 38): not "the same command" again
            f"filesystem); {_resume_note(run, False, 'copy the folder there and run with --resume')}",
            2,
        )
    if line := user_write_line(run, error, where):
        return line, 2
    return (
        f"{where} failed while writing {what} ({type(error).__name__}: {first}; its "
        f"traceback is in that rank's output); {note}",
        1,
    )


def write_errno(error: BaseException) -> int | None:
    """The OS error number of a failed write: an ``OSError``'s, else the one Rust's
    ``std::io::Error`` puts in its text, ``(os error N)`` (clause
    safetensors_errors_one_line, session 39: safetensors raises a ``SafetensorError``,
    no ``OSError``, for the adapter's and the merged model's weights)."""
    if isinstance(error, OSError):
        return error.errno
    found = _OS_ERROR.search(str(error))
    return int(found.group(1)) if found else None


def user_write_line(run: str, error: BaseException, where: str = "") -> str:
    """The one line of a failed write that is the user's to fix (clauses
    save_bug_keeps_traceback(_user_errnos), safetensors_errors_one_line): a permission,
    read-only or I/O error, or one of :data:`OTHER_USER_ERRNOS`; "" for any other error.
    ``where``: the rank, node and host (empty in one process)."""
    code = write_errno(error)
    if code not in USER_ERRNOS and code not in OTHER_USER_ERRNOS:
        return ""
    first = (str(error).strip().splitlines() or [""])[0][:200]
    on = f" on {where}" if where else ""
    fix = OTHER_USER_ERRNOS.get(code) or (
        f"make {os.path.abspath(run)} writable{' on that node' * bool(where)} (a read-only "
        "mount, permissions, a failing disk) or point --output at a folder that is"
    )
    fix = fix if code in USER_ERRNOS else f"point --output at {fix}"
    return (
        f"cannot write {_what(error)}{on} ({type(error).__name__}: {first}); "
        f"{kept_note(error)}; {fix}; {_resume_note(run, with_size=False)}"
    )


def one_process_write(run: str, error: BaseException) -> None:
    """Clause safetensors_errors_one_line: the ``sync`` of one process's writes (a
    checkpoint, ``training.run_agreed.RankWrites``): a write error that is the user's
    to fix is one line, exit 2, as in a torchrun (before: a traceback, exit 1, in one
    process for every such error but a full disk); any other error as it was."""
    if error is None:
        return
    if line := user_write_line(run, error):
        raise UserError(line) from error
    raise error


def same_resume_step(world: int, group):
    """Clause resume_step_agreed: ``agree(step)`` gathers the newest intact step of each
    rank (None: none) in ``group`` and raises the same ``UserError`` in every rank when
    they differ. Does nothing in one process."""

    def agree(step: int | None, run: str) -> None:
        if world == 1:
            return
        node = (os.environ.get("GROUP_RANK", "0"), socket.gethostname())
        gathered: list = [None] * world
        torch.distributed.all_gather_object(gathered, (node, step), group=group)
        if len({s for _, s in gathered}) == 1:
            return
        seen = dict.fromkeys(gathered)  # one entry per node and step, in rank order
        each = ", ".join(
            f"{'step ' + str(s) if s is not None else 'none'} on node {n} (host {h})"
            for (n, h), s in seen
        )
        newest = max(s for _, s in gathered if s is not None)
        # clause output_shared_agreed (session 38): every rank reads the one folder
        # (training.run_agreed.output_shared), so no "copy it into every node's folder"
        raise UserError(
            f"--resume: the ranks read {run}/checkpoints differently: the newest intact "
            f"checkpoint is {each}, so the ranks would go on from different steps (a disk "
            "or network filesystem that returns different bytes to different nodes, or "
            "another run writing into the folder); make sure no other run uses it, check "
            f"that step-{newest:08d}'s files read the same on every node, then run the "
            "same command again"
        )

    return agree
