"""bench/page_breaks.py: lone numbers sorted by whether rule ``page_furniture`` cut
them and whether they stand near one of pdftotext's form-feed page breaks.

Real text: "Writing R Extensions" (R 4.2 manual, ``pdftotext -layout``), section 1.1: a
footnote's number "2" over its note, then the page's folio and the next page.
"""

from __future__ import annotations

import page_breaks as pb

from transforms.normalize import normalize_text
from transforms.textedit import Edit

PAGE = [
    "README/README.md2 , or ChangeLog will be ignored by R, but may be useful to end users.",
    "The utility R CMD build may add files in a build directory (but this should not be used for",
    "other purposes).",
    "    Except where specifically mentioned,3 packages should not contain Unix-style",
    "files/directories (that is, those whose name starts with a dot).",
    "",
    " 2",
    "   This seems to be commonly used for a file in markdown format. Be aware that most users",
    "   not know that, nor know how to view such a file: platforms such as macOS and Windows",
    "   a default viewer set in their file associations.",
]


def _text(pages: int) -> str:
    """``pages`` pages of the lines above, each ended by its folio, as pdftotext writes
    them: a form feed opens each next page's first line and ends the last page."""
    return "\n\f".join("\n".join(PAGE + ["", f"{n:>45}"]) for n in range(1, pages + 1)) + "\n\f"


def _cutter(numbers: set[str]):
    """A stand-in rule that cuts every line whose stripped text is in ``numbers``."""

    def cut(text: str) -> list[Edit]:
        edits, at = [], 0
        for line in text.split("\n"):
            if line.strip() in numbers:
                edits.append(Edit(at, at + len(line), "", "page_furniture"))
            at += len(line) + 1
        return edits

    return cut


def test_folios_near_breaks_and_a_cut_footnote_number_far_from_them():
    raw = _text(4)
    counts, far = pb.classify(raw, normalize_text, _cutter({"1", "2", "3", "4"}))
    # Each folio is the last line of its page; each footnote number "2" has 4 non-blank
    # lines between it and the break below it (5 from the one above).
    assert counts["cut near"] == 4
    assert counts["cut far"] == 4
    lines = normalize_text(raw).split("\n")
    assert {lines[i].strip() for i, _, _ in far} == {"2"}
    assert all(d == 4 for _, _, d in far)


def test_kept_lines_are_counted_apart_and_too_few_breaks_are_skipped():
    counts, far = pb.classify(_text(3), normalize_text, _cutter(set()))
    assert counts == {"kept near": 3, "kept far": 3} and far == []
    assert pb.classify(_text(2), normalize_text, _cutter(set())) is None  # 2 form feeds


# KOMA-Script's jurabook manual (jmgerdoc_scr, plain pdftotext): a page's top block is the
# running head, the chapter number, the section number and then the folio ("23").
HEAD_BLOCK = ["JURABOOK", "", "3", "", "3.3", "", "23", "", "Grundlegendes zum Layout", ""]


def test_a_folio_under_a_head_block_is_far_at_two_lines_and_near_at_four():
    body = [line for line in PAGE if not line.strip().isdigit()]
    raw = "".join("\f" + "\n".join(HEAD_BLOCK + body) + "\n" for _ in range(4)) + "\f"
    cutter = _cutter({"23"})
    counts, far = pb.classify(raw, normalize_text, cutter)
    assert (counts["cut far"], counts["cut near"]) == (4, 0)
    assert {d for _, _, d in far} == {3}  # "JURABOOK", "3", "3.3" between it and the break
    counts, far = pb.classify(raw, normalize_text, cutter, near_lines=4)
    assert (counts["cut far"], counts["cut near"]) == (0, 4) and far == []
