"""Clause ``changed_during_build_rejected`` (session 32): a file that a writer changes
while the build runs, between the build's listing and its read, was read whole-looking
and trained on. ``changed_while_read`` (transforms/changed_while_read.py) watches only
the read itself and the ``SETTLE_NS`` (0.3 s) after it, so a writer that pauses longer
(a slow download, a log appended now and then, a copy resumed) was missed: session 31
only *said* it at the end (clause ``changed_during_build_said``, pipeline/existing.py),
the cut text already in the shards. The build knows each file's size and modification
time at its listing (``InputFile.listed``, stamped by the driver, pipeline/build.py); a
file whose stamp at its read is not that one was changed by a writer during the build,
and what is read of it now may be cut where the writer paused: the whole file is one
``changed_during_build`` rejection saying what to do, nothing of it read.

Clause ``changed_during_build_remote`` (session 32): a remote file (``gs://``, any Beam
filesystem) had no stamp at all: its size and ``last_updated`` (Beam's
``FileSystems.match`` metadata, where the filesystem gives them; size alone where not)
are compared with the listing's before its read and after it (a text file's document is
then rejected in its place; JSONL and Parquet records are streamed, one rejection
follows them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from schemas import Document, Rejected
from schemas.wording import counted
from transforms.read_records import reject

REASON = "changed_during_build"
KEPT_AS_READ = "are kept as read"  # a streamed remote file's records before its change
_GLOB = "*?[{"


# clause changed_during_build_remote_retried (session 32): a brief metadata failure (a
# timeout, a 503) right after a remote read rejected the document as "gone or cannot be
# stamped now"; a failing ``FileSystems.match`` is asked again, twice at most, after
# these pauses (0.7 s in all); a file that is gone is an answer, not retried
RETRY_PAUSES = (0.2, 0.5)


def match_retried(patterns: list[str]):
    """Beam's ``FileSystems.match(patterns)`` (one call for all: a round trip per
    pattern, or per page of a listing, never per file a pattern matches), asked again
    after each of ``RETRY_PAUSES`` when it fails; the last failure is raised."""
    import time

    from apache_beam.io.filesystems import FileSystems

    for pause in (*RETRY_PAUSES, None):
        try:
            return FileSystems.match(list(patterns))
        except Exception:  # noqa: BLE001 - a filesystem that cannot say now
            if pause is None:
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")


def metadata_stamp(metadata) -> tuple[int, int] | None:
    """(size, last update in ns, 0 when the filesystem does not say) of a remote file
    from one of Beam's ``FileMetadata``; None for a name with glob characters (matching
    it as itself would glob: it is not stamped at all)."""
    if any(c in metadata.path for c in _GLOB):
        return None
    updated = getattr(metadata, "last_updated_in_seconds", None) or 0
    # whole seconds: a listing's time and one file's may differ in precision (S3 lists
    # milliseconds, its HEAD says seconds); both would be "changed" for every file
    return metadata.size_in_bytes, int(updated) * 10**9


def remote_stamps(
    patterns: list[str], failed: dict[str, str] | None = None
) -> dict[str, tuple[int, int]]:
    """The stamps of the remote files ``patterns`` match, by path: one
    :func:`match_retried` for all of them; a pattern whose match still fails is asked
    alone (its files then have no stamp). Clause ``listing_failed_cannot_tell``
    (session 33): such a pattern goes into ``failed`` with its error, so its files are
    said "cannot tell now", not "gone now" (a 503 is not a deletion)."""
    try:
        results = match_retried(patterns)
    except Exception:  # noqa: BLE001 - one failing pattern fails the whole call
        results = []
        for pattern in patterns:
            try:
                results += match_retried([pattern])
            except Exception as error:  # noqa: BLE001 - a filesystem that cannot say
                if failed is not None:
                    failed[pattern] = f"{type(error).__name__}: {error}".splitlines()[0]
                continue
    found = {}
    for result in results:
        for m in result.metadata_list:
            if (now := metadata_stamp(m)) is not None:
                found[m.path] = now
    return found


def remote_stamp(path: str) -> tuple[int, int] | None:
    """(size, last update in ns, 0 when the filesystem does not say) of a remote file
    from Beam's ``FileSystems.match``; None when it cannot be matched as itself (gone, a
    name with glob characters, a filesystem that fails after its retries)."""
    if any(c in path for c in _GLOB):
        return None
    try:
        (result,) = match_retried([path])
    except Exception:  # noqa: BLE001 - gone, or a filesystem that cannot say
        return None
    exact = [m for m in result.metadata_list if m.path == path]
    if len(exact) != 1:
        return None
    return metadata_stamp(exact[0])


def file_stamp(path: str) -> tuple[int, int] | None:
    """(size, modification time in ns) of a local regular file or a remote file."""
    if "://" in path:
        return remote_stamp(path)
    from transforms.changed_while_read import stamp

    found = stamp(path)
    return None if found is None else found[:2]


def _said(
    then: tuple[int, int],
    now: tuple[int, int] | None,
    when: str,
    kept: str = "nothing of it is kept",
) -> str:
    if now is None:
        how = "it is gone or cannot be stamped now"
    elif now[0] != then[0]:
        how = (
            f"from {counted(then[0], 'byte', thousands=True)} to "
            f"{counted(now[0], 'byte', thousands=True)}"
        )
    else:
        how = f"{counted(now[0], 'byte', thousands=True)} as before, modified"
    return (
        f"the file changed {when} ({how}): a writer (a copy, download or log) was still at "
        f"it, so what the build would read of it may be cut where the writer paused; {kept}; "
        "build again with --overwrite once the writer is done"
    )


def checked(file, fmt: str, read: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
    """``read`` (the reader of ``file``, not yet started), or one rejection when the file
    is not as listed when its read starts; a remote file is stamped after its read too."""
    listed = getattr(file, "listed", None)
    if listed is None:  # not stamped by a build (an archive member, a pipe, a test's read)
        yield from read
        return
    now = file_stamp(file.path)
    # clause changed_during_build_gone (review): a file gone since the listing (moved or
    # deleted) is not "a writer still at it": its read fails and says so
    # (gone_since_listed: "put it back and build again, or leave it out of --input")
    if now is not None and now != listed:  # clause changed_during_build_rejected
        yield reject(
            file.relative, file.source, REASON, _said(listed, now, "after the build listed it")
        )
        return
    if "://" not in file.path:  # local: the read itself is watched (changed_while_read*)
        yield from read
        return
    # clause changed_during_build_remote: the read is not watched, it is stamped after
    when = "while it was read"
    if fmt == "text":
        items = list(read)
        after = file_stamp(file.path)
        for item in items:
            if after != listed and isinstance(item, Document):
                item = reject(item.doc_id, item.source, REASON, _said(listed, after, when))
            yield item
        return
    count = 0
    for item in read:
        count += 1
        yield item
    if (after := file_stamp(file.path)) != listed:
        kept = f"the records read before it ({count:,}) {KEPT_AS_READ}"
        said = _said(listed, after, when, kept)
        yield reject(file.relative, file.source, REASON, said)
