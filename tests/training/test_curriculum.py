"""Curriculum arithmetic and config validation: pure functions, tables and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from training.config import StageConfig, TrainConfig, load_config, parse_override, set_dotted
from training.curriculum import batch_geometry, lr_factor, plan_stages, stage_for_step, total_steps
from transforms.chunking import ChunkConfig


def _plans(*stages, tokens_per_step=2048, micro=1024, world=1):
    return plan_stages([StageConfig(**s) for s in stages], tokens_per_step, micro, world)


@pytest.mark.parametrize(
    "step, stage, inside",
    [(0, 0, 0), (2, 0, 2), (3, 1, 0), (4, 1, 1), (5, 2, 0), (14, 2, 9)],
)
def test_stage_for_step_table(step, stage, inside):
    plans = _plans(
        {"window": 512, "steps": 3}, {"window": 1024, "steps": 2}, {"window": 2048, "steps": 10}
    )
    plan, step_in_stage = stage_for_step(step, plans)
    assert (plan.index, step_in_stage) == (stage, inside)


@pytest.mark.parametrize("step", [-1, 15, 100])
def test_stage_for_step_outside_the_curriculum_raises(step):
    plans = _plans(
        {"window": 512, "steps": 3}, {"window": 1024, "steps": 2}, {"window": 2048, "steps": 10}
    )
    with pytest.raises(ValueError, match="outside the curriculum"):
        stage_for_step(step, plans)


def test_token_budget_becomes_steps_at_constant_tokens_per_step():
    plans = _plans({"window": 512, "tokens": 10_000}, {"window": 1024, "tokens": 4096})
    assert [p.rows_per_step for p in plans] == [4, 2]
    assert [p.tokens_per_step for p in plans] == [2048, 2048]
    assert [p.steps for p in plans] == [5, 2]  # ceil(10000 / 2048), 4096 / 2048
    assert [(p.micro_batch_size, p.grad_accum) for p in plans] == [(2, 2), (1, 2)]
    assert total_steps(plans) == 7 and plans[1].first_step == 5


@given(
    windows=st.lists(st.sampled_from([32, 64, 128, 512, 1024, 4096]), min_size=1, max_size=5),
    steps=st.lists(st.integers(1, 20), min_size=5, max_size=5),
    world=st.integers(1, 4),
)
def test_every_step_maps_to_exactly_one_stage_in_order(windows, steps, world):
    plans = _plans(
        *({"window": w, "steps": s} for w, s in zip(windows, steps, strict=False)), world=world
    )
    seen = [stage_for_step(step, plans) for step in range(total_steps(plans))]
    assert [p.index for p, _ in seen] == sorted(p.index for p, _ in seen)
    for plan in plans:
        inside = [i for p, i in seen if p.index == plan.index]
        assert inside == list(range(plan.steps))


@given(
    window=st.integers(1, 70_000),
    tokens=st.integers(1, 200_000),
    micro=st.integers(1, 70_000),
    world=st.integers(1, 8),
)
def test_batch_geometry_invariants(window, tokens, micro, world):
    rows, micro_bs, accum = batch_geometry(window, tokens, micro, world)
    per_rank = rows // world
    assert rows % world == 0 and rows >= max(1, tokens // window)
    assert rows - max(1, tokens // window) < world  # rounded up by less than one row per rank
    assert 1 <= micro_bs <= per_rank
    assert micro_bs * window <= max(
        micro, window
    )  # a micro-batch never exceeds its budget (or one row)
    assert micro_bs * (accum - 1) < per_rank <= micro_bs * accum


@given(total=st.integers(2, 500), warmup=st.integers(0, 50), floor=st.floats(0, 0.99))
def test_lr_warmup_then_cosine_to_the_floor(total, warmup, floor):
    factors = [lr_factor(s, total, warmup, "cosine", floor) for s in range(total)]
    assert all(0.0 < f <= 1.0 + 1e-9 for f in factors)
    assert all(f >= floor - 1e-9 for f in factors[warmup:])
    assert all(
        a <= b + 1e-12
        for a, b in zip(factors[: min(warmup, total)], factors[1:warmup], strict=False)
    )
    after = factors[warmup:]
    assert all(a >= b - 1e-12 for a, b in zip(after, after[1:], strict=False))  # monotone decay
    if after:
        assert after[0] == pytest.approx(1.0)
        assert after[-1] > floor  # the last step still learns
    if warmup < total:
        assert lr_factor(total, total, warmup, "cosine", floor) == pytest.approx(floor)


def test_lr_constant_and_table():
    assert [lr_factor(s, 10, 4, "constant", 0.1) for s in (0, 1, 3, 4, 9)] == [0.25, 0.5, 1, 1, 1]
    assert lr_factor(5, 10, 0, "cosine", 0.0) == pytest.approx(0.5)  # halfway
    assert lr_factor(5, 10, 0, "cosine", 0.2) == pytest.approx(0.6)
    assert lr_factor(6, 10, 2, "cosine", 0.0) == pytest.approx(0.5)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"curriculum": [{"window": 512}]}, "exactly one budget"),
        ({"curriculum": [{"window": 512, "steps": 2, "tokens": 9}]}, "exactly one budget"),
        ({"curriculum": [{"window": 512, "stepz": 2}]}, "unknown keys"),
        ({"curriculum": []}, "at least one stage"),
        ({"rope": {"type": "ntk"}}, "rope.type"),
        ({"rope": {"type": "linear"}}, "exactly one of rope.factor"),
        ({"rope": {"type": "linear", "factor": 0.5}}, "rope.factor must be >= 1"),
        ({"optim": {"schedule": "step"}}, "optim.schedule"),
        ({"peft": {"r": 0}}, "peft.r"),
        ({"dtype": "fp16"}, "dtype"),
        ({"keep_checkpoints": 0}, "keep_checkpoints"),
    ],
)
def test_config_errors_say_what_to_change(kwargs, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**kwargs)


def test_yaml_overrides_and_flags(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("curriculum:\n  - {window: 64, steps: 2}\noptim: {lr: 2e-4}\n")
    config = load_config(
        str(path),
        [
            "optim.warmup_steps=3",
            "rope.type=yarn",
            "rope.factor=2",
            "curriculum=[{window: 32, tokens: 100000}]",
        ],
        output="runs/x",
        max_steps=None,
    )
    assert config.optim.lr == 2e-4 and config.optim.warmup_steps == 3  # "2e-4" is a YAML string
    assert config.rope.type == "yarn" and config.rope.factor == 2.0
    assert config.curriculum == (StageConfig(32, tokens=100000),)
    assert config.output == "runs/x" and config.max_steps == 0
    assert TrainConfig(**config.to_dict()) == config  # the saved config.yaml reloads identically


def test_default_config_is_a_two_stage_curriculum():
    config = load_config()
    assert len(config.curriculum) >= 2 and config.windows == sorted(set(config.windows))
    # `make dataset && make train`: every stage reads a bucket the default build writes.
    assert set(config.windows) <= set(ChunkConfig().windows)


def test_override_parsing():
    assert parse_override("a.b=[1, 2]") == ("a.b", [1, 2])
    tree = {}
    set_dotted(tree, "peft.options.use_rslora", True)
    assert tree == {"peft": {"options": {"use_rslora": True}}}
    with pytest.raises(ValueError, match="key=value"):
        parse_override("novalue")


@pytest.mark.parametrize(
    "override, message",
    [
        ("tokens_per_step=abc", "tokens_per_step: expected a whole number, got 'abc'"),
        ("tokens_per_step=true", "tokens_per_step: expected a whole number, got True"),
        (
            "gradient_checkpointing='no'",
            "gradient_checkpointing: expected true or false without quotes",
        ),
        ("gradient_checkpointing=1", "gradient_checkpointing: expected true or false, got 1"),
        ("optim.lr=fast", "optim.lr: expected a number, got 'fast'"),
        ("optim.betas=[0.9]", "optim.betas: expected two numbers"),
        ("peft.target_modules=q_proj", "peft.target_modules: expected a list"),
        ("peft.target_modules=[1, 2]", "peft.target_modules: expected a list of names"),
        ("rope.factor=[2]", "rope.factor: expected a number"),
        ("curriculum=[{window: 512, steps: 2.5}]", "curriculum[0].steps: expected a whole number"),
        ("curriculum=[{window: 512, steps: 2}, {window: big, steps: 2}]", "curriculum[1].window"),
        ("curriculum=512", "curriculum: expected a list"),
        ("dtype=16", "dtype: expected text"),
    ],
)
def test_config_values_of_the_wrong_type_name_their_key(override, message):
    with pytest.raises(ValueError) as error:
        load_config(None, [override])
    assert message in str(error.value)
    assert not isinstance(error.value, TypeError)


def test_yaml_booleans_and_numbers_in_text_are_still_read():
    config = load_config(
        None, ["gradient_checkpointing=no", "optim.lr=2e-4", "rope.type=linear", "rope.factor=2"]
    )
    assert config.gradient_checkpointing is False and config.optim.lr == 2e-4


def test_flow_key_needs_space():
    """Clause flow_key_needs_space: `{window:512,steps:2}` typed without spaces (as a new
    user types the README's --set example) is YAML's single key 'window:512'; the error
    says to put a space after the colon."""
    key, value = parse_override("curriculum=[{window:512,steps:2}]")
    assert key == "curriculum" and value == [{"window:512": None, "steps:2": None}]
    with pytest.raises(ValueError, match=r"put a space after the colon, \{steps: 2\}"):
        TrainConfig(**{key: value})
    # a misspelt key gets no such hint
    with pytest.raises(ValueError, match=r"valid keys: \['steps', 'tokens', 'window'\]$"):
        TrainConfig(curriculum=[{"window": 512, "stepz": 2}])
