"""The printed saves of a damaged compressed file or member, what the session-25 review
left (transforms/member_commands.py, transforms/decompress.py ``unchecked_copy``):
clauses ``member_tar_latin1_name``, ``save_copy_name_taken``,
``file_save_all_or_nothing`` and ``save_decoder_status``. Each printed command is run
for real, by bash and by dash, from another folder. Real text: Shakespeare's "A Lover's
Complaint" and the plays of defaults/shakespeare (Gutenberg)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.pipeline.test_member_save import (
    NOTHING,
    SHELLS,
    TEXTS,
    _damaged,
    _rejected,
    _run,
    _save,
    _save_of,
)
from tests.tar_members import write_tar

pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")


def _lover() -> bytes:
    return (TEXTS / "lovers_complaint_gut.txt").read_bytes()


@pytest.mark.parametrize("shell", SHELLS)
def test_member_tar_latin1_name_saved_by_its_id(tmp_path, shell):
    """`poèmes/amour.txt.gz` stored in latin-1 (its id: `po\\xe8mes/amour.txt.gz`): the
    save found no member of that name and said nothing was saved under a Python
    traceback. Now the printed test and save take out that member (not its sound
    neighbour), the copy named with the byte in hex; a member gone since is said in one
    line, no traceback."""
    lover = _lover()
    member = _damaged(lover)
    archive = tmp_path / "vieux.tar"
    write_tar(
        archive,
        [("poèmes/amour.txt.gz", member), ("poèmes/x.txt", b"x" * 4000)],
        format=tarfile.GNU_FORMAT,
        encoding="latin-1",
    )
    error = _rejected(archive).error
    check = re.search(r"\(`(.+?)` shows it\)", error).group(1)
    ran = _run(shell, check)
    assert ran.returncode == 1 and "crc error" in ran.stderr and "Traceback" not in ran.stderr
    ran = _run(shell, _save(archive))
    assert ran.returncode == 0 and NOTHING not in ran.stderr, ran.stderr
    copy = tmp_path / "vieux_poe8mes_amour.unchecked.txt"
    saved = copy.read_bytes()
    assert len(saved) == len(lover) and saved[:1000] == lover[:1000]
    copy.unlink()
    write_tar(
        archive, [("poèmes/x.txt", b"x" * 4000)], format=tarfile.GNU_FORMAT, encoding="latin-1"
    )  # rewritten without it since
    ran = _run(shell, _save_of(error))
    assert ran.returncode == 1 and "Traceback" not in ran.stderr, ran.stderr
    assert "longctx: no member named po\\xe8mes/amour.txt.gz in " in ran.stderr
    assert NOTHING in ran.stderr and sorted(p.name for p in tmp_path.iterdir()) == ["vieux.tar"]


def _member_and_file(tmp_path: Path) -> list[tuple[str, Path]]:
    """(save, its copy) for a damaged member of a tar and a damaged file of its own."""
    member = _damaged(_lover())
    archive = tmp_path / "poems.tar"
    write_tar(
        archive, [("poems/lover.txt.gz", member)], format=tarfile.GNU_FORMAT, encoding="latin-1"
    )
    single = tmp_path / "lover.txt.gz"
    single.write_bytes(member)
    return [
        (_save(archive), tmp_path / "poems_poems_lover.unchecked.txt"),
        (_save(single), tmp_path / "lover.unchecked.txt"),
    ]


@pytest.mark.parametrize("shell", SHELLS)
def test_save_copy_name_taken_a_symlink_is_left_alone(tmp_path, shell):
    """The copy's name is a user's symlink: to /dev/null it got past `set -C` (only a
    regular file is refused), the text went to /dev/null, the copy was "empty" and `rm`
    removed the symlink; to a file elsewhere, `set -C` refused. Now both are refused
    by name, and each link and its target are left as they were."""
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("my notes\n")
    for save, copy in _member_and_file(tmp_path):
        for target in ("/dev/null", str(elsewhere)):
            copy.symlink_to(target)
            ran = _run(shell, save)
            assert ran.returncode == 1 and "exists (a file or link" in ran.stderr, ran.stderr
            assert copy.is_symlink() and os.readlink(copy) == target
            assert elsewhere.read_text() == "my notes\n"
            copy.unlink()


@pytest.mark.parametrize("shell", SHELLS)
def test_file_save_all_or_nothing_gzip_missing_or_file_moved(tmp_path, shell):
    """A damaged `lover.txt.gz` of its own: `(set -C; gzip -dc F > COPY)` left an empty
    COPY when gzip was not installed or F had been moved since the build. Now no copy
    is left and the line says so; the file back in place, the copy is its text."""
    lover = _lover()
    path = tmp_path / "lover.txt.gz"
    path.write_bytes(_damaged(lover))
    save = _save(path)
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("cat", "rm"):  # what the machine has: no gzip
        (tools / tool).symlink_to(shutil.which(tool))
    ran = _run(shell, save, path=str(tools))
    assert ran.returncode == 1 and NOTHING in ran.stderr, ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "lover.txt.gz"]
    path.rename(tmp_path / "moved.txt.gz")
    ran = _run(shell, save)
    assert ran.returncode == 1 and "cannot read " in ran.stderr, ran.stderr  # file_save_no_pipe
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "moved.txt.gz"]
    (tmp_path / "moved.txt.gz").rename(path)
    ran = _run(shell, save)
    assert ran.returncode == 0 and "crc error" in ran.stderr, ran.stderr
    saved = (tmp_path / "lover.unchecked.txt").read_bytes()
    assert len(saved) == len(lover) and saved[:1000] == lover[:1000]


@pytest.mark.parametrize("shell", SHELLS)
def test_save_decoder_status_a_decoder_killed_while_the_tool_gets_sigpipe(tmp_path, shell):
    """Twelve plays in one damaged member (a bit near the end: gzip decodes it all): under
    a file-size limit (`ulimit -f`) gzip is killed by SIGXFSZ (153) a few kB in and tar
    by SIGPIPE (141): the partial copy was kept, exit 0, as if saved. Now it is removed
    and said (since session 26 tee writes the copy and is the one killed: clause
    save_write_checked); a decoder killed half way (137) removes it too. Without the
    limit the copy is the plays, and kept with a line saying where gzip stopped."""
    text = b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:12])
    archive = tmp_path / "plays.tar"
    write_tar(
        archive,
        [("plays/all.txt.gz", _damaged(text))],
        format=tarfile.GNU_FORMAT,
        encoding="latin-1",
    )
    save = _save(archive)
    ran = _run(shell, f"ulimit -f 16; {save}")
    assert ran.returncode == 1 and NOTHING in ran.stderr, ran.stderr
    # clause save_write_checked: the write is what failed, and it is said
    assert "could not be written whole (tee exit 153: a full disk" in ran.stderr, ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plays.tar"]
    tools = tmp_path.parent / f"{tmp_path.name}_bin"
    tools.mkdir()
    (tools / "gzip").write_text("#!/bin/sh\nprintf partial; kill -KILL $$\n")
    (tools / "gzip").chmod(0o755)  # a decoder killed half way (OOM: 137)
    ran = _run(shell, save, path=f"{tools}:{os.environ['PATH']}")
    assert ran.returncode == 1 and "gzip was killed or not run (exit 137)" in ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plays.tar"]
    ran = _run(shell, save)
    assert ran.returncode == 0 and "what gzip wrote before it stopped (exit 1)" in ran.stderr
    saved = (tmp_path / "plays_plays_all.unchecked.txt").read_bytes()
    assert len(saved) == len(text) and saved[:1000] == text[:1000]


def _mid_damaged(data: bytes, compress) -> bytes:
    packed = bytearray(compress(data))
    packed[len(packed) // 2] ^= 0x10  # one bit mid-file: the decoder stops there
    return bytes(packed)


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize("codec", ["xz", "bz2"])
def test_file_save_no_pipe_where_sigpipe_is_ignored(tmp_path, shell, codec):
    """Twelve plays in one `plays.txt.xz` (`.bz2`), a bit changed mid-file: xz stops at
    the damage. The save run by a shell that has SIGPIPE ignored (as Python's os.system
    starts it): with `cat F | xz -dc` cat got EPIPE, exit 1, and the 758,943 decoded
    bytes were removed, "nothing saved"; main's `xz -dc F > COPY` kept them. Now xz
    reads the file itself: the copy is what `xz -dc` writes, kept and said."""
    import bz2
    import lzma

    text = b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:12])
    compress = {"xz": lzma.compress, "bz2": bz2.compress}[codec]
    path = tmp_path / f"plays.txt.{codec}"
    path.write_bytes(_mid_damaged(text, compress))
    tool = {"xz": "xz", "bz2": "bzip2"}[codec]
    direct = subprocess.run([tool, "-dc", str(path)], capture_output=True).stdout
    assert 0 < len(direct) < len(text)  # bzip2 writes its damaged block, scrambled, first
    ran = subprocess.run(
        [shutil.which(shell), "-c", _save(path)],
        cwd="/",
        capture_output=True,
        text=True,
        restore_signals=False,  # SIGPIPE stays ignored, as Python itself has it
    )
    assert ran.returncode == 0 and f"what {tool} wrote before it stopped" in ran.stderr, ran
    assert (tmp_path / "plays.unchecked.txt").read_bytes() == direct


@pytest.mark.parametrize("shell", SHELLS)
def test_save_line_printf_a_backslash_in_the_copy_name(tmp_path, shell):
    """A zip made by an old Windows tool stores `books\\chapter1.txt.gz` (a backslash,
    not a folder). dash's `echo` read its `\\c` as "stop here": the save said
    "longctx: saved /…/shelf_books" and no more. Now the line names the whole copy."""
    archive = tmp_path / "shelf.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("books\\chapter1.txt.gz", _damaged(_lover()))
    ran = _run(shell, _save(archive))
    copy = tmp_path / "shelf_books\\chapter1.unchecked.txt"
    assert ran.returncode == 0 and copy.stat().st_size == len(_lover()), ran.stderr
    assert f"longctx: saved {copy}: what gzip wrote before it stopped (exit 1)" in ran.stderr
    copy.unlink()
    copy.symlink_to("/dev/null")  # the copy's name taken: that line names it whole too
    ran = _run(shell, _save(archive))
    assert ran.returncode == 1 and f"{copy} exists (a file or link" in ran.stderr, ran.stderr
