"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls these behind its CJK
gate): a download site's or an uploader's stamp that stands once or twice in a book, known
by its own shape, not by repetition (session 51, branch wtE; the lines the older clauses
left in the 4,661 Chinese mirror texts, docs/quality/session-51-wtE.md).

* ``address_parted_name``: a site's name of three Han characters (the last 网/網) woven
  with the pieces of its own address, "www", the name in letters and "com", glued into
  the book's sentences: "…但穷人只能呆在那里。奇www书Qisuu网com" (你为什么是穷人, 5 times),
  "——译者www奇Qisuu書com网" (罗马史), or in a bracket "[奇Qisuu.---Com书]". No book writes
  Latin "www" between two Han characters with ".com"'s letters after: the shape is the
  evidence. The stamp goes; the words around close up.

* ``slashed_address``: a web address at a line's end written with slashes for its dots,
  "www/xiaobook/com" (局外人, glued after the last sentence of a page-cut paragraph;
  鼠疫's lines of it alone): "www" first, a top-level name last (com, net, cn, org). A
  path of a file system never ends in "/com". The address goes (a line of it alone with
  its break).

* ``uploader_contact_line``: a line holding a contact number (``_CONTACT``: QQ, 微信,
  微信号, 公众号 + ID, QQ群 and a colon before five or more letters or digits; "QQ" or
  "qq") and an uploader's word (``_UPLOADER``: 整理, 倾情奉献, 小编, 免费电子书, 电子书下载;
  not 上传, which an author writes of his own chapters: review): "本书由
  “行行”整理，如果你不知道读什么书或者想获得更多免费电子书请加小编微信或QQ：491256034 …"
  (悉达多, twice), "辰缘未了 倾情奉献，QQ：11793989" (陆小凤传奇). The line goes with its break.
  An author's own note with his readers' group ("书友群，我在这里再发一下qq：…") holds no
  uploader's word and stays (guard ``contact_needs_uploader``); a character's speech naming
  one stays (guard ``contact_not_speech``, session 53: the contact inside an open quotation
  on its line). Clause
  ``wide_contact_number`` (session 52, wtC): a line with full-width letters or digits
  ("ＱＱ：１１７９３９８９") is read in its NFKC form, so the same contact and block are found.
  ``contact_end_block``: such a line followed, to the text's end, only by short lines
  (at most ``BLOCK_LINE_CHARS`` characters, at most ``BLOCK_LINES`` of them) that hold
  ``BLOCK_CONTACTS`` = 2 contact numbers more (review: one more, an author's line under a
  poem, is not a block): the uploader's end block ("公众号名称：幸福的味道 / 公众号ID：d716-716
  / 小编：行行：微信号：491256034 / “幸福的味道”已提供120个不同类型的书单 / 1、 25岁前一定要读的25本书
  …", 悉达多). It goes to the end. The older ``uploader_credit_block`` needs rule lines
  around a block (guard ``credit_block_framed``): 悉达多's has none, so it stayed.

* ``bookmark_prompt_line``: a line telling the reader to bookmark a site, "Ctrl+D" with
  收藏 and 网站/本站 (龙族5: "大家可以先CTRL+D 把网站收藏起来，龙族5出来后网站会进行更新~").

* ``first_post_tail``: a line's end after its last sentence mark (or the whole line),
  at most ``TAIL_CHARS`` characters, that is a site's "first posted at" stamp, ending in
  "网首发": "…让人很舒服。”久看中文网首发", "…动了怒火。网首发" (元气少年: two spellings, so
  ``site_repeats``' repetition never saw them).

* ``titled_address_tail``: a line's end after its last sentence mark, a book site's name
  (书库, 书屋, 书城, 小说网, 文学网, 中文网, 书网, 小说) and its address in title marks:
  "…饶君已故。天涯在线书库《www.tianyabook.com》" (围城's note, 遥远的救世主). Guard
  ``titled_address_after_end`` (review): between the sentence's end (or the line's start)
  and the name only a date may stand ("资料来源：…书库《…》", a citation, stays); a news
  site's name ("新华网《www.xinhuanet.com》") is no book site's.

* ``site_words_tail``: a line's end after its last sentence mark, at most
  ``WORDS_TAIL_CHARS`` characters, holding two different download-site words
  (``_SITE_WORDS``: txt, 电子书, 书包网, 分享平台, 小说网 ...): "…货币每个月周转1次。3txt电子书分享
  平台 书包网" (宏观经济学). Guard ``site_words_name_a_site`` (review): one of the words
  names a site (``_SITE_NAMES``: 书包网, 分享平台, 小说网, 中文网, 下载站); "TXT电子书解析器",
  a program's own words, stays.

Guards for the tails: ``single_tail_not_cited`` (a 《》“”「」 mark in a tail other than the
address's own title marks: a note citing a magazine stays), the tail must end the line, and
``tail_keeps_note_number`` (digits right after the sentence mark are a footnote's number:
宏观经济学's "…周转1次。3txt电子书分享平台 书包网" keeps its "3", as its "…。4" and "…。6" do).

Cost: the finds ``promo_lines`` and ``site_repeats`` already made (the lines holding
"www"/"http", where "网"/"txt"/"TXT" stand) and seven literal finds ("om", "OM", "QQ", "qq", "微信",
"公众号", "收藏"), each hit's line read (a first version with 18 finds of its own cost 14 ms
on 水浒传, 3 % of its cleaning).
"""

from __future__ import annotations

import re
import unicodedata

from transforms.chapter_pleas import quote_open
from transforms.textedit import Edit

RULE = "site_ad"
TAIL_CHARS = 12
WORDS_TAIL_CHARS = 16
NAME_CHARS = 8
BLOCK_LINE_CHARS = 40
BLOCK_LINES = 40
BLOCK_CONTACTS = 2
_H = "\u3400-\u4dbf\u4e00-\u9fff"
_SPACES = " \t\r\u3000"
_MARKS = "。！？!?…”」』；;"
_PARTED = re.compile(
    f"[{_H}]www[{_H}][A-Za-z]{{2,12}}[网網]com"
    f"|www[{_H}][A-Za-z]{{2,12}}[{_H}]com[网網]"
    f"|[\\[【][{_H}][A-Za-z]{{2,12}}[.\\-*_ ]{{0,5}}com[{_H}][\\]】]",
    re.I,
)
_SLASHED = re.compile(r"(?<![/\w])www/[a-z0-9-]+/(?:com|net|cn|org)/?$", re.I)
_CONTACT = re.compile(
    r"(?:QQ群?|微信号?|公众号(?:ID|id)?)\s*[：:]\s*[A-Za-z0-9][A-Za-z0-9_-]{4,}", re.I
)
_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ]")
_UPLOADER = re.compile("整理|倾情奉献|小编|免费电子书|电子书下载")
_CTRL_D = re.compile(r"ctrl\s*\+\s*d(?![a-z])", re.I)
_TITLED = re.compile(
    r"(?:书库|书屋|书城|(?:小说|文学|中文|书)网|小说)"
    r"《(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?》$",
    re.I,
)
_DATE = re.compile(r"[\d０-９]+[年月日号][\d０-９年月日号]*")
_SITE_WORDS = re.compile("txt|电子书|书包网|分享平台|小说网|中文网|下载站", re.I)
_SITE_NAMES = {"书包网", "分享平台", "小说网", "中文网", "下载站"}
_CITED = re.compile('[《》“”「」"]')
_HAN = re.compile(f"[{_H}]")
_DIGITS = "0123456789０１２３４５６７８９"


def _finds(text: str, words) -> list[int]:
    found: set[int] = set()
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            found.add(pos)
            pos = text.find(word, pos + 1)
    return sorted(found)


def _line(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _whole_line(text: str, a: int, b: int) -> Edit:
    return Edit(a, min(b + 1, len(text)), "", RULE)


def site_singles(text: str, lines=None, anchors: list[int] | None = None) -> list[Edit]:
    """Every clause of the module doc. ``lines``: the (start, end) of the lines holding
    "www"/"http" in any case (``promo_lines``' finds); ``anchors``: where "网", "txt" and
    "TXT" stand (``site_repeats.tail_anchors``); each found here when not given."""
    if lines is None:
        lines = _www_lines(text)
    if anchors is None:
        anchors = _finds(text, ("网", "txt", "TXT"))
    cuts = parted_names(text, lines) + slashed_addresses(text, lines) + contact_lines(text)
    return cuts + bookmark_prompts(text) + single_tails(text, lines, anchors)


def _www_lines(text: str) -> list[tuple[int, int]]:
    return sorted({_line(text, pos) for pos in _finds(text, ("ww", "WW", "wW", "Ww"))})


def parted_names(text: str, lines=None) -> list[Edit]:
    """Clause ``address_parted_name`` (module doc): the shapes with "www" in the lines
    holding it, the bracket's in the lines holding "om"/"OM"."""
    spans = {_line(text, pos) for pos in _finds(text, ("om", "OM"))}
    spans.update(_www_lines(text) if lines is None else lines)
    cuts: list[Edit] = []
    for a, b in sorted(spans):
        cuts += [Edit(m.start(), m.end(), "", RULE) for m in _PARTED.finditer(text, a, b)]
    return cuts


def slashed_addresses(text: str, lines=None) -> list[Edit]:
    """Clause ``slashed_address`` (module doc), in the lines holding "www"."""
    cuts: list[Edit] = []
    for a, b in _www_lines(text) if lines is None else lines:
        pos = text.find("www/", a, b)
        if pos < 0:
            continue
        line_end = a + len(text[a:b].rstrip(_SPACES))
        if not _SLASHED.match(text, pos, line_end):
            continue
        if not text[a:pos].strip(_SPACES):  # the address alone: with its break
            cuts.append(_whole_line(text, a, b))
        else:
            start = pos
            while start > a and text[start - 1] in _SPACES:
                start -= 1
            cuts.append(Edit(start, line_end, "", RULE))
    return cuts


def _wide(line: str) -> str:
    """Clause ``wide_contact_number`` (session 52, wtC): a contact written in full-width
    letters and digits, "ＱＱ：１１７９３９８９", "ＱＱ群：５５０３３８３１５", is read as its
    half-width form (normalize does not fold them); the cut keeps the text's own offsets."""
    return unicodedata.normalize("NFKC", line) if _FULL_WIDTH.search(line) else line


def _uploader(line: str) -> bool:
    line = _wide(line)
    return bool(_CONTACT.search(line) and _UPLOADER.search(line))


def _spoken(line: str) -> bool:
    """Guard ``contact_not_speech`` (session 53, wtC): the contact stands inside a quotation
    opened before it on its line and not closed: a character names a number, "“小编的QQ：…，
    你加一下。”他说。", and the line stays (the NFKC fold keeps the quotation marks)."""
    line = _wide(line)
    m = _CONTACT.search(line)
    return quote_open(line[: m.start()] if m else "")


def contact_lines(text: str) -> list[Edit]:
    """Clauses ``uploader_contact_line`` and ``contact_end_block`` (module doc)."""
    cuts: list[Edit] = []
    done = -1
    for pos in _finds(text, ("QQ", "qq", "ＱＱ", "ｑｑ", "微信", "公众号")):
        if pos < done:
            continue
        a, b = _line(text, pos)
        done = b
        line = text[a:b]
        if not _uploader(line) or _spoken(line):
            continue  # guards contact_needs_uploader, contact_not_speech
        kept = [r.strip(_SPACES) for r in text[b:].split("\n") if r.strip(_SPACES)]
        if (
            kept
            and len(kept) <= BLOCK_LINES
            and all(len(r) <= BLOCK_LINE_CHARS or _uploader(r) for r in kept)
            and sum(len(_CONTACT.findall(_wide(r))) for r in kept) >= BLOCK_CONTACTS
        ):  # clause contact_end_block: the uploader's block to the text's end
            cuts.append(Edit(a, len(text), "", RULE))
            break
        cuts.append(_whole_line(text, a, b))
    return cuts


def bookmark_prompts(text: str) -> list[Edit]:
    """Clause ``bookmark_prompt_line`` (module doc)."""
    cuts: list[Edit] = []
    for pos in _finds(text, ("收藏",)):
        a, b = _line(text, pos)
        line = unicodedata.normalize("NFKC", text[a:b])
        if _CTRL_D.search(line) and "收藏" in line and ("网站" in line or "本站" in line):
            if not cuts or cuts[-1].start != a:
                cuts.append(_whole_line(text, a, b))
    return cuts


def _tail(text: str, a: int, b: int) -> tuple[int, int]:
    """The (start, end) of the line's end after its last sentence mark, spaces aside."""
    end = a + len(text[a:b].rstrip(_SPACES))
    line = text[a:end]
    cut = max(line.rfind(c) for c in _MARKS) + 1
    start = a + cut
    while start < end and text[start] in _SPACES:
        start += 1
    if cut:  # guard tail_keeps_note_number: "…周转1次。3txt电子书…", a footnote's number stays
        while start < end and text[start] in _DIGITS:
            start += 1
    return start, end


def single_tails(text: str, lines=None, anchors: list[int] | None = None) -> list[Edit]:
    """Clauses ``first_post_tail``, ``titled_address_tail`` and ``site_words_tail``
    (module doc): read at "网", "txt", "TXT" (``anchors``) and in the lines holding "www"."""
    if anchors is None:
        anchors = _finds(text, ("网", "txt", "TXT"))
    starts = [a for a, _ in (_www_lines(text) if lines is None else lines)]
    cuts: list[Edit] = []
    seen: set[int] = set()
    for pos in sorted(set(anchors) | set(starts)):
        a, b = _line(text, pos)
        if pos == a and pos in starts:
            pos = max(a, b - 1)  # a "www" line: read its end
        if a in seen or b - pos > 3 * WORDS_TAIL_CHARS:
            continue
        start, end = _tail(text, a, b)
        tail = "".join(unicodedata.normalize("NFKC", text[start:end]).split())
        if not tail or pos < start:
            continue
        hit = False
        if tail.endswith("网首发") and len(tail) <= TAIL_CHARS:  # clause first_post_tail
            hit = not _CITED.search(tail)
        elif _TITLED.search(tail):  # clause titled_address_tail
            hit = not _CITED.search(tail[: tail.rfind("《")])
            name = _site_name_start(text, start, text.rfind("《", start, end))
            # guard titled_address_after_end: only a date between the sentence's end and
            # the site's name ("参考资料：新华网《…》", a citation, stays)
            before = "".join(text[start:name].split())
            hit = hit and (not before or bool(_DATE.fullmatch(before)))
            start = name
        elif len(tail) <= WORDS_TAIL_CHARS and not _CITED.search(tail):
            words = {w.lower() for w in _SITE_WORDS.findall(tail)}
            # clause site_words_tail; guard site_words_name_a_site: one word names a
            # site ("TXT电子书解析器", a program's own words, stays)
            hit = len(words) >= 2 and bool(words & _SITE_NAMES)
        if not hit:
            continue
        seen.add(a)
        if not text[a:start].strip(_SPACES):  # the stamp alone: the line with its break
            cuts.append(_whole_line(text, a, b))
        else:
            cuts.append(Edit(start, end, "", RULE))
    return cuts


def _site_name_start(text: str, start: int, title: int) -> int:
    """Where the site's name before its titled address begins: the Han characters right
    before the title mark, at most ``NAME_CHARS``; after a digit the first is a date's
    unit ("2004年7月3日天涯在线书库《…》", 遥远的救世主: the date stays)."""
    pos = title
    while pos > start and title - pos < NAME_CHARS and _HAN.match(text[pos - 1]):
        pos -= 1
    if pos > start and text[pos - 1].isdigit() and pos < title:
        pos += 1
    return pos
