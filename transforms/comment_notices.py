"""Rule ``web_notice``, HTML-comment banners: a download site's notice left in a
plain-text e-book inside an HTML comment, the "<!--" and "-->" each on a line of
their own, the notice's lines set off by blank lines (see
``transforms.web_notices``, which calls this).

Cost: a ``str.find`` for "<!--" over the text, then scans of the comments found.
"""

from __future__ import annotations

import re

_OPEN_LINE = re.compile(r"[ \t]*<!--[ \t]*\r?\n")
_CLOSE_LINE = re.compile(r"\n[ \t]*-->[ \t]*(?:\r?\n|\Z)")
_RULE_LINE = re.compile(r"\n[ \t]*([-=*_~#·.])\1{9,}[ \t]*\r?\n")
_MAX_COMMENT = 3000  # characters between the markers: a banner, never a chapter
_BLANK = " \t\r\n\x00\ufeff"


def comment_notices(text: str, link: re.Pattern, notice_word: re.Pattern) -> list[tuple[int, int]]:
    """Clause html_comment_notice: a comment opened by a line "<!--" and closed
    by a line "-->" within ``_MAX_COMMENT`` characters is cut whole, markers
    included, when it holds a link and a notice word ("书包网
    http://www.bookbao.com - TXT电子书免费分享平台", the banner bookbao.com put at
    the end of each e-book it served), or when it holds a rule line and only
    blank lines lie between it and an edge of the text (the same banner left
    with its name, link and notice lines blank, 时间简史.TXT). Before, the
    ruled-block scan of ``web_notices`` stopped at the banner's first blank
    line: the banner stayed in the training text and "<!--" over the rule line
    was read as a setext heading. The markers must stand alone on their lines,
    so a comment inside a line of HTML or of prose is left alone, and an HTML
    example without a link and a notice word is kept unless it is framed by a
    rule line at the very end or start of the text. Returns the comments'
    (start, end) spans: ``web_notices`` cuts them, and counts them as notice
    blocks when it looks for notices between a block and an edge (奇书网's
    "更多精彩好书，…请登陆奇书网--Www.Qisuu.Com" paragraph over the banner)."""
    spans = []
    pos = text.find("<!--")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        nxt = text.find("<!--", pos + 4)
        m = _OPEN_LINE.match(text, a)
        close = _CLOSE_LINE.search(text, pos, pos + _MAX_COMMENT) if m else None
        if close and close.end() < len(text) and text[close.end() - 1] != "\n":
            close = None  # clause html_comment_notice_window_end: "-->" cut off by the window
        if m and close and (nxt < 0 or nxt > close.start()):
            b = close.end()
            inside = (m.end() - 1, close.start() + 1)
            noticed = link.search(text, *inside) and notice_word.search(text, *inside)
            at_edge = not text[:a].strip(_BLANK) or not text[b:].strip(_BLANK)
            if noticed or (at_edge and _RULE_LINE.search(text, *inside)):
                spans.append((a, b))
                nxt = text.find("<!--", b)
        pos = nxt
    return spans
