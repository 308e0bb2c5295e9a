"""The trainer's less-used options as a new user (session 30,
docs/quality/session-30-wtF2.md): settings that trained wrongly without a word."""

from __future__ import annotations

import pytest
import torch

from training.config import load_config


@pytest.mark.parametrize(
    "setting, message",
    [
        ("optim.max_grad_norm=-1", "optim.max_grad_norm and optim.weight_decay must be >= 0 "
         "(0: off), got -1.0 and 0.0"),
        ("optim.weight_decay=-0.1", "optim.max_grad_norm and optim.weight_decay must be >= 0 "
         "(0: off), got 1.0 and -0.1"),
    ],
)  # fmt: skip
def test_optim_clip_and_decay_not_negative(setting, message):
    with pytest.raises(ValueError) as error:
        load_config(None, [setting])
    assert str(error.value) == message


def test_a_negative_clip_bound_is_gradient_ascent():
    """Why max_grad_norm -1 is refused: torch scales each gradient by -1 / norm."""
    p = torch.nn.Parameter(torch.zeros(2))
    p.grad = torch.tensor([3.0, 4.0])
    torch.nn.utils.clip_grad_norm_([p], -1.0)
    assert torch.allclose(p.grad, torch.tensor([-0.6, -0.8]))
    assert load_config(None, ["optim.max_grad_norm=0", "optim.weight_decay=0"]).optim.lr > 0


@pytest.mark.parametrize(
    "settings, message",
    [
        (["rope.factor=4"], "rope.factor / rope.target_length is set but rope.type is 'none' "
         "(no scaling): add --set rope.type=linear (or dynamic, yarn)"),
        (["rope.target_length=8192"], "rope.factor / rope.target_length is set but rope.type "
         "is 'none' (no scaling): add --set rope.type=linear (or dynamic, yarn)"),
        (["rope.type=yarn", "rope.target_length=0"], "rope.target_length must be > 0, got 0"),
        (["rope.type=linear", "rope.target_length=-512"],
         "rope.target_length must be > 0, got -512"),
    ],
)  # fmt: skip
def test_rope_scale_needs_type(settings, message):
    with pytest.raises(ValueError) as error:
        load_config(None, settings)
    assert str(error.value) == message


def test_rope_scale_with_a_type_still_loads():
    config = load_config(None, ["rope.type=yarn", "rope.target_length=8192"])
    assert (config.rope.type, config.rope.target_length) == ("yarn", 8192)


@pytest.mark.parametrize(
    "settings, message",
    [
        (["recurrence.memory_tokens=100000"], "recurrence.memory_tokens 100000 is longer than "
         "the longest curriculum window 64 (at most the window before is carried): set it <= 64"),
    ],
)  # fmt: skip
def test_longer_than_every_window(settings, message):
    """Before: memory 100000 was refused with a RoPE hint for 100064 positions (the tiny
    model has 256)."""
    curriculum = "curriculum=[{window: 32, steps: 3}, {window: 64, steps: 2}]"
    with pytest.raises(ValueError) as error:
        load_config(None, [curriculum, *settings])
    assert str(error.value) == message
    fits = ["recurrence.memory_tokens=64", "loss.short_context=64"]  # ce ignores short_context
    assert load_config(None, [curriculum, *fits]).recurrence.memory_tokens == 64


def test_dataset_path_is_a_file(tmp_path, capsys):
    """`longctx inspect tokenizer.json` (a file given for the dataset folder) said the
    folder "does not exist"."""
    from pipeline import inspection

    path = tmp_path / "tokenizer.json"
    path.write_text("{}")
    assert inspection.main([str(path)]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"longctx inspect: error: {str(path)!r} is a file, not a dataset folder; pass the "
        "folder `longctx dataset` wrote (the one holding manifest.json)"
    )


CURRICULUM = "curriculum=[{window: 32, steps: 3}, {window: 64, steps: 2}]"


@pytest.mark.parametrize("sink", [65, 5000])
def test_sink_within_a_window(sink):
    """Clause sink_within_a_window: with memory, a sink of 5000 on windows of 32 trained
    exactly as a sink of 32 (same 4 losses on the chain dataset of test_recurrence.py)
    with checkpoints of 15.28 MB instead of 0.72 (session 30, wtF2, Left 5)."""
    with pytest.raises(ValueError) as error:
        load_config(
            None, [CURRICULUM, "recurrence.memory_tokens=16", f"recurrence.sink_tokens={sink}"]
        )
    assert str(error.value) == (
        f"recurrence.sink_tokens {sink} is longer than the longest curriculum window 64 (a "
        "sink is at most its document's first window; the rest would be zeros carried in "
        "every step and checkpoint): set it <= 64 (0: no sink)"
    )
    for fits in (
        ["recurrence.memory_tokens=16", "recurrence.sink_tokens=64"],
        ["recurrence.memory_tokens=16", "recurrence.sink_tokens=0"],
        [f"recurrence.sink_tokens={sink}"],
    ):  # no memory: the sink is unused
        assert load_config(None, [CURRICULUM, *fits]).recurrence.sink_tokens in (64, 0, sink)


@pytest.mark.parametrize("short", [64, 1000])
def test_short_context_shorter_than_a_window(short):
    """Clause short_context_shorter_than_a_window: LongCE with short_context >= the
    longest window trained plain CE (every weight 1, short_tokens 0) under LongCE's
    name (session 30, wtF2, Left 2)."""
    with pytest.raises(ValueError) as error:
        load_config(None, [CURRICULUM, "loss.type=longce", f"loss.short_context={short}"])
    assert str(error.value) == (
        f"loss.short_context {short} is not shorter than the longest curriculum window 64: "
        "LongCE would weigh every token 1 (plain CE); set it below 64 (0: window / 8), or "
        "loss.type=ce"
    )
    for fits in (
        ["loss.type=longce", "loss.short_context=63"],
        ["loss.type=longce"],
        [f"loss.short_context={short}"],
    ):  # ce ignores short_context
        assert load_config(None, [CURRICULUM, *fits]).loss.short_context in (63, 0, short)


@pytest.mark.parametrize(
    "settings,message",
    [
        (["attention.pattern=sliding", "attention.window=64"],
         "attention.window 64 is not shorter than the longest curriculum window 64: every "
         "token would see all those before it (full attention); set it below 64, or "
         "attention.pattern=full"),
        (["attention.pattern=s2", "attention.group=128"],
         "attention.group 128 is at least twice the longest curriculum window 64: every "
         "window fits in half a group (full attention); set it below 128 (LongLoRA: window "
         "/ 4), or attention.pattern=full"),
        (["seed=-1"], "seed must be in [0, 2**32 - 1] (numpy's range), got -1"),
        (["seed=4294967296"], "seed must be in [0, 2**32 - 1] (numpy's range), got 4294967296"),
        (["optim.betas=[1.5, 0.999]"],
         "optim.betas must each be in [0, 1) (AdamW; usual: [0.9, 0.999]), got [1.5, 0.999]"),
    ],
)  # fmt: skip
def test_sparse_pattern_is_sparse_seed_and_betas_in_range(settings, message):
    """Clauses sparse_pattern_is_sparse (a sliding window of 1000 or an s2 group of 1000
    on windows of 64 trained the same losses as full attention) and
    seed_and_betas_in_range (numpy's and AdamW's tracebacks)."""
    with pytest.raises(ValueError) as error:
        load_config(None, [CURRICULUM, *settings])
    assert str(error.value) == message
    for fits in (
        ["attention.pattern=sliding", "attention.window=63", "attention.global_tokens=0"],
        ["attention.pattern=sliding", "attention.window=16", "attention.global_tokens=47"],
        ["attention.pattern=s2", "attention.group=126"],
        ["attention.window=1000", "attention.group=1000"],  # pattern full: unused
        ["seed=4294967295", "optim.betas=[0.0, 0.999]"],
    ):
        assert load_config(None, [CURRICULUM, *fits]).windows == [32, 64]


def test_a_sparse_span_past_every_window_trains_full_attention(tiny_dataset, tiny_model, tmp_path):
    """What sparse_pattern_is_sparse refuses, measured: on windows 32 and 64 a sliding
    window of 64 (the config check lifted) gives the losses of full attention."""
    from tests.training.conftest import TINY, train_recipe
    from training.plots import read_metrics

    config = tmp_path / "tiny.yaml"
    config.write_text(TINY)
    losses = {}
    for name, sets in (
        ("full", []),
        ("sliding", ["attention.pattern=sliding", "attention.window=64"]),
    ):
        run = tmp_path / name
        args = [x for s in sets for x in ("--set", s)] + ["--max-steps", "4"]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("training.config_checks.check_values", lambda config: None)
            assert train_recipe(tiny_dataset, tiny_model, run, str(config), *args) == 0
        losses[name] = [
            r["loss"] for r in read_metrics(str(run / "metrics.jsonl")) if r["kind"] == "train"
        ]
    assert losses["sliding"] == losses["full"]


def test_grad_norm_finite_older_torch(monkeypatch):
    """Clause grad_norm_finite_older_torch: with clipping off, the norm on a torch
    without ``get_total_norm`` (< 2.6, pyproject allows >= 2.4) is the same number and
    leaves the gradients exactly as they were (it was an AttributeError)."""
    from training import distributed

    def params():
        a, b = torch.nn.Parameter(torch.zeros(2)), torch.nn.Parameter(torch.zeros(3))
        a.grad, b.grad = torch.tensor([3.0, 4.0]), torch.tensor([0.125, -2.5, 7.0])
        return [a, b, torch.nn.Parameter(torch.zeros(1))]  # the last one has no grad

    new = params()
    norm_new = distributed.clip_grad_norm(new, 0.0)
    monkeypatch.delattr(torch.nn.utils, "get_total_norm", raising=False)
    old = params()
    norm_old = distributed.clip_grad_norm(old, 0.0)
    assert float(norm_old) == float(norm_new) == pytest.approx(8.959108, abs=1e-5)
    assert [p.grad.tolist() for p in old[:2]] == [[3.0, 4.0], [0.125, -2.5, 7.0]]
    assert old[2].grad is None


@pytest.mark.parametrize("window, global_tokens", [(16, 48), (40, 24), (1, 63)])
def test_sparse_pattern_is_sparse_global_tokens(window, global_tokens):
    """Clause sparse_pattern_is_sparse_global_tokens: a sliding window plus its global
    tokens that reach the longest window (64) is exactly full attention's mask (window
    63 with the default 64 global tokens was accepted as sparse); one token less is not."""
    from training.attention import pattern_mask
    from training.config import AttentionSettings

    def mask(w, n):
        return pattern_mask(AttentionSettings("sliding", window=w, global_tokens=n), None, 2, 64)

    full = pattern_mask(AttentionSettings("full"), None, 2, 64)
    assert torch.equal(mask(window, global_tokens), full)
    assert not torch.equal(mask(window, global_tokens - 1), full)
    sets = ["attention.pattern=sliding", f"attention.window={window}"]
    with pytest.raises(ValueError) as error:
        load_config(None, [CURRICULUM, *sets, f"attention.global_tokens={global_tokens}"])
    assert str(error.value) == (
        f"attention.window {window} + attention.global_tokens {global_tokens} reach the "
        "longest curriculum window 64: every token would see all those before it (the "
        "window, or its document's first tokens: full attention); set their sum below 64, "
        "or attention.pattern=full"
    )
    fits = load_config(None, [CURRICULUM, *sets, f"attention.global_tokens={global_tokens - 1}"])
    assert fits.attention.global_tokens == global_tokens - 1
    with pytest.raises(ValueError, match="attention.window 63 . attention.global_tokens 64"):
        load_config(None, [CURRICULUM, "attention.pattern=sliding", "attention.window=63"])


def test_a_validation_that_scores_no_token_is_null_not_a_stop():
    """Clause val_loss_finite (review): a validation over rows that score no token is
    None (written null, no stop), never NaN, which val_loss_finite would stop on."""
    import contextlib

    from training.perplexity import validation_loss

    module = torch.nn.Linear(1, 1)
    assert validation_loss(module, [], 4, 1, 0, "cpu", contextlib.nullcontext) is None
