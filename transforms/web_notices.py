"""Rule ``web_notice``: a web edition's notice blocks (a link and a notice word,
closed in by rule lines anywhere, or at an edge of the text: ``edge_notice``).
See ``transforms.boilerplate``. Moved from ``transforms.boilerplate`` in session 26,
unchanged.
Its notice words are read in Traditional characters too (clause
``traditional_ad_words``, ``transforms.traditional_forms``; session 29).

Cost: link scans of the two edges and of the lines under each rule line, never of
the whole text.
"""

from __future__ import annotations

import re

from transforms.boilerplate_scan import line_end, skip_blank_lines
from transforms.comment_notices import comment_notices
from transforms.textedit import Edit
from transforms.traditional_forms import simplified_forms

_LINK = re.compile(
    r"https?://|www\.|@[\w-]+\.[a-z]{2,}|\.(?:com|net|org|cn|cc|info|io|tw|hk)\b", re.I
)
_RULE_START = re.compile(r"\n[ \t]*([-=*_~#·.])\1{9,}[ \t]*(?=\n)")
_RULED_SPAN = 1500  # characters under a rule line where a notice's link may sit
_NOTICE_WORD = re.compile(
    r"download|copyright|all rights reserved|e-?books?|visit|website|\btxt\b|"
    r"下载|版权|电子书|请访问|本站|网友|仅供|正版|删除|免费|小说网|网站|整理|制作|收集|搜集",
    re.IGNORECASE,
)
# Clause soujie_credit: 搜集 ("collected by", as 收集) names a site's credit line
# ("华中科技大学人文学社搜集renwenxueshe.blog.tianya.cn", the end of 美的历程's web copy).
_RULE_LINE = re.compile(r"[ \t]*([-=*_~#·.])\1{9,}[ \t]*")


def _notice_word(block: str) -> bool:
    """A notice word in ``block``; clause traditional_ad_words (transforms.traditional_forms):
    "下載", "請訪問", "版權" count as "下载", "请访问", "版权" (oscarsun72/chtxt's head notice
    "#下載最新版本，請訪問: https://github.com/bgc2017/chtxt" and the three lines under it
    stayed while their Simplified twin was cut)."""
    return _NOTICE_WORD.search(simplified_forms(block)) is not None


def web_notices(text: str, edge_chars: int) -> list[Edit]:
    """Notice blocks: a block closed in by rule lines anywhere (web editions
    repeat their notice inside the text too); a block without rule lines only
    in a text longer than its two edges, at an edge, with nothing but blank
    lines and other notice blocks between it and the start or end of the text
    (rule ``edge_notice``: in a short document every paragraph is near an
    edge, and "Visit https://git-scm.com to download the installer" is prose;
    BBC's "... legal UK sites - including iTunes, OD2, mycokemusic.com and
    Napster" paragraph was cut from a news article)."""
    edge = min(len(text), edge_chars)
    # Where links may sit: the edges, and the lines under each rule line (a
    # rule-line scan is fast; a link scan of the whole text is not).
    zones = [(0, edge), (len(text) - edge, len(text))]
    zones += [(m.end(), line_end(text, m.end() + _RULED_SPAN)) for m in _RULE_START.finditer(text)]
    blocks: dict[tuple[int, int], bool] = {}
    for lo, hi in zones:
        for link in _LINK.finditer(text, lo, hi):
            a, b, ruled = _notice_block(text, link.start())
            near_edge = link.start() < edge or link.start() >= len(text) - edge
            if (ruled or near_edge) and (b - a) < 5000 and _notice_word(text[a:b]):
                blocks[a, b] = blocks.get((a, b), False) or ruled
    for ca, cb in comment_notices(text, _LINK, _NOTICE_WORD):  # Clause html_comment_notice
        # the comment replaces the paragraphs inside it (their ends would stop the edge walk)
        blocks = {(a, b): r for (a, b), r in blocks.items() if not ca <= a < b <= cb}
        blocks[ca, cb] = True
    keep = {span for span, ruled in blocks.items() if ruled}
    spans = sorted(blocks) if len(text) > 2 * edge else []  # short: edges are no evidence
    pos = 0  # from the start: blocks with only blank lines or notices before them
    for a, b in spans:
        if text[pos:a].strip():
            break
        keep.add((a, b))
        pos = max(pos, b)
    end = len(text)  # from the end, likewise
    for a, b in reversed(spans):
        if text[b:end].strip():
            break
        keep.add((a, b))
        end = min(end, a)
    return [Edit(a, skip_blank_lines(text, b), "", "web_notice") for a, b in sorted(keep)]


def _notice_block(text: str, pos: int) -> tuple[int, int, bool]:
    """The block around ``pos``: between rule lines when they enclose it within
    a few lines (then ``ruled``), else the blank-line paragraph."""
    line_start = text.rfind("\n", 0, pos) + 1
    lines_up, a = 0, line_start
    top = None
    while a > 0 and lines_up < 15:
        prev = text.rfind("\n", 0, a - 1) + 1
        line = text[prev : a - 1]
        if _RULE_LINE.fullmatch(line):
            top = prev
            break
        if not line.strip():
            break
        a, lines_up = prev, lines_up + 1
    b, lines_down, bottom = line_end(text, pos), 0, None
    while b < len(text) and lines_down < 15:
        nxt = line_end(text, b)
        line = text[b:nxt].rstrip("\n")
        if _RULE_LINE.fullmatch(line):
            bottom = nxt
            break
        if not line.strip():
            break
        b, lines_down = nxt, lines_down + 1
    ruled = top is not None and bottom is not None
    return (top if top is not None else a), (bottom if bottom is not None else b), ruled
