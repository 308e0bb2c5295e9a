"""Plots of a built dataset: document and row length distributions (``lengths.png``).

Written by the build next to the manifest (``pipeline.finish``); the training
plots (loss, perplexity, passkey) are ``training.plots``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

import schemas
from pipeline import storage
from pipeline.reading import arrow_files, column_values
from schemas.dataset import DOCUMENTS
from schemas.wording import counted


def _short(value: float) -> str:
    """A tick label: 500, 20k, 1.5M."""
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if value >= size:
            return f"{value / size:g}{unit}"
    return f"{value:g}"


def plot_lengths(out_dir: str, path: str) -> None:
    """PNG of the document-length and chunk-length distributions (no _COMPLETE needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

    doc_files = arrow_files(storage.join(out_dir, DOCUMENTS))
    doc_lengths = np.concatenate(
        [np.zeros(0, np.int64)] + [column_values(p, "num_tokens") for p in doc_files]
    )
    chunk_lengths: dict[int, list[np.ndarray]] = defaultdict(list)
    for split in schemas.SPLITS:
        for shard in arrow_files(storage.join(out_dir, split)):
            # Two columns streamed, not the shard: the driver's memory stays flat.
            windows = column_values(shard, "window")
            lengths = column_values(shard, "length")
            for window in np.unique(windows):
                chunk_lengths[int(window)].append(lengths[windows == window])

    figure = Figure(figsize=(11, 4), dpi=100)
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2)
    positive = doc_lengths[doc_lengths > 0]
    if len(positive):
        low, high = np.log10(positive.min()), np.log10(positive.max())
        bins = np.logspace(low - 0.05, max(high, low + 1) + 0.05, 40)
        left.hist(positive, bins=bins, color="tab:blue")
        left.set_xscale("log")
        # 1-2-5 ticks as 20k, 50k, 100k: the default minor labels (2x10^4, 3x10^4...)
        # overlapped, and drawing them as TeX cost more than the rest of the plot.
        left.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        left.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _short(x)))
        left.xaxis.set_minor_formatter(NullFormatter())
    left.yaxis.set_major_locator(MaxNLocator(integer=True))
    left.set_title(f"document length ({counted(len(doc_lengths), 'document')})")
    left.set_xlabel("tokens")
    left.set_ylabel("documents")
    for window in sorted(chunk_lengths):
        lengths = np.concatenate(chunk_lengths[window])
        right.hist(
            lengths / window,
            bins=np.linspace(0, 1, 41),
            histtype="step",
            linewidth=1.5,
            label=f"{window} ({counted(len(lengths), 'row')})",
        )
    right.set_title("row length / window (1.0 = no padding)")
    right.set_xlabel("fraction of window filled")
    right.set_ylabel("rows")
    if chunk_lengths:
        right.legend(title="window")
    # Fixed margins: tight_layout measured every tick label again (~0.4 CPU-s of the
    # build's serial end, docs/PERFORMANCE.md); these fit the labels above.
    figure.subplots_adjust(left=0.06, right=0.985, bottom=0.13, top=0.91, wspace=0.2)
    figure.savefig(path, format="png")
