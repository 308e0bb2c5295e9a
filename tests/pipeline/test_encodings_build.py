"""A folder of novels in GBK and Big5 beside UTF-8 text goes through the whole build
with ``--encoding auto`` (the default): each document's codec is in OUT/documents and
counted in the manifest; ``--encoding utf-8`` rejects the same files with the option
that reads them (``transforms.legacy_encodings``)."""

from __future__ import annotations

import json

from pipeline.build import run
from pipeline.inspection import summary
from pipeline.reading import documents
from tests.transforms.test_legacy_encodings import EN, ZH, ZH_TW


def _inputs(root):
    root.mkdir()
    (root / "hongloumeng-gbk.txt").write_bytes((ZH * 6).encode("gbk"))
    (root / "hongloumeng-big5.txt").write_bytes((ZH_TW * 12).encode("big5"))
    (root / "timaeus.txt").write_text(EN * 10, encoding="utf-8")
    return root


def _build(tmp_path, tokenizer: str, *extra: str) -> tuple[dict, list[dict], list[dict]]:
    out = tmp_path / "out"
    inputs = tmp_path / "in" if (tmp_path / "in").exists() else _inputs(tmp_path / "in")
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer]
    manifest = run([*args, "--windows", "64", "--validation-fraction", "0", *extra]).to_dict()
    rows = documents(str(out)).select(["doc_id", "encoding", "num_chars"]).to_pylist()
    rejected_file = out / "rejected" / "rejected.jsonl"
    rejected = [json.loads(x) for x in rejected_file.read_text(encoding="utf-8").splitlines()]
    return manifest, rows, rejected


def test_gbk_and_big5_novels_are_built_and_their_encoding_counted(tmp_path, tiny_tokenizer_path):
    manifest, rows, rejected = _build(tmp_path, tiny_tokenizer_path)
    assert rejected == []
    assert {r["doc_id"]: r["encoding"] for r in rows} == {
        "hongloumeng-gbk.txt": "gb18030",
        "hongloumeng-big5.txt": "big5",
        "timaeus.txt": "utf-8",
    }
    assert manifest["documents"]["encodings"] == {"big5": 1, "gb18030": 1, "utf-8": 1}
    assert manifest["config"]["read"]["encoding"] == "auto"
    assert "encodings: big5 1, gb18030 1, utf-8 1" in summary(str(tmp_path / "out"))


def test_encoding_utf8_rejects_them_with_the_option_to_use(tmp_path, tiny_tokenizer_path):
    manifest, rows, rejected = _build(tmp_path, tiny_tokenizer_path, "--encoding", "utf-8")
    assert [r["doc_id"] for r in rows] == ["timaeus.txt"]
    assert manifest["documents"]["encodings"] == {"utf-8": 1}
    by_id = {r["doc_id"]: r for r in rejected}
    assert {i: r["reason"] for i, r in by_id.items()} == {
        "hongloumeng-gbk.txt": "invalid_utf8",
        "hongloumeng-big5.txt": "invalid_utf8",
    }
    assert "rerun with --encoding gb18030" in by_id["hongloumeng-gbk.txt"]["error"]
    assert "rerun with --encoding big5" in by_id["hongloumeng-big5.txt"]["error"]


def test_a_dataset_built_utf8_only_is_stale_where_auto_reads_more(tmp_path, tiny_tokenizer_path):
    """Clause utf8_only_build of rule stale_dataset: a dataset built before
    ``--encoding`` (its config has no ``read.encoding``) read UTF-8 only. ``make
    dataset`` now builds with ``auto``: the check skipped the missing setting and
    reused it, leaving out the GBK and Big5 novels ``auto`` reads. It is stale when
    it rejected files as invalid_utf8, reused when it did not or when the build asks
    ``--encoding utf-8`` again."""
    from pipeline import existing

    _build(tmp_path, tiny_tokenizer_path, "--encoding", "utf-8")
    out, inputs = tmp_path / "out", tmp_path / "in"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    del manifest["config"]["read"]["encoding"]  # as written before the option
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    flags = ["--validation-fraction", "0"]

    def found(*extra):
        return existing.differences(
            str(out), [str(inputs)], tiny_tokenizer_path, (64,), [*flags, *extra]
        )

    assert found() == [("read.encoding", "utf-8 (2 files rejected as invalid_utf8)", "auto")]
    assert found("--encoding", "gb18030") == [
        ("read.encoding", "utf-8 (2 files rejected as invalid_utf8)", "gb18030")
    ]
    assert found("--encoding", "utf-8") == []
    (out / "rejected" / "rejected.jsonl").write_text("", encoding="utf-8")  # nothing left out
    assert found() == []
