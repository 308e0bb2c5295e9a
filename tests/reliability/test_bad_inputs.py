"""Every bad input of ``bad_inputs.cases()`` through one real build: no crash, each
case's documents written or rejected with the expected reason, documents in =
written + rejected, nothing outside OUT touched."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.build import run
from pipeline.reading import documents
from tests.reliability.bad_inputs import MAX_DOC_CHARS, cases, write_corpus
from tests.reliability.conftest import snapshot, staging_folders

CASES = cases()


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_tokenizer_path):
    root = tmp_path_factory.mktemp("bad")
    inputs = root / "in"
    write_corpus(inputs)
    (root / "unrelated.txt").write_text("a file next to the output", encoding="utf-8")
    out = root / "out"
    before = snapshot(root)
    manifest = run(
        [
            "--input", str(inputs),
            "--output", str(out),
            "--tokenizer", tiny_tokenizer_path,
            "--windows", "16,32",
            "--max-doc-chars", str(MAX_DOC_CHARS),
        ]
    )  # fmt: skip
    after = snapshot(root, outside=(out,))
    rejected = [
        json.loads(line)
        for line in (out / "rejected" / "rejected.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    docs = documents(str(out)).select(["doc_id", "source", "num_chars", "encoding"]).to_pylist()
    return {
        "inputs": inputs,
        "out": out,
        "manifest": manifest,
        "rejected": rejected,
        "docs": docs,
        "before": before,
        "after": after,
    }


def _of(items: list[dict], inputs, case) -> list[dict]:
    prefix = f"{inputs}/{case.group}/{case.name}/"
    return [i for i in items if i["source"].startswith(prefix)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.group}-{c.name}")
def test_each_bad_input_is_written_or_rejected_with_its_reason(built, case):
    docs = _of(built["docs"], built["inputs"], case)
    rejected = _of(built["rejected"], built["inputs"], case)
    assert dict(Counter(r["reason"] for r in rejected)) == case.rejected, rejected
    if case.written_at_least:
        assert len(docs) >= case.written, docs
    else:
        assert len(docs) == case.written, (docs, rejected)
    for r in rejected:  # every rejection says where and what to do
        assert r["stage"] and r["error"] and r["doc_id"], r
    if case.check:
        case.check(docs, rejected)


def test_counts_reconcile_and_no_case_is_lost(built):
    counts = built["manifest"].documents
    assert counts.documents_in == counts.written + counts.rejected
    assert counts.written == len(built["docs"])
    assert counts.rejected == len(built["rejected"])
    accounted = sum(
        len(_of(built["docs"], built["inputs"], c))
        + len(_of(built["rejected"], built["inputs"], c))
        for c in CASES
    )
    assert accounted == counts.documents_in
    assert len(CASES) >= 55


def test_truncated_streams_keep_what_precedes_the_cut(built):
    """The 200-record gzip file cut at 60%: records before the cut are documents, the
    rest is one rejection that counts them; never a silent "N in, N written"."""
    case = next(c for c in CASES if c.name == "gzip_jsonl_truncated")
    docs = _of(built["docs"], built["inputs"], case)
    (rejected,) = _of(built["rejected"], built["inputs"], case)
    assert 0 < len(docs) < 200
    assert f"the {len(docs)} records before it were read" in rejected["error"]


def test_nothing_outside_out_is_touched(built):
    assert built["after"] == built["before"]
    assert staging_folders(built["out"]) == []
