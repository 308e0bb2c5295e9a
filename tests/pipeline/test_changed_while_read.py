"""Clause ``changed_while_read`` (transforms/changed_while_read.py, called from
transforms/read.py ``read_file``): a text file still being written when the build reads
it (a copy or download in progress) was kept as whatever part was there. Real text:
Shakespeare's "A Lover's Complaint" (defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms import read
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"
pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")


def _read(path: Path) -> list:
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


def test_changed_while_read_a_copy_still_being_written_is_rejected(tmp_path, monkeypatch):
    """The first half of the poem is on disk when the build reads it; the copy writes the
    rest while it is being read (here: right after the reader took its bytes). The half
    poem was a document, trained on; now it is rejected with the sizes and what to do."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    half = lover.rindex(b"\n\n", 0, len(lover) // 2) + 2
    path = tmp_path / "lover.txt"
    path.write_bytes(lover[:half])
    reader = read._READERS["text"]

    def still_copying(file, config, progress):
        items = list(reader(file, config, progress))
        with open(path, "ab") as f:  # the copy goes on writing
            f.write(lover[half:])
        yield from items

    monkeypatch.setitem(read._READERS, "text", still_copying)
    (got,) = _read(path)
    assert isinstance(got, Rejected) and got.reason == "changed_while_read", got
    assert got.doc_id == "lover.txt"
    assert f"from {half:,} bytes to {len(lover):,} bytes" in got.error
    assert "build again once it is complete" in got.error and "\n" not in got.error
    monkeypatch.setitem(read._READERS, "text", reader)
    (got,) = _read(path)  # complete now: read whole
    assert isinstance(got, Document) and "My spirits to attend this double voice" in got.text


def test_changed_while_read_leaves_a_pipe_alone(tmp_path):
    """Guard: a stamp is taken of regular local files only (a pipe's says nothing)."""
    from transforms.changed_while_read import stamp

    assert stamp(str(tmp_path)) is None and stamp("gs://bucket/book.txt") is None
    assert stamp("/dev/null") is None
    (got,) = _read(TEXTS / "lovers_complaint_gut.txt")
    assert isinstance(got, Document)


def test_changed_while_read_jsonl_records_written_since_are_said(tmp_path, monkeypatch):
    """A JSONL export still being written: three stanzas on disk when the build reads the
    file, two more appended while it is read. The three were kept and the two missing
    without a word; now the three are kept and one rejection says the file changed."""
    import json

    stanzas = [s for s in (TEXTS / "lovers_complaint_gut.txt").read_text().split("\n\n") if s]
    lines = [json.dumps({"id": f"s{i}", "text": s}) + "\n" for i, s in enumerate(stanzas[:5])]
    path = tmp_path / "stanzas.jsonl"
    path.write_text("".join(lines[:3]))
    reader = read._READERS["jsonl"]

    def still_exporting(file, config, progress):
        yield from reader(file, config, progress)
        with open(path, "a") as f:
            f.write("".join(lines[3:]))

    monkeypatch.setitem(read._READERS, "jsonl", still_exporting)
    got = _read(path)
    assert [d.doc_id for d in got if isinstance(d, Document)] == ["s0", "s1", "s2"]
    (said,) = [r for r in got if isinstance(r, Rejected)]
    assert said.reason == "changed_while_read" and "after 3 records" in said.error, said
    assert f"from {len(''.join(lines[:3]).encode()):,} bytes to" in said.error


# Clause changed_while_read_held (review, session 26): a file replaced whole by rename
# (an exporter's or editor's atomic save, `sed -i`, rsync) was rejected although the
# reader's one open handle read the old file whole: the stamp was of the path, whose
# inode then changed. Now the stamp is of a handle held open across the read.
def test_changed_while_read_held_an_atomic_replace_after_the_read_is_kept(tmp_path, monkeypatch):
    """The poem read whole, then a new version renamed over it (write a temporary file,
    rename: how exporters, editors, `sed -i` and rsync avoid half-written reads): the
    text read is the old poem, whole; it was rejected as "replaced by another file"."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    path = tmp_path / "lover.txt"
    path.write_bytes(lover)
    reader = read._READERS["text"]

    def saved_over(file, config, progress):
        items = list(reader(file, config, progress))
        new = tmp_path / "lover.txt.new"
        new.write_bytes(lover.replace(b"From off a hill", b"From off a HILL"))
        new.replace(path)
        yield from items

    monkeypatch.setitem(read._READERS, "text", saved_over)
    (got,) = _read(path)
    assert isinstance(got, Document), got
    assert "From off a hill whose concave womb re-worded" in got.text


def test_changed_while_read_held_replaced_before_the_reader_opened_it(tmp_path, monkeypatch):
    """The new version renamed in after the build listed the file, before the reader
    opened it: the reader read the new file whole; it was rejected as replaced."""
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    path = tmp_path / "lover.txt"
    path.write_bytes(lover[: len(lover) // 2])
    reader = read._READERS["text"]

    def renamed_in_first(file, config, progress):
        new = tmp_path / "lover.txt.part"
        new.write_bytes(lover)
        new.replace(path)  # a download's `.part` renamed when complete
        yield from reader(file, config, progress)

    monkeypatch.setitem(read._READERS, "text", renamed_in_first)
    (got,) = _read(path)
    assert isinstance(got, Document), got
    assert "My spirits to attend this double voice" in got.text


def test_changed_while_read_held_a_jsonl_re_exported_by_rename(tmp_path, monkeypatch):
    """A JSONL export replaced whole by rename while its records were streamed: all five
    were read from the old file, whole; a rejection said records written since were
    missing. Now nothing is said."""
    import json

    stanzas = [s for s in (TEXTS / "lovers_complaint_gut.txt").read_text().split("\n\n") if s]
    lines = [json.dumps({"id": f"s{i}", "text": s}) + "\n" for i, s in enumerate(stanzas[:5])]
    path = tmp_path / "stanzas.jsonl"
    path.write_text("".join(lines))
    reader = read._READERS["jsonl"]

    def re_exported(file, config, progress):
        for n, item in enumerate(reader(file, config, progress)):
            if n == 2:
                new = tmp_path / "stanzas.jsonl.tmp"
                new.write_text("".join(lines + lines[:1]))
                new.replace(path)
            yield item

    monkeypatch.setitem(read._READERS, "jsonl", re_exported)
    got = _read(path)
    assert [d.doc_id for d in got if isinstance(d, Document)] == [f"s{i}" for i in range(5)]
    assert [r for r in got if isinstance(r, Rejected)] == []
