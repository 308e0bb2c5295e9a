"""The three views of every written record agree: dataclass, pyarrow, Features."""

import dataclasses
import json
import subprocess
import sys

import datasets
import numpy as np
import pyarrow as pa
import pytest

import schemas
from schemas import hf_features
from schemas.dataset import rows_to_table, table_to_stream_bytes
from schemas.hf_features import features_of


@pytest.mark.parametrize("record, schema", schemas.WRITTEN_RECORDS)
def test_dataclass_pyarrow_and_features_agree(record, schema):
    assert schemas.record_fields(record) == schema.names
    features = features_of(schema)
    # What datasets itself makes of the schema, down to the JSON key order (it is part
    # of the shards' bytes), and the round trip back to the same Arrow types.
    assert json.dumps(datasets.Features.from_arrow_schema(schema).to_dict()) == json.dumps(features)
    assert datasets.Features.from_dict(features).arrow_schema == schema


@pytest.mark.parametrize(
    "arrow_type",
    [
        *hf_features._VALUE_DTYPES,
        pa.list_(pa.float64()),
        pa.large_list(pa.int16()),
        pa.list_(pa.int32(), 4),
        pa.list_(pa.list_(pa.string())),
        pa.struct([("a", pa.int64()), ("b", pa.list_(pa.struct([("c", pa.bool_())])))]),
    ],
    ids=str,
)
def test_features_of_matches_datasets_for_every_supported_type(arrow_type):
    schema = pa.schema([("x", arrow_type)])
    expected = datasets.Features.from_arrow_schema(schema).to_dict()
    assert json.dumps(features_of(schema)) == json.dumps(expected)


def test_features_of_refuses_a_type_it_does_not_know():
    with pytest.raises(TypeError, match="schemas.hf_features"):
        features_of(pa.schema([("t", pa.timestamp("ms"))]))


def test_lazy_features_are_datasets_features():
    assert isinstance(schemas.CHUNK_FEATURES, datasets.Features)
    assert schemas.DOCUMENT_FEATURES == datasets.Features.from_arrow_schema(schemas.DOCUMENT_SCHEMA)
    with pytest.raises(AttributeError):
        schemas.NO_SUCH_FEATURES  # noqa: B018


def test_schemas_and_the_shard_format_need_neither_datasets_nor_pandas():
    # Neither is in the base install (a Dataflow worker's): pandas absent, token-list
    # columns still build (pyarrow's to_pandas_dtype() would import it), and
    # nothing here imports datasets.
    code = (
        "import sys\n"
        "class NoPandas:  # pandas imports as if not installed\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'pandas':\n"
        "            raise ModuleNotFoundError(name, name=name)\n"
        "sys.meta_path.insert(0, NoPandas())\n"
        "import pyarrow as pa\n"
        "import schemas, schemas.dataset, schemas.records, pipeline.shards\n"
        "t = schemas.dataset.rows_to_table([{'ids': [1, 2]}, {'ids': []}],"
        " pa.schema([('ids', pa.list_(pa.int32()))]))\n"
        "print(t.column('ids').to_pylist(), t.schema.field('ids').type, 'datasets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[[1, 2], []] list<item: int32> False"


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
