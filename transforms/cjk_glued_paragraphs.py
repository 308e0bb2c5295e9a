"""Chinese paragraphs glued into one line by a run of blanks (session 31), read by
``transforms.normalize`` before it collapses runs of spaces. Named clause (tests in
``tests/transforms/test_cjk_glued_paragraphs.py``):

* ``cjk_glued_paragraphs``: a line of at least ``LONG_LINE`` characters that holds at
  least ``MIN_BREAKS`` runs of blanks (each holding 4 ASCII spaces, 2 ideographic
  spaces U+3000 or a tab) between a CJK sentence end (。！？…”」』）) and a Han
  character or an opening quote is paragraphs glued together: each such run between
  two characters of the line (after a sentence end or not: a chapter's title "第一章"
  stands before its text so) opens a new line, the run kept as the new line's
  indentation. 诛仙.txt of Aster0id/TestData (a fan fiction) holds each chapter on one
  line, "    第一章    看着眼前那双…": 139 lines of 1,000 to 15,601 characters, 6,091
  such breaks (at least 18 a line); the collapse made each run one space, and the
  unwrapper then joined the lines: the book was one section of 131 giant lines.
  Ordinary books glue a few paragraphs so too, and are split by the same clause:
  hankinghu/literature-books 028 (柏杨's dialogue "病人：…\u3000\u3000医生：…" and its
  preface, "     \t\t\u3000\u3000" between paragraphs), 128 and 190; every line found with
  2 to 9 such breaks in 1,686 texts (web novels, wuxia-novel, hankinghu, luxun, chtxt,
  zh_classics) glues paragraphs (hankinghu 193's 红楼梦 and chtxt 039 hold one such line
  with 2 breaks, left as it was: under ``MIN_BREAKS``), so the limit is no guard against
  prose but against a long line that holds a blank run or two for another reason, such
  as a table's row. A short line with spaces inside (a verse's halves, a title's
  "第一回\u3000\u3000甄士隐…") stays.
  ``cjk_glued_paragraphs_code`` (review of session 31): a line inside a code block
  (``transforms.code_blocks.code_spans``: a fenced block, an indented listing) stays as
  written, as ``collapse_spaces`` keeps its spaces: a Markdown file that quotes a glued
  chapter in a fence (a string literal, a sample of the input) must not get new lines
  inside its code.
  ``cjk_glued_paragraphs_wrap`` (review of session 31): a run of spaces then tabs and
  nothing else ("     \t\t") is a printed page's line wrap, not a paragraph break:
  hankinghu 028 holds 30 of them, 28 inside a sentence or a word ("可能要麻烦各位去监狱给我
  送饭，所     \t\t以我始终没有写"); split there, 所 and 以 went to two paragraphs. Such
  a run neither counts towards ``MIN_BREAKS`` nor splits (the space collapse treats it as
  before); "     \t\t\u3000\u3000" (a wrap, then a paragraph's indentation) still splits.
"""

from __future__ import annotations

import re

from transforms.code_blocks import code_spans

LONG_LINE = 1000
MIN_BREAKS = 3

# a run of spaces, tabs and ideographic spaces that holds 4 spaces, 2 ideographic
# spaces or a tab (hankinghu 028 glues with "     \t\t\u3000\u3000")
_RUN = r"(?=[ \t\u3000]*(?: {4}|\u3000\u3000|\t))[ \t\u3000]+"
_SENTENCE_BREAK = re.compile(r"(?<=[。！？…”」』）])" + _RUN + r"(?=[\u3400-\u9fff“「『（])")
_ANY_BREAK = re.compile(r"(?<=\S)" + _RUN + r"(?=\S)")
_WRAP = re.compile(r" *\t+")  # clause cjk_glued_paragraphs_wrap
# the start of a _SENTENCE_BREAK: only the lines that hold one are measured (review of
# session 31: a scan of every line's length cost ~15% of normalize_text)
_CANDIDATE = re.compile(r"[。！？…”」』）][ \t\u3000]*(?: {4}|\u3000\u3000|\t)")
_MARKS = "。！？…”」』）"  # _CANDIDATE's first class


def _split(run: re.Match) -> str:
    return run.group() if _WRAP.fullmatch(run.group()) else "\n" + run.group()


def _long_lines(text: str):
    """(start, end) of each line of ``LONG_LINE``+ characters that holds a candidate."""
    m = _CANDIDATE.search(text)
    while m:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - start >= LONG_LINE:
            yield start, end
        m = _CANDIDATE.search(text, end)


def glued_paragraph_breaks(text: str, spans_of=code_spans) -> str:
    """Clause ``cjk_glued_paragraphs`` (module doc): the text with such lines split.
    ``spans_of`` gives ``code_spans(text)`` (``normalize`` passes its ``SpansOnce``)."""
    if "    " not in text and "\u3000\u3000" not in text and "\t" not in text:
        return text
    # Clause glued_marks_prefilter (session 36): every candidate opens with one of these
    # marks; their literal finds (at once where the text cannot hold them: Latin-1 text)
    # spare the class scan of a text without one (~1 ms an English book).
    if not any(mark in text for mark in _MARKS):
        return text
    parts, pos, spans = [], 0, None
    for start, end in _long_lines(text):
        line = text[start:end]
        breaks = [b for b in _SENTENCE_BREAK.findall(line) if not _WRAP.fullmatch(b)]
        if len(breaks) < MIN_BREAKS:
            continue
        spans = spans_of(text) if spans is None else spans
        if any(s <= start < e for s, e in spans):
            continue  # clause cjk_glued_paragraphs_code: a code block stays as written
        parts += [text[pos:start], _ANY_BREAK.sub(_split, line)]
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
