"""What a local build tells the user while and after it runs.

Progress line. Beam's local runner hands counters back only when the pipeline has
finished, and its worker processes (multi-process mode) share no memory with the
driver. So on local runs a pass-through step after tokenization (``CountProgress``)
keeps, per worker, the documents and tokens it has seen, and rewrites them to its
own small JSON file in a local folder at most once a second (write, then rename, so
a reader never sees half a file). A driver thread (:class:`ProgressLine`) sums the
files and shows ``documents, tokens, tokens/s``: redrawn in place every second when
stderr is a terminal, one plain line a minute otherwise (so logs of long builds get
a heartbeat and short ones stay quiet). Cost: one small file write per worker and
second, one directory listing per refresh; tokenization and chunking of a document
run fused in one bundle, so "tokenized" is within a bundle of "chunked". A retried
bundle counts twice: the line is a progress estimate, the manifest has the exact
counts.

Summary. :func:`counter_summary` turns the Beam counters of the finished run
(documents read and unreadable, chunked, rows written, and every rejected record by
stage and reason) into the lines printed after the manifest's totals.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import uuid

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas.wording import counted
from transforms.archives import SKIPPED_PREFIX as SKIPPED
from transforms.beam_utils import NAMESPACE
from transforms.charset_labels import known_counts
from transforms.cp1252_signs import HINT_PREFIX
from transforms.pipes import READ_AS_PREFIX as READ_AS

TTY_INTERVAL_S = 1.0
LOG_INTERVAL_S = 60.0
FLUSH_INTERVAL_S = 1.0
REJECTED_PREFIX = "rejected."  # counter name: rejected.<stage>.<reason>


def count_rejected(record) -> None:
    """Count one ``schemas.Rejected`` record by stage and reason (a Beam counter)."""
    Metrics.counter(NAMESPACE, f"{REJECTED_PREFIX}{record.stage}.{record.reason}").inc()


class _CountProgressFn(beam.DoFn):
    def __init__(self, folder: str):
        self._folder = folder

    def setup(self):
        self._path = os.path.join(self._folder, f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json")
        self._documents = self._tokens = 0
        self._flushed = 0.0

    def process(self, doc):
        self._documents += 1
        self._tokens += int(doc.token_ids.size)
        if time.monotonic() - self._flushed >= FLUSH_INTERVAL_S:
            self._flush()
        yield doc

    def finish_bundle(self):
        self._flush()

    def _flush(self) -> None:
        self._flushed = time.monotonic()
        tmp = f"{self._path}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump({"documents": self._documents, "tokens": self._tokens}, handle)
            os.replace(tmp, self._path)
        except OSError:  # the driver removed the folder: the run is over, nothing to show
            pass


class CountProgress(beam.PTransform):
    """Pass ``TokenizedDocument``s through, counting them into ``folder`` (local runs)."""

    def __init__(self, folder: str):
        super().__init__()
        self._folder = folder

    def expand(self, docs):
        return docs | beam.ParDo(_CountProgressFn(self._folder))


def read_progress(folder: str) -> tuple[int, int]:
    """(documents, tokens) summed over the workers' files in ``folder``."""
    documents = tokens = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0, 0
    for name in names:
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                counts = json.load(handle)
        except (OSError, ValueError):
            continue
        documents += int(counts.get("documents", 0))
        tokens += int(counts.get("tokens", 0))
    return documents, tokens


def format_progress(documents: int, tokens: int, seconds: float) -> str:
    rate = tokens / seconds if seconds > 0 else 0.0
    minutes, secs = divmod(int(seconds), 60)
    return (
        f"building: {counted(documents, 'document', thousands=True)} tokenized, "
        f"{counted(tokens, 'token', thousands=True)}, "
        f"{rate:,.0f} tokens/s, {minutes}:{secs:02d} elapsed"
    )


class ProgressLine:
    """A thread that shows the progress of the workers writing into ``folder``.

    ``with ProgressLine(folder):`` around the pipeline run. On a terminal the line is
    redrawn in place every ``TTY_INTERVAL_S`` and erased at the end (the summary
    follows); otherwise one line per ``LOG_INTERVAL_S``.
    """

    def __init__(self, folder: str, stream=None, interval: float | None = None):
        self.folder = folder
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval or (TTY_INTERVAL_S if self.tty else LOG_INTERVAL_S)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="longctx-progress", daemon=True)
        self._start = 0.0
        self._drawn = 0

    def __enter__(self):
        self._start = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        if self.tty and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
        return False

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            line = format_progress(*read_progress(self.folder), time.monotonic() - self._start)
            if self.tty:
                self.stream.write("\r" + line.ljust(self._drawn))
                self._drawn = max(self._drawn, len(line))
            else:
                self.stream.write(line + "\n")
            self.stream.flush()


def archive_skipped(counters: dict[str, int]) -> dict[str, int]:
    """The archive members skipped by kind (``transforms.archives``: hidden, link,
    special), from the read's counters; in the manifest's ``documents``."""
    return {
        name.removeprefix(SKIPPED): n
        for name, n in sorted(counters.items())
        if name.startswith(SKIPPED) and n
    }


def codec_hints(counters: dict[str, int]) -> dict[str, int]:
    """Clause ``cp1252_letters_misplaced`` (``transforms.cp1252_signs``): the files read
    as CP1252 whose bytes look like another codec's letters, by that codec; in the
    manifest's ``documents`` and the summary (the workers' log lines may not reach the
    terminal)."""
    return known_counts(
        {
            name.removeprefix(HINT_PREFIX): n
            for name, n in sorted(counters.items())
            if name.startswith(HINT_PREFIX) and n
        }
    )


def counters_of(result) -> dict[str, int]:
    """The ``longctx`` counters of a finished Beam run (committed, else attempted)."""
    found: dict[str, int] = {}
    try:
        counters = result.metrics().query()["counters"]
    except (AttributeError, NotImplementedError, KeyError):  # a runner without metrics
        return found
    for counter in counters:
        if counter.key.metric.namespace != NAMESPACE:
            continue
        value = counter.committed if counter.committed is not None else counter.attempted
        name = counter.key.metric.name
        found[name] = found.get(name, 0) + int(value or 0)
    return found


def counter_summary(counters: dict[str, int]) -> list[str]:
    """Lines for the build summary: documents read, chunked, rows written, and every
    rejected record by stage and reason."""
    if not counters:
        return []
    read, unreadable = counters.get("read_ok", 0), counters.get("read_rejected", 0)
    lines = [
        f"beam counters: {counted(read + unreadable, 'record')} read ({unreadable} unreadable), "
        f"{counted(counters.get('chunk_ok', 0), 'document')} chunked, "
        f"{counted(counters.get('rows_written', 0), 'row')} written"
    ]
    rejected = sorted(
        (name[len(REJECTED_PREFIX) :], n)
        for name, n in counters.items()
        if name.startswith(REJECTED_PREFIX) and n
    )
    if rejected:
        lines.append(
            "  rejected by stage.reason: " + ", ".join(f"{name} {n}" for name, n in rejected)
        )
    lines += read_as(counters)
    for codec, n in codec_hints(counters).items():  # clause cp1252_letters_misplaced
        lines.append(
            f"  {counted(n, 'file')} read as windows-1252 whose bytes look like {codec} letters "
            f"(each named below, with its fix): if they are, read them as {codec}"
        )
    skipped = archive_skipped(counters).items()  # members that are no documents, not rejected
    if skipped:
        lines.append(
            "  archive members skipped (hidden or OS files, links, devices): "
            + ", ".join(f"{kind} {n}" for kind, n in skipped)
        )
    return lines


_READ_AS = {
    "jsonl": (
        "as JSON Lines (JSON objects are at least half of the lines looked at, or most "
        "of their bytes: a record a line)"
    ),
    "text": "as one text (its first line is no JSON object)",
    "text_json_first_line": (
        "as one text although its first line is a JSON object (most lines after it are "
        "not; to read it as JSON Lines, save it as FILE.jsonl and pass that)"
    ),
}


def read_as(counters: dict[str, int]) -> list[str]:
    """Clause ``pipe_jsonl_by_lines`` (``transforms.pipes.pipe_format``): one line per
    way pipes without a file name (``--input -``) were read, chosen by their content."""
    return [
        f"  {'pipe' if n == 1 else f'{n} pipes'} without a file name read {_READ_AS[verdict]}"
        for verdict in _READ_AS
        if (n := counters.get(f"{READ_AS}{verdict}", 0))
    ]


# Clause fallback_choice_recorded (session 45): the line says which choice the
# at_least_one_validation rule made (the manifest's validation_fallback_choice); a
# manifest from before it records none, and its line reads as it did.
_FALLBACK_CHOICE = {
    "shared_script": "the nearest by hash among the documents whose script another "
    "document shares: train has its script too",
    "nearest": "the nearest by hash; no two documents share a script, so train has none "
    "of its script",
}
_FALLBACK_OLD = "the nearest by hash, of a script that train has too where two documents share one"


def report(manifest, counters: dict[str, int]) -> None:
    """What ``longctx dataset`` prints when the build is done (a ``Manifest``)."""
    docs = manifest.documents
    print(f"dataset: {manifest.config['output']}")
    print(f"documents: {docs.documents_in} in, {docs.written} written, {docs.rejected} rejected")
    near = manifest.near_duplicates
    if near is not None:
        print(
            f"near-duplicates: {counted(near.clusters, 'cluster')} of "
            f"{counted(near.documents_in_clusters, 'document')}, {near.rejected} rejected (--dedup)"
        )
        if near.validation_fallback:
            print(
                f"validation: no document's hash fell under --validation-fraction "
                f"{manifest.config['validation_fraction']}; {near.validation_fallback!r} "
                f"({_FALLBACK_CHOICE.get(near.validation_fallback_choice, _FALLBACK_OLD)}) "
                "is in validation so that the split is not empty"
            )
        if near.train_fallback:
            print(
                f"train: every document's hash fell under --validation-fraction "
                f"{manifest.config['validation_fraction']}; {near.train_fallback!r} "
                "(the farthest) is in train so that there is something to train on"
            )
    for split, buckets in manifest.splits.items():
        for window, b in buckets.items():
            print(
                f"  {split:<10} window {window:>6}: {b.rows:>7} rows {b.tokens:>10} tokens "
                f"{b.scored_tokens:>10} scored  padding {b.padding_fraction:.2%}"
            )
    if line := held_out_line(manifest):
        print(line)
    for line in counter_summary(counters):
        print(line)
    docs = manifest.documents
    for line in hint_lines(docs.codec_hint_files, docs.codec_hint_files_more):
        print(line)


# Clause codec_hint_said_once (session 42): the files read with a codec hint, each
# named once by the launcher (the worker's log line was printed twice by a
# multi-process build and never on Dataflow's terminal); a build of many such files
# names the first ones and says where the rest are.
HINT_LINES = 20


def hint_lines(hints: dict[str, str], more: int = 0) -> list[str]:
    """Clause ``codec_hint_said_once``: one line per file of the manifest's
    ``documents.codec_hint_files`` (its source, what it looks like, the flag to pass),
    the first ``HINT_LINES``, then how many more and where they are named (review:
    ``more``, the files beyond those the manifest names, are counted in)."""
    lines = [f"  warning: {line}" for line in list(hints.values())[:HINT_LINES]]
    if rest := len(hints) + more - len(lines):
        where = "names each" if not more else f"names the first {len(hints):,}"
        lines.append(
            f"  ... and {counted(rest, 'more file', thousands=True)}: the manifest's "
            f"documents.codec_hint_files {where}"
        )
    return lines


# Clause held_out_share_line: the split is by whole document, so in a corpus of a few
# books one book is validation (by its hash, or rule at_least_one_validation): with 2
# Shakespeare plays 62% of the scored tokens were held out of training and the output
# said only the bucket lines. Above this share the build says so and how to train on
# every document (the default corpus: 9.8%, no line).
HELD_OUT_SHARE = 0.25


def held_out_line(manifest) -> str:
    """One line when validation holds more than ``HELD_OUT_SHARE`` of the scored
    tokens (at the first window) and more than twice ``--validation-fraction``, else ""."""
    scored = {
        split: next(iter(buckets.values())).scored_tokens
        for split, buckets in manifest.splits.items()
        if buckets
    }
    total = sum(scored.values())
    held = scored.get("validation", 0)
    # Clause held_out_share_asked (review of wtF): a --validation-fraction asked on
    # purpose (0.3, 0.5) holds that share out by design; the line is for a share far
    # above what was asked: over a quarter and over twice the fraction.
    asked = float(manifest.config.get("validation_fraction") or 0.0)
    if not total or held / total <= max(HELD_OUT_SHARE, 2 * asked):
        return ""
    by_split = manifest.documents.by_split
    docs = sum(by_split.values())
    return (
        f"validation: {by_split.get('validation', 0)} of {counted(docs, 'document')} "
        f"({held / total:.0%} of the scored tokens) held out of training (the split is by "
        "document); to train on all of them: --validation-fraction 0 (make dataset "
        "DATASET_ARGS='--validation-fraction 0'), and make eval EVAL_ARGS='--text FILES' "
        "for perplexity on other text"
    )
