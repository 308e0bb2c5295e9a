"""Clause ``stale_staging`` (training/checkpoint.py, session 21 wtB): a run killed while
writing a checkpoint (SIGKILL: no cleanup runs) leaves ``RUN/checkpoints/.tmp-step-N``;
it stayed until step N was saved again, a checkpoint's size of disk each. Now the
run removes such folders when it starts again and after each save; only a real folder
of that exact name holding only the files a checkpoint is written as, never anything
else (a user's notes, a link, a folder of another name)."""

from __future__ import annotations

import os

import torch

from tests.training.conftest import train_recipe
from training.checkpoint import list_checkpoints, remove_stale_staging, save_checkpoint

# A user's file that must survive: a short excerpt of real text.
NOTES = (
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife.\n"
)


def _plant(run) -> dict[str, str]:
    """What a killed run leaves (``stale``) and what else may be there (the rest)."""
    root = run / "checkpoints"
    stale = root / ".tmp-step-00000004"  # half written: state and RNG files, no checksums
    stale.mkdir(parents=True)
    for name in ("state.pt", "rng-rank0.pt", "rng-rank1.pt", "checksums.json.part"):
        (stale / name).write_bytes(b"\x80\x02half a torch.save")
    users = root / ".tmp-step-00000009"  # the name, but a file a checkpoint never holds
    users.mkdir()
    (users / "notes.txt").write_text(NOTES)
    (users / "state.pt").write_bytes(b"x")
    other = root / ".tmp-step-notes"
    other.mkdir()
    (other / "state.pt").write_text(NOTES)
    (root / ".tmp-step-00000007").write_text(NOTES)  # a file, not a folder
    outside = run.parent / "elsewhere"
    outside.mkdir()
    (outside / "state.pt").write_text(NOTES)
    os.symlink(outside, root / ".tmp-step-00000008")  # a link: never followed
    nested = root / ".tmp-step-00000006"
    (nested / "sub").mkdir(parents=True)
    (nested / "sub" / "state.pt").write_text(NOTES)
    return {
        "stale": str(stale),
        "kept": sorted(
            str(p)
            for p in (
                users,
                other,
                root / ".tmp-step-00000007",
                root / ".tmp-step-00000008",
                nested,
            )
        ),
        "outside": str(outside / "state.pt"),
    }


def _left(run, planted) -> None:
    assert not os.path.exists(planted["stale"])
    assert all(os.path.lexists(p) for p in planted["kept"])
    root = run / "checkpoints"
    assert (root / ".tmp-step-00000009" / "notes.txt").read_text() == NOTES
    assert (root / ".tmp-step-notes" / "state.pt").read_text() == NOTES
    assert open(planted["outside"]).read() == NOTES


def test_a_save_removes_a_killed_runs_staging_folder_and_nothing_else(tmp_path):
    run = tmp_path / "run"
    planted = _plant(run)
    model = torch.nn.Linear(4, 4)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: 1.0)
    assert remove_stale_staging(str(run), rank=1) == []  # only rank 0 removes
    assert os.path.isdir(planted["stale"])
    final = save_checkpoint(str(run), 2, model, optimizer, scheduler, {"stage": 0})
    assert [p for _, p in list_checkpoints(str(run))] == [final]
    _left(run, planted)


def test_a_restarted_run_removes_a_killed_runs_staging_folder(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """At the start: a ``--resume`` with nothing left to train saves no checkpoint, and
    the staging folder of the killed run's step 4 was still there afterwards."""
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, "--max-steps", "1") == 0
    planted = _plant(run)
    before = list_checkpoints(str(run))
    assert (
        train_recipe(tiny_dataset, tiny_model, run, tiny_config, "--max-steps", "1", "--resume")
        == 0
    )
    assert list_checkpoints(str(run)) == before
    _left(run, planted)


def test_a_staging_folder_that_cannot_be_removed_does_not_fail_the_save(tmp_path, monkeypatch):
    """Clause ``stale_staging_no_fail`` (review): removing a killed run's staging folder
    failed (a file there of another user, a read-only mount; as root here, the failure
    is injected) after the new checkpoint was renamed into place: the save raised, its
    ``except`` cleaned up and re-raised, and the run died with its checkpoint written.
    Now the folder is left and the save returns; the user's notes beside it are kept."""
    import shutil

    import training.checkpoint as checkpoint

    run = tmp_path / "run"
    planted = _plant(run)
    real = shutil.rmtree

    def refusing(path, *args, **kwargs):
        if str(path) == planted["stale"]:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(checkpoint.shutil, "rmtree", refusing)
    model = torch.nn.Linear(4, 4)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: 1.0)
    final = save_checkpoint(str(run), 2, model, optimizer, scheduler, {"stage": 0})
    assert [p for _, p in list_checkpoints(str(run))] == [final]
    assert os.path.isdir(planted["stale"])  # left, not failed on
    assert remove_stale_staging(str(run)) == []
    assert open(planted["outside"]).read() == NOTES
    assert (run / "checkpoints" / ".tmp-step-00000009" / "notes.txt").read_text() == NOTES
