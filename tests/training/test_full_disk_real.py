"""``longctx train`` on a disk that fills, for real (session 41): a small tmpfs
(``tests.reliability.small_disk``) filled to leave half, then four fifths, of what
the tiny run writes, so the disk fills at a checkpoint's save or at the adapter and
``loss.png`` after the last step. Each time: one line naming the run folder and "no
space left", exit 2, no traceback; every checkpoint left verifies and no staging or
set-aside folder is left; the input files are untouched; freed, ``--resume`` ends
with the uninterrupted run's adapter, bit for bit. (Injected ENOSPC at each write of
a save: tests/training/test_checkpoint_full_disk.py, test_kept_says_the_write.py.)"""

from __future__ import annotations

import json
import os
import sys

import pytest

from tests.reliability.conftest import snapshot
from tests.reliability.small_disk import run_plan, tmpfs_available, tree_hashes

ERROR = "longctx train: error: "
# Inside the namespace: each checkpoint's name and whether its checksums verify.
CHECK = (
    "import json, sys\n"
    "from training.checkpoint import list_checkpoints\n"
    "from training.checkpoint_files import verify_checksums\n"
    "found = {}\n"
    "for step, path in list_checkpoints(sys.argv[1]):\n"
    "    try:\n"
    "        verify_checksums(path)\n"
    "        found[step] = True\n"
    "    except Exception:\n"
    "        found[step] = False\n"
    "print(json.dumps(found))\n"
)


def _train(data, model, config, run, *extra):
    return [
        sys.executable, "-c", "import sys; from training.recipe import main; sys.exit(main())",
        "--data", data, "--model", model, "--config", config, "--output", str(run), *extra,
    ]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("share", [0.5, 0.8])
def test_full_disk_train_keeps_checkpoints_and_resumes_exact(
    run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path, share
):
    mount = tmp_path / "disk"
    if not tmpfs_available(mount):
        pytest.skip("no user and mount namespace here (unshare -r -m) for a small tmpfs")
    need = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(run_dir) for n in ns)
    run = mount / "run"
    argv = _train(tiny_dataset, tiny_model, tiny_config, run)
    inputs = (tiny_dataset, tiny_model, tiny_config)
    before = [snapshot(os.path.dirname(p) if os.path.isfile(p) else p) for p in inputs]
    steps = [
        {"fill": int(need * share)},
        {"run": argv},
        {"list": str(run)},
        {"list": str(run / "checkpoints")},
        {"run": [sys.executable, "-c", CHECK, str(run)]},
        {"free": True},
        {"run": [*argv, "--resume"]},
        {"hash": str(run / "adapter")},
    ]
    _, failed, names, folders, check, _, resumed, adapter = run_plan(mount, 4096, steps, tmp_path)
    assert failed["status"] == 2, failed["err"][-3000:]
    lines = [x for x in failed["err"].splitlines() if x.startswith(ERROR)]
    assert len(lines) == 1 and "Traceback" not in failed["err"], failed["err"][-3000:]
    assert lines[0].startswith(f"{ERROR}no space left on the disk of {run} while writing ")
    assert "nothing half-written was kept; free some space there" in lines[0]
    assert not [n for n in names["names"] if n.startswith(".") or ".part" in n or "tmp" in n]
    assert all(n.startswith("step-") for n in folders["names"]), folders["names"]
    assert check["status"] == 0, check["err"][-2000:]
    verified = json.loads(check["out"])
    assert verified and all(verified.values()), verified  # at least step 3's, whole
    assert resumed["status"] == 0, resumed["err"][-3000:]
    weights = "adapter_model.safetensors"  # adapter_config.json holds the run's own path
    assert adapter["hashes"][weights] == tree_hashes(os.path.join(run_dir, "adapter"))[weights]
    assert [snapshot(os.path.dirname(p) if os.path.isfile(p) else p) for p in inputs] == before


@pytest.mark.slow
def test_file_size_limit_train_one_line_and_resumes_exact(
    run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path
):
    """The fallback that runs where the tmpfs tests skip (no user namespaces, session 41
    review): a file size limit (``ulimit -f``: EFBIG, as a full FAT32 file) below the
    checkpoint's largest file stops step 3's save. One line naming the checkpoint and
    the limit, exit 2, no checkpoint or staging folder left; ``--resume`` without the
    limit ends with the uninterrupted run's adapter."""
    import resource
    import signal
    import subprocess

    checkpoint = os.path.join(run_dir, "checkpoints", "step-00000003")
    largest = max(os.path.getsize(os.path.join(checkpoint, n)) for n in os.listdir(checkpoint))
    limit = largest // 2

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = tmp_path / "run"
    argv = _train(tiny_dataset, tiny_model, tiny_config, run)
    inputs = (tiny_dataset, tiny_model, tiny_config)
    before = [snapshot(os.path.dirname(p) if os.path.isfile(p) else p) for p in inputs]
    failed = subprocess.run(argv, capture_output=True, text=True, preexec_fn=limited)
    assert failed.returncode == 2, failed.stderr[-3000:]
    lines = [x for x in failed.stderr.splitlines() if x.startswith(ERROR)]
    assert len(lines) == 1 and "Traceback" not in failed.stderr, failed.stderr[-3000:]
    assert lines[0].startswith(
        f"{ERROR}cannot write the checkpoint {run / 'checkpoints' / 'step-00000003'} "
        "(OSError: [Errno 27] File too large); nothing half-written was kept; "
    ), lines[0]
    assert "no `ulimit -f` limit" in lines[0] and "no checkpoint was complete yet" in lines[0]
    assert os.listdir(run / "checkpoints") == []
    assert not [n for n in os.listdir(run) if n.startswith(".") or ".part" in n or "tmp" in n]
    resumed = subprocess.run([*argv, "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    weights = "adapter_model.safetensors"
    assert (
        tree_hashes(str(run / "adapter"))[weights]
        == tree_hashes(os.path.join(run_dir, "adapter"))[weights]
    )
    assert [snapshot(os.path.dirname(p) if os.path.isfile(p) else p) for p in inputs] == before
