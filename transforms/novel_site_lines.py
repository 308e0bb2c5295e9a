"""Rule ``site_ad`` (``transforms.boilerplate`` calls these after the other rules):
the site lines of web-novel TXT downloads that one line alone does not tell from an
author's (session 30, second pass over 34 web novels of zzk6780051/novel and
Aster0id/TestData).

* ``site_host_line``: a line, or a line's end after its last sentence mark, that
  holds an address of a site another cut of the text already named (the same
  domain, "www."/"m." aside: "在线阅读：http://www.uuxs5.net/r43817/" under the
  cut "严正声明：本书为UU小说网(www.uuxs5.net)…", 爱下电子书's "…请访问:http://www.
  ixdzs.com,手机访问:…" over its cut "关注更新请访问:http://www.ixdzs.com/d/…",
  爪机书屋's "[最新章节免费阅读到*爪丶机丶书屋*] WWW丶ZHUAJI丶ORG", its dots written
  "丶", glued to 22 paragraph ends of 《仙逆》), with at most ``WORD_CHARS`` letters
  besides its addresses, at most ``LABEL_CHARS`` before them unless a site's word
  ("阅读", "下载", "小说", …) is among them (a chapter title with a stamp glued to it, in
  hankinghu/literature-books' 《雍正王朝》, stays whole), no address of another site and no sentence or comma mark (a
  bracket inside a paragraph, "…我就杀你。（WWW.mianhuatang.la 好看的小说）我惹你了，…",
  leaves the paragraph's end after it). The author's sentence before
  it stays; a line that names a site nothing else cut stays.
* ``site_host_line_han`` (review): the cut piece holds a Han character besides its
  addresses: in Node.js's README (/usr/share/doc/nodejs) a
  ``web_notice`` cut of its link block named github.com, and 150 collaborator lines
  "* [rvagg](https://github.com/rvagg) -" went.
* ``bookend_link``: the same piece holding an address ("更多精校小说尽在互联书屋：http://
  www.zvzee.com/", "好书尽在【书包CC】 https://www.bookbaow.com" glued to the blurb's
  first word and to "（全文完）"), at the end of a line among the first and among the
  last ``EDGE_LINES`` non-blank lines: the site's banner at both ends of the file.
  Cut with the rule lines ("=====", "━━━") right above and under a whole line.
* ``bookend_link_han`` (review): the piece holds at least 2 Han characters besides its
  addresses: a bare URL at both ends ("https://linux.thai.net/~thep/datrie/datrie.html"
  in libdatrie's README, body and reference list; openssh's homepage) stays.
* ``first_published_stamp``: "本书由潇湘书院首发，请勿转载！" (a site's name, 首发 and
  a ban on copying), on at least ``MIN_STAMPS`` places: glued to 5 paragraph ends
  of 《她来听我的演唱会》. No site name ending in 网, so ``repeated_stamps`` reads none.
* ``site_host_line_prefilter`` (session 31, cost only, same cuts): ``site_host_line``
  lower-cased every line of a book that had a site cut, to look for the site's name
  (0.044 s of the 0.8 s cleaning of the two shared Chinese classics); the lower-cased
  book is searched for the names once and only the lines that hold one are read.
"""

from __future__ import annotations

import re

from transforms import literal_scan
from transforms.textedit import Edit, lines_from_end

RULE = "site_ad"
WORD_CHARS = 40
LABEL_CHARS = 8  # letters before the address, unless a site's word is among them
EDGE_LINES = 12
MIN_STAMPS = 3
SITE_RULES = ("site_ad", "site_watermark", "web_notice")  # cuts that name a site

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII, one for one
# an address: a scheme or "www.", or a name ending in a common top-level domain;
# "丶" between letters stands for a dot (爪机书屋's disguise)
_ADDRESS = re.compile(
    r"(?:https?://)?((?:[a-z0-9-]+(?:\.|丶(?=[a-z0-9]))){1,4}"
    r"(?:com|net|org|cn|cc|la|info|me|tw|hk|co))(?![a-z0-9])[/\w.?=&%#:-]*",
    re.I,
)
_END_MARKS = "。！？!?”」』…"
_AD_WORD = re.compile(r"(?i)txt|电子书|下载|阅读|访问|小说|书屋|免费|更多|网址|地址|章节")
_PROSE_MARKS = _END_MARKS + "，；"
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[^\s\W_]|[^\x00-\x7f]")
_RULE_LINE = re.compile(r"[ \t\u3000]*([=＝━─\-—*＊~～☆★])\1{7,}[ \t\u3000]*")
_STAMP = re.compile(
    r"本书由[\u4e00-\u9fff]{2,8}(?:独家)?首发[，,、]?(?:请勿|谢绝|严禁|禁止)转载[！!。]?"
)


def _domain(address: str) -> str:
    """The site of an address: its last two labels (three under com.cn and the like)."""
    labels = address.lower().replace("丶", ".").split(".")
    if len(labels) >= 3 and labels[-2] in ("com", "net", "org", "gov", "edu"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _domains(s: str) -> set[str]:
    return {_domain(m.group(1)) for m in _ADDRESS.finditer(s.translate(_FOLD))}


def _lines(text: str):
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        pos = end + 1


def _edge_lines(text: str, lines) -> list[tuple[int, int]]:
    """The first ``EDGE_LINES`` of ``lines`` with text: the edges are read, never the
    whole book split into lines."""
    out = []
    for a, b in lines:
        if text[a:b].strip(" \t\r\u3000"):
            out.append((a, b))
            if len(out) == EDGE_LINES:
                break
    return out


def site_host_lines(text: str, found: list[Edit]) -> list[Edit]:
    """Clause ``site_host_line`` (module doc); ``found``: the other rules' cuts."""
    cut_sites = set()
    for e in found:
        if e.rule in SITE_RULES and e.end - e.start <= 2000 and not e.replacement:
            cut_sites |= _domains(text[e.start : e.end])
    if not cut_sites:
        return []
    cuts = []
    for a, b in _named_lines(text, {s.split(".")[0] for s in cut_sites}):
        line = text[a:b]
        if len(line) > 300 or not any(s.split(".")[0] in line.lower() for s in cut_sites):
            continue
        folded = line.translate(_FOLD)
        first = _ADDRESS.search(folded)
        if not first:
            continue
        start = max(line.rfind(c, 0, first.start()) for c in _END_MARKS) + 1
        piece = folded[start:]
        sites = _domains(piece)
        if not sites or not sites <= cut_sites:
            continue
        rest = _ADDRESS.sub("", piece)
        if not _HAN.search(rest):
            continue  # site_host_line_han
        if len(_WORDS.findall(rest)) > WORD_CHARS or any(c in line[start:] for c in _PROSE_MARKS):
            continue  # the author's sentence goes on after the address
        label = folded[start : first.start()]
        if len(_WORDS.findall(label)) > LABEL_CHARS and not _AD_WORD.search(label):
            continue  # a title before a stamp ("一百三十一回　堪舆家恼怒滥用刑　…[万卷书2酷WWW．…")
        if start and not line[:start].strip(" \t\u3000"):
            start = 0
        cuts.append(Edit(a + start, b, "", RULE) if start else _whole(text, a, b))
    return cuts


def _named_lines(text: str, names: set[str]):
    """Clause ``site_host_line_prefilter``: the lines (``_lines``) whose lower-cased text
    may hold one of ``names``, in order; every line where the lower-cased book changes
    length (a "İ")."""
    lower = text.lower()
    if len(lower) != len(text) or "" in names:
        yield from _lines(text)
        return
    starts = set()
    for name in names:
        at = lower.find(name)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = lower.find(name, at + 1)
    for a in sorted(starts):
        b = text.find("\n", a)
        yield a, len(text) if b < 0 else b


def _whole(text: str, a: int, b: int) -> Edit:
    return Edit(a, min(b + 1, len(text)), "", RULE)


def bookend_links(text: str) -> list[Edit]:
    """Clause ``bookend_link`` (module doc)."""
    head = _edge_lines(text, _lines(text))
    tail = _edge_lines(text, lines_from_end(text))[::-1]
    if len(tail) < EDGE_LINES or head[-1][0] >= tail[0][0]:
        return []  # fewer than 2 * EDGE_LINES lines with text: the edges overlap
    cuts = []
    for a, b in head:
        top = text[a:b].rstrip(" \t\r\u3000")
        if not _ADDRESS.search(top.translate(_FOLD)):
            continue
        for c, d in tail:
            low = text[c:d].rstrip(" \t\r\u3000")
            n = 0
            while n < min(len(top), len(low)) and top[-1 - n] == low[-1 - n]:
                n += 1
            piece = top[len(top) - n :].strip(" \t\u3000")
            if not _ADDRESS.search(piece.translate(_FOLD)) or len(_WORDS.findall(piece)) < 8:
                continue
            if len(_HAN.findall(_ADDRESS.sub("", piece.translate(_FOLD)))) < 2:
                continue  # bookend_link_han
            for x, y in ((a, b), (c, d)):
                whole = not text[x:y].strip(" \t\r\u3000").endswith(piece) or (
                    text[x:y].strip(" \t\r\u3000") == piece
                )
                if whole:
                    cuts += [_whole(text, x, y)] + _rules_around(text, x, y)
                else:
                    cuts.append(Edit(x + text[x:y].rindex(piece), y, "", RULE))
            return cuts
    return cuts


def _rules_around(text: str, a: int, b: int) -> list[Edit]:
    """The rule lines right above and under the line text[a:b], when both are rules."""
    above_end = a - 1
    above = text.rfind("\n", 0, max(above_end, 0)) + 1
    below = b + 1
    below_end = text.find("\n", below)
    below_end = len(text) if below_end < 0 else below_end
    if a == 0 or below > len(text):
        return []
    if _RULE_LINE.fullmatch(text[above:above_end]) and _RULE_LINE.fullmatch(text[below:below_end]):
        return [_whole(text, above, above_end), _whole(text, below, below_end)]
    return []


def first_published_stamps(text: str) -> list[Edit]:
    """Clause ``first_published_stamp`` (module doc)."""
    if not literal_scan.holds(text, "首发"):
        return []
    found = list(_STAMP.finditer(text))
    if len(found) < MIN_STAMPS:
        return []
    return [Edit(m.start(), m.end(), "", RULE) for m in found]
