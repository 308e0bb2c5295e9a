"""Clause ``changed_during_build_said`` (pipeline/existing.py ``listing_stamps``,
``changed_during_build_line``; hooked in pipeline/build.py), session 31.

Seen for real (/tmp/wtC31): Coriolanus (defaults/shakespeare, Gutenberg) written into
the input folder in 16 kB steps 0.8 s apart (a writer pausing longer than the 0.3 s
settle of ``changed_while_read``), a build started meanwhile: "2 in, 2 written", exit 0,
98 kB of the play's 165 kB read and trained on, nothing said. The driver now stamps
every local input again once the pipeline has run and names the files that changed."""

from __future__ import annotations

import logging
import os

import pytest

from pipeline import build as build_module
from pipeline.existing import changed_during_build_line, listing_stamps
from tests.conftest import REPO_ROOT
from transforms.inputs import expand_inputs

PLAY = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "coriolanus_gut.txt")


def _play() -> bytes:
    if not os.path.isfile(PLAY):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    with open(PLAY, "rb") as handle:
        return handle.read()


def test_changed_during_build_said_names_the_file_and_sizes(tmp_path):
    play = _play()
    (tmp_path / "in").mkdir()
    target = tmp_path / "in" / "coriolanus.txt"
    target.write_bytes(play[:98304])
    files = expand_inputs([str(tmp_path / "in")])
    stamps = listing_stamps(files)
    assert changed_during_build_line(files, stamps) is None  # nothing changed: nothing said
    with open(target, "ab") as handle:  # the writer's next step
        handle.write(play[98304:114688])
    line = changed_during_build_line(files, stamps)
    assert line.startswith("1 input file changed while this build ran: coriolanus.txt")
    assert "(98,304 bytes when listed, 114,688 bytes now)" in line


def test_changed_during_build_said_by_a_real_build(
    tmp_path, tiny_tokenizer_path, monkeypatch, caplog
):
    """A build whose input grows after the pipeline read it (the append is made where
    the driver joins the plotting import, after the pipeline's run): the line is
    said, the counts still reconcile, and an untouched input is not named."""
    play = _play()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "coriolanus.txt").write_bytes(play[:40000])
    (inputs / "still.txt").write_bytes(play[60000:70000])
    real = build_module.import_plotting_meanwhile

    class ThenAppend:  # joined once the pipeline has run (session 32: it was started
        # before the run, so the file changed before its read, which is now rejected)
        def __init__(self):
            self.plotting = real()

        def join(self):
            self.plotting.join()
            with open(inputs / "coriolanus.txt", "ab") as handle:
                handle.write(play[40000:56384])

    then_append = ThenAppend

    monkeypatch.setattr(build_module, "import_plotting_meanwhile", then_append)
    args = ["--input", str(inputs), "--output", str(tmp_path / "ds")]
    with caplog.at_level(logging.WARNING, logger="longctx"):
        manifest, _ = build_module.build(
            args + ["--tokenizer", tiny_tokenizer_path, "--windows", "256"]
        )
    said = [r.getMessage() for r in caplog.records if "changed while this build ran" in r.message]
    assert said == [
        "1 input file changed while this build ran: coriolanus.txt (40,000 bytes when "
        "listed, 56,384 bytes now); what the build read of a file still being written may "
        "be cut: build again with --overwrite once they are written whole"
    ]
    assert manifest.documents.documents_in == 2
    assert manifest.documents.written == 2  # read before the change: kept, and said
