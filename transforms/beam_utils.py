"""Thin Beam plumbing shared by every stage.

A stage is a pure function of one element (``Document``, ``StructuredDocument``,
``TokenizedDocument``...). ``DocumentStage`` applies it with a dead-letter output:
an element whose function raises goes to the ``rejected`` output as a
``schemas.Rejected`` record with the stage, a reason and the error message, and a
``Metrics.counter`` counts every outcome. Nothing is dropped silently.

    outputs = docs | "Normalize" >> DocumentStage("normalize", normalize_document)
    outputs.main, outputs.rejected
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas import Rejected

MAIN = "main"
REJECTED = "rejected"
NAMESPACE = "longctx"


class RejectDocument(Exception):
    """Raised by a pure stage function for an input it cannot process.

    ``reason`` is short and machine-readable ("empty_text"); the message says what
    to fix.
    """

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def make_rejected(element: Any, stage: str, error: BaseException) -> Rejected:
    reason = error.reason if isinstance(error, RejectDocument) else type(error).__name__
    return Rejected(
        doc_id=str(getattr(element, "doc_id", "")),
        source=str(getattr(element, "source", "")),
        stage=stage,
        reason=reason,
        error=str(error) or type(error).__name__,
    )


class _StageFn(beam.DoFn):
    def __init__(self, stage: str, fn: Callable[[Any], Any]):
        self._stage = stage
        self._fn = fn
        self._ok = Metrics.counter(NAMESPACE, f"{stage}_ok")
        self._rejected = Metrics.counter(NAMESPACE, f"{stage}_rejected")

    def process(self, element):
        try:
            result = self._fn(element)
        except Exception as error:  # noqa: BLE001 - every failure is recorded, not dropped
            self._rejected.inc()
            yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(element, self._stage, error))
            return
        self._ok.inc()
        yield result


class DocumentStage(beam.PTransform):
    """Apply ``fn`` to every element; failures go to the ``rejected`` output.

    Args:
      stage: stage name recorded in rejected records and metric names.
      fn: pure function of one element returning the new element.
    """

    def __init__(self, stage: str, fn: Callable[[Any], Any]):
        super().__init__()
        self.stage = stage
        self.fn = fn

    def expand(self, pcoll):
        return pcoll | beam.ParDo(_StageFn(self.stage, self.fn)).with_outputs(REJECTED, main=MAIN)
