"""Clause ``damaged_tar_members`` (session 44, wtG's review Left): a compressed tar
(``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz``, ``.tar.zst``) whose compressed
stream is damaged in its middle kept the members read before the failure as training
documents, with garbled text ("tumbling down the instanas F, grav..."), and its line
said "the documents of those members are kept". Deflate damage decodes silently: over
60 tar.gz of 8 Gutenberg books each with 40 zeroed bytes, zlib reported every one only
at the gzip CRC, at the stream's end, 14 KB to 3.7 MB of output after the first wrong
byte (docs/quality/session-44-wtI.md). So the stream is decompressed once to nowhere
before the tar is read (``checked_units.verify``, as ``decompress.verify_stream`` does
for a compressed JSONL file); when a check fails, each member whose data does not lie
wholly inside the units whose check passed (gzip members, xz blocks' streams, bzip2
streams, zstd frames with a checksum) is rejected ``corrupt_archive`` with one line
naming the archive, the member and the fix; a member provably before the damage (its
bytes end inside a unit that passed) is read. Cost: a second decompression of a
compressed tar, up to the archive bound.

Clause ``tar_check_bound`` (session 45, the Left of session 44's wtI): the check read the
whole stream, however far it expanded (a tar over the archive bound, 100 x
``--max-doc-chars``, of which the reader reads only the bound, was decompressed to its end
once more). It now stops at the bound: the reader reads no member past it
(``archive_too_large``), and a member before it whose bytes no passed check covers (a
one-member gzip: all of them) is rejected ``corrupt_archive`` with the line that says it
could not be checked, not kept unchecked.

Clause ``damaged_tar_pipe`` (session 45): a compressed tar through a pipe, which cannot
be read twice, is read through ``checked_units.Checked`` (``transforms.pipes``): the tar
reader gets only bytes whose unit passed its check (held in a spool until then, up to
the archive bound), so no member of a damaged unit is kept; one pass."""

from __future__ import annotations

import os

from transforms.checked_units import Damaged, units
from transforms.decompress import TEST_COMMANDS, codec_of


class TarDamage:
    """The damage of a compressed tar: ``good`` decompressed bytes passed their check."""

    def __init__(self, path: str, codec: str, error: Damaged | None, good: int, bound: int = 0):
        self.path, self.codec, self.error, self.good = path, codec, error, good
        self.bound = bound  # clause tar_check_bound: the check stopped there (no error)

    def holds(self, offset_data: int, size: int) -> bool:
        """True when a member's data (tar offset, size) may hold damaged bytes."""
        return offset_data + size > self.good

    def line(self, name: str) -> str:
        test = TEST_COMMANDS.get(self.codec, "")
        if self.error is None:  # clause tar_check_bound
            return (
                f"member {name} of archive {self.path} is not used: the archive's "
                f"{self.codec} data expands past {self.bound:,} bytes (the archive bound, 100 x "
                "--max-doc-chars) before a check covers this member's bytes, so they cannot "
                "be checked; unpack the archive and pass its files (or a folder) as --input, "
                "or raise --max-doc-chars"
            )
        return (
            f"member {name} of archive {self.path} may hold damaged bytes: the archive's "
            f"{self.codec} stream fails its check ({self.error}) and this member's bytes are "
            "not all in the part that passed it (damaged compressed data decodes to wrong "
            "text before the check fails), so it is not used; re-create or re-download the "
            "archive" + (f" ({test} {os.path.basename(self.path)} tests it)" if test else "")
        )


def tar_damage(path: str, bound: int = 0) -> TarDamage | None:
    """The damage of the compressed tar at ``path``, or None (not compressed, a pipe,
    whole, or only cut short: a cut stream's bytes before the cut are right); with
    ``bound``, the check stops past that many decompressed bytes (clause
    ``tar_check_bound``): a ``TarDamage`` without error when bytes before it are unchecked."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    codec = codec_of(path)
    if not codec or ("://" not in path and not os.path.isfile(path)):
        return None
    position = good = 0
    try:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
            for data, checked_end in units(raw, codec):
                position += len(data)
                if checked_end:
                    good = position
                elif bound and position > bound:  # clause tar_check_bound
                    return TarDamage(path, codec, None, good, bound)
    except Damaged as error:
        return TarDamage(path, codec, error, good)
    except Exception:  # a cut, trailing bytes, an unreadable file: the reader's to say
        return None
    return None
