"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls it behind its CJK
gate): a web novel site's plea and a pirate site's app notice glued to a chapter's last
line (session 53, branch wtC; 元气少年 and 仙逆, zzk6780051/novel).

* ``vote_plea_tail``: 起点's chapter-end plea, "（未完待续。如果您喜欢这部作品，欢迎您来起点投
  推荐票、月票，您的支持，就是我最大的动力。手机用户请到m.qidian.com阅读。）", kept by the sites
  that copy the chapters, often with its words for the tickets and its address lost:
  "…走狗而已。”)。如果您喜欢这部作品，欢迎您来起点投、，您的支持，就是我最大的动力。阅读。)" (元气少年,
  4 times), "…再去狂欢哦（未完待续。如果您喜欢这部作品，欢迎您来起点投推荐**、月**，您的支持，就是我
  最大的动力。" (仙逆). The evidence is the plea's own two phrases (``_PLEA``): "如果您喜欢这部作品，
  欢迎您来起点投" and, at most ``PLEA_GAP`` characters on, "您的支持，就是我最大的动力". The cut runs
  from the "（未完待续" before it (or its debris ")。") to the plea's end: "动力。" and a
  following "…阅读。）" of at most ``PLEA_GAP`` characters.

* ``app_notice_tail``: a pirate site's notice at a line's end, "公告" and a colon, that
  names an app ("APP" in any case) and one more of its words (``_APP_WORD``: 下载, 安装,
  公众号, 广告): "…阅读。)公告：笔趣阁APP安卓，苹果专用版，告别一切广告，请关注微信公众号进入下载安装
  appxsyd" (元气少年). It goes to the line's end.

Guards: ``plea_not_speech`` and ``app_notice_not_speech`` (a Chinese quotation mark or
title mark inside the cut: a character reading a notice aloud stays), ``app_notice_ends_line``
(at most ``NOTICE_CHARS`` characters from "公告" to the line's end, no sentence end in
them: a story's "公告：亲爱的玩家，噩梦传说即将迎来全新版本——梦境低语。" (我真不是魔神) names no
app and ends a sentence, and stays), ``app_notice_after_break`` (review: "公告" opens its line
or follows "。！？)）”」": a game's "系统公告：…下载…app…" inside a line stays). Clause
``plea_closes_its_bracket`` (review): when the cut opens at "（未完待续", a "）" right after
"动力。" goes with it.

Cost: two literal finds ("起点投", "公告") and each hit's line read.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
PLEA_GAP = 30
NOTICE_CHARS = 60
_PLEA = re.compile(
    f"如果您喜欢这部作品，欢迎您来起点投[^\\n]{{0,{PLEA_GAP}}}?您的支持，就是我最大的动力[。！]?"
    f"(?:[^\\n。]{{0,{PLEA_GAP}}}阅读。[)）])?"
)
_OPENER = re.compile(r"(?:[(（]未完待续[。，]?|[)）]。)$")
_NOTICE = re.compile(f"公告[：:][^\\n]{{1,{NOTICE_CHARS}}}$")
_APP = re.compile("app", re.I)
_APP_WORD = re.compile("下载|安装|公众号|广告")
_QUOTES = re.compile("[“”「」『』《》]")
_ENDS = re.compile("[。！？!?]")
_SPACES = " \t\r\u3000"
_BREAKS = "。！？!?)）”」"


def chapter_pleas(text: str) -> list[Edit]:
    """Clauses ``vote_plea_tail`` and ``app_notice_tail`` (module doc)."""
    cuts: list[Edit] = []
    pos = text.find("起点投")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        m = _PLEA.search(text, max(a, pos - 20), len(text) if b < 0 else b)
        if m and not _QUOTES.search(m.group()) and not quote_open(text[a : m.start()]):
            start = m.start()
            # guard plea_not_speech above: no quotation mark in it, none open before it
            head = _OPENER.search(text, max(a, start - 6), start)
            end = m.end()
            # clause plea_closes_its_bracket (review): "（未完待续。…动力。）" loses its "）" too
            if head and text[head.start()] in "(（" and text[end : end + 1] in (")", "）"):
                end += 1
            cuts.append(Edit(head.start() if head else start, end, "", RULE))
        pos = text.find("起点投", pos + 1)
    pos = text.find("公告")
    while pos >= 0:
        b0, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        b = len(text) if b < 0 else b
        end = pos + len(text[pos:b].rstrip(_SPACES))
        m = _NOTICE.match(text, pos, end)
        # guards app_notice_ends_line, app_notice_not_speech
        quiet = not _QUOTES.search(m.group()) and not quote_open(text[b0:pos]) if m else False
        # guard app_notice_after_break (review): "公告" opens its line or follows a sentence's
        # or a bracket's end; a story's "系统公告：…" or "他看到一条公告：…" stays
        lead = text[b0:pos].rstrip(_SPACES)
        quiet = quiet and (not lead or lead[-1] in _BREAKS)
        if m and quiet and not _ENDS.search(m.group()):
            if _APP.search(m.group()) and _APP_WORD.search(m.group()):
                cuts.append(Edit(pos, end, "", RULE))
        pos = text.find("公告", pos + 2)
    return cuts


def quote_open(before: str) -> bool:
    """A quotation opened before the cut on its line and not closed: a character speaks."""
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")
