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
* ``ad_page`` (session 31): a spine file of at most ``AD_PAGE_CHARS`` characters holding
  ``MIN_AD_LINES`` or more of a publisher's or e-book shop's link lines (a short line with
  a link or a WeChat id and a word of ``_AD_WORD``: "中信出版社官网：http://…", "官方微博：…",
  "更多好书，尽在中信书院", "手机版：http://shucang.com/m") and a word of a book shop
  (``_SHOP_WORD``: 好书, 电子书, 书仓, 阅读平台) is the shop's page, with no CIP record to
  find it by: dropped whole. On the 75 books: 8 pages in 7 books (中信出版社's 6 pages in
  5 books, one of them 心流's e-book imprint; 书仓's "关于书仓" in 上海生死劫 and
  中国历代政治得失); 少有人走的路's reviews signed "——凤凰卫视官方微博" stay (2,426
  characters, no link line).
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
AD_PAGE_CHARS = 800  # clause ad_page: the longest of the 8 pages is 575 characters (心流)
MIN_AD_LINES = 2
AD_LINE_CHARS = 80
_AD_WORD = re.compile(
    r"官网|官方网站|官方微博|微信号|下载地址|在线版|手机版|标准版|目录版|更多好书"
)
_AD_LINK = re.compile(r"https?://|www\.|微信号|更多好书", re.I)
_SHOP_WORD = re.compile(r"好书|电子书|书仓|阅读平台")


def ad_page(text: str) -> bool:
    """Clause ``ad_page`` (module doc): ``text`` (one spine file's) is a shop's page."""
    if len(text) > AD_PAGE_CHARS or not _SHOP_WORD.search(text):
        return False
    lines = [line.strip() for line in text.split("\n")]
    ads = sum(
        1
        for line in lines
        if len(line) <= AD_LINE_CHARS and _AD_WORD.search(line) and _AD_LINK.search(line)
    )
    return ads >= MIN_AD_LINES


def without_imprint(text: str) -> str:
    """Clauses ``imprint_page`` and ``ad_page`` (module doc): ``text`` (one spine
    file's) without them."""
    if ad_page(text):
        return ""
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
