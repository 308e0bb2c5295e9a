"""Clause ``swap_refused_says_staging`` (pipeline/readers.py ``kept_staging_line``,
pipeline/output.py ``replace_output``): the reader check run after the build, just
before the new dataset replaces the old one, raised the ``_readers`` folder's line
(clause reader_lease_folder_unreadable) alone, so a user never learnt that the
finished dataset was in ``OUT.tmp-*`` (and the next build removed it). The rebuild
here runs as an ordinary user would (capsh without CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH, CAP_FOWNER); ``_readers`` is made by ``nobody``, mode 0700, at that
moment: after the build, before the swap. The dataset is built from two poems of the
default corpus (Shakespeare's "The Phoenix and the Turtle" and "A Lover's Complaint"),
rebuilt from the first alone."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

import pytest

from pipeline.build import main
from tests.conftest import REPO_ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.geteuid() != 0 or not shutil.which("capsh"),
        reason="needs root and capsh to act as another user",
    ),
]

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEMS = ["phoenix_and_the_turtle_gut.txt", "lovers_complaint_gut.txt"]
DROP = "cap_dac_override,cap_dac_read_search,cap_fowner"
REBUILD = (
    "import os, sys\n"
    "from pipeline import build, output\n"
    "real = output.replace_output\n"
    "def at_the_swap(staging, out, *seen):\n"
    "    folder = os.path.join(out, '_readers')\n"
    "    os.mkdir(folder, 0o700)\n"
    "    os.chown(folder, 65534, 65534)\n"
    "    return real(staging, out, *seen)\n"
    "output.replace_output = at_the_swap\n"
    "sys.exit(build.main(sys.argv[1:]))\n"
)


def _documents(out) -> int:
    return json.loads((out / "manifest.json").read_text())["documents"]["in"]


def test_swap_refused_says_staging_when_readers_becomes_unreadable(tmp_path, tiny_tokenizer_path):
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    books, out = tmp_path / "my books", tmp_path / "data $set"  # said quoted for a shell
    books.mkdir()
    for name in POEMS:
        shutil.copy(os.path.join(TEXTS, name), books / name)
    args = ["--output", str(out), "--tokenizer", tiny_tokenizer_path, "--windows", "512"]
    assert main(["--input", str(books), *args]) == 0
    assert _documents(out) == 2
    (books / POEMS[1]).unlink()
    done = subprocess.run(
        ["capsh", f"--drop={DROP}", "--", "-c", f'"{sys.executable}" -c "$0" "$@"', REBUILD]
        + ["--input", str(books), *args, "--overwrite"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 2, done.stderr[-3000:]
    line = done.stderr.strip().splitlines()[-1]
    assert "cannot be read or cleaned by you" in line and "Traceback" not in done.stderr
    chmod = line.split("ask its owner to `", 1)[1].split("`", 1)[0]
    assert shlex.split(chmod) == ["chmod", "755", str(out / "_readers")], chmod
    staging = [p for p in tmp_path.iterdir() if p.name.startswith("data $set.tmp-")]
    assert len(staging) == 1 and (staging[0] / "_COMPLETE").exists()
    assert f"the new dataset, complete, is left in {staging[0]}" in line, line
    assert _documents(out) == 2  # the old dataset, as it was
    command = line.split("finish the swap yourself with `", 1)[1].split("`", 1)[0]
    ran = subprocess.run(["bash", "-c", command], cwd="/", capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert _documents(out) == 1 and (out / "_COMPLETE").exists()  # the new one, in place
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("data $set.previous-")]
    assert len(aside) == 1 and _documents(aside[0]) == 2
    assert not staging[0].exists()
