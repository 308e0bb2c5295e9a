"""What a build tells the user: a progress line while it runs (documents, tokens,
tokens/s) and Beam's counters in the summary, reconciled with the manifest."""

from __future__ import annotations

import io
import json
import time
from collections import Counter
from types import SimpleNamespace

import apache_beam as beam
import numpy as np

from pipeline import progress
from pipeline.build import _report
from tests.beam_local import local_pipeline


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def _write_worker(folder, name: str, documents: int, tokens: int) -> None:
    (folder / f"{name}.json").write_text(json.dumps({"documents": documents, "tokens": tokens}))


def test_read_progress_sums_the_workers_and_skips_partial_files(tmp_path):
    _write_worker(tmp_path, "1-a", 3, 300)
    _write_worker(tmp_path, "2-b", 4, 1000)
    (tmp_path / "3-c.json.tmp").write_text('{"documents": 99')  # being written
    (tmp_path / "4-d.json").write_text('{"documents": ')  # not JSON (never renamed so)
    assert progress.read_progress(str(tmp_path)) == (7, 1300)
    assert progress.read_progress(str(tmp_path / "gone")) == (0, 0)


def test_format_progress():
    line = progress.format_progress(1234, 2_500_000, 125.0)
    assert line == (
        "building: 1,234 documents tokenized, 2,500,000 tokens, 20,000 tokens/s, 2:05 elapsed"
    )


def test_progress_line_logs_plain_lines_when_not_a_terminal(tmp_path):
    stream = io.StringIO()
    _write_worker(tmp_path, "1-a", 5, 500)
    with progress.ProgressLine(str(tmp_path), stream=stream, interval=0.02):
        time.sleep(0.15)
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 2
    assert all(line.startswith("building: 5 documents tokenized, 500 tokens, ") for line in lines)


def test_progress_line_redraws_in_place_on_a_terminal_and_erases_itself(tmp_path):
    stream = _Terminal()
    _write_worker(tmp_path, "1-a", 2, 20)
    with progress.ProgressLine(str(tmp_path), stream=stream, interval=0.02):
        time.sleep(0.1)
        _write_worker(tmp_path, "1-a", 9, 90)
        time.sleep(0.1)
    text = stream.getvalue()
    assert "\n" not in text
    frames = text.split("\r")
    assert any("2 documents tokenized, 20 tokens" in f for f in frames)
    assert any("9 documents tokenized, 90 tokens" in f for f in frames)
    assert frames[-2].strip() == "" and frames[-1] == ""  # the line is wiped at the end


def test_count_progress_counts_every_document_into_the_folder(tmp_path):
    # Only token_ids is read (schemas.records.TokenizedDocument has more fields).
    docs = [SimpleNamespace(doc_id=f"d{i}", token_ids=np.arange(i + 1)) for i in range(20)]
    with local_pipeline() as p:
        _ = p | beam.Create(docs) | progress.CountProgress(str(tmp_path))
    assert progress.read_progress(str(tmp_path)) == (20, sum(range(1, 21)))


def test_counters_reconcile_with_the_manifest_and_the_rejected_records(dataset_build, capsys):
    out, manifest, counters = dataset_build
    docs = manifest.documents
    assert counters["read_ok"] + counters["read_rejected"] == docs.documents_in
    assert counters["chunk_ok"] == docs.written
    assert counters["rows_written"] == sum(
        b.rows for buckets in manifest.splits.values() for b in buckets.values()
    )
    lines = (out / "rejected" / "rejected.jsonl").read_text().splitlines()
    by_reason = Counter(f"{r['stage']}.{r['reason']}" for r in map(json.loads, lines))
    counted = {
        name.removeprefix(progress.REJECTED_PREFIX): n
        for name, n in counters.items()
        if name.startswith(progress.REJECTED_PREFIX)
    }
    assert counted == dict(by_reason) and sum(by_reason.values()) == docs.rejected > 0
    _report(manifest, counters)
    summary = capsys.readouterr().out.splitlines()
    assert (
        f"beam counters: {docs.documents_in} records read ({counters['read_rejected']} "
        f"unreadable), {docs.written} documents chunked, {counters['rows_written']} rows written"
    ) in summary
    reasons = [line for line in summary if "rejected by stage.reason" in line]
    assert reasons and all(f"{name} {n}" in reasons[0] for name, n in by_reason.items())
