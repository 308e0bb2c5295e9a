"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls these behind its CJK
gate): a download site's stamp that the older clauses leave because it is written plain,
with no disguise, and known as a stamp only by standing again and again in one book, or
as a line of its own between a book's paragraphs (session 50, branch wtE; survey of the
4,661 Chinese mirror texts in docs/quality/session-50-wtE.md).

* ``repeated_site_tail``: the end of a line after its last sentence mark (or the whole
  line), at most ``TAIL_CHARS`` characters read without spaces and full-width forms,
  holding a download site's word (``_SITE_WORD``: 网址, 网首发, 小说网, 中文网, 书包网, 阅读网,
  txt), written the same at the end of ``MIN_COPIES`` or more lines: 我在精神
  病院学斩神's "…长叹了一口气，首发网址" (6 lines, two of them the stamp alone), 曾国藩全集's
  "…走到底吧！”１６Ｋ小说网…" (3, spelt "１　６Ｋ", "１６　Ｋ"). The tail goes; a line that held
  nothing else goes with its break. Guards ``site_tail_repeated`` (one or two copies: a
  sentence's own "…网址" stays) and ``site_tail_not_cited`` (a book title's or a quote's
  marks in it: a note's "——《小说月报》" under three stories stays) and
  ``site_tail_not_file`` (review: a file's name, "readme.txt", a manual's steps end with).

* ``repeated_site_bracket``: a bracket of at most ``BRACKET_CHARS`` characters holding
  "小说", glued after a sentence's end (``site_tails``' guard
  ``bracketed_site_after_sentence``), the same (spaces aside) ``MIN_COPIES`` or more times:
  极品宝贝无敌妻's "…再接再厉。（八九好看的言情小说 ）就是没有人回应。" (53 times) and "（言情小说基地 ）"
  (26). Every copy goes; the sentences close up. Guard ``site_bracket_repeated``: a
  book's "。（小说）" once or twice stays, and a bracket after a name, "《围城》（长篇小说）", is
  no stamp (the sentence guard).

* ``remember_address_stamp``: a site's "remember our address" frame, "请记住" and at most
  ``FRAME_CHARS`` characters of one line up to "网址" or "域名" (its colon and an address
  after it too), ``MIN_COPIES`` or more times: 妖孽龙皇在都市's "…陆凡霸气的道。请记住妖孽龙皇在
  都市 最新章节 第63章 拆台的妹妹网址：" (99 lines; the address itself an older clause took).
  Guard ``remember_stamp_repeated`` (a character's one "请记住这个网址" stays).

* ``repeated_bare_address``: a line that is a web address alone (host only, read in
  half-width forms, "、" or "。" for a dot, a bracket around it allowed), when the text holds
  ``MIN_BARE`` or more such lines: 局外人's "www.100ppt.cn", "ｗｗｗ.xiabook.com",
  "www.56wen.com" between its paragraphs, 鼠疫's "wwww.xiabｏok.com" (twice, under its
  chapter titles) and "www、mdwenxue.com", 货币战争5's "(www.tenluo.com)" under two section
  headings. A site stamps a book again and again; a book's own address line (盛雪's
  imprint "www.mirrorbooks.com" under 明镜出版社) stands once. Each goes with its break.
  ``MIN_BARE`` was 2 at first; the review raised it to 3 (every text the clause changes in
  the mirrors holds 3 or more: 局外人 8, 鼠疫 22, 货币战争5 3) and added guard
  ``bare_host_repeated``: one host at least stands on two of the lines (a stamping site
  writes its own address again; a reference book's list of sites, each once, between
  its paragraphs, stays).
  Guards ``bare_lines_apart`` (two address lines next to each other are a list of sites)
  and ``bare_line_named_above`` (the line above names a site, "新浪网" or "网址：": a guide's
  entry).

Cost: five literal finds (网, txt, TXT, 小说, 请记住; a regex over CJK text reads ~9 ms a
million characters, a find ~1 ms), each hit's line end read; the bare lines among the
lines ``promo_lines`` already found holding "www"/"http".
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from transforms.site_tails import _between_sentences
from transforms.textedit import Edit

RULE = "site_ad"
MIN_COPIES = 3
TAIL_CHARS = 12
BRACKET_CHARS = 16
FRAME_CHARS = 40
MIN_BARE = 3
_SPACES = " \t\r\u3000"
_MARKS = "。！？!?…”」』，；,;"
_SITE_WORD = re.compile("网址|网首发|(?:小说|书|文学|中文|书包|阅读)网|txt", re.I)
# every tail of the survey holds "网" or "txt": three finds (a tail of "首发" alone is missed)
_TAIL_ANCHORS = ("网", "txt", "TXT")
_CITED = re.compile('[《》“”「」"]')
# guard site_tail_not_file (review, session 50): a file name ("…检查日志。readme.txt" three
# times in a manual) is the text's own; no stamp of the survey writes ".txt" after a name
_FILE_NAME = re.compile(r"\w\.txt(?![a-z])", re.I)
_BRACKET = re.compile(
    f"[（(][^（）()\\n。！？]{{0,{BRACKET_CHARS}}}?小说[^（）()\\n。！？]{{0,{BRACKET_CHARS}}}[）)]"
)
_FRAME = re.compile(
    f"请记住[^\\n]{{0,{FRAME_CHARS}}}?(?:网址|域名)[：:]?[ \\t]*"
    r"(?:(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?)?"
)
_BARE = re.compile(r"[(]?(?:https?://)?w{3,4}[.、。][a-z0-9-]+(?:[.、。][a-z0-9-]+)+/?[)]?")
_NAMED = re.compile("(?:网|网站|网址|主页|官网)[：:]?$")


def site_repeats(text: str, lines, anchors: list[int] | None = None) -> list[Edit]:
    """Clauses ``repeated_site_bracket``, ``repeated_site_tail``,
    ``remember_address_stamp`` and ``repeated_bare_address`` (module doc); the tails
    skip what the brackets and frames took."""
    cuts = repeated_brackets(text) + remember_stamps(text)
    taken = [(e.start, e.end) for e in cuts]
    cuts += [
        e
        for e in repeated_tails(text, anchors)
        if not any(s < e.end and e.start < t for s, t in taken)
    ]
    return cuts + bare_address_repeats(text, _with_wide_lines(text, lines))


def _with_wide_lines(text: str, lines) -> list[tuple[int, int]]:
    """Clause ``wide_address_line`` (session 51): ``lines`` and the lines holding a
    full-width "ｗ"/"Ｗ" (``promo_lines``' finds read half-width letters only): 局外人's
    "ｗｗｗ．ｘｉａｂｏｏｋ．ｃｏｍ" is read as the bare address it is."""
    found = set(lines)
    for key in ("ｗ", "Ｗ"):
        pos = text.find(key)
        while pos >= 0:
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            b = len(text) if b < 0 else b
            found.add((a, b))
            pos = text.find(key, b)
    return sorted(found)


def _anchors(text: str, words) -> list[int]:
    """Where each of ``words`` stands in ``text`` (literal finds: a regex over a CJK text
    reads ~9 ms a million characters, a find ~1 ms)."""
    found: list[int] = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            found.append(pos)
            pos = text.find(word, pos + 1)
    return sorted(found)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _key(piece: str) -> str:
    return "".join(unicodedata.normalize("NFKC", piece).split())


def tail_anchors(text: str) -> list[int]:
    """Where "网", "txt" and "TXT" stand (``repeated_tails`` and ``site_singles``' tails share
    these finds, session 51)."""
    return _anchors(text, _TAIL_ANCHORS)


def repeated_tails(text: str, anchors: list[int] | None = None) -> list[Edit]:
    """Clause ``repeated_site_tail`` (module doc)."""
    found: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    seen: set[int] = set()
    for pos in tail_anchors(text) if anchors is None else anchors:
        end = _line_end(text, pos)
        if end - pos > 3 * TAIL_CHARS:
            continue  # far from the line's end: the book's sentence
        start = text.rfind("\n", 0, pos) + 1
        m = _SITE_WORD.search(text, max(start, pos - 3), min(end, pos + 4))
        if start in seen or m is None:
            continue
        body_end = start + len(text[start:end].rstrip(_SPACES))
        head = text[start : m.start()]
        cut = max(head.rfind(c) for c in _MARKS) + 1
        tail = text[start + cut : body_end]
        key = _key(tail)
        if not key or len(key) > TAIL_CHARS or _CITED.search(key):  # site_tail_not_cited
            continue
        if _FILE_NAME.search(key):  # guard site_tail_not_file: "readme.txt" is a file's name
            continue
        seen.add(start)
        whole = not text[start : start + cut].strip(_SPACES)
        found[key].append((start + cut, body_end, whole))
    cuts: list[Edit] = []
    for spans in found.values():
        if len(spans) < MIN_COPIES:  # guard site_tail_repeated
            continue
        for s, e, whole in spans:
            if whole:  # the line held the stamp only: it goes with its break
                s = text.rfind("\n", 0, s) + 1
                e = min(_line_end(text, e) + 1, len(text))
            cuts.append(Edit(s, e, "", RULE))
    return cuts


def repeated_brackets(text: str) -> list[Edit]:
    """Clause ``repeated_site_bracket`` (module doc)."""
    copies: dict[str, list[tuple[int, int]]] = defaultdict(list)
    placed: dict[str, int] = defaultdict(int)
    spans = set()
    for pos in _anchors(text, ("小说",)):
        m = _BRACKET.search(text, max(0, pos - BRACKET_CHARS - 1), pos + 2 * BRACKET_CHARS + 2)
        if m and m.start() <= pos < m.end():
            spans.add(m.span())
    for a, b in sorted(spans):
        key = _key(text[a:b])
        copies[key].append((a, b))
        placed[key] += _between_sentences(text, a)
    cuts: list[Edit] = []
    for key, spans in copies.items():
        if placed[key] >= MIN_COPIES:  # guard site_bracket_repeated
            cuts += [Edit(s, e, "", RULE) for s, e in spans]
    return cuts


def remember_stamps(text: str) -> list[Edit]:
    """Clause ``remember_address_stamp`` (module doc)."""
    if "请记住" not in text:
        return []
    spans = [m.span() for m in _FRAME.finditer(text)]
    if len(spans) < MIN_COPIES:  # guard remember_stamp_repeated
        return []
    return [Edit(s, e, "", RULE) for s, e in spans]


def _host(line: str) -> str:
    """A bare address line's host, read in half-width lower case, "、"/"。" as dots, the
    scheme, a "www." or "wwww." and brackets dropped."""
    host = unicodedata.normalize("NFKC", line).strip().lower().strip("()/")
    host = re.sub(r"^(?:https?://)?w{3,4}\.", "", re.sub("[、。]", ".", host.strip("()")))
    return host.rstrip("/")


def bare_address_repeats(text: str, candidates) -> list[Edit]:
    """Clause ``repeated_bare_address`` (module doc) over ``candidates``, the (start, end)
    of the lines holding "http"/"www" in any case (``promo_lines``' literal finds: a line
    of full-width letters alone, "ｗｗｗ．ｘｉａｂｏｏｋ．ｃｏｍ", is not read)."""
    lines: list[tuple[int, int]] = []
    for start, end in candidates:
        line = unicodedata.normalize("NFKC", text[start:end]).strip().lower()
        if len(line) <= 40 and _BARE.fullmatch(line):
            lines.append((start, end))
    hosts = [_host(text[a:b]) for a, b in lines]
    if len(set(hosts)) == len(hosts):
        return []  # guard bare_host_repeated: every site named once is a list, no stamp
    cuts: list[Edit] = []
    for k, (a, b) in enumerate(lines):
        if k and lines[k - 1][1] + 1 == a or k + 1 < len(lines) and b + 1 == lines[k + 1][0]:
            continue  # guard bare_lines_apart: a list of sites
        above = text[text.rfind("\n", 0, max(a - 1, 0)) + 1 : max(a - 1, 0)].strip(_SPACES)
        if _NAMED.search(above):  # guard bare_line_named_above
            continue
        cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
    return cuts if len(cuts) >= MIN_BARE else []
