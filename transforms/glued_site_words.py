"""Rule ``site_ad``: a download site's stamp glued to the book's own text (session 47,
branch wtC; ``transforms.promo_lines`` calls ``glued_site_words`` behind its CJK gate).
Survey of the five Chinese mirrors in docs/quality/session-47-wtC.md.

* ``site_address_head``: at a line's start, an address whose host's name is only a
  download site's words with "txt" among them (``site_word_lines._VOCAB``: "xiaoshuotxt"),
  with the site's words before it or none ("小说天堂 ", "TXT小说天堂 "), glued to the book's
  text: 走到人生边上's "小说天堂 www.xiaoshuotxt.net，但人之大欲。" and
  "www.xiaoshuotxt.net了大功，…" (the site wrote its stamp over the first words of a page).
  The stamp and the spaces after it go; the sentence stays. Guard ``site_host_words``: a
  host named otherwise ("www.china.com", "mfg.com一样") or a scheme-less host without
  "www." keeps the address; guard ``site_address_at_head``: only at a line's start (an
  address cited inside a sentence stays).
* ``title_download_tag``: a line that opens with a book's title in 《》 followed by "TXT下载"
  (any case, "全集"/"全本" between), a bracket of a few edition words after it or none,
  then nothing or the author ("作者：…"): the site's name for its file, 林达's
  "《历史深处的忧虑》TXT下载（全本）作者：林达". The tag goes; the title and author stay.
  Guard ``title_tag_line``: a title inside a sentence, or other words after the tag
  ("《三体》txt下载了吗？") keeps the line.
* ``homoglyph_tail``: a line's last word (at most ``TAIL_CHARS`` characters, glued to a Han
  character or a sentence's end) that mixes Cyrillic letters with Latin letters, Han
  characters or brackets: a site's signature written in look-alike letters ("Щщш" for
  "www"), 诡秘之主's "…审视怪物的安德森。[随_梦]е" and "…昏暗多了几分Щщшlā". The word goes.
  Guard ``homoglyph_mixed``: a word of Cyrillic letters alone (a Russian word or name,
  "Распутин"), a Han character after its first Cyrillic letter (斯大林传's initial
  "Б·塔尔通知政治局委员："), a word inside the line, or a word opening with a Han character
  keeps the text; guards ``tail_no_phrase`` and ``tail_russian_word`` (review): two Han
  characters in a row or a clause's mark ("αβ，记作Пx") keep the word, and the word must mix
  scripts inside one run of three letters or more, a Latin look-alike in a Russian word not
  counting ("Щщшlā" goes; "Москвa", "Пa" stay), or glue Cyrillic to a bracket round Han
  ("[随_梦]е" goes; "Ленин(Lenin)", "[Москва]", "【Правда】" stay).
* ``homoglyph_address``: an address whose top-level domain is written with look-alike
  letters mixed with plain ones (a Cyrillic "с", a full-width "ｃ", "○", "ō": "сom", "ｃom",
  "с○m" read as "com"), glued inside a sentence: 奇书网's "奇Qisuu.сom书" (明朝那些事儿,
  时间简史, 世界商道), "[奇Qisuu.ｃom书]" (方与圆, 阿庇安：罗马史), "wrshǚ.сōm". The address goes;
  a bracket around it with at most one Han character either side goes whole; the Han
  characters right before and after it go too where the text holds that same wrapping
  (the same two characters around the same host) ``MIN_WRAPS`` times or more (the site's
  name parted by its address). Guard ``homoglyph_mixed_letters``: an address written in
  plain letters ("www.china.com", "COMEX") or all in full-width letters (a CJK text's own
  way of typing an address) stays; guard ``homoglyph_typed`` (review): an address of plain and
  full-width letters only, begun full-width and switched once ("ｗｗｗ．ｓｉｎａ．ｃom") or
  holding one plain letter, stays.
* ``site_name_before_address`` (session 48, branch wtA): a site's name in Han
  (``SITE_NAME_CHARS`` characters at most, ending in 网/站/书屋/书吧/书城) standing right
  before an address one of the clauses above cuts, spaces between or none, after a
  sentence's end or at a line's start, goes with the address: 走到人生边上's
  "…肚皮已经很大了。五六文学网 wｗw.56ｗen.cｏm" (the address a stamp in look-alike letters: the
  name sits where the stamp is). Guard ``site_name_alone``: a name inside a sentence
  ("我常去五六文学网") or before an address no clause cuts (an author's "新浪网
  www.sina.com") stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from transforms.site_word_lines import _VOCAB
from transforms.textedit import Edit

RULE = "site_ad"
TAIL_CHARS = 12
MIN_WRAPS = 2
_SPACES = " \t\u3000"
# clause site_address_head: site words (marks and spaces between) or none, the address
_ADDRESS_HEAD = re.compile(
    "^[ \t\u3000]*((?:[\\w\u3000 ]{0,12}?[ \t\u3000]*)(?:https?://)?www\\.([a-z]{3,24})"
    "\\.(?:com|net|org|cn)(?![a-z0-9.])[ \t\u3000]*)",
    re.I | re.M,
)
_TITLE_TAG = re.compile(
    "^[ \t\u3000]*《[^《》\n]{1,40}》([ \t\u3000]*txt[ \t\u3000]*(?:全集|全本)?下载"
    "(?:[ \t\u3000]*[（(【\\[][全本集完结整版精校无删减]{1,6}[）)】\\]])?[ \t\u3000]*)"
    "(?=作者|\n|\\Z)",
    re.I | re.M,
)
_CYR = re.compile("[\u0400-\u04ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_OTHER = re.compile("[a-zA-Z\u00c0-\u024f\u4e00-\u9fff\\[\\]【】［］_]")
_TAIL = re.compile(
    "(?<=[\u4e00-\u9fff。！？!?…”」』])([^\\s\u4e00-\u9fff。！？!?…”」』]"
    "[^\\s。！？!?…”」』]{0," + str(TAIL_CHARS - 1) + "})[ \t\u3000]*\\Z"
)


_PHRASE = re.compile("[\u4e00-\u9fff]{2}|[，、；：,;:]")
_RUN = re.compile("[^\\W\\d_]+")
# Cyrillic letters and the Latin letters a Russian word typed in haste borrows ("Москвa")
_CYR_AND_LOOKS = "".join(map(chr, range(0x400, 0x500))) + "aceopxyABCEHKMOPTX"
_HAN_BRACKET = re.compile("[\\[［【(（][^\\]］】)）]*[\u4e00-\u9fff][^\\]］】)）]*[\\]］】)）]")
_WWW = re.compile("[wW][wW][wW]\\.")
SITE_NAME_CHARS = 6
# clause site_name_before_address: after a sentence's end or at a line's start, the name
_NAME_BEFORE = re.compile(
    "(?:(?<=[。！？!?…”」』])|^)([\u4e00-\u9fff]{1,"
    + str(SITE_NAME_CHARS - 1)
    + "}?(?:网|網|站|书屋|書屋|书吧|書吧|书城|書城))[ \t\u3000]*\\Z",
    re.M,
)

_LETTER = "A-Za-z\u00c0-\u024f\u0400-\u04ff\uff21-\uff3a\uff41-\uff5a"
_LOOK_ADDRESS = re.compile(
    f"(?<![{_LETTER}0-9.．])((?:[wWｗＷ]{{3}}[.．。])?[{_LETTER}0-9-]{{2,20}})[.．]"
    f"([{_LETTER}○]{{2,3}})(?![{_LETTER}.．])"
)
_LOOK = str.maketrans(
    {
        **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF5B)},
        "с": "c",
        "С": "c",
        "о": "o",
        "О": "o",
        "○": "o",
        "ō": "o",
        "ó": "o",
        "ò": "o",
        "ǒ": "o",
        "т": "t",
        "е": "e",
        "м": "m",
        "н": "n",
    }
)
_TLDS = ("com", "net", "org", "cn")
_TLD_AT = re.compile(f"[{_LETTER}○]{{2,3}}(?![{_LETTER}.．])")
_BRACKETS = {"[": "]", "［": "］", "【": "】"}


def _look_alike(tld: str) -> bool:
    """Guard ``homoglyph_mixed_letters``: the domain reads as com/net/org/cn once its
    look-alike letters are folded, and mixes plain ASCII letters with look-alike ones."""
    return (
        tld.translate(_LOOK).lower() in _TLDS
        and any(c.isascii() for c in tld)
        and not tld.isascii()
    )


def _typed(address: str) -> bool:
    """Guard ``homoglyph_typed`` (review, session 47): an address whose only look-alikes
    are full-width letters, begun in full-width and switched to plain letters once
    ("ｗｗｗ．ｓｉｎａ．ｃom": a CJK author's input method toggled mid-word), or holding one
    plain letter ("ｗｗｗ．ｓｉｎａ．ｃoｍ": a slip), is the book's own;
    a site's stamp switches back and forth ("wｗw.56ｗen.cｏm", "ＱiＳuu.Ｃom") or starts
    plain ("Qisuu.ｃom", "txt.neｔ")."""
    letters = [c for c in address if c.isalpha()]
    if not all(c.isascii() or "\uff21" <= c <= "\uff5a" for c in letters):
        return False
    wide = [not c.isascii() for c in letters]
    switches = sum(x != y for x, y in zip(wide, wide[1:], strict=False))
    return wide[0] and (switches <= 1 or wide.count(False) == 1)


def _host_key(host: str) -> str:
    """The host folded: look-alike letters, widths and marks over letters ("Qīsuū" -> "qisuu")."""
    folded = unicodedata.normalize("NFKD", host.translate(_LOOK))
    return folded.encode("ascii", "ignore").decode().lower()


def _bracket(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The bracket around text[a:b], at most one Han character either side inside it."""
    for i in (a - 1, a - 2):
        if i < 0 or text[i] not in _BRACKETS or (i < a - 1 and not _HAN.match(text[a - 1])):
            continue
        for j in (b, b + 1):
            if text[j : j + 1] == _BRACKETS[text[i]] and (j == b or _HAN.match(text[b])):
                return i, j + 1
    return None


def homoglyph_addresses(text: str) -> list[Edit]:
    """Clause ``homoglyph_address`` (module doc). Cost: a find of each "." and "．"; the
    address is read only where a look-alike domain follows one."""
    found = []
    for dot in ".．":
        pos = text.find(dot)
        while pos >= 0:
            tld = _TLD_AT.match(text, pos + 1)
            if tld is not None and _look_alike(tld.group()):
                m = _LOOK_ADDRESS.search(text, max(0, pos - 25), tld.end() + 1)
                if m is not None and m.end(2) == tld.end() and not _typed(m.group()):
                    found.append(m)
            pos = text.find(dot, pos + 1)
    wraps: Counter = Counter()
    for m in found:
        wraps[
            text[m.start() - 1 : m.start()], _host_key(m.group(1)), text[m.end() : m.end() + 1]
        ] += 1
    cuts = []
    for m in found:
        a, b = m.start(), m.end()
        span = _bracket(text, a, b)
        if span is None:
            before, after = text[a - 1 : a], text[b : b + 1]
            wrapped = _HAN.match(before) and _HAN.match(after)
            if wrapped and wraps[before, _host_key(m.group(1)), after] >= MIN_WRAPS:
                a, b = a - 1, b + 1
        cuts.append(Edit(*(span or (a, b)), "", RULE))
    return cuts


def _signature_word(word: str) -> bool:
    """Guards ``tail_no_phrase`` and ``tail_russian_word`` (review, session 47): a site's
    signature writes its Han characters one at a time between marks ("[随_梦]е",
    "◢随＊梦◢小＊说Щщш."), so a word with two Han characters in a row or a clause's mark
    ("αβ，记作Пx") is the book's phrase; and it mixes scripts inside one run of letters of
    three or more ("Щщшlā") or glues Cyrillic to a bracket round Han ("[随_梦]е"), so a Russian
    word with its gloss or in brackets ("Ленин(Lenin)", "[Москва]", "【Правда】"), a unit or a
    label ("Пa", "Ж_1") or a Russian word typed with a Latin look-alike ("Москвa") stays."""
    if _PHRASE.search(word):
        return False
    for run in _RUN.findall(word):
        if len(run) >= 3 and _CYR.search(run) and run.strip(_CYR_AND_LOOKS):
            return True
    bracket = _HAN_BRACKET.search(word)
    return bracket is not None and _CYR.search(word[: bracket.start()] + word[bracket.end() :])


def _site_host(prefix: str, host: str) -> bool:
    """Guard ``site_host_words``: the host is only site words, "txt" among them; what
    stands before the address is only site words or nothing."""
    words = re.sub(r"[\W_]+", "", prefix)
    return (
        "txt" in host.lower()
        and _VOCAB.fullmatch(host) is not None
        and (not words or _VOCAB.fullmatch(words) is not None)
    )


def _with_site_names(text: str, cuts: list[Edit]) -> list[Edit]:
    """Clause ``site_name_before_address`` and its guard ``site_name_alone`` (module doc):
    each cut of an address widened over the site's name right before it."""
    out = []
    for e in cuts:
        m = _NAME_BEFORE.search(text, max(0, e.start - SITE_NAME_CHARS - 4), e.start)
        out.append(e if m is None else Edit(m.start(1), e.end, e.replacement, e.rule))
    return out


def glued_site_words(text: str) -> list[Edit]:
    """Clauses ``site_address_head``, ``title_download_tag``, ``homoglyph_address``,
    ``homoglyph_tail``."""
    cuts: list[Edit] = []
    heads = set()  # clause site_address_head, read at the lines where "www." (any case) opens early
    for w in _WWW.finditer(text):
        a = text.rfind("\n", 0, w.start()) + 1
        if w.start() - a <= 40:
            heads.add(a)
    for a in sorted(heads):
        m = _ADDRESS_HEAD.match(text, a)
        if m is None:
            continue
        head = m.group(1)
        prefix = head[: head.lower().index("www.")].lower().replace("http://", "")
        if _site_host(prefix.replace("https://", ""), m.group(2)):
            cuts.append(Edit(m.start(1), m.end(1), "", RULE))
    pos = text.find("》")
    while pos >= 0:  # clause title_download_tag, read where "txt" follows a "》" closely
        if "txt" in text[pos + 1 : pos + 6].lower():
            m = _TITLE_TAG.match(text, text.rfind("\n", 0, pos) + 1)
            if m is not None:
                cuts.append(Edit(m.start(1), m.end(1), "", RULE))
        pos = text.find("》", pos + 1)
    cuts += _with_site_names(text, homoglyph_addresses(text))
    seen = -1
    for c in _CYR.finditer(text):  # clause homoglyph_tail: the lines ending near a Cyrillic letter
        b = text.find("\n", c.start())
        b = len(text) if b < 0 else b
        if b == seen or b - c.start() > TAIL_CHARS + 4:
            continue
        seen = b
        a = max(text.rfind("\n", 0, c.start()) + 1, c.start() - TAIL_CHARS - 1)
        m = _TAIL.search(text, a, b)
        if m is not None and m.end() == b:
            word = m.group(1)
            cyr = _CYR.search(word)
            # guard homoglyph_mixed: not Cyrillic alone; no Han after the first Cyrillic
            # letter (a Russian initial before a name in Han: 斯大林传's "Б·塔尔通知…")
            if (
                cyr
                and _OTHER.search(word)
                and not _HAN.search(word, cyr.start())
                and _signature_word(word)
            ):
                cuts.append(Edit(m.start(1), m.end(), "", RULE))
    return cuts
