"""``longctx export`` never writes into the dataset it exports (clause
``export_outside_build_folders``) and says which row holds a float JSON cannot hold
(clause ``jsonl_no_nan``), leaving the dataset as it was."""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import sys

import pyarrow as pa
import pytest

from pipeline import cli
from schemas.dataset import DOCUMENT_ARROW_SCHEMA, table_to_stream_bytes
from tests.tempest import copy_tempest

from .conftest import read


@pytest.fixture(scope="module")
def tempest(tmp_path_factory, tempest_built):
    """A dataset built by the pipeline from real text (tests/tempest.py)."""
    return copy_tempest(tempest_built, tmp_path_factory.mktemp("tempest"))[0]


@pytest.fixture
def copy(tempest, tmp_path):
    target = tmp_path / "ds"
    shutil.copytree(tempest, target)
    return target


def _hashes(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_output_inside_the_datasets_own_folders_is_refused(copy, capsys, fmt):
    """Clause export_outside_build_folders: OUT/train/x, OUT/validation, OUT/documents,
    OUT itself and a link to OUT/train are refused with one line naming the folder, the
    dataset byte for byte as it was; OUT/export (beside the build's folders) is taken."""
    before = _hashes(copy)
    link = copy.parent / "to-train"
    os.symlink(copy / "train", link)
    for dest, folder in (
        (copy / "train" / "x", copy / "train"),
        (copy / "validation", copy / "validation"),
        (copy / "documents" / "jsonl", copy / "documents"),
        (copy / "rejected" / "out", copy / "rejected"),
        (link / "sub", copy / "train"),
    ):
        for extra in ([], ["--overwrite"]):
            args = ["export", str(copy), "--format", fmt, "--output", str(dest), *extra]
            assert cli.main(args) == 2, dest
            err = capsys.readouterr().err
            assert err.startswith("longctx export: error: --output ") and err.count("\n") == 1
            assert f"inside the dataset's own {folder}," in err, err
    assert cli.main(["export", str(copy), "--format", fmt, "--output", str(copy)]) == 2
    assert "is the dataset" in capsys.readouterr().err
    assert _hashes(copy) == before  # nothing written, nothing removed
    assert not list(copy.parent.glob("*.tmp-*")) and not list(copy.rglob("*.tmp-*"))
    assert cli.main(["export", str(copy), "--format", fmt, "--output", str(copy / "export")]) == 0
    assert (copy / "export" / "_COMPLETE").exists()


def test_outputs_beside_or_outside_the_dataset_are_taken(tempest, tmp_path, monkeypatch, capsys):
    """Clause export_outside_build_folders refuses only the build's own folders: a dataset
    that is itself named ``train``, reached by a link, by a relative path or with a
    trailing slash, exports to a sibling with a common prefix (``train2``, ``OUT-export``)
    or to a folder inside a non-build folder; its own ``train`` folder is still refused
    however it is spelled (reviewer, session 20)."""
    shutil.copytree(tempest, tmp_path / "train")
    os.symlink(tmp_path / "train", tmp_path / "link")
    monkeypatch.chdir(tmp_path)
    for out, dest in (
        ("train", "train/train2"),
        ("train/", "train/jsonl2/"),
        ("train", "train-export"),
        ("./link/", "link/exports/jsonl"),
        ("link", str(tmp_path / "train" / "validation2")),
        ("train", "train/train.jsonl"),
    ):
        assert cli.main(["export", out, "--format", "jsonl", "--output", dest]) == 0, dest
        assert (tmp_path / dest / "_COMPLETE").exists(), dest
        capsys.readouterr()
    for out, dest in (("link/", "train/train/"), ("./train", "link/../link/documents/x")):
        assert cli.main(["export", out, "--format", "jsonl", "--output", dest]) == 2, dest
        assert "inside the dataset's own" in capsys.readouterr().err


def _case_insensitive(folder) -> bool:
    probe = folder / "case-probe"
    probe.mkdir()
    try:
        return (folder / "CASE-PROBE").exists()
    finally:
        probe.rmdir()


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_a_bind_mount_of_the_dataset_is_the_dataset(copy, tmp_path):
    """Clause export_same_folder: OUT and OUT/train reached through bind mounts (a
    container's volume; realpath does not see through them, the filesystem does) are
    refused as OUT itself is, the dataset left as it was; before, the export wrote its
    files into OUT/train. Runs in a user namespace (``unshare -Urm``), where a mount
    needs no privileges; skipped where the kernel allows none."""
    before = _hashes(copy)
    (tmp_path / "to-train").mkdir()
    (tmp_path / "to-out").mkdir()
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    run = (
        "import sys; from pipeline import cli; "
        "sys.exit(cli.main(['export', sys.argv[1], '--format', 'jsonl', '--output', sys.argv[2]]))"
    )
    script = (
        f'mount --bind "{copy / "train"}" "{tmp_path / "to-train"}" || exit 77; '
        f'mount --bind "{copy}" "{tmp_path / "to-out"}" || exit 77; '
        f'"{sys.executable}" -c "{run}" "$1" "$2"'
    )
    for dest, said in (
        (tmp_path / "to-train" / "x", f"inside the dataset's own {copy / 'train'},"),
        (
            tmp_path / "to-out" / "documents" / "x",
            f"inside the dataset's own {copy / 'documents'},",
        ),
        (tmp_path / "to-out", "is the dataset"),
    ):
        done = subprocess.run(
            ["unshare", "-Urm", "sh", "-c", script, "sh", str(copy), str(dest)],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode == 77 or "unshare:" in done.stderr:
            pytest.skip(f"no mount in a user namespace here: {done.stderr.strip()[:200]}")
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("longctx export: error: --output ") and said in done.stderr
    assert _hashes(copy) == before


@pytest.mark.skipif(
    sys.platform not in ("darwin", "win32"), reason="a case-insensitive filesystem (macOS)"
)
def test_a_differently_cased_build_folder_is_the_build_folder(copy, capsys):
    """Clause export_same_folder: on a case-insensitive filesystem ``OUT/Train/x`` is
    inside ``OUT/train`` and is refused; ``OUT/Export`` is taken."""
    if not _case_insensitive(copy.parent):
        pytest.skip("this filesystem tells case apart")
    before = _hashes(copy)
    for dest, folder in ((copy / "Train" / "x", "train"), (copy / "DOCUMENTS", "documents")):
        assert cli.main(["export", str(copy), "--format", "jsonl", "--output", str(dest)]) == 2
        assert f"inside the dataset's own {copy / folder}," in capsys.readouterr().err
    assert _hashes(copy) == before
    assert (
        cli.main(["export", str(copy), "--format", "jsonl", "--output", str(copy / "Export")]) == 0
    )


def _documents_with_a_nan_score(copy, value=math.nan) -> tuple[str, int, int, str]:
    """Make one key-sentence score of a built dataset NaN (or ``value``; the manifest's
    sha256 updated, as a hand edit that also fixes the hash would): (shard, row, index,
    doc)."""
    manifest = json.loads((copy / "manifest.json").read_text())
    for entry in manifest["documents_shards"]:
        rows = read(copy / entry["path"]).to_pylist()
        for r, row in enumerate(rows):
            if row["key_sentences"]:
                index = len(row["key_sentences"]) - 1
                row["key_sentences"][index]["score"] = value
                table = pa.Table.from_pylist(rows, schema=DOCUMENT_ARROW_SCHEMA)
                data = table_to_stream_bytes(table)
                (copy / entry["path"]).write_bytes(data)
                entry["sha256"] = hashlib.sha256(data).hexdigest()
                (copy / "manifest.json").write_text(json.dumps(manifest))
                return entry["path"], r, index, row["doc_id"]
    raise AssertionError("the fixture has no document with a key sentence")


def test_a_nan_score_is_one_line_naming_row_and_column(copy, capsys):
    """Clause jsonl_no_nan: a NaN key-sentence score (never written by a build) stops the
    JSON export with one line naming the shard, the row, the document and the column,
    where it was a ValueError traceback; no export is left. Clause parquet_no_nan: the
    Parquet export, which kept the NaN without a word, refuses it with the same line."""
    shard, row, index, doc = _documents_with_a_nan_score(copy)
    before = _hashes(copy)
    assert cli.main(["export", str(copy), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"longctx export: error: {copy}/{shard}: row {row} (doc {doc}) ")
    assert f"has key_sentences[{index}].score = nan," in err
    assert not (copy / "jsonl").exists() and not list(copy.glob("jsonl.tmp-*"))
    assert _hashes(copy) == before
    args = ["export", str(copy), "--format", "jsonl", "--one-document-per-row"]
    assert cli.main(args) == 2 and f"row {row} (doc {doc})" in capsys.readouterr().err
    assert cli.main(["inspect", str(copy), "--verify"]) != 0  # clause finite_key_scores
    out = capsys.readouterr().out
    assert f"documents: doc {doc}: key_sentences[{index}].score is nan, not a finite number" in out
    assert cli.main(["export", str(copy), "--format", "parquet"]) == 2
    parquet_err = capsys.readouterr().err
    assert parquet_err.count("\n") == 1 and "Traceback" not in parquet_err
    assert parquet_err.split(": ", 2)[2] == err.split(": ", 2)[2]  # the same line
    assert not (copy / "parquet").exists() and not list(copy.glob("parquet.tmp-*"))
    assert _hashes(copy) == before


def test_a_null_score_is_a_verify_failure_not_a_traceback(copy, capsys):
    """Clause finite_key_scores_null: a key sentence whose score is null (a build writes
    none) was a TypeError traceback from ``--verify``; now a FAIL line naming the
    document, while the JSON export, which can hold a null, writes it as null."""
    shard, row, index, doc = _documents_with_a_nan_score(copy, None)
    assert cli.main(["inspect", str(copy), "--verify"]) != 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "TypeError" not in captured.err
    assert f"documents: doc {doc}: key_sentences[{index}].score is null, not" in captured.out
    assert cli.main(["export", str(copy), "--format", "jsonl"]) == 0
    lines = (copy / "jsonl" / (shard.removesuffix(".arrow") + ".jsonl")).read_text()
    assert json.loads(lines.splitlines()[row])["key_sentences"][index]["score"] is None


def test_a_build_folder_not_there_yet_is_the_build_folder(copy, capsys, monkeypatch):
    """Clause export_case_insensitive_name: on a filesystem that does not tell case apart
    (simulated here: this one does), ``OUT/Validation`` of a dataset with no validation
    folder is that build folder and is refused; ``samefile`` alone needs both folders,
    so the export was written there. Where case is told apart it is another folder."""
    from pipeline import export

    missing = next(n for n in ("validation", "_rows", "_text") if not (copy / n).exists())
    dest = copy / missing.upper() / "x"
    assert export._tells_case_apart(str(copy))  # this filesystem
    monkeypatch.setattr(export, "_tells_case_apart", lambda root: False)
    before = _hashes(copy)
    assert cli.main(["export", str(copy), "--format", "jsonl", "--output", str(dest)]) == 2
    assert f"inside the dataset's own {copy / missing}," in capsys.readouterr().err
    assert _hashes(copy) == before and not dest.exists()
    monkeypatch.undo()
    assert cli.main(["export", str(copy), "--format", "jsonl", "--output", str(dest)]) == 0


@pytest.mark.parametrize(
    "out,shown,place",
    [
        ("gs://b/x", "gs://b/x", ""),
        ("gs://b/x/", "gs://b/x", ""),
        ("gs://b/x", "gs://b/x/train", "train"),
        ("s3://b/x", "s3://b/x/validation/y", "validation"),
        ("gs://b/x", "gs://b/x/trainee", None),
        ("gs://b/x", "gs://b/x/jsonl", None),
        ("gs://b/x", "gs://b//x", None),  # objects /x/..., not x/...
        ("gs://b/x", "gs://b/x//y", None),  # objects x//y/..., beside the build folders
        ("gs://b/x/", "gs://b/x//train", None),  # x//train/... is not the shards' x/train/
        ("gs://b/x//", "gs://b/x/train", None),  # read as x//, its shards are x//train/...
        ("gs://b/x//", "gs://b/x//train/a", "train"),
    ],
)
def test_remote_output_is_placed_by_object_name(out, shown, place):
    """Clause export_remote_prefix: a remote --output is placed among the dataset's
    objects by object name (a ``//`` is part of it); as strings, ``gs://b/x//y`` was
    "the dataset itself" and ``gs://b/x/train`` inside the shards of ``gs://b/x//``."""
    from pipeline import storage
    from pipeline.export import _check_outside_build_folders
    from schemas.errors import UserError

    if place is None:
        _check_outside_build_folders(out, shown)
        return
    with pytest.raises(UserError) as refused:
        _check_outside_build_folders(out, shown)
    said = f"is the dataset {out} itself" if place == "" else storage.join(out, place)
    assert said in str(refused.value)


def test_export_not_ours_first_a_users_folder_is_never_offered_to_overwrite(copy, capsys):
    """Clause export_not_ours_first (session 28): ``--output docs``, a folder of the
    user's notes, was "docs already exists; pass --overwrite to replace it", and with
    --overwrite "is not a longctx export": one line now, the same with or without
    --overwrite, never asking for it; the folder as it was."""
    docs = copy.parent / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("Full fathom five thy father lies\n", encoding="utf-8")
    before = _hashes(docs)
    for extra in ([], ["--overwrite"]):
        assert cli.main(["export", str(copy), "--output", str(docs), *extra]) == 2
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert "is not a longctx export" in line and "pass --overwrite" not in line
    assert _hashes(docs) == before
    # an earlier export of ours still asks for --overwrite, and takes it
    assert cli.main(["export", str(copy), "--output", str(copy / "export")]) == 0
    assert cli.main(["export", str(copy), "--output", str(copy / "export")]) == 2
    assert "pass --overwrite" in capsys.readouterr().err
    assert cli.main(["export", str(copy), "--output", str(copy / "export"), "--overwrite"]) == 0
