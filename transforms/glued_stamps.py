"""Rule ``site_ad``, a download site's stamp glued into a book's sentences again and again,
and an uploader's framed credit block (session 44, branch wtE; ``transforms.promo_lines``
calls these behind its CJK gate). Survey of the 4,467 Chinese texts in
docs/quality/session-44-wtE.md.

* ``repeated_glued_stamp``: a short string of a download site, glued into sentences at
  intervals, the same each time, where the words around it differ from copy to copy:
  "…9年创业的经验告诉我，奇书-整理-提供下载任何困难都必须你自己去面对。" and "…产生了以张朝阳、
  奇书-整理-提供下载丁磊等为代表的创富一代。" (马云如是说), "手2机电子书" four times in 雍正王朝
  ("…全家都没有受到株连，手2机电子书自己还在朝里照样当差…"). The stamp is found as what its
  copies share: for two copies of a download word (``_ANCHORS``: 电子书, 下载, txt) the
  longest run of characters the same before and after both, up to the first difference,
  sentence marks at its ends aside. Its evidence is a disguise inside it: two Han
  characters parted by a mark or a digit ("奇书-整理", "手2机"), which no word of a book
  holds (guard ``glued_stamp_disguised``; "·" and "." part names, "马克·吐温的小说",
  "林.拉德纳", and are no disguise; guard ``glued_stamp_not_path``: nor "/" and "\\", a
  path's "`古龙/剑神一笑/剑神一笑.txt`" named twice in a Markdown plan). Guards
  ``glued_stamp_bounded`` (the copies differ within ``REACH`` characters on both sides:
  a passage a file holds twice is no stamp),
  ``glued_stamp_spread`` (copies at least ``SPREAD`` characters apart: a site stamps every
  few pages), ``glued_stamp_digit_copies`` (a digit alone is a disguise only with
  ``DIGIT_COPIES`` copies) and ``glued_stamp_numeral`` (a digit that counts, after 第, 这,
  约 ... or before 次, 本, 个, 年 ...: "他第2次下载了", "这3本电子书", stays). Only the stamp goes; the
  words around close up.
  Sub-clause ``numeric_host_stamp``: a host whose name is digits ("4020.cn", 四世同堂),
  glued between a sentence's characters, twice or more in the text: "…干脆的说，4020.cn没有你
  就没有办法！" A host named with letters stays (a cited site, "www.cgmgc.com"); guard
  ``numeric_host_named``: so does one whose digits the text names without the address
  (a business book's "8848.com" with its "8848网站", "3721、一搜").

* ``uploader_credit_block``: at the text's front or back (within its first or last
  ``EDGE_CHARS`` characters), a block of at most ``BLOCK_LINES`` non-blank lines between
  two rule lines ("* * ** * **…", "------"), holding an uploader's credit ("本书由“尹子”整理.")
  and at least two of an uploader's words (``_CONTACT``: 微信, QQ, 公众号, 博客, 网址, 小编,
  书友, 电子书): 《别和她说话》's front block with the uploader's WeChat, QQ group and blog.
  The block and its two rules go. Guard ``credit_block_framed`` (no rule line above and
  below: an author's "玩家交流群：…" line, a novel's foreword, stays).

* ``scan_credit_line`` (session 45, branch wtF): a line of its own that is only credits of
  a scan's makers, each a site's name and a maker's handle joined by "·" and a task
  (扫描, OCR, 校对, 排版, 录入): "旧雨楼·slqlzf 扫描 旧雨楼·月息 OCR" at the end of 古龙's
  books and chapters in jbts6/wuxia-novel (66 lines; "旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR",
  38). The line goes. Guard ``scan_credit_whole`` (the whole line is credits: "扫描者加注：",
  a Markdown plan's "- 管理 per-book 的扫描缓存", a heading "重新统一后中央政局扫描" stay; a
  credit without a "·"-joined maker, a translator's "风遗尘校对。", stays); guard
  ``scan_credit_pair`` (review of wtF: two credits at least, each maker parted from its task
  by a space, as all 104 lines are: a heading "第五章·全城扫描", a list's "CT·磁共振扫描" and
  a lone "列夫·托尔斯泰 扫描" stay).

Cost: six one-character finds of the anchors (电, 電, 载, 載, x, X) and two of 扫, 掃 and the 8 characters
around each anchor read; the pairs only among hits with a disguise near (none in most
books); one find of "." for the hosts; the lines of the first and last ``EDGE_CHARS``
characters for the block: ~2 ms over zh_classics' 1.8 M characters.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
REACH = 24  # characters compared before and after two copies
SPREAD = 1000
DIGIT_COPIES = 3
EDGE_CHARS = 5000
BLOCK_LINES = 12
# the anchors, each found by its rarest character (a one-character find is ~5x a longer
# one's speed) and its place in the anchor
_ANCHORS = (("电", 0, "电子书"), ("電", 0, "電子書"), ("载", 1, "下载"), ("載", 1, "下載"))
_ANCHORS += (("x", 1, "txt"), ("X", 1, "TXT"))
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# guard glued_stamp_not_path: no "/" or "\\", a file path's ("古龙/剑神一笑/剑神一笑.txt")
_MARKS = "-_*+#|^`~=$@－＿＊＋＃｜＾"
_MARKED = re.compile(f"[{_HAN}][{_MARKS}]{{1,3}}[{_HAN}]")
# guard glued_stamp_numeral: a count ("第2次", "这3本", "约5万") is no disguise
_COUNT = "次本个個年月日天号號部章集页頁种種位名台件条條分秒点點元块塊岁歲万萬千百十亿億多余餘"
_DIGITS = f"(?![第前后後约約近共这這那])[{_HAN}][0-9]{{1,3}}(?![{_COUNT}])[{_HAN}]"
_DISGUISE = re.compile(f"{_MARKED.pattern}|{_DIGITS}")
_TRIM = " \t\u3000，。、；：！？,.;:!?“”‘’「」『』（）()《》"
_HOST = re.compile(r"(?<![A-Za-z0-9@/.:_-])\d{3,8}\.(?:cn|com|net)(?![A-Za-z0-9./_-])")
_RULE_LINE = re.compile(r"[*\-=~_#＊－—\s]{5,}")
_CREDIT = re.compile("本[书書]由.{1,12}(?:整理|制作|提供|收集|上[传傳]|排版|校[对對]|扫描|掃描)")
_CONTACT = re.compile("微信|QQ|公[众眾][号號]|博客|[网網]址|小[编編]|[书書]友|[电電]子[书書]")


def _same_before(text: str, a: int, b: int) -> int:
    n = 0
    while n < REACH and a - n > 0 and b - n > 0:
        c = text[a - n - 1]
        if c != text[b - n - 1] or c == "\n":
            break
        n += 1
    return n


def _same_after(text: str, a: int, b: int) -> int:
    n, size = 0, len(text)
    while n < REACH and a + n < size and b + n < size:
        c = text[a + n]
        if c != text[b + n] or c == "\n":
            break
        n += 1
    return n


def _copies(text: str, stamp: str) -> list[int]:
    out, pos = [], text.find(stamp)
    while pos >= 0:
        out.append(pos)
        pos = text.find(stamp, pos + len(stamp))
    return out


def _stamps(text: str, key: str, at: int, anchor: str) -> set[str]:
    """The strings two copies of ``anchor`` with a disguise near share (trimmed)."""
    hits, found = [], text.find(key)
    while found >= 0:
        pos = found - at
        if text.startswith(anchor, pos) and _DISGUISE.search(
            text, max(0, pos - 8), pos + len(anchor) + 8
        ):
            hits.append(pos)
        found = text.find(key, found + 1)
    found: set[str] = set()
    for i, a in enumerate(hits[:50]):
        for b in hits[i + 1 : 50]:
            left = _same_before(text, a, b)
            right = _same_after(text, a + len(anchor), b + len(anchor))
            if left == REACH or right == REACH:
                continue  # guard glued_stamp_bounded
            found.add(text[a - left : a + len(anchor) + right].strip(_TRIM))
    return found


def repeated_stamps(text: str) -> list[Edit]:
    """Clause ``repeated_glued_stamp`` with ``numeric_host_stamp`` (module doc)."""
    found: set[str] = set()
    for key, at, anchor in _ANCHORS:
        for stamp in _stamps(text, key, at, anchor):
            if anchor in stamp and _DISGUISE.search(stamp):  # guard glued_stamp_disguised
                found.add(stamp)
    # the shortest of nested candidates: a character two copies share by chance stays
    found = {s for s in found if not any(o != s and o in s for o in found)}
    cuts: list[Edit] = []
    for stamp in found:
        at = _copies(text, stamp)
        need = 2 if _MARKED.search(stamp) else DIGIT_COPIES  # guard glued_stamp_digit_copies
        if len(at) < need or any(b - a < SPREAD for a, b in zip(at, at[1:], strict=False)):
            continue  # guard glued_stamp_spread
        cuts += [Edit(p, p + len(stamp), "", RULE) for p in at]
    return sorted(cuts + _numeric_hosts(text), key=lambda e: e.start)


def _glued(text: str, a: int, b: int) -> bool:
    before = text[a - 1] if a > 0 else "\n"
    after = text[b] if b < len(text) else "\n"
    return not before.isspace() and not after.isspace() and not before.isascii()


def _numeric_hosts(text: str) -> list[Edit]:
    """Sub-clause ``numeric_host_stamp``: a digits-named host glued twice or more."""
    spans: dict[str, list[tuple[int, int]]] = {}
    pos = text.find(".")
    while pos >= 0:
        if text.startswith(("cn", "com", "net"), pos + 1):
            m = _HOST.search(text, max(0, pos - 8), pos + 5)
            if m and _glued(text, m.start(), m.end()):
                spans.setdefault(m.group(), []).append(m.span())
        pos = text.find(".", pos + 1)
    return [
        Edit(a, b, "", RULE)
        for host, s in spans.items()
        if len(s) >= 2 and not _named(text, host.split(".")[0])
        for a, b in s
    ]


_NOT_NAME = (".", "．", "电子书", "電子書", "txt", "TXT", "下载", "下載")


def _named(text: str, digits: str) -> bool:
    """Guard ``numeric_host_named``: the host's digits named in the text without the
    address and without a download word after them ("8848风生水起", "8848网站", "3721、一搜":
    马云如是说's companies) are a cited site; 四世同堂's "4020" comes only in stamps
    ("4020.cn", "(4020电子书.整*理*提*供")."""
    for m in re.finditer(f"(?<![0-9]){digits}(?![0-9])", text):
        if not text.startswith(_NOT_NAME, m.end()):
            return True
    return False


_MAKER = "[^\\s·・，。、；：！？“”「」（）()]{1,12}[·・][^\\s·・，。、；：！？“”「」（）()]{1,12}"
_TASK = "(?:扫描|掃描|OCR|校对|校對|排版|录入|錄入)"
_SCAN_CREDIT = re.compile(f"{_MAKER}\\s+{_TASK}(?:\\s+{_MAKER}\\s+{_TASK}){{1,3}}")


def scan_credits(text: str) -> list[Edit]:
    """Clause ``scan_credit_line`` (module doc): found by its task 扫描/掃描 (one-character
    finds of 扫 and 掃; a line crediting OCR alone is not looked for: none in the mirrors).
    Clause ``scan_credit_line_once`` (session 47, cost only, the same cuts): a line is
    matched once, at its first 扫描 (or 掃描); the line's later ones asked the same question
    of the same line (a line of 8,000 扫描: x4 per doubling)."""
    cuts: set[Edit] = set()
    for key in "扫掃":
        pos = text.find(key)
        while pos >= 0:
            if text.startswith("描", pos + 1):
                a = text.rfind("\n", 0, pos) + 1
                b = text.find("\n", pos)
                b = len(text) if b < 0 else b
                if _SCAN_CREDIT.fullmatch(text[a:b].strip()):  # guard scan_credit_whole
                    cuts.add(Edit(a, min(b + 1, len(text)), "", RULE))
                pos = text.find(key, b)  # clause scan_credit_line_once: the next line on
                continue
            pos = text.find(key, pos + 1)
    return sorted(cuts, key=lambda e: e.start)


def credit_blocks(text: str) -> list[Edit]:
    """Clause ``uploader_credit_block`` (module doc): the front's and the back's."""
    cuts: set[Edit] = set()
    back = max(0, len(text) - EDGE_CHARS)
    if back:  # whole lines only
        nl = text.find("\n", back)
        back = len(text) if nl < 0 else nl + 1
    for offset, part in ((0, text[:EDGE_CHARS]), (back, text[back:])):
        lines = part.split("\n")
        starts, at = [], offset
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        rules = [i for i, line in enumerate(lines) if _RULE_LINE.fullmatch(line.strip())]
        for top, bottom in zip(rules, rules[1:], strict=False):
            inner = [lines[i] for i in range(top + 1, bottom) if lines[i].strip()]
            if not inner or len(inner) > BLOCK_LINES:
                continue
            body = "\n".join(inner)
            if _CREDIT.search(body) and len(set(_CONTACT.findall(body))) >= 2:
                end = min(starts[bottom] + len(lines[bottom]) + 1, len(text))
                cuts.add(Edit(starts[top], end, "", RULE))
    return sorted(cuts, key=lambda e: e.start)
