"""Session 45 (the Left of session 44's wtG and its review): clause
``codec_names_counted_once`` (pipeline/shards.py, pipeline/finish.py ``part_encodings``).

A build whose documents were read partly by code before clause known_codec_names
(session 44; a worker still running it) wrote rows saying "cp1252" beside rows saying
"windows-1252", and the manifest counted one codec under two names (``longctx
inspect`` added them). Now the row and the count take the name users know; an old
manifest still loads and verifies. Real text: Alcott's *Kitty's Class Day* and Hugo's
*Les Misérables* (the excerpts of tests/transforms/test_named_latin1_cp1252.py) in CP1252.
"""

from __future__ import annotations

import json

import transforms.chunking_beam as chunking_beam
from pipeline.build import run
from pipeline.finish import part_encodings
from pipeline.inspection import summary
from pipeline.reading import documents
from pipeline.verify import verify
from tests.transforms.test_named_latin1_cp1252 import HUGO, TEXT


def test_part_counts_of_old_and_new_names_are_one():
    parts = [
        ({"encodings": {"cp1252": 2, "utf-8": 5}}, "a.arrow"),
        ({"encodings": {"windows-1252": 1, "mac-roman": 1, "macintosh": 2}}, "b.arrow"),
        ({"encodings": {"cp1252+shift_jis": 1, "windows-1252+shift_jis": 1}}, "c.arrow"),
        ({}, "d.arrow"),  # a part of a manifest before encodings were counted
    ]
    assert part_encodings(parts) == {
        "macintosh": 3,
        "utf-8": 5,
        "windows-1252": 3,
        "windows-1252+shift_jis": 2,
    }
    assert sum(part_encodings(parts).values()) == 13  # nothing lost: the sum holds


def test_guard_unknown_names_are_kept_as_they_are():
    assert part_encodings([({"encodings": {"x-some-codec": 2, "utf-8": 1}}, "")]) == {
        "utf-8": 1,
        "x-some-codec": 2,
    }


def test_build_with_an_old_worker_counts_one_codec_once(tmp_path, tiny_tokenizer_path, monkeypatch):
    """The first document's row is made as code before session 44 made it (Python's
    name); the manifest and OUT/documents say windows-1252 for both books."""
    real, calls = chunking_beam.known_name, []

    def old_then_new(codec: str) -> str:
        calls.append(codec)
        return codec if len(calls) == 1 else real(codec)

    monkeypatch.setattr(chunking_beam, "known_name", old_then_new)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "kitty.txt").write_bytes((TEXT * 4).encode("cp1252"))
    (inputs / "hugo.txt").write_bytes((HUGO * 2).encode("cp1252"))
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest = run(
        [*args, "--windows", "64", "--validation-fraction", "0", "--encoding", "cp1252"]
    ).to_dict()
    assert calls and calls[0] == "cp1252", "no row was made the old way: the test tests nothing"
    counts = manifest["documents"]["encodings"]
    assert counts == {"windows-1252": 2}
    assert sum(counts.values()) == manifest["documents"]["written"] == 2
    rows = documents(str(out)).select(["doc_id", "encoding"]).to_pylist()
    assert sorted(r["encoding"] for r in rows) == ["windows-1252", "windows-1252"]
    assert verify(str(out)) == []
    assert "encodings: windows-1252 2" in summary(str(out))
    # An old manifest (Python's names, both spellings) still loads and verifies.
    path = out / "manifest.json"
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["documents"]["encodings"] = {"cp1252": 1, "windows-1252": 1}
    path.write_text(json.dumps(edited), encoding="utf-8")
    assert verify(str(out)) == []
    assert "encodings: windows-1252 2" in summary(str(out))
