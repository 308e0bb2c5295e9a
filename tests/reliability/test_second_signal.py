"""A second SIGTERM or Ctrl-C while longctx cleans up after the first (rule
``second_signal``, ``schemas.errors.terminate_with_a_line``). It raised again in the
middle of the cleanup: the staging folder was left half removed, and one that came
while ``run_main`` printed its line ended in a traceback. Real signals, sent by the
build to itself in a subprocess at the two moments (session 11, docs/RELIABILITY.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import snapshot, staging_folders

ROOT = Path(__file__).resolve().parents[2]

# The first signal inside a stage; the second after the cleanup has removed one file
# of the staging folder; a third while the one line is printed.
_SIGNALS_IN_CLEANUP = """
import os, signal, sys
import pipeline.build as build
from pipeline import storage
from tests.reliability.signal_on_write import SignalOnWrite
SIG = getattr(signal, sys.argv[1])
# A suite started in the background (`make test &`) hands its children Ctrl-C
# ignored, which the build rightly keeps ignoring: give this one a terminal's.
signal.signal(signal.SIGINT, signal.default_int_handler)
real_normalize, real_delete = build.normalize_document, storage.delete_tree

def first(doc):
    os.kill(os.getpid(), SIG)
    return real_normalize(doc)

def second(path):
    if ".tmp-" in path:
        for folder, _, names in os.walk(path):
            if names:
                os.remove(os.path.join(folder, names[0]))
                break
        os.kill(os.getpid(), SIG)
    return real_delete(path)

build.normalize_document, storage.delete_tree = first, second
sys.stderr = SignalOnWrite(sys.stderr, SIG, ("terminated", "interrupted"))
sys.exit(build.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_second_signal_during_the_cleanup_finishes_it_without_a_traceback(
    tmp_path, tiny_tokenizer_path, sig
):
    out = tmp_path / "ds"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(2):
        (inputs / f"d{i}.txt").write_text(prose(i, 12), encoding="utf-8")
    before = snapshot(tmp_path)
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    proc = subprocess.run(
        [sys.executable, "-c", _SIGNALS_IN_CLEANUP, sig, *args, "--windows", "16,32"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    err = proc.stderr
    assert proc.returncode == (143 if sig == "SIGTERM" else 130), err
    assert "Traceback" not in err, err
    said = "terminated (SIGTERM)" if sig == "SIGTERM" else "interrupted"
    assert err.strip().splitlines()[-1] == (
        f"longctx dataset: {said}; the partial output was removed and {out} is as it was"
    )
    assert err.count("already stopping; finishing the cleanup first") == 1, err
    assert staging_folders(out) == [] and not out.exists()
    assert snapshot(tmp_path) == before


def test_a_command_that_ends_without_a_signal_puts_the_handlers_back():
    """In a process that goes on (a notebook, a test run) a finished command leaves
    SIGTERM and Ctrl-C as it found them; a stopped one leaves them deferred until the
    next command installs its own."""
    import os
    import signal

    from schemas.errors import run_main, terminate_with_a_line

    found = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        terminate_with_a_line()
        assert run_main("x", lambda: 0) == 0
        assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == found
        terminate_with_a_line()
        assert run_main("x", lambda: os.kill(os.getpid(), signal.SIGTERM)) == 143
        os.kill(os.getpid(), signal.SIGINT)  # deferred: no KeyboardInterrupt here
        terminate_with_a_line()  # the next command: Ctrl-C raises again
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    finally:
        signal.signal(signal.SIGTERM, found[0])
        signal.signal(signal.SIGINT, found[1])
