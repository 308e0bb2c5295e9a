"""Bad-input cases (``tests.reliability.bad_inputs``) of compression: gzip, bz2, xz,
zstd, truncated and empty streams."""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib

from tests.reliability.bad_inputs import Case, _message_names, _text_is, _zstd, cut, jsonl, records


def cases(en: str, zh: str, many: bytes) -> list[Case]:
    """``en``, ``zh``: prose; ``many``: 200 JSONL records (``bad_inputs.cases``)."""
    return [
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
        Case(  # clause empty_jsonl (session 29): was no record at all
            "empty_gzip_jsonl",
            "compression",
            {"none.jsonl.gz": gzip.compress(b"", mtime=0)},
            rejected={"empty_file": 1},
        ),
    ]
