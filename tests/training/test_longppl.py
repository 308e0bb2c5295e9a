"""Key tokens and LongPPL (Fang et al. 2024): short-context windows, the key-token rule,
short-context losses against one forward per token, and `longctx eval` end to end."""

from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from transformers import AutoModelForCausalLM

from training import evaluate
from training.longppl import (
    KeyTokenSettings,
    LongPPL,
    document_keys,
    evaluator_length,
    key_token_mask,
    resolve_evaluator,
    short_context_windows,
    short_geometry,
    short_window_losses,
)
from training.perplexity import HeldOutDocument, TokenLosses, score_document

from .conftest import TINY_VOCAB


# --------------------------------------------------------------------------
# Pure
# --------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 300), k=st.integers(1, 40), d=st.integers(1, 40))
def test_each_late_token_gets_the_reference_short_context_once(n, k, d):
    """Token t >= K + d: scored once, with exactly K + (t - K) mod d tokens of context
    (the reference code's layout); earlier tokens: never (LSD 0 by definition)."""
    windows = short_context_windows(n, k, d)
    context = np.full(n, -1)
    for w in windows:
        assert 0 < w.begin < w.score_from < w.end <= n
        assert w.score_from - w.begin == k and w.end - w.begin <= k + d
        assert (context[w.score_from : w.end] == -1).all(), "a token scored twice"
        context[w.score_from : w.end] = np.arange(w.score_from, w.end) - w.begin
    t = np.arange(n)
    late = t >= k + d
    assert (context[~late] == -1).all()
    assert (context[late] == k + (t[late] - k) % d).all()


def test_short_geometry_keeps_the_paper_ratios():
    assert short_geometry(32768) == (4096, 1024)  # the paper's K and d at 32k
    assert short_geometry(4096) == (512, 128)
    assert short_geometry(4096, 1024) == (1024, 256)
    assert short_geometry(4096, 300, 50) == (300, 50)
    assert short_geometry(8) == (1, 1)
    with pytest.raises(ValueError, match="0: the paper's ratios"):
        KeyTokenSettings(short_context=-1)


@pytest.mark.parametrize(
    "long_loss,short_loss,has_short,key",
    [
        (0.5, 3.0, True, True),  # LSD 2.5 > 2, LCL -0.5 > -2
        (0.5, 2.5, True, False),  # LSD exactly 2: not above alpha
        (2.5, 5.0, True, False),  # LSD 2.5 but LCL -2.5 < -2: the model still misses it
        (1.9, 4.0, True, True),
        (0.5, 9.0, False, False),  # no shorter context: never key
        (0.5, float("nan"), False, False),
    ],
)
def test_key_token_rule(long_loss, short_loss, has_short, key):
    for lib in (np, torch):
        got = key_token_mask(
            lib.asarray([long_loss]) if lib is np else torch.tensor([long_loss]),
            lib.asarray([short_loss]) if lib is np else torch.tensor([short_loss]),
            lib.asarray([has_short]) if lib is np else torch.tensor([has_short]),
            2.0,
            -2.0,
        )
        assert bool(got[0]) is key


# --------------------------------------------------------------------------
# Model side: tiny random Llama
# --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def model(tiny_model):
    return AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32).eval()


@pytest.fixture(scope="module")
def doc():
    rng = np.random.default_rng(5)
    return HeldOutDocument("doc", rng.integers(1, TINY_VOCAB, size=90).astype(np.int64))


@torch.no_grad()
def _loss_from(model, ids: np.ndarray, begin: int, t: int) -> float:
    """Loss of token ``t`` from a forward over exactly ``ids[begin:t]``."""
    logits = model(input_ids=torch.as_tensor(ids[begin:t])[None]).logits[0, -1]
    return float(F.cross_entropy(logits[None].double(), torch.tensor([int(ids[t])])))


@pytest.mark.parametrize("batch_tokens", [1, 40, 10_000])  # one window per forward .. all
def test_short_window_losses_match_a_forward_per_token(model, doc, batch_tokens):
    k, d = 12, 5
    windows = short_context_windows(len(doc.token_ids), k, d)
    ids = torch.as_tensor(doc.token_ids)
    got = short_window_losses(model, [(ids, w) for w in windows], batch_tokens, chunk=7)
    assert len(got) == len(windows) and windows[-1].end - windows[-1].begin < k + d  # padded
    for w, losses in zip(windows, got, strict=True):
        reference = [
            _loss_from(model, doc.token_ids, w.begin, t) for t in range(w.score_from, w.end)
        ]
        np.testing.assert_allclose(losses.numpy(), reference, rtol=1e-5, atol=1e-5)


def test_document_keys_follow_the_definitions(model, doc):
    """Against a forward per token: LSD = short - long loss with the reference short
    context, LCL = -long loss; thresholds picked so both sides of each occur."""
    k, d, n = 12, 5, len(doc.token_ids)
    losses = TokenLosses(model, "cpu")
    long_loss, _ = score_document(losses, doc, n, n - 1)  # one window: full context
    t = np.arange(1, n)
    short = np.array(
        [
            _loss_from(model, doc.token_ids, i - (k + (i - k) % d), i) if i >= k + d else np.nan
            for i in t
        ]
    )
    lsd = short - long_loss

    def between(values):  # halfway between two neighbouring values: no float ties
        v = np.sort(values[~np.isnan(values)])
        return float(v[len(v) // 2 - 1] + v[len(v) // 2]) / 2

    alpha, beta = between(lsd), between(-long_loss)
    keys = document_keys(losses, doc, n, n - 1, k, d, KeyTokenSettings(k, d, alpha, beta), 64)
    assert (keys.has_short == (t >= k + d)).all()
    expected = (t >= k + d) & (lsd > alpha) & (-long_loss > beta)
    assert 0 < expected.sum() < (t >= k + d).sum()
    assert (keys.key == expected).all()


def test_longppl_scores_every_model_on_the_evaluators_tokens(model, tiny_model, doc):
    docs = [doc, HeldOutDocument("other", doc.token_ids[::-1].copy())]
    plan = LongPPL(KeyTokenSettings(12, 5, 0.0, -100.0), "base", docs, 64, 32, 256)
    with pytest.raises(RuntimeError, match="select"):
        plan.score(TokenLosses(model, "cpu"), [32, 64], {32: 16, 64: 32})
    plan.select(TokenLosses(model, "cpu"))
    other = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32).eval()
    with torch.no_grad():
        for p in other.parameters():
            p.add_(0.05 * torch.randn_like(p))
    for m in (model, other):
        losses = TokenLosses(m, "cpu")
        result = plan.score(losses, [32, 64], {32: 16, 64: 32})
        for row in result["by_length"]:
            expected = [
                score_document(losses, d, row["length"], row["length"] // 2)[0][
                    plan.keys[d.doc_id].key
                ]
                for d in docs
            ]
            flat = np.concatenate(expected)
            assert row["key_tokens"] == len(flat) == plan.summary()["key_tokens"] > 0
            assert row["longppl"] == pytest.approx(math.exp(flat.mean()))
        buckets = result["key_loss_by_position"]["buckets"]
        assert sum(b["tokens"] for b in buckets) == plan.summary()["key_tokens"]
    summary = plan.summary()
    assert (summary["short_context"], summary["short_stride"]) == (12, 5)
    assert summary["key_fraction"] == summary["key_tokens"] / summary["tokens_scored"]


def test_too_long_a_short_context_is_refused(doc):
    with pytest.raises(ValueError, match="lower --short-context"):
        LongPPL(KeyTokenSettings(60, 4), "base", [doc], 64, 32, 256)


def test_evaluator_resolution(tiny_model, tmp_path, tiny_tokenizer_path):
    import hashlib

    sha = hashlib.sha256(open(tiny_tokenizer_path, "rb").read()).hexdigest()
    evaluated = ["base", "adapter:run"]
    assert resolve_evaluator("base", evaluated, tiny_model, sha) == ("base", None)
    assert resolve_evaluator(tiny_model, evaluated, tiny_model, sha) == ("base", None)
    assert resolve_evaluator("adapter:run", evaluated, tiny_model, sha) == ("adapter:run", None)
    assert resolve_evaluator("base", ["adapter:run"], tiny_model, sha) == ("base", tiny_model)
    with pytest.raises(ValueError, match="neither an evaluated model"):
        resolve_evaluator("adapter:nope", evaluated, tiny_model, sha)
    other = tmp_path / "other"
    shutil.copytree(tiny_model, other)
    shutil.copy(tiny_tokenizer_path, other / "tokenizer.json")
    assert resolve_evaluator(str(other), evaluated, tiny_model, sha) == (
        "evaluator:other",
        str(other),
    )
    from tests.conftest import build_tiny_tokenizer

    build_tiny_tokenizer(str(other / "tokenizer.json"), vocab_size=300)
    with pytest.raises(ValueError, match="must share"):
        resolve_evaluator(str(other), evaluated, tiny_model, sha)


# --------------------------------------------------------------------------
# `longctx eval` end to end
# --------------------------------------------------------------------------
def _eval(out, tiny_model, tiny_dataset, tiny_tokenizer_path, *extra):
    return evaluate.main(
        [
            "--model", tiny_model, "--data", tiny_dataset, "--tokenizer", tiny_tokenizer_path,
            "--output", str(out), "--lengths", "16,32", "--passkey-lengths", "",
            "--no-progress", "--short-context", "6", "--short-stride", "3", *extra,
        ]
    )  # fmt: skip


def test_eval_reports_longppl_on_the_same_key_tokens(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path
):
    other = tmp_path / "copy"
    shutil.copytree(tiny_model, other)
    # Thresholds every token with a short context passes: 4 documents x (32 - 9) tokens.
    loose = ["--lsd-threshold", "-100", "--lcl-threshold", "-100"]
    rc = _eval(
        tmp_path / "a",
        tiny_model,
        tiny_dataset,
        tiny_tokenizer_path,
        "--merged",
        str(other),
        *loose,
    )
    assert rc == 0
    report = json.loads((tmp_path / "a" / "report.json").read_text())
    k = report["settings"]["longppl"]
    assert (k["evaluator"], k["short_context"], k["short_stride"]) == ("base", 6, 3)
    assert k["key_tokens"] == k["tokens_with_short_context"] == 4 * (32 - 9)
    assert k["tokens_scored"] == 4 * 31
    base, merged = report["models"]
    assert base["longppl"] == merged["longppl"]  # same weights, same tokens
    for m in (base, merged):
        assert [r["key_tokens"] for r in m["longppl"]["by_length"]] == [4 * 23, 4 * 23]
        assert all(r["longppl"] > 1 for r in m["longppl"]["by_length"])
    md = (tmp_path / "a" / "report.md").read_text()
    assert "## LongPPL: perplexity on key tokens" in md and "| base PPL | base LongPPL |" in md
    assert (tmp_path / "a" / "ppl.png").stat().st_size > 0

    # A separate evaluator (a copy of the base under another name) picks the same
    # tokens as the base; the paper's thresholds pick far fewer; --no-longppl none.
    rc = _eval(
        tmp_path / "b", tiny_model, tiny_dataset, tiny_tokenizer_path,
        "--no-base", "--merged", str(other), "--key-evaluator", tiny_model, *loose,
    )  # fmt: skip
    assert rc == 0
    again = json.loads((tmp_path / "b" / "report.json").read_text())
    assert again["settings"]["longppl"]["key_tokens"] == k["key_tokens"]
    assert again["models"][0]["longppl"] == merged["longppl"]
    assert _eval(tmp_path / "c", tiny_model, tiny_dataset, tiny_tokenizer_path) == 0
    strict = json.loads((tmp_path / "c" / "report.json").read_text())["settings"]["longppl"]
    assert strict["key_tokens"] < k["key_tokens"]
    assert _eval(tmp_path / "d", tiny_model, tiny_dataset, tiny_tokenizer_path, "--no-longppl") == 0
    none = json.loads((tmp_path / "d" / "report.json").read_text())
    assert none["settings"]["longppl"] is None and "longppl" not in none["models"][0]


def test_the_evaluator_chooses_key_tokens_within_its_own_positions(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path
):
    # A base with 16 positions evaluated at 16 and 32: its losses at 32 are past its
    # positions, so it chooses key tokens at 16 (the first GPU run chose them at 4x).
    short = tmp_path / "short-base"
    shutil.copytree(tiny_model, short)
    config = json.loads((short / "config.json").read_text())
    config["max_position_embeddings"] = 16
    (short / "config.json").write_text(json.dumps(config))
    assert _eval(tmp_path / "a", str(short), tiny_dataset, tiny_tokenizer_path) == 0
    report = json.loads((tmp_path / "a" / "report.json").read_text())
    assert report["settings"]["longppl"]["evaluator_length"] == 16
    model = report["models"][0]
    assert model["longppl"]["key_loss_by_position"]["length"] == 16
    assert [r["length"] for r in model["longppl"]["by_length"]] == [16, 32]
    # the full-length model chooses at its longest length, as before
    assert _eval(tmp_path / "b", tiny_model, tiny_dataset, tiny_tokenizer_path) == 0
    full = json.loads((tmp_path / "b" / "report.json").read_text())
    assert full["settings"]["longppl"]["evaluator_length"] == 32


@pytest.mark.parametrize(
    "lengths,context,expected",
    [([16, 32], 16, 16), ([4096, 8192, 16384, 32768], 8192, 8192), ([16, 32], 0, 32),
     ([16, 32], 100, 32), ([8, 64, 16], 20, 16)],
)  # fmt: skip
def test_evaluator_length_is_the_longest_within_its_positions(lengths, context, expected):
    assert evaluator_length(lengths, context) == expected


def test_an_evaluator_shorter_than_every_length_is_refused():
    with pytest.raises(ValueError, match="add a length <= 8"):
        evaluator_length([16, 32], 8)


@pytest.mark.parametrize(
    "flags,message",
    [
        (["--key-evaluator", "adapter:nope"], "neither an evaluated model"),
        (["--short-context", "30"], "lower --short-context"),  # 30 + 3 >= 32
    ],
)
def test_bad_longppl_flags_exit_2_with_one_line_before_any_model_loads(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, capsys, monkeypatch, flags, message
):
    def no_model(*_):
        raise AssertionError("a model was loaded before the flags were checked")

    monkeypatch.setattr(evaluate, "load_for_eval", no_model)
    assert _eval(tmp_path / "bad", tiny_model, tiny_dataset, tiny_tokenizer_path, *flags) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("longctx eval: error:") and message in err[0]
