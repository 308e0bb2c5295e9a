"""Fixtures for the trainer: a tiny dataset in the pipeline's exact layout, a tiny Llama.

The dataset follows the contract of ``schemas.dataset``: the typed manifest,
``{train,validation}/w{window}-*.arrow`` (Arrow IPC stream, ``schemas.CHUNK_SCHEMA``, one
window per shard), ``state.json`` / ``dataset_info.json`` / ``dataset_dict.json`` for
``datasets.load_from_disk``, and ``_COMPLETE`` last.
Tokens follow a noisy deterministic rule (``next = 3 * prev + 1 mod V`` 90% of the
time), so a model can learn something and losses move.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import numpy as np
import pyarrow as pa
import pytest

from schemas.dataset import (
    COMPLETE_MARKER,
    MANIFEST,
    DocumentCounts,
    Manifest,
    ShardEntry,
    TokenizerInfo,
    bucket_totals,
    chunk_shard_name,
    json_bytes,
    rows_counts,
)
from schemas.hf_features import features_of
from schemas.records import CHUNK_SCHEMA, IGNORE_INDEX
from training.modeling import build_tiny_llama

TINY_VOCAB = 400
TINY_POSITIONS = 256


def _tokens(rng: np.random.Generator, n: int, vocab: int) -> list[int]:
    out = [int(rng.integers(1, vocab))]
    for _ in range(n - 1):
        nxt = (3 * out[-1] + 1) % vocab if rng.random() < 0.9 else int(rng.integers(1, vocab))
        out.append(max(nxt, 1))
    return out


def make_row(rng: np.random.Generator, window: int, doc: int, vocab: int, packed: bool) -> dict:
    """One ChunkRow: a full window of one document, or 2-4 packed pieces (not padded)."""
    if packed:
        count = int(rng.integers(2, 5))
        cuts = sorted(rng.choice(np.arange(4, window - 4), size=count - 1, replace=False).tolist())
        lengths = np.diff([0, *cuts, int(rng.integers(window * 3 // 4, window + 1))]).tolist()
        lengths = [n for n in lengths if n > 0]
    else:
        lengths = [window]
    ids, labels, positions, pieces, offset = [], [], [], [], 0
    for k, n in enumerate(lengths):
        toks = _tokens(rng, n, vocab)
        ids += toks
        lab = list(toks)
        lab[0] = IGNORE_INDEX  # nothing in the piece predicts its first token
        if not packed and doc % 3 == 1:
            lab[: n // 4] = [IGNORE_INDEX] * (n // 4)  # overlap with the previous window
        labels += lab
        positions += list(range(n))
        pieces.append(
            {
                "doc_id": f"doc-{doc}-{k}",
                "chunk_index": 0,
                "offset": offset,
                "length": n,
                "token_start": 0,
                "token_end": n,
                "char_start": 0,
                "char_end": 4 * n,
            }
        )
        offset += n
    length = len(ids)
    return {
        "input_ids": ids,
        "labels": labels,
        "position_ids": positions,
        "doc_id": pieces[0]["doc_id"],
        "window": window,
        "length": length,
        "chunk_index": 0,
        "token_start": 0,
        "token_end": lengths[0],
        "char_start": 0,
        "char_end": 4 * lengths[0],
        "num_scored": sum(v != IGNORE_INDEX for v in labels),
        "memory_length": 0,
        "section_path": [],
        "sentence_starts": [0],
        "paragraph_starts": [0],
        "topic_starts": [0],
        "key_sentence_starts": [],
        "pieces": pieces,
    }


def _sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_tiny_dataset(
    out: str,
    windows=(32, 64),
    rows: dict | None = None,
    vocab: int = TINY_VOCAB,
    seed: int = 0,
    tokenizer_path: str = "",
    records: dict | None = None,
) -> str:
    """``records`` (``{split: {window: [ChunkRow dicts]}}``): write these rows instead
    of random ones."""
    if records:
        rows = {split: 0 for split in records}
        windows = tuple(sorted({w for by_window in records.values() for w in by_window}))
    rows = rows or {"train": 24, "validation": 6}
    rng = np.random.default_rng(seed)
    shards, doc = [], 0
    for split, count in rows.items():
        os.makedirs(os.path.join(out, split), exist_ok=True)
        files = []
        for window in windows:
            written = list(records[split].get(window, [])) if records else []
            for i in range(count):
                written.append(make_row(rng, window, doc, vocab, packed=i % 3 == 2))
                doc += 1
            name = chunk_shard_name(window, 0, 1)
            path = os.path.join(out, split, name)
            table = pa.Table.from_pylist(written, schema=CHUNK_SCHEMA)
            with pa.OSFile(path, "wb") as sink, pa.ipc.new_stream(sink, CHUNK_SCHEMA) as writer:
                writer.write_table(table)
            files.append({"filename": name})
            shards.append(
                ShardEntry(
                    path=f"{split}/{name}",
                    split=split,
                    window=window,
                    sha256=_sha256(path),
                    **rows_counts(written, window),
                )
            )
        state = {
            "_data_files": files,
            "_fingerprint": hashlib.sha256(f"{seed}-{split}".encode()).hexdigest()[:16],
            "_format_columns": None,
            "_format_kwargs": {},
            "_format_type": None,
            "_output_all_columns": False,
            "_split": split,
        }
        with open(os.path.join(out, split, "state.json"), "w") as f:
            json.dump(state, f)
        with open(os.path.join(out, split, "dataset_info.json"), "w") as f:
            json.dump({"features": features_of(CHUNK_SCHEMA)}, f)
    with open(os.path.join(out, "dataset_dict.json"), "w") as f:
        json.dump({"splits": list(rows)}, f)
    by_split = {split: count * len(windows) for split, count in rows.items()}
    manifest = Manifest(
        config={"windows": list(windows)},
        tokenizer=TokenizerInfo(path=tokenizer_path, sha256="", vocab_size=vocab, eos_id=0),
        versions={},
        documents=DocumentCounts(
            documents_in=doc, written=doc, rejected=0, by_split=by_split, rejected_by_stage={}
        ),
        splits={
            split: bucket_totals((s.window, vars(s)) for s in shards if s.split == split)
            for split in rows
        },
        shards=tuple(shards),
        documents_shards=(),
    )
    with open(os.path.join(out, MANIFEST), "wb") as f:
        f.write(json_bytes(manifest.to_dict()))
    open(os.path.join(out, COMPLETE_MARKER), "w").close()
    return out


@pytest.fixture(scope="session")
def tiny_dataset(tmp_path_factory) -> str:
    return write_tiny_dataset(str(tmp_path_factory.mktemp("data") / "tiny"))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> str:
    return build_tiny_llama(
        str(tmp_path_factory.mktemp("model") / "tiny-llama"), TINY_VOCAB, TINY_POSITIONS
    )


# The recipe tests' finished run, shared (read-only: tests that damage it copy it first)
# by tests/training/test_recipe.py and test_checkpoint_files.py, so it is trained once.
TINY = """
curriculum:
  - {window: 32, steps: 3}
  - {window: 64, tokens: 512}
tokens_per_step: 256
micro_batch_tokens: 128
peft: {r: 4, alpha: 8, dropout: 0.1}
optim: {lr: 1.0e-2, warmup_steps: 1}
eval_rows: 4
eval_every: 2
progress: false
"""


def train_recipe(data, model, out, config, *extra) -> int:
    from training import recipe

    return recipe.main(
        ["--data", data, "--model", model, "--output", str(out), "--config", config, *extra]
    )


@pytest.fixture(scope="session")
def tiny_config(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cfg") / "tiny.yaml"
    path.write_text(TINY)
    return str(path)


@pytest.fixture(scope="session")
def run_dir(tiny_dataset, tiny_model, tiny_config, tmp_path_factory) -> str:
    """TINY trained to the end: checkpoints after steps 3 and 5, the adapter."""
    out = tmp_path_factory.mktemp("runs") / "a"
    assert train_recipe(tiny_dataset, tiny_model, out, tiny_config) == 0
    return str(out)


@pytest.fixture
def run_copy(run_dir, tmp_path):
    """A copy of the finished ``run_dir`` (checkpoints after steps 3 and 5), no adapter."""
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    shutil.rmtree(copy / "adapter")
    return copy


def run_plain_snippet(tmp_path, monkeypatch) -> tuple[dict, str, str]:
    """Run the README's one-document-per-row snippet on a tiny dataset (windows 32 and
    64, the w64 bucket): its namespace, the dataset's folder and the plain folder."""
    import datasets

    from tests.conftest import readme_snippet

    data = write_tiny_dataset(str(tmp_path / "data"), windows=(32, 64))
    plain = str(tmp_path / "plain")
    code = readme_snippet("one-document-per-row")
    for old, new in (
        ("data/shakespeare-w4096-plain", plain),
        ("data/shakespeare", data),
        ("w4096", "w64"),
    ):
        assert old in code, f"the README snippet no longer mentions {old!r}"
        code = code.replace(old, new)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    namespace: dict = {}
    exec(compile(code, "README.md:one-document-per-row", "exec"), namespace)  # noqa: S102
    return namespace, data, plain
