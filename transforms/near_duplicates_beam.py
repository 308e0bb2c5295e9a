"""Beam wrappers of ``transforms.near_duplicates``: signatures, LSH bands, the
two-step join that verifies candidate pairs, clusters, and the split decided per
cluster (``AssignSplits``). The per-document and per-cluster logic lives in
``transforms.near_duplicates``; this module only wires it into a pipeline."""

from __future__ import annotations

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from schemas import Document, Rejected
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED
from transforms.near_duplicates import (
    STAGE,
    SUMMARY,
    NearDuplicateConfig,
    assign_clusters,
    band_keys,
    bucket_pairs,
    cluster_split,
    estimated_jaccard,
    signature,
    split_key,
    summarize,
)
from transforms.split import split_extremes, stable_fraction
from transforms.split_scripts import (
    fallback_choice,
    flipped_key_by_script,
    script_extremes,
    text_script,
)


# --------------------------------------------------------------------------
def _signature_record(doc: Document, config: NearDuplicateConfig):
    sig, count = signature(doc.text, config)
    return doc.doc_id, (sig.tobytes(), count)


def _verify(item, threshold: float):
    """Second half of the join: ``(b, {"sig": [(sig_b, n_b)], "half": [(a, sig_a, n_a)]})``."""
    b, grouped = item
    for sig_b, n_b in grouped["sig"]:
        for a, sig_a, n_a in grouped["half"]:
            sim = estimated_jaccard(
                np.frombuffer(sig_a, np.uint32), np.frombuffer(sig_b, np.uint32)
            )
            if sim >= threshold:
                yield a, n_a, b, n_b


def _first_half(item):
    a, grouped = item
    for sig_a, n_a in grouped["sig"]:
        for b in grouped["other"]:
            yield b, (a, sig_a, n_a)


class FindNearDuplicates(beam.PTransform):
    """Documents -> a single ``{doc_id: ClusterInfo}`` (documents in a cluster only;
    empty when detection is off or nothing is near-duplicated)."""

    def __init__(self, config: NearDuplicateConfig):
        super().__init__()
        self.config = config

    def expand(self, docs):
        config = self.config
        if not config.enabled:
            return docs.pipeline | "NoClusters" >> beam.Create([{}])
        sigs = (
            docs
            | "Signatures" >> beam.Map(_signature_record, config=config)
            | "DropEmpty" >> beam.Filter(lambda kv: kv[1][1] > 0)  # no shingle: nothing to compare
        )
        bands, rows = config.bands, config.rows
        pairs = (
            sigs
            | "BandKeys"
            >> beam.FlatMap(
                lambda kv: (
                    (key, kv[0])
                    for key in band_keys(np.frombuffer(kv[1][0], np.uint32), bands, rows)
                )
            )
            | "GroupByBand" >> beam.GroupByKey()
            | "BucketPairs" >> beam.FlatMap(lambda kv: bucket_pairs(kv[1], config.max_bucket))
            | "DistinctPairs" >> beam.Distinct()
        )
        halves = (
            {"sig": sigs, "other": pairs}
            | "JoinFirst" >> beam.CoGroupByKey()
            | "FirstHalf" >> beam.FlatMap(_first_half)
        )
        return (
            {"sig": sigs, "half": halves}
            | "JoinSecond" >> beam.CoGroupByKey()
            | "Verify" >> beam.FlatMap(_verify, threshold=config.threshold)
            | "AllEdges" >> beam.combiners.ToList()
            | "Clusters" >> beam.Map(assign_clusters)
        )


class _SplitFn(beam.DoFn):
    def __init__(self, validation_fraction: float, dedup: bool):
        self._fraction = validation_fraction
        self._dedup = dedup
        self._rejected = Metrics.counter(NAMESPACE, "near_duplicates_rejected")

    def process(self, doc: Document, clusters: dict, fallback: str):
        info = clusters.get(doc.doc_id)
        if self._dedup and info is not None and info.cluster != doc.doc_id:
            self._rejected.inc()
            yield beam.pvalue.TaggedOutput(
                REJECTED,
                Rejected(
                    doc_id=doc.doc_id,
                    source=doc.source,
                    stage=STAGE,
                    reason="near_duplicate",
                    error=f"near-duplicate of {info.cluster!r}, which is kept (cluster of "
                    f"{info.size} documents); --dedup keeps one document per cluster, drop the "
                    "flag to keep them all (they then share one split)",
                ),
            )
            return
        yield cluster_split(doc, self._fraction, clusters, fallback)


def _own_key(item, clusters: dict):
    """``(script, (stable_fraction, key))`` for a document that names its split key (in
    no cluster, or its cluster's kept document): each key once, no shuffle. ``item``: a
    document id (script "") or ``(doc_id, script)``."""
    doc_id, script = (item, "") if isinstance(item, str) else item
    if split_key(doc_id, clusters) == doc_id:
        yield script, (stable_fraction(doc_id, salt="split/"), doc_id)


class _ScriptExtremes(beam.CombineFn):
    """``transforms.split_scripts.script_extremes`` as a combine: per script, the two
    smallest and the largest keys (a dict of lists of at most three)."""

    def create_accumulator(self):
        return {}

    def add_input(self, accumulator, item):
        script, key = item
        return {**accumulator, script: split_extremes([*accumulator.get(script, []), key])}

    def merge_accumulators(self, accumulators):
        merged: dict[str, list] = {}
        for accumulator in accumulators:
            for script, keys in accumulator.items():
                merged.setdefault(script, []).extend(keys)
        return script_extremes(merged)

    def extract_output(self, accumulator):
        return accumulator


class FallbackValidationKey(beam.PTransform):
    """Document ids (or ``(doc_id, script)`` pairs) -> a single str: the key of the
    ``at_least_one_validation`` or ``at_least_one_train`` rule
    (``transforms.split_scripts.flipped_key_by_script``: clause
    ``fallback_shares_a_script``), "" when none. A combine of the two smallest and the
    largest distinct hashes per script (a repeated id is one key): the per-document split
    stays parallel. ``with_choice``: a dict of two, the key and which choice sent it
    (``transforms.split_scripts.fallback_choice``: clause ``fallback_choice_recorded``)."""

    def __init__(self, validation_fraction: float, clusters, with_choice: bool = False):
        super().__init__()
        self.validation_fraction = validation_fraction
        self.clusters = clusters
        self.with_choice = with_choice

    def expand(self, doc_ids):
        extremes = (
            doc_ids
            | "OwnKeys" >> beam.FlatMap(_own_key, clusters=beam.pvalue.AsSingleton(self.clusters))
            | "TwoSmallest" >> beam.CombineGlobally(_ScriptExtremes())
        )
        key = extremes | "Fallback" >> beam.Map(
            flipped_key_by_script, validation_fraction=self.validation_fraction
        )
        if not self.with_choice:
            return key
        choice = extremes | "Choice" >> beam.Map(fallback_choice, key=beam.pvalue.AsSingleton(key))
        return {"key": key, "choice": choice}


class AssignSplits(beam.PTransform):
    """Normalized ``Document`` -> the same with its split, decided per
    near-duplicate cluster; outputs ``main``, ``rejected`` (``--dedup``: stage
    "near_duplicates", reason "near_duplicate") and ``summary`` (one dict for the
    manifest, ``summarize``)."""

    def __init__(
        self,
        validation_fraction: float,
        config: NearDuplicateConfig,
        park: tuple[beam.PTransform, beam.PTransform] | None = None,
    ):
        """``park``: (store, restore) transforms of ``Document`` applied around the
        wait for the clusters, so that what waits is small (the build passes
        ``pipeline.parking``'s ``ParkText``/``UnparkText``)."""
        super().__init__()
        self.validation_fraction = validation_fraction
        self.config = config
        self.park = park

    def expand(self, docs):
        clusters = docs | "FindNearDuplicates" >> FindNearDuplicates(self.config)
        chosen = (
            docs
            | "DocIds" >> beam.Map(lambda doc: (doc.doc_id, text_script(doc.text)))
            | "AtLeastOneValidation"
            >> FallbackValidationKey(self.validation_fraction, clusters, with_choice=True)
        )
        fallback = chosen["key"]
        waiting = docs if self.park is None else docs | "ParkText" >> self.park[0]
        out = waiting | "SplitPerCluster" >> beam.ParDo(
            _SplitFn(self.validation_fraction, self.config.dedup),
            clusters=beam.pvalue.AsSingleton(clusters),
            fallback=beam.pvalue.AsSingleton(fallback),
        ).with_outputs(REJECTED, main=MAIN)
        main = out[MAIN] if self.park is None else out[MAIN] | "UnparkText" >> self.park[1]
        summary = clusters | "Summarize" >> beam.Map(
            summarize,
            config=self.config,
            fallback=beam.pvalue.AsSingleton(fallback),
            validation_fraction=self.validation_fraction,
            choice=beam.pvalue.AsSingleton(chosen["choice"]),
        )
        return {MAIN: main, REJECTED: out[REJECTED], SUMMARY: summary}
