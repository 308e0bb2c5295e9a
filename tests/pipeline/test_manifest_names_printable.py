"""Clause ``manifest_names_printable`` (pipeline/build_config.py ``resolved_config``): an
``--input`` folder whose name is not valid UTF-8 (session 28 hunt: a Latin-1 ``b\\xf6cher``
from an old disk) ran the whole build, then stopped with a UnicodeEncodeError traceback
writing manifest.json, the dataset left in ``out.tmp-*``; so did an ``--output`` named so.
Such names are recorded as the ids show them (``\\xf6``), and the dataset is found again
as the same build (``pipeline.existing.same_inputs``). Real text: The Phoenix and the
Turtle (embedded Shakespeare)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline.build import main
from pipeline.existing import same_inputs
from tests.conftest import REPO_ROOT
from tests.reliability.conftest import snapshot

pytestmark = pytest.mark.slow

POEM = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "phoenix_and_the_turtle_gut.txt")


def test_manifest_names_printable_latin1_input_and_output(
    tmp_path, tiny_tokenizer_path, capsys, caplog
):
    if not os.path.exists(POEM):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    books = os.path.join(str(tmp_path), os.fsdecode(b"b\xf6cher"))
    os.mkdir(books)
    shutil.copy(POEM, os.path.join(books, "phoenix.txt"))
    out = os.path.join(str(tmp_path), os.fsdecode(b"out\xff"))
    before = snapshot(tmp_path)
    argv = ["--input", books, "--output", out, "--tokenizer", tiny_tokenizer_path]
    assert main([*argv, "--windows", "512"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    # the log names the output as the manifest does: a surrogate there broke pytest-xdist's report
    for record in caplog.records:
        record.getMessage().encode("utf-8")
    manifest = json.loads(open(os.path.join(out, "manifest.json"), encoding="utf-8").read())
    assert manifest["config"]["inputs"] == [f"{tmp_path}/b\\xf6cher"]
    assert manifest["config"]["output"] == f"{tmp_path}/out\\xff"
    assert manifest["documents"]["in"] == manifest["documents"]["written"] == 1
    assert same_inputs(manifest["config"]["inputs"], [books])  # the same build, found again
    assert snapshot(tmp_path, outside=(tmp_path / os.fsdecode(b"out\xff"),)) == before
    assert [n for n in os.listdir(tmp_path) if ".tmp-" in n] == []
