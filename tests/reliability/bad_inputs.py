"""A generator of bad (and borderline) inputs for the dataset build, with what must happen.

Every case writes one or a few small files into an input folder and says what
the build must do with them: how many documents are written and how many records
are rejected, with which reasons. All cases go through ONE build
(``tests/reliability/test_bad_inputs.py``), and each case's files are found back
in the output by their source path, so 60 cases cost one pipeline run.

    python -m tests.reliability.bad_inputs DIR     # write the corpus, print the table

Cases are grouped by what they exercise, a module each: encodings
(``bad_inputs_encodings``), compression, formats, sizes and ids (``bad_inputs_sizes``);
this one holds what they share. Texts are short English and Chinese prose so the
tokenizer has real words.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Max characters per document in the shared build (--max-doc-chars): small, so the
# size cases stay tiny files.
MAX_DOC_CHARS = 4000

EN = (
    "It was the best of times, it was the worst of times. The quick brown fox jumps "
    "over the lazy dog. Call me Ishmael. Some years ago I went to sea."
)
ZH = "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。"


def prose(seed: int, sentences: int = 6) -> str:
    words = EN.replace(".", "").replace(",", "").lower().split()
    out = []
    for i in range(sentences):
        picked = [words[(seed * 7 + i * 5 + k * 3) % len(words)] for k in range(9)]
        out.append(" ".join(picked).capitalize() + ".")
    return " ".join(out)


def jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def records(prefix: str, n: int) -> list[dict]:
    return [{"id": f"{prefix}-{i}", "text": prose(i)} for i in range(n)]


def cut(data: bytes, keep: float = 0.5) -> bytes:
    return data[: max(1, int(len(data) * keep))]


@dataclass(frozen=True)
class Case:
    """``files``: name -> bytes. ``written``: documents kept. ``rejected``: reason ->
    count. ``written_at_least`` relaxes ``written`` to a lower bound (truncated
    streams: how many records precede the cut depends on the codec's blocks)."""

    name: str
    group: str
    files: dict[str, bytes]
    written: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    written_at_least: bool = False
    check: Callable | None = None  # (documents rows, rejected records) -> None


def _parquet(table_dict: dict) -> bytes:
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.table(table_dict), sink)
    return sink.getvalue()


def _zstd(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


def _text_is(expected: str) -> Callable:
    def check(docs, rejected):
        assert [d["num_chars"] for d in docs] == [len(expected)], docs

    return check


def _no_double_at(docs, rejected):
    assert rejected and all(" at at " not in r["error"] for r in rejected), rejected


def _message_names(*words: str) -> Callable:
    def check(docs, rejected):
        for word in words:
            assert all(word in r["error"] for r in rejected), (word, rejected)

    return check


def cases() -> list[Case]:
    """Every case, group by group (one module each: what it exercises)."""
    from tests.reliability import (
        bad_inputs_compression,
        bad_inputs_encodings,
        bad_inputs_formats,
        bad_inputs_sizes,
    )

    en, zh = prose(1) + "\n\n" + prose(2), ZH * 3
    many = jsonl(records("gz", 200))
    groups = (bad_inputs_encodings, bad_inputs_compression, bad_inputs_formats, bad_inputs_sizes)
    return [case for group in groups for case in group.cases(en, zh, many)]


def _assert(condition: bool, context) -> None:
    assert condition, context


def write_corpus(root: Path) -> list[Case]:
    """Write every case's files under ``root/<group>/<case>/``; returns the cases."""
    found = cases()
    for case in found:
        folder = Path(root) / case.group / case.name
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in case.files.items():
            (folder / name).write_bytes(data)
    return found


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad_inputs")
    for case in write_corpus(target):
        print(
            f"{case.group:<12} {case.name:<36} written {case.written:>2}  rejected {case.rejected}"
        )
