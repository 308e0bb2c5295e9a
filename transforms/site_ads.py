"""Rule ``site_ad``: the advertisement lines a Chinese e-book download site
stamps into the TXT files it serves (see ``transforms.boilerplate``).

The sites that collect e-books ("TXT小说") write their name into the text:
a line of its own, repeated every few pages ("书包网 www.bookbao.com",
"书 包 网 txt小说上传分享"), the same words glued to the end of a paragraph
("……发奖金。”书包网 txt小说上传分享"), a declaration under the title lines
("申明:本书由奇书网(Www.Qisuu.Com)自网络收集整理制作,仅供预览交流学习使用,…"),
a bracket inside a sentence ("……说道，“不能救。”[TXT小说下载：www.27xs.com]"),
and the page-template marker "<!--BookContent Start-->" left on a line of its
own. ``web_notice`` cuts notice blocks at the edges and between rule lines; these
stay in the training text without the clauses below.

Every clause needs evidence a book's own words do not give: a link, or a site
name with download words, repeated on the same place of a line (ends) three
times; a link with two download words in a line that only title lines separate
from an edge; a link and a download word inside one short bracket; an HTML
comment line in a text that holds no other markup. A URL in a character's
speech, a book about web sites that names them (with their link, once each, in
sentences), "下载" said by a character, an HTML primer's example comment: kept.
The words are read in Traditional characters too (clause ``traditional_ad_words``,
``transforms.traditional_forms``: "下載", "請訪問", "小說網" as "下载", "请访问", "小说网").

Cost: a ``str.find`` for "<!--", a regex scan for brackets with a link, and a
line scan of the text (the candidates are short lines and short line ends).
"""

from __future__ import annotations

import re
from collections import Counter

from transforms import literal_scan
from transforms.novel_site_marks import novel_site_marks
from transforms.textedit import Edit, lines_from_end
from transforms.traditional_forms import simplified_forms

RULE = "site_ad"
MIN_STAMPS = 3  # copies of one stamp in a text (a site stamps every few pages)
STAMP_CHARS = 40  # a stamp at a line's end, spaces removed
LINE_CHARS = 200  # an advertisement line
EDGE_LINES = 12  # non-blank lines walked from each edge
TITLE_CHARS = 40  # a title line ("《货币战争》全集", "作者：宋鸿兵") under which a notice sits
BRACKET_CHARS = 60

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII, one for one
_LINK = re.compile(
    r"https?://\S|www\.\w|@[\w-]+\.[a-z]{2,}|\w\.(?:com|net|org|cn|cc|info|tw|hk)\b", re.I
)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
# Download-site words ("txt" in any case; the rest Chinese): a line of a book
# needs a link and two of them, or (a line end repeated) one and a site name.
# "txt" of a site ("txt小说", "xiaoshuotxt.net", "www.txtbbs.com"), not a file
# name's extension ("notes.txt"; review clause ad_word_txt_extension)
_TXT = r"(?<!\.)txt|txt(?=[a-z0-9])"
_AD_WORD = re.compile(
    _TXT + r"|电子书|下载|小说网|书网|上传|分享|免费|好书|整理制作|网友|请访问|欢迎访问|"
    r"登陆|登录|本书由|本图书由|仅供|版权|正版|删除|网址|书评|更多|阅读",
    re.I,
)
# The words only a book site writes (review clauses edge_ad_book_words,
# bracketed_ad_book_words): "免费", "下载", "更多", "阅读" also stand in a
# preface's or a note's own sentence ("本书的读者可以免费下载书中的代码，更多内容见
# www.example.com/code。", "[下载地址：www.python.org]").
_BOOK_WORD = re.compile(
    _TXT + r"|电子书|小说网|小说下载|书网|好书|整理制作|本书由|本图书由|仅供", re.I
)
# 书包网, 书 包 网, 飞库网 followed by a space, a link or the line's end; not the
# 网 of a word ("网友", "上网阅读", "互联网免费", "收集于网上": review clause
# stamp_site_name_ends)
# (clause traditional_ad_words, transforms.traditional_forms: 網 as 网)
_SITE_NAME = re.compile("[\u4e00-\u9fff][ \t\u3000]*[网網](?![\u4e00-\u9fff，、；。！？])")
_MAY_NAME_SITE = re.compile("[网網.．@＠]")  # a link or a site name needs one
# What every counted line holds before the width fold: a site name's 网, or a
# link's "@", ".x" or "://" (review clause stamp_candidate_lines: the count
# reads only such lines; an English book's lines end ". " and are skipped)
_CANDIDATE = re.compile(
    r"[网網@＠.．:：](?:(?<=[网網@＠])|(?<=[.．])\w|(?<=[:：])[/／])"
)  # a set first: 5x
_SENTENCE_MARK = re.compile("[。！？!?；;]")
_TAIL_AFTER = "。！？!?”」』…"  # a stamp glued to a paragraph follows one of these
_SPACES = " \t\r\u3000"
_AD_AFTER = "。！？!?）)】」』”"
_BRACKETS = re.compile(r"［[^］\n]{4,60}］|\[[^\]\n]{4,60}\]|【[^】\n]{4,60}】")
_MARKER = re.compile(r"[ \t\u3000]*<!--[^<>\n]{1,60}-->[ \t\r\u3000]*")
_MARKUP = re.compile(r"<[A-Za-z/!?]")


def _norm(s: str) -> str:
    return "".join(s.translate(_FOLD).lower().split())


def _ad_words(s: str) -> int:
    # clause traditional_ad_words: "下載", "請訪問" count as "下载", "请访问"
    return len({m.group().lower() for m in _AD_WORD.finditer(simplified_forms(s))})


def _book_word(s: str) -> bool:
    return _BOOK_WORD.search(simplified_forms(s)) is not None


def site_ads(text: str) -> list[Edit]:
    """The cuts of the four clauses and of ``novel_site_marks`` (may overlap;
    ``find_boilerplate`` merges)."""
    # widths are folded line by line (a whole-text fold costs 7M chars/s); the
    # lines are listed only where a stamp was found, the edges are walked
    # clauses chapter_end_lines, page_turn_notice, repeated_bracketed_link (session 30):
    # transforms.novel_site_marks
    found = repeated_stamps(text) + edge_ad_lines(text) + bracketed_ads(text)
    return found + marker_comments(text) + novel_site_marks(text)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the end before its "\\n" (and "\\r")."""
    out, pos = [], 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _stamp_like(s: str) -> bool:
    """A short string that names a site: a link with a site name ("X网") or a
    download word, or a site name with a download word; no sentence inside."""
    if not _MAY_NAME_SITE.search(s):  # fast: most lines and line ends
        return False
    n = _norm(s)
    if not 4 <= len(n) <= STAMP_CHARS or _SENTENCE_MARK.search(n[:-1]):
        return False
    if not (_SITE_NAME.search(s) or _ad_words(n)):
        return False
    # clause stamp_site_words: a link needs a site's name or a download word
    # with it ("书包网 www.bookbao.com"); "参见 http://www.python.org", a
    # reference a book may end three paragraphs with, has neither
    return bool(_LINK.search(s.translate(_FOLD)) or (_SITE_NAME.search(s) and _ad_words(s)))


def repeated_stamps(text: str, lines=None) -> list[Edit]:
    """Clause repeated_site_stamp: a short site stamp (``_stamp_like``) that
    ends ``MIN_STAMPS`` or more lines of the text, alone on its line or glued
    after a paragraph's last mark ("……陈笛：“……发奖金。”书包网 txt小说上传分享"),
    spaces, widths and case aside ("书 包 网 txt小说上传分享" = "书包网txt小说上传
    分享"), is cut wherever it ends a line; a long line of its own with a link
    and a download word repeated as often likewise ("欢迎访问,零零手机资源网,
    http://www.003g.cn,本站提供手机铃声，…下载，…", 43 times in one book). A
    book's own line ends never carry a link or a download site's name three
    times over; a refrain or a repeated speech has neither."""
    seen: Counter[str] = Counter()
    for a, b in _candidate_lines(text):
        line = text[a:b].strip(_SPACES)
        if not line:
            continue
        cut = max(line.rfind(c) for c in _TAIL_AFTER)
        glued = 0 <= cut < len(line) - 1 and _stamp_like(line[cut + 1 :])
        if glued:
            seen[_norm(line[cut + 1 :])] += 1
        if (len(line) <= 3 * STAMP_CHARS and _stamp_like(line)) or (
            len(line) <= LINE_CHARS
            and not (glued and len(_norm(line[: cut + 1])) > STAMP_CHARS)
            and _MAY_NAME_SITE.search(line)
            and _LINK.search(line.translate(_FOLD))
            and _ad_words(line)
        ):
            # clause glued_stamp_not_line: a paragraph a book repeats ("“杀！杀！
            # 杀！”") with a stamp glued to it counts the stamp, not the line
            seen[_norm(line)] += 1
    # the longest first: "www/xiaoshuotxt.net" before its tail "xiaoshuotxt.net"
    stamps = sorted((s for s, n in seen.items() if n >= MIN_STAMPS), key=len, reverse=True)
    if not stamps:
        return []
    ends = [
        re.compile(r"[ \t\u3000]*".join(map(re.escape, s)) + r"[ \t\r\u3000]*$") for s in stamps
    ]
    lasts = {s[-1] for s in stamps}
    cuts = []
    for a, b in _lines(text) if lines is None else lines:
        if b - a < 4:
            continue
        last = text[a:b].rstrip(_SPACES)[-1:].translate(_FOLD).lower()
        if last not in lasts:
            continue
        low = text[max(a, b - LINE_CHARS - 40) : b].translate(_FOLD).lower()
        for s, rx in zip(stamps, ends, strict=True):
            if s[-1] != last:
                continue
            m = rx.search(low)
            if m:
                start = b - len(low) + m.start()
                while start > a and text[start - 1] in _SPACES:
                    start -= 1
                if start == a or not text[a:start].strip(_SPACES):
                    cuts.append(_line_cut(text, a, b))
                else:
                    cuts.append(Edit(start, b, "", RULE))
                break
    return cuts


def _lines_down(text: str):
    """``_lines`` one at a time from the text's start."""
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, len(text)
            return
        yield pos, nl
        pos = nl + 1


def _candidate_lines(text: str):
    """(start, end) of each line with a ``_CANDIDATE`` match, once, in order."""
    end = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < end:
            continue
        a = text.rfind("\n", 0, m.start()) + 1
        nl = text.find("\n", m.start())
        end = len(text) if nl < 0 else nl
        yield a, end


def _line_cut(text: str, a: int, b: int) -> Edit:
    """A whole line with its line break; the blank lines under it too when a
    blank line is above it (clause ``stamp_keeps_gap``: a stamp under a
    paragraph's last line, over the blank lines that set off the next title,
    leaves those blank lines: 周作人文集's "（1937年8月作，选自《秉烛后谈》）",
    the stamp, three blank lines, " 卖糖")."""
    pos = b + 1 if b < len(text) else b
    above = text.rfind("\n", 0, max(a - 1, 0)) + 1
    if a == 0 or not text[above : a - 1].strip(_SPACES):
        while pos < len(text):
            nl = text.find("\n", pos)
            nxt = len(text) if nl < 0 else nl + 1
            if text[pos:nxt].strip(_SPACES + "\n"):
                break
            pos = nxt
    return Edit(a, pos, "", RULE)


def _title_line(line: str) -> bool:
    """A short line without a sentence mark ("《货币战争》全集", "作者：宋鸿兵",
    "★□■□…★"): what an e-book sets over its site notice."""
    return len(line) <= TITLE_CHARS and not _SENTENCE_MARK.search(line)


def edge_ad_lines(text: str, lines=None) -> list[Edit]:
    """Clause edge_ad_line: a line with a link and two download words ("申明:本书
    由奇书网(Www.Qisuu.Com)自网络收集整理制作,仅供预览交流学习使用,…", "本图书由最新
    TXT小说下载网 www.zxtxt.com 网友为您整理制作") among the first or last
    ``EDGE_LINES`` non-blank lines, with only blank lines, title lines and other
    such lines between it and the edge, is cut (the title lines stay). The walk
    of ``edge_notice`` stops at the title, and it cuts paragraphs: "本图书由
    www.downshu.cn为您整理制作，…" shares its paragraph with the book's blurb."""
    cuts = []
    orders = (_lines_down(text), lines_from_end(text)) if lines is None else (lines, lines[::-1])
    for order in orders:
        walked = 0
        for a, b in order:
            line = text[a:b].strip(_SPACES)
            if not line:
                continue
            walked += 1
            if walked > EDGE_LINES:
                break
            link = _LINK.search(text[a:b].translate(_FOLD)) if len(line) <= LINE_CHARS else None
            start = _ad_start(text, a, a + link.start()) if link else b
            if link and _ad_words(text[start:b]) >= 2 and _book_word(text[start:b]):
                if text[a:start].strip(_SPACES):  # clause glued_edge_ad: the prose stays
                    cuts.append(Edit(start, b, "", RULE))
                    break
                cuts.append(_line_cut(text, a, b))
            elif not _title_line(line):
                break
    return cuts


def _ad_start(text: str, a: int, link: int) -> int:
    """Where the notice around a link starts on its line: after the last
    sentence or bracket close before the link (clause ``glued_edge_ad``: 博赞
    学习技巧's last paragraph "……正如图C所示的那样。免责声明:本书由中华图书目录
    (www.cndmoz.com)网络收集整理制作，…", 黑雨's "（《黑雨》卷终全书完）请记住我们:读啦
    小说网 http://www.du.la/ …"), or at the line's start when the words before
    that are a notice's too."""
    cut = max(text.rfind(c, a, link) for c in _AD_AFTER)
    if cut < 0 or _ad_words(text[a : cut + 1]):
        return a
    return cut + 1


def bracketed_ads(text: str) -> list[Edit]:
    """Clause bracketed_site_ad: a bracket ("[…]", "［…］", "【…】") of at most
    ``BRACKET_CHARS`` characters on one line holding a link and a download word
    ("［517z小说网·www.27xs.com］", "[网罗电子书：www.WRbook.com]", "［奇书网Jar电子
    书下载乐园—ＱiＳuu.Ｃom］") is cut with the spaces before it. A source in
    brackets ("（来源：http://www.freedomtofascism.com）", "[来源：新华网]") has no
    download word; round brackets are a book's own ("中国工商银行（http://www.
    icbc.com.cn），…") and are not read."""
    cuts = []
    for m in _BRACKETS.finditer(text):
        inner = text[m.start() + 1 : m.end() - 1].translate(_FOLD)
        if _LINK.search(inner) and _book_word(inner):
            a = m.start()
            while a > 0 and text[a - 1] in " \t\u3000":
                a -= 1
            cuts.append(Edit(a, m.end(), "", RULE))
    return cuts


def marker_comments(text: str) -> list[Edit]:
    """Clause html_marker_line: a line that is one HTML comment and nothing
    else, the same comment on ``MIN_STAMPS`` or more lines ("<!--BookContent
    Start-->", 37 times in 狼图腾's TXT, a web page's template marker), is cut
    in a text that holds Chinese and fewer other tags than such lines (狼图腾
    keeps one stray "<IMG height=300 src=...>"). An HTML primer's example
    "<!-- 注释 -->" sits among its tags ("<p>", "<html>"), so the primer keeps
    it; a comment inside a line of prose is no line of its own."""
    if not literal_scan.holds(text, "<!--"):
        return []
    spans = []
    pos = text.find("<!--")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        nl = text.find("\n", pos)
        b = len(text) if nl < 0 else nl
        if _MARKER.fullmatch(text, a, b):
            spans.append((a, b))
        pos = text.find("<!--", b)
    same = Counter(_norm(text[a:b]) for a, b in spans)
    spans = [(a, b) for a, b in spans if same[_norm(text[a:b])] >= MIN_STAMPS]
    if not spans or len(_CJK.findall(text[:20000])) < 200:
        return []
    tags, pos = 0, 0
    for a, b in spans + [(len(text), len(text))]:
        tags += len(_MARKUP.findall(text, pos, a))
        pos = b
    if tags >= len(spans):  # markup of its own: an HTML primer, a web page
        return []
    return [_line_cut(text, a, b) for a, b in spans]
