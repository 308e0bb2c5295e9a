"""Clauses ``changed_during_build_rejected`` and ``changed_during_build_remote``
(transforms/changed_since_listed.py; the listing's stamps in pipeline/build.py), session 32.

Session 31 (clause ``changed_during_build_said``) only warned: Coriolanus (defaults/
shakespeare, Gutenberg) being written by a writer that pauses longer than the 0.3 s settle
of ``changed_while_read`` was read whole-looking and its cut text trained on, exit 0. Now a
file not as the build listed it when its read starts is one ``changed_during_build``
rejection; a remote file (any Beam filesystem) is stamped from Beam's metadata."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys

import pytest
from apache_beam.io.filesystem import FileMetadata, MatchResult
from apache_beam.io.localfilesystem import LocalFileSystem

from pipeline import build as build_module
from pipeline.reading import documents
from schemas import Document, Rejected
from tests.conftest import REPO_ROOT
from transforms.changed_since_listed import file_stamp
from transforms.inputs import expand_inputs
from transforms.read import read_file

PLAY = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "coriolanus_gut.txt")
WRITER = "import sys; open(sys.argv[1], 'ab').write(open(sys.argv[2], 'rb').read()[40000:])"


def _play() -> bytes:
    if not os.path.isfile(PLAY):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    with open(PLAY, "rb") as handle:
        return handle.read()


def test_changed_during_build_rejected_by_a_real_writer(
    tmp_path, tiny_tokenizer_path, monkeypatch, caplog
):
    """A writer process (a real ``python`` appending the rest of the play) runs after the
    build listed its input and before the pipeline reads it (where the driver bounds the
    workers' heap): the play's first 40,000 bytes were a document, trained on (only a
    warning). Now it is in rejected/ with its sizes and what to do, the counts reconcile,
    and the untouched input is written (guard)."""
    play = _play()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "coriolanus.txt").write_bytes(play[:40000])
    (inputs / "still.txt").write_bytes(play[60000:70000])
    real = build_module.bound_worker_heap

    def writer_meanwhile():
        subprocess.run(
            [sys.executable, "-c", WRITER, str(inputs / "coriolanus.txt"), PLAY], check=True
        )
        return real()

    monkeypatch.setattr(build_module, "bound_worker_heap", writer_meanwhile)
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    with caplog.at_level(logging.WARNING, logger="longctx"):
        manifest, _ = build_module.build(args + ["--windows", "256"])
    # clause changed_during_build_told_apart: the end line no longer says "may be cut"
    said = [r.getMessage() for r in caplog.records if "changed while this build ran" in r.message]
    assert said == [
        f"1 input file changed while this build ran: coriolanus.txt (40,000 bytes when listed, "
        f"{len(play):,} bytes now); not as listed when read, they are in rejected/ "
        "(changed_during_build), nothing of them in the dataset: build again with "
        "--overwrite once they are written whole"
    ]
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (2, 1, 1)
    assert counts.rejected_by_stage == {"read": 1}
    (record,) = [json.loads(line) for line in (out / "rejected" / "rejected.jsonl").open()]
    assert (record["doc_id"], record["reason"]) == ("coriolanus.txt", "changed_during_build")
    assert (
        f"after the build listed it (from 40,000 bytes to {len(play):,} bytes)" in record["error"]
    )
    assert record["error"].endswith("build again with --overwrite once the writer is done")
    assert "\n" not in record["error"]
    assert documents(str(out)).column("doc_id").to_pylist() == ["still.txt"]
    # the writer is done: the next build reads the whole play
    monkeypatch.setattr(build_module, "bound_worker_heap", real)
    manifest, _ = build_module.build(args + ["--windows", "256", "--overwrite"])
    assert (manifest.documents.written, manifest.documents.rejected) == (2, 0)


class _FakeFS(LocalFileSystem):
    """A Beam filesystem ``fakefs://PATH`` over local files whose ``open`` can run a
    writer (``on_open``: the n-th open, a function of the local path)."""

    on_open: tuple[int, object] | None = None
    opened = 0

    @classmethod
    def scheme(cls):
        return "fakefs"

    @staticmethod
    def _local(path):
        return path.removeprefix("fakefs://")

    def match(self, patterns, limits=None):
        found = super().match([self._local(p) for p in patterns], limits)
        return [
            MatchResult(
                "fakefs://" + r.pattern,
                [
                    FileMetadata("fakefs://" + m.path, m.size_in_bytes, m.last_updated_in_seconds)
                    for m in r.metadata_list
                ],
            )
            for r in found
        ]

    def open(self, path, *args, **kwargs):
        handle = super().open(self._local(path), *args, **kwargs)
        _FakeFS.opened += 1
        if _FakeFS.on_open and _FakeFS.opened == _FakeFS.on_open[0]:
            _FakeFS.on_open[1](self._local(path))
        return handle

    def exists(self, path):
        return super().exists(self._local(path))

    def size(self, path):
        return super().size(self._local(path))


def _append(path):
    more = "\nThe writer goes on: more of the play.\n"
    with open(path, "a") as handle:
        handle.write(json.dumps({"text": more}) + "\n" if str(path).endswith(".jsonl") else more)


@pytest.mark.parametrize("name", ["play.txt", "play.jsonl"])
def test_changed_during_build_remote_seen_through_beam_metadata(tmp_path, monkeypatch, name):
    """A remote file (here a Beam filesystem of our own) had no stamp: changed after the
    listing, or while read, it was kept. Now: rejected (text), or one rejection after the
    records (JSONL); unchanged, read as before (guard)."""
    play = _play()[:3000].decode()
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text(json.dumps({"id": "p", "text": play}) + "\n")
    else:
        path.write_text(play)
    monkeypatch.setattr(_FakeFS, "on_open", None)
    (listed,) = expand_inputs([f"fakefs://{tmp_path}/play.*"])
    listed = dataclasses.replace(listed, listed=file_stamp(listed.path))
    assert listed.listed[0] == path.stat().st_size
    got = list(read_file(listed))
    assert [type(g) for g in got] == [Document]  # guard: unchanged, read
    _append(path)  # a writer after the listing
    (got,) = read_file(listed)
    assert isinstance(got, Rejected) and got.reason == "changed_during_build", got
    assert "after the build listed it (from 3," in got.error
    listed = dataclasses.replace(listed, listed=file_stamp(listed.path))
    monkeypatch.setattr(_FakeFS, "opened", 0)
    opens = len(list(read_file(listed))) and _FakeFS.opened  # how many opens a read takes
    monkeypatch.setattr(_FakeFS, "opened", 0)
    monkeypatch.setattr(_FakeFS, "on_open", (opens, _append))  # the writer during the read
    got = list(read_file(listed))
    assert got[-1].reason == "changed_during_build" and "while it was read" in got[-1].error
    if name.endswith(".jsonl"):  # streamed: the record read is kept, said
        assert isinstance(got[0], Document) and "the records read before it (" in got[-1].error
    else:
        assert len(got) == 1 and "nothing of it is kept" in got[0].error


def test_changed_during_build_remote_said_at_the_end(tmp_path):
    """The driver's last stamps (clause ``changed_during_build_said``) skipped remote
    files: one changed after its read was not named. Now from Beam's metadata."""
    from pipeline.existing import changed_during_build_line, listing_stamps

    (tmp_path / "play.txt").write_bytes(_play()[:3000])
    files = expand_inputs([f"fakefs://{tmp_path}/play.txt"])
    stamps = listing_stamps(files)
    assert changed_during_build_line(files, stamps) is None  # guard: unchanged
    _append(tmp_path / "play.txt")
    line = changed_during_build_line(files, stamps)
    assert line.startswith("1 input file changed while this build ran: play.txt (3,000 bytes")


def test_changed_during_build_told_apart_names_the_ones_read_before(tmp_path):
    """Of two inputs changed during a build, one rejected by its reader and one read
    before its writer went on: only the second is said to be possibly cut."""
    from pipeline.changed_inputs import changed_during_build_line, listing_stamps

    play = _play()
    (tmp_path / "in").mkdir()
    for name, part in (("a.txt", play[:3000]), ("b.txt", play[3000:6000])):
        (tmp_path / "in" / name).write_bytes(part)
    files = expand_inputs([str(tmp_path / "in")])
    stamps = listing_stamps(files)
    for name in ("a.txt", "b.txt"):
        _append(tmp_path / "in" / name)
    (tmp_path / "staging" / "rejected").mkdir(parents=True)
    record = {"doc_id": "a.txt", "source": files[0].source, "stage": "read"}
    record |= {"reason": "changed_during_build", "error": "..."}
    (tmp_path / "staging" / "rejected" / "rejected.jsonl").write_text(json.dumps(record) + "\n")
    line = changed_during_build_line(files, stamps, str(tmp_path / "staging"))
    assert line.startswith("2 input files changed while this build ran: a.txt (3,000 bytes")
    assert (
        "; 1 of them in rejected/ (changed_during_build); read before they changed: b.txt (3,000 bytes when listed, 3,039 bytes now); what the build read"
        in line
    )


@pytest.mark.parametrize("name", ["a.parquet", "a.txt"])
def test_changed_during_build_gone_is_said_as_gone(tmp_path, name):
    """Review (clause ``changed_during_build_gone``): a Parquet file moved away after the
    build listed it was rejected as ``changed_during_build`` "a writer (a copy, download
    or log) was still at it", not as gone with what to do (clause ``gone_since_listed``;
    a text file was opened by the archive sniff first: guard)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "in").mkdir()
    if name.endswith(".parquet"):
        pq.write_table(pa.table({"text": [_play()[:3000].decode()]}), tmp_path / "in" / name)
    else:
        (tmp_path / "in" / name).write_bytes(_play()[:3000])
    (listed,) = expand_inputs([str(tmp_path / "in")])
    listed = dataclasses.replace(listed, listed=file_stamp(listed.path))
    os.remove(listed.path)
    (got,) = read_file(listed)
    assert (got.reason, got.error.split(";")[0]) == (
        "unreadable_file",
        "the file was listed when the build started and is gone now (moved or deleted "
        "while the build ran)",
    )


def test_changed_during_build_told_apart_kept_records_not_said_gone(tmp_path):
    """Review (clause ``changed_during_build_told_apart_kept``): a remote JSONL changed
    while read keeps the records read before the change, yet the end line said "nothing
    of them in the dataset"."""
    from pipeline.changed_inputs import changed_during_build_line, listing_stamps

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"text": "one record"}) + "\n")
    files = expand_inputs([str(tmp_path / "in")])
    stamps = listing_stamps(files)
    _append(tmp_path / "in" / "a.jsonl")
    (tmp_path / "staging" / "rejected").mkdir(parents=True)
    said = (  # as transforms/changed_since_listed.py says it of a remote JSONL
        "the file changed while it was read (from 22 bytes to 63 bytes): a writer (a copy, "
        "download or log) was still at it, so what the build would read of it may be cut "
        "where the writer paused; the records read before it (1) are kept as read; build "
        "again with --overwrite once the writer is done"
    )
    record = {"doc_id": "a.jsonl", "source": files[0].source, "stage": "read"}
    record |= {"reason": "changed_during_build", "error": said}
    (tmp_path / "staging" / "rejected" / "rejected.jsonl").write_text(json.dumps(record) + "\n")
    line = changed_during_build_line(files, stamps, str(tmp_path / "staging"))
    assert "nothing of them in the dataset" not in line
    assert "may be cut" in line
