"""Session 32 (branch wtG2), the Left of session-32-wtG's review: clauses
``changed_during_build_remote_listed`` (transforms/inputs.py ``_match``,
pipeline/changed_inputs.py ``listing_stamps``/``stamps_now``),
``changed_during_build_remote_retried`` (transforms/changed_since_listed.py
``match_retried``), ``changed_during_build_told_apart_gone`` (pipeline/changed_inputs.py)
and a test of ``checked``'s local early return. Real text: Coriolanus (defaults/
shakespeare, Gutenberg); remote files through the test-only Beam filesystem ``fakefs://``
(tests/reliability/test_changed_during_build_rejected.py)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os

import pytest

from pipeline import build as build_module
from pipeline.changed_inputs import changed_during_build_line, listing_stamps
from schemas import Document, Rejected
from tests.reliability.test_changed_during_build_rejected import _append, _FakeFS, _play
from transforms import read
from transforms.changed_since_listed import RETRY_PAUSES, file_stamp
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file


def _scenes(count: int) -> list[str]:
    parts = [p for p in _play()[20000:].decode().split("\n\n") if len(p) > 200]
    return parts[:count]


@pytest.fixture
def counted_matches(monkeypatch):
    """Each ``fakefs`` match call's patterns (one round trip each, as Beam's GCS
    filesystem lists each pattern's prefix apart)."""
    calls: list[list[str]] = []
    real = _FakeFS.match

    def counting(self, patterns, limits=None):
        calls.append(list(patterns))
        return real(self, patterns, limits)

    monkeypatch.setattr(_FakeFS, "match", counting)
    monkeypatch.setattr(_FakeFS, "on_open", None)
    return calls


def test_changed_during_build_remote_listed_round_trips_per_pattern(tmp_path, counted_matches):
    """40 remote scenes of the play under one glob: the driver asked Beam once more per
    file at the listing (41 round trips, one after another) and once per file at the end
    (40): 10,000 ``gs://`` files were minutes of waiting. Now the glob's own match is the
    listing's stamp (1 round trip) and the end matches the glob again (1); a file changed
    and one deleted are still named (guard)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, scene in enumerate(_scenes(40)):
        (folder / f"scene{i:02d}.txt").write_text(scene)
    pattern = f"fakefs://{folder}/*.txt"
    files = expand_inputs([pattern])
    stamps = listing_stamps(files)
    assert len(files) == len(stamps) == 40
    assert sum(len(c) for c in counted_matches) == 1  # the glob itself, nothing per file
    assert stamps[files[3].path] == file_stamp(files[3].path)  # the listing's, as Beam says
    counted_matches.clear()
    assert changed_during_build_line(files, stamps, None, [pattern]) is None  # unchanged
    assert counted_matches == [[pattern]]
    counted_matches.clear()
    _append(folder / "scene05.txt")
    size = os.path.getsize(folder / "scene07.txt")
    os.remove(folder / "scene07.txt")
    line = changed_during_build_line(files, stamps, None, [pattern])
    assert counted_matches == [[pattern]]
    assert line.startswith("2 input files changed while this build ran: scene05.txt (")
    assert f"scene07.txt ({size:,} bytes when listed, gone now)" in line


def test_changed_during_build_remote_retried_after_a_read(tmp_path, monkeypatch, counted_matches):
    """The metadata request right after a remote read fails once (a timeout): the play's
    scene was rejected as "it is gone or cannot be stamped now". Now it is asked again
    (at most twice, pauses under a second in all) and the document is kept; a filesystem
    that keeps failing still rejects it (guard)."""
    (tmp_path / "scene.txt").write_text(_scenes(1)[0])
    (listed,) = expand_inputs([f"fakefs://{tmp_path}/scene.txt"])
    assert listed.listed is not None  # clause changed_during_build_remote_listed
    counting = _FakeFS.match
    failing = {"left": 0}

    def flaky(self, patterns, limits=None):
        if failing["left"] > 0:
            failing["left"] -= 1
            raise OSError("503 Service Unavailable")
        return counting(self, patterns, limits)

    monkeypatch.setattr(_FakeFS, "match", flaky)
    monkeypatch.setattr(_FakeFS, "opened", 0)
    opens = len(list(read_file(listed))) and _FakeFS.opened  # the last open is the read's
    pauses = []
    import time

    monkeypatch.setattr(time, "sleep", pauses.append)
    monkeypatch.setattr(_FakeFS, "on_open", (opens, lambda _: failing.update(left=1)))
    monkeypatch.setattr(_FakeFS, "opened", 0)
    (got,) = read_file(listed)
    assert isinstance(got, Document) and got.text.startswith(_scenes(1)[0][:40]), got
    assert pauses == [RETRY_PAUSES[0]] and sum(RETRY_PAUSES) < 1
    pauses.clear()
    monkeypatch.setattr(_FakeFS, "opened", 0)
    monkeypatch.setattr(_FakeFS, "on_open", (opens, lambda _: failing.update(left=3)))
    (got,) = read_file(listed)
    assert isinstance(got, Rejected) and "gone or cannot be stamped now" in got.error
    assert pauses == list(RETRY_PAUSES)


def test_changed_during_build_local_read_watched_once(tmp_path, monkeypatch):
    """``checked``'s local early return (untested: the review took it off and 29 tests
    passed): a local JSONL of the play's scenes, stamped by the listing, gets two more
    scenes appended while it is read. ``changed_while_read`` says so once; without the
    early return the file was stamped again after its read and got a second rejection."""
    scenes = _scenes(5)
    lines = [json.dumps({"id": f"s{i}", "text": s}) + "\n" for i, s in enumerate(scenes)]
    path = tmp_path / "scenes.jsonl"
    path.write_text("".join(lines[:3]))
    (listed,) = expand_inputs([str(tmp_path)])
    listed = dataclasses.replace(listed, listed=file_stamp(listed.path))
    reader = read._READERS["jsonl"]

    def still_exporting(file, config, progress):
        yield from reader(file, config, progress)
        with open(path, "a") as handle:
            handle.write("".join(lines[3:]))

    monkeypatch.setitem(read._READERS, "jsonl", still_exporting)
    got = list(read_file(listed, ReadConfig()))
    assert [d.doc_id for d in got if isinstance(d, Document)] == ["s0", "s1", "s2"]
    (said,) = [r for r in got if isinstance(r, Rejected)]
    assert said.reason == "changed_while_read" and "after 3 records" in said.error


def test_changed_during_build_told_apart_gone_before_its_read(
    tmp_path, tiny_tokenizer_path, monkeypatch, caplog
):
    """A scene deleted after the build listed it, before its read: rejected as gone
    (``gone_since_listed``), yet the end line said "read before they changed ... may be
    cut" of it. Now it is said as gone, in rejected/, with what to do; an unchanged
    scene is written (guard)."""
    scenes = _scenes(2)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "gone.txt").write_text(scenes[0])
    (inputs / "still.txt").write_text(scenes[1])
    real = build_module.bound_worker_heap

    def deleted_meanwhile():
        os.remove(inputs / "gone.txt")
        return real()

    monkeypatch.setattr(build_module, "bound_worker_heap", deleted_meanwhile)
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    with caplog.at_level(logging.WARNING, logger="longctx"):
        manifest, _ = build_module.build(args + ["--windows", "256"])
    said = [r.getMessage() for r in caplog.records if "changed while this build ran" in r.message]
    size = len(scenes[0].encode())
    assert said == [
        f"1 input file changed while this build ran: gone.txt ({size:,} bytes when listed, "
        "gone now); gone before their read, they are in rejected/, nothing of them in the "
        "dataset: put them back and build again, or leave them out of --input"
    ]
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (2, 1, 1)
    (record,) = [json.loads(line) for line in (out / "rejected" / "rejected.jsonl").open()]
    assert "is gone now" in record["error"]


def test_changed_during_build_told_apart_gone_beside_one_read_before(tmp_path):
    """Of a scene gone before its read (in rejected/ as gone) and one changed after its
    read (in the dataset), only the second is "read before they changed"."""
    scenes = _scenes(2)
    (tmp_path / "in").mkdir()
    for name, scene in (("a.txt", scenes[0]), ("b.txt", scenes[1])):
        (tmp_path / "in" / name).write_text(scene)
    files = expand_inputs([str(tmp_path / "in")])
    stamps = listing_stamps(files)
    os.remove(tmp_path / "in" / "a.txt")
    _append(tmp_path / "in" / "b.txt")
    (tmp_path / "staging" / "rejected").mkdir(parents=True)
    record = {"doc_id": "a.txt", "source": files[0].source, "stage": "read"}
    record |= {"reason": "unreadable_file", "error": "the file ... is gone now"}
    (tmp_path / "staging" / "rejected" / "rejected.jsonl").write_text(json.dumps(record) + "\n")
    line = changed_during_build_line(files, stamps, str(tmp_path / "staging"))
    a = f"a.txt ({len(scenes[0].encode()):,} bytes when listed, gone now)"
    assert f"; gone before their read: {a}, in rejected/, nothing of them" in line
    assert "; read before they changed: b.txt (" in line
    assert "read before they changed: a.txt" not in line


def test_changed_during_build_told_apart_gone_non_ascii_name(tmp_path):
    """Clause ``changed_during_build_told_apart_gone_non_ascii`` (review, session 32): the
    rejected file is written with ``ensure_ascii=False``, but the gone sources were looked
    for as ASCII-escaped JSON, so a gone ``消えた.txt`` (the corpus's own script) was said
    "read before they changed ... may be cut" again."""
    scenes = _scenes(2)
    (tmp_path / "in").mkdir()
    for name, scene in (("消えた.txt", scenes[0]), ("b.txt", scenes[1])):
        (tmp_path / "in" / name).write_text(scene)
    files = expand_inputs([str(tmp_path / "in")])
    stamps = listing_stamps(files)
    gone = next(f for f in files if f.relative.endswith("消えた.txt"))
    os.remove(gone.path)
    _append(tmp_path / "in" / "b.txt")
    (tmp_path / "staging" / "rejected").mkdir(parents=True)
    record = {"doc_id": "消えた.txt", "source": gone.source, "stage": "read"}
    record |= {"reason": "unreadable_file", "error": "the file ... is gone now"}
    line_out = json.dumps(record, ensure_ascii=False) + "\n"  # as pipeline/shards.py writes
    (tmp_path / "staging" / "rejected" / "rejected.jsonl").write_text(line_out, encoding="utf-8")
    line = changed_during_build_line(files, stamps, str(tmp_path / "staging"))
    assert "; gone before their read: 消えた.txt (" in line
    assert "read before they changed: 消えた.txt" not in line


def test_changed_during_build_remote_listed_whole_seconds_and_glob_names():
    """Review (session 32), guards no test held: a listing's update time (S3 lists
    milliseconds) and one file's (its HEAD says seconds) are the same stamp, so an
    unchanged S3 input is not "changed"; a size change still is; a name with glob
    characters is not stamped (matching it as itself would glob)."""
    from apache_beam.io.filesystem import FileMetadata

    from transforms.changed_since_listed import metadata_stamp

    path = "fakefs://bucket/in/a.txt"
    listing = metadata_stamp(FileMetadata(path, 258, 1_764_892_800.734))
    head = metadata_stamp(FileMetadata(path, 258, 1_764_892_800.0))
    assert listing == head == (258, 1_764_892_800 * 10**9)
    assert metadata_stamp(FileMetadata(path, 259, 1_764_892_800.0)) != listing
    assert metadata_stamp(FileMetadata("fakefs://bucket/in/a[1].txt", 258, 1.0)) is None


def test_changed_during_build_remote_listed_one_failing_pattern_asked_alone(tmp_path, monkeypatch):
    """Review (session 32): the end matches all the remote patterns in one call, which
    fails whole when one pattern's listing fails; each pattern is then asked alone, so
    the files of the patterns that still answer keep their stamps (not all "gone")."""
    from apache_beam.io.filesystems import FileSystems

    from transforms import changed_since_listed

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_scenes(1)[0])
    good, bad = f"fakefs://{tmp_path}/in/*.txt", f"fakefs://{tmp_path}/broken/*.txt"
    real = FileSystems.match

    def failing(patterns, limits=None):
        if bad in patterns:
            raise OSError("503 from the listing")
        return real(patterns, limits)

    monkeypatch.setattr(FileSystems, "match", staticmethod(failing))
    monkeypatch.setattr(changed_since_listed, "RETRY_PAUSES", ())
    got = changed_since_listed.remote_stamps([good, bad])
    assert list(got) == [f"fakefs://{tmp_path}/in/a.txt"]


def test_listing_failed_cannot_tell_not_gone(tmp_path, monkeypatch):
    """Clause ``listing_failed_cannot_tell`` (session 33, the Left of session 32): the
    end's listing of one remote glob keeps failing (a 503) after the build read its scene
    of the play: the scene, still there and unchanged, was said "changed while this build
    ran: ... gone now". Now it is said "cannot tell now", with the failing pattern and
    its error; a scene of a glob that answers and was deleted is still "gone now"
    (guard)."""
    from apache_beam.io.filesystems import FileSystems

    from transforms import changed_since_listed

    scenes = _scenes(2)
    for sub, name, scene in (("in", "a.txt", scenes[0]), ("other", "b.txt", scenes[1])):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / name).write_text(scene)
    bad, good = f"fakefs://{tmp_path}/in/*.txt", f"fakefs://{tmp_path}/other/*.txt"
    files = expand_inputs([bad, good])
    stamps = listing_stamps(files)
    assert len(stamps) == 2
    real = FileSystems.match

    def failing(patterns, limits=None):
        if bad in patterns:
            raise OSError("503 Service Unavailable\nretry later")
        return real(patterns, limits)

    monkeypatch.setattr(FileSystems, "match", staticmethod(failing))
    monkeypatch.setattr(changed_since_listed, "RETRY_PAUSES", ())
    cannot = (
        f"1 input file could not be checked once the pipeline had run (the listing of {bad} "
        f"failed: OSError: 503 Service Unavailable): a.txt ({len(scenes[0].encode()):,} "
        "bytes when listed, cannot tell now); this build cannot tell whether they changed "
        "while it ran: if a writer was at them, build again with --overwrite"
    )
    assert changed_during_build_line(files, stamps, None, [bad, good]) == cannot
    os.remove(tmp_path / "other" / "b.txt")
    line = changed_during_build_line(files, stamps, None, [bad, good])
    b = f"b.txt ({len(scenes[1].encode()):,} bytes when listed, gone now)"
    assert line.startswith(f"1 input file changed while this build ran: {b}; ")
    assert line.endswith(f"; {cannot}")


def test_listings_failed_all_named(tmp_path, monkeypatch):
    """Clause ``listings_failed_all_named`` (session 34, the Left of session 33): the
    end's listings of four remote globs keep failing, each with its own error, after the
    build read their scenes of Coriolanus: the line named the first pattern alone. Now
    it counts them and names the first three with their errors, "and 1 more"; one
    failing pattern is said as before (guard: test_listing_failed_cannot_tell_not_gone)."""
    from apache_beam.io.filesystems import FileSystems

    from transforms import changed_since_listed

    scenes = _scenes(4)
    globs = []
    for i, scene in enumerate(scenes):
        (tmp_path / f"in{i}").mkdir()
        (tmp_path / f"in{i}" / f"s{i}.txt").write_text(scene)
        globs.append(f"fakefs://{tmp_path}/in{i}/*.txt")
    files = expand_inputs(globs)
    stamps = listing_stamps(files)
    assert len(stamps) == 4

    def failing(patterns, limits=None):
        raise OSError(f"50{len(patterns)} Service Unavailable\nretry later")

    monkeypatch.setattr(FileSystems, "match", staticmethod(failing))
    monkeypatch.setattr(changed_since_listed, "RETRY_PAUSES", ())
    line = changed_during_build_line(files, stamps, None, globs)
    named = ", ".join(f"{g} (OSError: 501 Service Unavailable)" for g in globs[:3])
    assert line.startswith(
        f"4 input files could not be checked once the pipeline had run (the listings of 4 "
        f"patterns failed: {named}, and 1 more): s0.txt ("
    ), line
    assert "\n" not in line and globs[3] not in line
    assert all(f"s{i}.txt (" in line for i in range(4))
