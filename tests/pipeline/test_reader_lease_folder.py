"""Clause ``reader_lease_folder_unreadable`` (pipeline/readers.py): a dataset's
``_readers`` folder made owner-only by another user (0700; or 0755 holding a stale
mark) was read as "no readers" (or the mark "cannot be removed" was only warned), so
``--overwrite`` built, swapped, and then died with a PermissionError traceback deleting
the old dataset (``DATA.tmp-*`` left). Now one line before the build. The builder runs
as an ordinary user would: without CAP_DAC_OVERRIDE (capsh), the folder owned by
``nobody``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

DROP = "cap_dac_override,cap_dac_read_search,cap_fowner"
CHECK = (
    "import sys\n"
    "from pipeline import output\n"
    "try:\n"
    "    print(output.live_readers(sys.argv[1]))\n"
    "except output.OutputError as e:\n"
    "    print('ERROR', e)\n"
)

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("capsh"),
    reason="needs root and capsh to act as another user",
)


def _as_other_user(data) -> str:
    done = subprocess.run(
        [
            "capsh",
            f"--drop={DROP}",
            "--",
            "-c",
            f'"{sys.executable}" -c "$0" "$1"',
            CHECK,
            str(data),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _folder(tmp_path, mode: int):
    data = tmp_path / "data"
    folder = data / "_readers"
    folder.mkdir(parents=True)
    mark = {"pid": 4242, "host": "node1", "command": "longctx train", "argv": []}
    (folder / "node1-4242-0a1b2c3d.json").write_text(json.dumps(mark))  # no lock: stale
    os.chown(folder / "node1-4242-0a1b2c3d.json", 65534, 65534)
    os.chown(folder, 65534, 65534)
    os.chmod(folder, mode)
    return data, folder


@pytest.mark.parametrize("mode", [0o700, 0o755])
def test_reader_lease_folder_unreadable_is_one_line(tmp_path, mode):
    data, folder = _folder(tmp_path, mode)
    said = _as_other_user(data)
    assert said.startswith(f"ERROR {folder} cannot be read or cleaned by you"), said
    assert "owner uid 65534" in said and f"`chmod 755 {folder}`" in said, said
    assert "\n" not in said
    assert (folder / "node1-4242-0a1b2c3d.json").exists()  # nothing of another user's touched
