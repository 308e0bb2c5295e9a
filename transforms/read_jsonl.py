"""The JSONL reader of ``transforms.read`` (moved out of it unchanged, session 35): one
``schemas.Document`` or ``schemas.Rejected`` per line of a ``.jsonl``/``.json``/``.ndjson``
file (the rules: ``transforms.read``'s module docstring)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from schemas import Document, Rejected
from transforms import member_files
from transforms.encodings import UTF8_BOM, utf8_of, utf16_jsonl
from transforms.inputs import InputFile
from transforms.json_lines import continues, json_error, loads, skip_rest_of_line
from transforms.read_records import Progress, decode, record_to_document, reject, too_long
from transforms.record_checks import empty_jsonl
from transforms.utf16_unmarked import jsonl_codec  # utf16_jsonl_read, utf16_unmarked_jsonl

if TYPE_CHECKING:
    from transforms.read import ReadConfig


def read_jsonl(file: InputFile, config: ReadConfig, progress: Progress):
    items = 0
    for items, item in enumerate(_jsonl_items(file, config, progress), 1):  # noqa: B007
        yield item
    if not items:  # clause empty_jsonl (transforms.record_checks): nothing at all
        progress.records += 1
        yield reject(file.relative, file.source, "empty_file", empty_jsonl(file.size))


def _jsonl_items(file: InputFile, config: ReadConfig, progress: Progress):
    limit = config.max_input_bytes
    first_failure = None  # (line number, source, error) of an unfinished first record
    seen_record = False
    shown = file.source
    with member_files.open_file(file, config.max_doc_chars) as handle:
        line_number, encoding = 0, "utf-8"
        while True:
            raw = handle.readline(limit + 1)
            if not raw:
                break
            if not line_number and (wide := jsonl_codec(raw, config.encoding)):
                handle = utf8_of(raw, handle, wide)  # read as the UTF-8 it decodes to
                raw = handle.readline(limit + 1)
                # Clause wide_jsonl_encoding (review): documents say so (not "utf-8")
                encoding = wide.lower().replace("16l", "16-l").replace("16b", "16-b")
                # clause utf32_unmarked_jsonl: utf-32-le/-be, as the text reader says
                encoding = encoding.replace("32l", "32-l").replace("32b", "32-b")
            line_number += 1
            progress.position = line_number
            doc_id = f"{file.relative}:{line_number}"
            source = f"{shown}:{line_number}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                skip_rest_of_line(handle)
                progress.records += 1
                yield too_long(doc_id, source, f"line is over {limit:,} bytes", config)
                continue
            if line_number == 1:
                utf16 = utf16_jsonl(raw)
                if utf16:
                    progress.records += 1
                    yield reject(file.relative, file.source, "utf16_jsonl", utf16)
                    return
            raw = raw.removeprefix(UTF8_BOM)  # clause bom_every_line: files joined by cat
            if not raw or raw.isspace():  # raw.strip() would copy a long line
                continue
            line = decode(raw, doc_id, source)
            del raw  # a long line is held once, not as bytes and text
            if isinstance(line, Rejected):
                progress.records += 1
                yield line
                continue
            # rstrip: so a cut string reads "unterminated", not "control character"
            line = line.rstrip("\r\n")
            escapes = "\\ud" in line or "\\uD" in line
            try:
                record = loads(line)  # clause json_value_limits (transforms.json_lines)
            except json.JSONDecodeError as e:
                if first_failure is not None:
                    # The first record was unfinished and this line is no record either:
                    # one JSON value over many lines (pretty-printed), not JSON Lines.
                    progress.records += 1
                    yield reject(
                        file.relative,
                        file.source,
                        "not_jsonl",
                        f"this is not JSON Lines: line {first_failure[0]} starts a JSON value "
                        "that goes on over the next lines (pretty-printed JSON); JSONL needs "
                        "one object per line: convert it, e.g. jq -c '.[]' FILE > FILE.jsonl "
                        "for an array of records",
                    )
                    return
                if not seen_record and continues(line, e):
                    first_failure = (line_number, doc_id, source, json_error(e))
                    seen_record = True
                    continue
                progress.records += 1
                yield reject(doc_id, source, "invalid_json", json_error(e))
                seen_record = True
                continue
            del line  # only the record's text goes on (a 50 MB line: 50 MB less while it does)
            if first_failure is not None:
                progress.records += 1
                yield reject(first_failure[1], first_failure[2], "invalid_json", first_failure[3])
                first_failure = None
            seen_record = True
            progress.records += 1
            doc = record_to_document(record, doc_id, source, config, escapes)
            if encoding != "utf-8" and isinstance(doc, Document):  # wide_jsonl_encoding
                doc = replace(doc, encoding=encoding)
            del record
            yield doc
            del doc
    if first_failure is not None:
        progress.records += 1
        yield reject(first_failure[1], first_failure[2], "invalid_json", first_failure[3])
