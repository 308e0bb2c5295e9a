"""The build's heap policy (transforms.runtime): in a worker, temporaries under
16 MiB come from the heap (no fresh mmap and page faults per numpy temporary),
larger per-document buffers are still mapped and unmapped on free; and the policy
the driver sets for its children reaches a worker forked by pipeline.fork_server.

Each case runs in a fresh interpreter: mallopt is process-wide, and glibc reads the
environment variables only at start-up. glibc's ``mallinfo2`` (2.33+) tells which
blocks were mapped (``hblkhd``: bytes in mmapped blocks)."""

from __future__ import annotations

import json
import os

from tests.mallinfo import MALLINFO, glibc_only, run_probe
from transforms.runtime import (
    MMAP_ENV,
    TRIM_ENV,
    WORKER_MMAP_THRESHOLD,
    WORKER_TRIM_THRESHOLD,
    bound_heap_retention_in_children,
)

pytestmark = glibc_only

# Prints the bytes mmapped while a 4 MiB and a 32 MiB numpy array are alive, after
# applying the policy named in argv[1] the way the build does it.
PROBE = (
    MALLINFO
    + r"""
import os
import numpy as np
how = sys.argv[1]
if how == "worker":
    from transforms.runtime import bound_worker_heap
    assert bound_worker_heap()
elif how == "trainer":
    from transforms.runtime import bound_heap_retention
    assert bound_heap_retention()
elif how == "fork_server":  # as _become_worker: the client's environment, then mallopt
    from pipeline.fork_server import _apply_heap_policy
    os.environ.update(json.loads(sys.argv[2]))
    assert _apply_heap_policy(os.environ)
mapped = {}
for mib in (4, 32):
    before = libc.mallinfo2().hblkhd
    a = np.ones(mib << 18, dtype=np.float32)  # mib MiB
    mapped[mib] = (libc.mallinfo2().hblkhd - before) >> 20
    del a
print(json.dumps(mapped))
"""
)


def _probe(how: str, client_env: dict | None = None) -> dict:
    """The probe started without the variables (as the fork server is), so only
    mallopt can set the policy; ``client_env`` is handed to it after start-up."""
    env = {k: v for k, v in os.environ.items() if k not in (MMAP_ENV, TRIM_ENV)}
    result = run_probe(PROBE, [how, json.dumps(client_env or {})], env)
    return {int(k): v for k, v in result.items()}


def test_the_worker_policy_keeps_temporaries_on_the_heap_and_maps_large_buffers():
    assert _probe("worker") == {4: 0, 32: 32}


def test_glibc_default_maps_the_4_mib_temporary():
    """The control: without a policy the first 4 MiB block is mapped too (glibc's
    adaptive threshold starts at 128 KiB), so the worker case can fail."""
    assert _probe("none") == {4: 4, 32: 32}


def test_the_trainer_policy_still_maps_every_block_of_1_mib_or_more():
    assert _probe("trainer") == {4: 4, 32: 32}


def test_the_policy_set_for_children_reaches_a_forked_worker():
    """bound_heap_retention_in_children sets both variables; the fork server's worker
    (which glibc never re-reads them for) applies them with mallopt."""
    with bound_heap_retention_in_children():
        env = dict(os.environ)
    assert env[MMAP_ENV] == str(WORKER_MMAP_THRESHOLD)
    assert env[TRIM_ENV] == str(WORKER_TRIM_THRESHOLD)
    assert MMAP_ENV not in os.environ or os.environ[MMAP_ENV] != env[MMAP_ENV]
    client = {k: env[k] for k in (MMAP_ENV, TRIM_ENV)}
    assert _probe("fork_server", client) == {4: 0, 32: 32}
    # A 2 MiB threshold given by the client is what the worker gets.
    assert _probe("fork_server", dict(client, **{MMAP_ENV: str(2 << 20)})) == {4: 4, 32: 32}
