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

* ``site_tail_stub`` and ``spaced_variant_address`` (session 36, branch wtF; their
  docstrings below): a repeated tail's name cut short by the page ("MBA亚洲资源网： 59"),
  and a disguised address written with spaces or full-width letters ("WAP.1 6 K.cN").

* ``bare_address_line`` (session 41, branch wtF; ``promo_lines`` calls it through
  ``site_stamps.before_cuts``): a line that is a web address and nothing else (at most
  ``BARE_CHARS`` characters, a scheme allowed, no path) goes with its break when the host
  itself shows a stamp's disguise: guards ``bare_mixed_case`` (the scheme, a "www"/"book"
  label or the ending in neither lower, upper nor title case, read as
  ``case_variant_brand`` reads them: 货币战争5's "http://bOoK.mIHUa.NEt"; a brand's
  "www.iPhone.com", "www.GitHub.com", "www.ChinaDaily.com.cn" stays), ``bare_spaced`` (a
  space inside it: 繁花's "www.xiaosuo txt. com", 盛雪's "www. .com"), ``bare_site_word``
  (a download site's word ending a label: txt, xiaoshuo and its misspellings, wenxue, shuku,
  shuwu: "www.xaoshuotxt.com", "http://www.mdwenxue.com"; 文学城's "www.wenxuecity.com" a
  memoir cites stays). Without such evidence an address alone stays (盛雪's imprint
  "www.mirrorbooks.com" under 明镜出版社, "HTTP://WWW.CENSUS.GOV"). Review guard
  ``bare_one_address``: a line of several addresses, "www.sina.com www.sohu.com", is a
  list of sites, not one host with a space in it.

Cost: only the lines ``promo_lines`` found holding "http"/"www" in any case are read for
tails; five literal finds for the bracket words, each hit read in a window of 40
characters.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict

from transforms.site_ads import _AD_WORD
from transforms.textedit import Edit

RULE = "site_ad"
MIN_COPIES = 3
BRACKET_CHARS = 16
_SPACES = " \t\r\u3000"
_TAIL_ADDRESS = re.compile(r"(?:https?://|www\.|wap\.)", re.I)
_PAGE = re.compile(
    r"[ \t\u3000](?<![ \t\u3000][ \t\u3000])[ \t\u3000]*\d{1,4}$"
)  # clause blank_run_once
DECORATED_CHARS = 60
NAME_CHARS = 6
STUB_HEAD = 12  # clause site_tail_stub: a tail's name through its colon
STUB_CHARS = 16
SPACED_CHARS = 30  # clause spaced_variant_address: the piece after the sentence
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_SITE_WORD = re.compile("网|站")  # guard spaced_variant_site_words: "1 6 K小说网.电脑站"
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
# Clause bare_address_line: the address alone, and the host's own evidence.
_BARE = re.compile(r"(?:https?://)?[a-z0-9][a-z0-9. -]*\.[ ]?(?:com|net|org|cn|cc)/?", re.I)
_HOST_END = re.compile(r"\.[ ]?(?:com|net|org|cn|cc)/?$", re.I)  # review guard bare_one_address
# (review: the word ends a label of the host, "mdwenxue.com", "xaoshuotxt.com"; 文学城's
# "wenxuecity.com" that a memoir cites is a reference)
_DOWNLOAD_WORD = re.compile("(?:txt|xi?ao?sh?uo|wenxue|shuku|shuwu)(?![a-z0-9])", re.I)
_PREFIXES = frozenset(("http", "https", "www", "wap", "3g", "m", "book"))
BARE_CHARS = 40
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
    stubs: list[Edit] = []
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
        stubs += _tail_stubs(text, tail.strip(_SPACES))  # clause site_tail_stub (s36)
    return cuts + _apart(stubs, cuts)


def _apart(found: list[Edit], cut: list[Edit]) -> list[Edit]:
    """``found`` less the edits that overlap one of ``cut`` or an earlier one kept."""
    kept: list[Edit] = []
    spans = sorted((e.start, e.end) for e in cut)
    for e in sorted(found, key=lambda e: e.start):
        k = bisect.bisect_right(spans, (e.end,))
        if k and spans[k - 1][1] > e.start:
            continue
        kept.append(e)
        bisect.insort(spans, (e.start, e.end))
    return kept


def _tail_stubs(text: str, tail: str) -> list[Edit]:
    """Clause ``site_tail_stub`` (session 36): a repeated site tail's name, glued after
    a space at a line's end with a longer name before it and cut short by the page: 富爸爸
    穷爸爸's "…他们的大脑。”富爸爸 MBA亚洲资源网： 59" (4 times; the tail "网：新加坡国立大学…
    www.mbaasia.net" stands 49 times) and the whole footer with its name, "有 MBA亚洲资源网：
    新加坡国立大学…www.mbaasia.net 124". The tail's head (through its first colon, at most
    ``STUB_HEAD`` characters) ends a run of at most ``STUB_CHARS`` characters after a space
    with nothing after it on the line but a page number or the rest of the tail. Guards
    ``stub_after_space`` (the name stands after a space: "…中国网：" inside a sentence
    stays) and ``stub_ends_line`` (a page number or the tail's rest only after it: "网：
    大家好" stays)."""
    colon = min((i for i in (tail.find("："), tail.find(":")) if i >= 0), default=-1)
    if not 0 < colon < STUB_HEAD:
        return []
    head, rest = tail[: colon + 1], tail[colon + 1 :]
    cuts: list[Edit] = []
    pos = text.find(head)
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        after = text[pos + len(head) : b].rstrip(_SPACES)
        if after.startswith(rest):
            after = after[len(rest) :]
        space = max(text.rfind(c, a, pos) for c in " \t\u3000")
        name = text[space + 1 : pos]
        if (
            space >= a  # guard stub_after_space
            and len(name) <= STUB_CHARS
            and not any(c in _SENTENCE_END + "，、；：" for c in name)
            and (not after or _PAGE.fullmatch(" " + after.lstrip(_SPACES)))  # stub_ends_line
            and (name or after)
        ):
            start = space - (len(text[a:space]) - len(text[a:space].rstrip(_SPACES)))
            cuts.append(Edit(start, a + len(text[a:b].rstrip(_SPACES)), "", RULE))
        pos = text.find(head, b)
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


def _loose(core: str) -> re.Pattern:
    """``core`` ("16k.cn") with spaces allowed between its characters and each written
    half- or full-width, in any case."""
    parts = []
    for ch in core:
        wide = chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch
        alts = {ch, ch.upper(), wide, wide.upper() if ch.isalpha() else wide}
        parts.append("[" + "".join(re.escape(a) for a in sorted(alts)) + "]")
    return re.compile("[ \u3000]*".join(parts), re.I)


def spaced_variant_addresses(text: str, addresses, done=()) -> list[Edit]:
    """Clause ``spaced_variant_address`` (session 36): a disguised address that clause
    ``case_variant_address`` found (``addresses``: their lower-case spellings) written
    again with spaces or full-width letters, at a line's end after the book's sentence:
    曾国藩全集's "…便吞了下去。WAP.1 6 K.cN", "…才士齿寒。…Wap．16 Ｋ．Ｃn", "…试看吧！”1 6 K小说网.电脑站
    www．16k．cn" (the stamp "HTTp://wwW.16K.cN" stands 5 times). The piece from the last
    sentence end goes. Guards ``spaced_variant_line_end`` (nothing after it on the line)
    and ``spaced_variant_short`` (at most ``SPACED_CHARS`` characters from the sentence
    end: a sentence naming the site stays) and ``spaced_variant_site_words`` (the Chinese
    words between the sentence end and the address are site words, "1 6 K小说网.电脑站": a
    story's "。牌子上寫著 16 K. CN" stays; added in review, session 36)."""
    cores = set()
    for address in addresses:
        host = re.sub(r"^(?:https?://)?(?:(?:www|wap|3g|m)\.)?", "", address).rstrip("/")
        if "." in host and len(host) >= 5:
            cores.add(host)
    cuts: list[Edit] = []
    for core in sorted(cores):
        for m in _loose(core).finditer(text):
            b = text.find("\n", m.end())
            b = len(text) if b < 0 else b
            if text[m.end() : b].strip(_SPACES):  # guard spaced_variant_line_end
                continue
            a = text.rfind("\n", 0, m.start()) + 1
            head = text[a : m.start()]
            cut = max(head.rfind(c) for c in _SENTENCE_END + "…") + 1
            if cut >= 2 and head[cut - 1] == "…" and head[cut - 2] in "。！？”":
                cut -= 1  # a lone "…" after the sentence's end is the stamp's ("。…Wap．16")
            piece = unicodedata.normalize("NFKC", text[a + cut : b]).strip()
            if not cut and head.strip(_SPACES):
                continue  # no sentence end before it: the line is the book's
            if len(piece) > SPACED_CHARS:  # guard spaced_variant_short
                continue
            words = text[a + cut : m.start()]
            if _HAN.search(words) and not (_AD_WORD.search(words) or _SITE_WORD.search(words)):
                continue  # guard spaced_variant_site_words: the book's words before it
            cuts.append(Edit(a + cut, a + len(text[a:b].rstrip(_SPACES)), "", RULE))
    return _apart(cuts, list(done))  # the copies already cut stay cut once


def bare_address_lines(text: str, lines) -> list[Edit]:
    """Clause ``bare_address_line`` (module doc) over ``lines``, the (start, end) of the
    lines holding "http"/"www" in any case."""
    cuts: list[Edit] = []
    for a, b in lines:
        line = text[a:b].strip(_SPACES)
        if len(line) > BARE_CHARS or not _BARE.fullmatch(line):
            continue
        host = line.split("://", 1)[-1]
        if any(_HOST_END.search(piece) for piece in host.split()[:-1]):
            continue  # review guard bare_one_address: a list of sites, "www.a.com www.b.com"
        if (
            _irregular(line)  # guard bare_mixed_case (review: read as case_variant_brand)
            or " " in host  # guard bare_spaced
            or _DOWNLOAD_WORD.search(host)  # guard bare_site_word
        ):
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
    return cuts


def _irregular(address: str) -> bool:
    """A label of the address in neither lower, upper nor title case ("WWw", "cN").
    Review guard ``case_variant_brand`` (session 35): only the scheme, the "www" and
    the ending are read: a brand's own mixed case ("www.eBay.com", "www.TaoBao.com"
    beside "www.taobao.com" in a business book) is no disguise. Every disguised
    spelling in the five Chinese mirrors has one there (wwW, WWw, wWw, HTTp, oRg, cN)."""
    parts = [p for p in re.split(r"[.:/]+", address) if any(c.isalpha() for c in p)]
    read = [p for p in parts[:-1] if p.lower() in _PREFIXES] + parts[-1:]
    return any(not (part.islower() or part.isupper() or part.istitle()) for part in read)
