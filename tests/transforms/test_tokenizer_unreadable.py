"""Clause ``tokenizer_unreadable`` (transforms/unreadable_path.py, session 27): a
tokenizer that is there but cannot be read was "not found" (the build, ``longctx
eval``), or a traceback / a silently skipped check (training's ``check_tokenizer``),
and a model folder behind a broken link "not found". Now each says what is wrong and
what to do. Root reads any mode, so permission is shown through a real ``nobody`` run
(setpriv) and a refused ``open``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from schemas.errors import UserError
from training.compatibility import check_tokenizer
from training.evaluate import load_tokenizer_for
from training.modeling import load_model
from transforms.tokenize import load_tokenizer

ROOT = Path(__file__).resolve().parents[2]


def _said(path) -> str:
    with pytest.raises(UserError) as raised:
        load_tokenizer(str(path))
    return str(raised.value)


def test_tokenizer_unreadable_broken_link_names_its_target(tmp_path):
    (tmp_path / "tok.json").symlink_to(tmp_path / "gone" / "tokenizer.json")
    said = _said(tmp_path / "tok.json")
    assert "not found" not in said
    assert f"is a broken symbolic link: its target {tmp_path}/gone/tokenizer.json does not" in said


def test_tokenizer_unreadable_fifo_and_device_are_named_not_read(tmp_path):
    os.mkfifo(tmp_path / "tok.json")  # a read would wait for a writer for good
    assert "is a named pipe (FIFO), not a file" in _said(tmp_path / "tok.json")
    assert "is a character device, not a file" in _said("/dev/null")


def test_tokenizer_unreadable_permission_denied_says_owner_mode_and_fix(
    tmp_path, tiny_tokenizer_path, monkeypatch
):
    path = str(tmp_path / "tok.json")
    shutil.copy(tiny_tokenizer_path, path)
    os.chmod(path, 0o600)
    real = os.open

    def refused(name, *args, **kw):
        if os.fspath(name) == path:
            raise PermissionError(13, "Permission denied", name)
        return real(name, *args, **kw)

    monkeypatch.setattr(os, "open", refused)
    said = _said(path)
    assert "cannot be read: permission denied (owner root, mode -rw-------)" in said
    assert f"chmod a+r {path}" in said


def test_tokenizer_unreadable_missing_is_still_not_found_and_a_good_one_loads(
    tmp_path, tiny_tokenizer_path
):
    assert "not found" in _said(tmp_path / "nothing.json")
    assert load_tokenizer(tiny_tokenizer_path).get_vocab_size() > 0


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root")
def test_tokenizer_unreadable_behind_a_folder_nobody_can_search(tiny_tokenizer_path):
    """The session 26 finding: ``defaults/smollm2-135m`` is mode 700, and ``nobody``
    was told "tokenizer ... not found". Now the build's one line names the folder."""
    top = Path(tempfile.mkdtemp(prefix="longctx-tok-", dir="/tmp"))
    try:
        (top / "private").mkdir(mode=0o700)
        shutil.copy(tiny_tokenizer_path, top / "private" / "tokenizer.json")
        (top / "in").mkdir()
        (top / "in" / "a.txt").write_text("A line of verse.\n" * 40)
        top.chmod(0o755)
        (top / "in").chmod(0o755)
        (top / "in" / "a.txt").chmod(0o644)
        ran = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-m", "pipeline.cli", "dataset", "--input", str(top / "in"),
             "--output", str(top / "out"), "--tokenizer",
             str(top / "private" / "tokenizer.json")],
            cwd=ROOT, capture_output=True, text=True, timeout=600,
            env={**os.environ, "HOME": "/tmp", "TMPDIR": "/tmp"},
        )  # fmt: skip
        assert ran.returncode == 2, ran.stderr[-2000:]
        assert "Traceback" not in ran.stderr
        (line,) = [x for x in ran.stderr.splitlines() if "error:" in x]
        assert "not found" not in line
        assert (
            f"cannot be reached: the folder {top}/private (owner root, mode drwx------) "
            "is not searchable by you; make it searchable (chmod o+x)" in line
        )
        assert not (top / "out").exists()
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_tokenizer_unreadable_training_side(tmp_path):
    """``longctx eval``'s tokenizer, the model folder, and the model's tokenizer.json
    that training compares with the dataset's (a FIFO: the check was skipped)."""
    (tmp_path / "tok.json").symlink_to(tmp_path / "gone.json")
    with pytest.raises(UserError, match="is a broken symbolic link: its target"):
        load_tokenizer_for(SimpleNamespace(tokenizer=str(tmp_path / "tok.json"), model=""))
    (tmp_path / "model").symlink_to(tmp_path / "gone-model")
    with pytest.raises(UserError, match="model folder .* is a broken symbolic link"):
        load_model(str(tmp_path / "model"), rope=None)
    from training.evaluate import model_specs

    with pytest.raises(UserError, match="base: folder .* is a broken symbolic link: its target"):
        model_specs(SimpleNamespace(model=str(tmp_path / "model"), adapter=[], merged=[],
                                    no_base=False, rope_type=None, rope_factor=None))  # fmt: skip
    (tmp_path / "m").mkdir()
    os.mkfifo(tmp_path / "m" / "tokenizer.json")
    manifest = SimpleNamespace(tokenizer=SimpleNamespace(sha256="ab" * 32, vocab_sha256=None))
    with pytest.raises(UserError, match=r"tokenizer.json is a named pipe \(FIFO\), not a file"):
        check_tokenizer(str(tmp_path), manifest, str(tmp_path / "m"))
