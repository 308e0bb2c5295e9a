"""Rule ``site_ad``, clause ``site_stamp_line`` (session 40, branch wtF;
``transforms.site_stamps.site_stamps`` calls it behind ``promo_lines``' CJK gate): a
download site's name stamped once on a line of its own, its characters parted so that a
search-and-replace misses it, with or without the site's address after it. 大唐双龙传's
chapters carry "八_零_电_子_书 _w_w_w_.t_x_t_8_0._c_o_m" once each, in eight disguises
("八！零！电！子！书 ！w！w！w！！t！x！t！8！0！.！c！o！m", "8`○` 電` 耔` 書 ω ω w . Τ``X``Τ ` 捌`零` .
C`O`M"), two others "奇 书 网 w w w . q i s u w a n g . c o m" and 宝书网's; 务虚笔记, 英雄时代, 性心理学 and
以前的事 "大$学$生@小`说"网" and its kin once or twice (the older clauses,
``transforms.watermarks``' ``stamped_name_line`` and ``site_stamps``' ``repeated_name_lines``,
need three copies or the site's address elsewhere in the text).

The line, its spaces and marks aside, reads a site's name (``MIN_NAME``-``MAX_NAME`` Han
characters ending on a site's word: 网, 书, 书库, 吧, 天堂 ...; or holding 小说 with "txt"
among its letters, txt小说天堂's "小/说.t/xt.天+") and then, optionally, a web address
("www" ... com/net/org/cn; full-width, Greek look-alikes and Han numerals read as the
letters and digits they stand for: "ω ω w", "Τ``X``Τ", "捌`零`"). The line goes with its
break. Guards:

* ``stamp_name_parted``: the name's characters are parted (something between them) in
  at least ``MIN_PARTED`` places and in half of them: "书包网 www.bookbao.com" or a list's
  "和讯网 www.homeway.com.cn" written whole is no disguise (the repeated-stamp clauses
  read those);
* ``stamp_marks_without_address``: with no address on the line, one of the partings
  holds a mark prose does not put between two characters (not a space, and not one of
  ``_PROSE``' marks alone: "$", "`", "'", "_", "+", a letter, or two different marks
  "，“，"). A title spaced out, "无 字 天 书", "读 书 网", stays;
* ``stamp_line_not_speech``: a line opening with a quotation mark, ending on an ASCII
  '"' or opening one after a colon is a character's words: 将军吟's "“开车！”" with a stamp
  glued, and stammered words as 古龙's mirror texts type them, '宝玉道："书，书......"' (their
  "......" and '"' are no prose marks here) (session 40 review);
* ``stamp_line_not_heading``: a line opening "第 … 章/回/节/卷/部/集/篇/幕" is a chapter's
  heading, "第 九 回 - 天堂" (a hyphen is a stamp's mark) (session 40 review);
* ``stamp_line_not_prose``: a line ending a sentence ("。", "？", a closing quote) or holding
  a bracket is the book's: 盛雪's "问：李x x还在「专案组」吧？" (its 吧 no site's word either),
  沉重的翅膀's "（完）" with txt小说天堂's stamp glued after it (the older clauses cut the stamp);
* ``stamp_line_not_japanese``: a line holding kana (or Hangul) is a Japanese (Korean)
  sentence, its kana between the kanji: "私の覚え書", "かう短かく単純に走り書して" (Aozora
  Bunko; a Chinese stamp holds none);
* ``stamp_line_lead``: at most ``LEAD_CHARS`` characters before the name: 金瓯缺's rule of
  dashes over its notes, "——————…t/x/t小.说。天.堂wwＷ、xiaoshuotxt.net", and 冬天里的春天's
  "……**t*xt*小*说*天*堂…" keep what the older clauses leave ("——…", "……").

Clause ``interleaved_site_stamp`` (session 41): a site's name and its address woven into
one another and glued into the book's line, "ｗωｗ奇Qìsuu書còm网" (奇书网, www.qisuu.com) in
方与圆, 明朝那些事儿, 阿庇安's 罗马史 ("——英译者www奇Qisuu書com网") and four other books: a
disguised "www", then Han characters, the host's letters, Han characters, the top-level
domain's letters (accents aside: com, net, org, cn) and the name's last characters, ending
on a site's word (网, 书, 站). Only that span goes; the sentence around it stays. Guards
``interleaved_needs_www`` (the "www" stands right before the name) and
``interleaved_name_ends_site`` (review: the name's last characters, ending on the site's
word, follow the domain's letters at once, as in all 17 of the mirrors' copies; read
anywhere in the name before, it let a computer book's "支持WWW和FTP网站Netscape浏览器" lose
"WWW和FTP网站Net").

Cost (session 41, clause ``site_stamp_scan``): one forward scan of the line ends (a regex
on the literal "\n", no reversed copy of the text). Two fixed-width look-behinds come
first: a line whose last character (one space before the break looked through) is a Han
character that ends no site's name, or a mark ``_stamp_line`` turns away at the end
(``_LINE_END``, '"', a bracket), is passed over at once (83% of zh_classics' 56,000
lines); the rest are read back for a site's word with at most four other characters
after it. Literal finds of "w" (either width, and omega) with a match where one stands.
Only the short lines they hit are read, first for two partings between Han characters; a
line holding no "w" of any kind skips the address fold. The lines cut are session 40's
(its scan of a reversed copy found more candidates, which ``_stamp_line`` turned away;
every mirror file's cuts equal), at two thirds of its cost: 6.6 ms over zh_classics' 1.8
M characters, was 9.6 ms.
"""

from __future__ import annotations

import re
import unicodedata

from transforms.textedit import Edit

RULE = "site_ad"
LINE_CHARS = 60
LEAD_CHARS = 6  # marks before the name ("8`○` 電"): a rule of dashes is the book's
MIN_NAME = 2
MAX_NAME = 8
MIN_PARTED = 2
MAX_LETTERS = 12  # junk letters inside a name ("小xiaoshuo说txt天堂": 11)
_SPACES = " \t\r\u3000"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_QUOTES = "“「『‘\"'"
# Marks a sentence may put between two characters; alone, a parting of these is no stamp.
_PROSE = set("，、。！？；：…—–·・“”‘’《》〈〉（）()「」『』【】〔〕［］")
# A site's word ends the name; "吧", "阁", "城" alone end sentences and places ("…吧？").
_SITE_END = re.compile(
    "(?:网|網|站|书|書|库|庫|书屋|書屋|书吧|書吧|书阁|書閣|书城|書城|天堂|文学|文學)$"
)
_BRACKETS = set("（）()【】《》〈〉「」『』［］〔〕[]")
_LINE_END = "。！？…”」』"
_KANA = re.compile("[\u3040-\u30ff\uac00-\ud7af]")  # and Hangul
# Guard stamp_line_not_speech: words opened after a colon ('宝玉道："书，书......"', ASCII
# quotes as 古龙's mirror texts type them) and guard stamp_line_not_heading: a chapter
# heading ("第 九 回 - 天堂"); a stamp holds neither.
_SPEECH = re.compile('[：:]["“「『]')
_HEADING = re.compile(r"第[\s〇零一二三四五六七八九十百千两\d]+[章回节節卷部集篇幕]")
_HAN_CHAR = re.compile(f"[{_HAN}]")
# Partings between Han characters: guard stamp_name_parted needs MIN_PARTED of them in the
# name, so a line with fewer is read no further (most candidates; the address is costlier).
_PARTING = re.compile(f"[{_HAN}][^{_HAN}]+(?=[{_HAN}])")
_TXT_NAME = re.compile("小[说說]")
# More Han characters than a name holds (the prose lines the end scan finds), read no further
# than the one past MAX_NAME.
_OVER_NAME = re.compile(f"(?:[^{_HAN}]*[{_HAN}]){{{MAX_NAME + 1}}}")
# Where a stamp may stand: a disguised "www" (Greek omega too), or a site's word with at
# most a few marks or letters before the line's end.
_WWW = re.compile(r"[wWＷｗωΩ](?:[^\w\n]|_){0,3}[wWＷｗωΩ](?:[^\w\n]|_){0,3}[wWＷｗωΩ]")
# Clause site_stamp_scan (session 41): the line ends where a site's word may stand, read
# forward from each "\n". "天" ends txt小说天堂's name only with a mark after it (tested on
# the match).
_SITE_CHARS = "".join(sorted("网網站书書库庫屋吧阁閣城堂学學天"))
_STARTS = [0x4E00] + [ord(c) + 1 for c in _SITE_CHARS]
_ENDS = [ord(c) - 1 for c in _SITE_CHARS] + [0x9FFF]
# the Han ranges less the site's words, as one class
_OTHER_HAN = "\u3400-\u4dbf" + "".join(
    f"{chr(a)}-{chr(b)}" for a, b in zip(_STARTS, _ENDS, strict=True) if a <= b
)
# what a candidate line may not end on: another Han character, or what _stamp_line turns
# away at a line's end (_LINE_END, '"', a bracket anywhere); a space before the "\n" is
# looked through once
_TURNED_AT_END = _LINE_END + '"' + "".join(sorted(_BRACKETS))
_NOT_END = f"[{_OTHER_HAN}{re.escape(_TURNED_AT_END)}\n]"
_END_WORD = re.compile(
    rf"\n(?<!{_NOT_END}\n)(?<!{_NOT_END}[{_SPACES}]\n)(?:"
    + "|".join(rf"(?<=([{_SITE_CHARS}])[^{_HAN}\n]{{{k}}}\n)" for k in range(5))
    + ")"
)
_END_TAIL = re.compile(rf"([{_SITE_CHARS}])[^{_HAN}\n]{{0,4}}\Z")  # the last line, unbroken
# Clause interleaved_site_stamp: www, name, host, name, domain, name (guard
# interleaved_name_ends_site: the last part, ending on a site's word, after the domain).
_INTERLEAVED = re.compile(
    f"[wWｗＷωΩ]{{3}}([{_HAN}]{{1,3}})[A-Za-z\u00c0-\u024f]{{2,16}}([{_HAN}]{{1,3}})"
    f"([A-Za-z\u00c0-\u024f]{{2,3}})([{_HAN}]{{0,2}}?[网網站书書])"
)
_DOMAINS = ("com", "net", "org", "cn")
_W_LIKE = frozenset("wWＷｗωΩ\u2126")  # what folds to "w" (the ohm sign lowers to omega)
# Look-alikes a stamp writes its address with (Greek letters), and Han numerals.
_LOOK = str.maketrans(
    "ωΩΤτΧχΟοΑαΒΕΗΙΚΜΝΡΥΖνρ" + "零〇○一壹二贰貳三叁參四肆五伍六陆陸七柒八捌九玖",
    "wwttxxooaabehikmnpyzvp" + "000112223334455666778899",
)
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII, one for one
_ADDRESS = re.compile(r"(?:https?)?www[a-z0-9]{2,30}(?:com|net|org|cn|cc)(?:cn)?")


def _address_start(line: str) -> int | None:
    """Where the web address that ends ``line`` starts (its first "w" or "h"), read with
    every mark and space taken out and look-alikes folded; None when it ends on none."""
    keep = [(i, c) for i, c in enumerate(line.translate(_FOLD)) if c.isalnum()]
    folded = "".join(c for _, c in keep).lower().translate(_LOOK)
    for m in _ADDRESS.finditer(folded):
        if m.end() == len(folded):
            # Han numerals after the name fold to digits: the name ends at the address
            return keep[m.start()][0]
    return None


def _stamp_line(line: str) -> bool:
    """Clause ``site_stamp_line``'s test of one line (its edge spaces stripped)."""
    if not 4 <= len(line) <= LINE_CHARS or line[0] in _QUOTES:  # guard stamp_line_not_speech
        return False
    if line[-1] in _LINE_END or _BRACKETS.intersection(line):  # guard stamp_line_not_prose
        return False
    if len(_PARTING.findall(line)) < MIN_PARTED:  # as stamp_name_parted: the name is a part
        return False
    if line[-1] == '"' or _SPEECH.search(line) or _HEADING.match(line):
        return False  # guards stamp_line_not_speech, stamp_line_not_heading
    if _KANA.search(line):  # guard stamp_line_not_japanese: kana between kanji are words
        return False
    # (an address is "www" folded: a line without a "w" of any kind holds none)
    start = None if _W_LIKE.isdisjoint(line) else _address_start(line)
    head = line if start is None else line[:start]
    if _OVER_NAME.match(head):  # as below: at most MAX_NAME Han characters
        return False
    han = [m.start() for m in _HAN_CHAR.finditer(head)]
    if not MIN_NAME <= len(han) <= MAX_NAME or han[0] > LEAD_CHARS:  # guard stamp_line_lead
        return False
    name = "".join(head[i] for i in han)
    gaps = [head[i + 1 : j] for i, j in zip(han, han[1:], strict=False)]
    rest = head[: han[0]] + head[han[-1] + 1 :] + "".join(gaps)
    letters = sum(c.isalpha() for c in rest)
    if letters > MAX_LETTERS or any(c.isdigit() for c in head[han[0] :]):
        return False
    txt = re.search("t[^a-z]*x[^a-z]*t", rest.lower()) is not None
    if not (_SITE_END.search(name) or (_TXT_NAME.search(name) and txt)):
        return False
    parted = [g for g in gaps if g]
    if len(parted) < MIN_PARTED or 2 * len(parted) < len(gaps):  # guard stamp_name_parted
        return False
    if start is not None:
        return True
    # guard stamp_marks_without_address
    return any(
        any(c not in _PROSE and c not in _SPACES for c in g) or len(set(g) - set(_SPACES)) >= 2
        for g in parted
    )


def site_stamp_lines(text: str) -> list[Edit]:
    """Clause ``site_stamp_line`` (module doc): each such line, with its break."""
    starts: set[int] = set()
    spans: set[tuple[int, int]] = set()  # clause interleaved_site_stamp
    for key in "wWＷｗωΩ":  # literal finds: a Chinese text holds few (a regex scan: 3x the time)
        pos = text.find(key)
        while pos >= 0:
            if _WWW.match(text, pos):
                starts.add(text.rfind("\n", 0, pos) + 1)
                woven = _interleaved(text, pos)
                if woven:
                    spans.add(woven)
            pos = text.find(key, pos + 1)
    ends = list(_END_WORD.finditer(text))
    tail = _END_TAIL.search(text, max(0, len(text) - 5))
    for m in ends + ([tail] if tail else []):
        i = m.start(m.lastindex)  # the site's word
        if text[i] == "天" and (i + 1 == len(text) or text[i + 1].isspace()):
            continue
        starts.add(text.rfind("\n", 0, i) + 1)
    cuts: list[Edit] = []
    for a in sorted(starts):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if b - a <= LINE_CHARS + 8 and _stamp_line(text[a:b].strip(_SPACES)):
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
    # a woven stamp inside a line this clause cuts whole goes with that line
    inside = {(a, b) for a, b in spans if any(c.start <= a < c.end for c in cuts)}
    return cuts + [Edit(a, b, "", RULE) for a, b in sorted(spans - inside)]


def _interleaved(text: str, pos: int) -> tuple[int, int] | None:
    """Clause ``interleaved_site_stamp`` (module doc): the span of the stamp at ``pos``."""
    m = _INTERLEAVED.match(text, pos)
    if m is None:
        return None
    domain = "".join(
        c for c in unicodedata.normalize("NFKD", m.group(3)) if not unicodedata.combining(c)
    )
    if domain.lower() not in _DOMAINS:
        return None
    return m.span()
