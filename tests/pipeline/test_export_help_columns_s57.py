"""Clause export_help_names_columns (pipeline/options.py, session 57): ``longctx export
--help`` names every column a ``--one-document-per-row`` row holds, read from what
:func:`pipeline.export_jsonl.one_document_per_row` really writes for a packed row."""

import re

from pipeline.export_jsonl import one_document_per_row
from pipeline.options import export_parser


def _packed_row() -> dict:
    piece = dict(doc_id="a", chunk_index=0, token_start=0, token_end=3, char_start=0, char_end=9)
    second = piece | dict(doc_id="b", offset=3, length=2, token_end=2, char_end=6)
    return {
        "input_ids": [5, 6, 7, 8, 9],
        "labels": [-100, 6, 7, -100, 9],
        "position_ids": [0, 1, 2, 0, 1],
        "window": 5,
        "pieces": [piece | dict(offset=0, length=3), second],
    }


def test_export_help_names_every_column_of_a_split_row():
    rows = one_document_per_row(_packed_row())
    assert [r["input_ids"] for r in rows] == [[5, 6, 7], [8, 9]]
    (action,) = [a for a in export_parser()._actions if a.dest == "one_document_per_row"]
    named = set(re.findall(r"[a-z_]+", action.help))
    columns = set().union(*(r.keys() for r in rows))
    assert columns <= named, sorted(columns - named)
