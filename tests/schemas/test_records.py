"""The three views of every written record agree: dataclass, pyarrow, Features."""

import dataclasses

import datasets
import numpy as np
import pyarrow as pa
import pytest

import schemas
from schemas.dataset import rows_to_table, table_to_stream_bytes


@pytest.mark.parametrize("record, schema, features", schemas.WRITTEN_RECORDS)
def test_dataclass_pyarrow_and_features_agree(record, schema, features):
    assert schemas.record_fields(record) == schema.names
    assert datasets.Features.from_arrow_schema(schema) == features
    assert features.arrow_schema == schema


def test_chunk_row_round_trips_through_arrow_and_datasets(tmp_path):
    row = schemas.ChunkRow(
        input_ids=[5, 6, 7, 0],
        labels=[-100, 6, 7, 0],
        position_ids=[0, 1, 2, 3],
        doc_id="book.txt",
        window=8,
        length=4,
        chunk_index=0,
        token_start=0,
        token_end=3,
        char_start=0,
        char_end=12,
        num_scored=3,
        memory_length=0,
        section_path=["BOOK I", "CHAPTER II"],
        sentence_starts=[0],
        paragraph_starts=[0],
        topic_starts=[0],
        key_sentence_starts=[],
        pieces=[
            dict(
                doc_id="book.txt",
                chunk_index=0,
                offset=0,
                length=4,
                token_start=0,
                token_end=3,
                char_start=0,
                char_end=12,
            )
        ],
    )
    as_dict = dataclasses.asdict(row)
    as_dict["input_ids"] = np.asarray(row.input_ids, dtype=np.int32)
    table = rows_to_table([as_dict], schemas.CHUNK_SCHEMA)
    assert table.schema == schemas.CHUNK_SCHEMA
    path = tmp_path / "data.arrow"
    path.write_bytes(table_to_stream_bytes(table))
    with pa.ipc.open_stream(path.read_bytes()) as reader:
        assert reader.read_all().to_pylist()[0] == dataclasses.asdict(row)
    loaded = datasets.Dataset.from_file(str(path))
    assert loaded.features == schemas.CHUNK_FEATURES
    assert loaded[0]["section_path"] == ["BOOK I", "CHAPTER II"]
