"""Clause ``misnamed_remote`` (session 35): the misnamed-compression checks
(``codec_suffix_not_its_data``, ``codec_data_plain_name``: transforms/misnamed_codec.py)
looked at local files and archive members only. A remote file (``gs://``, ``s3://``, any
Beam/fsspec filesystem) named for a codec it is not said the library's words (plain text
named ``books.txt.gz``: "could not read text file: BadGzipFile: Not a gzipped file
(b'BO')"), and gzip data named ``books.txt``/``books.jsonl`` was "binary (an image, a
font, an e-book or another format)". Opening the object again to look would be one more
request, and on a bucket a read fetches a whole buffer (Beam's GCS reader: 16 MB). So the
first bytes are kept from the open the reader makes anyway (its first look, the archive
sniff): a peek at the stream's buffer, nothing consumed, no extra request. They are kept
while the file is read (``forget`` at its end), 4 KB a file."""

from __future__ import annotations

import io
import threading

HEAD_KEPT = 4096
_HEADS: dict[str, bytes] = {}
_LOCK = threading.Lock()


def remote(path: str) -> bool:
    return "://" in path


def kept(path: str, raw):
    """``raw`` (the raw stream of ``path`` as just opened), its first bytes kept when
    ``path`` is remote and none are kept yet; a stream that cannot peek is buffered (the
    same bytes, read once)."""
    if not remote(path) or path in _HEADS:
        return raw
    try:
        if not hasattr(raw, "peek"):
            raw = io.BufferedReader(raw, 65536)
        head = bytes(raw.peek(HEAD_KEPT)[:HEAD_KEPT])
    except Exception:  # noqa: BLE001 - only a better message is lost: the read says why
        return raw
    with _LOCK:
        _HEADS.setdefault(path, head)
    return raw


def head(path: str, size: int) -> bytes | None:
    """The first ``size`` bytes of the remote file ``path`` as its first open saw them;
    None when it was not opened yet (never a request of its own)."""
    found = _HEADS.get(path)
    return None if found is None else found[:size]


def forget(path: str) -> None:
    with _LOCK:
        _HEADS.pop(path, None)
