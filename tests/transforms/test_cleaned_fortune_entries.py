"""Clause ``cleaned_fortune_entries`` (``transforms.clean.clean_text``): ``Cleaned``
carries a fortune file's entries as the pipeline's boilerplate stage notes them
in the ``Document``, so ``bench/snapshot.py`` (and ``bench/eval_text.py``) read a
fortune file's sections as the pipeline does.

Real text: the Debian ``fortunes-zh`` 2.98 ``chinese`` entries of
``test_fortune_entry_headings`` (the Debian Reference's "第 1 章" quoted)."""

import importlib.util
import os

from schemas.records import Document
from tests.transforms.test_fortune_entry_headings import CHINESE
from transforms.boilerplate import BoilerplateConfig
from transforms.clean import CleanConfig, clean_stages, clean_text
from transforms.normalize import normalize_document, normalize_text
from transforms.structure import analyze_document

RAW = "\n%\n".join(CHINESE) + "\n%\n"


def _snapshot_module():
    path = os.path.join(os.path.dirname(__file__), "..", "..", "bench", "snapshot.py")
    spec = importlib.util.spec_from_file_location("bench_snapshot", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pipeline_doc() -> Document:
    doc = normalize_document(Document("f", "f", RAW))
    for _, fn in clean_stages():
        doc = fn(doc)
    return doc


def test_cleaned_fortune_entries_as_the_pipeline_counts_them():
    cleaned = clean_text(normalize_text(RAW))
    doc = _pipeline_doc()
    assert cleaned.text == doc.text
    assert cleaned.fortune_entries == doc.fortune_entries == len(CHINESE)
    # No "%" lines cut (--keep-boilerplate): no count, as the pipeline.
    kept = CleanConfig(boilerplate=BoilerplateConfig(enabled=False))
    assert clean_text(normalize_text(RAW), kept).fortune_entries == 0
    assert clean_text(normalize_text("\n\n".join(CHINESE))).fortune_entries == 0


def test_cleaned_fortune_entries_snapshot_sections_match_the_pipeline():
    _, entry, text = _snapshot_module()._one(("chinese", RAW))
    doc = _pipeline_doc()
    structure = analyze_document(doc).structure
    assert text == doc.text
    want = [[s.start, s.end, s.level, s.title] for s in structure.sections]
    assert entry["sections"] == want
    # The quoted "第 1 章" heads no section in either (one section, the whole text).
    assert len(want) == 1
