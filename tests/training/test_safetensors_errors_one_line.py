"""Clause ``safetensors_errors_one_line`` (session 39, ``training.checkpoint_agreed``
``write_errno``, ``user_write_line``, ``one_process_write``): safetensors (Rust) raises
a ``SafetensorError``, no ``OSError``, when it cannot write the adapter's or the merged
model's weights; its text carries the OS error, ``(os error 13)``. A permission error
there exited 1 with a traceback (in a torchrun: "failed while writing ... its traceback
is in that rank's output"), and in one process so did every permission, read-only or
I/O error of a write (only a full disk was one line). Now each is the one line, exit 2,
that says what was written, what is on disk, and what to fix."""

from __future__ import annotations

import errno
import os

import pytest
from safetensors import SafetensorError

from tests.training.conftest import train_recipe
from tests.training.test_resume_safety import _error_line
from training.checkpoint_agreed import _failure, user_write_line, write_errno

# What safetensors 0.4+ raises writing into a folder it may not write (seen as a
# non-root user writing into a chmod 555 folder)
DENIED = 'Error while serializing: I/O error: Permission denied (os error 13) at path "{}"'


def _expected(run, error_text: str) -> str:
    return (
        f"longctx train: error: cannot write the adapter (SafetensorError: {error_text}); "
        f"nothing half-written was kept; make {run} writable (a read-only mount, "
        "permissions, a failing disk) or point --output at a folder that is; the last "
        f"complete checkpoint {run}/checkpoints/step-00000005 is intact (its checksums "
        "verify): run the same command with --resume to go on from it"
    )


@pytest.mark.parametrize("how", ["chmod", "text"])
def test_safetensors_errors_one_line(
    run_copy, tiny_dataset, tiny_model, tiny_config, capsys, monkeypatch, how
):
    """The adapter's folder is read-only when safetensors writes the weights (``chmod``:
    the folder made and chmod 555, the real error; skipped as root, whom no mode stops;
    ``text``: the error safetensors raises then): one line, exit 2, no traceback, no
    adapter and no staging folder left, step 5's checkpoint named; then the same
    command writes the adapter."""
    if how == "chmod" and os.geteuid() == 0:
        pytest.skip("runs as root: a chmod 555 folder stays writable")
    from peft import PeftModel

    real = PeftModel.save_pretrained
    raised = []

    def read_only(self, folder, *args, **kwargs):
        if how == "text":
            raise SafetensorError(DENIED.format(os.path.join(folder, ".tmpA4EKoG")))
        os.makedirs(folder)
        # peft writes README.md with Python first: there already, so the first file
        # created in the read-only folder is safetensors' (a Python write there is an
        # OSError: one line too, the nobody run of this test without it)
        open(os.path.join(folder, "README.md"), "w").close()  # noqa: SIM115
        os.chmod(folder, 0o555)
        try:
            return real(self, folder, *args, **kwargs)
        except Exception as error:
            raised.append(error)
            os.chmod(folder, 0o755)  # so the staging folder can be removed, as usual
            raise

    monkeypatch.setattr(PeftModel, "save_pretrained", read_only)
    capsys.readouterr()
    assert train_recipe(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if how == "chmod":  # the real error: safetensors', not Python's
        assert [type(e).__name__ for e in raised] == ["SafetensorError"], raised
        text = str(raised[0])
    else:
        text = DENIED.format(os.path.join(run_copy, ".adapter.tmp", ".tmpA4EKoG"))
    assert "(os error 13)" in text
    assert _error_line(err) == _expected(run_copy, text)
    assert not [n for n in os.listdir(run_copy) if "adapter" in n]
    assert sorted(os.listdir(run_copy / "checkpoints")) == ["step-00000003", "step-00000005"]

    monkeypatch.setattr(PeftModel, "save_pretrained", real)
    assert train_recipe(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    assert (run_copy / "adapter" / "adapter_model.safetensors").is_file()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (DENIED.format("/r/.tmpA"), errno.EACCES),
        ("Error while serializing: I/O error: Read-only file system (os error 30)", 30),
        ("Error while serializing: I/O error: File too large (os error 27)", errno.EFBIG),
        ("Error while serializing: I/O error: No such file or directory (os error 2)", 2),
        ("Error while serializing: invalid shape", None),
    ],
)
def test_safetensors_errors_one_line_in_a_torchrun(tmp_path, monkeypatch, text, code):
    """The rank's line in a torchrun (``_failure``): a permission, read-only or too-large
    error of safetensors is the user's line, exit 2 (before: exit 1, "its traceback is
    in that rank's output"); guards: a missing file (the code's own folder) and an error
    without an OS error stay the code's, exit 1."""
    import torch

    monkeypatch.setattr(torch.distributed, "get_rank", lambda: 0)
    run = str(tmp_path / "run")
    error = SafetensorError(text)
    error.longctx_writing = "the merged model"
    assert write_errno(error) == code
    line, status = _failure(run, error, 2)
    if code in (errno.EACCES, 30, errno.EFBIG):
        assert status == 2
        assert line.startswith("cannot write the merged model on rank 0 of 2, node 0, host ")
        assert f"(SafetensorError: {text}); nothing half-written was kept; " in line
        fix = "FAT32" if code == errno.EFBIG else f"make {run} writable on that node"
        assert fix in line and line.endswith("no checkpoint was complete yet: the run starts over")
    else:
        assert status == 1 and "its traceback is in that rank's output" in line
        assert user_write_line(run, error) == ""
