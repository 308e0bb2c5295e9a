"""Odd entries inside a folder or a glob input (session 30 hunt): a FIFO, a socket, a
dangling link, a link loop, a folder named ``x.jsonl``, a file this user may not read.
Each is rejected with its reason, nothing hangs, and the counts reconcile.

Clauses (transforms/inputs.py): ``glob_broken_links_said`` (a glob dropped broken links
and loops without a word), ``link_loop_said`` (a loop was "its target does not exist";
a link named itself "matched no files"), ``unreadable_permission_said`` (a traceback's
words). Real text: a poem of the embedded Shakespeare corpus (defaults/shakespeare)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket

import pytest

from schemas.errors import UserError
from tests.conftest import REPO_ROOT
from transforms.inputs import InputFile, not_permitted
from transforms.read import expand_inputs

POEM = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "phoenix_and_the_turtle_gut.txt")


@pytest.fixture
def odd(tmp_path):
    """``odd/``: the poem, a FIFO, a bound socket, a dangling link, a loop of two links,
    a folder ``x.jsonl`` holding a copy of the poem."""
    if not os.path.isfile(POEM):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    odd = tmp_path / "odd"
    (odd / "x.jsonl").mkdir(parents=True)
    shutil.copy(POEM, odd / "poem.txt")
    shutil.copy(POEM, odd / "x.jsonl" / "inner.txt")
    os.mkfifo(odd / "pipe.txt")
    bound = socket.socket(socket.AF_UNIX)
    bound.bind(str(odd / "sock.txt"))
    os.symlink("nowhere.txt", odd / "dangling.txt")
    os.symlink("loop2.txt", odd / "loop1.txt")
    os.symlink("loop1.txt", odd / "loop2.txt")
    yield odd
    bound.close()


def _said(files):
    return {os.path.basename(f.path): (f.reason, f.problem.split(":")[0]) for f in files}


def test_glob_broken_links_said(odd):
    """Before: ``odd/*`` gave poem, pipe and socket only: 3 names of 6 without a word."""
    said = _said(expand_inputs([f"{odd}/*"]))
    assert said == {
        "poem.txt": ("", ""),
        "pipe.txt": ("special_file", "a named pipe (FIFO), not a regular file"),
        "sock.txt": ("special_file", "a socket, not a regular file"),
        "dangling.txt": ("", "a broken symbolic link"),
        "loop1.txt": ("", "a symbolic link loop"),
        "loop2.txt": ("", "a symbolic link loop"),
    }


def test_link_loop_said_in_a_folder(odd):
    """Before: "a broken symbolic link: its target loop2.txt does not exist"."""
    said = _said(expand_inputs([str(odd)]))
    assert said["loop1.txt"] == ("", "a symbolic link loop")
    assert said["dangling.txt"] == ("", "a broken symbolic link")
    assert said["inner.txt"] == ("", "")  # a folder named x.jsonl is a folder


def test_link_loop_said_named_itself(odd):
    """Before: "input pattern '.../loop1.txt' matched no files: check the path or glob"."""
    with pytest.raises(UserError, match=r"loop1.txt is a symbolic link loop: its target loop2"):
        expand_inputs([str(odd / "loop1.txt")])
    with pytest.raises(
        UserError,
        match=r"is a broken symbolic link: its target nowhere.txt does not exist; point it at the file or remove the link$",
    ):
        expand_inputs([str(odd / "dangling.txt")])


def test_unreadable_permission_said(tmp_path):
    """The owner and mode, and what to do (root reads a mode-000 file, so the error a
    user gets is built here; checked by hand with CAP_DAC_OVERRIDE dropped)."""
    secret = tmp_path / "secret.txt"
    shutil.copy(POEM, secret)
    os.chmod(secret, 0)
    file = InputFile(str(secret), "secret.txt", 2096)
    error = PermissionError(errno.EACCES, "Permission denied", str(secret))
    assert not_permitted(file, error) == (
        f"permission denied: this user (uid {os.geteuid()}) may not read it (owner uid "
        f"{os.getuid()}, mode ----------); make it readable (chmod a+r) or leave it out of "
        "--input"
    )
    assert not_permitted(file, FileNotFoundError(errno.ENOENT, "gone")) is None


def test_odd_inputs_counts_reconcile(odd, tmp_path, tiny_tokenizer_path):
    """A build of the glob: 6 in = 1 written + 5 rejected, nothing waits on the pipe."""
    from pipeline.build import run

    manifest = run(
        ["--input", f"{odd}/*", "--output", str(tmp_path / "out"),
         "--tokenizer", tiny_tokenizer_path, "--windows", "16,32"]
    )  # fmt: skip
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (6, 1, 5)
    assert counts.rejected_by_stage == {"read": 5}
    lines = (tmp_path / "out" / "rejected" / "rejected.jsonl").read_text().splitlines()
    reasons = sorted((json.loads(line)["source"], json.loads(line)["reason"]) for line in lines)
    assert [(os.path.basename(s), r) for s, r in reasons] == [
        ("dangling.txt", "unreadable_file"),
        ("loop1.txt", "unreadable_file"),
        ("loop2.txt", "unreadable_file"),
        ("pipe.txt", "special_file"),
        ("sock.txt", "special_file"),
    ]
