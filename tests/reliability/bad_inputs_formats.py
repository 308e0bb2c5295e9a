"""Bad-input cases (``tests.reliability.bad_inputs``) of formats: JSONL and Parquet
that are broken, mislabelled or lack their fields."""

from __future__ import annotations

import json

from tests.reliability.bad_inputs import (
    Case,
    _message_names,
    _no_double_at,
    _parquet,
    cut,
    jsonl,
    records,
)


def cases(en: str, zh: str, many: bytes) -> list[Case]:
    """``en``, ``zh``: prose; ``many``: 200 JSONL records (``bad_inputs.cases``)."""
    return [
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
        # clause empty_jsonl (session 29): each was no record at all, neither written nor
        # rejected; now one empty_file rejection
        Case("empty_jsonl", "formats", {"none.jsonl": b""}, rejected={"empty_file": 1}),
        Case(
            "only_blank_lines_jsonl",
            "formats",
            {"blanks.jsonl": b"\n \n\t\n"},
            rejected={"empty_file": 1},
        ),
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
            rejected={"truncated_input": 1},  # clause parquet_no_footer (session 28)
        ),
    ]
