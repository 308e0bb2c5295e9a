"""A Chinese book's imprint page in an EPUB chapter (session 30).

Chinese e-books keep the printed book's imprint page (版权页) as a spine file of its
own, or at the end of one: the 图书在版编目（CIP）数据 record (title / author / publisher
/ year, ISBN, subject classes, 中国版本图书馆CIP数据核字 number), then the publisher's
address, print runs, price, and often the e-book shop's advertisement ("更多好书，尽在
中信飞书 App：http://m.feishu8.com"). It is catalogue data, not the book's text.
Named clause (tests in ``tests/transforms/test_epub_chinese.py``), used by
``transforms.epub`` on each spine file's text:

* ``imprint_page``: from a line that is the CIP record's heading (图书在版编目（CIP）数据,
  in Traditional characters too, or Taiwan's 國家圖書館出版品預行編目資料), with a
  "版权信息" line right before it, to the end of the spine file, when that stretch is
  at most ``IMPRINT_CHARS`` characters and holds an ISBN: dropped. Text before the
  heading in the same file (a translator's afterword) stays; a CIP heading quoted in
  a chapter (no ISBN after it, or a long chapter after it) stays.
  On the 75 Chinese EPUBs of hankinghu/literature-books: 19 pages in 18 books (13,493
  characters); 古拉格 keeps the translator's afterword before its CIP record.
"""

from __future__ import annotations

import re

IMPRINT_CHARS = 1500  # the longest imprint page of the 18 books: 1,062 characters
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[图圖]书在版[编編]目[(（]CIP[)）][数數]据|[图圖]書在版[编編]目[(（]CIP[)）][资資]料"
    r"|[国國]家[图圖]書館出版品預行編目資料)[ \t\u3000]*$",
    re.M,
)
_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*版[权權]信息[ \t\u3000]*\n+$")
_ISBN = re.compile(r"ISBN", re.I)


def without_imprint(text: str) -> str:
    """Clause ``imprint_page`` (module doc): ``text`` (one spine file's) without it."""
    match = _HEADING.search(text)
    if match is None:
        return text
    rest = text[match.start() :]
    if len(rest) > IMPRINT_CHARS or not _ISBN.search(rest):
        return text
    head = text[: match.start()]
    before = _BEFORE.search(head)
    if before is not None:
        head = head[: before.start()]
    return head.rstrip()
