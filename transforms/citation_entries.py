"""Clause ``citation_entry`` (session 38) of ``transforms.key_sentences``: a sentence that is a
reference entry of a notes or bibliography section is no key sentence.

A book's notes section is a section like any other and gets its quota of key sentences:
about 100 of 邓小平时代's 256 key sentences were entries such as '[1-10]《邓小平年谱
（1904-1974）》，1923 年 6 月 11 日，页 18；1924 年 2 月 1 日，页 19。' or '[4-73]《邓小平年谱
（1975-1997）》，1976 年 1 月 1、2 日，页 139-140；Teiwes and Sun, End of the Maoist Era, p. 516.'
(session 36's twenty-book audit). Such a sentence says where something is written, not
what: nothing to remember.

A sentence is an entry when it ENDS on a page reference — "页 18", "页 139-140", "第 3
页" (CJK) or "p. 516", "pp. 145-148", "pp." cut by the splitter (Latin; found only
when the sentence holds a "p." + digit too: the scan looks for that) — before its
final mark (。；;. or none), and it holds a source sign: a book title in 《》, a year
(1500-2099), or a bracketed note number "[4-73]" / "[12]". Or (CJK) it opens with a
bracketed note number, holds a 《title》 and cites: a page reference anywhere ('[3-13]《邓小平年谱（1975-1997）》，1975 年 1 月
25 日，页 10-11；…，1975 年 1 月 19 日。') or a 《title》 then a year ('[9-37]《伟人的足迹：
邓小平外交活动大事记》，1977 年 8 月 7 日。').

Guards: a page number inside running text ("...as on p. 12 we saw that...") is not at the
sentence's end; a sentence that ends on a number after "p" without the dot ("top 10.")
or on a bare number is no match; an end on a page reference without a title, year or
note number (a "continued on p. 3." line of a magazine) stays; "cap. 2." is no page; an
English note with a page reference inside its text ('[585] As mentioned in a previous Note,
(67 in p. 77), Pliny mistakes the Eulæus for the Choaspes.') stays; a numbered note in prose
('[2-72]经毛泽东同意回来工作的人中有副总理谭震林，…', '[5-66] …出版《毛泽东选集》第五卷…': a
title with no year after it) stays: it says something.

Cost: the page references ("p." + digit, "pp.", "页") and, in a text holding "《", the
bracketed numbers found by literal-led regex scans (the engine jumps between the literal's
occurrences: ~8 ms over text_speed's 30 English books); only the sentences holding one are
read.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.quote_marks import holds_cjk

# A page reference at a sentence's end: CJK 页 N / 第 N 页, Latin p. N / pp. N-M / "pp."
# cut off; then the final mark (or none) and spaces.
_PAGE_END = re.compile(
    r"(?:页\s?\d+(?:\s?[-–~、，,]\s?\d+)*|第\s?\d+\s?页"
    r"|\bpp?\.\s?\d+(?:\s?[-–]\s?\d+)?(?:,\s?\d+(?:\s?[-–]\s?\d+)?)*|\bpp\.)"
    r"\s?[。；;.，,]?[\s\"”」）)]*$"
)
_SOURCE = re.compile(r"《[^《》\n]{1,60}》|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|^\s*\[\d+(?:-\d+)?\]")
# Where a page reference may be (one scan of the whole text; the sentences holding one
# are then read): "页" or "p." then a digit or "pp." (the word start is asked of _PAGE_END).
_PAGE = re.compile(r"p\.\s?\d")  # a literal start: the engine jumps from "p." to "p."


_NOTE = re.compile(r"\[\d{1,3}(?:-\d{1,3})?\]")  # a bracketed note number: [12], [4-73]
_NOTE_START = re.compile(r"\s*\[\d{1,3}(?:-\d{1,3})?\]")
_PAGE_ANY = re.compile(r"页\s?\d|第\s?\d+\s?页|\bpp?\.\s?\d")
_TITLE_DATE = re.compile(r"《[^《》\n]{1,60}》[，,]\s?(?:1[5-9]|20)\d\d\s?年")


def _entry(s: str) -> bool:
    """Rule of the module docstring for one sentence's text."""
    if _NOTE_START.match(s) and "《" in s and (_PAGE_ANY.search(s) or _TITLE_DATE.search(s)):
        return True  # a numbered note that cites: '[9-37]《伟人的足迹…》，1977 年 8 月 7 日。'
    # From 60 characters before the end (pos, not a slice: \b reads the character before).
    end = _PAGE_END.search(s, max(0, len(s) - 60))
    return end is not None and _SOURCE.search(s) is not None


def citation_entries(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (sentence indices, among ``candidates``) of the reference entries."""
    cand = np.asarray(candidates, dtype=np.int64)
    none = np.zeros(0, dtype=np.int64)
    if not len(cand):
        return none
    at = [m.start() for m in _PAGE.finditer(text)]
    cjk = holds_cjk(text)  # decided once per document (transforms.quote_marks)
    if cjk and "页" in text:
        at += [m.start() for m in re.finditer("页", text)]
    if cjk and "《" in text and "[" in text:  # a numbered note citing a title and a date
        at += [m.start() for m in _NOTE.finditer(text)]
    if not at:
        return none
    at = np.asarray(at, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    idx = np.unique(np.searchsorted(spans[:, 0], at, side="right") - 1)
    idx = np.intersect1d(idx[idx >= 0], cand)
    out = [i for i in idx.tolist() if _entry(text[int(spans[i, 0]) : int(spans[i, 1])].rstrip())]
    return np.asarray(out, dtype=np.int64)
