import apache_beam as beam
import numpy as np
import pyarrow as pa
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import DOCUMENT_SCHEMA, Document, Section
from schemas.dataset import DOCUMENT_ARROW_SCHEMA, rows_to_table, table_to_stream_bytes
from tests.beam_local import local_pipeline
from transforms.c99 import C99Config
from transforms.sections import section_path
from transforms.structure import (
    AnalyzeStructure,
    StructureConfig,
    analyze_document,
    analyze_text,
    document_record,
    document_table,
)

BOOK = (
    "THE TALE\n\n"
    "BOOK I\n\n"
    "CHAPTER I. The Start\n\n"
    "Mr. Smith went to Washington. He paid $3.50 for a map of the U.S. and\n"
    "left. It was a long road.\n\n"
    "The whale swam. The sea was calm. Whales like calm seas.\n\n"
    "CHAPTER II. The End\n\n"
    "第一回 甄士隐梦幻识通灵\n\n"
    "此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，\n"
    "而借通灵说此《石头记》一书也。\n"
)


def assert_structure(text, structure):
    levels = {
        "sections": np.asarray([[s.start, s.end] for s in structure.sections]),
        "topic_segments": structure.topic_segments,
        "paragraphs": structure.paragraphs,
        "sentences": structure.sentences,
    }
    for name, spans in levels.items():
        assert len(spans) >= 1, name
        assert spans[0][0] == 0 and spans[-1][1] == len(text), name
        assert (spans[1:, 0] == spans[:-1, 1]).all(), name
        assert (spans[:, 1] > spans[:, 0]).all(), name
        assert "".join(text[s:e] for s, e in spans.tolist()) == text
    for arr in (structure.topic_segments, structure.paragraphs, structure.sentences):
        assert arr.dtype == np.int32 and arr.ndim == 2 and arr.shape[1] == 2
    # Nesting: each finer start set contains the coarser one.
    order = ["sections", "topic_segments", "paragraphs", "sentences"]
    for coarse, fine in zip(order, order[1:], strict=False):
        assert set(levels[coarse][:, 0].tolist()) <= set(levels[fine][:, 0].tolist()), fine
    keys = structure.key_sentences
    assert keys.dtype == np.int32 and structure.key_scores.dtype == np.float32
    assert len(keys) == len(structure.key_scores)
    assert (np.diff(keys) > 0).all()
    assert ((keys >= 0) & (keys < len(structure.sentences))).all()


def test_book_structure():
    st_ = analyze_text(BOOK)
    assert_structure(BOOK, st_)
    titles = [(s.title, s.level) for s in st_.sections]
    # "THE TALE" is a title line: no contents list or layout makes it a heading,
    # so it stays in the front matter (level 0).
    assert titles == [
        ("", 0),
        ("BOOK I", 1),
        ("CHAPTER I. The Start", 2),
        ("CHAPTER II. The End", 2),
        ("第一回 甄士隐梦幻识通灵", 2),
    ]
    sentences = [BOOK[s:e].strip() for s, e in st_.sentences.tolist()]
    assert "Mr. Smith went to Washington." in sentences
    assert "He paid $3.50 for a map of the U.S. and\nleft." in sentences
    assert "CHAPTER I. The Start" in sentences  # a heading line is one sentence
    assert "而借通灵说此《石头记》一书也。" not in sentences  # the wrapped line is joined
    assert any(s.startswith("作者自云") and s.endswith("一书也。") for s in sentences)
    paragraphs = [BOOK[s:e].strip() for s, e in st_.paragraphs.tolist()]
    assert paragraphs[:3] == ["THE TALE", "BOOK I", "CHAPTER I. The Start"]
    # The wrapped line is joined ("and\nleft."); the chapter's two short written
    # paragraphs are its topic units (rule few_paragraph_units), so no topic
    # boundary cuts one of them into pieces.
    assert paragraphs[3].startswith("Mr. Smith") and paragraphs[3].endswith("long road.")
    assert paragraphs[4] == "The whale swam. The sea was calm. Whales like calm seas."


def test_section_path():
    sections = [
        Section(0, 5, "", 0),
        Section(5, 10, "BOOK I", 1),
        Section(10, 20, "CHAPTER I", 2),
        Section(20, 30, "CHAPTER II", 2),
        Section(30, 40, "BOOK II", 1),
        Section(40, 50, "CHAPTER I", 2),
    ]
    assert section_path(sections, 0) == []
    assert section_path(sections, 1) == ["BOOK I"]
    assert section_path(sections, 3) == ["BOOK I", "CHAPTER II"]
    assert section_path(sections, 5) == ["BOOK II", "CHAPTER I"]


def test_document_record_matches_schema():
    doc = analyze_document(Document("d", "src", BOOK, "train"))
    record = document_record(doc, num_tokens=123)
    assert list(record) == DOCUMENT_SCHEMA.names
    table = pa.Table.from_pylist([record], schema=DOCUMENT_SCHEMA)
    row = table.to_pylist()[0]
    assert row["num_chars"] == len(BOOK) and row["num_tokens"] == 123
    assert [[s["start"], s["end"]] for s in row["sentences"]] == doc.structure.sentences.tolist()
    assert row["key_sentences"]
    for key in row["key_sentences"]:
        sentence = row["sentences"][key["sentence"]]
        assert (key["start"], key["end"]) == (sentence["start"], sentence["end"])
        assert key["score"] > 0


def test_document_table_is_the_record_as_arrow():
    """The documents record made from the arrays: the same table and the same
    stream bytes as the dict record (what the builder wrote before)."""
    for text in (BOOK, "One line only."):
        doc = analyze_document(Document("d", "src", text, "train"))
        assert len(doc.structure.sentences)
        old = rows_to_table([document_record(doc, num_tokens=7)], DOCUMENT_ARROW_SCHEMA)
        new = document_table(doc, num_tokens=7)
        assert new.equals(old)
        assert table_to_stream_bytes(new) == table_to_stream_bytes(old)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"language": "xx"}, "language"),
        ({"max_sentence_chars": 3}, "max_sentence_chars"),
        ({"key_ratio": 1.5}, "key_ratio"),
        ({"damping": 1.0}, "damping"),
        ({"lead_bias": -1}, "lead_bias"),
        ({"key_min_words": -1}, "key_min_words"),
    ],
)
def test_config_validation(kwargs, message):
    with pytest.raises(ValueError, match=message):
        StructureConfig(**kwargs)


def test_topic_settings_are_validated_by_their_own_config():
    with pytest.raises(ValueError, match="mask"):
        StructureConfig(topics=C99Config(mask=4))


_ALPHABET = st.sampled_from(
    list("abcXYZ .!?,;\n\n\t")
    + ["Mr. ", "U.S. ", "3.5", "。", "！", "“", "”", "中文", "第一回 ", "CHAPTER I\n", "# T\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=80).map("".join).filter(lambda t: t.strip()))
def test_structure_properties(text):
    config = StructureConfig(
        max_sentence_chars=20, topics=C99Config(mask=3, block=8, min_unit_terms=1)
    )
    first = analyze_text(text, config)
    assert_structure(text, first)
    assert (np.diff(first.sentences, axis=1) <= 20).all()
    second = analyze_text(text, config)
    for name in ("topic_segments", "paragraphs", "sentences", "key_sentences", "key_scores"):
        assert np.array_equal(getattr(first, name), getattr(second, name)), name
    assert first.sections == second.sections


def test_analyze_structure_pipeline_with_rejected():
    docs = [Document("ok", "s:1", BOOK, "train"), Document("empty", "s:2", "  \n ", "train")]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | AnalyzeStructure(StructureConfig(key_ratio=0.2))
        assert_that(
            out.main | beam.Map(lambda d: (d.doc_id, len(d.structure.sections))),
            equal_to([("ok", 5)]),
            label="main",
        )
        assert_that(
            out.rejected | beam.Map(lambda r: (r.doc_id, r.stage, r.reason)),
            equal_to([("empty", "structure", "empty_text")]),
            label="rejected",
        )


def test_a_heading_that_took_its_title_line_is_one_paragraph():
    """The heading "CHAPTER I" took the line "c" as its title (one sentence): a paragraph may
    not start inside it (it did: paragraphs [0, 11), [11, 12), one sentence [0, 12))."""
    text = "CHAPTER I\n\nc"
    st_ = analyze_text(text)
    assert_structure(text, st_)
    assert st_.paragraphs.tolist() == [[0, 12]]


def test_analyze_text_of_the_empty_string_says_what_is_wrong():
    """The empty string (an INI file after boilerplate removal, called directly)
    gets a clear error, not a numpy shape error; whitespace alone is one
    sentence of one section."""
    with pytest.raises(ValueError, match="non-empty text"):
        analyze_text("")
    st_ = analyze_text(" \n")
    assert st_.sentences.tolist() == [[0, 2]] and len(st_.sections) == 1
