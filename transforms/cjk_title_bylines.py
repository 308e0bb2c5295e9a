"""Clauses of rule ``cjk_title_lines`` (``transforms.cjk_titles``) on candidate lines
that stand alone like titles but belong to the line above them (session 30).

Clause ``byline_under_title``: an author's name set on a line of its own right under a
piece's title (only blank lines between) is the piece's byline, no title: 鲁迅's 呐喊
(tallusil/luxun-novel-analysis, an annotated edition) sets "孔乙己⑴" / "鲁迅" over the
story, 彷徨 "在 酒 楼 上" / "鲁   迅"; both names were sections of their own, and the
story's title headed nothing. The name is two or three ideographs (spaces between them
allowed) opening with one of the common surnames ``SURNAMES``, directly under another
candidate and over text that is no candidate. Clause ``byline_under_title_named_in_text``
(session 30, review): a name that the first sentence of the text under it holds is that
text's subject, no byline: a history's biography titled by its man under the volume's
line (oscarsun72/chtxt 新五代史 set as plain text, "新五代史·卷三十一·周臣傳第十九" / "王朴" /
"王朴字文伯，東平人也。"; 南史's "王弘" / "王弘字休元"): 14 titles of 南史 and 新五代史 were
taken for bylines before. A subtitle directly under a title ("豫序"
under "马上日记", "之一", "苍蝇" under "苍蝇门牙") opens with no surname and stays. Clause
``byline_under_title_not_date`` (session 30, integrator): a date line closing the piece
above ("十三年二月") is no title, so a name under it is the next piece's title, no byline
(周作人文集's "十三年二月" / "马说" / "世有伯乐…": "马说" was dropped; the caller passes the
candidates that are dates).

Clause ``list_run_in_paragraph``: ``MIN_RUN`` or more candidates of at most ``MAX_ITEM_CHARS`` one right under the other (only blank
lines between) under a long line (``PROSE_LINE`` characters or more) that ends in an
ideograph or a digit, no sentence mark, over a text line that ends so too, are the rest
of that line's list, set a line an item: 而已集's 略谈香港 quotes an advertisement line by line, "…三金六十员" / "五金五十员" /
"七金四十员" / "屏条加倍" / "人和旅店主人谨启…", and two of its prices were sections. A
title under the end of a piece sits under a closed sentence, a date or a signature, and
the text under a title and its byline opens with a paragraph that closes. Clause
``byline_surnames_not_japanese`` (session 32): no byline over Japanese text (kana).

Cost: one look at the lines around each candidate.
"""

from __future__ import annotations

import re

PROSE_LINE = 40
MIN_RUN = 2  # clause list_run_in_paragraph: items one under the other ...
MAX_ITEM_CHARS = 6  # ... each short ("七金四十员"; 远华案's "远华案各种审问笔录" is a heading)
# The common Chinese surnames (the first hundred or so of the 2020 census), a byline's
# first character; 过, 苍 and the like, rarer, open words too often.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾"
    "龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文鲁巴冰茅郁闻艾萧"
)
_BYLINE = re.compile("[\u4e00-\u9fff](?: *[\u4e00-\u9fff]){1,2}")
_LIST_END = re.compile("[\u4e00-\u9fff0-9０-９]$")
_SENTENCE = re.compile("[^。！？]{0,40}")  # clause byline_under_title_named_in_text
# Clause byline_surnames_not_japanese (session 32): the surnames are Chinese ones; over
# Japanese text (kana in the line under the name) a two- or three-ideograph line is a
# chapter title, no byline: 林不忘's 煩悩秘文書 (Aozora 000290 1803) sets "白魔" under its
# part line "深山の巻――福面鬼面――" over "「もうよい。これ、もう、揉まずともよいと申すに。」".
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
# Clause byline_surnames_not_japanese_verse (review): only over prose (a closed sentence
# or a PROSE_LINE line); over a verse the short line is the poem's subtitle, kept as the
# byline's text: 北原白秋's 白南風 (000106 52391) sets "唐畫風" under the poem title "鳩"
# over a tanka; taken for a title, it set 鳩 over the next 14 poem titles.
_CLOSED = re.compile(r"[。！？…][」』”’）)]*$")


def _above(texts: list[str], i: int) -> int | None:
    """The nearest text line above line ``i``."""
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)


def _below(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(texts)) if texts[j]), None)


def bylines(texts: list[str], cands: list[int], dates: frozenset[int] = frozenset()) -> set[int]:
    """Clause ``byline_under_title``: the candidates of ``cands`` that are a piece's byline;
    ``dates``: the candidates that are date lines (clause ``byline_under_title_not_date``)."""
    taken = set(cands)
    titles = taken - dates
    out = set()
    for i in cands:
        t = texts[i]
        if not t or t[0] not in SURNAMES or not _BYLINE.fullmatch(t):
            continue
        above, below = _above(texts, i), _below(texts, i)
        if above in titles and below is not None and below not in taken:
            low = texts[below]
            if _KANA.search(low) and (len(low) >= PROSE_LINE or _CLOSED.search(low)):
                continue  # clauses byline_surnames_not_japanese(_verse)
            # Clause byline_under_title_named_in_text: "王朴" over "王朴字文伯，東平人也。"
            if "".join(t.split()) not in _SENTENCE.match(texts[below]).group():
                out.add(i)
    return out


def list_runs(texts: list[str], cands: list[int]) -> set[int]:
    """Clause ``list_run_in_paragraph``: the candidates of ``cands`` that go on the list
    of the long unclosed line above them, one under the other, over an unclosed line."""
    taken = set(cands)
    out: set[int] = set()
    run: list[int] = []
    for i in cands + [-1]:
        above = _above(texts, i) if i >= 0 else None
        if i >= 0 and len(texts[i]) > MAX_ITEM_CHARS:
            above = None  # a heading, no item: it ends any run and starts none
        if run and above == run[-1]:
            run.append(i)
            continue
        below = _below(texts, run[-1]) if run else None
        if len(run) >= MIN_RUN and below is not None and _LIST_END.search(texts[below]):
            out.update(run)
        run = []
        if above is not None and above not in taken and len(texts[above]) >= PROSE_LINE:
            run = [i] if _LIST_END.search(texts[above]) else []
    return out


# Clause title_after_open_clause (session 57): a short line that ends in a comma leaves its
# sentence open, so the candidate right under it (only blank lines between) goes on with it,
# no title: verse set a line a paragraph (hankinghu/literature-books: 周作人文集's 苍蝇 "我诅咒你的
# 全灭，" / "用了人力以外的" / "最黑最黑的魔术的力。"; 悉达多 "在他的生命中，" / "他初次体验到了这迟到的";
# 随想 "一旦失去朋友，" / "最豁达的想法莫如"). A title stands under a closed sentence, a date, a
# heading or nothing; a long line (a paragraph cut at a page's end) is not asked. Review
# (session 57): the verse goes on in short lines (the lines under the three are 10-16
# characters), a title heads its text: a candidate over a long line stays (a piece that
# ends on a comma, "此稿未完，", over the next piece's title "山居" and its prose).
OPEN_LINE_CHARS = 20
_OPEN_END = re.compile(r"[，,]$")


def open_clause_lines(texts: list[str], cands: list[int]) -> set[int]:
    """Clause ``title_after_open_clause``: the candidates of ``cands`` under a short line
    that ends in a comma and over a short line (or nothing)."""
    out = set()
    for i in cands:
        above = _above(texts, i)
        t = texts[above].strip() if above is not None else ""
        below = _below(texts, i)
        under = texts[below] if below is not None else ""
        if len(t) <= OPEN_LINE_CHARS and _OPEN_END.search(t) and len(under) <= OPEN_LINE_CHARS:
            out.add(i)
    return out
