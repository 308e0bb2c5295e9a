"""Clauses ``start_folder_agreed`` and ``damaged_reminder_every_node``
(``training/run_agreed.py``) in one process, on the ranks' views as the start's gather
returns them (``(node, host, newest step, damaged folders)``); the two-rank launches are
in test_torchrun_run_agreed.py."""

from __future__ import annotations

import os

import pytest

from schemas.errors import UserError
from training.checkpoint import restore_and_remind
from training.run_agreed import same_start_step, start_views


def test_start_folder_agreed_line():
    """Node 0 has step 5, node 1 (two ranks) none: one line, each node named once."""
    views = [("0", "a", 5, []), ("1", "b", None, []), ("1", "b", None, [])]
    with pytest.raises(UserError) as refused:
        same_start_step("runs/x", views, resume=False)
    # session 38, clause output_shared_agreed: a node-local --output is refused before
    # (training.run_agreed.output_shared), so this line no longer says "copy the folder
    # to every node" (a run there could not save: only rank 0 makes the staging folder)
    assert str(refused.value) == (
        "--output runs/x: its newest checkpoint is step 5 on node 0 (host a), none on node "
        "1 (host b), though every rank reads the one folder (another run writing into it, "
        "or a network filesystem's cache that is behind), so the ranks would not start "
        "from the same step; make sure no other run uses it, then run the same command "
        "again (or choose a new --output)"
    )
    views = [("0", "a", 3, []), ("1", "b", 5, [])]
    with pytest.raises(UserError, match=r"^--resume: the ranks see runs/x differently: its "):
        same_start_step("runs/x", views, resume=True)


@pytest.mark.parametrize("step", [None, 5])
def test_start_folder_agreed_same_step_goes_on(step):
    """Guard: the same step (or none) on every node: no refusal here."""
    same_start_step("runs/x", [("0", "a", step, []), ("1", "b", step, ["damaged-x"])], False)


def test_start_views_one_process(run_copy):
    """One process: its own view, no collective (the run's newest step is 5)."""
    os.makedirs(run_copy / "checkpoints" / "damaged-step-00000004")
    [(node, _, step, damaged)] = start_views(str(run_copy), 1, None)
    assert (node, step, damaged) == ("0", 5, ["damaged-step-00000004"])
    assert start_views(str(run_copy / "none"), 1, None)[0][2:] == (None, [])


def test_damaged_reminder_every_node(run_copy):
    """Node 1's copy holds a damaged folder, node 0's (rank 0's) none: the reminder
    names node 1's (before: rank 0 looked at its own copy only and said nothing)."""
    said = []
    views = [("0", "a", 5, []), ("1", "b", 5, ["damaged-step-00000004", "damaged-step-3.2"])]
    restore_and_remind(str(run_copy), 0, said.append, views=views)
    root = f"{run_copy}/checkpoints"
    assert said == [
        f"{root} holds 2 folder(s) set aside as damaged at an earlier start or save, in the "
        "nodes' own copies (node 1 (host b): damaged-step-00000004, damaged-step-3.2): they "
        "are not checkpoints and are never loaded; once you are sure you no longer need "
        f"them, delete them on each node named: rm -r {root}/damaged-step-*"
    ]
    said.clear()
    restore_and_remind(str(run_copy), 1, said.append, views=views)  # rank 1: silent
    assert said == []


def test_damaged_reminder_every_node_shared_folder(run_copy):
    """Guard: every node sees the same folders (one shared RUN): the session-36 line,
    once, with no node named; no damaged folder anywhere: nothing said."""
    said = []
    names = ["damaged-step-00000004"]
    restore_and_remind(str(run_copy), 0, said.append, views=[("0", "a", 5, names)] * 2)
    root = f"{run_copy}/checkpoints"
    assert said == [
        f"{root} holds 1 folder(s) set aside as damaged at an earlier start or save "
        "(damaged-step-00000004): they are not checkpoints and are never loaded; once you "
        f"are sure you no longer need them, delete them: rm -r {root}/damaged-step-*"
    ]
    said.clear()
    restore_and_remind(str(run_copy), 0, said.append, views=[("0", "a", 5, [])] * 2)
    assert said == []


def test_start_folder_agreed_unreadable(run_copy, monkeypatch):
    """A checkpoints folder that cannot be listed (permissions; the tests run as root,
    so the listing is made to fail) is one line, said after the gather (every rank
    reaches it), not a traceback."""
    from training import run_agreed

    root = f"{run_copy}/checkpoints"

    def denied(run):
        raise PermissionError(13, "Permission denied", root)

    monkeypatch.setattr(run_agreed, "latest_checkpoint", denied)
    views = start_views(str(run_copy), 1, None)
    with pytest.raises(UserError) as refused:
        same_start_step(str(run_copy), views, resume=True)
    assert str(refused.value) == (
        f"--output {run_copy}: cannot list its checkpoints folder ([Errno 13] Permission "
        f"denied: '{root}'); make it readable on every node (or choose another --output)"
    )
