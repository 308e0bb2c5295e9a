"""Clause ``changed_while_read_parquet`` (transforms/changed_while_read.py ``watched``,
``rows_checked``; two hooks in transforms/read.py): a Parquet file exported again in
place while the build read it. Real text: the stanzas of Shakespeare's "A Lover's
Complaint" (defaults/shakespeare, Gutenberg), one row each."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas import Document, Rejected
from transforms import member_files
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"
pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")


def _stanzas() -> list[str]:
    text = (TEXTS / "lovers_complaint_gut.txt").read_text(encoding="utf-8")
    return [s for s in text.split("\n\n") if s.count("\n") >= 4]  # the seven-line stanzas


def _export(path: Path, rows: list[str]) -> None:
    ids = [f"st{i}" for i in range(len(rows))]
    table = pa.table({"id": ids, "text": rows})
    pq.write_table(table, path, row_group_size=8, compression="none")


def _read_while_exported_again(path, monkeypatch, again, after_reads):
    """Read ``path``; the exporter writes ``again`` over it in place once the reader's
    handle has done ``after_reads`` reads (1: just after the footer was read)."""
    opened = member_files.open_seekable

    class Exporter:
        def __init__(self, handle):
            self._handle, self.reads = handle, 0

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def read(self, size=-1):
            if self.reads == after_reads:
                _export(path, again)
            self.reads += 1
            return self._handle.read(size)

    monkeypatch.setattr(member_files, "open_seekable", lambda f, limit: Exporter(opened(f, limit)))
    config = ReadConfig(id_field="id")
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, config)]


def test_changed_while_read_parquet_an_export_again_in_place_is_rejected(tmp_path, monkeypatch):
    """The exporter rewrites the file (one stanza more at its head, so every row group
    moves) after the reader took the footer: before, the rows were read at the old
    offsets from the new bytes (what came out was not the file at any moment) or
    pyarrow failed with an error that said nothing of the change. Now: no row, and one
    changed_while_read rejection with the sizes and what to do."""
    stanzas = _stanzas()
    path = tmp_path / "lover.parquet"
    _export(path, stanzas)
    items = _read_while_exported_again(path, monkeypatch, ["A new first stanza."] + stanzas, 1)
    assert not [i for i in items if isinstance(i, Document)]
    (rejected,) = items
    assert isinstance(rejected, Rejected) and rejected.reason == "changed_while_read"
    assert "the file changed while it was read (from " in rejected.error
    assert "at row 0: no row is kept" in rejected.error
    assert "build again once it is complete" in rejected.error


def test_changed_while_read_parquet_guard_rows_read_before_are_whole(tmp_path, monkeypatch):
    """Guard: a file the reader had read whole before the export came (pyarrow reads the
    row groups ahead) gives every row of the first export, nothing rejected; a file left
    alone is read as written."""
    stanzas = _stanzas()
    path = tmp_path / "lover.parquet"
    _export(path, stanzas)
    items = _read_while_exported_again(path, monkeypatch, [s.upper() for s in stanzas], 99)
    assert all(isinstance(i, Document) and not i.text.isupper() for i in items)
    assert [i.doc_id for i in items] == [f"st{i}" for i in range(len(stanzas))]


def test_changed_while_read_parquet_settle_a_writer_still_at_it(tmp_path, monkeypatch):
    """Clause ``changed_while_read_parquet_settle`` (session 29): a Parquet file written
    in place just before the read (its head rewritten, the old footer still at the end,
    as rsync --inplace leaves it) whose writer writes again right after the last read
    was kept whole, every read having seen one stamp; it is now stamped again once still
    for SETTLE_NS, and the writer's next write is one rejection after the rows."""
    import time
    from types import SimpleNamespace

    from transforms import changed_while_read

    path = tmp_path / "stanzas.parquet"
    stanzas = _stanzas()
    _export(path, stanzas)
    waits = []

    def sleep_while_written(seconds):  # the writer's next block, during the settle wait
        waits.append(seconds)
        with open(path, "r+b") as handle:
            handle.seek(4)
            handle.write(b"\0" * 64)

    clock = SimpleNamespace(time_ns=time.time_ns, sleep=sleep_while_written)
    monkeypatch.setattr(changed_while_read, "time", clock)
    config = ReadConfig(id_field="id")
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, config)]
    assert len(waits) == 1
    assert sum(isinstance(i, Document) for i in items) == len(stanzas)
    (last,) = [i for i in items if isinstance(i, Rejected)]
    assert last.reason == "changed_while_read" and "rewritten in place" in last.error


def test_changed_while_read_parquet_settle_a_still_file_is_kept(tmp_path, monkeypatch):
    """The same file, nothing written during the wait: every row, no rejection."""
    import time
    from types import SimpleNamespace

    from transforms import changed_while_read

    path = tmp_path / "stanzas.parquet"
    _export(path, _stanzas())
    clock = SimpleNamespace(time_ns=time.time_ns, sleep=lambda seconds: None)
    monkeypatch.setattr(changed_while_read, "time", clock)
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    assert all(isinstance(i, Document) for i in items) and len(items) == len(_stanzas())
