"""A few steps of the recipe on a tiny random-init Llama: outputs, curriculum,
reproducibility, exact resume after SIGKILL, and merge."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys

import pytest
import torch
import yaml

from tests.training.conftest import TINY, train_recipe
from training import recipe
from training.checkpoint import list_checkpoints
from training.plots import read_metrics

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_train = train_recipe


def _adapter(run) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(os.path.join(run, "adapter", "adapter_model.safetensors"))


def test_outputs_metrics_and_stage_switches(run_dir):
    for name in (
        "adapter/adapter_model.safetensors",
        "adapter/adapter_config.json",
        "loss.png",
        "config.yaml",
        "metrics.jsonl",
    ):
        assert os.path.getsize(os.path.join(run_dir, name)) > 0, name
    records = read_metrics(os.path.join(run_dir, "metrics.jsonl"))
    train = [r for r in records if r["kind"] == "train"]
    # 3 steps at 32, then 512 tokens / (4 rows x 64) = 2 steps at 64
    assert [(r["step"], r["stage"], r["window"]) for r in train] == [
        (1, 0, 32),
        (2, 0, 32),
        (3, 0, 32),
        (4, 1, 64),
        (5, 1, 64),
    ]
    for r in train:
        assert r["loss"] > 0 and r["tokens"] <= 256 and 0 < r["scored_tokens"] < r["tokens"]
        assert r["tokens_per_s"] > 0 and r["peak_memory_mb"] > 0 and r["lr"] > 0
    assert [r["lr"] for r in train][1:] == sorted([r["lr"] for r in train][1:], reverse=True)
    evals = [r for r in records if r["kind"] == "eval"]
    assert {r["step"] for r in evals} == {2, 3, 4, 5} and all(r["window"] == 64 for r in evals)
    saved = yaml.safe_load(open(os.path.join(run_dir, "config.yaml")))
    assert saved["curriculum"][1] == {"window": 64, "steps": 0, "tokens": 512}
    assert [s for s, _ in list_checkpoints(run_dir)] == [3, 5]  # one per stage end, keep 2


def test_losses_are_reproducible_and_the_adapter_trained(
    run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path
):
    assert _train(tiny_dataset, tiny_model, tmp_path / "b", tiny_config) == 0

    def losses(run):
        metrics = read_metrics(os.path.join(run, "metrics.jsonl"))
        return [r["loss"] for r in metrics if r["kind"] == "train"]

    assert losses(run_dir) == losses(tmp_path / "b")
    a, b = _adapter(run_dir), _adapter(tmp_path / "b")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert any("lora_B" in k and a[k].abs().sum() > 0 for k in a)  # B starts at 0: it moved


def test_adapter_loads_with_peft_and_changes_the_model(run_dir, tiny_model):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    ids = torch.arange(1, 33).unsqueeze(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_model).eval()
    with torch.no_grad():
        before = base(input_ids=ids).logits
        tuned = PeftModel.from_pretrained(base, os.path.join(run_dir, "adapter")).eval()
        after = tuned(input_ids=ids).logits
    assert not torch.allclose(before, after)


@pytest.mark.slow
def test_sigkill_and_resume_gives_the_same_adapter(run_dir, tiny_dataset, tiny_model, tmp_path):
    """A run checkpointing every 2 steps stops itself after step 5 (mid stage 2, one
    logged step past its last checkpoint) and is SIGKILLed there; resumed, its adapter
    must equal an uninterrupted run's, bit for bit, and no step is logged twice."""
    config = tmp_path / "c.yaml"
    config.write_text(
        TINY.replace("steps: 3", "steps: 4").replace("tokens: 512", "steps: 4")
        + "checkpoint_every: 2\n"
    )
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", str(config)]
    full = tmp_path / "full"
    assert recipe.main([*args, "--output", str(full)]) == 0

    killed = tmp_path / "killed"
    cmd = [sys.executable, "-m", "training.recipe", *args, "--output", str(killed)]
    env = os.environ | {recipe.STOP_AFTER_STEP_ENV: "5"}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _, status = os.waitpid(proc.pid, os.WUNTRACED)  # blocks until it stops itself
        assert os.WIFSTOPPED(status), "the run ended before step 5"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
    assert proc.wait() == -signal.SIGKILL
    assert not os.path.exists(killed / "adapter")
    assert [n for n, _ in list_checkpoints(str(killed))] == [2, 4]
    logged = read_metrics(os.path.join(killed, "metrics.jsonl"))
    assert [r["step"] for r in logged if r["kind"] == "train"] == [1, 2, 3, 4, 5]

    assert recipe.main([*args, "--output", str(killed), "--resume"]) == 0
    a, b = _adapter(full), _adapter(killed)
    assert a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k
    steps = [
        r["step"]
        for r in read_metrics(os.path.join(killed, "metrics.jsonl"))
        if r["kind"] == "train"
    ]
    assert steps == list(range(1, 9))  # nothing logged twice across the kill


def test_existing_run_needs_resume(run_dir, tiny_dataset, tiny_model, tiny_config, capsys):
    capsys.readouterr()
    assert _train(tiny_dataset, tiny_model, run_dir, tiny_config) == 2  # a user error
    err = capsys.readouterr().err  # (transformers' loading bar comes first)
    (line,) = [x for x in err.splitlines() if x.startswith("longctx train: error: ")]
    assert "--resume" in line and "Traceback" not in err


def test_resuming_a_finished_run_says_there_is_nothing_left(
    run_copy, tiny_dataset, tiny_model, tiny_config, capsys
):
    """Rule resume_says_done: ``--resume`` of a run at its last step (or at
    ``--max-steps``) trained nothing and showed only "100% 3/3"; it now says so."""
    from training.plots import read_metrics

    before = read_metrics(os.path.join(run_copy, "metrics.jsonl"))
    capsys.readouterr()
    assert _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    out = capsys.readouterr().out
    assert f"nothing left to train: {run_copy} is at step 5 of 5\n" in out
    assert read_metrics(os.path.join(run_copy, "metrics.jsonl")) == before
    assert (
        _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume", "--max-steps", "4") == 0
    )
    # Clause max_steps_hint: at the curriculum's end no --max-steps trains more (it said
    # "is at step 5 of 4 (a larger --max-steps trains more)"); short of it, it does.
    assert f"{run_copy} is at step 5 of 5\n" in capsys.readouterr().out
    shutil.rmtree(list_checkpoints(run_copy)[-1][1])  # the run stopped after step 3
    assert (
        _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume", "--max-steps", "3") == 0
    )
    said = f"{run_copy} is at step 3 of 5 (--max-steps 3: a larger one trains more)\n"
    assert said in capsys.readouterr().out


def test_bad_config_value_is_a_user_error_and_a_bug_keeps_its_traceback(
    tiny_dataset, tiny_model, tiny_config, tmp_path, capsys, monkeypatch
):
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", tiny_config]
    rc = recipe.main([*args, "--output", str(tmp_path / "a"), "--set", "optim.lr=-1"])
    assert rc == 2 and "optim.lr must be > 0" in capsys.readouterr().err

    def bug(*a, **k):
        raise ValueError("an internal bug")

    monkeypatch.setattr(recipe, "plan_stages", bug)
    with pytest.raises(ValueError, match="an internal bug"):  # not turned into exit 2
        recipe.main([*args, "--output", str(tmp_path / "b")])


def test_window_beyond_positions_fails_clearly_unless_rope_scaling(
    tiny_dataset, tiny_model, tmp_path, capsys
):
    from .conftest import write_tiny_dataset

    data = write_tiny_dataset(
        str(tmp_path / "long"), windows=(512,), rows={"train": 2, "validation": 1}
    )
    config = tmp_path / "c.yaml"
    config.write_text(
        "curriculum: [{window: 512, steps: 1}]\ntokens_per_step: 512\neval_rows: 1\nprogress: false\n"
    )
    args = ["--data", data, "--model", tiny_model, "--config", str(config)]
    capsys.readouterr()
    assert recipe.main([*args, "--output", str(tmp_path / "r1")]) == 2
    assert "exceed the model's 256 positions" in capsys.readouterr().err
    assert (
        recipe.main(
            [
                *args,
                "--output",
                str(tmp_path / "r2"),
                "--set",
                "rope.type=linear",
                "--set",
                "rope.target_length=512",
            ]
        )
        == 0
    )
    saved = yaml.safe_load(open(tmp_path / "r2" / "config.yaml"))
    assert saved["rope"] == {"type": "linear", "factor": None, "target_length": 512}


def test_merge_writes_the_tuned_model(tiny_dataset, tiny_model, tiny_config, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    run = tmp_path / "m"
    assert _train(tiny_dataset, tiny_model, run, tiny_config, "--max-steps", "2", "--merge") == 0
    assert (
        len([r for r in read_metrics(os.path.join(run, "metrics.jsonl")) if r["kind"] == "train"])
        == 2
    )
    ids = torch.arange(1, 33).unsqueeze(0)
    with torch.no_grad():
        merged = AutoModelForCausalLM.from_pretrained(run / "merged").eval()(input_ids=ids).logits
        base = AutoModelForCausalLM.from_pretrained(tiny_model)
        tuned = PeftModel.from_pretrained(base, run / "adapter").eval()(input_ids=ids).logits
    torch.testing.assert_close(merged, tuned, rtol=1e-4, atol=1e-5)
    assert os.path.exists(run / "merged" / "model.safetensors")


def _damage(path: str, how: str) -> None:
    data = bytearray(open(path, "rb").read())
    if how == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        del data[len(data) // 3 :]
    open(path, "wb").write(bytes(data))


@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_resume_skips_a_damaged_newest_checkpoint_and_still_resumes_exactly(
    run_dir, run_copy, tiny_dataset, tiny_model, tiny_config, capsys, how
):
    """A flipped byte in the last checkpoint used to resume silently with a wrong
    adapter, a truncated one with a traceback: now it is named and skipped, and the
    run resumes from the previous checkpoint to the same adapter."""
    newest = list_checkpoints(str(run_copy))[-1][1]
    _damage(os.path.join(newest, "state.pt"), how)
    capsys.readouterr()
    assert _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    out = capsys.readouterr().out
    assert f"skipping a checkpoint that cannot be used: checkpoint {newest}" in out
    assert "resumed from" in out and "step-00000003" in out
    records = read_metrics(os.path.join(run_copy, "metrics.jsonl"))
    assert [r["step"] for r in records if r["kind"] == "train"] == [1, 2, 3, 4, 5]
    a, b = _adapter(run_dir), _adapter(run_copy)
    for k in a:
        assert torch.equal(a[k], b[k]), k  # steps 4-5 redone: the same adapter


def test_resume_never_runs_code_from_a_crafted_checkpoint(
    run_copy, tiny_dataset, tiny_model, tiny_config, capsys
):
    marker = run_copy / "PWNED"

    class RunsCode:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    for _, path in list_checkpoints(str(run_copy)):
        with open(os.path.join(path, "state.pt"), "wb") as f:
            pickle.dump({"steps_done": 5, "trainable": RunsCode()}, f)
    assert _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 2
    err = capsys.readouterr().err
    assert "none of the checkpoints" in err and "Traceback" not in err
    assert not marker.exists()


@pytest.mark.parametrize("validation", [{"validation": 0}, {}], ids=["empty", "absent"])
def test_an_empty_validation_split_turns_validation_off(tiny_model, tmp_path, capsys, validation):
    """--validation-fraction 0 (or 5% of a tiny corpus) leaves no validation rows: the
    default eval_rows used to end in a TypeError in training/data.py; now training
    runs, says why there is no validation loss, and logs no eval record."""
    from tests.training.conftest import write_tiny_dataset

    data = write_tiny_dataset(str(tmp_path / "ds"), rows={"train": 24, **validation})
    config = tmp_path / "cfg.yaml"
    config.write_text(
        "curriculum: [{window: 32, steps: 2}]\ntokens_per_step: 128\n"
        "micro_batch_tokens: 64\nprogress: false\n"  # eval_rows: the default
    )
    run = tmp_path / "run"
    assert _train(data, tiny_model, run, str(config)) == 0
    out = capsys.readouterr().out
    assert "validation loss disabled" in out and "no validation rows" in out
    kinds = [r["kind"] for r in read_metrics(os.path.join(run, "metrics.jsonl"))]
    assert kinds.count("train") == 2 and "eval" not in kinds


def test_resume_keeps_train_time(run_copy, tiny_dataset, tiny_model, tiny_config):
    """Clause resume_keeps_train_time: metrics' ``time_s`` is the run's training time so
    far; a resumed run started it at 0 again (seen: 81.5 s at step 2, 30.3 s at step 3
    after a kill and --resume), so a plot or a bench reading the last ``time_s`` as the
    run's cost got only the part after the resume. The checkpoint keeps it."""
    from training.checkpoint_files import load_tensors, save_tensors, write_checksums

    step3 = list_checkpoints(run_copy)[0][1]
    state = load_tensors(os.path.join(step3, "state.pt"))
    before = read_metrics(os.path.join(run_copy, "metrics.jsonl"))
    (at3,) = [r["time_s"] for r in before if r["kind"] == "train" and r["step"] == 3]
    assert round(state["train_time_s"], 3) == at3 > 0
    # a long run's 3 steps (reviewer: so the check needs no step to be slower than another)
    state["train_time_s"] = 1e6
    save_tensors(state, os.path.join(step3, "state.pt"))
    write_checksums(step3)
    shutil.rmtree(list_checkpoints(run_copy)[-1][1])  # as if killed after step 3
    assert _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    after = [r for r in read_metrics(os.path.join(run_copy, "metrics.jsonl"))]
    assert [r["step"] for r in after if r["kind"] == "train"] == [1, 2, 3, 4, 5]
    resumed = [r["time_s"] for r in after if r["step"] > 3]
    assert resumed and min(resumed) > 1e6
    times = [r["time_s"] for r in after]
    assert times == sorted(times)  # counts on across the resume


def test_resume_reads_a_checkpoint_without_train_time(
    run_copy, tiny_dataset, tiny_model, tiny_config
):
    """Clause resume_keeps_train_time, old checkpoints (reviewer): one written before the
    clause has no ``train_time_s``; it still resumes, counting the time from 0."""
    from training.checkpoint_files import load_tensors, save_tensors, write_checksums

    step3 = list_checkpoints(run_copy)[0][1]
    state = load_tensors(os.path.join(step3, "state.pt"))
    del state["train_time_s"]
    save_tensors(state, os.path.join(step3, "state.pt"))
    write_checksums(step3)
    shutil.rmtree(list_checkpoints(run_copy)[-1][1])
    assert _train(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    after = read_metrics(os.path.join(run_copy, "metrics.jsonl"))
    assert [r["step"] for r in after if r["kind"] == "train"] == [1, 2, 3, 4, 5]
    assert all(r["time_s"] > 0 for r in after if r["step"] > 3)


def test_stage_line_counts_like_metrics(run_dir, tiny_config):
    """Clause stage_line_counts_like_metrics: the line a stage opens with numbers its
    steps as metrics.jsonl (and the step-N checkpoints) do; it said "stage 0: window
    128, steps 0..2" for a stage logged as steps 1..3 and checkpointed as step-00000003."""
    import re

    from training.config import load_config
    from training.curriculum import describe_stage, plan_stages

    config = load_config(tiny_config)
    plans = plan_stages(config.curriculum, config.tokens_per_step, config.micro_batch_tokens, 1)
    train = [
        r for r in read_metrics(os.path.join(run_dir, "metrics.jsonl")) if r["kind"] == "train"
    ]
    for plan in plans:
        line = describe_stage(plan, 1)
        first, last = map(int, re.search(r"steps (\d+)\.\.(\d+),", line).groups())
        assert [r["step"] for r in train if r["stage"] == plan.index] == list(
            range(first, last + 1)
        )
    assert describe_stage(plans[0], 1).startswith("stage 0: window 32, steps 1..3, ")


def test_rerun_refused_before_load(run_copy, tiny_dataset, tiny_config, tmp_path, capsys):
    """Clause rerun_refused_before_load: a second run into a folder with checkpoints
    (the finished tiny run) is refused before the model and the
    dataset are read; it loaded SmolLM2 and fingerprinted its weights (85 s on CPU) first.
    A model folder that is not there shows it: the refusal comes, not a model error."""
    missing = str(tmp_path / "no-model-here")
    assert _train(tiny_dataset, missing, run_copy, tiny_config) == 2
    err = capsys.readouterr().err
    assert f"{run_copy} already has checkpoints: pass --resume" in err
    assert "no-model-here" not in err
    assert [s for s, _ in list_checkpoints(run_copy)] == [3, 5]  # nothing touched
