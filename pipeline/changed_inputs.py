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
    ``changed_during_build_remote``, transforms/changed_since_listed.py): the listing's
    own (clause ``changed_during_build_remote_listed``: ``expand_inputs`` keeps it), or,
    for a remote file listed without one, one batched match."""
    from transforms.changed_since_listed import file_stamp, remote_stamps

    found, unstamped = {}, []
    for f in files:
        if f.problem:
            continue
        if "://" not in f.path:
            if (now := file_stamp(f.path)) is not None:
                found[f.path] = now
        elif f.listed is not None:
            found[f.path] = f.listed
        else:
            unstamped.append(f.path)
    if unstamped:
        named = [p for p in unstamped if not any(c in p for c in "*?[{")]
        got = remote_stamps(named) if named else {}
        found |= {p: got[p] for p in unstamped if p in got}
    return found


def stamps_now(files, patterns=None, unknown=None) -> dict[str, tuple[int, int]]:
    """Each input's stamp once the pipeline has run (absent: gone or not stamped).
    Clause ``changed_during_build_remote_listed`` (session 32): the remote files are
    matched again by the build's remote ``patterns`` (the --input globs, one batched
    ``FileSystems.match``), so the round trips are per pattern, not per file (10,000
    ``gs://`` files were 10,000 requests one after another); a remote file that no
    pattern names (a test's own list) is matched by its path, in the same call.

    Clause ``listing_failed_cannot_tell`` (session 33): a remote file whose pattern's
    listing failed after its retries has no stamp now, yet it is not known to be gone:
    it goes into ``unknown`` (path -> (pattern, error)), said apart by the end line."""
    from transforms.changed_since_listed import file_stamp, remote_stamps

    found, asked = {}, [p for p in dict.fromkeys(patterns or ()) if "://" in p]
    remote = [f for f in files if not f.problem and "://" in f.path]
    for f in files:
        if not f.problem and "://" not in f.path and (now := file_stamp(f.path)) is not None:
            found[f.path] = now
    named = set(asked)
    asked += [
        f.path
        for f in remote
        if not (set(f.named_by) & named) and not any(c in f.path for c in "*?[{")
    ]
    if asked:
        failed: dict[str, str] = {}
        got = remote_stamps(asked, failed)
        found |= {f.path: got[f.path] for f in remote if f.path in got}
        for f in (f for f in remote if f.path not in got and unknown is not None):
            if failing := [p for p in (f.path, *f.named_by) if p in failed]:
                unknown[f.path] = (failing[0], failed[failing[0]])
    return found


def _rejected_as_changed(staging: str | None, gone: frozenset[str] = frozenset()):
    """The sources the build's readers rejected as ``changed_during_build``, and those
    of ``gone`` (inputs gone by the end) rejected for any reason (read from the staging
    output's rejected file; only when some input changed)."""
    if not staging:
        return set(), set()
    from pipeline import storage
    from schemas.dataset import REJECTED_DIR, REJECTED_FILE
    from transforms.changed_since_listed import KEPT_AS_READ, REASON

    found, lost = set(), set()
    # clause changed_during_build_told_apart_gone_non_ascii (review): as written there
    # (ensure_ascii=False, pipeline/shards.py); escaped, a non-ASCII name never matched
    wanted = [json.dumps(g, ensure_ascii=False)[1:-1].encode() for g in gone]
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
                elif any(w in line for w in wanted):
                    if (source := json.loads(line).get("source", "")) in gone:
                        lost.add(source)
    except (OSError, ValueError):
        return set(), set()
    return found, lost


def changed_during_build_line(
    files, stamps: dict[str, tuple[int, int]], staging: str | None = None, patterns=None
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
    changed (the only ones whose text in the dataset may be cut).

    Clause ``changed_during_build_told_apart_gone`` (session 32): a file moved or
    deleted before its read is rejected as gone (``gone_since_listed``), yet the line
    said it was "read before they changed ... may be cut"; it is said as gone, in
    rejected/, with what to do."""
    changed, unknown, untold = [], {}, []
    current = stamps_now(files, patterns, unknown)
    for f in files:
        then = stamps.get(f.path)
        now = current.get(f.path)
        if then is not None and f.path in unknown:  # clause listing_failed_cannot_tell
            untold.append(f"{f.relative} ({then[0]:,} bytes when listed, cannot tell now)")
            continue
        if then is not None and now != then:
            size = "gone" if now is None else f"{now[0]:,} bytes"
            said = f"{f.relative} ({then[0]:,} bytes when listed, {size} now)"
            changed.append((f, said, now is None))
    if untold:
        why = _listings_failed(unknown)  # clause listings_failed_all_named
        cannot = (
            f"{counted(len(untold), 'input file')} could not be checked once the pipeline "
            f"had run ({why}): {_some(untold)}; this build cannot tell whether they changed "
            "while it ran: if a writer was at them, build again with --overwrite"
        )
        return f"{_changed_line(changed, staging)}; {cannot}" if changed else cannot
    return _changed_line(changed, staging) if changed else None


def _changed_line(changed, staging: str | None) -> str:
    gone = frozenset(f.source for f, _, is_gone in changed if is_gone)
    rejected, lost = _rejected_as_changed(staging, gone)
    kept = [said for f, said, _ in changed if f.source not in rejected | lost]
    gone_said = [said for f, said, _ in changed if f.source in lost]
    head = (
        f"{counted(len(changed), 'input file')} changed while this build ran: "
        f"{_some([said for _, said, _ in changed])}; "
    )
    lost_line = (
        f"gone before their read: {_some(gone_said)}, in rejected/, nothing of them in "
        "the dataset: put them back and build again, or leave them out of --input"
    )
    if not kept and not gone_said:
        return (
            head + "not as listed when read, they are in rejected/ (changed_during_build), "
            "nothing of them in the dataset: build again with --overwrite once they are "
            "written whole"
        )
    if not kept and len(gone_said) == len(changed):
        return (
            head + "gone before their read, they are in rejected/, nothing of them in the "
            "dataset: put them back and build again, or leave them out of --input"
        )
    if not kept:
        head += f"{len(changed) - len(gone_said)} of them in rejected/ (changed_during_build); "
        return head + lost_line
    if len(kept) + len(gone_said) < len(changed):
        head += (
            f"{len(changed) - len(kept) - len(gone_said)} of them in rejected/ "
            "(changed_during_build); "
        )
    if gone_said:
        head += lost_line + "; "
    if len(kept) < len(changed):
        head += f"read before they changed: {_some(kept)}; "
    return (
        head + "what the build read of a file still being written may be cut: build again "
        "with --overwrite once they are written whole"
    )


# Clause listings_failed_all_named (session 34, the Left of session 33): when the end's
# listings of several remote patterns failed, the line named the first alone ("the
# listing of gs://a/*.txt failed: ..."), so a user fixing it retried one bucket of three.
# Now one pattern is said as before; several are counted and the first three named,
# each with its error (its first line), the rest as "and N more".
def _listings_failed(unknown: dict[str, tuple[str, str]]) -> str:
    failed = dict(unknown.values())  # pattern -> error, in the files' order
    if len(failed) == 1:
        ((pattern, error),) = failed.items()
        return f"the listing of {pattern} failed: {error}"
    named = [f"{pattern} ({error})" for pattern, error in list(failed.items())[:3]]
    more = f", and {len(failed) - 3} more" if len(failed) > 3 else ""
    return f"the listings of {len(failed)} patterns failed: {', '.join(named)}{more}"


def _some(names: list[str]) -> str:
    return f"{', '.join(names[:5])}{', ...' if len(names) > 5 else ''}"
