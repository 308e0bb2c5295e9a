"""Plots of a built dataset: document and row length distributions (``lengths.png``).

Written by the build next to the manifest (``pipeline.finish``); the training
plots (loss, perplexity, passkey) are ``training.plots``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

import schemas
from pipeline import storage
from pipeline.reading import arrow_files, documents, read_table


def plot_lengths(out_dir: str, path: str) -> None:
    """PNG of the document-length and chunk-length distributions (no _COMPLETE needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    doc_lengths = documents(out_dir).column("num_tokens").to_numpy()
    chunk_lengths: dict[int, list[np.ndarray]] = defaultdict(list)
    for split in schemas.SPLITS:
        for shard in arrow_files(storage.join(out_dir, split)):
            table = read_table(shard)
            if table.num_rows:
                windows = table.column("window").to_numpy()
                lengths = table.column("length").to_numpy()
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
    left.set_title(f"document length ({len(doc_lengths)} documents)")
    left.set_xlabel("tokens")
    left.set_ylabel("documents")
    for window in sorted(chunk_lengths):
        lengths = np.concatenate(chunk_lengths[window])
        right.hist(
            lengths / window,
            bins=np.linspace(0, 1, 41),
            histtype="step",
            linewidth=1.5,
            label=f"{window} ({len(lengths)} rows)",
        )
    right.set_title("row length / window (1.0 = no padding)")
    right.set_xlabel("fraction of window filled")
    right.set_ylabel("rows")
    if chunk_lengths:
        right.legend(title="window")
    figure.tight_layout()
    figure.savefig(path, format="png")
