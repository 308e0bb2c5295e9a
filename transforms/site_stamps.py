"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls ``site_stamps`` behind
its CJK gate): a download site's stamp disguised so that the address and name clauses
do not read it (session 37, branch wtF; counts over the five Chinese mirrors in
docs/quality/session-37-wtF.md).

* ``starred_site_name``: a bracket (（）, (), [], 【】, ［］) of at most ``STARRED_CHARS``
  characters whose words are split by stars or "丶" (at least ``MIN_STARS`` of them between
  two characters) and that, the stars taken out, names a site or its upload: "（奇*书*网^.^
  整*理*提*供）" (明朝那些事儿, 经济学原理, 牛奶可乐经济学, 理想国), "(4020电子书.整*理*提*供)"
  (四世同堂), "[*爪丶机*书屋*]" (仙逆). The bracket goes, with the spaces after it (the
  sentence around it stays). Guards ``starred_needs_site_word`` (a bracket of starred
  words with no site word, "（*注*释*）", stays) and ``starred_between_characters`` (stars
  around a word, Markdown's "**重点**", are no split).

* ``full_stop_address``: a host written with a Chinese full stop for its last dot,
  "xiaoshuotxt。com" (将军吟, 沉重的翅膀, 食草家族: the txt小说天堂 stamp), at a line's end
  (other addresses may follow it there: "…扫进垃圾桶去。xiaoshuotxt。comwww.xiaoshuotxt.net").
  It goes through the line's end, with the stamp's words between it and the sentence's end before it when they
  are site words ("小 说t x t-天堂xiaoshuotxt。com"). Guards ``full_stop_line_end`` (Chinese
  words after it on the line) and ``full_stop_site_words`` (the book's words before it stay;
  only the address goes).

* ``glued_mobile_address``: a site's "手机端/手机阅读/手机访问/手机看/手机版" label, a colon and
  an address (the scheme torn or not, "https:/m.x33xs.com/") at a line's end, glued after
  the book's sentence: 我在精神病院学斩神's "…缓缓流淌而下……x33小说更新最快 手机端：https:/m.
  x33xs.com/". The piece from the sentence's end goes. Guards ``mobile_needs_colon_address``
  (the story's "他取出手机看了一眼" has no colon and address), ``mobile_line_end`` and
  ``mobile_site_words`` (the words between the sentence's end and the label are site
  words, at most ``MOBILE_HEAD`` characters).

* ``spaced_site_name`` (review, session 37): txt小说天堂's name written with junk between
  its letters at a line's end, "t.xt`小~说~天~堂", "［t.xt小，说［天堂｝", "＃txt＄！小＠说天＾堂＆",
  "小xiaoshuo说txt天堂" (将军吟, 沉重的翅膀, 黄河东流去, 蛙, 金瓯缺 …: 194 left in the cleaned text
  of the 59 files with a full-stop address, the address cut and the name left). The name
  goes from its first junk character to the line's end (a line of its own with its break);
  the sentence's own end mark before it stays ("…了。……t xt 小 说 天 堂" keeps "……"). Guards
  ``spaced_name_disguised`` (plain "小说天堂" without "txt" before it and with fewer than two
  junk characters inside, a word a story may use, stays; "txt小说天堂" with no junk only at a
  line's start or after a sentence's end) and ``spaced_name_line_end`` (Chinese after it on
  the line: it stays; an address after it goes with it, "t!xt-小说天\\堂www.xiaoshuotxt.net").
  Where an older clause cut a part of the stamp, the part before that cut still goes
  (``before_cuts``). Guard ``spaced_name_own_line``: a name alone on its line (no address
  after it) is left to clause ``stamped_name_line`` (session 34), which asks for the text's
  stamped addresses, or to clause ``repeated_name_lines``, or to clause ``site_stamp_line``
  (session 40, ``transforms.site_name_lines``: a name parted by marks, once).

* ``repeated_name_lines`` (session 38): such names alone on their lines go when
  ``MIN_NAME_LINES`` or more of them stand in the text, a stamped address or not: 蛙 writes
  its address one way (no disguise, so clause ``stamped_name_line`` never ran) and kept 64
  name lines. Over the five Chinese mirrors the names alone on their lines are 143 lines in
  9 books, every one a txt小说天堂 stamp (docs/quality/session-38-wtF.md). The line goes with
  its marks and break. Guards ``name_lines_repeated`` (one or two such lines stay, unless,
  clause ``name_line_site_address`` (session 39), the text carries the site's own address
  "xiaoshuotxt" anywhere, plain or disguised: 命若琴弦's one line goes) and ``name_line_inner_junk`` ("txt" or junk between the letters: "——小说天堂——", marks
  only around a plain name, may be a heading; a plain "小说天堂" line stays by
  ``spaced_name_disguised``) and ``name_line_dialogue`` (review 38: a line opening a quote,
  "“小……说……天……堂……”", is a character's words).

* ``ctext_button_line``: a line made of two or more of the ctext.org page's buttons
  ("打開字典", "顯示相似段落", "顯示更多訊息", in either script), copied with a classic's
  paragraph (說苑). The line goes with its break. Guard ``ctext_two_buttons`` (one such
  word alone on a line is left).

Cost: literal finds ("*", "＊", "丶", "。com"/"。net"/"。org"/"。cn", "手机", "字典"), each hit read
in a window of its line.
"""

from __future__ import annotations

import bisect
import re

from transforms.site_ads import _AD_WORD
from transforms.site_name_lines import site_stamp_lines
from transforms.textedit import Edit

RULE = "site_ad"
STARRED_CHARS = 24
MIN_STARS = 2
MOBILE_HEAD = 20
FULL_STOP_HEAD = 30
MIN_NAME_LINES = 3
_SPACES = " \t\r\u3000"
_STARS = "*＊丶"
_OPEN = "（([【［〔"
_CLOSE = "）)]】］〕"
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_STARRED_SITE = re.compile("网|书屋|书吧|电子书|整理|提供|上传|首发|小说|txt", re.I)
_SITE_WORD = re.compile("小说|天堂|首发|更新|最快|书屋|书城|网|站")
_SENTENCE_END = "。！？!?…”」』"
_FULL_STOP = re.compile(
    r"(?:(?:www|wap|m)[.。、．]\s*)?[A-Za-z0-9-]{2,}(?:[.．][A-Za-z0-9-]+)*。(?:com|net|org|cn)"
    r"(?:(?![a-vx-z])|(?=t[^\w\n]{0,3}[xXｘＸ]))",  # "。nett.xt小说天堂": spaced_site_name's
)
_MOBILE = re.compile(
    r"手机(?:端|阅读|访问|看|版)[^\n:：。！？]{0,8}[:：][ \t]*(?:https?:/{1,2})?"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[\w./?=&%-]*",
    re.I,
)
_JUNK = r"(?:[^\S\n]|[^\w\s\u3400-\u9fff]|_|xiaoshuo|txt){0,3}"
_QUOTES = "“「『‘\"'"
_CLOSING = "。！？…”」』）)》】’]"
_LEAD = rf"(?:[^\S\n]|[^\w\s\u3400-\u9fff{re.escape(_CLOSING)}]|_){{0,3}}"
_SPACED_NAME = re.compile(
    rf"{_LEAD}(?P<txt>[tTｔＴ]{_JUNK}[xXｘＸ]{_JUNK}[tTｔＴ])?(?P<a>{_JUNK})小(?P<b>{_JUNK})说"
    rf"(?P<c>{_JUNK})天(?P<d>{_JUNK})堂(?=[^\n\u3400-\u9fff]*(?:\n|$))"
)
_BUTTONS = re.compile(
    r"[ \t\u3000]*(?:(?:打開字典|打开字典|顯示相似段落|显示相似段落|顯示更多訊息|显示更多讯息)[ \t\u3000]*){2,}"
)


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _starred(text: str) -> list[Edit]:
    """Clause ``starred_site_name`` (module doc)."""
    cuts: list[Edit] = []
    seen: set[int] = set()
    for star in _STARS:
        pos = text.find(star)
        while pos >= 0:
            nxt = text.find(star, pos + 1)
            a = max(text.rfind(c, max(0, pos - STARRED_CHARS), pos) for c in _OPEN)
            if a >= 0 and a not in seen:
                ends = [text.find(c, pos, a + STARRED_CHARS + 2) for c in _CLOSE]
                b = min((e for e in ends if e >= 0), default=-1)
                inside = text[a + 1 : b] if b > 0 else ""
                if inside and "\n" not in inside and not any(c in inside for c in _OPEN + _CLOSE):
                    # guard starred_between_characters: a star between two characters
                    split = sum(
                        1
                        for i, c in enumerate(inside[1:-1], 1)
                        if c in _STARS
                        and inside[i - 1] not in _STARS
                        and inside[i + 1] not in _STARS
                        and not inside[i - 1].isspace()
                        and not inside[i + 1].isspace()
                    )
                    words = "".join(c for c in inside if c not in _STARS)
                    # guard starred_needs_site_word
                    if split >= MIN_STARS and _STARRED_SITE.search(words):
                        end = b + 1
                        while end < len(text) and text[end] in " \u3000":
                            end += 1
                        cuts.append(Edit(a, end, "", RULE))
                        seen.add(a)
            pos = nxt
    return cuts


def _site_head(words: str) -> bool:
    """The words between a sentence's end and a stamp are the stamp's: every Chinese
    character in them is one of a site's words ("x33小说更新最快", "小 说t x t-天堂",
    "txt小＿说天＿堂"); "一九七九年九月改订于北京［t.xt小，说［天堂｝" is the book's date line."""
    han = "".join(_HAN.findall(words))
    return not _AD_WORD.sub("", _SITE_WORD.sub("", han))


def _stamp_start(text: str, a: int, start: int, most: int) -> int:
    """Where the stamp before ``start`` begins: the leftmost sentence end of the line (or
    its start) from which at most ``most`` characters, all a site's words, run to
    ``start`` (the stamp's own marks are passed over: "…上班了”txt!小！说！天.堂www。"); else
    ``start`` itself. A stamp never begins with a sentence mark: "。……x33小说" keeps "……"."""
    for p in range(max(a, start - most), start):
        if (p == a or text[p - 1] in _SENTENCE_END) and text[p] not in _SENTENCE_END:
            if _site_head(text[p:start]):
                return p
    return start


def _full_stop(text: str) -> list[Edit]:
    """Clause ``full_stop_address`` (module doc)."""
    cuts: list[Edit] = []
    for key in ("。com", "。net", "。org", "。cn"):
        pos = text.find(key)
        while pos >= 0:
            a, b = _line(text, pos)
            for m in _FULL_STOP.finditer(text, max(a, pos - 40), min(b, pos + 10)):
                rest = len(text[:b].rstrip(_SPACES))
                # guard full_stop_line_end; clause spaced_site_name's name after the address
                # ("www。xiaoshuotxt。nett.xt`小~说~天~堂") is the stamp's (review, s37)
                if _HAN.search(text, m.end(), b) and not _SPACED_NAME.match(text, m.end(), rest):
                    continue  # (other addresses after it are the stamp's: "。comwww.xiaoshuotxt.net")
                # guard full_stop_site_words: the book's words before it stay
                start = _stamp_start(text, a, m.start(), FULL_STOP_HEAD)
                whole = start == a
                end = b + 1 if whole and b < len(text) else b
                cuts.append(Edit(start, end, "", RULE))
            pos = text.find(key, b)
    return cuts


def _mobile(text: str) -> list[Edit]:
    """Clause ``glued_mobile_address`` (module doc)."""
    cuts: list[Edit] = []
    pos = text.find("手机")
    while pos >= 0:
        a, b = _line(text, pos)
        for m in _MOBILE.finditer(text, pos, b):  # guard mobile_needs_colon_address
            if text[m.end() : b].strip(_SPACES):  # guard mobile_line_end
                continue
            start = _stamp_start(text, a, m.start(), MOBILE_HEAD)
            if start == m.start() and text[a:start].strip(_SPACES):
                if text[start - 1] not in _SENTENCE_END:
                    continue  # guard mobile_site_words: the book's words before the label
            end = b + 1 if start == a and b < len(text) else b
            cuts.append(Edit(start, end, "", RULE))
            break
        pos = text.find("手机", b)
    return cuts


def _buttons(text: str) -> list[Edit]:
    """Clause ``ctext_button_line`` (module doc)."""
    cuts: list[Edit] = []
    for key in ("字典",):
        pos = text.find(key)
        while pos >= 0:
            a, b = _line(text, pos)
            if _BUTTONS.fullmatch(text, a, b):  # guard ctext_two_buttons ({2,})
                cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
            pos = text.find(key, b)
    return cuts


def _spaced_name(text: str) -> list[Edit]:
    """Clause ``spaced_site_name`` (module doc; guard ``spaced_name_line_end`` is the
    pattern's look at the rest of the line: no Chinese, the address an older clause
    cuts may follow, "t!xt-小说天\\堂www.xiaoshuotxt.net"). Read where a "堂" has a "天" just
    before it."""
    cuts: list[Edit] = []
    own: list[Edit] = []
    pos = text.find("堂")
    while pos >= 0:
        a, b = _line(text, pos)
        if "天" not in text[max(a, pos - 12) : pos]:
            pos = text.find("堂", pos + 1)
            continue
        for m in _SPACED_NAME.finditer(text, max(a, pos - 80), b):
            name = text[m.start() : m.end()]
            junk = len(_junk(name))
            head = m.start() == a or text[m.start() - 1] in _SENTENCE_END
            # guard spaced_name_disguised: "小说天堂" / "我常去txt小说天堂" are words
            if junk < 2 and not (m.group("txt") and head) and not re.search("xiaoshuo", name):
                continue
            start = m.start()  # the sentence's end and closing marks are no junk
            while text[start] in _CLOSING:
                start += 1
            rest = text[m.end() : b]
            end = b + 1 if not text[a:start].strip(_SPACES) and b < len(text) else b
            cut = Edit(a if end == b + 1 else start, end, "", RULE)
            # guard spaced_name_own_line: a name alone on its line is clause stamped_name_line's
            # (transforms.watermarks, s34), which asks for the text's stamped addresses, or
            # clause repeated_name_lines' (s38)
            if not re.search(r"\w", text[a:start]) and not re.search("[A-Za-zＡ-Ｚａ-ｚ]", rest):
                # guard name_line_inner_junk: "txt" or junk between its letters, not only
                # marks around the name ("——小说天堂——" may be a heading)
                inner = m.group("txt") or len(_junk(text[m.end("a") : m.end()])) >= 2
                # guard name_line_dialogue (review 38): a line opening a quote is a character's
                # words ("“小……说……天……堂……”"); none of the mirrors' 143 stamps opens one
                if inner and text[a:b].lstrip(_SPACES)[:1] not in _QUOTES:
                    own.append(Edit(a, min(b + 1, len(text)), "", RULE))  # marks, break too
                break
            cuts.append(cut)
            break
        pos = text.find("堂", b)
    # Clause repeated_name_lines (session 38): MIN_NAME_LINES or more such names alone on
    # their lines are the site's stamps, stamped address or not (蛙: 64 lines; guard
    # name_lines_repeated: fewer stay, clause name_line_site_address (s39): unless the text
    # carries the site's own address, "www.xiaoshuotxt.net" in its banners: 命若琴弦's one
    # "　小＿说txt天＿堂　" line).
    if own and (len(own) >= MIN_NAME_LINES or "xiaoshuotxt" in text.lower()):
        return cuts + own
    return cuts


def _junk(name: str) -> str:
    """What is not the name's letters ("小说天堂", "xiaoshuo", "txt")."""
    return re.sub("[\u3400-\u9fff]|xiaoshuo|txt|[tTｔＴxXｘＸ]", "", name, flags=re.I)


def before_cuts(found: list[Edit], cuts: list[Edit]) -> list[Edit]:
    """``found`` less its overlaps with ``cuts``: an edit overlapping a cut keeps its part
    before the first such cut (将军吟's "t!xt-小说天\\堂" before "xt-小说天\\堂www.xiaoshuotxt.net",
    which clause spaced_variant_address cut from its middle); one starting inside a cut
    goes. Kept edits do not overlap each other."""
    kept: list[Edit] = []
    spans = sorted((c.start, c.end) for c in cuts)
    for e in sorted(found, key=lambda e: e.start):
        over = [s for s, t in spans if s < e.end and t > e.start]
        end = min(over, default=e.end)
        if end > e.start:
            kept.append(Edit(e.start, end, e.replacement, e.rule))
            bisect.insort(spans, (e.start, end))
    return kept


def site_stamps(text: str) -> list[Edit]:
    """Clauses ``starred_site_name``, ``full_stop_address``, ``glued_mobile_address``,
    ``ctext_button_line``, ``spaced_site_name`` (module doc) and ``site_stamp_line``
    (``transforms.site_name_lines``, session 40)."""
    found = _starred(text) + _full_stop(text) + _mobile(text) + _buttons(text)
    return found + _spaced_name(text) + site_stamp_lines(text)
