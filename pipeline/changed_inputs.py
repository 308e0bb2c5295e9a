"""Input files that changed while a build ran, seen by the driver.

* :func:`listing_stamps`: each input's (size, modification time) when the build lists it
  (local ``stat``, or Beam's metadata for a remote file: clause
  ``changed_during_build_remote``); the readers compare their file with it (clause
  ``changed_during_build_rejected``, transforms/changed_since_listed.py).
* :func:`changed_during_build_line`: the one warning, once the pipeline has run, naming
  the inputs not as listed (clause ``changed_during_build_said``, session 31), now split
  by what the build did with them (clause ``changed_during_build_told_apart``)."""

from __future__ import annotations

import json

from schemas.wording import counted


def listing_stamps(files) -> dict[str, tuple[int, int]]:
    """(size, modification time in ns) of each input file when the build starts
    (clause ``changed_during_build_said``); a remote one's from Beam's metadata (clause
    ``changed_during_build_remote``, transforms/changed_since_listed.py)."""
    from transforms.changed_since_listed import file_stamp

    found = {}
    for f in files:
        if not f.problem and (now := file_stamp(f.path)) is not None:
            found[f.path] = now
    return found


def _rejected_as_changed(staging: str | None) -> set[str]:
    """The sources the build's readers rejected as ``changed_during_build`` (read from
    the staging output's rejected file; only when some input changed)."""
    if not staging:
        return set()
    from pipeline import storage
    from schemas.dataset import REJECTED_DIR, REJECTED_FILE
    from transforms.changed_since_listed import KEPT_AS_READ, REASON

    found = set()
    try:
        with storage.open_read(storage.join(staging, REJECTED_DIR, REJECTED_FILE)) as handle:
            for line in handle:
                if b'"' + REASON.encode() + b'"' in line:
                    record = json.loads(line)
                    # clause changed_during_build_told_apart_kept (review): a remote
                    # JSONL/Parquet changed while read keeps the records read before
                    # the change: not "nothing of them in the dataset"
                    kept = KEPT_AS_READ in record.get("error", "")
                    if record.get("reason") == REASON and not kept:
                        found.add(record.get("source", ""))
    except (OSError, ValueError):
        return set()
    return found


def changed_during_build_line(
    files, stamps: dict[str, tuple[int, int]], staging: str | None = None
) -> str | None:
    """Clause ``changed_during_build_said`` (session 31): a file written by a writer that
    pauses longer than ``SETTLE_NS`` (0.3 s) between its writes was read whole-looking
    during a pause and the cut document trained on in silence: Coriolanus written in
    16 kB steps 0.8 s apart, a build started meanwhile: "2 in, 2 written", exit 0, 114 kB
    of its 165 kB in the dataset. The driver stamps every input again when the pipeline
    has run; one line names the files that changed since the listing.

    Clause ``changed_during_build_told_apart`` (session 32): since such a file is
    rejected when it is not as listed at its read (``changed_during_build_rejected``),
    the line said "may be cut" of files that were not in the dataset at all. With the
    ``staging`` output, it says which are in rejected/ and which were read before they
    changed (the only ones whose text in the dataset may be cut)."""
    changed = []
    for f in files:
        then = stamps.get(f.path)
        now = listing_stamps([f]).get(f.path)
        if then is not None and now != then:
            size = "gone" if now is None else f"{now[0]:,} bytes"
            changed.append((f, f"{f.relative} ({then[0]:,} bytes when listed, {size} now)"))
    if not changed:
        return None
    rejected = _rejected_as_changed(staging)
    kept = [said for f, said in changed if f.source not in rejected]
    head = (
        f"{counted(len(changed), 'input file')} changed while this build ran: "
        f"{_some([said for _, said in changed])}; "
    )
    if not kept:
        return (
            head + "not as listed when read, they are in rejected/ (changed_during_build), "
            "nothing of them in the dataset: build again with --overwrite once they are "
            "written whole"
        )
    if len(kept) < len(changed):
        head += f"{len(changed) - len(kept)} of them in rejected/ (changed_during_build); "
        head += f"read before they changed: {_some(kept)}; "
    return (
        head + "what the build read of a file still being written may be cut: build again "
        "with --overwrite once they are written whole"
    )


def _some(names: list[str]) -> str:
    return f"{', '.join(names[:5])}{', ...' if len(names) > 5 else ''}"
