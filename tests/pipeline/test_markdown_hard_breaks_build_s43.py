"""Clause ``markdown_hard_breaks`` through a real build (review 43): the marks are read by
``normalize_document``, carried by the boilerplate stage and read by the unwrap stage inside
the pipeline's clean step, so a built ``.md`` file keeps jbts6's hard breaks (LEARNINGS.md's
lines, as the file holds them) in its documents row and its training rows, while the same
bytes in a ``.txt`` of the same build join as before (the marks belong to one source)."""

from __future__ import annotations

import json

import pyarrow as pa
from tokenizers import Tokenizer

from pipeline.build import build

from ..transforms.test_markdown_hard_breaks_s43 import LEARNINGS
from .conftest import read


def test_markdown_hard_breaks_survive_the_build(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "LEARNINGS.md").write_text(LEARNINGS, encoding="utf-8")
    (inputs / "LEARNINGS.txt").write_text(LEARNINGS, encoding="utf-8")
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    build(args + ["--windows", "64", "--validation-fraction", "0", "--keep-text"])
    manifest = json.loads((out / "manifest.json").read_text())
    docs = pa.concat_tables([read(out / e["path"]) for e in manifest["documents_shards"]])
    texts = {row["source"].rsplit(".", 1)[-1]: row["text"] for row in docs.to_pylist()}
    assert "≥3 字。\n物品尽量用具名" in texts["md"]
    assert "字角色。\n**现**" in texts["md"]
    assert "≥3 字。物品尽量用具名" in texts["txt"]
    # the training rows hold the kept break (the windows overlap: one of them spans it)
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    rows = [
        r
        for e in manifest["shards"]
        if e["split"] == "train" and e["rows"]
        for r in read(out / e["path"]).to_pylist()
    ]
    decoded = [tokenizer.decode(r["input_ids"]) for r in rows]
    assert any("字。\n物品" in d for d in decoded)
