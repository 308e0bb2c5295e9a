"""Clause ``resume_uses_kept_copy`` (training/checkpoint.py ``restore_set_aside``,
session 35): a step saved a second time keeps its old copy as ``.old-step-N`` until the
new one is in place (clause ``checkpoint_replaced_safely``). When ``step-N`` then does
not verify (a flipped byte, a half-written or empty folder) and the copy set aside
does, ``--resume`` went back to the step before and the good copy stayed aside until
the user moved it by hand. Now the next start (rank 0) renames the bad ``step-N`` to
``damaged-step-N`` (never deleted, said in one line) and the verified copy back.

Each state: ``step-N`` damaged / empty / missing, with a good ``.old-step-N``, without
one, and with the ``.old-step-N`` itself damaged; and the guards: a user's file or a
link in ``step-N`` is kept (renamed with it, the link's target untouched), a taken
``damaged-step-N`` is never overwritten, a ``.old-step-N`` holding a user's file is
never used, rank 1 renames nothing."""

from __future__ import annotations

import os
import shutil

import pytest
import torch

from tests.training.checkpoint_parts import flat_weights as _weights
from tests.training.checkpoint_parts import tiny_parts as _tiny
from tests.training.conftest import train_recipe
from training.checkpoint import (
    list_checkpoints,
    load_checkpoint,
    remove_stale_staging,
    restore_set_aside,
    save_checkpoint,
)
from training.checkpoint_files import newest_intact, verify_checksums

STEP = 4
FINAL, ASIDE, DAMAGED = "step-00000004", ".old-step-00000004", "damaged-step-00000004"
# A user's file that must survive: a short excerpt of real text (Pride and Prejudice).
NOTES = (
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife.\n"
)


def _flip(path: str) -> None:
    with open(path, "r+b") as f:
        byte = f.read(1)
        f.seek(0)
        f.write(bytes([byte[0] ^ 1]))


def _files(folder: str) -> dict[str, bytes]:
    return {n: open(os.path.join(folder, n), "rb").read() for n in sorted(os.listdir(folder))}


def _state(run: str, final: str, aside: str | None) -> tuple[str, torch.Tensor]:
    """Steps 2 and 4 saved (step 4 holds ``good``'s weights); ``.old-step-4`` a copy of
    step 4 (``aside``: "good", "damaged" or None: none), then ``step-4`` left ``final``:
    "damaged" (a byte of state.pt flipped), "empty", "missing" or "good"."""
    model, optimizer, scheduler = _tiny()
    save_checkpoint(run, 2, model, optimizer, scheduler, {"stage": 0})
    model(torch.randn(4, 8)).square().mean().backward()
    optimizer.step()
    save_checkpoint(run, STEP, model, optimizer, scheduler, {"stage": 0})
    root = os.path.join(run, "checkpoints")
    if aside:
        shutil.copytree(os.path.join(root, FINAL), os.path.join(root, ASIDE))
        if aside == "damaged":
            _flip(os.path.join(root, ASIDE, "state.pt"))
    if final == "damaged":
        _flip(os.path.join(root, FINAL, "state.pt"))
    elif final in ("empty", "missing"):
        shutil.rmtree(os.path.join(root, FINAL))
        if final == "empty":
            os.mkdir(os.path.join(root, FINAL))
    return root, _weights(model).clone()


def _resumes_from(run: str) -> tuple[int, str] | None:
    return newest_intact(list_checkpoints(run), warn=lambda _: None)


def _loads(path: str, expected: torch.Tensor) -> None:
    model, optimizer, scheduler = _tiny(seed=1)
    assert load_checkpoint(path, model, optimizer, scheduler)["steps_done"] == STEP
    assert torch.equal(_weights(model), expected)


@pytest.mark.parametrize("final", ["damaged", "empty"])
@pytest.mark.parametrize("cleanup", ["restore_set_aside", "remove_stale_staging"])
def test_resume_uses_kept_copy(tmp_path, final, cleanup):
    """Clause resume_uses_kept_copy: ``step-4`` damaged or empty, its good copy set
    aside. Before: a resume went back to step 2 (the cleanup left both); now step 4 is
    the verified copy under its own name, the bad one kept as ``damaged-step-4`` with
    its bytes, one line said."""
    run = str(tmp_path / "run")
    root, good = _state(run, final, "good")
    bad = _files(os.path.join(root, FINAL))
    said = []
    if cleanup == "restore_set_aside":
        assert restore_set_aside(run, say=said.append) == [os.path.join(root, FINAL)]
    else:
        import training.checkpoint as checkpoint

        real = checkpoint.restore_set_aside
        checkpoint.restore_set_aside = lambda r: real(r, say=said.append)
        try:
            remove_stale_staging(run)
        finally:
            checkpoint.restore_set_aside = real
    assert sorted(os.listdir(root)) == [DAMAGED, "step-00000002", FINAL]
    assert _files(os.path.join(root, DAMAGED)) == bad  # kept byte for byte
    assert _resumes_from(run) == (STEP, os.path.join(root, FINAL))
    verify_checksums(os.path.join(root, FINAL))
    _loads(os.path.join(root, FINAL), good)
    assert len(said) == 1 and "\n" not in said[0]
    assert f"{os.path.join(root, FINAL)} does not verify" in said[0]
    assert f"renamed it to {os.path.join(root, DAMAGED)} (kept, nothing deleted)" in said[0]


def test_resume_uses_kept_copy_step_missing(tmp_path):
    """What stays (checkpoint_replaced_safely): ``step-4`` missing, its good copy set
    aside: renamed back, nothing called damaged, nothing said."""
    run = str(tmp_path / "run")
    root, good = _state(run, "missing", "good")
    said = []
    assert restore_set_aside(run, say=said.append) == [os.path.join(root, FINAL)]
    assert sorted(os.listdir(root)) == ["step-00000002", FINAL] and said == []
    _loads(os.path.join(root, FINAL), good)


@pytest.mark.parametrize("final", ["damaged", "empty", "missing", "good"])
def test_resume_uses_kept_copy_old_damaged(tmp_path, final):
    """Guard: a ``.old-step-4`` that does not verify is never put in place of a
    ``step-4`` (good or bad): both stay as they are; with no ``step-4`` it is renamed
    back as before (still skipped as damaged). Nothing is removed."""
    run = str(tmp_path / "run")
    root, good = _state(run, final, "damaged")
    before = {n: _files(os.path.join(root, n)) for n in os.listdir(root)}
    said = []
    restore_set_aside(run, say=said.append)
    remove_stale_staging(run)
    after = {n: _files(os.path.join(root, n)) for n in os.listdir(root)}
    assert said == []
    if final == "missing":
        assert after == {"step-00000002": before["step-00000002"], FINAL: before[ASIDE]}
        assert _resumes_from(run)[0] == 2
    elif final == "good":  # the old copy is removed once step-4 verifies (as before)
        assert after == {"step-00000002": before["step-00000002"], FINAL: before[FINAL]}
        _loads(os.path.join(root, FINAL), good)
    else:
        assert after == before
        assert _resumes_from(run)[0] == 2


@pytest.mark.parametrize("final", ["damaged", "empty"])
def test_resume_uses_kept_copy_no_old(tmp_path, final):
    """What stays: no copy set aside: a bad ``step-4`` is left as it is (the resume goes
    back to step 2 and says why, as before), nothing renamed."""
    run = str(tmp_path / "run")
    root, _ = _state(run, final, None)
    before = {n: _files(os.path.join(root, n)) for n in os.listdir(root)}
    assert restore_set_aside(run, say=pytest.fail) == []
    remove_stale_staging(run)
    assert {n: _files(os.path.join(root, n)) for n in os.listdir(root)} == before
    assert _resumes_from(run)[0] == 2


def test_resume_uses_kept_copy_guards(tmp_path):
    """Guards: a ``step-4`` holding a user's file is renamed whole (the file kept); a
    ``damaged-step-4`` already there (the user's) is never overwritten (the next is
    ``damaged-step-4.2``); rank 1 renames nothing."""
    run = str(tmp_path / "run")
    root, good = _state(run, "damaged", "good")
    with open(os.path.join(root, FINAL, "notes.txt"), "w") as f:
        f.write(NOTES)
    os.mkdir(os.path.join(root, DAMAGED))
    with open(os.path.join(root, DAMAGED, "notes.txt"), "w") as f:
        f.write(NOTES)
    assert restore_set_aside(run, rank=1, say=pytest.fail) == []
    assert sorted(os.listdir(root)) == [ASIDE, DAMAGED, "step-00000002", FINAL]
    restore_set_aside(run, say=lambda _: None)
    assert sorted(os.listdir(root)) == [DAMAGED, DAMAGED + ".2", "step-00000002", FINAL]
    assert _files(os.path.join(root, DAMAGED)) == {"notes.txt": NOTES.encode()}
    with open(os.path.join(root, DAMAGED + ".2", "notes.txt")) as f:
        assert f.read() == NOTES
    _loads(os.path.join(root, FINAL), good)


def test_resume_uses_kept_copy_link(tmp_path):
    """Guard: a ``step-4`` that is a link to a folder outside the run is renamed as the
    link; the folder it points to is never touched."""
    run = str(tmp_path / "run")
    root, good = _state(run, "missing", "good")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "notes.txt").write_text(NOTES)
    os.symlink(outside, os.path.join(root, FINAL))
    restore_set_aside(run, say=lambda _: None)
    assert os.path.islink(os.path.join(root, DAMAGED))
    assert os.readlink(os.path.join(root, DAMAGED)) == str(outside)
    assert sorted(os.listdir(outside)) == ["notes.txt"]
    assert (outside / "notes.txt").read_text() == NOTES
    _loads(os.path.join(root, FINAL), good)


def test_resume_uses_kept_copy_old_with_users_file(tmp_path):
    """Guard: a ``.old-step-4`` holding a file no checkpoint has is not ours: it is
    never put in place, nor is ``step-4`` renamed."""
    run = str(tmp_path / "run")
    root, _ = _state(run, "damaged", "good")
    with open(os.path.join(root, ASIDE, "notes.txt"), "w") as f:
        f.write(NOTES)
    assert restore_set_aside(run, say=pytest.fail) == []
    assert sorted(os.listdir(root)) == [ASIDE, "step-00000002", FINAL]


def test_resume_uses_kept_copy_train_resume(
    tiny_dataset, tiny_model, tiny_config, run_copy, capsys
):
    """The real ``longctx train --resume`` on a finished run (checkpoints after steps 3
    and 5) whose step-5 is damaged and whose good copy is set aside: it resumed from
    step 3 before; now from step 5, and says where the damaged one went."""
    root = run_copy / "checkpoints"
    shutil.copytree(root / "step-00000005", root / ".old-step-00000005")
    _flip(str(root / "step-00000005" / "state.pt"))
    bad = _files(str(root / "step-00000005"))
    assert train_recipe(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    out = capsys.readouterr().out
    assert f"resumed from {root / 'step-00000005'}" in out
    assert f"renamed it to {root / 'damaged-step-00000005'} (kept, nothing deleted)" in out
    assert _files(str(root / "damaged-step-00000005")) == bad
    assert not (root / ".old-step-00000005").exists()


class Stop(BaseException):
    pass


def test_resume_uses_kept_copy_before_save(tmp_path, monkeypatch):
    """Clause resume_uses_kept_copy_before_save: step 4 damaged during the run, its
    good copy still set aside, then step 4 saved again and stopped before the new one
    is renamed in. Before: the good copy was removed first and the damaged one put
    back (no good step 4 anywhere); now the good copy is step 4, the bad one kept."""
    run = str(tmp_path / "run")
    root, good = _state(run, "damaged", "good")
    bad = _files(os.path.join(root, FINAL))
    model, optimizer, scheduler = _tiny(seed=2)
    real = os.replace

    def replace(src, dst, *a, **k):
        if os.fspath(src).endswith(".tmp-step-00000004"):
            raise Stop
        return real(src, dst, *a, **k)

    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", replace)
        with pytest.raises(Stop):
            save_checkpoint(run, STEP, model, optimizer, scheduler, {"stage": 0})
    assert sorted(os.listdir(root)) == [DAMAGED, "step-00000002", FINAL]
    assert _files(os.path.join(root, DAMAGED)) == bad
    assert _resumes_from(run) == (STEP, os.path.join(root, FINAL))
    _loads(os.path.join(root, FINAL), good)


def test_resume_uses_kept_copy_damaged_never_pruned(tmp_path):
    """Pin (review 35 wtB2): ``damaged-step-4`` is never counted by keep-last-N, never
    pruned or cleaned up by later saves (keep=1), and never picked as the latest step."""
    run = str(tmp_path / "run")
    root, _ = _state(run, "damaged", "good")
    bad = _files(os.path.join(root, FINAL))
    restore_set_aside(run, say=lambda _: None)
    model, optimizer, scheduler = _tiny(seed=3)
    for step in (6, 8):
        save_checkpoint(run, step, model, optimizer, scheduler, {"stage": 0}, keep=1)
    remove_stale_staging(run)
    assert sorted(os.listdir(root)) == [DAMAGED, "step-00000008"]
    assert _files(os.path.join(root, DAMAGED)) == bad
    assert [s for s, _ in list_checkpoints(run)] == [8]
