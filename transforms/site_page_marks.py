"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls it behind its CJK
gate), clause ``body_mark_page_line`` (session 54, branch wtC): a reading site's page
heading "【正文】" and its page number "第N节：".

Sites that serve a book page by page head each page "【正文】    第N节：", and the text
copied from them keeps the heading where the site's page broke, in the middle of the
book's own sections: 货币战争5 (hankinghu/literature-books) holds 36 of them,
"…上海黄金交易所的数据说明了一切。" / "【正文】    第3节：" / "上海黄金交易所是中国…"; the first
page's is "【正文】    自序；第一章 黄金斩首，打响美元保卫战", and where a page opens a chapter
the book's heading follows the number: "【正文】    第9节：第二章 真相隧道，穿越泡沫的空间".
Download sites put a lone "【正文】" line where the body starts (陆小凤传奇全集, 你好，旧时光
after the blurb). "正文" (body text) labels the layout, it is no part of the book.

The clause cuts "【正文】" at a line's start (after spaces only) with the spaces after it
and a page number "第N节：" (Arabic, full-width or Chinese numerals, "：" or ":"); what
stays on the line (the book's own heading) stays as its line. A line left empty goes
with its newline. Guard ``body_mark_opens_line``: "【正文】" inside a line (a sentence
that names the label, "他在【正文】里写道") stays.

Cost: one literal find ("【正文】") a text.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
_MARK = "【正文】"
_SPACES = " \t\r\u3000"
_PAGE = re.compile(
    "[ \t\u3000]*(?:第[0-9０-９一二三四五六七八九十百千零〇两]{1,6}节[：:][ \t\u3000]*)?"
)


def body_marks(text: str) -> list[Edit]:
    """Clause ``body_mark_page_line`` (module doc)."""
    cuts: list[Edit] = []
    pos = text.find(_MARK)
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        if not text[a:pos].strip(_SPACES):  # guard body_mark_opens_line
            end = _PAGE.match(text, pos + len(_MARK), b).end()
            if text[end:b].strip(_SPACES):
                cuts.append(Edit(pos, end, "", RULE))
            else:  # nothing of the book on the line: the line goes
                cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
        pos = text.find(_MARK, pos + len(_MARK))
    return cuts
