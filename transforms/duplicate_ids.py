"""Unique document ids: the first document of each id is kept, the others rejected.

Everything downstream (split, shard, chunk ids, the documents output) is keyed by
``doc_id``, so two documents with one id would collide. Which one is "first" must
not depend on the runner's order: documents are ordered by their source in
natural order, file path then line or row number *as a number*, so ``f.jsonl:2``
comes before ``f.jsonl:10`` (as it does in the file) and a whole-file source
(``f.txt``) before any of its lines.

Cost: one GroupByKey on ``doc_id``; per id, a sort of its documents (almost
always one).
"""

from __future__ import annotations

from collections.abc import Iterable

import apache_beam as beam

from schemas import Document, Rejected
from transforms.beam_utils import MAIN, REJECTED


def source_order(source: str) -> tuple[str, int]:
    """``(path, line or row)`` of a reader's source, ``line = -1`` for a whole file.

    Sources are ``path`` (a text file) or ``path:N`` (line ``N`` of a JSONL file,
    row ``N`` of a Parquet file); ``gs://...`` paths keep their scheme's colon.
    """
    path, sep, number = source.rpartition(":")
    if sep and number.isdigit():
        return path, int(number)
    return source, -1


def first_of_duplicates(doc_id: str, docs: Iterable[Document]) -> tuple[Document, list[Rejected]]:
    """The document kept for ``doc_id`` (first by source) and a rejection for every other."""
    ordered = sorted(docs, key=lambda d: (source_order(d.source), d.source))
    kept = ordered[0]
    rejected = [
        Rejected(
            doc_id=doc_id,
            source=dup.source,
            stage="read",
            reason="duplicate_id",
            error=f"id {doc_id!r} already used by {kept.source}; ids must be unique "
            "(pass --id-field to choose another field, or fix the data)",
        )
        for dup in ordered[1:]
    ]
    return kept, rejected


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
def _keep_first(item: tuple[str, Iterable[Document]]):
    kept, rejected = first_of_duplicates(*item)
    yield kept
    for record in rejected:
        yield beam.pvalue.TaggedOutput(REJECTED, record)


class RejectDuplicateIds(beam.PTransform):
    """Document -> ``main``: one document per id; ``rejected``: the others (stage
    "read", reason "duplicate_id")."""

    def expand(self, docs):
        return (
            docs
            | "KeyById" >> beam.Map(lambda d: (d.doc_id, d))
            | "GroupById" >> beam.GroupByKey()
            | "KeepFirst" >> beam.FlatMap(_keep_first).with_outputs(REJECTED, main=MAIN)
        )
