"""What a line opens with, for the unwrap stage's rules: a list marker (rule
``list_item``), an unspaced dash (rule ``dash_start``), a verse number one
past the line above's (rule ``verse_numbers``), an underline (rule
``underline``) or a heading keyword ("CHAPTER IV", "第四十七回": such a line
is never joined to the line above it); and one line end, a URL's "://"
(rule ``url_break``: the next line goes on without a space).

Clause ``dash_spacing`` of ``dash_start``: a wrap onto a line that opens with an
unspaced dash ("—A", "--the") joins without a space, as English books write a
dash that opens words after a word or a comma (the 30 Gutenberg books: ",—"
498 times against ", —" 4, ",--" 581 against ", --" 2; no book writes " —" before
a word for as much as a fifth of its "—"), unless the document itself writes
such dashes with a space before them: when its lines hold more " —X" than "—X"
(X a letter or digit), the join takes a space (Spanish dialogue: "en camino
—respondió Sancho—", "usted, señor," / "—dijo Sancho" -> "señor, —dijo").

Rule ``suspended_hyphen`` (``suspended_hyphens``): a line that ends with a word
and a hyphen joins the next without a space ("well-" + "known"), but when the
next line opens with a conjunction and a space, the hyphen suspends a compound
("Datenbank-" + "und Tabellen-Programmen", "pre-" + "and post-war"; a dash,
"meet;--" + "and as I love", is none) and the join keeps the space: "Datenbank- und Tabellen-Programmen" (Debian's German FAQ: 4
such joins, all wrong without the rule).
Clause ``suspended_before_bis`` (session 30): "bis" (a range, "vier- bis fünfhundert")
suspends a compound as "und" does: "vier-" + "bis sechswöchentlich" in Holub's Sieben Jahre in
Süd-Afrika (Project Gutenberg) came out "vier-bis"; no raw line-end hyphen before "bis "
in the English Gutenberg files, 68_german_novels or ELTeC-deu.

Clause ``hangul_dash_space`` (``hangul_dash_spaces``): a line that ends with Hangul
and a dash ("모르지만-", "남매--") joins a line opening with Hangul with a space
when the document writes such dashes before a space more often than before
Hangul: Korean puts a dash for a pause and a space after it ("모르지만- 하하...",
"집안- 삼대가"), and a wrapper breaks at that space; joined tight the words were
glued ("집안-삼대가"). 염상섭's 삼대 (satKorean, EUC-KR copy) writes 136 "가- 나"
against 37 "가-나"; wrapped at 40 columns 10 such joins lost their space.
Clause ``hangul_dash_space_same_dash``: the vote is taken per dash form ("-", "--",
"—"): 삼대 writes "-" before a space but "--" always tight ("남매--가당치도", 0 "-- ").
"""

from __future__ import annotations

import bisect
import re

import numpy as np

from transforms.headings import MAX_LINE, line_candidates
from transforms.sorted_unique import isin  # clause isin_by_search

_DASHES = np.asarray([ord(c) for c in "-—"], dtype=np.uint32)
_HYPHENS = np.asarray([45, 0x2010], dtype=np.uint32)  # "-" and U+2010 HYPHEN (groff's)


def dash_starts(cp: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Whether an unspaced dash ("—A", "--the") opens the line at each ``pos``."""
    last = len(cp) - 1
    em = cp[pos] == 0x2014
    double = (cp[pos] == 45) & (cp[np.minimum(pos + 1, last)] == 45)
    after = cp[np.minimum(pos + np.where(double, 2, 1), last)]
    return (em | double) & (after > 32) & ~isin(after, _DASHES)


_LIST_MARKER = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]")


def list_items(text: str, firsts: np.ndarray) -> np.ndarray:
    """Whether the line whose first non-space character is at each position opens
    a list item ("- ", "* ", "• ", "12. ", "3) ")."""
    return np.fromiter(
        (_LIST_MARKER.match(text, p) is not None for p in firsts.tolist()),
        dtype=bool,
        count=len(firsts),
    )


# A numbered item's marker at a line's first character: 1-3 digits, "." or ")", a space;
# clause decimal_run: the digits may follow a section number's parents ("3.1." of "3.1.11. ").
_NUMBERED = re.compile(r"((?:\d{1,3}\.)*)(\d{1,3})([.)])[ \t]")
# Lines around a numbered item searched for its neighbours in the run.
NUMBERED_REACH = 40


def numbered_items(text: str, cp: np.ndarray, firsts: np.ndarray) -> np.ndarray:
    """Clause ``numbered_run`` of rule ``list_item``: whether the line whose first
    non-space character is at each of ``firsts`` (ascending; the line's end when
    it is blank) opens a numbered item ("2. Alles, was ...", "3) ...") that
    continues a run: within ``NUMBERED_REACH`` lines before it a line opens the
    number before it with the same mark, or within as many after it the number
    after it. Such a line is never joined to the line above, even after a full
    line (a wrapped list in Debian's German fortunes: "... dazu." / " 2. Alles,
    was ..."); a wrapped sentence that opens with a number ("1850. The war ...",
    a lone "12. The") has no such neighbour and still joins. Nor is it an item when
    the line above ends mid-sentence (a lower-case letter last), starts no deeper
    and opens no numbered item itself: a date or ordinal of wrapped prose ("am" /
    "13. Juli", with "12. Juni" a few lines away). Clause ``decimal_run``: a
    section number's last part counts the same way under the same parents
    ("3.1.11. I am ..." after "3.1.10. ...", a DocBook FAQ's contents, whose
    wrapped entries end in "?"). Clause ``section_number_not_date``: such a number
    is an item after a line that ends mid-sentence too (the German Debian
    Reference's contents: "... eingebunden wird" / "9.6.17. Vergrößerung ...")."""
    out = np.zeros(len(firsts), dtype=bool)
    c = cp[np.minimum(firsts, len(cp) - 1)]
    marks = []  # (line, number, mark)
    for k in np.flatnonzero((c >= 48) & (c <= 57) & (firsts < len(cp))).tolist():
        m = _NUMBERED.match(text, int(firsts[k]))
        if m is not None:
            marks.append((k, int(m.group(2)), m.group(1) + m.group(3)))
    seen: dict[tuple[int, str], list[int]] = {}  # line numbers, ascending
    for k, num, mark in marks:
        seen.setdefault((num, mark), []).append(k)
    for k, num, mark in marks:
        before = seen.get((num - 1, mark), [])
        after = seen.get((num + 1, mark), [])
        i = bisect.bisect_left(before, k - NUMBERED_REACH)
        j = bisect.bisect_right(after, k)
        out[k] = (i < len(before) and before[i] < k) or (
            j < len(after) and after[j] <= k + NUMBERED_REACH
        )
        # Clause section_number_not_date (session 21): a number with parents
        # ("9.6.17. ") is no date or ordinal of prose, after a line ending mid-sentence too.
        if (
            out[k]
            and k > 0
            and len(mark) == 1
            and _mid_sentence(text, int(firsts[k - 1]), int(firsts[k]))
        ):
            out[k] = False
    return out


def _mid_sentence(text: str, first_a: int, first_b: int) -> bool:
    """Whether line ``a`` (first non-space at ``first_a``) ends in a lower-case
    letter, opens no numbered item and starts no deeper than line ``b`` (the next
    line, first non-space at ``first_b``)."""
    start_b = text.rfind("\n", 0, first_b) + 1
    if first_a >= start_b - 1:
        return False  # a blank line
    end = start_b - 2  # the last character of line a, its spaces skipped
    while end > first_a and text[end] in " \t\r":
        end -= 1
    if not text[end].islower():
        return False  # a line ending in punctuation, a digit, a capital
    start_a = text.rfind("\n", 0, first_a) + 1
    return first_a - start_a <= first_b - start_b and not _NUMBERED.match(text, first_a)


_VERSE_NUMBER = re.compile(r"(\d{1,3}) (?=\S)")


def verse_number_steps(text: str, firsts_a: np.ndarray, firsts_b: np.ndarray) -> np.ndarray:
    """Rule ``verse_numbers``: whether line b opens with the number after the one
    line a opens with ("  23 And all the days ..." / "  24 And Enoch ..."): the
    numbered verses of a Bible, each its own line even after a full line that
    ends open."""
    out = np.zeros(len(firsts_a), dtype=bool)
    for i, (pa, pb) in enumerate(zip(firsts_a.tolist(), firsts_b.tolist(), strict=True)):
        mb = _VERSE_NUMBER.match(text, pb)
        if mb is not None:
            ma = _VERSE_NUMBER.match(text, pa)
            out[i] = ma is not None and int(mb.group(1)) == int(ma.group(1)) + 1
    return out


# Clause dash_spacing: a dash that opens a word (a literal first: a fast scan).
_INLINE_DASH = re.compile(r"(?:—|--)(?=\w)")
_HANGUL_DASH_SPACED = re.compile("[\uac00-\ud7a3][-\u2010\u2014]+[ \t][\uac00-\ud7a3]")
_HANGUL_DASH_TIGHT = re.compile("[\uac00-\ud7a3][-\u2010\u2014]+[\uac00-\ud7a3]")


def _hangul(cp: np.ndarray) -> np.ndarray:
    return (cp >= 0xAC00) & (cp <= 0xD7A3)


def hangul_dash_spaces(
    text: str, cp: np.ndarray, last: np.ndarray, firsts: np.ndarray
) -> np.ndarray:
    """Clause ``hangul_dash_space`` (module doc): whether each wrap whose line ends
    at ``last`` with a dash after Hangul, onto a line opening with Hangul at
    ``firsts``, keeps a space (the document's dashes after Hangul mostly do)."""
    dash = isin(cp[last], (45, 0x2010, 0x2014))
    before = last.copy()
    for _ in range(3):  # past "--", "---"
        back = dash & isin(cp[np.maximum(before - 1, 0)], (45, 0x2010, 0x2014)) & (before > 0)
        before[back] -= 1
    mask = dash & _hangul(cp[np.maximum(before - 1, 0)]) & _hangul(cp[firsts])
    if not mask.any():
        return mask
    # Clause hangul_dash_space_same_dash: each dash form ("-", "--", "—") votes on its
    # own; 삼대 writes "- " 136 times but "--" always tight ("남매--가당치도").
    votes: dict[str, bool] = {}
    for i in np.flatnonzero(mask):
        form = text[before[i] : last[i] + 1]
        if form not in votes:
            spaced = tight = 0
            for m in _HANGUL_DASH_SPACED.finditer(text):
                spaced += m.group()[1:-1].rstrip() == form
            for m in _HANGUL_DASH_TIGHT.finditer(text):
                tight += m.group()[1:-1] == form
            votes[form] = spaced > tight
        mask[i] = votes[form]
    return mask


def dash_spacing(text: str) -> bool:
    """Clause ``dash_spacing``: whether the document writes a dash that opens a
    word with a space before it (" —X", after a character that is no space)
    more often than without ("—X", ",—X")."""
    spaced = tight = 0
    for m in _INLINE_DASH.finditer(text):
        p = m.start()
        before = text[p - 1] if p > 0 else "\n"
        if before == " " and p > 1 and not text[p - 2].isspace():
            spaced += 1
        elif not before.isspace() and before != "-":
            tight += 1
    return spaced > tight


def url_breaks(cp: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Rule ``url_break``: whether the line whose last character is at ``last``
    ends with a URL's "://", so that it goes on without a space ("...웹사이트
    (https://" / "www.debian.org/distrib/)", debian-faq-ko: 31 lines)."""
    before = np.maximum(last - 1, 0)
    return (cp[last] == 47) & (cp[before] == 47) & (cp[np.maximum(last - 2, 0)] == 58)


# A conjunction, then a space: what follows a suspended compound's hyphen.
_CONJUNCTION = re.compile(r"(?:und|oder|bzw\.|sowie|bis|and|or|nor|et|ou|en|of)[ \t]")


def suspended_hyphens(
    text: str, cp: np.ndarray, ends: np.ndarray, firsts: np.ndarray
) -> np.ndarray:
    """Rule ``suspended_hyphen`` (module doc): whether the line ending at each of
    ``ends`` (its last character) ends with a letter and one hyphen and the line
    starting at the same index of ``firsts`` opens with a conjunction and a space
    (a dash, "meet;--" + "and as I love", is no hyphen)."""
    hyphen = isin(cp[ends], _HYPHENS) & ~isin(cp[np.maximum(ends - 1, 0)], _HYPHENS)
    return hyphen & np.fromiter(
        (_CONJUNCTION.match(text, int(p)) is not None for p in firsts), bool, len(firsts)
    )


_UNDERLINE_CHARS = np.asarray([ord(c) for c in "=-*~^#"], dtype=np.uint32)


def underlines(text: str, cp: np.ndarray, firsts: np.ndarray, lasts: np.ndarray,
               join: np.ndarray) -> np.ndarray:  # fmt: skip
    """Rule ``underline``: whether each joined line (``join``) is 3 or more of
    one of "= - * ~ ^ #" alone, the underline of a section title in Markdown
    and reStructuredText ("1.2. New versions of this document" over "====="
    in Debian Policy's text): it keeps its line, as the title above it does."""
    out = np.zeros(len(firsts), dtype=bool)
    for k in np.flatnonzero(join & isin(cp[firsts], _UNDERLINE_CHARS)).tolist():
        line = text[firsts[k] : lasts[k] + 1].rstrip()
        out[k] = len(line) >= 3 and line == line[0] * len(line)
    return out


_RULE_CHARS = np.asarray([ord(c) for c in "=-*~^#_"], dtype=np.uint32)


def rule_lines_above(text: str, cp: np.ndarray, firsts: np.ndarray, lasts: np.ndarray,
                     join: np.ndarray) -> np.ndarray:  # fmt: skip
    """Clause ``rule_line_above`` (session 32): whether each joined pair's upper line
    is a rule, 3 or more of one of "= - * ~ ^ # _" alone: the line under it starts anew
    (Henty's The Young Colonists: a row of 72 "_" over "THE YOUNG COLONISTS, BY G.A.
    HENTY." became one line, "____...____ THE YOUNG COLONISTS, ...")."""
    out = np.zeros(len(firsts), dtype=bool)
    for k in np.flatnonzero(join & isin(cp[firsts], _RULE_CHARS)).tolist():
        line = text[firsts[k] : lasts[k] + 1].rstrip()
        out[k] = len(line) >= 3 and line == line[0] * len(line)
    return out


# First characters of keyword, CJK and markdown headings.
_HEADING_FIRST = set("#第卷제VTPBACELS")


def heading_lines(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each line is a heading by its keyword ("第四十七回 呆霸王...",
    "CHAPTER IV"): such a line is never joined to the line above it, even
    when the chapter before ends on a full line."""
    out = np.zeros(len(starts), dtype=bool)
    for k, (a, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if e - a <= MAX_LINE and text[a] in _HEADING_FIRST:
            line = text[a:e]
            out[k] = any(c.kind in ("keyword", "cjk", "md") for c in line_candidates(line, a, 0, e))
    return out


# Rule mixed_widths: a transcription wrapped at ~52 columns with a sixth of its
# paragraphs left on one long line (Keller's Der grüne Heinrich, Freytag's Die
# Ahnen and Soll und Haben, Arnim's Die Kronenwächter in
# computationalstylistics/68_german_novels) has a 95th percentile of 104-151
# columns, so no wrapped line was full and 28,000-39,000 wraps per book stayed.
# When the lines wider than 1.5 times the core width (the percentile of the
# lines at most 1.5 times the median) are at least 5% of the lines followed by
# another line, and a gap parts them from the core (at most 10% of the lines
# are between the core width and 1.5 times it: 2.5-4.2% in those books), the
# core width is the wrap width, if the lines pile up under it (at least half
# of them within 80-100% of it, on 5 widths or more: 62-69% in those books; a
# man page's short option lines under long descriptions, 5-13%, are no wrapped
# lines, nor fortunes-de's "Wußten Sie schon..." over each entry, all 19). A
# document wrapped at one column has almost no line so wide; plays and
# speeches whose lines are of every width (Much Ado About Nothing: 29% in the
# gap, seg_manifesto 18-19%) keep their percentile.
MIXED_SHARE, MIXED_GAP, MIXED_PILE = 0.05, 0.10, 0.5


def wrap_width(widths: np.ndarray, percentile: float) -> float:
    """The document's wrap width from the widths of lines followed by another
    line: their ``percentile``, or the core width of rule ``mixed_widths``."""
    whole = float(np.percentile(widths, percentile))
    core_lines = widths[widths <= 1.5 * float(np.median(widths))]
    if not len(core_lines):
        return whole
    core = float(np.percentile(core_lines, percentile))
    gap = ((widths > core) & (widths <= 1.5 * core)).mean()
    piled = (widths >= 0.8 * core) & (widths <= core)
    if (
        core < whole
        and (widths > 1.5 * core).mean() >= MIXED_SHARE
        and gap <= MIXED_GAP
        and piled.mean() >= MIXED_PILE
        and len(np.unique(widths[piled])) >= 5
    ):
        return core
    return whole


# Clause set_off of rule mixed_widths: the core width measures the prose at the
# document's usual indent; a pair of lines both indented deeper than that (by a
# column or more: normalization leaves one space of any indent) is set off from
# it: a poem quoted in Keller's Der grüne Heinrich (" ein Tisch mit Seiden
# grün," / " am selben saß"), a verse line's turnover and the next verse line
# ("...leben," / " Werd ich zunicht"), two speeches each opening a paragraph
# (Freytag's Die Ahnen). Such a pair was kept before the core width (no line
# was full), and stays kept.
def set_off_indent(
    widths: np.ndarray, indents: np.ndarray, cols: float, percentile: float
) -> float:
    """Indent from which two lines in a row are set off (clause ``set_off``): the
    most common indent of lines followed by a line plus 1, when rule
    ``mixed_widths`` chose the core width ``cols``; otherwise infinity."""
    if cols >= float(np.percentile(widths, percentile)):
        return float("inf")
    return float(np.bincount(indents.astype(np.int64)).argmax()) + 1
