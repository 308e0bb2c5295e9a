"""What every rank of a torchrun agrees on about the run folder: its one-rank writes and
what it holds at the start.

* Clause rank_writes_agreed (session 37): rank 0 alone writes ``config.yaml``,
  ``metrics.jsonl`` (at the start, a line each step and evaluation), ``shard_checks.json``
  and, at the end, the adapter, ``loss.png`` and the merged model; each rank its own
  ``rows/rankN.jsonl`` (``log_rows``). A full disk (or any error) there stopped that rank
  alone: the others waited for it at their next collective (the step's all-reduce, the
  final barrier) and failed with gloo's "Connection closed by peer" traceback, or, across
  nodes, waited until the process group's timeout. :class:`RankWrites` catches the
  error where it is written (:meth:`RankWrites.catch`) and :meth:`RankWrites.settle`,
  which every rank calls at the same places (after the start's files, at the end of each
  step, after the outputs), stops every rank with the same line
  (``training.checkpoint_agreed``'s: a full disk, out of memory or an ``OSError`` is
  exit 2 naming the rank, node, host, the file and what to fix; an error of the code
  keeps its traceback in its rank, the others one line, exit 1). One process: the error
  is raised where it happens, as before. Cost: one all-reduce of one number per step
  (a gather of the lines only when a rank failed).
* Clause start_folder_agreed (session 37): a run folder with checkpoints on one node
  only (node-local disks: each node sees its own ``--output``) was not refused at the
  start: without ``--resume`` only the ranks of that node refused ("already has
  checkpoints"), and the ``--resume`` the line asked for then failed after the model's
  load. :func:`start_views` gathers, first thing in the start's agreed block, each
  rank's newest checkpoint step (None: none) and its ``damaged-step-N`` folders; when
  the steps differ every rank stops (exit 2) with one line naming the step on each node
  and host. **Decided, without ``--resume``:** refuse, never start over on the nodes
  with no checkpoint while another node keeps an old run: the user either meant to go on
  (copy the folder to every node and pass ``--resume``) or to start over (move the old
  folder away); the line says both. With ``--resume``: refused at the start, before the
  model is loaded (``resume_step_agreed`` still compares the newest *intact* steps).
  Since session 38 a node-local folder is refused before (clause output_shared_agreed),
  so the steps differ only in one folder every rank reads (another run writing into it,
  a network filesystem's cache behind): the line no longer says "copy it to every node".
* Clause output_shared_agreed (session 38): a node-local ``--output`` (each node its own
  folder) could never save a checkpoint (rank 0 alone makes the staging folder every
  rank writes its part into), yet the start and ``--resume`` lines advised copying the
  run folder to every node. **Decided:** refuse it at the start, before the model is
  loaded: rank 0 writes a token file into ``--output`` (making the folder if it is new),
  every rank looks for it (:func:`output_shared`); when a node does not see it every
  rank stops, exit 2, with one line naming the nodes, hosts and folders and what to fix
  (an ``--output`` on a filesystem every node mounts). Rank 0 removes the token (and the
  folders it made) before any rank lists the folder. Not checked when rank 0 cannot
  write there (its own line comes later) nor in one process.
* Clause damaged_reminder_every_node (session 37): clause damaged_reminder named the
  ``damaged-step-N`` folders of rank 0's node only; the reminder now names those of
  every node (``training.checkpoint.restore_and_remind``), once for a folder all nodes
  share.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import time

import torch

from schemas.errors import UserError
from training.checkpoint import (
    damaged_folders,
    latest_checkpoint,
    list_checkpoints,
    restore_and_remind,
)
from training.checkpoint_agreed import one_process_write, save_sync
from training.distributed import all_reduce_sum
from training.run_files import SHARED_TOKEN, check_run_folder
from training.torchrun import agreed


class RankWrites:
    """Clause rank_writes_agreed: the writes one rank makes alone, agreed by all."""

    def __init__(self, run: str, world: int, device: torch.device):
        self.run, self.world, self.device = run, world, device
        self.error: BaseException | None = None

    @contextlib.contextmanager
    def catch(self, what: str):
        """The block's error is kept (the first one) for :meth:`settle`, its file named
        (the error's own file name, else ``what``); raised at once in one process (a
        write error that is the user's as one line: clause safetensors_errors_one_line).

        Yields whether to write: clause failed_write_skips_the_rest (session 39): once
        a write of this rank failed, its later writes before the settle are skipped
        (False), since the run stops at the settle (before: the step's evaluation line
        was still appended after a metrics line the failure had cut, and a file with a
        cut line followed by more is refused at the next start, though the failure's
        line said the cut line is dropped there)."""
        try:
            yield self.error is None
        except Exception as error:
            if not getattr(error, "longctx_writing", None):
                with contextlib.suppress(AttributeError, TypeError):
                    error.longctx_writing = getattr(error, "filename", None) or what
            if self.world == 1:
                one_process_write(self.run, error)
            self.error = self.error or error

    def settle(self) -> None:
        """A collective: raises the same error in every rank when one rank's write
        failed since the last settle."""
        if self.world == 1 or not all_reduce_sum(self.error is not None, self.world, self.device):
            return
        save_sync(self.run, self.world)(self.error)


def start_views(run: str, world: int, group) -> list[tuple]:
    """Clause start_folder_agreed: every rank's ``(node, host, newest checkpoint step or
    None, damaged-step-N names)`` of ``run``, gathered in ``group``; a collective that
    raises nothing before the gather."""
    node = (os.environ.get("GROUP_RANK", "0"), socket.gethostname())
    try:
        newest = latest_checkpoint(run)
        mine = (*node, newest and newest[0], damaged_folders(run))
    except OSError as error:  # said after the gather (every rank reaches it)
        mine = (*node, str(error), [])
    if world == 1:
        return [mine]
    gathered: list = [None] * world
    torch.distributed.all_gather_object(gathered, mine, group=group)
    return gathered


def same_start_step(run: str, views: list[tuple], resume: bool) -> None:
    """Clause start_folder_agreed: ``UserError`` when the ranks' newest steps differ."""
    for _, _, step, _ in views:
        if isinstance(step, str):
            raise UserError(
                f"--output {run}: cannot list its checkpoints folder ({step}); make it "
                "readable on every node (or choose another --output)"
            )
    if len({step for _, _, step, _ in views}) == 1:
        return
    each = ", ".join(
        f"{'step ' + str(s) if s is not None else 'none'} on node {n} (host {h})"
        for n, h, s in dict.fromkeys((n, h, s) for n, h, s, _ in views)
    )
    head = f"--resume: the ranks see {run} differently" if resume else f"--output {run}"
    raise UserError(  # clause output_shared_agreed: one folder all read (no "copy it")
        f"{head}: its newest checkpoint is {each}, though every rank reads the one folder "
        "(another run writing into it, or a network filesystem's cache that is behind), so "
        "the ranks would not start from the same step; make sure no other run uses it, "
        "then run the same command again (or choose a new --output)"
    )


def start_agreed(run: str, config, resume: bool, ranks: tuple, lock) -> None:
    """The start's agreed block on the run folder (every rank, before the model):
    clauses output_shared_agreed, run_lock (rank 0 takes ``lock``, a
    ``training.run_lock.RunLock``, when ``run`` exists, before anything in it is read
    or repaired; released when the block refuses), start_folder_agreed,
    checkpoint_replaced_safely, damaged_reminder(_every_node), rerun_refused_before_load."""
    rank, world, _, group = ranks
    with agreed(world, group):  # every rank reaches its collectives (a refusal: none)
        output_shared(run, rank, world, group)
        lock.take()
    try:
        _start_checks(run, config, resume, ranks)
    except BaseException:
        lock.release()
        raise


def _start_checks(run: str, config, resume: bool, ranks: tuple) -> None:
    rank, world, _, group = ranks
    with agreed(world, group):
        views = start_views(run, world, group)
        same_start_step(run, views, resume)
        restore_and_remind(run, rank, views=views)  # before a load
        has_checkpoints = bool(list_checkpoints(run))
        check_run_folder(run, config.data, config.model, has_checkpoints)
        if has_checkpoints and not resume:  # clause rerun_refused_before_load: not after
            raise UserError(  # the model, datasets and weight fingerprint are read
                f"{run} already has checkpoints: pass --resume, or choose a new --output"
            )


def output_shared(run: str, rank: int, world: int, group) -> None:
    """Clause output_shared_agreed: ``UserError`` in every rank when a node does not
    see the token rank 0 wrote into ``run``. A collective (two), raising only after
    them; rank 0 removes the token (and any folder it made) before it returns."""
    if world == 1:
        return
    token, made = _write_token(run) if rank == 0 else (None, [])
    names = [token]
    torch.distributed.broadcast_object_list(names, src=0, group=group)
    seen = names[0] is None or _sees(run, names[0])
    mine = (os.environ.get("GROUP_RANK", "0"), socket.gethostname(), os.path.abspath(run), seen)
    gathered: list = [None] * world
    torch.distributed.all_gather_object(gathered, mine, group=group)
    if rank == 0 and token:
        with contextlib.suppress(OSError):
            os.remove(os.path.join(run, token))
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                os.rmdir(folder)
    blind = list(dict.fromkeys((n, h, p) for n, h, p, s in gathered if not s))
    if not blind:
        return
    node, host, path, _ = gathered[0]
    others = ", ".join(f"node {n} (host {h}, {p})" for n, h, p in blind)
    raise UserError(
        f"--output {run} is not one folder every node shares: the file rank 0 wrote into it "
        f"on node {node} (host {host}, {path}) is not there on {others} (node-local disks: "
        "each node sees its own folder); every rank writes its part of each checkpoint into "
        "that one folder, so point --output at a folder on a filesystem every node mounts "
        "(to go on from a run kept on one node's disk, copy its folder there and run with "
        "--resume)"
    )


def _sees(run: str, name: str, tries: int = 3) -> bool:
    """Whether ``run`` holds ``name``, by listing its parent and itself (opening a folder
    makes a network filesystem revalidate what it cached of it: a lookup could be
    answered by a cached "no such file" from before rank 0 wrote); tried ``tries``
    times, a second apart, before a no."""
    for attempt in range(tries):
        with contextlib.suppress(OSError):
            os.listdir(os.path.dirname(os.path.abspath(run)))
            if name in os.listdir(run):
                return True
        if attempt < tries - 1:
            time.sleep(1)
    return False


def _write_token(run: str) -> tuple[str | None, list[str]]:
    """Rank 0's token in ``run`` (made with its missing parents, listed to remove):
    ``(name, folders made)``; ``(None, [])`` when it cannot be written."""
    missing, path = [], os.path.abspath(run)
    while not os.path.lexists(path) and os.path.dirname(path) != path:
        missing.append(path)
        path = os.path.dirname(path)
    made: list[str] = []
    token = SHARED_TOKEN + secrets.token_hex(8)
    try:
        for folder in reversed(missing):
            os.mkdir(folder)
            made.append(folder)
        with open(os.path.join(run, token), "x"):
            pass
    except OSError:
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        return None, []
    return token, made


def _mkdir_if_new(path: str) -> bool:
    """Clause refused_run_leaves_no_folder_only_its_own (review): True only when this
    call made ``path`` (``os.mkdir`` itself says so), so a folder the user made at the
    same moment (between a look and a make) is never counted as the run's; any error
    is left to :func:`make_output_folder`, which says it in one line."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        os.mkdir(path)
    except OSError:
        return False
    return True
