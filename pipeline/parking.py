"""Parking document texts on disk while documents wait at a shuffle.

Beam's local runner holds every PCollection that crosses a shuffle (or waits for
a side input) in the driver's memory. Two of the build's waits carry whole
documents: the ``GroupByKey`` on ``doc_id`` that rejects duplicate ids, and the
near-duplicate clusters that the split waits for. Carried as they are, the driver
holds the corpus there (16 MB of text for 30 books, 800 MB at 50x: driver peak RSS
grew with the corpus, docs/PERFORMANCE.md). ``ParkText`` (fused with the step
before the wait) writes a text over ``inline_chars`` to
``staging/_text/<point>/<sha256(source)>.txt`` and sends the document on with an
empty ``text`` and ``text_file`` set; ``UnparkText`` (fused with the step after)
reads it back. File names and contents depend only on the record, so a retried
bundle rewrites the same file; files are kept until the build ends (a retried
bundle may read one again) and ``remove_parked`` deletes the folder before the
output is finished. Cost: writing and reading the text once per wait (page cache
locally); on Dataflow the same bytes would otherwise go through its shuffle.
"""

from __future__ import annotations

import dataclasses
import hashlib

import apache_beam as beam

from pipeline import storage
from schemas import Document
from schemas.output_names import TEXT_DIR  # noqa: F401 - re-exported; one list of the names


class _ParkFn(beam.DoFn):
    def __init__(self, staging: str, point: str, inline_chars: int):
        self._folder = storage.join(staging, TEXT_DIR, point)
        self._inline_chars = inline_chars

    def process(self, doc: Document):
        if len(doc.text) <= self._inline_chars:
            yield doc
            return
        name = hashlib.sha256(doc.source.encode("utf-8")).hexdigest()[:32]
        path = storage.join(self._folder, f"{name}.txt")
        storage.write_bytes(path, doc.text.encode("utf-8"))
        yield dataclasses.replace(doc, text="", text_file=path)


def unpark(doc: Document) -> Document:
    """The document with its text back in ``text``."""
    if not doc.text_file:
        return doc
    text = storage.read_bytes(doc.text_file).decode("utf-8")
    return dataclasses.replace(doc, text=text, text_file="")


class ParkText(beam.PTransform):
    """``Document`` -> the same, its text in a file when over ``inline_chars``."""

    def __init__(self, staging: str, point: str, inline_chars: int = 1 << 16):
        super().__init__()
        self._fn = _ParkFn(staging, point, inline_chars)

    def expand(self, docs):
        return docs | beam.ParDo(self._fn)


class UnparkText(beam.PTransform):
    """Parked ``Document`` -> the same with its text read back."""

    def expand(self, docs):
        return docs | beam.Map(unpark)


def remove_parked(staging: str) -> None:
    storage.delete_tree(storage.join(staging, TEXT_DIR))
