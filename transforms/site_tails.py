"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls these behind its CJK
gate): a download site's stamp glued into a book's lines, that the line clauses
(``promotion_link_line``, ``repeated_link_signature``) do not see because the line also
holds the book's own text (session 35, branch wtG2; survey of the five Chinese mirrors in
docs/quality/session-35-wtG2.md).

* ``repeated_address_tail``: the end of a line, from the last space before a web address
  through the line's end, less a page number after it, written the same way at the end
  of ``MIN_COPIES`` or more lines, and holding a site's promotion word: a page footer
  or a site's tail glued after the book's sentence. 富爸爸穷爸爸's "…知道真正的风险是什么
  网：新加坡国立大学MBA交流园地。免费整理，欢迎转载，请勿用于商业用途。欢迎访问www.mbaasia.net 61"
  (49 times, the page number after it differs), 第二个太阳's "“报告！” www.vnko.net
  盈科数码手机玩家俱乐部】" (12 times). The tail goes with the space before it and the
  page number; a line that held nothing else goes with its break. Guards
  ``address_tail_repeated`` (one or two copies: a book's sentence that names a site stays),
  ``address_tail_promotes`` (the tail holds an ad word of ``site_ads`` or of
  ``promo_lines``: a note's "资料来源：美国人口普查局网站www.census.gov" under three notes
  stays) and ``address_tail_spaced`` (the tail starts after a space or at the line's
  start: a sentence running into the address, "…请登录www.x.com", is read whole, and the
  same whole sentence three times is rare).

* ``bracketed_book_site``: a book site's name in brackets, "（读啦文学网）" glued 10 times
  into 曾国藩全集's sentences ("…激励后世读书人。（读啦文学网）他想起谢绝张亮基相邀之事。"), and
  "（读啦文学网网友发布）" once: every bracket (at most ``BRACKET_CHARS`` characters inside)
  naming a book site (文学网, 小说网, 书网, 书吧, 书屋, 中文网) goes, when ``MIN_COPIES`` or more
  stand in the text. Guards ``bracketed_site_repeated`` (one "（见本书网站）" or two stay)
  and ``bracketed_site_book_word`` (a news site, "（新华网）" cited under articles, is
  not a book site: stays).

* ``decorated_address_line``: a line of its own, at most ``DECORATED_CHARS`` characters,
  that is a site's address (host only) with ornaments and at most ``NAME_CHARS``
  letters besides: "-- www.5183.com --" (形而上学, between two rules of dashes),
  "←虹←桥书←吧←WWW.HQDOOR.COM" (为自己奋斗, the site's name split by arrows against a
  filter), "t\">https://www.x33xs.com/</a>" (我在精神病院学斩神, a link's torn end). The line
  goes with its break. Guards ``decorated_needs_ornament`` (a line of an address alone or
  after a colon, "网址：www.sixiangguo.com", is a book's: stays),
  ``decorated_host_only`` (an address with a path, a note's source, stays) and
  ``decorated_few_letters`` (a list's "【和讯网】www.homeway.com.cn 财经新闻、理财" stays).

Cost: only the lines ``promo_lines`` found holding "http"/"www" in any case are read for
tails; five literal finds for the bracket words, each hit read in a window of 40
characters.
"""

from __future__ import annotations

import re
from collections import defaultdict

from transforms.site_ads import _AD_WORD
from transforms.textedit import Edit

RULE = "site_ad"
MIN_COPIES = 3
BRACKET_CHARS = 16
_SPACES = " \t\r\u3000"
_TAIL_ADDRESS = re.compile(r"(?:https?://|www\.|wap\.)", re.I)
_PAGE = re.compile(r"[ \t\u3000]+\d{1,4}$")
DECORATED_CHARS = 60
NAME_CHARS = 6
_HOST = re.compile(
    r"(?:https?://)?(?:www|wap|3g|m|bbs)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/?(?![\w/.])", re.I
)
_ORNAMENT = re.compile(r"[-—←→★☆※◆◇■□●○=~*·<>【】\[\]|]")
_LIST_MARK = re.compile(r"(?:\[\d{1,3}\]|[●◆◇■□★☆※·*○•-])[ \t\u3000]")
# A reference's marks: a book title, a date ("…《统计公报》，http://www.stats.gov.cn/tjsj/ 2010年5月
# 下载" under three notes is the book's citation; none in the 258 site tails of the mirrors).
_CITATION = re.compile(r"《|\d{4}\s*年|\d{4}[-./]\d{1,2}[-./]\d{1,2}|引用日期|访问日期|检索日期")
_CITED = re.compile("(?:见|来源|出处|引自|载于|网址)[：:]?$")
_PROMO = re.compile("更新|关注|手机|小说|购书|书屋|下载|俱乐部|论坛|交流")
_SENTENCE_END = "。！？!?…”」』"
_BOOK_SITES = ("文学网", "小说网", "书网", "书吧", "书屋", "中文网")
_INSIDE = "[^（）()\n。！？]{0,%d}" % BRACKET_CHARS  # noqa: UP031
_BRACKET = re.compile(f"[（(]{_INSIDE}?(?:{'|'.join(_BOOK_SITES)}){_INSIDE}[）)]")


def address_tails(text: str, lines) -> list[Edit]:
    """Clause ``repeated_address_tail`` (module doc) over ``lines``, the (start, end)
    of the lines holding "http"/"www" in any case."""
    found: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    for a, b in lines:
        line = text[a:b].rstrip(_SPACES)
        m = _TAIL_ADDRESS.search(line)
        if m is None:
            continue
        page = _PAGE.search(line)
        body = line[: page.start()] if page else line
        if m.start() >= len(body):
            continue
        # guard address_tail_spaced: the tail starts after a space or at the line start
        cut = max(body.rfind(c, 0, m.start()) for c in _SPACES)
        start = cut + 1
        tail = body[start:]
        lead = body[:start].rstrip(_SPACES)
        if _CITED.search(lead):  # guard address_tail_citation: "见 http://…" is a note's
            continue
        found[tail].append((a + len(lead), a + len(text[a:b].rstrip(_SPACES)), not lead.strip()))
    cuts: list[Edit] = []
    for tail, spans in found.items():
        if len(spans) < MIN_COPIES:  # guard address_tail_repeated
            continue
        rest = _TAIL_ADDRESS.sub("", tail)
        if not (_AD_WORD.search(rest) or _PROMO.search(rest)):  # guard address_tail_promotes
            continue
        if _CITATION.search(tail):  # guard address_tail_citation (review, session 35)
            continue
        for s, e, whole in spans:
            if whole:  # the line held the tail only: it goes with its break
                s = text.rfind("\n", 0, s) + 1
                nl = text.find("\n", e)
                e = len(text) if nl < 0 else nl + 1
            cuts.append(Edit(s, e, "", RULE))
    return cuts


def _between_sentences(text: str, start: int) -> bool:
    """Guard ``bracketed_site_after_sentence`` (review, session 35): the site's bracket
    stands after a sentence's end or at a line's start ("…激励后世读书人。（读啦文学网）他想起…",
    曾国藩全集); a bracket glued to a name is the book's own note on it:
    "《盘龙》（起点中文网）" in an essay on web fiction, "入私塾（三味书屋）" in a life of 鲁迅."""
    before = text[max(0, start - 40) : start].rstrip(_SPACES + "\n")
    return not before or before[-1] in _SENTENCE_END or text[start - 1] == "\n"


def bracketed_book_sites(text: str) -> list[Edit]:
    """Clause ``bracketed_book_site`` (module doc)."""
    spans: set[tuple[int, int]] = set()
    for word in _BOOK_SITES:  # guard bracketed_site_book_word: only a book site's name
        pos = text.find(word)
        while pos >= 0:
            m = _BRACKET.search(text, max(0, pos - BRACKET_CHARS - 1), pos + 2 * BRACKET_CHARS)
            if m and m.start() <= pos < m.end() and _between_sentences(text, m.start()):
                spans.add(m.span())
            pos = text.find(word, pos + 1)
    if len(spans) < MIN_COPIES:  # guard bracketed_site_repeated
        return []
    return [Edit(s, e, "", RULE) for s, e in sorted(spans)]


def decorated_address_lines(text: str, lines) -> list[Edit]:
    """Clause ``decorated_address_line`` (module doc) over ``lines``, the (start, end)
    of the lines holding "http"/"www" in any case."""
    cuts: list[Edit] = []
    for a, b in lines:
        line = text[a:b].strip(_SPACES)
        if len(line) > DECORATED_CHARS:
            continue
        hosts = _HOST.findall(line)
        if not hosts:  # guard decorated_host_only
            continue
        rest = _HOST.sub("", line)
        if _TAIL_ADDRESS.search(rest) or not _ORNAMENT.search(rest):  # decorated_needs_ornament
            continue
        if sum(c.isalnum() for c in rest) > NAME_CHARS:  # guard decorated_few_letters
            continue
        # guard decorated_list_item (review, session 35): a list's mark before the address
        # is no ornament: a guide's "● 新华网 www.xinhuanet.com", a reference "[3] www.x.com"
        mark = _LIST_MARK.match(line)
        if mark and not _ORNAMENT.search(_HOST.sub("", line[mark.end() :])):
            continue
        cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
    return cuts
