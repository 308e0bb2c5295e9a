"""Rule ``site_ad``: a download site's stamp made only of the site's words, spaced out or
glued to a heading by a dash, and the edges of a stamp's cut (session 46, branch wtC;
``transforms.promo_lines`` calls ``site_word_lines`` behind its CJK gate,
``transforms.boilerplate`` calls ``stamp_edges`` on the merged cuts). Survey of the five
Chinese mirrors in docs/quality/session-46-wtC.md.

* ``site_words_line``: a line of its own, at most ``LINE_CHARS`` characters, that once its
  spaces and marks are gone is only a site's words (``_VOCAB``: 本书来自, 免费, 小说, 天堂,
  下载站, 电子书, txt, www ...), an ASCII "txt" among them (spaced or not) and a Han
  character: 唐德刚's 袁氏当国 "本书来自 免 费txt小 说下载站", 食草家族's "小 说t x t-天堂txt小
  xiaoshuo说天堂". Spaces alone part prose too ("更 新换代", "把手 机一直开着"): the evidence is
  the "txt" and that nothing but the site's words is left. The line goes with its break.
  Guard ``site_words_only`` (one word that is not the site's, a digit or a Latin word
  other than the site's keeps the line: "我在网上下载txt小说", "txt 格式 小说 目录").
  Guard ``file_or_heading`` (review): a file's name, "txt" as its extension ("小说.txt",
  "输出：三体-小说.txt"), or a Markdown heading ("## 下载 TXT") keeps the line.
* ``site_words_tail``: the same words after a dash ("-", "－", "—", "_", "~") at a line's
  end, after a head holding a Han character: 繁花's "第二十四章-txt小说天堂". The dash and
  the words go; the heading stays. Guard ``site_words_only`` likewise.

* ``torn_scheme`` (``stamp_edges``): a web address's scheme written with full-width or
  mixed letters ("htｔp://") right before a site cut on its line joins the cut: 周作人文集's
  "htｔp://www.xiaoshuotxt.nett.xt`小~说~天~堂" (the watermark clause takes from "www").
* ``stamp_line_break`` (``stamp_edges``): a site cut that takes all of a line's text (a
  stamp on its own line) takes the line's break too, and as many of the blank lines after
  it as stand both before and after it, so the book's paragraph break is left as the book
  had it: 大唐双龙传 ch_048's '…走人。"\\n仈_○_電_耔_書 …\\n\\n三人忙于收拾时' left an empty
  line (two blank lines where the book had one); "A\\n\\nSTAMP\\n\\nB" leaves "A\\n\\nB".
  Guard ``stamp_break_whole_line`` (a cut with text of the line left before or after it,
  a stamp glued to a sentence, takes no break).
* ``cut_line_break`` (session 48, branch wtA): ``stamp_line_break`` reads the whole-line
  cuts of the web-page markup rules too (session 48: ``html_entities.RULES``), and the
  cuts of every rule in a row of whole-line cuts that begins at the text's start. 大唐再起's
  escaped tag alone on its line, "…马州岛。\n\n &lt;tent&gt;\n\n 陈兵…" (49 times), and
  妖孽龙皇在都市's entity-coded stamp line left three blank lines where the book has one;
  and a row of whole-line cuts from the text's start takes every blank line after its last
  (炮打双灯's and 随想's two stamp lines at the text's start left the blank lines after the
  second). Session 49 (branch wtC) widened it to every rule's whole-line deletion
  (``if e.replacement``: only cuts that replace text, page markers' one newline, keep
  their edges): 仙逆's ``web_notice`` cut of a "=====" line beside a site cut, Canoeing in
  the Wilderness' printer's imprint "[The Riverside Press ...]" between "THE END" and
  "FOOTNOTES:" left a run of blank lines longer than the book's own; "whoever cut the
  line, its break goes with it". Over 833 texts (600 Gutenberg/Aozora, 233 mirrors) 10
  change, blank lines only (docs/quality/session-48-wtA.md's review, session-49-wtC.md).

Cost: two one-character finds ("x", "X"), "t x t" read around each; the lines holding one
are read.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
RULES = ("site_ad", "site_watermark")  # the site clauses' cuts stamp_edges reads
LINE_CHARS = 40
NAME_CHARS = 24
_NAME = re.compile("[A-Za-z0-9]{4," + str(NAME_CHARS) + "}")
_TXT = re.compile("t[ \u3000]?x[ \u3000]?t", re.I)
_TXT_MARK = re.compile("(?<![A-Za-z0-9=-])>[ \u3000]*txt[ \t\r\u3000]*\\Z", re.I)
# guard txt_mark_site: a "txt" site's address ("www.xiaoshuotxt.net", "wＷw．xiＡoshＵotxt")
_TXT_HOST = re.compile("[wｗ] ?[wｗ] ?[wｗ].{1,3}[a-zａ-ｚ ]{0,16}?[tｔ] ?[xｘ] ?[tｔ]", re.I)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
# One reading per string (tests/transforms/test_worst_cases_s42.py's audit): the words made
# only of the single characters ("小说", "天堂", "网站", "下载站"'s 站) are not listed again.
_VOCAB = re.compile(
    "(?:本[书書]|来自|來自|免[费費]|下[载載]|[电電]子[书書]|[书書][屋城网網包]"
    "|更多|更新|最快|首[发發]|欢迎|光临|[访訪]问|关注|分享|上[传傳]|平台|[请請]|到|[网網站]"
    "|[小说說天堂]|txt|www|com|net|cn|org|xiaoshuo|tiantang)+",
    re.I,
)
_DROP = re.compile(r"[\W_]+")  # spaces and marks
_DASHES = "-－—_~～"
_SCHEME = re.compile("[hｈＨ][tｔＴ][tｔＴ][pｐＰ][sｓＳ]?[:：][/／][/／][ \u3000]*\\Z", re.I)
_SPACES = " \t\r\u3000"
# guard file_or_heading (review, s46): "txt" as a file's extension, a Markdown heading
_FILE_OR_HEADING = re.compile("\\w[.．]txt(?![a-z])|\\A[ \u3000]*#", re.I)


def _site_words(part: str) -> bool:
    """Guard ``site_words_only``: the part is only the site's words, with "txt" and a Han
    character among them; guard ``file_or_heading``: not a file's name ("三体-小说.txt"), not a
    Markdown heading ("## 下载 TXT")."""
    words = _DROP.sub("", part)
    return (
        _FILE_OR_HEADING.search(part) is None
        and _HAN.search(words) is not None
        and "txt" in words.lower()
        and _VOCAB.fullmatch(words) is not None
    )


def _site_name(text: str, line: str) -> bool:
    """Clause ``site_name_line`` and its guard ``site_name_echo`` (module doc): ``line`` is
    one ASCII word with "txt" in it, written elsewhere in ``text`` as a host after "www"."""
    if _NAME.fullmatch(line) is None or "txt" not in line.lower():
        return False
    host = re.compile("www[.。．:：\\-]" + re.escape(line) + "[.。．?？:：\\-]", re.I)
    return host.search(text) is not None


def _tail(line: str) -> int:
    """Where clause ``site_words_tail`` cuts ``line`` (its dash), or -1."""
    for i, c in enumerate(line):
        # the head is the book's (a heading): were it the site's, the line clause took it
        if c in _DASHES and _HAN.search(line, 0, i) and _site_words(line[i:]):
            return i
    return -1


def _txt_lines(text: str):
    """(start, end) of each line holding "t x t" (any case, a space or none between), in
    order: a one-character find of "x" and "X" (~0.2 ms a million characters; a search of
    the pattern in any case costs ~5 ms), the pattern read around each."""
    starts: set[int] = set()
    for key in "xX":
        pos = text.find(key)
        while pos >= 0:
            if _TXT.search(text, max(0, pos - 2), pos + 3) is not None:
                starts.add(text.rfind("\n", 0, pos) + 1)
            pos = text.find(key, pos + 1)
    for a in sorted(starts):
        b = text.find("\n", a)
        yield a, len(text) if b < 0 else b


def site_word_lines(text: str) -> list[Edit]:
    """Clauses ``site_words_line`` and ``site_words_tail`` (module doc)."""
    cuts: list[Edit] = []
    site = None  # guard txt_mark_site, read once where a mark is found
    for a, b in _txt_lines(text):
        mark = _TXT_MARK.search(text, a, b)  # clause txt_mark_tail
        if mark is not None:
            site = _TXT_HOST.search(text) is not None if site is None else site
            if site:
                whole = not text[a : mark.start()].strip(_SPACES)
                cuts.append(Edit(a if whole else mark.start(), min(b + whole, len(text)), "", RULE))
                continue
        line = text[a:b].strip(_SPACES)
        if not line or len(line) > LINE_CHARS:
            continue
        if _site_words(line) or _site_name(text, line):  # clauses site_words_line, site_name_line
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
            continue
        at = _tail(line)  # clause site_words_tail
        if at > 0:
            start = a + text[a:b].index(line) + at
            cuts.append(Edit(start, start + len(line) - at, "", RULE))
    return cuts


def _blank_lines(text: str, pos: int, step: int) -> list[int]:
    """The ends (step 1) or starts (step -1) of the blank lines next to ``pos``, a line's
    start; each a position in ``text``."""
    found = []
    while True:
        if step > 0:
            end = text.find("\n", pos)
            if end < 0 or text[pos:end].strip(_SPACES):
                return found
            pos = end + 1
            found.append(pos)
        else:
            if pos == 0:
                return found
            start = text.rfind("\n", 0, pos - 1) + 1
            if text[start : pos - 1].strip(_SPACES):
                return found
            pos = start
            found.append(pos)


def stamp_edges(text: str, cuts: list[Edit]) -> list[Edit]:
    """Clauses ``torn_scheme`` (the site clauses' cuts, ``RULES``) and ``stamp_line_break``
    on the merged cuts (sorted, not overlapping); every rule's whole-line deletion takes its
    break (clause ``cut_line_break``, widened in session 49); a cut that replaces text stays."""
    out: list[Edit] = []
    chain_end, chain_kept = -1, 0  # the last whole-line cut's end, blank lines kept before it
    for i, e in enumerate(cuts):
        if e.replacement:  # clause cut_line_break: any rule's deletion, no replacement
            out.append(e)
            continue
        low = out[-1].end if out else 0
        start, end = e.start, e.end
        a = text.rfind("\n", 0, start) + 1
        if e.rule in RULES:  # clause torn_scheme
            scheme = _SCHEME.search(text, max(a, low, start - 16), start)
            start = start if scheme is None else scheme.start()
        # clause stamp_line_break; guard stamp_break_whole_line
        head = text[a:start].strip(_SPACES)
        b = text.find("\n", end - 1 if end > a else end)
        whole = not head and b >= 0 and not text[end:b].strip(_SPACES) and a >= low
        if whole:
            high = cuts[i + 1].start if i + 1 < len(cuts) else len(text)
            found = [p for p in _blank_lines(text, a, -1) if p >= low]
            before = len(found)
            first = found[-1] if found else a
            in_row = first == low and low == chain_end  # stamp lines in a row
            # at the text's start no paragraph is parted: every blank line after goes (a
            # row of whole-line cuts from the start likewise: chain_kept < 0)
            opening = first == 0 or (in_row and chain_kept < 0)
            if in_row and not opening:
                before += chain_kept  # the blank lines before the row's first
            after = _blank_lines(text, b + 1, 1)
            take = len(after) if opening else min(before, len(after))
            new_end = after[take - 1] if take else b + 1
            end = max(end, min(new_end, high))
            chain_end, chain_kept = end, -1 if opening else before
        out.append(
            Edit(start, end, e.replacement, e.rule) if (start, end) != (e.start, e.end) else e
        )
    return out
