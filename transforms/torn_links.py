"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls this behind its CJK
gate, session 36, branch wtF): a download site's HTML link left in a Chinese book's text.

* ``torn_html_link``: an HTML link ``<a href="…">…</a>`` whose shown text is a web
  address, with the site's words before it ("x33小说首发", "x33小说更新最快 电脑端:"), in a
  line of the book. A site's converter tore 我在精神病院学斩神's links over several lines
  (every "n" became a paragraph break: "<a href=\\"https://www.x33xs.com\\" target=\\"_bla" /
  "k\\" class=\\"li" / "kco" / "te" / "t\\">https://www.x33xs.com</a>", 11 times); clause
  ``decorated_address_line`` cut the last piece only and the others reached the training
  text. The cut runs from the site's words (or the "<a") through the last "</a>" and the
  addresses after it, over the torn lines between; a line left empty goes with its break.
  Guards: ``torn_link_needs_close`` (the "</a>" within ``MAX_LINES`` lines, the lines
  between short (``PIECE_CHARS``) and without a CJK character: a sentence is never read
  through), ``torn_link_shows_address`` (the link's shown text is a web address: a
  tutorial's "<a href=\\"http://www.baidu.com\\">百度</a>" stays) and
  ``torn_link_promotes`` (the link is torn over lines, or site words stand right before
  it: a web book's one-line example "<a href=\\"http://www.a.com\\">www.a.com</a>" stays).

Cost: only the lines ``promo_lines`` found holding "http"/"www" are read, and of those
only the ones holding "<a" (a literal find).
"""

from __future__ import annotations

import re

from transforms.site_ads import _AD_WORD
from transforms.textedit import Edit

RULE = "site_ad"
MAX_LINES = 12  # the lines a torn link may cross (blank ones counted)
PIECE_CHARS = 24  # the most characters of a torn piece's line
WORDS_CHARS = 16  # the most characters of the site's words before the link
_OPEN = re.compile(r"<a\s+href\s*=", re.I)
_CLOSE = re.compile(r"</a\s*>", re.I)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]")
_SHOWN = re.compile(
    r">\s*(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?\s*$", re.I
)  # the link's shown text before its "</a>": an address
_ADDRESS_REST = re.compile(
    r"(?:\s+(?:(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?))*\s*", re.I
)  # addresses after the last "</a>" ("…</a> m.x33xs.com")
_WORDS = re.compile("首发|更新|小说|手机端|电脑端|网址|访问|阅读|下载")
_SENTENCE_END = "。！？!?…”」』"
_SPACES = " \t\r\u3000"


def _words_start(text: str, a: int, at: int) -> int:
    """Where the site's words before the link at ``at`` start (``at`` when none):
    after the line's start or the last sentence end, at most ``WORDS_CHARS``
    characters, holding a site word (guard ``torn_link_promotes``)."""
    head = text[a:at]
    cut = max(head.rfind(c) for c in _SENTENCE_END) + 1
    words = head[cut:].strip(_SPACES)
    if words and len(words) <= WORDS_CHARS and (_WORDS.search(words) or _AD_WORD.search(words)):
        return a + cut + (len(head[cut:]) - len(head[cut:].lstrip(_SPACES)))
    return at


def _link_end(text: str, at: int) -> tuple[int, int] | None:
    """(end of the link opened at ``at``, lines crossed), or None (guard
    ``torn_link_needs_close``, ``torn_link_shows_address``)."""
    pos, crossed = at, 0
    while True:
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        close = _CLOSE.search(text, pos, b)
        if close is not None:
            if not _SHOWN.search(text, at, close.start()):
                return None  # guard torn_link_shows_address
            return close.end(), crossed
        if b >= len(text) or crossed >= MAX_LINES:
            return None
        pos, crossed = b + 1, crossed + 1
        nb = text.find("\n", pos)
        piece = text[pos : len(text) if nb < 0 else nb].strip(_SPACES)
        closing = _CLOSE.search(piece)
        if closing is None and (len(piece) > PIECE_CHARS or _CJK.search(piece)):
            return None  # guard torn_link_needs_close: a line of prose
        if closing is not None and _CJK.search(piece):
            return None


def torn_links(text: str, lines) -> list[Edit]:
    """Clause ``torn_html_link`` (module doc) over ``lines``, the (start, end) of the
    lines holding "http"/"www" in any case."""
    cuts: list[Edit] = []
    done = -1
    for a, b in lines:
        if a < done or text.find("<", a, b) < 0:
            continue
        m = _OPEN.search(text, a, b)
        if m is None:
            continue
        start = _words_start(text, a, m.start())
        end, crossed, torn = m.start(), 0, False
        while True:
            found = _link_end(text, end)
            if found is None:
                break
            end, crossed = found
            torn = torn or crossed > 0
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            nxt = _OPEN.match(
                text, end + len(text[end:line_end]) - len(text[end:line_end].lstrip())
            )
            if nxt is None:
                end += _ADDRESS_REST.match(text, end, line_end).end() - end
                break
            end = nxt.start()
        if end <= m.start() or _CLOSE.search(text, m.start(), end) is None:
            continue
        if not torn and start == m.start():
            continue  # guard torn_link_promotes
        start -= len(text[a:start]) - len(text[a:start].rstrip(_SPACES))  # spaces before it
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        replacement = ""
        if not text[end:line_end].strip(_SPACES):
            if not text[a:start].strip(_SPACES):
                start = a  # the line left empty goes whole, with its break and a blank
                blank = text.find("\n", line_end + 1)  # line under it (paragraphs stay apart
                if blank > 0 and not text[line_end + 1 : blank].strip(_SPACES):  # by one)
                    line_end = blank
            else:  # the sentence before it keeps its break (an overlapping cut of
                replacement = "\n"  # decorated_address_line ends at the same place)
            end = min(line_end + 1, len(text))
        cuts.append(Edit(start, end, replacement, RULE))
        done = end
    return cuts
