"""pipeline.early_start: the CLI's guess that a build will run on local worker
processes (so the fork server can import while the driver does), and the server it
starts being stopped when the build does not take it."""

from __future__ import annotations

import os

import pytest

from pipeline import early_start, fork_server
from schemas.errors import UserError

BIG = early_start.PARALLEL_INPUT_BYTES


def _sparse(path, size: int):
    """A file of ``size`` bytes that takes no disk (only its size is read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(early_start.os, "cpu_count", lambda: 2)


def test_a_large_local_folder_runs_on_workers(tmp_path, two_cores):
    _sparse(tmp_path / "in" / "a.txt", BIG // 2)
    _sparse(tmp_path / "in" / "sub" / "b.txt", BIG // 2)
    assert early_start.will_run_on_workers(["--input", str(tmp_path / "in"), "--output", "o"])
    assert early_start.local_input_bytes([str(tmp_path / "in")], 1 << 40) == BIG


def test_small_hidden_or_remote_inputs_do_not(tmp_path, two_cores):
    _sparse(tmp_path / "in" / "a.txt", BIG - 1)
    _sparse(tmp_path / "in" / ".cache", BIG)  # skipped, as transforms.read skips it
    _sparse(tmp_path / "in" / "_SUCCESS", BIG)
    assert not early_start.will_run_on_workers(["--input", str(tmp_path / "in")])
    assert early_start.local_input_bytes([str(tmp_path / "in")], 1 << 40) == BIG - 1
    # A glob counts what it matches; a remote pattern is never guessed.
    _sparse(tmp_path / "in" / "b.txt", 10)
    assert early_start.will_run_on_workers(["--input", str(tmp_path / "in" / "*.txt")])
    assert not early_start.will_run_on_workers(["--input", "gs://bucket/books/*.txt"])
    assert early_start.local_input_bytes(["gs://bucket/x"], BIG) is None


@pytest.mark.parametrize(
    "flags, expected",
    [
        (["--direct_running_mode=multi_processing"], True),  # any input size
        (["--direct_running_mode", "multi_processing", "--direct_num_workers=1"], True),
        (["--direct_num_workers=2"], False),  # Beam's mode stays in_memory: in process
        (["--direct_running_mode=in_memory"], False),
        (["--runner=DataflowRunner", "--direct_running_mode=multi_processing"], False),
        (["--runner", "DirectRunner", "--direct_running_mode=multi_processing"], True),
    ],
)
def test_beam_flags_decide_as_the_build_does(tmp_path, two_cores, flags, expected):
    _sparse(tmp_path / "a.txt", 10)
    argv = ["--input", str(tmp_path / "a.txt"), *flags]
    assert early_start.will_run_on_workers(argv) is expected


def test_one_core_or_a_bad_flag_line_does_not(tmp_path, monkeypatch):
    _sparse(tmp_path / "a.txt", BIG)
    monkeypatch.setattr(early_start.os, "cpu_count", lambda: 1)
    assert not early_start.will_run_on_workers(["--input", str(tmp_path / "a.txt")])
    # A flag missing its value: pipeline.build reports it; the guess says no, quietly.
    assert not early_start.will_run_on_workers(["--input"])


def test_runs_on_workers_matches_the_rule():
    assert early_start.runs_on_workers(None, None, False, BIG, 2)
    assert not early_start.runs_on_workers(None, None, False, BIG - 1, 2)
    assert not early_start.runs_on_workers(None, None, False, BIG, 1)
    assert not early_start.runs_on_workers(None, "in_memory", True, BIG, 2)
    assert early_start.runs_on_workers("direct", "multi_processing", True, 0, 1)
    assert not early_start.runs_on_workers("DataflowRunner", None, False, BIG, 2)
    assert early_start.runs_on_workers(None, None, False, 5, 2, threshold=5)


@pytest.mark.skipif(not fork_server.enabled(), reason="needs os.pidfd_open (Linux)")
def test_a_server_the_build_does_not_take_is_stopped(tmp_path, tiny_tokenizer_path):
    """Started early, then the build fails before it runs (the input matches
    nothing): the server process ends with the build, none is left behind."""
    from pipeline.build import build

    argv = [
        "--input",
        str(tmp_path / "missing" / "*.txt"),
        "--output",
        str(tmp_path / "out"),
        "--tokenizer",
        tiny_tokenizer_path,
        "--direct_running_mode=multi_processing",
    ]
    assert early_start.start_early(argv)
    server = early_start._early
    assert not early_start.start_early(argv)  # one at a time
    with pytest.raises(UserError, match="matched no files"):
        build(argv)
    assert early_start._early is None
    assert server._process.returncode == 0
    assert not os.path.exists(server.address)
