"""Japanese title lines that quote a name or stand in an editor's brackets (session 32).

Clause ``ja_quoted_titles``: where the paragraphs run on (``paragraphs_run_on``, Aozora
Bunko's layout: a blank line is set around headings only) and the book is Japanese (kana
in most of its long lines, so Chinese text never reaches it), a line set apart is a
title when, with its quote marks taken off, it is title characters only
(``cjk_titles._TITLE``):

- a name quoted in 『』 or 「」 inside the title: "『最上』の射撃は変だぞ", "『千代田』と
  『鯨』の一戦" (平田晋策「昭和遊撃隊」), "「みみずのたはこと」に関する著者の文章";
- a name in 『』 alone: "『鬼の島』", "『山の人生』" (a book's title heading the essay on it);
- an editor's supplied title in 〔〕: "〔無題〕" (与謝野晶子's poems), "〔二月の感想〕" (a diary's
  month notes), "〔序幕〕".

Guards: 〔〕 only closing the line (``ja_quoted_titles_bracket_last``: "〔雷〕強き響き", a
gloss in 神曲's notes, is no title); a line in 「」 whole is a line of dialogue standing alone, never a title (it
stays as ``cjk_titles._unquoted`` leaves it); the inner text holds no sentence mark
(``_TITLE`` refuses "。", "、", "！", "？"); the line's length limit is the run-on one
(``MAX_RUN_ON_CHARS``) and the quote guards of ``cjk_titles._widened_quote`` (a song or
telegram the next line goes on with "という") still apply; the lines must still make a
book's titles by the rule's other tests (``MIN_TITLES``, the parts' shares, the repeated
names test).
"""

from __future__ import annotations

import re
from itertools import islice

_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
# Guard ja_quoted_titles_bracket_last: 〔〕 only closing the line ("〔無題〕", "七四五〔霜と聖
# さで…〕"); "〔雷〕強き響き" is a commentary's gloss (神曲's notes), no title.
_PAIRS = re.compile("『([^『』]+)』|「([^「」]+)」|〔([^〔〕]+)〕$")
_DIALOGUE = re.compile("「[^「」]+」")
_SUPPLIED = re.compile("〔[^〔〕]+〕")
# Guard ja_quoted_titles_editor_note: an editor's note on the text in 〔〕 ("〔以下欠〕",
# "〔中略〕", "〔判読不能〕", "〔未完〕") is no title; "〔欠題〕", "〔無題〕" are.
_EDITOR_NOTE = re.compile(
    "〔[^〔〕]*(以下|以上|[前中後]略|判読|不明|空白|未完|原稿|欠〕|脱|見えず|読めず)"
)
# Guard ja_supplied_title_margin: "〔欄外に〕" ("in the margin", 宮本百合子's diaries and
# letters: 418 lines in Aozora) heads a note, no title.
_MARGIN = "欄外"
_SAMPLE_LINES = 60
_LONG_LINE = 20


def japanese(texts: list[str]) -> bool:
    """Whether most of the first ``_SAMPLE_LINES`` long lines (``_LONG_LINE``
    characters or more) hold kana: a Japanese book, not a Chinese one."""
    long = []
    for t in texts:
        if len(t) >= _LONG_LINE:
            long.append(t)
            if len(long) >= _SAMPLE_LINES:
                break
    return bool(long) and 2 * sum(_KANA.search(t) is not None for t in long) > len(long)


def quoted_titles(ja: bool, run_on: bool, title):
    """Clause ``ja_quoted_titles``: the test of a line ``b`` (its note mark taken off)
    for a title that quotes a name (『』「」) or stands in 〔〕; ``ja`` says the book is
    Japanese and its paragraphs run on (else the test is always false); ``title`` is
    ``cjk_titles._TITLE.fullmatch``."""

    def test(b: str) -> bool:
        if not ja or not _PAIRS.search(b) or _DIALOGUE.fullmatch(b) or _EDITOR_NOTE.search(b):
            return False
        if not run_on and not _SUPPLIED.fullmatch(b):
            return False
        return title(_PAIRS.sub(lambda m: next(g for g in m.groups() if g), b)) is not None

    return test


def supplied_over_text(ja: bool):
    """Clause ``ja_supplied_title_over_text``: the test of line ``i`` of ``texts`` (its
    note mark taken off: ``b``) for an editor's supplied title in 〔〕 with text right
    under it, no blank line between ("〔懿徳天皇〕" over its chapter in 古事記, "〔善意の
    圧迫〕" over its part of 大隈重信's speech); ``ja`` says the book is Japanese (else the
    test is always false). Guards: the editor's notes (``ja_quoted_titles_editor_note``:
    "〔この間見えず〕") and "〔欄外に〕" (``ja_supplied_title_margin``) are none; a line under
    which another 〔〕 line stands is one of a list (``ja_supplied_title_list``: 宮沢賢治's
    poems named by their first lines, "〔いたつきてゆめみなやみし〕" over "〔水と濃きなだれの
    風や〕"); none in a diary (``ja_supplied_title_not_in_diary``: ``MIN_DATES`` lines or
    more open with a date, as rule ``diary_date_lines`` reads them): the entries rank under
    every other heading (``diary_entries_lowest``), so 宮本百合子's month notes
    ("〔一月中の重要なる出来事〕", closing January) would take February's entries."""
    diary: list[bool] = []

    def test(texts: list[str], i: int, b: str) -> bool:
        if not (
            ja
            and _SUPPLIED.fullmatch(b)
            and _MARGIN not in b
            and not _EDITOR_NOTE.search(b)
            and i + 1 < len(texts)
            and not texts[i + 1].startswith("〔")
        ):
            return False
        if not diary:
            from transforms.diary_dates import _DATE_LINE, _OPENS, MIN_DATES  # (a cycle)

            dated = (t for t in texts if t[:1] in _OPENS and _DATE_LINE.match(t))
            diary.append(len(list(islice(dated, MIN_DATES))) >= MIN_DATES)
        return not diary[0]

    return test
