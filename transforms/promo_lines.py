"""Rule ``site_ad`` (``transforms.boilerplate`` calls these with the other site clauses):
a download site's promotion lines and stamps that the older site clauses
(``transforms.site_ads``, ``transforms.source_lines``, ``transforms.watermarks``) leave in
the middle of a book, because they stand once or twice, away from the text's edges
(session 35; survey of the five Chinese mirrors in docs/quality/session-35-wtG.md).

* ``promotion_link_line``: a line of its own, at most ``LINE_CHARS`` characters (spaces
  aside), holding a web address and, besides it, a download site's or a shop's words:
  two of ``site_ads``' ad words or of ``_PROMO`` (更新, 关注, 手机, 小说, 购书, 货到付款,
  免运费 ...), one of them a word a book's own sentence does not use for itself
  (``site_ads``' book words: txt, 电子书, 小说网 ...; or 购书, 货到付款, 免运费, 书屋,
  找小说, 小说下载). "更多更新免费电子书请关注www.abada.cn" (世界营销绝招800例), "卓越网购书
  货到付款 全场免运费 http://www.amazon.cn/?source=…" (麦田里的守望者, 国富论), "更多免费txt
  电子书，欢迎您到www.luo8.com下载" (陆小凤传奇), "注：如果你发现本书未完属于连载更新请到
  http://www.zhuaji.org 获取最新更新TXT……" (仙逆). The line goes with its break.
  Guards: ``promotion_line_alone`` (the address inside a paragraph longer than
  ``LINE_CHARS``: 龙族's "在笔记本上键入网址“www.i-cassell-you.com”。" stays) and
  ``promotion_line_not_prose`` (a sentence mark with more after it, or a quotation mark:
  the book's sentence with a stamp glued to it, 修真高手在都市's "紫月琴一下子就喜欢上了：
  “真好看的东西。(www.mianhuatang.la 棉花糖小说网)”", stays for the stamp clauses) and
  ``promotion_needs_book_word`` (a list of sites a book recommends, "和讯网（http://www.
  homeway.com.cn)，包括财经新闻、和讯投资、理财情报…", 变成有钱人并不难, holds no such word)
  and (review) ``promotion_line_narrated`` (a "他"/"她" of a story's line).

* ``case_variant_address``: one web address written in two or more letter-case spellings,
  three or more times in all ("WWw.dU.LA" and "www.Du.La" glued into 曾国藩全集's
  paragraphs, "HTTp://wwW.16K.cN" / "HTTp://WWW.16K.cN", "wWw.zhuaJi.org" / "wwW.ZhuaJi.oRg"):
  a site's stamp disguised against search-and-replace. Every copy goes (the address
  only: the paragraph it is glued into stays whole). Guards ``case_variant_needs_two``
  (an address in one spelling, "www.Amazon.com" a book names, stays) and
  ``case_variant_irregular`` (one spelling has a label in neither lower, upper nor title
  case: "www.Google.com" beside "www.google.com" stays) and (review)
  ``case_variant_brand`` (only the scheme, "www" and ending are read: "www.eBay.com").

Cost: nothing in a text without CJK characters in its first or middle ``SAMPLE``
characters (guard ``promotion_needs_cjk``); else seven literal finds (``_KEYS``) and the
lines holding one: ~6 ms a million characters (chtxt; the Chinese clean runs ~370 ms).
"""

from __future__ import annotations

import re
from collections import defaultdict

from transforms.chapter_pleas import chapter_pleas
from transforms.glued_site_words import glued_site_words
from transforms.glued_stamps import credit_blocks, repeated_stamps, scan_credits
from transforms.parted_names import parted_site_names
from transforms.search_spam import search_spam
from transforms.site_ads import _AD_WORD, _BOOK_WORD, _LINK
from transforms.site_notices import reader_notices
from transforms.site_page_marks import body_marks
from transforms.site_repeats import site_repeats, tail_anchors
from transforms.site_singles import site_singles
from transforms.site_stamps import before_cuts, site_stamps
from transforms.site_tails import (
    _irregular,
    address_tails,
    bare_address_lines,
    bracketed_book_sites,
    decorated_address_lines,
    spaced_variant_addresses,
)
from transforms.site_torn import torn_site_stamps
from transforms.site_word_lines import site_word_lines
from transforms.spelled_stamps import spelled_stamps
from transforms.textedit import Edit
from transforms.torn_links import torn_links
from transforms.traditional_forms import simplified_forms
from transforms.upload_credit import upload_credit_blocks
from transforms.www_stubs import www_stubs

RULE = "site_ad"
LINE_CHARS = 80
MIN_COPIES = 3
# Literal finds (~0.6 ms a million characters each) that reach "http"/"www" in any case:
# "ttp" (http, Http), "TTp"/"TTP" (HTTp, HTTP), "ww", "WW", "wW", "Ww" (www in any case).
_KEYS = ("ttp", "TTp", "TTP", "ww", "WW", "wW", "Ww")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SAMPLE = 10_000  # the text's start and middle: a Chinese text shows its characters there
_PROMO = re.compile("更新|关注|手机|小说|购书|货到付款|免运费|书屋|下载站")
_SHOP_BOOK = re.compile("购书|货到付款|免运费|书屋|找小说|小说下载|更新最快")
_ADDRESS = re.compile(r"(?:https?://)?(?:www|wap|3g|m|book)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
_SPACES = " \t\r\u3000"
# A sentence mark (or "…") with more after it, or a quotation mark: the line holds a
# sentence of the book ("学生和围观的村民全部惊呼起来……［华夏网·电子书下载乐园—Ｗww.China8.com.cn］",
# 白鹿原; "紫月琴一下子就喜欢上了：“真好看的东西。(www.mianhuatang.la 棉花糖小说网)”").
_URL_TEXT = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./?=&%#~:+_-]*", re.I)  # its "?" is no mark
# An address, a mail address or a site's name ("xxx.com") in a line: the line's length is
# counted without them. Clause own_text_once (session 46, cost only, the same matches): the
# pattern was ``(?:https?://|www\.|[a-z0-9.]+@)[A-Za-z0-9./?=&%#~:+_@-]*|[a-z]+\.[a-z0-9-]+\.
# (?:com|net|org|cn)\b`` (re.I), and its mail and site branches read a run of letters from
# each letter of it (a line of 32,000 "w" by a promotion key: 7.97 s). Each branch's run can
# only end where the run does ("@" or "." is not in it), so a start inside a run whose
# previous character was tried ends as that one did: the branches start only where the
# character before is not of their run. The one start such a look-behind refuses and the
# search had to try is right after a site's name ("a.b.com" + ".x@y": the mail branch from
# its "."), where no character was tried; ``_own_text`` tries it there, and reads a failed
# run once however many site names it holds.
_OWN_TEXT = re.compile(
    r"(?:https?://|www\.|[a-z0-9.](?<![a-z0-9.][a-z0-9.])[a-z0-9.]*+@)[A-Za-z0-9./?=&%#~:+_@-]*"
    r"|(?P<site>[a-z](?<![a-z][a-z])[a-z]*+\.[a-z0-9-]++\.(?:com|net|org|cn)\b)",
    re.I,
)
_MAIL = re.compile(r"[a-z0-9.]++@[A-Za-z0-9./?=&%#~:+_@-]*", re.I)
_MAIL_RUN = re.compile(r"[a-z0-9.]++", re.I)
_PROSE = re.compile("[。！？!?…][^。！？!?.…]|[“”「」]")
# Review clause promotion_line_narrated (session 35): "他"/"她" ("其他" aside) tells of a
# person; a site's line speaks to its reader ("欢迎您到…"), never of him or her (none of
# the 279 lines the clause cuts in the five Chinese mirrors): "他登录www.taobao.com，买了
# 一本电子书。" is a story's line.
_NARRATED = re.compile("(?<!其)[他她]")


def _lines(text: str):
    """(start, end) of each line holding one of ``_KEYS``, once per line, in order."""
    starts: set[int] = set()
    for key in _KEYS:
        pos = text.find(key)
        while pos >= 0:
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            b = len(text) if b < 0 else b
            starts.add(a)
            pos = text.find(key, b)
    for a in sorted(starts):
        b = text.find("\n", a)
        yield a, len(text) if b < 0 else b


def _own_text(line: str) -> list[tuple[int, int]]:
    """Clause ``own_text_once``: the spans the old ``_OWN_TEXT`` pattern's search finds in
    ``line``, in order, each character read a bounded number of times."""
    spans: list[tuple[int, int]] = []
    pos = failed_to = 0  # a mail branch from before ``failed_to`` fails (its run was read)
    while m := _OWN_TEXT.search(line, pos):
        spans.append(m.span())
        pos = m.end()
        if m.group("site") is not None and line.startswith(".", pos) and pos >= failed_to:
            if mail := _MAIL.match(line, pos):
                spans.append(mail.span())
                pos = mail.end()
            else:
                failed_to = _MAIL_RUN.match(line, pos).end()
    return spans


def _own_text_cut(line: str) -> str:
    """``line`` without the spans of ``_own_text``."""
    pieces, pos = [], 0
    for a, b in _own_text(line):
        pieces.append(line[pos:a])
        pos = b
    return "".join(pieces) + line[pos:]


def _promotion(line: str) -> bool:
    """Clause ``promotion_link_line``'s test of one stripped line."""
    # guard promotion_line_alone; clause promotion_length_outside_address (wtG2): the
    # addresses are not counted ("爱下电子书Txt版阅读，下载和分享更多电子书请访问:http://www.
    # ixdzs.com,手机访问:http://m.ixdzs.com,E-mail:support@ixdzs.com", 95 characters)
    if len("".join(_own_text_cut(line).split())) > LINE_CHARS:  # clause own_text_once
        return False
    link = _LINK.search(line)
    if link is None:
        return False
    if _PROSE.search(_URL_TEXT.sub("", line)):  # guard promotion_line_not_prose
        return False
    if _NARRATED.search(line):  # review guard promotion_line_narrated
        return False
    words = simplified_forms(line)
    found = {m.group().lower() for m in _AD_WORD.finditer(words)}
    found |= {m.group() for m in _PROMO.finditer(words)}
    # guard promotion_needs_book_word
    book = _BOOK_WORD.search(words) is not None or _SHOP_BOOK.search(words) is not None
    return len(found) >= 2 and book


def promotion_lines(text: str) -> list[Edit]:
    """Clauses ``promotion_link_line`` and ``case_variant_address``
    (module doc)."""
    middle = len(text) // 2
    if not (_CJK.search(text, 0, SAMPLE) or _CJK.search(text, middle, middle + SAMPLE)):
        return []  # guard promotion_needs_cjk: the sites are Chinese ones; ~0 ms for English
    lines = list(_lines(text))
    # clauses repeated_address_tail, bracketed_book_site, decorated_address_line
    # (transforms.site_tails, wtG2)
    cuts: list[Edit] = address_tails(text, lines) + bracketed_book_sites(text)
    cuts += decorated_address_lines(text, lines)  # clause decorated_address_line (wtG2)
    cuts += torn_links(text, lines)  # clause torn_html_link (transforms.torn_links, s36)
    # clauses download_disclaimer_line, reader_app_promo (transforms.site_notices, s43)
    cuts += reader_notices(text)
    spellings: dict[str, set[str]] = defaultdict(set)
    copies: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in lines:
        line = text[a:b].strip(_SPACES)
        if _promotion(line):
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
            continue
        for m in _ADDRESS.finditer(text, a, b):  # clause case_variant_address
            folded = m.group().lower()
            spellings[folded].add(m.group())
            copies[folded].append(m.span())
    disguised: list[str] = []
    for folded, spans in copies.items():
        written = spellings[folded]
        if (
            len(written) >= 2  # guard case_variant_needs_two
            and len(spans) >= MIN_COPIES
            and any(_irregular(w) for w in written)  # guard case_variant_irregular
        ):
            cuts += [Edit(s, e, "", RULE) for s, e in spans]
            disguised.append(folded)
    if disguised:  # clause spaced_variant_address (transforms.site_tails, s36)
        cuts += spaced_variant_addresses(text, disguised, cuts)
    # clauses starred_site_name, full_stop_address, glued_mobile_address, ctext_button_line
    # (transforms.site_stamps, s37): only the part before an older clause's cut
    # clause bare_address_line (transforms.site_tails, s41), likewise; clauses
    # torn_inline_address, torn_address_line, stamped_host_copy (transforms.site_torn, s42)
    bare = bare_address_lines(text, lines)
    found = bare + torn_site_stamps(text, [text[e.start : e.end].strip() for e in bare])
    cuts += before_cuts(site_stamps(text) + found, cuts)
    # clause parted_site_name (transforms.parted_names, s43): where no older clause cut
    cuts += [e for e in parted_site_names(text) if not any(_overlap(e, c) for c in cuts)]
    # clauses repeated_glued_stamp, uploader_credit_block (transforms.glued_stamps, s44): a
    # copy that overlaps an older cut (雍正王朝's "手2机电子书" before the address an older
    # clause takes) is merged with it by find_boilerplate, so the whole stamp goes
    # clauses spelled_stamp, parted_stamp_word (transforms.spelled_stamps, s45) and
    # scan_credit_line (transforms.glued_stamps, s45): merged likewise with an older cut
    cuts += spelled_stamps(text) + scan_credits(text)
    # clauses site_words_line, site_words_tail (transforms.site_word_lines, s46)
    cuts += site_word_lines(text)
    # clauses site_address_head, title_download_tag, homoglyph_address, homoglyph_tail (s47)
    cuts += glued_site_words(text)
    cuts += search_spam(text)  # clause search_spam_bracket (transforms.search_spam, s49)
    # clauses repeated_site_tail, repeated_site_bracket, remember_address_stamp,
    # repeated_bare_address (transforms.site_repeats, s50)
    anchors = tail_anchors(text)
    cuts += site_repeats(text, lines, anchors)
    # clauses address_parted_name, slashed_address, uploader_contact_line,
    # contact_end_block, bookmark_prompt_line and the single tails (transforms.site_singles, s51)
    cuts += site_singles(text, lines, anchors)
    cuts += upload_credit_blocks(text)  # clause upload_credit_end_block (s52)
    cuts += chapter_pleas(text)  # clauses vote_plea_tail, app_notice_tail (s53)
    cuts += body_marks(text)  # clause body_mark_page_line (transforms.site_page_marks, s54)
    cuts += www_stubs(text)  # clause mixed_www_stub (transforms.www_stubs, s56)
    return cuts + repeated_stamps(text) + credit_blocks(text)


def _overlap(e: Edit, c: Edit) -> bool:
    return e.start < c.end and c.start < e.end
