"""Clause ``aozora_never_wrapped`` through a real build (session 34 review): the flag is
set by the boilerplate stage and read by the unwrap stage inside the pipeline's clean
step, so a built Aozora document keeps its lines as ``clean_text`` does, with and
without ``--keep-boilerplate``, while a hard-wrapped plain Japanese document in the same
build is still joined (the flag belongs to one document, never to the run)."""

from __future__ import annotations

import json
import textwrap

import pyarrow as pa
import pytest

from pipeline.build import build
from transforms.boilerplate import BoilerplateConfig
from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text

from .conftest import read

AOZORA = open("tests/data/ja_aozora_zenigata_jigoku.txt", encoding="utf-8").read()
# The same file's paragraphs without notation, hard-wrapped at 30 characters.
PARAGRAPHS = (
    "平次は一ぺんに仰天しました。江の島詣の一行が、暴風雨のために桟橋が落ちて島に閉じ籠められ、"
    "そのうちの一人、徳力屋千之助が、雨の止んだ深夜の海の凄まじい様子を見物すると言って宿を脱け出し、"
    "数百尺の大断崖から落ちて、湧き返る怒濤の中に押し流され、それっきり死骸も上がらなかったという"
    "事件は、当時神田日本橋かけての噂になったことを、平次はまざまざと記憶していたのです。",
    "漁師や村人に礼を言って、再び御用船の厄介になり、江戸へ帰ったのは半歳前。",
)
WRAPPED = "\n\n".join("\n".join(textwrap.wrap(p, 30)) for p in PARAGRAPHS) + "\n"
RAW = {"aozora": AOZORA, "wrapped": WRAPPED}


def _build(root, tokenizer, name, *extra):
    inputs = root / "in"
    inputs.mkdir(exist_ok=True)
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in RAW.items()]
    (inputs / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / name
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer]
    build(args + ["--windows", "64,256", "--validation-fraction", "0", "--keep-text", *extra])
    manifest = json.loads((out / "manifest.json").read_text())
    table = pa.concat_tables([read(out / e["path"]) for e in manifest["documents_shards"]])
    return {row["doc_id"]: row["text"] for row in table.to_pylist()}


@pytest.mark.parametrize("keep_boilerplate", [False, True], ids=["cut", "kept"])
def test_aozora_never_wrapped_survives_the_build(tmp_path, tiny_tokenizer_path, keep_boilerplate):
    extra = ("--keep-boilerplate",) if keep_boilerplate else ()
    texts = _build(tmp_path, tiny_tokenizer_path, "out", *extra)
    config = CleanConfig(boilerplate=BoilerplateConfig(enabled=not keep_boilerplate))
    for doc_id, raw in RAW.items():
        assert texts[doc_id] == clean_text(normalize_text(raw), config).text
    aozora = texts["aozora"]
    assert "記憶していたのです。\n「その千之助が" in aozora
    assert "ございましょう」\n「それから」" in aozora
    assert "半歳前。\n" in aozora
    assert texts["wrapped"].strip().split("\n\n") == list(PARAGRAPHS)
