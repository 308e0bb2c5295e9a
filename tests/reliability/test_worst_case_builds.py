"""Worst cases of session 41 (``tests/transforms/test_worst_cases.py``) through one real
DirectRunner build: a text of only headings and one long line (English and Chinese, no
line end), each under the harness's 4,000-character limit (``MAX_DOC_CHARS``), and a JSON
Lines file whose second record holds a lone surrogate escape (``"\\ud800"``: rejected as
``invalid_unicode`` with its reason, review of session 42). The counts reconcile
(documents in = written + rejected, each document named once on one side) and every
token of every document is scored once in each bucket (scored tokens = the split's sum
of ``num_tokens``)."""

from __future__ import annotations

import json

import pytest

from pipeline.build import run
from pipeline.reading import documents
from tests.reliability.bad_inputs import MAX_DOC_CHARS

# Real text: Pride and Prejudice's first paragraphs (Project Gutenberg, pg1342) and
# 红楼梦's first lines, each joined into one line (no line end) and repeated to the limit.
_EN = (
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife. However little known the feelings or views of "
    "such a man may be on his first entering a neighbourhood, this truth is so well fixed "
    "in the minds of the surrounding families, that he is considered the rightful property "
    'of some one or other of their daughters. "My dear Mr. Bennet," said his lady to him '
    'one day, "have you heard that Netherfield Park is let at last?" Mr. Bennet replied '
    "that he had not. "
)
_ZH = (
    "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去，而借“通灵”之说，"
    "撰此《石头记》一书也。故曰“甄士隐”云云。但书中所记何事何人？自又云：“今风尘碌碌，"
    "一事无成，忽念及当日所有之女子，一一细考较去，觉其行止见识，皆出于我之上。"
)
LIMIT = MAX_DOC_CHARS - 10
INPUTS = {
    "only_headings.txt": ("CHAPTER I\n\n" * (LIMIT // 11)).encode(),
    "one_line_en.txt": (_EN * (LIMIT // len(_EN) + 1))[:LIMIT].strip().encode(),
    "one_line_zh.txt": (_ZH * (LIMIT // len(_ZH) + 1))[:LIMIT].encode(),
}
# One record kept, one with half of a UTF-16 pair (json.dumps escapes it as \ud800).
_RECORDS = [
    {"id": "pride", "text": _EN * 4},
    {"id": "cut_pair", "text": _EN * 2 + "\ud800" + _ZH},
]
JSONL = {"lone_surrogate.jsonl": "".join(json.dumps(r) + "\n" for r in _RECORDS).encode()}
WRITTEN = [*INPUTS, "lone_surrogate.jsonl:1"]  # a record is named by its line


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_tokenizer_path):
    root = tmp_path_factory.mktemp("worst")
    inputs = root / "in"
    inputs.mkdir()
    for name, data in INPUTS.items():
        assert b"\n" not in data or name == "only_headings.txt"
        (inputs / name).write_bytes(data)
    assert b"\\ud800" in JSONL["lone_surrogate.jsonl"]
    for name, data in JSONL.items():
        (inputs / name).write_bytes(data)
    out = root / "out"
    manifest = run(
        [
            "--input", str(inputs),
            "--output", str(out),
            "--tokenizer", tiny_tokenizer_path,
            "--windows", "16,32",
            "--max-doc-chars", str(MAX_DOC_CHARS),
        ]
    )  # fmt: skip
    rejected_file = out / "rejected" / "rejected.jsonl"
    rejected = (
        [json.loads(line) for line in rejected_file.read_text(encoding="utf-8").splitlines()]
        if rejected_file.exists()
        else []
    )
    docs = (
        documents(str(out))
        .select(["source", "split", "num_chars", "num_tokens", "sections", "sentences"])
        .to_pylist()
    )
    return manifest, docs, rejected


def test_worst_cases_are_written_and_counts_reconcile(built):
    manifest, docs, rejected = built
    counts = manifest.documents
    assert counts.documents_in == 5 == counts.written + counts.rejected
    assert counts.rejected == 1 == len(rejected)
    assert sum(counts.by_split.values()) == counts.written == len(docs) == 4
    assert sorted(_name(d) for d in docs) == sorted(WRITTEN)


def _name(row: dict) -> str:
    return row["source"].rsplit("/", 1)[1]


def test_a_lone_surrogate_record_is_rejected_with_its_reason(built):
    """Review of session 42: a JSON line with "\\ud800" is no text to analyse (clause
    surrogates_read_as_replacement is for callers of analyze_text); the reader rejects
    it, named, with one clear line, and its file's other record is written."""
    _, _, rejected = built
    (r,) = rejected
    assert (r["stage"], r["reason"], r["doc_id"]) == ("read", "invalid_unicode", "cut_pair")
    assert r["source"].endswith("lone_surrogate.jsonl:2")
    at = len(_EN) * 2
    assert f"holds \\ud800 at character {at}:" in r["error"] and "\n" not in r["error"]


def test_each_token_is_scored_once_per_bucket(built):
    """Per split and window: scored tokens = the split's documents' tokens (each token
    from the second scored once, the EOS once)."""
    manifest, docs, _ = built
    assert manifest.splits
    for split, buckets in manifest.splits.items():
        tokens = sum(d["num_tokens"] for d in docs if d["split"] == split)
        assert tokens > 0 or not buckets
        for window, totals in buckets.items():
            assert totals.scored_tokens == tokens, (split, window, totals)


def test_worst_case_structure_holds(built):
    """The one-line texts keep every character and split into sentences that tile the
    text; the headings text is read as many sections (its 'CHAPTER I' lines)."""
    _, docs, _ = built
    by_name = {d["source"].rsplit("/", 1)[1]: d for d in docs}
    for name in ("one_line_en.txt", "one_line_zh.txt"):
        doc = by_name[name]
        assert doc["num_chars"] == len(INPUTS[name].decode())
        spans = [(s["start"], s["end"]) for s in doc["sentences"]]
        assert len(spans) > 10
        assert spans[0][0] == 0 and spans[-1][1] == doc["num_chars"]
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert len(by_name["only_headings.txt"]["sections"]) > 1
