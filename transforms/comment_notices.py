"""Rule ``web_notice``, HTML-comment banners: a download site's notice left in a
plain-text e-book inside an HTML comment, the "<!--" and "-->" each on a line of
their own, the notice's lines set off by blank lines (see
``transforms.web_notices``, which calls this).

Cost: a ``str.find`` for "<!--" over the text, then scans of the comments found
(each at most ``_MAX_COMMENT`` characters; clause ``comment_scan_once``).
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
    # Clause comment_scan_once (session 44): the line start is looked for only back
    # to the last "<!--" seen (no newline since: the same line), and the edges' blank
    # stretches are measured once: "text[:a] is blank" is "a <= first" and "text[b:]
    # is blank" is "b >= last". Each was a scan or a copy of the text per comment:
    # quadratic in the comments (one line of many "<!--", or thousands of comments).
    seen, line_start, first, last = 0, 0, None, None
    m, m_at = None, -1
    while pos >= 0:
        k = text.rfind("\n", seen, pos)
        a = line_start = k + 1 if k >= 0 else line_start
        seen = pos
        nxt = text.find("<!--", pos + 4)
        if a != m_at:  # one match per line, however many "<!--" it holds
            m, m_at = _OPEN_LINE.match(text, a), a
        close = _CLOSE_LINE.search(text, pos, pos + _MAX_COMMENT) if m else None
        if close and close.end() < len(text) and text[close.end() - 1] != "\n":
            close = None  # clause html_comment_notice_window_end: "-->" cut off by the window
        if m and close and (nxt < 0 or nxt > close.start()):
            b = close.end()
            inside = (m.end() - 1, close.start() + 1)
            noticed = link.search(text, *inside) and notice_word.search(text, *inside)
            if first is None:
                first = len(text) - len(text.lstrip(_BLANK))
                last = len(text.rstrip(_BLANK))
            at_edge = a <= first or b >= last
            if noticed or (at_edge and _RULE_LINE.search(text, *inside)):
                spans.append((a, b))
                nxt = text.find("<!--", b)
        pos = nxt
    return spans
