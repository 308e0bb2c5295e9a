"""``inspect --verify`` of the ``text`` column of a ``--keep-text`` build.

Clause ``verify_kept_text``: a documents row of a build made with ``--keep-text``
holds its clean text (clause ``keep_text_column``), and the offsets of that row
index it: ``len(text) == num_chars``, and every section, topic segment, paragraph,
sentence and key-sentence span lies in ``[0, len(text)]`` with ``start <= end``. A
build without the flag has no such column; one that should have it and lacks it
(or the reverse) is a failure too. One shard's table is checked at a time, so the
texts of the whole corpus are never held at once.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.reading import list_parts

SPAN_COLUMNS = ("sections", "topic_segments", "paragraphs", "sentences", "key_sentences")


def check_text(failures, where: str, table: pa.Table, keep_text: bool) -> None:
    """Add a ``documents`` failure for each row of ``table`` (one documents shard, at
    ``where``) whose text does not match its offsets."""
    has_text = "text" in table.column_names
    if has_text != keep_text:
        said = "built with --keep-text" if keep_text else "built without --keep-text"
        state = "has a" if has_text else "has no"
        failures.add("documents", f"{where}: {state} text column, but the manifest says {said}")
        return
    if not has_text:
        return
    # Characters counted in Arrow (code points, as len() counts them): no Python copy
    # of the shard's texts is made.
    lengths = pc.utf8_length(table.column("text")).fill_null(-1)
    lengths = lengths.to_numpy(zero_copy_only=False).astype(np.int64)
    num_chars = table.column("num_chars").to_numpy(zero_copy_only=False).astype(np.int64)
    doc_ids = table.column("doc_id").to_pylist()
    for r in np.flatnonzero(lengths != num_chars):
        failures.add(
            "documents",
            f"{where}: doc {doc_ids[r]}: text has {lengths[r]} characters, num_chars "
            f"{num_chars[r]}",
        )
    for name in SPAN_COLUMNS:
        offsets, fields = list_parts(table, name)
        starts = fields["start"].to_numpy(zero_copy_only=False).astype(np.int64)
        ends = fields["end"].to_numpy(zero_copy_only=False).astype(np.int64)
        limit = np.repeat(lengths, np.diff(offsets))
        bad = (starts < 0) | (ends < starts) | (ends > limit)
        for i in np.flatnonzero(bad)[:1]:  # the first per column is enough to find it
            r = int(np.searchsorted(offsets, i, side="right") - 1)
            failures.add(
                "documents",
                f"{where}: doc {doc_ids[r]}: {name}[{i - offsets[r]}] = "
                f"[{starts[i]}, {ends[i]}) is outside its text of {lengths[r]} characters",
            )
