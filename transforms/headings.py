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

Cost: one regex test per line of at most ``MAX_LINE`` characters; long lines
(paragraphs after unwrapping) are skipped by length alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms import european_words as ew
from transforms.heading_numbers import (  # re-exported: callers import them from here
    cjk_value,
    latin_roman,
    number_value,
    roman_value,
)
from transforms.numbered_titles import (  # ends_in_page_number: callers import it from here
    COMMAND_TITLE,
    PLAY_UNITS,
    cjk_title_marks,
    ends_in_page_number,
    scene_place,
    title_like,
)

MAX_LINE = 150  # longer lines are paragraphs, never headings ...
MAX_KEYWORD_LINE = 1000  # ... except a keyword heading with a long title or place
LOWER_PREFIX = True  # clause lower_prefix_reject (off: the tests' old path)

KEYWORD_RANK = {
    "volume": 8,
    "vol": 8,
    "tome": 8,
    "part": 9,
    "book": 10,
    "act": 10,
    "actus": 10,
    "chapter": 20,
    "chap": 20,
    "chaps": 20,
    "canto": 20,
    "episode": 20,
    "letter": 20,
    "stave": 20,
    "appendix": 20,
    "section": 25,
    "scene": 30,
    "scena": 30,
    "scoena": 30,
    "scaena": 30,
}
# Rules european_keywords, number_words, ordinal_first, slavic_words: european_words.
KEYWORD_RANK |= {w: KEYWORD_RANK[f] for w, f in ew.FAMILY_OF.items()}
# Keywords that number the same series ("CHAP. 3" continues "CHAPTER II").
_FAMILY = (
    {"chap": "chapter", "chaps": "chapter", "cap": "chapter", "vol": "volume", "actus": "act"}
    | {w: "scene" for w in ("scena", "scoena", "scaena")}
    | ew.FAMILY_OF
)
CJK_RANK = {"卷": 10, "部": 10, "篇": 10, "集": 10, "回": 20, "章": 20, "节": 30, "節": 30,
            "편": 10, "장": 20, "절": 30, "관": 35, "幕": 10, "场": 30, "場": 30, "話": 20, "话": 20}  # fmt: skip
PART_RANK = 10  # a part, book or volume ("PART II", "BOOK 2", "第二篇") ranks so or above
NAMED_RANK = CAPS_RANK = 20
NUMBERED_RANK, NUMERAL_RANK = 38, 40


@dataclass(frozen=True)
class Candidate:
    """A line (or the second heading of a line) that could be a heading."""

    start: int  # offset of the heading's first character
    end: int  # end of the line (before its newline)
    line: int  # index of the line in the text
    kind: str
    rank: int
    title: str  # the heading text, whitespace collapsed
    series: str = ""  # candidates that should number 1, 2, 3 ... share it
    value: int | None = None
    rest: str = ""  # what follows the number ("" = the heading has no title)
    second: bool = False  # the second heading of a line


_NUM = r"[IVXLCDM]+|[ivxlcdm]+|\d+|[^\W\d_]+"
# The keyword is letters of any alphabet (``_keyword`` asks for a capital
# first). Rule nbsp_separator: a no-break space may part keyword and number
# (DocBook's text output: "Chapter\xa01.\xa0Definitions and overview", every
# chapter of Debian's FAQ in every language).
_KEYWORD_LINE = re.compile(
    rf"(?P<kw>[^\W\d_]{{2,}})\.?[ \t\xa0]+(?P<num>{_NUM})(?![^\W\d_])(?P<rest>.*)"
)
# Clause cap_abbreviation: "CAP. II. — Satul Putineiu.", "CAP.IV", "Cap. VII"
# (Romanian, Italian, Spanish, Portuguese books abbreviate the chapter keyword:
# ELTeC-rom ROM032 13 chapters, ROM060 "CAP.IV" among "CAP. III"): "Cap" with
# its period, then a Roman numeral in capitals or digits (a space optional).
# Without the period "Cap" is a word or a name (French "Cap Horn"; "Cap m'"
# was chapter 1000 in review 17), so it stays no keyword. After the number a
# period, a dash or nothing: "Cap. I Madam well, ..." is Capulet's speech
# (Romeo and Juliet, First Folio); "Cap." in mixed case takes no title at all
# ("Cap. 1. Der Wallfischfänger 1" is a contents entry, Gerstäcker's Tahiti).
# Clause cap_prose_rest (review wtE19r): after "CAP. 12." a title opens with no
# lower-case letter; "CAP. 12. of the said Act, shall ..." goes on with a
# sentence that cites a statute's chapter (a hard-wrapped line).
_CAP_LINE = re.compile(
    r"(?P<kw>CAP)\.[ \t\xa0]*(?P<num>[IVXLC]+|\d{1,3})(?P<rest>(?:[.:]|[ \t\xa0]*[—–-]).*|)"
    r"|(?P<kw2>Cap)\.[ \t\xa0]*(?P<num2>[IVXLC]+|\d{1,3})(?P<rest2>\.?)"
)
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
_CJK_NAMED = re.compile(r"(?P<word>序|序言|自序|前言|引言|后记|後記|跋|目录|目錄|目次)[ \t\u3000]*")
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
# A numbered title: "I. CARTHORIS AND THUVIA", "XII  Ghek Plays"; a space after the number
# ("1.Lo. His loue" is a play's speaker). Clause dash_separator: or a spaced dash, then <= 16
# words ("I -- La chanson"), clause dash_not_sentence: not ending as a sentence ("I -- I see.").
_NUMBERED_LINE = re.compile(
    r"(?P<num>[IVXLC]+|\d{1,3})(?P<sep>[.)]?[ \t]+(?:(?:--|[—–])[ \t]+)?)"
    r"(?P<title>(?:[¿¡]?[A-ZÀ-ÖØ-ÞĀ-Ž]|[“\"'‘])[^\n]{1,90})"
)  # clause inverted_mark_title: Spanish opens a question or exclamation "¿Qué ...?"
# Clause latin_capital_title: or a Latin capital outside A-Z ("3. Über dieses Dokument",
# "7. Überprüfen des Pakets auf Fehler", "3. À propos de ce document", "2. ¿Ésta ...?"; the
# Debian Reference de, maint-guide de, Reference fr): Latin Extended-A alternates cases.
# After the number, prose: ", which fall", ".). For", " of the book", ". p. 58", a
# lower-case word of any alphabet ("Глава 3 книги", "Teil 2 über"; ". within the tent"
# is a scene's place); "[1017] See B. vi." opens a footnote; rule dotted_number:
# "Kapitel 6.2.1 Welche ...", "Section 9.5.6, “...”" cite a section, open none.
# (Rule unicode_lower: any lower-case letter, str.islower on the match.)
_PROSE_AFTER_NUMBER = re.compile(
    r"\.?[,;)\]]|\.\d|[ \t\xa0]+(?P<letter>[^\W\d_])"
    r"|\.[ \t]+pp?\.[ \t]*\d|\.?[ \t]*\[\d+\][ \t]+\w"
)
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
_NOT_SEQUENCE_NAMES = frozenset(
    "Page Pages Folio Fig Figure Plate Table Map Illustration Photo No Number Item Line "
    "Verse Footnote Note Room Street Road Avenue Lane Box Route Station Platform Exhibit "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_SENTENCE_PUNCT = re.compile(r"[。！？；]")
_CJK_PUNCT = re.compile(r"[，。！？；：、]")


# Clause cjk_first_not_caps: a line that opens with a Han, kana or Hangul character
# opens with a word without case: no line in capitals, however many Latin capitals
# follow ("章 8. I18N 和 L10N", zh-tw Debian Reference: a chapter of cjk_numbered).
def _caseless_first(first: str) -> bool:
    return "\u3040" <= first <= "\u9fff" or "\uac00" <= first <= "\ud7af"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _template(pre: str, post: str) -> str:
    # "11" continues "10." (a dropped period is a typo, not another series).
    return _squash(pre) + "#" + _squash(post).removeprefix(".")


def _keyword(line: str, start: int, index: int, end: int, second: bool = False) -> list[Candidate]:
    # Most lines that start with a capital start with an ordinary word: look the
    # word up before running the regex over the whole line.
    word = line[:12].split(None, 1)[0].rstrip(".").lower() if line else ""
    if word not in KEYWORD_RANK:
        if not line.startswith(("CAP.", "Cap.")):
            return []
        m = _CAP_LINE.fullmatch(line)  # clause cap_abbreviation
    else:
        m = _KEYWORD_LINE.fullmatch(line)
    if not m:
        return []
    if m.re is _CAP_LINE and m.group("kw2"):
        word, num, rest = m.group("kw2", "num2", "rest2")
    else:
        word, num, rest = m.group("kw", "num", "rest")
    kw = word.lower()
    rank = KEYWORD_RANK["chapter"] if kw == "cap" else KEYWORD_RANK.get(kw)
    if rank is None or not word[0].isupper() or not (word.isupper() or word[1:].islower()):
        return []
    # Rule letter_appendix: "Appendix A." numbers by letter (A = 1), a series of its own.
    family = _FAMILY.get(kw, kw)
    letter = kw == "appendix" and len(num) == 1 and num.isupper()
    value, family = (ord(num) - 64, "appendix:letter") if letter else (number_value(num), family)
    if value is None and (latin := latin_roman(num)) != num:  # clause cyrillic_roman
        value = roman_value(latin)
    if value is None and kw in ew.FAMILY_OF:  # rules number_words, compound_ordinals
        value, rest = ew.number_words(num, rest)
    if value is None or (kw == "cap" and rest.strip(" \t.:—–-")[:1].islower()):
        return []  # clause cap_prose_rest: "CAP. 12. of the said Act, ..." cites a statute
    nested = []
    prose = _PROSE_AFTER_NUMBER.match(rest)
    if prose and (prose.group("letter") or "a").islower():
        # "Actus primus, Scena prima." is two headings; anything else is prose.
        inner = rest.lstrip(" \t.,;:")
        offset = len(line) - len(inner)
        nested = _keyword(inner, start + offset, index, end, second=True)
        if not nested:
            return []
    title = _squash(line)
    out = [
        Candidate(start, end, index, "keyword", rank, title, f"kw:{family}", value,
                  rest.strip(" \t.:—–-"), second)
    ]  # fmt: skip
    if not nested:
        inner = rest.lstrip(" \t.,;:")
        if inner:
            nested = _keyword(inner, start + len(line) - len(inner), index, end, second=True)
    if nested:
        # The first heading's title is only the text before the second heading.
        head = line[: nested[0].start - start].strip().rstrip(",;:")
        out[0] = Candidate(start, end, index, "keyword", rank, _squash(head), f"kw:{family}",
                           value, "", second)  # fmt: skip
    return out + nested


_SETEXT_UNDERLINE = re.compile(r"=+|-+|\*+")
# Clause rst_chapter: "*****" as long as the title or longer under it is
# reStructuredText's chapter adornment (Sphinx's text output: Debian Policy's
# "1. About this manual"), a level above "=" (a shorter run, or one under a
# longer line, is an emphasis or a thematic break: no title), in a document
# whose sections are underlined with "=" or "-" too, under a title that does
# not end as a sentence ('"No."' over a novel's "*****" scene break).
_SETEXT_LEVEL = {"=": 1, "-": 2, "*": 0.5}
_SENTENCE_END = frozenset(".!?…\"'”’»")


def setext_candidates(
    texts: list[str], starts: list[int], ends: list[int], blank: list[bool]
) -> list[Candidate]:
    """Markdown's underlined headings ("Requirements" over "------------": level
    2, "===" level 1; also reStructuredText's section titles): a one-line
    paragraph of at most ``MAX_LINE`` characters whose next line is 3 or more
    "=" or "-" alone, with a blank line (or the text's edge) after it. A rule
    line under the first line of a block of text ("《水浒传》作者；施耐庵" over
    the "-----" that opens a web notice) has text right under it: not a heading.
    The candidate spans both lines."""
    out = []
    n = len(texts)
    for i in range(n - 1):
        under = texts[i + 1]
        if len(under) < 3 or under[0] not in "=-*" or not _SETEXT_UNDERLINE.fullmatch(under):
            continue
        title = texts[i]
        if (
            not title
            or len(title) > MAX_LINE
            or (i > 0 and not blank[i - 1])
            or (i + 2 < n and not blank[i + 2])
            or _SETEXT_UNDERLINE.fullmatch(title)
            or (under[0] == "*" and (len(under) < len(title) or title[-1] in _SENTENCE_END))
        ):
            continue
        level = _SETEXT_LEVEL[under[0]]
        out.append(Candidate(starts[i], ends[i + 1], i, "md", level, _squash(title), f"md{level}"))
    if all(c.rank == _SETEXT_LEVEL["*"] for c in out):
        return []  # rst_chapter: no "=" or "-" section under the "*****" ones
    return out


def line_candidates(line: str, start: int, index: int, end: int) -> list[Candidate]:
    """Candidates of one stripped line that starts at ``start`` (see module doc)."""
    if not line or len(line) > MAX_KEYWORD_LINE:
        return []
    first = line[0]
    if len(line) > MAX_LINE:
        # A long heading: a title in capitals ("CHAP. 17.—REMEDIES FOR THE
        # STINGS ...", wrapped over lines) or a scene's place; not prose.
        found = _keyword(line, start, index, end) if first.isupper() else []
        if not found or found[0].series in ("kw:scene", "kw:act"):
            return found
        caps = sum(map(str.isupper, line)) >= 0.7 * sum(map(str.isalpha, line))
        return found if caps else []
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
            if unit == "幕" and title[:1] == "第":  # clause act_scene_line: "ACT I. SCENE I."
                offset = len(line) - len(rest.lstrip(" \t\u3000"))
                scene = line_candidates(title, start + offset, index, end)
                if len(scene) == 1 and scene[0].series in ("cjk:场", "cjk:場"):
                    return [Candidate(start, end, index, "cjk", CJK_RANK[unit], _squash(line[:offset]),
                                      "cjk:幕", cjk_value(number)), replace(scene[0], second=True)]  # fmt: skip
            if (
                len(title) <= 40
                and (not _SENTENCE_PUNCT.search(title) or unit in PLAY_UNITS and scene_place(title))
                and (spaced or not _CJK_PUNCT.search(title) or cjk_title_marks(title, unit))
            ):
                return [
                    Candidate(start, end, index, "cjk", CJK_RANK[unit], _squash(line), f"cjk:{unit}",
                              cjk_value(number), title.lstrip("：: \t\u3000"))
                ]  # fmt: skip
            return []
    if first == "제" or (first in "123456789" and "장." in line[:5]):
        m = (_HANGUL_LINE if first == "제" else _HANGUL_BARE).fullmatch(line)
        if m:
            title = m.group("rest").strip(" \t\u3000")
            if len(title) <= 40 and not _HANGUL_NOT_TITLE.search(title):
                unit = m.group("u")
                return [Candidate(start, end, index, "cjk", CJK_RANK[unit], _squash(line),
                                  f"cjk:{unit}", int(m.group("n")), title)]  # fmt: skip
        return []
    if first.isupper() or first.isdigit():  # digits: clause number_first ("1. poglavje.")
        found = _keyword(line, start, index, end)
        if found or (ordinal := ew.ordinal_first(line)):  # rule ordinal_first: sections
            return found or [Candidate(start, end, index, "ordinal", KEYWORD_RANK[ordinal[0]],
                             _squash(line), f"ord:{ordinal[0]}", ordinal[1], ordinal[2])]  # fmt: skip
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
                Candidate(start, end, index, "named", NAMED_RANK, _squash(line), f"named:{word}")
            ]
    if (
        (line[-1].isdigit() or line[-1] in "IVXLC")
        and (first.isupper() or first in "1234")
        and len(line) <= 40
    ):
        m = _SEQUENCE_LINE.fullmatch(line)
        name = m.group("name") if m else ""
        num = m.group("num") if m else ""
        value = int(num) if num.isdigit() else roman_value(num)
        if value and not _NOT_SEQUENCE_NAMES.intersection(name.title().split()):
            return [Candidate(start, end, index, "sequence", NAMED_RANK, line,
                              f"seq:{name.casefold()}", value)]  # fmt: skip
    if first in "序前引后後跋目":
        m = _CJK_NAMED.fullmatch(line)
        if m:
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
    if m and title_like(m.group("title"), m.group("sep").strip(" \t.)") != ""):
        value = number_value(m.group("num"), words=False)
        if value is not None:
            sep = m.group("sep").strip(" \t")[:1] or " "  # ".", ")", a dash or a space
            system = "arabic" if m.group("num").isdigit() else "roman"
            return [
                Candidate(start, end, index, "numbered", NUMBERED_RANK, _squash(line),
                          f"numbered:{sep}:{system}", value, m.group("title").strip())
            ]  # fmt: skip
    # A line in capitals (at most one lower-case letter in ten); a trailing
    # number is a page number: a contents entry, not a heading.
    if first in "([{" or line[-1] in ",;:-" or _caseless_first(first):
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
    ):
        return [Candidate(start, end, index, "caps", CAPS_RANK, _squash(line), "caps")]
    return []
