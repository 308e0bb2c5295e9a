"""Read the documents inside zip and tar archives, member by member, never to disk.

``transforms.read`` sends an input (not named .parquet) whose first bytes, after the
decompression its name asks for (``.tar.gz``, ``.tgz``), are a tar or zip here. Rule ``archive_members``: each member that is a regular file is read
exactly as if it were a file in a folder: a text member is one document, a
``.jsonl``/``.json``/``.ndjson`` member gives its records, a ``.parquet`` member its
rows, ``.txt.gz`` members are decompressed, ``--encoding`` and every rejection of a
file (``document_format``, ``invalid_utf8``, ``document_too_long``, ...) apply alike.

Ids (rule ``member_ids``): the archive's id (its path relative to the input's base)
``/`` the member's name as the archive stores it, less a leading ``./`` or ``/``:
``books.zip/pg1342.txt``, ``shards.tar.gz/part-0.jsonl:12`` (a record: ``:LINE``, as
for any JSONL file; its own ``id`` field still wins). A name is never resolved
(``../x.txt`` stays ``books.tar/../x.txt``), so ids do not depend on member order;
the source is the archive's path ``/`` the name. Zip names: :func:`zip_name`. Members:

* folders: skipped (their files are members of their own); symbolic and hard links
  and devices, FIFOs: skipped and counted (``link``, ``special``; a zip member with
  data is read whatever its Unix mode: clause ``zip_stdin_member``); hidden and marker
  names, as in a folder (a part starting with ``.``, a name starting with ``_``) and
  OS junk (``__MACOSX/``, ``.DS_Store``, ``Thumbs.db``, ``desktop.ini``): skipped and
  counted (``hidden``). The counts are Beam counters (``archive_skipped.KIND``) that
  the build summary prints; they are not documents, so in = written + rejected holds.
* ``duplicate_member``: a second member of one name (``tar -r`` appends a newer
  copy): the first is read, the later one rejected (a stream cannot know of it).
* ``encrypted_member``: a zip member with a password: rejected, with ``unzip``.
* ``unreadable_file`` (clause ``zip_method``): a zip member compressed with a method
  zipfile cannot read (Windows' Deflate64 for big files, PPMd, zstd), with ``7z x``.
* ``nested_archive``: a member that is itself an archive (by name, or by its
  magic bytes when read): rejected with the hint to unpack it; not read recursively.
* ``member_too_large``: a text member whose size (the tar header's, the zip's
  central directory's) is over ``4 * max_doc_chars`` bytes is rejected before a
  byte of it is read (the readers also count what they stream: a member that
  decompresses to more is ``document_too_long``, as a file is); a Parquet member
  is copied to a spooled temporary file (Parquet needs seeks) up to that size.
* ``truncated_input`` / ``corrupt_archive``: a tar that ends without its
  end-of-archive blocks or with a header that is none (tarfile takes both for the
  end), or whose compressed stream is cut, and a zip with no central directory: one
  rejection for the rest of the archive that says how many members were read (their
  documents are kept). A tar cut inside a member: that member is ``truncated_input``
  (its records before the cut kept, as in a cut .gz), then the rest; a zip member
  with bad data (CRC, zlib): that member ``corrupt_archive``, the others are read.
  A tar's zero blocks are read past; a damaged size field's member gets a line, and
  each member whose header lay inside its data is read again from a plain tar (clause
  ``covered_members_read``, ``transforms.tar_archive``) or a compressed tar file
  (session 49, ``covered_compressed_read``: decompressed again from its start) or a
  pipe (session 50, ``covered_pipe_read``: from the bytes held on their way, up to
  32 MB, ``transforms.tar_pipe_hold``); past that bound it gets a line that says so,
  naming the member by its whole name (``covered_full_name``, ``transforms.tar_headers``).
  A tar inside another archive is not read (``nested_archive``).
* ``empty_archive``: an archive with no member read (none at all, an empty tar's
  zero blocks by a tar name, or only skipped ones): one rejection that says what was
  skipped, so every input file is accounted for in the rejected records.
* ``archive_too_large`` (clause ``archive_total_bound``): once the members read
  expand to over 100 x ``max_doc_chars`` bytes, the rest is one rejection (the
  documents read are kept); ``software_package``: a ``.jar``, ``.whl``, ``.apk``,
  ``.egg`` (and the like) is one rejection, unread (``transforms.archive_limits``).
* ``archive_input`` for 7z and rar (no reader in Python's library): the hint unpacks
  them. An EPUB zip is one book (``transforms.epub``); ODF, Word: ``document_format``.

Streaming: a tar is read in tarfile's stream mode over ``FileSystems.open`` (any
filesystem, ``gs://`` too) or a pipe (``transforms.pipes``), one member at a time; a
zip needs seeks: a local file is, anything else (a stream, a pipe, a ``.zip.gz``) is
spooled (``SpooledTemporaryFile``, 64 MB in memory) up to ``4 * max_doc_chars`` bytes
(``archive_too_large`` beyond). Cost: one pass; an archive is read by one worker.

Modules: the tar reader is ``transforms.tar_archive``, members' ids, duplicates and
counts ``transforms.archive_members`` (split out of this module, session 48)."""

from __future__ import annotations

import posixpath
import stat
import tarfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator

from schemas import Document, Rejected
from transforms import epub
from transforms.archive_limits import (
    archive_bound,
    over_bound,
    package_error,
    package_kind,
)
from transforms.archive_members import _Members, _reject, _skip
from transforms.decompress import sniff_head
from transforms.file_kinds import archive_error, archive_kind, document_error
from transforms.inputs import printable, read_once
from transforms.member_files import MemberFile, _spool, _TooLarge, open_file
from transforms.member_names import is_hidden, member_name, nested_error, nested_kind
from transforms.pipes import sniff_pipe, spool_fix
from transforms.tar_archive import _tar
from transforms.tar_damage import tar_damage
from transforms.tar_headers import LAST_TAR_FIX, AfterEnd, SwallowedHeader
from transforms.tar_said import Held
from transforms.zip_members import METHOD_NAMES, ZIP_METHODS, zip_document, zip_name

SKIPPED_PREFIX = "archive_skipped."  # Beam counter: archive_skipped.hidden, .link, .special
ARCHIVE_ERRORS = (tarfile.TarError, zipfile.BadZipFile, zlib.error)


def sniff(file, max_chars: int = 0) -> str | None:
    """``tar``, ``zip``, ``7z`` or ``rar`` when the (decompressed) input file starts as
    one; None for a member (an archive in an archive is found by the text reader)."""
    if isinstance(file, MemberFile):
        return None
    if read_once(file.path):  # clauses pipe_read_once, pipe_archive_read (transforms.pipes)
        return sniff_pipe(file.path, archive_kind, max_chars)
    head = sniff_head(file.path)
    if head is None:  # cut short or damaged (clause small_damaged_units): its reader says so
        return None
    if head == bytes(512) and nested_kind(file.path) == "tar":  # clause empty_archive
        return "tar"  # an empty tar is its end-of-archive zero blocks: no magic
    return archive_kind(head)


def _zip(file, members: _Members, limit: int, file_format) -> Iterator:
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    if fix := spool_fix(file.path):  # a .zip.gz, a pipe: spooled (clause pipe_zip_fix)
        handle = _spool(open_file(file), limit, "zip", fix)
    else:
        handle = FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED)
        if not handle.seekable():
            handle = _spool(handle, limit, "zip", "copy it to a local disk")
    with handle, zipfile.ZipFile(handle) as archive:
        if epub.is_epub(archive):  # read as one book: transforms.epub
            members.read += 1
            yield epub.book_record(
                archive, file.relative, file.source, members.max_chars, members.encoding
            )
            return
        document = zip_document(archive)
        if document:
            members.read += 1
            yield _reject(
                file.relative, file.source, "document_format", document_error(document, file.path)
            )
            return
        # clauses software_package, class_majority
        package = package_kind(file.path, archive.namelist(), archive)
        if package:
            members.read += 1
            yield _reject(
                file.relative, file.source, "software_package", package_error(package, file.path)
            )
            return
        for info in archive.infolist():
            stored = zip_name(info)
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_ISDIR(mode):
                _skip(stored, members, "")
                continue
            # 0: no Unix mode (Windows). Clause zip_stdin_member: a zip member holds data
            # whatever its mode says; `zip out.zip -` stores stdin with the mode of the
            # pipe (a FIFO): one with data is read, a link's data is its target.
            special = stat.S_IFMT(mode) not in (0, stat.S_IFREG) and not info.file_size
            if stat.S_ISLNK(mode) or special:
                _skip(stored, members, "link" if stat.S_ISLNK(mode) else "special")
                continue
            name = member_name(stored)
            if not name or is_hidden(name):
                _skip(stored, members, "hidden")
                continue
            if info.flag_bits & 0x1:
                members.read += 1
                yield _reject(
                    f"{file.relative}/{printable(name)}",
                    f"{file.source}/{printable(name)}",
                    "encrypted_member",
                    "the zip member is encrypted (it has a password); unpack it with the "
                    f"password (unzip {posixpath.basename(file.path)} -d books, which asks for "
                    "it) and pass the folder as --input",
                )
                continue
            if info.compress_type not in ZIP_METHODS:  # clause zip_method
                members.read += 1
                yield _reject(
                    f"{file.relative}/{printable(name)}",
                    f"{file.source}/{printable(name)}",
                    "unreadable_file",
                    f"the zip member is compressed with method {info.compress_type} "
                    f"({METHOD_NAMES.get(info.compress_type, 'unknown')}), which Python's "
                    "zipfile cannot read; unpack the archive (7z x FILE -obooks reads it) and "
                    "pass the folder as --input".replace("FILE", posixpath.basename(file.path)),
                )
                continue
            yield members.member(
                stored,
                info.file_size,
                reopens(lambda i=info: archive.open(i)),  # clause misnamed_member
                limit,
                file_format(name),
            )


def reopens(opener):
    """``opener`` marked as one that may be called again (a zip member's; a streamed
    tar's member is read once): clause ``misnamed_member`` reads its first bytes."""
    opener.reopens = True
    return opener


def archive_rejection(kind: str, file) -> Rejected:
    """An archive the text reader found by its bytes: ``nested_archive`` in an
    archive, else (a 7z, a rar) ``archive_input`` with the command that unpacks it."""
    if isinstance(file, MemberFile):
        return _reject(file.relative, file.source, "nested_archive", nested_error(kind, file))
    return _reject(file.relative, file.source, "archive_input", archive_error(kind, file.path))


def read_archive(file, kind: str, config, read_member, file_format, skipped: Counter | None):
    """Documents and rejections of the archive ``file`` (module doc).
    ``read_member(member)`` reads one ``MemberFile`` as ``transforms.read`` reads a
    file; ``file_format(name)`` is its format; ``skipped`` counts skipped members."""
    if kind not in ("tar", "zip"):
        yield archive_rejection(kind, file)
        return
    limit = config.max_input_bytes
    members = _Members(file, Counter() if skipped is None else skipped)
    # clause typed_codec_name (session 43: an EPUB's lines name the codec as typed)
    members.max_chars = config.max_doc_chars
    members.encoding = getattr(config, "named_encoding", "") or config.encoding
    before = Counter(members.skipped)
    bound = archive_bound(config.max_doc_chars)
    damage = None
    if kind == "tar" and not isinstance(file, MemberFile):  # clause damaged_tar_members
        damage = tar_damage(file.path, bound)  # clause tar_check_bound
    if kind == "tar":
        found = _tar(file, members, limit, file_format, damage)
    else:
        found = _zip(file, members, limit, file_format)
    held = Held(members)  # session 56: clause cut_tar_said (a line waits for the next header)
    try:
        for member in found:
            yield from held.settled()
            if isinstance(member, (Rejected, Document)):
                yield member
                continue
            # Clause archive_total_bound: the members not read yet are one rejection.
            over = over_bound(members.tally, bound, member.relative, members.read - 1)
            if over:
                yield _reject(file.relative, file.source, "archive_too_large", over)
                found.close()
                return
            yield from held.rows(member, read_member(member))
        yield from held.settled()
        if not members.read:  # clause empty_archive: the input is accounted for
            counts = members.skipped - before
            what = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
            yield _reject(
                file.relative,
                file.source,
                "empty_archive",
                f"the {kind} archive holds no file to read"
                + (
                    f" (members skipped: {what}; hidden and OS files, links, devices)"
                    if what
                    else ""
                )
                + "; check that it is the archive you meant",
            )
    except (EOFError, *ARCHIVE_ERRORS, _TooLarge) as error:
        yield from held.settled()
        if isinstance(error, _TooLarge):  # a zip to spool (a .zip.gz) over the limit
            reason = "archive_too_large"
        elif isinstance(error, EOFError) or "unexpected end" in str(error):
            reason = "truncated_input"
        else:
            reason = "corrupt_archive"
        if isinstance(error, AfterEnd):  # review: appended data loses nothing
            yield _reject(
                file.relative,
                file.source,
                reason,
                f"the tar archive's {members.read} members up to its end are read, but {error}:"
                " a damaged header loses the members after it (re-create or re-download the"
                " archive); data appended (a signature, padding) loses nothing",
            )
            return
        cut = "cut short" if reason == "truncated_input" else "damaged"
        if isinstance(error, zipfile.BadZipFile) and not members.read:
            cut += " (a zip cut short loses its central directory, at the end)"
        yield _reject(
            file.relative,
            file.source,
            reason,
            f"the {kind} archive could not be read on after {members.read} members "
            f"({type(error).__name__}: {error}); it is {cut}: "
            + (
                "the members before it that may hold damaged bytes are rejected (each says "
                "so), those wholly before the damage kept"
                if damage
                else "the documents of those members are kept"
            )
            + ", the rest of the archive is lost; re-create or re-download it"
            if reason != "archive_too_large"
            else str(error),
        )
    except Exception:  # review: a codec's own error (ZstdError, LZMAError) on a pipe is
        yield from held.settled()  # said by transforms.read: the held line first (cut_tar_said)
        raise


def member_failure(file, error: Exception) -> str | None:
    """The reason of a member whose reading raised ``error`` when the archive (not the
    member's format) failed: a tar cut inside it, a zip member's bad CRC."""
    if not isinstance(file, MemberFile):
        return None
    if isinstance(error, _TooLarge) or type(error).__name__ == "UnitTooLarge":  # checked_units
        return "member_too_large"
    if isinstance(error, ARCHIVE_ERRORS):
        return "truncated_input" if "unexpected end" in str(error) else "corrupt_archive"
    return None


def damaged_member(file, error: Exception) -> str | None:
    """Clause ``damaged_member_said`` (session 44, a new user's walk): a zip member
    whose compressed bytes are damaged was rejected "could not read text file: error:
    Error -3 while decompressing data: invalid distance too far back" (or "BadZipFile:
    Bad CRC-32 for file ..."), naming neither the member nor what to do. Now one line
    says which member of which archive, that the other members are read, and the fix."""
    if member_failure(file, error) != "corrupt_archive":
        return None
    name = (
        file.path[len(file.archive) + 1 :]
        if file.path.startswith(file.archive + "/")
        else file.path
    )
    if isinstance(error, SwallowedHeader):  # clause swallowed_member_said
        if error.last_tar:  # clause last_member_tar_said (transforms.tar_headers)
            return f"member {name} of archive {file.archive} is not read: {error}; {LAST_TAR_FIX}"
        return f"member {name} of archive {file.archive} is damaged: {error}; " + (
            "re-create or re-download the archive"
        )
    what = str(error).removeprefix("Error -3 while decompressing data: ")
    return (
        f"member {name} of archive {file.archive} is damaged: its bytes do not unpack "
        f"({what}); the archive's other members are read; re-create or re-download the archive"
    )
