"""Clause ``listed_head_subtitle_run`` (session 54): a listed heading that opens on a subtitle
in capitals holds the unlisted lines in capitals that follow it.

Barrie's Contemporary One-Act Plays (rcdm-uga) lists "INTRODUCTION" in its contents, not the
introduction's two parts. In the body "INTRODUCTION" stands over "THE ONE-ACT PLAY AS A
SPECIFIC DRAMATIC TYPE" (one blank line between), and "THE PROPER APPROACH TO THE STUDY OF
THE ONE-ACT PLAY" follows some pages on, set apart in capitals as the subtitle is. base54 read
the second line as a heading beside "INTRODUCTION" (both level 2, rank 20) and the first as
the introduction's text. The subtitle right under the listed heading says the section is cut
in parts, and the unlisted lines of its form are the next parts: the subtitle becomes a
heading, and it and the run after it rank one below the listed heading.

Guards (each leaves the headings as they were):
- the heading is a named division ("named" kind: INTRODUCTION, PREFACE, ...) a contents entry
  names, and the subtitle is named by none (clause ``named_division_only``, integrator,
  session 54: a story's title in capitals over its genre line is no division cut in parts -
  Poe's Works vol. 4, "THE ANGEL OF THE ODD" / "AN EXTRAVAGANZA.", took the next story
  "MELLONTA TAUTA", which its contents misspells "Mellonia Tauta", as the first's part);
- the subtitle is the next line after at most one blank line, in capitals (two or more
  words, a letter in it), no heading of its own, with a blank line under it;
- clause ``subtitle_in_own_entry`` (integrator, session 54): the subtitle's words are no run of
  the words of the heading's own contents entry (Henty's Tales from the Works lists "THE MATE'S
  STORY, from "The Plague Ship"": in the body 'FROM "THE PLAGUE SHIP."' under the story's title
  is the entry's rest, a source line, not a part; taking it moved the story's own numbered parts
  "THE MATE'S STORY.—II." under it);
- clause ``subtitle_holds_text``: the first line under the subtitle is text, no heading (Pope's
  Dunciad: "TESTIMONIES OF AUTHORS" / "CONCERNING OUR POET AND HIS WORKS." right over the
  heading "M. SCRIBLERUS LECTORI S.": the second line is the title's rest, not a part);
- the run: the confirmed headings right after, in capitals at the listed heading's rank,
  named by no entry; it ends at the first other heading. At least one line in the run (an
  introduction with a subtitle alone keeps it as its text: "INTRODUCTION" / "THE LIFE OF
  THE POET" is one title over two lines);
- clause ``run_stops_at_unread_title``: the run also ends before a heading when a line in
  capitals set apart by blank lines, that no heading took, stands before it (the next
  work's title page that no rule read: in a cut of the book, "THE TWELVE-POUND LOOK" / "BY"
  over "SIR JAMES M. BARRIE", the author's name, which must not join the introduction).

The parts take kind "poem" (a piece's parts, as rule ``poem_part_run`` gives them): off the
ladder of kinds of division (clause ``poem_parts_off_ladder`` of ``sections_from_headings``), or
the new rank would push every lower division a level down (Morley's Bundle of Ballads: "AULD
ROBIN GRAY." / "FIRST PART." / "SECOND PART." moved every ballad's "FYTTE" from level 2 to 3;
Barrie's scenes from 3 to 4).

Cost: one ``Contents.listed`` look-up per heading at most; the run's lines read once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from transforms import headings as hd
from transforms.contents import Contents, Lines
from transforms.contents_numbers import key

_HEADS = ("named",)


def _subtitle(lines: Lines, line: int, heads: set[int]) -> int | None:
    """The subtitle line right under heading ``line`` (module docstring), or None."""
    n = len(lines.texts)
    s = line + 1
    if s < n and lines.blank[s]:
        s += 1
    if s + 1 >= n or s in heads or lines.blank[s] or not lines.blank[s + 1]:
        return None
    k = s + 1
    while k < n and lines.blank[k]:
        k += 1
    if k >= n or k in heads:
        return None  # clause subtitle_holds_text: a heading right under it, no part of its own
    t = lines.texts[s]
    if len(t) > hd.MAX_LINE or len(t.split()) < 2 or t != t.upper() or t == t.lower():
        return None
    return s


def _in_own_entry(found: Contents, entry: str, subtitle: str) -> bool:
    """Clause ``subtitle_in_own_entry``: the subtitle's words run on in the entry ``entry``
    (a key) as a list writes it."""
    words = re.findall(r"\w+", subtitle.casefold())
    n = len(words)
    for raw in found.raw:
        if key(raw) != entry:
            continue
        have = re.findall(r"\w+", raw)
        if any(have[i : i + n] == words for i in range(len(have) - n + 1)):
            return True
    return False


def _unread_title(lines: Lines, first: int, last: int) -> bool:
    """Clause ``run_stops_at_unread_title``: a line in capitals set apart by blank lines
    among ``first`` .. ``last - 1`` (no heading took it)."""
    texts, blank = lines.texts, lines.blank
    for i in range(max(first, 1), min(last, len(texts) - 1)):
        t = texts[i]
        if t and blank[i - 1] and blank[i + 1] and t == t.upper() and t != t.lower():
            return True
    return False


def listed_head_subtitles(lines: Lines, headings: list, found: Contents) -> list:
    """Clause ``listed_head_subtitle_run`` (module docstring); ``headings``: the book's
    ``transforms.sections.Heading`` list in text order."""
    if len(found.entries) < 2:
        return headings
    at = [bisect.bisect_right(lines.starts, h.start) - 1 for h in headings]
    heads = set(at)
    out = list(headings)
    added = []
    for k, h in enumerate(headings):
        entry = found.listed(h.title) if h.kind in _HEADS else None
        if entry is None:
            continue
        s = _subtitle(lines, at[k], heads)
        if s is None or found.listed(lines.texts[s]) is not None:
            continue
        if _in_own_entry(found, entry, lines.texts[s]):
            continue  # clause subtitle_in_own_entry
        run = []
        for j in range(k + 1, len(headings)):
            d = headings[j]
            if d.rank != h.rank or d.kind != "caps" or found.listed(d.title) is not None:
                break
            if _unread_title(lines, max(at[j - 1], s) + 1, at[j]):
                break  # clause run_stops_at_unread_title
            run.append(j)
        if not run:
            continue
        for j in run:
            out[j] = replace(headings[j], kind="poem", rank=h.rank + 1)
        title = hd.squash(lines.texts[s])
        added.append(replace(h, start=lines.starts[s], end=lines.ends[s], title=title,
                             kind="poem", rank=h.rank + 1))  # fmt: skip
    if not added:
        return headings
    return sorted(out + added, key=lambda h: h.start)
