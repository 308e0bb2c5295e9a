"""Title forms after a section number that ``transforms.headings`` (and
``transforms.cjk_numbers``) read with the two clauses below; kept here so that
module stays a list of line shapes.

``title_like``: a title, not a numbered sentence. Clause ``cjk_title_marks``: a
CJK title may hold a few clause marks; clause ``command_name_title``: a chapter
named by a command in lower case. Clauses ``cjk_title_end_mark``, ``cjk_title_inner_marks``
and ``cjk_title_call_note``: a spaced web-novel title may end in "！"/"？", hold two to four
of them, or close on a bracketed call to the readers ("（4万月票加更！）").
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[，。！？；：、]")

# Clause cjk_title_marks: a title set right after "第N章" may hold a colon after
# the number ("第一章：全文检索的基本原理", "第二篇：代码分析篇") and up to
# ``MAX_TITLE_MARKS`` commas, enumeration commas or colons inside it
# ("第三章归来，又见故人"), when it is short, opens with no mark other than
# that colon and ends with none: "第三回中，宝玉便..." (a hard-wrapped line of
# prose) runs past ``MAX_MARKED_TITLE`` characters or ends in a clause mark,
# "第二回，" opens with one.
MAX_TITLE_MARKS, MAX_MARKED_TITLE = 2, 24
_CLAUSE_MARKS = "，、：；,;:"


# Clause cjk_ordinal_phrase (review, session 20): after "第N" + unit with no colon
# and no space, a short first clause is the rest of an ordinal phrase that opens
# a sentence, not a title: "第一回合，他输了" (round one), "第二部分，我们讨论..."
# (part two), "第三节课，老师没来", "第三章中，作者..." (one character), "第一部电影，
# 我看了三遍" (部/回/节/篇/集 are measure words too: two characters after them) and
# Japanese "第三章では、..." (a particle in kana), each clause closed by "，" or "、".
# "第三章归来，又见故人", "第一回灵根育孕源流出，心性修持大道生" and "第一部分：
# 总体要求" (a colon closes the first clause) stay titles.
_MEASURE_UNITS = "回部节節篇集"
# Words that open with a unit: 回合 (round), 部分 (part), 部门 (department), 节课
# (class period), 节目 (programme); the clause is measured after them, so
# "第一回合结束，他输了" and "第二部分内容，…" are openers too.
_WORD_TAILS = {"回": "合", "部": "分门門", "节": "课目", "節": "課目"}
_FIRST_CLAUSE = re.compile(r"[^，、：；,;:]*")
# Clause cjk_time_clause (session 21): a longer first clause that ends in a word of
# time or place ("以后", "之前", "结束后", "的时候", "当中") is an adverbial clause
# that opens a sentence: "第一部电影结束后，我们…", "第三章以后，作者…". A title's
# first clause ends so rarely ("皇后", "勇往直前" end in no such word).
_TIME_END = re.compile(
    r"(?:[以之过過完束然][后後]|[以之][前来來]|[时時]候|[之当當]中|之[时時]|开始|開始|结束|結束"
    r"|期[间間])$"
)
_KANA = re.compile(r"[\u3041-\u309f]+")
# Clause cjk_one_char_title (session 32): after "第N章" (章 is no measure word) a first
# clause of one Han character is a title's word when it is no word that goes on a
# sentence ("第六章信，系两处相思", a 晋江-style novel of zzk6780051/novel): "第三章中，作者…"
# (a place word), "第三章说，…" (a verb of saying), "第二章的，" (a particle), "第三章就…" (an
# adverb: the chapter is the sentence's subject) stay prose. Review (cjk_one_char_title_classical):
# a commentary's classical verbs of saying and adverbs ("第一章曰，道可道", "第二章云，…",
# "第三章亦，如此", "第五章乃，全书之纲") were section titles: on the list too.
_ONE_CHAR_TITLE = re.compile(
    r"[\u4e00-\u9fff](?<![中里裏内內外后後前时時上下末初起完毕畢说說讲講写寫谈談提是的也就又还還都则則"
    r"呢吧啊了过過开開已才被要会會在将將曰云言谓謂称稱述载載论論亦乃皆却卻便即仍并並且均曾])"
)


def _ordinal_phrase(title: str, unit: str) -> bool:
    first = _FIRST_CLAUSE.match(title).group()
    if title[len(first) : len(first) + 1] in ("：", ":"):
        return False  # "第一部分：总体要求" ("部分" + a colon) is a title
    if first[:1] in _WORD_TAILS.get(unit, ""):
        first = first[1:]  # "第一回合结束，": the word 回合, then "结束"
    short = len(first) < (3 if unit in _MEASURE_UNITS else 2)
    if short and unit == "章" and len(first) == 1 and _ONE_CHAR_TITLE.match(first):
        short = False  # clause cjk_one_char_title
    return short or _KANA.fullmatch(first) is not None or _TIME_END.search(first) is not None


def cjk_title_marks(title: str, unit: str = "") -> bool:
    """Whether an unspaced title holding "，、：" is a title (clause ``cjk_title_marks``);
    ``unit`` ("章", "回" ...) is the unit of "第N" + unit before it, if any."""
    body = title[1:].lstrip(" \t\u3000") if title[:1] in "：:" else title
    if unit and title[:1] not in "：:" and _ordinal_phrase(title, unit):
        return False  # clause cjk_ordinal_phrase
    return (
        0 < len(body) <= MAX_MARKED_TITLE
        and body[0] not in _CLAUSE_MARKS
        and body[-1] not in _CLAUSE_MARKS
        and len(_MARKS.findall(body)) <= MAX_TITLE_MARKS
    )


# Clause cjk_title_end_mark (session 30): a web novel's chapter title may end in "？" or
# "！" ("第3章  谁是废物？", "第64章  什么叫狂？（二更）", "第1296章 我是你哥哥！"): 367
# such lines in 33 web novels (zzk6780051/novel), none a section, each chapter's text read
# as the end of the one before. A title set off by a space, of at most
# MAX_END_MARK_TITLE characters, its marks at its end only (then a closing quote, a
# bracketed note or a part number), no "。" "；" and no second chapter number, is one.
MAX_END_MARK_TITLE = 24
_END_MARK_TITLE = re.compile(
    rf"[^。；！？\n]{{1,{MAX_END_MARK_TITLE}}}?[！？]{{1,3}}[”」』]?"
    r"(?:[（(][^）)\n]{1,8}[）)]|\d{1,2})?"
)
_CHAPTER_INSIDE = re.compile(r"第[0-9零〇一二三四五六七八九十百千两]{1,6}[章回节卷]")


# Clause cjk_title_end_mark_volume_line (session 30 review): a volume's line that holds its
# chapter's number ("第十三卷 灯火阑珊 第2040章 不宣于口！", 《仙逆》, 爪机书屋) is read as its
# siblings without a mark are ("第十三卷 灯火阑珊 第2041章 明天"): the second number is a
# chapter's in a volume's line. Before, 18 of 49 such chapters were left out of the sections.
_VOLUME_UNITS = "卷部篇集"


# Clause cjk_title_inner_marks (session 31): the title may be two to four exclamations or
# questions ("第五十八章 你？不是你！", "第912章 生？死？", "第723章 丹祖！洛锋！了解一下！！"),
# the last one maybe with no mark ("第186章 哥！你偏心", "第321章 住手！找死"): 20 lines of
# 7 web novels (zzk6780051/novel), none a section. Each run at most MAX_INNER_RUN
# characters with no "。；，：、", the whole at most MAX_END_MARK_TITLE; spaced only.
MAX_INNER_RUN = 12
_INNER_MARKS_TITLE = re.compile(
    rf"(?:[^。；，：、！？\n]{{1,{MAX_INNER_RUN}}}[！？]{{1,3}}[”」』]?){{1,4}}"
    rf"[^。；，：、！？\n]{{0,{MAX_INNER_RUN}}}"
)


def _inner_marks(title: str) -> bool:
    return (
        len(title) <= MAX_END_MARK_TITLE
        and _INNER_MARKS_TITLE.fullmatch(title) is not None
        and len(re.findall(r"[！？]+", title)) + (title[-1] not in "！？”」』") >= 2
    )


# Clause cjk_title_call_note (session 31): a bracket at the end of a spaced chapter title
# that holds the serial's call or count ("第二百零五章 呓语者（4万月票加更！）", 诡秘之主
# (xiexie1993/fiction_Secret_Master); "第46章 修罗仙姑（三更，求推荐！）", "第九十五章 舒服么？
# （第三更完毕，求鲜花）") is set aside before the title's marks are read: its "！" and "，"
# are the note's, not a sentence's. 8 lines of 5 web novels, none a section before. The
# note is at most MAX_CALL_NOTE characters and names the serial (更 with a count, 加更, 求,
# 票, 推荐, 订阅, 收藏, 鲜花, 打赏, 感谢, 单章, 连发); a bracket of other words is read as before.
MAX_CALL_NOTE = 16
# Clause call_note_blanks_once (session 46): the blanks before the note are matched from
# their run's first one (a match from inside the run is one from there, met first).
_CALL_NOTE = re.compile(
    rf"(?<![ \t\u3000])[ \t\u3000]*[（(](?P<note>[^（）()\n]{{1,{MAX_CALL_NOTE}}})[）)]{{1,2}}$"
)
_CALL_WORDS = re.compile(
    r"[\d一二三四五六七八九十两双]更|加更|更新|求|票|推荐|订阅|收藏|鲜花|打赏|感谢|单章|连发"
)


# Clause cjk_glued_title_end_mark (session 32): a web novel that glues its titles to
# "第N章" ("第310章天降陨石") ends some in "？"/"！" ("第309章你们也是来度假的？",
# "第320章我梦？", 《我在精神病院学斩神》 of zzk6780051/novel: 4 chapters read as the end of
# the one before). After 章 only (no measure word: "第6集团军的苦战终于完毕！" is prose),
# 2 to MAX_END_MARK_TITLE characters with no other mark, then one to three "？"/"！"
# (a closing quote allowed), opening with a Han character that is no word of a sentence
# going on (cjk_one_char_title's list); no second chapter number. Clause cjk_ordinal_phrase still
# reads the title ("第一节课？" has a measure unit and is no candidate).
_GLUED_END_MARK_TITLE = re.compile(
    rf"[^，。；：、！？,;:\n]{{2,{MAX_END_MARK_TITLE}}}[！？]{{1,3}}[”」』]?"
)


def cjk_glued_end_mark(title: str, unit: str) -> bool:
    """Clause ``cjk_glued_title_end_mark``: an unspaced "第N章" title ending in "？"/"！"."""
    return (
        unit == "章"
        and _GLUED_END_MARK_TITLE.fullmatch(title) is not None
        and _ONE_CHAR_TITLE.match(title) is not None  # "第64章就这样写完了吗？" is prose
        and _CHAPTER_INSIDE.search(title) is None
    )


def call_note_core(title: str) -> str:
    """Clause ``cjk_title_call_note``: ``title`` without a closing call note, if any."""
    m = _CALL_NOTE.search(title)
    if m is None or m.start() == 0 or _CALL_WORDS.search(m.group("note")) is None:
        return title
    return title[: m.start()]


def cjk_title_end_mark(title: str, unit: str = "") -> bool:
    """Clause ``cjk_title_end_mark``: a spaced title that ends in "？" / "！" (clause
    ``cjk_title_inner_marks``: or holds two to four of them)."""
    if _END_MARK_TITLE.fullmatch(title) is None and not _inner_marks(title):
        return False
    inside = _CHAPTER_INSIDE.search(title)
    return not inside or (unit in _VOLUME_UNITS and unit != "" and inside.group()[-1] != "卷")


# Clause command_name_title: a technical guide's chapter may be named by a
# command or package in lower case, a colon, then a title that opens with a
# letter other than a lower-case Latin one: "3. ubuntu-dev-tools: Tools for Ubuntu developers",
# "4. autopkgtest: Автоматическое тестирование пакетов" (Ubuntu Packaging
# Guide en/ru, its knowledge-base part). A lower-case word without the colon
# ("2. and then ...") stays prose.
COMMAND_TITLE = re.compile(
    r"(?P<num>\d{1,3})(?P<sep>\.[ \t]+)(?P<title>[a-z][a-z0-9._+-]{1,30}:[ \t]+(?=[^\W\d_])"
    r"(?=[^a-z])[^\n]{1,80})"
)


# Clause play_units (session 21): a Chinese or Japanese play's acts and scenes,
# "第一幕" (act) and "第一场" / "第一場" (scene), alone on their line or with a
# place after a space: "第五幕" / "第二场　城堡中的厅堂" (朱生豪's Hamlet). The
# unit with a word right after it is prose ("第一场雪", "第二场比赛开始了", 场 and
# 幕 are measure words), so the title must be spaced. Clause scene_place: a
# scene's place may be set in two or three parts parted by "。" ("第一场　艾尔西诺。
# 城堡前的露台"), each short, with no other mark; clause scene_place_semicolon (review,
# session 21): or by "；" ("第一场　林中；蒂妲妮霞熟睡未醒", 朱生豪's 仲夏夜之梦 act 3,
# Wikisource's markup), before which the scene was no heading and its line was taken
# into the act's title. Clause scene_sentence: a part ending in a sentence particle
# ("第二场 比赛开始了。") is a sentence of prose, no place. Clause scene_degree_predicate:
# so is a first part that ends in a degree adverb and an adjective ("第一场 雪下得很大。":
# the first snowfall was heavy; "天很冷"), a predicate where the place stands; "一间很大的
# 客厅" (的 after it) is a place, and "荒野。风很大" a place and its weather.
# Clause episode_units: a Japanese or Chinese book's episodes, "第一話　ひたぎクラブ"
# (an Aozora-format novel's contents), "第一话", spaced or alone as the play's units.
PLAY_UNITS = "幕场場"
_PLACE = re.compile(r"[^，。！？；：、,;:!?]{1,16}(?:[。；][^，。！？；：、,;:!?]{1,16}){0,2}。?")
_SENTENCE_PART = re.compile(r"[了吗嗎呢吧啊][。；]|[了吗嗎呢吧啊]$")  # clause scene_sentence
# Clause degree_after_subject: the adverb follows a subject ("雪下得", "天"); a place
# that opens with one of its characters ("太和殿。", "太庙。", "特别法庭。", "十分钟后。")
# stays a place (the subject-less pattern took these scenes' headings away).
_DEGREE_FIRST = re.compile(  # clause scene_degree_predicate, in the first part
    r"[^。；]+?(?:[很挺太]|非常|十分|特别|特別)[^的之，。！？；：、]{1,2}(?:[。；]|$)"
)


def scene_place(title: str) -> bool:
    """Whether a spaced play heading's title is a place (clause ``scene_place``)."""
    return (
        len(title) <= MAX_MARKED_TITLE
        and _PLACE.fullmatch(title) is not None
        and _SENTENCE_PART.search(title) is None
        and _DEGREE_FIRST.match(title) is None
    )


# A numbered title after "IV." or "12." (``transforms.headings``, rule any_script_titles).
_PAGE_NUMBER = re.compile(r"\s(?:\d+|[ivxlc]+)\Z")


def ends_in_page_number(line: str) -> bool:
    """ "AUTHOR'S PREFACE 37", "Fishes which change their colour 414", "... xvii"."""
    return _PAGE_NUMBER.search(line[-12:]) is not None


# Clause polite_imperative: German addresses the reader with "<verb>en Sie" (the verb
# first: "Überprüfen Sie die Ausgabe von ...", "Starten Sie das System neu.", steps of
# the de Debian Reference); its capitalised nouns pass the capitals count below, so a
# numbered step read as a title. A short phrase without a mark stays one ("Lernen Sie
# Debian kennen"); "Was Sie wissen sollten", "Wie Sie ..." open with no verb.
# Clause polite_imperative_noun_end: without a mark, a long one is a step only when
# the wrap cut it after a small word ("Setzen Sie "architecture" auf keinen anderen
# Wert als "all" oder"); the de Developer's Reference titles its sections so, ending
# on a noun ("Unterteilen Sie Ihre Patches in mehrere Dateien", "Treffen Sie keine
# Annahmen über Schnittstellen", 5 to 7 words), and those stay titles; more than 8
# words fill a wrapped line ("Setzen Sie den Hauptverantwortlichen für das Paket in
# das Feld").
_POLITE_IMPERATIVE = re.compile(r"[A-ZÄÖÜ]\w*(?:en|ern|eln) Sie\b")
_SENTENCE_MARKS = re.compile(r"[.,;:!?]")
# A capital that is no pronoun of address ("von Ihrem" ends a cut step too).
_NOUN_END = re.compile(r"(?!(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)$)[A-ZÄÖÜ]")


def title_like(title: str, dash: bool = False) -> bool:
    """A title, not a numbered sentence ("184. There is a haughtiness ...") or
    a clause ("I. In respect of fears and confidence or boldness:")."""
    words = title.split()
    if ends_in_page_number(title) or title.endswith("_ib._"):
        return False  # a contents entry: "Fishes which change their colour 414"
    if _POLITE_IMPERATIVE.match(title) and (
        _SENTENCE_MARKS.search(title)
        or (len(words) > 4 and (len(words) > 8 or not _NOUN_END.match(words[-1])))
    ):
        return False  # clauses polite_imperative and polite_imperative_noun_end
    if title.isupper() or (dash and len(words) <= 16 and title[-1] not in ".!?:;,"):
        return True  # clauses dash_separator and dash_not_sentence
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return len(words) <= 12 and (
        capitalised * 2 >= len(words) or (len(words) <= 6 and title[-1] not in ".!?:;,")
    )


# Clause glued_dash_separator (session 49; ``transforms.headings._NUMBERED_LINE``): a number
# glued to its title by a dash, "1--A Face on Which Time Makes but Little Impression"
# (Hardy's The Return of the Native, denten-bin/gutenberg-shell-scripts 122-0). The glued
# form is also a stammer opening a line of dialogue ("I--I hardly think--on a
# conservative estimate--it can", "I—I’m scared, Ralph.”": 94 lines of rcdm-uga's
# Gutenberg_Text) and a note's or an argument's number ("25--The multitude of critics,
# and causes of them, ver. 26 to"), so its title is read as a plain numbered title's
# (title_like without the dash's leniency) and a Roman "I" before "I" ("I--I hardly",
# clause glued_dash_stammer) is no heading. Clause glued_dash_caps_stay: a title in
# capitals ("I--GILLETTE", "II--CATHERINE LESCAULT", Balzac's The Unknown Masterpiece; "V.--
# ADVERTISEMENT TO THE COMPLETE EDITION of 1743.", Pope: at most one lower-case letter in
# ten, the caps rule's measure) stays the line in capitals it was before (rule caps): as a
# numbered line it would need a run of three, and a story of two chapters lost both
# (rcdm-uga A/B).
_STAMMER = re.compile(r"I(?![A-Za-z])")


def glued_dash_title(m: re.Match) -> bool:
    """Whether a number glued to its title by a dash heads it (clause ``glued_dash_separator``)."""
    title = m.group("title")
    letters = sum(map(str.isalpha, title))
    if sum(map(str.islower, title)) <= max(1, letters // 10):
        return False  # clause glued_dash_caps_stay: the caps rule's measure
    if m.group("num") == "I" and _STAMMER.match(title):
        return False  # clause glued_dash_stammer
    return title_like(title)
