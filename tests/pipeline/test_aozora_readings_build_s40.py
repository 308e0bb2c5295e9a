"""``--aozora-readings none`` through a real build (clause aozora_readings_none, session 40):
the flag reaches the clean stage inside the pipeline, the built text is ``clean_text``'s
with the rule, and the manifest's build config names the rule, so ``pipeline.existing`` and
a reader of the manifest tell such a build from a default one.

Data: tests/data/ja_aozora_katakana_word_bochi_s39.txt (久生十蘭「墓地展望亭」, 001224 46145)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from pipeline.build import build
from pipeline.existing import differences
from pipeline.inspection import summary
from transforms.aozora import READINGS_RULE
from transforms.boilerplate import RULES, BoilerplateConfig
from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text

from .conftest import read

DATA = Path(__file__).resolve().parents[1] / "data"
BOCHI = (DATA / "ja_aozora_katakana_word_bochi_s39.txt").read_text(encoding="utf-8")


def test_aozora_readings_none_through_the_build(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    line = json.dumps({"id": "bochi", "text": BOCHI}, ensure_ascii=False)
    (inputs / "docs.jsonl").write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    build([*args, "--windows", "64,256", "--validation-fraction", "0", "--keep-text"]
          + ["--aozora-readings", "none"])  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["config"]["clean"]["boilerplate"]["rules"] == [*RULES, READINGS_RULE]
    table = pa.concat_tables([read(out / e["path"]) for e in manifest["documents_shards"]])
    (text,) = [row["text"] for row in table.to_pylist()]
    none = CleanConfig(boilerplate=BoilerplateConfig(rules=RULES + (READINGS_RULE,)))
    assert text == clean_text(normalize_text(BOCHI), none).text
    assert "一風変った名の喫茶店がある。" in text and "（キャッフェ）" not in text
    # Review 40: a rerun with the other value is told from this build (pipeline.existing: not
    # reused), the same value is not; `longctx inspect` says the rule
    flags = ["--validation-fraction", "0", "--keep-text"]
    asked = (str(out), [str(inputs)], tiny_tokenizer_path, (64, 256))
    assert differences(*asked, [*flags, "--aozora-readings", "none"]) == []
    (found,) = differences(*asked, flags)
    assert found == ("clean.boilerplate.rules", [*RULES, READINGS_RULE], list(RULES))
    assert "cleaning: --aozora-readings none (opt-in rules)" in summary(str(out)).split("\n")
