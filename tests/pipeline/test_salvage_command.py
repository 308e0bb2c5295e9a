"""Clause ``salvage_command_runs`` (transforms/decompress.py ``unchecked_copy``, review
of one_member_salvage_said): the command a damaged one-unit compressed file's
rejection gives runs in a shell as it is, from any folder, for every codec, and
writes what the file decodes to. Real text: Shakespeare's "A Lover's Complaint"
(defaults/shakespeare, the Gutenberg text)."""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import subprocess
import zlib
from pathlib import Path

import pytest
import zstandard

from schemas import Rejected
from transforms.read import ReadConfig, expand_inputs, read_file

BOOK = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts/lovers_complaint_gut.txt"
PACK = {
    "gz": lambda b: gzip.compress(b, mtime=0),
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": zstandard.ZstdCompressor(write_checksum=True).compress,
    "deflate": zlib.compress,
}


@pytest.mark.parametrize("ext", list(PACK))
def test_salvage_command_runs(tmp_path, ext):
    """A name with a space, a quote and a ``$`` in a folder with a space: the command,
    run by bash from another folder, writes the copy beside the file (gzip, zlib:
    the decoded size the line says; zstd: the whole text, which `zstd -dc` without
    --no-check did not write at all) and nothing else."""
    book = BOOK.read_bytes()
    packed = bytearray(PACK[ext](book))
    packed[len(packed) * 95 // 100] ^= 0x10
    folder = tmp_path / "my books"
    folder.mkdir()
    path = folder / f"O'Brien $HOME lover.txt.{ext}"
    path.write_bytes(bytes(packed))
    (r,) = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    assert isinstance(r, Rejected) and "nothing of it is kept" in r.error, r
    command = re.search(r"save .*? with `(.+?)` \(", r.error).group(1)
    (tmp_path / "elsewhere").mkdir()
    subprocess.run(["bash", "-c", command], cwd=tmp_path / "elsewhere", capture_output=True)
    copy = folder / "O'Brien $HOME lover.unchecked.txt"
    assert sorted(p.name for p in folder.iterdir()) == sorted([path.name, copy.name])
    assert not list((tmp_path / "elsewhere").iterdir())
    saved = copy.read_bytes()
    assert len(saved) > len(book) // 2, len(saved)
    if ext != "bz2":  # a bzip2 block is sorted as one: damage changes bytes all over it
        assert saved[:1000] == book[:1000]
    if size := re.search(r"save its ([\d,]+) decoded bytes", r.error):
        assert len(saved) == int(size.group(1).replace(",", "")), r.error
    if ext == "zst":
        assert len(saved) == len(book) and "--no-check" in command


def test_salvage_copy_no_overwrite(tmp_path):
    """Clause salvage_copy_no_overwrite: a file already named like the copy (an earlier
    save the user has edited) is never replaced by running the printed command: the shell
    refuses (`set -C`) and the user's file keeps its bytes. Before: `>` wrote over it."""
    packed = bytearray(PACK["gz"](BOOK.read_bytes()))
    packed[len(packed) * 95 // 100] ^= 0x10
    path = tmp_path / "lover.txt.gz"
    path.write_bytes(bytes(packed))
    mine = tmp_path / "lover.unchecked.txt"
    mine.write_text("my own corrected copy\n")
    (r,) = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    command = re.search(r"save .*? with `(.+?)` \(", r.error).group(1)
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode != 0 and "exists (a file or link" in done.stderr, done
    assert mine.read_text() == "my own corrected copy\n"
