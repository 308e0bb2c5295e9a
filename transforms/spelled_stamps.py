"""Rule ``site_ad``, a download site's stamp spelled one character at a time, each character
parted from the next by marks, against search-and-replace (session 45, branch wtF;
``transforms.promo_lines`` calls it behind its CJK gate). Survey of the five Chinese
mirrors in docs/quality/session-45-wtF.md.

* ``spelled_stamp``: Han characters standing alone (no Han character either side), each
  parted from the next by a gap of marks (``GAP`` characters at most, no sentence mark, at
  least one mark other than a space, a digit or a name's "·"), whose characters read
  together hold a site's word (``_WORDS``: 手机, 电子书, 小说, 书屋, 更新, 下载 ...), or whose
  letters, look-alike Greek and Cyrillic ones read as Latin, spell a host ("txt", "www",
  ".com", ".cn"): 仙逆's "…轻声一叹。[最-快-更-新-到-[爪][机][书][屋]]" (最快更新到爪机书屋),
  四世同堂's "…没有受伤。㈣0 ㈡0电|子|书 ④0②0.康.cn", 诡秘之主's "◢随＊梦◢小＊说Щщш."
  and "随-梦- . com", 大唐双龙传's "（八）_ ○_電_芓_書_W_ w_ ω_.Τ_Χ_t_捌_0. c_Ο_Μ". The
  characters go with the marks, letters and digits glued to them on their line, up to a
  sentence mark, a Han word or the line's end; the words around close up.
  Guards: ``spelled_stamp_word`` (the characters read together hold no site word and
  the letters no host: a stutter "我-我-我", a censored word "手-榴-弹", "八-路-军", a
  date's "年3月5日", a name "约·翰" stay); ``spelled_stamp_marks`` (gaps of spaces, digits
  or "·" alone are prose's: "更 新换代", "手 机一直开着", a title spaced out); a site's
  word read across letters is no evidence ("小c说", "小B说": a person's name);
  ``spelled_stamp_outside`` (a character before a bracket a gap opens or after one it
  closes is the sentence's, "要[奇`书`网]圈地球", 货币战争; a quotation mark or a footnote's
  number before the stamp stays); ``spelled_stamp_table`` (a Markdown table's row, a line
  starting with "|", stays); ``spelled_stamp_spoken`` (characters parted by dashes alone,
  with no letter, digit, bracket or other mark around them, are a word spelled out in
  speech: "“小-说-家！”", "更-新-换-代"; no stamp in the mirrors is written so).

* ``parted_stamp_word``: a site's word (电子书, 手机, 小说, 书屋) glued into a sentence with
  a digit or a mark inside it, which no book writes: 雍正王朝's "…不禁大吃一惊。2009w手机电2
  子书网他脱口就说…" (twice). The word goes with the site's words and ASCII letters and
  digits glued to it ("2009w", 手机, 网), not the sentence's characters. Guard
  ``spelled_stamp_spoken`` too: "小-说" parted by a dash alone, nothing glued, stays.

Cost: six one-character finds of the marks (``_SEED_MARKS``; a mark a text holds more
than ``MANY`` times, "-" 31,640 times in 红楼梦's markers and rules, by a search for it
with a Han character after it) and two of 电/電; only the lines holding a mark right
before a Han character are read: ~6 ms of CPU over zh_classics' 1.8 M characters (~0.8%
of its clean), most of it the finds.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
GAP = 24  # characters between two of a stamp's characters at most (大唐双龙传's 17)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_IS_HAN = re.compile(f"[{_HAN}]")
_ALONE = re.compile(f"(?<![{_HAN}])[{_HAN}](?![{_HAN}])")
# sentence marks, quotation marks and brackets of prose: a stamp's gap holds none
_PROSE = set("，。、；：！？“”‘’「」『』《》〈〉（）…—\n\r")
_NOT_MARK = set(" \t\u3000·・")  # guard spelled_stamp_marks (digits too, below)
# the marks right before a stamp's characters, each found alone: a one-character find
# costs ~0.1 ms a million characters, a search for a class of characters ~15 ms; a mark a
# text holds more than MANY times is searched with the Han character after it
_SEED_MARKS = "-_|*[＊"
MANY = 200
_BEFORE_HAN = {m: re.compile(re.escape(m) + f"(?=[{_HAN}])") for m in _SEED_MARKS}
_WORDS = re.compile("手[机機]|[电電]子[书書]|小[说說]|[书書]屋|更新|下[载載]|[书書][网網]|[书書]城")
# look-alike letters a stamp writes for Latin ones (大唐双龙传's "ω", "Τ", "Χ", "Ο", "Μ")
_LOOKALIKE = str.maketrans("ωΤΧΟΜΑΕΝΡτχομаеорсхтмАВЕКМНОРСТХ", "wtxomaenptxomaeopcxtmabekmhopctx")
_HOST = re.compile(r"txt|www|\.(?:com|cn|net|org)(?![a-z])")
_MARKS = "-_|*+#^~=＊＿－｜＋＃＾～＝0-9０-９"
_WORD_PARTS = (("电", "子", "书"), ("電", "子", "書"), ("手", "[机機]"), ("小", "[说說]"))
_WORD_PARTS += (("书", "屋"), ("書", "屋"))  # each begins with one character: a fast search
_PARTED_WORD = re.compile(
    "|".join(f"(?:[{_MARKS}]{{1,3}})?".join(parts) for parts in _WORD_PARTS if len(parts) == 3)
    + "|"
    + "|".join(f"[{_MARKS}]{{1,3}}".join(parts) for parts in _WORD_PARTS if len(parts) == 2)
)
_GLUED_WORDS = "手[机機]|[电電]子[书書]|小[说說]|[书書]屋|[网網]|[A-Za-z0-9]+"
_GLUED = re.compile(_GLUED_WORDS)
_SPOKEN = re.compile(f"[-－~～]*[{_HAN}](?:[-－~～]+[{_HAN}])+[-－~～]*")
_GLUED_END = re.compile(f"(?:{_GLUED_WORDS})\\Z")


def _han(c: str) -> bool:
    return "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff"


def _stamp_gap(gap: str) -> bool:
    """A gap between two of a stamp's characters (guard ``spelled_stamp_marks``)."""
    if not gap or len(gap) > GAP or any(c in _PROSE or _han(c) for c in gap):
        return False
    return any(not (c in _NOT_MARK or c.isdigit() or c.isalpha()) for c in gap)


def _junk(c: str) -> bool:
    return not (_han(c) or c in _PROSE)


_OPEN = "[【〔(（{"
_CLOSE = "]】〕)）}"
_NOTE = "".join(chr(c) for c in range(0x2460, 0x2474))  # ① to ⑳


def _left_end(line: str, start: int) -> int:
    """The stamp's start, over the marks, letters and digits glued before its first
    character; guard ``spelled_stamp_outside``: not over a quotation mark (a speech's
    closing one, '…走人。"仈_○_電', 大唐双龙传), nor a footnote's number right after a
    sentence mark ('牺牲者。②"奇-_-書', 阿庇安's 罗马史)."""
    while start > 0 and _junk(line[start - 1]) and line[start - 1] not in "\"'":
        if line[start - 1] in _NOTE and (start < 2 or line[start - 2] in _PROSE):
            break
        start -= 1
    return start


def _chains(line: str) -> list[list[int]]:
    alone = [m.start() for m in _ALONE.finditer(line)]
    chains: list[list[int]] = []
    for a, b in zip(alone, alone[1:], strict=False):
        gap = line[a + 1 : b]
        # guard spelled_stamp_outside: a character before a bracket the gap opens, or
        # after one it closes, is the sentence's ("要[奇`书`网]圈地球", "文[奇`书`网]件",
        # 货币战争; "活[奇`书`网`整.理.'提.供]得更好", 白鹿原)
        if gap[0] in _OPEN or gap[-1] in _CLOSE:
            continue
        if _stamp_gap(gap):
            if chains and chains[-1][-1] == a:
                chains[-1].append(b)
            else:
                chains.append([a, b])
    return chains


def _evidence(line: str, chain: list[int], start: int, end: int) -> bool:
    """Guard ``spelled_stamp_word``: a site's word read across gaps without letters, or a
    host in the letters (look-alikes read as Latin)."""
    joined = line[chain[0]]
    for a, b in zip(chain, chain[1:], strict=False):
        joined += "|" if any(c.isalpha() for c in line[a + 1 : b]) else ""
        joined += line[b]
    if any(_WORDS.search(part) for part in joined.split("|")):
        return True
    letters = "".join(c for c in line[start:end] if c == "." or (c.isalpha() and not _han(c)))
    return _HOST.search(letters.translate(_LOOKALIKE).lower()) is not None


def _spelled(line: str) -> list[tuple[int, int]]:
    if line.lstrip().startswith("|"):  # guard spelled_stamp_table
        return []
    spans = []
    for chain in _chains(line):
        start, end = _left_end(line, chain[0]), chain[-1] + 1
        while end < len(line) and _junk(line[end]):
            end += 1
        # guard spelled_stamp_spoken: characters parted by dashes alone, nothing else
        # around them, are a speaker's word spelled out ("更-新-换-代", "小-说-家")
        if _SPOKEN.fullmatch(line, start, end) is None and _evidence(line, chain, start, end):
            spans.append((start, end))
    return spans


def _parted_words(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clause ``parted_stamp_word`` on the line ``text[a:b]``: a site's word with a digit
    or a mark inside, with the site's words and ASCII glued to it."""
    spans = []
    for m in _PARTED_WORD.finditer(text, a, b):
        if all(_han(c) for c in m.group()):
            continue  # written whole: a word of the sentence
        start, end = m.span()
        while (g := _GLUED_END.search(text[max(a, start - 16) : start])) is not None:
            start -= len(g.group())
        while (g := _GLUED.match(text, end, b)) is not None:
            end = g.end()
        if _SPOKEN.fullmatch(text, start, end) is None:  # guard spelled_stamp_spoken
            spans.append((start, end))
    return spans


def _seeds(text: str):
    """Where a seed mark stands right before a Han character, and where 电/電 has a digit
    after it ("电2子书": ``parted_stamp_word``'s digits)."""
    for mark in _SEED_MARKS:
        pos, seen = text.find(mark), 0
        while pos >= 0:
            seen += 1
            if seen > MANY:
                yield from (m.start() for m in _BEFORE_HAN[mark].finditer(text, pos))
                break
            if _IS_HAN.match(text, pos + 1):
                yield pos
            pos = text.find(mark, pos + 1)
    for key in "电電":
        pos = text.find(key)
        while pos >= 0:
            if text[pos + 1 : pos + 2].isdigit():
                yield pos
            pos = text.find(key, pos + 1)


def spelled_stamps(text: str) -> list[Edit]:
    """Clauses ``spelled_stamp`` and ``parted_stamp_word`` (module doc)."""
    lines = {text.rfind("\n", 0, at) + 1 for at in _seeds(text)}
    cuts: list[Edit] = []
    for a in sorted(lines):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        spans = [(a + s, a + e) for s, e in _spelled(text[a:b])]
        spans += [
            w
            for w in _parted_words(text, a, b)
            if not any(s <= w[0] and w[1] <= e for s, e in spans)
        ]
        cuts += [Edit(s, e, "", RULE) for s, e in spans]
    return sorted(set(cuts), key=lambda e: e.start)
