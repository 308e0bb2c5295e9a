"""Tar archives built in memory for the reader tests: one helper for the ~12 test files
that each wrote their own ``_tar`` (session 47 clean-up; session 46's read-back counted
10). Every member is a regular file of the given bytes (a ``str`` is UTF-8), mode 0o644
and owner 0 unless said, so an archive's bytes are the same each run."""

from __future__ import annotations

import gzip
import io
import lzma
import os
import tarfile
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

Members = Mapping[str, "str | bytes"] | Iterable[tuple[str, "str | bytes"]]
# A member whose data is one of these, where ``links_to`` is given, is that kind of entry.
_LINKS = (tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE)


def tar_bytes(
    members: Members,
    *,
    mode: str = "w",
    format: int | None = None,  # noqa: A002 (tarfile's own name)
    mtime: int | None = None,
    encoding: str | None = None,
    links_to: str | None = None,
) -> bytes:
    """The archive of ``members`` (a mapping or (name, data) pairs, in order): ``mode``
    "w" or "w:gz"; ``format`` a tarfile format (tarfile's default, PAX, if None);
    ``mtime`` each member's (0 if None); ``encoding`` of the names (tarfile's if None);
    with ``links_to``, a member whose data is ``tarfile.SYMTYPE``, ``LNKTYPE`` or
    ``CHRTYPE`` is a link (or device) to that path."""
    sink = io.BytesIO()
    _write(
        tarfile.open(fileobj=sink, mode=mode, **_kind(format, encoding)), members, mtime, links_to
    )
    return sink.getvalue()


def write_tar(path: str | Path, members: Members, **kwargs) -> None:
    """``tar_bytes(members, **kwargs)`` written to ``path``."""
    Path(path).write_bytes(tar_bytes(members, **kwargs))


def _kind(format: int | None, encoding: str | None) -> dict:  # noqa: A002
    kind = {} if format is None else {"format": format}
    return kind if encoding is None else {**kind, "encoding": encoding}


def _write(tar: tarfile.TarFile, members: Members, mtime, links_to) -> None:
    with tar:
        for name, data in members.items() if isinstance(members, Mapping) else members:
            info = tarfile.TarInfo(name)
            if mtime is not None:
                info.mtime = mtime
            if links_to is not None and data in _LINKS:
                info.type, info.linkname = data, links_to
                tar.addfile(info)
                continue
            raw = data.encode("utf-8") if isinstance(data, str) else data
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))


def with_size(data: bytes, at: int, size: int) -> bytes:
    """``data`` with the size field of the header block at byte ``at`` set to ``size`` and
    its checksum made right again: a damaged size field tarfile believes (session 49's
    read-back: five reader test files each wrote this)."""
    block = bytearray(data[at : at + tarfile.BLOCKSIZE])
    block[124:136] = b"%011o\0" % size
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return data[:at] + bytes(block) + data[at + tarfile.BLOCKSIZE :]


def header_spans(data: bytes) -> list[tuple[int, int]]:
    """Each member header's offset and size field, walking the size fields from one
    header to the next (until the end blocks): where a damaged-size test aims."""
    out, at = [], 0
    while data[at : at + 512].strip(b"\0"):
        info = tarfile.TarInfo.frombuf(data[at : at + 512], "utf-8", "surrogateescape")
        out.append((at, info.size))
        at += 512 + -(-info.size // 512) * 512
    return out


def header_offsets(data: bytes) -> list[int]:
    """The offsets of :func:`header_spans`."""
    return [at for at, _ in header_spans(data)]


# Four real texts in four scripts' languages (tests/data) that the damaged-tar tests
# store as members: Grimm's *Froschkönig*, Hugo's *Les Misérables* (Myriel), Tolstoy's
# *Anna Karenina* (opening), Dumas's *Memoirs*.
FOUR_BOOKS = {
    "grimm.txt": "de_grimm_froschkoenig.txt",
    "hugo.txt": "fr_hugo_miserables_myriel.txt",
    "tolstoy.txt": "ru_tolstoy_karenina_opening.txt",
    "dumas.txt": "en_gutenberg_dumas_memoirs_book.txt",
}


def four_books(chars: int = 3000) -> dict[str, str]:
    """Member name -> the first ``chars`` characters of that book (:data:`FOUR_BOOKS`)."""
    data = Path(__file__).parent / "data"
    return {n: (data / f).read_text(encoding="utf-8")[:chars] for n, f in FOUR_BOOKS.items()}


def read_tar(
    folder: Path, name: str, payload: bytes, *, fifo: bool = False, config: ReadConfig | None = None
) -> list:
    """``read_file`` of ``payload`` as ``folder/name``: a file, or (``fifo``) a FIFO that a
    thread writes into, so the reader gets a pipe it cannot seek back in. Asserts that
    nothing was written beside the input."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    writer = None
    if fifo:
        os.mkfifo(path)

        def write() -> None:
            try:
                with open(path, "wb") as sink:
                    sink.write(payload)
            except BrokenPipeError:
                pass  # the reader stopped early (at damaged data)

        writer = threading.Thread(target=write)
        writer.start()
    else:
        path.write_bytes(payload)
    try:
        config = ReadConfig() if config is None else config
        return [g for f in expand_inputs([str(path)]) for g in read_file(f, config)]
    finally:
        if writer is not None:
            writer.join()
        assert sorted(os.listdir(folder)) == [name]  # nothing written beside the input


def read_how(folder: Path, data: bytes, how: str) -> list:
    """:func:`read_tar` of the tar ``data`` as ``books.tar`` read ``how``: "file", "plain
    pipe", "gz pipe" or "xz pipe" (compressed, then a FIFO), with documents of at most 1,000
    characters (the four books' 800-character excerpts are one document each)."""
    small = ReadConfig(max_doc_chars=1000)
    if how in ("gz pipe", "xz pipe"):
        packed = gzip.compress(data, mtime=0) if how == "gz pipe" else lzma.compress(data)
        name = "books.tar.gz" if how == "gz pipe" else "books.tar.xz"
        return read_tar(folder, name, packed, fifo=True, config=small)
    return read_tar(folder, "books.tar", data, fifo=how == "plain pipe", config=small)


def member_names(got) -> list[str]:
    """The member names (the last part of each id) of what a read gave, in order."""
    return [g.doc_id.rsplit("/", 1)[-1] for g in got]
