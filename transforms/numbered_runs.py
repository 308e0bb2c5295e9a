"""Rule ``numbered_run``: the numbered sections of a manual whose contents list is not found.

Rule ``glued_heading`` (``transforms.glued_headings``) finds "2.1 Title" lines of a
PDF's text that its contents list names. Where no list is taken (R's FAQ, "R
Installation and Administration" and "The R Language Definition" in pdftotext's
plain output: the list's numbers and titles stand on lines of their own), no numbered
section was found at all, though the body sets "2 R Basics" / "2.1 What is R?" /
"R is a system for ...". Without a list the evidence must come from the numbering
itself, and it must be strong:

- each line is title-like: "N Title" / "N.N Title" / "A.1 Title" (one or two digits
  for a chapter, a capital letter only with a sub-number), the title opening with a
  capital letter (or a letter without case), not ending as a sentence or clause does
  (".", ",", ";", ":"), no leader dots or page number at its end (a contents entry),
  at most ``MAX_WORDS`` words, the line above blank or ending a sentence, and, when
  the paragraph follows with no blank line, the line short of the text's full width
  (a numbered paragraph of legal text "1.2 The Supplier shall deliver ..." runs to
  the width and wraps) and the next line not continuing it in lower case;
- the numbers form one long chain in document order where each number is the next
  one of the one before (1 -> 1.1 -> 1.2 -> 2 -> 2.1, one number skipped at most:
  a wrapped title is missed; appendix letters after the chapters), at least
  ``MIN_CHAIN`` long, with ``MIN_DOTTED`` or more sub-numbers ("2.1") and two or more
  chapters: a numbered list or a run of steps ("1 Install ...", "2 Run ...") has no
  sub-numbers, a date or quantity ("12.5 kg") opens in lower case or breaks the chain;
- real text between them: most members are followed by a line that is no member
  (a chapter line right over its first section counts as followed).

A part heading ("PART II", "第二篇") cuts the picks, and each part's chain is judged on
its own (clause ``run_per_part``: numbering that restarts in each part); a bare letter
"A. R code" is a pick only over its "A.1." (clause ``run_appendix_letter``).

The headings are "run" candidates, confirmed as they are (``heading_confirmation.confirm_candidates``),
ranked one below any numbered chapter line of the same number (as clause
``glued_below_numbered``), nested by rule ``decimal_levels``. A candidate in capitals
with the same dotted number (a running head "5.8. DEBIAN/CHANGELOG") is dropped, as
clause ``glued_running_head`` drops it.

Cost: one regular expression per short line; the chain is quadratic in the number of
title-like numbered lines, capped at ``MAX_PICKS``.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.glued_headings import _NUMBERED, TITLE_CHARS, _opens, _value, number_first
from transforms.wrapped_titles import title_rest

_OWN_KINDS = ("listed", "md", "keyword", "cjk", "sequence", "scene_heading")
MIN_CHAIN = 6  # members of the chain
MIN_DOTTED = 3  # members numbered "N.N" or deeper
MAX_WORDS = 16
MAX_PICKS = 2000
FULL_WIDTH = 0.8  # a glued heading line is shorter than this share of the text's width
_ENTRY_END = re.compile(r"(?:\.\s*){2,}\d*$|\s{2,}\d+$|\.\s*\d+$")  # ". . . 32", "Title   32"
_CJK_ENDS = "。，；：、．"  # full-width sentence and clause ends
_CHAPTER = re.compile(r"\d{1,2}(?:\.\d{1,3})*$|[A-Z](?:\.\d{1,3})+$")
_LETTER = re.compile(r"[A-Z]\.[ \t\xa0]+\S")  # "A. R code"


def _next(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """``b`` can be the next number after ``a`` with a few headings missed between (a
    title that wraps, a heading glued to a footnote): 2.3 -> 2.4, 2.5, 2.3.1, 3, 3.1,
    3.2.1, 4; 2 -> 2.1, 2.2, 2.1.1; 7.18 -> A.1 (appendices after the chapters); never
    back (2.3 -> 2.3, 2.2, 2) nor far ahead (2.3 -> 2.9, 5, 3.7)."""
    d = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), None)
    if d is None:
        return len(b) > len(a) and len(b) <= len(a) + 2 and all(p <= 3 for p in b[len(a) :])
    if any(p > 3 for p in b[d + 1 :]) or len(b) > d + 3:
        return False
    if b[d] >= 1000 > a[d]:
        return d == 0 and b[d] == 1000  # the first appendix "A" after chapter numbers
    return 1 <= b[d] - a[d] <= 2


def _width(lines) -> int:
    """The text's full line width: the 90th percentile of its line lengths."""
    lengths = sorted(len(t) for t in lines.texts if t)
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _title_like(lines, i: int, width: int) -> tuple[tuple[int, ...], str, int] | None:
    """(number, title, last line) of line ``i`` when it reads as a numbered heading."""
    t = lines.texts[i]
    m = _NUMBERED.match(t)
    if m is None or m.group(2) is None:
        return None
    # Clause run_appendix_letter: "A. R code" (a letter, its period, a title) may open
    # an appendix; it is kept only when its "A.1." is the next pick (``_appendix``).
    if not _CHAPTER.match(m.group(1)) and not _LETTER.match(t):
        return None
    title, last = m.group(2), i
    j = i + 1
    if j < len(lines.texts) and not lines.blank[j] and lines.texts[j][0].islower():
        # Clause run_wrapped_title: a long title wrapped onto a short second line ("7.32
        # How can I capture or ignore errors in a long" / "simulation?", R's FAQ) is one
        # heading (``wrapped_titles``); before, the lower-case line read as a numbered
        # paragraph that wraps, and the heading was lost.
        last = title_rest(lines, i, title) or i
        if last == j:
            t, title = f"{t} {lines.texts[j]}", f"{title} {lines.texts[j]}"
    if not title[0].isalpha() or title[0].islower() or title[-1] in ".,;:":
        return None
    # Clause run_cjk_sentence_end: a Chinese or Japanese clause ends in a full-width stop,
    # comma or colon ("2.3.1 本公司有权针对以下情况中断或终止……责任：", a software licence
    # agreement's numbered clauses): a sentence, not a title.
    if title[-1] in _CJK_ENDS:
        return None
    if len(title.split()) > MAX_WORDS or len(t) > TITLE_CHARS or _ENTRY_END.search(t):
        return None
    j = last + 1
    if j < len(lines.texts) and not lines.blank[j]:
        below = lines.texts[j]
        if len(lines.texts[i]) > FULL_WIDTH * width or below[0].islower():
            return None  # a numbered paragraph that wraps onto the next line
    return _value(m.group(1)), " ".join(t.split()), last


def _item(lines, i: int, depth: int, last: int | None = None) -> bool:
    """The nearest line with text above or below line ``i`` (its title ending on line
    ``last``) is numbered at ``depth``."""

    def numbered(j: int) -> bool:
        m = _NUMBERED.match(lines.texts[j])
        return bool(m and m.group(2) and _CHAPTER.match(m.group(1)))

    for step in (-1, 1):
        j = (i if step < 0 or last is None else last) + step
        while 0 <= j < len(lines.texts) and lines.blank[j]:
            j += step
        # Clause run_list_items_wrapped: the item above wrapped onto a lower-case line
        # ("4. Edit the generated template files in the debian" / "directory"): its
        # numbered line is the neighbour. With clause run_wrapped_title a wrapped step
        # "5. Build the binary package with the debuild" / "command" had only rests
        # around it, and after a manual's last section "3.2." it ran on as chapter 5.
        # Only a rest of that shape: a first paragraph line in lower case ("7.2 How can
        # I save my workspace?" / "save.image() saves ...", R's FAQ) is no item's rest.
        if step < 0 and j > 0 and lines.texts[j][:1].islower() and numbered(j - 1):
            if title_rest(lines, j - 1, _NUMBERED.match(lines.texts[j - 1]).group(2)) == j:
                j -= 1
        if 0 <= j < len(lines.texts) and numbered(j):
            if _NUMBERED.match(lines.texts[j]).group(1).count(".") + 1 == depth:
                return True
    return False


def _appendix(picks, k: int) -> bool:
    """Clause ``run_appendix_letter``: pick ``k`` is a bare letter "A. R code" and the
    next pick is its first section "A.1." (the sandwich vignette's appendix in
    pdftotext: its "A.1."-"A.4." sat at level 1, with no appendix over them); a lone
    "B. Smith" line is no pick."""
    number = picks[k][1]
    return k + 1 < len(picks) and picks[k + 1][1] == (*number, 1)


def _parts(cands, picks) -> list[list]:
    """Clause ``run_per_part``: the picks cut at each part heading (a keyword or Chinese
    candidate ranked as a part or above: "PART II. ADMINISTRATION", "Book 2", "第二篇"),
    so a manual whose numbering restarts in each part (Part I: 1, 1.1, 2 ...; Part II:
    1, 1.1, 2 ...) has each part's run judged on its own; one chain across the parts
    took Part I's 1.1-2.2 and Part II's 3-3.2, and lost both parts' "1" and "2". Only
    where the numbers do restart (the first pick after the part line numbers a chapter
    no higher than the last pick before it, and does not go on from it: clause
    ``run_part_running_head``): parts numbered on (Part I: 1, 2; Part II:
    3, 4) keep one chain, each part alone may be too short to be judged."""
    cuts = sorted(c.line for c in cands if c.kind in ("keyword", "cjk") and c.rank <= hd.PART_RANK)
    out: list[list] = [[]]
    k = 0
    for p in picks:
        crossed = False
        while k < len(cuts) and cuts[k] < p[0]:
            k, crossed = k + 1, True
        # Clause run_part_running_head: a part line where the numbers go on ("1.1" /
        # "PART I. INSTALLATION" / "1.2": the part's title as a page's running head in
        # pdftotext of a bound book) is no restart and cuts nothing; cut at each, the
        # parts held one or two members and the whole run was lost. Goes on from any
        # pick of the part, not only the last: a stray pick ("5 Files unpacked") just
        # before the page head is no chapter 5 to restart from.
        part = out[-1]
        if (
            crossed and part and p[1][0] <= max(q[1][0] for q in part)
            and not any(_next(q[1], p[1]) for q in part)
        ):  # fmt: skip
            out.append([])
        out[-1].append(p)
    return out


def _words(title: str) -> str:
    """The letters and digits of a title, case folded: "9: R Bugs" and "9 R Bugs" agree."""
    return "".join(ch for ch in title.casefold() if ch.isalnum())


def _chain(picks: list[tuple[int, tuple[int, ...], str]]) -> list[int]:
    """Indices into ``picks`` of the longest chain of numbers each next to the last."""
    best = [1] * len(picks)
    prev = [-1] * len(picks)
    for j in range(len(picks)):
        for i in range(j):
            if best[i] + 1 > best[j] and _next(picks[i][1], picks[j][1]):
                best[j], prev[j] = best[i] + 1, i
    k = max(range(len(picks)), key=best.__getitem__, default=-1)
    out = []
    while k >= 0:
        out.append(k)
        k = prev[k]
    return out[::-1]


def _with_text(lines, kept) -> bool:
    """Most members are followed by a line that is no member, or by their first section."""
    members = {p[0] for p in kept}
    n, ok = len(lines.texts), 0
    for k, (i, number, _) in enumerate(kept):
        j = i + 1
        while j < n and lines.blank[j]:
            j += 1
        first_child = k + 1 < len(kept) and kept[k + 1][1] == (*number, 1)
        ok += j < n and (j not in members or first_child)
    return ok * 4 >= len(kept) * 3


def _strong(lines, kept) -> bool:
    """The chain is long, has sub-numbers and two chapters, with text between."""
    dotted = sum(len(p[1]) > 1 for p in kept)
    chapters = {p[1][0] for p in kept}
    if len(kept) < MIN_CHAIN or dotted < MIN_DOTTED or len(chapters) < 2:
        return False
    return _with_text(lines, kept)


def numbered_runs(lines, cands: list[hd.Candidate], found) -> list[hd.Candidate]:
    """Rule ``numbered_run`` (module docstring): ``cands`` plus the numbered headings
    of a manual whose contents list named none of them (no "glued" candidate)."""
    if any(c.series == "glued" for c in cands):
        return cands
    width = _width(lines)
    picks = []  # (line, number, title)
    last = {}  # line -> the title's last line (clause run_wrapped_title)
    for i, t in enumerate(lines.texts):
        # Clause number_first_char (speed): _NUMBERED matches only a line opening with a
        # digit (str.isdigit holds for every \d) or A-Z; the other lines (lower-case prose)
        # skip ``_title_like`` and its regex, which found nothing in them.
        if t and len(t) <= TITLE_CHARS and number_first(t) and not found.in_list[i]:
            got = _title_like(lines, i, width)
            if got is not None:
                picks.append((i, *got[:2]))
                last[i] = got[2]
    # The line above opens a heading: blank, a sentence's end, or a numbered line itself
    # ("2 R Basics" right over "2.1 What is R?").
    # Clause run_list_items: a line whose nearest neighbour with text is numbered at the
    # same depth is an item of a list ("1. Prerequisites" / blank / "2. Tool Setups", the
    # steps an Overview lists; debmake-doc's titles): the chain took the step "2. Tool
    # Setups" as chapter 2 of "1. Overview", a level-1 section in the Overview's text.
    picks = [p for p in picks if not _item(lines, p[0], len(p[1]), last[p[0]])]
    # Or the line under it is its first sub-section ("7 R Miscellanea" under a code line).
    picks = [p for k, p in enumerate(picks) if not _LETTER.match(p[2]) or _appendix(picks, k)]
    heads = {p[0]: p[1] for p in picks}
    picks = [
        p for p in picks
        if _opens(lines, p[0]) or p[0] - 1 in heads or heads.get(p[0] + 1) == (*p[1], 1)
        or _LETTER.match(p[2])
    ]  # fmt: skip
    if len(picks) < MIN_CHAIN or len(picks) > MAX_PICKS:
        return cands
    kept = []
    for part in _parts(cands, picks):  # clause run_per_part
        # Clause run_one_form: the chain is of one form, "2.1 Title" or "2.1. Title":
        # libtasn1's manual ("4 Function reference") ran on into its licence's "5.
        # COMBINING DOCUMENTS".
        forms = [[p for p in part if p[2].split()[0].endswith(".") == dot] for dot in (0, 1)]
        chains = [[f[k] for k in _chain(f)] for f in forms]
        chains = [run for run in chains if _strong(lines, run)]
        if chains:
            kept += max(chains, key=len)
    if not kept:
        return cands
    # Clause run_keyword_chapter: where a keyword heading already numbers a chapter
    # ("CHAPITRE 2" / "Candidater pour devenir membre du projet", developers-reference fr
    # with -layout), a member "2 Table des matières" with that number and another title is
    # a page number over a running head, not the chapter.
    keyed: dict[int | None, set[str]] = {}
    for c in cands:
        # A part ("PART I. INSTALLATION") numbers no chapter: clause run_per_part.
        if c.kind == "keyword" and c.rank > hd.PART_RANK:
            keyed.setdefault(c.value, set()).add(_words(c.title.split(None, 1)[-1]))
    kept = [
        p for p in kept
        if len(p[1]) > 1 or p[1][0] not in keyed or _words(p[2]) in keyed[p[1][0]]
    ]  # fmt: skip
    # Clause run_taken_lines: where rules of their own took most members (rule listed: a
    # contents list names them, maint-guide zh-cn with -layout; underlined "2.1. Getting
    # started" / "----", the developers-reference's text form), they decide; else the
    # members they took keep their candidates.
    listed = {c.line for c in cands if c.kind in _OWN_KINDS}
    if sum(p[0] in listed for p in kept) * 2 > len(kept):
        return cands
    numbers = {p[1] for p in kept}
    # Clause run_running_head: the page heads "Chapter 9: R Bugs" of R's manuals in plain
    # pdftotext repeat a member chapter ("9 R Bugs") with a keyword; each cut the section
    # it fell in (6.2's second page became a chapter "Chapter 6: R and Emacs" above 6.3).
    titles = {_words(t) for _, number, t in kept if len(number) == 1}
    # Clause run_listed_members: members a contents list named (rule listed) take the
    # run's candidate too: their ranks come from the list's indents (+2 a level), the
    # run's from decimal_levels, and the two mixed gave siblings far apart (Debian Edu
    # manual zh-cn, -layout: the list named 2.1-6.3.3, "2.1" sat at level 5, "6.3.4"
    # at level 2, "3.1.4" (in capitals) at 2 between "3.1.3" and "3.1.5" at 6).
    own = {c.line for c in cands if c.kind in _OWN_KINDS and c.kind != "listed"}
    kept = [p for p in kept if p[0] not in own]
    lines_of = {p[0] for p in kept}
    out = []
    for c in cands:
        m = _NUMBERED.match(c.title)
        if c.line in lines_of:
            continue
        if c.kind == "caps" and m and "." in m.group(1) and _value(m.group(1)) in numbers:
            continue  # a running head with a member's number (as glued_running_head)
        if c.kind == "keyword" and _words(c.title.split(None, 1)[-1]) in titles:
            continue  # clause run_running_head
        out.append(c)
    # Ranked as a line in capitals; rule decimal_levels nests 2.1 under 2. (Not one below
    # a bare number line as clause glued_below_numbered ranks: the bare "7" lines of R's
    # manuals are footnote numbers, and the chapters went four levels deep.)
    rank = hd.CAPS_RANK
    extra = [
        hd.Candidate(lines.starts[i], lines.ends[last[i]], i, "run", rank, title, "run")
        for i, _, title in kept
    ]
    return sorted(out + extra, key=lambda c: (c.line, c.start))
