"""A generator of bad (and borderline) inputs for the dataset build, with what must happen.

Every case writes one or a few small files into an input folder and says what
the build must do with them: how many documents are written and how many records
are rejected, with which reasons. All cases go through ONE build
(``tests/reliability/test_bad_inputs.py``), and each case's files are found back
in the output by their source path, so 60 cases cost one pipeline run.

    python -m tests.reliability.bad_inputs DIR     # write the corpus, print the table

Cases are grouped by what they exercise: encodings, compression, formats, sizes,
ids. Texts are short English and Chinese prose so the tokenizer has real words.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import sys
import zlib
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
    en, zh = prose(1) + "\n\n" + prose(2), ZH * 3
    many = jsonl(records("gz", 200))
    out = [
        # ---------------------------------------------------------------- encodings
        Case("utf8_plain", "encodings", {"plain.txt": en.encode()}, written=1),
        Case(
            "utf8_bom_text",
            "encodings",
            {"bom.txt": b"\xef\xbb\xbf" + en.encode()},
            written=1,
            check=_text_is(en),
        ),
        Case(
            "utf8_bom_jsonl_first_record_kept",
            "encodings",
            {"bom.jsonl": b"\xef\xbb\xbf" + jsonl(records("bom", 2))},
            written=2,
        ),
        Case("utf16le_bom_text", "encodings", {"u16le.txt": en.encode("utf-16")}, written=1),
        Case(
            "utf16be_bom_text",
            "encodings",
            {"u16be.txt": b"\xfe\xff" + zh.encode("utf-16-be")},
            written=1,
            check=_text_is(zh),
        ),
        Case(
            "utf16_jsonl",
            "encodings",
            {"u16.jsonl": jsonl(records("u16", 2)).decode().encode("utf-16")},
            rejected={"utf16_jsonl": 1},
        ),
        Case(
            "latin1_text",
            "encodings",
            {"latin1.txt": "Café au lait.".encode("latin-1")},
            rejected={"invalid_utf8": 1},
        ),  # fmt: skip
        Case(
            "gb18030_text",
            "encodings",
            {"gbk.txt": zh.encode("gb18030")},
            rejected={"invalid_utf8": 1},
        ),
        Case(
            "invalid_utf8_line_among_good",
            "encodings",
            {
                "mixed.jsonl": jsonl(records("mx", 1))
                + b'{"text": "caf\xe9"}\n'
                + jsonl(records("my", 1))
            },
            written=2,
            rejected={"invalid_utf8": 1},
        ),
        Case(
            "mojibake_repaired",
            "encodings",
            {"moji.txt": "It\u00e2\u20ac\u2122s a test. Another sentence here.".encode()},
            written=1,
        ),
        Case(
            "control_characters",
            "encodings",
            {"ctrl.txt": ("\x00\x07" + en + "\x1b").encode()},
            written=1,
        ),
        Case("crlf_lines", "encodings", {"crlf.txt": en.replace("\n", "\r\n").encode()}, written=1),
        Case(
            "zero_width_only",
            "encodings",
            {"zw.txt": "\u200b\u200c\u200d\u2060\ufeff\u200b".encode()},
            rejected={"no_visible_text": 1},
        ),
        Case(
            "rtl_marks_only_record",
            "encodings",
            {
                "rtl.jsonl": jsonl(
                    [{"id": "rtl", "text": "\u200f\u202b\u200e\u202c\u2067"}, *records("rt", 1)]
                )
            },
            written=1,
            rejected={"no_visible_text": 1},
        ),
        Case(
            "combining_marks_only",
            "encodings",
            {"marks.txt": "\u0301\u0308\u0327".encode()},
            rejected={"no_visible_text": 1},
        ),
        Case(
            "whitespace_only", "encodings", {"blank.txt": b" \n\t \n"}, rejected={"empty_text": 1}
        ),
        Case("empty_text_file", "encodings", {"empty.txt": b""}, rejected={"empty_text": 1}),
        Case(
            "binary_named_txt",
            "encodings",
            {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8"},
            rejected={"invalid_utf8": 1},
        ),
        # ---------------------------------------------------------------- compression
        Case(
            "gzip_jsonl",
            "compression",
            {"ok.jsonl.gz": gzip.compress(jsonl(records("okgz", 3)))},
            written=3,
        ),
        Case(
            "gzip_jsonl_truncated",
            "compression",
            {"cut.jsonl.gz": cut(gzip.compress(many, mtime=0), 0.6)},
            written=1,
            written_at_least=True,
            rejected={"truncated_input": 1},
            check=_message_names("cut short", "records before it were read"),
        ),
        Case(
            "gzip_text_truncated",
            "compression",
            {"cut.txt.gz": cut(gzip.compress((en * 40).encode(), mtime=0))},
            rejected={"truncated_input": 1},
        ),
        Case(
            "gzip_two_members",
            "compression",
            {
                "two.txt.gz": gzip.compress(en[:100].encode(), mtime=0)
                + gzip.compress(en[100:].encode(), mtime=0)
            },
            written=1,
            check=_text_is(en),
        ),
        Case(
            "gzip_not_gzip",
            "compression",
            {"fake.txt.gz": en.encode()},
            rejected={"unreadable_file": 1},
        ),
        Case(
            "zstd_jsonl",
            "compression",
            {"ok.jsonl.zst": _zstd(jsonl(records("okzs", 2)))},
            written=2,
        ),
        Case("zstd_suffix_zstd", "compression", {"ok.txt.zstd": _zstd(en.encode())}, written=1),
        Case(
            "zstd_jsonl_truncated",
            "compression",
            {"cut.jsonl.zst": cut(_zstd(many), 0.5)},
            written_at_least=True,
            rejected={"truncated_input": 1},
        ),
        Case(
            "zstd_text_truncated",
            "compression",
            {"cut.txt.zst": cut(_zstd((en * 40).encode()))},
            rejected={"truncated_input": 1},
        ),
        Case(
            "zstd_two_frames",
            "compression",
            {"frames.jsonl.zst": _zstd(jsonl(records("fa", 2))) + _zstd(jsonl(records("fb", 2)))},
            written=4,
        ),
        Case(
            "zstd_garbage",
            "compression",
            {"junk.jsonl.zst": bytes(range(256)) * 4},
            rejected={"unreadable_file": 1},
        ),
        Case("bzip2_text", "compression", {"ok.txt.bz2": bz2.compress(en.encode())}, written=1),
        Case(
            "bzip2_text_truncated",
            "compression",
            {"cut.txt.bz2": cut(bz2.compress((en * 40).encode()))},
            rejected={"truncated_input": 1},
        ),
        Case("xz_text", "compression", {"ok.txt.xz": lzma.compress(en.encode())}, written=1),
        Case(
            "xz_text_truncated",
            "compression",
            {"cut.txt.xz": cut(lzma.compress((en * 40).encode()))},
            rejected={"truncated_input": 1},
        ),
        Case(
            "deflate_text_truncated",
            "compression",
            {"cut.txt.deflate": cut(zlib.compress((en * 40).encode()))},
            rejected={"truncated_input": 1},
        ),
        Case("empty_gzip_jsonl", "compression", {"none.jsonl.gz": gzip.compress(b"", mtime=0)}),
        # ---------------------------------------------------------------- formats
        Case(
            "pretty_printed_json_array",
            "formats",
            {"pretty.json": json.dumps(records("pp", 3), indent=2).encode()},
            rejected={"not_jsonl": 1},
            check=_message_names("not JSON Lines"),
        ),
        Case(
            "pretty_printed_json_object",
            "formats",
            {"object.json": json.dumps({"id": "o", "text": en}, indent=4).encode()},
            rejected={"not_jsonl": 1},
        ),
        Case(
            "json_array_on_one_line",
            "formats",
            {"array.json": json.dumps(records("ar", 2)).encode()},
            rejected={"not_an_object": 1},
        ),
        Case(
            "missing_text_field",
            "formats",
            {"nofield.jsonl": jsonl([{"id": "a", "body": en}])},
            rejected={"missing_text_field": 1},
        ),
        Case(
            "text_not_a_string",
            "formats",
            {"number.jsonl": jsonl([{"id": "n", "text": 5}])},
            rejected={"missing_text_field": 1},
        ),
        Case(
            "unterminated_string",
            "formats",
            {
                "unterminated.jsonl": jsonl(records("ut", 1))
                + b'{"id": "u", "text": "no end}\n'
                + jsonl(records("uu", 1))
            },
            written=2,
            rejected={"invalid_json": 1},
            check=_no_double_at,
        ),
        Case(
            "blank_lines_between_records",
            "formats",
            {"gaps.jsonl": jsonl(records("gp", 1)) + b"\n\n  \n" + jsonl(records("gq", 1))},
            written=2,
        ),
        Case(
            "no_final_newline",
            "formats",
            {"nonl.jsonl": jsonl(records("nl", 2)).rstrip(b"\n")},
            written=2,
        ),
        Case("ndjson_suffix", "formats", {"ok.ndjson": jsonl(records("nd", 2))}, written=2),
        Case("empty_jsonl", "formats", {"none.jsonl": b""}),
        Case("only_blank_lines_jsonl", "formats", {"blanks.jsonl": b"\n \n\t\n"}),
        Case(
            "parquet",
            "formats",
            {"ok.parquet": _parquet({"id": ["pq-0", "pq-1"], "text": [en, zh]})},
            written=2,
        ),
        Case(
            "parquet_without_text_column",
            "formats",
            {"nocol.parquet": _parquet({"body": [en]})},
            rejected={"missing_text_field": 1},
        ),
        Case(
            "parquet_null_text",
            "formats",
            {"null.parquet": _parquet({"id": ["a", "b"], "text": [en, None]})},
            written=1,
            rejected={"missing_text_field": 1},
        ),
        Case(
            "parquet_truncated",
            "formats",
            {"cut.parquet": cut(_parquet({"text": [en] * 50}), 0.7)},
            rejected={"unreadable_file": 1},
        ),
        # ---------------------------------------------------------------- sizes
        Case("single_character", "sizes", {"one.txt": b"A"}, written=1),
        Case("one_long_word", "sizes", {"word.txt": ("x" * 3000).encode()}, written=1),
        Case(
            "exactly_the_limit",
            "sizes",
            {"limit.txt": ("a b. " * MAX_DOC_CHARS)[:MAX_DOC_CHARS].encode()},
            written=1,
        ),
        Case(
            "text_file_too_long",
            "sizes",
            {"long.txt": ("a b. " * MAX_DOC_CHARS)[: MAX_DOC_CHARS + 1].encode()},
            rejected={"document_too_long": 1},
        ),
        Case(
            "jsonl_record_too_long",
            "sizes",
            {
                "longrec.jsonl": jsonl(
                    [
                        *records("lr", 1),
                        {"id": "huge", "text": "word " * MAX_DOC_CHARS},
                        *records("ls", 1),
                    ]
                )
            },
            written=2,
            rejected={"document_too_long": 1},
        ),
        Case(
            "jsonl_line_too_long_unread",
            "sizes",
            {
                "longline.jsonl": jsonl(
                    [
                        {"id": "big", "text": "y" * (5 * MAX_DOC_CHARS + (64 << 10))},
                        *records("ll", 1),
                    ]
                )
            },
            written=1,
            rejected={"document_too_long": 1},
            check=_message_names("bytes"),
        ),
        Case("chinese_without_newlines", "sizes", {"zh.txt": (ZH * 60).encode()}, written=1),
        # ---------------------------------------------------------------- ids
        Case(
            "duplicate_ids_in_one_file",
            "ids",
            {
                "dups.jsonl": jsonl(
                    [
                        {"id": "same", "text": prose(i)}
                        if i in (1, 9)
                        else {"id": f"d{i}", "text": prose(i)}
                        for i in range(11)
                    ]
                )
            },
            written=10,
            rejected={"duplicate_id": 1},
            check=lambda docs, rejected: _assert(
                rejected[0]["source"].endswith("dups.jsonl:10"), rejected
            ),
        ),
        Case(
            "duplicate_ids_across_files",
            "ids",
            {
                "x1.jsonl": jsonl([{"id": "shared", "text": en}]),
                "x2.jsonl": jsonl([{"id": "shared", "text": zh}]),
            },
            written=1,
            rejected={"duplicate_id": 1},
        ),
        Case(
            "numeric_and_empty_ids",
            "ids",
            {
                "ids.jsonl": jsonl(
                    [{"id": 7, "text": en}, {"id": "", "text": zh}, {"id": None, "text": en + " x"}]
                )
            },
            written=3,
        ),
        Case(
            "unicode_ids",
            "ids",
            {"uni.jsonl": jsonl([{"id": "文档-1", "text": zh}, {"id": "doc/é", "text": en}])},
            written=2,
        ),
    ]
    return out


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
