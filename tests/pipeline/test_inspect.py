"""``longctx inspect`` on a dataset built by the real pipeline, then broken on purpose."""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil

import numpy as np
import pyarrow as pa
import pytest

import schemas
from pipeline import inspect
from pipeline.build import run
from pipeline.shards import schema_with_features, table_to_stream_bytes
from tests.conftest import TINY_CORPUS

# Words the session's tiny tokenizer was trained on.
WORDS = sorted(set(re.findall(r"[a-z]+", " ".join(TINY_CORPUS[:3]).lower())))


def _text(seed: int, paragraphs: int) -> str:
    rng = random.Random(seed)
    parts = [f"CHAPTER {seed}"]
    for _ in range(paragraphs):
        sentences = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize() + "."
            for _ in range(rng.randint(2, 5))
        ]
        parts.append(" ".join(sentences))
    return "\n\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, tiny_tokenizer_path):
    inputs = tmp_path_factory.mktemp("inspect_in")
    lines = [json.dumps({"id": f"short-{i}", "text": _text(i, 1)}) for i in range(8)]
    lines.append('{"id": "broken", ')  # one rejected input
    (inputs / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(4):
        (inputs / f"book{i}.txt").write_text(_text(100 + i, 12), encoding="utf-8")
    out = tmp_path_factory.mktemp("inspect_out") / "ds"
    run(
        [
            "--input", str(inputs),
            "--output", str(out),
            "--tokenizer", tiny_tokenizer_path,
            "--windows", "64,256",
            "--memory-tokens", "40",
            "--validation-fraction", "0.4",
        ]
    )  # fmt: skip
    return out


@pytest.fixture
def copy(dataset, tmp_path):
    target = tmp_path / "ds"
    shutil.copytree(dataset, target)
    return target


def _read(path) -> pa.Table:
    return inspect.read_arrow(path.read_bytes())


def _rewrite_shard(out, entry: dict, rows: list[dict]) -> None:
    """Write rows back into a shard and give the manifest its new hash, so that only
    the invariant checks (not the hash check) can notice the change."""
    schema = schema_with_features(schemas.CHUNK_SCHEMA, schemas.CHUNK_FEATURES)
    data = table_to_stream_bytes(pa.Table.from_pylist(rows, schema=schema))
    (out / entry["path"]).write_bytes(data)
    manifest = json.loads((out / "manifest.json").read_text())
    for shard in manifest["shards"]:
        if shard["path"] == entry["path"]:
            shard["sha256"] = hashlib.sha256(data).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))


def _shard_with(out, predicate) -> tuple[dict, list[dict], int]:
    manifest = json.loads((out / "manifest.json").read_text())
    for entry in manifest["shards"]:
        rows = _read(out / entry["path"]).to_pylist()
        for i, row in enumerate(rows):
            if predicate(row):
                return entry, rows, i
    raise AssertionError("fixture has no row of the wanted kind")


def _checks(failures: list[str]) -> set[str]:
    return {f.split(":", 1)[0] for f in failures}


# --------------------------------------------------------------------------
def test_verify_passes_on_a_built_dataset(dataset, capsys):
    assert inspect.verify(str(dataset)) == []
    assert inspect.main([str(dataset), "--verify"]) == 0
    assert "verify: OK" in capsys.readouterr().out


def test_fixture_exercises_memory_context_and_packing(dataset):
    manifest = json.loads((dataset / "manifest.json").read_text())
    rows = [r for s in manifest["shards"] for r in _read(dataset / s["path"]).to_pylist()]
    assert any(r["memory_length"] > 0 for r in rows)
    assert any(len(r["pieces"]) > 1 for r in rows)
    assert any(r["chunk_index"] > 0 for r in rows)
    assert manifest["documents"]["rejected"] == 1


def test_verify_fails_on_altered_shard_bytes(copy, capsys):
    manifest = json.loads((copy / "manifest.json").read_text())
    path = copy / manifest["shards"][0]["path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    failures = inspect.verify(str(copy))
    assert any(f.startswith("hashes:") and manifest["shards"][0]["path"] in f for f in failures)
    assert inspect.main([str(copy), "--verify"]) == 1
    out = capsys.readouterr().out
    assert "FAIL hashes" in out and "verify: FAILED" in out


def test_verify_fails_when_a_context_token_is_scored_twice(copy):
    def has_context(row):
        labels = np.array(row["labels"])
        return (
            row["chunk_index"] > 0
            and len(row["pieces"]) == 1
            and (labels[row["memory_length"] + 1 :] == schemas.IGNORE_INDEX).any()
        )

    entry, rows, i = _shard_with(copy, has_context)
    row = rows[i]
    labels = np.array(row["labels"])
    t = row["memory_length"] + 1 + int(np.argmax(labels[row["memory_length"] + 1 :] == -100))
    labels[t] = row["input_ids"][t]
    row["labels"] = labels.tolist()
    row["num_scored"] += 1
    _rewrite_shard(copy, entry, rows)
    failures = inspect.verify(str(copy))
    assert "exactly-once" in _checks(failures)
    assert "hashes" not in _checks(failures)
    assert any(f"doc {row['doc_id']} window {row['window']}" in f for f in failures)


def test_verify_fails_when_positions_do_not_restart_at_a_piece(copy):
    entry, rows, i = _shard_with(copy, lambda r: len(r["pieces"]) > 1)
    row = rows[i]
    second = row["pieces"][1]["offset"]
    row["position_ids"][second] = row["position_ids"][second - 1] + 1
    _rewrite_shard(copy, entry, rows)
    failures = inspect.verify(str(copy))
    assert _checks(failures) == {"positions"}, failures


def test_verify_fails_on_a_row_longer_than_its_window(copy):
    entry, rows, i = _shard_with(copy, lambda r: r["length"] == r["window"])
    row = rows[i]
    for name in ("input_ids", "labels", "position_ids"):
        row[name] = row[name] + [row[name][-1]]
    row["length"] += 1
    row["pieces"][-1]["length"] += 1
    _rewrite_shard(copy, entry, rows)
    assert "lengths" in _checks(inspect.verify(str(copy)))


def test_verify_fails_on_a_structure_offset_outside_its_row(copy):
    entry, rows, i = _shard_with(copy, lambda r: len(r["sentence_starts"]) > 0)
    rows[i]["sentence_starts"][-1] = rows[i]["length"]
    _rewrite_shard(copy, entry, rows)
    assert _checks(inspect.verify(str(copy))) == {"structure"}


def test_verify_fails_on_a_document_in_both_splits(copy):
    manifest = json.loads((copy / "manifest.json").read_text())
    train = next(s for s in manifest["shards"] if s["split"] == "train" and s["rows"])
    validation = next(
        s
        for s in manifest["shards"]
        if s["split"] == "validation" and s["window"] == train["window"] and s["rows"]
    )
    leaked = _read(copy / train["path"]).to_pylist()[0]
    rows = _read(copy / validation["path"]).to_pylist() + [leaked]
    _rewrite_shard(copy, validation, rows)
    failures = inspect.verify(str(copy))
    assert "splits" in _checks(failures)
    assert any(leaked["doc_id"] in f and "both" in f for f in failures)


def test_verify_fails_when_documents_do_not_reconcile(copy):
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["documents"]["in"] += 1
    (copy / "manifest.json").write_text(json.dumps(manifest))
    failures = inspect.verify(str(copy))
    assert failures == [
        f"documents: documents in {manifest['documents']['in']} != written "
        f"{manifest['documents']['written']} + rejected {manifest['documents']['rejected']}"
    ]


def test_verify_fails_on_an_unfinished_dataset(copy):
    (copy / inspect.COMPLETE_MARKER).unlink()
    assert _checks(inspect.verify(str(copy))) == {"layout"}


def test_summary_and_sample_chunk(dataset, capsys):
    assert inspect.main([str(dataset)]) == 0
    out = capsys.readouterr().out
    manifest = json.loads((dataset / "manifest.json").read_text())
    for split, buckets in manifest["splits"].items():
        for window, bucket in buckets.items():
            line = next(
                x for x in out.splitlines() if x.split()[:2] == [split, window]
            )  # split, window, docs, rows, tokens, scored, padding
            fields = line.split()
            assert [int(v) for v in fields[3:6]] == [
                bucket["rows"],
                bucket["tokens"],
                bucket["scored_tokens"],
            ]
            assert fields[6] == f"{bucket['padding_fraction']:.2%}"
    # The sample prefers a row with a memory prefix; the tiny tokenizer decodes it.
    assert "[[mem: " in out and "[[ctx: " in out
    assert "chapter" in out.lower()


def test_follow_document_accounts_for_every_token(dataset, capsys):
    documents = inspect._documents(str(dataset)).to_pylist()
    longest = max(documents, key=lambda d: d["num_tokens"])
    assert inspect.main([str(dataset), "--doc", longest["doc_id"]]) == 0
    out = capsys.readouterr().out
    n = longest["num_tokens"]
    assert f"{n} tokens" in out
    assert out.count(f"scored {n - 1} of {n - 1} tokens after the first (exactly once)") == 2
    assert "[[scored from]]" in out
    assert "not found" in inspect.follow_document(str(dataset), "no-such-doc")


def test_plot_lengths_writes_a_png(dataset, tmp_path):
    path = tmp_path / "lengths.png"
    inspect.plot_lengths(str(dataset), str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert (dataset / "lengths.png").exists()  # the build writes it next to the manifest


@pytest.mark.slow
def test_verify_passes_on_real_books_and_news(shared_data, tiny_tokenizer_path, tmp_path, capsys):
    """Real structure (CRLF books with chapters, news articles) through the real
    pipeline, memory prefix on: every invariant holds."""
    import os

    out = tmp_path / "real"
    run(
        [
            "--input", os.path.join(shared_data, "en_gutenberg", "pg1656.txt"),
            "--input", os.path.join(shared_data, "en_gutenberg", "pg1974.txt"),
            "--input", os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl"),
            "--text-field", "article",
            "--output", str(out),
            "--tokenizer", tiny_tokenizer_path,
            "--windows", "256,1024",
            "--memory-tokens", "64",
            "--validation-fraction", "0.1",
        ]
    )  # fmt: skip
    assert inspect.verify(str(out)) == []
    assert inspect.main([str(out), "--doc", "pg1974.txt"]) == 0
    assert capsys.readouterr().out.count("(exactly once)") == 2
