"""Helpers of the JSONL reader (``transforms.read``): the message of a line that is
not JSON, whether its value goes on past the line, and skipping a long line."""

from __future__ import annotations

import json


def json_error(error: json.JSONDecodeError) -> str:
    # JSONDecodeError.msg may end with "at" ("Unterminated string starting at").
    where = "column" if error.msg.endswith(" at") else "at column"
    return f"line is not valid JSON: {error.msg} {where} {error.colno}"


def continues(line: str, error: json.JSONDecodeError) -> bool:
    """The line's JSON value is unfinished (not malformed): it goes on past the line."""
    return error.pos >= len(line.rstrip())


def skip_rest_of_line(handle) -> None:
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return
