"""A real full disk for tests: a small tmpfs mounted in a user and mount namespace of
its own (``unshare -r -m``: no root and nothing seen outside the namespace), where a
plan of steps runs (fill the disk to leave N bytes, run a command, hash a folder, free
the space) and writes what it saw to a JSON file outside the mount.

``python -m tests.reliability.small_disk PLAN.json`` is the driver run inside the
namespace; :func:`run_plan` starts it. Where namespaces are not allowed (a container
without user namespaces), :func:`tmpfs_available` is false and the tests skip; the
``RLIMIT_FSIZE`` tests run everywhere."""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

BALLAST = "ballast"
PLAN_TIMEOUT_S = 900  # a bound on a whole plan (its commands are builds and short runs)


def tmpfs_available(where: Path) -> bool:
    """A tmpfs can be mounted at ``where`` in a namespace of our own."""
    if shutil.which("unshare") is None:
        return False
    where.mkdir(parents=True, exist_ok=True)
    probe = f"mount -t tmpfs -o size=64k tmpfs {shlex.quote(str(where))}"
    try:
        done = subprocess.run(
            ["unshare", "-r", "-m", "sh", "-c", probe], capture_output=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def run_plan(mount: Path, size_kb: int, steps: list[dict], work: Path) -> list[dict]:
    """Mount a tmpfs of ``size_kb`` at ``mount`` and run ``steps`` there; returns each
    step's record (see :func:`_step`)."""
    mount.mkdir(parents=True, exist_ok=True)
    plan, result = work / "plan.json", work / "result.json"
    plan.write_text(json.dumps({"mount": str(mount), "steps": steps, "result": str(result)}))
    script = (
        f"mount -t tmpfs -o size={size_kb}k tmpfs {shlex.quote(str(mount))} && "
        f"exec {shlex.quote(sys.executable)} -m tests.reliability.small_disk "
        f"{shlex.quote(str(plan))}"
    )
    done = subprocess.run(
        ["unshare", "-r", "-m", "sh", "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=PLAN_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(result.read_text())


def tree_hashes(root: str) -> dict[str, str]:
    """``relative path -> sha256`` of every file under ``root`` ({} when it is absent)."""
    found = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                found[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return found


def _fill(mount: str, leave: int) -> int:
    """Write a ballast file until ``leave`` bytes are free on the mount; its size."""
    stat = os.statvfs(mount)
    size = max(0, stat.f_bavail * stat.f_frsize - leave)
    with open(os.path.join(mount, BALLAST), "wb") as f:
        block = b"\0" * 65536
        while size - f.tell() > 0:
            f.write(block[: size - f.tell()])
    return size


def _step(mount: str, step: dict) -> dict:
    """One step: ``{"fill": N}`` leaves N bytes free, ``{"free": true}`` removes the
    ballast, ``{"run": argv}`` runs a command in the repository (its exit status,
    stdout and stderr), ``{"hash": path}`` hashes the files under a path, ``{"list": path}`` lists
    the names in a folder."""
    if "fill" in step:
        return {"ballast": _fill(mount, step["fill"])}
    if "free" in step:
        os.remove(os.path.join(mount, BALLAST))
        return {}
    if "run" in step:
        done = subprocess.run(
            step["run"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600
        )
        return {"status": done.returncode, "out": done.stdout, "err": done.stderr}
    if "hash" in step:
        return {"hashes": tree_hashes(step["hash"])}
    if "list" in step:
        return {"names": sorted(os.listdir(step["list"]))}
    raise ValueError(f"unknown step {step}")


def main(plan_path: str) -> None:
    with open(plan_path) as f:
        plan = json.load(f)
    records = [_step(plan["mount"], step) for step in plan["steps"]]
    with open(plan["result"], "w") as f:
        json.dump(records, f)


if __name__ == "__main__":
    main(sys.argv[1])
