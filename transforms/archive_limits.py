"""What one archive may cost, and the archives that are no folder of documents
(``transforms.archives`` reads the members).

* Clause ``archive_total_bound``: each member is bounded (``member_too_large``,
  ``document_too_long``: 4 x ``--max-doc-chars`` bytes), but a zip bomb of many
  members each under that bound expanded without limit. The bytes the readers take
  from the members of one archive (decompressed: a ``.txt.gz`` member counts what
  it expands to; a Parquet member what is spooled) are summed; once the sum passes
  ``ARCHIVE_BOUND_MULTIPLE`` (100) x ``--max-doc-chars`` bytes (10 GB by default),
  the members not yet read are one ``archive_too_large`` rejection that names the
  first of them and how many were read; the documents of the members read are kept
  (in = written + rejected holds). Checked between members, so an archive reads at
  most the bound plus one member's bound.
* Clause ``software_package``: a Java archive (``.jar``, ``.war``, ``.ear``,
  ``.aar``), a Python wheel or egg (``.whl``, ``.egg``), an Android package
  (``.apk``, ``.aab``), a browser extension (``.xpi``, ``.crx``), a NuGet or VS Code
  package (``.nupkg``, ``.vsix``), known by its name or by its members (``.class``
  files with ``META-INF/MANIFEST.MF``, a ``*.dist-info/WHEEL``, an
  ``AndroidManifest.xml`` with ``classes.dex``), is a zip of compiled code and
  package metadata: read member by member, a wheel's ``six.py``, ``METADATA`` and
  ``RECORD`` became documents and a jar's ``.class`` files ``invalid_utf8``
  rejections. It is one ``software_package`` rejection, unread, that says how to
  take its text files if they are wanted. Clause ``class_majority``: by its members
  (not its name) a zip is a Java archive only when at least half of its files are
  ``.class`` files and the first holds a class file's bytes (``CAFEBABE``): a zip of
  books beside a ``META-INF/MANIFEST.MF`` and one text named ``.class`` ("world.class")
  was rejected whole, its books unread.
"""

from __future__ import annotations

import posixpath
import zipfile

from transforms.decompress import strip_codec_suffix

ARCHIVE_BOUND_MULTIPLE = 100
PACKAGE_KINDS = {
    ".jar": "a Java archive",
    ".war": "a Java web application archive",
    ".ear": "a Java enterprise archive",
    ".aar": "an Android library",
    ".whl": "a Python wheel",
    ".egg": "a Python egg",
    ".apk": "an Android package",
    ".aab": "an Android app bundle",
    ".xpi": "a browser extension",
    ".crx": "a browser extension",
    ".nupkg": "a NuGet package",
    ".vsix": "a Visual Studio extension",
}


def document_bytes(max_doc_chars: int) -> int:
    """The most bytes a text file or member may have and still be a document: 4 bytes
    a character (UTF-8's longest, UTF-32's), and 64 kB (a page's markup, a mark)."""
    return 4 * max_doc_chars + (64 << 10)


def archive_bound(max_doc_chars: int) -> int:
    """Clause ``archive_total_bound``: the bytes one archive's members may expand to."""
    return ARCHIVE_BOUND_MULTIPLE * max_doc_chars


class Tally:
    """The bytes read from one archive's members (clause ``archive_total_bound``)."""

    def __init__(self) -> None:
        self.bytes = 0


class Counting:
    """A member's (decompressed) data, read as ``inner`` is, that adds the bytes read
    to a ``Tally`` (no buffer of its own: a tar cut inside the member raises where
    it did, after the lines before the cut)."""

    def __init__(self, inner, tally: Tally):
        self._inner = inner
        self._tally = tally

    def _count(self, data: bytes) -> bytes:
        self._tally.bytes += len(data)
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count(self._inner.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._count(self._inner.read1(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count(self._inner.readline(size))

    def readinto(self, buffer) -> int:
        n = self._inner.readinto(buffer)
        self._tally.bytes += n or 0
        return n

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        return self._count(next(self._inner))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._inner.close()

    def __getattr__(self, name: str):  # close, readable, closed, seekable, ...
        return getattr(self._inner, name)


def counting(inner, tally: Tally | None):
    """``inner`` (a binary file) counted into ``tally`` (None: ``inner`` itself)."""
    return inner if tally is None else Counting(inner, tally)


def over_bound(tally: Tally, bound: int, next_name: str, read: int) -> str | None:
    """The ``archive_too_large`` message when the members read so far passed ``bound``
    bytes and ``next_name`` (the first member not read) is still to come."""
    if tally.bytes <= bound:
        return None
    return (
        f"the members read from the archive expand to {tally.bytes:,} bytes, over "
        f"{ARCHIVE_BOUND_MULTIPLE} x --max-doc-chars = {bound:,} bytes (a zip bomb, or a "
        f"whole corpus in one archive); the documents of the {read} members read are kept, "
        f"the rest (from {next_name!r}) was not read: unpack the archive and pass the folder "
        "as --input, or raise --max-doc-chars"
    )


def package_kind(path: str, names: list[str], archive=None) -> str | None:
    """Clause ``software_package``: what package the zip at ``path`` (its member
    ``names``, the open ``zipfile.ZipFile``) is, or None for a zip of documents."""
    suffix = posixpath.splitext(strip_codec_suffix(posixpath.basename(path).lower()))[1]
    if suffix in PACKAGE_KINDS:
        return PACKAGE_KINDS[suffix]
    listed = set(names)
    if "META-INF/MANIFEST.MF" in listed and _compiled_java(names, archive):
        return "a Java archive"
    if any(n.count("/") == 1 and n.endswith(".dist-info/WHEEL") for n in names):
        return "a Python wheel"
    if "AndroidManifest.xml" in listed and "classes.dex" in listed:
        return "an Android package"
    return None


def _compiled_java(names: list[str], archive) -> bool:
    """Clause ``class_majority``: at least half of the files are ``.class`` files,
    and the first of them opens with a class file's magic number."""
    files = [n for n in names if not n.endswith("/")]
    classes = [n for n in files if n.endswith(".class")]
    if not classes or 2 * len(classes) < len(files):
        return False
    if archive is None:
        return True
    try:
        with archive.open(classes[0]) as member:
            return member.read(4) == b"\xca\xfe\xba\xbe"
    except (OSError, RuntimeError, NotImplementedError, zipfile.BadZipFile):
        return False  # unreadable (encrypted, an unknown method): read member by member


def package_error(kind: str, path: str) -> str:
    """The ``software_package`` message of the zip at ``path``."""
    name = posixpath.basename(path)
    return (
        f"the file is {kind} (a zip of compiled code and package metadata), not a "
        f"collection of documents; its members were not read. To use text files in it "
        f"(sources, docs), unpack it (unzip {name} -d package) and pass the folder or the "
        "files you want as --input"
    )
