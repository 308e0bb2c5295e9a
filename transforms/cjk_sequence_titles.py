"""Rule ``cjk_sequence_titles`` (session 33): CJK headings that no keyword names, found
because they advance as a sequence.

``transforms.headings`` knows the chapter keywords ("第十二回", "第3章", "卷之一") and
``transforms.cjk_titles`` the short title lines of pure CJK text. A book may head its
parts with a number no rule reads: 高卢战记 "高卢战记 01" .. "高卢战记 08" (the book's title
and a two-digit number), 历史深处的忧虑 "第一封信", "历史深处的忧虑第二封信" ("封信" is no
heading keyword), 梁文道's 常识 "大 局（1）", "大 局（2）" (an essay posted in parts). One such
line is no evidence; a run of them that counts 1, 2, 3 over real text is. A line here is
a heading only when:

* it is short (at most ``MAX_LINE`` characters), holds CJK text and no sentence or
  clause mark, quote or bracket other than the number's own;
* it stands apart: the line above it is blank, a rule ("------", "____") or the start;
* clause ``same_prefix_number``: it is "<prefix> <number>" (the prefix CJK title
  characters, ``MIN_PREFIX`` or more, the number Arabic digits, ASCII or full-width),
  with a blank line or rule under it, and ``MIN_RUN`` or more lines with that prefix
  count 0 or 1, then one up each (all lines with that prefix: a skipped or repeated
  number is no sequence);
* clause ``measure_word_sequence``: it is "[prefix]第<number><measure>" (the number a
  CJK numeral or digits, the measure one to three CJK characters that are no chapter
  keyword of ``transforms.headings``), with a blank line or rule under it, and
  ``MIN_RUN`` or more lines with that measure word count 1, 2, 3 ... (a book title
  before the number may come and go: "第一封信", "历史深处的忧虑第二封信");
* clause ``numbered_part_title``: it is "<title>（N）" or "<title>(N)" (a title of CJK
  characters, spaces between them allowed), and ``MIN_PART_TITLES`` or more titles
  each count their parts 1, 2 ... ; under each either a blank line or rule, or a line
  opening as the lines under all the others do (``MIN_FOLLOWER`` characters or more
  in common: a posting stamp "更新时间2009-1-9 9:21:42 字数：1511", or the same rule
  "------------" under each title, 蛤蟆的油). Clause
  ``shared_follower_title``: then an unnumbered title line (CJK title characters, at
  most ``MAX_LINE``, apart above) over a line opening the same way is a title too
  (常识's "炒 作", "反华传媒" between the numbered parts; 蛤蟆的油's "地狱", "旋风");
  quoted words may stand in a title ("“酥糖”遇到天使（1）", "“人格魅力”");
* clause ``blank_apart_title``: where each numbered part title stands between blank
  lines, an unnumbered title line (at most ``MAX_BLANK_TITLE``) between blank lines
  with prose above and under it is a title too (我负丹青's "家贫", "故园" among
  "误入艺途(1)" .. "土地(2)"): no subtitle right under a title, no line of a list;
* clause ``sequence_real_text``: between two of them, and after the last, stand at
  least ``MIN_BETWEEN`` characters of text, and the lines found divide the text
  (``cjk_titles.titles_divide_text``): a list of numbered short lines, a numbered
  paragraph inside a chapter or a poem's "其一 / 其二" is no such run.

The rule is asked only where no other rule found a chapter or a title line (a numbered
list inside a chapter stays a list); lines other rules read are never taken.
Cost: a length test per line, then regexes on the short lines only.
"""

from __future__ import annotations

import re

from transforms.cjk_titles import titles_divide_text
from transforms.heading_numbers import cjk_value

MAX_LINE = 24
MIN_PREFIX = 2
MIN_RUN = 3
MIN_PART_TITLES = 2
MIN_FOLLOWER = 4
MIN_BETWEEN = 200
MIN_TITLE_TEXT = 20  # cjk_titles.MIN_TEXT_CHARS
MAX_BLANK_TITLE = 16  # cjk_titles.MAX_TITLE_CHARS (clause blank_apart_title)
PROSE_LINE = 40  # cjk_titles.PROSE_LINE
_PROSE_END = re.compile(r"[。！？…][」』”’）)]*$")
SEQUENCE_RANK = 20  # a chapter's rank
PART_RANK = 25  # cjk_titles.TITLE_RANK: an essay or a piece

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = f"[{_HAN}]+"
_WORDS = f"{_RUN}(?:[ \u3000]{_RUN})*"
# A title's words, quoted words among them ("“酥糖”遇到天使（1）", 蛤蟆的油). Clause
# one_way_words (session 41): a character at a time, not "(?:[...]+|...)+", which splits
# a run of N characters 2^(N-1) ways before a line that is no title fails (a 24-character
# line of 世界营销绝招800例 took seconds; the book 12 s).
_QWORD = f"(?:[{_HAN}]|“{_RUN}”)+"
_QWORDS = f"{_QWORD}(?:[ \u3000]{_QWORD})*"
_NUMERAL = "[〇零一二三四五六七八九十百两]{1,4}"
# Clause same_prefix_number: "高卢战记 01", "高卢战记０２".
_PREFIX_NUMBER = re.compile(f"({_WORDS})[ \u3000]*([0-9０-９]{{1,3}})")
# Clause measure_word_sequence: "第一封信", "历史深处的忧虑第二封信", "第3次".
_MEASURE = re.compile(f"(?:{_RUN})?第({_NUMERAL}|[0-9０-９]{{1,3}})([{_HAN}]{{1,3}})")
# The chapter keywords transforms.headings reads already.
# clause keyword_variants (session 33): the variant and other units transforms.headings and
# transforms.cjk_novel_parts read ("第一囘" of 饗庭篁村's 隅田の春, "第一巻", "第一讲") too
_KEYWORDS = set("章回节節卷部篇集册冊幕场場" + "囘囬廻巻编編讲講课課")
# Clause numbered_part_title: "大 局（1）", "哭泣的骆驼(2)", "民间（二）（1）".
_PART = re.compile(f"({_QWORDS}(?:（{_NUMERAL}）)?)[ \u3000]*[（(]([0-9０-９]{{1,2}})[）)]")
# Clause shared_follower_title: "反华传媒", "城管（二）", "“人格魅力”".
_TITLE_ONLY = re.compile(f"{_QWORDS}(?:（{_NUMERAL}）)?")
_RULE = re.compile(r"[-_=—─━*~·.\u3000 ]{3,}")


def _ruled(t: str) -> bool:
    return not t or _RULE.fullmatch(t) is not None


def _apart_above(texts: list[str], i: int) -> bool:
    return i == 0 or _ruled(texts[i - 1])


def _apart_below(texts: list[str], i: int) -> bool:
    return i + 1 >= len(texts) or _ruled(texts[i + 1])


def _counts_up(values: list[int], first: tuple[int, ...]) -> bool:
    return values[0] in first and all(b == a + 1 for a, b in zip(values, values[1:], strict=False))


def _real_text(texts: list[str], found: dict[int, int], numbered: set[int]) -> bool:
    """Clause sequence_real_text: MIN_BETWEEN characters under each numbered line found,
    MIN_TITLE_TEXT under each other (an author's note under "作者介绍")."""
    stops = sorted(found) + [len(texts)]
    return all(
        sum(len(t) for t in texts[a + 1 : b] if not _ruled(t))
        >= (MIN_BETWEEN if a in numbered else MIN_TITLE_TEXT)
        for a, b in zip(stops, stops[1:], strict=False)
    )


def sequence_titles(texts: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """(line, rank) of the headings rule ``cjk_sequence_titles`` finds in ``texts``
    (a ``contents.Lines``' stripped lines); ``taken``: lines other rules read."""
    short = [
        i for i, t in enumerate(texts)
        if t and len(t) <= MAX_LINE and i not in taken and _apart_above(texts, i)
    ]  # fmt: skip
    prefixed: dict[str, list[tuple[int, int]]] = {}
    measured: dict[str, list[tuple[int, int]]] = {}
    parts: dict[str, list[tuple[int, int]]] = {}
    for i in short:
        t = texts[i]
        if m := _PART.fullmatch(t):
            parts.setdefault(" ".join(m.group(1).split()), []).append((i, cjk_value(m.group(2))))
            continue
        if not _apart_below(texts, i):
            continue
        if m := _PREFIX_NUMBER.fullmatch(t):
            prefix = "".join(m.group(1).split())
            if len(prefix) >= MIN_PREFIX:
                prefixed.setdefault(prefix, []).append((i, cjk_value(m.group(2))))
        elif (m := _MEASURE.fullmatch(t)) and m.group(2)[0] not in _KEYWORDS:
            measured.setdefault(m.group(2), []).append((i, cjk_value(m.group(1))))
    found: dict[int, int] = {}
    for runs, first in ((prefixed, (0, 1)), (measured, (1,))):
        for run in runs.values():
            values = [v for _, v in run]
            if len(run) >= MIN_RUN and None not in values and _counts_up(values, first):
                found.update((i, SEQUENCE_RANK) for i, _ in run)
    found.update(_part_titles(texts, short, parts))
    numbered = {i for i in found if found[i] == SEQUENCE_RANK or _PART.fullmatch(texts[i])}
    lines = sorted(found)
    if not lines or not _real_text(texts, found, numbered) or not titles_divide_text(texts, lines):
        return []
    return [(i, found[i]) for i in lines]


def _follower(texts: list[str], i: int) -> str:
    return texts[i + 1] if i + 1 < len(texts) else ""


def _part_titles(
    texts: list[str], short: list[int], parts: dict[str, list[tuple[int, int]]]
) -> dict[int, int]:
    """Clauses numbered_part_title and shared_follower_title."""
    runs = [
        run for run in parts.values()
        if len(run) >= 2
        and None not in (values := [v for _, v in run])
        and _counts_up(values, (1,))
    ]  # fmt: skip
    if len(runs) < MIN_PART_TITLES:
        return {}
    lines = sorted(i for run in runs for i, _ in run)
    below = [_follower(texts, i) for i in lines]
    common = below[0]
    for b in below[1:]:
        pairs = enumerate(zip(common, b, strict=False))
        common = common[: next((k for k, (x, y) in pairs if x != y), min(len(common), len(b)))]
    if len(common) >= MIN_FOLLOWER:  # a stamp "更新时间2009-1-9 ", or a rule "------------"
        # Clause shared_follower_title: the unnumbered titles laid out alike.
        lines += [
            i for i in short
            if i not in lines
            and _TITLE_ONLY.fullmatch(texts[i])
            and _follower(texts, i).startswith(common)
        ]  # fmt: skip
    elif not all(_apart_below(texts, i) for i in lines):
        return {}
    elif all(not texts[i + 1] for i in lines if i + 1 < len(texts)):
        lines = _blank_apart_titles(texts, short, lines)
    # Clause parts_unbroken: no unnumbered title between two parts of one numbered title
    # (a short line inside "误入艺途(1)" is no title: "误入艺途(2)" goes on with it).
    return {i: PART_RANK for i in lines if not any(a < i < b for a, b in _part_gaps(runs))}


def _part_gaps(runs: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    return [(a, b) for run in runs for (a, _), (b, _) in zip(run, run[1:], strict=False)]


def _prose(t: str) -> bool:
    return len(t) >= PROSE_LINE or _PROSE_END.search(t) is not None


def _blank_apart_titles(texts: list[str], short: list[int], lines: list[int]) -> list[int]:
    """Clause blank_apart_title: where every numbered part title stands between blank
    lines, an unnumbered title line (title characters, at most ``MAX_BLANK_TITLE``)
    between blank lines over prose is a title too (我负丹青's "家贫", "故园" among
    "误入艺途(1)" .. "土地(2)"): prose stands above it (the end of the part before)
    and under it, so no subtitle under a title and no line of a list."""
    found = set(lines)
    for i in short:
        if (
            i in found
            or len(texts[i]) > MAX_BLANK_TITLE
            or not _TITLE_ONLY.fullmatch(texts[i])
            or i + 2 >= len(texts)
            or texts[i + 1]
        ):
            continue
        above = next((t for t in reversed(texts[max(0, i - 4) : i]) if t), "")
        under = next((t for t in texts[i + 1 : i + 4] if t), "")
        if _prose(above) and _prose(under):
            found.add(i)
    return sorted(found)
