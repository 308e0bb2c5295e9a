"""Text structure of one normalized document: sections > topic segments >
paragraphs > sentences, plus key sentences.

Every level is computed as sorted start offsets, and each level's starts include
the starts of the level above (section starts are paragraph starts, paragraph
starts are sentence starts, topic boundaries are chosen among paragraph starts).
Spans run from a start to the next one, so at every level they cover
``[0, len(text))`` exactly and nest exactly; whitespace between units belongs
to the unit before it.

Order and cost per character of English (Gutenberg, one process, characters per
CPU second; docs/QUALITY.md has the measured numbers): sections and paragraphs
(regex, ~40M/s), sentences (Punkt by rule punkt_candidates, ~10-14M/s), terms (one regex
pass per sentence, ~13M/s), topic segmentation per section (C99's units and
windows, each cut by rule ``dcm_segments``; ~11M/s over paragraphs with C99,
not slower with the DCM; ~3M/s on Chinese novels, whose units are sentences), LexRank over all
sentences with an implicit sparse graph (O(nnz) per iteration, ~15M/s).
"""

from __future__ import annotations

import dataclasses
import functools
import time
from dataclasses import dataclass, field

import apache_beam as beam
import numpy as np
import pyarrow as pa

from schemas import Document, StructuredDocument, TextStructure
from schemas.dataset import document_arrow_schema
from transforms import (
    c99,
    cjk_quotes,
    literal_scan,
    quote_marks,
    runtime,
    screenplay,
    sorted_unique,
    style_terms,
    topics,
)
from transforms import key_sentences as ks
from transforms import paragraphs as par
from transforms import sections as sec
from transforms import sentences as sent
from transforms.beam_utils import DocumentStage, RejectDocument
from transforms.c99 import C99Config
from transforms.fortune_separators import fortune_entry_headings
from transforms.latin_speech import latin_speech_pieces, sentence_marks
from transforms.markdown_marks import SOURCE as MARKDOWN
from transforms.markdown_marks import markdown_headings
from transforms.markup_headings import with_markup_headings
from transforms.surrogates import reads_surrogates

LANGUAGES = ("auto", *sent.PUNKT_LANGUAGES, *sent.CJK_LANGUAGES)


@dataclass(frozen=True)
class StructureConfig:
    """How to find the structure of a document.

    Attributes:
      language: "auto" (Punkt with the model rule ``punkt_language`` picks per
        document, English unless another language's function words win, plus
        CJK rules: works on mixed text), a Punkt language code ("en", "de",
        "fr"...) or "zh" / "ja" (rules only).
      max_sentence_chars: longer sentences are cut at a safe point.
      topics: topic segmentation inside each section over its paragraphs (or
        sentences, in running text): C99's units and windows, each window cut by
        rule ``dcm_segments`` (``transforms.dcm``) or by C99
        (``transforms.c99.C99Config``, validated there).
      key_ratio: fraction of sentences kept as key sentences ...
      key_top_k: ... at most this many (0 = no cap) ...
      key_min: ... and at least this many.
      key_min_words: a key sentence has at least this many words (a CJK
        character counts half a word); shorter ones, heading lines and repeats
        are never key sentences (``transforms.key_sentences``).
      damping: PageRank damping factor.
      lead_bias: teleport weight towards the first sentences of each section
        (0 = plain LexRank).
    """

    language: str = "auto"
    max_sentence_chars: int = 2000
    topics: C99Config = field(default_factory=C99Config)
    key_ratio: float = 0.05
    key_top_k: int = 256
    key_min: int = 1
    key_min_words: float = 6.0
    damping: float = 0.85
    lead_bias: float = 0.0

    def __post_init__(self):
        if self.language not in LANGUAGES:
            raise ValueError(
                f"StructureConfig.language={self.language!r} is not supported; "
                f"use one of {', '.join(LANGUAGES)}"
            )
        if self.max_sentence_chars < 16:
            raise ValueError(
                f"StructureConfig.max_sentence_chars={self.max_sentence_chars} is too small; "
                "use >= 16 (default 2000)"
            )
        if not 0.0 <= self.key_ratio <= 1.0:
            raise ValueError(f"StructureConfig.key_ratio={self.key_ratio} must be in [0, 1]")
        if self.key_top_k < 0 or self.key_min < 0:
            raise ValueError(
                "StructureConfig.key_top_k and key_min must be >= 0 (top_k 0 = no cap)"
            )
        if self.key_min_words < 0:
            raise ValueError(
                f"StructureConfig.key_min_words={self.key_min_words} must be >= 0 (0 = no minimum)"
            )
        if not 0.0 < self.damping < 1.0:
            raise ValueError(f"StructureConfig.damping={self.damping} must be in (0, 1), e.g. 0.85")
        if self.lead_bias < 0:
            raise ValueError(f"StructureConfig.lead_bias={self.lead_bias} must be >= 0")


# Clause surrogates_read_as_replacement (session 42; transforms.surrogates): a lone
# surrogate (half of a UTF-16 pair; no reader passes one, a caller may) is read as U+FFFD,
# one character for one, so every span holds for ``text`` too.
@reads_surrogates()
def analyze_text(
    text: str,
    config: StructureConfig = StructureConfig(),
    timings: dict | None = None,
    markup: tuple = (),
    fortune_entries: int = 0,
) -> TextStructure:
    """Structure of normalized, non-empty ``text`` (see module docstring).

    ``timings``, when given, accumulates CPU seconds per step (for bench/eval_text.py).
    ``markup``: the document's ``MarkupHeading``s (an EPUB's, an HTML page's h1-h6),
    applied to the text rules' headings by ``transforms.markup_headings``.
    ``fortune_entries``: the entries of a fortune file (``Document.fortune_entries``;
    clause ``fortune_entry_headings``), 0 for any other text.

    Raises:
      ValueError: ``text`` is the empty string (``analyze_document`` rejects
        empty documents with a reason instead).
    """
    if not text:
        raise ValueError(
            "analyze_text needs non-empty text; an empty document has no structure "
            "(analyze_document rejects it as 'empty_text')"
        )
    # Clause quote_marks_once_release (review of session 34): the marks' one-entry cache
    # holds the document's text; drop it with the document, not at the next one (and the
    # marks' counts, clause counts_once_per_document, and the CJK answers, clause
    # cjk_once_per_document). Clause release_in_finally (session 35, part 2): also when a
    # step raises partway (a bad document must not stay held by the caches).
    try:
        return _analyze(text, config, timings, markup, fortune_entries)
    finally:
        quote_marks.release()
        cjk_quotes.release()
        literal_scan.release()  # clause one_literal_scan


def _analyze(
    text: str, config: StructureConfig, timings: dict | None, markup: tuple, fortune_entries: int
) -> TextStructure:
    """``analyze_text``'s steps (it drops the per-document caches after them)."""
    clock = _Clock(timings)
    lists: list[tuple[int, int]] = []  # clause contents_list_sentence
    headings, sections, sec_starts, para_starts, sent_starts = layout(
        text, config, markup, clock, fortune_entries, lists
    )
    sentences = sent.starts_to_spans(sent_starts, len(text))
    clock.lap("sentences")
    indptr, ids, vocab_size, stem_ids = topics.unit_terms_and_stems(text, sentences)
    clock.lap("terms")

    topic_starts = c99.topic_starts(
        len(text),
        sec_starts,
        para_starts,
        sent_starts,
        indptr,
        stem_ids,
        skip=np.asarray([h.start for h in headings], dtype=np.int64),
        config=config.topics,
        bigram_share=topics.bigram_share(text, len(stem_ids)),
        style=_style(text, sentences, config.topics),
    )
    # In running text a topic boundary may fall inside a paragraph: it starts one.
    para_starts = sorted_unique.union(para_starts, topic_starts)
    clock.lap("topics")

    section_of = np.searchsorted(sec_starts, sent_starts, side="right") - 1
    k = ks.key_sentence_count(len(sentences), config.key_ratio, config.key_top_k, config.key_min)
    eligible = ks.eligible_sentences(
        text, sentences, config.key_min_words, [h.start for h in headings], lists
    )
    # Clause speech_marks_once (session 52): the quote style and the speech marks of the
    # sentences, read once for the groups and the pieces.
    speech_marks = sentence_marks(text, sentences)
    groups = ks.eligible_groups(  # clause split_quote_candidate
        text, sentences, config.key_min_words, [h.start for h in headings], lists, speech_marks
    )
    # Clause latin_speech_whole_only (session 40): a piece of a speech that is no candidate
    # whole is none either.
    eligible[latin_speech_pieces(text, sentences, groups, speech_marks)] = False
    key_idx, key_scores = ks.key_sentences(
        indptr,
        ids,
        vocab_size,
        section_of,
        k,
        config.damping,
        config.lead_bias,
        eligible,
        sentence_text=lambda i: text[sentences[i, 0] : sentences[i, 1]],
        groups=groups,
        per_sentence=not quote_marks.holds_cjk(text),  # latin_speech_score_per_sentence
    )
    clock.lap("key_sentences")
    return TextStructure(
        sections=sections,
        topic_segments=sent.starts_to_spans(topic_starts, len(text)),
        paragraphs=sent.starts_to_spans(para_starts, len(text)),
        sentences=sentences,
        key_sentences=key_idx,
        key_scores=key_scores,
    )


@reads_surrogates()  # clause surrogates_read_as_replacement
def layout(
    text: str,
    config: StructureConfig = StructureConfig(),
    markup: tuple = (),
    clock=None,
    fortune_entries: int = 0,
    contents_out: list | None = None,
) -> tuple[list, list, np.ndarray, np.ndarray, np.ndarray]:
    """The headings, sections, section starts, paragraph starts and sentence starts of
    normalized ``text``, before the topic stages (``analyze_text``'s first steps; also
    what ``bench/sentence_sample.py`` labels)."""
    clock = clock or _Clock(None)
    if markup and markup[0].source == MARKDOWN:  # clause markdown_sections
        headings = markdown_headings(text, markup, sec.find_headings, contents_out)
    else:
        headings = with_markup_headings(
            text, sec.find_headings(text, contents_out=contents_out), markup
        )
    # Clause fortune_entry_headings: a fortune file's quoted headings head no section
    # (they stay lines of their own, paragraphs and sentences as before).
    heads = fortune_entry_headings(text, headings, fortune_entries)
    sections = sec.sections_from_headings(text, heads)
    sec_starts = np.asarray([s.start for s in sections], dtype=np.int64)
    # Rule speech_label: a screenplay's cues and parentheticals are paragraphs of their own.
    labels = screenplay.speech_labels(text)
    para_starts = par.paragraph_starts(
        text,
        # Clause one_dtype_concatenate: int64 throughout (np.r_ made float64 when a
        # list was empty; paragraph_starts reads the values as int64 either way).
        np.concatenate(
            (
                sec_starts,
                np.asarray(
                    par.heading_paragraph_starts(text, headings)
                    + par.heading_paragraph_starts(text, labels),
                    dtype=np.int64,
                ),
            )
        ),
    )
    para_starts = para_starts[~par.inside_headings(para_starts, headings)]
    whole = sorted([(h.start, h.end) for h in headings] + [(x.start, x.end) for x in labels])
    clock.lap("sections+paragraphs")
    sent_starts = sent.sentence_starts(
        text,
        config.language,
        config.max_sentence_chars,
        forced=para_starts,
        keep_whole=np.asarray(whole, dtype=np.int64),
    )
    return headings, sections, sec_starts, para_starts, sent_starts


def _style(
    text: str, sentences: np.ndarray, config: C99Config
) -> tuple[np.ndarray, np.ndarray] | None:
    """Each sentence's style tokens (rule ``style_evidence``) when the topic
    method reads them, else None (not computed)."""
    if config.method != "dcm" or config.style_weight <= 0:
        return None
    return style_terms.style_terms(text, sentences)


class _Clock:
    """Adds the CPU seconds of this process since the previous lap to
    ``timings[name]`` (no-op without): on a shared machine wall time mostly
    measures the other jobs."""

    def __init__(self, timings: dict | None):
        self.timings = timings
        self.last = time.process_time()

    def lap(self, name: str) -> None:
        if self.timings is None:
            return
        now = time.process_time()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def analyze_document(
    doc: Document, config: StructureConfig = StructureConfig()
) -> StructuredDocument:
    """``analyze_text`` on a normalized ``Document``.

    Raises:
      RejectDocument("empty_text"): the text is only whitespace (normalize first).
    """
    if not doc.text.strip():
        raise RejectDocument(
            "empty_text",
            f"document {doc.doc_id!r} has no text; run NormalizeDocuments before "
            "AnalyzeStructure so empty documents are rejected there",
        )
    with runtime.long_text_heap(len(doc.text)):  # clause long_text_heap
        structure = analyze_text(
            doc.text, config, markup=doc.markup_headings, fortune_entries=doc.fortune_entries
        )
    return StructuredDocument(
        doc_id=doc.doc_id,
        source=doc.source,
        split=doc.split,
        text=doc.text,
        structure=structure,
        boilerplate_chars=doc.boilerplate_chars,
        encoding=doc.encoding,
        control_chars=doc.control_chars,
    )


def _spans(array: np.ndarray) -> list[dict]:
    return [{"start": s, "end": e} for s, e in array.tolist()]


def document_record(doc: StructuredDocument, num_tokens: int) -> dict:
    """One row of ``OUT/documents/`` in ``schemas.DOCUMENT_SCHEMA`` field order."""
    st = doc.structure
    sentences = st.sentences.tolist()
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "split": doc.split,
        "num_chars": len(doc.text),
        "num_tokens": int(num_tokens),
        "boilerplate_chars": int(doc.boilerplate_chars),
        "control_chars": int(doc.control_chars),
        "encoding": doc.encoding,
        "sections": [
            {"start": s.start, "end": s.end, "title": s.title, "level": s.level}
            for s in st.sections
        ],
        "topic_segments": _spans(st.topic_segments),
        "paragraphs": _spans(st.paragraphs),
        "sentences": _spans(st.sentences),
        "key_sentences": [
            {"sentence": i, "start": sentences[i][0], "end": sentences[i][1], "score": score}
            for i, score in zip(st.key_sentences.tolist(), st.key_scores.tolist(), strict=False)
        ],
    }


def _span_list(spans, value_type: pa.StructType, extra: dict | None = None) -> pa.Array:
    """One list cell of ``value_type`` structs from an ``(n, 2)`` span array (start,
    end) and ``extra`` columns, built from the arrays (no Python object per span)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    columns = {"start": spans[:, 0], "end": spans[:, 1], **(extra or {})}
    children = [pa.array(np.asarray(columns[f.name]), type=f.type) for f in value_type]
    values = pa.StructArray.from_arrays(children, fields=list(value_type))
    return pa.ListArray.from_arrays(pa.array([0, len(spans)], pa.int32()), values)


def document_table(doc: StructuredDocument, num_tokens: int, keep_text: bool = False) -> pa.Table:
    """:func:`document_record` as a one-row table of ``document_arrow_schema(keep_text)``,
    the same values, made from the structure's arrays: a 50 MB document's ~400,000
    sentences as dicts took ~0.25 GB. ``keep_text``: with the ``text`` column, the
    document's clean text itself (clause keep_text_column)."""
    st, schema = doc.structure, document_arrow_schema(keep_text)
    record = document_record(
        dataclasses.replace(
            doc,
            structure=TextStructure(
                sections=st.sections,
                topic_segments=np.zeros((0, 2)),
                paragraphs=np.zeros((0, 2)),
                sentences=np.zeros((0, 2)),
                key_sentences=np.zeros(0, np.int64),
                key_scores=np.zeros(0),
            ),
        ),
        num_tokens,
    )
    sentences = np.asarray(st.sentences, dtype=np.int64).reshape(-1, 2)
    key = np.asarray(st.key_sentences, dtype=np.int64).reshape(-1)
    scores = np.asarray(st.key_scores).reshape(-1)
    key, scores = key[: len(scores)], scores[: len(key)]  # as zip() in document_record
    columns = {
        **{name: pa.array([value], schema.field(name).type) for name, value in record.items()},
        "topic_segments": _span_list(
            st.topic_segments, schema.field("topic_segments").type.value_type
        ),
        "paragraphs": _span_list(st.paragraphs, schema.field("paragraphs").type.value_type),
        "sentences": _span_list(sentences, schema.field("sentences").type.value_type),
        "key_sentences": _span_list(
            sentences[key],
            schema.field("key_sentences").type.value_type,
            {"sentence": key, "score": scores},
        ),
    }
    if keep_text:  # clause keep_text_column: the text the spans above index
        columns["text"] = pa.array([doc.text], schema.field("text").type)
    return pa.Table.from_arrays([columns[name] for name in schema.names], schema=schema)


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class AnalyzeStructure(beam.PTransform):
    """Normalized ``Document`` -> ``StructuredDocument``; outputs ``main`` and
    ``rejected`` (stage "structure")."""

    def __init__(self, config: StructureConfig = StructureConfig()):
        super().__init__()
        self.config = config

    def expand(self, docs):
        fn = functools.partial(analyze_document, config=self.config)
        return docs | "FindStructure" >> DocumentStage("structure", fn)
