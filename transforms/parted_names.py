"""Rule ``site_ad``, a download site's name parted by marks and woven into sentences
(session 43, branch wtF; ``transforms.promo_lines`` calls it behind its CJK gate).

* ``parted_site_name``: a site's name of two Han characters and 网/網 with marks between
  its characters ("奇#書*网", "奇 -書∧ 網", "[奇+书+网]", "|奇-_-书^_^网|", "奇·书·网"),
  a disguise against search-and-replace, glued into the book's sentences every few pages
  ("…即使名义上是平等的，奇#書*网收集整理但事实上却总存在着不平等…", 方与圆; 70 lines in 14 books of
  the five Chinese mirrors: 货币战争, 社会契约论, 明朝那些事儿, 少年维特的烦恼 ...). No book
  parts a word with "#", "*", "+" or "`": the marks are the stamp's own evidence. With it go
  the credit glued after it, the words 收集整理 / 整理提供 / 电子书下载乐园 parted or not
  ("[奇`书`网`整.理.'提.供]"), and the site's address parted or not ('"奇"书"网-Q'i's'u'u'.'C'o'm"',
  "奇_-_書*-*网-QＩＳuu.ｃＯm"), and the bracket or quotation mark around it when it closes
  right after. The words around close up. Guard ``parted_name_whole`` (a Han character
  and marks right before the two characters, no bracket closing after: the name is longer,
  '“大$学$生@小`说"网”', and stays for ``site_stamp_line``). Guard ``parted_name_marks``: each gap holds a
  mark other than a space (a site name spaced, "书 包 网", is ``site_ads``' with its
  download words; "约翰 · 史密斯" holds no 网).
  Guard ``parted_name_dot`` (session 44): a name parted by "·" or "/" alone goes only
  in a bracket that closes or with a credit or an address ("新·浪·网" in a story stays).
  Sub-clause ``credited_site_name``: the name written plainly ("奇书网") goes only with
  such a credit and an address glued after it ("奇书网Jar电子书下载乐园+ＱiＳuu.Ｃom",
  光荣与梦想, 时间简史; "从互联网收集整理的资料" holds no address and stays);
  "奇书" alone is a word of the books ("天下第一奇书", 剑客行; "武学奇书《九阴真经》") and
  stays, as does a site named in a sentence ("登录银行网站及中国债券信息网（www.chinabond.com.cn）").

Cost: one literal find of 网 and of 網 each, the 20 characters before each hit read.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_M = "[-_*+#$@|^`·'\"∧~.=/\\\\ \u3000－＿＊＋＃｜＾]"  # marks a disguise parts a name with
_PARTED = re.compile(f"(?:[{_HAN}]{_M}{{1,8}}){{2}}\\Z")  # two characters, then 网
_PLAIN = re.compile(f"[{_HAN}]{{2}}\\Z")
_LETTER = "[A-Za-zＡ-Ｚａ-ｚсом○]"  # "с○m": Cyrillic and a circle for the letters
# ends on a letter: a closing mark after it is the bracket's or the quotation's
_ADDRESS = (
    f"(?:{_LETTER}{_M}{{0,2}}){{3,20}}[.．]{_M}{{0,2}}{_LETTER}(?:{_M}{{0,2}}{_LETTER}){{1,2}}"
)
_CREDIT = (
    f"(?:Jar)?电子书下载乐园|收{_M}*集{_M}*整{_M}*理|整{_M}*理{_M}*'?提{_M}*供(?:{_M}*下{_M}*载)?"
)
_TAIL = re.compile(f"(?:{_M}{{0,3}}(?P<credit>{_CREDIT}))?(?:{_M}{{0,4}}(?P<address>{_ADDRESS}))?")
_CLOSE = {"[": "]", "【": "】", "|": "|", '"': '"', "(": ")", "（": "）"}
_MARK = re.compile(_M)
# guard parted_name_whole: a Han character and a gap with a mark right before the match: the
# name is longer ("大$学$生@小`说\"网", 5 characters, session 40's site_stamp_line reads
# it whole, or keeps it as speech); the two characters taken would leave "大$学$生@"
_LONGER = re.compile(f"[{_HAN}](?={_M}*[^\\s{_HAN}]){_M}+\\Z")


_GAP = re.compile(f"[{_HAN}]({_M}+)")
_END = "。！？!?…”」』）)"
_DOTS = set("·・/／ \u3000")
WRAP_CHARS = 20  # a hard-wrapped line's width at least (spaces aside); a heading's is less


def _parted(name: str) -> bool:
    """Guard ``parted_name_marks``: each gap holds a mark other than a space."""
    return all(any(not c.isspace() for c in g) for g in _GAP.findall(name))


def _dotted(parted: re.Match | None) -> bool:
    """Guard ``parted_name_dot`` (session 44): gaps of "·" or "/" alone part names and
    paths in prose ("约·维·斯大林", "特·凡·高"; a made-up "新·浪·网" or "中/国/网" in a story):
    such a name goes only in a bracket that closes or with a credit or an address after it
    (货币战争's "[奇·书·网]", the one such stamp in the 4,467 Chinese texts)."""
    return parted is not None and all(set(g) <= _DOTS for g in _GAP.findall(parted.group()))


def _wrapped_break(text: str, start: int, end: int) -> Edit | None:
    """Clause ``parted_name_wrap``: the stamp cut from a hard-wrapped line leaves it short,
    and unwrapping would read a paragraph's end there ("…航往利格里亚人和" / "高卢人的地区…",
    阿庇安's 罗马史). When the line goes on mid-sentence (no end mark at its end), holds at
    least ``WRAP_CHARS`` characters and the next line is text, its break goes too (a CJK
    wrap joins with nothing between, as unwrapping joins it)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    if b < 0 or b + 1 >= len(text):
        return None
    left = (text[a:start] + text[end:b]).rstrip()
    nxt = text[b + 1 : b + 2]
    if not left or left[-1] in _END or len("".join(text[a:b].split())) < WRAP_CHARS:
        return None
    if not ("\u3400" <= nxt <= "\u9fff" or nxt in "，。、；：！？“”"):
        return None
    return Edit(b, b + 1, "", RULE)


def parted_site_names(text: str) -> list[Edit]:
    """Clause ``parted_site_name`` with ``credited_site_name`` (module doc)."""
    cuts: list[Edit] = []
    for net in ("网", "網"):
        pos = text.find(net)
        while pos >= 0:
            window = text[max(0, pos - 20) : pos]
            parted = _PARTED.search(window)
            tail = _TAIL.match(text, pos + 1)
            start = None
            if parted and _parted(parted.group()):
                start = pos - len(window) + parted.start()
            elif _PLAIN.search(window) and tail.group("credit") and tail.group("address"):
                start = pos - 2
            if start is None:
                pos = text.find(net, pos + 1)
                continue
            end = tail.end() if tail.group("credit") or tail.group("address") else pos + 1
            # marks left glued after the name or the address ("|", '"', "]") when it opened so
            opener = text[start - 1] if start > 0 else ""
            closed = False
            if opener in _CLOSE:
                rest = text[end : end + 6]
                k = rest.find(_CLOSE[opener])
                if k >= 0 and all(_MARK.fullmatch(c) for c in rest[:k]):
                    start, end, closed = start - 1, end + k + 1, True
            if not closed and _LONGER.search(text, max(0, start - 9), start):
                pos = text.find(net, pos + 1)  # guard parted_name_whole
                continue
            # guard parted_name_dot (session 44); quotation marks are not a bracket there:
            # prose quotes a name it cites (guard dotted_name_quoted, session 44)
            bracketed = closed and opener != '"'
            if not (bracketed or tail.group("credit") or tail.group("address")) and _dotted(parted):
                pos = text.find(net, pos + 1)
                continue
            cuts.append(Edit(start, end, "", RULE))
            wrap = _wrapped_break(text, start, end)
            cuts += [wrap] if wrap else []
            pos = text.find(net, end)
    return sorted(set(cuts), key=lambda e: e.start)
