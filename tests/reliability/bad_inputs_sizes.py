"""Bad-input cases (``tests.reliability.bad_inputs``) of sizes and ids: tiny and
over-long documents, duplicate, missing and odd ids."""

from __future__ import annotations

from tests.reliability.bad_inputs import (
    MAX_DOC_CHARS,
    ZH,
    Case,
    _assert,
    _message_names,
    jsonl,
    prose,
    records,
)


def cases(en: str, zh: str, many: bytes) -> list[Case]:
    """``en``, ``zh``: prose; ``many``: 200 JSONL records (``bad_inputs.cases``)."""
    return [
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
