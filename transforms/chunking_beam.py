"""The chunking stage in Beam: every window of a document at once, keyed by shard.

``chunk_all_windows`` is the per-document function (pure): the row plan and
pending pieces at every window length, and the document's ``OUT/documents``
record. Every window of every length is decided before anything is emitted, so a
document either contributes everything or is rejected as a whole (stage "chunk");
making a planned row only copies token slices.

``ChunkSlidingWindows`` emits, per window, the document's full rows as Arrow
stream batches of ``STREAM_BATCH_ROWS`` rows each (far smaller in the shuffle than
nested Python dicts), made and serialized one batch at a time so that a long
document's rows are never all in memory (a 50 MB document has ~120,000 rows over
the four default lengths), and its short pieces, keyed by ``(split, window,
shard)``; and the documents record, keyed by
``(split, shard)``. The shard is a stable hash of ``doc_id``, so the same input
gives the same shards on every runner. Writing the shards (and spilling large
batches to disk before the shuffle) is ``pipeline.shards``' job. The pure
chunking code (``transforms.chunking``, ``transforms.packing``) imports no Beam.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    STREAM_BATCH_ROWS,
    rows_counts,
    rows_to_table,
    table_to_stream_bytes,
)
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, make_rejected
from transforms.charset_labels import known_name
from transforms.chunk_memory import retrieved_memory
from transforms.chunking import ChunkConfig, plan_document
from transforms.runtime import bound_worker_heap
from transforms.split import stable_bucket
from transforms.structure import document_table
from transforms.token_structure import token_structure

DOCUMENTS = "documents"  # the output tag of the documents records


def chunk_all_windows(doc: schemas.TokenizedDocument, chunk: ChunkConfig, keep_text: bool = False):
    """``({window: (RowPlan | None, pending pieces)}, documents record as a one-row
    table)`` of one document; ``keep_text``: the record holds the clean text too."""
    retrieved = None
    if chunk.memory_source == "retrieved" and chunk.memory_tokens:
        retrieved = retrieved_memory(doc, chunk)  # one BM25 index for every window length
    n = len(doc.token_ids)
    # One token structure for every window length (plan_document rejects bad shapes).
    structure = token_structure(doc) if n and doc.token_offsets.shape == (n, 2) else None
    per_window = {w: plan_document(doc, w, chunk, retrieved, structure) for w in chunk.windows}
    record = document_table(
        schemas.StructuredDocument(
            doc.doc_id,
            doc.source,
            doc.split,
            doc.text,
            doc.structure,
            doc.boilerplate_chars,
            known_name(doc.encoding),  # clause known_codec_names: the name a user knows
            doc.control_chars,
        ),
        num_tokens=int(doc.token_ids.size),
        keep_text=keep_text,
    )
    return per_window, record


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class _ChunkFn(beam.DoFn):
    def __init__(self, chunk: ChunkConfig, shards_per_bucket: int, keep_text: bool = False):
        self._chunk = chunk
        self._shards = shards_per_bucket
        self._keep_text = keep_text
        self._ok = Metrics.counter(NAMESPACE, "chunk_ok")
        self._rejected = Metrics.counter(NAMESPACE, "chunk_rejected")

    def setup(self):
        bound_worker_heap()  # transforms.runtime

    def process(self, doc: schemas.TokenizedDocument):
        try:
            per_window, record = chunk_all_windows(doc, self._chunk, self._keep_text)
        except Exception as error:  # noqa: BLE001 - recorded in the rejected output
            self._rejected.inc()
            yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(doc, "chunk", error))
            return
        self._ok.inc()
        record_bytes = table_to_stream_bytes(record)
        del record
        shard = stable_bucket(doc.doc_id, self._shards)
        for window, (plan, pieces) in per_window.items():
            key = (doc.split, window, shard)
            if plan is not None:
                # One shard record batch per element: the shard's bytes are those of
                # the whole document's rows written at once.
                for batch, rows in enumerate(plan.batches(STREAM_BATCH_ROWS)):
                    counts = rows_counts(rows, window)
                    table = rows_to_table(rows, CHUNK_ARROW_SCHEMA)
                    del rows
                    data = table_to_stream_bytes(table)
                    del table
                    yield key, ("rows", (doc.doc_id, batch, counts, data))
            for piece in pieces:
                yield key, ("piece", piece)
        # One-row Arrow batch: far smaller in the shuffle than nested Python dicts of spans.
        yield beam.pvalue.TaggedOutput(DOCUMENTS, ((doc.split, shard), (doc.doc_id, record_bytes)))


class ChunkSlidingWindows(beam.PTransform):
    """TokenizedDocument -> ``main``: ``((split, window, shard), ("rows", (doc_id,
    batch, counts, arrow bytes)) | ("piece", PendingPiece))``; ``documents``: ``((split,
    shard), (doc_id, arrow bytes))``; ``rejected``. ``keep_text``: the documents record
    holds the clean text (``--keep-text``); a record over 64 KB, so every text over
    64 KB, goes to a spill file before the shuffle (``pipeline.shards.SpillLargeRecords``,
    fused with this step): the texts stay out of the shuffle as ``pipeline.parking``'s do."""

    def __init__(self, chunk: ChunkConfig, shards_per_bucket: int, keep_text: bool = False):
        super().__init__()
        self._fn = _ChunkFn(chunk, shards_per_bucket, keep_text)

    def expand(self, docs):
        return docs | beam.ParDo(self._fn).with_outputs(REJECTED, DOCUMENTS, main=MAIN)
