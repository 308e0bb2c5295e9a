"""Rule ``any_script_titles``: numbered titles that open with a letter outside A-Z.

``transforms.headings`` reads a numbered line ("1. About this manual", "XII  Ghek
Plays Pranks") only when its title opens with A-Z or a quote, so these chapters
had no candidate at all: German "1. Über dieses Handbuch", French "1. À propos de
ce manuel", Russian "1. Введение в разработку Ubuntu" (Ubuntu Packaging Guide,
all 16 chapters), Serbian "1. Упис", Japanese "1. このマニュアルについて" (Debian
live-manual, all 19 chapters).

This rule only adds a candidate to a line that has none: ``transforms.sections``
calls it after ``headings.line_candidates`` (and the CJK rules) found nothing, so
every line those rules read keeps exactly their reading. A line in capitals
("XVIII ГУБИЛИШТЕ", "I. ȚERILE ROMÂNE ...") stays a ``caps`` candidate; moving
such lines into the numbered series made 9 of 95 unseen books worse (the first
version of this rule, ``caseless_titles``, session 17, taken out).

The new candidate is of kind ``numbered`` in the series ``headings`` would give
it ("numbered:.:arabic"), so "1. À propos de ce manuel" joins "3. Installation"
and is confirmed only as the others are: a run of three values.

Clauses:

``cased_capital``
    a title whose first letter is a capital of any alphabet (``str.isupper``:
    "Ü", "À", "В", "Ž") is read as ``headings`` reads an A-Z title
    (``numbered_titles.title_like``: not a numbered sentence or clause). A lower-case first
    letter opens no title (a numbered sentence or a list item).
``caseless_title``
    a title whose first letter has no case (Chinese, Japanese, Korean, Thai ...)
    is a title when it holds no sentence or clause mark (。！？；，、：and ASCII
    ones: "1. 打开终端。", "8 月初，当可果美..." are sentences, a hard-wrapped line
    of prose) and at most ``MAX_CASELESS`` characters.
``cjk_quantity``
    after a number and a bare space, a title opening with a CJK counter or
    unit (年月日时点分秒元万亿个次岁倍号) is a quantity or a date in prose
    ("8 月初", "11 点开幕"), no title.
``colon_list``
    as clause ``cjk_colon_list`` (``transforms.cjk_numbers.drop_colon_lists``):
    a run of the rule's titles from "1." right under a line ending with a colon
    is a list that line introduces ("更新（...）：" over "1. 从远程档案库获取档案库元数据",
    Debian Reference zh-cn), no candidates (review wtA18r).
``one_character_title``
    a caseless title may be one character: "18. 例" ("Examples", live-manual
    ja, between "17. Gitリポジトリ" and "19. スタイルガイド"; session 19,
    before it the run broke there and "19." was lost too). A cased title
    still needs two characters ("1. A" is a list item or a label).
``additive_only``
    the rule only adds headings. New numbered candidates can change what the
    other rules confirm: they make a book "numbered", so its parts in capitals
    no longer count as layout headings (Serbian Kaluđer's "ДѢО ПРВИ."), their
    chain takes a value from another (a Hungarian novel's "2. Szobanyitás."),
    a sub-section right under a chapter title drops that title (邓力群自述's "二
    关于理论工作务虚会" over "1 参与筹备"), they take the level above bare numbers
    (an indictment's "I. Против Стане и Ивка." over Zločin svekrve's chapters
    "I.", "II. Баба Стојна."). So every heading found without the rule's
    candidates is kept (added back where they dropped it); where one of them
    then opens its section at another level or with another title, the
    document keeps the sections it had without the rule.
    Cost: a second pass only for a text with a line the rule gives a candidate
    (clause ``one_pass``; before the review every text with a line that opens with
    a number and a letter outside A-Z was read twice: Pliny's "3. Æ|tolia 275"),
    and a third reading of sections only where its candidates changed the headings.
    The lines are found at any indent (clause ``any_indent``: "\u3000\u3000二 关于
    ...", the ideographic space that indents Chinese paragraphs; before the review
    such a text skipped this clause and lost chapter titles).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms import headings as hd
from transforms.cjk_numbers import OPENERS as CJK_OPENERS
from transforms.cjk_numbers import cjk_number_candidates
from transforms.numbered_titles import title_like

MAX_CASELESS = 24  # as cjk_numbers.MAX_TITLE_CHARS: "一　午後の授業"
_LINE = re.compile(
    r"(?P<num>[IVXLC]+|\d{1,3})(?P<sep>[.)]?[ \t]+(?:(?:--|[—–])[ \t]+)?)"
    r"(?P<title>[^\W\d_A-Za-z][^\n]{0,90})"
)
# A line the rule may read (for clause additive_only: is a second pass needed?).
# Clause ``any_indent``: lines are stripped of every kind of white space before
# the rules read them (``contents.scan_lines``), so the indent here is any white
# space but a newline, the ideographic space of Chinese paragraphs included.
_ANY_LINE = re.compile(
    r"^[^\S\n]*((?:[IVXLC]+|\d{1,3})[.)]?[ \t]+(?:(?:--|[—–])[ \t]+)?[^\W\d_A-Za-z][^\n]*)",
    re.M,
)
_MARKS = re.compile(r"[。！？；，、：.!?;:,]")
_COUNTERS = frozenset("年月日时時点點分秒元万萬亿億个個次岁歲倍号號")


def _title(title: str, sep: str) -> bool:
    first = title[0]
    if first.isupper():  # clause cased_capital (two characters at least: one_character_title)
        return len(title) > 1 and title_like(title, sep.strip(" \t.)") != "")
    if first.islower():
        return False
    if sep.strip(" \t") == "" and first in _COUNTERS:  # clause cjk_quantity
        return False
    return len(title) <= MAX_CASELESS and not _MARKS.search(title)  # clause caseless_title


def script_title_candidates(line: str, start: int, index: int, end: int) -> list[hd.Candidate]:
    """Candidates of rule ``any_script_titles`` for a stripped line that has no
    other candidate (see module doc)."""
    if not line or len(line) > hd.MAX_LINE or not (line[0].isdigit() or line[0] in "IVXLC"):
        return []
    m = _LINE.fullmatch(line)
    if not m:
        return []
    title = m.group("title").strip()
    if not _title(title, m.group("sep")):
        return []
    value = hd.number_value(m.group("num"), words=False)
    if value is None:
        return []
    sep = m.group("sep").strip(" \t")[:1] or " "  # as headings: ".", ")", a dash or a space
    system = "arabic" if m.group("num").isdigit() else "roman"
    return [hd.Candidate(start, end, index, "numbered", hd.NUMBERED_RANK, " ".join(line.split()),
                         f"numbered:{sep}:{system}", value, title)]  # fmt: skip


def number_candidates(
    line: str, start: int, index: int, end: int, any_script: bool = True
) -> list[hd.Candidate]:
    """Candidates of a line ``headings.line_candidates`` found none for: rules
    ``cjk_numbered`` (``transforms.cjk_numbers``) and ``any_script_titles``."""
    if line[0] in CJK_OPENERS:
        return cjk_number_candidates(line, start, index, end)
    return script_title_candidates(line, start, index, end) if any_script else []


def additive_only(text: str, find_headings: Callable, sections_from_headings: Callable) -> tuple:
    """(sections, headings) of ``text`` (``transforms.sections.find_sections``)
    under clause ``additive_only`` (see module doc)."""
    before = find_headings(text, any_script=False)
    if not _reads_a_line(text):  # the rule adds no candidate: one pass
        return sections_from_headings(text, before), before
    headings = find_headings(text)
    old = sections_from_headings(text, before)
    if headings == before:  # its candidates changed nothing
        return old, before
    # Every heading found without the rule stays: one its candidates dropped comes back.
    starts = {h.start for h in headings}
    union = sorted(headings + [h for h in before if h.start not in starts], key=lambda h: h.start)
    sections = sections_from_headings(text, union)
    kept = set(_opened(union, sections))
    if all(k in kept for k in _opened(before, old)):
        return sections, union
    return old, before


def _reads_a_line(text: str) -> bool:
    """Whether the rule gives a candidate to a line of ``text`` (clause
    ``one_pass``: a text where it gives none is read once, as without the rule)."""
    return any(
        script_title_candidates(m.group(1).rstrip(), 0, 0, 0) for m in _ANY_LINE.finditer(text)
    )


def _opened(headings: list, sections: list) -> list[tuple[int, int, str]]:
    """(start, level, title) of the section each heading opens (the first section
    of a text starts at 0 even when its heading starts later)."""
    titled = sections[len(sections) - len(headings) :]
    return [(h.start, s.level, s.title) for h, s in zip(headings, titled, strict=True)]
