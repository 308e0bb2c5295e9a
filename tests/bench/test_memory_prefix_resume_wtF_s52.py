"""bench/memory_prefix.py ``--resume`` (session 52): a run cut by its timeout goes on where it
stopped, and the windows it then scores get the same random prefixes (so the same numbers) as
in one uninterrupted run; a saved file of other settings is refused. No model: the books' rows
and the loss are stand-ins (the loss depends on every input token, so a different random
prefix shows)."""

from __future__ import annotations

import json
import types

import memory_prefix as mp
import numpy as np
import pytest

SEPARATOR = (900, 901)


def _book(name, n=3000, m=16, window=64):
    rng = np.random.default_rng(len(name))
    doc = types.SimpleNamespace(
        doc_id=name,
        token_ids=rng.integers(0, 800, n).astype(np.int64),
        token_offsets=np.stack([np.arange(n), np.arange(1, n + 1)], axis=1),
    )
    config = types.SimpleNamespace(memory_separator_ids=SEPARATOR)
    ends = np.arange(10, n + 1, 10)
    spans = np.stack([ends - 10, ends], axis=1)
    rows = []
    for start in range(500, n - window, window):
        ids = np.concatenate([rng.integers(0, 800, m), doc.token_ids[start : start + window]])
        labels = np.concatenate([np.full(m, -100), ids[m:]])
        rows.append({"memory_length": m, "token_start": start, "input_ids": ids, "labels": labels})
    return doc, config, rows, spans


@pytest.fixture
def fake(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "en" / name).write_text("x")
    monkeypatch.setattr(mp, "DATA", str(tmp_path))
    monkeypatch.setitem(mp.LANGUAGES, "en", "en/*.txt")
    monkeypatch.setattr(mp, "build_rows", lambda path, tok, args: _book(path[-5:]))
    calls = []

    def loss(model, ids, labels):
        calls.append(len(ids))
        scored = int((labels[1:] != -100).sum())
        return np.full(scored, float(ids.sum() % 997) / 997 + len(ids) / 1000)

    monkeypatch.setattr(mp, "scored_losses", loss)
    return calls


def _args(path, n=6, seed=7, window=64):
    return types.SimpleNamespace(
        books=0, per_language=n, seed=seed, also=[], memory_source="key-recent", json=path,
        window=window, memory_tokens=16, retrieval_unit="sentence", model="m",
    )  # fmt: skip


def test_a_resumed_run_scores_only_the_rest_and_gives_the_same_numbers(fake, tmp_path):
    whole = mp.run_language("en", None, None, _args(None))
    assert whole["windows"] == 6 and len(fake) == 6 * 3  # key-recent, none, random
    fake.clear()
    cut = whole["per_window"][:2]  # a run stopped after two windows
    resumed = mp.run_language("en", None, None, _args(None), done=cut)
    assert len(fake) == 4 * 3  # the first two are not scored again
    assert resumed["per_window"] == whole["per_window"]
    assert resumed["gains"] == whole["gains"]


def test_resume_reads_the_saved_windows_and_refuses_other_settings(fake, tmp_path):
    path = str(tmp_path / "en.json")
    summary = mp.run_language("en", None, None, _args(path, n=2))
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"args": vars(_args(path, n=2)), "summary": {"en": summary}}, f)
    # More windows asked of the same settings: the saved two are kept.
    assert mp.saved_summaries(_args(path, n=6))["en"]["per_window"] == summary["per_window"]
    assert mp.saved_summaries(_args(str(tmp_path / "none.json"))) == {}
    for other in (_args(path, seed=8), _args(path, window=128)):
        with pytest.raises(SystemExit, match="other settings"):
            mp.saved_summaries(other)
    # A saved window that is not the one the seed draws is refused too.
    wrong = [{**summary["per_window"][0], "token_start": -1}]
    with pytest.raises(SystemExit, match="window 1 differs"):
        mp.run_language("en", None, None, _args(None), done=wrong)
