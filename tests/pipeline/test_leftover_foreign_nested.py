"""Clause ``output_not_removable_foreign_nested`` (review, session 27;
pipeline/output_removal.py ``foreign_below``, hook in pipeline/output.py
``clean_leftovers``): a folder named like a leftover of a killed build
(``OUT.tmp-1a2b3c4d``) whose top-level names are all the build's (``train/``) but which
holds a file no build writes deeper down was removed, file and all, by the next build to
OUT. Real text: the opening of Shakespeare's "A Lover's Complaint" (Gutenberg), as the
user's own note."""

from __future__ import annotations

from pathlib import Path

from pipeline.output import clean_leftovers
from tests.pipeline.test_output import fake_dataset
from tests.reliability.conftest import snapshot

NOTE = "From off a hill whose concave womb reworded\nA plaintful story from a sistering vale,\n"


def test_output_not_removable_foreign_nested_is_left_alone(tmp_path: Path):
    """``out.tmp-1a2b3c4d/train/notes.txt`` beside ``out.tmp-1a2b3c4d/train/*.arrow``:
    before, "removed ... left by a build that did not finish" and the note was gone; now
    the folder is left alone, one warning names the note."""
    leftover = fake_dataset(tmp_path / "out.tmp-1a2b3c4d", "old", complete=False)
    (leftover / "train" / "notes.txt").write_text(NOTE, encoding="utf-8")
    before = snapshot(tmp_path)
    (said,) = clean_leftovers(str(tmp_path / "out"))
    assert said.startswith(f"left {leftover} alone: it looks like a leftover of a killed build")
    assert "holds train/notes.txt" in said
    assert snapshot(tmp_path) == before


def test_output_not_removable_foreign_nested_guard_build_files_go(tmp_path: Path):
    """Guard: a leftover holding only what a build writes (arrow shards, the parts and
    Beam's temporary folder) is still removed."""
    leftover = fake_dataset(tmp_path / "out.tmp-1a2b3c4d", "old", complete=False)
    (leftover / "train" / "_parts").mkdir()
    (leftover / "train" / "_parts" / "part-0.json").write_text("{}")
    (said,) = clean_leftovers(str(tmp_path / "out"))
    assert said.startswith(f"removed {leftover} (") and not leftover.exists()
