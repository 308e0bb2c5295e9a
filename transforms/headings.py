"""Heading candidates: the lines that could open a section, parsed.

This module only reads lines; ``transforms.sections`` decides which candidates
the document's evidence confirms (numbering that advances, contents lists,
layout). Every candidate gets a kind, a rank (lower = higher in the book), a
series key (candidates of one series should number 1, 2, 3 ...) and a value.

=========  ==========================================================  ======
kind       examples                                                    rank
=========  ==========================================================  ======
md         ``# Title`` .. ``###### Title``; ``Title`` over ``=====``     #'s
           (1) or ``-----`` (2)
keyword    ``VOLUME II``, ``PART ONE``, ``BOOK IV.``, ``ACT I.``,       8-30
           ``Actus Primus.``, ``CHAPTER 12. The Whale``, ``CHAP. 2.
           (2.)—OF THE FORM``, ``Canto III``, ``Section 1.``,
           ``Scene II. A room``, ``Scoena Secunda.``, ``Appendix A.``
cjk        ``第十二回 ...``, ``第3章``, ``第二卷``, ``卷之一``;                10-35
           Korean ``제1편``, ``제2장 국민의 권리와 의무``, ``제1절``, ``제3관``,
           ``1장. 정의 및 개관``; a play's ``第一幕``, ``第二场　城堡中的厅堂``,
           an episode ``第一話　ひたぎクラブ`` (spaced or alone)
named      ``PREFACE``, ``INTRODUCTION AND ANALYSIS.``, ``Epilogue``,  20
           ``CONTENTS``, ``INDEX``, ``ADVERTISEMENT``, ``A NOTE ON
           THE TEXT``, ``目录``
numeral    ``IV.``, ``12``, ``— I —``, ``[ 1 ]``, ``(3)``, ``ONE``        40
numbered   ``I. CARTHORIS AND THUVIA``, ``XII  Ghek Plays Pranks``     38
caps       ``ETYMOLOGY.``, ``ON THE RIVER ISS`` (a line in capitals)   20
sequence   ``Ruth 1``, ``Psalms 150``, ``1 Samuel 3``, ``Song of       20
           Solomon 2`` (a name and a chapter number: Debian's KJV)
=========  ==========================================================  ======

A keyword line can hold two headings ("ACT II. SCENE I.", "Actus Tertius.
Scena Prima.", a Chinese play's "第一幕 第一场 维罗纳。…": clause ``act_scene_line``):
the second is returned as a candidate of its own that starts inside the line. Mentions in prose are not candidates: a keyword in lower case,
a number followed by ``,`` ``;`` ``)`` (``Book IV, which fall ...``,
``Chapter LVII.). For the present ...``) or by a lower-case word
(``Chapter 4 of the book``). Roman numerals must be well formed, so "M." is
1000 and is only confirmed next to 999 or 1001.
Keywords of French, German, Spanish, Italian, Portuguese, Dutch and Russian
books (rule ``european_keywords``: "Chapitre 3", "Kapitel 1. Definitionen",
"Hoofdstuk 4. Compatibiliteitskwesties", "Глава 5")
number the series of their English words; a no-break space may part keyword and
number (rule ``nbsp_separator``); "Kapitel 6.2.1 ..." cites a section (rule
``dotted_number``). "CAP. II. — Satul Putineiu." and "CAP.IV" abbreviate the
chapter keyword (clause ``cap_abbreviation``); Roman numerals written with the
Cyrillic І and Х ("ІV.", "Глава ІІІ") are read as Latin ones (clause
``cyrillic_roman``, ``heading_numbers.latin_roman``).
A numbered title that opens with a letter outside A-Z ("1. À propos de ce manuel",
"1. Введение в разработку Ubuntu", "1. このマニュアルについて") is read by rule
``any_script_titles`` (``transforms.script_titles``) where this module finds nothing.
"第一章：全文检索的基本原理" and "第三章归来，又见故人" (a colon after the number,
clause marks inside) and "3. ubuntu-dev-tools: Tools for Ubuntu developers" (a
command's name first) are read by clauses ``cjk_title_marks`` and
``command_name_title`` (``transforms.numbered_titles``).

Keyword lines are parsed by ``transforms.keyword_headings``, underlined titles
by ``transforms.setext_headings``, long chapter titles by
``transforms.long_chapter_titles``; ``Candidate`` and the ranks are in
``transforms.heading_candidate`` (all re-exported here).

Cost: one regex test per line of at most ``MAX_LINE`` characters; long lines
(paragraphs after unwrapping) are skipped by length alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import european_words as ew
from transforms.heading_candidate import (  # re-exported: callers read them from here
    CAPS_RANK,
    CJK_RANK,
    MAX_KEYWORD_LINE,
    MAX_LINE,
    NAMED_RANK,
    NUMBERED_RANK,
    NUMERAL_RANK,
    PART_RANK,  # noqa: F401 (re-exported)
    Candidate,
    squash,
)
from transforms.heading_numbers import (  # re-exported: callers import them from here
    cjk_value,
    latin_roman,
    number_value,
    roman_value,
)
from transforms.keyword_headings import (  # re-exported: callers read them from here
    _FAMILY,  # noqa: F401 (european_words.keyword_caps reads hd._FAMILY)
    KEYWORD_RANK,
    keyword_candidates,
)
from transforms.long_chapter_titles import long_chapter_title
from transforms.numbered_titles import (  # ends_in_page_number: callers import it from here
    COMMAND_TITLE,
    PLAY_UNITS,
    call_note_core,
    cjk_glued_end_mark,
    cjk_title_end_mark,
    cjk_title_marks,
    ends_in_page_number,
    glued_dash_title,
    scene_place,
    title_like,
)
from transforms.ordinal_divisions import (  # noqa: F401 (ORDINAL_PART re-exported)
    ORDINAL_PART,
    ordinal_division,
    ordinal_piece,
)
from transforms.setext_headings import setext_candidates  # noqa: F401 (re-exported)

LOWER_PREFIX = True  # clause lower_prefix_reject (off: the tests' old path)

# Clause division_end_line (session 34): "第三卷终", "第一章完" close a division (熊召政's
# 张居正, hankinghu/literature-books: "第三卷终" was a volume titled "终" over the next one).
_END_WORDS = frozenset(("终", "終", "完", "完结", "完結", "终了", "終了"))
# Clause volume_prefix_chapter (session 34): a web novel may put its volume before each
# chapter on the chapter's line, "第十三卷 灯火阑珊 第2040章 不宣于口！" (耳根's 仙逆,
# zzk6780051/novel), "第一卷 第一章" (唤醒心中的巨人), "第一部第一章 正面和侧面(1)": the
# volume is a heading over the chapter, as "ACT I. SCENE I." is (act_scene_line), opened
# only by its first chapter line (``sections.repeated_volume_prefix``). The chapter number
# follows the volume number or a space, within the next 12 characters.
_CHAPTER_IN_REST = re.compile(
    r"^(?:[ \t\u3000]*|[ \t\u3000]+[^ \t\u3000]{1,10}[ \t\u3000]+)"
    r"(?P<ch>第[一二三四五六七八九十百千零〇两\d０-９]+[回章节節])"
)
# Clause group_word_unit (session 57): "集" opens the word 集团 (group, army group), so
# "第14集团军通过格里西亚的进攻" (曼施坦因：失去的胜利), "第６１集团军司令员别洛夫同志" (斯大林传),
# "第二集团\t8380\t9.2" (a table row, 曼昆经济学原理; all hankinghu/literature-books) name the
# 14th army or the second group: no 第N集 (volume, episode) heading.
_CJK_LINE = re.compile(
    r"(?:第(?P<n>[一二三四五六七八九十百千零〇两\d０-９]+)(?P<u>[回章节節卷部篇集幕场場話话])"
    r"|卷之?(?P<n2>[一二三四五六七八九十百千零〇两\d０-９]+))(?P<rest>.*)"
)
# Rule hangul_divisions: a Korean law or book numbers its divisions as Chinese
# does, "第" written 제 (Sino-Korean): 제1편 (part), 제1장 (chapter), 제1절
# (section), 제1관 (subsection), a space and the title after the number
# ("제2장 국민의 권리와 의무", the Constitution of the Republic of Korea). Its
# articles (제1조 ① ...) are paragraphs, and "제2조제4호를 다음과 같이 한다."
# (a bill amending one) a sentence: neither is a candidate.
_HANGUL_LINE = re.compile(
    r"제[ \t]?(?P<n>\d{1,3})[ \t]?(?P<u>[편장절관])(?P<rest>(?:[ \t\u3000].*)?)"
)
_HANGUL_NOT_TITLE = re.compile(r"[.。!?;:,]|다$")
# Clause bare_number: a Korean book or manual (DocBook's Korean "Chapter 1.")
# writes the number without 제, a full stop after the unit and the title:
# "1장. 정의 및 개관", "12장. Debian GNU/Linux에서 지원 받기" (debian-faq-ko).
_HANGUL_BARE = re.compile(r"(?P<n>\d{1,3})(?P<u>장)\.(?P<rest>[ \t\u3000]+\S.*)")
_MD_LINE = re.compile(r"(?P<hashes>#{1,6})[ \t]+(?P<title>\S.*?)[ \t#]*")
_NAMED = re.compile(
    r"(?:(?:THE|AUTHOR['’]S|TRANSLATOR['’]S|EDITOR['’]S|EDITORIAL|GENERAL)\s+"
    r"|A\s+(?=NOTE\s+ON\s+THE\s+TEXT))?"
    r"(?P<word>PREFACE|INTRODUCTION|FOREWORD|PROLOGUE|EPILOGUE|AFTERWORD|APPENDIX|CONCLUSION|"
    r"ADVERTISEMENT|NOTE ON THE TEXT|"
    r"INDUCTION|INTERLUDE|DEDICATION|GLOSSARY|BIBLIOGRAPHY|NOTES|NOTE|FOOTNOTES|INDEX|"
    r"CONTENTS|TABLE OF CONTENTS|LIST OF ILLUSTRATIONS|ILLUSTRATIONS|ACKNOWLEDGMENTS|"
    r"POSTSCRIPT|ERRATA)\b[.:]?(?P<rest>.*)",
    re.IGNORECASE,
)
# Clause japanese_named (session 27): Japanese books name their front and back matter
# "はしがき", "まえがき", "前書き", "はじめに", "緒言", "序文", "あとがき", and a later
# edition's preface after a qualifier that ends in の / への / に附する: "新版の序", "第１版への
# 前書き", "第二版に附する自序" (Aozora Bunko: 12 such headings in a sample of 80 books, all
# missed; "自序" was never read, the first-character test lacked "自").
_CJK_NAMED = re.compile(
    r"(?P<qualifier>[^\s、。「」『』]{1,8}?(?:への|の|に附する|に付する))?"
    r"(?P<word>序|序言|自序|代序|前言|引言|后记|後記|代后记|代後記|跋|代跋|目录|目錄|目次"
    r"|はしがき|まえがき|前書き?|はじめに|緒言|序文|あとがき|凡例|例言)[ \t\u3000]*"
)
_CJK_NAMED_ENDS = frozenset("序言记記跋录錄次きに文例")  # the last character of every word
# Clause cjk_named_hanrei (session 28): "凡例" / "例言", a book's notes to the reader before
# its text (こがね丸: "少年文学序", "凡例", then "上巻"), are named front matter like "序".
# Clause japanese_named_phrase (review, session 27): a qualifier names an edition's preface
# ("新版の序"); before "はじめに" ("at the start") it makes a phrase, "恋のはじめに",
# "人生のはじめに", and a book's contents are never "…の目次".
_UNQUALIFIED = frozenset(("はじめに", "目录", "目錄", "目次"))
# Rule front_matter_names: "ADVERTISEMENT" is an author's preface under its
# name of c. 1800 ("ADVERTISEMENT BY THE AUTHORESS, TO NORTHANGER ABBEY"), "A
# NOTE ON THE TEXT" an editor's (Signet Classic, after Northanger Abbey's last
# chapter): each opens a section as "PREFACE" does, not the chapter around it.
# Only "A NOTE ON THE TEXT" takes an "A" ("A Note." alone is a line of prose),
# and ADVERTISEMENT heads a section only before the book's first other heading
# (``sections``: a newspaper's "ADVERTISEMENT." quoted in a chapter is no
# section; review of session 13).
_DIVISIONS = {"PREFACE", "INTRODUCTION", "FOREWORD", "PROLOGUE", "EPILOGUE", "AFTERWORD",
              "APPENDIX", "CONCLUSION", "INDUCTION", "INTERLUDE", "ADVERTISEMENT"}  # fmt: skip
LIST_OPENERS = ("CONTENTS", "TABLE OF CONTENTS", "LIST OF ILLUSTRATIONS", "ILLUSTRATIONS", "INDEX")
_NUMERAL_LINE = re.compile(
    r"(?P<pre>(?:[-—–~*=#§\[(<«]+[ \t]*)?)(?P<num>[IVXLCDM]+|[ivxlcdm]+|\d{1,4}|[A-Z][A-Za-z]+)"
    r"(?P<post>[ \t]*[.)\]>»:]?(?:[ \t]*[-—–~*=]+)?)"
)
_NUMERAL_MARKS = "-—–~*=#§[(<«]>».:) \t"
_LOWER_NUMERAL = "ivxlcdm \t.)]>»:-—–~*="  # what _NUMERAL_LINE reads after a lower-case first
# A numbered title: "I. CARTHORIS AND THUVIA", "XII  Ghek Plays"; a space after the number
# ("1.Lo. His loue" is a play's speaker). Clause dash_separator: or a spaced dash, then <= 16
# words ("I -- La chanson"), clause dash_not_sentence: not ending as a sentence ("I -- I see.").
# Clause glued_dash_separator (session 49): or a dash with no space, "1--A Face on Which Time
# Makes but Little Impression" (Hardy's Return of the Native, 48 chapters), "1.--The Trial."
# (Collins' The Evil Genius); a title in capitals ("I.--THE PERSONS OF THE TALE.") stays a
# line in capitals (``numbered_titles.glued_dash_title``).
_NUMBERED_LINE = re.compile(
    r"(?P<num>[IVXLC]+|\d{1,3})(?P<sep>[.)]?(?:[ \t]+(?:(?:--|[—–])[ \t]+)?|--|[—–]))"
    r"(?P<title>(?:[¿¡]?[A-ZÀ-ÖØ-ÞĀ-Ž]|[“\"'‘])[^\n]{1,90})"
)  # clause inverted_mark_title: Spanish opens a question or exclamation "¿Qué ...?"
# Clause latin_capital_title: or a Latin capital outside A-Z ("3. Über dieses Dokument",
# "7. Überprüfen des Pakets auf Fehler", "3. À propos de ce document", "2. ¿Ésta ...?"; the
# Debian Reference de, maint-guide de, Reference fr): Latin Extended-A alternates cases.
# Rule named_sequence (candidates; ``transforms.named_sequences`` confirms
# them): a name of one to three capitalised words (an ordinal digit before it,
# "of" inside) and a chapter number, alone on a line. Page, figure and plate
# labels and dates ("Page 12", "March 3") are no chapters. The name may be
# set in capitals ("RUTH 1", "1 SAMUEL 3", "SONG OF SOLOMON 2") and the number
# in Roman ("Psalm XXIII", "BOOK OF PSALMS CXIX").
_SEQUENCE_LINE = re.compile(
    r"(?P<name>(?:[1-4] )?(?:[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,2}"
    r"|[A-Z]{2,}(?: (?:OF )?[A-Z]{2,}){0,2})) (?P<num>[1-9]\d{0,2}|[IVXLC]+)"
)
# "End": clause sequence_number_stop's guard, "END OF ACT I." ... closes an act (Shaw, Wilde).
_NOT_SEQUENCE_NAMES = frozenset(
    "Page Pages Folio Fig Figure Plate Table Map Illustration Photo No Number Item Line "
    "Verse Footnote Note Room Street Road Avenue Lane Box Route Station Platform Exhibit End "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_SENTENCE_PUNCT = re.compile(r"[。！？；]")
_CJK_PUNCT = re.compile(r"[，。！？；：、]")


# Clause cjk_first_not_caps: a line that opens with a Han, kana or Hangul character
# opens with a word without case: no line in capitals, however many Latin capitals
# follow ("章 8. I18N 和 L10N", zh-tw Debian Reference: a chapter of cjk_numbered).
# Clause page_column_head (session 29): "PAGE" alone over a contents list's page
# numbers is the column's head, not a title in capitals (Burton's Arabian Nights vol.
# 1, "CONTENTS OF THE FIRST VOLUME." / "PAGE" / "INTRODUCTION 1"; Contemporary One-Act
# Plays): 2 of 150 raw Gutenberg books read, a section each titled "PAGE". Nor is it
# a line a contents list names (``listed_lines``: One-Act Plays' second list, under
# "BIBLIOGRAPHIES", has its own "PAGE" head, which named the first).
# Clause contents_column_heads (session 30): the same head over a French, Italian,
# Spanish or German list, or with the chapter column's head before it on the line:
# Aventures d'Alice's "CHAPITRE.          PAGE." (kalamine-corpus' raw fr_alice) was a
# section titled "CHAPITRE. PAGE." before the twelve chapters.
PAGE_COLUMN_HEAD = re.compile(
    r"[ \t]*(?:(?:CHAPTERS?|CHAP|CHAPITRES?|CAPITOLI|CAPITOLO|CAP[IÍ]TULOS?|KAPITEL)\.?[ \t]+)?"
    r"(?:PAGES?|PAGINE|PAGINA|P[AÁ]GINAS?|P[AÁ]G|SEITEN?)\.?[ \t]*"
)
# Clause english_ordinal_act (session 29): Wilde's plays head their acts "FIRST ACT",
# "SECOND ACT" (Lady Windermere's Fan, A Woman of No Importance, An Ideal Husband: 5
# of the 2,832 raw texts of GitHub rcdm-uga/Gutenberg_Text). Rule ordinal_first
# leaves English out ("First Part" may be a table's cell): only the act, the line
# nothing else, as an "ordinal" candidate that ``sections`` keeps when its series
# advances. Before, the acts were missed and each "SCENE" line under them was
# taken instead.
_ORDINAL_ACT = re.compile(
    r"(?P<ord>FIRST|SECOND|THIRD|FOURTH|FIFTH|First|Second|Third|Fourth|Fifth)"
    r"[ \t]+(?:ACT|Act)\.?"
)
_ACT_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# Clause english_ordinal_part (session 37): "FIRST PART." / "SECOND PART" / "THIRD PART"
# (Balzac's Physiology of Marriage), "FIRST BOOK.": as english_ordinal_act, only the
# ordinal and the division word in capitals, the line nothing else, an "ordinal" candidate
# kept when its series advances (a table's cell "First Part" is in mixed case); with
# clause ordinal_narrative_divisions ("FIRST PERIOD", "SECOND NARRATIVE"):
# ``transforms.ordinal_divisions``.
# Clause ballad_fyttes (session 34): a ballad's parts, "SECOND FYTTE.", "THE THYRDE FYTTE."
# (Morley's A Bundle of Ballads: Chevy Chase, Adam Bell, the Geste of Robin Hood), in
# capitals, old spellings too: a division of the poem, ranked below its title in capitals.
# A keyword (no run needed): a ballad may print only its second fytte's line.
_FYTTE = re.compile(
    r"(?:THE[ \t]+)?(?P<ord>FYRST|FIRST|SECONDE?|THYRDE|THIRDE?|FOURTHE?|FYFTHE?|FIFTHE?|SYXTHE?"
    r"|SIXTHE?|SEVENTHE?|EIGHTHE?|NINTHE?)[ \t]+(?:FYTTE|FITTE|FITT|FIT)\.?"
)
_FYTTE_RANK = 25  # a section's: under a ballad's title (CAPS_RANK)


def _caseless_first(first: str) -> bool:
    return "\u3040" <= first <= "\u9fff" or "\uac00" <= first <= "\ud7af"


def _template(pre: str, post: str) -> str:
    # "11" continues "10." (a dropped period is a typo, not another series).
    return squash(pre) + "#" + squash(post).removeprefix(".")


def line_candidates(line: str, start: int, index: int, end: int) -> list[Candidate]:
    """Candidates of one stripped line that starts at ``start`` (see module doc)."""
    if not line or len(line) > MAX_KEYWORD_LINE:
        return []
    first = line[0]
    if len(line) > MAX_LINE:
        # A long heading: a title in capitals ("CHAP. 17.—REMEDIES FOR THE
        # STINGS ...", wrapped over lines) or a scene's place; not prose.
        found = keyword_candidates(line, start, index, end) if first.isupper() else []
        if not found or found[0].series in ("kw:scene", "kw:act"):
            return found
        caps = sum(map(str.isupper, line)) >= 0.7 * sum(map(str.isalpha, line))
        return found if caps or long_chapter_title(line, found[0]) else []
    # Clause lower_first_reject (speed): a line opening with a lower-case letter can only be
    # a lower-case Roman numeral ("iv.", every character one of _LOWER_NUMERAL; clause
    # cyrillic_roman's short line with a Cyrillic І or Х) or a line in capitals: no other
    # rule takes a lower-case first letter (md "#", cjk 第/卷/제, keyword, ordinal, named and
    # sequence a capital or digit, numbered and command titles a digit or IVXLC). When it
    # is no numeral and its prefix already fails lower_prefix_reject, nothing is found: 2
    # lines in 3 of hard-wrapped prose skip the rules below.
    if (
        LOWER_PREFIX
        and first.islower()
        and line.strip(_LOWER_NUMERAL)
        and (len(line) > 16 or ("І" not in line and "Х" not in line))
    ):
        need = max(2, len(line) // 10 + 1)
        if sum(map(str.islower, line[: 2 * need + 2])) >= need:
            return []
    if first == "#":
        m = _MD_LINE.fullmatch(line)
        if m:
            level = len(m.group("hashes"))
            return [
                Candidate(start, end, index, "md", level, m.group("title").strip(), f"md{level}")
            ]
    if first in "第卷":
        m = _CJK_LINE.fullmatch(line)
        if m:
            number = m.group("n") or m.group("n2")
            unit = m.group("u") or "卷"
            rest = m.group("rest")
            spaced = rest[:1] in " \t\u3000"
            title = rest.strip(" \t\u3000")
            if unit in PLAY_UNITS + "話话" and title and not spaced:
                return []  # clauses play_units, episode_units: "第一场雪", "第二幕戏" are prose
            if unit == "集" and title[:1] in "团團" and not spaced:
                return []  # clause group_word_unit: "第14集团军" is an army
            if title in _END_WORDS:
                return []  # clause division_end_line: "第三卷终" closes the volume
            if unit == "幕" and title[:1] == "第":  # clause act_scene_line: "ACT I. SCENE I."
                offset = len(line) - len(rest.lstrip(" \t\u3000"))
                scene = line_candidates(title, start + offset, index, end)
                if len(scene) == 1 and scene[0].series in ("cjk:场", "cjk:場"):
                    return [Candidate(start, end, index, "cjk", CJK_RANK[unit], squash(line[:offset]),
                                      "cjk:幕", cjk_value(number)), replace(scene[0], second=True)]  # fmt: skip
            if unit in "卷部集" and (ch := _CHAPTER_IN_REST.search(rest)):
                # Clause volume_prefix_chapter: "第十三卷 灯火阑珊 第2040章 不宣于口！".
                offset = len(line) - len(rest) + ch.start("ch")
                found = line_candidates(line[offset:], start + offset, index, end)
                if len(found) == 1 and found[0].kind == "cjk" and found[0].rank > CJK_RANK[unit]:
                    return [Candidate(start, end, index, "cjk", CJK_RANK[unit], squash(line[:offset]),
                                      f"cjk:{unit}", cjk_value(number)), replace(found[0], second=True)]  # fmt: skip
            core = call_note_core(title) if spaced else title  # clause cjk_title_call_note
            if (
                len(title) <= 40
                and (
                    not _SENTENCE_PUNCT.search(core)
                    or (unit in PLAY_UNITS and scene_place(title))
                    or (spaced and cjk_title_end_mark(core, unit))  # clause cjk_title_end_mark
                    or (not spaced and cjk_glued_end_mark(title, unit))  # cjk_glued_title_end_mark
                )
                and (spaced or not _CJK_PUNCT.search(title) or cjk_title_marks(title, unit))
            ):
                return [
                    Candidate(start, end, index, "cjk", CJK_RANK[unit], squash(line), f"cjk:{unit}",
                              cjk_value(number), title.lstrip("：: \t\u3000"))
                ]  # fmt: skip
            return []
    if first == "제" or (first in "123456789" and "장." in line[:5]):
        m = (_HANGUL_LINE if first == "제" else _HANGUL_BARE).fullmatch(line)
        if m:
            title = m.group("rest").strip(" \t\u3000")
            if len(title) <= 40 and not _HANGUL_NOT_TITLE.search(title):
                unit = m.group("u")
                return [Candidate(start, end, index, "cjk", CJK_RANK[unit], squash(line),
                                  f"cjk:{unit}", int(m.group("n")), title)]  # fmt: skip
        return []
    # Clause cjk_first_named_only (s49, cost only): past 第/卷/제 a kana/ideograph/Hangul-led line is
    # named ("序") or nothing: the other rules need a Latin letter, digit or mark first.
    if _caseless_first(first) and not (
        len(line) <= 24 and line.rstrip(" \t\u3000")[-1:] in _CJK_NAMED_ENDS
    ):
        return []
    if first.isupper() or first.isdigit():  # digits: clause number_first ("1. poglavje.")
        found = keyword_candidates(line, start, index, end)
        if not found and (act := _ORDINAL_ACT.fullmatch(line)):  # clause english_ordinal_act
            value = _ACT_ORDINALS[act.group("ord").lower()]
            return [Candidate(start, end, index, "ordinal", KEYWORD_RANK["act"], squash(line),
                              "ord:act", value)]  # fmt: skip
        if not found and (part := ordinal_division(line, start, index, end)):
            return part  # clauses english_ordinal_part, ordinal_narrative_divisions
        if not found and (piece := ordinal_piece(line, start, index, end)):
            return piece  # clause ordinal_story_parts
        if not found and (fit := _FYTTE.fullmatch(line)):  # clause ballad_fyttes
            word = fit.group("ord").replace("Y", "I").rstrip("E").lower()
            value = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                     "ninth"].index(word) + 1  # fmt: skip
            return [Candidate(start, end, index, "keyword", _FYTTE_RANK, squash(line),
                              "kw:fytte", value)]  # fmt: skip
        if found or (ordinal := ew.ordinal_first(line)):  # rule ordinal_first: sections
            return found or [Candidate(start, end, index, "ordinal", KEYWORD_RANK[ordinal[0]],
                             squash(line), f"ord:{ordinal[0]}", ordinal[1], ordinal[2])]  # fmt: skip
        m = _NAMED.fullmatch(line) or ew.NAMED.fullmatch(line)  # rule european_named
        # The word alone ("PREFACE.", "Epilogue", "TRANSLATOR'S INTRODUCTION"), or
        # a division word with its subject in capitals ("PREFACE TO THE SECOND
        # EDITION."); "NOTE ON THE REGULATION OF MY HOUSEHOLD EXPENSES." is a line
        # in capitals that needs the evidence of one.
        alone = m is not None and m.group("rest").strip(" .:") == ""
        division = m is not None and line.isupper() and m.group("word").upper() in _DIVISIONS
        if (alone or division) and not ends_in_page_number(line):
            word = m.group("word").upper()
            return [
                Candidate(start, end, index, "named", NAMED_RANK, squash(line), f"named:{word}")
            ]
    # Clause sequence_number_stop: a name in capitals may close its Roman number
    # with a full stop ("MEDITATION I." ... "MEDITATION XXX.", Balzac).
    stop = line[-1] == "." and line[-2:-1] in ("I", "V", "X", "L", "C") and line.isupper()
    if (
        (line[-1].isdigit() or line[-1] in "IVXLC" or stop)
        and (first.isupper() or first in "1234")
        and len(line) <= 40
    ):
        m = _SEQUENCE_LINE.fullmatch(line[:-1] if stop else line)
        name = m.group("name") if m else ""
        num = m.group("num") if m else ""
        value = int(num) if num.isdigit() else roman_value(num)
        if value and not _NOT_SEQUENCE_NAMES.intersection(name.title().split()):
            return [Candidate(start, end, index, "sequence", NAMED_RANK, line,
                              f"seq:{name.casefold()}", value)]  # fmt: skip
    if line.rstrip(" \t\u3000")[-1:] in _CJK_NAMED_ENDS and len(line) <= 24:
        m = _CJK_NAMED.fullmatch(line)
        if m and not (m.group("qualifier") and m.group("word") in _UNQUALIFIED):
            word = "CONTENTS" if m.group("word") in ("目录", "目錄", "目次") else m.group("word")
            return [Candidate(start, end, index, "named", NAMED_RANK, line, f"named:{word}")]
    m = _NUMERAL_LINE.fullmatch(line)
    if m is None and len(line) <= 16 and ("І" in line or "Х" in line):
        latin = latin_roman(line.strip(_NUMERAL_MARKS))  # clause cyrillic_roman: "ІV.", "XІІ"
        m = _NUMERAL_LINE.fullmatch(line.replace(line.strip(_NUMERAL_MARKS), latin, 1))
    if m:
        token = m.group("num")
        value = number_value(token, words=token.isupper() or token[1:].islower())
        if value is not None and (token.isdigit() or roman_value(token) or token.isupper()):
            system = "arabic" if token.isdigit() else "roman" if roman_value(token) else "word"
            series = f"num:{_template(m.group('pre'), m.group('post'))}:{system}"
            return [Candidate(start, end, index, "numeral", NUMERAL_RANK, line, series, value)]
    m = _NUMBERED_LINE.fullmatch(line) or COMMAND_TITLE.fullmatch(line)
    if m and m.group("title").lstrip("¿¡")[0] >= "Ā" and m.group("title").lstrip("¿¡")[0].islower():
        m = None  # clause latin_capital_title: "ā" is no capital
    glued = m is not None and m.group("sep").endswith(("-", "—", "–"))  # glued_dash_separator
    if m and (
        glued_dash_title(m)
        if glued
        else title_like(m.group("title"), m.group("sep").strip(" \t.)") != "")
    ):
        value = number_value(m.group("num"), words=False)
        if value is not None:
            sep = m.group("sep").strip(" \t")[:1] or " "  # ".", ")", a dash or a space
            system = "arabic" if m.group("num").isdigit() else "roman"
            return [
                Candidate(start, end, index, "numbered", NUMBERED_RANK, squash(line),
                          f"numbered:{sep}:{system}", value, m.group("title").strip())
            ]  # fmt: skip
    # A line in capitals (at most one lower-case letter in ten); a trailing
    # number is a page number: a contents entry, not a heading.
    if first in "([{" or line[-1] in ",;:-" or _caseless_first(first):
        return []
    # Clause caps_need_a_capital (s49, cost only): the caps rule needs a capital (isupper below);
    # "str.islower" of the line plus "a" is False at any capital or title-case letter (one C
    # loop): a line without one ("“路明非……”") skips the three per-character counts.
    if (line + "a").islower():
        return []
    # Clause lower_prefix_reject (speed): a prefix's lower-case count is at most the line's,
    # so one that reaches the reject bar (lower > 1 and lower * 10 > len) rejects as well.
    need = max(2, len(line) // 10 + 1)
    if LOWER_PREFIX and sum(map(str.islower, line[: 2 * need + 2])) >= need:
        return []
    lower = sum(map(str.islower, line))
    if lower > 1 and lower * 10 > len(line):  # cheap reject of ordinary lines first
        return []
    letters = sum(map(str.isalpha, line))
    if (
        letters >= 3
        and lower <= max(1, letters // 10)
        and any(map(str.isupper, line))
        and not ends_in_page_number(line)
        and not PAGE_COLUMN_HEAD.fullmatch(line)
    ):
        return [Candidate(start, end, index, "caps", CAPS_RANK, squash(line), "caps")]
    return []
