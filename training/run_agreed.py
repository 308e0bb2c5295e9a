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
* Clause damaged_reminder_every_node (session 37): clause damaged_reminder named the
  ``damaged-step-N`` folders of rank 0's node only; the reminder now names those of
  every node (``training.checkpoint.restore_and_remind``), once for a folder all nodes
  share.
"""

from __future__ import annotations

import contextlib
import os
import socket

import torch

from schemas.errors import UserError
from training.checkpoint import damaged_folders, latest_checkpoint
from training.checkpoint_agreed import save_sync
from training.distributed import all_reduce_sum


class RankWrites:
    """Clause rank_writes_agreed: the writes one rank makes alone, agreed by all."""

    def __init__(self, run: str, world: int, device: torch.device):
        self.run, self.world, self.device = run, world, device
        self.error: BaseException | None = None

    @contextlib.contextmanager
    def catch(self, what: str):
        """The block's error is kept (the first one) for :meth:`settle`, its file named
        (the error's own file name, else ``what``); raised at once in one process."""
        try:
            yield
        except Exception as error:
            if self.world == 1:
                raise
            if not getattr(error, "longctx_writing", None):
                with contextlib.suppress(AttributeError, TypeError):
                    error.longctx_writing = getattr(error, "filename", None) or what
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
    newest = max(s for _, _, s, _ in views if s is not None)
    head = (
        f"--resume: the nodes' copies of {run} differ"
        if resume
        else (f"--output {run} is not the same folder on every node")
    )
    raise UserError(
        f"{head}: its newest checkpoint is {each} (node-local disks: each node sees its own "
        "folder), so the ranks would not start from the same step; to go on from step "
        f"{newest}, copy the folder to every node (or use an --output all nodes share) and "
        "run with --resume; to start over, move the old folder away (or choose a new "
        "--output)"
    )
