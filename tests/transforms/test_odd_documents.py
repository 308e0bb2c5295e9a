"""Odd but possible documents through every per-document stage the build runs
(normalize, prose/boilerplate/unwrap, structure, tokenize, chunk): each ends as a
valid record (spans inside the text, every token after the first scored exactly
once per window length) or as a rejection with a reason, never an exception
(session 20, wave 2: the reviewer's ``sentence_spans("")`` shape error)."""

from __future__ import annotations

import numpy as np
import pytest

from schemas.records import Document
from transforms.beam_utils import RejectDocument
from transforms.chunking import ChunkConfig
from transforms.chunking_beam import chunk_all_windows
from transforms.clean import CleanConfig, clean_stages
from transforms.normalize import normalize_document
from transforms.sentences import sentence_spans, starts_to_spans
from transforms.structure import StructureConfig, analyze_document
from transforms.tokenize import load_tokenizer, tokenize_documents

# Real text: a line of the First Folio (defaults/shakespeare) and of a Chinese novel.
FOLIO = "Ham. To be, or not to be, that is the Question:\n"
CHINESE = "话说天下大势，分久必合，合久必分。"

ODD = {
    "empty": "",
    "whitespace": "  \t \n \u3000\n",
    "newlines": "\n" * 500,
    "nuls": "\x00\x00\x00",
    "one_char": "a",
    "one_cjk": "中",
    "ideographic_stops": "。。。",
    "dots": "....",
    "nul_inside": "Ham.\x00 To be, or not to be.\x00\n",
    "rtl_mixed": "שלום עולם. זה משפט. To be, or not to be. مرحبا بالعالم. هذه جملة.\n",
    "one_heading": "THE TRAGEDIE OF HAMLET, Prince of Denmarke.\n",
    "headings_only": "".join(f"CHAPTER {i}\n\n" for i in range(1, 2001)),
    "identical_lines": FOLIO * 1000,
    "no_stop_commas": "," * 50_000,
    "no_stop_semicolons": "；" * 50_000,
    "one_long_line": (CHINESE * 3000).replace("。", "，"),
}


@pytest.fixture(scope="module")
def tokenizer(tiny_tokenizer_path):
    return load_tokenizer(tiny_tokenizer_path)


def _through_stages(text: str, tokenizer):
    doc = Document(doc_id="odd", source="odd.txt", text=text)
    stages = [("normalize", normalize_document), *clean_stages(CleanConfig())]
    stages.append(("structure", lambda d: analyze_document(d, StructureConfig())))
    for _, fn in stages:
        doc = fn(doc)
    [tokenized] = tokenize_documents([doc], tokenizer)
    if isinstance(tokenized, RejectDocument):
        raise tokenized
    return tokenized


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_document_is_a_record_or_a_rejection(name, tokenizer):
    try:
        doc = _through_stages(ODD[name], tokenizer)
    except RejectDocument as rejected:
        assert rejected.reason in {"empty_text", "no_visible_text", "not_prose"}, rejected
        assert str(rejected)
        return
    length, st = len(doc.text), doc.structure
    for spans in (st.sentences, st.paragraphs, st.topic_segments):
        assert spans[0, 0] == 0 and spans[-1, 1] == length
        assert (spans[1:, 0] == spans[:-1, 1]).all()
    n = len(doc.token_ids)
    config = ChunkConfig(windows=(64, 256), eos_id=0)
    per_window, record = chunk_all_windows(doc, config)
    assert record.num_rows == 1
    for window, (plan, pending) in per_window.items():
        scored = np.zeros(n, dtype=int)
        for start, end, scored_from, _ in plan.spans if plan is not None else []:
            scored[max(start, scored_from) : min(end, n)] += 1
        for row in plan.rows() if plan is not None else []:
            assert 0 <= row["char_start"] <= row["char_end"] <= length
        for piece in pending:
            first = piece.token_start + int(np.argmax(piece.labels != -100))
            scored[first:] += 1
        assert (scored[1:] == 1).all(), (name, window)


def test_empty_text_no_spans():
    """Clause ``empty_text_no_spans``: the empty text has no sentence, not a numpy
    shape error (``starts_to_spans`` stacked 0 starts with 1 end)."""
    assert sentence_spans("").shape == (0, 2)
    assert starts_to_spans(np.zeros(0, np.int64), 0).shape == (0, 2)
    assert sentence_spans("。。。").tolist() == [[0, 3]]
    spans = sentence_spans(FOLIO)
    assert spans[0, 0] == 0 and spans[-1, 1] == len(FOLIO)
