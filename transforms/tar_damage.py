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
bytes end inside a unit that passed) is read. Not for a pipe (it cannot be read
twice). Cost: a second decompression of a compressed tar."""

from __future__ import annotations

import os

from transforms.checked_units import Damaged, units
from transforms.decompress import TEST_COMMANDS, codec_of


class TarDamage:
    """The damage of a compressed tar: ``good`` decompressed bytes passed their check."""

    def __init__(self, path: str, codec: str, error: Damaged, good: int):
        self.path, self.codec, self.error, self.good = path, codec, error, good

    def holds(self, offset_data: int, size: int) -> bool:
        """True when a member's data (tar offset, size) may hold damaged bytes."""
        return offset_data + size > self.good

    def line(self, name: str) -> str:
        test = TEST_COMMANDS.get(self.codec, "")
        return (
            f"member {name} of archive {self.path} may hold damaged bytes: the archive's "
            f"{self.codec} stream fails its check ({self.error}) and this member's bytes are "
            "not all in the part that passed it (damaged compressed data decodes to wrong "
            "text before the check fails), so it is not used; re-create or re-download the "
            "archive" + (f" ({test} {os.path.basename(self.path)} tests it)" if test else "")
        )


def tar_damage(path: str) -> TarDamage | None:
    """The damage of the compressed tar at ``path``, or None (not compressed, a pipe,
    whole, or only cut short: a cut stream's bytes before the cut are right)."""
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
    except Damaged as error:
        return TarDamage(path, codec, error, good)
    except Exception:  # a cut, trailing bytes, an unreadable file: the reader's to say
        return None
    return None
