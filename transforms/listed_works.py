"""A collection's stories over their chapters, told by its contents list (session 44).

Clause ``listed_works_over_unlisted``: a volume of stories often lists only its stories
in the contents ("A MODERN CINDERELLA: OR, THE LITTLE OLD SHOE", "DEBBY'S DEBUT",
"BROTHERS", "NELLY'S HOSPITAL" in Alcott's A Modern Cinderella), while a story's own
chapters are set in the body exactly as the stories' titles are: lines in capitals set
apart ("HOW IT WAS LOST", "HOW IT WAS FOUND."). Every one of them was a confirmed line
in capitals at a chapter's rank, so stories and chapters shared level 1. Here a run of
two or more such lines that no contents entry names, right after one that an entry
names, is that work's chapters: every other line of the series takes the rank just
above (the stories, and the unlisted lines that are no such run: front matter, a story
whose title the list spells another way, "THE BROTHERS." for "BROTHERS").

Guards (each keeps the confirmed headings as they were):
- the series is the confirmed lines in capitals (or lines rule ``listed`` took) at a
  chapter's rank, and nothing else is confirmed at or above that rank (a book with
  parts, volumes or numbered chapters has its levels from them; rule
  ``work_titles_over_restarts`` handles stories with numbered chapters);
- two or more lines of the series are named by a contents entry, and at least half of
  the list's entries name one of them (a list that names few of the headings, or names
  them in other words, tells nothing about the others);
- clause ``listed_work_over_first_chapter``: the named line stands right over the run's
  first line, no other heading and no real text between (a title set over its first
  chapter; The Woman in White's narrators and epochs, A House to Let's "NUMBER TWO.",
  each over its own text, are left as they were);
- clause ``listed_work_chapters_hold_text``: each line of the run has real text under
  it before the next heading (Dostoyevsky's "ANOTHER MAN'S WIFE" / "OR" / "THE HUSBAND
  UNDER THE BED" / "AN EXTRAORDINARY ADVENTURE" / "I" is one title set over three
  lines, not a story with two chapters);
- clause ``listed_work_over_parted_chapters`` (session 46): a run whose every line titles
  a chapter in numbered parts (clause ``title_repeated_over_parts``,
  transforms.repeated_part_titles: "SUBMARINES" / "I" ... "SUBMARINES" / "II") is the
  work's chapters even when the work's title has text of its own first (Kipling's *Sea
  Warfare*: "THE FRINGES OF THE FLEET", its poem, then "THE AUXILIARIES", "SUBMARINES",
  "PATROLS"); each such line holds text through its parts, and the parts rank one
  below their series' other numerals. Those chapters' parts are
  evidence no title over its own text gives (the three books above have none);
- a run is two or more unnamed lines (one unnamed line after a story is read as a work
  the list spelled another way); an apparatus line ("NOTES", "APPENDIX", "INDEX" ...,
  ``transforms.work_titles.APPARATUS``) ends a run and stays at the top.

Cost: one pass over the confirmed headings and one ``Contents.listed`` look-up each.
"""

from __future__ import annotations

from transforms import headings as hd
from transforms.contents import Contents
from transforms.work_titles import APPARATUS

_SERIES = ("caps", "listed")
_MIN_RUN = 2  # unnamed lines after a named one, at least, to be its chapters


def listed_works(
    confirmed: list[tuple[hd.Candidate, int]],
    found: Contents,
    parted: dict[int, frozenset[int]] | None = None,
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``listed_works_over_unlisted`` (module docstring); ``parted``: the lines of
    chapter titles over numbered parts (clause ``listed_work_over_parted_chapters``)."""
    if len(found.entries) < 2 or any(r < hd.CAPS_RANK for _, r in confirmed):
        return confirmed
    series = [k for k, (c, r) in enumerate(confirmed) if r == hd.CAPS_RANK]
    if len(series) < 3 or any(confirmed[k][0].kind not in _SERIES for k in series):
        return confirmed
    named = {}
    for k in series:
        c = confirmed[k][0]
        entry = found.listed(c.title)
        if entry is not None or c.kind == "listed":
            named[k] = entry
    if len(named) < 2 or 2 * len(set(named.values()) & set(found.entries)) < len(found.entries):
        return confirmed
    parted = parted or {}
    chapters: set[int] = set()
    parts: set[int] = set()  # lines of the parts of chapters taken in parts
    run: list[int] = []
    work = None  # the named line the run follows
    for k in [*series, None]:
        if k is None or k in named or APPARATUS.match(confirmed[k][0].title.strip()):
            in_parts = all(confirmed[j][0].line in parted for j in run)
            if (
                work is not None
                and len(run) >= _MIN_RUN
                and (in_parts or _over(confirmed, found, work, run[0]))
                and (in_parts or all(_holds_text(confirmed, found, j) for j in run))
            ):
                chapters.update(run)
                if in_parts:
                    parts.update(p for j in run for p in parted[confirmed[j][0].line])
            run = []
            work = k if k is not None and k in named else None
        elif work is not None:
            run.append(k)
    if not chapters:
        return confirmed
    top = hd.CAPS_RANK - 1
    # Parts of chapters in parts rank one below their series' other numerals: one level
    # per rank (rule dense_path_levels), so the same numerals of another work ("I",
    # "II" of Sea Warfare's other works, chapters with no parts) stay right under it.
    return [
        (c, top if k in series and k not in chapters else r + (c.line in parts))
        for k, (c, r) in enumerate(confirmed)
    ]  # fmt: skip


def _holds_text(confirmed: list[tuple[hd.Candidate, int]], found: Contents, k: int) -> bool:
    """Clause ``listed_work_chapters_hold_text``: a chapter has real text before the next
    heading; a line right over another heading is a title's other line (Dostoyevsky's
    "ANOTHER MAN'S WIFE" / "OR" / "THE HUSBAND UNDER THE BED" / "AN EXTRAORDINARY
    ADVENTURE" / "I"), no chapter."""
    end = confirmed[k + 1][0].line if k + 1 < len(confirmed) else len(found.text.chars) - 1
    return found.text.between(confirmed[k][0].line, end)


def _over(
    confirmed: list[tuple[hd.Candidate, int]], found: Contents, work: int, first: int
) -> bool:
    """Clause ``listed_work_over_first_chapter``: the work's title stands right over its
    first chapter: no other heading between and no real text ("A MODERN CINDERELLA" /
    "OR," / "THE LITTLE OLD SHOE" / "HOW IT WAS LOST")."""
    return first == work + 1 and not found.text.between(
        confirmed[work][0].line, confirmed[first][0].line
    )
