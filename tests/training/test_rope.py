"""Context extension through ``config.rope_parameters``."""

from __future__ import annotations

import pytest
import torch

from training.config import RopeSettings
from training.modeling import ContextLengthError, apply_rope_scaling, check_context, load_model

from .conftest import TINY_POSITIONS, TINY_VOCAB


def _loss_at(model, length: int) -> float:
    ids = torch.randint(1, TINY_VOCAB, (1, length), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        return float(model(input_ids=ids, labels=ids, use_cache=False).loss)


@pytest.mark.parametrize(
    "rope",
    [
        RopeSettings("linear", factor=2.0),
        RopeSettings("dynamic", factor=2.0),
        RopeSettings("yarn", target_length=2 * TINY_POSITIONS),
    ],
    ids=lambda r: r.type,
)
def test_scaled_model_runs_at_twice_its_positions(tiny_model, rope):
    model, context = load_model(tiny_model, rope)
    assert context == 2 * TINY_POSITIONS
    params = model.config.rope_parameters
    assert params["rope_type"] == rope.type and params["factor"] == 2.0
    assert params["rope_theta"] == 10000.0  # kept, or the model would not build
    check_context(model.config, [2 * TINY_POSITIONS])
    loss = _loss_at(model.eval(), 2 * TINY_POSITIONS)
    assert loss == loss and 0 < loss < 20  # finite
    # Scaling changes the positions the model sees (not a no-op), except dynamic NTK,
    # which by design only rescales beyond the original length.
    plain, _ = load_model(tiny_model, RopeSettings())
    short = TINY_POSITIONS // 2
    same = abs(_loss_at(plain.eval(), short) - _loss_at(model, short)) < 1e-6
    assert same == (rope.type == "dynamic")


def test_without_scaling_a_longer_window_is_a_clear_error(tiny_model):
    model, context = load_model(tiny_model, RopeSettings())
    assert context == TINY_POSITIONS
    check_context(model.config, [TINY_POSITIONS])
    with pytest.raises(
        ContextLengthError, match=r"windows \[512\] exceed.*256 positions.*rope.type"
    ):
        check_context(model.config, [128, 2 * TINY_POSITIONS])


def test_target_length_sets_the_factor(tiny_model):
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(tiny_model)
    assert apply_rope_scaling(config, RopeSettings("linear", target_length=1024)) == 1024
    assert config.rope_parameters["factor"] == 4.0 and config.max_position_embeddings == 1024
