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

import json
import os
import time
from datetime import timedelta

import torch

from schemas.dataset import DatasetError
from training.data import open_bucket

# How long ranks wait for the node checkers' verdict: the checker hashes every shard
# of a new run (~130 MB/s: 5.5 h for 2.5 TB); torchrun stops every rank anyway when
# one process dies, so a long bound never leaves a run hanging after a crash.
VERDICT_TIMEOUT = timedelta(hours=6)


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
            buckets[p.window] = open_bucket(
                config.data, manifest, "train", p.window, plans, checks, verify=verify
            )
    except DatasetError as error:
        train_error = str(error)
    if config.eval_rows and train_error is None:
        try:
            val_bucket = open_bucket(
                config.data, manifest, "validation", eval_window, checks=checks, verify=verify
            )
        except ValueError as error:  # as before: any refusal of the bucket turns it off
            note = f"validation loss disabled: {error}"
    train_error, note = agree((train_error, note), world, group)
    if train_error:
        raise DatasetError(train_error)
    return buckets, (None if note else val_bucket), note


def agree(verdict: tuple, world: int, group) -> tuple:
    """Every rank's ``verdict`` (a tuple of one-line errors or None) gathered in
    ``group`` (:func:`verdict_group`, destroyed here); each place takes the first line
    in rank order, the same in every rank. A collective: every rank calls it once,
    before any other."""
    if world == 1:
        return verdict
    node = os.environ.get("GROUP_RANK", "0")
    gathered: list = [None] * world
    torch.distributed.all_gather_object(gathered, (node, verdict), group=group)
    torch.distributed.destroy_process_group(group)
    several_nodes = len({n for n, _ in gathered}) > 1
    agreed = []
    for i in range(len(verdict)):
        line = next(((n, v[i]) for n, v in gathered if v[i]), None)
        if line and several_nodes:
            agreed.append(f"{line[1]} (the copy on node {line[0]})")
        else:
            agreed.append(line and line[1])
    return tuple(agreed)


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
