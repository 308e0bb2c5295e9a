"""Every record type longctx reads or writes, declared once.

Each record has three views that must agree (``tests/schemas/test_records.py``
proves it):

* a dataclass, what the pure transforms produce and consume;
* a ``pyarrow`` schema, what the writers pass explicitly;
* the matching ``datasets.Features``, derived from the pyarrow schema
  (``schemas.hf_features``) and written into the shards and ``dataset_info.json``
  so that ``datasets.load_from_disk`` gives back exactly these types. The
  ``*_FEATURES`` names are ``datasets.Features`` objects made on first use, so
  this module does not import ``datasets`` (the builder's workers and the
  trainer run without it).

Character offsets index the *normalized* text (``transforms.normalize``);
``text[start:end]`` is always the unit. Token offsets index the document's token
sequence. All offsets are int32: a single document is far below 2**31 characters.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

IGNORE_INDEX = -100  # label of a token that is context only (HF / PyTorch convention)

SPLITS = ("train", "validation")


# --------------------------------------------------------------------------
# Input side
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class MarkupHeading:
    """An ``<h1>``-``<h6>`` of an EPUB or an HTML page as the reader wrote it: a line
    of the read text (``transforms.markup_headings``, rule ``markup_line``)."""

    level: int  # 1-6, from the tag; 0: a line of a code example (clause code_no_sections)
    title: str  # the heading's line
    before: int  # lines of the read text with the same words before it ...
    after: int  # ... and after it
    # "epub" or "document" (Pandoc's HTML: adds chapters) | "page" (re-levels only)
    # | "aozora" (transforms.aozora_headings) | "markdown" (transforms.markdown_marks)
    source: str
    lines: int = 1  # its title's lines: 2 for a toc label written over two (toc_two_lines)


@dataclass(frozen=True)
class Document:
    """One input document after reading (text not yet normalized)."""

    doc_id: str
    source: str  # path (and line or row) it came from
    text: str
    split: str = ""  # "train" | "validation", decided from doc_id before chunking
    boilerplate_chars: int = 0  # characters cut by transforms.boilerplate
    # The codec the file's bytes were decoded with (transforms.read, ``--encoding``):
    # "utf-8", "utf-16", "gb18030", ...; an EPUB's chapters in several codecs: each,
    # joined by "+" ("cp1252+iso8859-2", clause epub_chapter_codecs).
    encoding: str = "utf-8"
    # Where the text waits while the document crosses a shuffle ("": ``text`` holds
    # it); see ``pipeline.parking``.
    text_file: str = ""
    # The markup's headings (an EPUB's or an HTML page's h1-h6) for the structure
    # stage; () for every other input (never written to the output).
    markup_headings: tuple[MarkupHeading, ...] = ()
    # Control characters (and stray byte order marks) transforms.normalize removed
    # (clauses control_chars_counted, stray_byte_order_marks).
    control_chars: int = 0
    # A fortune file's entries (rule fortune_separator cut its "%" lines; 0: no
    # fortune file), for the structure stage (clause fortune_entry_headings).
    fortune_entries: int = 0
    # The lines of the normalized text that open a page (pdftotext's form feeds,
    # transforms.page_breaks) for rule page_furniture; () without them (never written).
    # Line indexes of the text as normalize left it: a stage after the boilerplate
    # stage (whose cuts and unwrapping move lines) must not read them.
    page_breaks: tuple[int, ...] = ()
    # Clause aozora_never_wrapped (transforms.aozora): the text is set a paragraph a line
    # (Aozora Bunko), so the unwrap stage joins none of its lines (never written).
    never_wrapped: bool = False
    # Clause markdown_hard_breaks (transforms.markdown_hard_breaks): the offsets of the
    # text's newlines that end a Markdown hard break (a ``.md`` source's line ending in two
    # spaces), which the unwrap stage keeps; the boilerplate stage moves them with its
    # cuts, the unwrap stage drops them; () for every other source (never written).
    hard_breaks: tuple[int, ...] = ()
    # Clause codec_hint_said_once (session 42): the warning of clause
    # cp1252_letters_misplaced (transforms.cp1252_signs), the file named ("" for none).
    # The launcher prints it once per file and the manifest keeps it (a worker's log
    # line was printed twice by a multi-process build, never on Dataflow's terminal);
    # never written to the output.
    codec_hint: str = ""


@dataclass(frozen=True)
class Rejected:
    """An input that could not be processed: written to ``OUT/rejected/``."""

    doc_id: str
    source: str
    stage: str  # read | normalize | structure | tokenize | chunk | ...
    reason: str  # short machine-readable reason, e.g. "invalid_json", "empty_text"
    error: str  # human-readable message saying what to fix


REJECTED_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("error", pa.string()),
    ]
)


# --------------------------------------------------------------------------
# Text structure (transforms.structure) and the documents output
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Section:
    """A leaf section: sections are flat, non-overlapping spans; ``level`` (1 = top,
    e.g. BOOK; 2 = CHAPTER inside it; 0 = text before any heading) lets a reader
    rebuild the title path from the preceding sections of lower levels. A level is a
    depth within one document, not a kind: one level per heading rank, each as high as
    the book allows (rule ``dense_path_levels``, ``transforms.section_paths``), so a book
    without parts has its chapters at 1, and levels a text marks itself (HTML, Markdown,
    Aozora notes) keep their order."""

    start: int
    end: int
    title: str  # "" for text before the first heading
    level: int = 1


@dataclass
class TextStructure:
    """Hierarchy of one normalized document, as character spans.

    Spans at each level are sorted, non-overlapping and cover ``[0, len(text))``;
    every sentence lies in one paragraph, every paragraph in one topic segment,
    every topic segment in one section. Arrays are int32 of shape (n, 2).
    ``key_sentences`` holds sentence indices in document order, with their scores.
    """

    sections: list[Section]
    topic_segments: np.ndarray
    paragraphs: np.ndarray
    sentences: np.ndarray
    key_sentences: np.ndarray  # int32 (k,), indices into ``sentences``, ascending
    key_scores: np.ndarray  # float32 (k,), aligned with ``key_sentences``


_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
_SECTION = pa.struct(
    [("start", pa.int32()), ("end", pa.int32()), ("title", pa.string()), ("level", pa.int32())]
)
_KEY = pa.struct(
    [("sentence", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("score", pa.float32())]
)


@dataclass(frozen=True)
class DocumentRecord:
    """One row of ``OUT/documents/``: a document's structure and lengths."""

    doc_id: str
    source: str
    split: str
    num_chars: int
    num_tokens: int
    boilerplate_chars: int  # characters cut from the text before num_chars
    # Control characters (NUL, other C0 but tab/newline, DEL, C1) normalize removed;
    # a documents shard written before the column existed reads as 0 (CONTROL_CHARS).
    control_chars: int
    encoding: str  # codec the input's bytes were decoded with ("utf-8", "gb18030", ...)
    sections: list[dict]  # {start, end, title, level}
    topic_segments: list[dict]  # {start, end}
    paragraphs: list[dict]
    sentences: list[dict]
    key_sentences: list[dict]  # {sentence, start, end, score}


DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("split", pa.string()),
        ("num_chars", pa.int32()),
        ("num_tokens", pa.int32()),
        ("boilerplate_chars", pa.int32()),
        ("control_chars", pa.int32()),
        ("encoding", pa.string()),
        ("sections", pa.list_(_SECTION)),
        ("topic_segments", pa.list_(_SPAN)),
        ("paragraphs", pa.list_(_SPAN)),
        ("sentences", pa.list_(_SPAN)),
        ("key_sentences", pa.list_(_KEY)),
    ]
)

# Clause keep_text_column: with ``longctx dataset --keep-text`` the documents rows end
# with the clean text their spans index (``len(text) == num_chars``). large_string: a
# batch of long books passes the 2 GB of a ``string`` column's int32 offsets.
DOCUMENT_TEXT_FIELD = pa.field("text", pa.large_string())


# Columns a documents shard of an older build lacks, with the value they read as.
OLD_DOCUMENT_DEFAULTS = {"control_chars": 0}


def with_document_defaults(table, schema: pa.Schema):
    """``table`` (a documents Table or RecordBatch) with each column of
    ``OLD_DOCUMENT_DEFAULTS`` it lacks put in at its place in ``schema``, filled with
    the default: an old build's documents shards read, verify and export as before."""
    for name, value in OLD_DOCUMENT_DEFAULTS.items():
        if name in table.schema.names or name not in schema.names:
            continue
        column = pa.array([value] * table.num_rows, schema.field(name).type)
        before = schema.names[: schema.get_field_index(name)]
        at = 1 + max((i for i, n in enumerate(table.schema.names) if n in before), default=-1)
        table = table.add_column(at, schema.field(name), column)
    return table


def document_schema(keep_text: bool = False) -> pa.Schema:
    """``DOCUMENT_SCHEMA``, with the ``text`` column last when ``keep_text``."""
    return DOCUMENT_SCHEMA.append(DOCUMENT_TEXT_FIELD) if keep_text else DOCUMENT_SCHEMA


@dataclass
class StructuredDocument:
    """A normalized document with its structure (between stages)."""

    doc_id: str
    source: str
    split: str
    text: str  # normalized
    structure: TextStructure
    boilerplate_chars: int = 0
    encoding: str = "utf-8"
    control_chars: int = 0


@dataclass
class TokenizedDocument:
    """A normalized document with its structure and tokens (between stages)."""

    doc_id: str
    source: str
    split: str
    text: str  # normalized
    structure: TextStructure
    token_ids: np.ndarray  # int32 (n,)
    token_offsets: np.ndarray  # int32 (n, 2): character span of each token
    boilerplate_chars: int = 0
    encoding: str = "utf-8"
    control_chars: int = 0


# --------------------------------------------------------------------------
# Training rows (transforms.chunking) -> OUT/{train,validation}/
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """One document's contiguous token run inside a row.

    A row holds one piece (a full window of a long document) or several packed
    pieces (short documents and tails), each with ``position_ids`` restarting at 0.
    """

    doc_id: str
    chunk_index: int  # index of this chunk among the document's chunks at this window
    offset: int  # first token of the piece within the row
    length: int  # tokens of the piece in the row (memory prefix and EOS included)
    token_start: int  # document token span the piece covers (prefix excluded)
    token_end: int
    char_start: int  # normalized-text character span of that token span
    char_end: int


_PIECE = pa.struct(
    [
        ("doc_id", pa.string()),
        ("chunk_index", pa.int32()),
        ("offset", pa.int32()),
        ("length", pa.int32()),
        ("token_start", pa.int32()),
        ("token_end", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
    ]
)


@dataclass(frozen=True)
class ChunkRow:
    """One training row. ``len(input_ids) == len(labels) == len(position_ids) == length``.

    Row-level ``doc_id`` / ``chunk_index`` / spans are those of the first piece;
    ``pieces`` lists all of them. Structure offsets are token positions within the
    row. ``labels`` is ``IGNORE_INDEX`` where a token is context only (overlap with
    an earlier window, memory prefix, padding); the model shifts labels itself, so
    ``labels[i]`` scores predicting ``input_ids[i]``.
    """

    input_ids: list[int]
    labels: list[int]
    position_ids: list[int]
    doc_id: str
    window: int  # the length bucket
    length: int  # tokens in the row, padding excluded
    chunk_index: int
    token_start: int
    token_end: int
    char_start: int
    char_end: int
    num_scored: int  # labels != IGNORE_INDEX
    memory_length: int  # tokens of key-sentence memory prefix (0 when off)
    section_path: list[str]
    sentence_starts: list[int]
    paragraph_starts: list[int]
    topic_starts: list[int]
    key_sentence_starts: list[int]
    pieces: list[dict] = field(default_factory=list)


CHUNK_SCHEMA = pa.schema(
    [
        ("input_ids", pa.list_(pa.int32())),
        ("labels", pa.list_(pa.int32())),
        ("position_ids", pa.list_(pa.int32())),
        ("doc_id", pa.string()),
        ("window", pa.int32()),
        ("length", pa.int32()),
        ("chunk_index", pa.int32()),
        ("token_start", pa.int32()),
        ("token_end", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("num_scored", pa.int32()),
        ("memory_length", pa.int32()),
        ("section_path", pa.list_(pa.string())),
        ("sentence_starts", pa.list_(pa.int32())),
        ("paragraph_starts", pa.list_(pa.int32())),
        ("topic_starts", pa.list_(pa.int32())),
        ("key_sentence_starts", pa.list_(pa.int32())),
        ("pieces", pa.list_(_PIECE)),
    ]
)


def record_fields(record_type) -> list[str]:
    """Field names of a record dataclass, in declaration order."""
    return [f.name for f in dataclasses.fields(record_type)]


# (dataclass, pyarrow schema) for every record that is written out.
WRITTEN_RECORDS = (
    (Rejected, REJECTED_SCHEMA),
    (DocumentRecord, DOCUMENT_SCHEMA),
    (ChunkRow, CHUNK_SCHEMA),
)

_FEATURES_OF = {
    "REJECTED_FEATURES": REJECTED_SCHEMA,
    "DOCUMENT_FEATURES": DOCUMENT_SCHEMA,
    "CHUNK_FEATURES": CHUNK_SCHEMA,
}


def __getattr__(name: str):
    """``REJECTED_FEATURES``, ``DOCUMENT_FEATURES``, ``CHUNK_FEATURES``: the
    ``datasets.Features`` of a written record, imported on first use (PEP 562)."""
    schema = _FEATURES_OF.get(name)
    if schema is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import datasets

    from schemas.hf_features import features_of

    return datasets.Features.from_dict(features_of(schema))
