"""What the ranks of a ``torchrun`` run share: the shard check, its verdict, the exit.

Clause shard_check_once_per_node (session 33): the shard integrity check
(``training.data``, clauses shard_bytes_match_manifest and shard_check_stamped) read
every byte of every shard in every rank: 8 ranks on a node read a 100 GB dataset 8
times at each start. Now one process per node hashes, the one with ``LOCAL_RANK`` 0:
not global rank 0 alone, since each node may read its own copy of DATA (node-local
disks), and a copy nobody hashed could train on damaged rows. The other ranks open
(memory-map) the same buckets without hashing.

A check that fails in one process must stop every rank: a rank that went on would
load the model and wait in DDP's (or FSDP's) first broadcast for ranks that had
already exited, until torchrun killed it. So every rank opens its buckets catching
the one-line error, and :func:`agree` gathers each rank's verdict (``all_gather_object``)
before the first collective of the model's setup: the train line (None when the
shards are fine) and the ``validation loss disabled: ...`` line (None when the
validation loss is on). Every rank then takes the first line in rank order, so all
ranks stop with the same line and exit status (2), or all train with the validation
loss on, or all with it off (ranks that disagreed would call the validation's
all-reduce in some ranks only and hang at the first evaluation). When the ranks run
on several nodes the line names the node whose copy failed. The gather runs in a gloo
group of its own with a long timeout: a node's checker may hash for longer than
NCCL's default 10 minutes while the other ranks wait (as long as every rank hashed
before, not longer).

Clause refusals_agreed (session 34): the refusals made before that verdict (the
config, the run folder, ``DATA/manifest.json``, the tokenizer) read files that may be
each node's own, and stopped only the ranks whose copy was wrong: the others went on
to the verdict's gather and failed there with gloo's traceback ("Connection closed by
peer") or, across nodes, waited for them. Each such block now runs in :func:`agreed`:
every rank catches its ``UserError``, the ranks gather what each found, and all stop
with the first failing rank's line and exit status; when not every rank failed the line
names the one that did (``(rank 1 of 2, node 1, host HOST)``), as the verdict's line
names the node and host whose copy of a shard failed.

Clause refusals_agreed_after_verdict (session 35): the refusals after the verdict
read each node's own files too (the model's copy: ``load_model``, ``check_context``,
``check_token_ids``; a node-local RUN: ``--resume``'s checkpoint checks) and stopped
one rank alone, the others failing at their next collective with gloo's traceback.
They run in :func:`agreed` blocks as well, in the same gloo group, which
:func:`end_verdicts` destroys after the last of them. Clause refusal_ends_process_group
(session 35): after an agreed refusal every rank destroys its process group before it
exits (:func:`end_process_group`). DATA's read lease (``pipeline.readers.reading``)
never refuses (a mark it cannot write leaves the run unmarked), so it needs no block.

Clause train_shard_error_agreed (session 34): an error reading a train bucket that is
not a ``DatasetError`` (shards of different schemas, a missing column) was a traceback
on that rank alone; :func:`open_buckets` now says it in one line naming the bucket and
gathers it like any other verdict (exit 2 in every rank). Errors of the code itself
(``TypeError``, ``RuntimeError``, ...) keep their traceback.

Clause launcher_gone (session 34): a rank started by torchrun whose torchrun was
killed (SIGKILL, an out-of-memory kill) is nobody's child: nothing stops it, and ranks
waiting in a collective for one another (the verdict's gather waits up to
:data:`VERDICT_TIMEOUT`) slept until killed by hand. :func:`watch_launcher` polls the
parent's pid; when the rank's parent is gone it says so in one line and stops the rank
with SIGTERM (one line, exit 143), and exits at once if the rank is still there
:data:`LAUNCHER_GONE_GRACE_S` later (stuck in a collective, where no Python signal
handler runs). The line names the launcher (clause launcher_named, session 35:
``accelerate launch``, ``torchrun``, else the parent's program; :func:`launcher_name`). Only under torchrun (``TORCHELASTIC_RUN_ID``): a rank started by hand
or under ``nohup`` may outlive its shell on purpose. ``prctl(PR_SET_PDEATHSIG)`` is not
used: it fires when the parent *thread* that started the rank ends, not the launcher.

Clause torchrun_error_file (session 33): torchrun exits 1 whatever its ranks exited
with (``torch.distributed.run.main`` lets ``ChildFailedError`` out of ``@record``);
the ranks' statuses appear only in its summary (``exitcode : 4``), where the
traceback reads ``<N/A>`` for a rank that wrote no error file. torchrun gives each
rank the path of one in ``TORCHELASTIC_ERROR_FILE``; :func:`write_error_file` writes
the one-line error there with its exit status (``errorCode``), so torchrun's summary
shows the line, and when torchrun itself runs with ``TORCHELASTIC_ERROR_FILE`` set
it copies the first failed rank's file there: JSON that a script reads for the real
status (``message.errorCode``: 4 for a run that diverged, 2 for a refusal) and line.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
import threading
import time
from datetime import timedelta

import pyarrow as pa
import torch

from schemas.dataset import DatasetError
from schemas.errors import UserError
from training.data import open_bucket
from training.distributed import end_distributed

# How long ranks wait for the node checkers' verdict: the checker hashes every shard
# of a new run (~130 MB/s: 5.5 h for 2.5 TB); torchrun stops every rank anyway when
# one process dies, so a long bound never leaves a run hanging after a crash.
VERDICT_TIMEOUT = timedelta(hours=6)
# Clause launcher_gone: how often a torchrun rank looks for its launcher, and how long
# it waits for its own SIGTERM cleanup before exiting regardless.
LAUNCHER_POLL_S = 1.0
LAUNCHER_GONE_GRACE_S = 15.0
# Errors reading a bucket's shards that are about the data, not the code (clause
# train_shard_error_agreed): Arrow's own, a missing column (KeyError), the OS's.
_READ_ERRORS = (ValueError, LookupError, OSError, pa.ArrowException)


def is_node_checker(world: int) -> bool:
    """True in the one process of its node that hashes the shards (``LOCAL_RANK`` 0;
    every single process run, whatever ``LOCAL_RANK`` a launcher left set)."""
    return world == 1 or os.environ.get("LOCAL_RANK", "0") == "0"


def verdict_group(world: int):
    """Clause verdict_group_before_hashing (review 33): the gloo group :func:`agree`
    gathers in, made right after the ranks joined (None in one process). Made at the
    gather instead, a rank that stopped before it (a traceback while opening its
    buckets, a refusal of its node's files) left the others waiting for it in
    ``new_group`` for the whole 6 h timeout where torchrun's agent does not stop them
    (several nodes, ``srun``, ranks started by hand); a group connected while every
    rank is alive fails at once with gloo's "Connection closed by peer" instead."""
    if world == 1:
        return None
    return torch.distributed.new_group(backend="gloo", timeout=VERDICT_TIMEOUT)


def open_buckets(config, manifest, plans, eval_window: int, checks, world: int, group=None):
    """The train buckets of ``plans`` and the validation bucket of ``eval_window``
    (None without ``eval_rows``), checked once per node; returns ``(buckets,
    val_bucket, note)`` where ``note`` is the ``validation loss disabled: ...`` line
    all ranks agreed on (None when the validation loss is on). Raises the agreed
    ``DatasetError`` in every rank when a train bucket cannot be used; ``group``:
    :func:`verdict_group`."""
    verify = is_node_checker(world)
    buckets, train_error, val_bucket, note = {}, None, None, None
    try:
        for p in plans:
            with _bucket_named(config.data, "train", p.window):
                buckets[p.window] = open_bucket(
                    config.data, manifest, "train", p.window, plans, checks, verify=verify
                )
    except DatasetError as error:
        train_error = str(error)
    if config.eval_rows and train_error is None:
        try:
            with _bucket_named(config.data, "validation", eval_window):
                val_bucket = open_bucket(
                    config.data, manifest, "validation", eval_window, checks=checks, verify=verify
                )
        except ValueError as error:  # as before: any refusal of the bucket turns it off
            note = f"validation loss disabled: {error}"
    train_error, note = agree((train_error, note), world, group)
    if train_error and world > 1:  # every rank stops with it (refusal_ends_process_group)
        raise AgreedError(train_error, DatasetError.exit_status)
    if train_error:
        raise DatasetError(train_error)
    return buckets, (None if note else val_bucket), note


def end_verdicts(group) -> None:
    """The verdict's gloo group goes after the last :func:`agreed` block (clause
    refusals_agreed_after_verdict: the model's checks and ``--resume``'s come after
    the shard verdict). None in one process."""
    if group is not None:
        torch.distributed.destroy_process_group(group)


def end_process_group() -> None:
    """Clause refusal_ends_process_group (session 35): after an agreed refusal every
    rank stops at the same point, with no collective under way, so the process group
    is destroyed there; left to the exit, torch >= 2.4 adds its "process group has
    NOT been destroyed" warning (NCCL) after the one line. Only for agreed refusals:
    a rank that stops alone keeps its group (a destroy may wait on the others). The
    destroy is :func:`training.distributed.end_distributed` (clause
    teardown_joins_without_gil); the refusal's traceback frames still hold the recipe's
    DDP module, whose Reducer it drops all the same (clause
    teardown_drops_every_reducer, session 51). The refusal's frames also hold the
    verdict group (:func:`verdict_group`): its threads go with them, not said."""
    end_distributed(holds_a_group=True)


@contextlib.contextmanager
def _bucket_named(data: str, split: str, window: int):
    """Clause train_shard_error_agreed: a reading error that is no ``DatasetError``
    becomes one, naming the bucket (a validation bucket's then turns the validation
    loss off, as any refusal of it does)."""
    try:
        yield
    except DatasetError:
        raise
    except _READ_ERRORS as error:
        raise DatasetError(
            f"{data}/{split}: the window-{window} shards cannot be read as a longctx "
            f"dataset's rows ({type(error).__name__}: {' '.join(str(error).split())}); "
            f"`longctx inspect {data} --verify` checks the whole dataset; rebuild it with "
            "`longctx dataset`"
        ) from error


def _where(rank: int, world: int) -> str:
    """``rank 1 of 2, node 1, host HOST``: who said a line (clause refusals_agreed)."""
    return (
        f"rank {rank} of {world}, node {os.environ.get('GROUP_RANK', '0')}, "
        f"host {socket.gethostname()}"
    )


class AgreedError(UserError):
    """The refusal every rank stops with (clause refusals_agreed): the first failing
    rank's line, with that rank's exit status."""

    def __init__(self, line: str, exit_status: int):
        super().__init__(line)
        self.exit_status = exit_status


@contextlib.contextmanager
def agreed(world: int, group):
    """Clause refusals_agreed: run the block in every rank, then gather whether each
    raised a ``UserError``; if any did, every rank raises the first one's line (with
    the failing rank named when not all failed) and exit status. A collective: every
    rank enters the same blocks in the same order. Nothing changes in one process."""
    if world == 1:
        yield
        return
    mine = None
    try:
        yield
    except UserError as error:
        mine = (str(error), error.exit_status, _where(torch.distributed.get_rank(), world))
    gathered: list = [None] * world
    torch.distributed.all_gather_object(gathered, mine, group=group)
    failed = [g for g in gathered if g]
    if not failed:
        return
    line, status, where = failed[0]
    if len(failed) < world or any(g[0] != line for g in failed):  # not every rank's line
        line = f"{line} ({where})"
    raise AgreedError(line, status)


def agree(verdict: tuple, world: int, group) -> tuple:
    """Every rank's ``verdict`` (a tuple of one-line errors or None) gathered in
    ``group`` (:func:`verdict_group`; :func:`open_buckets` destroys it after); each
    place takes the first line in rank order, the same in every rank. A collective:
    every rank calls it once, after the :func:`agreed` blocks."""
    if world == 1:
        return verdict
    node = (os.environ.get("GROUP_RANK", "0"), socket.gethostname())
    gathered: list = [None] * world
    torch.distributed.all_gather_object(gathered, (node, verdict), group=group)
    several_nodes = len({n for n, _ in gathered}) > 1
    lines = []
    for i in range(len(verdict)):
        line = next(((n, v[i]) for n, v in gathered if v[i]), None)
        if line and several_nodes:
            lines.append(f"{line[1]} (the copy on node {line[0][0]}, host {line[0][1]})")
        else:
            lines.append(line and line[1])
    return tuple(lines)


def watch_launcher(world: int, prog: str = "longctx train") -> None:
    """Clause launcher_gone: under torchrun, a daemon thread that stops this rank once
    its launcher (the parent process) is gone."""
    if world == 1 or not os.environ.get("TORCHELASTIC_RUN_ID"):
        return
    parent = os.getppid()
    rank = os.environ.get("RANK", "?")
    launcher = launcher_name(parent)  # read now: a gone process has no command line

    def watch():
        while os.getppid() == parent:
            time.sleep(LAUNCHER_POLL_S)
        with contextlib.suppress(OSError):
            os.write(
                2,
                f"{prog}: error: rank {rank}: its launcher (pid {parent}, {launcher}) is gone, "
                "so nothing would stop this rank; stopping it (start the run again, with "
                "--resume to go on from its last checkpoint)\n".encode(),
            )
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(LAUNCHER_GONE_GRACE_S)
        sys.stderr.flush()
        os._exit(128 + signal.SIGTERM)  # still there: stuck where no handler runs

    threading.Thread(target=watch, name="launcher_gone", daemon=True).start()


def launcher_name(pid: int) -> str:
    """Clause launcher_named (session 35): the program that started this rank, for the
    watcher's line: ``accelerate launch`` (which runs torch's agent in its own
    process, so its ranks are its children too), ``torchrun`` (also ``python -m
    torch.distributed.run`` / ``.launch``), else the parent's program (its script under
    python); read from ``/proc/PID/cmdline``. Where that cannot be read (not Linux),
    accelerate's own variable in the rank's environment tells it apart; else
    ``torchrun``. Before, the line said "torchrun" under any launcher."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    except OSError:
        argv = []
    if not argv:
        return "accelerate launch" if "ACCELERATE_MIXED_PRECISION" in os.environ else "torchrun"
    names = [os.path.basename(a) for a in argv[:4]]
    # clause launcher_named_accelerate_launch_script (review 35): accelerate's own
    # `accelerate-launch` console script was named as itself
    if {"accelerate", "accelerate-launch"} & set(names) or "accelerate.commands.launch" in argv[:4]:
        return "accelerate launch"
    if "torchrun" in names or {"torch.distributed.run", "torch.distributed.launch"} & set(argv[:4]):
        return "torchrun"
    if names[0].startswith("python") and len(argv) > 1 and not argv[1].startswith("-"):
        return names[1]  # python SCRIPT: the script
    return names[0]


def write_error_file(prog: str, line: str, status: int) -> None:
    """Clause torchrun_error_file: the run's one-line error and exit status in the
    file torchrun named (``TORCHELASTIC_ERROR_FILE``), in the JSON of torchrun's own
    ``ErrorHandler.record_exception``; nothing outside torchrun."""
    path = os.environ.get("TORCHELASTIC_ERROR_FILE")
    if not path:
        return
    text = f"{prog}: error: {' '.join(line.split())}"
    data = {
        "message": {
            "message": text,
            "errorCode": status,
            "extraInfo": {"py_callstack": text, "timestamp": str(int(time.time()))},
        }
    }
    try:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
    except OSError:
        pass  # torchrun's summary then says <N/A>, as before; the rank's line is printed


def _error_file_for_torchrun(body):
    """Clause torchrun_error_file (``training.torchrun``): a rank's one-line error and
    exit status also go where torchrun reads them."""
    try:
        return body()
    except UserError as error:
        write_error_file("longctx train", str(error), error.exit_status)
        if isinstance(error, AgreedError):  # clause refusal_ends_process_group: every
            end_process_group()  # rank stops at the same refusal: none is left waiting
        raise
