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


class _StagesFn(beam.DoFn):
    """Several stages in one step: each result replaces the previous one, so only the
    element being made and its input are alive. Chained as one ``_StageFn`` per
    stage, every earlier element stays referenced by the runner's call stack until the last
    stage returns (a local runner runs fused steps as nested calls): for one 50 M-
    character document, a 100 MB text per stage."""

    def __init__(self, stages, restore):
        self._stages = [
            (
                stage,
                fn,
                Metrics.counter(NAMESPACE, f"{stage}_ok"),
                Metrics.counter(NAMESPACE, f"{stage}_rejected"),
            )
            for stage, fn in stages
        ]
        self._restore = restore
        # The stage running, for a memory profile (bench/build_memory_profile.py).
        self._stage = ""

    def process(self, element):
        self._stage = "restore"
        current = element if self._restore is None else self._restore(element)
        del element  # the runner still holds it; with ``restore`` that is the small one
        for stage, fn, ok, rejected in self._stages:
            self._stage = stage
            try:
                current = fn(current)
            except Exception as error:  # noqa: BLE001 - every failure is recorded
                rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(current, stage, error))
                return
            ok.inc()
        yield current


class DocumentStages(beam.PTransform):
    """``DocumentStage`` of each ``(stage, fn)`` in order, as one step (``_StagesFn``):
    the same outputs, rejected records and metrics as the stages one after another.

    Args:
      stages: ``(stage, fn)`` pairs; an element rejected by one skips the rest.
      restore: applied to each element first, outside the dead-letter handling
        (``pipeline.parking.unpark``: the text is read back inside the step, so the
        runner holds only the parked element).
    """

    def __init__(self, stages: list[tuple[str, Callable[[Any], Any]]], restore=None):
        super().__init__()
        self.stages = list(stages)
        self.restore = restore

    def expand(self, pcoll):
        fn = _StagesFn(self.stages, self.restore)
        return pcoll | beam.ParDo(fn).with_outputs(REJECTED, main=MAIN)


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
