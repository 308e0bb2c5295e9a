"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls it behind its CJK
gate): a download site's upload record at a book's end (session 52, branch wtC).

* ``upload_credit_end_block``: a line that opens with the site's credit of the uploader,
  "本书籍由网友“美芽”上传 日期：2010/2/24 10:48:50" (``_CREDIT``: 本 + 书/书籍/小说/电子书 +
  由 + at most ``CREDIT_NAME_CHARS`` characters + 上传), standing in the text's last lines
  with the site's page above and below it (24堂财富课, hankinghu/literature-books, the end
  of a bookbao.com file)::

      <!--
      --------------------------------------------------------------
       书籍名称：24堂财富课 作者：陈志武
       本书籍由网友“美芽”上传 日期：2010/2/24 10:48:50
       书包网 http://www.bookbao.com - TXT电子书免费分享平台
       Web2.0小说网站，和好友一起上传、下载、分享TXT全本小说。
       所有小说仅供试阅，请于下载后24小时内删除，阅读全本请购买实体书。

  The credit and everything after it go, with the block's head right above it: blank
  lines, lines of marks only (a rule, "<!--") and label lines of the book's record
  (书籍名称/书名/作者 + colon). Older clauses cut its address and its notice line, so the
  rest stayed: the head, the credit and the slogan line.

Guards (an author writes 上传 of his own chapters, session 51's review):
``credit_opens_line`` (the credit starts its line: "今天上传晚了" or "本章由我上传" in a
sentence does not match: 本章 is no book), ``credit_block_ends_text`` (only
``BLOCK_LINES`` lines at most after it, each at most ``BLOCK_LINE_CHARS`` characters or
holding an address) and ``credit_block_names_site`` (a line of it holds an address or a
site word: 网站, 小说网, 书包网, TXT; a credit above a last paragraph of the book is only
the book's).

Cost: one literal find of "上传" in the text; each hit's line read.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
CREDIT_NAME_CHARS = 16
BLOCK_LINES = 12
BLOCK_LINE_CHARS = 40
_SPACES = " \t\r\u3000"
_CREDIT = re.compile(f"本(?:书籍?|小说|电子书)由[^\\n。！？]{{1,{CREDIT_NAME_CHARS}}}上传")
_ADDRESS = re.compile(r"www\.|https?://", re.I)
_SITE = re.compile(r"网站|小说网|书包网|txt", re.I)
_LABEL = re.compile(r"(?:书籍名称|书名|作者)\s*[：:]")
_MARKS_ONLY = re.compile(r"[-=_*~<>!#·—.\s]+")


def upload_credit_blocks(text: str) -> list[Edit]:
    """Clause ``upload_credit_end_block`` (module doc): at most one cut, to the text's end."""
    pos = text.find("上传")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        line = text[a:].split("\n", 1)[0].strip(_SPACES)
        if _CREDIT.match(line):  # guard credit_opens_line
            cut = _block(text, a, line)
            if cut is not None:
                return [cut]
        pos = text.find("上传", pos + 1)
    return []


def _block(text: str, a: int, credit: str) -> Edit | None:
    end = text.find("\n", a)
    after = [] if end < 0 else [r.strip(_SPACES) for r in text[end + 1 :].split("\n")]
    after = [r for r in after if r]
    # guard credit_block_ends_text: a short tail of short lines or address lines
    if len(after) > BLOCK_LINES:
        return None
    if any(len(r) > BLOCK_LINE_CHARS and not _ADDRESS.search(r) for r in after):
        return None
    # guard credit_block_names_site: the block says it is a site's page
    if not any(_ADDRESS.search(r) or _SITE.search(r) for r in [credit, *after]):
        return None
    start = a
    while start > 0:  # the block's head: blank lines, marks-only lines, record labels
        prev = text.rfind("\n", 0, start - 1) + 1
        row = text[prev : start - 1].strip(_SPACES)
        if row and not _MARKS_ONLY.fullmatch(row) and not _LABEL.match(row):
            break
        start = prev
    return Edit(start, len(text), "", RULE)
