"""What ``--resume`` may continue, and a run folder that stays usable after a failure.

* :func:`check_resume`: a checkpoint carries the optimizer and LR schedule of the
  config it was written with, and its data position means rows of one dataset. A
  resume with another value of anything that changes the training (``optim.lr``,
  ``loss.type``, ``peft.*``, ``seed``, ...) or with a rebuilt dataset (other shard
  sha256, :func:`data_fingerprint`) or another base model (other weights under the
  same shapes, ``training.model_fingerprint``) is refused naming what differs,
  before anything is written. Paths (a moved model or dataset), ``max_steps`` and the
  checkpoint / evaluation / progress settings (:data:`MAY_CHANGE`) may change.
* :func:`check_run_folder`: ``--output`` never is, holds or lies in the dataset or
  the model folder, and a fresh run (no checkpoint to resume) starts only in a new or
  empty folder or in what a run killed before its first checkpoint left: never over
  a finished run whose checkpoints were removed (its adapter) or a user's files that
  happen to be called ``config.yaml`` / ``metrics.jsonl``.
* :func:`kept_metrics`: the metrics (and ``log_rows``) lines up to the checkpoint's
  step; a last line cut by a kill or a full disk is dropped, not a ``JSONDecodeError``.
* :func:`failures_are_one_line`: a SIGTERM says which checkpoint is intact; a full disk or exceeded quota anywhere in a run is
  one line saying what was being written, that the last complete checkpoint is intact
  (verified) and what to free; checkpoints and the adapter are written beside and
  renamed into place (``training.checkpoint``, ``training.adapter``), so nothing half
  written is left that ``--resume`` or peft would load.

Cost: one sha256 over the manifest's shard list and one over ~3 MB sampled from the
model's weight files at start; nothing per step.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator

import yaml

from pipeline.durable import rename_durable
from pipeline.existing import config_leaves
from schemas.dataset import Manifest
from schemas.errors import Terminated, UserError, out_of_space
from training.checkpoint import list_checkpoints, load_checkpoint, remove_stale_staging
from training.checkpoint_files import newest_intact

# Config keys (dotted) a resumed run may change: where things are, how long it runs,
# how often it checkpoints, evaluates and reports. None of them changes a step.
MAY_CHANGE = frozenset(
    {
        "data",
        "model",
        "output",
        "max_steps",
        "progress",
        "merge",
        "keep_checkpoints",
        "checkpoint_every",
        "eval_every",
        "eval_rows",
        "eval_window",
        "log_rows",
        "bound_heap_from_window",
    }
)


# What a run killed before its first checkpoint leaves (written before step 1).
# Clause output_shared_agreed: the token rank 0 writes into --output at the start and
# removes at once (training.run_agreed.output_shared). Clause
# output_shared_agreed_leftover_token (review 38): one a killed start left behind is no
# file of a run's to overwrite (before: the rerun was refused, "already holds
# .longctx-shared-check-...; choose a new or empty folder").
SHARED_TOKEN = ".longctx-shared-check-"
RUN_LOCK = ".longctx-run.lock"  # training.run_lock.LOCK (its .part, its .takeover claim)
_METRICS_START = '{"kind": "'  # how every metrics.jsonl line the trainer writes begins
_EARLY_FILES = frozenset(
    {"config.yaml", "metrics.jsonl", "rows", "checkpoints", "shard_checks.json"}
)

# Clause shard_check_stamped (training.data.ShardChecks): the stamps of the shards this
# run hashed, so a resume rehashes only those that changed.
SHARD_CHECKS = "shard_checks.json"
_SHARD_CHECKS_FORMAT = "longctx shard checks"


def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _is_run_file(path: str, name: str) -> bool:
    """``path`` is a file ``longctx train`` wrote as ``name`` (before step 1)."""
    if name in ("rows", "checkpoints"):
        return os.path.isdir(path)
    try:
        with open(path, encoding="utf-8") as f:
            if name == "config.yaml":
                saved = yaml.safe_load(f)
                return isinstance(saved, dict) and {"curriculum", "output"} <= saved.keys()
            if name == "metrics.jsonl":  # clause kept_says_the_write (session 38): a
                # last line a full disk cut short is dropped at the next start, as
                # kept_metrics does, so "the run starts over" holds
                *whole, last = f.read().split("\n")
                try:
                    json.loads(last)
                    whole.append(last)
                except ValueError:  # clause kept_says_the_write_cut_is_a_record (review
                    # 38): only the start of a record is a cut line (before: any last
                    # line, so a user's one-line file without a newline was overwritten)
                    if not _METRICS_START.startswith(last[: len(_METRICS_START)]):
                        return False
                return all(json.loads(line).get("kind") for line in whole if line.strip())
            if name == SHARD_CHECKS:
                saved = json.load(f)
                return isinstance(saved, dict) and saved.get("format") == _SHARD_CHECKS_FORMAT
    except (OSError, ValueError, AttributeError, UnicodeDecodeError):
        return False
    return False


def check_run_folder(output: str, data: str, model: str, has_checkpoints: bool) -> None:
    """Raise ``UserError`` when ``output`` would write into the dataset or the model,
    or (``has_checkpoints`` False: a fresh start) over files that are no killed run's."""
    real = os.path.realpath(output)
    for flag, folder in (("--data", data), ("--model", model)):
        theirs = os.path.realpath(folder)
        if os.path.isdir(theirs) and (_inside(real, theirs) or _inside(theirs, real)):
            raise UserError(
                f"--output {output} is, holds or lies inside the {flag} folder {folder}: a "
                "run writes its adapter, checkpoints and config there; choose a run folder "
                "of its own (e.g. runs/NAME)"
            )
    if has_checkpoints or not os.path.isdir(real):
        return
    foreign = sorted(
        name
        for name in os.listdir(real)
        if not name.startswith((SHARED_TOKEN, RUN_LOCK))  # clause run_lock: the lock
        and (
            name not in _EARLY_FILES
            or not _is_run_file(os.path.join(real, name), name)
            or (
                name == "checkpoints"
                and not all(n.startswith(".") for n in os.listdir(os.path.join(real, name)))
            )
        )
    )
    if foreign:
        raise UserError(
            f"--output {output} already holds {', '.join(foreign[:5])} and no checkpoint "
            "to resume: a new run would overwrite them (a finished run whose checkpoints "
            "were removed, or files that are not a run's); choose a new or empty folder"
        )


def data_fingerprint(manifest: Manifest, windows) -> str:
    """sha256 over the (path, sha256) of the train shards of ``windows``: what the
    rows at a data position are."""
    used = sorted(
        (s.path, s.sha256) for s in manifest.shards if s.split == "train" and s.window in windows
    )
    return hashlib.sha256(json.dumps(used).encode()).hexdigest()


def resume_checkpoint(
    run: str,
    kept: list[str],
    curriculum: list,
    trainees: tuple,
    rank: int,
    say,
    expected: tuple,
    agree_step=lambda step, run: None,
) -> tuple[str, dict] | None:
    """``--resume``: load the newest intact checkpoint of ``run`` into ``trainees``
    (model, optimizer, scheduler) and return its ``(path, state)``; None (said) when
    there is none. Every refusal is a ``UserError`` raised before the first step, in
    the recipe's agreed block (clause refusals_agreed_after_verdict: a node-local RUN
    may refuse on one node only). ``expected``: :func:`check_resume`'s config, data,
    fingerprint and model weights. ``agree_step``: the ranks' agreement on the step
    (``training.checkpoint_agreed.same_resume_step``), a collective made before any
    refusal here, so every rank reaches it."""
    found = newest_intact(list_checkpoints(run), warn=say)
    agree_step(found and found[0], run)  # clause resume_step_agreed
    if found is None and list_checkpoints(run):
        raise UserError(
            f"--resume: none of the checkpoints in {run}/checkpoints can be used (see "
            "above); move them away to start the run over"
        )
    if found is None and kept:
        raise UserError(kept[0])  # clause resume_keeps_no_effect_setting: nothing kept
    if found is None:
        say(f"--resume: no checkpoint in {run}/checkpoints, starting from step 0")
        return None
    state = load_checkpoint(found[1], *trainees, rank)
    if state["curriculum"] != curriculum:
        raise UserError(
            f"{found[1]} was written with another curriculum / batch geometry: resume "
            "with the config of that run (RUN/config.yaml), or choose a new --output"
        )
    check_resume(found[1], state, *expected)
    return found[1], state


def check_resume(
    path: str, state: dict, config: dict, data: str, fingerprint: str, model_weights: str
) -> None:
    """Raise ``UserError`` unless the checkpoint at ``path`` (its ``state``) was written
    with this ``config`` (but for :data:`MAY_CHANGE`), this dataset and this base
    model (``model_weights``: ``model_fingerprint`` of ``config["model"]``, every byte
    of its weight files, saved as ``model_fingerprint``; checkpoints written before it
    was recorded, or with the sampled fingerprint of before session 12 under
    ``model_sha256``, are not checked)."""
    saved, now = config_leaves(state.get("config", {})), config_leaves(config)
    changed = [
        f"{key} ({saved[key]!r} there, {now[key]!r} now)"
        for key in sorted(saved.keys() & now.keys())
        if key.split(".")[0] not in MAY_CHANGE and saved[key] != now[key]
    ]
    if changed:
        raise UserError(
            f"--resume: {path} was written with another config: {', '.join(changed)}; a "
            "resumed run goes on with the checkpoint's optimizer, schedule and data "
            f"position, so these cannot change: resume with {config['output']}/config.yaml "
            "(or drop the --set), or choose a new --output"
        )
    if state.get("data_sha256", fingerprint) != fingerprint:
        raise UserError(
            f"--resume: the dataset {data} is not the one {path} was trained on (its train "
            "shards differ: rebuilt?); the data position would read other rows: resume "
            "with the run's dataset, or choose a new --output to start over on this one"
        )
    if state.get("model_fingerprint", model_weights) != model_weights:
        started = state.get("config", {}).get("model", "?")
        raise UserError(
            f"--resume: the model {config['model']} is not the one {path} was trained on "
            f"(its weights differ from those of {started} when the run started, though the "
            "shapes may agree); the adapter and optimizer belong to those weights: resume "
            "with --model naming that model (moved is fine), or choose a new --output"
        )


def kept_metrics(path: str, steps_done: int) -> list[str]:
    """The lines of ``path`` (``metrics.jsonl``, ``rows/rank*.jsonl``) whose ``step`` is
    at most ``steps_done``; a line cut short (the run was killed mid-write) is dropped."""
    kept = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if record["step"] <= steps_done:
                kept.append(line if line.endswith("\n") else line + "\n")
    return kept


def start_logs(run: str, config, start: int, rank: int):
    """Write ``config.yaml``, keep the metrics (and ``log_rows``) lines of the steps
    before ``start`` (those a killed run logged past its checkpoint are dropped), remove
    the checkpoint staging folders a killed run left (clause ``stale_staging``);
    returns the metrics path and the open rows log (None without ``log_rows``)."""
    metrics_path = os.path.join(run, "metrics.jsonl")
    if rank == 0:
        os.makedirs(run, exist_ok=True)
        remove_stale_staging(run)  # clause stale_staging (training.checkpoint)
        write_atomically(
            os.path.join(run, "config.yaml"), yaml.safe_dump(config.to_dict(), sort_keys=False)
        )
        kept = kept_metrics(metrics_path, start) if start and os.path.exists(metrics_path) else []
        write_atomically(metrics_path, "".join(kept))
    if not config.log_rows:
        return metrics_path, None
    os.makedirs(os.path.join(run, "rows"), exist_ok=True)
    rows_path = os.path.join(run, "rows", f"rank{rank}.jsonl")
    # its steps count from 0: keep those before the checkpoint's
    kept = kept_metrics(rows_path, start - 1) if start and os.path.exists(rows_path) else []
    write_atomically(rows_path, "".join(kept))
    return metrics_path, open(rows_path, "a", encoding="utf-8")


def load_shard_checks(run: str) -> dict:
    """The stamps ``RUN/shard_checks.json`` holds (clause shard_check_stamped); an empty
    dict when there is none or it is not ours (every shard is hashed then)."""
    try:
        with open(os.path.join(run, SHARD_CHECKS), encoding="utf-8") as f:
            saved = json.load(f)
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(saved, dict) or saved.get("format") != _SHARD_CHECKS_FORMAT:
        return {}
    shards = saved.get("shards")
    return shards if isinstance(shards, dict) else {}


def save_shard_checks(run: str, stamps: dict) -> None:
    text = json.dumps({"format": _SHARD_CHECKS_FORMAT, "shards": stamps}, indent=1)
    write_atomically(os.path.join(run, SHARD_CHECKS), text + "\n")


def write_atomically(path: str, text: str) -> None:
    """``path`` holds the old or the new ``text``, never a part of it. Clause
    run_logs_durable (session 43): the rename is made durable too (``rename_durable``:
    the run folder fsynced after it), so a power loss after a start cannot bring back
    the metrics lines of steps its checkpoint does not hold, nor a ``config.yaml`` or
    ``shard_checks.json`` older than the run that said it started."""
    part = path + ".part"
    try:
        with open(part, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        rename_durable(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(part)
        raise


@contextlib.contextmanager
def writing(what: str) -> Iterator[None]:
    """Name what the block writes, for the line of a full disk inside it (the errors of
    torch and safetensors do not always carry the file's name)."""
    try:
        yield
    except Exception as error:
        if not hasattr(error, "longctx_writing"):
            with contextlib.suppress(AttributeError, TypeError):
                error.longctx_writing = what
        raise


def _what(error: BaseException) -> str:
    named = getattr(error, "longctx_writing", None)
    if named:
        return named
    name = str(getattr(error, "filename", None) or "")
    return "the run's files (metrics.jsonl, config.yaml)" if not name else name


def kept_note(error: BaseException) -> str:
    """Clause kept_says_the_write (session 38): what the failed write left on disk, for
    its one line. Checkpoints, ``config.yaml``, ``shard_checks.json``, the adapter, the
    merged model and ``loss.png`` are written beside and renamed into place (nothing
    half-written is left); ``metrics.jsonl`` and ``rows/rankN.jsonl`` are appended to:
    their last line may be cut, and the next start drops it (:func:`kept_metrics`,
    :func:`check_run_folder`). Before: "nothing half-written was kept" for every write."""
    what = _what(error)
    if what.endswith(".jsonl"):
        return (
            f"{what} keeps the lines written before (a last line the failure cut short "
            "is dropped when the run starts again)"
        )
    return "nothing half-written was kept"


def _size_mb(folder: str) -> float:
    return (
        sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(folder) for n in names)
        / 2**20
    )


def _resume_note(
    run: str, with_size: bool, again: str = "run the same command with --resume"
) -> str:
    found = newest_intact(list_checkpoints(run), warn=lambda _: None)
    if not found:
        return "no checkpoint was complete yet: the run starts over"
    size = f"; a checkpoint takes {_size_mb(found[1]):.1f} MB" if with_size else ""
    return (
        f"the last complete checkpoint {found[1]} is intact (its checksums verify{size}): "
        f"{again} to go on from it"
    )


@contextlib.contextmanager
def failures_are_one_line(run: str) -> Iterator[None]:
    """A full disk (or quota) inside the block becomes one ``UserError`` line, a
    SIGTERM (``schemas.errors.terminate_with_a_line``) one ``Terminated`` line; both
    say which checkpoint a ``--resume`` would use."""
    try:
        yield
    except UserError:
        raise
    except Terminated:
        raise Terminated(_resume_note(run, with_size=False)) from None
    except Exception as error:
        if not out_of_space(error):
            raise
        raise UserError(full_disk_line(run, error)) from error


def full_disk_line(run: str, error: BaseException, where: str = "") -> str:
    """The one line of a full disk (or quota) while writing into ``run``; ``where``
    names the rank that hit it (clause full_disk_agreed: every rank says it)."""
    quota = "No space left on device"
    if any(t in str(error) for t in ("Errno 122", "os error 122")):
        quota = "Disk quota exceeded"
    return (
        f"no space left on the disk of {os.path.abspath(run)}{where} while writing "
        f"{_what(error)} ({quota}); {kept_note(error)}; free some space "
        f"there (or move the run folder to a disk with room and point --output at it); {_resume_note(run, with_size=True)}"
    )
