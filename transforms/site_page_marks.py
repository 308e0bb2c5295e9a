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
that names the label, "他在【正文】里写道") stays. Guard ``body_mark_site_evidence`` (review
of session 54): "【正文】" is also a field label a user writes (a 公文 template "【标题】…" /
"【正文】各单位：…" / "【落款】…", a treaty's "【正文】" / "【訳文】"), so a mark is cut only
with the site's evidence: its page number, or the document's other marks with one (货币战争5's
first page "【正文】    自序；第一章…"), or, alone on its line, as the document's only mark with
no other "【…】" label line among the two lines with text on either side of it.

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


_LABEL = re.compile(r"[ \t\u3000]*【[^】\n]{1,8}】")


def _labelled(text: str, a: int, b: int) -> bool:
    """Guard ``body_mark_site_evidence``: another "【…】" label opens one of the two lines
    with text before line ``a``-``b`` or after it (a layout of labelled fields)."""
    before = [x for x in text[max(a - 2000, 0) : a].split("\n") if x.strip(_SPACES)][-2:]
    after = [x for x in text[b : b + 2000].split("\n") if x.strip(_SPACES)][:2]
    return any(_LABEL.match(x) for x in before + after)


def body_marks(text: str) -> list[Edit]:
    """Clause ``body_mark_page_line`` (module doc)."""
    found: list[tuple[int, int, int, int, bool]] = []
    pos = text.find(_MARK)
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        if not text[a:pos].strip(_SPACES):  # guard body_mark_opens_line
            page = _PAGE.match(text, pos + len(_MARK), b)
            numbered = "节" in page.group()
            found.append((a, pos, page.end(), b, numbered))
        pos = text.find(_MARK, pos + len(_MARK))
    pages = any(f[4] for f in found)  # guard body_mark_site_evidence
    cuts: list[Edit] = []
    for a, pos, end, b, numbered in found:
        alone = not text[end:b].strip(_SPACES)
        if not (numbered or pages or (alone and len(found) == 1 and not _labelled(text, a, b))):
            continue
        if alone:  # nothing of the book on the line: the line goes
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
        else:
            cuts.append(Edit(pos, end, "", RULE))
    return cuts
