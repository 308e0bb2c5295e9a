"""The ``datasets.Features`` of a pyarrow schema, as the JSON ``datasets`` writes, without ``datasets``.

The shards carry this JSON in their schema metadata (key ``huggingface``) and each
split's ``dataset_info.json`` holds it, so ``datasets.load_from_disk`` gives back
exactly the declared types. Deriving it from the one pyarrow schema of each record
(``schemas.records``) keeps ``datasets`` out of the builder's workers and the trainer:
importing it costs ~3 s and ~85 MB of resident memory per process (it loads pandas,
fsspec, huggingface_hub, dill, multiprocess), paid by every Dataflow SDK process,
and it is not needed to write its format.

``tests/schemas/test_records.py`` checks the result against
``datasets.Features.from_arrow_schema(schema).to_dict()`` for every written record and
for every Arrow type below.
"""

from __future__ import annotations

import pyarrow as pa

# Arrow type -> datasets' dtype name (datasets.features.features._arrow_to_datasets_dtype).
_VALUE_DTYPES = {
    pa.null(): "null",
    pa.bool_(): "bool",
    pa.int8(): "int8",
    pa.int16(): "int16",
    pa.int32(): "int32",
    pa.int64(): "int64",
    pa.uint8(): "uint8",
    pa.uint16(): "uint16",
    pa.uint32(): "uint32",
    pa.uint64(): "uint64",
    pa.float16(): "float16",
    pa.float32(): "float32",
    pa.float64(): "float64",
    pa.string(): "string",
    pa.large_string(): "large_string",
    pa.binary(): "binary",
    pa.large_binary(): "large_binary",
}


def feature_of(arrow_type: pa.DataType) -> dict:
    """The feature JSON of one Arrow type (a struct becomes a plain dict of fields).

    Raises ``TypeError`` for a type outside the table above: add it there (and to
    the test's table) rather than guess its name.
    """
    if pa.types.is_struct(arrow_type):
        return {field.name: feature_of(field.type) for field in arrow_type}
    if pa.types.is_fixed_size_list(arrow_type):
        inner = feature_of(arrow_type.value_type)
        return {"feature": inner, "length": arrow_type.list_size, "_type": "List"}
    if pa.types.is_list(arrow_type):
        return {"feature": feature_of(arrow_type.value_type), "_type": "List"}
    if pa.types.is_large_list(arrow_type):
        return {"feature": feature_of(arrow_type.value_type), "_type": "LargeList"}
    dtype = _VALUE_DTYPES.get(arrow_type)
    if dtype is None:
        raise TypeError(
            f"no datasets feature known for the Arrow type {arrow_type}: "
            "add it to schemas.hf_features._VALUE_DTYPES"
        )
    return {"dtype": dtype, "_type": "Value"}


def features_of(schema: pa.Schema) -> dict:
    """``datasets.Features.from_arrow_schema(schema).to_dict()``, computed without datasets."""
    return {field.name: feature_of(field.type) for field in schema}
