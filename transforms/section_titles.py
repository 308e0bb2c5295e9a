"""Title lines of headings (part of ``transforms.sections``' rules): the line
that titles a numbered heading ("CHAPTER 13" / "The Inn of the Red Lobster"),
and rules ``summary_line`` and ``prose_title``, which keep chapter summaries and
first sentences out of the titles (see the rule list in ``transforms.sections``);
clause ``stop_ended_titles`` (session 30): in a book whose titles end on a full stop, a
short sentence-case title line is no summary;
clause ``quoted_cjk_title`` (session 29): a quoted phrase under a CJK chapter's bare
number titles it where the series' other chapters have titles; clauses
``cjk_speech_no_title`` and ``title_like_its_text`` (session 30): a line of speech under a
bare number, and a series whose title lines are as long as their sections' text (a tanka
under each number), take no title line."""

from __future__ import annotations

import bisect
import re

from transforms import headings as hd
from transforms.comma_titles import comma_title_rest, is_comma_title
from transforms.contents import TITLE_LINE_CHARS, Lines
from transforms.year_lines import is_year

PLAY_SERIES = ("kw:act", "kw:scene")
# Clause volume_over_chapter (session 17): under a volume, part or book heading
# without a title ("Tom I", "PARTEA I"), a line that starts with a number and a
# full stop is its first chapter's heading ("I. Jak wygląda firma J. Mincel i S.
# Wokulski przez szkło butelek?" in Prus' "Lalka"), not the volume's title.
_CHAPTER_NUMBER = re.compile(r"(?:[IVXLC]+|\d{1,3}) ?[.)](?:[ \t\xa0]|$)")  # "I . — LE CHINOIS" too
# Clause cjk_part_over_chapter (session 27): the same for a CJK part ("上編", "第一篇") and
# a number line under it, "一の一" (chapter one, section one), "一", "第一回": 徳冨蘆花's
# 不如帰 got one section "上編 一の一" for its part and first chapter, three times.
_CJK_CHAPTER_NUMBER = re.compile(
    "第?[〇一二三四五六七八九十百]{1,4}(?:[のノ之][〇一二三四五六七八九十百]{1,4}|[回章節节話话])?"
)


# Clause long_caps_title_prose (review, session 32): a sentence's end inside the line
# ("COME HOME AT ONCE. YOUR FATHER IS ...", a telegram in capitals under "CHAPTER I.").
_SENTENCE_INSIDE = re.compile(r"[A-Z]{4}[.!?][\"'\u201d\u2019]?[ \t]+[\"'\u201c\u2018]?[A-Z]")
# Clause english_ordinal_part_numeral (review, session 37): a bare number under an
# english_ordinal_part line is its first chapter's number, no title ("SECOND PART" / "I",
# Brown's Wieland in the Lock and Key Library: the title was "SECOND PART I").
_BARE_NUMBER = re.compile(r"[IVXLC]+|\d{1,3}")


def _long_caps_title(lines: Lines, c: hd.Candidate, i: int) -> bool:
    """Clause ``long_caps_title`` (session 32): under a keyword heading ("CHAPTER II."),
    an isolated line wholly in capitals is its title however long, up to twice ``hd.MAX_LINE``
    ("WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE'S
    NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS", 139 characters, Don
    Quixote's complete volume 2, whose long titles were sections of their own); a long
    line in mixed case stays text, and so does one of two sentences or more (clause
    ``long_caps_title_prose``: a telegram or an inscription in capitals under the heading)."""
    line = lines.texts[i]
    return (
        c.kind == "keyword"
        and len(line) <= 2 * hd.MAX_LINE
        and (i + 1 >= len(lines.texts) or lines.blank[i + 1])
        and line.upper() == line
        and sum(map(str.isupper, line)) >= 0.6 * len(line)
        and not _SENTENCE_INSIDE.search(line)
    )


def title_line(lines: Lines, c: hd.Candidate, taken: set[int]) -> int | None:
    """The line that titles a numbered heading without a title of its own (not
    in plays: the line under "Scena Tertia" is a stage direction)."""
    if c.rest and c.kind == "cjk" and c.rest[-1] in "，、":
        return _wrapped_title(lines, c, taken)  # clause cjk_wrapped_title
    if is_comma_title(c):  # clauses comma_title_runs_on, comma_title_lines (comma_titles)
        return comma_title_rest(lines, c, taken)
    # Clause sequence_subtitle: a named sequence's heading ("MEDITATION I.") takes a
    # title line in capitals under it ("THE SUBJECT.", Balzac); see the caps test below.
    kinds = ("keyword", "cjk", "numeral", "ordinal", "sequence")
    if c.rest or c.kind not in kinds or c.series in PLAY_SERIES:
        return None
    i, n = c.line + 1, len(lines.texts)
    while i < n and lines.blank[i] and i <= c.line + 2:
        i += 1
    if i >= n or lines.blank[i] or i in taken:
        return None
    if len(lines.texts[i]) > TITLE_LINE_CHARS and not _long_caps_title(lines, c, i):
        return None
    line = lines.texts[i]
    if _POST_STAMP.match(line):
        return None  # clause post_stamp_no_title
    if c.kind == "numeral" and _MONTH_DAY.match(line) and is_year(c):
        return None  # clause year_entry_date
    if c.line <= TITLE_PAGE_LINES and line[-1] in "訳譯译著" and i == c.line + 1:
        return None  # clause title_page_byline
    if c.rank < hd.KEYWORD_RANK["chapter"] and (
        _CHAPTER_NUMBER.match(line) or _CJK_CHAPTER_NUMBER.fullmatch(line)
    ):
        return None  # clauses volume_over_chapter, cjk_part_over_chapter
    if c.series in ("ord:part", "ord:book") and _BARE_NUMBER.fullmatch(line):
        return None  # clause english_ordinal_part_numeral (review): "SECOND PART" / "I"
    isolated = i + 1 >= n or lines.blank[i + 1]
    caps = line.upper() == line and any(ch.isalpha() for ch in line)
    if (
        caps
        and i > c.line + 1
        and not any(ch.isupper() for ch in line)
        and (_reads_as_text(line) or _opens_verse(lines.texts, lines.blank, i))
    ):
        # Clause caseless_caps (session 27): a line of kana or ideographs (or Hangul, Arabic)
        # equals its upper() but is in no capitals. Right under its heading it may still be
        # the title ("第一部分" / "认知革命" / a caption, 人类简史); set off from the heading
        # by a blank line with text right under it, it is the first line of the text
        # ("七十" / "" / "「どうなすったね」", Aozora novels: 115 dialogue lines of 80 books).
        # Clause caseless_caps_title (review, session 27): only a line that reads as text —
        # opens with a quote or bracket, has a sentence mark inside, ends on a sentence or
        # clause mark, or runs long with commas — is text; a short phrase stays the title:
        # "第 1 章" / "" / "革命者、建设者、改革者：1904-1969" over a hard-wrapped paragraph
        # (傅高义's 邓小平时代, a PDF-made e-book: all 24 chapter titles were lost); so is the
        # first line of a poem, two short lines under it ("童子に問へば石工は" / "木かげに夢を…").
        caps = False
    if c.kind == "sequence" and not (caps and isolated):
        return None  # clause sequence_subtitle: "Ruth 1" over its first verse keeps none
    unclosed = line[0] in "«„»" and not any(q in line[1:] for q in '«»“”"')
    if _dash_caps_title(lines, c, i, caps):
        return i  # clause dash_caps_title
    if line[0] in "([—–-" or line[-1] in ",;:" or (line[0] in "“\"‘'" and not caps) or unclosed:
        # a footnote ("[1625] See ..."), dialogue ("“Tom!”", "—You, Cochrane,
        # what city sent for him?"), the first line of a verse ("Urbane, to
        # comfort them,"), clause colon_line (session 17): a line that announces
        # what follows ("Заглянув Черевань у пекарню:"): not a title. Clause
        # unclosed_guillemet (review wtE19r): a line that opens with « „ » and
        # never closes the quote starts speech or a letter ("XІІ." / "«Дорога
        # мамо!", Ukrainka's "Жаль"); closed, it may be a title ("„Црни ратник“").
        return None
    if _speech(lines, i):
        return None  # clause cjk_speech_no_title
    return i if (isolated or caps) else None


def _dash_caps_title(lines: Lines, c: hd.Candidate, i: int, caps: bool) -> bool:
    """Clause ``dash_caps_title`` (session 36): under a keyword heading, an isolated line
    in capitals that opens with a dash carries on the title of the chapter before
    ("CHAPTER XXVIII." / "--AND A FRIEND IN NEED." after "IN NEED OF A FRIEND",
    Wrenn's Bungalow Boys Along the Yukon; "CHAPTER XX" / "--BUT DIFFERENTLY!" after
    "--AS USUAL", Blackwood's The Extra Day): it is the chapter's title. A line of
    speech or verse opening with a dash is in mixed case ("--I am going to the
    parliament;"): not one. Clause ``dash_caps_title_numeral`` (session 37): under a
    numeral heading too ("[6]" / "--AND STAYS THERE" after "[5]" / "FARNIE GETS INTO
    TROUBLE--", Wodehouse's A Prefect's Uncle), where a title above ends with the dash
    that this line carries on (``_carried_on``)."""
    line = lines.texts[i]
    return (
        caps
        and line[0] in "—–-"
        and c.kind in ("keyword", "numeral")  # clause dash_caps_title_numeral
        and (i + 1 >= len(lines.texts) or lines.blank[i + 1])
        and sum(map(str.isupper, line)) >= 3
        and not _SENTENCE_INSIDE.search(line)
        and (c.kind == "keyword" or _carried_on(lines, c.line))
    )


def _carried_on(lines: Lines, at: int) -> bool:
    """Clause ``dash_caps_title_numeral``'s evidence: an isolated line in capitals above
    ``at`` ends with a dash, a title that the dash line carries on ("FARNIE GETS INTO
    TROUBLE--"); an attribution "--EDITOR." under a numeral has none."""
    for j in range(at - 1, -1, -1):
        t = lines.texts[j]
        if t[-1:] in "—–-" and t.endswith(("--", "—", "–")) and t.upper() == t:
            if (j == 0 or lines.blank[j - 1]) and (j + 1 >= len(lines.texts) or lines.blank[j + 1]):
                return True
    return False


# Clause title_page_byline (session 34): on a title page (a heading within the document's
# first TITLE_PAGE_LINES lines) the line right under a bare volume number is the byline,
# "現代語訳　平家物語" / "第一巻" / "尾崎士郎訳" (Aozora 001529, its twelve volumes), a
# translator's or author's name closing on 訳 / 譯 / 译 / 著, not the volume's title.
TITLE_PAGE_LINES = 3


# Clause post_stamp_no_title (session 32): a forum's or a site's posting stamp under a
# bare chapter number is no title: "第8节" / "日期：2008-9-191:25:23" / "光武皇帝卷一…"
# (曹昇's 嗜血的皇冠, copied from a forum: 137 of its 176 sections were titled by the
# date), "更新时间2009-1-9 9:21:42 字数：1511" (梁文道's 常识, from a web-novel site). A
# date word, a colon or not, then a year and a month in digits.
# Clause year_entry_date (transforms.year_lines): a diary's entry opens with its
# month and day ("September 12. I was at L. Tolstoi's." under "1901."): no title.
_MONTH_DAY = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? \d{1,2}\b"
)
_POST_STAMP = re.compile(
    r"(?:日期|时间|時間|更新时间|更新時間|更新日期|发表时间|發表時間|发布时间|發佈時間|发表日期|发布日期)"
    r"[：:]?[ \t\u3000]*[0-9０-９]{2,4}[-/.年－][0-9０-９]{1,2}"
)


# Clause cjk_speech_no_title (session 30): a CJK line of speech under a bare number is the
# section's first line, not its title: "一" / "「親分、變なことを聽きましたがね」" right
# over the prose (野村胡堂's 銭形平次, cards/001670 55857: 5 chapters titled by their first
# line of speech), "三" / "兼「御新造様誠に御無沙汰致しました」" over "母「まだお前が…"
# (三遊亭圓朝's 松の操美人の生埋, a 落語 transcript, cards/000989 4489: the speaker's
# name then the quote). Speech: the whole line is one quote in 「」 or 『』, after a speaker's
# name of at most 4 characters, and the quote holds a clause or sentence mark with text
# after it, or the next text line opens as speech too. A quoted title ("「鶴の子石鹸」の事",
# '"侠客行"', "「我是谁？」") is not: text after the quote, or no mark inside.
_SPEECH = re.compile("(?:[\u3400-\u9fff\u3040-\u30ff]{1,4})?[「『]([^「」『』]+)[」』]")
_INNER_MARK = re.compile("[、。，！？!?,][^、。，！？!?,]")
_SPEECH_OPEN = re.compile("(?:[\u3400-\u9fff\u3040-\u30ff]{1,4})?[「『]")


def _speech(lines: Lines, i: int) -> bool:
    m = _SPEECH.fullmatch(lines.texts[i].strip())
    if m is None:
        return False
    if _INNER_MARK.search(m.group(1)):
        return True
    nxt = next((t for t in lines.texts[i + 1 : i + 4] if t), "")
    return _SPEECH_OPEN.match(nxt.strip()) is not None


# Clause cjk_wrapped_title (session 26): a long CJK title broken after a comma goes on on
# the next line, the title's end set off by a blank line: "第一篇　论劳动生产力增进的原因，"
# over "并论劳动生产物自然而然地分配给各阶级人民的顺序" (郭大力、王亚南's 国富论, a web
# e-book). That line is the title's end, not the book's first paragraph; a line with a
# sentence mark, or with text right under it, stays prose.
_CJK_STOP = re.compile("[。！？；]")


def _wrapped_title(lines: Lines, c: hd.Candidate, taken: set[int]) -> int | None:
    i, n = c.line + 1, len(lines.texts)
    if i >= n or lines.blank[i] or i in taken or len(lines.texts[i]) > TITLE_LINE_CHARS:
        return None
    if _CJK_STOP.search(lines.texts[i]) or not (i + 1 >= n or lines.blank[i + 1]):
        return None
    return i


_CASELESS_TEXT = re.compile(r"^[「『“‘\"'（(〔―—…]|[。！？!?].|\. |[。、，,；;：:….؟]$")


def _reads_as_text(line: str) -> bool:
    """A caseless line that reads as the text's first line, not a title (clause
    caseless_caps_title): "「どうなすったね」", "お島が作を一層嫌って、…頃からであった。",
    "（一）", or over 40 characters with a comma."""
    return bool(_CASELESS_TEXT.search(line)) or (
        len(line) > 40 and bool(re.search("[，、,]", line))
    )


VERSE_LINE_CHARS = 24


def _opens_verse(texts: list[str], blank, i: int) -> bool:
    """Line ``i`` has two short lines right under it that open with no quote: a stanza
    (clause caseless_caps_title; a title's text runs on, or opens with speech)."""
    under = range(i + 1, i + 3)
    return all(
        k < len(texts)
        and not blank[k]
        and len(texts[k]) <= VERSE_LINE_CHARS
        and not _CASELESS_TEXT.match(texts[k])
        for k in under
    )


def _reads_as_prose(line: str) -> bool:
    """At least 4 words, fewer than half of them capitalised: a sentence ("Huck
    said: “Tom, we can slope ...", "But to return from this digression."),
    not a title ("My Good Luck.", "SANCTUS JANUARIUS", "Saying of the Pious")."""
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    capitals = sum(next(ch for ch in w if ch.isalpha()).isupper() for w in words)
    return len(words) >= 4 and 2 * capitals < len(words)


SUMMARY_WORDS = 8  # a prose-like title line this long is a summary, not a title
_TRAILING = re.compile(r"(?:\[\d+\]|[\s”’\"')_\]])+$")  # closing marks, "[3]" footnotes
# Clause cjk_summary_line: a CJK line that ends on a sentence or clause mark, or
# on "！" / "？" after one, is a sentence ("高俅不敢过去冲撞，立在从人背后伺侯。",
# "这人吹弹歌舞，刺枪使棒，"), not a title ("北平陷落！" is one).
_CJK_TEXT = re.compile("[\u3040-\u30ff\u3400-\u9fff]")  # kana, ideographs
# Clause cjk_speech_title (session 26): a GBK-era web e-book closes a quote with ASCII
# '"' and writes the colon "∶" (U+2236): "秦岭闭着眼睛喃喃道∶"你不是想体验过程吗？
# 我就是你一生中某一段的过程……"" (都梁《血色浪漫》, under "第四篇") is speech, not the
# part's title; so is any CJK line where a colon opens a quote ("道：“", "说∶"").
_CJK_SENTENCE = re.compile(r"(?:[。，、；：∶…]|[，、；。！？].+[！？])[」』”’）)\"']*$")
_CJK_SPEECH = re.compile(r"[：∶][“「『\"]")
_SENTENCE_BREAK = re.compile(r"[;.?!][”’\"')_\]]*\s+\S")


def _reads_as_summary(line: str) -> bool:
    """Rule summary_line: prose (``_reads_as_prose``) that is a sentence, not a
    short phrase nor a short question or exclamation: it ends in a full stop
    ("... buy him an A-B-C book."), breaks into clauses or sentences ("The
    great battle between Pinocchio and his playmates. One is wounded."), or runs to ``SUMMARY_WORDS``
    words ("Pinocchio finally ceases to be a Marionette and becomes a boy")."""
    if (_CJK_SENTENCE.search(line) or _CJK_SPEECH.search(line)) and _CJK_TEXT.search(line):
        return True  # clauses cjk_summary_line, cjk_speech_title
    if not _reads_as_prose(line):
        return False
    bare = _TRAILING.sub("", line)
    words = len(line.split())
    # A short question or exclamation is a title ("What is a dialect?").
    final = bare.endswith(".") and not bare.endswith("..")
    return final or words >= SUMMARY_WORDS or _SENTENCE_BREAK.search(line) is not None


def _set_apart(lines: Lines, t: int, heading_lines: set[int]) -> bool:
    """Whether line ``t`` is followed by at least two blank lines and then by text
    that is no heading: the layout of a title line set apart from the body
    ("CHAPTER 13" / "The Inn of the Red Lobster" / two blank lines / the body),
    where a first paragraph is followed by one blank line like every other
    paragraph."""
    n, i = len(lines.texts), t + 1
    while i < n and lines.blank[i]:
        i += 1
    return i - t - 1 >= 2 and i < n and i not in heading_lines


def drop_prose_titles(lines: Lines, heads: list[hd.Candidate], titles: dict[int, int]) -> None:
    """Rule summary_line: a title line that reads as a sentence
    (``_reads_as_summary``) is a summary or a first sentence in any series.
    Rule prose_title: in a series where fewer than half of the headings take
    a title line, a shorter title line that reads as prose is the chapter's
    first sentence, not its title (a book whose chapters are bare numbers),
    unless the layout sets it apart from the body (``_set_apart``)."""
    total: dict[str, int] = {}
    titled: dict[str, int] = {}
    for c in heads:
        total[c.series] = total.get(c.series, 0) + 1
        titled[c.series] = titled.get(c.series, 0) + (c.line in titles)
    heading_lines = {c.line for c in heads}
    stopped = _stop_ended_series(lines, heads, titles)
    for c in heads:
        t = titles.get(c.line)
        if t is None:
            continue
        if _reads_as_summary(lines.texts[t]) and not (
            c.series in stopped and _short_stopped_title(lines, t, heading_lines)
        ):
            del titles[c.line]  # rule summary_line, in any series
        elif 2 * titled[c.series] < total[c.series]:
            if _reads_as_prose(lines.texts[t]) and not _set_apart(lines, t, heading_lines):
                del titles[c.line]


# Clause stop_ended_titles (session 30): a book that closes its chapter titles with a full
# stop ("II" / "Le père et le fils.", "Les Catalans.", "Complot." in Dumas' Le comte de
# Monte-Cristo, Project Gutenberg) titles in sentence case in French, Spanish, Italian,
# Portuguese: "Le repas des fiançailles." read as a one-line summary (rule summary_line)
# and 28 of Monte-Cristo's 117 chapters lost their titles. In a series where at least
# STOPPED_TITLES title lines that do not read as prose end on a full stop, and they are
# at least half of such lines, a prose-like line of fewer than SUMMARY_WORDS words, one
# sentence only, set apart from the body (``_set_apart``), stays the title.
STOPPED_TITLES = 3


def _stopped(line: str) -> bool:
    bare = _TRAILING.sub("", line)
    return bare.endswith(".") and not bare.endswith("..")


def _stop_ended_series(lines: Lines, heads: list[hd.Candidate], titles: dict[int, int]) -> set:
    """The series whose non-prose title lines mostly end on a full stop (clause
    stop_ended_titles)."""
    plain: dict[str, int] = {}
    stops: dict[str, int] = {}
    for c in heads:
        t = titles.get(c.line)
        if t is not None and not _reads_as_prose(lines.texts[t]):
            plain[c.series] = plain.get(c.series, 0) + 1
            stops[c.series] = stops.get(c.series, 0) + _stopped(lines.texts[t])
    return {s for s, k in stops.items() if k >= STOPPED_TITLES and 2 * k >= plain[s]}


def _short_stopped_title(lines: Lines, t: int, heading_lines: set[int]) -> bool:
    """Clause stop_ended_titles: a short one-sentence line ending on a stop, set apart."""
    line = lines.texts[t]
    return (
        len(line.split()) < SUMMARY_WORDS
        and _SENTENCE_BREAK.search(line) is None
        and _set_apart(lines, t, heading_lines)
    )


def drop_verse_titles(lines: Lines, heads: list[hd.Candidate], titles: dict[int, int]) -> None:
    """Clause title_like_its_text (session 30): in a series where more than half of the
    title lines (``MIN_LIKE_TEXT`` or more) are as long as the section's text lines
    (at least ``LIKE_TEXT_SHARE`` of their median length) or the section holds no other
    line, the title lines are the sections' first lines, not their titles: 北原白秋's
    桐の花 (cards/000106 56857) sets its tanka apart, a blank line around each, under
    their numbers ("一" / "春の鳥な鳴きそ鳴きそあかあかと外の面の草に日の入る夕" / "二" /
    "銀笛のごとも哀しく単調に過ぎもゆきにし夢なりしかな" / "しみじみと物のあはれを…"),
    and every number took its first poem for a title (214 sections); 長塚節歌集 下
    (cards/000118 615) likewise. The whole series loses its title lines (the number is
    the section; a poem's own heading "浅草にて" over its tanka too). A title is shorter
    than the text it heads: a chapter's title over prose, or over verse, keeps it."""
    heading_lines = sorted(c.line for c in heads)
    n = len(lines.texts)
    like: dict[str, int] = {}
    titled: dict[str, int] = {}
    for c in heads:
        t = titles.get(c.line)
        if t is None or not _CJK_TEXT.search(lines.texts[t]):
            continue  # CJK only: Pliny's "BOOK XXIV." over its title and short lines
        titled[c.series] = titled.get(c.series, 0) + 1
        k = bisect.bisect_right(heading_lines, t)
        end = heading_lines[k] if k < len(heading_lines) else n
        body = sorted(len(x) for x in lines.texts[t + 1 : end] if x)
        size = len(lines.texts[t])
        like[c.series] = like.get(c.series, 0) + (
            not body or size >= LIKE_TEXT_SHARE * body[len(body) // 2]
        )
    for c in heads:
        k = like.get(c.series, 0)
        t = titles.get(c.line)
        if t is None or not _CJK_TEXT.search(lines.texts[t]):
            continue
        if k >= MIN_LIKE_TEXT and 2 * k > titled[c.series]:
            del titles[c.line]


MIN_LIKE_TEXT = 3
LIKE_TEXT_SHARE = 0.8


# Clause quoted_cjk_title (session 29): a chapter titled by a quoted phrase, the quote
# marks the book's own: "第二十回" / '"侠客行"' / "赵客缦胡缨,…" (金庸's 侠客行, its title
# the poem it quotes; "我是谁?", 连城诀's "梁山伯・祝英台", "唐诗选辑"). The opening quote
# made the line read as speech (``_reads_as_text``), so those chapters lost their titles.
_QUOTED_TITLE = re.compile(r"[\"“「『《]([\u3400-\u9fff・·、 ]{1,14}[?？!！]?)[\"”」』》]")


def quoted_titles(lines: Lines, heads: list[hd.Candidate], titles: dict[int, int]) -> None:
    """Clause quoted_cjk_title: a CJK chapter's number alone ("第二十回") over a line
    that is one quoted CJK phrase (up to 14 characters, a "?" or "!" at its end at
    most) takes that line as its title, only in a series where most headings took a
    title line already: there a short quoted line under a bare number is the title
    the others have; where chapters are bare numbers it opens the text (speech)."""
    total: dict[str, int] = {}
    titled: dict[str, int] = {}
    for c in heads:
        total[c.series] = total.get(c.series, 0) + 1
        titled[c.series] = titled.get(c.series, 0) + (c.line in titles)
    taken = set(titles.values()) | {c.line for c in heads}
    n = len(lines.texts)
    for c in heads:
        if c.line in titles or c.rest or c.kind != "cjk" or 2 * titled[c.series] <= total[c.series]:
            continue
        i = c.line + 1
        while i < n and lines.blank[i] and i <= c.line + 2:
            i += 1
        if i < n and i not in taken and _QUOTED_TITLE.fullmatch(lines.texts[i].strip()):
            titles[c.line] = i
