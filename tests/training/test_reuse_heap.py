"""``longctx eval`` on CPU reuses glibc's heap (transforms.runtime.reuse_heap): a
freed tensor's pages serve later ones of its size without a fresh mmap or page
faults up to 64 MiB (a 1024-token logits block, 192 MiB, is still mapped and given
back); ``LONGCTX_HEAP=glibc`` turns it off; the trainer's long-window policy (bound_heap_retention) undoes it.

Each case runs in a fresh interpreter (mallopt is process-wide). Faults are counted
with ``getrusage`` (minor faults) and mapped bytes with glibc's ``mallinfo2``."""

from __future__ import annotations

import os

import pytest

from tests.mallinfo import MALLINFO, glibc_only, run_probe
from transforms.runtime import HEAP_ENV

pytestmark = glibc_only

# Applies the policies named in argv[1] (comma-separated, in order), then, for a 48 MiB
# and a 192 MiB float32 tensor: the MiB mapped while the first one is alive, and the
# minor faults of 30 more allocate-fill-free cycles of that size, in units of the
# tensor's pages (30: every cycle faulted all its pages in).
PROBE = (
    MALLINFO
    + r"""
import resource
import torch
from transforms import runtime
applied = [getattr(runtime, name)() for name in sys.argv[1].split(",") if name]
faults = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_minflt
out = {"applied": applied}
for mib in (48, 192):
    before = libc.mallinfo2().hblkhd
    x = torch.ones(mib << 18)
    mapped = (libc.mallinfo2().hblkhd - before) >> 20
    del x
    f0 = faults()
    for _ in range(30):
        y = torch.ones(mib << 18)
        del y
    out[mib] = {"mapped_mib": mapped, "refills": round((faults() - f0) / (mib << 8), 1)}
print(json.dumps(out))
"""
)


def _probe(policies: str, heap_env: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_") and k != HEAP_ENV}
    if heap_env is not None:
        env[HEAP_ENV] = heap_env
    return run_probe(PROBE, [policies], env)


def test_reused_heap_serves_a_freed_tensor_again_without_faults():
    result = _probe("reuse_heap")
    assert result["applied"] == [True]
    assert result["48"]["mapped_mib"] == 0, result  # from the heap, not mmap
    # most cycles reuse pages an earlier one left resident (measured: 7-8 of 30 fault
    # theirs in: glibc's heap leaves a few freed copies side by side before they
    # merge, docs/PERFORMANCE.md)
    assert result["48"]["refills"] < 15, result


def test_blocks_above_the_bound_are_still_given_back():
    """Above REUSE_MMAP_THRESHOLD (64 MiB) a block is mmapped and unmapped on free, so
    the freed copies a long evaluation leaves of its largest buffers (a 1024-row
    logits block: 192 MiB) do not stay resident: at 8192 tokens peak RSS was 1.8x the
    1 MiB policy's with no bound (docs/PERFORMANCE.md)."""
    from transforms.runtime import REUSE_MMAP_THRESHOLD

    assert 48 << 20 < REUSE_MMAP_THRESHOLD < 192 << 20
    result = _probe("reuse_heap")
    assert result["192"]["mapped_mib"] == 192, result
    assert result["192"]["refills"] > 28, result


def test_glibc_default_maps_and_faults_the_tensors_again():
    """The control: glibc's default maps the first 48 MiB block and any 192 MiB one
    (above its 32 MiB ceiling) and faults each page in again on the next fill."""
    result = _probe("")
    assert result["48"]["mapped_mib"] == 48
    assert result["192"]["mapped_mib"] == 192
    assert result["48"]["refills"] > 28
    assert result["192"]["refills"] > 28


def test_the_environment_turns_it_off():
    result = _probe("reuse_heap", heap_env="glibc")
    assert result["applied"] == [False]
    assert result["192"]["mapped_mib"] == 192
    assert result["192"]["refills"] > 28


def test_the_long_window_policy_undoes_it():
    """The trainer switches to bound_heap_retention at its long windows: blocks of
    1 MiB or more are mapped and unmapped again."""
    result = _probe("reuse_heap,bound_heap_retention")
    assert result["applied"] == [True, True]
    for mib in ("48", "192"):
        assert result[mib]["mapped_mib"] == int(mib), result
        assert result[mib]["refills"] > 28, result


def test_longctx_eval_reuses_the_heap_on_cpu(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, monkeypatch
):
    """``longctx eval`` applies the policy once, before its first forward, and not
    the 1 MiB one it had before (recorded here instead of applied: both are
    process-wide); on a GPU it keeps the 1 MiB one for its host memory."""
    import torch

    from training import evaluate
    from transforms import runtime

    if torch.cuda.is_available():
        pytest.skip("longctx eval runs on the GPU here; the policy is for CPU runs")
    calls = []
    monkeypatch.setattr(runtime, "reuse_heap", lambda: calls.append("reuse_heap") or True)
    monkeypatch.setattr(
        runtime, "bound_heap_retention", lambda *a: calls.append("bound_heap_retention")
    )
    args = ["--model", tiny_model, "--data", tiny_dataset, "--tokenizer", tiny_tokenizer_path]
    args += ["--output", str(tmp_path / "eval"), "--lengths", "16", "--passkey-lengths", ""]
    assert evaluate.main([*args, "--no-progress"]) == 0
    assert (tmp_path / "eval" / "report.json").exists()
    assert calls == ["reuse_heap"]
