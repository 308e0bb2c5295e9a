"""Clause ``checkpoint_replaced_safely`` (training/checkpoint.py, session 35): a step
saved a second time replaced the old checkpoint by removing it first and renaming the
new one in after, so a kill (or a Ctrl-C, a full disk) between the two lost the only
copy of that step. Now the old one is renamed aside, the new one in, then the old one
removed. Each test kills (``os._exit`` in a forked child: no cleanup runs, as with
SIGKILL) or interrupts (KeyboardInterrupt: the cleanup runs) the second save at each
point and checks that a complete checkpoint of the step is found, verifies and loads,
and that after the next start's cleanup only ``step-N`` folders are left."""

from __future__ import annotations

import multiprocessing
import os
import shutil

import pytest
import torch

from tests.training.checkpoint_parts import flat_weights as _weights
from tests.training.checkpoint_parts import tiny_parts as _tiny
from training import checkpoint
from training.checkpoint import (
    latest_checkpoint,
    list_checkpoints,
    load_checkpoint,
    remove_stale_staging,
    restore_set_aside,
    save_checkpoint,
)
from training.checkpoint_files import newest_intact

STEP = 4
FINAL, ASIDE, STAGING = "step-00000004", ".old-step-00000004", ".tmp-step-00000004"
# Where the second save of step 4 stops: the first two are before the new checkpoint
# is in place (the old one must be found), the last two after (the new one).
POINTS = {
    "before_old_set_aside": "old",
    "before_new_renamed_in": "old",
    "before_old_removed": "new",
    "old_half_removed": "new",
}


class Stop(BaseException):
    pass


def _stop_at(monkeypatch, point: str, stop) -> None:
    """Call ``stop()`` when the second save reaches ``point``."""
    real_replace, real_rmtree, real_unlink = os.replace, shutil.rmtree, os.unlink
    removing = []

    def replace(src, dst, *a, **k):
        src, dst = os.fspath(src), os.fspath(dst)
        if point == "before_old_set_aside" and dst.endswith(ASIDE):
            stop()
        into_final = os.path.basename(dst) == FINAL
        if point == "before_new_renamed_in" and src.endswith(STAGING) and into_final:
            stop()
        return real_replace(src, dst, *a, **k)

    def rmtree(path, *a, **k):
        path = os.fspath(path)
        # the old code removed step-N itself before the rename: the same moment
        old_one = os.path.basename(path) in (ASIDE, FINAL)
        if point == "before_old_removed" and old_one:
            stop()
        if point == "old_half_removed" and old_one:
            removing.append(path)
        return real_rmtree(path, *a, **k)

    def unlink(path, *a, **k):
        real_unlink(path, *a, **k)
        if removing:  # one file of the old checkpoint is gone, the rest is there
            stop()

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(shutil, "rmtree", rmtree)
    monkeypatch.setattr(os, "unlink", unlink)


def _two_saves(run: str):
    """Steps 2 and 4 saved; returns the model at step 4's first save (``old``) and the
    trained-on model, optimizer and scheduler (``new``) the second save writes."""
    model, optimizer, scheduler = _tiny()
    save_checkpoint(run, 2, model, optimizer, scheduler, {"stage": 0})
    save_checkpoint(run, STEP, model, optimizer, scheduler, {"stage": 0})
    old = _weights(model).clone()
    model(torch.randn(4, 8)).square().mean().backward()
    optimizer.step()
    scheduler.step()
    return old, (model, optimizer, scheduler)


def _killed_child(run, point, state):
    """The forked child: the second save of step 4, killed at ``point`` (no cleanup)."""
    mp = pytest.MonkeyPatch()
    _stop_at(mp, point, lambda: os._exit(137))
    save_checkpoint(run, STEP, *state, {"stage": 0})
    os._exit(0)


def _check_found(run: str, expected: torch.Tensor) -> None:
    """Step 4 is the newest checkpoint, verifies, and loads ``expected``'s weights."""
    found = newest_intact(list_checkpoints(run), warn=pytest.fail)
    assert found is not None and found[0] == STEP
    assert latest_checkpoint(run)[0] == STEP
    model, optimizer, scheduler = _tiny(seed=1)
    state = load_checkpoint(found[1], model, optimizer, scheduler)
    assert state["steps_done"] == STEP
    assert torch.equal(_weights(model), expected)


def _check_after_restart(run: str, expected: torch.Tensor) -> None:
    """The next start's cleanup leaves only complete ``step-N`` folders, step 4 the
    newest and loadable under its own name."""
    assert restore_set_aside(run, rank=1) == []  # only rank 0 renames
    remove_stale_staging(run)
    assert sorted(os.listdir(os.path.join(run, "checkpoints"))) == ["step-00000002", FINAL]
    assert latest_checkpoint(run) == (STEP, os.path.join(run, "checkpoints", FINAL))
    _check_found(run, expected)


@pytest.mark.parametrize("point", POINTS)
def test_checkpoint_replaced_safely_killed(tmp_path, point):
    """Clause checkpoint_replaced_safely: the second save of step 4 killed at each
    point (before: killed after the old step-4 was removed and before the new one was
    renamed in, step 4 was gone and a resume went back to step 2)."""
    run = str(tmp_path / "run")
    old, state = _two_saves(run)
    new = _weights(state[0]).clone()
    child = multiprocessing.get_context("fork").Process(
        target=_killed_child, args=(run, point, state)
    )
    child.start()
    child.join(120)
    assert child.exitcode == 137, f"the save was not stopped at {point}"
    expected = old if POINTS[point] == "old" else new
    _check_found(run, expected)  # a resume right now, before any cleanup
    _check_after_restart(run, expected)


@pytest.mark.parametrize("point", POINTS)
def test_checkpoint_replaced_safely_interrupted(tmp_path, monkeypatch, point):
    """Clause checkpoint_replaced_safely: a Ctrl-C (the save's cleanup runs) at each
    point leaves step 4 complete under its own name, the old one before the new is
    in place, the new one after."""
    run = str(tmp_path / "run")
    old, state = _two_saves(run)
    new = _weights(state[0]).clone()

    def interrupt():
        raise Stop(point)

    with monkeypatch.context() as mp:
        _stop_at(mp, point, interrupt)
        with pytest.raises(Stop):
            save_checkpoint(run, STEP, *state, {"stage": 0})
    expected = old if POINTS[point] == "old" else new
    assert os.path.isdir(os.path.join(run, "checkpoints", FINAL))
    _check_found(run, expected)
    _check_after_restart(run, expected)


def test_checkpoint_replaced_safely_second_save_completes(tmp_path):
    """What stays: an uninterrupted second save leaves the new step 4 in place and no
    folder set aside; a save of a new step sets nothing aside."""
    run = str(tmp_path / "run")
    _, state = _two_saves(run)
    new = _weights(state[0]).clone()
    save_checkpoint(run, STEP, *state, {"stage": 0})
    assert sorted(os.listdir(os.path.join(run, "checkpoints"))) == ["step-00000002", FINAL]
    _check_found(run, new)


def test_checkpoint_replaced_safely_aside_never_over_a_users(tmp_path):
    """Guard: a ``.old-step-N`` that holds a file no checkpoint has is never removed
    nor renamed, and a folder set aside is never renamed over an existing step-N."""
    run = tmp_path / "run"
    root = run / "checkpoints"
    (root / ".old-step-00000006").mkdir(parents=True)
    (root / ".old-step-00000006" / "notes.txt").write_text("mine\n")
    (root / ".old-step-00000006" / "state.pt").write_text("mine\n")
    assert restore_set_aside(str(run)) == []
    assert remove_stale_staging(str(run)) == []
    assert (root / ".old-step-00000006" / "notes.txt").read_text() == "mine\n"
    assert not (root / "step-00000006").exists()
    assert checkpoint._ours(str(root / ".old-step-00000006")) is False


def _set_aside_with(run: str, final_state: str) -> str:
    """Steps 2 and 4 saved, step 4's good copy renamed aside (a killed second save)
    and ``step-4`` left ``final_state``: "damaged" (a byte of state.pt flipped) or
    "empty" (an empty folder). Returns the folder set aside."""
    model, optimizer, scheduler = _tiny()
    save_checkpoint(run, 2, model, optimizer, scheduler, {"stage": 0})
    save_checkpoint(run, STEP, model, optimizer, scheduler, {"stage": 0})
    root = os.path.join(run, "checkpoints")
    aside = os.path.join(root, ASIDE)
    shutil.copytree(os.path.join(root, FINAL), aside)
    if final_state == "empty":
        shutil.rmtree(os.path.join(root, FINAL))
        os.mkdir(os.path.join(root, FINAL))
    else:
        with open(os.path.join(root, FINAL, "state.pt"), "r+b") as f:
            byte = f.read(1)
            f.seek(0)
            f.write(bytes([byte[0] ^ 1]))
    return aside


@pytest.mark.parametrize("final_state", ["damaged", "empty"])
def test_checkpoint_replaced_safely_old_kept_until_new_verifies(tmp_path, final_state):
    """Clause checkpoint_replaced_safely_old_kept_until_new_verifies (review 35): the
    next start's cleanup removed ``.old-step-N`` as soon as anything named ``step-N``
    was there; with ``step-N`` damaged or empty that deleted the step's only good copy
    (a resume went back to step 2 for good). Now it is never removed: since clause
    resume_uses_kept_copy (tests/training/test_checkpoint_kept_copy.py) it is renamed
    back as step 4 and the bad ``step-4`` kept as ``damaged-step-00000004`` (pinned
    before: the copy stayed aside; the new behaviour is the right one)."""
    run = str(tmp_path / "run")
    _set_aside_with(run, final_state)
    assert remove_stale_staging(run) == []
    from training.checkpoint_files import verify_checksums

    root = os.path.join(run, "checkpoints")
    verify_checksums(os.path.join(root, FINAL))
    assert sorted(os.listdir(root)) == ["damaged-step-00000004", "step-00000002", FINAL]
    assert latest_checkpoint(run) == (STEP, os.path.join(root, FINAL))


def test_checkpoint_replaced_safely_aside_in_the_way(tmp_path):
    """Clause checkpoint_replaced_safely_aside_in_the_way (review 35): a user's
    ``.old-step-N`` holding other files made the second save of step N fail with an
    OSError traceback; now one ``UserError`` line naming it, step N and the user's
    folder untouched, no staging left."""
    from schemas.errors import UserError

    run = str(tmp_path / "run")
    old, state = _two_saves(run)
    root = os.path.join(run, "checkpoints")
    os.mkdir(os.path.join(root, ASIDE))
    with open(os.path.join(root, ASIDE, "notes.txt"), "w") as f:
        f.write("mine\n")
    with pytest.raises(UserError, match=r"\.old-step-00000004 is not a checkpoint's folder"):
        save_checkpoint(run, STEP, *state, {"stage": 0})
    assert sorted(os.listdir(root)) == [ASIDE, "step-00000002", FINAL]
    assert os.listdir(os.path.join(root, ASIDE)) == ["notes.txt"]
    _check_found(run, old)
