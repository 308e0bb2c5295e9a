"""Rule ``site_ad``: search-engine spam injected into a book's text (session 49, branch
wtC; ``transforms.promo_lines`` calls ``search_spam`` behind its CJK gate).

* ``search_spam_bracket``: a bracket, "(...)" or "（...）", on one line and at most
  ``BRACKET_CHARS`` characters long, that holds ``MIN_SEARCHES`` or more search
  instructions ("搜：", "搜索：", or an engine's name with "搜": "谷歌搜", "百度搜",
  "baidu搜") with an engine's name among them: a spammer's list of things "to search for",
  pasted after paragraphs by a copying site. 毛泽东传 (罗斯.特里尔版, hankinghu+
  literature-books) holds it 12 times in two forms, "…时代。(www.google.cn搜：解放军早已经
  登上台湾岛，谷歌搜上海木头，谷歌搜：中国远程思考控制武器，…)" and "（谷歌搜：中国远程思考
  控制武器。搜上海木头 live,搜：脑控，百度搜：woody20000@gmail.com, …）". The bracket goes;
  the sentence before it stays. The shape, not the words, is read: any engine, any
  searched words. Guards ``search_spam_count`` (fewer than ``MIN_SEARCHES`` instructions:
  a book's own "（百度搜：张居正）" or its "（中文译本，他热心搜读各种译成中文的有关材料）"
  stays), ``search_spam_engine`` (no engine named: a list of "搜：" without a search
  engine stays) and ``search_spam_repeat`` (review, session 49: fewer than
  ``MIN_BRACKETS`` such brackets in the text: none is cut). The bracket form was found in
  no other text of the 4,661 Chinese mirror texts nor in the public code index (reader
  apps' purge lists hold one-instruction forms, "↗百度搜：…直达网址…↖"), so the evidence is
  the book's own: spam is pasted again and again, a how-to book's one or two "（百度搜：A，
  百度搜：B，百度搜：C）" stay.

Cost: a find of each "搜" (a few hundred in a book: 搜查, 搜索); the bracket around it is
read only there, at most ``BRACKET_CHARS`` characters either side.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
MIN_SEARCHES = 3
BRACKET_CHARS = 400
MIN_BRACKETS = 3  # guard search_spam_repeat
_ENGINE = re.compile("谷歌|百度|google|baidu|bing|必应|搜狗|sogou", re.I)
_SEARCH = re.compile(
    "(?:谷歌|百度|google|baidu|bing|必应|搜狗|sogou)[ \u3000]*搜|搜(?:索)?[：:]", re.I
)
_OPENERS = "(（"
_CLOSERS = ")）"


def _bracket_around(text: str, pos: int) -> tuple[int, int] | None:
    """The bracket on pos's line that holds pos, no other bracket inside it."""
    low = max(text.rfind("\n", 0, pos) + 1, pos - BRACKET_CHARS)
    a = -1
    for i in range(pos - 1, low - 1, -1):
        if text[i] in _CLOSERS:
            return None
        if text[i] in _OPENERS:
            a = i
            break
    if a < 0:
        return None
    high = min(len(text), pos + BRACKET_CHARS)
    for j in range(pos + 1, high):
        c = text[j]
        if c == "\n" or c in _OPENERS:
            return None
        if c in _CLOSERS:
            return a, j + 1
    return None


def search_spam(text: str) -> list[Edit]:
    """Clause ``search_spam_bracket`` and its guards (module doc)."""
    cuts: list[Edit] = []
    done = -1
    pos = text.find("搜")
    while pos >= 0:
        if pos >= done:
            span = _bracket_around(text, pos)
            if span is not None:
                body = text[span[0] + 1 : span[1] - 1]
                done = span[1]
                # guards search_spam_count and search_spam_engine
                if len(_SEARCH.findall(body)) >= MIN_SEARCHES and _ENGINE.search(body):
                    cuts.append(Edit(span[0], span[1], "", RULE))
        pos = text.find("搜", pos + 1)
    return cuts if len(cuts) >= MIN_BRACKETS else []  # guard search_spam_repeat
