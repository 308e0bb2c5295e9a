"""Clause speech_marks_once (session 52, ``transforms.latin_speech.sentence_marks``, read in
``transforms.structure``): a document's quote style (``single_quote_speech``: single or
double marks) and its sentences' speech marks are read once, for the speech groups
(``key_quotes.eligible_groups``) and the speech pieces (``latin_speech_pieces``) both;
session 51 read them twice a text. The groups and pieces given the marks read before are
those read without them.

Real text: the excerpts of ``test_single_quote_speech_wtF_s51`` (Gissing's In the Year of
Jubilee 4307-0 and Wuthering Heights pg768, single marks; Wells' The Stolen Bacillus, double
marks; Dickens' Oliver Twist pg730, single marks with elisions)."""

import numpy as np
import pytest

import transforms.latin_speech as latin_speech
from tests.transforms.test_single_quote_speech_wtF_s51 import (
    BACILLUS,
    HEIGHTS,
    JUBILEE,
    SOWERBERRY,
)
from transforms.key_quotes import eligible_groups
from transforms.latin_speech import latin_speech_groups, latin_speech_pieces, sentence_marks
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

TEXTS = {"jubilee": JUBILEE, "heights": HEIGHTS, "bacillus": BACILLUS, "sowerberry": SOWERBERRY}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_marks_read_once_give_the_same_groups_and_pieces(name):
    text = normalize_text(TEXTS[name])
    spans = sentence_spans(text)
    marks = sentence_marks(text, spans)
    assert marks is not None  # each excerpt holds speeches
    groups = latin_speech_groups(text, spans)
    assert len(groups)  # and groups of them
    assert np.array_equal(latin_speech_groups(text, spans, marks), groups)
    eligible = eligible_groups(text, spans, 6)
    assert np.array_equal(eligible_groups(text, spans, 6, speech_marks=marks), eligible)
    pieces = latin_speech_pieces(text, spans, eligible)
    assert np.array_equal(latin_speech_pieces(text, spans, eligible, marks), pieces)


def test_a_text_without_speech_marks_reads_none_once():
    text = normalize_text("He stopped abruptly. He had been told rhetoric was his weakness.\n")
    spans = sentence_spans(text)
    assert sentence_marks(text, spans) is None
    # None is a reading (no speech), not "unread": nothing is read again.
    assert latin_speech_groups(text, spans, None).shape == (0, 2)
    assert latin_speech_pieces(text, spans, np.zeros((0, 2), np.int64), None).tolist() == []


@pytest.mark.parametrize("name", ["jubilee", "heights"])
def test_a_document_decides_its_quote_style_once(name, monkeypatch):
    calls = []
    decide = latin_speech.single_quote_marks

    def counted(text, spans):
        calls.append(len(text))
        return decide(text, spans)

    monkeypatch.setattr(latin_speech, "single_quote_marks", counted)
    st = analyze_text(normalize_text(TEXTS[name]), StructureConfig(key_ratio=1.0, key_top_k=0))
    assert len(st.key_sentences)
    # Session 51: twice (the groups, then the pieces); clause speech_marks_once: once.
    assert len(calls) == 1


@pytest.mark.parametrize("name", ["jubilee", "bacillus"])
def test_marks_given_as_none_are_not_read_again(name):
    """Review (session 52): ``None`` given is the reading "no speech marks" even where the
    text holds speeches (a caller's reading is not re-done); only the default ``UNREAD``
    reads the text."""
    text = normalize_text(TEXTS[name])
    spans = sentence_spans(text)
    assert len(latin_speech_groups(text, spans))  # read here: groups
    assert latin_speech_groups(text, spans, None).shape == (0, 2)
    assert eligible_groups(text, spans, 6, speech_marks=None).shape == (0, 2)
    assert latin_speech_pieces(text, spans, np.zeros((0, 2), np.int64), None).tolist() == []
