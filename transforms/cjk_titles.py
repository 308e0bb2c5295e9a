"""Rule ``cjk_title_lines``: the titles of a CJK book whose sections carry no
number (论语's 篇 "学而篇", 孟子's "梁惠王上", the pieces of an anthology such as
古文观止, the poems of 诗经).

``transforms.headings`` reads numbered CJK headings ("第十二回", "卷之一"): the
number is the evidence. A classical text or an anthology names its sections
instead, each on a short line of its own. Such a line is a heading here when:

* it holds only CJK characters (ideographs, kana), at most ``MAX_TITLE_CHARS``
  of them (诗经 has poems named "氓", "丰"), runs optionally parted by a middle dot or a space ("国风・周南"): no
  punctuation, so no sentence, dialogue line or verse line;
* blank lines stand above and under it;
* under it lies CJK text (the next line with text opens with a CJK character or
  an opening mark) of at least ``MIN_TEXT_CHARS`` characters before the next
  such title or heading; a title with less text than that before a kept title
  heads a group of them (rank one above: "国风・周南" over "关雎") when
  ``MIN_TITLES`` or more do; fewer are titles like the others (a book's own
  title over its first 篇, 古文观止's "過秦論" and its author line over "上篇");
* clause ``title_note_mark`` (session 29): one note reference at the line's end
  ("〔1〕", "〔１〕", "⑴", "①") is no punctuation: an annotated edition marks each
  piece's title with the note that dates it (鲁迅's 华盖集 "忽然想到〔1〕", 热风
  "随感录二十五〔１〕", 呐喊 "孔乙己⑴", 坟 "论雷峰塔的倒掉①": 94 of the titles of 13
  collections, none of which was a section);
* clause ``note_mark_off_title`` (session 30, ``shown_title``, read by
  ``sections.sections_from_headings``): the section's title drops that closing note
  reference ("孔乙己⑴" -> "孔乙己", "忽然想到〔1〕" -> "忽然想到", "一 儿歌 胡怀琛〔２〕"), and a
  title spread over the line one character at a time ("奔　　月", "在 酒 楼 上", "四　十　九")
  is shown joined ("奔月"; a number keeps its space: "一 茶 铺" -> "一 茶铺"): the title a reader sees in ``section_path`` and the memory
  prefix; the text is unchanged;
* clause ``note_label_no_title`` (session 29): a notes label with its number ("注释⑴",
  "注释①": 章诒和's 往事并不如烟 heads each note so, 36 lines) is no title;
* clause ``letter_spaced_title`` (session 29): a title of two to four characters with
  two ideographic spaces between them ("奔　　月〔１〕", 故事新编's eight stories) is one
  title (``_TITLE`` parts runs by one mark or space);
* clause ``dash_subtitle`` (session 29): text under a title may open with a subtitle
  that starts with a dash, "——" or typed "--" ("--九月间在广州夏期学术演讲会〔2〕讲",
  而已集's lectures; "——涓生的手记"): the dash made the text read as no CJK text, the
  first title was dropped and the text before the next one held over a quarter of the
  book (``titles_divide_text``), so 而已集 lost all its titles;
* clause ``cjk_title_counted_item`` (``cjk_title_runs``, review of wtG): an entry of a
  counted list ("二十八潘廷干" between "二十七刘清扬（直隶）…" and "二十九高鲁（福建）…",
  而已集's 大衍发微) is no title;
* clause ``cjk_dateline``: dates ("十三年二月", "一九二四年") are no titles where
  they close pieces: half of the document's date lines or more sit over no
  prose (an essay's source note "（1924年2月作，选自《雨天的书》）" or the next
  title; 周作人文集: 36 of 38, the other two over a postscript); dates over
  prose (a chronicle's "一九六六年" over that year) are titles. Clause
  ``cjk_title_groups``: a short title over a confirmed heading heads a group
  ("上　先生と私" over "一", "二" ...) as one over titles does;
* at least half of these lines are distinct (a play that sets each speaker's
  name on a line of its own repeats a few names);
* the document has at least ``MIN_TITLES`` of them, and no confirmed numbered
  chapter ("第一回", "CHAPTER I": the chapters are the sections, and a short
  line inside one is a line of it), nor ``MIN_TITLES`` confirmed headings
  numbered "4.1." (clause ``cjk_dotted_sections``: a manual). A numbered volume
  ("卷一・周文") may hold titled pieces;
* clause ``chapters_in_one_piece`` (session 29): numbered chapters confined to one
  story of a collection (the text from the first chapter line to the last holds at
  most ``MAX_PIECE_SHARE`` of the document: 阿Ｑ正传's 第一章..第九章, 0.27 of 呐喊) leave
  the rule on outside them: no title between the first and the last chapter line, a
  title must head the first chapter (less than ``MIN_TEXT_CHARS`` between), and the
  titles rank one above the chapters (a story over headings heads no group); before,
  none of 呐喊's 15 stories was a section. A novel's chapters hold nearly all of it;
* clause ``quoted_words_in_title`` (session 30): quoted words inside a title line
  ("“碰壁”之后〔1〕", "《呐喊》自序", "为半农题记《何典》后作〔1〕") are part of it; a line
  quoted whole ("“死地”〔1〕") only with a note mark, one quoting with “「『 and no note
  mark up to ``MAX_QUOTED_CHARS`` characters, none over a line opening with "、" or
  another clause mark (27 titles of 鲁迅's collections,
  华盖集续编的续编's three among them, none a section before);
* clause ``quoted_title_set_apart`` (session 31): a longer one is a title where two
  blank lines or more stand right above or under it ("中华民国的新“堂·吉诃德”们", 二心集;
  理想国's page-broken lines have one blank line on each side);
* clauses ``byline_under_title`` and ``list_run_in_paragraph`` (session 30,
  ``cjk_title_bylines``): an author's name right under a title ("孔乙己⑴" / "鲁迅") and
  lines that go on a long unclosed line's list ("…三金六十员" / "五金五十员" / "七金四十员")
  are no titles; clause ``letter_closing`` (session 32, ``cjk_letter_closings``): nor a
  letter's wish and signature ("健康快乐" / "三毛上", 三毛's 谈心);
* clauses ``dash_title_run_on`` and ``long_title_run_on`` (session 31): where the
  paragraphs run on (``paragraphs_run_on``, Aozora Bunko's layout, a blank line set only
  around headings) a title line may join runs of title characters by the dash "――"
  ("父の汚名を雪ぐ――大事な使命", "魏から――晋まで"; the Japanese dash U+2015, never
  the Chinese "——"), and a line of title characters alone or a dashed one may run to
  ``MAX_RUN_ON_CHARS`` ("暗黒中のインテリゲンチャ虫の趨光性に就いて"); with a blank line
  between paragraphs the limits stay ``MAX_TITLE_CHARS`` and no mark; clauses
  ``run_on_title_quote`` and ``long_title_run_on_telegram`` (session 31, review): such a
  line is a quote when the next text line goes on its sentence ("という…", "といふ電報が
  届いた"), and katakana alone over ``MAX_TITLE_CHARS`` is a telegram's text;
* clause ``verse_lines_no_titles`` (session 31, ``cjk_verse_lines``): where ten pairs
  or more of long title lines stand one right under the other, the book sets one verse
  to a line (六百句's haiku, 愛の詩集's free verse): its long title lines are verses;
  clauses ``year_heading_in_verse_book`` and ``verse_headnotes`` (session 32): there a
  date over two blank lines heads the verses ("昭和十六年"), and where parts stand
  between two blank lines the title lines between one over no prose are headnotes;
* clause ``fullwidth_letter_in_title`` (session 29): a full-width Latin letter among
  ideographs is part of a title ("阿Ｑ正传");
* clause ``halfwidth_letter_in_title`` (session 31): so is one half-width capital
  between two ideographs ("《阿Q正传》的成因", 华盖集续编的续编);
* clause ``titles_divide_text``: the titles (with the confirmed headings) divide
  the whole text: no part of it, the text before the first of them or the text
  under one, holds more than ``MAX_PART_SHARE`` of the document's characters
  (or three times an even share, when that is more: a text of a few pieces). A book's titles
  head all of it: the largest part of 论语 is 0.085 of the book, of 孟子 0.084,
  古文观止 0.048, 诗经 0.016. A novel without numbered chapters has short lines
  of its own that stand alone (a poem's title, a shop sign, a list of names, a
  time "第二天早上"), clustered where the story has them: set with a blank line
  between paragraphs, 红楼梦's poem titles leave 0.425 of the book under
  "桃花行" and 水浒传's lists 0.618 before the first of them; none is a title.
  Clause ``divide_run_on``: not asked where the paragraphs run on with no blank
  line between them (``paragraphs_run_on``, Aozora Bunko's layout): a blank line
  there is set around headings, and a part may be long (ジーキル博士とハイド氏の
  怪事件's last chapter, under a title too long for a title line: 0.35 of the book).

The text around a line and the document's layout are read in ``transforms.cjk_title_context``.

Cost: one length test per line; the few short CJK lines get a regex test.
"""

from __future__ import annotations

import bisect
import re

from transforms.cjk_layout import OPENING
from transforms.cjk_letter_closings import letter_closings
from transforms.cjk_title_bylines import bylines, list_runs, open_clause_lines
from transforms.cjk_title_context import (  # noqa: F401 - the names others import from here
    _CLAUSE_MARK,
    _PROSE_END,
    MAX_APART_SHARE_RUN_ON,
    MAX_PART_SHARE,
    MAX_PIECE_SHARE,
    MAX_TITLE_CHARS,
    MIN_TEXT_CHARS,
    PROSE_LINE,
    _apart,
    _continued,
    _heads_prose,
    _heads_year,
    _widened_quote,
    chapters_span,
    paragraphs_run_on,
    titles_divide_text,
)
from transforms.cjk_title_cores import RUN, WHOLE_QUOTED, core, quoted_whole
from transforms.cjk_title_repeats import cycle_parts
from transforms.cjk_title_runs import counted_item, drop_inside_runs
from transforms.cjk_verse_lines import (
    drop_headnotes,
    drop_verse_lines,
    is_verse_book,
    year_over_verse_titles,
)
from transforms.hangul_titles import hangul_candidates, hangul_start, hangul_text, hangul_title
from transforms.ja_quoted_titles import japanese, quoted_titles, supplied_over_text
from transforms.technical_headings import CJK_LABEL, MIN_LABELS

MIN_TITLES = 3
TITLE_RANK = 25  # below chapters (20), above sections (25 is free in CJK text) ...
GROUP_RANK = 24  # ... and a group of titled pieces one above them
# Clause iteration_mark_in_title (session 33): the iteration mark 々 is a title character
# ("島々の生成" in 古事記, "人々", "佐々木"); it was refused with every title holding it.
_TITLE = re.compile(f"{RUN}(?:[・· \u3000]{RUN})*")
_ONE_RUN = re.compile(RUN)  # clause verse_lines_no_titles
# Clause letter_spaced_title: a short title spread over the line, two ideographic spaces
# between its characters ("奔　　月", "非　　攻": 鲁迅's 故事新编).
_SPACED = re.compile("[\u3400-\u9fff](?:\u3000\u3000[\u3400-\u9fff]){1,3}")
# Clause dash_subtitle: a subtitle under a title opens with a dash ("——涓生的手记", a
# lecture's "--九月间在广州夏期学术演讲会讲", the dash typed as two hyphens).
_DASH_SUBTITLE = re.compile("(?:——|--)[\u3400-\u9fff]")
_OPENING = {chr(c) for c in OPENING.tolist()}
_NUM = "[〇零一二三四五六七八九十百千廿卅0-9０-９]"
# Clause title_note_mark: one note reference closing a title line, "〔1〕", "〔１〕", "⑴", "①".
_NOTE_MARK = re.compile("(?:〔[0-9０-９]{1,2}〕|[\u2474-\u2487\u2460-\u2473])$")
# Clause note_label_no_title: "注释⑴" heads a note, not a piece (章诒和's 往事并不如烟).
_NOTE_LABEL = re.compile("(?:注释|注解|附注|原注|译注|校注|注)")
_DOTTED = re.compile(r"\d+(?:\.\d+)+\.?\s")  # clause cjk_dotted_sections
_DATE = re.compile(
    f"(?:民国|民國|明治|大正|昭和|平成|令和|公元)?{_NUM}{{1,4}}年(?:{_NUM}{{1,3}}月(?:{_NUM}{{1,3}}日)?)?"
    "(?:(?<=[月日])[\u4e00-\u9fff]{1,6})?"  # a month's date with a word: "...日雨夜", "...日作"
)


# Clause fullwidth_letter_in_title: a full-width Latin letter among ideographs is part of
# a title ("阿Ｑ正传", 呐喊; 三毛's "小船ＥＣＨＯ号"); a line of such letters alone is not,
# nor an "Ｏ" by a CJK numeral: a zero ("二ＯＯ四年二月初稿于香港中文大学", a dateline of
# 章诒和's 往事并不如烟).
_FW_LETTER = re.compile("[Ａ-Ｚａ-ｚ]")
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_FW_ZERO = re.compile("[〇一二三四五六七八九十][Ｏｏ]|[Ｏｏ][〇一二三四五六七八九十]")
# Clause halfwidth_letter_in_title (session 31): one half-width capital between two
# ideographs is part of a title too ("《阿Q正传》的成因", 华盖集续编, typed with a plain Q).
_HW_LETTER = re.compile("(?<=[\u4e00-\u9fff])[A-Z](?=[\u4e00-\u9fff])")


# Clause quoted_words_in_title: quoted words inside a title ("“碰壁”之后〔1〕", "《呐喊》自序",
# "所谓“思想界先驱者”鲁迅启事〔1〕"); a line quoted whole is a title only
# with a note mark ("“死地”〔1〕"): without one it is speech or a name;
# a line quoting with “「『 and no note mark is a title up to MAX_QUOTED_CHARS (理想国,
# hankinghu b133, an OCR'd book, sets lines cut at a page break apart: "接着“不正义比正义更有利”"
# over "的问题又突然发生。", 12 characters), and none over a line opening with a clause mark
# ("“王者”即“最高”" over "、“真理”之意。", the same book).
_SPEECH_QUOTE = re.compile("[“「『]")
MAX_QUOTED_CHARS = 10  # a title quoting words with “” and no note mark: "张资平氏的“小说学”"
# Clause quoted_title_set_apart (session 31): a longer one is a title where two blank lines
# or more stand right above or under it ("中华民国的新“堂·吉诃德”们", 二心集, 4 above and 3
# under; "“硬译”与“文学的阶级性”", 3 under): 理想国's broken lines have one above and under.
_QUOTED = re.compile("“([^“”]+)”|《([^《》]+)》|「([^「」]+)」|『([^『』]+)』")


def _unquoted(b: str, noted: bool, apart: bool = False) -> str:
    """``b`` with its quote pairs taken off when it has text outside them or ``noted``
    (a note mark closed the line); ``b`` as it is otherwise. Clause
    ``quoted_title_set_apart``: ``apart`` (two blank lines or more above or under the
    line) lifts ``MAX_QUOTED_CHARS``."""
    if not _QUOTED.search(b):
        return b
    if not noted and not apart and len(b) > MAX_QUOTED_CHARS and _SPEECH_QUOTE.search(b):
        return b  # an OCR'd page's broken line: "接着“不正义比正义更有利”" / "的问题又突然发生。"
    outside = _QUOTED.sub("", b)
    return _QUOTED.sub(lambda m: next(g for g in m.groups() if g), b) if outside or noted else b


def _letters(b: str) -> str:
    b = _HW_LETTER.sub("一", b)  # clause halfwidth_letter_in_title
    return _FW_LETTER.sub("一", b) if _IDEOGRAPH.search(b) and not _FW_ZERO.search(b) else b


def _is_cjk_start(ch: str) -> bool:
    # Clause hangul_title_lines (``hangul_titles``): Korean text under a title too.
    return ch in _OPENING or _TITLE.match(ch) is not None or hangul_start(ch)


def titles_off_contents(titled: list[tuple[int, int]], in_list) -> list[tuple[int, int]]:
    """Clause ``titles_off_contents`` (session 51): a line inside a contents list (``in_list``,
    ``contents.Contents.in_list``) is an entry, no title: 悉达多 (hexhero/book-txt) has "目录"
    over 出版前言 / 第一部 / 第二部 at its head, and the three short lines were read as titles
    (sections of 6, 37 and 81 characters) though the list was found."""
    return [(i, rank) for i, rank in titled if not in_list[i]]


def cjk_title_lines(
    lines, heading_lines: set[int], chaptered: bool, span: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """Rule ``cjk_title_lines``; clause ``marked_titles_join`` (session 30): where the
    paragraphs run on (``paragraphs_run_on``, Aozora Bunko's layout, a blank line set
    around headings) and the clean titles alone make the book's titles, a title line
    may hold marks too (``_MARKED``: "、" between its words, "!" / "?" after them:
    "信長、秀吉、家康", "殺せ!活かせ!", "討つか?"), kept only if every clean title stays."""
    kept = _title_lines(lines, heading_lines, chaptered, span, False)
    if kept and paragraphs_run_on(lines):
        more = _title_lines(lines, heading_lines, chaptered, span, True)
        if set(kept) <= set(more):
            return more
    return kept


# Clause marked_titles_join: words of title characters, each followed by at most one
# "、" (between words) or up to two "!?" marks.
_MARKED = re.compile(f"(?:{RUN}(?:、|[!?！？]{{1,2}}))+(?:{RUN})?")
# Clause dash_title_run_on (session 31): where the paragraphs run on, a title may join two
# or three runs of title characters by Aozora's dash "――" (U+2015 twice; Chinese sets
# "——", U+2014), with one closing it ("爺やが殺された――綾子の後悔", "魏から――晋まで").
_DASHED = re.compile(f"{RUN}(?:――{RUN}){{1,2}}(?:――)?")
# Clause long_title_run_on (session 31): there a line of title characters alone, or a
# dashed one, may run to MAX_RUN_ON_CHARS ("暗黒中のインテリゲンチャ虫の趨光性に就いて").
MAX_RUN_ON_CHARS = 24


def _title_lines(
    lines, heading_lines: set[int], chaptered: bool, span: tuple[int, int] | None, marked: bool
) -> list[tuple[int, int]]:
    """(line, rank) of the title lines of ``lines`` (``transforms.contents.Lines``)
    under rule ``cjk_title_lines``; ``heading_lines`` are the lines of confirmed
    headings, ``chaptered`` whether one of them is a numbered chapter; ``span`` the
    first and last line of numbered chapters confined to one piece (clause
    ``chapters_in_one_piece``): no title inside it, and a title must head it."""
    if chaptered:
        return []
    texts, blank = lines.texts, lines.blank
    # Clause cjk_dotted_sections: MIN_TITLES or more confirmed headings numbered "4.1."
    # make a manual (debian-reference's zh-cn/ja chapters, "4.1. 一般的 Unix 认证"): its
    # short lines are list items ("登录名", "用户家目录"), not titles, as under a chapter.
    if sum(bool(_DOTTED.match(texts[i])) for i in heading_lines if i < len(texts)) >= MIN_TITLES:
        return []
    n = len(texts)
    run_on = paragraphs_run_on(lines)
    most = MAX_RUN_ON_CHARS if run_on else MAX_TITLE_CHARS  # clause long_title_run_on
    ja = japanese(texts)
    qt = quoted_titles(ja, run_on, _TITLE.fullmatch)  # clause ja_quoted_titles
    over_text = supplied_over_text(ja)  # clause ja_supplied_title_over_text
    cands = [
        i
        for i, t in enumerate(texts)
        if t
        and len(b := _NOTE_MARK.sub("", t)) <= most  # clause title_note_mark
        and (len(b) <= MAX_TITLE_CHARS or _TITLE.fullmatch(b) or _DASHED.fullmatch(b) or qt(b))
        and (t[0] >= "\u3041" or t[0] in "《“「『〔")  # clause quoted_words_in_title
        and i not in heading_lines
        and (i == 0 or blank[i - 1])
        and (i + 1 >= n or blank[i + 1] or over_text(texts, i, b))
        and (
            _TITLE.fullmatch(_letters(_unquoted(core(b), b != t, _apart(blank, i))))
            or _SPACED.fullmatch(b)
            or (b[:1] == "“" and len(b) <= MAX_QUOTED_CHARS and WHOLE_QUOTED.fullmatch(b))
            or hangul_title(t)
            or qt(b)  # clause ja_quoted_titles
            or (run_on and _DASHED.fullmatch(b) is not None)  # clause dash_title_run_on
            or (marked and _MARKED.fullmatch(b) is not None and not b.endswith("、"))
        )
        and (b == t or not _NOTE_LABEL.fullmatch(b))  # clause note_label_no_title
        and not (run_on and _widened_quote(texts, i, b))  # clauses *_run_on_quote, *_telegram
        and not counted_item(texts, i, _TITLE.fullmatch)  # clause cjk_title_counted_item
        and not (_QUOTED.search(t) and _continued(texts, i))  # clause quoted_words_in_title
        and not (span and span[0] <= i <= span[1])  # clause chapters_in_one_piece
    ]
    cands = quoted_whole(texts, cands, MIN_TITLES)  # clause quoted_whole_among_titles
    # Clause hangul_titles_stand_out (``hangul_titles``).
    cands = hangul_candidates(texts, blank, cands)
    # Clauses byline_under_title, list_run_in_paragraph (``cjk_title_bylines``).
    dated = frozenset(i for i in cands if _DATE.fullmatch(texts[i]))
    belong = bylines(texts, cands, dated) | list_runs(texts, cands)
    belong |= letter_closings(texts, cands)  # clause letter_closing
    belong |= open_clause_lines(texts, cands)  # clause title_after_open_clause
    cands = [i for i in cands if i not in belong]
    fields = _field_titles(texts, heading_lines)  # clause field_titles
    # Clause field_titles_anthology: the pairs head poems where they make the
    # anthology (MIN_TITLES of them, no fewer than the other title lines); one poem
    # an essay quotes ("《静夜思》" over "作者：李白" in an essay of a collection whose
    # titles stand alone) is no sibling of the essays, taking the essay's rest.
    if len(fields) < max(MIN_TITLES, len(cands)):
        fields = []
    cands = sorted(cands + fields)
    # Clause cjk_labels (``technical_headings``): a manual's box labels ("提示",
    # "警告", "注意" over a box, MIN_LABELS or more) are no titles.
    labels = {i for i in cands if CJK_LABEL.fullmatch(texts[i])}
    if len(labels) >= MIN_LABELS:
        cands = [i for i in cands if i not in labels]
    # Clause cjk_dateline: the document's dates close pieces when half of them or
    # more stand over no prose; then none is a title.
    dates = [i for i in cands if _DATE.fullmatch(texts[i])]
    verse_book = bool(dates) and is_verse_book(texts, cands, dates, _ONE_RUN.fullmatch)
    heads = {i for i in dates if _heads_year(texts, blank, i, verse_book)}
    heads |= year_over_verse_titles(texts, cands, dates, _heads_prose)  # clause of that name
    if 2 * (len(dates) - len(heads)) >= len(dates) > 0:
        closing = set(dates)
        cands = [i for i in cands if i not in closing]
    verses = drop_verse_lines(texts, cands, _ONE_RUN.fullmatch)  # clause verse_lines_no_titles
    if len(verses) < len(cands):  # clause verse_headnotes
        verses = drop_headnotes(texts, blank, verses, _heads_prose)
    cands = verses
    if len(cands) < MIN_TITLES:
        return []
    # A play's speaker names ("勃那多" / "弗兰西斯科" over each speech) stand
    # alone like titles but repeat: most of the lines are names seen before.
    # Clause repeated_categories_in_parts: unless they repeat in a cycle (the same
    # categories under each part: "時候", "人事" .. under "春之部", "夏之部" ..).
    names = [texts[i] for i in cands]
    repeated = 2 * len(set(names)) < len(cands)
    parts = cycle_parts(names) if repeated else frozenset()
    if repeated and not parts:
        return []
    stops = sorted(set(cands) | heading_lines) + [n]
    kept: dict[int, int] = {}
    short: dict[int, int] = {}  # candidate with little text -> the next stop
    for i in cands:
        nxt = stops[bisect.bisect_right(stops, i)]
        body = [t for t in texts[i + 1 : nxt] if t]
        if i in fields:  # its author field under it: a piece, "其一" / "其二" its poems
            kept[i] = TITLE_RANK
        elif sum(map(len, body)) < MIN_TEXT_CHARS:
            short[i] = nxt
        elif _is_cjk_start(body[0][0]) or hangul_text(body[0]) or _DASH_SUBTITLE.match(body[0]):
            kept[i] = TITLE_RANK
    # Clause cjk_title_groups: a short title over a confirmed heading heads a
    # group of them ("上　先生と私" over "一", "二" ...), as one over titles does.
    groups = [i for i, nxt in short.items() if nxt in kept or nxt in heading_lines]
    if len(kept) < MIN_TITLES and len(groups) < MIN_TITLES:
        return []
    # Clause chapters_in_one_piece: with one story's chapters in the book, a title over
    # headings (阿Ｑ正传 over 第一章, 药 over 一) is a story beside the others, no group.
    over = {i for i in groups if span and short[i] in heading_lines}
    for i in groups:
        kept[i] = GROUP_RANK if len(groups) - len(over) >= MIN_TITLES else TITLE_RANK
        kept[i] = TITLE_RANK if i in over else kept[i]
    for i in kept:  # clause repeated_categories_in_parts: a part heads its categories
        kept[i] = GROUP_RANK if texts[i] in parts else kept[i]
    # Clause chapters_in_one_piece: a title heads the chapters (阿Ｑ正传 over 第一章).
    if span and not any(short.get(i) == span[0] for i in kept):
        return []
    kept = drop_inside_runs(texts, kept)  # clause cjk_title_inside_run ("誓約書" in 卍)
    # Clause divide_run_on: where paragraphs run on with no blank line between them
    # (Aozora Bunko), a blank line is set around headings, and a part may be long (the
    # last chapter of ジーキル博士とハイド氏の怪事件 under a title of 24 characters).
    if not paragraphs_run_on(lines) and not titles_divide_text(
        texts, sorted(set(kept) | heading_lines)
    ):
        return []
    return sorted(kept.items())


# Clause field_titles: an anthology sets a poem's title in "《》" (or as a field
# "题目:《塞上》") right over its author field "作者：张九龄" (fortunes-zh's tang300 and
# song100: 唐诗三百首, 宋诗一百首): the pair heads the poem, with no blank line under
# the title (nor above it, where a short fortune file keeps its "%" lines), a long title
# too ("《至德二载,甫自京金光门出,…有悲往事》", 45 characters); "题目:《春居杂兴》二首"
# heads its "其一" and "其二" at the poems' rank (no group: its siblings are poems);
# "《除夜自石湖归苕溪》其一" (one of a set) and "《初入淮河》（选一）" (one chosen) are titles too.
_FIELD_TITLE = re.compile(
    "(?:(?:题目|題目|标题|標題)[:：])?《[^《》\n]{1,80}》(?:[一二三四五六七八九十]+首|其[一二三四五六七八九十]+|[（(]选[一二三四五六七八九十]+[）)])?"
)
_AUTHOR = re.compile("(?:作者|译者|譯者)[:：]")


def _field_titles(texts: list[str], heading_lines: set[int]) -> list[int]:
    n = len(texts)
    return [
        i for i in range(n - 1)
        if texts[i][:1] in "《题題标標" and i not in heading_lines
        and _AUTHOR.match(texts[i + 1]) and _FIELD_TITLE.fullmatch(texts[i])
    ]  # fmt: skip
