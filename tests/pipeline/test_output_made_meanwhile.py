"""Clause ``output_made_meanwhile`` (pipeline/output.py ``replace_output``): two builds
to one ``--output`` started at once (session 28 hunt: ``--input inA`` and ``--input
inB``, both ``--output out``, no ``--overwrite``) both found ``out`` absent, both ran,
and the second to finish swapped its dataset over the first's: both printed "dataset:
out", exit 0, and inA's dataset was gone. The swap now replaces only the ``out`` the
checks saw; another one is kept and this build's result is left in its staging folder,
named in one line. Real text: two poems of the embedded Shakespeare corpus."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline import build, export, output
from pipeline.build import main
from tests.conftest import REPO_ROOT
from tests.reliability.conftest import snapshot

pytestmark = pytest.mark.slow

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")


@pytest.fixture(scope="module")
def two_built(tmp_path_factory, tiny_tokenizer_path):
    """``inA`` (The Phoenix and the Turtle), ``inB`` (A Lover's Complaint) and ``other``,
    inB's dataset, built once per module and worker (CI time, session 57: the ten
    tests' ten builds of the same poem became one); each test gets a copy (``two``). Every test already
    copies ``other`` into ``out``, so ``other`` being a copy changes no claim. Yields the
    folder and its snapshot; the copies are checked against it (nothing writes here)."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    top = tmp_path_factory.mktemp("two")
    for folder, name in (
        ("inA", "phoenix_and_the_turtle_gut.txt"),
        ("inB", "lovers_complaint_gut.txt"),
    ):
        (top / folder).mkdir()
        shutil.copy(os.path.join(TEXTS, name), top / folder / name)
    assert _build(top / "inB", top / "other", tiny_tokenizer_path) == 0
    built = (top, snapshot(top))
    yield built
    assert snapshot(top) == built[1]


@pytest.fixture
def two(two_built, tmp_path):
    """A copy of ``two_built``'s folder in this test's ``tmp_path``."""
    top, digest = two_built
    assert snapshot(top) == digest
    for name in ("inA", "inB", "other"):
        shutil.copytree(top / name, tmp_path / name)
    return tmp_path


def _build(books, out, tokenizer, *extra):
    argv = ["--input", str(books), "--output", str(out), "--tokenizer", tokenizer]
    return main([*argv, "--windows", "512", *extra])


def _meanwhile(monkeypatch, act):
    """Run ``act`` as the build finishes, before its swap: the other build's moment."""
    real = build.finish

    def finish_then_act(*args, **kwargs):
        manifest = real(*args, **kwargs)
        act()
        return manifest

    monkeypatch.setattr(build, "finish", finish_then_act)


def test_output_made_meanwhile_another_builds_dataset_is_kept(
    two, tiny_tokenizer_path, monkeypatch, capsys
):
    out = two / "out"
    _meanwhile(monkeypatch, lambda: shutil.copytree(two / "other", out))
    capsys.readouterr()
    assert _build(two / "inA", out, tiny_tokenizer_path) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "was written by another run while this one ran (it did not exist" in line
    assert snapshot(out) == snapshot(two / "other")  # inB's dataset, whole and untouched
    (staging,) = [p for p in os.listdir(two) if p.startswith("out.tmp-")]
    assert staging in line and os.path.exists(two / staging / "_COMPLETE")
    assert '/inA"' in (two / staging / "manifest.json").read_text()  # inA's, complete


def test_output_made_meanwhile_with_overwrite_a_replaced_dataset_is_kept(
    two, tiny_tokenizer_path, monkeypatch, capsys
):
    """With --overwrite the checks passed on the old ``out``; another build swapped its
    own in meanwhile: that one is not the folder the checks saw, and is kept."""
    out = two / "out"
    assert _build(two / "inA", out, tiny_tokenizer_path) == 0

    def other_swaps_in():  # as its swap does: the old one aside, then removed
        os.rename(out, two / "aside")
        shutil.copytree(two / "other", out)

    _meanwhile(monkeypatch, other_swaps_in)
    capsys.readouterr()
    assert _build(two / "inA", out, tiny_tokenizer_path, "--overwrite") == 2
    assert "(it was another folder when this one started)" in capsys.readouterr().err
    assert snapshot(out) == snapshot(two / "other")


def test_output_made_meanwhile_nothing_meanwhile_replaces_as_before(two, tiny_tokenizer_path):
    out = two / "out"
    shutil.copytree(two / "other", out)
    assert _build(two / "inA", out, tiny_tokenizer_path, "--overwrite") == 0
    assert '/inA"' in (out / "manifest.json").read_text()
    assert [p for p in os.listdir(two) if ".tmp-" in p] == []


def test_output_made_meanwhile_export(two, monkeypatch):
    """``longctx export`` swaps the same way: an export written meanwhile is kept."""
    dest = two / "other" / "parquet"
    real = export._copy_shards

    def copy_then_other(*args, **kwargs):
        files = real(*args, **kwargs)
        monkeypatch.setattr(export, "_copy_shards", real)
        export.export_dataset(str(two / "other"), None, "parquet")  # the other export
        return files

    monkeypatch.setattr(export, "_copy_shards", copy_then_other)
    with pytest.raises(output.OutputError, match="did not exist when this one started"):
        export.export_dataset(str(two / "other"), None, "parquet")
    assert os.path.exists(dest / "export.json")
    assert [p for p in os.listdir(two / "other") if ".tmp-" in p] == []  # ..._cleans_up


def test_export_refused_cleans_up_its_staging_folder(two, monkeypatch):
    """Clause ``export_refused_cleans_up`` (session 29): the refused export's
    ``OUT/parquet.tmp-X`` stayed inside the dataset for ever (nothing removes an
    export's staging folder); only the files it wrote are removed, and a file another
    put in that folder is kept and named."""
    real = export._copy_shards
    placed = {}

    def copy_then_other(out_dir, manifest, staging, *args, **kwargs):
        files = real(out_dir, manifest, staging, *args, **kwargs)
        monkeypatch.setattr(export, "_copy_shards", real)
        export.export_dataset(str(two / "other"), None, "jsonl", None, False)
        os.rename(two / "other" / "jsonl", two / "other" / "parquet")  # the other export
        if placed:
            with open(os.path.join(staging, "train", "notes.txt"), "w") as handle:
                handle.write("mine")
            placed["at"] = staging
        return files

    for foreign in (False, True):
        placed.clear()
        if foreign:
            placed["at"] = None
        shutil.rmtree(two / "other" / "parquet", ignore_errors=True)
        monkeypatch.setattr(export, "_copy_shards", copy_then_other)
        with pytest.raises(output.OutputError) as refused:
            export.export_dataset(str(two / "other"), None, "parquet")
        line = str(refused.value)
        assert "export again with --overwrite" in line and "\n" not in line
        left = sorted(p for p in os.listdir(two / "other") if ".tmp-" in p)
        if not foreign:
            assert left == [] and "this export's files were removed;" in line
        else:
            (name,) = left
            assert os.path.join(two / "other", name) == placed["at"]
            files = [
                os.path.relpath(os.path.join(r, n), placed["at"])
                for r, _, ns in os.walk(placed["at"])
                for n in ns
            ]
            assert files == ["train/notes.txt"] and "train/notes.txt" in line
        assert json.load(open(two / "other" / "parquet" / "export.json"))["format"] == "jsonl"


def test_output_made_meanwhile_keeps_both_line_deletes_nothing(
    two, tiny_tokenizer_path, monkeypatch, capsys
):
    """Review (session 28): the line said "finish the swap yourself with `mv -T OUT
    OUT.previous-X && mv -T STAGING OUT` (then delete OUT.previous-X)", the folder to
    delete being the other run's dataset. Its ``mv`` now moves this run's result to a
    folder of its own; run as written, both datasets are kept, whole."""
    import shlex
    import subprocess

    out = two / "out"
    _meanwhile(monkeypatch, lambda: shutil.copytree(two / "other", out))
    capsys.readouterr()
    assert _build(two / "inA", out, tiny_tokenizer_path) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "delete" not in line and "previous" not in line
    command = line.split("`")[1]
    assert shlex.split(command)[:2] == ["mv", "-T"]
    subprocess.run(command, shell=True, check=True)
    (mine,) = [p for p in os.listdir(two) if p.startswith("out.mine-")]
    assert snapshot(out) == snapshot(two / "other")  # inB's dataset, untouched
    assert '/inA"' in (two / mine / "manifest.json").read_text()
    assert [p for p in os.listdir(two) if ".tmp-" in p] == []


def test_output_made_meanwhile_gone_out_deleted_meanwhile_is_replaced(
    two, tiny_tokenizer_path, monkeypatch
):
    """Review (session 28): ``rm -rf out`` during an --overwrite rebuild (to free space)
    was refused as "written by another run" with a ``mv -T out ...`` that fails; nothing
    is there to keep, so the new dataset is put in place and no staging folder is left."""
    out = two / "out"
    shutil.copytree(two / "other", out)
    _meanwhile(monkeypatch, lambda: shutil.rmtree(out))
    assert _build(two / "inA", out, tiny_tokenizer_path, "--overwrite") == 0
    assert '/inA"' in (out / "manifest.json").read_text()
    assert [p for p in os.listdir(two) if ".tmp-" in p] == []


def test_identity_by_content_out_renumbered_meanwhile_is_replaced(
    two, tiny_tokenizer_path, monkeypatch
):
    """Clause ``identity_by_content`` (session 29): OUT was compared by inode numbers,
    which a FUSE mount (sshfs without use_ino, gcsfuse) may number anew during a long
    build; an ``--overwrite`` rebuild there was refused as "written by another run".
    Here OUT is put back as a copy with the same files and times (new inodes, what such
    a mount shows): the rebuild replaces it. Another build's dataset is still kept
    (test_output_made_meanwhile_with_overwrite_a_replaced_dataset_is_kept)."""
    out = two / "out"
    shutil.copytree(two / "other", out)

    def renumbered():
        shutil.copytree(out, two / "copy")  # copy2: same bytes and modification times
        shutil.rmtree(out)
        os.rename(two / "copy", out)

    _meanwhile(monkeypatch, renumbered)
    assert _build(two / "inA", out, tiny_tokenizer_path, "--overwrite") == 0
    assert '/inA"' in (out / "manifest.json").read_text()
    assert [p for p in os.listdir(two) if ".tmp-" in p or p == "copy"] == []


def test_identity_by_content_unmarked_empty_out_replaced_by_a_folder_is_kept(
    two, tiny_tokenizer_path, monkeypatch, capsys
):
    """Clause ``identity_by_content_unmarked`` (review, session 29): ``out`` empty when
    the checks ran, then ``rmdir out; mv mydata out`` during the build: the content
    identity (no manifest, no export.json, no _COMPLETE) read the same for both, so the
    swap put the dataset in and deleted the user's folder."""
    (two / "empty").mkdir()  # an empty OUT left as it was: built into, as before
    assert _build(two / "inA", two / "empty", tiny_tokenizer_path) == 0
    out = two / "out"
    out.mkdir()
    mine = two / "mydata"
    mine.mkdir()
    shutil.copy(os.path.join(TEXTS, "lovers_complaint_gut.txt"), mine / "notes.txt")

    def swap_in_mine():
        out.rmdir()
        os.rename(mine, out)

    _meanwhile(monkeypatch, swap_in_mine)
    capsys.readouterr()
    assert _build(two / "inA", out, tiny_tokenizer_path) == 2
    assert os.listdir(out) == ["notes.txt"]
    assert "was written by another run" in capsys.readouterr().err


def test_export_refused_cleans_up_no_links(tmp_path):
    """Clause ``export_refused_cleans_up_no_links`` (review, session 29): a staging
    folder's ``train`` replaced by a link to the user's folder led the removal to the
    user's file of the same name there."""
    staging = tmp_path / "parquet.tmp-1234abcd"
    staging.mkdir()
    mine = tmp_path / "mine"
    mine.mkdir()
    poem = os.path.join(TEXTS, "phoenix_and_the_turtle_gut.txt")
    shutil.copy(poem, mine / "part-00000.parquet")
    os.symlink(mine, staging / "train")
    (staging / "export.json").write_text("{}")
    written = ["train/part-00000.parquet", "export.json", "_COMPLETE"]
    line = output.export_refused_line("OUT/parquet", str(staging), written, None)
    assert os.listdir(mine) == ["part-00000.parquet"]  # the user's file, kept
    assert not os.path.exists(staging / "export.json") and "\n" not in line


def test_export_refused_cleans_up_not_a_readers_refusal(two, monkeypatch):
    """Review, session 29 (a planted ``if False`` on export.py's reader guard passed
    every test): an export refused because another process started reading its
    destination during the copy keeps its staging folder, named in the reader's line;
    only an export written meanwhile by another run is removed."""
    import subprocess
    import sys

    from tests.pipeline.test_reader_lease import READER

    dest = two / "other" / "parquet"
    export.export_dataset(str(two / "other"), None, "parquet")
    real = export._copy_shards
    procs = []

    def copy_then_read(*args, **kwargs):
        files = real(*args, **kwargs)
        proc = subprocess.Popen(
            [sys.executable, "-c", READER, str(dest)],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout.readline().strip() == "reading"
        return files

    monkeypatch.setattr(export, "_copy_shards", copy_then_read)
    try:
        with pytest.raises(output.OutputError) as refused:
            export.export_dataset(str(two / "other"), None, "parquet", None, True)
    finally:
        for proc in procs:
            proc.stdin.close()
            proc.wait(timeout=60)
    line = str(refused.value)
    (staging,) = [p for p in os.listdir(two / "other") if p.startswith("parquet.tmp-")]
    assert f"pid {procs[0].pid}" in line and staging in line
    assert "written by another run" not in line
    assert os.path.exists(two / "other" / staging / "_COMPLETE")
