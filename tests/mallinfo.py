"""glibc heap probes shared by the heap-policy tests (tests/transforms/test_heap_policy.py,
tests/training/test_reuse_heap.py): each case runs a probe in a fresh interpreter, since
mallopt is process-wide and glibc reads its environment only at start-up."""

from __future__ import annotations

import platform

import pytest

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
