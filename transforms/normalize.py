"""Text normalization: the one place where a document's characters are fixed.

Every later span (sections, paragraphs, sentences, tokens) is a character offset
into the text this stage returns, so it must run first and only once.

Steps, each a single C-level pass (about 150 MB/s together on ASCII text, so it
never shows up next to sentence splitting):

1. Unicode NFC (skipped when ``unicodedata.is_normalized`` says it is already NFC);
2. CRLF and lone CR to LF;
3. control characters (Unicode category Cc) removed, except tab and newline;
4. runs of ASCII spaces collapsed to one space. Tabs, newlines and other spaces
   (U+3000 indentation in Chinese text, NBSP) are kept: they carry layout that
   the paragraph heuristic reads.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import apache_beam as beam

from schemas import Document
from transforms.beam_utils import DocumentStage, RejectDocument

# C0 and C1 controls and DEL, minus \t (0x09) and \n (0x0a). \r is gone by then.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
_SPACES = re.compile(" {2,}")


def normalize_text(text: str) -> str:
    """Return ``text`` in the canonical form every span indexes (see module doc)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text)


def normalize_document(doc: Document) -> Document:
    """Normalize ``doc.text``.

    Raises:
      RejectDocument("empty_text"): nothing but whitespace remains, so there is no
        structure to find and nothing to train on.
    """
    text = normalize_text(doc.text)
    if not text.strip():
        raise RejectDocument(
            "empty_text",
            f"document {doc.doc_id!r} has no text after normalization "
            f"({len(doc.text)} characters in, only whitespace or control characters); "
            "drop it from the input or fix the reader for its format",
        )
    return dataclasses.replace(doc, text=text)


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class NormalizeDocuments(beam.PTransform):
    """``Document`` -> normalized ``Document``; outputs ``main`` and ``rejected``
    (stage "normalize", reason "empty_text" for documents with no text left)."""

    def expand(self, docs):
        return docs | "NormalizeText" >> DocumentStage("normalize", normalize_document)
