"""What `longctx export` and `longctx inspect --verify` print, checked against the files
on disk (the load lines are run in test_export_hint.py): the export's summary line
("exported F files to OUT: R rows in S shards, D documents"), and verify's "OK (N
shards, M documents)" and a FAIL line's sha256, recomputed with `sha256sum`. Real
text: the opening of *Hamlet* (Gutenberg), as in test_export_hint.py."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import cli
from tests.training.test_eval_cli import HAMLET

SUMMARY = re.compile(
    r"exported (\d+) files? to (.+): (\d+) rows? in (\d+) shards?, (\d+) documents?"
    r"(?: \((\d+) lines?: one document per row\))?$"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_tokenizer_path) -> Path:
    from pipeline.build import run

    root = tmp_path_factory.mktemp("printed")
    (root / "in").mkdir()
    (root / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    (root / "in" / "hamlet_again.txt").write_text(HAMLET * 3, encoding="utf-8")
    out = root / "my data"
    args = ["--input", str(root / "in"), "--output", str(out), "--windows", "16,32"]
    run([*args, "--tokenizer", tiny_tokenizer_path, "--validation-fraction", "0.3"])
    return out


def _rows(path: Path) -> int:
    if path.suffix == ".parquet":
        return pq.ParquetFile(path).metadata.num_rows
    return sum(1 for line in path.read_bytes().splitlines() if line.strip())


@pytest.mark.parametrize(
    "flags",
    [
        ["--format", "jsonl"],
        ["--format", "parquet"],
        ["--format", "jsonl", "--one-document-per-row"],
    ],
)
def test_export_summary_line_counts_the_files_written(built, tmp_path, capsys, flags):
    target = tmp_path / "exported"
    assert cli.main(["export", str(built), *flags, "--output", str(target)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    files, folder, rows, shards, documents, lines = SUMMARY.match(line).groups()
    assert Path(folder) == target
    written = [p for p in target.rglob("*") if p.is_file() and p.suffix in (".jsonl", ".parquet")]
    assert int(files) == len(written), (line, written)
    document_files = [p for p in written if p.parent.name == "documents"]
    # a split without rows has an empty.jsonl/.parquet: a file, no shard
    chunk_files = [p for p in written if p not in document_files and p.stem != "empty"]
    assert int(shards) == len(chunk_files) and chunk_files
    manifest = json.loads((built / "manifest.json").read_text())
    assert (
        int(documents) == sum(_rows(p) for p in document_files) == manifest["documents"]["written"]
    )
    in_manifest = sum(b["rows"] for s in manifest["splits"].values() for b in s.values())
    assert int(rows) == in_manifest
    if lines is None:
        assert sum(_rows(p) for p in chunk_files) == in_manifest
    else:  # one document per row: the lines are the rows on disk
        assert int(lines) == sum(_rows(p) for p in chunk_files)


def test_verify_ok_line_counts_the_shards_and_documents_on_disk(built, capsys):
    assert cli.main(["inspect", str(built), "--verify"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    shards, documents = map(
        int, re.fullmatch(r"verify: OK \((\d+) shards?, (\d+) documents?\)", line).groups()
    )
    manifest = json.loads((built / "manifest.json").read_text())
    arrow = [built / s["path"] for s in manifest["shards"]]
    assert shards == len(arrow) and all(p.is_file() for p in arrow)
    docs = [built / s["path"] for s in manifest["documents_shards"]]
    read = sum(pa.ipc.open_stream(p.read_bytes()).read_all().num_rows for p in docs)
    assert documents == read


def test_verify_fail_line_says_the_files_real_sha256(built, tmp_path, capsys):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    entry = manifest["shards"][0]
    path = copy / entry["path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert cli.main(["inspect", str(copy), "--verify"]) == 1
    printed = capsys.readouterr().out
    (fail,) = [x for x in printed.splitlines() if x.startswith("FAIL hashes")]
    named, digest, listed = re.search(
        r"hashes: (\S+): sha256 (\w+)\.\.\. != manifest (\w+)", fail
    ).groups()
    assert named == entry["path"] and listed == entry["sha256"]
    real = subprocess.run(
        ["sha256sum", str(copy / named)], capture_output=True, text=True, check=True
    )
    assert real.stdout.startswith(digest) and not real.stdout.startswith(listed)
    assert printed.strip().splitlines()[-1].startswith("verify: FAILED")
