"""Session 57 (branch wtC): clause ``title_after_open_clause`` (transforms/cjk_title_bylines.py,
asked by rule ``cjk_title_lines``): a line under a short line that ends in a comma goes on
with its sentence, no title. Excerpts, byte for byte of the decoded files (CRLF -> LF):
hankinghu/literature-books 周作人文集.txt lines 115-146 (苍蝇), hexhero/book-txt
悉达多-赫尔曼·黑塞.txt lines 1238-1259, hankinghu/literature-books 随想.txt lines 812-833.
On the whole books the lines were sections (base57: 周作人文集 "用了人力以外的" at level 2,
悉达多 "他初次体验到了这迟到的" at 3, 随想 "最豁达的想法莫如" at 1); the book-wide title rule
does not take them in excerpts this small, so the clause is asked on the excerpts' lines as
``_title_lines`` asks it (docs/quality/session-57-wtC.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.cjk_title_bylines import open_clause_lines

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "line", "title"),
    [
        ("zh_hankinghu_zhouzuoren_verse_s57.txt", "用了人力以外的", "苍蝇"),
        ("zh_hankinghu_siddhartha_verse_s57.txt", "他初次体验到了这迟到的", None),
        ("zh_hankinghu_suixiang_verse_s57.txt", "最豁达的想法莫如", None),
    ],
)
def test_line_under_open_clause_goes_on(name, line, title):
    texts = [t.strip(" \t\u3000") for t in (DATA / name).read_text(encoding="utf-8").split("\n")]
    verse = texts.index(line)
    cands = [verse] + ([texts.index(title)] if title else [])
    assert open_clause_lines(texts, cands) == {verse}
    above = next(t for t in reversed(texts[:verse]) if t)
    assert above.endswith("，") and len(above) <= 20


def test_long_unclosed_line_is_not_asked():
    # a paragraph cut at a page's end (over OPEN_LINE_CHARS) leaves the line under it alone
    texts = ["他" * 30 + "，", "", "苍蝇", ""]
    assert open_clause_lines(texts, [2]) == set()
