"""Read long documents from JSONL, Parquet or text files into ``schemas.Document``.

Formats are chosen by file name: ``.jsonl`` / ``.json`` / ``.ndjson`` (one JSON object
per line), ``.parquet``, anything else one plain-text document per file; a pipe with no
name (``--input -``) whose first line is a JSON object is JSONL (``transforms.pipes``).
Compressed inputs are decompressed; paths go through Beam's ``FileSystems`` (``gs://``...).

Document ids are stable: the record's id field when it has one, else the file's
path relative to the input pattern's base, plus ``:LINE`` (JSONL, 1-based) or
``:ROW`` (Parquet, 0-based). An input that cannot be read (malformed JSON,
invalid UTF-8, missing text field, unreadable file) becomes a ``schemas.Rejected``
record with stage ``read``, never an exception that kills the job. Rules:

* ``truncated_input``: a compressed file cut short (``transforms.decompress``
  notices the missing end marker). JSONL records before the cut are kept; the
  rest of the file is one rejected record that says how many were read. A
  truncated text or Parquet file is rejected whole (a Parquet file without its footer:
  clause ``parquet_no_footer``, ``transforms.record_checks``).
* ``document_too_long``: more than ``max_doc_chars`` characters. A JSONL line or
  text file over ``4 * max_doc_chars`` bytes is rejected without being decoded, so
  one huge input cannot exhaust a worker's memory before it is even measured.
* ``not_jsonl``: a ``.json`` file of one JSON value over several lines (pretty-printed).
* ``invalid_unicode``: a JSON string escape that is half a surrogate pair
  (``"\\ud83d"`` alone) in the text or the id: valid JSON, but no character.
* ``archive_members``: a tar or zip (by its magic bytes after decompression; a .jsonl
  name too, rule ``archive_by_content``) is read member by member as files (ids
  ``books.zip/a.txt``: ``transforms.archives``); 7z and rar stay ``archive_input``.
* ``document_format``: a PDF, MOBI, Word, OpenDocument, RTF or XML file (by its
  signature) is rejected with the command that converts it to text; an EPUB
  (``transforms.epub``) and an HTML page (``transforms.html_text``) are read as text
  (``transforms.file_kinds``, which also names binary bytes in ``invalid_utf8``).
* ``invalid_id`` (clause ``scalar_ids``: an id that is an object, list, boolean or
  NaN) and ``empty_file`` (``empty_parquet``: 0 rows): ``transforms.record_checks``;
  ``trailing_garbage``: a .gz's whole members are read, bytes after them are not
  (clause ``gzip_trailing_garbage``, ``transforms.decompress``).
* ``corrupt_input``: damaged compressed data (``damaged_compression``; ``checked_units``:
  JSONL keeps the records of units checked before it); ``unreadable_file`` (broken link;
  a file gone since it was listed, clause ``gone_since_listed`` in ``transforms.inputs``).
* A UTF-8 byte order mark is dropped (at every JSONL line's start: clause
  ``bom_every_line``, files joined with ``cat``); a text file with a UTF-16 (UTF-32) byte order
  mark is decoded as UTF-16 (UTF-32; it was read as UTF-16, NULs and all), and so is
  a JSONL file with one (clause ``utf16_jsonl_read``, session 22: it was rejected
  ``utf16_jsonl``; ``transforms.encodings.Utf8Of``).
* ``utf16_without_bom``: UTF-16 without a byte order mark is never guessed into
  text; a text file stays ``invalid_utf8``, but its message names UTF-16 and the
  byte order (not GB18030) when the bytes decode to common-script text
  (:func:`utf16_order`); a JSONL file starting ``{`` + NUL is ``utf16_jsonl``.
* ``--encoding`` (``ReadConfig.encoding``) for a text file that is not UTF-8 (nor
  UTF-16/32 with a mark, nor binary): ``auto`` (default) decodes it as GB18030, Big5,
  Shift_JIS, EUC-JP, EUC-KR or CP1252 only when ``transforms.legacy_encodings``
  finds it surely that language, else ``invalid_utf8`` whose hint names the codec and
  the option; ``utf-8`` rejects it with that hint; a codec name decodes it strictly
  (``invalid_encoding`` when it cannot; a file with NUL bytes stays a binary
  ``invalid_utf8`` unless the codec is UTF-16/32: rule ``named_codec_binary``).
  Valid UTF-8 is UTF-8, except 7-bit ISO-2022-JP/KR text, which its escape sequences
  name (clause ``iso2022_escapes``, ``transforms.iso2022``, session 25); JSONL and
  Parquet are UTF-8 by their formats.
  ``Document.encoding`` records the codec. Cost: one streaming pass over each file (two
  over a compressed JSONL file: its check first); a file is read by one worker."""

from __future__ import annotations

import os
import posixpath
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas import Document, Rejected
from schemas.wording import counted
from transforms import (
    archives,
    changed_since_listed,
    changed_while_read,
    decompress,
    member_files,
    pipes,
    record_checks,
    remote_head,
)
from transforms.archive_limits import document_bytes
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED
from transforms.decompress import codec_of, strip_codec_suffix, trailing_garbage
from transforms.encodings import CutWideText
from transforms.inputs import (  # noqa: F401
    InputFile,
    expand_inputs,
    gone_since_listed,
    not_permitted,
)
from transforms.legacy_fallback import check_encoding
from transforms.misnamed_codec import codec_data_plain_name, misnamed_codec
from transforms.read_jsonl import read_jsonl
from transforms.read_records import Progress, record_to_document, reject
from transforms.read_text import read_text
from transforms.record_checks import ParquetCut, empty_parquet, parquet_cut
from transforms.tar_pipe_said import damaged_member_line, members_kept
from transforms.temp_room import temp_room

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
# A ceiling, not a measured memory bound: docs/RELIABILITY.md (section 4) says what is
# measured and how (bench/bench_long_document.py).
DEFAULT_MAX_DOC_CHARS = 100_000_000
# Bytes per character a UTF-8 input may need; beyond this many bytes per allowed
# character an input is too long whatever it decodes to.


@dataclass(frozen=True)
class ReadConfig:
    """How records are turned into documents."""

    text_field: str = "text"
    id_field: str | None = "id"  # None: ids always from path + line/row
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS  # longer documents are rejected
    # Text files that are not UTF-8: "auto", "utf-8" (reject) or a codec (module doc).
    encoding: str = "auto"

    def __post_init__(self):
        # Clause typed_codec_name (session 38): the name the user typed ("latin-1") is
        # kept beside the checked one ("iso8859-1") and every reader message shows it.
        # Not a field: resolved configs and the resume comparison see the checked name.
        object.__setattr__(self, "named_encoding", self.encoding.strip())
        object.__setattr__(self, "encoding", check_encoding(self.encoding))
        if not self.text_field:
            raise ValueError("text_field must name the JSON/Parquet field holding the text")
        if self.max_doc_chars < 1:
            raise ValueError(f"--max-doc-chars must be >= 1, got {self.max_doc_chars}")

    @property
    def max_input_bytes(self) -> int:
        """A record or text file longer than this is rejected before it is decoded."""
        return document_bytes(self.max_doc_chars)


def file_format(path: str) -> str:
    name = strip_codec_suffix(posixpath.basename(path))
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "text"


def _read_parquet(file: InputFile, config: ReadConfig, progress: Progress):
    import pyarrow as pa
    import pyarrow.parquet as pq

    with member_files.open_seekable(file, config.max_input_bytes) as handle:
        handle = changed_while_read.watched(handle)  # clause changed_while_read_parquet
        try:
            parquet = pq.ParquetFile(handle)
        except pa.ArrowInvalid:
            if cut := parquet_cut(handle):  # clause parquet_no_footer
                raise cut from None
            if said := record_checks.not_parquet(handle, file):  # clause parquet_name_not_its_data
                yield said
                return
            raise
        columns = [config.text_field]
        if config.id_field and config.id_field in parquet.schema_arrow.names:
            columns.append(config.id_field)
        if config.text_field not in parquet.schema_arrow.names:
            progress.records += 1
            yield reject(
                file.relative,
                file.source,
                "missing_text_field",
                # clause parquet_rows_named (review, session 48): the whole file is the
                # one rejected record; its rows said, the summary's "the one document" is not
                # read as one row of six
                f"Parquet file has no column {config.text_field!r} "
                f"(columns: {', '.join(parquet.schema_arrow.names)}); its "
                f"{counted(parquet.metadata.num_rows, 'row', thousands=True)} rejected as one record; pass --text-field",
            )
            return
        row = 0
        for batch in parquet.iter_batches(columns=columns, batch_size=256):
            for record in batch.to_pylist():
                progress.position = row
                progress.records += 1
                yield record_to_document(
                    record, f"{file.relative}:{row}", f"{file.source}:{row}", config
                )
                row += 1
        changed_while_read.settle(handle)  # clause changed_while_read_parquet_settle
        if empty := empty_parquet(row):  # clause empty_parquet (transforms.record_checks)
            yield reject(file.relative, file.source, "empty_file", empty)


_READERS = {"jsonl": read_jsonl, "parquet": _read_parquet, "text": read_text}


def read_file(
    file: InputFile, config: ReadConfig = ReadConfig(), skipped: Counter | None = None
) -> Iterator[Document | Rejected]:
    """One ``Document`` or ``Rejected`` per record of ``file`` (of each archive member:
    ``skipped`` counts those skipped); a failure midway ends with one for the rest."""
    try:
        yield from _read_file(file, config, skipped)
    finally:  # clause misnamed_remote: the first bytes kept of a remote file, dropped
        remote_head.forget(file.path)


def _read_file(file: InputFile, config: ReadConfig, skipped: Counter | None):
    fmt = file_format(file.path)
    progress = Progress()
    unit = {"jsonl": "line", "parquet": "row"}.get(fmt)
    if file.problem:
        yield reject(file.relative, file.source, file.reason or "unreadable_file", file.problem)
        return
    kept = None  # an archive's members kept (clause tar_pipe_damage_said)
    try:
        chars = config.max_doc_chars  # checked_units: a JSONL pipe's bound
        if fmt != "parquet" and (kind := archives.sniff(file, chars)):  # archive_by_content
            read_member = lambda m: read_file(m, config, skipped)  # noqa: E731
            members = archives.read_archive(file, kind, config, read_member, file_format, skipped)
            kept = 0
            for member in changed_since_listed.checked(file, "archive", members):
                kept += not (isinstance(member, Rejected) and member.reason == "corrupt_input")
                yield member
            return
        fmt, unit = pipes.pipe_format(file.path, fmt, unit)  # clause pipe_jsonl_by_content
        opener = getattr(file, "opener", None)  # an archive member's: clause misnamed_member
        if fmt != "parquet" and (said := codec_data_plain_name(file.path, file.relative, opener)):
            yield reject(file.relative, file.source, "unreadable_file", said)
            return
        if empty_compressed(file):  # clause empty_compressed_is_cut
            raise EOFError(file.path)
        if fmt == "jsonl" and not isinstance(file, member_files.MemberFile):
            decompress.verify_stream(file.path)  # clause damaged_compression
        records = _READERS[fmt](file, config, progress)
        if fmt == "text":  # clause changed_while_read: a file still being written
            records = changed_while_read.checked(file.path, records)
        elif fmt == "jsonl":  # clause changed_while_read_jsonl: records since, said
            records = changed_while_read.noted(file, records)
        elif fmt == "parquet":  # clause changed_while_read_parquet: rows up to a change
            records = changed_while_read.rows_checked(file, records)
        # clause changed_during_build_rejected (and _remote): as listed when read
        yield from changed_since_listed.checked(file, fmt, records)
        if garbage := trailing_garbage(file.path):  # clause gzip_trailing_garbage
            yield reject(file.relative, file.source, "trailing_garbage", garbage)
    except EOFError as cut:
        whole = isinstance(cut, ParquetCut)  # rejected whole: no rows were read
        kept = decompress.records_before_cut(progress.records) if unit and not whole else ""
        codec = codec_of(file.path) or decompress.piped_codec(file.path)  # pipe_codec_named
        ends = f"the file ends before the end of its {codec or 'archive'} stream"
        if isinstance(cut, CutWideText | ParquetCut):  # utf16_cut_is_truncated, parquet_no_footer
            ends = str(cut)
        yield reject(
            file.relative,
            f"{file.source}:{progress.position}" if unit and progress.position else file.source,
            "truncated_input",
            f"{ends}: it was cut short, e.g. by an interrupted download or copy{kept}; "
            "re-create or re-download it",
        )
    except Exception as e:  # noqa: BLE001 - an unreadable file is one rejected input
        where = f" after {counted(progress.records, 'record')}" if unit and progress.records else ""
        records = progress.records if unit else 0
        damaged = decompress.damaged_stream(file.path, e, records)  # clause damaged_compression
        if damaged and type(e).__name__ == "Damaged":  # clause tar_pipe_damage_said
            # a member without a codec of its own: the damage is the archive stream's (a
            # .jsonl.gz member's own damage keeps its line: clause checked_units)
            if isinstance(file, member_files.MemberFile) and not codec_of(file.path):
                name = file.path.removeprefix(file.archive + "/")
                damaged = damaged_member_line(name, file.archive, e)
            elif kept is not None:
                damaged = members_kept(damaged, kept)
        yield reject(
            file.relative,
            file.source,
            "corrupt_input" if damaged else archives.member_failure(file, e) or "unreadable_file",
            damaged
            or misnamed_codec(file.path, file.relative, getattr(file, "opener", None))
            or gone_since_listed(file, e)
            or not_permitted(file, e)
            or archives.damaged_member(file, e)  # clause damaged_member_said
            or temp_room(e)  # clause temp_room_said (transforms.temp_room)
            or f"could not read {fmt} file{where}: {type(e).__name__}: {e}",
        )


def empty_compressed(file: InputFile) -> bool:
    """Clause ``empty_compressed_is_cut`` (session 29): a local regular file of 0 bytes
    whose name asks for a codec (``.gz``, ``.zst``...) holds no stream at all, which no
    compressor writes (an empty gzip stream is 20 bytes): the file was cut before its
    first byte, an interrupted download or copy. ``.bz2`` said so (``truncated_input``),
    ``.txt.gz`` and ``.txt.zst`` said ``empty_text`` "0 characters in ... fix the reader
    for its format", ``.jsonl.gz`` nothing at all (then ``empty_file``)."""
    if isinstance(file, member_files.MemberFile) or not codec_of(file.path):
        return False
    if remote_head.remote(file.path):
        # Clause empty_remote_compressed_is_cut (session 36): a 0-byte .gz/.zst on a
        # bucket (gs://, s3://, memory://) read as an empty document (a local one:
        # truncated_input). Its size is seen by the first open the reader made (the
        # archive sniff: ``remote_head``), no request of its own; not opened: as before.
        return remote_head.head(file.path, 1) == b""
    try:
        found = os.stat(file.path)
    except OSError:
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size == 0


# ------------------------------------------------------------------ Beam wrapper
class _ReadFileFn(beam.DoFn):
    def __init__(self, config: ReadConfig):
        self._config = config
        self._read = Metrics.counter(NAMESPACE, "read_ok")
        self._rejected = Metrics.counter(NAMESPACE, "read_rejected")

    def process(self, file: InputFile):
        skipped = Counter()
        for item in read_file(file, self._config, skipped):
            if isinstance(item, Rejected):
                self._rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, item)
            else:
                self._read.inc()
                yield item
        for kind, n in skipped.items():  # archive members that are not documents
            Metrics.counter(NAMESPACE, f"{archives.SKIPPED_PREFIX}{kind}").inc(n)


class ReadDocuments(beam.PTransform):
    """Files -> ``main``: Document, ``rejected``: Rejected.

    The file list is expanded when the pipeline is built (so ids and output are
    deterministic), then reshuffled so files spread over workers.
    """

    def __init__(self, files: list[InputFile], config: ReadConfig = ReadConfig()):
        super().__init__()
        self._files = files
        self._config = config

    def expand(self, pbegin):
        return (
            pbegin
            | "ListFiles" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "ParseRecords"
            >> beam.ParDo(_ReadFileFn(self._config)).with_outputs(REJECTED, main=MAIN)
        )
