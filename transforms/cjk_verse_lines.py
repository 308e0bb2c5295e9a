"""Clause ``verse_lines_no_titles`` of rule ``cjk_title_lines`` (``transforms.cjk_titles``,
session 31): in a book of verse set one verse to a line between blank lines, the verses
are no titles.

A haiku collection sets each haiku alone between blank lines (高浜虚子's 六百句, 五百句,
五百五十句; 永井荷風's 自選　荷風百句; 種田山頭火's 草木塔, 尾崎放哉's 選句集), as a book of
free verse may set each verse line (室生犀星's 愛の詩集, left alone, below): a haiku is as short as a title and
has no mark, so it passed for one wherever the block under it held text enough (the next
haiku with its date glued, "冬日濃き所を選みたもとほる一月十六日　杣男招宴。…"): 六百句 had 205
haiku taken for titles, 草木塔 120. The evidence is the layout, not the verse: two title
lines in a row with nothing but blank lines between them, both of ``VERSE_CHARS`` or more
characters, neither repeated among the title lines and each one run of title characters
(no space: a list of names, "刘 江 原农业部部长" / "贾庭安 江泽民办公室主任" in 盛雪's
远华案黑幕, is set so too), is a pair no book of titles sets
(a title over a group holds one short word, "春之部", "国风・周南"; a contents list
repeats its titles over the chapters). Where the book has ``MIN_VERSE_PAIRS`` such pairs
or more and such long lines make ``VERSE_SHARE`` of its title lines or more (六百句 213
of 213, 草木塔 499 of 602; a book of poems under their titles has short titles too:
愛の詩集, 43 of 84, where the poem titles are as long as its verses and are left
alone), its verses make the pairs: every title line of ``VERSE_CHARS`` characters or
more that its text names once is dropped, and the verses fall into the text of the
headings that stand over them ("夏之部", "鉢の子", shorter). A tanka (about 31
characters) is over the title length and never was a title line: 北原白秋's tanka books
keep the poem titles over their tanka ("明日飛ぶと", "反歌"); no pairs are there.

Cost: one pass over the title lines.
"""

from __future__ import annotations

from collections import Counter

VERSE_CHARS = 8
MIN_VERSE_PAIRS = 10
VERSE_SHARE = 0.75


def drop_verse_lines(texts: list[str], cands: list[int], one_run) -> list[int]:
    """Clause ``verse_lines_no_titles``: ``cands`` (title lines, in order) without the
    verses of a book set one verse to a line (see the module docstring); ``one_run``
    matches a line of title characters alone, no space or dot between them."""
    seen = Counter(texts[i] for i in cands)

    def verse(i: int) -> bool:
        t = texts[i]
        return len(t) >= VERSE_CHARS and seen[t] == 1 and one_run(t) is not None

    pairs = sum(
        1
        for a, b in zip(cands, cands[1:], strict=False)
        if verse(a) and verse(b) and not any(texts[a + 1 : b])
    )  # fmt: skip
    if pairs < MIN_VERSE_PAIRS or sum(map(verse, cands)) < VERSE_SHARE * len(cands):
        return cands
    return [i for i in cands if not verse(i)]


MIN_APART_HEADINGS = 3  # clause verse_headnotes


def is_verse_book(texts: list[str], cands: list[int], dates: list[int], one_run) -> bool:
    """Clause ``year_heading_in_verse_book`` (session 32): whether clause
    ``verse_lines_no_titles`` finds verses among the title lines ``cands`` less the
    ``dates``; there a date over two blank lines heads verses, no closing date."""
    rest = [i for i in cands if i not in set(dates)]
    return len(drop_verse_lines(texts, rest, one_run)) < len(rest)


def drop_headnotes(texts: list[str], blank: list[bool], cands: list[int], heads_prose) -> list[int]:
    """Clause ``verse_headnotes`` (session 32): in a verse book (``verse_lines_no_titles``
    dropped its verses), where ``MIN_APART_HEADINGS`` or more title lines stand between
    two blank lines or more above and under (the book's parts: 種田山頭火's 草木塔 sets
    "鉢の子", "其中一人" so), a title line with one blank line above or under that heads
    no prose (``heads_prose``) is a headnote over one to three verses ("大観峰", "熊本にて"),
    no title. 序 over its prose stays; a book whose parts stand between single blank
    lines (自選荷風百句's 夏之部) has no set-apart lines and is left alone."""

    def apart(i: int) -> bool:
        above = i >= 2 and blank[i - 1] and blank[i - 2]
        under = i + 2 < len(blank) and blank[i + 1] and blank[i + 2]
        return above and under

    parts = [i for i in cands if apart(i)]
    if len(parts) < MIN_APART_HEADINGS:
        return cands
    return [i for i in cands if apart(i) or heads_prose(texts, i)]


# Clause year_over_verse_titles (session 34): a tanka book sets each year alone
# ("明治三十一年") over the titled groups of that year ("暮春雨" over one tanka, "海邊鵆"
# over one), one blank line or two under it (長塚節歌集): no prose under the year and no
# verse pairs (a tanka is over the title length, never a title line), so clause
# ``cjk_dateline`` took all the years for closing dates. A date heads its group here when
# it is a year alone (no month), the next text line is a title line heading no prose and
# ``MIN_YEAR_TITLES`` title lines or more stand between it and the next date. Guards: an
# essay collection's closing year sits right over the next essay's title too, but that
# title heads prose; a book of poems each dated at its end has one title between two
# dates; a preface closes on a month ("明治三十八年五月著者識" over the first poem's title
# in 蒲原有明's 春鳥集, "大正十一年三月一日" in 知里幸惠's アイヌ神謡集).
MIN_YEAR_TITLES = 2


def year_over_verse_titles(
    texts: list[str], cands: list[int], dates: list[int], heads_prose
) -> set[int]:
    """Clause ``year_over_verse_titles``: the ``dates`` (title lines ``cands``, in order)
    that head a year's group of titled verse (see the comment above)."""
    cset = set(cands)
    heads = set()
    for k, i in enumerate(dates):
        if "月" in texts[i]:
            continue
        j = next((m for m in range(i + 1, min(i + 4, len(texts))) if texts[m]), -1)
        if j not in cset or heads_prose(texts, j):
            continue
        end = dates[k + 1] if k + 1 < len(dates) else len(texts)
        if sum(1 for c in cands if j <= c < end) >= MIN_YEAR_TITLES:
            heads.add(i)
    return heads
