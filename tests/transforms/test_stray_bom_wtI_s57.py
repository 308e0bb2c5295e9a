"""Clause stray_byte_order_marks (transforms/normalize.py): a U+FEFF inside a text (a
concatenated file's byte order mark) is removed and counted, on real text.

Excerpts, byte for byte:
- zh_yiwen_leiju_stray_bom_s57.txt: 藝文類聚 (oscarsun72/chtxt, t.類書叢書/藝文類聚.txt), the end
  of 卷二 and the start of 卷三, whose body opens with U+FEFF (98 卷 do).
- en_gutenberg_euripides_stray_bom_s57.txt: Buckley, The Tragedies of Euripides, Volume I
  (rcdm-uga/Gutenberg_Text), the producers' line and the title page "\\ufeffTHE" (CRLF).
"""

from pathlib import Path

import pytest

from schemas import Document
from transforms.normalize import normalize_counted, normalize_document

DATA = Path(__file__).resolve().parents[1] / "data"
BOM = "\ufeff"


@pytest.mark.parametrize(
    "name, line",
    [
        ("zh_yiwen_leiju_stray_bom_s57.txt", "〔○本卷宋本缺。據明本補。〕"),
        ("en_gutenberg_euripides_stray_bom_s57.txt", "THE"),
    ],
)
def test_stray_bom_removed_and_counted(name, line):
    raw = (DATA / name).read_bytes().decode("utf-8")
    assert raw.count(BOM) == 1 and not raw.startswith(BOM)
    text, dropped = normalize_counted(raw)
    assert BOM not in text
    assert line in text.split("\n")  # the line starts with its first real character
    # nothing else changed: the text is the raw text without the mark (and CRLF -> LF)
    assert text == raw.replace("\r\n", "\n").replace(BOM, "")
    assert dropped == 1


def test_stray_bom_document_counts_it():
    raw = (DATA / "zh_yiwen_leiju_stray_bom_s57.txt").read_bytes().decode("utf-8")
    doc = normalize_document(Document(doc_id="yiwen", text=raw, source="yiwen.txt"))
    assert BOM not in doc.text
    assert doc.control_chars == 1
    assert len(doc.text) == len(raw) - 1


def test_stray_bom_in_a_word_joins_it():
    # U+FEFF as the old zero-width no-break space: it renders as nothing, so the word
    # reads as it renders
    text, dropped = normalize_counted("Project Guten\ufeffberg text.\n")
    assert (text, dropped) == ("Project Gutenberg text.\n", 1)
