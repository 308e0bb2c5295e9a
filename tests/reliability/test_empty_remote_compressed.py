"""Clause ``empty_remote_compressed_is_cut`` (session 36, transforms/read.py
``empty_compressed``; the Left of session 35): a 0-byte ``.gz``/``.zst`` on a bucket
(gs://, s3://; tested on fsspec's ``memory://``) read as an empty document, while the
same local file is ``truncated_input`` (``empty_compressed_is_cut``, session 29: no
compressor writes 0 bytes; the file was cut before its first byte). Now they agree, with
no request of the reader's own (the size is what its first open saw)."""

from __future__ import annotations

import gzip

import pytest

from schemas import Document, Rejected
from tests.reliability.test_misnamed_remote import _MemoryFS, _read
from transforms.inputs import expand_inputs
from transforms.read import read_file

MOBY = b"Call me Ishmael. Some years ago - never mind how long precisely -\n"


@pytest.mark.parametrize("name", ["moby.txt.gz", "moby.jsonl.gz", "moby.txt.zst"])
def test_empty_remote_compressed_is_cut(tmp_path, name):
    """Clause ``empty_remote_compressed_is_cut``: the empty remote file is the local
    one's rejection, word for word (source aside); opened once."""
    (remote,) = _read(name, b"")
    assert _MemoryFS.opened == [f"memory://misnamed35/{name}"]
    (tmp_path / name).write_bytes(b"")
    (file,) = expand_inputs([str(tmp_path / name)])
    (local,) = read_file(file)
    assert isinstance(local, Rejected) and local.reason == "truncated_input"
    assert isinstance(remote, Rejected)
    assert (remote.reason, remote.error) == (local.reason, local.error)
    assert remote.error.startswith("the file ends before the end of its ")


def test_empty_remote_compressed_is_cut_guards():
    """What must stay: a real gzip stream of nothing (20 bytes) and a remote .gz book
    read; an empty remote plain .txt is an empty document (later ``empty_text``), as a
    local one."""
    (empty,) = _read("empty.txt.gz", gzip.compress(b""))
    assert isinstance(empty, Document) and empty.text == ""
    (book,) = _read("moby.txt.gz", gzip.compress(MOBY))
    assert isinstance(book, Document) and book.text == MOBY.decode()
    (plain,) = _read("empty.txt", b"")
    assert isinstance(plain, Document) and plain.text == ""
