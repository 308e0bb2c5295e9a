"""Lines of a play that name the persons on stage: no headings.

Clause ``persons_entrance_line`` (session 33): a line in capitals that lists
persons, two or more short names parted by commas or "AND" ("STRENGTH, FORCE,
VULCAN, PROMETHEUS." over the first speech of Buckley's Prometheus Bound), is
the scene's entrance line when the speeches under it are spoken by those names:
the first paragraph after it opens with one of them as a speaker tag
("STRENGTH. We are come to a plain ...") and a second name of the list speaks
(in full or abbreviated, "VUL.") within the next ``_SPEECHES`` paragraphs. It
opens no section.

Guards: a title in capitals with commas whose text is no speech stays a heading
("WILLOW, WILLOW, WILLOW.", "ADAM BELL, CLYM OF THE CLOUGH, AND WILLIAM OF
CLOUDESLIE." over a ballad's verse); one name speaking is not enough; headings
without a comma ("ACT I.", "BOOK VI.") are never read. The persons list of a
play ("PERSONS REPRESENTED." over "STRENGTH." / "FORCE." ...) is another matter
(its names are one per line, joined into one candidate; rule ``dramatis``).

Cost: a literal "," test per "caps" candidate, then a look at the next few
paragraphs of the few that pass.
"""

from __future__ import annotations

import re

_SPEECHES = 12  # paragraphs after the line in which a second listed name must speak
_NAME = re.compile(r"[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,2}")  # a name of 1-3 words
_SPLIT = re.compile(r"\s*,\s*(?:AND\s+)?|\s+AND\s+|\s*&\s*")
_AND_THEN_COMMA = re.compile(r"(?:\sAND\s|&).*,")  # "ROMEO AND JULIET, ACT II."
_DIVISIONS = frozenset({"ACT", "SCENE", "PART", "BOOK", "CHAPTER", "CANTO"})
_TAG = re.compile(r"([A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,2})\.\s*\S")  # "VUL. Relationship"


def _names(title: str) -> list[str] | None:
    """The names a caps line lists, or None when it is no list of short names."""
    if "," not in title:
        return None
    body = title.strip().rstrip(".:")
    # Clause persons_entrance_line_play_title (review): "AND" joins only the last
    # name of a list ("A, B, AND C"); a comma after it and a division ("ACT II",
    # "SCENE II") mark a play's title over an excerpt ("ROMEO AND JULIET, ACT II,
    # SCENE II." over ROMEO's and JULIET's speeches), a heading.
    if _AND_THEN_COMMA.search(body):
        return None
    parts = [p for p in _SPLIT.split(body) if p]
    if len(parts) < 2 or not all(_NAME.fullmatch(p) for p in parts):
        return None
    if any(p.split()[0] in _DIVISIONS for p in parts):
        return None
    return parts


def _speaker(line: str) -> str | None:
    m = _TAG.match(line)
    return m.group(1) if m else None


def _names_speaker(names: list[str], tag: str) -> str | None:
    """The listed name ``tag`` stands for: the name itself or an abbreviation of
    its first word of 2 letters or more ("VUL." for VULCAN)."""
    for name in names:
        if tag == name or (len(tag) >= 2 and " " not in tag and name.split()[0].startswith(tag)):
            return name
    return None


def persons_lines(texts: list[str], blank: list[bool], cands) -> set[int]:
    """Lines of the "caps" candidates that are entrance lines (clause
    ``persons_entrance_line``)."""
    out: set[int] = set()
    n = len(texts)
    for c in cands:
        if c.kind != "caps" or "," not in c.title:
            continue
        names = _names(c.title)
        if names is None:
            continue
        speakers: list[str] = []
        seen = 0
        i = c.line + 1
        while i < n and seen < _SPEECHES:
            if not blank[i] and (i == c.line + 1 or blank[i - 1]):
                seen += 1
                tag = _speaker(texts[i])
                name = _names_speaker(names, tag) if tag else None
                if seen == 1 and name is None:
                    break
                if name is not None and name not in speakers:
                    speakers.append(name)
                    if len(speakers) >= 2:
                        out.add(c.line)
                        break
            i += 1
    return out
