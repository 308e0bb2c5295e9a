"""Rule ``diary_date_lines``: the entries of a CJK diary, each headed by its date.

A diary (宮本百合子's 日記, 種田山頭火's 其中日記, 古川ロッパ昭和日記) opens every entry
with a line of its own that holds the day's date, often with the weekday and the
weather: "一月六日（木曜）", "一月十五日（土曜）晴　暖", "七月二十二日　曇、晴、混沌として。",
"七月廿四日　五日　六日". Rule ``cjk_title_lines`` reads none of them: the weekday's
brackets and the weather's marks make them no bare title, and its clause
``cjk_dateline`` keeps dates that close pieces out. Such a line heads a section here when:

* clause ``diary_date_line``: it opens with a month and a day ("一月六日", "七月廿三日",
  "12月3日", a year before them allowed: "昭和十二年一月一日"), then at most a weekday in
  brackets ("（木曜）", "(金)") and a remark after it or after a space ("（土曜）晴　暖"); ``MAX_LINE`` characters
  at most, a blank line (or the text's start) above it; the month is 1-12, the day 1-31;
* clause ``diary_dates_count_on``: the document has ``MIN_DATES`` such lines or more,
  and they count on: at least ``COUNT_ON_SHARE`` of the steps from one to the next go
  forward in the year (or from October-December back to January-March, a new year);
  dates picked at random from a novel's lines do not;
* clause ``diary_date_alone``: in such a diary a line that is the date alone ("四月二日",
  "一月七日（金曜）") heads its entry without a blank line above too, between the last
  entry's sentence (a sentence mark last) and the new entry's text right under it; a
  letter's closing date under its signature ("爱你的　冬妮亚" / "１９１８年１１月２９日",
  钢铁是怎样炼成的) over a blank line stays text;
* clause ``diary_dates_divide_text``: the entries and the book's headings divide the
  whole text as ``cjk_titles.titles_divide_text`` asks (no part over a quarter of it, or
  three times an even share): a diary kept for a few pages of a story collection whose
  stories are no headings would take the rest of the book under its last date;
* clause ``diary_entries_lowest`` (in ``sections.find_headings``): the entries rank
  under every other heading of the book ("一　シャンハイ" over 四月一日 .. 四月三日);
* clause ``diary_dates_head_prose``: most of them (half or more) head prose: the next
  text line is a sentence (a sentence mark last, or 40 characters and more; as
  ``cjk_titles._heads_prose``): dates that close an essay ("一九二四年二月十日" over the
  next essay's title) head none, and stay text; clause ``diary_dates_head_prose_not_dated``:
  that prose is no other date line (a chronicle's "1912年2月12日　清帝溥仪退位。" lines,
  one under the other, head nothing); clause ``diary_dates_not_datelines``: fewer than
  half of them are the first line under one of the book's headings (a novel whose
  chapters open with a date and place, "第一章　卢沟桥" / "1937年7月7日　北平", keeps them text).

Cost: one character test per line; a regex on the short lines that open with a digit.
"""

from __future__ import annotations

import re

from transforms.cjk_titles import _PROSE_END, _heads_prose, titles_divide_text
from transforms.headings import cjk_value

MAX_LINE = 40
MIN_DATES = 5
COUNT_ON_SHARE = 0.8
_N = "[〇一二三四五六七八九十廿卅0-9０-９]"
_DATE_LINE = re.compile(
    rf"(?:(?:明治|大正|昭和|平成|令和)?{_N}{{1,4}}年)?(?P<m>{_N}{{1,3}})月(?P<d>{_N}{{1,3}})日"
    r"(?:[（(][^（）()]{1,8}[）)].*|[ \u3000]\S.*)?"  # the weekday "（土曜）", a remark: "晴　暖", "五日　六日"
)
_BARE = re.compile(
    rf"(?:(?:明治|大正|昭和|平成|令和)?{_N}{{1,4}}年)?{_N}{{1,3}}月{_N}{{1,3}}日(?:[（(][^（）()]{{1,8}}[）)])?"
)
_OPENS = frozenset("〇一二三四五六七八九十廿卅0123456789０１２３４５６７８９明大昭平令")
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


def _value(number: str) -> int | None:
    number = number.translate(_FULL)
    if number.isdigit():
        return int(number)
    if "廿" in number or "卅" in number:
        number = number.replace("廿", "二十").replace("卅", "三十")
    return cjk_value(number)


def _date(text: str) -> tuple[int, int] | None:
    m = _DATE_LINE.fullmatch(text)
    if m is None:
        return None
    month, day = _value(m["m"]), _value(m["d"])
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day


def _counts_on(dates: list[tuple[int, int]]) -> bool:
    steps = list(zip(dates, dates[1:], strict=False))
    forward = sum(b > a or (a[0] >= 10 and b[0] <= 3) for a, b in steps)
    return forward >= COUNT_ON_SHARE * len(steps)


def _next_text(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, min(i + 4, len(texts))) if texts[j]), None)


def diary_date_lines(lines, taken: set[int]) -> list[int]:
    """Indexes of the lines of ``lines`` (``contents.scan_lines``) that head a diary's
    entries (see the module docstring); ``taken`` are lines already headings."""
    texts, blank = lines.texts, lines.blank
    found = []
    for i, t in enumerate(texts):
        if (
            t
            and t[0] in _OPENS
            and len(t) <= MAX_LINE
            and i not in taken
            and (i == 0 or blank[i - 1])
        ):
            date = _date(t)
            if date is not None:
                found.append((i, date))
    if len(found) < MIN_DATES or not _counts_on([d for _, d in found]):
        return []
    # Clause diary_dates_head_prose_not_dated (review, session 28): the prose an entry
    # heads is no other date line: a chronicle (年表, "1912年1月1日　孙中山在南京就任临时
    # 大总统。" over "1912年2月12日　清帝溥仪退位。") is dated lines that end on a sentence
    # mark, one under the other, and no entry has text of its own.
    starts = {i for i, _ in found}
    if 2 * sum(_heads_prose(texts, i) and _next_text(texts, i) not in starts for i in starts) < len(
        found
    ):
        return []
    dated = [i for i, _ in found]
    # Clause diary_date_alone: in a diary, a line that is the date alone (its weekday
    # allowed) heads its entry also right under the last one's text (寺田寅彦's 旅日記).
    dated = sorted(set(dated) | {
        i for i, t in enumerate(texts)
        if t and t[0] in _OPENS and i not in taken and i and not blank[i - 1]
        and _BARE.fullmatch(t) and _date(t) is not None and _heads_prose(texts, i)
        and _PROSE_END.search(texts[i - 1]) and i + 1 < len(texts) and not blank[i + 1]
    })  # fmt: skip
    # Clause diary_dates_not_datelines (review, session 28): dates that open the book's
    # chapters, each the first line under a heading ("第一章　卢沟桥" / "1937年7月7日　北平"),
    # are the chapters' datelines: half of the entries or more
    # so placed (旅日記's chapters open with their first of 3 to 6 dates), no entries (each
    # would take its chapter's whole text, the chapter's own heading left empty).
    under = sum(
        next((j for j in range(i - 1, max(i - 4, -1), -1) if texts[j]), None) in taken
        for i in dated
    )
    if 2 * under >= len(dated):
        return []
    # Clause diary_dates_divide_text: the entries (with the book's headings) divide the
    # whole text (``cjk_titles.titles_divide_text``): a diary a story keeps for a few
    # pages of a collection whose stories are no headings would take the rest of it.
    if not titles_divide_text(texts, sorted(set(dated) | taken)):
        return []
    return dated
