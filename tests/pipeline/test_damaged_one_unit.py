"""Clause ``one_member_salvage_said`` (transforms/decompress.py ``unchecked_copy``,
transforms/checked_units.py ``_decoded_bytes``): a compressed file damaged in its only
unit (one gzip member: the usual ``gzip FILE``) keeps nothing, since one CRC covers
all of it and damage mostly decodes on silently to the end; its one rejection now
says how many bytes it decodes to and the command that saves them, changed bytes and
all, to a new file. Real text: Shakespeare's "The Phoenix and the Turtle" and "A
Lover's Complaint" (defaults/shakespeare, the Gutenberg texts)."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

from schemas import Document, Rejected
from tests.reliability.test_archive_pipes import _through_a_pipe
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults" / "shakespeare" / "texts"


def _book() -> bytes:
    return (TEXTS / "lovers_complaint_gut.txt").read_bytes()


def _damaged(data: bytes) -> bytes:
    """``data`` gzip'd as one member, one byte changed at 95% of it (near the end)."""
    packed = bytearray(gzip.compress(data, mtime=0))
    packed[len(packed) * 95 // 100] ^= 0x10
    return bytes(packed)


def _read(path: Path) -> list:
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


def _gzip_writes(packed: bytes) -> int:
    """How many bytes the command the line gives (``gzip -dc``) writes of ``packed``."""
    done = subprocess.run(["gzip", "-dc"], input=packed, capture_output=True)
    assert done.returncode == 1 and b"crc error" in done.stderr, done.stderr
    return len(done.stdout)


def test_one_member_salvage_said_for_a_text_gz(tmp_path):
    packed = _damaged(_book())
    path = tmp_path / "complaint.txt.gz"
    path.write_bytes(packed)
    (r,) = _read(path)
    assert isinstance(r, Rejected) and r.reason == "corrupt_input", r
    assert "nothing of it is kept" in r.error and "\n" not in r.error
    size = _gzip_writes(packed)
    assert size > len(_book()) // 2
    assert f"save its {size:,} decoded bytes with " in r.error, r.error
    # clauses file_save_all_or_nothing, file_save_no_pipe: gzip reads the file, copy beside it
    assert f"`(set -C; c={tmp_path}/complaint.unchecked.txt; " in r.error, r.error
    assert f'{{ gzip -dc < {path}; echo "d$?" >&3; }} | {{ tee -a "$c"' in r.error, r.error


def test_one_member_salvage_said_for_a_jsonl_gz(tmp_path):
    """A .jsonl.gz is checked before its records are read (clause checked_units): its
    one member failed, so no record is kept, and the line says what can be saved."""
    stanzas = [s for s in _book().decode("utf-8").split("\n\n") if s.strip()]
    lines = [json.dumps({"id": f"s{i}", "text": s}) + "\n" for i, s in enumerate(stanzas)]
    packed = _damaged("".join(lines).encode())
    path = tmp_path / "complaint.jsonl.gz"
    path.write_bytes(packed)
    items = _read(path)
    assert not [i for i in items if isinstance(i, Document)]
    (r,) = items
    assert r.reason == "corrupt_input" and "damaged in member 1" in r.error, r
    size = _gzip_writes(packed)
    assert f"save its {size:,} decoded bytes with " in r.error, r.error
    # clauses file_save_all_or_nothing, file_save_no_pipe: gzip reads the file, copy beside it
    assert f"`(set -C; c={tmp_path}/complaint.unchecked.jsonl; " in r.error, r.error
    assert f'{{ gzip -dc < {path}; echo "d$?" >&3; }} | {{ tee -a "$c"' in r.error, r.error


def test_one_member_salvage_said_through_a_pipe():
    """A pipe has no name to give the command: it says what to run on the file."""
    (r,) = _through_a_pipe(_damaged(_book()))
    assert r.reason == "corrupt_input", r
    assert (
        "save what it decodes to with `gzip -dc` of the file piped in, into a new file" in r.error
    )


def test_one_member_salvage_said_not_when_checked_members_are_kept(tmp_path):
    """Guard: a file whose first member passed its check keeps its records and is
    not told to save the unchecked rest (the second member, damaged)."""
    phoenix = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_text("utf-8")
    first = json.dumps({"id": "phoenix", "text": phoenix}) + "\n"
    second = json.dumps({"id": "complaint", "text": _book().decode("utf-8")}) + "\n"
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(first.encode()) + _damaged(second.encode()))
    items = _read(path)
    assert [d.text for d in items if isinstance(d, Document)] == [phoenix]
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert "damaged in member 2" in r.error and "save" not in r.error, r.error
