"""``longctx dataset`` (``python -m pipeline``) on a disk that fills, for real (session 41): a process whose
file size limit (``RLIMIT_FSIZE``, ``ulimit -f``) stops its writes with EFBIG, and a
small tmpfs filled to leave a part of what the build needs. Each time: one line that
names the folder and what to fix, exit 2, no traceback, no staging folder left, the
earlier OUT (replaced with --overwrite) and the inputs untouched, and a rerun with
room succeeds. Clause file_size_limit is in ``schemas.errors``."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys

import pytest

from pipeline.verify import verify
from tests.conftest import REPO_ROOT
from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import snapshot, staging_folders
from tests.reliability.small_disk import run_plan, tmpfs_available, tree_hashes

ERROR = "python -m pipeline: error: "  # `longctx dataset` through the Beam entry point


LONGCTX = [sys.executable, "-c", "import sys; from pipeline.cli import entry; entry()"]


def _inputs(folder, n):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"book{i}.txt").write_text(prose(i, 30), encoding="utf-8")
    return folder


def _argv(inputs, out, tokenizer, *extra):
    return [
        sys.executable, "-m", "pipeline", "--input", str(inputs), "--output", str(out),
        "--tokenizer", tokenizer, "--windows", "16,32", *extra,
    ]  # fmt: skip


def _built_here(argv: list[str]) -> None:
    """The build ``argv`` runs, made in this process (CI time, session 57): the earlier
    OUT a test replaces, or the build it measures, is the set-up, not the claim; its
    files are a subprocess's byte for byte but ``manifest.json``'s output path and
    ``_BUILD``'s folder inode. Saves a Python start and the pipeline's imports."""
    from pipeline.build import run

    run(argv[3:])  # past `python -m pipeline`
    with open(os.path.join(argv[6], "manifest.json"), encoding="utf-8") as handle:
        assert json.load(handle)["inputs"]["files"] > 0
    assert os.path.exists(os.path.join(argv[6], "_COMPLETE"))


def _limited(limit: int):
    def limit_writes():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_writes


def _one_line(err: str, prefix: str = ERROR) -> str:
    lines = [x for x in err.splitlines() if x.startswith(prefix)]
    assert len(lines) == 1 and "Traceback" not in err, err[-3000:]
    return lines[0]


@pytest.mark.slow
@pytest.mark.parametrize("limit", [60, 20_000])
def test_file_size_limit_build_one_line_old_output_kept(tmp_path, tiny_tokenizer_path, limit):
    """Clause file_size_limit: the limit stops the first write (the staging folder's
    mark, 60 bytes) or a shard's (20,000). Before: Beam's traceback, exit 1, and
    ``OUT.tmp-*`` left beside OUT (removed only by the next build)."""
    out = tmp_path / "ds"
    _built_here(_argv(_inputs(tmp_path / "old", 2), out, tiny_tokenizer_path))
    old = tree_hashes(str(out))
    inputs = _inputs(tmp_path / "new", 6)
    before = snapshot(tmp_path, outside=(out,))
    argv = _argv(inputs, out, tiny_tokenizer_path, "--overwrite")
    done = subprocess.run(
        argv, cwd=REPO_ROOT, capture_output=True, text=True, preexec_fn=_limited(limit)
    )
    assert done.returncode == 2, done.stderr[-3000:]
    assert _one_line(done.stderr) == (
        f"{ERROR}a file in {tmp_path} reached this process's file size limit of "
        f"{limit:,} bytes while writing the dataset (File too large); the partial output "
        f"was removed and {out} is as it was: raise the limit (`ulimit -f unlimited`) "
        "and run again"
    )
    assert staging_folders(out) == []
    assert tree_hashes(str(out)) == old and verify(str(out)) == []
    assert snapshot(tmp_path, outside=(out,)) == before  # the inputs, nothing beside OUT
    done = subprocess.run(argv, cwd=REPO_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert staging_folders(out) == [] and verify(str(out)) == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["inputs"]["files"] == 6 and manifest["documents"]["in"] == 6


def test_file_size_limit_lines():
    """Clause file_size_limit: the fix names the process's limit when it has one, else
    the filesystem; an EFBIG Beam re-raised as text is one too; ENOSPC keeps its line."""
    import errno

    from pipeline.output import give_up_for_space
    from schemas.errors import file_too_large, no_room

    efbig = OSError(errno.EFBIG, "File too large")
    wrapped = RuntimeError("OSError: [Errno 27] File too large [while running 'W/Write']")
    full = OSError(errno.ENOSPC, "No space left on device")
    assert file_too_large(efbig) and file_too_large(wrapped) and not file_too_large(full)
    assert no_room(full) and no_room(wrapped) and not no_room(OSError(errno.EACCES, "x"))
    line = str(give_up_for_space("/d/out.tmp-1", "/d/out", remove=False, error=full))
    assert line.startswith("no space left on the disk of /d while writing the dataset")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    line = str(give_up_for_space("/d/out.tmp-1", "/d/out", remove=False, error=wrapped))
    if soft == resource.RLIM_INFINITY:
        assert line == (
            "a file in /d grew larger than its filesystem holds while writing the dataset "
            "(File too large); the partial output was removed and /d/out is as it was: "
            "choose an --output on a filesystem that holds larger files (not FAT32/vfat: "
            "4 GB a file)"
        )
    else:
        assert f"file size limit of {soft:,} bytes" in line


@pytest.mark.slow
def test_full_disk_build_on_a_small_tmpfs(tmp_path, tiny_tokenizer_path):
    """A real ENOSPC: a 4 MB tmpfs holding an earlier OUT, filled to leave 0%, 30%, 60%
    and 90% of what the new build writes. Each build fails with the full disk's line
    (exit 2), the earlier OUT is as it was and nothing else is left on the disk; freed,
    the same command succeeds."""
    mount = tmp_path / "disk"
    if not tmpfs_available(mount):
        pytest.skip("no user and mount namespace here (unshare -r -m) for a small tmpfs")
    out, inputs = mount / "ds", _inputs(tmp_path / "new", 6)
    new = tmp_path / "measured"
    _built_here(_argv(inputs, new, tiny_tokenizer_path))
    need = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(new) for n in ns)
    before = snapshot(tmp_path / "new")
    argv = _argv(inputs, out, tiny_tokenizer_path, "--overwrite")
    steps = [{"run": _argv(_inputs(tmp_path / "old", 2), out, tiny_tokenizer_path)}]
    for share in (0, 0.3, 0.6, 0.9):
        steps += [{"hash": str(out)}, {"fill": int(need * share)}, {"run": argv}]
        steps += [{"hash": str(out)}, {"list": str(mount)}, {"free": True}]
    steps += [{"run": argv}, {"list": str(mount)}, {"hash": str(out)}]
    # the disk full again: `inspect --verify` still reads OUT (its read lease, a mark
    # it cannot write, never refuses); an export says so and leaves nothing
    steps += [{"fill": 0}, {"run": [*LONGCTX, "inspect", str(out), "--verify"]}]
    steps += [{"run": [*LONGCTX, "export", str(out), "--output", str(mount / "x")]}]
    steps += [{"list": str(mount)}, {"hash": str(out)}]
    records = run_plan(mount, 4096, steps, tmp_path)
    verified, exported, names, hashes = records[-4:]
    assert verified["status"] == 0 and "\nverify: OK (" in "\n" + verified["out"], verified
    assert _one_line(exported["err"], "longctx export: error: ") == (
        f"longctx export: error: no space left on the disk of {mount} while writing the "
        f"export (No space left on device); the partial output was removed and {mount / 'x'} "
        "is as it was: free some space there, or choose an --output on a disk with more room"
    )
    assert names["names"] == ["ballast", "ds"] and hashes == records[-6]
    records = records[:-5]
    assert records[0]["status"] == 0, records[0]["err"][-2000:]
    for i in range(4):
        old, _, failed, kept, names, _ = records[1 + 6 * i : 7 + 6 * i]
        assert failed["status"] == 2, failed["err"][-3000:]
        assert _one_line(failed["err"]) == (
            f"{ERROR}no space left on the disk of {mount} while writing the dataset (No "
            f"space left on device); the partial output was removed and {out} is as it "
            "was: free some space there, or choose an --output on a disk with more room"
        )
        assert kept["hashes"] == old["hashes"] and len(old["hashes"]) > 10
        assert names["names"] == ["ballast", "ds"]
    last, names, hashes = records[-3:]
    assert last["status"] == 0, last["err"][-2000:]
    assert names["names"] == ["ds"] and hashes["hashes"] != records[1]["hashes"]
    assert snapshot(tmp_path / "new") == before


def test_mark_written_whole_or_raises(tmp_path):
    """Clause mark_written_whole: under a 60-byte file size limit one ``os.write`` of a
    74-byte staging mark writes 60 bytes and returns (the cut mark the build went on
    with); ``write_whole`` writes on and raises EFBIG."""
    child = (
        "import errno, os, resource, signal, sys\n"
        "from transforms.folder_marks import write_whole\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60, 60))\n"
        "fd = os.open(sys.argv[1] + '/a', os.O_WRONLY | os.O_CREAT)\n"
        "print(os.write(fd, b'x' * 74))\n"
        "fd = os.open(sys.argv[1] + '/b', os.O_WRONLY | os.O_CREAT)\n"
        "try:\n"
        "    write_whole(fd, b'x' * 74)\n"
        "except OSError as error:\n"
        "    print(errno.errorcode[error.errno])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path)],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert done.stdout.split() == ["60", "EFBIG"], done.stderr[-2000:]


def test_staging_marks_written_whole_through_short_writes(tmp_path, monkeypatch):
    """Clause mark_written_whole at its call sites (session 41 review: a plant of the
    build's or the export's mark back to one ``os.write`` passed every test): each
    ``os.write`` writes 20 bytes (what a filling disk returns); both staging marks are
    whole and name their folder."""
    from pipeline import export_staging, output
    from schemas.output_names import BUILD_MARK, BUILD_MARK_BYTES, EXPORT_MARK, EXPORT_MARK_BYTES
    from transforms.folder_marks import mark_state

    real, calls = os.write, []

    def short(fd, data):
        calls.append(len(data))
        return real(fd, bytes(data[:20]))

    monkeypatch.setattr(os, "write", short)
    staging = str(tmp_path / "ds.tmp-0a1b2c3d")
    output.release(output.create_staging(staging))
    export, lock = export_staging.create(str(tmp_path / "export"))
    export_staging.release(lock)
    monkeypatch.setattr(os, "write", real)
    assert len(calls) > 4  # each mark took several writes
    assert mark_state(staging, BUILD_MARK, BUILD_MARK_BYTES) in ("own", "unverifiable")
    assert mark_state(export, EXPORT_MARK, EXPORT_MARK_BYTES) in ("own", "unverifiable")
