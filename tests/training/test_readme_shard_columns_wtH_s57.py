"""What README.md says about the training shards' columns and types, checked on shards
the real pipeline builds from real text (``tests.tempest``: The Tempest's songs and
speeches, Sonnet XVIII; two songs packed into one row). The trainer recipes in the
README (Trainer, axolotl / LLaMA-Factory's one-document-per-row folder, torchtune's
packs) rely on these facts: a change to the shards fails here, naming the claim."""

from __future__ import annotations

import glob
import os

import pyarrow as pa
import pytest

from schemas.records import IGNORE_INDEX

README = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")


@pytest.fixture(scope="module")
def readme() -> str:
    with open(README, encoding="utf-8") as f:
        return " ".join(f.read().split())


@pytest.fixture(scope="module")
def shards(tempest_built) -> list[pa.Table]:
    root = os.path.join(tempest_built[0], "ds")  # tests.tempest.build_tempest
    paths = sorted(glob.glob(os.path.join(root, "train", "w*-*.arrow")))
    assert paths
    return [pa.ipc.open_stream(path).read_all() for path in paths]


def test_token_columns_come_first_as_int32_lists(readme, shards):
    # README, JSON Lines: "each line the row's columns as stored (`input_ids`, `labels`
    # with their -100s, `position_ids`, then the metadata columns"; Parquet: "int32 lists"
    assert "columns as stored (`input_ids`, `labels` with their -100s, `position_ids`," in readme
    assert "types as declared (int32 lists, lists of structs)" in readme
    for table in shards:
        assert table.schema.names[:3] == ["input_ids", "labels", "position_ids"]
        for name in ("input_ids", "labels", "position_ids"):
            assert table.schema.field(name).type == pa.list_(pa.int32()), name


def test_shards_have_no_attention_mask(readme, shards):
    # README, axolotl: "the shards themselves have no `attention_mask`"
    assert "the shards themselves have no `attention_mask`" in readme
    assert all("attention_mask" not in table.schema.names for table in shards)


def test_pieces_say_where_each_packed_document_is(readme, shards):
    # README: "`position_ids` (restarting at 0 at every document packed into a row)";
    # one_document_per_row slices by piece["offset"] / piece["length"]; "each piece's
    # first label is already -100"; torchtune's seq_lens are the pieces' lengths
    assert "restarting at 0 at every document packed into a row" in readme
    assert "each piece's first label is already -100" in readme
    assert 'piece["offset"]' in readme and 'p["length"] for p in row["pieces"]' in readme
    packed = 0
    for table in shards:
        piece = table.schema.field("pieces").type.value_type
        assert pa.types.is_struct(piece)
        assert piece.field("offset").type == piece.field("length").type == pa.int32()
        for row in table.to_pylist():
            n = len(row["input_ids"])
            assert len(row["labels"]) == len(row["position_ids"]) == n
            assert sum(p["length"] for p in row["pieces"]) == n
            packed += len(row["pieces"]) > 1
            for p in row["pieces"]:
                span = range(p["offset"], p["offset"] + p["length"])
                assert [row["position_ids"][i] for i in span] == list(range(p["length"]))
                assert row["labels"][p["offset"]] == IGNORE_INDEX
    assert packed >= 1  # the two songs: the claims above were checked on a packed row


def test_labels_are_input_ids_or_ignored(readme, shards):
    # README: "`labels` (-100 where a token is context only ...)", stored unshifted
    # (torchtune "shifts `labels` itself (the Hugging Face convention, as stored)")
    assert "shifts `labels` itself (the Hugging Face convention, as stored)" in readme
    scored = 0
    for table in shards:
        for row in table.to_pylist():
            for token, label in zip(row["input_ids"], row["labels"], strict=True):
                assert label in (token, IGNORE_INDEX)
                scored += label != IGNORE_INDEX
    assert scored > 0
