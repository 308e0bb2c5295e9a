"""``longctx inspect --verify`` on a dataset built by the real pipeline, then broken on purpose."""

from __future__ import annotations

import json

import numpy as np
import pytest

import schemas
from pipeline.build import run
from pipeline.inspection import main
from pipeline.verify import verify
from schemas.dataset import COMPLETE_MARKER

from .conftest import checks, read, rewrite_shard, shard_with


def test_verify_fails_on_altered_shard_bytes(copy, capsys):
    manifest = json.loads((copy / "manifest.json").read_text())
    path = copy / manifest["shards"][0]["path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    failures = verify(str(copy))
    assert any(f.startswith("hashes:") and manifest["shards"][0]["path"] in f for f in failures)
    assert main([str(copy), "--verify"]) == 1
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

    entry, rows, i = shard_with(copy, has_context)
    row = rows[i]
    labels = np.array(row["labels"])
    t = row["memory_length"] + 1 + int(np.argmax(labels[row["memory_length"] + 1 :] == -100))
    labels[t] = row["input_ids"][t]
    row["labels"] = labels.tolist()
    row["num_scored"] += 1
    rewrite_shard(copy, entry, rows)
    failures = verify(str(copy))
    assert "exactly-once" in checks(failures)
    assert "hashes" not in checks(failures)
    assert any(f"doc {row['doc_id']} window {row['window']}" in f for f in failures)


def test_verify_fails_when_positions_do_not_restart_at_a_piece(copy):
    entry, rows, i = shard_with(copy, lambda r: len(r["pieces"]) > 1)
    row = rows[i]
    second = row["pieces"][1]["offset"]
    row["position_ids"][second] = row["position_ids"][second - 1] + 1
    rewrite_shard(copy, entry, rows)
    failures = verify(str(copy))
    assert checks(failures) == {"positions"}, failures


def test_verify_fails_on_a_row_longer_than_its_window(copy):
    entry, rows, i = shard_with(copy, lambda r: r["length"] == r["window"])
    row = rows[i]
    for name in ("input_ids", "labels", "position_ids"):
        row[name] = row[name] + [row[name][-1]]
    row["length"] += 1
    row["pieces"][-1]["length"] += 1
    rewrite_shard(copy, entry, rows)
    assert "lengths" in checks(verify(str(copy)))


def test_verify_fails_on_a_structure_offset_outside_its_row(copy):
    entry, rows, i = shard_with(copy, lambda r: len(r["sentence_starts"]) > 0)
    rows[i]["sentence_starts"][-1] = rows[i]["length"]
    rewrite_shard(copy, entry, rows)
    assert checks(verify(str(copy))) == {"structure"}


def test_verify_fails_on_a_document_in_both_splits(copy):
    manifest = json.loads((copy / "manifest.json").read_text())
    train = next(s for s in manifest["shards"] if s["split"] == "train" and s["rows"])
    validation = next(
        s
        for s in manifest["shards"]
        if s["split"] == "validation" and s["window"] == train["window"] and s["rows"]
    )
    leaked = read(copy / train["path"]).to_pylist()[0]
    rows = read(copy / validation["path"]).to_pylist() + [leaked]
    rewrite_shard(copy, validation, rows)
    failures = verify(str(copy))
    assert "splits" in checks(failures)
    assert any(leaked["doc_id"] in f and "both" in f for f in failures)


def test_verify_fails_when_documents_do_not_reconcile(copy):
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["documents"]["in"] += 1
    (copy / "manifest.json").write_text(json.dumps(manifest))
    failures = verify(str(copy))
    assert failures == [
        f"documents: documents in {manifest['documents']['in']} != written "
        f"{manifest['documents']['written']} + rejected {manifest['documents']['rejected']}"
    ]


def test_verify_fails_when_a_shard_name_does_not_carry_its_window(copy):
    """A shard renamed into another bucket's glob (train/w256-* holding window-64 rows):
    hashes and counts still agree, only the name check can notice."""
    assert verify(str(copy)) == []
    manifest = json.loads((copy / "manifest.json").read_text())
    entry = next(s for s in manifest["shards"] if s["split"] == "train" and s["window"] == 64)
    wrong = "train/w256-00009-of-00009.arrow"
    (copy / entry["path"]).rename(copy / wrong)
    state_path = copy / "train" / "state.json"
    state = json.loads(state_path.read_text())
    for f in state["_data_files"]:
        if f["filename"] == entry["path"].split("/", 1)[1]:
            f["filename"] = wrong.split("/", 1)[1]
    state_path.write_text(json.dumps(state))
    entry["path"] = wrong
    (copy / "manifest.json").write_text(json.dumps(manifest))
    failures = verify(str(copy))
    assert checks(failures) == {"layout"}, failures
    assert any(wrong in f and "w64-" in f for f in failures)


def test_verify_fails_on_an_unfinished_dataset(copy):
    (copy / COMPLETE_MARKER).unlink()
    assert checks(verify(str(copy))) == {"layout"}


NEWS_EVERY = 4  # 329 of the BBC dev file's 1,313 articles


@pytest.mark.slow
def test_verify_passes_on_real_books_and_news(shared_data, tiny_tokenizer_path, tmp_path, capsys):
    """Real structure (CRLF books with chapters, news articles) through the real
    pipeline, memory prefix on: every invariant holds. The news are every
    ``NEWS_EVERY``-th line of the BBC dev file, byte for byte (all three categories, a
    quarter of its 4.3 MB: the test checks invariants, not volume; session 53)."""
    import os

    out = tmp_path / "real"
    news = tmp_path / "bbc_news_summary.dev.jsonl"
    with open(os.path.join(shared_data, "sum_bbc_news", news.name), "rb") as whole:
        news.write_bytes(b"".join(whole.readlines()[::NEWS_EVERY]))
    run(
        [
            "--input", os.path.join(shared_data, "en_gutenberg", "pg1656.txt"),
            "--input", os.path.join(shared_data, "en_gutenberg", "pg1974.txt"),
            "--input", str(news),
            "--text-field", "article",
            "--output", str(out),
            "--tokenizer", tiny_tokenizer_path,
            "--windows", "256,1024",
            "--memory-tokens", "64",
            "--validation-fraction", "0.1",
        ]
    )  # fmt: skip
    assert verify(str(out)) == []
    assert main([str(out), "--doc", "pg1974.txt"]) == 0
    assert capsys.readouterr().out.count("(exactly once)") == 2


def _truncate_end(path, keep=0.9):
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


TAMPERED = {
    "chunk-shard-cut-at-the-end": (lambda m: m["shards"][0]["path"], _truncate_end, "shards"),
    "chunk-shard-cut-in-half": (
        lambda m: m["shards"][0]["path"],
        lambda p: _truncate_end(p, 0.5),
        "shards",
    ),
    "documents-shard-cut": (lambda m: m["documents_shards"][0]["path"], _truncate_end, "shards"),
    "chunk-shard-deleted": (lambda m: m["shards"][0]["path"], lambda p: p.unlink(), "shards"),
    "chunk-shard-emptied": (
        lambda m: m["shards"][0]["path"],
        lambda p: p.write_bytes(b""),
        "shards",
    ),
    "rejected-file-emptied": (
        lambda m: "rejected/rejected.jsonl",
        lambda p: p.write_text(""),
        "documents",
    ),
}


@pytest.mark.parametrize("damage", TAMPERED)
def test_a_damaged_file_is_a_fail_report_not_a_traceback(copy, capsys, damage):
    where, spoil, check = TAMPERED[damage]
    manifest = json.loads((copy / "manifest.json").read_text())
    spoil(copy / where(manifest))
    assert check in checks(verify(str(copy)))
    assert main([str(copy), "--verify"]) == 1
    captured = capsys.readouterr()
    assert "verify: FAILED" in captured.out and "Traceback" not in captured.err


def test_inspect_of_a_truncated_shard_is_one_line(copy, capsys):
    manifest = json.loads((copy / "manifest.json").read_text())
    _truncate_end(copy / manifest["shards"][0]["path"])
    assert main([str(copy)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not a readable Arrow shard" in err and "--verify" in err


def _ends_a_long_document(row) -> bool:
    """The last window of a document longer than the window: one piece, its EOS last."""
    (piece,) = row["pieces"]
    return piece["length"] > row["memory_length"] + piece["token_end"] - piece["token_start"]


def test_verify_fails_when_a_long_documents_eos_is_not_scored(copy):
    """Rule ``document_eos``: a long document's last window ends with its scored EOS;
    one left unscored is an exactly-once failure naming the document."""
    entry, rows, i = shard_with(copy, lambda r: len(r["pieces"]) == 1 and _ends_a_long_document(r))
    row = rows[i]
    manifest = json.loads((copy / "manifest.json").read_text())
    assert row["input_ids"][-1] == row["labels"][-1] == manifest["tokenizer"]["eos_id"]
    row["labels"][-1] = schemas.IGNORE_INDEX
    row["num_scored"] -= 1
    rewrite_shard(copy, entry, rows)
    failures = verify(str(copy))
    assert checks(failures) == {"exactly-once", "counts"}, failures  # the bucket totals too
    assert any(f"doc {row['doc_id']} window {row['window']}: its EOS is scored 0 times" in f
               for f in failures)  # fmt: skip


def test_verify_fails_on_an_eos_inside_a_document(copy):
    """A piece whose EOS follows a token other than the document's last."""
    entry, rows, i = shard_with(copy, lambda r: len(r["pieces"]) == 1 and _ends_a_long_document(r))
    row = rows[i]
    row["pieces"][0]["token_end"] -= 1
    row["token_end"] -= 1
    rewrite_shard(copy, entry, rows)
    failures = verify(str(copy))
    assert "exactly-once" in checks(failures)
    assert any("has an EOS after token" in f for f in failures), failures
