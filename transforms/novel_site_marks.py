"""Rule ``site_ad`` (``transforms.site_ads`` calls these): what the sites that serve
web novels (网络小说) as TXT files leave inside the chapters, beside the banners
and stamps ``site_ads`` and ``site_watermark`` cut (session 30, 33 web novels of
zzk6780051/novel, GBK and UTF-8 downloads of 9 sites).

* ``chapter_end_lines``: a line that is only "(本章完)" / "（本章完）", on at least
  ``MIN_LINES`` lines of the text: the chapter-end marker a reading site prints
  under each chapter, kept in its TXT (1,296 lines in 《重生后我成了打脸专业户》,
  555 in 8 books of hankinghu/literature-books). An author's "（本章完）" glued to a
  paragraph, or one such line in a book, stays.
* ``page_turn_notice``: a bracket of at most ``NOTICE_CHARS`` characters holding
  "点击下一页" ("［本章未完，请点击下一页继续阅读！］", 38 times in 《修真高手在都市》):
  the site's paging prompt, cut with the spaces before it. A character who turns
  a page ("翻到下一页") writes no bracket around it.
* ``numbered_title_copy``: a line "N.第N章 title" right over the line "第N章 title" (the same
  title, spaces aside): the site's numbered copy of the chapter's title (1,297 lines in
  《重生后我成了打脸专业户》, each chapter's title twice in the text, the copy at the end of the
  chapter before). The copy goes; a numbered line with other text under it ("4.第一次罗马人…",
  a translator's numbered paragraphs) stays.
* ``jjwxc_title_copy``: a line "ˇtitleˇ" under the line "title" (blank lines between): 晋江's
  TXT repeats each VIP chapter's title so (109 lines in 《你好，旧时光》; the reader decides
  such files by clause ``jjwxc_title_marks``). The copy goes; the title stays.
* ``repeated_bracketed_link``: a bracket of at most ``BRACKET_CHARS`` characters that
  holds a web address and at most ``WORD_CHARS`` other characters ("[www.mianhuatang.la
  超多好看小说]", "（wwW.mianhuatang.la 无弹窗广告）", "(www.mianhuatang.la 棉花糖小说网)"),
  an address followed by the site's name in brackets ("mianhuatang.la [棉花糖小说网]"),
  or a line that is only a bracketed name and an address ("【悠悠书吧】www.uus8.com"),
  is cut when ``MIN_BRACKETS`` or more such places of the text name the same site
  (its host, lower-case, "www." aside). ``site_ads``' bracket clause needs a download
  word and reads no round brackets; ``site_watermark`` needs a .com/.net/.org/.cn
  address spelled two ways: 212 such brackets of one .la site stayed in one book,
  78 lines of one stamp in another. A book that cites a site in brackets does so a
  few times, not five.
* ``repeated_bracketed_link_host_only`` (session 30 review): the address names a site
  only (its host, "/" at most after it). A page's address ("(https://github.com/BVLC/caffe)",
  a Markdown link's target, 10 in a chapter of d2l-zh-tw; "[code.claude.com/docs/en/overview]"
  a link's text) cites a page: 56 such brackets in 5 of 597 Markdown documents were cut, the
  links' targets and texts lost. Every site mark seen names the bare host.
* ``repeated_bracketed_link_prefilter`` (session 31, cost only, same cuts): the rule's
  gate ("www", "http" or ".com"/".net"/".org"/".la"/".cc", any case) was one
  case-insensitive regex search of the whole book at ~60M characters/s, a quarter of a
  second over the 30 shared Gutenberg books that hold none of it; the top-level domain
  is looked for first (a "."-led search), then "www"/"http" in the lower-cased text.
  ``link_then_name_prefilter``: the address-then-name scan (~30M characters/s, 0.056 s of
  the rule's 0.068 s on the two shared Chinese classics) runs only where a top-level
  domain is followed by an opening bracket, which every such place holds; the
  name-and-address line scan only where a "【" is. ``numbered_title_copy_prefilter``:
  that scan only where ".第" is (every copy holds it: "2.第2章").
"""

from __future__ import annotations

import re
from collections import defaultdict

from transforms import literal_scan
from transforms.novel_site_prompts import novel_site_prompts
from transforms.textedit import Edit

RULE = "site_ad"
MIN_LINES = 3
NOTICE_CHARS = 30
BRACKET_CHARS = 40
WORD_CHARS = 12
MIN_BRACKETS = 5

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII, one for one
_END_LINE = re.compile(r"^[ \t\u3000]*[(（]本章完[)）][ \t\u3000]*(?:\n|$)", re.M)
# clause blank_run_once (transforms.ascii_figures): tried at a run of blanks' first only;
# the look-ahead names the characters a match opens with (the engine skips to them)
_PAGE_TURN = re.compile(
    r"(?=[ \t\u3000［\[【(（])(?<![ \t\u3000])[ \t\u3000]*([［\[【(（])[^\n［\[【(（］\]】)）]{0,30}点击下一页"
)
_CLOSE = {"［": "］", "[": "]", "【": "】", "(": ")", "（": "）"}
_HOST = re.compile(
    r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|org|cn|cc|la|info|me|tw|hk|co))\b"
    r"[/\w.?=&%-]*",
    re.I,
)
_BRACKET = re.compile(r"[［\[【(（]([^\n［\[【(（］\]】)）]{4,40})[］\]】)）]")
_NAME_LINK_LINE = re.compile(
    r"^[ \t\u3000]*【[^\n【】]{1,12}】[ \t\u3000]*(\S{6,60})[ \t\u3000]*$", re.M
)
# an address, then the site's name in brackets ("mianhuatang.la [棉花糖小说网]")
_LINK_THEN_NAME = re.compile(
    r"(?<![\w./])(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|net|org|cn|cc|la|info|me)"
    r"[ \t\u3000]*[［\[【(（][^\n［\[【(（］\]】)）.]{1,12}[］\]】)）]",
    re.I,
)
_WORDS = re.compile(r"[^\s\W_]|[^\x00-\x7f]")  # letters and CJK, not marks or spaces


def novel_site_marks(text: str) -> list[Edit]:
    """The cuts of the three clauses (``find_boilerplate`` merges overlaps)."""
    found = chapter_end_lines(text) + page_turn_notices(text) + numbered_title_copies(text)
    found += jjwxc_title_copies(text)
    found += novel_site_prompts(text)  # session 31: markers and HTML link prompts
    return found + repeated_bracketed_links(text)


_NUMBERED_COPY = re.compile(
    r"^[ \t\u3000]*\d{1,5}\.(第[^\n]{1,60})\n[ \t\u3000]*(第[^\n]{1,60})$", re.M
)


_JJWXC_COPY = re.compile(
    r"^[ \t\u3000]*(\S[^\n]{0,40})[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}"
    r"([ \t\u3000]*ˇ([^\nˇ]{1,40})ˇ[ \t\u3000]*(?:\n|$))",
    re.M,
)


def jjwxc_title_copies(text: str) -> list[Edit]:
    """Clause ``jjwxc_title_copy`` (module doc)."""
    if "ˇ" not in text:
        return []
    cuts = []
    for m in _JJWXC_COPY.finditer(text):
        if m.group(1).strip() == m.group(3).strip():
            cuts.append(Edit(m.start(2), m.end(2), "", RULE))
    return cuts


def numbered_title_copies(text: str) -> list[Edit]:
    """Clause ``numbered_title_copy`` (module doc)."""
    if not literal_scan.holds(text, ".第"):
        return []  # clause numbered_title_copy_prefilter
    cuts = []
    for m in _NUMBERED_COPY.finditer(text):
        if m.group(1).split() == m.group(2).split():
            cuts.append(Edit(m.start(), text.index("\n", m.start()) + 1, "", RULE))
    return cuts


def chapter_end_lines(text: str) -> list[Edit]:
    """Clause ``chapter_end_lines`` (module doc)."""
    if not literal_scan.holds(text, "本章完"):
        return []
    found = list(_END_LINE.finditer(text))
    if len(found) < MIN_LINES:
        return []
    return [Edit(m.start(), m.end(), "", RULE) for m in found]


def page_turn_notices(text: str) -> list[Edit]:
    """Clause ``page_turn_notice`` (module doc)."""
    if not literal_scan.holds(text, "点击下一页"):
        return []
    cuts = []
    for m in _PAGE_TURN.finditer(text):
        close = text.find(_CLOSE[m.group(1)], m.end(), m.start(1) + NOTICE_CHARS + 1)
        if close >= 0 and "\n" not in text[m.end() : close]:
            cuts.append(Edit(m.start(), close + 1, "", RULE))
    return cuts


def _host(s: str) -> str | None:
    """The host of the one address in ``s`` when the rest is a few words, else None."""
    folded = s.translate(_FOLD)
    m = _HOST.search(folded)
    if not m or "." not in m.group(1):
        return None
    if m.group()[m.end(1) - m.start() :].strip("/"):
        return None  # clause repeated_bracketed_link_host_only: a page's address is a citation
    rest = folded[: m.start()] + folded[m.end() :]
    if len(_WORDS.findall(rest)) > WORD_CHARS:
        return None
    return m.group(1).lower()


# clause repeated_bracketed_link_prefilter: the gate "(?i)www|http|\.(?:com|net|org|la|cc)\b"
# in two cheap parts (one case-insensitive alternation scans at ~60M characters/s)
_GATE_DOMAIN = re.compile(r"(?i)\.(?:com|net|org|la|cc)\b")
# clause link_then_name_prefilter: the end of every _LINK_THEN_NAME match
_DOMAIN_THEN_BRACKET = re.compile(r"(?i)\.(?:com|net|org|cn|cc|la|info|me)[ \t\u3000]*[［\[【(（]")

# clause link_then_name_once: a match's labels (``[a-z0-9-]``, re.I, and ".") up to its domain
# and the name in brackets after it
_LABELS_BACK = re.compile(r"[a-z0-9.-]*", re.I)
_NAME_TAIL = re.compile(r"[^\n［\[【(（］\]】)）.]{1,12}[］\]】)）]")


def link_then_names(text: str):
    """``_LINK_THEN_NAME.finditer(text)``'s matches, each character read a bounded number of
    times. Clause ``link_then_name_once`` (session 47, cost only, the same matches): the
    pattern was tried after every "-" of a run of labels and read the run each time ("a-a-a-…":
    2.1 s at 32k). A match ends with a domain followed by blanks and an opening bracket (no
    label character), so its domain's "." is where ``_DOMAIN_THEN_BRACKET`` matches (those
    places never overlap) and it starts in the run of label characters just before that ".".
    The name after the bracket is the same whatever the start, so it is checked once; a start
    before the run's last ".." fails (an empty label), and every other start in the run that
    the look-behind lets through and that opens with a letter, digit or "-" matches. So the
    pattern is tried only from the run's start, past its last "..", up to the name's end,
    each place once, in the order ``finditer`` goes."""
    pos = lo = 0
    for d in _DOMAIN_THEN_BRACKET.finditer(text):
        dot, seen, lo = d.start(), lo, d.end()
        tail = _NAME_TAIL.match(text, d.end())
        if dot < pos or not tail:
            continue
        start = dot - _LABELS_BACK.match(text[seen:dot][::-1]).end()
        pair = text.rfind("..", start, dot + 1)
        start = max(start, pos, pair + 2 if pair >= 0 else 0)
        m = _LINK_THEN_NAME.search(text, start, tail.end())
        if m:
            yield m
            pos = m.end()


def may_hold_links(text: str) -> bool:
    """Clause ``repeated_bracketed_link_prefilter``: the rule's gate, "www", "http" or a
    ".com"/".net"/".org"/".la"/".cc" ending a word, in any case."""
    if _GATE_DOMAIN.search(text):
        return True
    lower = text.lower()  # the gate's letters have no case forms outside ASCII
    return "www" in lower or "http" in lower


def repeated_bracketed_links(text: str) -> list[Edit]:
    """Clause ``repeated_bracketed_link`` (module doc)."""
    if not may_hold_links(text):
        return []
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _BRACKET.finditer(text):
        host = _host(m.group(1))
        if host:
            places[host].append((m.start(), m.end()))
    then_names = link_then_names(text) if _DOMAIN_THEN_BRACKET.search(text) else ()
    for m in then_names:
        host = _host(m.group())
        if host:
            places[host].append((m.start(), m.end()))
    for m in _NAME_LINK_LINE.finditer(text) if "【" in text else ():
        host = _host(m.group(1))
        if host and _HOST.fullmatch(m.group(1).translate(_FOLD)):
            end = m.end() + 1 if m.end() < len(text) else m.end()
            places[host].append((m.start(), end))
    cuts = []
    for spans in places.values():
        if len(spans) >= MIN_BRACKETS:
            cuts += [Edit(a, b, "", RULE) for a, b in spans]
    return cuts
