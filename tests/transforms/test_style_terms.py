"""Rule ``style_evidence``'s tokens (transforms/style_terms.py)."""

import glob
import os
import re

import numpy as np

from transforms import sentences as sent
from transforms import topics
from transforms.c99 import C99Config
from transforms.char_classes import MAX_RUN_CODE
from transforms.normalize import normalize_text
from transforms.structure import StructureConfig, analyze_text
from transforms.style_terms import style_terms

_STOP = {w: k for k, w in enumerate(topics.english_stopwords())}
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[^\w\s]|[{_CJK}]|[^\W\d_{_CJK}]+")


def naive_style_terms(text, spans):
    """Span by span with one regex: each mark or CJK character, each stopword."""
    keys, indptr = [], [0]
    for s, e in spans.tolist():
        for m in _TOKEN.finditer(text, s, e):
            t = m.group()
            if len(t) == 1 and (not t.isalnum() or re.match(f"[{_CJK}]", t)):
                keys.append(ord(t))
            elif t.lower() in _STOP:
                keys.append((1 << 21) + _STOP[t.lower()])
        indptr.append(len(keys))
    return np.asarray(indptr), np.asarray(keys, dtype=np.int64)


def test_tokens_of_an_english_and_a_chinese_sentence():
    text = "“Yes,” said the man; he left.宝玉道：“好。”"
    spans = np.array([[0, 29], [29, len(text)]])
    indptr, keys = style_terms(text, spans)
    stop = 1 << 21
    assert indptr.tolist() == [0, 7, 15]
    assert keys[:7].tolist() == [
        ord("“"),
        ord(","),
        ord("”"),
        stop + _STOP["the"],
        ord(";"),
        stop + _STOP["he"],
        ord("."),
    ]
    assert keys[7:].tolist() == [ord(c) for c in "宝玉道：“好。”"]


def test_tokens_outside_every_span_are_dropped():
    text = "The cat. -- The dog!"
    indptr, keys = style_terms(text, np.array([[9, len(text)]]))
    assert indptr.tolist() == [0, 4]
    assert keys.tolist() == [ord("-"), ord("-"), (1 << 21) + _STOP["the"], ord("!")]


def test_tokens_equal_a_regex_pass_on_real_books(shared_data):
    """The code-point scan and the merge of marks with stopwords give, span by
    span, the tokens of a plain regex pass over each sentence: an English
    book, a Chinese novel's first 200,000 characters."""
    paths = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:1]
    paths += sorted(glob.glob(os.path.join(shared_data, "zh_classics", "*.txt")))[:1]
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = normalize_text(f.read())[:200_000]
        config = StructureConfig(topics=C99Config(style_weight=0.0))
        spans = analyze_text(text, config).sentences.astype(np.int64)
        got, want = style_terms(text, spans), naive_style_terms(text, spans)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert len(got[1]) > 10_000


def _sentence_spans(text):
    return sent.starts_to_spans(sent.sentence_starts(text, "en", 2000), len(text)).astype(np.int64)


def test_a_character_that_lower_cases_to_two_keeps_the_stopwords(shared_data):
    """'İ' lower-cases to two characters ('i' and a combining dot): text.lower()
    is longer than the text, and its offsets are not the text's. Each letter run
    is lower-cased on its own, so a book passage that names İstanbul keeps its
    stopwords (it lost every one of them)."""
    path = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[0]
    with open(path, encoding="utf-8") as f:
        text = normalize_text(f.read())[100_000:120_000]
    text = "The boat left İstanbul at dawn, and the city was gone. " + text
    assert len(text.lower()) != len(text)
    spans = _sentence_spans(text)
    got, want = style_terms(text, spans), naive_style_terms(text, spans)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    assert np.count_nonzero(got[1] >= 1 << 21) > 1000


def test_a_document_longer_than_one_grouping_keeps_the_stopwords(shared_data):
    """English books run together past ``char_classes.MAX_RUN_CODE`` code points
    (what ``distinct_runs`` groups at once; above it the stopwords were all
    dropped): the same tokens as the regex pass."""
    text = ""
    for path in sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text += normalize_text(f.read()) + "\n\n"
        if len(text) > MAX_RUN_CODE:
            break
    assert len(text) > MAX_RUN_CODE
    spans = _sentence_spans(text)
    got, want = style_terms(text, spans), naive_style_terms(text, spans)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    assert np.count_nonzero(got[1] >= 1 << 21) > 100_000
