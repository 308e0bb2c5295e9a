"""Review of session 42's clause ``codec_hint_said_once``: the manifest's
``documents.codec_hint_files`` names at most ``pipeline.shards.HINT_FILES`` files (the
first by source) and counts the rest (``documents.codec_hint_files_more``; a build of
100,000 Mac Roman files wrote every line into manifest.json), the launcher prints each
named file once and the count of the rest; a manifest written before session 42 (no
such fields) still loads in ``verify``, ``inspect`` and ``export``.

Real text saved in Mac Roman and named latin-1 (read as CP1252, their letters CP1252
signs inside words): Maude's translation of Tolstoy's *The Power of Darkness* and the
index of Wells' *The Outline of History* (Project Gutenberg, the rcdm-uga mirror)."""

from __future__ import annotations

import json

from pipeline import shards
from pipeline.build import build
from pipeline.export import export_dataset
from pipeline.inspection import summary
from pipeline.progress import hint_lines, report
from pipeline.verify import verify
from schemas.dataset import load_manifest
from tests.transforms.test_codec_hint_s42 import WELLS
from tests.transforms.test_named_latin1_cp1252 import TEXT
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS


def test_codec_hint_files_capped_and_old_manifest(
    tmp_path, tiny_tokenizer_path, monkeypatch, capsys
):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_power.txt").write_bytes((POWER_OF_DARKNESS * 3).encode("mac_roman"))
    (inputs / "b_power.txt").write_bytes((POWER_OF_DARKNESS * 4).encode("mac_roman"))
    (inputs / "c_wells.txt").write_bytes((WELLS * 3).encode("mac_roman", errors="replace"))
    (inputs / "kitty.txt").write_bytes((TEXT * 4).encode("cp1252"))
    monkeypatch.setattr(shards, "HINT_FILES", 2)
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, counters = build(
        [*args, "--windows", "64", "--validation-fraction", "0", "--encoding", "latin-1"]
    )
    docs = manifest.to_dict()["documents"]
    assert docs["codec_hints"] == {"macintosh": 3}  # clause known_codec_names (session 44)
    first = [str(inputs / "a_power.txt"), str(inputs / "b_power.txt")]
    assert list(docs["codec_hint_files"]) == first
    assert docs["codec_hint_files_more"] == 1
    for source, line in docs["codec_hint_files"].items():
        assert line.startswith(f"{source}: read as windows-1252 under --encoding latin-1")
        assert line.endswith("rerun with --encoding macintosh")
    capsys.readouterr()
    report(manifest, counters)
    printed = capsys.readouterr().out.splitlines()
    assert [p for p in printed if "warning:" in p] == [
        f"  warning: {docs['codec_hint_files'][source]}" for source in first
    ]
    assert printed[-1] == (
        "  ... and 1 more file: the manifest's documents.codec_hint_files names the first 2"
    )
    assert not [p for p in printed if "kitty.txt" in p]
    assert verify(str(out)) == []

    # a manifest of an older build: no codec_hints, codec_hint_files(_more)
    path = out / "manifest.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    for key in ("codec_hints", "codec_hint_files", "codec_hint_files_more"):
        del old["documents"][key]
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = load_manifest(str(out))
    assert loaded.documents.codec_hint_files == {}
    assert loaded.documents.codec_hint_files_more == 0
    assert verify(str(out)) == []
    assert "another codec's letters" not in summary(str(out))
    exported = export_dataset(str(out), str(tmp_path / "parquet"))
    assert sum(f["rows"] for f in exported["files"] if f["window"] is None) == 4


def test_hint_lines_more_than_named():
    """The count of the rest adds the files the manifest does not name to those it
    names but the launcher does not print."""
    named = {f"in/{i:04}.txt": f"in/{i:04}.txt: read as windows-1252 ..." for i in range(1000)}
    lines = hint_lines(named, 4000)
    assert len(lines) == 21 and lines[0] == "  warning: in/0000.txt: read as windows-1252 ..."
    assert lines[-1] == (
        "  ... and 4,980 more files: the manifest's documents.codec_hint_files names the "
        "first 1,000"
    )
    assert hint_lines({"in/a.txt": "in/a.txt: x"}, 0) == ["  warning: in/a.txt: x"]
