"""Rule ``site_ad`` (``transforms.boilerplate`` calls this with the other site clauses):
the source lines a web page stamps through a book it hosts, that name no address or
download word, so ``repeated_site_stamp`` (``transforms.site_ads``) and
``site_watermark`` (``transforms.watermarks``) read none of them (session 34).

* ``repeated_source_line``: a line of its own that says where the text came from,
  "文章来自艺术中国" (白石老人自述 in hankinghu/literature-books, 8 times, one under
  every few pages of the memoir), "（本书资料收集于网上，版权归原作者所有）" (美丽新世界,
  17 times), and the page's breadcrumb "您所在的位置：登陆网站＞辞职创业前的10堂课＞正文回目录"
  (富爸爸穷爸爸系列丛书, 28 times): a site's furniture, copied with each page, not the
  book's prose. A line is one when, spaces aside, it is at most ``LINE_CHARS``
  characters, opens (an opening bracket aside) on "文章/本文/本篇/本书/此文" + "来自/收集于"
  or on a breadcrumb's "所在的位置：/当前位置：", or holds "版权归原作者",
  has no sentence mark before its last character, and the same line stands alone
  ``MIN_REPEATS`` or more times, the first and the last at least ``SPREAD_CHARS`` apart.
  Each copy goes with its line break. Guards: ``source_line_alone`` (the phrase inside
  a paragraph, "这篇文章来自一位读者的来信。", is prose), ``source_line_repeated`` (an
  essay's one "本文来自作者的讲演稿" note under its title stays), ``source_line_spread``
  (a list of sources, one under another, is not a stamp through a book).

* ``edition_comment_header``: the text opens (blank lines aside) on ``MIN_HEADER_LINES``
  or more lines that are comments, "#" right before a word ("#如果您發現錯字、脫字、衍字，請
  反饋至: https://github.com/bgc2017/chtxt/issues", "#創建日期：2021/02/06", "#更新日期：
  2021/02/07"), one of them holding a link: an online edition's header, kept by 28 short
  texts of oscarsun72/chtxt (中庸, 大學, 孝經, 道德經 ...) where its "#下載最新版本" line is
  missing or the text is too short for ``edge_notice``. The run goes with the blank lines
  under it. Guards ``comment_header_needs_link`` (chtxt's 南齊書 opens on its title written
  "#南齊書〔南朝梁〕 蕭子顯": no link, it stays) and ``markdown_heading_not_comment`` (a
  Markdown heading, "# 中庸|〔先秦〕孔伋 撰", "## 正文", has a space after its marks and
  ends the run). Guard ``comment_header_needs_cjk`` (review 34): the header holds a CJK
  character (an English text or a script opening on "#Homepage: https://…" lines stays).

* ``broken_link_header`` (session 34): the header's link may be written broken, "請訪問:
  http/://github.com/bgc2017/chtxt" (chtxt's 魏晉南北朝詩): "http/://" counts as a link.

* ``repeated_link_signature`` (session 34): a line of its own that is a short name (at
  most ``SIGNATURE_NAME_CHARS`` characters, no sentence mark), a colon or a space, and a
  web address, nothing else: "思想国 http://www.sixiangguo.com" under 7 of 熊培云's essays
  in 思想国 (hankinghu/literature-books), a blog's signature copied with each post. The
  same address on ``MIN_REPEATS`` or more such lines, the first and the last at least
  ``SPREAD_CHARS`` apart; each line goes with its break. Guards ``signature_not_in_prose``
  ("最近，我在思想国网站(www.sixiangguo.com)就此提问" stays) and the repeat and spread
  guards above (one "网址：http://…" line under a preface stays); guard
  ``signature_name_not_number`` (a note's "12. http://www.census.gov/…", the same source cited
  under three notes, stays: the name needs a letter).

* ``link_echo_line`` (session 34): a web page's linked word left as its address, glued to
  the word before it at the end of a line and repeated alone on the next line that is not
  blank: "居住在宽敞明亮http://house.ifeng.com/home/ml/list_0/0.shtml" / "
  http://house.ifeng.com/home/ml/list_0/0.shtml" / "豪宅中的人，的确是富人。" (邻家的百万富翁,
  hankinghu/literature-books, 47 times). Both copies go with the lines between, so the
  sentence is whole again ("居住在宽敞明亮豪宅中的人"). Guards ``echo_needs_same_link``
  (another address on the next line, a list of links, stays) and ``echo_needs_glued_link``
  (an address after a space or a colon, "网址： http://…", is written by the book).

Cost: a literal ``str.find`` for each of five key phrases (来自, 來自, 收集于, 位置：,
原作者); only the lines holding one are read: ~4 ms on a million characters.
"""

from __future__ import annotations

import re
from collections import defaultdict

from transforms import literal_scan
from transforms.cjk_layout import CJK_CHAR
from transforms.textedit import Edit

RULE = "site_ad"
LINE_CHARS = 40
MIN_REPEATS = 3
SPREAD_CHARS = 3000

# Each key costs one str.find of the whole text (~0.7 ms a million characters): few.
_KEYS = ("来自", "來自", "收集于", "位置：", "原作者")
_SOURCE = re.compile(
    r"[(（\[［【〔]?(?:"
    r"(?:文章|本文|本篇|本书|本書|此文)(?:资料|資料)?"
    r"(?:来自|來自|收集于)"
    r"|[您你]?(?:所在|现在|現在|当前|當前)的?位置："
    r"|.*版[权權][归歸]原作者)"
)
MIN_HEADER_LINES = 2
HEADER_LINES = 8  # an edition's header is a few lines
_COMMENT = re.compile(r"#[^\s#!]")
_LINK = re.compile(r"https?/?://|www\.", re.I)  # clause broken_link_header: "http/://"
SIGNATURE_NAME_CHARS = 12
_ADDRESS = r"(?:https?://|www\.)[\w./?=&%#~:+-]+"
_SIGNATURE = re.compile(
    rf"[ \t\u3000]*([^\s:：。！？，,；;()（）]{{1,{SIGNATURE_NAME_CHARS}}})"
    rf"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)({_ADDRESS})[ \t\u3000\r]*",
    re.I,
)
_ECHO = re.compile(
    r"(https?://[\w./?=&%#~:+-]+)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*\1[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*",
)
# guard echo_needs_glued_link; clause echo_after_quote_colon (session 35, wtG2): glued
# to an opening quote or a full-width colon, "很少有人会说“http://car.auto.ifeng.com/brand/
# 20016" / "你会听到许多人回答：http://…/20007" (邻家的百万富翁): the echo line under it is
# the evidence; after a space ("网址： http://…") the book wrote the address.
_ECHO_AFTER = re.compile(r"[\u4e00-\u9fff，、“：]")
_SENTENCE_MARK = re.compile(r"[。！？!?]")
_PATH = re.compile(r"//[^/]+/[^/\s]")  # an address with a path (guard echo_pair_needs_path)
_SPACES = " \t\r\u3000"


def _lines_with(text: str, keys: tuple[str, ...]):
    """(start, end) of each line holding one of the literal ``keys``, once per line."""
    read: set[int] = set()
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            b = len(text) if b < 0 else b
            if a not in read:
                read.add(a)
                yield a, b
            pos = text.find(key, b)


def _spread_cuts(text: str, seen: dict[str, list[tuple[int, int]]]) -> list[Edit]:
    """Each line of a group seen ``MIN_REPEATS`` times or more, the first and the last at
    least ``SPREAD_CHARS`` apart, goes with its break."""
    cuts = []
    for places in seen.values():
        if len(places) < MIN_REPEATS:  # guard source_line_repeated
            continue
        places.sort()
        if places[-1][0] - places[0][0] < SPREAD_CHARS:  # guard source_line_spread
            continue
        cuts += [Edit(a, min(b + 1, len(text)), "", RULE) for a, b in places]
    return cuts


def repeated_source_lines(text: str) -> list[Edit]:
    """Clause ``repeated_source_line`` (module doc)."""
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in _lines_with(text, _KEYS):
        line = text[a:b].strip(_SPACES)
        if len(line) <= LINE_CHARS and _SOURCE.match(line) and not _SENTENCE_MARK.search(line[:-1]):
            seen["".join(line.split())].append((a, b))
    return _spread_cuts(text, seen)


def repeated_link_signatures(text: str) -> list[Edit]:
    """Clause ``repeated_link_signature`` (module doc)."""
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    # literal finds: a regex scan cost 17 ms a million characters
    for a, b in _lines_with(text, ("http", "www.")):
        m = _SIGNATURE.fullmatch(text, a, b)  # guard signature_not_in_prose
        # guard signature_name_not_number: a note's "12. http://…" is a reference
        if m and any(c.isalpha() for c in m.group(1)):
            seen[m.group(2).lower().rstrip("/")].append((a, b))
    return _spread_cuts(text, seen)


def link_echo_lines(text: str) -> list[Edit]:
    """Clause ``link_echo_line`` (module doc)."""
    if not literal_scan.holds(text, "http"):
        return []
    cuts: list[Edit] = []
    for m in _ECHO.finditer(text):
        if m.start() and _ECHO_AFTER.match(text, m.start() - 1):
            cuts.append(Edit(m.start(), m.end(), "", RULE))
            continue
        # clause echo_pair_alone (session 35, wtG2): the link alone on its line and again
        # alone on the next line that is not blank, a path after the host: both lines go
        # (邻家的百万富翁's " http://apphistory.news.ifeng.com/figure/detail.php?id=57" twice
        # under a heading). Guard echo_pair_needs_path: a bare site address twice stays.
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start : m.start()].strip(_SPACES) and _PATH.search(m.group(1)):
            cuts.append(Edit(start, m.end(), "", RULE))
    return cuts


def edition_comment_header(text: str) -> list[Edit]:
    """Clause ``edition_comment_header`` (module doc)."""
    start = len(text) - len(text.lstrip("\r\n"))
    if not text.startswith("#", start):
        return []
    pos, lines, linked = start, 0, False
    while lines < HEADER_LINES and _COMMENT.match(text, pos):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        linked = linked or _LINK.search(text, pos, end) is not None
        lines, pos = lines + 1, end
    if lines < MIN_HEADER_LINES or not linked:  # guard comment_header_needs_link
        return []
    if not CJK_CHAR.search(text, start, pos):  # guard comment_header_needs_cjk (review 34)
        return []
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    return [Edit(start, pos, "", RULE)]
