"""``longctx inspect``: the summary, following a document, the length plot."""

from __future__ import annotations

import json

from pipeline.inspection import follow_document, main
from pipeline.plots import plot_lengths
from pipeline.reading import documents

from .conftest import read


def test_fixture_exercises_memory_context_and_packing(dataset):
    manifest = json.loads((dataset / "manifest.json").read_text())
    rows = [r for s in manifest["shards"] for r in read(dataset / s["path"]).to_pylist()]
    assert any(r["memory_length"] > 0 for r in rows)
    assert any(len(r["pieces"]) > 1 for r in rows)
    assert any(r["chunk_index"] > 0 for r in rows)
    assert manifest["documents"]["rejected"] == 1


def test_summary_and_sample_chunk(dataset, capsys):
    assert main([str(dataset)]) == 0
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
    records = documents(str(dataset)).to_pylist()
    longest = max(records, key=lambda d: d["num_tokens"])
    assert main([str(dataset), "--doc", longest["doc_id"]]) == 0
    out = capsys.readouterr().out
    n = longest["num_tokens"]
    assert f"{n} tokens" in out
    assert out.count(f"scored {n - 1} of {n - 1} tokens after the first (exactly once)") == 2
    assert "[[scored from]]" in out
    assert "not found" in follow_document(str(dataset), "no-such-doc")


def test_plot_lengths_writes_a_png(dataset, tmp_path):
    path = tmp_path / "lengths.png"
    plot_lengths(str(dataset), str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert (dataset / "lengths.png").exists()  # the build writes it next to the manifest
