"""What waits at the build's shuffles: parked texts and spilled documents records."""

from __future__ import annotations

import os

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from pipeline.parking import TEXT_DIR, ParkText, UnparkText, remove_parked, unpark
from pipeline.shards import WriteDocumentShards
from schemas import Document
from schemas.dataset import DOCUMENT_ARROW_SCHEMA, rows_to_table, table_to_stream_bytes
from tests.beam_local import local_pipeline
from transforms.structure import analyze_document, document_record

TEXTS = {
    "short": "A short one.",
    "long": "Call me Ishmael. " * 40 + "\n\nSome years ago, never mind how long. " * 30,
    "zh": "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。" * 20,
}


def _docs() -> list[Document]:
    return [Document(doc_id=k, source=f"{k}.txt", text=v) for k, v in TEXTS.items()]


def test_park_then_unpark_gives_the_documents_back(tmp_path):
    """Texts over the limit wait in files (the element carries no text); texts under
    it stay inline; after a GroupByKey the documents come back equal."""
    staging = str(tmp_path / "staging")

    def check_parked(docs):
        assert sorted(d.doc_id for d in docs) == sorted(TEXTS)
        for doc in docs:
            if len(TEXTS[doc.doc_id]) > 100:
                assert doc.text == "" and os.path.isfile(doc.text_file)
            else:
                assert doc.text == TEXTS[doc.doc_id] and doc.text_file == ""

    with local_pipeline() as p:
        parked = p | beam.Create(_docs()) | ParkText(staging, "read", inline_chars=100)
        assert_that(
            parked | "All" >> beam.combiners.ToList(), lambda x: check_parked(x[0]), label="Parked"
        )
        back = (
            parked
            | beam.Map(lambda d: (d.doc_id, d))
            | beam.GroupByKey()
            | beam.FlatMap(lambda kv: kv[1])
            | UnparkText()
        )
        assert_that(back, equal_to(_docs()))
    assert unpark(_docs()[0]) == _docs()[0]  # nothing parked: unchanged
    remove_parked(staging)
    assert not os.path.exists(os.path.join(staging, TEXT_DIR))


def test_spilled_documents_records_give_the_same_shard(tmp_path):
    """A documents record over the inline limit travels as a file; the shard written
    from it is byte-identical to the one written from inline records, and the
    spill files are gone afterwards."""
    records = []
    for doc in _docs():
        record = document_record(analyze_document(doc), num_tokens=len(doc.text) // 4)
        data = table_to_stream_bytes(rows_to_table([record], DOCUMENT_ARROW_SCHEMA))
        records.append((("train", 0), (doc.doc_id, data)))
    shards = {}
    for name, inline in (("inline", 1 << 30), ("spilled", 16)):
        staging = str(tmp_path / name)
        with local_pipeline() as p:
            _ = p | beam.Create(records) | WriteDocumentShards(staging, inline_bytes=inline)
        part = os.path.join(staging, "documents", "_parts", "train-s00000.arrow")
        shards[name] = open(part, "rb").read()
        leftovers = [f for _, _, fs in os.walk(os.path.join(staging, "_rows")) for f in fs]
        assert leftovers == []
    assert shards["inline"] == shards["spilled"] and len(shards["inline"]) > 1000


# Elements seen on the inputs of the build's multi-input Flattens (the in-process
# runner runs the probes in this process).
FLATTENED: list[str] = []


def _probe(element) -> None:
    FLATTENED.append(type(element).__name__)


def test_no_flatten_of_several_inputs_carries_documents(
    dataset_inputs, tmp_path, tiny_tokenizer_path
):
    """The local runner materializes every Flatten of several inputs in the driver
    (Beam's ``sink_flattens``: "always materialize"), so none of the build's may take
    whole documents: the input count's Flatten of the read documents held the corpus's
    texts in the driver at once (+47 MB at 5 copies of 3 books). Every such Flatten's
    inputs are probed on a real build and must carry no ``Document``."""
    from pipeline.build import build_pipeline
    from pipeline.build_config import config_from_args
    from pipeline.options import dataset_parser
    from tests.pipeline.conftest import dataset_args
    from transforms.read import expand_inputs
    from transforms.tokenize import eos_token_id, load_tokenizer

    args = dataset_parser("test").parse_args(
        dataset_args(dataset_inputs, tmp_path / "out", tiny_tokenizer_path)
    )
    config = config_from_args(args, eos_token_id(load_tokenizer(tiny_tokenizer_path)), ())
    p = local_pipeline()
    build_pipeline(p, config, expand_inputs(list(config.inputs)), str(tmp_path / "staging"), 1)

    flattens = []

    class FindFlattens(beam.pipeline.PipelineVisitor):
        def visit_transform(self, node):
            if isinstance(node.transform, beam.Flatten) and len(node.inputs) > 1:
                flattens.append(node)

    p.visit(FindFlattens())
    assert len(flattens) >= 3  # input counts, rejected records, CoGroupByKeys
    for i, node in enumerate(flattens):
        for j, pcoll in enumerate(node.inputs):
            _ = pcoll | f"Probe{i}_{j}" >> beam.Map(_probe)
    FLATTENED.clear()
    p.run().wait_until_finish()
    assert FLATTENED, "no element reached a Flatten: the probe did not run"
    assert "Document" not in FLATTENED, sorted(set(FLATTENED))
