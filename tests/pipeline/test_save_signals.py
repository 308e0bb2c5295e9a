"""Clauses ``save_tool_drained``, ``save_status_through_pipe``, ``save_write_checked`` and
``save_stopped_removed`` (transforms/member_commands.py ``all_or_nothing``): the printed
save of a damaged member (or file) where SIGPIPE is ignored, under ksh93, on a full disk,
and stopped by Ctrl-C. Each printed command is run for real, from `/`, by every shell
found of bash, dash, ksh93, zsh and busybox sh (the last three are skipped where absent;
session 26 ran them from their Debian packages, unpacked, not installed). Real text:
Shakespeare's plays of defaults/shakespeare (Gutenberg)."""

from __future__ import annotations

import signal
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.pipeline.test_member_save import (
    NOTHING,
    TEXTS,
    _damaged,
    _save,
    _stopping_damage,
)
from tests.tar_members import write_tar

pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")

ALL = ["bash", "dash", "ksh93", "zsh", "busybox"]


def _shell(name: str) -> list[str]:
    import shutil

    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not installed")
    return [found, "sh"] if name == "busybox" else [found]


def _gzip_dc(member: bytes) -> bytes:
    """What `gzip -dc` writes of the damaged member by itself."""
    return subprocess.run(["gzip", "-dc"], input=member, capture_output=True).stdout


def _archive(path: Path, kind: str, name: str, member: bytes) -> Path:
    if kind == "tar":
        write_tar(path / "plays.tar", [(name, member)])
        return path / "plays.tar"
    with zipfile.ZipFile(path / "plays.zip", "w") as z:
        z.writestr(name, member)
    return path / "plays.zip"


@pytest.mark.parametrize("shell", ALL)
@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_save_tool_drained_where_sigpipe_is_ignored(tmp_path, shell, kind):
    """Twelve plays in one member, damaged where gzip stops (an invalid code) with more
    of the member to come. The save run by a shell that has SIGPIPE ignored (Python's
    subprocess and os.system, nohup, some CI runners): tar got EPIPE writing the rest,
    exit 2 (busybox's tar 1), the same status as an archive cut since the build, and the
    196,608 decoded bytes were removed, "nothing saved". Now cat reads what gzip left,
    tar ends 0, and the copy is what `gzip -dc` writes of the member by itself."""
    _, damaged, _ = _stopping_damage()
    archive = _archive(tmp_path, kind, "plays/all.txt.gz", damaged)
    ran = subprocess.run(
        [*_shell(shell), "-c", _save(archive)],
        cwd="/",
        capture_output=True,
        text=True,
        restore_signals=False,  # SIGPIPE stays ignored, as Python itself has it
    )
    assert ran.returncode == 0 and "what gzip wrote before it stopped" in ran.stderr, ran
    copy = (tmp_path / "plays_plays_all.unchecked.txt").read_bytes()
    assert copy == _gzip_dc(damaged) and len(copy) > 100_000


@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_save_status_through_pipe_under_ksh93(tmp_path, kind):
    """ksh93 (Debian's ksh93u+m 1.0.4) gives `$( ... 3>&1)` a file, not a pipe: the
    statuses written there by the pipeline's parts overwrote each other (`t0` lost under
    `d1`), so every member save said "tar did not read the member whole (exit )" and
    removed the copy, SIGPIPE or not. Through `| cat` each status arrives whole."""
    _, damaged, _ = _stopping_damage()
    archive = _archive(tmp_path, kind, "plays/all.txt.gz", damaged)
    ran = subprocess.run(
        [*_shell("ksh93"), "-c", _save(archive)], cwd="/", capture_output=True, text=True
    )
    assert ran.returncode == 0 and "what gzip wrote before it stopped" in ran.stderr, ran
    assert (tmp_path / "plays_plays_all.unchecked.txt").read_bytes() == _gzip_dc(damaged)


def _limited() -> None:
    """A 32 kB file-size limit with SIGXFSZ ignored (as `trap '' XFSZ; ulimit -f 32`)."""
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (32768, 32768))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@pytest.mark.parametrize("shell", ALL)
@pytest.mark.parametrize("target", ["member", "file"])
def test_save_write_checked_a_write_that_fails_removes_the_copy(tmp_path, shell, target):
    """A write that fails half way (a full disk; here a file-size limit with SIGXFSZ
    ignored, so the writer gets EFBIG as it gets ENOSPC on a full disk): gzip's exit 1
    read as "stopped at the damage", the 16 kB copy was kept with a line that it might be
    cut short. Now tee writes the copy, its status tells the write apart: the copy is
    removed and the line says it could not be written whole. (A 1 MB tmpfs, full, gave
    the same line in all five shells, member and file saves.)"""
    text = b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:12])
    if target == "member":
        archive = _archive(tmp_path, "tar", "plays/all.txt.gz", _damaged(text))
    else:
        archive = tmp_path / "plays.txt.gz"
        archive.write_bytes(_damaged(text))
    ran = subprocess.run(
        [*_shell(shell), "-c", _save(archive)],
        cwd="/",
        capture_output=True,
        text=True,
        preexec_fn=_limited,
    )
    assert ran.returncode == 1 and NOTHING in ran.stderr, ran.stderr
    # tee exit 1 (EFBIG, as ENOSPC); zsh restores SIGXFSZ for its children: 153
    assert "the copy could not be written whole (tee exit " in ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [archive.name]


# The Ctrl-C-half-way case (the trap removes the partial copy) is
# test_save_stopped_status.test_save_stopped_status_is_the_signals_own[SIGINT-*]: the same
# run, with HUP and TERM beside it.


def test_save_stopped_removed_keeps_a_users_file(tmp_path):
    """Guard: the trap is set only once the copy is made, so a refused save (a user's
    file of the copy's name) never removes that file, however it ends."""
    text = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    archive = _archive(tmp_path, "tar", "poems/lover.txt.gz", _damaged(text))
    mine = tmp_path / "plays_poems_lover.unchecked.txt"
    mine.write_text("my notes\n")
    ran = subprocess.run(["bash", "-c", _save(archive)], cwd="/", capture_output=True, text=True)
    assert ran.returncode == 1 and mine.read_text() == "my notes\n"
    assert tarfile.is_tarfile(archive)


@pytest.mark.parametrize("shell", ["bash", "dash"])
def test_member_zip_zst_a_zip_zst_members_commands_run(tmp_path, shell):
    """A damaged poems/lover.txt.gz in a books.zip.zst (two zstd frames, as `zstd` of a
    joined file writes them): the test line said `gzip -t lover.txt.gz` (no such file)
    and the save read through the archive's path ("Not a directory"). Now the build
    lists the zip through its own zstd decoder and both lines take the member out."""
    import io
    import re
    import shutil

    if not shutil.which("zstd"):
        pytest.skip("no zstd here")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    member = _damaged(lover)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("poems/lover.txt.gz", member)
        z.writestr("poems/phoenix.txt", (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes())
    data = raw.getvalue()
    zst = [subprocess.run(["zstd", "-q", "-c"], input=part, capture_output=True).stdout
           for part in (data[: len(data) // 2], data[len(data) // 2 :])]  # fmt: skip
    archive = tmp_path / "books.zip.zst"
    archive.write_bytes(b"".join(zst))
    from schemas import Rejected
    from transforms.read import ReadConfig, expand_inputs, read_file

    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    test = re.search(r"\(`(.+?)` shows it\)", damaged.error).group(1)
    ran = subprocess.run([*_shell(shell), "-c", test], cwd="/", capture_output=True, text=True)
    assert ran.returncode == 1 and "crc error" in ran.stderr, (test, ran.stderr)
    ran = subprocess.run(
        [*_shell(shell), "-c", _save(archive)], cwd="/", capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "books_poems_lover.unchecked.txt").read_bytes() == _gzip_dc(member)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "books.zip.zst",
        "books_poems_lover.unchecked.txt",
    ]
