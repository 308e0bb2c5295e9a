"""bench/memory_prefix.py: the random control and the paired statistics.

The model runs are measurements (docs/QUALITY.md); what is tested here is what
decides their numbers without a model: the random prefix has exactly the length of
the prefix it controls for and uses only earlier text, every prefix is compared
with its own control, and saved runs pool into the same statistics.
"""

from __future__ import annotations

import json
import types

import memory_prefix as mp
import numpy as np
import pytest

SEPARATOR = (900, 901)


def _doc_and_spans(n_sentences=40, seed=0):
    rng = np.random.default_rng(seed)
    sizes = rng.integers(3, 30, n_sentences)
    ends = np.cumsum(sizes)
    spans = np.stack([ends - sizes, ends], axis=1)
    n = int(ends[-1])
    offsets = np.stack([np.arange(n), np.arange(1, n + 1)], axis=1)  # one character a token
    doc = types.SimpleNamespace(token_ids=np.arange(n, dtype=np.int64), token_offsets=offsets)
    return doc, spans


@pytest.mark.parametrize("length", [2, 3, 17, 64, 128])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_prefix_has_the_exact_length_and_only_earlier_text(length, seed):
    doc, spans = _doc_and_spans(seed=seed)
    before = int(spans[25, 1])
    prefix = mp.random_prefix(doc, spans, before, length, SEPARATOR, np.random.default_rng(seed))
    assert len(prefix) == length
    assert tuple(prefix[-2:]) == SEPARATOR
    body = prefix[:-2]
    assert np.all(body < before)  # token ids are positions here
    # whole sentences in document order (only the last may be cut)
    starts = set(spans[:, 0].tolist())
    if len(body):
        assert body[0] in starts
        assert np.all(np.diff(body) > 0)


def test_random_prefix_of_an_empty_prefix_is_empty_and_short_text_is_refused():
    doc, spans = _doc_and_spans()
    rng = np.random.default_rng(0)
    assert len(mp.random_prefix(doc, spans, int(spans[5, 1]), 0, SEPARATOR, rng)) == 0
    with pytest.raises(ValueError, match="not enough earlier text"):
        mp.random_prefix(doc, spans, int(spans[0, 1]), 500, SEPARATOR, rng)


def _windows(gain_none, gain_random, key_better, n=6, doc="a.txt"):
    """Per-window records as run_language writes them: retrieved built, key --also."""
    rng = np.random.default_rng(len(doc))
    out = []
    for i in range(n):
        base = 3.0 + rng.normal(0, 0.1)
        loss = {
            "retrieved": base,
            "none": base + gain_none,
            "random": base + gain_random,
            "key": base - key_better,
            "random-key": base - key_better + gain_random,
        }
        out.append(
            {
                "doc_id": doc,
                "token_start": 100 * i,
                "memory_length": 120,
                "prefix_lengths": {"retrieved": 120, "random": 120, "key": 110, "random-key": 110},
                "scored": 100,
                **{f"{k}_mean": v for k, v in loss.items()},
                **{f"{k}_early": v + 0.5 for k, v in loss.items()},
                **{f"{k}_sum": 100 * v for k, v in loss.items()},
            }
        )
    return out


def test_summarize_compares_every_prefix_with_none_and_its_own_random_control():
    s = mp.summarize(_windows(0.05, 0.02, 0.01), "retrieved", ["key"])
    gains = {k: round(v["all"]["mean"], 6) for k, v in s["gains"].items()}
    assert gains == {
        "retrieved vs none": 0.05,
        "key vs none": 0.06,
        "retrieved vs random": 0.02,
        "key vs random-key": 0.02,
        "retrieved vs key": -0.01,
    }
    g = s["gains"]["retrieved vs none"]["all"]
    assert g["se"] == pytest.approx(0, abs=1e-9)
    assert g["ci95"] == pytest.approx([0.05, 0.05])
    assert s["mean_prefix_tokens"]["random-key"] == 110
    assert s["gains"]["key vs none"]["token_weighted"] == pytest.approx(0.06)


def test_saved_runs_pool_per_language_and_refuse_other_settings(tmp_path, capsys):
    args = {
        "window": 512,
        "memory_tokens": 128,
        "memory_source": "retrieved",
        "retrieval_unit": "sentence",
        "also": ["key"],
        "model": "m",
        "seed": 1234,
    }
    paths = []
    for lang, gain in (("en", 0.05), ("zh", -0.03)):
        windows = _windows(gain, 0.0, 0.0, n=4, doc=f"{lang}.txt")
        summary = {lang: mp.summarize(windows, "retrieved", ["key"])}
        paths.append(tmp_path / f"{lang}.json")
        paths[-1].write_text(json.dumps({"args": args, "summary": summary}))
    assert mp.report_saved([str(p) for p in paths]) == 0
    out = capsys.readouterr().out
    assert "| en | retrieved | none | +0.0500 ± 0.0000" in out
    assert "| zh | retrieved | none | -0.0300 ± 0.0000" in out
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"args": {**args, "window": 1024}, "summary": {}}))
    assert mp.report_saved([str(paths[0]), str(other)]) == 2
    assert mp.main(["--report", str(paths[0]), str(paths[0])]) == 0
    assert "| en | 8 (1) |" in capsys.readouterr().out


def test_key_recent_takes_the_key_sentences_closest_before_the_window():
    """``--also key-recent``: the same key sentences as ``key``, chosen by their
    closeness to the window instead of their score, within the same budget."""
    import schemas
    from transforms.chunking import ChunkConfig

    n = 400
    sentences = np.asarray([[i * 20, i * 20 + 19] for i in range(n // 20)], dtype=np.int32)
    structure = schemas.TextStructure(
        sections=[schemas.Section(0, n, "Only", 1)],
        topic_segments=np.array([[0, n]], np.int32),
        paragraphs=np.array([[0, n]], np.int32),
        sentences=sentences,
        key_sentences=np.asarray([1, 4, 9, 12, 15], np.int32),
        key_scores=np.asarray([0.9, 0.8, 0.3, 0.2, 0.1], np.float32),  # the oldest highest
    )
    doc = schemas.TokenizedDocument(  # one token per character: token ids are positions
        "d",
        "test",
        "validation",
        "x" * n,
        structure,
        np.arange(n, dtype=np.int32),
        np.stack([np.arange(n), np.arange(1, n + 1)], axis=1).astype(np.int32),
    )
    config = ChunkConfig(windows=(128,), memory_separator_ids=SEPARATOR, memory_tokens=40)
    make = mp.other_prefixes(doc, config, ["key", "key-recent"])
    row = {"token_start": 300}  # key sentence 15 (300-319) is not before the window
    key, recent = make["key"](row), make["key-recent"](row)
    assert tuple(key[-2:]) == tuple(recent[-2:]) == SEPARATOR
    # Two sentences apart in a text without spaces: the separator between them (clause
    # memory_parts_separated, session 43 second pass; 38 + 2 tokens fit the budget 40).
    assert key[:-2].tolist() == [*range(20, 39), *SEPARATOR, *range(80, 99)]  # 0.9 and 0.8
    assert recent[:-2].tolist() == [*range(180, 199), *SEPARATOR, *range(240, 259)]  # 9, 12


def test_preceding_is_the_budget_of_tokens_right_before_the_window():
    """``--also preceding``: not a memory but a longer context, the control that asks
    whether a prefix beats reading ``memory_tokens`` further back."""
    n = 400
    doc = types.SimpleNamespace(token_ids=np.arange(n, dtype=np.int64))
    config = types.SimpleNamespace(memory_separator_ids=SEPARATOR, memory_tokens=40)
    make = mp.other_prefixes(doc, config, ["preceding"])["preceding"]
    assert make({"token_start": 300}).tolist() == [*range(260, 300), *SEPARATOR]
    assert make({"token_start": 10}).tolist() == [*range(10), *SEPARATOR]  # document start
