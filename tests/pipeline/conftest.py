"""A dataset built by the real pipeline for the inspector and verifier tests, and
helpers that break it on purpose."""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil

import pyarrow as pa
import pytest

from pipeline.build import run
from schemas.dataset import CHUNK_ARROW_SCHEMA, read_arrow, table_to_stream_bytes
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


@pytest.fixture(scope="session")
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


def read(path) -> pa.Table:
    return read_arrow(path.read_bytes())


def rewrite_shard(out, entry: dict, rows: list[dict]) -> None:
    """Write rows back into a shard and give the manifest its new hash, so that only
    the invariant checks (not the hash check) can notice the change."""
    data = table_to_stream_bytes(pa.Table.from_pylist(rows, schema=CHUNK_ARROW_SCHEMA))
    (out / entry["path"]).write_bytes(data)
    manifest = json.loads((out / "manifest.json").read_text())
    for shard in manifest["shards"]:
        if shard["path"] == entry["path"]:
            shard["sha256"] = hashlib.sha256(data).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))


def shard_with(out, predicate) -> tuple[dict, list[dict], int]:
    manifest = json.loads((out / "manifest.json").read_text())
    for entry in manifest["shards"]:
        rows = read(out / entry["path"]).to_pylist()
        for i, row in enumerate(rows):
            if predicate(row):
                return entry, rows, i
    raise AssertionError("fixture has no row of the wanted kind")


def checks(failures: list[str]) -> set[str]:
    return {f.split(":", 1)[0] for f in failures}
