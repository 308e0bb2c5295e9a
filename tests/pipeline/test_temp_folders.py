"""Rule dead_build_folders (pipeline.temp_folders): the temp folders of a SIGKILLed
build are removed by the next build; nothing else is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile

from pipeline import temp_folders
from tests.conftest import REPO_ROOT

_OWNER = """
import os, sys, tempfile, time
tempfile.tempdir = sys.argv[1]
from pipeline.temp_folders import OwnedFolder
folder = OwnedFolder(sys.argv[2])
# a progress file as pipeline.progress names it (session 31: was "progress-1.json",
# a name no build writes, which clause dead_build_folders_only_ours now leaves)
open(f"{folder.path}/{os.getpid()}-0123abcd.json", "w").write("{}")
print(folder.path, flush=True)
time.sleep(120)
"""


def _owner(temp_dir, prefix: str) -> tuple[subprocess.Popen, str]:
    """A process that made a folder and holds it; its path."""
    child = subprocess.Popen(
        [sys.executable, "-c", _OWNER, str(temp_dir), prefix],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    return child, child.stdout.readline().strip()


def test_only_the_folders_of_dead_builds_are_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed, killed_path = _owner(tmp_path, "longctx-progress-")
    alive, alive_path = _owner(tmp_path, "longctx-forks-")
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        here = temp_folders.OwnedFolder("longctx-progress-")  # this process: alive
        with open(os.path.join(here.path, temp_folders.OWNER), encoding="utf-8") as f:
            assert f.read() == f"{os.getpid()}\n"
        # made before .owner existed, or not ours by name or kind: left alone
        old = tmp_path / "longctx-forks-abc123"
        old.mkdir()
        other = tmp_path / "longctx-cache-abc123"
        other.mkdir()
        (other / ".owner").write_text("1\n")
        (tmp_path / "longctx-progress-file").write_text("a user's file")
        os.symlink(killed_path, tmp_path / "longctx-progress-link")
        before = sorted(os.listdir(tmp_path))
        removed = temp_folders.remove_dead_folders()
        assert removed == [os.path.basename(killed_path)]
        assert sorted(os.listdir(tmp_path)) == sorted(set(before) - set(removed))
        assert any(n.endswith("-0123abcd.json") for n in os.listdir(alive_path))
        assert temp_folders.remove_dead_folders() == []
        here.remove()
        assert not os.path.exists(here.path)
    finally:
        alive.kill()
        alive.wait()
    assert temp_folders.remove_dead_folders() == [os.path.basename(alive_path)]


def test_without_locks_a_folder_has_no_owner_and_is_never_removed(tmp_path, monkeypatch):
    import errno
    import fcntl

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(fcntl, "flock", no_locks)
    folder = temp_folders.OwnedFolder("longctx-forks-")
    assert os.listdir(folder.path) == []
    assert temp_folders.remove_dead_folders() == []
    folder.remove()
    assert os.listdir(tmp_path) == []


def test_a_build_removes_what_a_killed_build_left(tmp_path, monkeypatch, tiny_tokenizer_path):
    """A build's own folders (fork server, progress) are gone after it, and so are
    those a killed build left; the temp dir ends empty."""
    from tests.reliability.bad_inputs import prose
    from tests.reliability.conftest import build_small

    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    killed, killed_path = _owner(system_tmp, "longctx-forks-")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    books = tmp_path / "books"
    books.mkdir()
    (books / "a.txt").write_text(prose(1, 40), encoding="utf-8")
    _, _, docs = build_small(books, tmp_path / "out", tiny_tokenizer_path)
    assert docs == ["a.txt"]
    assert os.listdir(system_tmp) == []


def test_dead_build_folders_only_ours(tmp_path, monkeypatch, caplog):
    """Clause ``dead_build_folders_only_ours`` (session 31): a user's folders named like
    a build's temp folders, holding a ``.owner`` nobody locks (a copy of a killed build's
    progress folder kept with their notes; their own ``.owner`` note), were deleted whole
    by the next build (real run: "removed 2 temp folders of killed builds:
    longctx-forks-saved, longctx-progress-mine", the notes gone). They are left, said;
    a killed build's folder is still removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed, killed_path = _owner(tmp_path, "longctx-progress-")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    saved = tmp_path / "longctx-progress-saved"
    (saved).mkdir()
    (saved / ".owner").write_text("4242\n")
    (saved / "notes.txt").write_text(
        "The phoenix and the turtle fled\nIn a mutual flame from hence.\n"
    )
    mine = tmp_path / "longctx-forks-mine"
    mine.mkdir()
    (mine / ".owner").write_text("my own note\n")
    assert temp_folders.remove_dead_folders() == [os.path.basename(killed_path)]
    assert (saved / "notes.txt").is_file() and (mine / ".owner").read_text() == "my own note\n"
    said = caplog.text
    assert "longctx-progress-saved alone" in said and "holds notes.txt" in said
    assert "longctx-forks-mine alone" in said and "holds .owner" in said


def test_dead_build_folders_only_ours_by_kind(tmp_path, monkeypatch, caplog):
    """Narrowing ``dead_build_folders_only_ours_by_kind`` (review, session 31): copies of a
    killed build's progress folder (``.owner`` a pid line, its progress file) with a
    user's notes put in a folder named ``socket``, in one named like a progress file, or
    in ``_beam``, were deleted whole (the names passed; what they are was not looked at:
    real run in /tmp/rvC31/tmpd, the three notes gone). They are left; a killed build's
    own folder, with Beam's empty ``_beam/beam-pipeline-temp*``, is still removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed, killed_path = _owner(tmp_path, "longctx-progress-")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    os.makedirs(os.path.join(killed_path, "_beam", "beam-pipeline-temp1a2b3c"))
    notes = "Let the bird of loudest lay,\nOn the sole Arabian tree,\n"  # Phoenix and the Turtle
    kept = []
    for name, inner in (("a", "socket"), ("b", "4242-0123abcd.json"), ("c", "_beam")):
        copy = tmp_path / f"longctx-progress-saved{name}"
        (copy / inner).mkdir(parents=True)
        (copy / ".owner").write_text("4242\n")
        (copy / "4242-0123abcd.json.tmp").write_text("{}")
        (copy / inner / "notes.txt").write_text(notes)
        kept.append(copy / inner / "notes.txt")
    assert temp_folders.remove_dead_folders() == [os.path.basename(killed_path)]
    assert [k.read_text() for k in kept] == [notes] * 3
    for name, inner in (("a", "socket"), ("b", "4242-0123abcd.json"), ("c", "_beam")):
        assert f"longctx-progress-saved{name} alone" in caplog.text
        assert f"holds {inner}" in caplog.text
