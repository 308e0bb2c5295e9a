"""Clause ``codec_suffix_not_its_data`` (session 33): a local file whose name asks for
a codec (``.gz``, ``.bz2``, ``.xz``, ``.zst``...) but whose bytes are not that codec's
was rejected with the library's words and no way out: a plain-text ``play.txt.gz``
(saved under a wrong name, or a server that decompressed it on download) said "could
not read text file: BadGzipFile: Not a gzipped file (b'AN')", a ``.txt.xz`` "LZMAError:
Input format not supported by decoder", a ``.jsonl.zst`` "ZstdError: zstd
decompressor error: Unknown frame descriptor". Now the message says what the bytes are
(plain text, another codec's stream, or neither) and the rename that fixes it. The
file is still rejected, never read on a guess: the name is what the user gave, and a
wrong name may mean a wrong file. Cost: the first 4 KB of a rejected file, once."""

from __future__ import annotations

import os
import posixpath
import shlex

from transforms import remote_head
from transforms.decompress import CODECS, MAGIC, codec_of

# the suffix that names each codec in the advice (a .zst stream named .gz: "rename it to .zst")
_SUFFIX = {"gzip": ".gz", "bz2": ".bz2", "xz": ".xz", "zstd": ".zst"}
_TOOL = {"gzip": "gzip", "bz2": "bzip2", "xz": "xz", "zstd": "zstd"}


def _what(head: bytes) -> tuple[str, str | None]:
    """What ``head`` is (words) and its codec, None when it is no compressed stream."""
    for codec, magic in MAGIC.items():
        if head.startswith(magic):
            return f"{codec} data", codec
    if not head:
        return "empty", None
    try:
        head.decode("utf-8")
        text = 0 not in head
    except UnicodeDecodeError as e:  # a multibyte character cut at 4 KB is still text
        text = e.reason == "unexpected end of data" and e.start >= len(head) - 3
    if text or (0 not in head and b"\n" in head):  # GB18030, Latin-1...: still plain text
        return "plain text, not compressed", None
    return f"no {'/'.join(MAGIC)} stream (it starts with bytes {head[:4].hex(' ')})", None


# Clause misnamed_member (session 34, the Left of session 33): the two checks below were
# for local files only; a member of a tar/zip archive named .gz that is plain text said
# "could not read text file: BadGzipFile: Not a gzipped file (b'BO')", and gzip data
# named books.jsonl in an archive was one invalid_utf8 "iconv -f GB18030" per newline
# byte of the compressed data. ``opener`` (a MemberFile's: its stored bytes) makes them
# read the member's first bytes; the advice says to rename it in its archive. A zip's
# member is opened again (``archives.reopens``); a tar's is read as a stream, once
# (opening it again would end the archive, its later members lost): its opener peeks at
# its first bytes (``member_files.PeekingOpener``, clause ``misnamed_tar_member``,
# session 35). A remote file (gs://, s3://...): the first bytes the reader's own open saw
# (clause misnamed_remote, transforms/remote_head.py: no request of its own).
def _head(path: str, size: int, opener=None) -> bytes | None:
    """The first ``size`` bytes of a local regular file ``path`` or of the archive member
    ``opener`` opens (a remote file's as its open saw them: clause misnamed_remote); None
    for a pipe, a remote file not opened yet or an unreadable one."""
    if opener is None and remote_head.remote(path):  # clause misnamed_remote
        return remote_head.head(path, size)
    if opener is not None and hasattr(opener, "first_bytes"):  # clause misnamed_tar_member
        return opener.first_bytes(size)
    if opener is not None and not getattr(opener, "reopens", False):
        return None
    if opener is None and ("://" in path or not os.path.isfile(path)):
        return None
    try:
        with opener() if opener else open(path, "rb") as handle:
            return handle.read(size)
    except Exception:  # noqa: BLE001 - only a better message is lost: the read says why
        return None


_REMOTE_MV = {"gs": "gcloud storage mv", "s3": "aws s3 mv"}


def _mv(path: str, name: str, new: str) -> str:
    """The command that renames ``name`` to ``new``: ``mv`` here, the bucket's own tool
    for a remote object (clause misnamed_remote: ``mv`` cannot rename gs://...)."""
    if not remote_head.remote(path):
        return f"mv {shlex.quote(name)} {shlex.quote(new)}"
    target = path[: len(path) - len(posixpath.basename(path))] + new
    tool = _REMOTE_MV.get(path.split("://", 1)[0].lower())
    if tool:
        return f"{tool} {shlex.quote(path)} {shlex.quote(target)}"
    return f"move {path} to {target}"


def _in_archive(fix: str, opener) -> str:
    return fix.replace("rename it", "rename it in its archive", 1) if opener else fix


def misnamed_codec(path: str, relative: str, opener=None) -> str | None:
    """The rejection's message when the local regular file ``path`` (or the archive
    member ``opener`` opens: clause ``misnamed_member``) is named for a codec whose
    magic bytes it does not start with; None for any other file (a remote file, a pipe,
    a file that is that codec's data)."""
    codec = codec_of(path)
    if codec not in MAGIC or (head := _head(path, 4096, opener)) is None:
        return None
    if head.startswith(MAGIC[codec]):
        return None
    what, actual = _what(head)
    name = posixpath.basename(relative)
    suffix = next(s for s in CODECS if name.lower().endswith(s))
    bare = name[: -len(suffix)]
    if actual:
        fix = f"rename it to end in {_SUFFIX[actual]} ({_mv(path, name, bare + _SUFFIX[actual])})"
    elif what.startswith("plain text"):
        fix = f"rename it without {name[-len(suffix) :]} ({_mv(path, name, bare)}), "
        fix += f"or compress it with {_TOOL[codec]}"
    else:
        fix = "re-create or re-download it, or leave it out of --input"
    fix = _in_archive(fix, opener)  # clause misnamed_member
    return f"the file is named {name[-len(suffix) :]} but is not {codec} data ({what}): {fix}"


def _stream_of(head: bytes) -> str | None:
    """The codec whose stream ``head`` starts, bz2 by its whole header (b"BZh" alone
    may start a line of text)."""
    if head[:3] == b"BZh":
        return "bz2" if head[3:4].isdigit() and head[4:10] == b"1AY&SY" else None
    return next((c for c, magic in MAGIC.items() if c != "bz2" and head.startswith(magic)), None)


def codec_data_plain_name(path: str, relative: str, opener=None) -> str | None:
    """Clause ``codec_data_plain_name`` (session 33): a local regular file with no codec
    suffix whose bytes are a gzip/bz2/xz/zstd stream (a download saved without its
    ``.gz``: ``books.txt``, ``books.jsonl``) was rejected as "binary (an image, a font,
    an e-book or another format)" and, as JSONL, once per newline byte of the
    compressed data (a 1 MB .jsonl.gz named .jsonl gave thousands of ``invalid_utf8``
    "re-encode ... iconv -f GB18030"). Now it is one rejection naming the codec and the
    rename that makes the build decompress it (an archive member too: clause
    ``misnamed_member``). None for any other file."""
    if codec_of(path) or (head := _head(path, 10, opener)) is None:
        return None
    if (codec := _stream_of(head)) is None:
        return None
    name = posixpath.basename(relative)
    return f"the file is {codec}-compressed data but its name has no {_SUFFIX[codec]}: " + (
        _in_archive(
            f"rename it to end in {_SUFFIX[codec]} ({_mv(path, name, name + _SUFFIX[codec])}) "
            "and the build decompresses it",
            opener,
        )
    )
