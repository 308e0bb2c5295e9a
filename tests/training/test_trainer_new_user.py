"""The trainer as a new user (session 29, docs/RELIABILITY.md "Session 29"): a shard
damaged after the build, config numbers that are not finite, negative eval counts,
peft keys peft refuses, and the empty run folder a refused run left behind."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.training.conftest import train_recipe
from training.config import load_config


def _error_line(err: str) -> str:
    (line,) = [x for x in err.splitlines() if x.startswith("longctx train: error: ")]
    return line


@pytest.mark.parametrize("damage", ["zeroed", "flipped"])
def test_shard_bytes_match_manifest(
    damage, tiny_dataset, tiny_model, tiny_config, tmp_path, capsys
):
    """64 bytes zeroed, or one byte flipped, in the middle of a train shard: Arrow
    still reads it (before: the run trained on the changed token ids, exit 0); now
    one line naming the shard, exit 2, and no run folder is left (clause
    refused_run_leaves_no_folder)."""
    data = tmp_path / "data"
    shutil.copytree(tiny_dataset, data)
    shard = sorted((data / "train").glob("w32-*.arrow"))[0]
    raw = bytearray(shard.read_bytes())
    middle = len(raw) // 2
    if damage == "zeroed":
        raw[middle : middle + 64] = bytes(64)
    else:
        raw[middle] ^= 0x01
    shard.write_bytes(bytes(raw))
    out = tmp_path / "run"
    assert train_recipe(str(data), tiny_model, out, tiny_config, "--max-steps", "1") == 2
    line = _error_line(capsys.readouterr().err)
    assert f"{shard} is not the shard the build wrote" in line
    assert "sha256 differs from the one in manifest.json" in line
    assert not out.exists()


@pytest.mark.parametrize(
    "setting",
    ["optim.lr=.inf", "optim.lr=.nan", "optim.lr=inf", "rope.factor=.inf", "loss.max_weight=.nan"],
)
def test_config_numbers_finite(setting):
    key = setting.split("=")[0]
    with pytest.raises(ValueError, match=rf"^{key}: expected a finite number, got "):
        load_config(None, [setting])


def test_config_numbers_finite_betas():
    with pytest.raises(ValueError, match=r"^optim.betas: expected two numbers"):
        load_config(None, ["optim.betas=[0.9, .nan]"])


def test_an_infinite_lr_is_refused_before_training(
    tiny_dataset, tiny_model, tiny_config, tmp_path, capsys
):
    """Before: one step at lr inf, NaN weights saved as the adapter, exit 0."""
    out = tmp_path / "run"
    code = train_recipe(tiny_dataset, tiny_model, out, tiny_config, "--set", "optim.lr=.inf")
    assert code == 2
    assert _error_line(capsys.readouterr().err) == (
        "longctx train: error: optim.lr: expected a finite number, got inf (float)"
    )
    assert not out.exists()


@pytest.mark.parametrize("setting", ["eval_rows=-1", "eval_every=-2", "eval_window=-32"])
def test_eval_counts_not_negative(setting):
    with pytest.raises(ValueError, match=r"^eval_rows, eval_every and eval_window must be >= 0"):
        load_config(None, [setting])


@pytest.mark.parametrize(
    "setting, expected",
    [
        (
            "peft.target_modules=[qproj]",
            "longctx train: error: peft.target_modules ['qproj']: none is a module of llama; "
            "its leaf modules are named [",
        ),
        ("peft.method=qlora", "longctx train: error: peft.method 'qlora' is not a peft method"),
        (
            "peft.options={rank: 4}",
            "longctx train: error: peft.options: LoraConfig.__init__() got an unexpected "
            "keyword argument 'rank'",
        ),
    ],
)
def test_peft_settings_one_line(
    setting, expected, tiny_dataset, tiny_model, tiny_config, tmp_path, capsys
):
    """Before: a peft traceback, exit 1, and an empty run folder left."""
    out = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, out, tiny_config, "--set", setting) == 2
    line = _error_line(capsys.readouterr().err)
    assert line.startswith(expected)
    assert not out.exists()


def test_refused_run_leaves_no_folder_but_keeps_an_existing_one(
    tiny_dataset, tiny_model, tiny_config, tmp_path, capsys
):
    """A refusal after the folder was made removes only a folder this run created
    and that is still empty: an empty folder the user made stays."""
    mine = tmp_path / "mine"
    mine.mkdir()
    args = ("--set", "curriculum=[{window: 48, steps: 1}]")
    assert train_recipe(tiny_dataset, tiny_model, mine, tiny_config, *args) == 2
    assert "has no train rows of window 48" in _error_line(capsys.readouterr().err)
    assert mine.is_dir() and not os.listdir(mine)
    new = tmp_path / "new" / "run"
    assert train_recipe(tiny_dataset, tiny_model, new, tiny_config, *args) == 2
    assert not new.exists() and (tmp_path / "new").is_dir()


def test_staging_removed_from_its_mkdir(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch, capsys
):
    """Ctrl-C right after the first checkpoint's staging folder is made (before: it
    was outside the `try` that removes it, and stayed until the next save)."""
    real = os.makedirs

    def makedirs_then_ctrl_c(path, *args, **kwargs):
        real(path, *args, **kwargs)
        if os.path.basename(path).startswith(".tmp-step-"):
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "makedirs", makedirs_then_ctrl_c)
    out = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, out, tiny_config) == 130
    assert "longctx train: interrupted" in capsys.readouterr().err
    assert os.listdir(out / "checkpoints") == []


def test_damaged_adapter_one_line(run_dir, tmp_path):
    """`longctx eval --adapter` on an adapter folder whose weights were cut short (a
    copy stopped half way). Before: a safetensors traceback, exit 1."""
    from schemas.errors import UserError
    from training.config import RopeSettings
    from training.evaluate import ModelSpec, load_for_eval

    adapter = tmp_path / "adapter"
    shutil.copytree(os.path.join(run_dir, "adapter"), adapter)
    weights = adapter / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    spec = ModelSpec("adapter:run", _base_of(run_dir), str(adapter), RopeSettings())
    with pytest.raises(UserError, match=r"^adapter:run: the adapter in .* cannot be read \("):
        load_for_eval(spec, "cpu")


def _base_of(run_dir: str) -> str:
    import yaml

    with open(os.path.join(run_dir, "config.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)["model"]


def test_shard_check_stamped(tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch, capsys):
    """Clause shard_check_stamped (review): a resume hashes only the shards whose stamp
    changed (before: every shard at every start; ~130 MB/s, minutes on 100 GB), and a
    shard damaged with its size and mtime put back is still refused (ctime, inode)."""
    from training import data as data_module

    data = tmp_path / "data"
    shutil.copytree(tiny_dataset, data)
    out = tmp_path / "run"
    real = data_module.check_shard_bytes
    hashed: list[str] = []

    def recording(path, expected):
        hashed.append(os.path.relpath(path, data))
        real(path, expected)

    monkeypatch.setattr(data_module, "check_shard_bytes", recording)
    shards = sorted(
        os.path.relpath(p, data) for p in data.glob("*/w*.arrow") if p.stat().st_size > 0
    )
    assert train_recipe(str(data), tiny_model, out, tiny_config, "--max-steps", "3") == 0
    first = sorted(hashed)
    assert first and set(first) <= set(shards)
    stamps = json.loads((out / "shard_checks.json").read_text())["shards"]
    assert sorted(os.path.relpath(k, os.path.realpath(data)) for k in stamps) == first

    hashed.clear()
    assert (
        train_recipe(str(data), tiny_model, out, tiny_config, "--resume", "--max-steps", "4") == 0
    )
    assert hashed == []

    shard = data / sorted(s for s in first if s.startswith("train/w64"))[0]
    before = shard.stat()
    raw = bytearray(shard.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    shard.write_bytes(bytes(raw))
    os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and mtime as before
    capsys.readouterr()
    hashed.clear()
    assert train_recipe(str(data), tiny_model, out, tiny_config, "--resume") == 2
    assert f"{shard} is not the shard the build wrote" in _error_line(capsys.readouterr().err)
    assert hashed == [os.path.relpath(shard, data)]


def test_shard_check_stamped_file_is_a_killed_runs(tmp_path):
    """A folder a run killed before its first checkpoint left (config.yaml and the
    stamps) may take a fresh start; a user's file of that name may not."""
    from training.run_files import check_run_folder, save_shard_checks

    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text("curriculum: []\noutput: run\n")
    save_shard_checks(str(run), {})
    check_run_folder(str(run), str(tmp_path / "d"), str(tmp_path / "m"), False)
    (run / "shard_checks.json").write_text('{"mine": 1}\n')
    with pytest.raises(ValueError, match="already holds shard_checks.json"):
        check_run_folder(str(run), str(tmp_path / "d"), str(tmp_path / "m"), False)


def test_refused_run_leaves_no_folder_keeps_a_file_made_meanwhile(
    tiny_dataset, tiny_model, tiny_config, tmp_path, monkeypatch, capsys
):
    """(review) The user drops a file into the new run folder while the run loads, then
    the run is refused (a window the data lacks): the folder and the file stay."""
    from training import recipe

    out = tmp_path / "run"
    real = recipe.load_manifest

    def users_file_meanwhile(data):
        (out / "notes.txt").write_text("mine\n")
        return real(data)

    monkeypatch.setattr(recipe, "load_manifest", users_file_meanwhile)
    args = ("--set", "curriculum=[{window: 48, steps: 1}]")
    assert train_recipe(tiny_dataset, tiny_model, out, tiny_config, *args) == 2
    assert "has no train rows of window 48" in _error_line(capsys.readouterr().err)
    assert (out / "notes.txt").read_text() == "mine\n"


def test_refused_run_leaves_no_folder_only_its_own(tmp_path, monkeypatch):
    """(review) A folder that appears between the run's look and its make (the user's,
    made at the same moment) is not the run's: before, `not lexists` then makedirs
    counted it as the run's, and a refusal removed it (empty)."""
    from training import recipe

    made_by_user = tmp_path / "run"
    real_mkdir = os.mkdir

    def user_first(path, *args, **kwargs):
        if str(path) == str(made_by_user):
            real_mkdir(path)  # the user's mkdir wins the race
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", user_first)
    assert recipe._mkdir_if_new(str(made_by_user)) is False
    monkeypatch.setattr(os, "mkdir", real_mkdir)
    assert recipe._mkdir_if_new(str(tmp_path / "new" / "run")) is True
    assert recipe._mkdir_if_new(str(tmp_path / "new" / "run")) is False
