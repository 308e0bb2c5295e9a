"""Clause ``checksums_garbled`` (training/checkpoint_files.py ``verify_checksums``,
session 36): a crafted or garbled ``checksums.json`` (``sha256`` not an object, a sum
that is not a string, nothing listed) raised an ``AttributeError`` / ``TypeError``
traceback at start, or verified nothing; now it is a damaged checkpoint like a wrong
sum: skipped in one line, the previous intact one used, and at start (a verified kept
copy ``.old-step-N``) set aside as ``damaged-step-N``.

Clause ``damaged_reminder`` (training/checkpoint.py ``restore_and_remind``): the
``damaged-step-N`` line was said once, at the rename; each later start now says in one
line that such folders are there (never loaded) and how to delete them."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.training.checkpoint_parts import flat_weights as _weights
from tests.training.checkpoint_parts import tiny_parts as _tiny
from training.checkpoint import list_checkpoints, restore_and_remind, save_checkpoint
from training.checkpoint_files import (
    CHECKSUMS,
    CheckpointError,
    newest_intact,
    verify_checksums,
)

# A user's file that must survive: a line of real text (Pride and Prejudice).
NOTES = "It is a truth universally acknowledged, that a single man in possession of a good fortune"

GARBLED = {  # each raised a traceback (or verified nothing) before
    "sha256-a-list": lambda sums: {"sha256": sorted(sums)},
    "sha256-a-string": lambda sums: {"sha256": "state.pt"},
    "sum-a-number": lambda sums: {"sha256": {n: 5 for n in sums}},
    "sum-null": lambda sums: {"sha256": {n: None for n in sums}},
    "nothing-listed": lambda sums: {"sha256": {}},
    # review 36: a listed name that is a path out of the folder (here back into it, so
    # the sum matches and the old code verified it)
    "name-a-path": lambda sums: {"sha256": {**sums, "../step-00000004/state.pt": sums["state.pt"]}},
}


def _saved(tmp_path) -> tuple[str, list]:
    """Steps 2 and 4 of a tiny model saved in RUN; their weights."""
    run = str(tmp_path / "run")
    model, optimizer, scheduler = _tiny()
    weights = []
    for step in (2, 4):
        for p in model.parameters():
            p.data += step
        save_checkpoint(run, step, model, optimizer, scheduler, {"stage": 0})
        weights.append(_weights(model))
    return run, weights


def _garble(folder: str, how: str) -> None:
    path = os.path.join(folder, CHECKSUMS)
    with open(path, encoding="utf-8") as f:
        sums = json.load(f)["sha256"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(GARBLED[how](sums), f)


@pytest.mark.parametrize("how", GARBLED)
def test_checksums_garbled_is_damaged(tmp_path, how):
    """Clause checksums_garbled: ``verify_checksums`` raises ``CheckpointError`` naming
    the folder (before: AttributeError / TypeError, or no error for an empty list), and
    ``newest_intact`` skips it with one line and takes step 2."""
    run, _ = _saved(tmp_path)
    step4 = list_checkpoints(run)[-1][1]
    _garble(step4, how)
    with pytest.raises(CheckpointError, match=f"checkpoint {step4}: {CHECKSUMS} is damaged"):
        verify_checksums(step4)
    said = []
    assert newest_intact(list_checkpoints(run), warn=said.append) == (
        2,
        list_checkpoints(run)[0][1],
    )
    assert len(said) == 1 and said[0].startswith("skipping a checkpoint that cannot be used")


def test_checksums_garbled_good_ones_verify(tmp_path):
    """Clause checksums_garbled, what must stay: checkpoints as written verify, and a
    listed file with a wrong sum is still found (the same line as before)."""
    run, _ = _saved(tmp_path)
    for _, path in list_checkpoints(run):
        verify_checksums(path)
    step4 = list_checkpoints(run)[-1][1]
    with open(os.path.join(step4, CHECKSUMS), encoding="utf-8") as f:
        sums = json.load(f)
    sums["sha256"]["state.pt"] = "0" * 64
    with open(os.path.join(step4, CHECKSUMS), "w", encoding="utf-8") as f:
        json.dump(sums, f)
    with pytest.raises(CheckpointError, match="state.pt is damaged"):
        verify_checksums(step4)


@pytest.mark.parametrize("how", ["sha256-a-list", "sum-a-number"])
def test_checksums_garbled_at_start_set_aside(tmp_path, how):
    """Clause checksums_garbled at a run's start: step 4's checksums garbled next to its
    verified kept copy ``.old-step-4``: ``step-4`` is renamed ``damaged-step-00000004``
    (one line) and the good copy put back (before: AttributeError / TypeError out of
    the start's ``restore_set_aside``)."""
    run, weights = _saved(tmp_path)
    root = os.path.join(run, "checkpoints")
    shutil.copytree(os.path.join(root, "step-00000004"), os.path.join(root, ".old-step-00000004"))
    _garble(os.path.join(root, "step-00000004"), how)
    garbled = open(os.path.join(root, "step-00000004", CHECKSUMS), "rb").read()
    said = []
    restore_and_remind(run, 0, said.append)
    assert sorted(os.listdir(root)) == ["damaged-step-00000004", "step-00000002", "step-00000004"]
    verify_checksums(os.path.join(root, "step-00000004"))
    assert open(os.path.join(root, "damaged-step-00000004", CHECKSUMS), "rb").read() == garbled
    assert len(said) == 1 and "does not verify" in said[0]


def test_damaged_reminder_at_later_starts(tmp_path):
    """Clause damaged_reminder: a ``damaged-step-N`` left by an earlier start is named at
    every later start, in one line, with how to delete it (before: nothing was said
    after the rename); the folder is never touched nor listed as a checkpoint."""
    run, _ = _saved(tmp_path)
    root = os.path.join(run, "checkpoints")
    damaged = os.path.join(root, "damaged-step-00000004")
    shutil.copytree(os.path.join(root, "step-00000004"), damaged)
    with open(os.path.join(damaged, "notes.txt"), "w", encoding="utf-8") as f:
        f.write(NOTES)
    before = {n: open(os.path.join(damaged, n), "rb").read() for n in os.listdir(damaged)}
    for _ in range(2):  # each start says it once
        said = []
        restore_and_remind(run, 0, said.append)
        assert said == [
            f"{root} holds 1 folder(s) set aside as damaged at an earlier start or save "
            "(damaged-step-00000004): they are not checkpoints and are never loaded; once "
            f"you are sure you no longer need them, delete them: rm -r {root}/damaged-step-*"
        ]
    assert {n: open(os.path.join(damaged, n), "rb").read() for n in os.listdir(damaged)} == before
    assert [s for s, _ in list_checkpoints(run)] == [2, 4]


def test_damaged_reminder_guards(tmp_path):
    """Clause damaged_reminder, what must stay: nothing said without such folders (a
    user's ``damaged-notes`` folder is not one), on rank 1, or for a folder renamed at
    this very start (its own line says it, once)."""
    run, _ = _saved(tmp_path)
    root = os.path.join(run, "checkpoints")
    os.mkdir(os.path.join(root, "damaged-notes"))
    said = []
    restore_and_remind(run, 0, said.append)
    assert said == []
    shutil.copytree(os.path.join(root, "step-00000004"), os.path.join(root, ".old-step-00000004"))
    os.remove(os.path.join(root, "step-00000004", "state.pt"))
    restore_and_remind(run, 1, said.append)
    assert said == []
    restore_and_remind(run, 0, said.append)
    assert len(said) == 1 and "renamed it to" in said[0]  # the rename's own line only
    restore_and_remind(run, 1, said.append)  # review 36: rank 1 never says it
    assert len(said) == 1
