"""The bench scripts are not a package: put ``bench/`` on the path for their tests."""

from __future__ import annotations

import os
import sys

import pytest

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)


@pytest.fixture
def small_book_folder(tmp_path):
    """Three tiny books (``TINY_CORPUS`` repeated into ~40 paragraphs each) in a folder:
    enough for a multi-process build whose CPU the bench scripts split."""
    from tests.conftest import TINY_CORPUS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(TINY_CORPUS[:3]):
        (corpus / f"doc{i}.txt").write_text("\n\n".join([text] * 40), encoding="utf-8")
    return corpus
