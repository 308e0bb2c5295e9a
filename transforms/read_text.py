"""The plain-text reader of ``transforms.read`` (moved out of it unchanged, session 35):
one text file (or archive member) -> one ``schemas.Document`` or ``schemas.Rejected``:
EPUB and HTML pages, document formats and archives inside archives named, UTF-16/32 by
their byte order mark, the rest through ``transforms.read_records.decode`` (the rules:
``transforms.read``'s module docstring)."""

from __future__ import annotations

import os
import posixpath
import re
import shlex
from dataclasses import replace
from typing import TYPE_CHECKING

from apache_beam.metrics import Metrics

from schemas import Document, Rejected
from schemas.wording import counted
from transforms import archives, epub, html_files, html_text, markup_headings, member_files
from transforms.beam_utils import NAMESPACE
from transforms.cp1252_signs import HINT_PREFIX, misplaced_hint
from transforms.decompress import codec_of, strip_codec_suffix
from transforms.encodings import UTF8_BOM, ends_in_echo_byte
from transforms.file_kinds import (
    archive_kind,
    document_error,
    document_kind,
    unmarked_markup,
    wide_encoding,
)
from transforms.inputs import InputFile
from transforms.read_records import Progress, decode, reject, too_long
from transforms.tar_file_end import tar_data_no_tar
from transforms.utf16_named import named_order

if TYPE_CHECKING:
    from transforms.read import ReadConfig


def read_text(file: InputFile, config: ReadConfig, progress: Progress):
    limit = config.max_input_bytes
    with member_files.open_file(file) as handle:
        data = handle.read(limit + 1)
    progress.records += 1
    if len(data) > limit:
        yield too_long(file.relative, file.source, f"file is over {limit:,} bytes", config)
        return
    document = document_kind(data)
    typed = getattr(config, "named_encoding", "") or config.encoding  # clause typed_codec_name
    book = epub.book_in(data, file.relative, file.source, config.max_doc_chars, typed)
    if book:
        yield book  # an EPUB: transforms.epub
        return
    html = html_files.read_as_html(strip_codec_suffix(file.path), document, data)
    if document and not html:
        yield reject(
            file.relative,
            file.source,
            "document_format",
            document_error(document, file.path, wide_encoding(data) or unmarked_markup(data)),
        )
        return
    archive = archive_kind(data)
    said = archive == "tar" and getattr(file, "in_tar", False) and tar_data_no_tar(data)
    if said:  # session 55: clause tar_data_no_tar_said (transforms.tar_file_end)
        yield reject(file.relative, file.source, "corrupt_archive", said)
        return
    if archive:  # an archive in an archive, or a 7z/rar
        yield archives.archive_rejection(archive, file)
        return
    said = ""  # clause codec_hint_said_once
    declared = html and html_files.decode_declared(data)  # clause declared_charset
    wide = wide_encoding(data)  # UTF-32 first: its little-endian mark starts with UTF-16's
    encoding = (wide or "").lower()
    if wide and ends_in_echo_byte(data):  # clause stray_end_text_said
        stray = (len(data) - (2 if wide == "UTF-16" else 4)) % (2 if wide == "UTF-16" else 4)
        yield reject(
            file.relative,
            file.source,
            "invalid_utf16",
            f"the {wide} file ends in {counted(stray, 'byte')} after its last whole line: if "
            f"`echo >>` added {'it' if stray == 1 else 'them'}, {remove_end(file, stray)}; "
            "if the file was cut inside a blank line, the rest of it is missing: get the "
            "file whole",
        )
        return
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as e:
            yield reject(
                file.relative,
                file.source,
                "invalid_utf16",
                f"the file starts with a {wide} byte order mark but bytes {e.start}-{e.end} "
                f"are not {wide} ({e.reason}); re-encode it as UTF-8",
            )
            return
    elif not isinstance(declared, tuple) and (named := named_order(data, config.encoding, typed)):
        # Clauses named_wide_order / named_wide_order_wrong (transforms.utf16_named):
        # --encoding utf-16 (ucs-2...) over bytes without a mark reads the order its
        # text is in, and says it; utf-16le over UTF-16BE text is rejected, named;
        # named_wide_family_wrong: UTF-32 bytes under utf-16 (and the reverse) too.
        # Clause named_wide_order_pages (session 45): a page as well, unless its own
        # declared charset read it (a page's charset is read first, as before).
        if isinstance(named, str):
            yield reject(file.relative, file.source, "invalid_encoding", named)
            return
        text, encoding, line = named
        said = (
            f"{file.source}: {line}" if line else ""
        )  # not counted: codec_hints are CP1252 misreads
    else:
        # Clause bom_offsets_at_source (transforms.file_spans): the mark's length goes
        # to every message maker, so the offsets named are the file's (the finished line
        # was rewritten by pattern before, clause bom_offsets_said of session 36).
        mark = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
        text = (
            declared
            if isinstance(declared, tuple)
            else decode(
                data[mark:],
                file.relative,
                file.source,
                config.encoding,
                mark,
                getattr(config, "named_encoding", ""),
            )
        )
        if isinstance(text, tuple):
            text, encoding = text
            # Clause cp1252_letters_misplaced (transforms.cp1252_signs): a file read as
            # CP1252 under a named codec whose signs sit inside words (a Mac or DOS
            # codec's letters) is read as before, and a line names the likely codec; the
            # file is counted (codec_hint.CODEC: the summary and the manifest say it).
            # Clause codec_hint_said_once (session 42): the line goes with the document
            # (no worker log line), the launcher prints it once.
            # Clause declared_cp1252_letters_misplaced (session 42): a page read as
            # CP1252 by its declared charset is asked too, whatever --encoding says.
            typed = getattr(config, "named_encoding", "") or config.encoding
            page = isinstance(declared, tuple) and html_files.declared_charset(data) or ""
            if encoding == "cp1252" and (page or config.encoding not in ("auto", "utf-8")):
                if hint := misplaced_hint(data, typed, page):  # the file's offsets, mark and all
                    said = f"{file.source}: {hint.line}"
                    Metrics.counter(NAMESPACE, f"{HINT_PREFIX}{hint.codec}").inc()
        elif isinstance(text, Rejected):  # clause odd_length_member_named
            text = where_removed(text, file)
            if isinstance(declared, str):  # clause declared_charset_utf8_bytes
                text = replace(text, error=f"{text.error}; the page: {declared}")
    del data
    marks, source = [], "page"  # clause markup_headings: the page's h1-h6
    if html and not isinstance(text, Rejected):
        source = html_files.markup_source(text)  # clause converter_headings (html_files)
        text = html_text.html_to_text(text, page=True, headings=marks)  # transforms.html_text
    if isinstance(text, Rejected):
        yield text
    elif len(text) > config.max_doc_chars:
        yield too_long(file.relative, file.source, f"file has {len(text):,} characters", config)
    else:
        marks = markup_headings.located(text, marks, source)
        yield Document(
            file.relative,
            file.source,
            text,
            encoding=encoding,
            markup_headings=marks,
            codec_hint=said,
        )


_TOOLS = {"gzip": "gzip", "bz2": "bzip2", "xz": "xz", "zstd": "zstd", "deflate": "pigz -z"}


def remove_end(file: InputFile, stray: int) -> str:
    """How to remove the last ``stray`` bytes of ``file``, naming it. Clause
    ``stray_end_file_named`` (session 35, the Left of session 34): the message of clause
    ``stray_end_text_said`` said ``truncate -s -1 FILE`` (and ``-1`` also for UTF-32's
    two stray bytes "\\r\\n"); now the command names the file as it is on disk, or says
    where it is when it is no local file (an archive's member, a remote file, a pipe)."""
    cut = f"truncate -s -{stray}"
    them = "it" if stray == 1 else "them"
    codec = codec_of(file.path)
    member = isinstance(file, member_files.MemberFile)
    tool = _TOOLS.get(codec, codec)
    if member:  # clause odd_length_member_named
        archive, name = _member_of(file)
        # Clause remove_end_member_decompressed (session 36, wtC2; the review of wtC): a
        # compressed member (in/moby.txt.gz of books.tar) got `truncate -s -N
        # in/moby.txt.gz`, which cuts the member's checksum and last block: the cut is
        # said on the text it decompresses to, inside the unpacked archive.
        step = f"{cut} {shlex.quote(name)}"
        if codec:
            step = f"{tool} -dk {shlex.quote(name)}, {cut} on the text it writes, compress that again in its place"
        if "://" in archive:
            return f"remove {them} from member {shlex.quote(name)} of archive {archive} (unpack a copy of it, {step}, pack it again and put it in its place)"
        return f"remove {them} from member {shlex.quote(name)} of archive {archive} (unpack it, {step}, pack it again)"
    if codec:
        # Clause remove_end_decompressed (session 36 review): the bytes to cut are of the
        # decompressed text; `truncate -s -N book.txt.gz` cut the compressed file's own
        # end (its checksum and last block), destroying it. The cut is said on the text
        # (of a copy, for a remote file).
        if "://" in file.path:
            return f"remove {them} from the decompressed text of a copy of {file.source} ({tool} -dk the copy, {cut} on the text it writes, compress that again, then put it in its place)"
        if not os.path.isfile(file.path):
            return f"remove {them} from the decompressed text where the stream {file.source} is written"
        return f"remove {them} from the decompressed text ({tool} -dk {shlex.quote(file.path)}, {cut} on the text it writes, then compress that again in its place)"
    if "://" in file.path:
        return f"remove {them} ({cut} a copy of {file.source}, then put the copy in its place)"
    if os.path.isfile(file.path):
        return f"remove {them} ({cut} {shlex.quote(file.path)})"
    return f"remove {them} where the stream {file.source} is written"


def _member_of(file) -> tuple[str, str]:
    """(the archive's source, the member's name in it) of the archive member ``file``."""
    if file.path.startswith(file.archive + "/"):
        return file.archive, file.path[len(file.archive) + 1 :]
    return file.archive, posixpath.basename(file.path)


def where_removed(said: Rejected, file: InputFile) -> Rejected:
    """Clause ``odd_length_member_named`` (session 35, wtC2; the Left of session 35's
    wtC): the mark-less UTF-16/32 stray-end rejections (``utf16_unmarked_odd_length``,
    ``utf32_unmarked_cut``) said ``truncate -s -1 '/p/books.tar/moby.txt'`` for a member
    of an archive, a path that is on no disk, and the same for a remote file or a pipe;
    now their fix is :func:`remove_end`'s: the member of its archive and how to cut it
    there, a copy of a remote file, where a stream is written."""
    if said.reason not in ("invalid_utf16", "truncated_input") or not (
        isinstance(file, member_files.MemberFile)
        or "://" in file.path
        or not os.path.isfile(file.path)
        or codec_of(file.path)  # clause remove_end_decompressed
    ):
        return said
    # clause zeroed_tail_said (transforms.damaged_middle): its NUL end, any length
    found = re.search(
        rf"remove (it|them) \(truncate -s -(\d+) {re.escape(shlex.quote(file.source))}\)",
        said.error,
    )
    if found:
        named, stray = found.group(), int(found.group(2))
        return replace(said, error=said.error.replace(named, remove_end(file, stray), 1))
    return said
