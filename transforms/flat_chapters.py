"""Chinese books that lost every line break (session 49), read by ``transforms.normalize``
before it collapses runs of spaces. Named clauses (tests in
``tests/transforms/test_flat_chapters_wtA_s49.py``):

* ``flat_chapter_breaks``: a line of at least ``FLAT_LINE`` characters (beyond a book's
  paragraph: 88 of the 25,536 files we hold have a line of 5,000 characters or more; the
  rule changes only the six flat books among them) that holds at least ``MIN_HEADINGS``
  numbered headings 第N回 / 第N章 / 第N卷 /
  第N節 whose numbers advance (the longest strictly rising run of one unit's headings,
  ``rising_runs.longest_rising``) is a book whose line breaks were lost: each heading of
  the run opens a paragraph of its own (a blank line before it), and a blank line closes
  it where its end is proven (``title_end``). The text keeps every character (breaks are
  inserted, a lost break's space is replaced), so the training text and every structure
  offset stay one text. The nine traditional-script Gutenberg novels of
  TzuYuJih/BDSE37_-_Project_Gutenberg (儒林外史, 兒女英雄傳, 何典, 孽海花, 九尾狐,
  斷鴻零雁記 ...) are one line each ("儒林外史儒林外史儒林外史第一回說楔子敷陳大義借名流
  隱括全文人生南北多歧路，…且听下回分解。第十三回蘧駪夫求賢問業馬純上仗義疏財話說婁府…"):
  one section each, the chapter titles glued into the text. A heading counts only where a
  chapter can begin: after a sentence end (``_ENDS``), or as the line's first heading after
  a head of at most ``HEAD_CHARS`` characters with no sentence mark (the title page glued
  before it: "儒林外史儒林外史儒林外史"), and not followed by a mark ("第一回。", "第二回，" are
  counts in prose: 徬徨, 朝花夕拾). A story that lists "第一回巡視賭場第二回巡視街頭娼妓"
  (公墓) has no sentence end before them and is left alone.
* ``flat_chapter_title_end``: where a heading's title ends is proven by a chapter-opening
  formula of the vernacular novel (``CHAPTER_OPENERS``: 話說, 卻說, 且說, 詞曰, 詩曰, 話表,
  上回, 這回 …) within ``MAX_TITLE`` characters with no mark before it (儒林外史 46 of 47
  headings, 九尾狐 55 of 62, 孽海花 33 of 37, 何典 10 of 10). Otherwise only the heading's
  own span "第N回" stands on its line and its title stays with the text (斷鴻零雁記's
  "第一章百越有金甌山者" has no title; a guessed end would cut a sentence). A space is no
  proof: a title's couplet halves are set apart by one ("第一回　灵根育孕源流出　心性修持大道生").
* ``flat_chapter_gap``: a heading within ``MIN_GAP`` characters of the next is a contents
  entry ("CHAPTER I. Y-o-u-u Tom—Aunt Polly … CHAPTER II. Strong Temptations …").
* ``flat_chapter_cover`` (review): a run spanning less than ``MIN_COVER`` of its line with
  chapters shorter than ``MIN_CHAPTER`` on average names chapters in a passage (a review's,
  a course page's "。第一章讲…。第二章讲…"), it is no book's chapters.
* ``flat_chapter_latin``: the same evidence in a Latin-script book: "CHAPTER XII" or
  "Chapter 12" after a sentence end and a space (Tom Sawyer flattened to one line, 390,260
  characters: 35 chapters, one section before); only the heading's span, no title.
  Clause ``flat_chapter_latin_prose`` (review): not where a lowercase word follows
  ("… but bronze. Chapter IX. gapes for me, …", "Chapter X. is now in Lloyd's hands": a
  letter naming the chapters of a book in progress, Stevenson's letters flattened).
* ``flat_paragraph_breaks``: inside such a line, a run of spaces between a CJK sentence end
  and a Han character or an opening quote is a lost paragraph break (the flattening that
  kept spaces): it becomes a line break. A closing quote or bracket is a sentence end only
  after a sentence mark (review: "美国“外交协会” （Council…" is one sentence).

Session 50 (tests in ``tests/transforms/test_flat_chapters_wtC_s50.py``):

* ``flat_chapter_narrator_openers``: the storyteller's look back proves a title's end too
  (``NARRATOR_OPENERS``: 上集, 前集, 按上, 這書 …): 九尾狐 and 兒女英雄傳, 11 titles.
* ``flat_chapter_spaced_title``: in a line joined with spaces (``_spaced``: the run's
  headings stand after a space) a title ends at the last space before the text's first
  mark (``_spaced_title_end``; guards ``_pangu``, ``_SECTION_NUMBER``), clause
  ``flat_chapter_couplet`` keeping a couplet's two halves and leaving a subheading line
  to the text (``_couplet_end``).
* ``flat_chapter_shape``: a run's first heading followed straight by a Han character in a
  book whose headings are followed by a space is a preface naming volumes (``_shaped_run``;
  review: where the book heads that number again or the line was joined with spaces).
* ``FLAT_LINE`` 5,000: a flattened novella of 5,000-10,000 characters.

Session 51: a title no clause above proves ends where the book itself proves it
(``transforms.flat_title_proofs``: its contents list, ``flat_chapter_contents_title``; its
couplet length, ``flat_chapter_couplet_length``).

Cost: ``_long_lines`` finds lines of ``FLAT_LINE`` characters or more with one ``rfind``
per ``FLAT_LINE`` characters of text (it reads back from the window's end to the last line
break: a few characters in a text with lines); only such lines are searched for headings.
"""

from __future__ import annotations

import re

from transforms.flat_title_proofs import prove_titles
from transforms.heading_numbers import cjk_value, roman_value
from transforms.rising_runs import longest_rising

# review (session 49): 10,000, not 20,000, so a flattened novella of 10,000-20,000
# characters is read too: of 25,536 files (five Chinese mirrors, zh_classics, rcdm-uga,
# Aozora, en_gutenberg, wtH's 43) only 8 hold a line of 10,000-20,000 characters, and the
# rule changes none of them (nor at 5,000); no shared document has a line over 9,625
# session 50 (wtC): 5,000, so a flattened novella of 5,000-10,000 characters is read too
# (斷鴻零雁記's first 9,000 characters: 9 chapters): of the 25,536 files 88 hold a line of
# 5,000+ characters, and the rule changes the same 6 files at 5,000 as at 10,000
FLAT_LINE = 5_000
MIN_HEADINGS = 3
HEAD_CHARS = 60
MAX_TITLE = 40
MIN_GAP = 200
# clause flat_chapter_spaced_title: a title set apart by a lost line end's space holds at
# most MAX_SPACED_TITLE characters
MAX_SPACED_TITLE = 30
# the text's first mark is sought within SPACED_WINDOW characters after the heading (a
# couplet, a subheading line and a first clause: 绝塞传烽录's "情真戏假争权位 李代桃僵脱网罗(上)
# 妖人出现 只见一块从山顶凭空伸出来的岩石,")
SPACED_WINDOW = 80
# clauses flat_chapter_shape and flat_chapter_spaced_title: the share of a run's headings
# set apart by a space (after it: the book's heading shape; before it: a line joined with
# spaces) that makes it the book's own
SHAPE_SHARE = 2 / 3
# clause flat_chapter_cover: a run of headings that fills less than MIN_COVER of its line
# with chapters shorter than MIN_CHAPTER characters on average is a passage that names
# chapters, not a book's chapters
MIN_COVER = 0.5
MIN_CHAPTER = 2_000

_CJK_UNITS = "回章卷節节"

_HEADING = re.compile("第([〇零一二三四五六七八九十百千两兩0-9０-９]{1,7})([回章卷節节])")
_ENDS = "。！？…”」』）!?"
# Clause flat_chapter_latin: "CHAPTER XII" / "Chapter 12", then a space, a full stop and
# a space, or the line's end
_LATIN_HEADING = re.compile(r"\b(CHAPTER|Chapter) ([IVXLC]{1,8}|[0-9]{1,3})(?:\.(?= )|(?= )|$)")
_LATIN_ENDS = frozenset(".!?\"'”’)")
# a mark right after the heading's number: a count in prose, not a heading
_MARKS = frozenset("，。、；：！？…「」『』“”（）《》〈〉,.;:!?)")
_TITLE_STOP = re.compile("[，。、；：！？…「」『』“”（）《》〈〉,.;:!?()\\n]")
# Clause flat_chapter_narrator_openers (session 50): the storyteller's look back that opens
# a chapter ("上集書中說到", "前集說到", "按上兩回書中", 九尾狐; "這書前二十回", "這部書前半部",
# 兒女英雄傳); none of them stands inside any of the 20,173 heading lines "第N回 title" of
# the Chinese corpora before a mark (原來 does: "揭发奸谋呈密信 原来毒妇害亲夫", left out)
NARRATOR_OPENERS = "上集|前集|前回|按上|這書|这书|這部書|这部书"
# Clause flat_chapter_title_end: the formulas a chapter of a vernacular novel opens with
CHAPTER_OPENERS = re.compile(
    "話說|话说|卻說|却说|且說|且说|詞曰|词曰|詩曰|诗曰|話表|话表|上回|這回|这回|" + NARRATOR_OPENERS
)
# clause flat_chapter_spaced_title: the marks that open a chapter's text after its title
_SPACED_STOP = re.compile("[，。、；：！？…「」『』“”,.;:!?—\\n]")
_SPACES = (" ", "\u3000")
# clause flat_chapter_couplet: a title's parts, a bracketed number kept with its part
_TITLE_PART = re.compile("[^ ]+(?: +[(（][^ ()（）]{1,4}[)）])?")
# a part's own number, no part of its length: "利害云何骨肉情(上)" is a couplet's half
_PART_NUMBER = re.compile("[(（][^()（）]{1,4}[)）]$")
# a section number of its own line after a chapter's title: "眉娘浪语（2） 五 俗话说"
_SECTION_NUMBER = re.compile("(?<= )[一二三四五六七八九十]{1,3}$")
_HAN = re.compile("[\u3400-\u9fff]")
_SENTENCE_MARKS = re.compile("[。！？!?]")
# flat_paragraph_breaks: a closing quote or bracket ends a sentence only after a sentence
# mark ("…回流美国” （Recycling" and "“ 原始 ” 民族" run on: 全球通史, 货币战争升级版)
_LOST_BREAK = re.compile("(?:(?<=[。！？…])|(?<=[。！？…][”」』）])) +(?=[\u3400-\u9fff“「『（])")


def _long_lines(text: str, flat_line: int):
    """(start, end) of each line of ``flat_line`` characters or more."""
    pos, n = 0, len(text)
    while pos + flat_line <= n:
        nl = text.rfind("\n", pos, pos + flat_line)
        if nl >= 0:
            pos = nl + 1
            continue
        end = text.find("\n", pos + flat_line)
        end = n if end < 0 else end
        yield pos, end
        pos = end + 1


def _before_spaces(line: str, start: int) -> int:
    """The offset where the run of spaces that ends at ``start`` begins (no copy of the
    line before it: a flat line can hold thousands of candidates)."""
    while start and line[start - 1] in " \u3000":
        start -= 1
    return start


def _cjk_headings(line: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, unit, number) of the 第N回 headings of ``line`` where a chapter can
    begin (clause ``flat_chapter_breaks``)."""
    found = []
    for m in _HEADING.finditer(line):
        if m.end() < len(line) and line[m.end()] in _MARKS:
            continue
        start = m.start()
        back = _before_spaces(line, start)
        if back and line[back - 1] not in _ENDS:
            if found or back > HEAD_CHARS or _SENTENCE_MARKS.search(line, 0, back):
                continue
        found.append((start, m.end(), m.group(2), cjk_value(m.group(1))))
    return found


def _latin_headings(line: str) -> list[tuple[int, int, str, int | None]]:
    """Clause ``flat_chapter_latin``: the "CHAPTER XII" headings of ``line`` that follow
    a sentence end and a space."""
    found = []
    for m in _LATIN_HEADING.finditer(line):
        back = _before_spaces(line, m.start())
        if back and line[back - 1] not in _LATIN_ENDS:
            continue
        after = m.end()
        while after < len(line) and line[after] == " ":
            after += 1
        if after < len(line) and line[after].islower():
            continue  # flat_chapter_latin_prose: "Chapter IX. gapes for me" names one
        n = m.group(2)
        found.append(
            (m.start(), m.end(), m.group(1).upper(), int(n) if n.isdigit() else roman_value(n))
        )
    return found


def _advancing(
    found: list[tuple[int, int, str, int | None]], size: int
) -> list[tuple[int, int, str, int | None]]:
    """The longest rising run of one unit's headings (clause ``flat_chapter_breaks``), if
    it holds ``MIN_HEADINGS`` or more. Clause ``flat_chapter_gap``: a heading within
    ``MIN_GAP`` characters of the next one is a contents entry, not a chapter. Clause
    ``flat_chapter_cover`` (review, session 49): a run that spans less than ``MIN_COVER``
    of the line's ``size`` characters with chapters of fewer than ``MIN_CHAPTER``
    characters on average is a passage naming chapters (a review's "。第一章讲…。第二章…"
    in one paragraph of a 25,000-character article), not the book's chapters; a flat book's
    run spans 0.89-0.99 of its line (the nine TzuYuJih books, Tom Sawyer), a collection's
    one volume less, with chapters of 3,400+ characters."""
    if not found:
        return []
    found = [
        h
        for h, nxt in zip(found, [*found[1:], None], strict=True)
        if nxt is None or nxt[0] - h[1] >= MIN_GAP
    ]
    units: dict[str, list] = {}
    for h in found:
        if h[3] is not None:
            units.setdefault(h[2], []).append(h)
    best: list = []
    for hs in units.values():
        run = [hs[i] for i in longest_rising([h[3] for h in hs])]
        best = run if len(run) > len(best) else best
    if len(best) < MIN_HEADINGS:
        return []
    span = best[-1][0] - best[0][0]
    if span < MIN_COVER * size and span < MIN_CHAPTER * (len(best) - 1):
        return []
    return best


def _shaped_run(line: str, found: list) -> list:
    """The advancing run of ``line``'s CJK headings. Clause ``flat_chapter_shape``
    (session 50): where at least ``SHAPE_SHARE`` of the run's headings are followed by a
    space (the book's own heading lines, "第二卷 关于意大利", joined), a first heading
    followed straight by a Han character is a preface naming the book's volumes ("所以划分
    为数卷。第一卷将叙述…", 阿庇安's 罗马史): it is dropped and the run sought again. Only the
    first: inside a book, a heading line without a space is the book's own as often (a web
    novel's "第300章第三阶段", 剑客行's "第三回无情碧剑": 31 headings of three books). Review
    (session 50): and only where the run sought again heads that number itself (a running
    header, 大国悲剧) or the line was joined with spaces (``_spaced``) and the heading stands
    after no space (inside a paragraph, 罗马史 joined with spaces); else a first chapter whose
    heading line is set out without a space (失去的胜利 "第一章暴风雨的前夕") would be lost."""
    run = _advancing(found, len(line))
    if not run or not _HAN.match(line, run[0][1]):
        return run
    spaced = sum(1 for h in run if line[h[1] : h[1] + 1] in _SPACES)
    if spaced < SHAPE_SHARE * len(run):
        return run
    rest = _advancing([h for h in found if h is not run[0]], len(line))
    # the book heads that number again (大国悲剧's running header "第1章乱自何来…" inside
    # the chapter its "第一章\u3000乱自何来？" opens)
    again = any(h[3] <= run[0][3] for h in rest)
    # a line joined with spaces, the heading inside a paragraph ("所以划分为数卷。第一卷将")
    inside = run[0][0] > 0 and line[run[0][0] - 1] != " " and _spaced(line, run)
    return rest if again or inside else run


def title_end(line: str, end: int, spaced: bool = False) -> tuple[int, int]:
    """Clause ``flat_chapter_title_end``: (start, stop) of the break that ends the heading
    whose number ends at ``end``: before a chapter-opening formula found within
    ``MAX_TITLE`` characters and before any mark (the spaces before the formula, a title's
    couplet halves' spaces aside, are replaced by the break); in a line flattened with
    spaces (``spaced``), clause ``flat_chapter_spaced_title``; ``(end, end)`` when no end
    is proven (the heading's own span stands alone)."""
    window = line[end : end + MAX_TITLE]
    stop = _TITLE_STOP.search(window)
    opener = CHAPTER_OPENERS.search(window, 0, stop.start() if stop else len(window))
    if opener is None or not window[: opener.start()].strip(" \u3000"):
        return _spaced_title_end(line, end) if spaced else (end, end)
    title = window[: opener.start()].rstrip(" \u3000")
    return end + len(title), end + opener.start()


def _spaced_title_end(line: str, end: int) -> tuple[int, int]:
    """Clause ``flat_chapter_spaced_title`` (session 50): in a line whose lost line
    breaks are spaces (``_spaced``), a title ends at the last run of ASCII spaces before
    the first mark of the chapter's text (``_SPACED_STOP``: a bracket or a middle dot is
    a title's own, "迷羊 (6)", "儿须成名·酒须醉"; a dash ends a line, "答案是——"), when a
    title of 1 to ``MAX_SPACED_TITLE`` characters stands before it ("第一章 风起 少年林动…，":
    "风起"; a couplet's halves, "第一回 灵根育孕源流出 心性修持大道生 混沌未分…，", stay one
    title). A space next to an ASCII letter or digit is the text's own ("于1939年9 月1日",
    "约公元前 7000年"); a bare section number before the text is the text's ("眉娘浪语（2）
    五 俗话说…": ``_SECTION_NUMBER``); the ideographic space of a heading's own layout ends
    nothing; ``(end, end)`` when no end is proven."""
    window = line[end : end + SPACED_WINDOW]
    stop = _SPACED_STOP.search(window)
    if stop is None:
        return end, end
    head = window[: stop.start()]
    last = head.rfind(" ")
    while last > 0 and head[last - 1] == " ":
        last -= 1
    after = last
    while 0 <= after < len(head) and head[after] == " ":
        after += 1
    if last <= 0 or _pangu(head, last, after):
        return end, end
    number = _SECTION_NUMBER.search(head, 0, last)
    if number:
        last = after = number.start()
        while last and head[last - 1] == " ":
            last -= 1
    last = _couplet_end(head, last)
    after = last
    while after < len(head) and head[after] == " ":
        after += 1
    title = head[:last].strip(" \u3000")
    if not title or len(title) > MAX_SPACED_TITLE:
        return end, end
    return end + last, end + after


def _couplet_end(head: str, last: int) -> int:
    """Clause ``flat_chapter_couplet`` (session 50): the title before ``last`` holds
    parts set apart by ASCII spaces (a bracket alone, "迷羊 (6)", is its part's own): the
    title is its first two parts where they have one length (a couplet's halves,
    "为护良朋拼性命 相逢义士托遗孤", 鹿鼎记's, 碧血剑's; a part's bracketed number aside,
    "恩仇未了相思债 利害云何骨肉情(上)"; a third part of that length is a subheading all the
    same: "掌门断案费思量(上) 巧计易容施骗术"), else its first part; the other parts are
    the text's first short lines ("心灵的种子 高贵是人的权利", "婚宴风波 鲁世雄是个孤儿": a
    subheading, a one-line paragraph)."""
    parts = [m for m in _TITLE_PART.finditer(head, 0, last)]
    if len(parts) < 2:
        return last
    sizes = [len(_PART_NUMBER.sub("", m.group().replace(" ", ""))) for m in parts]
    if sizes[0] == 1:  # a title set out letter by letter, "英 雄 会": all its letters
        ones = 1
        while ones < len(sizes) and sizes[ones] == 1:
            ones += 1
        return parts[ones - 1].end()
    return parts[1 if sizes[0] == sizes[1] else 0].end()


def _pangu(head: str, last: int, after: int) -> bool:
    """A space set between Han text and an ASCII letter or digit ("年9 月", "前 7000年")."""
    left = head[last - 1]
    right = head[after] if after < len(head) else ""
    return (left.isascii() and left.isalnum()) or (right.isascii() and right.isalnum())


def _spaced(line: str, run: list) -> bool:
    """Clause ``flat_chapter_spaced_title``'s evidence: the line's lines were joined with
    spaces: at least ``SHAPE_SHARE`` of the run's headings stand after a space (an export
    that joined with nothing leaves "。第三章", and a text's own "。 " spaces elsewhere are
    no evidence: 全球通史), so a space before the text's first mark is a lost line end."""
    return sum(1 for h in run if line[h[0] - 1 : h[0]] == " ") >= SHAPE_SHARE * len(run)


def _split_line(line: str) -> str | None:
    """``line`` with its headings set apart, or None when it is no flat book's line."""
    cjk = "第" in line and _shaped_run(line, _cjk_headings(line))
    latin = not cjk and ("CHAPTER" in line or "Chapter" in line)
    run = cjk or (latin and _advancing(_latin_headings(line), len(line)))
    if not run:
        return None
    parts, pos = [], 0
    spaced = run[0][2] in _CJK_UNITS and _spaced(line, run)
    if run[0][2] in _CJK_UNITS:
        ends = [title_end(line, h[1], spaced) for h in run]
        ends = prove_titles(line, run, ends, cjk_value, spaced)  # session 51
    else:
        ends = [_latin_end(line, h[1]) for h in run]
    for (begin, _, _, _), (start, stop) in zip(run, ends, strict=True):
        if begin > 0:
            parts += [line[pos:begin].rstrip(" "), "\n\n"]
            pos = begin
        parts += [line[pos:start], "\n\n"]
        pos = stop
    parts.append(line[pos:])
    out = "".join(parts)
    return _LOST_BREAK.sub("\n", out) if run[0][2] in _CJK_UNITS else out


def _latin_end(line: str, end: int) -> tuple[int, int]:
    """The spaces after a "CHAPTER XII" heading (replaced by the break); no title is
    proven (clause ``flat_chapter_latin``)."""
    stop = end
    while stop < len(line) and line[stop] == " ":
        stop += 1
    return end, stop


def flat_chapter_breaks(text: str, flat_line: int | None = None) -> str:
    """Clause ``flat_chapter_breaks`` (module doc): ``text`` with the chapter headings of
    its lines of ``flat_line`` (default ``FLAT_LINE``) characters or more set apart."""
    flat_line = FLAT_LINE if flat_line is None else flat_line
    if len(text) < flat_line:
        return text
    parts, pos = [], 0
    for start, end in _long_lines(text, flat_line):
        split = _split_line(text[start:end])
        if split is not None:
            parts += [text[pos:start], split]
            pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
