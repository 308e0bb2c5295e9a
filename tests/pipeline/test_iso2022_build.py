"""Clause iso2022_escapes (transforms.iso2022) through the whole build: a Japanese text
file in ISO-2022-JP (ddskk's SKK tutorial, as Debian ships it) is valid UTF-8 and was
built as 'SKK $O Emacs $N$?$a$N9bB.'; now its Japanese is the document's text."""

from __future__ import annotations

from pipeline.build import run
from pipeline.reading import documents
from tests.transforms.test_legacy_encodings import EN
from tests.transforms.test_legacy_japanese_s25 import SKK_TUT


def test_iso2022_jp_file_is_built_as_japanese(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "SKK.tut.txt").write_bytes((SKK_TUT * 8).encode("iso2022_jp"))
    (inputs / "timaeus.txt").write_text(EN * 10, encoding="utf-8")
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest = run([*args, "--windows", "64", "--validation-fraction", "0", "--keep-text"])
    manifest = manifest.to_dict()
    rows = {r["doc_id"]: r for r in documents(str(out)).to_pylist()}
    assert rows["SKK.tut.txt"]["encoding"] == "iso-2022-jp"  # known_codec_names (session 44)
    assert manifest["documents"]["encodings"] == {"iso-2022-jp": 1, "utf-8": 1}
    text = rows["SKK.tut.txt"]["text"]
    assert "日本語入力システムです。" in text and "$O" not in text
