"""Whole builds that go wrong: everything rejected, killed mid-build, replaced with
--overwrite, Beam's own options. OUT is always the old or the new complete dataset,
the rejected records are never lost, nothing outside OUT is touched."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest

from pipeline import cli
from pipeline.build import run
from pipeline.verify import verify
from schemas.errors import Terminated
from tests.conftest import REPO_ROOT
from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import snapshot, staging_folders


def _build_args(inputs, out, tokenizer, *extra):
    return [
        "--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer,
        "--windows", "16,32", *extra,
    ]  # fmt: skip


def _good_inputs(folder, n=3):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"good{i}.txt").write_text(prose(i, 12), encoding="utf-8")
    return folder


def _manifest(out) -> dict:
    return json.loads((out / "manifest.json").read_text())


def test_a_build_where_every_document_is_rejected_is_an_error(
    tmp_path, tiny_tokenizer_path, capsys, caplog
):
    out = tmp_path / "ds"
    run(_build_args(_good_inputs(tmp_path / "good"), out, tiny_tokenizer_path))
    old = _manifest(out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.json").write_text(json.dumps([{"text": "x"}], indent=2), encoding="utf-8")
    (bad / "b.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (bad / "c.txt").write_text("\u200b\u200f", encoding="utf-8")
    before = snapshot(tmp_path, outside=(out,))
    code = cli.main(["dataset", *_build_args(bad, out, tiny_tokenizer_path, "--overwrite")])
    assert code == 2
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if x.startswith("longctx dataset: error:")]
    assert "all 3 documents were rejected" in line and "nothing was written" in line
    assert "not_jsonl" in line and "invalid_utf8" in line and "no_visible_text" in line
    # OUT is the old dataset, whole; the rejected records wait in the staging folder.
    assert _manifest(out) == old and verify(str(out)) == []
    (staging,) = staging_folders(out)
    assert str(staging / "rejected" / "rejected.jsonl") in line
    assert len((staging / "rejected" / "rejected.jsonl").read_text().splitlines()) == 3
    assert not (staging / "_COMPLETE").exists()
    after = snapshot(tmp_path, outside=(out, staging))
    assert after == before
    # The next build to OUT removes it and says so.
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        run(_build_args(tmp_path / "good", out, tiny_tokenizer_path, "--overwrite"))
    assert staging_folders(out) == [] and f"removed {staging}" in caplog.text


def test_inputs_with_no_documents_are_an_error(tmp_path, tiny_tokenizer_path, capsys):
    empty = tmp_path / "in"
    empty.mkdir()
    (empty / "none.jsonl").write_text("\n\n", encoding="utf-8")
    assert cli.main(["dataset", *_build_args(empty, tmp_path / "ds", tiny_tokenizer_path)]) == 2
    # clause empty_jsonl (session 29): the blank JSONL is one empty_file rejection, said
    # as the other all-rejected builds are (it was "hold no documents", no record at all)
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "the one document was rejected (1 empty_file)" in line
    assert not (tmp_path / "ds").exists()


def test_an_output_folder_that_cannot_be_written_fails_first(
    tmp_path, tiny_tokenizer_path, capsys, monkeypatch
):
    """OUT in a folder the user cannot write to used to end in a traceback after all
    the processing; now it is one line before any input is read, and nothing is left.
    (Tests may run as root, where a read-only folder is still writable, so the
    refusal is simulated where the staging folder is created.)"""
    from pipeline import build, output

    good = _good_inputs(tmp_path / "good")
    pipelines = []
    monkeypatch.setattr(build, "_make_pipeline", lambda *a: pipelines.append(a))

    def denied(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(output.os, "makedirs", denied)
    before = snapshot(tmp_path)
    code = cli.main(
        ["dataset", *_build_args(good, tmp_path / "locked" / "ds", tiny_tokenizer_path)]
    )
    monkeypatch.undo()
    assert code == 2 and pipelines == []  # refused before the pipeline was made
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if x.strip()]
    assert line.startswith("longctx dataset: error: cannot create ") and "Permission denied" in line
    assert "Traceback" not in err and snapshot(tmp_path) == before


def test_overwrite_replaces_the_dataset_and_nothing_else(tmp_path, tiny_tokenizer_path):
    out = tmp_path / "ds"
    good = _good_inputs(tmp_path / "good")
    run(_build_args(good, out, tiny_tokenizer_path))
    (good / "good9.txt").write_text(prose(9, 12), encoding="utf-8")
    before = snapshot(tmp_path, outside=(out,))
    manifest = run(_build_args(good, out, tiny_tokenizer_path, "--overwrite"))
    assert manifest.documents.written == 4 and _manifest(out)["documents"]["written"] == 4
    assert verify(str(out)) == [] and staging_folders(out) == []
    assert snapshot(tmp_path, outside=(out,)) == before


def test_beam_options_still_pass_through(tmp_path, tiny_tokenizer_path):
    manifest = run(
        _build_args(
            _good_inputs(tmp_path / "good"),
            tmp_path / "ds",
            tiny_tokenizer_path,
            "--direct_running_mode=in_memory",
            "--direct_num_workers",
            "1",
            "--runner=DirectRunner",
        )
    )
    assert manifest.documents.written == 3


@pytest.mark.slow
def test_a_killed_build_leaves_the_old_dataset_and_the_next_build_cleans_up(
    tmp_path, tiny_tokenizer_path
):
    """SIGKILL a real build (its own process group, Beam workers included) while it
    runs; OUT must still verify as the old dataset; the next build removes the
    killed one's staging folder and reports it."""
    out = tmp_path / "ds"
    good = _good_inputs(tmp_path / "good", n=2)
    run(_build_args(good, out, tiny_tokenizer_path))
    old = _manifest(out)
    big = _good_inputs(tmp_path / "big", n=200)
    before = snapshot(tmp_path, outside=(out,))
    cmd = [
        sys.executable,
        "-m",
        "pipeline",
        *_build_args(big, out, tiny_tokenizer_path, "--overwrite"),
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.time() + 120
        while not staging_folders(out) and time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
        time.sleep(0.5)  # inside the pipeline (its start-up alone takes longer)
        assert proc.poll() is None, "the build finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert _manifest(out) == old and verify(str(out)) == []
    (staging,) = staging_folders(out)
    assert snapshot(tmp_path, outside=(out, staging)) == before
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *_build_args(good, out, tiny_tokenizer_path, "--overwrite")],
        cwd=REPO_ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"removed {staging}" in result.stderr and staging_folders(out) == []


@pytest.mark.parametrize("stop", [RuntimeError, Terminated])
def test_a_build_leaves_no_beam_temp_folder(tmp_path, tiny_tokenizer_path, monkeypatch, stop):
    """Beam's ``Pipeline()`` makes an empty ``beam-pipeline-temp*`` in the system temp
    folder and removes it only at the end of ``run()``: a build stopped while its graph
    was built (an error there, or a SIGTERM: ``Terminated``) left one in /tmp (104 on
    the team's machine). Now it lies in the staging folder and is removed with it;
    the next, whole build leaves nothing in the temp folder or in OUT either."""
    from pipeline import build

    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    good = _good_inputs(tmp_path / "good")
    out = tmp_path / "ds"
    made = []

    def stopped(p, *args, **kwargs):
        made.append(p.local_tempdir)
        raise stop("stopped while the graph is built")

    with monkeypatch.context() as patch:
        patch.setattr(build, "build_pipeline", stopped)
        with pytest.raises(stop):
            run(_build_args(good, out, tiny_tokenizer_path))
    (beam_temp,) = made
    assert not os.path.exists(beam_temp)
    assert sorted(p.name for p in system_tmp.iterdir()) == []
    run(_build_args(good, out, tiny_tokenizer_path))
    assert sorted(p.name for p in system_tmp.iterdir()) == []
    assert staging_folders(out) == [] and not (out / "_beam").exists()
    assert verify(str(out)) == []
