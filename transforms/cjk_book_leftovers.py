"""Three leftovers of the Chinese TXT e-books users bring (session 32 audit of 40 books
of oscarsun72/chtxt and hankinghu/literature-books, docs/quality/session-32-wtH.md).

* ``escaped_quotes`` (rule ``html_entity``): a book exported once through a string
  escape keeps a backslash before every straight quote: 冰心's 《疯人笔记》 and
  《斯人独憔悴》 (3,589 and 3,305 of their 3,592 and 3,310 '"'),
  '演讲\\"家庭与国家关系\\"。', 郁达夫's 《沉沦》 '：\\"oh, you serene gossamer!\\"'.
  The backslash goes when at least half of the text's '"' carry one (the whole text
  was escaped, not a quotation of code) and the escaped quote touches a Han
  character, CJK or full-width punctuation ("——", "――", "……" too), or a line's edge (spaces
  between read past). Guards: an HTML
  attribute 'style=\\"font-family: ...;\\">' pasted into a web novel (《龙族5》, 14 of
  its 56 '"', neighbours "=" and ">") stays; so does '\\"' in a text where most
  quotes are plain (code, a JSON example). Review clause ``escaped_quotes_code``: a
  '\\"' on a line that also holds a plain '"' stays (a string literal in C, Python,
  JSON, CSV, a quoted Windows path 'C:\\游戏\\"'), and nothing is mended unless an
  escaped quote sits beside Chinese (LaTeX's umlaut '\\"U' at a line's start stays).
* ``excerpt_footer`` (rule ``site_ad``): the book-excerpt sites' closing line
  "本书精华已为您连载完毕，谢谢阅读。" ("this book's best parts are all serialized
  for you, thank you for reading"), found as the last line with text of 6 files of
  hankinghu/literature-books (《被绑架的中国经济》, 《一问一世界》, 《看懂世界格局的第一本书》,
  《货币战争3》), cut with the end marks under it ("(本章完)", "--(本章结束)-", "-", "━━━" rules).
  Only the last line with text, or one with at most ``TAIL_LINES`` - 1 end marks or
  rule lines under it (a rule line may have garbage glued after it, 《被绑架的中国经济》's
  "━━━…━━━ 窒Ｔ传"); the same words inside a paragraph or above a line of text stay.

* ``pdf_page_marks`` (rule ``page_marker``): a PDF read to text with a line "-- N" at
  each page's top (汉译世界学术名著丛书's 《社会契约论》 "-- 1" … "-- 232", 《理想国》 448
  marks), the page's running head on the next line: the book's or chapter's title with
  the page number glued in full-width digits, reversed on even pages ("第二章　论原始社会９",
  "０１第　一　卷" for 10, "４９理　　想　　国"). The marks were level-3 sections (232 of
  《社会契约论》's 288) and the heads sat between a sentence's halves. Cut: the mark, and
  the next line with text when it is a head (at most ``HEAD_CHARS`` characters, a digit
  at its start or end, no sentence mark "。，；！？"), with the blank lines under them; the
  blank line above stays (the paragraph break). Only when there are at least
  ``MIN_MARKS`` marks and 4 in 5 of the steps between them are +1 (the pages in order):
  one "-- 3" line in a text (a list, a score) stays, and so do five signature-like
  "-- 3" … "-- 7" lines (``test_page_furniture``'s guard). Review clause
  ``pdf_head_number``: a head's number (read forward or backward) is its page's, the
  mark's number less the offset at least ``HEAD_SUPPORT`` heads share (the front
  matter), within 2, or the head's words are those of such a head (digits mangled,
  "第六章　论国君制１１" for page 111); a page's first line that only carries a number
  ("Chapter 3", "3. 论社会公约") stays. 650 of the author's 655 heads still go (5 of
  《理想国》's front matter, "译　者　引　言３", stay).

Cost: a ``str.find`` of '\\"', of "连载完毕" and of "\\n-- " before anything else.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms import literal_scan
from transforms.textedit import Edit, lines_from_end

QUOTE_RULE = "html_entity"
FOOTER_RULE = "site_ad"
PAGE_RULE = "page_marker"
MIN_MARKS = 10  # "-- N" page marks in a text (pages of a book; 5 "-- 3" … "-- 7" may be signatures)
HEAD_CHARS = 24  # a running head's characters, spaces aside
HEAD_SUPPORT = 3  # heads whose number agrees with their page's (review clause pdf_head_number)
TAIL_LINES = 6  # the footer and the end marks or rule lines under it

_CJK = re.compile(r"[\u2014\u2015\u2026\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_FOOTER = re.compile(r"本书精华已为您连载完毕[,，]?谢谢阅读[。.!！]?")
_RULED = re.compile(r"[━=─_]{10}")  # a rule line with a few bytes of garbage after it
# led by a literal "\n--" so that the engine looks for it fast (a mark on the first line aside)
_MARK = r"(-- ?(\d{1,4})(?: of \d{1,4} --)?)[ \t\r]*(?=\n|\Z)"
_PAGE_MARK = re.compile(r"\n" + _MARK)
_FIRST_MARK = re.compile(_MARK)  # on the text's first line
_HEAD_DIGITS = re.compile(r"^([0-9０-９]+)|([0-9０-９]+)$")
_HEAD_DIGITS_SPACES = re.compile(r"[0-9０-９\s]+")
_SENTENCE = re.compile(r"[。，；！？]")
_END_MARK = re.compile(r"[-—━=─_\s]*(?:[（(]本章(?:结束|完)[)）])?[-—━=─_\s]*")


def escaped_quote_edits(text: str) -> list[Edit]:
    """Clause ``escaped_quotes`` (module doc): the backslash of each escaped quote."""
    if not literal_scan.holds(text, '\\"'):  # prefilter
        return []
    escaped = text.count('\\"')
    if escaped * 2 < text.count('"') or escaped < 2:
        return []
    edits, cjk = [], False
    plain = _PlainQuoteLines(text)
    i = text.find('\\"')
    while i >= 0:
        a, b = i, i + 2  # the neighbours past spaces ("庇之 \\"" in 《疯人笔记》)
        while a > 0 and text[a - 1] in " \t\u3000":
            a -= 1
        while b < len(text) and text[b] in " \t\u3000":
            b += 1
        before = text[a - 1] if a > 0 else "\n"
        after = text[b] if b < len(text) else "\n"
        near = bool(_CJK.match(before) or _CJK.match(after))
        if (near or before == "\n" or after in "\r\n") and not plain(i):
            edits.append(Edit(i, i + 1, "", QUOTE_RULE))
            cjk = cjk or near
        i = text.find('\\"', i + 2)
    # review clause escaped_quotes_code: none beside Chinese, no Chinese text escaped (a
    # LaTeX umlaut '\\"U' or a shell line's 'echo \\"' at a line's edge stays)
    return edits if cjk else []


class _PlainQuoteLines:
    """Review clause ``escaped_quotes_code``: whether the line of an offset holds a '"'
    with no backslash (a string literal's delimiter: code, CSV, a quoted Windows path),
    read once per line."""

    def __init__(self, text: str):
        self.text, self.end, self.plain = text, -1, False

    def __call__(self, i: int) -> bool:
        if i > self.end:
            a = self.text.rfind("\n", 0, i) + 1
            b = self.text.find("\n", i)
            self.end = len(self.text) if b < 0 else b
            line = self.text[a : self.end]
            self.plain = line.count('"') > line.count('\\"')
        return self.plain


def excerpt_footer_edits(text: str) -> list[Edit]:
    """Clause ``excerpt_footer`` (module doc): the footer line and the end marks under it."""
    if not literal_scan.holds(text, "连载完毕"):  # prefilter
        return []
    seen = 0
    for a, b in lines_from_end(text):
        line = text[a:b].strip(" \t\r\u3000")
        if not line:
            continue
        if _FOOTER.fullmatch(line):
            return [Edit(a, len(text), "", FOOTER_RULE)]
        if not _END_MARK.fullmatch(line) and not _RULED.match(line):
            return []
        seen += 1
        if seen >= TAIL_LINES:
            return []
    return []


def pdf_page_mark_edits(text: str) -> list[Edit]:
    """Clause ``pdf_page_marks`` (module doc): the marks and their running heads."""
    if not literal_scan.holds(text, "\n--"):  # prefilter
        return []
    first = _FIRST_MARK.match(text)
    marks = ([first] if first else []) + list(_PAGE_MARK.finditer(text))
    if len(marks) < MIN_MARKS:
        return []
    numbers = [int(m.group(2)) for m in marks]
    steps = sum(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    if steps * 5 < (len(numbers) - 1) * 4:
        return []
    pages = []  # (mark, end past the mark, end past the head, the head's page numbers)
    for m in marks:
        end = _skip_blank(text, m.end())
        nl = text.find("\n", end)
        nl = len(text) if nl < 0 else nl
        head = text[end:nl].strip(" \t\r\u3000")
        short = 0 < len(head.replace(" ", "").replace("\u3000", "")) <= HEAD_CHARS
        numbers = _head_numbers(head) if short and not _SENTENCE.search(head) else set()
        pages.append((m, end, _skip_blank(text, nl), numbers))
    # Review clause pdf_head_number: a head's number is its page's, the mark's number less
    # the book's front matter (the offset most heads share, 3 in 《社会契约论》, 7 in
    # 《理想国》); a page's first line that only holds a number ("Chapter 3", "1. 引言")
    # stays.
    offsets = Counter(int(m.group(2)) - v for m, _, _, vs in pages for v in vs)
    offset, support = offsets.most_common(1)[0] if offsets else (0, 0)
    agree = [
        support >= HEAD_SUPPORT and any(abs(int(m.group(2)) - offset - v) <= 2 for v in vs)
        for m, _, _, vs in pages
    ]
    # a head whose digits were mangled ("１１" for page 111) still goes when its words
    # are those of a head that agrees ("第六章　论国君制")
    titles = {_head_title(text, p[1]) for p, ok in zip(pages, agree, strict=True) if ok}
    edits = []
    for (m, end, past_head, numbers), ok in zip(pages, agree, strict=True):
        if ok or (numbers and support >= HEAD_SUPPORT and _head_title(text, end) in titles):
            end = past_head
        edits.append(Edit(m.start(1), end, "", PAGE_RULE))
    return edits


def _head_title(text: str, i: int) -> str:
    """The line at ``i`` less its digits and spaces."""
    nl = text.find("\n", i)
    return _HEAD_DIGITS_SPACES.sub("", text[i : len(text) if nl < 0 else nl])


def _head_numbers(head: str) -> set[int]:
    """The page numbers a head may carry: the digits at its start or end, read forward or
    backward ("０１第　一　卷" is page 10)."""
    out = set()
    for run in _HEAD_DIGITS.findall(head):
        for digits in run:
            if digits:
                out |= {int(digits), int(digits[::-1])}
    return out


def _skip_blank(text: str, i: int) -> int:
    """The start of the first line with text at or after the line end at ``i``."""
    n = len(text)
    j = text.find("\n", i)
    if j < 0:
        return n
    while True:
        k = text.find("\n", j + 1)
        line = text[j + 1 : n if k < 0 else k]
        if line.strip(" \t\r\u3000"):
            return j + 1
        if k < 0:
            return n
        j = k
