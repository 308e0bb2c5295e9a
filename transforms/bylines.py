"""Clause ``byline_lines`` (session 32): a title page's byline is no heading.

In the first ``FRONT_CHARS`` characters of a text, a line that is "By" (or "BY", "by")
alone, or "By" followed by a name, is the author's byline ("By F. L. WALLACE" under
"Accidental Flight"; "by Miguel de Cervantes" under "Part 38." in the Don Quixote part
files; "VOLUME V" / "By" / "VOLTAIRE" in the Philosophical Dictionary). It is neither a
section of its own nor the title line of the heading above it. A name is one to six
words, each capitalised, an initial ("F.", "G.A.") or a particle ("de", "van", "von").

Clause ``imprint_lines`` (session 32): in the same front, a line holding a publisher's
imprint (a short line of at most 60 characters with a city of publication followed by
":", ",", ";", ".", "--" or the line's end (clause ``imprint_city``: "PARIS STUDIED IN ITS
GAMIN.", the title of Les Misérables' book, is no imprint), "PUBLISHED BY", "PUBLISHERS", a year 1500-1999 alone) or
right above one ("E.R. DuMONT" over "PARIS--LONDON--NEW YORK--CHICAGO") is no title line
of the heading above it: "VOLUME FIVE" / "LONDON: PUBLISHED BY CHATTO AND" and "VOLUME IX"
/ "E.R. DuMONT" were sections titled by their imprint. The heading itself is kept.

Guards: only at the front (a chapter "BY THE RIVER" later in a book stays; a story's
byline under its title later on: clause ``byline_under_story_title`` below), and "By"
followed by a lower-case word that is no particle ("By and by", "by the way") is text.
"""

from __future__ import annotations

import re

FRONT_CHARS = 3000  # a title page (and a volume's imprint page) fits in this
_PARTICLES = frozenset(("de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "of"))
# Clause byline_not_phrase: "BY WAY OF CRITICISM.", "BY THE SEA", "By Order of ..." open
# no name (Stevenson's "PREFACE" / "BY WAY OF CRITICISM." lost its heading).
_NOT_NAMES = frozenset(
    ("the", "a", "an", "way", "order", "request", "permission", "command", "means", "night",
     "day", "land", "sea", "water", "rail", "post", "mail", "return", "proxy", "chance")
)  # fmt: skip
_BY = re.compile(r"[ \t]*(?:By|BY|by)(?:[ \t]+(.*))?$")


def is_byline(line: str) -> bool:
    """Whether ``line`` (stripped) reads as an author's byline (module doc)."""
    m = _BY.match(line)
    if not m:
        return False
    rest = m.group(1)
    if not rest:
        return True
    words = rest.rstrip(".,").split()
    if not 1 <= len(words) <= 6 or words[0].lower() in _PARTICLES | _NOT_NAMES:
        return False
    return all(w[0].isupper() or w in _PARTICLES for w in words)


def byline_lines(texts: list[str], starts: list[int]) -> set[int]:
    """Indices of the byline lines in the front of a text (clause ``byline_lines``)."""
    out = set()
    for i, t in enumerate(texts):
        if starts[i] >= FRONT_CHARS:
            break
        if t[:2].lower() == "by" and is_byline(t):
            out.add(i)
    return out


_IMPRINT = re.compile(
    r"\b(?:LONDON|London|NEW YORK|New York|PARIS|Paris|BOSTON|Boston|PHILADELPHIA|Philadelphia"
    r"|EDINBURGH|Edinburgh|CHICAGO|Chicago)(?:[ \t]*[:,;.]|[ \t]*--|[ \t]*$)"
    r"|\b(?:PUBLISHED|Published|PUBLISHERS|Publishers)\b"
    r"|^1[5-9]\d\d\.?$"
)


def imprint_lines(texts: list[str], starts: list[int], blank: list[bool]) -> set[int]:
    """Lines of the front that hold an imprint or stand right above one (clause
    ``imprint_lines``): they title no heading."""
    out = set()
    for i, t in enumerate(texts):
        if starts[i] >= FRONT_CHARS:
            break
        if t and len(t) <= 60 and _IMPRINT.search(t):
            out.add(i)
            j = i - 1
            while j >= 0 and blank[j] and j > i - 3:
                j -= 1
            if j >= 0 and not blank[j]:
                out.add(j)
    return out


def story_bylines(texts: list[str], blank: list[bool], cands: list) -> list:
    """Clause ``byline_under_story_title`` (session 57): anywhere in a text, a capitals
    candidate that reads as a byline of two or more name words ("BY ROBERT LEIGHTON")
    right under a capitals title candidate (one to three blank lines between) is the
    story's byline, no heading: an annual or anthology sets each story's author under its
    title (Henty's Yule Logs: "THE BADGE OF THE FOURTH FOOT" / "BY ROBERT LEIGHTON" /
    "I", the byline was a section holding the story). Guards: the line above is a caps
    title (a "CHAPTER V" over "BY MOONLIGHT" is a chapter's title), no byline itself, and
    the name has two words at least ("BY STARLIGHT" under a title is its subtitle)."""
    caps = {c.line: c for c in cands if c.kind == "caps"}
    drop = set()
    for i, c in caps.items():
        if not (c.title[:3] in ("BY ", "By ") and len(c.title.split()) >= 3):
            continue
        if not is_byline(texts[i].strip()):
            continue
        j = i - 1
        while j >= 0 and blank[j] and j >= i - 4:
            j -= 1
        if 2 <= i - j <= 4 and j in caps and not is_byline(texts[j].strip()):
            drop.add(i)
    return [c for c in cands if c.line not in drop] if drop else cands
