"""glibc heap probes shared by the heap-policy tests (tests/transforms/test_heap_policy.py,
tests/training/test_reuse_heap.py): each case runs a probe in a fresh interpreter, since
mallopt is process-wide and glibc reads its environment only at start-up."""

from __future__ import annotations

import json
import platform
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

glibc_only = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="mallopt and mallinfo2 are glibc's",
)

# Probe preamble: ``libc.mallinfo2()`` (glibc 2.33+; ``hblkhd`` is the bytes in mmapped
# blocks), or the probe prints null and exits where glibc lacks it.
MALLINFO = r"""
import ctypes, json, sys

class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd",
        "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
if not hasattr(libc, "mallinfo2"):
    print(json.dumps(None)); sys.exit(0)
libc.mallinfo2.restype = Info
"""


def run_probe(source: str, args: list[str], env: dict) -> object:
    """The JSON a probe ``source`` prints, run with ``args`` in a fresh interpreter at the
    repository root under ``env``; the test is skipped where glibc lacks mallinfo2."""
    out = subprocess.run(
        [sys.executable, "-c", source, *args],
        cwd=REPO_ROOT,
        env=dict(env, PYTHONPATH=REPO_ROOT),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    if result is None:
        pytest.skip("glibc without mallinfo2")
    return result
