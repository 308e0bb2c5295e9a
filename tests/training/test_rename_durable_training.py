"""Clause rename_durable (``pipeline.durable``, session 42) in the trainer: a checkpoint
(``.tmp-step-N`` renamed to ``step-N``) and the adapter (``.adapter.tmp`` renamed to
``adapter``) are renamed into place only after every file and folder of theirs was
fsynced, and the folder holding them is fsynced after the rename, so a power loss
cannot take back a checkpoint ``--resume`` was told about, nor the adapter. Before, the
checkpoint's files were fsynced but not its folder nor the rename, and nothing of the
adapter was. The calls of a real tiny training run (tests/training/conftest.py's model,
dataset and config, in process) are recorded (``tests.durable_calls``)."""

from __future__ import annotations

import errno
import os

import pytest

from pipeline.durable import NotDurable
from tests.durable_calls import Calls
from tests.training.checkpoint_parts import tiny_parts
from tests.training.conftest import train_recipe
from training.checkpoint import list_checkpoints, load_checkpoint, save_checkpoint


def test_a_training_runs_checkpoints_and_adapter_are_renamed_durably(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch
):
    calls = Calls(monkeypatch)
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 0
    saved = [path for _, path in list_checkpoints(str(run))]
    assert [os.path.basename(p) for p in saved] == ["step-00000003", "step-00000005"]
    for path in saved:
        staging = calls.check_published(path)
        assert os.path.basename(staging) == ".tmp-" + os.path.basename(path)
    staging = calls.check_published(run / "adapter")
    assert os.path.basename(staging) == ".adapter.tmp"
    assert os.path.isfile(run / "adapter" / "adapter_model.safetensors")


def test_a_step_saved_again_is_renamed_durably(tmp_path, monkeypatch):
    """The second save of one step (``_swap_in``: the old copy set aside first)."""
    model, optimizer, scheduler = tiny_parts()
    save_checkpoint(str(tmp_path), 4, model, optimizer, scheduler, {})
    calls = Calls(monkeypatch)
    final = save_checkpoint(str(tmp_path), 4, model, optimizer, scheduler, {})
    calls.check_published(final)
    assert sorted(os.listdir(tmp_path / "checkpoints")) == ["step-00000004"]


def test_a_checkpoint_folder_that_refuses_fsync_still_saves(tmp_path, monkeypatch):
    """EINVAL from every folder's fsync (a mount that refuses it): the save goes on,
    the fsync of ``RUN/checkpoints`` was tried after the rename, the checkpoint loads."""
    model, optimizer, scheduler = tiny_parts()
    calls = Calls(monkeypatch, fail_folder_sync=errno.EINVAL)
    final = save_checkpoint(str(tmp_path), 2, model, optimizer, scheduler, {"x": 1})
    (i,) = calls.renames_to(final)
    assert ("fsync", str(tmp_path / "checkpoints")) in calls.events[i + 1 :]
    assert load_checkpoint(final, *tiny_parts(1))["x"] == 1


def test_a_checkpoint_saves_where_no_folder_can_be_opened(tmp_path, monkeypatch):
    """Review, session 42: where no folder can be opened (Windows: ``os.open`` of one is
    EACCES, and there is no ``os.O_DIRECTORY``) the folder fsyncs before and after the
    rename are skipped, not a failed save; the checkpoint loads."""
    model, optimizer, scheduler = tiny_parts()
    real = os.open

    def opened(path, flags, *args, **kwargs):  # not shutil.rmtree's (flags, dir_fd)
        if flags == os.O_RDONLY and not kwargs and os.path.isdir(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", opened)
    monkeypatch.delattr(os, "O_DIRECTORY", raising=False)
    final = save_checkpoint(str(tmp_path), 2, model, optimizer, scheduler, {"x": 1})
    save_checkpoint(str(tmp_path), 2, model, optimizer, scheduler, {"x": 2})  # set aside
    assert sorted(os.listdir(tmp_path / "checkpoints")) == ["step-00000002"]
    assert load_checkpoint(final, *tiny_parts(1))["x"] == 2


def test_a_disk_error_at_the_checkpoints_folder_is_one_line(tmp_path, monkeypatch):
    """EIO from the fsync of ``RUN/checkpoints`` after the rename: ``NotDurable`` (one
    line, exit 2 through ``run_main``) naming the checkpoint, which is in place and loads."""
    model, optimizer, scheduler = tiny_parts()
    root = str(tmp_path / "checkpoints")
    real = os.fsync

    def fsync(fd):
        if os.path.realpath(f"/proc/self/fd/{fd}") == root:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(NotDurable) as caught:
        save_checkpoint(str(tmp_path), 2, model, optimizer, scheduler, {"x": 1})
    final = os.path.join(root, "step-00000002")
    assert str(caught.value) == (
        f"{final} is in place, but the disk failed to record the rename (fsync of {root}: "
        "Input/output error), so a power loss could undo it; check the disk (`dmesg`) "
        "before relying on it"
    )
    assert sorted(os.listdir(root)) == ["step-00000002"]
    assert load_checkpoint(final, *tiny_parts(1))["x"] == 1


def test_a_scaled_base_syncs_its_links_not_the_models_files(tiny_model, tmp_path, monkeypatch):
    """``RUN/base`` (RoPE scaling) links every file of the model but config.json: the
    links' entries are synced with the folder, the model's own files are not ours to
    sync, and a dangling link there (a Hugging Face cache whose blob was pruned) is no
    error (review, session 42: the links' skip in ``sync_tree`` failed no test)."""
    import shutil

    from training.adapter import write_scaled_base
    from training.config import RopeSettings

    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    os.symlink("../blobs/0f3a9c", model / "tokenizer.model")  # the blob is gone
    calls = Calls(monkeypatch)
    base = tmp_path / "run" / "base"
    write_scaled_base(str(model), RopeSettings(type="linear", factor=2.0), str(base))
    calls.check_published(base)
    synced = [e[1] for e in calls.events if e[0] == "fsync"]
    assert not [p for p in synced if p.startswith(str(model))], synced
    assert os.path.islink(base / "model.safetensors") and os.path.islink(base / "tokenizer.model")


def test_a_converted_model_is_renamed_durably(tiny_model, tmp_path, monkeypatch):
    """``python -m training.convert_gguf`` publishes its folder the same way. No GGUF
    file is read: the tiny model (and a tokenizer that writes one file) stand in for
    what transformers' GGUF loaders return."""
    import transformers

    from training.convert_gguf import convert

    class Tokenizer:
        def save_pretrained(self, folder):
            with open(os.path.join(folder, "tokenizer.json"), "w", encoding="utf-8") as f:
                f.write("{}")

    def loader(load):
        class Loader:
            @staticmethod
            def from_pretrained(folder, gguf_file):
                assert gguf_file == "tiny.gguf"
                return load()

        return Loader

    model = transformers.AutoModelForCausalLM.from_pretrained(tiny_model)
    monkeypatch.setattr(transformers, "AutoModelForCausalLM", loader(lambda: model))
    monkeypatch.setattr(transformers, "AutoTokenizer", loader(Tokenizer))
    (tmp_path / "tiny.gguf").write_bytes(b"GGUF")
    calls = Calls(monkeypatch)
    output = tmp_path / "converted"
    assert convert(str(tmp_path), "tiny.gguf", str(output)) == str(output)
    staging = calls.check_published(output)
    assert os.path.basename(staging).startswith(".convert-")
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= set(os.listdir(output))


def _check_file_published(calls: Calls, path) -> str:
    """The last rename into the file ``path``: the file fsynced at its staging path
    before it, the folder holding it after it, before anything else is renamed (a later
    rename's own fsync of that folder does not count). Returns the staging path."""
    i = calls.renames_to(path)[-1]
    staging = calls.events[i][1]
    assert ("fsync", os.path.realpath(staging)) in calls.events[:i], f"{staging} not fsynced"
    after = []
    for event in calls.events[i + 1 :]:
        if event[0] not in ("fsync", "open"):
            break
        after.append(event[1])
    assert os.path.realpath(os.path.dirname(path)) in after, f"{path}'s folder not fsynced"
    return staging


def test_a_runs_logs_and_plot_are_renamed_durably(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch
):
    """Clause run_logs_durable (session 43): ``config.yaml``, the trimmed
    ``metrics.jsonl``, ``shard_checks.json`` (``run_files.write_atomically``) and
    ``loss.png`` (``outputs.plot_beside``) are fsynced, renamed into place and their
    folder fsynced after the rename. Before, their renames were never made durable
    (and ``loss.png`` itself was not fsynced): a power loss after the run said where
    they are could bring back the previous ones, or an empty plot."""
    calls = Calls(monkeypatch)
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 0
    for name, part in [("config.yaml", "config.yaml.part"), ("metrics.jsonl",
                       "metrics.jsonl.part"), ("shard_checks.json", "shard_checks.json.part"),
                       ("loss.png", ".loss.png.part.png")]:  # fmt: skip
        staging = _check_file_published(calls, run / name)
        assert os.path.basename(staging) == part
    assert (run / "loss.png").read_bytes()[:4] == b"\x89PNG"
    assert sorted(n for n in os.listdir(run) if "part" in n) == []


def test_a_disk_error_at_the_run_folder_is_one_line(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch, capsys
):
    """Review (session 43) of clause run_logs_durable: EIO from the fsync of the run
    folder after ``config.yaml``'s rename (the first run log written) is
    ``NotDurable``'s one line, exit 2, naming ``config.yaml`` (in place, whole); no
    traceback, no ``.part`` left."""
    run = tmp_path / "run"
    real = os.fsync

    def fsync(fd):
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(run):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err  # the model's loading bar may come before the line
    assert [line for line in err.splitlines() if line.startswith("longctx")] == [
        f"longctx train: error: {run / 'config.yaml'} is in place, but the disk failed to "
        f"record the rename (fsync of {run}: Input/output error), so a power loss could "
        "undo it; check the disk (`dmesg`) before relying on it"
    ]
    assert "model:" in (run / "config.yaml").read_text(encoding="utf-8")
    assert not [n for n in os.listdir(run) if "part" in n]


def test_a_run_folder_that_refuses_fsync_still_trains(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch
):
    """Review (session 43) of clause run_logs_durable: a mount whose folders refuse
    fsync (EINVAL) still trains to the end; the run folder's fsync was tried after
    each run log's rename (``rename_durable`` skips a folder that refuses it)."""
    calls = Calls(monkeypatch, fail_folder_sync=errno.EINVAL)
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config) == 0
    for name in ("config.yaml", "metrics.jsonl", "shard_checks.json", "loss.png"):
        (i,) = calls.renames_to(run / name)[-1:]
        assert ("fsync", str(run)) in calls.events[i + 1 : i + 4], name
    assert (run / "loss.png").read_bytes()[:4] == b"\x89PNG"
    assert os.path.isfile(run / "adapter" / "adapter_model.safetensors")
