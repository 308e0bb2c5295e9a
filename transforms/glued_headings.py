"""Rule ``glued_heading``: the numbered sections of manuals converted from PDF.

``pdftotext`` loses the space a PDF sets around a section heading, two ways:

- with ``-layout`` (and often without) the paragraph follows the heading line with no
  blank line between ("2.1 Vectors and assignment" / "R operates on named data
  structures. ...", R's "An Introduction to R"), so the heading is no isolated line and
  rule ``listed`` (a blank line under a listed line) never takes it;
- without ``-layout`` the number and the title sit on lines of their own ("5.8" / blank /
  "debian/changelog", debmake-doc), and neither line alone is what the list names.

A line (or number line and title line) is such a heading when, number and title, it is
word for word an entry of the document's contents list ("2.1 Vectors and assignment . . .
8"), is not itself in a list, opens no sentence's continuation (the line above is blank, a
heading, or ends a sentence), and its number advances the document's numbering: of all
lines that match, only the longest run whose numbers rise (1, 1.1, 1.2, 2, ..., A, A.1) is
kept, so a cross-reference or a repeated contents page set alone on a line is not one.
A bare number line needs a dot in its number ("5.8", "5.8."): "3" / blank / "Basics"
is as often a page number over a running head.

Clause ``glued_running_head``: the running heads in capitals a PDF repeats at the top of
each page ("5.8. DEBIAN/CHANGELOG" a page before the section starts) stood in for the
sections; where the section itself is found, a candidate with the same number is
dropped (it would take the list's one use of the entry, a page early).

Cost: one regular expression per short line of a document that has a contents list.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.contents_numbers import key
from transforms.rising_runs import longest_rising
from transforms.wrapped_titles import REST_CHARS

TITLE_CHARS = 100  # a heading line is short (as rule ``listed`` wants)

# "2.1 Title", "2.1. Title", "A.3 Title", "7.15      Title", "1 Title"; group 1 the number.
_NUMBERED = re.compile(r"((?:\d{1,3}|[A-Z])(?:\.\d{1,3})*)\.?(?:[ \t\xa0]+(\S.*))?$")


def number_first(t: str) -> bool:
    """Clause ``number_first_char`` (speed): whether ``_NUMBERED`` could match the
    non-empty line ``t``: it opens with a digit (``\\d``; ``str.isdigit`` holds for every
    one) or A-Z. Other lines skip the regex, which matched none of them (before, any
    letter or digit, ``str.isalnum``, went on to it)."""
    return t[0].isdigit() or "A" <= t[0] <= "Z"


def _value(number: str) -> tuple[int, ...]:
    """ "2.10" -> (2, 10); an appendix letter comes after every chapter ("A.1" -> (1001, 1))."""
    return tuple(int(p) if p.isdigit() else 1000 + ord(p) - ord("A") for p in number.split("."))


def _rising(picks: list[tuple[int, int, tuple[int, ...], str]]) -> list[int]:
    """Indices into ``picks`` of the longest run of strictly rising numbers."""
    return longest_rising([p[2] for p in picks])


def _opens(lines, i: int) -> bool:
    """The line above ``i`` is blank or ends a sentence or a heading line."""
    if i == 0 or lines.blank[i - 1]:
        return True
    above = lines.texts[i - 1]
    return not (above[-1].islower() or above[-1] in ",;-–—(")


def _page_number(title: str, found) -> bool:
    """Clause ``glued_entry_line``: a line that ends in a number its entry does not have
    is an entry of a contents page the list did not take ("2.3. Enregistrement comme
    responsable Debian 7", developers-reference fr), not the heading."""
    if not re.search(r"[ \t.]\d+$", title):
        return False
    whole = "".join(ch for ch in title.casefold() if ch.isalnum())
    return whole != key(title, numbering=True) and whole not in found.full


def _one_form(texts, picks):
    """Clause ``glued_footer_form``: a page's running head or foot in mixed case can
    repeat a section's number and title in another form ("2.3. Enregistrement comme
    responsable Debian" at a page end, the heading "2.3 Enregistrement comme responsable
    Debian" above its paragraph, developers-reference fr in plain pdftotext); the rising
    run kept the last of equal numbers, so the section began a page late. Where a
    number's lines differ in the dot after the number, those not in the form most of
    the document's matching lines use are dropped."""
    dotted = [texts[p[0]].split()[0].endswith(".") for p in picks]
    usual = sum(dotted) * 2 > len(picks)
    forms: dict[tuple[int, ...], set[bool]] = {}
    for p, d in zip(picks, dotted, strict=True):
        forms.setdefault(p[2], set()).add(d)
    return [p for p, d in zip(picks, dotted, strict=True) if len(forms[p[2]]) == 1 or d == usual]


_ROMAN_LETTERS = frozenset("IVXLCDM")


def _roman_letters(picks):
    """Clause ``glued_roman_letter`` (session 33): a lone letter that is a Roman numeral
    ("I." / "THE HURON ARRIVES IN FRANCE.", "V." / "COLOURED OBJECTS.") read as an
    appendix letter is that numeral, unless the document's picks name a letter no
    Roman numeral has ("A.1", "B. Title", "E"): an appendix series starts at A. Of a
    Roman series only I, V and X (L, C, D, M) are one letter, so they rose as letters
    (1008, 1021, 1023) between the II, III, IV the pattern never reads, and took
    rank 20 above their siblings (Voltaire's Romances and Goethe's Theory of Colours,
    once heading-less contents lists named the chapters: session 32's
    ``headless_contents``); the Huron's title line over its "I." was lost with it."""
    heads = [p[2][0] for p in picks if p[2][0] >= 1000]
    if any(chr(h - 1000 + ord("A")) not in _ROMAN_LETTERS for h in heads):
        return picks
    # Clause glued_roman_letter_cd_appendices (review): a Roman series' lone letters hold
    # I, V or X (its first, fifth or tenth chapter); lone "C" / "D" without them are
    # appendices C and D of a manual whose A and B were no glued picks, and stay.
    lone = {chr(p[2][0] - 1000 + ord("A")) for p in picks if len(p[2]) == 1 and p[2][0] >= 1000}
    if not lone & set("IVX"):
        return picks
    return [p for p in picks if not (len(p[2]) == 1 and p[2][0] >= 1000)]


def glued_headings(lines, cands: list[hd.Candidate], found) -> list[hd.Candidate]:
    """Rule ``glued_heading`` (module docstring): ``cands`` plus the numbered
    headings of a PDF's text that the contents list names, as "listed" candidates
    of series "glued" (confirmed without a blank line under them)."""
    if not found.full:
        return cands
    taken = {c.line for c in cands}
    texts, n = lines.texts, len(lines.texts)
    picks = []  # (first line, last line, number, title)
    for i, t in enumerate(texts):
        if not t or len(t) > TITLE_CHARS or not number_first(t) or found.in_list[i]:
            continue
        m = _NUMBERED.match(t)
        if m is None or not _opens(lines, i):
            continue
        last = i
        if m.group(2) is None:  # "5.8" / blank / "debian/changelog"
            if "." not in t:
                continue
            j = i + 1
            while j < n and lines.blank[j] and j <= i + 2:
                j += 1
            if j >= n or lines.blank[j] or found.in_list[j] or len(texts[j]) > TITLE_CHARS:
                continue
            last, title = j, f"{m.group(1)} {texts[j]}"
        else:
            title = t
            j = i + 1
            # Clause glued_wrapped_title: the list names the line and the next together
            # ("11.7 Nonlinear least squares and maximum likelihood" / "models", R's "An
            # Introduction to R"; "7.32 ... errors in a long" / "simulation?", its FAQ,
            # -layout): the title wrapped; the first line alone matched no entry. Not
            # where a rule took the line (clause listed_two_lines: a blank line under both).
            if (
                i not in taken
                and j < n
                and not lines.blank[j]
                and not found.in_list[j]
                and len(texts[j]) <= REST_CHARS
            ):
                both = f"{t} {texts[j]}"
                if key(both, numbering=True) in found.full and found.listed(both) is not None:
                    last, title = j, both
            # Clause glued_title_three_lines: or the line, the next (a full line of the
            # text: at most TITLE_CHARS) and a short third together ("7.36 Why are there
            # unwanted borders, lines or grid-like" / "artifacts when viewing a plot saved to
            # a PS or PDF" / "file?", R's FAQ, -layout, its entry on one line).
            k = j + 1
            if (
                last == i
                and i not in taken
                and k < n
                and not any(lines.blank[x] or found.in_list[x] for x in (j, k))
                and len(texts[j]) <= TITLE_CHARS
                and len(texts[k]) <= REST_CHARS
            ):
                three = f"{t} {texts[j]} {texts[k]}"
                if key(three, numbering=True) in found.full and found.listed(three) is not None:
                    last, title = k, three
        if i in taken and last == i:
            continue
        if _page_number(title, found):
            continue  # clause glued_entry_line
        if key(title, numbering=True) in found.full and found.listed(title) is not None:
            picks.append((i, last, _value(m.group(1)), title))
    picks = _roman_letters(_one_form(texts, picks))
    kept = [picks[k] for k in _rising(picks)]
    if len(kept) < 2:
        return cands
    numbers = {p[2] for p in kept}
    lines_of = {p[0] for p in kept} | {p[1] for p in kept}
    out = []
    for c in cands:
        m = _NUMBERED.match(c.title)
        if c.line in lines_of:
            continue  # the title line of "5.8" / "debian/changelog" is no heading of its own
        if (
            c.kind in ("caps", "listed")
            and m
            and "." in m.group(1)
            and _value(m.group(1)) in numbers
        ):
            continue  # clause glued_running_head
        out.append(c)
    # Clause glued_below_numbered: ranked under the document's numbered chapter lines
    # ("2" / "Candidater pour devenir membre du projet", rank 40, developers-reference fr
    # in plain pdftotext): as a listed line (rank 20) "2.1" ranked above its own chapter,
    # and rule decimal_levels leaves a heading that ranks higher alone.
    chapters = {p[2][0] for p in kept}
    numbered = [
        c.rank + 1 for c in out if c.kind in ("numbered", "numeral") and c.value in chapters
    ]
    rank = max([hd.CAPS_RANK, *numbered])
    extra = [
        hd.Candidate(
            lines.starts[i],
            lines.ends[last],
            i,
            "listed",
            rank,
            " ".join(title.split()),
            "glued",
        )
        for i, last, _, title in kept
    ]
    return sorted(out + extra, key=lambda c: (c.line, c.start))
