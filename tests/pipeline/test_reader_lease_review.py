"""Clauses of the review of reader_lease (pipeline/readers.py, session 23): a dataset
folder shared by several users, filesystems without ``flock``, two readers with one
hostname and pid, a build's probe racing a reader's start. The dataset is a real build
of two poems of the default corpus (Shakespeare's "The Phoenix and the Turtle" and
"A Lover's Complaint"), as in test_reader_lease.py."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import subprocess
import sys

import pytest

from pipeline import readers
from tests.conftest import REPO_ROOT
from tests.pipeline.test_reader_lease import built  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def _names(out) -> list[str]:
    folder = out / readers.READERS_DIR
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def test_reader_lease_shared_folder(built):  # noqa: F811
    """A team's group-writable dataset: ``_readers`` gets DATA's bits, so the user who
    rebuilds may delete the mark another user's crashed reader left (with 0755 from
    the reader's umask every later --overwrite died deleting the old dataset)."""
    _, out = built
    os.chmod(out, 0o2775)
    old = os.umask(0o022)
    try:
        with readers.reading(str(out), "longctx train"):
            mode = stat.S_IMODE(os.stat(out / readers.READERS_DIR).st_mode)
    finally:
        os.umask(old)
    assert mode == 0o775  # group may remove marks, as it may write DATA


def test_reader_lease_no_lock(built, monkeypatch, caplog):  # noqa: F811
    """A filesystem without flock (ENOLCK: NFS without its lock daemon): the reader runs
    on unmarked and leaves nothing; a build cannot test a mark's lock (EBADF) and
    neither counts it live nor removes it, and does not fail."""
    _, out = built
    real = fcntl.flock

    def refused(fd, op):
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(readers.fcntl, "flock", refused)
    ran = []
    with readers.reading(str(out), "longctx train"):
        ran.append(_names(out))
    assert ran == [[]] and not (out / readers.READERS_DIR).exists()
    monkeypatch.setattr(readers.fcntl, "flock", real)
    with readers.reading(str(out), "longctx eval"):
        (name,) = _names(out)

        def no_test(fd, op):
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))

        monkeypatch.setattr(readers.fcntl, "flock", no_test)
        assert readers.live_readers(str(out)) == []
        assert _names(out) == [name]  # kept
        monkeypatch.setattr(readers.fcntl, "flock", real)
    assert "cannot tell whether the reader" in caplog.text


READER = (
    "import os, sys\n"
    "from pipeline import readers\n"
    "with readers.reading(sys.argv[1], 'longctx train'):\n"
    "    with readers.reading(sys.argv[1], 'longctx export'):\n"
    "        print(len(os.listdir(os.path.join(sys.argv[1], '_readers'))), flush=True)\n"
)


def test_reader_lease_unique_mark(built):  # noqa: F811
    """Two readers with one hostname and one pid (containers sharing the host's name,
    each its own pid namespace; here one process marking twice): one file each, no
    wait. With ``<host>-<pid>.json`` the second truncated the first's mark and waited
    for its lock forever."""
    _, out = built
    done = subprocess.run(
        [sys.executable, "-c", READER, str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "2"
    assert _names(out) == []


def test_reader_lease_unique_mark_probe_race(built, monkeypatch):  # noqa: F811
    """A build's probe that finds a new mark before its reader locked it takes it for
    stale and deletes it; the reader notices (its file is gone) and marks again, so a
    rebuild still sees it (it ran unmarked before)."""
    _, out = built
    real = fcntl.flock
    probed = []

    def probe_first(fd, op):
        if not probed:  # a build's live_readers between the reader's open and lock
            probed.append("probing")
            probed[0] = readers.live_readers(str(out))
        return real(fd, op)

    monkeypatch.setattr(readers.fcntl, "flock", probe_first)
    with readers.reading(str(out), "longctx train"):
        monkeypatch.setattr(readers.fcntl, "flock", real)
        assert probed == [[]]  # the probe removed the unlocked mark
        (name,) = _names(out)
        mark = json.loads((out / readers.READERS_DIR / name).read_text())
        assert mark["pid"] == os.getpid() and mark["command"] == "longctx train"
        check = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pipeline import readers; "
                "print(len(readers.live_readers(sys.argv[1])))",
                str(out),
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert check.stdout.strip() == "1"  # live to another process
