"""Rule ``site_ad`` (``transforms.novel_site_marks`` calls these): two more kinds of
line a web-novel TXT site leaves in the book (session 31, the 33 web novels of
zzk6780051/novel that session 30 read; none in an ordinary book of the precision
corpora).

* ``download_range_marker``: a line that is only a site's marker around the part
  of the book it served: "【最新50章开始】" / "【最新50章结束】" (《战神殿》, 《最强天赋树》),
  "【全文阅读开始】" / "【全文阅读结束】" (《一世倾城》), "☆☆☆仙逆 最新50章正文 开始☆☆☆"
  (《仙逆》, 爪机书屋, its address "[www.zhuaji.org]" before the closing stars, cut
  with the line): "最新N章" or "全文阅读" then 开始/结束, in 【】/[] or between runs
  of ☆/★, at most ``MARKER_CHARS`` characters inside. A chapter titled "【北伐开始】"
  or "【一个时代的结束】" (hankinghu/literature-books, wuxia-novel) has neither word.
* ``html_link_prompt``: a line holding an HTML link to a web address (``<a href="http…">``,
  quotes escaped or not) whose text without its tags holds a site's prompt
  ("最新章节", "请点击这里", "继续浏览", "继续阅读", "阅读请点击", "请关注网址"), when the text
  has at least ``MIN_PROMPT_LINES`` such lines: 《龙族5悼亡者归来》's collection copied
  8 such lines from two reading sites' pages ("<span …><a href=…>龙族5悼亡者的归来</a>
  最新章节更新 请点击这里继续浏览：<a href=…>http://www.05188.com/t1866081p1/</a></span>").
  The whole line goes. A README that links a page once ("更多请点击这里：<a href=…>")
  keeps it: one or two lines are no site's template.
* ``remember_address_lines``: a reading site's "remember our address" template, its
  address already stripped by whoever made the TXT: a line of at most
  ``TEMPLATE_LINE_CHARS`` characters opening with 请记住本书首发域名 / (天才)一秒记住本站地址 /
  一秒记住域名 / 手机版阅读网址 ("请记住本书首发域名：。九天神皇手机版阅读网址：" 37 times and
  "天才一秒记住本站地址：.。手机版阅读网址：m." 18 times in 《诡秘之主》 of
  xiexie1993/fiction_Secret_Master; "一秒记住域名:""微信关注“优读文学”…" twice in 《妖孽龙皇在都市》),
  when the text has at least ``MIN_TEMPLATE_LINES`` of them; then a line that is only
  "https:"/"http://" (the rest of a stripped address, 22 in 诡秘之主) goes too; and the tail
  "手机用户请浏览阅读，更优质的阅读体验。" (an address between 浏览 and 阅读 allowed) glued to
  ``MIN_TEMPLATE_LINES`` or more places (16 paragraph ends in 诡秘之主, the sentence before kept).
  None of these words is in a book of the precision corpora. Clause ``mobile_address_prompt``
  (session 34): the same template for a mobile site, its address stripped too, a full stop
  left of the sentence it closed or not: "。手机版更新最快网址：m." (18 lines of 诡秘之主's fourth
  part, and 4 "。手机版更新最快网址："), "天才本站地址：。手机版阅址：" (3, its first part),
  "手机用户请访问,否则会出现无法访问的情况" (元气少年, zzk6780051/novel, 5); the same count and
  line length; prose that mentions a phone or a site ("可以手机浏览器输入网址，然后找到元气少年的
  页面") does not open on these words.
* ``posting_stamp_lines`` (session 33): a line that is only a reading site's posting stamp,
  a site's name or not, a time word (更新时间 / 發佈時間 / 更新日期 …), a date in digits (a
  time of day after it or not) and the chapter's word count ("(本章)字数：N"), when the
  text has at least ``MIN_STAMP_LINES`` such lines: "更新时间2009-1-9 9:21:42  字数：1511"
  under each of 梁文道's 38 essays in 《常识》, "手机电子书·飞库网 更新时间:2006-7-24 10:34:00
  本章字数:2089" under 142 chapters of 《唤醒心中的巨人》 (``repeated_stamps`` cut the 98 whose
  words repeat exactly), "书香屋 更新时间:… 本章字数:1175" (《生死疲劳》), 103 in 《祖训》 of
  zzk6780051/novel. The whole line goes, nothing else. A sentence that mentions 更新时间 or
  字数 ("凑字数", "报告的发表时间是1967年。") is no whole stamp line; a lone header
  "#更新日期: 2021/03/13" (no word count) stays.
"""

from __future__ import annotations

import re

from transforms import literal_scan
from transforms.textedit import Edit

RULE = "site_ad"
MARKER_CHARS = 24
MIN_PROMPT_LINES = 3
TEMPLATE_LINE_CHARS = 60
MIN_TEMPLATE_LINES = 2
MIN_STAMP_LINES = 3
STAMP_SITE_CHARS = 12  # a site's name before the stamp ("手机电子书·飞库网")

_MARKER = re.compile(
    r"^[ \t\u3000]*(?:【|\[|[☆★]{2,})[ \t\u3000]*"
    r"([^\n【】\[\]☆★]{0,24}?(?:最新\d{1,4}章(?:正文)?|全文阅读)[ \t\u3000]*(?:开始|结束))"
    r"[ \t\u3000]*(?:\[[\w.]{4,30}\])?(?:】|\]|[☆★]{2,})[ \t\u3000]*(?:\n|$)",
    re.M,
)
_LINK_LINE = re.compile(r"^[^\n]*<a\s+href=\\?[\"']https?://[^\n]*$", re.M | re.I)
_TAG = re.compile(r"<[^<>\n]*>")
_PROMPT = re.compile(r"最新章节|请点击这里|继续浏览|继续阅读|阅读请点击|请关注网址")


_REMEMBER_LINE = re.compile(
    r"^[ \t\u3000]*[。.]?(?:请记住本书首发域名|(?:天才)?一秒记住(?:本站地址|域名)|手机版阅读网址"
    r"|天才本站地址|手机版更新最快网址|手机用户请访问[\w.:/]{0,40}[,，]否则会出现无法访问的情况)"
    r"[^\n]*(?:\n|$)",
    re.M,
)
# clause mobile_address_prompt (session 34): the literals that lead to _REMEMBER_LINE.
# Clause remember_char_led (session 44, cost only): each after one of its characters, the one
# least common in Chinese prose of those tried: a search for one character is 5-10 times
# cheaper than for several on CJK text (0.8-2 ms per million characters each).
_REMEMBER_KEYS = (
    ("秒", "一秒记住"),
    ("记", "请记住本书"),
    ("址", "手机版阅读网址"),
    ("址", "本站地址"),
    ("址", "最快网址"),
    ("访", "手机用户请访问"),
)
_BARE_SCHEME = re.compile(r"^[ \t\u3000]*https?:(?://)?[ \t\u3000]*(?:\n|$)", re.M)
_BROWSE_TAIL = re.compile(r"手机用户请浏览[\w.:/]{0,40}阅读，更优质的阅读体验。")


# clause posting_stamp_lines: [site name] time word, date [time], (本章)字数 N: the whole line
_POSTING_STAMP = re.compile(
    rf"^[ \t\u3000]*(?:[^\s，。！？；：“”「」,.!?;:]{{1,{STAMP_SITE_CHARS}}}[ \t\u3000]+)?"
    r"(?:更新时间|更新時間|更新日期|发布时间|發佈時間|發布時間|发表时间|發表時間)[：:]?[ \t\u3000]*"
    r"[0-9０-９]{2,4}[-/.年－][0-9０-９]{1,2}[-/.月－][0-9０-９]{1,2}日?"
    r"(?:[ \t\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?"
    r"[ \t\u3000]*(?:本章)?字[数數][：:]?[ \t\u3000]*[0-9０-９]{1,7}[ \t\u3000]*(?:\n|$)",
    re.M,
)


def novel_site_prompts(text: str) -> list[Edit]:
    """The cuts of the four clauses."""
    found = download_range_markers(text) + html_link_prompts(text)
    return found + remember_address_lines(text) + posting_stamp_lines(text)


def posting_stamp_lines(text: str) -> list[Edit]:
    """Clause ``posting_stamp_lines`` (module doc)."""
    if not literal_scan.holds(text, "字数") and not literal_scan.holds(text, "字數"):
        return []  # a literal prefilter: every stamp holds the word count
    found = list(_POSTING_STAMP.finditer(text))
    if len(found) < MIN_STAMP_LINES:
        return []
    return [Edit(m.start(), m.end(), "", RULE) for m in found]


def remember_address_lines(text: str) -> list[Edit]:
    """Clause ``remember_address_lines`` (module doc)."""
    cuts = []
    if any(c in text and k in text for c, k in _REMEMBER_KEYS):
        lines = [
            m
            for m in _REMEMBER_LINE.finditer(text)
            if len(m.group().strip()) <= TEMPLATE_LINE_CHARS
        ]
        if len(lines) >= MIN_TEMPLATE_LINES:
            cuts += [Edit(m.start(), m.end(), "", RULE) for m in lines]
            cuts += [Edit(m.start(), m.end(), "", RULE) for m in _BARE_SCHEME.finditer(text)]
    if literal_scan.holds(text, "更优质的阅读体验"):
        tails = list(_BROWSE_TAIL.finditer(text))
        if len(tails) >= MIN_TEMPLATE_LINES:
            cuts += [Edit(m.start(), m.end(), "", RULE) for m in tails]
    return cuts


def download_range_markers(text: str) -> list[Edit]:
    """Clause ``download_range_marker`` (module doc)."""
    if not literal_scan.holds(text, "最新") and not literal_scan.holds(text, "全文阅读"):
        return []
    return [
        Edit(m.start(), m.end(), "", RULE)
        for m in _MARKER.finditer(text)
        if len(m.group(1)) <= MARKER_CHARS
    ]


def html_link_prompts(text: str) -> list[Edit]:
    """Clause ``html_link_prompt`` (module doc)."""
    if not literal_scan.holds(text, "href"):
        return []
    found = [m for m in _LINK_LINE.finditer(text) if _PROMPT.search(_TAG.sub("", m.group()))]
    if len(found) < MIN_PROMPT_LINES:
        return []
    return [Edit(m.start(), min(m.end() + 1, len(text)), "", RULE) for m in found]
